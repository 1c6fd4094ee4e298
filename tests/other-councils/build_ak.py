#!/usr/bin/env python3
"""Build the "ak-" documents of the other-councils evaluation set and their gold annotations.

    python build_ak.py          # build documents + gold
    python build_ak.py --check  # build, then verify every gold phrase

Documents (all councils, bodies, people and figures invented):
  ak-hartsmere-hosc-2025-09-16.pdf       unitary council HOSC minutes, justified and
                                         hyphenated text, hanging minute numbers, run-in
                                         bold titles for short items, "Considered –",
                                         bullet presentation, inline Q:/A: paragraph
  ak-eastholme-people-communities-2025-10-02.docx
                                         whole minutes in a 2-column "Minute | Discussion
                                         and decision" table, bold minute number at start
                                         of second column, bold decisions
  ak-bhh-trust-response-to-hosc-2025-10-10.pdf
                                         NHS trust's letter answering a HOSC's questions
                                         ("Question 1:" / "Response:") – not minutes
"""
import datetime
import json
import os
import re
import sys

from fpdf import FPDF
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2025, 10, 13, 9, 30, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# PDF text engine: justified paragraphs with simple hyphenation, hanging numbers
# ---------------------------------------------------------------------------
VOWELS = set("aeiouy")
NO_SPLIT = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu", "ng"}


def hyphen_points(word):
    """Crude VC-CV hyphenation points for a lower-case alphabetic word."""
    pts = []
    if len(word) < 8 or not word.isalpha() or not word.islower():
        return pts
    for i in range(3, len(word) - 3):
        a, b = word[i - 1], word[i]
        if (a not in VOWELS and b not in VOWELS and word[i - 2] in VOWELS
                and word[i + 1] in VOWELS and (a + b) not in NO_SPLIT):
            pts.append(i)
    return pts


