#!/usr/bin/env python
"""Build the "m-" documents of the other-councils evaluation set and their gold annotations.

    build_m.py           build documents/m-* and gold/m-*.json, then check
    build_m.py --check   only check: every gold phrase occurs verbatim (ignoring case,
                         punctuation and runs of white space) exactly once in the
                         document's source text; PDFs are also checked against their
                         extracted text (line-end hyphens rejoined).

Everything here is invented: councils, people, places and figures.
Deterministic: fixed dates, no randomness.
"""
import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 3, 10, 9, 0, 0, tzinfo=dt.timezone.utc)

SOURCES = {}  # document name -> source text (for --check)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    s = s.replace("_", " ")
    return " " + " ".join(s.split()) + " "


# ---------------------------------------------------------------------------
# PDF engine: justified text with line-end hyphenation, headers and footers
# ---------------------------------------------------------------------------
from fpdf import FPDF  # noqa: E402

VOWELS = set("aeiouy")
NOBREAK = {"ch", "sh", "th", "ph", "ck", "gh", "wh", "qu"}


def break_ok(w, i):
    a, b = w[i - 1], w[i]
    if a + b in NOBREAK:
        return False
    if a not in VOWELS and b not in VOWELS and a != b and i >= 3:
        return True
    if a == b and a not in VOWELS:
        return True
    if a in VOWELS and b not in VOWELS and i + 1 < len(w) and w[i + 1] in VOWELS:
        return True
    return False


