#!/usr/bin/env python
"""Build the "l-" documents of the other-councils evaluation set and their hand-written gold annotations.

Usage:
    build_l.py            write documents/l-*.{pdf,docx,html} and gold/l-*.json
    build_l.py --check    rebuild (deterministically), then verify that every gold phrase
                          (question text, answer, resolution text) has 6-15 words and occurs
                          verbatim and exactly once (ignoring case, punctuation and white
                          space) both in the document's source text and in the text
                          extracted from the written file (PDF: pdfplumber, with running
                          headers/footers dropped and end-of-line hyphens joined)

All councils, people, places and figures are invented. Deterministic: fixed dates, no
randomness.
"""
import datetime
import html as htmlmod
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "documents"
GOLD = ROOT / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2025, 3, 24, 9, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------------------
# PDF engine: justified text with hyphenation, running headers and footers
# ---------------------------------------------------------------------------------------

VOWELS = set("aeiouy")
NO_SPLIT = {"ch", "sh", "th", "ph", "gh", "ck", "wh", "qu", "ng"}


def split_points(word):
    """Crude syllable break points (VC|CV) inside a plain lower-case word."""
    pts = []
    if len(word) < 7 or not word.isalpha() or not word.islower():
        return pts
    for i in range(3, len(word) - 2):
        a, b = word[i - 1], word[i]
        if (word[i - 2] in VOWELS and a not in VOWELS and b not in VOWELS
                and word[i + 1] in VOWELS and (a + b) not in NO_SPLIT):
            pts.append(i)
    return pts