class BasePDF(FPDF):
    header_left = ""
    header_right = ""
    footer_kind = "minutes"

    def setup_fonts(self):
        self.add_font("DV", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        self.add_font("DV", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf"))
        self.add_font("DV", "BI", os.path.join(FONTDIR, "DejaVuSans-BoldOblique.ttf"))

    # -- low level line layout ------------------------------------------------
    def words_from_runs(self, runs):
        words = []  # (text, style)
        for text, style in runs:
            for w in text.split():
                words.append((w, style))
        return words

    def wwidth(self, w, style, size):
        self.set_font("DV", style, size)
        return self.get_string_width(w)

    def layout_lines(self, words, width, size, hyphenate=True, first_width=None):
        lines, cur, cur_w = [], [], 0.0
        space = self.wwidth(" ", "", size)
        last_hyph = 0
        queue = list(words)
        while queue:
            w, st = queue.pop(0)
            avail = first_width if (first_width and not lines) else width
            ww = self.wwidth(w, st, size)
            need = ww if not cur else cur_w + space + ww
            if need <= avail:
                cur.append((w, st))
                cur_w = need
                continue
            # try hyphenating the word that does not fit
            done = False
            core = w.rstrip(".,;:)”’")
            if hyphenate and cur and last_hyph < 2:
                for p in reversed(hyphen_points(core)):
                    head = w[:p] + "-"
                    hw = self.wwidth(head, st, size)
                    if cur_w + space + hw <= avail:
                        cur.append((head, st))
                        lines.append(cur)
                        queue.insert(0, (w[p:], st))
                        cur, cur_w = [], 0.0
                        last_hyph += 1
                        done = True
                        break
            if done:
                continue
            if cur:
                lines.append(cur)
                last_hyph = 0
            cur, cur_w = [(w, st)], ww
        if cur:
            lines.append(cur)
        return lines

    def ensure_space(self, h):
        if self.get_y() + h > self.h - 24:
            self.add_page()

    def para(self, runs, x, width, size=10, lh=5.0, align="J", prefix=None,
             prefix_x=None, prefix_style="B", after=2.2, hyphenate=True):
        words = self.words_from_runs(runs)
        lines = self.layout_lines(words, width, size, hyphenate)
        space = self.wwidth(" ", "", size)
        for li, line in enumerate(lines):
            self.ensure_space(lh)
            y = self.get_y()
            if li == 0 and prefix:
                self.set_font("DV", prefix_style, size)
                self.set_xy(prefix_x, y)
                self.cell(self.get_string_width(prefix) + 1, lh, prefix)
            widths = [self.wwidth(w, st, size) for w, st in line]
            total = sum(widths)
            last = li == len(lines) - 1
            if align == "J" and not last and len(line) > 1:
                gap = (width - total) / (len(line) - 1)
            else:
                gap = space
            xx = x
            if align == "C":
                xx = x + (width - (total + space * (len(line) - 1))) / 2
            for wi, ((w, st), ww) in enumerate(zip(line, widths)):
                self.set_font("DV", st, size)
                self.set_xy(xx, y)
                txt = w if wi == len(line) - 1 else w + " "
                self.cell(ww + 0.01, lh, txt)
                xx += ww + gap
            self.set_xy(x, y + lh)
        self.set_y(self.get_y() + after)


# ---------------------------------------------------------------------------
# Document 1: Hartsmere Council Health Overview and Scrutiny Committee (PDF)
# ---------------------------------------------------------------------------
D1 = "ak-hartsmere-hosc-2025-09-16.pdf"

D1_ATTEND = [
    ("Present:", "Cllr M Pemberton (Chair), Cllr R Ahmed (Vice-Chair), Cllrs S Brannigan, "
     "T Fairweather, G Lloyd-Hughes, H Oduya, D Okafor, N Patel (substitute for Cllr L Kerr) "
     "and P Whitcombe"),
    ("Apologies:", "Cllrs Dawson, Kerr and Vine"),
    ("Also present:", "Cllr A Hollis (Cabinet Member for Adult Social Care and Health)"),
    ("Officers:", "Dr F Marsh (Director of Public Health), K Doyle (Director of Adult Social "
     "Care and Health Integration) and M Ellery (Scrutiny and Democratic Services Officer)"),
    ("External attendees:", "A Reeve (Chief Operating Officer) and C Tomlinson (Director of "
     "Midwifery), Brackendale and Hartsmere Hospitals NHS Foundation Trust; Dr S Qureshi "
     "(Chief Medical Officer), NHS Wold and Fenland Integrated Care Board; J Cole (Chief "
     "Officer, Healthwatch Hartsmere)"),
]

# item structure: (number, title, runin, blocks)
# blocks: ("p", text) ("bul", [texts]) ("res", lead, [clauses] or None)
D1_ITEMS = [
    ("22", "Apologies for Absence and Substitutions", True, [
        ("p", "Apologies for absence were received from Cllrs Dawson, Kerr and Vine. Cllr Patel "
              "attended as substitute for Cllr Kerr."),
    ]),
    ("23", "Declarations of Interest", True, [
        ("p", "No declarations were made at the start of the meeting. (Cllr Oduya subsequently "
              "declared an interest during consideration of minute 26 below.)"),
    ]),
    ("24", "Minutes", True, [
        ("p", "**RESOLVED** – That the minutes of the meeting held on 15 July 2025 be "
              "confirmed as a correct record and signed by the Chair."),
    ]),
    ("25", "Chair's Announcements", True, [
        ("p", "The Chair reported that, as agreed at the last meeting, she had written on behalf "
              "of the Committee to the Secretary of State for Health and Social Care about the "
              "future of the Wold Valley Midwife-Led Unit and had received an acknowledgement. "
              "A copy of the letter would be circulated to Members."),
    ]),
    ("26", "Maternity and Neonatal Services at Brackendale General Hospital – Improvement "
           "Plan Update", False, [
        ("p", "Considered – the report of the Chief Operating Officer, Brackendale and Hartsmere "
              "Hospitals NHS Foundation Trust, which updated the Committee on the maternity and "
              "neonatal improvement plan put in place following the Care Quality Commission "
              "inspection in March 2025, when the maternity service had been rated requires "
              "improvement overall and inadequate for the safe domain."),
        ("p", "Alison Reeve, Chief Operating Officer, and Claire Tomlinson, Director of "
              "Midwifery, gave a presentation, the main points of which were:"),
        ("bul", [
            "31 whole-time equivalent midwives had been recruited since January 2025, reducing "
            "the midwifery vacancy rate from 14.2% to 6.8%;",
            "all 17 actions arising from the CQC warning notice had been closed and the Trust "
            "had invited the CQC to re-inspect before the end of the year;",
            "births at the Wold Valley Midwife-Led Unit, suspended temporarily in November "
            "2024, remained suspended and the position would be reviewed in December 2025;",
            "a standardised maternity triage telephone line had gone live in June 2025, and "
            "93% of calls were now answered within two minutes;",
            "the Maternity and Neonatal Voices Partnership had surveyed 412 women and birthing "
            "people, and their feedback had shaped the revised plan.",
        ]),
        ("p", "At this point in the meeting Cllr Oduya declared a non-registrable interest in "
              "this item as her daughter was employed as a midwife by the Trust. She remained in "
              "the meeting and took part in the discussion but did not vote."),
        ("p", "Members then asked a number of questions, which are summarised below. Q: Cllr "
              "Whitcombe asked why the Wold Valley unit was still closed to births when the "
              "vacancy rate had more than halved. A: The Director of Midwifery explained that "
              "most of the new midwives were newly qualified and needed a period of "
              "preceptorship before they could safely staff a standalone unit. Q: How many "
              "babies had been transferred out of the county for neonatal care in the last "
              "year? A: Twenty-three babies had been transferred to units outside Hartsmere in "
              "2024/25, mainly because of a shortage of level 3 cots, which was in line with "
              "the regional network average. Q: Cllr Brannigan sought clarification on whether "
              "the new midwives were permanent staff or employed through agencies. A: All 31 "
              "posts were permanent appointments, although bank midwives were still used to "
              "cover sickness absence and maternity leave. Q: What was being done to hear from "
              "women whose first language was not English? A: The Voices Partnership had funded "
              "interpreters at its listening events in Brackendale and Saltmarsh, and the Trust "
              "would report the results to a future meeting."),
        ("p", "Cllr Whitcombe expressed concern that the public had not been consulted before "
              "births were suspended at the Wold Valley unit, and asked whether the Trust "
              "accepted that this amounted to a substantial variation in service. The Chief "
              "Operating Officer said that the suspension had been made on grounds of patient "
              "safety and was temporary, but gave an assurance that the Trust would engage with "
              "the Committee before any permanent decision was taken. The Chair requested that "
              "written answers to the questions Members had not had time to ask be provided "
              "within four weeks."),
        ("res", "That –", [
            "the progress made against the maternity and neonatal improvement plan be noted;",
            "the Trust be requested to submit a further update to the Committee in January "
            "2026, including the outcome of the CQC re-inspection; and",
            "the Committee's view that any proposal to make permanent the suspension of births "
            "at the Wold Valley Midwife-Led Unit would constitute a substantial variation "
            "requiring formal consultation be conveyed to the Trust and to NHS Wold and Fenland "
            "Integrated Care Board.",
        ]),
    ]),
    ("27", "Home Care Recommissioning 2026–2031", False, [
        ("p", "Considered – the report of the Director of Adult Social Care and Health "
              "Integration setting out the proposed approach to recommissioning home care "
              "(domiciliary care) from April 2026, when the current contracts with 38 providers "
              "were due to expire. The Committee's comments were sought before the report was "
              "considered by Cabinet on 7 October 2025."),
        ("p", "The report recommended that the Committee (a) notes the outcome of the market "
              "engagement exercise and the provider survey; and (b) endorses the proposed move "
              "to a locality-based model with a single lead provider in each of the four "
              "localities, on contracts of five years with an option to extend for up to two "
              "further years."),
        ("p", "Cllr Brannigan asked how many people currently received home care and what would "
              "happen to people supported by providers that were not successful in the tender. "
              "The Director explained that around 2,150 people received home care at any one "
              "time; where a provider was unsuccessful, care workers would be expected to "
              "transfer to the new provider under TUPE so that people could keep the same "
              "carers wherever possible."),
        ("p", "Concerns were expressed by several Members that a lead provider model would "
              "concentrate the local market in the hands of a small number of large national "
              "companies, some of them owned by private equity investors. In reply, the "
              "Director said that the tender would be open to organisations of all sizes and "
              "that each lead provider would be required to subcontract at least 30% of hours "
              "to small local and voluntary sector providers."),
        ("p", "Cllr Okafor queried whether the proposed hourly rate of £24.10 would be enough "
              "for providers to pay care workers the Real Living Wage, including travel time. "
              "It was confirmed that the rate had been modelled on the Real Living Wage plus "
              "paid travel time between visits and that both would be contractual requirements. "
              "Cllr Fairweather asked whether an in-house option had been considered. The "
              "Cabinet Member for Adult Social Care and Health said that the option appraisal "
              "at Appendix B had looked at bringing part of the service back in-house, but the "
              "start-up costs of around £3.4 million could not be met from the current year's "
              "budget."),
        ("p", "Cllr Fairweather proposed, and Cllr Ahmed seconded, that recommendation (b) be "
              "amended so that the Committee's support for the new model was conditional on a "
              "council-run home care pilot in one locality. Following a short debate, during "
              "which Cllr Lloyd-Hughes said that he could not support the change, the Chair put "
              "the recommendations, as amended, to the Committee and it was –"),
        ("res", "That recommendation (b) be amended to read: “That the Committee recommends to "
                "Cabinet that the proposed locality-based model for home care be approved, "
                "subject to Cabinet also agreeing to establish a council-run home care service "
                "in the Wold Valley locality as a two-year pilot, to be evaluated and reported "
                "to this Committee before any contract extension is agreed”; and that "
                "recommendations (a) and (b), as amended, be agreed.", None),
    ]),
    ("28", "Access to General Practice – NHS Wold and Fenland Integrated Care Board",
     False, [
        ("p", "Dr Samir Qureshi, Chief Medical Officer, NHS Wold and Fenland Integrated Care "
              "Board, introduced the report, which described progress against the local plan "
              "for improving access to general practice. He reported that the number of GP "
              "appointments in Hartsmere had risen by 7% compared with 2023/24 and that all 41 "
              "practices had now moved to cloud-based telephone systems."),
        ("p", "In response to a question from Cllr Lloyd-Hughes about the continuing 8 am rush "
              "for appointments, Dr Qureshi said that practices were being supported to keep "
              "online consultation open throughout the working day, and 29 practices now did "
              "so. Cllr Okafor noted that the Fenside Primary Care Network had the lowest "
              "number of GPs per head of population in Hartsmere and asked what was being done "
              "to attract doctors to the area. Dr Qureshi explained that a fellowship scheme "
              "offering newly qualified GPs two-year posts with protected training time had "
              "been launched, and seven fellows had been recruited so far."),
        ("p", "Jenny Cole, Healthwatch Hartsmere, reported that complaints about getting through "
              "to practices by telephone had fallen, but patients continued to tell Healthwatch "
              "that they did not understand the role of care navigators and other practice "
              "staff. Dr Qureshi welcomed the feedback and agreed that the ICB would work with "
              "Healthwatch on a public information campaign. A Member queried whether patients "
              "had been consulted on the closure of the Marsh Lane branch surgery. Dr Qureshi "
              "said that the practice had carried out a six-week patient engagement exercise "
              "before the ICB approved the closure in May 2025, and undertook to circulate the "
              "engagement report to Members."),
        ("res", "That the report be noted and that the Integrated Care Board be asked to "
                "provide the Committee with practice-level appointment data for Hartsmere every "
                "six months.", None),
    ]),
    ("29", "Director of Public Health's Annual Report 2024/25", False, [
        ("p", "Dr Fiona Marsh, Director of Public Health, presented her annual report, which "
              "this year focused on the health of people living in the county's coastal and "
              "former mining communities, where healthy life expectancy was up to eleven years "
              "lower than in the most affluent wards."),
        ("p", "Cllr Ahmed asked whether the proposed 8% reduction in the public health grant "
              "allocated to the stop smoking service would undermine the report's own "
              "recommendations. Dr Marsh replied that the service would be redesigned to target "
              "routine and manual workers and pregnant smokers, and that additional national "
              "funding of £612,000 for 2025/26 would offset most of the reduction. The Chair "
              "commented that the report was clear and accessible and asked that it be shared "
              "with all town and parish councils; Dr Marsh agreed to arrange this."),
        ("res", "That the Director of Public Health's Annual Report 2024/25 be noted.", None),
    ]),
    ("30", "Work Programme 2025/26", True, [
        ("p", "The Scrutiny and Democratic Services Officer presented the Committee's work "
              "programme. Cllr Lloyd-Hughes requested that an item on access to NHS dentistry "
              "be added for the March 2026 meeting. **RESOLVED** – That the work programme be "
              "approved, subject to the addition of an item on NHS dental services in March "
              "2026."),
    ]),
    ("31", "Date of Next Meeting", True, [
        ("p", "Tuesday 11 November 2025 at 10.00 am in the Council Chamber, Civic Centre, "
              "Brackendale."),
    ]),
]


def md_runs(text, base=""):
    """Split **bold** markup into runs."""
    runs = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            runs.append((part, "B" if i % 2 else base))
    return runs


class HoscPDF(BasePDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 4, "Hartsmere Council")
        self.set_xy(105, 10)
        self.cell(85, 4, "Health Overview and Scrutiny Committee – 16 September 2025",
                  align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, self.h - 16)
        self.cell(60, 4, "Page %d" % self.page_no())
        self.set_xy(110, self.h - 16)
        self.cell(80, 4, "Chair's initials ..............", align="R")
        self.set_text_color(0, 0, 0)


def build_doc1():
    pdf = HoscPDF(format="A4")
    pdf.setup_fonts()
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 16 September 2025")
    pdf.set_author("Hartsmere Council Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    L, R = 20, 190
    NUMX, TX = 20, 32
    TW = R - TX
    pdf.para([("HARTSMERE COUNCIL", "B")], L, R - L, size=13, align="C", after=1,
             hyphenate=False)
    pdf.para([("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "B")], L, R - L, size=12,
             align="C", after=3, hyphenate=False)
    pdf.para([("Minutes of a meeting of the Health Overview and Scrutiny Committee held in "
               "the Council Chamber, Civic Centre, Market Street, Brackendale on Tuesday 16 "
               "September 2025 at 10.00 am", "")], L, R - L, size=10, align="C", after=5,
             hyphenate=False)
    for label, text in D1_ATTEND:
        # label in bold in a 41mm column, list hanging beside it
        pdf.para([(text, "")], L + 41, R - L - 41, size=10, align="L", prefix=label,
                 prefix_x=L, after=1.6, hyphenate=False)
    pdf.set_y(pdf.get_y() + 4)

    for num, title, runin, blocks in D1_ITEMS:
        pdf.ensure_space(16)
        if runin:
            first = True
            for kind, *rest in blocks:
                text = rest[0]
                runs = md_runs(text)
                if first:
                    runs = [(title + ".", "B")] + runs
                    pdf.para(runs, TX, TW, prefix=num + ".", prefix_x=NUMX, after=3.5)
                    first = False
                else:
                    pdf.para(runs, TX, TW, after=3.5)
            continue
        pdf.para([(title, "B")], TX, TW, prefix=num + ".", prefix_x=NUMX, align="L",
                 after=2, hyphenate=False)
        for blk in blocks:
            kind = blk[0]
            if kind == "p":
                pdf.para(md_runs(blk[1]), TX, TW)
            elif kind == "bul":
                for b in blk[1]:
                    pdf.para([(b, "")], TX + 6, TW - 6, prefix="•", prefix_x=TX + 1.5,
                             prefix_style="", after=1.2)
                pdf.set_y(pdf.get_y() + 1.2)
            elif kind == "res":
                lead, clauses = blk[1], blk[2]
                pdf.ensure_space(12)
                pdf.para([("RESOLVED", "B"), ("– " + lead, "")], TX, TW, after=1.5)
                if clauses:
                    for i, c in enumerate(clauses):
                        pdf.para([(c, "")], TX + 9, TW - 9, prefix="(%s)" % "abcdef"[i],
                                 prefix_x=TX + 1, prefix_style="", after=1.5)
                pdf.set_y(pdf.get_y() + 2)
        pdf.set_y(pdf.get_y() + 1.5)
    pdf.set_y(pdf.get_y() + 3)
    pdf.para([("The meeting ended at 12.47 pm.", "")], TX, TW, align="L")
    pdf.set_y(pdf.get_y() + 8)
    pdf.para([("Chair ......................................................    Date "
               "............................", "")], TX, TW, align="L", hyphenate=False)
    pdf.output(os.path.join(DOCS, D1))


def d1_source_text():
    parts = []
    for label, text in D1_ATTEND:
        parts += [label, text]
    for num, title, runin, blocks in D1_ITEMS:
        parts += [num, title]
        for blk in blocks:
            if blk[0] == "p":
                parts.append(blk[1].replace("**", ""))
            elif blk[0] == "bul":
                parts += blk[1]
            elif blk[0] == "res":
                parts.append("RESOLVED – " + blk[1])
                parts += blk[2] or []
    return "\n".join(parts)


D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-16",
    "items": [{"number": n, "title": t} for n, t, _, _ in D1_ITEMS],
    "questions": [
        {"item": "26", "kind": "question",
         "text": "asked why the Wold Valley unit was still closed to births",
         "asked_by": "Cllr Whitcombe",
         "answer": "most of the new midwives were newly qualified and needed a period of preceptorship",
         "given_by": "The Director of Midwifery",
         "themes": ["workforce"]},
        {"item": "26", "kind": "question",
         "text": "How many babies had been transferred out of the county for neonatal care",
         "asked_by": None,
         "answer": "Twenty-three babies had been transferred to units outside Hartsmere in 2024/25",
         "given_by": None,
         "themes": []},
        {"item": "26", "kind": "question",
         "text": "the new midwives were permanent staff or employed through agencies",
         "asked_by": "Cllr Brannigan",
         "answer": "All 31 posts were permanent appointments, although bank midwives were still used",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "26", "kind": "question",
         "text": "What was being done to hear from women whose first language was not English",
         "asked_by": None,
         "answer": "The Voices Partnership had funded interpreters at its listening events",
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "26", "kind": "concern",
         "text": "expressed concern that the public had not been consulted before births were suspended",
         "asked_by": "Cllr Whitcombe",
         "answer": "the suspension had been made on grounds of patient safety and was temporary",
         "given_by": "The Chief Operating Officer",
         "themes": ["patient-and-public-input", "governance"]},
        {"item": "26", "kind": "request",
         "text": "written answers to the questions Members had not had time to ask",
         "asked_by": "The Chair",
         "answer": None,
         "given_by": None,
         "themes": ["governance"]},
        {"item": "27", "kind": "question",
         "text": "asked how many people currently received home care and what would happen",
         "asked_by": "Cllr Brannigan",
         "answer": "care workers would be expected to transfer to the new provider under TUPE",
         "given_by": "The Director",
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "27", "kind": "concern",
         "text": "a lead provider model would concentrate the local market in the hands",
         "asked_by": None,
         "answer": "each lead provider would be required to subcontract at least 30% of hours",
         "given_by": "the Director",
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "27", "kind": "question",
         "text": "queried whether the proposed hourly rate of £24.10 would be enough",
         "asked_by": "Cllr Okafor",
         "answer": "the rate had been modelled on the Real Living Wage plus paid travel time",
         "given_by": None,
         "themes": ["adult-social-care", "workforce", "finance"]},
        {"item": "27", "kind": "question",
         "text": "Cllr Fairweather asked whether an in-house option had been considered",
         "asked_by": "Cllr Fairweather",
         "answer": "start-up costs of around £3.4 million could not be met",
         "given_by": "The Cabinet Member for Adult Social Care and Health",
         "themes": ["adult-social-care", "privatisation", "finance"]},
        {"item": "28", "kind": "question",
         "text": "about the continuing 8 am rush for appointments",
         "asked_by": "Cllr Lloyd-Hughes",
         "answer": "practices were being supported to keep online consultation open throughout the working day",
         "given_by": "Dr Qureshi",
         "themes": ["primary-care"]},
        {"item": "28", "kind": "question",
         "text": "asked what was being done to attract doctors to the area",
         "asked_by": "Cllr Okafor",
         "answer": "a fellowship scheme offering newly qualified GPs two-year posts with protected training time",
         "given_by": "Dr Qureshi",
         "themes": ["primary-care", "workforce"]},
        {"item": "28", "kind": "comment",
         "text": "they did not understand the role of care navigators and other practice staff",
         "asked_by": "Jenny Cole",
         "answer": "the ICB would work with Healthwatch on a public information campaign",
         "given_by": "Dr Qureshi",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "28", "kind": "question",
         "text": "had been consulted on the closure of the Marsh Lane branch surgery",
         "asked_by": "A Member",
         "answer": "the practice had carried out a six-week patient engagement exercise",
         "given_by": "Dr Qureshi",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "29", "kind": "question",
         "text": "allocated to the stop smoking service would undermine the report's own recommendations",
         "asked_by": "Cllr Ahmed",
         "answer": "the service would be redesigned to target routine and manual workers",
         "given_by": "Dr Marsh",
         "themes": ["public-health", "finance"]},
        {"item": "29", "kind": "request",
         "text": "asked that it be shared with all town and parish councils",
         "asked_by": "The Chair",
         "answer": "Dr Marsh agreed to arrange this",
         "given_by": "Dr Marsh",
         "themes": ["public-health"]},
        {"item": "30", "kind": "request",
         "text": "requested that an item on access to NHS dentistry be added",
         "asked_by": "Cllr Lloyd-Hughes",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "governance"]},
    ],
    "resolutions": [
        {"item": "24", "text": "the minutes of the meeting held on 15 July 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "26",
         "text": "the progress made against the maternity and neonatal improvement plan be noted",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "27",
         "text": "recommends to Cabinet that the proposed locality-based model for home care be approved",
         "outcome": "recommended",
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "28",
         "text": "provide the Committee with practice-level appointment data for Hartsmere",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "29",
         "text": "That the Director of Public Health's Annual Report 2024/25 be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "30",
         "text": "That the work programme be approved, subject to the addition",
         "outcome": "agreed", "themes": ["primary-care", "governance"]},
    ],
    "attendees": [
        {"name": "Cllr M Pemberton", "role": "Chair", "attendance": "present"},
        {"name": "Cllr R Ahmed", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr S Brannigan", "role": None, "attendance": "present"},
        {"name": "Cllr T Fairweather", "role": None, "attendance": "present"},
        {"name": "Cllr G Lloyd-Hughes", "role": None, "attendance": "present"},
        {"name": "Cllr H Oduya", "role": None, "attendance": "present"},
        {"name": "Cllr D Okafor", "role": None, "attendance": "present"},
        {"name": "Cllr N Patel", "role": "substitute for Cllr L Kerr", "attendance": "present"},
        {"name": "Cllr P Whitcombe", "role": None, "attendance": "present"},
        {"name": "Cllr Dawson", "role": None, "attendance": "apologies"},
        {"name": "Cllr Kerr", "role": None, "attendance": "apologies"},
        {"name": "Cllr Vine", "role": None, "attendance": "apologies"},
        {"name": "Cllr A Hollis", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr F Marsh", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "K Doyle", "role": "Director of Adult Social Care and Health Integration",
         "attendance": "in_attendance"},
        {"name": "M Ellery", "role": "Scrutiny and Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "A Reeve", "role": "Chief Operating Officer", "attendance": "in_attendance"},
        {"name": "C Tomlinson", "role": "Director of Midwifery", "attendance": "in_attendance"},
        {"name": "Dr S Qureshi", "role": "Chief Medical Officer", "attendance": "in_attendance"},
        {"name": "J Cole", "role": "Chief Officer, Healthwatch Hartsmere",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Eastholme Borough Council People and Communities Scrutiny (DOCX)
# ---------------------------------------------------------------------------
D2 = "ak-eastholme-people-communities-2025-10-02.docx"

D2_ATTEND = [
    ("Present", "Councillor Denise Harrow (Chair); Councillor Imran Siddiqui (Vice-Chair); "
                "Councillors Colin Ashworth, Kwame Boateng, Paula Brennan, Leanne Marr and "
                "Stuart Pell; Councillor Fiona Lacey (substitute for Councillor Gary Rudd)"),
    ("Co-opted members", "Mrs Rebecca Adeyemi (Parent Governor Representative); Mr Alan "
                         "Fitch (Church of England Diocesan Representative)"),
    ("Also present", "Councillor Joanne Whelan, Cabinet Member for Children, Young People and "
                     "Families; Councillor Martin Crossley, Cabinet Member for Housing and "
                     "Communities"),
    ("Officers", "Sarah Nwosu – Director of Children's Services\n"
                 "Dave Henshaw – Assistant Director, Housing Options and Homelessness\n"
                 "Priya Lal – Head of Commissioning and Placements (Children)\n"
                 "Tom Garside – Strategic Lead, SEND Transport and Travel Assistance\n"
                 "Kerry Moss – Scrutiny Officer"),
    ("Apologies", "Councillors Gary Rudd and Yvonne Tate"),
]

# (number, title, [paragraphs]); "**...**" marks bold (decisions)
D2_ITEMS = [
    ("35", "Apologies for absence and substitutions", [
        "Apologies for absence were received from Councillors Gary Rudd and Yvonne Tate. "
        "Councillor Fiona Lacey attended as substitute for Councillor Rudd.",
    ]),
    ("36", "Declarations of interest", [
        "Councillor Leanne Marr declared a personal interest in minute 39 as she was an approved "
        "foster carer for the Council. Councillor Kwame Boateng declared a personal interest in "
        "minute 41 as a governor of Brookside Special School. Both remained in the meeting.",
    ]),
    ("37", "Minutes of the previous meeting", [
        "The minutes of the meeting held on 10 July 2025 were submitted.",
        "**The Committee AGREED that the minutes be approved as a correct record and signed by "
        "the Chair.**",
    ]),
    ("38", "Action log", [
        "The Scrutiny Officer presented the action log. In relation to action 14, Councillor "
        "Pell asked when the promised briefing on damp and mould in council-owned temporary "
        "accommodation would be circulated; the Scrutiny Officer confirmed that it would be "
        "sent to all Members by the end of October.",
        "**The Committee NOTED the action log.**",
    ]),
    ("39", "Children in Care – Placement Sufficiency Strategy 2025–2028", [
        "The Director of Children's Services introduced the draft Placement Sufficiency "
        "Strategy. The number of children in care had risen to 512 at 31 August 2025, from 468 "
        "a year earlier. Of the 71 children in residential placements, 64 were placed with "
        "independent providers at an average weekly cost of £6,840, and spending on external "
        "placements was forecast to exceed the budget by £5.2 million in 2025/26.",
        "Councillor Siddiqui asked what profit margins the largest providers of children's homes "
        "were making from the Council. The Head of Commissioning and Placements said that "
        "national research had found average operating profit margins of around 22% among the "
        "largest providers, and that the Council was now negotiating fees jointly through the "
        "regional care cooperative.",
        "Members raised concern that children were being placed a long way from Eastholme, away "
        "from their schools, friends and families. In answer, the Director said that 43% of "
        "residential placements were more than 20 miles from the borough and that the strategy "
        "aimed to reduce this by opening two council-run children's homes by 2027.",
        "Councillor Marr, having declared an interest, asked what was being done to keep foster "
        "carers, given that the number of in-house fostering households had fallen for a third "
        "year. The Cabinet Member for Children, Young People and Families replied that fostering "
        "allowances had been increased by 6% from April and that a recruitment hub had been set "
        "up jointly with three neighbouring authorities.",
        "Mrs Adeyemi sought clarification on how children in care had been involved in "
        "developing the strategy. The Director advised that the Children in Care Council had "
        "co-produced the ‘What matters to us’ section and had helped to interview the shortlisted "
        "managers for the new homes.",
        "**The Committee AGREED to RECOMMEND to Cabinet that (a) the business case for the two "
        "council-run children's homes be brought forward to the December 2025 Cabinet meeting; "
        "and (b) the Council lobby the Government, through the Local Government Association, for "
        "a cap on the profits made by providers of children's residential care.**",
    ]),
    ("40", "Temporary accommodation – demand and cost pressures", [
        "The Assistant Director, Housing Options and Homelessness, presented the report. There "
        "were 418 households in temporary accommodation, 96 of them in bed and breakfast, and the "
        "temporary accommodation budget was forecast to overspend by £3.9 million.",
        "Councillor Brennan asked how many families with children had been in bed and breakfast "
        "for longer than the six-week legal limit. The Assistant Director confirmed that 31 "
        "families were currently over the limit, the longest for 19 weeks, and that every case "
        "was reviewed weekly by a senior manager.",
        "Councillor Pell questioned whether the Council was getting value for money from "
        "nightly-paid accommodation supplied by private companies. Responding, the Cabinet "
        "Member for Housing and Communities said that the Council had bought 40 homes through "
        "the Local Authority Housing Fund and was exploring a joint venture with a registered "
        "provider to acquire a further 120 properties. Councillor Ashworth requested a breakdown "
        "of households in temporary accommodation by ward, and the Assistant Director agreed to "
        "provide this after the meeting.",
        "**The Committee NOTED the report and AGREED to establish a task and finish group to "
        "examine the use of bed and breakfast accommodation for families, reporting back to the "
        "Committee in March 2026.**",
    ]),
    ("41", "SEND home to school transport – re-procurement of routes", [
        "The Strategic Lead, SEND Transport and Travel Assistance, reported on the "
        "re-procurement of 212 home to school transport routes for September 2025. Around 1,140 "
        "pupils with special educational needs were transported each school day and costs had "
        "risen by 38% in three years.",
        "Councillor Boateng asked why 14 routes had not been covered on the first day of the "
        "autumn term. The Strategic Lead explained that two operators had withdrawn from their "
        "contracts in late August because they could not recruit drivers and passenger "
        "assistants, and that replacement taxis had been arranged within three days.",
        "Concern was expressed that parents had not been consulted on the changes to pick-up "
        "points for post-16 students. The Cabinet Member for Children, Young People and Families "
        "acknowledged that communication with families had been poor and apologised to those "
        "affected.",
        "A Member asked whether the Council had considered running more routes with its own "
        "fleet. Tom Garside advised that the in-house fleet of 22 minibuses was already fully "
        "used and that an options appraisal on expanding it would be brought to Members in the "
        "spring.",
        "**The Committee AGREED to request a further update at its January 2026 meeting, "
        "including the results of a survey of parents and carers on the new arrangements.**",
    ]),
    ("42", "Youth service review – outcome of consultation", [
        "The Cabinet Member for Children, Young People and Families presented the outcome of the "
        "twelve-week consultation on the future of youth services, which had received 1,860 "
        "responses, 640 of them from young people.",
        "Councillor Lacey asked how the views of young people who did not use youth centres had "
        "been captured. The Director said that the Youth Council had run sessions in every "
        "secondary school and at Eastholme College.",
        "Mr Fitch commented that churches and voluntary groups wanted to help but needed "
        "longer-term funding agreements rather than annual grants. The Cabinet Member said that "
        "this would be considered as part of the commissioning framework for community-run "
        "youth provision.",
        "**The Committee NOTED the outcome of the consultation on the future of youth "
        "services.**",
    ]),
    ("43", "Work programme 2025/26", [
        "The Scrutiny Officer presented the work programme.",
        "**The Committee AGREED the work programme for 2025/26, subject to the inclusion of the "
        "task and finish group agreed under minute 40.**",
    ]),
    ("44", "Date of next meeting", [
        "Thursday 13 November 2025 at 6.30 pm, Committee Room 2, Eastholme Town Hall.",
    ]),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def md_paragraph(p, text, bold_all=False):
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            r = p.add_run(part)
            r.bold = bold_all or bool(i % 2)


def build_doc2():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Kerry Moss"
    cp.title = "People and Communities Scrutiny Committee - Minutes - 2 October 2025"
    cp.created = datetime.datetime(2025, 10, 6, 14, 2, 0)
    cp.modified = datetime.datetime(2025, 10, 8, 9, 41, 0)
    cp.last_modified_by = "Kerry Moss"
    cp.revision = 4
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)

    hp = sec.header.paragraphs[0]
    hp.text = "Eastholme Borough Council – People and Communities Scrutiny Committee – 2 October 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp2.add_run("Chair’s initials ……………")
    r.font.size = Pt(8)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("EASTHOLME BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("PEOPLE AND COMMUNITIES SCRUTINY COMMITTEE")
    r.bold = True
    r.font.size = Pt(12)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of the meeting held on Thursday 2 October 2025 at 6.30 pm in Committee "
              "Room 2, Eastholme Town Hall")

    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(4.6), Cm(12.4))
    hdr = tbl.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for cell, txt, w in zip(hdr.cells, ("Minute", "Discussion and decision"), widths):
        cell.width = w
        rr = cell.paragraphs[0].add_run(txt)
        rr.bold = True
        shade(cell, "D9E2F3")

    def new_row():
        row = tbl.add_row()
        for c, w in zip(row.cells, widths):
            c.width = w
        return row

    for label, text in D2_ATTEND:
        row = new_row()
        row.cells[0].paragraphs[0].add_run(label).bold = True
        lines = text.split("\n")
        row.cells[1].paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            pp = row.cells[1].add_paragraph(ln)
            pp.paragraph_format.space_after = Pt(0)
        for pp in row.cells[1].paragraphs:
            pp.paragraph_format.space_after = Pt(2)

    for num, title, paras in D2_ITEMS:
        row = new_row()
        row.cells[0].paragraphs[0].add_run(title)
        first = True
        for text in paras:
            pp = row.cells[1].paragraphs[0] if first else row.cells[1].add_paragraph()
            if first:
                rb = pp.add_run(num + ".")
                rb.bold = True
                pp.add_run(" ")
            md_paragraph(pp, text)
            first = False

    p = d.add_paragraph()
    p = d.add_paragraph("The meeting closed at 8.52 pm.")
    p = d.add_paragraph()
    p = d.add_paragraph("Signed ………………………………… (Chair)        Date ……………………")
    path = os.path.join(DOCS, D2)
    d.save(path)
    fix_zip_dates(path)


def fix_zip_dates(path):
    """Rewrite the .docx zip with fixed entry timestamps so builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 8, 9, 41, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


D2_GOLD = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "People and Communities Scrutiny Committee",
    "meeting_date": "2025-10-02",
    "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
    "questions": [
        {"item": "38", "kind": "question",
         "text": "asked when the promised briefing on damp and mould in council-owned temporary accommodation",
         "asked_by": "Councillor Pell",
         "answer": "it would be sent to all Members by the end of October",
         "given_by": "the Scrutiny Officer",
         "themes": ["housing"]},
        {"item": "39", "kind": "question",
         "text": "asked what profit margins the largest providers of children's homes were making",
         "asked_by": "Councillor Siddiqui",
         "answer": "average operating profit margins of around 22% among the largest providers",
         "given_by": "The Head of Commissioning and Placements",
         "themes": ["children-and-families", "privatisation", "finance"]},
        {"item": "39", "kind": "concern",
         "text": "Members raised concern that children were being placed a long way from Eastholme",
         "asked_by": "Members",
         "answer": "43% of residential placements were more than 20 miles from the borough",
         "given_by": "the Director",
         "themes": ["children-and-families"]},
        {"item": "39", "kind": "question",
         "text": "asked what was being done to keep foster carers",
         "asked_by": "Councillor Marr",
         "answer": "fostering allowances had been increased by 6% from April",
         "given_by": "The Cabinet Member for Children, Young People and Families",
         "themes": ["children-and-families", "workforce"]},
        {"item": "39", "kind": "question",
         "text": "sought clarification on how children in care had been involved in developing the strategy",
         "asked_by": "Mrs Adeyemi",
         "answer": "the Children in Care Council had co-produced the ‘What matters to us’ section",
         "given_by": "The Director",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "40", "kind": "question",
         "text": "asked how many families with children had been in bed and breakfast",
         "asked_by": "Councillor Brennan",
         "answer": "31 families were currently over the limit, the longest for 19 weeks",
         "given_by": "The Assistant Director",
         "themes": ["housing", "children-and-families"]},
        {"item": "40", "kind": "question",
         "text": "getting value for money from nightly-paid accommodation supplied by private companies",
         "asked_by": "Councillor Pell",
         "answer": "exploring a joint venture with a registered provider to acquire a further 120 properties",
         "given_by": "the Cabinet Member for Housing and Communities",
         "themes": ["housing", "finance", "privatisation"]},
        {"item": "40", "kind": "request",
         "text": "requested a breakdown of households in temporary accommodation by ward",
         "asked_by": "Councillor Ashworth",
         "answer": "the Assistant Director agreed to provide this after the meeting",
         "given_by": "the Assistant Director",
         "themes": ["housing"]},
        {"item": "41", "kind": "question",
         "text": "asked why 14 routes had not been covered on the first day",
         "asked_by": "Councillor Boateng",
         "answer": "two operators had withdrawn from their contracts in late August",
         "given_by": "The Strategic Lead",
         "themes": ["children-and-families", "subcontracting", "workforce"]},
        {"item": "41", "kind": "concern",
         "text": "parents had not been consulted on the changes to pick-up points",
         "asked_by": None,
         "answer": "acknowledged that communication with families had been poor and apologised",
         "given_by": "The Cabinet Member for Children, Young People and Families",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "41", "kind": "question",
         "text": "whether the Council had considered running more routes with its own fleet",
         "asked_by": "A Member",
         "answer": "the in-house fleet of 22 minibuses was already fully used",
         "given_by": "Tom Garside",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "42", "kind": "question",
         "text": "asked how the views of young people who did not use youth centres",
         "asked_by": "Councillor Lacey",
         "answer": "the Youth Council had run sessions in every secondary school",
         "given_by": "The Director",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "42", "kind": "comment",
         "text": "churches and voluntary groups wanted to help but needed longer-term funding agreements",
         "asked_by": "Mr Fitch",
         "answer": "considered as part of the commissioning framework for community-run youth provision",
         "given_by": "The Cabinet Member",
         "themes": ["children-and-families", "finance", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "37", "text": "AGREED that the minutes be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "38", "text": "The Committee NOTED the action log", "outcome": "noted",
         "themes": []},
        {"item": "39",
         "text": "the business case for the two council-run children's homes be brought forward",
         "outcome": "recommended",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "40",
         "text": "AGREED to establish a task and finish group to examine the use",
         "outcome": "agreed", "themes": ["housing", "children-and-families", "governance"]},
        {"item": "41",
         "text": "AGREED to request a further update at its January 2026 meeting",
         "outcome": "agreed",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "42",
         "text": "NOTED the outcome of the consultation on the future of youth services",
         "outcome": "noted",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "43",
         "text": "AGREED the work programme for 2025/26, subject to the inclusion",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Denise Harrow", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Imran Siddiqui", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Colin Ashworth", "role": None, "attendance": "present"},
        {"name": "Councillor Kwame Boateng", "role": None, "attendance": "present"},
        {"name": "Councillor Paula Brennan", "role": None, "attendance": "present"},
        {"name": "Councillor Leanne Marr", "role": None, "attendance": "present"},
        {"name": "Councillor Stuart Pell", "role": None, "attendance": "present"},
        {"name": "Councillor Fiona Lacey", "role": "substitute for Councillor Gary Rudd",
         "attendance": "present"},
        {"name": "Mrs Rebecca Adeyemi", "role": "Parent Governor Representative",
         "attendance": "present"},
        {"name": "Mr Alan Fitch", "role": "Church of England Diocesan Representative",
         "attendance": "present"},
        {"name": "Councillor Joanne Whelan",
         "role": "Cabinet Member for Children, Young People and Families",
         "attendance": "in_attendance"},
        {"name": "Councillor Martin Crossley",
         "role": "Cabinet Member for Housing and Communities", "attendance": "in_attendance"},
        {"name": "Sarah Nwosu", "role": "Director of Children's Services",
         "attendance": "in_attendance"},
        {"name": "Dave Henshaw", "role": "Assistant Director, Housing Options and Homelessness",
         "attendance": "in_attendance"},
        {"name": "Priya Lal", "role": "Head of Commissioning and Placements (Children)",
         "attendance": "in_attendance"},
        {"name": "Tom Garside", "role": "Strategic Lead, SEND Transport and Travel Assistance",
         "attendance": "in_attendance"},
        {"name": "Kerry Moss", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Councillor Gary Rudd", "role": None, "attendance": "apologies"},
        {"name": "Councillor Yvonne Tate", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 3: NHS trust letter answering the HOSC's questions (PDF, not minutes)
# ---------------------------------------------------------------------------
D3 = "ak-bhh-trust-response-to-hosc-2025-10-10.pdf"

D3_QA = [
    ("Please provide the midwifery vacancy rate for each month from January to August 2025.",
     ["The midwifery vacancy rate (registered midwives, whole-time equivalent, against the "
      "funded establishment of 214.6 WTE) is set out below. The reduction from May onwards "
      "reflects the arrival of the spring cohort of newly qualified midwives.",
      "TABLE"]),
    ("What criteria will the Trust use when deciding whether to reopen the Wold Valley "
     "Midwife-Led Unit to births?",
     ["The Trust will consider reopening the unit when three conditions have been met for at "
      "least three consecutive months: a midwifery vacancy rate below 5%; a fully staffed "
      "on-call rota for the unit without reliance on redeployment from the Brackendale delivery "
      "suite; and agreement from the Local Maternity and Neonatal System that ambulance "
      "transfer times from the unit are within the regional standard.",
      "The review in December 2025 will report against each of these conditions, and we will "
      "share the review paper with the Committee at the same time as it is considered by the "
      "Trust Board."]),
    ("How many complaints about maternity services did the Trust receive in 2024/25, and what "
     "were the main themes?",
     ["The Trust received 86 formal complaints relating to maternity services in 2024/25, "
      "compared with 71 in 2023/24. The most common themes were communication and "
      "attitude of staff (31), delays in induction of labour (19) and postnatal care on the "
      "ward (14). Each complaint theme is reviewed monthly by the Maternity Safety Champions."]),
    ("What interpreting support is available for women whose first language is not English?",
     ["Face-to-face and telephone interpreting is available at all antenatal appointments, in "
      "triage and on the delivery suite, 24 hours a day. Since July 2025 the Trust has also "
      "offered video interpreting in the 12 most commonly requested languages. We are "
      "translating the maternity triage leaflet into Polish, Romanian, Arabic and Urdu."]),
    ("Will the Trust commit to consulting the Committee formally before any permanent change "
     "to services at the Wold Valley unit?",
     ["Yes. The Trust recognises that a permanent change to birthing services at Wold Valley "
      "would be likely to constitute a substantial development or variation of the health "
      "service, and we will consult the Committee formally under the Local Authority (Public "
      "Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 before any such "
      "decision is made. We would welcome early discussion with the Chair about the timing."]),
    ("Please confirm the number of babies transferred out of the county for neonatal care in "
     "2024/25, broken down by level of care.",
     ["Of the 23 babies transferred, 15 required intensive (level 3) care at the regional "
      "neonatal intensive care unit, six were transferred for specialist surgical care and two "
      "were transferred because no local special care cot was available at the time."]),
]

D3_TABLE = [("Month (2025)", "Vacancy rate"), ("January", "14.2%"), ("February", "13.6%"),
            ("March", "12.9%"), ("April", "12.1%"), ("May", "9.4%"), ("June", "8.3%"),
            ("July", "7.5%"), ("August", "6.8%")]


class LetterPDF(BasePDF):
    def header(self):
        if self.page_no() == 1:
            # NHS lozenge and trust name
            self.set_fill_color(0, 94, 184)
            self.rect(160, 12, 30, 12, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("DV", "BI", 18)
            self.set_xy(160, 12)
            self.cell(30, 12, "NHS", align="C")
            self.set_text_color(0, 94, 184)
            self.set_font("DV", "B", 10.5)
            self.set_xy(95, 26)
            self.cell(95, 5, "Brackendale and Hartsmere Hospitals", align="R")
            self.set_xy(95, 31)
            self.set_font("DV", "", 10.5)
            self.cell(95, 5, "NHS Foundation Trust", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(42)
        else:
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 4, "Brackendale and Hartsmere Hospitals NHS Foundation Trust – "
                      "response to Hartsmere HOSC, 10 October 2025", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(0, 94, 184)
        self.set_xy(20, self.h - 19)
        self.cell(170, 3.5, "Chair: Professor Anne Whitlock   Chief Executive: Dr Helen "
                  "Marchant", align="C")
        self.set_xy(20, self.h - 15.5)
        self.cell(170, 3.5, "Trust Headquarters, Brackendale General Hospital, Infirmary Road, "
                  "Brackendale BK4 2RT   www.bhh.nhs.example", align="C")
        self.set_text_color(90, 90, 90)
        self.set_xy(20, self.h - 11)
        self.cell(170, 3.5, "Page %d of {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


def build_doc3():
    pdf = LetterPDF(format="A4")
    pdf.setup_fonts()
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Response to HOSC questions - maternity and neonatal services")
    pdf.set_author("Office of the Chief Executive")
    pdf.alias_nb_pages()
    pdf.add_page()
    L, W = 20, 170
    # sender block right
    y0 = pdf.get_y()
    pdf.set_font("DV", "", 9)
    for i, ln in enumerate(["Office of the Chief Executive", "Trust Headquarters",
                            "Brackendale General Hospital", "Infirmary Road",
                            "Brackendale BK4 2RT", "", "Tel: 01632 960 418",
                            "Email: bhh.chiefexec@nhs.example"]):
        pdf.set_xy(130, y0 + i * 4.4)
        pdf.cell(60, 4.4, ln)
    pdf.set_y(y0)
    for ln in ["Cllr Margaret Pemberton", "Chair, Health Overview and Scrutiny Committee",
               "Hartsmere Council", "Civic Centre", "Market Street", "Brackendale BK1 1HC"]:
        pdf.set_font("DV", "", 10)
        pdf.set_x(L)
        pdf.cell(100, 5, ln)
        pdf.ln(5)
    pdf.set_y(y0 + 40)
    pdf.set_font("DV", "", 10)
    pdf.set_x(L)
    pdf.cell(100, 5, "Our ref: HM/CE/0925-114")
    pdf.ln(5)
    pdf.set_x(L)
    pdf.cell(100, 5, "Your ref: ME/HOSC/16.09.25")
    pdf.ln(9)
    pdf.set_x(L)
    pdf.cell(100, 5, "10 October 2025")
    pdf.ln(10)
    pdf.para([("Dear Cllr Pemberton", "")], L, W, align="L", after=3)
    pdf.para([("Re: Maternity and neonatal services – written response to questions from the "
               "Health Overview and Scrutiny Committee meeting on 16 September 2025", "B")],
             L, W, align="L", after=3, hyphenate=False)
    intro = [
        "Thank you for the opportunity to attend the Committee on 16 September and for the "
        "constructive discussion about our maternity and neonatal improvement plan. At the "
        "meeting you asked that the Trust provide written answers to the questions that Members "
        "had not had time to put, together with some further detail on points raised during "
        "the discussion. Democratic Services forwarded six questions to us on 19 September, "
        "and our responses are set out below.",
        "Where figures are given they are drawn from our validated workforce and patient "
        "experience data as at 30 September 2025 and may differ slightly from those reported "
        "verbally at the meeting.",
    ]
    for t in intro:
        pdf.para([(t, "")], L, W, align="L", after=3, hyphenate=False)
    for i, (q, resp) in enumerate(D3_QA, 1):
        pdf.ensure_space(26)
        pdf.set_y(pdf.get_y() + 1.5)
        pdf.para([("Question %d:" % i, "B"), (q, "B")], L, W, align="L", after=2,
                 hyphenate=False)
        first = True
        for t in resp:
            if t == "TABLE":
                pdf.ensure_space(5 * len(D3_TABLE) + 4)
                for ri, (a, b) in enumerate(D3_TABLE):
                    pdf.set_font("DV", "B" if ri == 0 else "", 9.5)
                    if ri == 0:
                        pdf.set_fill_color(220, 230, 242)
                    pdf.set_x(L + 10)
                    pdf.cell(50, 5, a, border=1, fill=(ri == 0))
                    pdf.cell(35, 5, b, border=1, fill=(ri == 0), align="C")
                    pdf.ln(5)
                pdf.set_y(pdf.get_y() + 3)
                continue
            runs = ([("Response:", "B")] if first else []) + [(t, "")]
            pdf.para(runs, L, W, align="L", after=3, hyphenate=False)
            first = False
    closing = [
        "I hope these responses are helpful. Alison Reeve, Chief Operating Officer, and Claire "
        "Tomlinson, Director of Midwifery, will attend the Committee's meeting in January 2026 "
        "to present the further update that the Committee requested, including the outcome of "
        "the CQC re-inspection. In the meantime, please do not hesitate to contact my office if "
        "Members have any further questions.",
    ]
    for t in closing:
        pdf.para([(t, "")], L, W, align="L", after=6, hyphenate=False)
    pdf.ensure_space(40)
    pdf.para([("Yours sincerely", "")], L, W, align="L", after=12)
    pdf.set_font("DV", "I", 14)
    pdf.set_x(L)
    pdf.cell(60, 6, "H. Marchant")
    pdf.ln(8)
    pdf.para([("Dr Helen Marchant", "B")], L, W, align="L", after=0.5)
    pdf.para([("Chief Executive", "")], L, W, align="L", after=6)
    pdf.para([("cc:", "B"), ("Mark Ellery, Scrutiny and Democratic Services Officer, Hartsmere "
               "Council; Dr Samir Qureshi, Chief Medical Officer, NHS Wold and Fenland "
               "Integrated Care Board; Jenny Cole, Chief Officer, Healthwatch Hartsmere", "")],
             L, W, align="L", size=9, hyphenate=False)
    pdf.output(os.path.join(DOCS, D3))


D3_GOLD = {"document": D3, "doc_type": "other"}

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def norm(s):
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
    text = "\n".join(out)
    # join soft hyphens at line ends (this script only hyphenates inside plain words)
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", text)


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def check_gold(gold, texts):
    errors = 0
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        nwords = len(ph.split())
        if not 6 <= nwords <= 15:
            print("  WORDS %s (%d): %s" % (kind, nwords, ph))
            errors += 1
        for label, t in texts.items():
            n = norm(t).count(norm(ph))
            if n != 1:
                print("  %s %s found %d times in %s: %s" % (kind.upper(), gold["document"], n,
                                                           label, ph))
                errors += 1
    return errors, len(phrases)


def summary(gold):
    return "%d items, %d questions, %d resolutions, %d attendees" % (
        len(gold.get("items", [])), len(gold.get("questions", [])),
        len(gold.get("resolutions", [])), len(gold.get("attendees", [])))


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_doc1()
    build_doc2()
    build_doc3()
    for g in (D1_GOLD, D2_GOLD, D3_GOLD):
        name = os.path.join(GOLD, g["document"] + ".json")
        with open(name, "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" not in sys.argv:
        print("built", D1, D2, D3)
        return 0
    total = 0
    e, n = check_gold(D1_GOLD, {"pdf": pdf_text(os.path.join(DOCS, D1)),
                                "source": d1_source_text()})
    print("%s: %s; %d phrases, %d errors" % (D1, summary(D1_GOLD), n, e))
    total += e
    e, n = check_gold(D2_GOLD, {"docx": docx_text(os.path.join(DOCS, D2))})
    print("%s: %s; %d phrases, %d errors" % (D2, summary(D2_GOLD), n, e))
    total += e
    # the letter must not contain minute-like decisions
    t3 = pdf_text(os.path.join(DOCS, D3))
    bad = [w for w in ("RESOLVED", "AGREED", "Minutes of") if w in t3]
    if bad:
        print("  letter contains minute-like words:", bad)
        total += 1
    print("%s: doc_type %s, %d Question/Response pairs, %d errors" % (
        D3, D3_GOLD["doc_type"], t3.count("Response:"), len(bad)))
    # themes must be known slugs (top-level keys of minutes/themes.yml)
    slugs = set(re.findall(r"^([a-z][a-z-]+):", open(
        os.path.join(HERE, "..", "..", "minutes", "themes.yml")).read(), re.M)) - {"ignore_names"}
    for g in (D1_GOLD, D2_GOLD):
        for row in g.get("questions", []) + g.get("resolutions", []):
            for th in row["themes"]:
                if th not in slugs:
                    print("  unknown theme", th)
                    total += 1
    print("CHECK", "PASSED" if total == 0 else "FAILED (%d)" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