class PDFDoc(FPDF):
    def __init__(self, header_left="", header_right="", footer_left="", footer_mid="",
                 footer_right="Page {n}", orientation="P", base=10.5, family="DejaVu"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                         ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("DejaVu", style, FONT_DIR + f)
        for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                         ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("Serif", style, FONT_DIR + f)
        self.family = family
        self.base = base
        self.hl, self.hr = header_left, header_right
        self.fl, self.fm, self.fr = footer_left, footer_mid, footer_right
        self.set_auto_page_break(False)
        self.set_margins(22, 24, 22)
        self.set_creation_date(FIXED)
        self.top = 26
        self.bottom = self.h - 24
        self.cur = self.top
        self.src = []
        self.total_pages = 0

    # page furniture ---------------------------------------------------------
    def header(self):
        self.set_font(self.family, "", 8)
        self.set_text_color(80, 80, 80)
        if self.hl:
            self.text(self.l_margin, 13, self.hl)
        if self.hr:
            self.text(self.w - self.r_margin - self.get_string_width(self.hr), 13, self.hr)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font(self.family, "", 8)
        self.set_text_color(80, 80, 80)
        y = self.h - 12
        if self.fl:
            self.text(self.l_margin, y, self.fl)
        if self.fm:
            s = self.fm
            self.text((self.w - self.get_string_width(s)) / 2, y, s)
        if self.fr:
            s = self.fr.format(n=self.page_no(), total=self.total_pages)
            self.text(self.w - self.r_margin - self.get_string_width(s), y, s)
        self.set_text_color(0, 0, 0)

    # flow -----------------------------------------------------------------
    def ensure(self, h):
        if self.page == 0 or self.cur + h > self.bottom:
            fam, sty, sz = self.font_family, self.font_style, self.font_size_pt
            self.add_page()
            self.cur = self.top
            if fam:
                self.set_font(fam, sty, sz)

    def space(self, h=3):
        self.cur += h

    def lines_for(self, text, width):
        words = text.split()
        lines, line, lw = [], [], 0.0
        sp = self.get_string_width(" ")
        i = 0
        while i < len(words):
            w = words[i]
            ww = self.get_string_width(w)
            need = ww if not line else lw + sp + ww
            if need <= width:
                line.append(w)
                lw = need
                i += 1
                continue
            # try to hyphenate the word at the line end
            m = re.fullmatch(r"([a-z]{7,})([,.;:]?)", w)
            if m and line:
                core = m.group(1)
                avail = width - lw - sp
                for k in range(len(core) - 3, 2, -1):
                    if break_ok(core, k) and self.get_string_width(core[:k] + "-") <= avail:
                        line.append(core[:k] + "-")
                        lines.append((line, True))
                        words[i] = core[k:] + m.group(2)
                        line, lw = [], 0.0
                        break
                else:
                    lines.append((line, True))
                    line, lw = [], 0.0
                continue
            if not line:  # word longer than line
                line.append(w)
                lw = ww
                i += 1
                continue
            lines.append((line, True))
            line, lw = [], 0.0
        if line:
            lines.append((line, False))
        return lines

    def para(self, text, indent=0.0, style="", size=None, justify=True, lh=None,
             after=2.5, first=None, record=True):
        """Justified paragraph. ``first`` = (label, width): a hanging label."""
        size = size or self.base
        lh = lh or size * 0.5
        self.set_font(self.family, style, size)
        x0 = self.l_margin + indent
        width = self.w - self.r_margin - x0
        lines = self.lines_for(text, width)
        for n, (ws, just) in enumerate(lines):
            self.ensure(lh)
            y = self.cur + lh * 0.78
            if n == 0 and first:
                lab, _ = first
                self.set_font(self.family, "B", size)
                self.text(x0 - first[1], y, lab)
                self.set_font(self.family, style, size)
            total = sum(self.get_string_width(w) for w in ws)
            if justify and just and len(ws) > 1:
                gap = (width - total) / (len(ws) - 1)
            else:
                gap = self.get_string_width(" ")
            x = x0
            for w in ws:
                self.text(x, y, w)
                x += self.get_string_width(w) + gap
            self.cur += lh
        self.cur += after
        if record:
            self.src.append((first[0] + " " if first else "") + text)

    def heading(self, num, title, size=None, underline=True):
        size = size or self.base
        self.ensure(size * 0.5 * 2 + 18)
        self.space(2)
        self.set_font(self.family, "B", size)
        y = self.cur + size * 0.5 * 0.78
        self.text(self.l_margin, y, num)
        x = self.l_margin + 12
        width = self.w - self.r_margin - x
        for ws, _ in self.lines_for(title, width):
            s = " ".join(ws)
            self.text(x, y, s)
            if underline:
                self.set_line_width(0.25)
                self.line(x, y + 0.9, x + self.get_string_width(s), y + 0.9)
            y += size * 0.5
            self.cur += size * 0.5
        self.cur += 2.5
        self.src.append(num + " " + title)

    def centre(self, text, style="B", size=None, after=1.0):
        size = size or self.base
        self.set_font(self.family, style, size)
        self.ensure(size * 0.5)
        y = self.cur + size * 0.5 * 0.78
        self.text((self.w - self.get_string_width(text)) / 2, y, text)
        self.cur += size * 0.5 + after
        self.src.append(text)

    def table(self, header, rows, widths, size=None):
        size = size or self.base - 1
        self.set_auto_page_break(True, margin=self.h - self.bottom)
        self.set_y(self.cur)
        from fpdf.fonts import FontFace
        self.set_font(self.family, "", size)
        self.set_draw_color(0, 0, 0)
        with super().table(col_widths=widths, text_align="LEFT", line_height=size * 0.48,
                           borders_layout="ALL", headings_style=FontFace(emphasis="BOLD"),
                           first_row_as_headings=True, padding=1.2) as t:
            r = t.row()
            for h in header:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.set_auto_page_break(False)
        self.cur = self.get_y() + 3
        self.src.append(" ".join(header))
        for row in rows:
            self.src.append(" ".join(row))


def pdf_extract(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as p:
        for page in p.pages:
            mm = 72 / 25.4  # body only: drop running headers and footers
            body = page.crop((0, 17 * mm, page.width, page.height - 16 * mm))
            out.append(body.extract_text() or "")
    t = "\n".join(out)
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)


# ---------------------------------------------------------------------------
# 1. London borough: Health and Adults Scrutiny Sub-Committee, PDF
#    Capitalised, underlined item headings; officers listed name-then-title on
#    two lines; discussion in running paragraphs mixing several questions and
#    answers; boxed action tables; "RESOLVED:" with numbered clauses.
# ---------------------------------------------------------------------------
D1 = "m-wrenfield-hassc-minutes-2025-01-14.pdf"


def build_doc1():
    pdf = PDFDoc(header_left="LONDON BOROUGH OF WRENFIELD",
                 header_right="HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE, 14/01/2025",
                 footer_left="Chair's initials ..........",
                 footer_mid="SECTION ONE (UNRESTRICTED)", footer_right="Page {n}")
    pdf.set_title("Minutes - Health and Adults Scrutiny Sub-Committee - 14 January 2025")
    pdf.set_author("Democratic Services")
    pdf.ensure(10)
    pdf.centre("LONDON BOROUGH OF WRENFIELD", size=12)
    pdf.space(2)
    pdf.centre("MINUTES OF THE HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE")
    pdf.centre("HELD AT 6.30 P.M. ON TUESDAY, 14 JANUARY 2025")
    pdf.centre("COUNCIL CHAMBER, WRENFIELD TOWN HALL, 160 MARSH WALL ROAD, LONDON", style="", size=9.5)
    pdf.space(5)

    def label(t):
        pdf.space(1.5)
        pdf.para(t, style="B", justify=False, after=1)

    def line(t, indent=6, style=""):
        pdf.para(t, indent=indent, style=style, justify=False, after=0.4)

    label("Members Present in Person:")
    for t in ("Councillor Rumana Haque (Chair)", "Councillor Peter Okonjo (Vice-Chair)",
              "Councillor Shirin Talukdar", "Councillor Marcus Fenwick", "Councillor Abdal Miah"):
        line(t)
    label("Co-opted Members Present:")
    line("Dr Yvonne Castell (Healthwatch Wrenfield)")
    label("Other Councillors Present:")
    line("Councillor Jane Ashdown (Cabinet Member for Health, Wellbeing and Social Care)")
    label("Apologies:")
    line("Councillor Nasir Uddin")
    line("Councillor Leanne Wicks")
    label("Officers Present in Person:")
    for n, t in (("Kathryn Doyle", "(Corporate Director, Health and Adult Social Care)"),
                 ("Dr Sanjay Mehra", "(Interim Director of Public Health)"),
                 ("Oliver Brandt", "(Head of Commissioning and Market Development, Adult Social Care)"),
                 ("Farzana Begum", "(Strategy and Policy Manager – Scrutiny, Strategy, Improvement and Transformation)"),
                 ("Simon Achebe", "(Democratic Services Officer, Committees)")):
        line(n)
        line(t, indent=10, style="I")
    label("Others Present:")
    for n, t in (("Helen Varga", "(Deputy Chief Operating Officer, Royal Wrenfield and Eastgate Hospitals NHS Trust)"),
                 ("Tom Ridley", "(Borough Director, East Thames Integrated Care Board)")):
        line(n)
        line(t, indent=10, style="I")
    pdf.space(4)

    P = pdf.para

    def resolved(*clauses):
        pdf.para("RESOLVED:", style="B", justify=False, after=1.5)
        for i, c in enumerate(clauses, 1):
            pdf.para(c, indent=18, first=(f"{i}.", 8))

    pdf.heading("1.", "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS")
    P("Councillor Marcus Fenwick declared a non-pecuniary interest in agenda item 4 (Winter "
      "Pressures and Urgent and Emergency Care) as his wife is employed as a staff nurse at the "
      "Royal Wrenfield Hospital. He remained in the meeting and took part in the discussion. "
      "There were no other declarations of interest.")

    pdf.heading("2.", "MINUTES OF THE PREVIOUS MEETING(S)")
    resolved("That the unrestricted minutes of the Sub-Committee meeting held on 12 November "
             "2024 be approved and signed by the Chair as a correct record of proceedings.")

    pdf.heading("3.", "CHAIR'S UPDATE")
    P("The Chair welcomed Dr Yvonne Castell, the new Healthwatch Wrenfield co-optee, to her first "
      "meeting. The Chair reported that she and the Vice-Chair had visited the Eastgate Urgent "
      "Treatment Centre on 9 December 2024 and thanked staff for their time; a note of the visit "
      "would be circulated to Members. She also reminded Members that the joint session with the "
      "Children and Education Scrutiny Sub-Committee on the transition of young people to adult "
      "services would now be held on 4 March 2025.")

    pdf.heading("4.", "WINTER PRESSURES AND URGENT AND EMERGENCY CARE – ROYAL WRENFIELD HOSPITAL")
    P("Helen Varga, Deputy Chief Operating Officer, Royal Wrenfield and Eastgate Hospitals NHS "
      "Trust, introduced the report and presentation, which set out the Trust's performance "
      "against the four-hour emergency department standard over the autumn, the number of "
      "patients waiting more than twelve hours from a decision to admit, the use of temporary "
      "escalation spaces and the joint winter plan agreed with the Council and the Integrated "
      "Care Board. Tom Ridley, Borough Director, added that £2.3m of additional winter funding "
      "had been allocated across the borough partnership, the majority of it to discharge and "
      "community capacity.")
    P("Councillor Talukdar asked how many patients had been cared for in corridors during "
      "December and whether this was now routine. Ms Varga acknowledged that corridor care had "
      "been used on 19 days in December, and said that each occasion was reported to the Trust "
      "board with a named senior nurse accountable for patient safety. Councillor Okonjo queried "
      "the Trust's reliance on agency nurses to staff the escalation areas; in response, Ms Varga "
      "explained that agency spend had fallen by a third since April following a bank staff "
      "recruitment campaign, although some specialist shifts still had to be covered by agency "
      "staff.")
    P("Dr Castell expressed concern that patients and carers were not being told how long they "
      "were likely to wait, and asked whether the Trust would use the recent Healthwatch survey of "
      "emergency department users when reviewing its patient information. Ms Varga welcomed the "
      "survey and agreed to meet Healthwatch to go through its findings. Councillor Fenwick asked "
      "what proportion of delayed discharges were caused by waits for home care packages. The "
      "Corporate Director, Health and Adult Social Care, responded that home care was now rarely "
      "the cause of delay, with most delays arising from waits for nursing home placements and "
      "for equipment.")
    P("Councillor Miah requested that future reports include data broken down by ward and by "
      "ethnicity, so that the Sub-Committee could see whether residents in the east of the "
      "borough waited longer. Mr Ridley said the ICB was able to provide this and would include "
      "it in the next update.")
    pdf.table(["Action", "Owner", "By"], [
        ["Provide a monthly breakdown of corridor care use for October 2024 to March 2025",
         "Helen Varga, RWEH NHS Trust", "11 March 2025"],
        ["Arrange a meeting between the Trust patient experience team and Healthwatch on the "
         "emergency department survey", "Helen Varga / Dr Yvonne Castell", "February 2025"],
    ], widths=(105, 45, 26))
    resolved("That the report and presentation be noted.")

    pdf.heading("5.", "HOME CARE RECOMMISSIONING – OUTCOME OF PROCUREMENT")
    P("Oliver Brandt, Head of Commissioning and Market Development, introduced the report, which "
      "summarised the outcome of the procurement of home care services under the new zonal "
      "model. Eleven bids had been received for the four zones, and the evaluation panel proposed "
      "awarding contracts to three providers, all of whom had committed to pay the London Living "
      "Wage and to offer guaranteed hours contracts to care workers. Councillor Ashdown, Cabinet "
      "Member for Health, Wellbeing and Social Care, said the award report would be considered by "
      "the Cabinet on 29 January 2025.")
    P("Members questioned whether it was right that all three preferred providers were private "
      "companies owned by national groups, and asked what consideration had been given to "
      "bringing some home care back in-house. Mr Brandt said that an in-house option had been "
      "appraised in 2023 but had been found to cost around £4.1m a year more, largely because of "
      "pension and other on-costs; the Cabinet Member added that the Council would keep the "
      "option under review. Councillor Talukdar sought clarification on how the Council would "
      "check that care workers were actually paid for travel time between visits. It was "
      "confirmed that providers would be required to submit anonymised payroll samples each "
      "quarter, and that the contract allowed the Council to withhold payment if they did not.")
    P("Councillor Okonjo commented that the previous contracts had seen high turnover among care "
      "workers and asked how continuity of care would be protected when service users "
      "transferred between providers in April. Mr Brandt said that staff would transfer under "
      "TUPE where they wished to, and that each service user would receive a visit from their new "
      "provider before the transfer date. Councillor Fenwick asked whether any of the "
      "unsuccessful bidders had challenged the award; officers said the standstill period had "
      "ended on 6 January without challenge.")
    resolved("That the outcome of the home care procurement be noted; and",
             "That the Sub-Committee recommends to the Cabinet that the award report include a "
             "commitment to publish quarterly London Living Wage and travel time compliance data "
             "for each provider.")

    pdf.heading("6.", "SUBSTANCE MISUSE TREATMENT SERVICE – CONTRACT EXTENSION AND PUBLIC HEALTH GRANT")
    P("Dr Sanjay Mehra, Interim Director of Public Health, presented the report, which proposed "
      "extending the contract with Ardent Recovery Partnership, the voluntary sector lead "
      "provider of the borough's drug and alcohol treatment service, by two years to March 2027 "
      "under the Provider Selection Regime. He noted that the public health grant for 2025/26 had "
      "not yet been confirmed, and that the supplementary substance misuse treatment and recovery "
      "grant would end in March 2025 unless it was renewed nationally.")
    P("Councillor Miah asked why the contract was being extended rather than re-procured, given "
      "the concerns raised by service users at the last meeting. Dr Mehra explained that a full "
      "procurement during the current funding uncertainty would risk destabilising the service, "
      "and that the extension included new outcome measures on waiting times and on engagement "
      "with people leaving prison. Councillor Okonjo expressed concern that 14 treatment worker "
      "posts were funded from the supplementary grant and could be lost. The Cabinet Member "
      "replied that she had written to the Minister seeking an early announcement, and that "
      "reserves would not be used to cover the gap. Dr Castell asked how the views of people "
      "using the service had been gathered; the Interim Director of Public Health said that a "
      "consultation led by peer workers had reached 212 service users and their families, and "
      "that the summary was attached at Appendix 2.")
    resolved("That the update be noted and the proposed extension of the substance misuse "
             "treatment contract be endorsed.")

    pdf.heading("7.", "HEALTHWATCH WRENFIELD – ACCESS TO GP APPOINTMENTS")
    P("Dr Castell presented the Healthwatch Wrenfield report 'Getting Through the Door', which "
      "was based on a survey of 1,460 residents and six community listening events. The report "
      "found that residents without internet access or with limited English were finding it "
      "hardest to get appointments, and that many did not know about the extended access hubs.")
    P("Councillor Fenwick asked whether GP practices were still operating the early morning "
      "telephone scramble for appointments. Mr Ridley said that 31 of the borough's 38 practices "
      "had now moved to a total triage model, which had reduced morning call queues, although "
      "patient satisfaction had not yet improved. Councillor Talukdar commented that several "
      "practices in her ward had closed their lists to new patients, and Mr Ridley agreed to "
      "provide a map showing practices with closed lists. Councillor Miah asked what the ICB was "
      "doing about interpreting services in primary care, and was informed that a new "
      "interpreting contract covering telephone and in person appointments would start in April "
      "2025.")
    P("The Sub-Committee noted the Healthwatch Wrenfield report and thanked Healthwatch "
      "volunteers for their work.")

    pdf.heading("8.", "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE WORK PROGRAMME 2024/25")
    P("Farzana Begum, Strategy and Policy Manager, presented the work programme. Councillor Miah "
      "requested that the March meeting include evidence from the local dental committee on "
      "access to NHS dentistry for children; Ms Begum confirmed that an invitation would be sent "
      "to the local dental committee that week.")
    resolved("That the work programme for the remainder of 2024/25 be agreed, subject to the "
             "addition of NHS dental access for children at the March 2025 meeting.")

    pdf.heading("9.", "ANY OTHER BUSINESS THE CHAIR CONSIDERS TO BE URGENT")
    P("Nil items.")
    pdf.space(4)
    P("The meeting ended at 8.52 p.m.", justify=False)
    pdf.space(6)
    P("Chair, Councillor Rumana Haque", style="B", justify=False, after=0.5)
    P("Health and Adults Scrutiny Sub-Committee", justify=False)
    pdf.output(str(DOCS / D1))
    SOURCES[D1] = "\n".join(pdf.src)


def A(name, role, att):
    return {"name": name, "role": role, "attendance": att}


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health and Adults Scrutiny Sub-Committee",
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "1", "title": "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS"},
        {"number": "2", "title": "MINUTES OF THE PREVIOUS MEETING(S)"},
        {"number": "3", "title": "CHAIR'S UPDATE"},
        {"number": "4", "title": "WINTER PRESSURES AND URGENT AND EMERGENCY CARE – ROYAL WRENFIELD HOSPITAL"},
        {"number": "5", "title": "HOME CARE RECOMMISSIONING – OUTCOME OF PROCUREMENT"},
        {"number": "6", "title": "SUBSTANCE MISUSE TREATMENT SERVICE – CONTRACT EXTENSION AND PUBLIC HEALTH GRANT"},
        {"number": "7", "title": "HEALTHWATCH WRENFIELD – ACCESS TO GP APPOINTMENTS"},
        {"number": "8", "title": "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE WORK PROGRAMME 2024/25"},
        {"number": "9", "title": "ANY OTHER BUSINESS THE CHAIR CONSIDERS TO BE URGENT"},
    ],
    "questions": [
        Q("4", "question", "how many patients had been cared for in corridors during December",
          "Councillor Talukdar", "corridor care had been used on 19 days in December",
          "Ms Varga", []),
        Q("4", "question", "the Trust's reliance on agency nurses to staff the escalation areas",
          "Councillor Okonjo", "agency spend had fallen by a third since April",
          "Ms Varga", ["workforce"]),
        Q("4", "concern", "patients and carers were not being told how long they were likely to wait",
          "Dr Castell", "welcomed the survey and agreed to meet Healthwatch to go through its findings",
          "Ms Varga", ["patient-and-public-input"]),
        Q("4", "question", "what proportion of delayed discharges were caused by waits for home care packages",
          "Councillor Fenwick", "home care was now rarely the cause of delay",
          "The Corporate Director, Health and Adult Social Care", ["adult-social-care"]),
        Q("4", "request", "future reports include data broken down by ward and by ethnicity",
          "Councillor Miah", "the ICB was able to provide this and would include it",
          "Mr Ridley", []),
        Q("5", "concern", "all three preferred providers were private companies owned by national groups",
          None, "an in-house option had been appraised in 2023",
          "Mr Brandt", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("5", "question", "how the Council would check that care workers were actually paid for travel time",
          "Councillor Talukdar", "providers would be required to submit anonymised payroll samples each quarter",
          None, ["workforce", "subcontracting", "adult-social-care"]),
        Q("5", "question", "how continuity of care would be protected when service users transferred between providers",
          "Councillor Okonjo", "staff would transfer under TUPE where they wished to",
          "Mr Brandt", ["workforce", "adult-social-care"]),
        Q("5", "question", "whether any of the unsuccessful bidders had challenged the award",
          "Councillor Fenwick", "the standstill period had ended on 6 January without challenge",
          None, ["subcontracting", "adult-social-care"]),
        Q("6", "question", "why the contract was being extended rather than re-procured",
          "Councillor Miah", "a full procurement during the current funding uncertainty would risk destabilising the service",
          "Dr Mehra", ["subcontracting", "public-health"]),
        Q("6", "concern", "14 treatment worker posts were funded from the supplementary grant",
          "Councillor Okonjo", "she had written to the Minister seeking an early announcement",
          "The Cabinet Member", ["workforce", "finance", "public-health"]),
        Q("6", "question", "how the views of people using the service had been gathered",
          "Dr Castell", "a consultation led by peer workers had reached 212 service users",
          "the Interim Director of Public Health", ["patient-and-public-input", "public-health"]),
        Q("7", "question", "whether GP practices were still operating the early morning telephone scramble",
          "Councillor Fenwick", "31 of the borough's 38 practices had now moved to a total triage model",
          "Mr Ridley", ["primary-care"]),
        Q("7", "comment", "several practices in her ward had closed their lists to new patients",
          "Councillor Talukdar", "agreed to provide a map showing practices with closed lists",
          "Mr Ridley", ["primary-care"]),
        Q("7", "question", "what the ICB was doing about interpreting services in primary care",
          "Councillor Miah", "a new interpreting contract covering telephone and in person appointments",
          None, ["primary-care"]),
        Q("8", "request", "include evidence from the local dental committee on access to NHS dentistry",
          "Councillor Miah", "an invitation would be sent to the local dental committee that week",
          "Ms Begum", ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        R("2", "minutes of the Sub-Committee meeting held on 12 November 2024 be approved", "agreed", []),
        R("4", "That the report and presentation be noted", "noted", []),
        R("5", "recommends to the Cabinet that the award report include a commitment", "recommended",
          ["workforce", "subcontracting", "adult-social-care"]),
        R("6", "extension of the substance misuse treatment contract be endorsed", "agreed",
          ["subcontracting", "public-health"]),
        R("7", "noted the Healthwatch Wrenfield report and thanked Healthwatch volunteers for their work",
          "noted", ["patient-and-public-input", "primary-care"]),
        R("8", "the work programme for the remainder of 2024/25 be agreed", "agreed", []),
    ],
    "attendees": [
        A("Councillor Rumana Haque", "Chair", "present"),
        A("Councillor Peter Okonjo", "Vice-Chair", "present"),
        A("Councillor Shirin Talukdar", None, "present"),
        A("Councillor Marcus Fenwick", None, "present"),
        A("Councillor Abdal Miah", None, "present"),
        A("Dr Yvonne Castell", "Healthwatch Wrenfield", "present"),
        A("Councillor Jane Ashdown", "Cabinet Member for Health, Wellbeing and Social Care", "in_attendance"),
        A("Councillor Nasir Uddin", None, "apologies"),
        A("Councillor Leanne Wicks", None, "apologies"),
        A("Kathryn Doyle", "Corporate Director, Health and Adult Social Care", "in_attendance"),
        A("Dr Sanjay Mehra", "Interim Director of Public Health", "in_attendance"),
        A("Oliver Brandt", "Head of Commissioning and Market Development, Adult Social Care", "in_attendance"),
        A("Farzana Begum", "Strategy and Policy Manager – Scrutiny, Strategy, Improvement and Transformation", "in_attendance"),
        A("Simon Achebe", "Democratic Services Officer, Committees", "in_attendance"),
        A("Helen Varga", "Deputy Chief Operating Officer, Royal Wrenfield and Eastgate Hospitals NHS Trust", "in_attendance"),
        A("Tom Ridley", "Borough Director, East Thames Integrated Care Board", "in_attendance"),
    ],
}


# ---------------------------------------------------------------------------
# 2. Unitary council: Health Select Committee, DOCX
#    Attendance in two Word tables (members with role/attendance; officers);
#    items numbered on from earlier meetings in the year; each substantive item
#    has "Summary of discussion" with sub-headings "Questions from Members" and
#    "Responses" whose lettered points pair up (a)-(a); decisions in a boxed
#    two-cell table ("Resolved" | text).
# ---------------------------------------------------------------------------
D2 = "m-avonmere-health-select-committee-minutes-2025-03-06.docx"


def _field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def save_docx_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = []
    for block in d.element.body.iterchildren():
        tag = block.tag.split("}")[1]
        if tag == "p":
            parts.append("".join((t.text or "") if t.tag.endswith("}t") else " "
                                 for t in block.iter() if t.tag.endswith(("}t", "}tab"))))
        elif tag == "tbl":
            for tc in block.iter():
                if tc.tag.endswith("}tc"):
                    parts.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                          for p in tc.iter() if p.tag.endswith("}p")))
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            parts.append(p.text)
    return "\n".join(parts)