def make_pdf_class():
    from fpdf import FPDF
    from fpdf.enums import Align, XPos, YPos
    from fpdf.line_break import TextLine

    class MinutesPDF(FPDF):
        def __init__(self, family, header_fn=None, footer_fn=None, size=10.5, lh=5.0):
            super().__init__(format="A4", unit="mm")
            self.set_auto_page_break(False)
            self.set_margins(20, 22, 20)
            self.set_creation_date(FIXED_DATE)
            self.header_fn, self.footer_fn = header_fn, footer_fn
            fam = {"sans": "DejaVuSans", "serif": "DejaVuSerif"}[family]
            ital = "Oblique" if family == "sans" else "Italic"
            self.add_font("F", "", FONT_DIR + fam + ".ttf")
            self.add_font("F", "B", FONT_DIR + fam + "-Bold.ttf")
            self.add_font("F", "I", FONT_DIR + fam + "-" + ital + ".ttf")
            self.add_font("F", "BI", FONT_DIR + fam + "-Bold" + ital + ".ttf")
            self.size, self.lh = size, lh
            self.source = []          # logical text, one block per entry
            self.bottom = 297 - 24
            self.add_page()

        def header(self):
            if self.header_fn:
                self.header_fn(self)

        def footer(self):
            if self.footer_fn:
                self.footer_fn(self)

        # -- low level -------------------------------------------------------------
        def _need(self, h):
            if self.get_y() + h > self.bottom:
                self.add_page()

        def _line(self, x, w, text, style, justify):
            self.set_font("F", style, self.size)
            self.set_x(x)
            text = self.normalize_text(text)
            frags = self._preload_font_styles(text, False)
            n = text.count(" ") if justify else 0
            tl = TextLine(frags, text_width=0, number_of_spaces=n,
                          align=Align.J if justify else Align.L, height=self.lh, max_width=w)
            self._render_styled_text_line(tl, self.lh, 0, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

        def _break(self, text, w, style, hyphenate=True):
            self.set_font("F", style, self.size)
            sw = self.get_string_width
            words = text.split()
            lines, cur = [], []
            i = 0
            while i < len(words):
                wd = words[i]
                trial = " ".join(cur + [wd])
                if sw(trial) <= w - 1 or not cur:
                    cur.append(wd)
                    i += 1
                    continue
                # word does not fit: try to hyphenate if the line would be very loose
                used = sw(" ".join(cur))
                if hyphenate and (w - used) > 0.06 * w:
                    core = re.match(r"^([a-z]+)(.*)$", wd)
                    if core and not core.group(2):
                        best = None
                        for p in split_points(wd):
                            head = wd[:p] + "-"
                            if sw(" ".join(cur + [head])) <= w - 1:
                                best = p
                        if best:
                            cur.append(wd[:best] + "-")
                            words[i] = wd[best:]
                lines.append(" ".join(cur))
                cur = []
            if cur:
                lines.append(" ".join(cur))
            return lines

        # -- blocks ----------------------------------------------------------------
        def para(self, text, indent=0, style="", justify=True, gap=2.5, label=None,
                 label_w=8, label_style=None, hyphenate=True, src=True, keep=1):
            x = self.l_margin + indent
            tx = x + (label_w if label else 0)
            w = self.w - self.r_margin - tx
            lines = self._break(text, w, style, hyphenate)
            self._need(self.lh * min(keep, len(lines)) + 0.5)
            for k, ln in enumerate(lines):
                self._need(self.lh)
                if k == 0 and label:
                    y = self.get_y()
                    self.set_font("F", label_style if label_style is not None else style, self.size)
                    self.set_xy(x, y)
                    self.cell(label_w, self.lh, label)
                    self.set_xy(tx, y)
                last = k == len(lines) - 1
                self._line(tx, w, ln, style, justify and not last)
            self.set_y(self.get_y() + gap)
            if src:
                self.source.append(((label + " ") if label else "") + text)

        def centre(self, text, style="B", size=None, gap=1.5):
            self.set_font("F", style, size or self.size)
            self._need(self.lh)
            self.set_x(self.l_margin)
            self.cell(0, self.lh + 0.5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(self.get_y() + gap)
            self.source.append(text)

        def item_heading(self, number, title, num_w=15, gap=2):
            self._need(self.lh * 4)
            y = self.get_y()
            self.set_font("F", "B", self.size)
            self.set_xy(self.l_margin, y)
            self.cell(num_w, self.lh, number)
            self.para(title, indent=num_w, style="B", justify=False, gap=gap, src=False,
                      hyphenate=False)
            self.source.append(number + " " + title)

    return MinutesPDF


def pdf_text(path, running=()):
    """Text of a PDF as a reader sees it: running headers and footers (regexes matching
    whole lines) dropped, end-of-line hyphens joined."""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        txt = "\n".join((p.extract_text() or "") for p in pdf.pages)
    lines = [ln for ln in txt.split("\n")
             if not any(re.fullmatch(rx, ln.strip()) for rx in running)]
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", "\n".join(lines))


RUNNING = {
    "l-exmere-health-adult-care-scrutiny-2024-11-14.pdf":
        [r"\d+", r"HEALTH AND ADULT CARE SCRUTINY COMMITTEE 14/11/24"],
    "l-wealdshire-county-council-2025-03-20.pdf":
        [r"Page \d+", r"County Council \u2013 Thursday, 20 March 2025",
         r"Chairman\u2019s initials \.+"],
}


# ---------------------------------------------------------------------------------------
# text extraction for the check
# ---------------------------------------------------------------------------------------

class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    s = _Strip()
    s.feed(Path(path).read_text(encoding="utf-8"))
    return "".join(s.out)


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    out = []

    def walk(container):
        for block in container.iter_inner_content():
            if hasattr(block, "rows"):
                for row in block.rows:
                    for cell in row.cells:
                        walk(cell)
            else:
                out.append(block.text)
    walk(d)
    return "\n".join(out)


def norms(s):
    """Two readings of 'ignoring punctuation': punctuation as space, punctuation deleted."""
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    a = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", " ", s)).strip()
    b = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", "", s)).strip()
    return a, b



# =======================================================================================
# 1. Exmere County Council - Health and Adult Care Scrutiny Committee (Devon-like PDF)
# =======================================================================================

DOC1 = "l-exmere-health-adult-care-scrutiny-2024-11-14.pdf"


def build_doc1():
    MinutesPDF = make_pdf_class()

    def head(pdf):
        pdf.set_font("F", "", 8.5)
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(120, 4, "HEALTH AND ADULT CARE SCRUTINY COMMITTEE")
        pdf.set_xy(pdf.w - pdf.r_margin - 40, 10)
        pdf.cell(40, 4, "14/11/24", align="R")
        pdf.line(pdf.l_margin, 15, pdf.w - pdf.r_margin, 15)
        pdf.set_y(22)

    def foot(pdf):
        pdf.set_font("F", "", 9)
        pdf.set_xy(pdf.l_margin, 297 - 16)
        pdf.cell(0, 4, str(pdf.page_no()), align="C")

    pdf = MinutesPDF("sans", head, foot, size=10.5, lh=5.0)
    P = pdf.para
    I = 15          # body indent (item text sits under the title, not the number)

    pdf.centre("EXMERE COUNTY COUNCIL", size=12, gap=0.5)
    pdf.centre("HEALTH AND ADULT CARE SCRUTINY COMMITTEE", size=12, gap=0.5)
    pdf.centre("14 November 2024", style="", gap=4)
    P("Minutes of the meeting of the Health and Adult Care Scrutiny Committee held in "
      "the Council Chamber, County Hall, Exmere on Thursday 14 November 2024, commencing "
      "at 10.30 am.", gap=3)
    P("Present:-", style="B", gap=1, justify=False)
    P("Councillors P Carwithen (Chair), S Trelawny (Vice-Chair), D Ashcombe, M Bickleigh, "
      "J Colebrooke, H Dunsford, A Haccombe, T Penhale, R Whitlock and K Yeo", gap=3,
      justify=False)
    P("Apologies:-", style="B", gap=1, justify=False)
    P("Councillors L Northam and F Sidbury", gap=3, justify=False)
    P("Members attending in accordance with Standing Order 25:", style="B", gap=1,
      justify=False)
    P("Councillors J McKinnon (Cabinet Member for Adult Social Care and Health) and "
      "G Tremayne", gap=5, justify=False)

    # *45
    pdf.item_heading("*45", "Minutes")
    P("It was MOVED by Councillor Carwithen, SECONDED by Councillor Trelawny and", indent=I)
    P("RESOLVED that the minutes of the meeting held on 19 September 2024 be signed as a "
      "correct record.", indent=I, gap=5)

    # *46
    pdf.item_heading("*46", "Items Requiring Urgent Attention")
    P("No item was raised as a matter of urgency.", indent=I, gap=5)

    # *47
    pdf.item_heading("*47", "Declarations of Interest")
    P("Councillor J Colebrooke declared a personal interest in Minute 51 (Community "
      "Equipment Service) by virtue of being a trustee of Exmere Independent Living, a "
      "user-led organisation which received grant funding from the Council. Councillor "
      "A Haccombe declared a personal interest as a governor of the Royal Exmere Hospitals "
      "NHS Foundation Trust.", indent=I, gap=5)

    # *48
    pdf.item_heading("*48", "Public Participation")
    P("There were no oral representations from members of the public.", indent=I, gap=5)

    # 49
    pdf.item_heading("49", "Members' Questions")
    P("In accordance with Standing Order 17, the Chair had agreed to accept the following "
      "questions from Members of the Committee, which had been received before the "
      "deadline. The questions and the replies given are set out below.", indent=I)
    P("Councillor Penhale asked the Cabinet Member for Adult Social Care and Health:",
      indent=I, label="(a)", style="B", label_style="B", gap=1.5, justify=False)
    P("\u2018How many people assessed as eligible for domiciliary care were waiting for a "
      "package of care at the end of October, and how many of those people were waiting "
      "in a hospital bed?\u2019", indent=I + 8, style="I")
    P("The Cabinet Member replied:", indent=I + 8, style="B", gap=1.5, justify=False)
    P("\u2018At the end of October 2024, 137 people assessed as eligible were awaiting a "
      "package of home care, down from 212 in the same month last year. Of these, 19 were "
      "in an acute or community hospital bed and were being supported through the "
      "discharge to assess pathway. Unmet need is now at its lowest level since 2019, "
      "which reflects the additional hours secured through the new framework for "
      "personal care.\u2019", indent=I + 8)
    P("Councillor Whitlock asked the Cabinet Member for Adult Social Care and Health:",
      indent=I, label="(b)", style="B", label_style="B", gap=1.5, justify=False)
    P("\u2018Will the Cabinet Member publish the cost to the Council of agency social "
      "workers in 2023/24, and the proportion of qualified social worker posts in adult "
      "services currently filled by agency staff?\u2019", indent=I + 8, style="I")
    P("The Cabinet Member replied:", indent=I + 8, style="B", gap=1.5, justify=False)
    P("\u2018Spending on agency social workers in 2023/24 was \u00a33.8 million, a "
      "reduction of \u00a31.1 million on the previous year. As at 1 November, 14 per cent "
      "of qualified posts in adult services were covered by agency workers, compared with "
      "22 per cent a year ago. A breakdown by locality will be circulated to all Members "
      "of the Committee.\u2019", indent=I + 8)
    P("Councillor Dunsford asked the Cabinet Member for Adult Social Care and Health:",
      indent=I, label="(c)", style="B", label_style="B", gap=1.5, justify=False)
    P("\u2018What assessment has been made of the impact on care providers of the increase "
      "in employer National Insurance contributions announced in the Budget?\u2019",
      indent=I + 8, style="I")
    P("The Cabinet Member replied:", indent=I + 8, style="B", gap=1.5, justify=False)
    P("\u2018Officers estimate that the increase will add around \u00a36.5 million to the "
      "cost of commissioned care in Exmere in 2025/26. The Council has written, together "
      "with the County Councils Network, to the Minister for Care asking that the "
      "additional cost be met in full through the local government finance settlement, "
      "and the increase will be factored into the fee-setting process for next year.\u2019",
      indent=I + 8, gap=5)

    # *50
    pdf.item_heading("*50", "NHS Dental Services in Exmere")
    P("The Committee considered the joint report of the Director of Primary Care "
      "Commissioning, NHS Exmere Integrated Care Board (ICB), and the Director of Public "
      "Health (PH/24/19) on access to NHS dental services, progress against the national "
      "Dental Recovery Plan and the oral health of children in the county. Ms A Polglase "
      "(Director of Primary Care Commissioning, NHS Exmere ICB) and Dr N Fairweather "
      "(Consultant in Dental Public Health) attended for this item.", indent=I)
    P("Members discussed:", indent=I, gap=1.5)
    bullets = [
        "the number of practices in Exmere accepting new adult NHS patients, which had "
        "fallen to three, and the distances residents in the north of the county were "
        "travelling to obtain urgent treatment;",
        "the decision of two practices in Hollacombe to hand back their NHS contracts and "
        "whether the lost units of dental activity had been re-procured, with the ICB "
        "advising that a procurement for 18,000 units of activity would conclude in "
        "February 2025;",
        "the oral health of children in care, and concern that supervised toothbrushing had "
        "been withdrawn from some early years settings when the funding ended;",
        "whether the new patient premium had made any difference, to which the Director of "
        "Primary Care Commissioning responded that uptake had been lower than hoped because "
        "the premium did not cover the cost of complex courses of treatment;",
        "the recruitment and retention of dentists in rural and coastal areas, and the "
        "ICB\u2019s confirmation that its golden hello scheme had so far attracted four "
        "dentists to the county; and",
        "the lack of published data on waiting times for NHS dental treatment, and a "
        "request that the ICB share practice-level figures with the Committee.",
    ]
    for b in bullets:
        P(b, indent=I, label="\u2022", label_w=6, gap=1.5)
    pdf.set_y(pdf.get_y() + 1.5)
    P("It was MOVED by Councillor Carwithen, SECONDED by Councillor Yeo and", indent=I)
    P("RESOLVED", indent=I, style="B", gap=1.5, justify=False)
    P("that the report be noted and the officers of the ICB be thanked for attending;",
      indent=I, label="(a)", gap=1.5)
    P("that the ICB be asked to provide practice-level data on NHS dental access to all "
      "Members of the Committee; and", indent=I, label="(b)", gap=1.5)
    P("that a further update on the Dental Recovery Plan be brought to the Committee in "
      "June 2025.", indent=I, label="(c)", gap=5)

    # 51
    pdf.item_heading("51", "Community Equipment Service: Re-procurement")
    P("The Committee considered the report of the Director of Integrated Adult Social Care "
      "(ACH/24/88) on the proposed re-procurement of the Community Equipment Service, "
      "jointly commissioned with NHS Exmere ICB, ahead of the expiry on 31 March 2026 of "
      "the current contract with Caremobility Services Ltd. The report set out three "
      "options: a like-for-like re-tender; a lead provider model; and bringing the service "
      "back in-house through the Council\u2019s wholly-owned company, Exmere Care "
      "Enterprises Ltd.", indent=I)
    P("The Head of Commissioning explained that the contract was worth approximately "
      "\u00a39.2 million a year, of which the ICB contributed 55 per cent, and that "
      "performance against the next-day delivery standard had fallen below target in six "
      "of the last twelve months.", indent=I, label="(a)")
    P("Councillor Penhale queried why the in-house option had been scored lowest in the "
      "options appraisal when the company already ran the Council\u2019s day services. The "
      "Director explained that the company did not hold the clinical accreditation needed "
      "for the decontamination of equipment and would need capital investment of around "
      "\u00a32 million to acquire a suitable depot.", indent=I, label="(b)")
    P("Concerns were expressed by several Members about the performance of the current "
      "private provider, in particular the late collection of hospital beds, which had "
      "delayed discharges, and about whether financial penalties had been applied. The "
      "Head of Commissioning confirmed that service credits totalling \u00a3148,000 had "
      "been applied during 2023/24.", indent=I, label="(c)")
    P("Councillor Haccombe asked whether staff would transfer to any new provider under "
      "TUPE and whether the Council would require payment of the Real Living Wage. The "
      "Director confirmed that TUPE would apply and that the Real Living Wage would be a "
      "condition of the new contract.", indent=I, label="(d)")
    P("Councillor Yeo sought clarification on how service users and carers had been "
      "involved in drawing up the specification, and was advised that a survey of 640 "
      "service users had been carried out with Healthwatch Exmere and that the findings "
      "were appended to the report.", indent=I, label="(e)")
    P("Councillor Bickleigh commented that the Committee should have been involved at an "
      "earlier stage of the procurement timetable, and asked that future commissioning "
      "intentions be shared with scrutiny before options were shortlisted.", indent=I,
      label="(f)")
    P("It was MOVED by Councillor Penhale, SECONDED by Councillor Haccombe and", indent=I)
    P("RECOMMENDED to Cabinet", indent=I, style="B", gap=1.5, justify=False)
    P("that the lead provider model be approved as the preferred procurement route for the "
      "Community Equipment Service from April 2026, subject to the Real Living Wage being "
      "a condition of the contract;", indent=I, label="(a)", gap=1.5)
    P("that the in-house option be kept under review and reconsidered at the first break "
      "point in the new contract; and", indent=I, label="(b)", gap=1.5)
    P("that this Committee be consulted on the draft specification before the invitation "
      "to tender is issued.", indent=I, label="(c)", gap=5)

    # *52
    pdf.item_heading("*52", "Stop Smoking and Vaping Services")
    P("The Director of Public Health presented the report (PH/24/21) on the performance of "
      "the stop smoking service commissioned from Livewell Exmere CIC and on the use of "
      "the Smokefree Generation grant of \u00a3812,000 allocated to the Council for "
      "2024/25. Smoking prevalence among adults in the county had fallen to 11.2 per cent, "
      "but remained above 20 per cent in the most deprived wards.", indent=I)
    P("Councillor Ashcombe asked what action was being taken to reduce smoking in "
      "pregnancy in the most deprived wards. The Director of Public Health advised that a "
      "new incentive scheme, offering shopping vouchers to pregnant women who quit, had "
      "been launched in Kingsbridge Moor and Eastleigh Water in September.", indent=I)
    P("Councillor Colebrooke raised concerns about the sale of disposable vapes to "
      "children and the capacity of Trading Standards to enforce the ban coming into force "
      "in June 2025. The Director of Public Health acknowledged that enforcement capacity "
      "was limited and that the Trading Standards Service had bid for a share of the "
      "national enforcement funding.", indent=I)
    P("RESOLVED that the report on the performance of stop smoking and vaping services be "
      "noted.", indent=I, gap=5)

    # *53
    pdf.item_heading("*53", "Updates")
    P("Cabinet Member for Adult Social Care and Health", indent=I, label="(a)", style="B",
      label_style="B", gap=1.5, justify=False)
    P("The Cabinet Member reported on the outcome of the Care Quality Commission\u2019s "
      "assessment of the Council\u2019s adult social care functions, which had been rated "
      "\u2018Good\u2019; the opening of a 60-apartment extra care scheme in Hollacombe; and "
      "the winter plan agreed with the ICB and the Royal Exmere Hospitals NHS Foundation "
      "Trust.", indent=I + 8)
    P("Councillor Trelawny asked whether the Care Quality Commission\u2019s assessment had "
      "identified any areas for improvement. The Cabinet Member responded that the "
      "assessment had highlighted waiting times for occupational therapy assessments and "
      "the Council\u2019s support for unpaid carers, and that an action plan would be "
      "brought to the Committee.", indent=I + 8)
    P("Healthwatch Exmere", indent=I, label="(b)", style="B", label_style="B", gap=1.5,
      justify=False)
    P("Mr D Lusty, Chief Executive of Healthwatch Exmere, updated the Committee on the "
      "findings of its \u2018Your Care, Your Say\u2019 survey of 1,200 residents about their "
      "experience of leaving hospital.", indent=I + 8)
    P("Councillor Whitlock asked how many respondents reported being discharged without a "
      "care package in place. Mr Lusty replied that one in five respondents said they had "
      "been discharged before their care arrangements were confirmed, and that the full "
      "report would be published in December.", indent=I + 8)
    P("The Committee noted the updates from the Cabinet Member and Healthwatch Exmere.",
      indent=I, gap=5)

    # *54
    pdf.item_heading("*54", "Scrutiny Work Programme")
    P("The Committee reviewed its current work programme and the topics proposed by "
      "Members at the informal planning session held on 17 October 2024, including the "
      "transition of young people with complex needs from children\u2019s to adult "
      "services.", indent=I)
    P("RESOLVED that the work programme be approved, subject to the addition of a spotlight "
      "review on transitions to adult services.", indent=I, gap=8)

    P("*DENOTES DELEGATED MATTER WITH POWER TO ACT", style="B", justify=False, gap=4)
    P("The Meeting started at 10.30 am and finished at 1.12 pm", justify=False, gap=4)
    P("NOTES:", style="B", justify=False, gap=1)
    P("Minutes should always be read in association with any Reports for a complete "
      "record.", label="1.", label_w=6, gap=1)
    P("If the meeting has been webcast, it will be available to view on the webcasting "
      "site for up to 12 months from the date of the meeting.", label="2.", label_w=6)

    pdf.set_title("Minutes - Health and Adult Care Scrutiny Committee - 14 November 2024")
    pdf.set_author("Exmere County Council")
    pdf.output(str(DOCS / DOC1))
    return "\n".join(pdf.source)


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adult Care Scrutiny Committee",
    "meeting_date": "2024-11-14",
    "items": [
        {"number": "45", "title": "Minutes"},
        {"number": "46", "title": "Items Requiring Urgent Attention"},
        {"number": "47", "title": "Declarations of Interest"},
        {"number": "48", "title": "Public Participation"},
        {"number": "49", "title": "Members' Questions"},
        {"number": "50", "title": "NHS Dental Services in Exmere"},
        {"number": "51", "title": "Community Equipment Service: Re-procurement"},
        {"number": "52", "title": "Stop Smoking and Vaping Services"},
        {"number": "53", "title": "Updates"},
        {"number": "54", "title": "Scrutiny Work Programme"},
    ],
    "questions": [
        {"item": "49", "kind": "question",
         "text": "How many people assessed as eligible for domiciliary care were waiting",
         "asked_by": "Councillor Penhale",
         "answer": "137 people assessed as eligible were awaiting a package of home care",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["adult-social-care"]},
        {"item": "49", "kind": "question",
         "text": "publish the cost to the Council of agency social workers in 2023/24",
         "asked_by": "Councillor Whitlock",
         "answer": "Spending on agency social workers in 2023/24 was £3.8 million",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "49", "kind": "question",
         "text": "impact on care providers of the increase in employer National Insurance "
                 "contributions",
         "asked_by": "Councillor Dunsford",
         "answer": "add around £6.5 million to the cost of commissioned care",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["finance", "adult-social-care"]},
        {"item": "50", "kind": "concern",
         "text": "number of practices in Exmere accepting new adult NHS patients",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "50", "kind": "question",
         "text": "whether the lost units of dental activity had been re-procured",
         "asked_by": None,
         "answer": "a procurement for 18,000 units of activity would conclude in February 2025",
         "given_by": "ICB",
         "themes": ["primary-care", "subcontracting"]},
        {"item": "50", "kind": "concern",
         "text": "concern that supervised toothbrushing had been withdrawn from some early "
                 "years settings",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care", "children-and-families", "public-health"]},
        {"item": "50", "kind": "question",
         "text": "whether the new patient premium had made any difference",
         "asked_by": None,
         "answer": "uptake had been lower than hoped because the premium did not cover",
         "given_by": "Director of Primary Care Commissioning",
         "themes": ["primary-care"]},
        {"item": "50", "kind": "comment",
         "text": "the recruitment and retention of dentists in rural and coastal areas",
         "asked_by": None,
         "answer": "golden hello scheme had so far attracted four dentists to the county",
         "given_by": "ICB",
         "themes": ["primary-care", "workforce"]},
        {"item": "50", "kind": "request",
         "text": "request that the ICB share practice-level figures with the Committee",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care", "governance"]},
        {"item": "51", "kind": "question",
         "text": "queried why the in-house option had been scored lowest in the options "
                 "appraisal",
         "asked_by": "Councillor Penhale",
         "answer": "did not hold the clinical accreditation needed for the decontamination "
                   "of equipment",
         "given_by": "Director",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "51", "kind": "concern",
         "text": "Concerns were expressed by several Members about the performance of the "
                 "current",
         "asked_by": None,
         "answer": "service credits totalling £148,000 had been applied during 2023/24",
         "given_by": "Head of Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "51", "kind": "question",
         "text": "asked whether staff would transfer to any new provider under TUPE",
         "asked_by": "Councillor Haccombe",
         "answer": "TUPE would apply and that the Real Living Wage would be a condition",
         "given_by": "Director",
         "themes": ["workforce", "subcontracting"]},
        {"item": "51", "kind": "question",
         "text": "sought clarification on how service users and carers had been involved",
         "asked_by": "Councillor Yeo",
         "answer": "a survey of 640 service users had been carried out with Healthwatch "
                   "Exmere",
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "51", "kind": "request",
         "text": "asked that future commissioning intentions be shared with scrutiny before "
                 "options",
         "asked_by": "Councillor Bickleigh", "answer": None, "given_by": None,
         "themes": ["governance", "subcontracting"]},
        {"item": "52", "kind": "question",
         "text": "asked what action was being taken to reduce smoking in pregnancy",
         "asked_by": "Councillor Ashcombe",
         "answer": "new incentive scheme, offering shopping vouchers to pregnant women who "
                   "quit",
         "given_by": "Director of Public Health",
         "themes": ["public-health"]},
        {"item": "52", "kind": "concern",
         "text": "raised concerns about the sale of disposable vapes to children",
         "asked_by": "Councillor Colebrooke",
         "answer": "enforcement capacity was limited and that the Trading Standards Service "
                   "had bid",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "children-and-families"]},
        {"item": "53", "kind": "question",
         "text": "assessment had identified any areas for improvement",
         "asked_by": "Councillor Trelawny",
         "answer": "waiting times for occupational therapy assessments and the Council's "
                   "support for unpaid carers",
         "given_by": "Cabinet Member",
         "themes": ["governance", "adult-social-care"]},
        {"item": "53", "kind": "question",
         "text": "asked how many respondents reported being discharged without a care "
                 "package",
         "asked_by": "Councillor Whitlock",
         "answer": "one in five respondents said they had been discharged before their care",
         "given_by": "Mr Lusty",
         "themes": ["adult-social-care", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "45", "text": "minutes of the meeting held on 19 September 2024 be signed",
         "outcome": "agreed", "themes": []},
        {"item": "50", "text": "ICB be asked to provide practice-level data on NHS dental "
                               "access",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "51", "text": "lead provider model be approved as the preferred procurement "
                               "route",
         "outcome": "recommended",
         "themes": ["subcontracting", "privatisation", "workforce", "adult-social-care"]},
        {"item": "52", "text": "report on the performance of stop smoking and vaping services "
                               "be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "53", "text": "The Committee noted the updates from the Cabinet Member and "
                               "Healthwatch",
         "outcome": "noted", "themes": []},
        {"item": "54", "text": "work programme be approved, subject to the addition of a "
                               "spotlight review",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor P Carwithen", "role": "Chair", "attendance": "present"},
        {"name": "Councillor S Trelawny", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor D Ashcombe", "role": None, "attendance": "present"},
        {"name": "Councillor M Bickleigh", "role": None, "attendance": "present"},
        {"name": "Councillor J Colebrooke", "role": None, "attendance": "present"},
        {"name": "Councillor H Dunsford", "role": None, "attendance": "present"},
        {"name": "Councillor A Haccombe", "role": None, "attendance": "present"},
        {"name": "Councillor T Penhale", "role": None, "attendance": "present"},
        {"name": "Councillor R Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor K Yeo", "role": None, "attendance": "present"},
        {"name": "Councillor L Northam", "role": None, "attendance": "apologies"},
        {"name": "Councillor F Sidbury", "role": None, "attendance": "apologies"},
        {"name": "Councillor J McKinnon",
         "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Councillor G Tremayne", "role": None, "attendance": "in_attendance"},
    ],
}


# =======================================================================================
# 2. Colnbridge County Council - People and Families Policy and Scrutiny Committee
#    (Essex-like Word document: whole body is a two-column layout table, no header row)
# =======================================================================================

DOC2 = "l-colnbridge-people-families-scrutiny-2025-02-06.docx"

# Each item: (number, title, [paragraphs]); a paragraph is a plain string, or a tuple
# (bold run-in label, rest of text).
DOC2_ITEMS = [
    ("1", "Membership, Apologies, Substitutions and Declarations of Interest", [
        "Apologies for absence had been received from Councillor Gosfield and Councillor "
        "Tolleshunt. Councillor Wrabness was present as a substitute for Councillor "
        "Gosfield.",
        "Councillor Hatfield declared a Code Interest in item 5 as an approved foster carer "
        "for Colnbridge County Council.",
    ]),
    ("2", "Minutes of the previous meeting", [
        ("Resolved:", "That the minutes of the meeting held on 5 December 2024 be approved "
         "as a correct record and signed by the Chairman."),
    ]),
    ("3", "Questions from the public", [
        "There were no questions from the public.",
    ]),
    ("4", "Cabinet Member for Children\u2019s Services and Early Years \u2013 Update and "
          "Questions", [
        "Councillor Tony Bexwell, Cabinet Member for Children\u2019s Services and Early "
        "Years, provided a verbal update on the recent Ofsted focused visit to the "
        "Council\u2019s children\u2019s social care services, which had looked at the "
        "\u2018front door\u2019 and the quality of early decision-making, and on the "
        "roll-out of family hubs across the county. He then took questions from Members, "
        "which are summarised below.",
        ("Question from Cllr Fordham:", "How many family hubs are now open, and are they "
         "delivering the full range of services promised, including perinatal mental health "
         "support?"),
        ("Answer:", "Nine of the twelve family hubs are open, with the remaining three due "
         "to open by June 2025. Perinatal mental health support is available in six hubs at "
         "present, delivered by the Colnbridge Partnership University NHS Foundation Trust, "
         "and will be in all twelve by the end of the year."),
        ("Question from Cllr Mistley:", "What did the Ofsted focused visit say about social "
         "worker caseloads in the assessment teams?"),
        ("Answer (Executive Director, Children, Families and Education):", "Inspectors found "
         "that caseloads were manageable for most social workers but that a small number of "
         "newly qualified workers were carrying caseloads above the Council\u2019s target of "
         "18. Two additional team managers had been appointed to the assessment teams in "
         "January."),
        ("Question from Cllr Kelvedon:", "Can the Cabinet Member explain why the budget for "
         "early help has been reduced by \u00a31.4 million in the draft budget for "
         "2025/26?"),
        ("Answer:", "The reduction reflects the transfer of some early help activity into "
         "the family hubs, which are funded through the Family Hubs and Start for Life grant. "
         "There will be no reduction in the number of frontline early help workers."),
        ("Question from Cllr Danbury:", "Will the Council be consulting parents and young "
         "people on the proposed changes to the short breaks offer for disabled children?"),
        ("Answer:", "Yes. A twelve-week public consultation will begin on 3 March 2025, and "
         "the Council is working with the Colnbridge Parent Carer Forum to co-produce the "
         "questions and the accessible versions of the consultation document."),
        ("Resolved:", "The Committee thanked the Cabinet Member and noted the update."),
    ]),
    ("5", "Sufficiency of Children\u2019s Residential Placements", [
        "The Committee considered report PAF/02/25 by the Head of Commissioning, "
        "Children\u2019s Placements, on the sufficiency of residential placements for "
        "children in care. The report noted that 87 per cent of the Council\u2019s "
        "residential placements were with independent sector providers, at an average "
        "weekly cost of \u00a36,450, and set out plans to open four new in-house "
        "children\u2019s homes by 2027.",
        "Members questioned the level of profit being made by some of the larger private "
        "providers of children\u2019s homes, and asked whether the Council could use its "
        "purchasing power to limit fee increases. The Head of Commissioning advised that the "
        "Council was part of the Eastern Region placements framework, which had capped "
        "annual fee uplifts at 4 per cent for providers on the framework, but that around a "
        "third of placements were still spot-purchased outside it.",
        "Councillor Beazley asked how many children were placed more than 20 miles from "
        "home. It was confirmed that 61 children, around 38 per cent of those in residential "
        "care, were placed outside the county boundary, most of them in neighbouring "
        "authorities.",
        "A Member expressed concern that the in-house homes programme relied on recruiting "
        "registered managers in a very competitive market. The Executive Director "
        "acknowledged the risk and explained that the Council was offering a retention "
        "payment and a clear career pathway for residential care workers.",
        "Councillor Wrabness requested that the Committee receive details of the "
        "Council\u2019s use of unregistered placements, including any placements of children "
        "under 16.",
        ("Resolved:", "1. That the Committee\u2019s comments on the sufficiency strategy be "
         "forwarded to the Cabinet Member for Children\u2019s Services and Early Years."),
        "2. That a further report on the in-house children\u2019s homes programme be brought "
        "to the Committee in September 2025.",
    ]),
    ("6", "Home to School Transport for Children with SEND", [
        "The Director, Education introduced report PAF/03/25, which set out a projected "
        "overspend of \u00a37.9 million on home to school transport in 2024/25, driven "
        "largely by the rising number of children with Education, Health and Care Plans "
        "(EHCPs) attending specialist provision outside their home district.",
        "In response to a question from Councillor Hatfield about the number of routes "
        "operated by a single taxi contractor, the Director explained that 214 routes had "
        "been re-tendered in the autumn and that the largest contractor now held 31 routes, "
        "down from 58.",
        "Councillor Fordham asked whether independent travel training could reduce costs. "
        "The Director confirmed that 46 young people had completed travel training in 2024 "
        "and that the target for 2025 was 120.",
        "Members raised concerns about the impact of late or cancelled transport on "
        "pupils\u2019 attendance and asked to see data on complaints from parents. The "
        "Director agreed to circulate the complaints data to Members after the meeting.",
        ("Resolved:", "That the Committee notes the projected overspend on home to school "
         "transport and the measures being taken to reduce it."),
    ]),
    ("7", "Healthy Families Service (0\u201319): Contract Extension", [
        "The Director of Public Health presented report PAF/04/25, which sought the "
        "Committee\u2019s views on a proposed two-year extension, to March 2028, of the "
        "Healthy Families Service contract with Colnbridge Community Health Services NHS "
        "Trust, worth \u00a318.6 million a year. The service delivers health visiting and "
        "school nursing for children aged 0 to 19.",
        ("Question from Cllr Danbury:", "Why is the Council extending the contract rather "
         "than re-tendering it, given the concerns about missed mandated health visitor "
         "checks?"),
        ("Answer:", "The Director of Public Health explained that a re-tender would risk "
         "destabilising a service that was already recovering, that performance on the new "
         "birth visit had improved from 71 per cent to 89 per cent over the past year, and "
         "that the extension included a break clause at 12 months."),
        ("Question from Cllr Kelvedon:", "How many health visitor vacancies are there, and "
         "is the provider using agency staff to cover them?"),
        ("Answer:", "The Director of Public Health advised that there were 23 whole-time "
         "equivalent vacancies, mostly in the north of the county, and that agency health "
         "visitors were used only for mandated checks."),
        ("Resolved:", "That the Committee supports the proposed two-year extension of the "
         "Healthy Families Service contract, subject to quarterly performance reports to "
         "the Committee."),
    ]),
    ("8", "Work Programme", [
        "The Committee considered report PAF/05/25 setting out its work programme for the "
        "remainder of 2024/25 and for 2025/26.",
        ("Resolved:", "That the work programme be agreed, with the addition of an item on "
         "the recruitment and retention of foster carers in July 2025."),
    ]),
    ("9", "Date of next meeting", [
        "The next meeting will take place on Thursday 6 March 2025 at 10:30am in Committee "
        "Room 1, County Hall, Colnbridge.",
    ]),
    ("10", "Urgent Business", [
        "There was no urgent business.",
    ]),
]

DOC2_ATTENDANCE = [
    ("Councillor M Aylett", "Chairman", "Present"),
    ("Councillor C Beazley", "Vice-Chairman", "Present"),
    ("Councillor S Danbury", "Vice-Chairman", "Present"),
    ("Councillor J Fordham", "Member", "Present"),
    ("Councillor P Gosfield", "Member", "Apologies"),
    ("Councillor L Hatfield", "Member", "Present"),
    ("Councillor R Kelvedon", "Member", "Present"),
    ("Councillor A Mistley", "Member", "Present"),
    ("Councillor D Tolleshunt", "Member", "Apologies"),
    ("Councillor E Wrabness", "Substitute", "Present"),
]


def build_doc2():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Minutes - People and Families Policy and Scrutiny Committee - 6 February 2025"
    cp.created = cp.modified = datetime.datetime(2025, 2, 12, 14, 3, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    def field(par, code):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)

    hp = sec.header.paragraphs[0]
    hp.text = "Minutes \u2013 People and Families Policy and Scrutiny Committee \u2013 " \
              "Thursday 6 February 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    field(fp, "PAGE")
    fp.add_run(" of ")
    field(fp, "NUMPAGES")

    def borders(table, on=True):
        tbl = table._tbl
        pr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single" if on else "nil")
            if on:
                e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "808080")
            b.append(e)
        pr.append(b)

    p = d.add_paragraph()
    r = p.add_run("Minutes of a meeting of the People and Families Policy and Scrutiny "
                  "Committee, held in Committee Room 1, County Hall, Colnbridge, CL1 1QH on "
                  "Thursday 6 February 2025")
    r.bold = True
    d.add_paragraph().add_run("Present:").bold = True

    at = d.add_table(rows=1, cols=3)
    borders(at, True)
    hdr = at.rows[0].cells
    for c, t in zip(hdr, ("Councillor", "Role", "Present/Apologies")):
        c.paragraphs[0].add_run(t).bold = True
    for name, role, pres in DOC2_ATTENDANCE:
        row = at.add_row().cells
        row[0].text, row[1].text, row[2].text = name, role, pres
    for row in at.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(6), Cm(5.5), Cm(4.5)

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Also present: ").bold = True
    p.add_run("Councillor Tony Bexwell, Cabinet Member for Children\u2019s Services and "
              "Early Years")
    p = d.add_paragraph("The following officers were present in support of the meeting:")
    for o in ("Helen Crouch, Executive Director, Children, Families and Education",
              "Ravi Nandra, Director, Education",
              "Dr Maria Lindqvist, Director of Public Health",
              "Jo Pattiswick, Head of Commissioning, Children\u2019s Placements",
              "Emma Tey, Democratic Services Officer"):
        d.add_paragraph(o, style="List Bullet")
    d.add_paragraph("The Chairman welcomed everyone to the meeting and reminded those "
                    "present that the meeting was being broadcast live on the Council\u2019s "
                    "YouTube channel.")

    bt = d.add_table(rows=0, cols=2)
    borders(bt, False)
    bt.alignment = WD_TABLE_ALIGNMENT.LEFT
    for num, title, paras in DOC2_ITEMS:
        cells = bt.add_row().cells
        cells[0].width, cells[1].width = Cm(1.5), Cm(15)
        cells[0].paragraphs[0].add_run(num).bold = True
        tp = cells[1].paragraphs[0]
        tp.add_run(title).bold = True
        for para in paras:
            np_ = cells[1].add_paragraph()
            np_.paragraph_format.space_before = Pt(6)
            if isinstance(para, tuple):
                np_.add_run(para[0]).bold = True
                np_.add_run(" " + para[1])
            else:
                np_.add_run(para)
        cells[1].add_paragraph()

    d.add_paragraph("There being no further business, the meeting closed at 12:41pm.")
    d.add_paragraph()
    d.add_paragraph("Chairman")
    d.add_paragraph("6 March 2025")
    d.save(str(DOCS / DOC2))
    _fix_zip_dates(DOCS / DOC2)
    return None


def _fix_zip_dates(path):
    """python-docx stamps zip members with the current time; pin them for determinism."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for fn, data in members:
            zi = zipfile.ZipInfo(fn, date_time=(2025, 2, 12, 14, 3, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "People and Families Policy and Scrutiny Committee",
    "meeting_date": "2025-02-06",
    "items": [
        {"number": "1", "title": "Membership, Apologies, Substitutions and Declarations of "
                                 "Interest"},
        {"number": "2", "title": "Minutes of the previous meeting"},
        {"number": "3", "title": "Questions from the public"},
        {"number": "4", "title": "Cabinet Member for Children's Services and Early Years – "
                                 "Update and Questions"},
        {"number": "5", "title": "Sufficiency of Children's Residential Placements"},
        {"number": "6", "title": "Home to School Transport for Children with SEND"},
        {"number": "7", "title": "Healthy Families Service (0–19): Contract Extension"},
        {"number": "8", "title": "Work Programme"},
        {"number": "9", "title": "Date of next meeting"},
        {"number": "10", "title": "Urgent Business"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "How many family hubs are now open, and are they delivering",
         "asked_by": "Cllr Fordham",
         "answer": "Nine of the twelve family hubs are open, with the remaining three",
         "given_by": "Councillor Tony Bexwell",
         "themes": ["children-and-families", "mental-health"]},
        {"item": "4", "kind": "question",
         "text": "What did the Ofsted focused visit say about social worker caseloads",
         "asked_by": "Cllr Mistley",
         "answer": "caseloads were manageable for most social workers but that a small "
                   "number",
         "given_by": "Executive Director, Children, Families and Education",
         "themes": ["children-and-families", "workforce", "governance"]},
        {"item": "4", "kind": "question",
         "text": "explain why the budget for early help has been reduced by £1.4 million",
         "asked_by": "Cllr Kelvedon",
         "answer": "transfer of some early help activity into the family hubs",
         "given_by": "Councillor Tony Bexwell",
         "themes": ["finance", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "consulting parents and young people on the proposed changes to the short "
                 "breaks",
         "asked_by": "Cllr Danbury",
         "answer": "A twelve-week public consultation will begin on 3 March 2025",
         "given_by": "Councillor Tony Bexwell",
         "themes": ["patient-and-public-input", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "Members questioned the level of profit being made by some of the larger",
         "asked_by": None,
         "answer": "Eastern Region placements framework, which had capped annual fee uplifts",
         "given_by": "Head of Commissioning",
         "themes": ["privatisation", "subcontracting", "finance", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "asked how many children were placed more than 20 miles from home",
         "asked_by": "Councillor Beazley",
         "answer": "61 children, around 38 per cent of those in residential care",
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "5", "kind": "concern",
         "text": "expressed concern that the in-house homes programme relied on recruiting "
                 "registered managers",
         "asked_by": None,
         "answer": "offering a retention payment and a clear career pathway",
         "given_by": "Executive Director",
         "themes": ["workforce", "children-and-families"]},
        {"item": "5", "kind": "request",
         "text": "requested that the Committee receive details of the Council's use of "
                 "unregistered placements",
         "asked_by": "Councillor Wrabness", "answer": None, "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "about the number of routes operated by a single taxi contractor",
         "asked_by": "Councillor Hatfield",
         "answer": "214 routes had been re-tendered in the autumn and that the largest "
                   "contractor",
         "given_by": "Director",
         "themes": ["subcontracting", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "asked whether independent travel training could reduce costs",
         "asked_by": "Councillor Fordham",
         "answer": "46 young people had completed travel training in 2024",
         "given_by": "Director",
         "themes": ["finance", "children-and-families"]},
        {"item": "6", "kind": "concern",
         "text": "impact of late or cancelled transport on pupils' attendance",
         "asked_by": None,
         "answer": "agreed to circulate the complaints data to Members after the meeting",
         "given_by": "Director",
         "themes": ["children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "Why is the Council extending the contract rather than re-tendering it",
         "asked_by": "Cllr Danbury",
         "answer": "performance on the new birth visit had improved from 71 per cent",
         "given_by": "Director of Public Health",
         "themes": ["subcontracting", "public-health", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "How many health visitor vacancies are there, and is the provider using "
                 "agency staff",
         "asked_by": "Cllr Kelvedon",
         "answer": "23 whole-time equivalent vacancies, mostly in the north of the county",
         "given_by": "Director of Public Health",
         "themes": ["workforce", "public-health"]},
    ],
    "resolutions": [
        {"item": "2", "text": "minutes of the meeting held on 5 December 2024 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "The Committee thanked the Cabinet Member and noted the update",
         "outcome": "noted", "themes": []},
        {"item": "5", "text": "further report on the in-house children's homes programme be "
                              "brought",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "6", "text": "notes the projected overspend on home to school transport and "
                              "the measures",
         "outcome": "noted", "themes": ["finance", "children-and-families"]},
        {"item": "7", "text": "supports the proposed two-year extension of the Healthy "
                              "Families Service contract",
         "outcome": "agreed",
         "themes": ["subcontracting", "public-health", "children-and-families"]},
        {"item": "8", "text": "addition of an item on the recruitment and retention of "
                              "foster carers",
         "outcome": "agreed", "themes": ["workforce", "children-and-families"]},
    ],
    "attendees": [
        {"name": "Councillor M Aylett", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor C Beazley", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor S Danbury", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor J Fordham", "role": "Member", "attendance": "present"},
        {"name": "Councillor P Gosfield", "role": "Member", "attendance": "apologies"},
        {"name": "Councillor L Hatfield", "role": "Member", "attendance": "present"},
        {"name": "Councillor R Kelvedon", "role": "Member", "attendance": "present"},
        {"name": "Councillor A Mistley", "role": "Member", "attendance": "present"},
        {"name": "Councillor D Tolleshunt", "role": "Member", "attendance": "apologies"},
        {"name": "Councillor E Wrabness", "role": "Substitute", "attendance": "present"},
        {"name": "Councillor Tony Bexwell",
         "role": "Cabinet Member for Children's Services and Early Years",
         "attendance": "in_attendance"},
        {"name": "Helen Crouch", "role": "Executive Director, Children, Families and "
                                         "Education", "attendance": "in_attendance"},
        {"name": "Ravi Nandra", "role": "Director, Education",
         "attendance": "in_attendance"},
        {"name": "Dr Maria Lindqvist", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Jo Pattiswick", "role": "Head of Commissioning, Children's Placements",
         "attendance": "in_attendance"},
        {"name": "Emma Tey", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}


# =======================================================================================
# 3. Calderfell County Council - Health and Adult Services Scrutiny Committee
#    (Lancashire-like HTML minutes page, not ModernGov)
# =======================================================================================

DOC3 = "l-calderfell-health-adult-services-scrutiny-2025-01-22.html"

DOC3_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Minutes - Health and Adult Services Scrutiny Committee - Wednesday, 22nd January, 2025 | Calderfell County Council</title>
<link rel="stylesheet" href="/assets/css/site.css">
<style>
  .minutes h3 { margin-top: 1.6em; font-size: 1.15em; }
  .minutes em, .minutes i { color: #1d4f91; }
  .cookie-banner { background: #222; color: #fff; padding: .5em; }
</style>
</head>
<body>
<div class="cookie-banner">We use cookies to make this site work. <a href="/cookies/">Cookie settings</a></div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/ccc-logo.svg" alt="Calderfell County Council"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/council/">Council and democracy</a></li>
      <li><a href="/health-and-social-care/">Health and social care</a></li>
      <li><a href="/children-education-families/">Children, education and families</a></li>
      <li><a href="/roads-parking-travel/">Roads, parking and travel</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &gt; <a href="/council/">Council and democracy</a> &gt;
  <a href="/council/meetings/">Committees and meetings</a> &gt;
  <a href="/council/meetings/committee/62/">Health and Adult Services Scrutiny Committee</a> &gt; Minutes
</nav>
<main id="content" class="minutes">
<h1>Health and Adult Services Scrutiny Committee</h1>
<h2>Minutes of the Meeting held on Wednesday, 22nd January, 2025 at 10.30 am in Committee Room 'B' - The Pendle Room, County Hall, Calderbridge</h2>

<p><strong>Present:</strong> County Councillors Margaret Holden (Chair), Stephen Clegg (Vice-Chair), Ashraf Bhatti, Julie Dewhurst, Gordon Fairclough, Tom Ingham, Lorraine Marsden, Peter Rishton, Carol Sutcliffe and Derek Whalley</p>
<p><strong>Co-opted members:</strong> Councillor Anne Birtwistle (Burnmoor Borough Council Representative) and Councillor Mike Hartley (Calder Vale District Council Representative)</p>
<p>County Councillor Nasreen Akhtar attended as a substitute for County Councillor Brian Openshaw.</p>
<p><strong>Also in attendance:</strong> County Councillor Alan Pickup, Cabinet Member for Adult Social Care; Louise Whitaker, Executive Director of Adult Services; Rachel Ormerod, Head of Service, Policy, Information and Commissioning (Age Well); and Gary Halsall, Senior Democratic Services Officer (Overview and Scrutiny).</p>

<h3>1. Apologies</h3>
<p>Apologies were received from County Councillor Brian Openshaw and Councillor Sue Waddington (Hyndwell City Council Representative).</p>

<h3>2. Disclosure of Pecuniary and Non-Pecuniary Interests</h3>
<p>County Councillor Carol Sutcliffe declared a non-pecuniary interest in item 6 as her son was employed by the Council's reablement service.</p>
<p>County Councillor Tom Ingham declared a non-pecuniary interest in item 4 as a director of a community interest company that provides day opportunities for older people.</p>

<h3>3. Minutes of the Meeting Held on 27 November 2024</h3>
<p>Resolved: That the minutes of the meeting held on 27 November 2024 be confirmed as an accurate record and signed by the Chair.</p>

<h3>4. Care Home Market Sustainability and Fee Setting 2025/26</h3>
<p>The Chair welcomed County Councillor Alan Pickup, Cabinet Member for Adult Social Care, Louise Whitaker, Executive Director of Adult Services, and Rachel Ormerod, Head of Service, Policy, Information and Commissioning (Age Well).</p>
<p>The report presented the outcome of the annual cost of care exercise for older people's residential and nursing care, and the proposed fee uplift of 6.8 per cent for 2025/26. It noted that 14 care homes had closed in the county since April 2023, with a net loss of 312 beds, and that the council now purchased 41 per cent of its beds from providers owned by private equity or overseas investors.</p>
<p>Members raised the following points, with officers' responses shown in italics:</p>
<ul>
<li>Concern was expressed that public money was being used to service the debts of care home groups owned by private equity, rather than being spent on care. <em>Officers acknowledged the concern and advised that the council's new contract terms required providers to submit annual accounts, which would be reviewed as part of contract monitoring.</em></li>
<li>Was the proposed uplift enough to cover the increase in the National Living Wage and in employer National Insurance contributions from April 2025? <em>The uplift had been modelled on a 6.7 per cent increase in the National Living Wage; the National Insurance changes had added an estimated further 1.9 per cent to providers' staff costs, which the uplift did not fully meet.</em></li>
<li>A Member asked what the council was doing to support care homes rated 'Requires Improvement' by the Care Quality Commission. <em>A quality improvement team of six nurses and practitioners worked with homes at risk, and 9 of the 17 homes supported during 2024 had subsequently improved their rating.</em></li>
<li>Members asked whether the council had considered building or acquiring its own care homes to stabilise the market. <em>The council already operated 16 homes through its wholly owned company, Calderfell Care Services Ltd, and the Cabinet would consider a business case for further in-house capacity in the summer.</em></li>
<li>It was suggested that residents and their families should be consulted before any future closure of a care home, and that the committee should be told whenever a provider gave notice to the council.</li>
</ul>
<p>Resolved: That</p>
<ol type="a">
<li>The report be noted.</li>
<li>The Cabinet Member for Adult Social Care be asked to write to the Secretary of State for Health and Social Care seeking full funding of the additional National Insurance costs for care providers.</li>
<li>The committee be notified when any care home in the county gives notice of closure.</li>
</ol>

<h3>5. Urgent and Emergency Care: Winter 2024/25</h3>
<p>The Chair welcomed Kathryn Lord, Chief Operating Officer, Calderfell Teaching Hospitals NHS Foundation Trust, and Andrew Mellor, Director of Urgent Care, NHS Calderfell and Ribble Integrated Care Board.</p>
<p>The presentation set out performance over the winter period so far, including four-hour performance of 68.4 per cent in December, ambulance handover delays at the Royal Calderfell Infirmary, the 'Home First' discharge programme and the expansion of virtual wards to 240 beds.</p>
<p>Members raised the following points, with officers' responses shown in italics:</p>
<ul>
<li>Patients were being cared for in corridors for long periods at the Royal Calderfell Infirmary, and Members asked what was being done to end the practice. <i>The trust had opened a 24-bed temporary assessment unit in December and corridor care had reduced by 40 per cent, but it could not yet be eliminated at times of peak demand.</i></li>
<li>How many patients who were medically fit for discharge remained in hospital on an average day, and how many of them were waiting for social care? <i>On an average day in December, 187 patients had no criteria to reside, of whom around a third were awaiting a package of care or a care home placement.</i></li>
<li>A Member queried whether the virtual wards were properly staffed, given reports that nurses had been redeployed to the emergency department. <i>Some redeployment had taken place during the December peak; the virtual ward workforce was fully recruited, with 11 whole-time equivalent posts funded from the ICB's winter allocation.</i></li>
<li>Members asked that future reports include data on ambulance handover times for each hospital site.</li>
</ul>
<p>Resolved: That the presentation on urgent and emergency care over winter 2024/25 be noted.</p>

<h3>6. Proposed Transfer of the In-House Reablement Service</h3>
<p>The report set out the Cabinet's proposal, to be considered on 13 February 2025, to transfer the council's in-house reablement service (Calderfell Reablement, 212 staff) to an external provider following a competitive tender, in order to deliver savings of &pound;2.3 million a year.</p>
<p>County Councillor Carol Sutcliffe, having declared an interest, took no part in the discussion on this item.</p>
<p>Members raised the following points, with officers' responses shown in italics:</p>
<ul>
<li>Several Members expressed strong concern that the transfer amounted to the privatisation of a service that had performed well, with 78 per cent of people needing no ongoing care after reablement. <em>The Executive Director of Adult Services said that the proposal was not a reflection on the quality of the service, but that external providers in neighbouring areas delivered comparable outcomes at a lower unit cost.</em></li>
<li>Would staff transfer on their existing terms and conditions, including membership of the Local Government Pension Scheme? <em>Staff would transfer under TUPE, and bidders would be required to seek admitted body status so that staff could remain in the pension scheme.</em></li>
<li>A Member asked how the views of people who had used the service had been sought. <em>A consultation had run from 4 November to 15 December 2024 and had received 386 responses, 71 per cent of which opposed the proposal; a summary was appended to the report.</em></li>
<li>Members questioned whether the savings would be achieved once the costs of the procurement and of contract management were taken into account.</li>
</ul>
<p>Resolved: That the Cabinet be recommended to:</p>
<ol type="a">
<li>Defer a decision on the transfer until a full comparison of in-house and external unit costs has been published.</li>
<li>Ensure that the results of the consultation with people who use the service are given full weight in any decision.</li>
</ol>

<h3>7. Report of the Health Scrutiny Steering Group</h3>
<p>The report summarised the matters considered by the Steering Group at its meetings on 4 December 2024 and 8 January 2025, including the integrated care board's proposals for the future of the Ribblebank urgent treatment centre and progress on the dementia strategy.</p>
<p>Resolved: That the report of the Steering Group be received.</p>

<h3>8. Health and Adult Services Scrutiny Committee Work Programme 2024/25</h3>
<p>The work programme for the committee and its Steering Group was presented. Members were invited to suggest topics for the 2025/26 programme.</p>
<p>Resolved: That the work programme be agreed, subject to the inclusion of a report on dementia diagnosis rates at the meeting on 19 March 2025.</p>

<h3>9. Urgent Business</h3>
<p>There was no urgent business.</p>

<h3>10. Date of Next Meeting</h3>
<p>The next meeting of the Health and Adult Services Scrutiny Committee will be held on Wednesday, 19 March 2025 at 10.30am in Committee Room 'B' - The Pendle Room, County Hall, Calderbridge.</p>

<p class="signoff">H Ashworth<br>Director of Law and Governance<br>County Hall<br>Calderbridge</p>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/contact/">Contact us</a></li>
  </ul>
  <p>&copy; Calderfell County Council 2025</p>
</footer>
</body>
</html>
"""


def build_doc3():
    (DOCS / DOC3).write_text(DOC3_HTML, encoding="utf-8")
    return None


GOLD3 = {
    "document": DOC3,
    "doc_type": "minutes",
    "committee": "Health and Adult Services Scrutiny Committee",
    "meeting_date": "2025-01-22",
    "items": [
        {"number": "1", "title": "Apologies"},
        {"number": "2", "title": "Disclosure of Pecuniary and Non-Pecuniary Interests"},
        {"number": "3", "title": "Minutes of the Meeting Held on 27 November 2024"},
        {"number": "4", "title": "Care Home Market Sustainability and Fee Setting 2025/26"},
        {"number": "5", "title": "Urgent and Emergency Care: Winter 2024/25"},
        {"number": "6", "title": "Proposed Transfer of the In-House Reablement Service"},
        {"number": "7", "title": "Report of the Health Scrutiny Steering Group"},
        {"number": "8", "title": "Health and Adult Services Scrutiny Committee Work "
                                 "Programme 2024/25"},
        {"number": "9", "title": "Urgent Business"},
        {"number": "10", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "4", "kind": "concern",
         "text": "public money was being used to service the debts of care home groups",
         "asked_by": None,
         "answer": "new contract terms required providers to submit annual accounts",
         "given_by": "Officers",
         "themes": ["privatisation", "finance", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "Was the proposed uplift enough to cover the increase in the National "
                 "Living Wage",
         "asked_by": None,
         "answer": "modelled on a 6.7 per cent increase in the National Living Wage",
         "given_by": None,
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "what the council was doing to support care homes rated 'Requires "
                 "Improvement'",
         "asked_by": None,
         "answer": "quality improvement team of six nurses and practitioners worked with "
                   "homes",
         "given_by": None,
         "themes": ["governance", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "considered building or acquiring its own care homes to stabilise the "
                 "market",
         "asked_by": None,
         "answer": "operated 16 homes through its wholly owned company, Calderfell Care "
                   "Services Ltd",
         "given_by": None,
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "4", "kind": "request",
         "text": "residents and their families should be consulted before any future closure",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "Members asked what was being done to end the practice",
         "asked_by": None,
         "answer": "opened a 24-bed temporary assessment unit in December and corridor care",
         "given_by": None,
         "themes": []},
        {"item": "5", "kind": "question",
         "text": "How many patients who were medically fit for discharge remained in "
                 "hospital",
         "asked_by": None,
         "answer": "187 patients had no criteria to reside, of whom around a third",
         "given_by": None,
         "themes": ["adult-social-care", "integration"]},
        {"item": "5", "kind": "question",
         "text": "queried whether the virtual wards were properly staffed",
         "asked_by": None,
         "answer": "virtual ward workforce was fully recruited, with 11 whole-time "
                   "equivalent posts",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "5", "kind": "request",
         "text": "future reports include data on ambulance handover times for each hospital "
                 "site",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": []},
        {"item": "6", "kind": "concern",
         "text": "expressed strong concern that the transfer amounted to the privatisation "
                 "of a service",
         "asked_by": None,
         "answer": "external providers in neighbouring areas delivered comparable outcomes",
         "given_by": "Executive Director of Adult Services",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "Would staff transfer on their existing terms and conditions",
         "asked_by": None,
         "answer": "bidders would be required to seek admitted body status",
         "given_by": None,
         "themes": ["workforce", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "asked how the views of people who had used the service had been sought",
         "asked_by": None,
         "answer": "consultation had run from 4 November to 15 December 2024",
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "questioned whether the savings would be achieved once the costs of the "
                 "procurement",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["finance", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 27 November 2024 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "seeking full funding of the additional National Insurance "
                              "costs for care providers",
         "outcome": "agreed", "themes": ["finance", "adult-social-care"]},
        {"item": "5", "text": "presentation on urgent and emergency care over winter 2024/25 "
                              "be noted",
         "outcome": "noted", "themes": []},
        {"item": "6", "text": "Defer a decision on the transfer until a full comparison",
         "outcome": "recommended",
         "themes": ["privatisation", "subcontracting", "patient-and-public-input",
                    "adult-social-care"]},
        {"item": "7", "text": "the report of the Steering Group be received",
         "outcome": "noted", "themes": []},
        {"item": "8", "text": "inclusion of a report on dementia diagnosis rates at the "
                              "meeting",
         "outcome": "agreed", "themes": ["mental-health"]},
    ],
    "attendees": [
        {"name": "County Councillor Margaret Holden", "role": "Chair",
         "attendance": "present"},
        {"name": "County Councillor Stephen Clegg", "role": "Vice-Chair",
         "attendance": "present"},
        {"name": "County Councillor Ashraf Bhatti", "role": None, "attendance": "present"},
        {"name": "County Councillor Julie Dewhurst", "role": None, "attendance": "present"},
        {"name": "County Councillor Gordon Fairclough", "role": None,
         "attendance": "present"},
        {"name": "County Councillor Tom Ingham", "role": None, "attendance": "present"},
        {"name": "County Councillor Lorraine Marsden", "role": None,
         "attendance": "present"},
        {"name": "County Councillor Peter Rishton", "role": None, "attendance": "present"},
        {"name": "County Councillor Carol Sutcliffe", "role": None, "attendance": "present"},
        {"name": "County Councillor Derek Whalley", "role": None, "attendance": "present"},
        {"name": "Councillor Anne Birtwistle",
         "role": "Burnmoor Borough Council Representative", "attendance": "present"},
        {"name": "Councillor Mike Hartley",
         "role": "Calder Vale District Council Representative", "attendance": "present"},
        {"name": "County Councillor Nasreen Akhtar", "role": None, "attendance": "present"},
        {"name": "County Councillor Brian Openshaw", "role": None,
         "attendance": "apologies"},
        {"name": "Councillor Sue Waddington",
         "role": "Hyndwell City Council Representative", "attendance": "apologies"},
        {"name": "County Councillor Alan Pickup", "role": "Cabinet Member for Adult Social "
                                                          "Care",
         "attendance": "in_attendance"},
        {"name": "Louise Whitaker", "role": "Executive Director of Adult Services",
         "attendance": "in_attendance"},
        {"name": "Rachel Ormerod", "role": "Head of Service, Policy, Information and "
                                           "Commissioning (Age Well)",
         "attendance": "in_attendance"},
        {"name": "Gary Halsall", "role": "Senior Democratic Services Officer (Overview and "
                                         "Scrutiny)",
         "attendance": "in_attendance"},
    ],
}


# =======================================================================================
# 4. Wealdshire County Council - full County Council (Kent-like PDF)
# =======================================================================================

DOC4 = "l-wealdshire-county-council-2025-03-20.pdf"

# Majority group (42 present): 41 voted against the amendment, Mr Latimer abstained.
DOC4_MAJORITY = [
    "Mr G Hollingbourne", "Mrs E Sissinghurst", "Mr R Ashby", "Mr P Ashdown",
    "Mrs A Barraclough", "Mr T Bellamy", "Mr M Blackwood", "Mrs L Brightwell",
    "Mr H Carrington", "Mr S Chalk", "Mrs F Dunstan", "Mr K Doddington", "Mr W Ellery",
    "Mr D Fenner", "Mrs P Fairbrother", "Mr A Garside", "Mr C Goodall", "Mrs M Hurst",
    "Mr B Ingram", "Mr J Jessop", "Mrs D Kemble", "Mrs S Lanyon", "Mr R Latimer",
    "Mr O Mabey", "Mrs C Marchant", "Mr E Norcott", "Mr P Oldfield", "Mrs C Pemberton",
    "Mr L Penfold", "Mr G Quested", "Mrs H Ridley", "Mr T Rowntree", "Mr F Sturgess",
    "Mr J Tillingham", "Mrs R Tranter", "Mr N Upton", "Mrs V Venning", "Mr S Wakeley",
    "Mrs J Whitfield", "Mr A Wingate", "Mrs K Yardley", "Mr D Youngman",
]
# Opposition groups (30 present): all voted for the amendment.
DOC4_OPPOSITION = [
    "Mr I Abbas", "Ms R Bramble", "Mr P Castell", "Mrs N Delaney", "Mr C Egan",
    "Mr J Ellison", "Ms H Fitzroy", "Ms A Foyle", "Mr T Gardiner", "Mr M Greenstreet",
    "Mr V Gulati", "Mr R Halloway", "Ms E Hennessy", "Mr Z Iqbal", "Ms K Jarvis",
    "Mr L Kowalski", "Mrs B Lomax", "Dr H Marsh", "Mr D McAllister", "Ms C Nwosu",
    "Mr S O'Brien", "Ms G Okafor", "Ms P Patel", "Mr F Quinlan", "Mrs S Rahman",
    "Mr K Sheridan", "Ms L Tate", "Mr A Usher", "Ms J Vaughan", "Mr O Wrenn",
]
DOC4_APOLOGIES = ["Mr B Aldridge", "Mrs T Brereton", "Mr H Caldicott", "Ms W Dove",
                  "Mr G Everard", "Mrs J Fanshawe"]
DOC4_OFFICERS = [("Mrs A Dunmore", "Chief Executive"),
                 ("Mr P Greaves", "General Counsel and Monitoring Officer"),
                 ("Ms R Hanlon", "Head of Democratic Services")]


def _surname(n):
    return n.split(" ", 1)[0] + " " + n.split(" ")[-1]


def _sortkey(n):
    return n.split(" ")[-1].replace("'", "")


def build_doc4():
    MinutesPDF = make_pdf_class()

    def head(pdf):
        if pdf.page_no() == 1:
            pdf.set_y(18)
            return
        pdf.set_font("F", "", 8.5)
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(0, 4, "County Council \u2013 Thursday, 20 March 2025")
        pdf.set_y(20)

    def foot(pdf):
        pdf.set_font("F", "", 9)
        pdf.set_xy(pdf.l_margin, 297 - 17)
        pdf.cell(0, 4, "Page " + str(pdf.page_no()), align="C")
        pdf.set_font("F", "", 7.5)
        pdf.set_xy(pdf.w - pdf.r_margin - 60, 297 - 12)
        pdf.cell(60, 4, "Chairman\u2019s initials ..........", align="R")

    pdf = MinutesPDF("sans", head, foot, size=11, lh=5.4)
    P = pdf.para
    I = 12

    pdf.centre("WEALDSHIRE COUNTY COUNCIL", size=12, gap=0.5)
    pdf.centre("COUNTY COUNCIL", size=12, gap=4)
    P("MINUTES of a meeting of the County Council held in the Council Chamber, Shire Hall, "
      "Ashbury on Thursday, 20 March 2025.", gap=3)
    others = sorted([n for n in DOC4_MAJORITY + DOC4_OPPOSITION
                     if n not in ("Mr G Hollingbourne", "Mrs E Sissinghurst")], key=_sortkey)
    P("PRESENT: Mr G Hollingbourne (Chairman), Mrs E Sissinghurst (Vice-Chairman), "
      + ", ".join(others[:-1]) + " and " + others[-1], gap=3, justify=False)
    P("IN ATTENDANCE: " + ", ".join(f"{n} ({r})" for n, r in DOC4_OFFICERS[:-1])
      + " and " + "{} ({})".format(*DOC4_OFFICERS[-1]), gap=3, justify=False)
    P("UNRESTRICTED ITEMS", style="B", gap=4, justify=False)

    def item(num, title, agenda):
        pdf.item_heading(num + ".", title, num_w=I, gap=0.5)
        P("(Item {})".format(agenda), indent=I, gap=2.5, justify=False)

    item("301", "Apologies for Absence", 1)
    ap = [_surname(n) for n in DOC4_APOLOGIES]
    P("The Head of Democratic Services reported apologies from " + ", ".join(ap[:-1])
      + " and " + ap[-1] + ".", indent=I)
    P("Mr Upton had given his formal apologies for the morning session but was attending "
      "the meeting virtually.", indent=I, gap=5)

    item("302", "Declarations of Disclosable Pecuniary Interests or Other Significant "
                "Interests in items on the agenda", 2)
    P("Mrs Pemberton declared an other significant interest in item 7 as her husband was "
      "a pharmacist employed by a national pharmacy chain. She remained in the chamber "
      "but did not speak on the item.", indent=I, gap=5)

    item("303", "Minutes of the meeting held on 12 December 2024", 3)
    P("RESOLVED that the minutes of the meeting held on 12 December 2024 are correctly "
      "recorded and that they be signed by the Chairman.", indent=I, gap=5)

    item("304", "Chairman\u2019s Announcements", 4)
    P("The Chairman informed Members of the death of former County Councillor Mrs Joan "
      "Wetherall, who had represented Ashbury Rural from 1997 to 2013 and had chaired the "
      "Social Services Committee. Members stood for a minute\u2019s silence in her memory.",
      indent=I, label="1)")
    P("The Chairman congratulated the Council\u2019s Shared Lives scheme on receiving an "
      "\u2018Outstanding\u2019 rating and thanked the carers who opened their homes to adults "
      "with learning disabilities.", indent=I, label="2)", gap=5)

    item("305", "Questions to Cabinet Members", 5)
    P("In accordance with Procedure Rule 1.17(4), five questions had been received by the "
      "deadline. Questions 1 to 4 were asked and replies given; the time allowed for "
      "questions expired before Question 5 was reached.", indent=I, gap=4)

    def q(n, lines):
        P("Question " + str(n), indent=I, style="B", gap=1.5, justify=False, keep=3)
        for kind, text in lines:
            if kind == "h":
                P(text, indent=I, style="B", gap=1.5, justify=False, keep=3)
            elif kind == "q":
                P(text, indent=I + 6, style="I")
            else:
                P(text, indent=I)
        pdf.set_y(pdf.get_y() + 2)

    q(1, [
        ("p", "Mr Halloway asked Mr Fenner, Cabinet Member for Adult Social Care and Public "
              "Health, the following question:"),
        ("q", "\u201cHow many home care contracts have been handed back by providers in the "
              "last twelve months, and what has it cost the Council to find alternative "
              "providers at short notice?\u201d"),
        ("h", "Answer"),
        ("p", "Mr Fenner said that eleven providers had handed back a total of 2,140 hours of "
              "home care a week since March 2024. In every case care had been transferred "
              "without a break in service, and the additional cost of short-notice "
              "arrangements had been \u00a3612,000, which had been met from the adult social "
              "care contingency."),
        ("h", "Supplementary question"),
        ("p", "Mr Halloway asked whether the Cabinet Member would consider bringing more home "
              "care in-house, as other councils had done."),
        ("h", "Answer"),
        ("p", "Mr Fenner replied that he was not ideologically opposed to in-house provision "
              "and that the Council\u2019s own reablement service already delivered 9 per "
              "cent of home care hours, but that any expansion would need a sound business "
              "case."),
    ])
    q(2, [
        ("p", "Ms Okafor asked Mrs Lanyon, Cabinet Member for Integrated Children\u2019s "
              "Services, the following question:"),
        ("q", "\u201cHow many children in care are currently placed in unregistered "
              "provision, and what is the highest weekly cost the Council is paying for a "
              "single placement?\u201d"),
        ("h", "Answer"),
        ("p", "Mrs Lanyon said that, as at 1 March 2025, four children were in unregistered "
              "settings, all of whom were subject to daily oversight by a senior manager and "
              "had been notified to Ofsted. The highest weekly cost of a single placement was "
              "\u00a314,800, for a child with exceptionally complex needs who required "
              "three-to-one staffing."),
        ("h", "Supplementary question"),
        ("p", "Ms Okafor asked whether the Cabinet Member agreed that profits of 20 per cent "
              "or more made by some providers were unacceptable."),
        ("h", "Answer"),
        ("p", "Mrs Lanyon replied that she shared concerns about excessive profits in the "
              "children\u2019s homes market and had supported the County Councils "
              "Network\u2019s call for a legal cap on profits."),
    ])
    q(3, [
        ("p", "Mr Greenstreet asked Mr Ashdown, Cabinet Member for Finance, Corporate and "
              "Traded Services, the following question:"),
        ("q", "\u201cWill the Cabinet Member confirm how much the Council has paid to "
              "external consultants for the transformation programme since April "
              "2023?\u201d"),
        ("h", "Answer"),
        ("p", "Mr Ashdown said that \u00a34.7 million had been paid to the Council\u2019s "
              "strategic transformation partner since April 2023, against savings identified "
              "of \u00a319 million, and that the contract included a payment-by-results "
              "clause."),
        ("h", "Supplementary question"),
        ("p", "Mr Greenstreet asked why the contract had been awarded without a competitive "
              "tender."),
        ("h", "Answer"),
        ("p", "Mr Ashdown said that the contract had been called off from a national "
              "framework in accordance with the Public Contracts Regulations and the "
              "Council\u2019s contract procedure rules."),
    ])
    q(4, [
        ("p", "Mrs Whitfield asked Mr Fenner, Cabinet Member for Adult Social Care and "
              "Public Health, the following question:"),
        ("q", "\u201cWhat steps is the Council taking to reduce waiting times for Care Act "
              "assessments, which now exceed six months in the Ashbury area?\u201d"),
        ("h", "Answer"),
        ("p", "Mr Fenner said that the number of people waiting over 28 days for an "
              "assessment had fallen from 1,320 to 870 since September, following the "
              "recruitment of 14 additional social workers and occupational therapists, and "
              "that Ashbury remained the area of greatest pressure."),
        ("h", "Supplementary question"),
        ("p", "Mrs Whitfield asked whether the Council would publish assessment waiting "
              "times by district each quarter."),
        ("h", "Answer"),
        ("p", "Mr Fenner agreed to publish the figures on the Council\u2019s website from the "
              "next quarter."),
    ])
    q(5, [
        ("p", "Dr Marsh had given notice of the following question to Mr Fenner, Cabinet "
              "Member for Adult Social Care and Public Health:"),
        ("q", "\u201cWill the Cabinet Member reverse the 12 per cent reduction in funding for "
              "drug and alcohol treatment services proposed in the budget?\u201d"),
        ("p", "The time allowed for questions having expired, the Chairman advised that a "
              "written answer would be sent to Dr Marsh and published with the papers for "
              "the meeting."),
    ])
    pdf.set_y(pdf.get_y() + 3)

    item("306", "Treasury Management Mid-Year Update 2024/25", 6)
    P("Mr Ashdown moved, and Mr Oldfield seconded, the recommendation set out in the report.",
      indent=I, label="1)")
    P("RESOLVED that the treasury management mid-year update for 2024/25 be noted.",
      indent=I, label="2)", gap=5)

    item("307", "Motion for Time Limited Debate \u2013 Community Pharmacy Closures", 7)
    P("In accordance with Procedure Rule 1.35, the Council debated the following motion "
      "for a period not exceeding 45 minutes.", indent=I, label="1)")
    P("Mr Tillingham proposed and Mrs Ridley seconded the following motion:", indent=I,
      label="2)")
    P("\u201cThis Council notes with concern that 23 community pharmacies in Wealdshire "
      "have closed since January 2022, many of them in rural and coastal communities, and "
      "that closures have been driven by a real-terms cut in the funding of the community "
      "pharmacy contractual framework.", indent=I + 8)
    P("This Council therefore:", indent=I + 8, gap=1.5)
    mo = [
        ("(a)", "calls on the Leader to write to the Secretary of State for Health and Social "
                "Care asking for an urgent review of community pharmacy funding;"),
        ("(b)", "asks the Health Overview and Scrutiny Committee to examine the Pharmaceutical "
                "Needs Assessment and the impact of closures on access to medicines; and"),
        ("(c)", "asks the Integrated Care Board to set out how it will maintain access to "
                "pharmacy services in areas where pharmacies have closed.\u201d"),
    ]
    for lab, t in mo:
        P(t, indent=I + 8, label=lab, gap=1.5)
    pdf.set_y(pdf.get_y() + 1)
    P("Ms Okafor proposed and Mr Greenstreet seconded the following amendment, to add a "
      "new paragraph (d):", indent=I, label="3)")
    P("\u201c(d) calls on the Integrated Care Board to commission an NHS-run pharmacy "
      "service in any area left without a pharmacy, rather than relying on large private "
      "chains to fill the gaps.\u201d", indent=I + 8)
    P("Following the debate, the Chairman put to the vote the amendment calling for an "
      "NHS-run pharmacy service, set out in paragraph 3 above, and the voting was as "
      "follows:", indent=I, label="4)")
    against = sorted([_surname(n) for n in DOC4_MAJORITY if n != "Mr R Latimer"],
                     key=_sortkey)
    for_ = sorted([_surname(n) for n in DOC4_OPPOSITION], key=_sortkey)
    P("For ({})".format(len(for_)), indent=I, style="B", gap=1, justify=False)
    P(", ".join(for_), indent=I, gap=2.5)
    P("Against ({})".format(len(against)), indent=I, style="B", gap=1, justify=False)
    P(", ".join(against), indent=I, gap=2.5)
    P("Abstain (1)", indent=I, style="B", gap=1, justify=False)
    P("Mr Latimer", indent=I, gap=2.5, justify=False)
    P("Amendment lost.", indent=I, style="B", gap=3, justify=False)
    P("The Chairman then put the substantive motion set out in paragraph 2 to the vote, "
      "and it was carried without a division.", indent=I, label="5)")
    P("RESOLVED that this Council notes with concern that 23 community pharmacies in "
      "Wealdshire have closed since January 2022, many of them in rural and coastal "
      "communities, and that closures have been driven by a real-terms cut in the funding "
      "of the community pharmacy contractual framework. This Council therefore:",
      indent=I, label="6)", gap=1.5)
    for lab, t in mo:
        P(t.replace("\u201d", ""), indent=I + 8, label=lab, gap=1.5)
    pdf.set_y(pdf.get_y() + 4)

    item("308", "Appointment to the Health Overview and Scrutiny Committee", 8)
    P("RESOLVED that Mrs J Whitfield be appointed to the Health Overview and Scrutiny "
      "Committee in place of Mr K Doddington.", indent=I, gap=5)

    item("309", "Annual Report of the Director of Public Health 2024", 9)
    P("Mr Fenner introduced the annual report of the Director of Public Health, Dr Anjali "
      "Rao, which this year focused on health inequalities in the county\u2019s coastal "
      "towns, where life expectancy for men was up to nine years lower than in the most "
      "affluent parts of the county.", indent=I, label="1)")
    P("Mrs Pemberton asked how the report\u2019s recommendations on healthy weight in "
      "primary schools would be taken forward. Mr Fenner said that the Council would work "
      "with the Integrated Care Board and schools through the Healthy Schools programme, "
      "funded from the public health grant, and that progress would be reported to the "
      "Health Reform and Public Health Cabinet Committee.", indent=I, label="2)")
    P("RESOLVED that the Annual Report of the Director of Public Health 2024 be noted.",
      indent=I, label="3)", gap=8)
    P("The meeting closed at 4.52 pm.", justify=False)

    pdf.set_title("Printed minutes 20th-Mar-2025 10.00 County Council")
    pdf.set_author("Wealdshire County Council")
    pdf.output(str(DOCS / DOC4))
    return "\n".join(pdf.source)


def _gold4():
    questions = [
        ("question", "How many home care contracts have been handed back by providers",
         "Mr Halloway",
         "eleven providers had handed back a total of 2,140 hours of home care",
         ["subcontracting", "adult-social-care", "finance"]),
        ("question", "whether the Cabinet Member would consider bringing more home care "
                     "in-house",
         "Mr Halloway",
         "he was not ideologically opposed to in-house provision",
         ["privatisation", "adult-social-care"]),
        ("question", "How many children in care are currently placed in unregistered "
                     "provision",
         "Ms Okafor",
         "four children were in unregistered settings, all of whom were subject to daily "
         "oversight",
         ["children-and-families", "finance"]),
        ("question", "profits of 20 per cent or more made by some providers were "
                     "unacceptable",
         "Ms Okafor",
         "shared concerns about excessive profits in the children's homes market",
         ["privatisation", "children-and-families"]),
        ("question", "how much the Council has paid to external consultants for the "
                     "transformation programme",
         "Mr Greenstreet",
         "£4.7 million had been paid to the Council's strategic transformation partner",
         ["finance", "subcontracting"]),
        ("question", "why the contract had been awarded without a competitive tender",
         "Mr Greenstreet",
         "called off from a national framework in accordance with the Public Contracts "
         "Regulations",
         ["subcontracting"]),
        ("question", "reduce waiting times for Care Act assessments, which now exceed six "
                     "months",
         "Mrs Whitfield",
         "waiting over 28 days for an assessment had fallen from 1,320 to 870",
         ["adult-social-care"]),
        ("question", "whether the Council would publish assessment waiting times by district "
                    "each quarter",
         "Mrs Whitfield",
         "agreed to publish the figures on the Council's website from the next quarter",
         ["adult-social-care", "governance"]),
        ("question", "reverse the 12 per cent reduction in funding for drug and alcohol "
                     "treatment",
         "Dr Marsh", None,
         ["public-health", "finance"]),
    ]
    givers = ["Mr Fenner", "Mr Fenner", "Mrs Lanyon", "Mrs Lanyon", "Mr Ashdown",
              "Mr Ashdown", "Mr Fenner", "Mr Fenner", None]
    qs = [{"item": "305", "kind": k, "text": t, "asked_by": a, "answer": ans,
           "given_by": g, "themes": th}
          for (k, t, a, ans, th), g in zip(questions, givers)]
    qs.append({"item": "309", "kind": "question",
               "text": "recommendations on healthy weight in primary schools would be taken "
                       "forward",
               "asked_by": "Mrs Pemberton",
               "answer": "work with the Integrated Care Board and schools through the "
                         "Healthy Schools programme",
               "given_by": "Mr Fenner",
               "themes": ["public-health", "children-and-families"]})
    roles = {"Mr G Hollingbourne": "Chairman", "Mrs E Sissinghurst": "Vice-Chairman"}
    att = [{"name": n, "role": roles.get(n), "attendance": "present"}
           for n in ["Mr G Hollingbourne", "Mrs E Sissinghurst"] + sorted(
               [n for n in DOC4_MAJORITY + DOC4_OPPOSITION if n not in roles],
               key=_sortkey)]
    att += [{"name": _surname(n), "role": None, "attendance": "apologies"}
            for n in DOC4_APOLOGIES]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in DOC4_OFFICERS]
    return {
        "document": DOC4,
        "doc_type": "minutes",
        "committee": "County Council",
        "meeting_date": "2025-03-20",
        "items": [
            {"number": "301", "title": "Apologies for Absence"},
            {"number": "302", "title": "Declarations of Disclosable Pecuniary Interests or "
                                       "Other Significant Interests in items on the agenda"},
            {"number": "303", "title": "Minutes of the meeting held on 12 December 2024"},
            {"number": "304", "title": "Chairman's Announcements"},
            {"number": "305", "title": "Questions to Cabinet Members"},
            {"number": "306", "title": "Treasury Management Mid-Year Update 2024/25"},
            {"number": "307", "title": "Motion for Time Limited Debate – Community Pharmacy "
                                       "Closures"},
            {"number": "308", "title": "Appointment to the Health Overview and Scrutiny "
                                       "Committee"},
            {"number": "309", "title": "Annual Report of the Director of Public Health 2024"},
        ],
        "questions": qs,
        "resolutions": [
            {"item": "303", "text": "minutes of the meeting held on 12 December 2024 are "
                                    "correctly recorded",
             "outcome": "agreed", "themes": []},
            {"item": "306", "text": "treasury management mid-year update for 2024/25 be "
                                    "noted",
             "outcome": "noted", "themes": ["finance"]},
            {"item": "307", "text": "Chairman put to the vote the amendment calling for an "
                                    "NHS-run pharmacy service",
             "outcome": "rejected",
             "themes": ["primary-care", "privatisation", "subcontracting"]},
            {"item": "307", "text": "RESOLVED that this Council notes with concern that 23 "
                                    "community pharmacies",
             "outcome": "agreed", "themes": ["primary-care", "finance"]},
            {"item": "308", "text": "Mrs J Whitfield be appointed to the Health Overview and "
                                    "Scrutiny Committee",
             "outcome": "agreed", "themes": ["governance"]},
            {"item": "309", "text": "Annual Report of the Director of Public Health 2024 be "
                                    "noted",
             "outcome": "noted", "themes": ["public-health"]},
        ],
        "attendees": att,
    }


# =======================================================================================
# 5. Exmere County Council press release about a scrutiny meeting (NOT minutes)
# =======================================================================================

DOC5 = "l-exmere-news-scrutiny-hospital-discharge.html"

DOC5_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Councillors press health chiefs over hospital discharge delays - Exmere County Council News</title>
<meta name="description" content="Scrutiny councillors questioned NHS and council leaders about people waiting in hospital for care.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-15T09:30:00+00:00">
<link rel="stylesheet" href="/news/wp-content/themes/exmere/style.css">
</head>
<body class="single single-post">
<a class="skip-link" href="#main">Skip to content</a>
<header id="masthead">
  <div class="brand"><a href="https://www.exmere.gov.uk/">Exmere County Council</a> <span>News</span></div>
  <nav><ul>
    <li><a href="/news/">Latest news</a></li>
    <li><a href="/news/category/health-and-care/">Health and care</a></li>
    <li><a href="/news/category/children/">Children and families</a></li>
    <li><a href="/news/media-enquiries/">Media enquiries</a></li>
  </ul></nav>
</header>
<main id="main">
<article class="post">
<p class="categories"><a href="/news/category/health-and-care/">Health and care</a>, <a href="/news/category/council-and-democracy/">Council and democracy</a></p>
<h1>Councillors press health chiefs over hospital discharge delays</h1>
<p class="meta">Published: 15 November 2024 &middot; 4 minute read</p>

<p><strong>People left waiting in hospital for home care, the loss of NHS dentists and the future of the county's equipment service were all under the spotlight at yesterday's meeting of Exmere County Council's Health and Adult Care Scrutiny Committee.</strong></p>

<p>The committee, which holds the council and local NHS organisations to account, heard that 137 people assessed as needing care at home were waiting for a package of care at the end of October &ndash; fewer than at any time since 2019, but still too many, according to members.</p>

<p>Cllr Jones asked why some patients who were well enough to go home were still spending weeks in a hospital bed, and what the council was doing to recruit more home care workers in rural areas.</p>

<p>&ldquo;We will not rest until nobody is stuck in hospital simply because the care they need at home is not there,&rdquo; said the Cabinet Member for Adult Social Care and Health, Cllr Jo McKinnon. &ldquo;We have recruited more than 200 extra care workers this year, and we are paying the Real Living Wage through our new framework. But we know there is more to do, particularly in the north and west of the county.&rdquo;</p>

<h2>Dentistry</h2>
<p>Members also questioned senior leaders from NHS Exmere Integrated Care Board about access to NHS dentistry, after hearing that only three practices in the county are taking on new adult NHS patients.</p>

<p>Cllr Penhale asked the ICB when residents in Hollacombe could expect a dentist to replace the two practices that handed back their contracts. The ICB said it expected a new contract to be awarded in February.</p>

<p>&ldquo;It is simply not acceptable that families are driving for an hour and a half to get a child's tooth looked at,&rdquo; said Cllr Paul Carwithen, who chairs the committee. &ldquo;We have asked the ICB to come back in June with hard numbers, practice by practice.&rdquo;</p>

<h2>Equipment service</h2>
<p>The committee also looked at plans to re-tender the Community Equipment Service, which delivers hospital beds, hoists and other aids to people's homes. Councillors asked whether the service could be brought back in-house and called for Cabinet to keep that option open.</p>

<p>Cabinet will consider the committee's recommendations on the equipment service when it meets on 11 December.</p>

<h2>Have your say</h2>
<p>Healthwatch Exmere is asking anyone who has recently left hospital to share their experience through its 'Your Care, Your Say' survey, which closes on 30 November.</p>

<p>The meeting can be watched again on the <a href="https://exmere.public-i.tv/">council's webcasting site</a>. The papers and, when approved, the minutes are published on the <a href="https://democracy.exmere.gov.uk/">council's democracy pages</a>.</p>

<div class="notes-to-editors">
<h2>Notes to editors</h2>
<ul>
<li>The Health and Adult Care Scrutiny Committee is made up of 12 county councillors from across the political groups.</li>
<li>For media enquiries please contact the Exmere County Council press office on 01392 000000 or email press.office@exmere.gov.uk.</li>
</ul>
</div>
<div class="share">Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article>
<aside class="related">
<h2>Related news</h2>
<ul>
<li><a href="/news/2024/11/winter-plan-agreed/">Winter plan agreed with NHS partners</a></li>
<li><a href="/news/2024/10/cqc-rates-adult-social-care-good/">Care watchdog rates Exmere's adult social care 'Good'</a></li>
<li><a href="/news/2024/10/free-dental-checks-children/">Free dental checks for children in care</a></li>
</ul>
</aside>
</main>
<footer id="colophon">
<p>&copy; 2024 Exmere County Council. All rights reserved. <a href="/news/privacy/">Privacy</a> | <a href="/news/accessibility/">Accessibility statement</a> | <a href="/news/cookies/">Cookies</a></p>
</footer>
</body>
</html>
"""


def build_doc5():
    (DOCS / DOC5).write_text(DOC5_HTML, encoding="utf-8")
    return None


GOLD5 = {"document": DOC5, "doc_type": "news"}


# =======================================================================================
# driver and --check
# =======================================================================================

BUILDERS = [(DOC1, build_doc1, lambda: GOLD1), (DOC2, build_doc2, lambda: GOLD2),
            (DOC3, build_doc3, lambda: GOLD3), (DOC4, build_doc4, _gold4),
            (DOC5, build_doc5, lambda: GOLD5)]


def extracted(name):
    p = DOCS / name
    if name.endswith(".pdf"):
        return pdf_text(p, RUNNING[name])
    if name.endswith(".docx"):
        return docx_text(p)
    return html_text(p)


def count(phrase, text):
    """Occurrences of phrase in text under both readings of 'ignoring punctuation'."""
    out = []
    for ph, tx in zip(norms(phrase), norms(text)):
        out.append(len(re.findall(r"(?<!\w)" + re.escape(ph) + r"(?!\w)", tx)))
    return out


def check(sources):
    problems = 0
    for name, _b, goldf in BUILDERS:
        gold = json.loads((GOLD / (name.rsplit(".", 1)[0] + ".json")).read_text())
        assert gold["document"] == name
        texts = {"extracted": extracted(name)}
        if sources.get(name):
            texts["source"] = sources[name]
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        item_nums = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_nums:
                print(f"FAIL {name}: row refers to unknown item {row['item']}")
                problems += 1
        for kind, ph in phrases:
            nw = len(ph.split())
            if not 6 <= nw <= 15:
                print(f"FAIL {name}: {kind} phrase has {nw} words: {ph!r}")
                problems += 1
            for label, tx in texts.items():
                c = count(ph, tx)
                if c != [1, 1]:
                    print(f"FAIL {name}: {kind} phrase found {c} times in {label} text: "
                          f"{ph!r}")
                    problems += 1
        n = (len(gold.get("items", [])), len(gold.get("questions", [])),
             len(gold.get("resolutions", [])), len(gold.get("attendees", [])))
        print(f"{name}: items={n[0]} questions={n[1]} resolutions={n[2]} attendees={n[3]} "
              f"phrases checked={len(phrases)}")
    print("CHECK PASSED" if not problems else f"CHECK FAILED: {problems} problem(s)")
    return problems == 0


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    sources = {}
    for name, builder, goldf in BUILDERS:
        sources[name] = builder()
        gold = goldf()
        (GOLD / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "--check" in sys.argv or "--build-and-check" in sys.argv:
        sys.exit(0 if check(sources) else 1)


if __name__ == "__main__":
    main()