def build_doc2():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Clare Morton"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Health Select Committee - Minutes - 6 March 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Avonmere Council – Health Select Committee – 6 March 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _field(fp, "PAGE")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES")

    def para(text="", bold=False, italic=False, underline=False, size=None, align=None,
             space_after=6):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic, r.underline = bold, italic, underline
            if size:
                r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def item(num, title):
        p = para(space_after=6)
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{num}\t{title}")
        r.bold = True
        r.font.size = Pt(12)

    def body(text):
        p = para(text, align="j")
        p.paragraph_format.left_indent = Cm(1.27)
        return p

    def sub(text, style):
        p = para(text, bold=style == "b", italic=style == "bi", underline=style == "u")
        if style == "bi":
            p.runs[0].bold = True
        p.paragraph_format.left_indent = Cm(1.27)
        p.paragraph_format.keep_with_next = True

    def point(letter, text):
        p = para(f"({letter})\t{text}", align="j", space_after=4)
        p.paragraph_format.left_indent = Cm(2.27)
        p.paragraph_format.first_line_indent = Cm(-1.0)

    def decision(text):
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Cm(3.0), Cm(13.0)
        c0.paragraphs[0].add_run("Resolved").bold = True
        _shade(c0, "D9E2F3")
        c1.paragraphs[0].add_run(text)
        para(space_after=2)

    para("Avonmere Council", bold=True, size=16, align="c", space_after=2)
    para("Health Select Committee", bold=True, size=14, align="c", space_after=10)
    para("MINUTES OF THE HEALTH SELECT COMMITTEE MEETING HELD ON 6 MARCH 2025 AT THE BRADON "
         "ROOM, COUNCIL OFFICES, MELKBURY.", bold=True, align="c", space_after=12)

    para("Attendance", bold=True, size=12)
    para("Members of the Committee", italic=True, space_after=3)
    members = [
        ("Cllr Gordon Pike", "Chairman", "Present"),
        ("Cllr Hilary Stanbridge", "Vice-Chairman", "Present"),
        ("Cllr Mo Rahman", "Member", "Present"),
        ("Cllr Frances Dunmore", "Member", "Present"),
        ("Cllr Trevor Lyle", "Member", "Apologies"),
        ("Cllr Deborah Quinn", "Substitute", "Present (substituting for Cllr Lyle)"),
        ("Cllr Alan Corbett", "Member", "Absent"),
        ("Irene Walsh", "Co-opted Member (Healthwatch Avonmere)", "Present"),
        ("Cllr Ian Blackmore", "Cabinet Member for Adult Social Care, SEND and Inclusion", "In attendance"),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Councillor / Member", "Role", "Attendance")):
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9D9D9")
    for row in members:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    para(space_after=4)
    para("Officers and others in attendance", italic=True, space_after=3)
    officers = [
        ("Emma Pruett", "Director of Adult Social Care"),
        ("Dr Richard Ames", "Director of Public Health"),
        ("Lisa Thorne", "Head of Commissioning – Ageing Well"),
        ("Patrick Hale", "Director of Place (Avonmere), Severn and Downs Integrated Care Board"),
        ("Hannah Creed", "Associate Director, Children and Young People's Mental Health, Severn and Downs Integrated Care Board"),
        ("Clare Morton", "Senior Scrutiny Officer"),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Name", "Title / Organisation")):
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9D9D9")
    for row in officers:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    para(space_after=6)

    item("15", "Apologies")
    body("Apologies for absence were received from Cllr Trevor Lyle, who was substituted by Cllr "
         "Deborah Quinn.")

    item("16", "Minutes of the Previous Meeting")
    body("The minutes of the meeting held on 15 January 2025 were presented for consideration.")
    decision("To approve and sign the minutes of the meeting held on 15 January 2025 as a true "
             "and correct record.")

    item("17", "Declarations of Interest")
    body("Cllr Frances Dunmore declared a non-registrable interest in item 20 as a trustee of a "
         "charity which runs a care home in Melkbury. She took part in the discussion of the item.")

    item("18", "Chairman's Announcements")
    body("The Chairman reminded Members that the Council's consultation on the draft Carers "
         "Strategy would close on 31 March 2025 and encouraged Members to promote it in their "
         "divisions.")

    item("19", "Public Participation")
    body("There were no questions or statements from members of the public.")

    item("20", "Care Home Market Position Statement and Fee Uplift 2025/26")
    body("Cllr Ian Blackmore, Cabinet Member for Adult Social Care, SEND and Inclusion, introduced "
         "the report, which set out the proposed uplift of 6.8 per cent to standard residential "
         "and nursing care rates for 2025/26, the pressures arising from the increase in employer "
         "national insurance contributions and the National Living Wage, and the Council's "
         "updated market position statement. Lisa Thorne, Head of Commissioning – Ageing Well, "
         "gave a presentation on vacancy levels and on the number of care homes rated 'requires "
         "improvement' by the Care Quality Commission.")
    sub("Summary of discussion", "bi")
    sub("Questions from Members", "u")
    point("a", "Cllr Mo Rahman asked how the proposed uplift compared with the actual cost of care "
               "calculated by providers in the 2024 cost of care exercise.")
    point("b", "Cllr Hilary Stanbridge expressed concern that people funding their own care were "
               "paying on average 40 per cent more than the Council for the same bed, in effect "
               "subsidising Council-funded placements.")
    point("c", "Cllr Frances Dunmore asked whether any care homes in the county had closed or given "
               "notice to the Council since the last meeting.")
    point("d", "Irene Walsh, Healthwatch Avonmere, asked how residents and their families had been "
               "involved in setting the quality standards in the new framework.")
    sub("Responses", "u")
    point("a", "The Head of Commissioning said the uplift left a gap of approximately £38 a week "
               "against the median provider estimate, which would be reviewed during the year.")
    point("b", "The Cabinet Member acknowledged the disparity but said the Council had no power to "
               "set the fees paid by self-funders; it would publish its own rates so that families "
               "could compare them.")
    point("c", "Two homes with a combined 61 beds had given notice since January, and all residents "
               "had been found alternative placements within the county.")
    point("d", "The Director of Adult Social Care confirmed that a residents and relatives panel had "
               "helped to design the quality standards and would take part in contract monitoring "
               "visits.")
    decision("To note the report and to recommend to Cabinet that the cost of care model and the "
             "gap between Council rates and provider costs be published alongside the fee uplift "
             "decision.")

    item("21", "Community Diagnostic Centre and Elective Waiting Times")
    body("Patrick Hale, Director of Place (Avonmere), Severn and Downs Integrated Care Board, "
         "presented an update on the Melkbury Community Diagnostic Centre, which opened in October "
         "2024, and on elective waiting times at Avonmere General Hospital. The centre is operated "
         "under contract by an independent sector provider on behalf of the NHS.")
    sub("Summary of discussion", "bi")
    sub("Questions from Members", "u")
    point("a", "Cllr Gordon Pike, Chairman, asked what proportion of scans at the centre had been "
               "carried out for patients from outside the county.")
    point("b", "Cllr Deborah Quinn raised concern that the independent provider could select the "
               "most straightforward patients, leaving complex cases to the hospital.")
    point("c", "Cllr Mo Rahman asked whether patients were offered transport to the centre, which "
               "was not on a direct bus route from the north of the county.")
    sub("Responses", "u")
    point("a", "Mr Hale said around 12 per cent of activity was for patients registered with "
               "practices in neighbouring areas, which was consistent with the contract.")
    point("b", "Referral criteria were set by the NHS and not by the provider, and the ICB audited "
               "case mix each quarter.")
    point("c", "Non-emergency patient transport was available for eligible patients, and the ICB "
               "was discussing a shuttle service with the bus company.")
    decision("To note the update and to request a further report on elective waiting times in "
             "September 2025.")

    item("22", "Children and Young People's Emotional Wellbeing and Mental Health Transformation Plan")
    body("Dr Richard Ames, Director of Public Health, and Hannah Creed, Associate Director, "
         "Children and Young People's Mental Health, presented the refreshed local transformation "
         "plan, which brought together the work of the Council, the Integrated Care Board, "
         "schools and the voluntary sector.")
    sub("Summary of discussion", "bi")
    sub("Questions from Members", "u")
    point("a", "Cllr Frances Dunmore asked how long children were currently waiting for a first "
               "CAMHS appointment after referral.")
    point("b", "Cllr Hilary Stanbridge asked whether the mental health support teams in schools "
               "would be extended to primary schools in rural areas.")
    point("c", "Cllr Deborah Quinn commented that parents in her division had described the "
               "referral process as confusing and that a single point of access would be welcomed.")
    sub("Responses", "u")
    point("a", "Ms Creed said the median wait was 14 weeks, but some children with "
               "neurodevelopmental needs were waiting more than a year for assessment.")
    point("b", "Dr Ames explained that funding had been secured for two further teams from "
               "September 2025, which would cover 22 additional schools, including primary "
               "schools in the Vale.")
    decision("To note the Children and Young People's Emotional Wellbeing and Mental Health "
             "Transformation Plan.")

    item("23", "Forward Work Programme")
    body("Clare Morton, Senior Scrutiny Officer, introduced the forward work programme.")
    sub("Summary of discussion", "bi")
    sub("Questions from Members", "u")
    point("a", "Cllr Hilary Stanbridge requested that a task group be established to examine "
               "hospital discharge arrangements and the use of short-term care home beds.")
    sub("Responses", "u")
    point("a", "The Senior Scrutiny Officer advised that a scoping document would be brought to the "
               "Overview and Scrutiny Management Committee for approval.")
    decision("To approve the Forward Work Programme, subject to the addition of a hospital "
             "discharge task group.")

    item("24", "Urgent Items")
    body("There were no urgent items.")

    item("25", "Date of Next Meeting")
    body("The date of the next meeting was confirmed as 24 April 2025.")

    para(space_after=10)
    para("(Duration of meeting: 10.30 am - 1.05 pm)", align="c")
    para("The Officer who has produced these minutes is Clare Morton, Senior Scrutiny Officer, "
         "direct line 01632 960415, e-mail scrutiny@avonmere.example.gov.uk", italic=True,
         size=9, align="c")
    para("Press enquiries to Communications, direct line 01632 960400, e-mail "
         "communications@avonmere.example.gov.uk", italic=True, size=9, align="c")
    save_docx_deterministic(d, DOCS / D2)
    SOURCES[D2] = docx_text(DOCS / D2)


GOLD2 = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Health Select Committee",
    "meeting_date": "2025-03-06",
    "items": [
        {"number": "15", "title": "Apologies"},
        {"number": "16", "title": "Minutes of the Previous Meeting"},
        {"number": "17", "title": "Declarations of Interest"},
        {"number": "18", "title": "Chairman's Announcements"},
        {"number": "19", "title": "Public Participation"},
        {"number": "20", "title": "Care Home Market Position Statement and Fee Uplift 2025/26"},
        {"number": "21", "title": "Community Diagnostic Centre and Elective Waiting Times"},
        {"number": "22", "title": "Children and Young People's Emotional Wellbeing and Mental Health Transformation Plan"},
        {"number": "23", "title": "Forward Work Programme"},
        {"number": "24", "title": "Urgent Items"},
        {"number": "25", "title": "Date of Next Meeting"},
    ],
    "questions": [
        Q("20", "question", "how the proposed uplift compared with the actual cost of care",
          "Cllr Mo Rahman", "the uplift left a gap of approximately £38 a week",
          "The Head of Commissioning", ["finance", "adult-social-care"]),
        Q("20", "concern", "paying on average 40 per cent more than the Council for the same bed",
          "Cllr Hilary Stanbridge", "the Council had no power to set the fees paid by self-funders",
          "The Cabinet Member", ["finance", "adult-social-care"]),
        Q("20", "question", "whether any care homes in the county had closed or given notice",
          "Cllr Frances Dunmore", "Two homes with a combined 61 beds had given notice since January",
          None, ["adult-social-care"]),
        Q("20", "question", "how residents and their families had been involved in setting the quality standards",
          "Irene Walsh", "a residents and relatives panel had helped to design the quality standards",
          "The Director of Adult Social Care", ["patient-and-public-input", "adult-social-care"]),
        Q("21", "question", "what proportion of scans at the centre had been carried out for patients",
          "Cllr Gordon Pike", "around 12 per cent of activity was for patients registered with practices",
          "Mr Hale", []),
        Q("21", "concern", "the independent provider could select the most straightforward patients",
          "Cllr Deborah Quinn", "Referral criteria were set by the NHS and not by the provider",
          None, ["privatisation", "subcontracting"]),
        Q("21", "question", "whether patients were offered transport to the centre",
          "Cllr Mo Rahman", "the ICB was discussing a shuttle service with the bus company",
          None, []),
        Q("22", "question", "how long children were currently waiting for a first CAMHS appointment",
          "Cllr Frances Dunmore", "the median wait was 14 weeks, but some children with neurodevelopmental needs",
          "Ms Creed", ["mental-health", "children-and-families"]),
        Q("22", "question", "whether the mental health support teams in schools would be extended",
          "Cllr Hilary Stanbridge", "funding had been secured for two further teams from September 2025",
          "Dr Ames", ["mental-health", "children-and-families"]),
        Q("22", "comment", "parents in her division had described the referral process as confusing",
          "Cllr Deborah Quinn", None, None, ["mental-health", "children-and-families"]),
        Q("23", "request", "a task group be established to examine hospital discharge arrangements",
          "Cllr Hilary Stanbridge", "a scoping document would be brought to the Overview and Scrutiny Management Committee",
          "The Senior Scrutiny Officer", ["adult-social-care", "governance"]),
    ],
    "resolutions": [
        R("16", "approve and sign the minutes of the meeting held on 15 January 2025", "agreed", []),
        R("20", "recommend to Cabinet that the cost of care model and the gap", "recommended",
          ["finance", "adult-social-care"]),
        R("21", "request a further report on elective waiting times in September 2025", "noted", []),
        R("22", "To note the Children and Young People's Emotional Wellbeing and Mental Health Transformation Plan",
          "noted", ["mental-health", "children-and-families"]),
        R("23", "To approve the Forward Work Programme, subject to the addition", "agreed",
          ["adult-social-care"]),
    ],
    "attendees": [
        A("Cllr Gordon Pike", "Chairman", "present"),
        A("Cllr Hilary Stanbridge", "Vice-Chairman", "present"),
        A("Cllr Mo Rahman", "Member", "present"),
        A("Cllr Frances Dunmore", "Member", "present"),
        A("Cllr Trevor Lyle", "Member", "apologies"),
        A("Cllr Deborah Quinn", "Substitute", "present"),
        A("Cllr Alan Corbett", "Member", "absent"),
        A("Irene Walsh", "Co-opted Member (Healthwatch Avonmere)", "present"),
        A("Cllr Ian Blackmore", "Cabinet Member for Adult Social Care, SEND and Inclusion", "in_attendance"),
        A("Emma Pruett", "Director of Adult Social Care", "in_attendance"),
        A("Dr Richard Ames", "Director of Public Health", "in_attendance"),
        A("Lisa Thorne", "Head of Commissioning – Ageing Well", "in_attendance"),
        A("Patrick Hale", "Director of Place (Avonmere), Severn and Downs Integrated Care Board", "in_attendance"),
        A("Hannah Creed", "Associate Director, Children and Young People's Mental Health, Severn and Downs Integrated Care Board", "in_attendance"),
        A("Clare Morton", "Senior Scrutiny Officer", "in_attendance"),
    ],
}


# ---------------------------------------------------------------------------
# 3. Metropolitan district: Health and Adult Social Care Scrutiny Board, HTML
#    Council website page (LocalGov-Drupal-like) with one accordion panel per
#    item (content "hidden" until expanded), attendance as run-on paragraphs
#    ("Councillors A, B and C"), discussion as "Q –" / "R –" pairs.
# ---------------------------------------------------------------------------
D3 = "m-calderthorpe-hasc-scrutiny-board-minutes-2025-02-19.html"

ITEMS3 = [
    ("1", "Membership of the Board", [
        "<p>Councillor Sue Whiteley attended the meeting as a substitute for Councillor Rachel "
        "Fielding.</p>"]),
    ("2", "Declarations of interest", [
        "<p>Councillor Nadia Akhtar declared an ‘other interest’ in Item 6 (Day Opportunities "
        "Review) as her mother attends the Beck Lane day centre. She remained in the meeting.</p>"]),
    ("3", "Minutes of the previous meeting", [
        "<p><strong>RESOLVED –</strong> That the minutes of the meeting held on 22 January 2025 be "
        "approved as a correct record.</p>"]),
    ("4", "Public question time", [
        "<p>One question had been received from a member of the public.</p>",
        "<p><strong>Q –</strong> Mr Derek Holroyd asked whether the Board would look at the charges "
        "made to people attending day centres, which he said had risen by 30 per cent in two "
        "years.</p>",
        "<p><strong>R –</strong> The Chair thanked Mr Holroyd for his question and said that "
        "charging would be considered as part of Item 6 and that a written response would be sent "
        "to him.</p>"]),
    ("5", "Adult Social Care Workforce Strategy 2025 to 2028", [
        "<p>Dawn Greenwood, Service Director, Adult Social Care Operations, and Marcus Lindqvist, "
        "Head of Workforce Development and Organisational Change, presented the strategy. Vacancy "
        "rates in the independent care sector locally were 11.2 per cent and annual turnover was 29 "
        "per cent. The strategy set out actions on pay, career pathways, international recruitment "
        "and staff wellbeing.</p>",
        "<p><strong>Q –</strong> Councillor Bilal Hussain asked whether the Council would require "
        "commissioned providers to pay the Real Living Wage, and what this would cost.</p>",
        "<p><strong>R –</strong> Ms Greenwood said that paying the Real Living Wage across all "
        "commissioned home care and residential care would cost about £6.4m a year, which was not "
        "affordable within the current budget; the Council was instead funding a supplement of 50p "
        "an hour for home care workers.</p>",
        "<p><strong>Q –</strong> Councillor Karen Sugden raised concerns about care workers "
        "recruited from overseas being charged fees by agencies and tied to single employers.</p>",
        "<p><strong>R –</strong> Mr Lindqvist said the Council had signed the regional ethical "
        "recruitment pledge and would support any worker whose sponsor's licence was revoked to find "
        "alternative employment.</p>",
        "<p><strong>Q –</strong> Angela Bairstow (Healthwatch) asked how the views of care workers "
        "themselves had shaped the strategy.</p>",
        "<p><strong>R –</strong> Officers said that 640 care workers had responded to an online "
        "survey and that 12 focus groups had been held in care settings.</p>",
        "<p><strong>Q –</strong> Councillor Martin Royd queried the high turnover among the "
        "Council’s own reablement staff.</p>",
        "<p><strong>R –</strong> Ms Greenwood acknowledged the issue and explained that a review of "
        "shift patterns in the reablement service was under way, with changes due from June.</p>",
        "<p><strong>RESOLVED –</strong> That</p>",
        "<ol><li>the Adult Social Care Workforce Strategy 2025 to 2028 be noted;</li>"
        "<li>a progress report on international recruitment and the pay supplement be presented to "
        "the Board in October 2025.</li></ol>"]),
    ("6", "Day Opportunities Review – proposals for Beck Lane and Hollins Mill day centres", [
        "<p>The Executive Member for Adult Social Care and Health introduced the report, which set "
        "out proposals, subject to consultation, to close the Council-run Beck Lane and Hollins Mill "
        "day centres and to commission day opportunities from voluntary and independent providers "
        "through a dynamic purchasing system. The report stated that the changes would save "
        "£780,000 a year.</p>",
        "<p><strong>Q –</strong> Councillor Nadia Akhtar asked how many people currently attending "
        "the two centres had been assessed as having complex needs that independent providers might "
        "not be able to meet.</p>",
        "<p><strong>R –</strong> Ms Greenwood said that 47 of the 118 people attending had complex "
        "needs, and that individual reviews would be completed before any move.</p>",
        "<p><strong>Q –</strong> Councillor Graham Oldroyd expressed concern that this was the "
        "privatisation of a valued public service by the back door, and asked whether keeping the "
        "centres in-house with reduced opening hours had been considered.</p>",
        "<p><strong>R –</strong> The Executive Member said that the option of keeping the centres "
        "in-house had been assessed and was set out in section 7 of the report, but would not "
        "achieve the savings required.</p>",
        "<p><strong>Q –</strong> Angela Bairstow asked for assurance that families and carers would "
        "be given accessible information and enough time to respond to the consultation.</p>",
        "<p><strong>R –</strong> Officers confirmed that the consultation would run for 12 weeks "
        "from 3 March, with easy read materials and drop-in sessions at both centres.</p>",
        "<p><strong>Q –</strong> Councillor Joanne Ackroyd (Chair) asked whether the Council would "
        "keep the buildings in public ownership if the centres closed.</p>",
        "<p><strong>R –</strong> No decision had yet been made about the future of the buildings.</p>",
        "<p><strong>RESOLVED –</strong> That the Board recommends to the Executive that no final "
        "decision on the future of Beck Lane and Hollins Mill day centres be taken until the "
        "consultation findings have been reported to this Board.</p>"]),
    ("7", "Ambulance response times and hospital handover delays", [
        "<p>Steve Ingham, Deputy Director of Operations, West Pennine Ambulance Service NHS Trust, "
        "presented data showing that the mean response time for Category 2 calls in Calderthorpe in "
        "December 2024 had been 47 minutes against the national standard of 18 minutes, and that an "
        "average of 1,900 hours a month were lost to handover delays at Calderthorpe Royal "
        "Infirmary.</p>",
        "<p><strong>Q –</strong> Councillor Graham Oldroyd asked why rural parts of the district "
        "fared worse than the urban centre.</p>",
        "<p><strong>R –</strong> Mr Ingham said that ambulances released from handover at the Royal "
        "Infirmary were more often sent to nearby urban calls, and the Trust was trialling a rural "
        "response car.</p>",
        "<p><strong>Q –</strong> Councillor Karen Sugden asked what the Council could do to help "
        "release ambulances more quickly.</p>",
        "<p><strong>R –</strong> Ms Greenwood said the Council had funded a discharge to assess team "
        "at the Infirmary and 14 short-term beds, which had reduced delayed discharges by a "
        "fifth.</p>",
        "<p><strong>Q –</strong> Councillor Bilal Hussain requested that the Board receive the "
        "Trust’s data on outcomes for patients who had waited more than an hour in an ambulance "
        "outside the hospital.</p>",
        "<p><strong>R –</strong> Mr Ingham agreed to provide this, subject to removal of any "
        "information that could identify individuals.</p>",
        "<p><strong>RESOLVED –</strong> That the update from West Pennine Ambulance Service be noted "
        "and the Board’s concerns about Category 2 response times in rural areas be conveyed to the "
        "Trust Board.</p>"]),
    ("8", "Work programme 2024/25", [
        "<p>Ruth Mallinson, Principal Governance and Scrutiny Officer, presented the Board’s work "
        "programme.</p>",
        "<p><strong>RESOLVED –</strong> That the work programme for 2024/25 be agreed, with the "
        "addition of an item on the day opportunities consultation findings in July 2025.</p>"]),
    ("9", "Date and time of next meeting", [
        "<p>Wednesday 26 March 2025 at 10.00am, Civic Hall, Calderthorpe.</p>"]),
]


def build_doc3():
    panels = []
    for num, title, paras in ITEMS3:
        body = "\n            ".join(paras)
        panels.append(f"""
        <div class="lgd-accordion__panel">
          <h3 class="lgd-accordion__panel-title">
            <button class="lgd-accordion__toggle" aria-expanded="false" aria-controls="item-{num}-content" id="item-{num}-title">
              <span class="visually-hidden">Item </span>{num}. {html.escape(title, quote=False)}
            </button>
          </h3>
          <div class="lgd-accordion__content" id="item-{num}-content" role="region" aria-labelledby="item-{num}-title" hidden>
            {body}
          </div>
        </div>""")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Health and Adult Social Care Scrutiny Board minutes – 19 February 2025 | Calderthorpe Council</title>
  <meta name="description" content="Minutes of the Health and Adult Social Care Scrutiny Board meeting held on 19 February 2025.">
  <link rel="stylesheet" href="/themes/custom/calderthorpe/css/main.css?sq1x7c">
  <script src="/core/misc/drupal.js?v=10.3.6" defer></script>
  <script src="/modules/contrib/localgov_paragraphs/js/accordion.js?sq1x7c" defer></script>
</head>
<body class="path-node page-node-type-localgov-services-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies on the Calderthorpe Council website">
    <p>We use some essential cookies to make this website work. We’d also like to set analytics
    cookies to understand how you use the site.</p>
    <button>Accept analytics cookies</button> <button>Reject analytics cookies</button>
    <a href="/cookies">View cookies</a>
  </div>
  <header class="lgd-header">
    <a href="/" class="lgd-header__logo" title="Home"><img src="/themes/custom/calderthorpe/logo.svg" alt="Calderthorpe Metropolitan District Council"></a>
    <form class="lgd-header__search" action="/search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
    <nav aria-label="Main"><ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/council-and-democracy">Council and democracy</a></li>
    </ul></nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb"><ol>
    <li><a href="/">Home</a></li>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
    <li><a href="/council-and-democracy/committees">Councillors and committees</a></li>
    <li><a href="/council-and-democracy/committees/health-and-adult-social-care-scrutiny-board">Health and Adult Social Care Scrutiny Board</a></li>
    <li>Minutes: 19 February 2025</li>
  </ol></nav>
  <main id="main-content" class="lgd-region--content">
    <article class="node node--type-localgov-services-page">
      <h1 class="lgd-page-title-block__title">Health and Adult Social Care Scrutiny Board: minutes, 19 February 2025</h1>
      <div class="lgd-page-title-block__subheader">
        <p class="summary">Minutes of the meeting of the Health and Adult Social Care Scrutiny Board
        held at Civic Hall, Calderthorpe, at 10.00am on Wednesday 19 February 2025.</p>
      </div>
      <div class="field--name-body">
        <h2>Attendance</h2>
        <p><strong>Present:</strong> Councillor Joanne Ackroyd (Chair), Councillors Bilal Hussain,
        Karen Sugden, Martin Royd, Nadia Akhtar, Graham Oldroyd and Sue Whiteley</p>
        <p><strong>Co-optee:</strong> Angela Bairstow (Healthwatch Calderthorpe)</p>
        <p><strong>Apologies:</strong> Councillor Peter Lumb and Councillor Rachel Fielding</p>
        <p><strong>Substitute:</strong> Councillor Sue Whiteley for Councillor Rachel Fielding</p>
        <p><strong>In attendance:</strong></p>
        <ul>
          <li>Councillor Imran Shah – Executive Member for Adult Social Care and Health</li>
          <li>Dawn Greenwood – Service Director, Adult Social Care Operations</li>
          <li>Marcus Lindqvist – Head of Workforce Development and Organisational Change</li>
          <li>Dr Alison Firth – Director of Public Health</li>
          <li>Steve Ingham – Deputy Director of Operations, West Pennine Ambulance Service NHS Trust</li>
          <li>Ruth Mallinson – Principal Governance and Scrutiny Officer</li>
        </ul>
        <h2>Minutes</h2>
        <p>Select an item to read the minute. These minutes are subject to approval at the next
        meeting of the Board.</p>
      </div>
      <div class="lgd-accordion" data-localgov-accordion>
        <button class="lgd-accordion__toggle-all" type="button" aria-expanded="false">Open all <span class="visually-hidden">sections</span></button>{"".join(panels)}
      </div>
      <p class="meeting-close">The meeting closed at 12.40pm.</p>
      <aside class="related-links">
        <h2>Related documents</h2>
        <ul>
          <li><a href="/media/41872/download">Agenda pack – 19 February 2025 (PDF, 3.1MB)</a></li>
          <li><a href="/media/41873/download">Item 6 Day Opportunities Review – appendix A, equality impact assessment (PDF, 640KB)</a></li>
        </ul>
      </aside>
    </article>
  </main>
  <section class="page-feedback">
    <h2>Was this page helpful?</h2>
    <form action="/page-feedback"><button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button></form>
    <p><a href="/contact/report-a-problem">Report a problem with this page</a></p>
  </section>
  <footer class="lgd-footer">
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
    <p>Last updated: 3 March 2025</p>
    <p>© Calderthorpe Metropolitan District Council</p>
  </footer>
</body>
</html>
"""
    (DOCS / D3).write_text(page, encoding="utf-8")
    SOURCES[D3] = html_text(page)


def html_text(page):
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", page)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


GOLD3 = {
    "document": D3,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Board",
    "meeting_date": "2025-02-19",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS3],
    "questions": [
        Q("4", "question", "charges made to people attending day centres, which he said had risen",
          "Mr Derek Holroyd", "charging would be considered as part of Item 6",
          "The Chair", ["finance", "patient-and-public-input", "adult-social-care"]),
        Q("5", "question", "require commissioned providers to pay the Real Living Wage",
          "Councillor Bilal Hussain", "not affordable within the current budget; the Council was instead funding",
          "Ms Greenwood", ["workforce", "finance", "subcontracting", "adult-social-care"]),
        Q("5", "concern", "care workers recruited from overseas being charged fees by agencies",
          "Councillor Karen Sugden", "the Council had signed the regional ethical recruitment pledge",
          "Mr Lindqvist", ["workforce", "adult-social-care"]),
        Q("5", "question", "how the views of care workers themselves had shaped the strategy",
          "Angela Bairstow", "640 care workers had responded to an online survey",
          None, ["workforce", "adult-social-care"]),
        Q("5", "question", "the high turnover among the Council’s own reablement staff",
          "Councillor Martin Royd", "a review of shift patterns in the reablement service was under way",
          "Ms Greenwood", ["workforce", "adult-social-care"]),
        Q("6", "question", "had been assessed as having complex needs that independent providers",
          "Councillor Nadia Akhtar", "47 of the 118 people attending had complex needs",
          "Ms Greenwood", ["subcontracting", "adult-social-care"]),
        Q("6", "concern", "the privatisation of a valued public service by the back door",
          "Councillor Graham Oldroyd", "the option of keeping the centres in-house had been assessed",
          "The Executive Member", ["privatisation", "adult-social-care"]),
        Q("6", "request", "families and carers would be given accessible information and enough time",
          "Angela Bairstow", "the consultation would run for 12 weeks from 3 March",
          None, ["patient-and-public-input", "adult-social-care"]),
        Q("6", "question", "whether the Council would keep the buildings in public ownership",
          "Councillor Joanne Ackroyd", "No decision had yet been made about the future of the buildings",
          None, ["privatisation", "adult-social-care"]),
        Q("7", "question", "why rural parts of the district fared worse than the urban centre",
          "Councillor Graham Oldroyd", "the Trust was trialling a rural response car",
          "Mr Ingham", []),
        Q("7", "question", "what the Council could do to help release ambulances more quickly",
          "Councillor Karen Sugden", "the Council had funded a discharge to assess team at the Infirmary",
          "Ms Greenwood", ["integration", "adult-social-care"]),
        Q("7", "request", "outcomes for patients who had waited more than an hour in an ambulance",
          "Councillor Bilal Hussain", "agreed to provide this, subject to removal of any information",
          "Mr Ingham", []),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 22 January 2025 be approved", "agreed", []),
        R("5", "the Adult Social Care Workforce Strategy 2025 to 2028 be noted", "noted",
          ["workforce", "adult-social-care"]),
        R("6", "no final decision on the future of Beck Lane and Hollins Mill day centres",
          "recommended", ["patient-and-public-input", "adult-social-care"]),
        R("7", "the update from West Pennine Ambulance Service be noted", "noted", []),
        R("8", "the work programme for 2024/25 be agreed, with the addition", "agreed", []),
    ],
    "attendees": [
        A("Councillor Joanne Ackroyd", "Chair", "present"),
        A("Councillor Bilal Hussain", None, "present"),
        A("Councillor Karen Sugden", None, "present"),
        A("Councillor Martin Royd", None, "present"),
        A("Councillor Nadia Akhtar", None, "present"),
        A("Councillor Graham Oldroyd", None, "present"),
        A("Councillor Sue Whiteley", None, "present"),
        A("Angela Bairstow", "Healthwatch Calderthorpe", "present"),
        A("Councillor Peter Lumb", None, "apologies"),
        A("Councillor Rachel Fielding", None, "apologies"),
        A("Councillor Imran Shah", "Executive Member for Adult Social Care and Health", "in_attendance"),
        A("Dawn Greenwood", "Service Director, Adult Social Care Operations", "in_attendance"),
        A("Marcus Lindqvist", "Head of Workforce Development and Organisational Change", "in_attendance"),
        A("Dr Alison Firth", "Director of Public Health", "in_attendance"),
        A("Steve Ingham", "Deputy Director of Operations, West Pennine Ambulance Service NHS Trust", "in_attendance"),
        A("Ruth Mallinson", "Principal Governance and Scrutiny Officer", "in_attendance"),
    ],
}


# ---------------------------------------------------------------------------
# 4. Shire district: Overview and Scrutiny Committee action tracker, PDF
#    Not minutes.  A landscape table of actions carried forward from earlier
#    meetings, full of minutes-like wording ("asked", "RESOLVED", "Question",
#    "Recommendation", "Response").
# ---------------------------------------------------------------------------
D4 = "m-hexworth-osc-action-tracker-2025-02.pdf"


def build_doc4(total_pages=0):
    pdf = PDFDoc(orientation="L", header_left="Hexworth District Council",
                 header_right="Overview and Scrutiny Committee – Action Tracker",
                 footer_left="Updated 3 February 2025", footer_mid="",
                 footer_right="Page {n} of {total}", base=10)
    pdf.total_pages = total_pages
    pdf.set_title("Overview and Scrutiny Committee Action Tracker - February 2025")
    pdf.set_author("Democratic Services")
    pdf.ensure(10)
    pdf.centre("OVERVIEW AND SCRUTINY COMMITTEE", size=13)
    pdf.centre("ACTION TRACKER – for the meeting on 13 February 2025", size=11, after=4)
    pdf.para("This tracker lists actions and requests for information arising from previous "
             "meetings of the Overview and Scrutiny Committee, with the latest response from the "
             "responsible officer. It is not a record of proceedings: the approved minutes of each "
             "meeting remain the formal record of what was said and decided. Completed actions are "
             "removed after they have been reported to one meeting.", size=9.5)
    pdf.para("Status key: C = complete; O = open, on track; D = delayed or overdue.", size=9.5,
             style="I")
    rows = [
        ["AT-24-31", "19/09/24\nMin 38", "Cllr Brereton asked for the number of households in "
         "temporary accommodation placed outside the district.", "Housing Options Manager",
         "Figures circulated to Members by email on 14/10/24: 23 households were placed outside "
         "the district at 30 September 2024.", "C"],
        ["AT-24-34", "19/09/24\nMin 40", "RESOLVED that the Committee requests a briefing note on "
         "the underspend on the disabled facilities grant in 2023/24.", "Head of Private Sector "
         "Housing", "Briefing note in preparation with the county council Home Improvement Agency; "
         "now expected by end of February 2025.", "D"],
        ["AT-24-39", "21/11/24\nMin 52", "Question raised about the break clause in the leisure "
         "operator contract. Members requested that the legal advice be shared.", "Monitoring "
         "Officer", "Legal advice is exempt (paragraph 5). A summary was given in the Part 2 "
         "session on 21/11/24 and no further action is proposed.", "C"],
        ["AT-24-41", "21/11/24\nMin 53", "Recommendation 3 of the Community Safety Task Group: "
         "officers to report back on the CCTV maintenance contract before renewal.",
         "Community Safety Manager", "Contract expires 31/08/25. Options report to come to the "
         "June 2025 meeting.", "O"],
        ["AT-24-44", "21/11/24\nMin 55", "Cllr Ndlovu queried response times for damp and mould "
         "reports in council-owned homes and asked for the last six months' figures.",
         "Assistant Director – Housing Management", "Response: average time to inspect was 9 "
         "working days (target 10). Full table attached as Appendix 1.", "C"],
        ["AT-25-02", "16/01/25\nMin 67", "Members asked that the Cabinet Member for Housing and "
         "Communities attend the April meeting to answer questions on the Housing Revenue Account "
         "business plan.", "Democratic Services Officer", "Invitation sent 20/01/25 and accepted.",
         "O"],
        ["AT-25-03", "16/01/25\nMin 68", "Agreed to add a scrutiny review of the council's "
         "contract with its grounds maintenance provider to the work programme; scoping document "
         "to be drafted.", "Scrutiny and Policy Officer", "Draft scope to be considered under item "
         "8 of this agenda.", "O"],
        ["AT-25-05", "16/01/25\nMin 69", "Cllr Fairhurst asked whether the council would respond "
         "to the county council's consultation on the local health and wellbeing strategy.",
         "Head of Communities and Wellbeing", "Response submitted 31/01/25; copy circulated to "
         "Members on 3/02/25.", "C"],
    ]
    pdf.table(["Ref", "Meeting / minute", "Action or request", "Lead officer", "Update / response",
               "Status"], rows, widths=(19, 23, 78, 36, 79, 18), size=9)
    pdf.para("Contact: Democratic Services, Hexworth District Council, Council Offices, Hexworth. "
             "Tel: 01632 960712.", size=8.5, justify=False)
    if not total_pages:  # first pass only counts the pages
        return build_doc4(pdf.page)
    pdf.output(str(DOCS / D4))
    SOURCES[D4] = "\n".join(pdf.src)


GOLD4 = {"document": D4, "doc_type": "other"}

GOLDS = [GOLD1, GOLD2, GOLD3, GOLD4]


# ---------------------------------------------------------------------------
def check(extract=True):
    ok = True
    for g in GOLDS:
        name = g["document"]
        src = SOURCES.get(name)
        path = DOCS / name
        if src is None:  # --check without rebuilding: read the files
            if name.endswith(".docx"):
                src = docx_text(path)
            elif name.endswith(".html"):
                src = html_text(path.read_text(encoding="utf-8"))
            else:
                src = pdf_extract(path)
        texts = [norm(src)]
        if extract and name.endswith(".pdf"):
            texts.append(norm(pdf_extract(path)))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for a in g.get("attendees", []):
            phrases.append(("attendee", a["name"]))
        for kind, p in phrases:
            n = len(p.split())
            if kind != "attendee" and not 6 <= n <= 15:
                print(f"WARN {name}: {kind} phrase has {n} words: {p!r}")
            for t in texts:
                c = t.count(norm(p))
                if c != 1 and not (kind == "attendee" and c >= 1):
                    print(f"FAIL {name}: {kind} phrase found {c} times: {p!r}")
                    ok = False
        for q in g.get("questions", []):
            assert q["kind"] in ("question", "concern", "request", "comment"), q
        for r in g.get("resolutions", []):
            assert r["outcome"] in ("noted", "agreed", "recommended", "deferred", "rejected", "other")
        print(f"{name}: items={len(g.get('items', []))} questions={len(g.get('questions', []))} "
              f"resolutions={len(g.get('resolutions', []))} attendees={len(g.get('attendees', []))}")
    # decoys must really be in the non-minutes document
    t4 = norm(SOURCES.get(D4) or pdf_extract(DOCS / D4))
    for w in ("asked", "resolved", "question", "recommendation", "queried", "response"):
        assert norm(w) in t4, w
    themes = set(re.findall(r"^([a-z-]+):\s*$",
                            (HERE.parent.parent / "minutes" / "themes.yml").read_text(), re.M)) - {"ignore_names"}
    for g in GOLDS:
        for row in g.get("questions", []) + g.get("resolutions", []):
            bad = set(row["themes"]) - themes
            if bad:
                print(f"FAIL {g['document']}: unknown themes {bad}")
                ok = False
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" not in sys.argv:
        DOCS.mkdir(exist_ok=True)
        GOLD.mkdir(exist_ok=True)
        build_doc1()
        build_doc2()
        build_doc3()
        build_doc4()
        for g in GOLDS:
            out = GOLD / (Path(g["document"]).stem + ".json")
            out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
