#!/usr/bin/env python
"""Build the "n-" documents of the other-councils evaluation set and their gold annotations.

Usage:
    python tests/other-councils/build_n.py           # build documents/ and gold/
    python tests/other-councils/build_n.py --check   # verify every gold phrase occurs once

All councils, people, places and figures are invented.  Output is deterministic:
fixed creation dates, fixed zip timestamps, no randomness.
"""
import datetime as dt
import html as htmlmod
import io
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 3, 1, 9, 30, 0, tzinfo=dt.timezone.utc)

GOLDS = {}  # document name -> gold dict

# ---------------------------------------------------------------------------
# PDF engine: justified text with hyphenation, headers/footers, boxes
# ---------------------------------------------------------------------------
from fpdf import FPDF  # noqa: E402

VOWELS = set("aeiouyAEIOUY")


class NPDF(FPDF):
    def __init__(self, header_fn=None, footer_fn=None):
        super().__init__(unit="mm", format="A4")
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DV", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")
        self.set_creation_date(FIXED)
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 24)
        self.base_size = 10

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)


def _split_points(word):
    """Candidate hyphenation points (index k: word[:k] + '-' / word[k:])."""
    core = word.rstrip(".,;:)'\"")
    if not core.isalpha() or len(core) < 7:
        return []
    pts = []
    for k in range(3, len(core) - 2):
        a, b = core[k - 1], core[k]
        c = core[k + 1] if k + 1 < len(core) else ""
        if a in VOWELS and b not in VOWELS and c in VOWELS and core[k - 2] not in VOWELS:
            pts.append(k)          # ser-vice, pro-vider (not wai-ting)
        elif a not in VOWELS and b not in VOWELS and core[k - 2] in VOWELS and c in VOWELS:
            pts.append(k)          # com-mission, par-ty
    for suf in ("ing", "tion", "tions", "ment", "ments", "ness", "ance", "ence", "ity"):
        k = len(core) - len(suf)
        if core.endswith(suf) and k >= 3:
            pts = [q for q in pts if not k - 2 <= q <= k + 2 or q == k] + [k]
    return sorted(set(pts), reverse=True)


def layout(pdf, tokens, avail, hyphenate=True):
    """tokens: list of (word, style). Returns list of lines (list of (word, style))."""
    lines, cur, curw = [], [], 0.0
    sp = lambda st: (pdf.set_font("DV", st, pdf.font_size_pt), pdf.get_string_width(" "))[1]
    wd = lambda w, st: (pdf.set_font("DV", st, pdf.font_size_pt), pdf.get_string_width(w))[1]
    queue = list(tokens)
    while queue:
        w, st = queue.pop(0)
        need = wd(w, st) + (sp(st) if cur else 0)
        if curw + need <= avail or not cur:
            cur.append((w, st))
            curw += need
            continue
        placed = False
        if hyphenate:
            for k in _split_points(w):
                head = w[:k] + "-"
                if curw + sp(st) + wd(head, st) <= avail:
                    cur.append((head, st))
                    queue.insert(0, (w[k:], st))
                    placed = True
                    break
        lines.append(cur)
        cur, curw = [], 0.0
        if not placed:
            queue.insert(0, (w, st))
    if cur:
        lines.append(cur)
    return lines


def render_lines(pdf, lines, x, avail, lh, justify=True):
    for i, line in enumerate(lines):
        if pdf.get_y() + lh > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        widths = []
        for w, st in line:
            pdf.set_font("DV", st, pdf.font_size_pt)
            widths.append(pdf.get_string_width(w))
        pdf.set_font("DV", "", pdf.font_size_pt)
        space = pdf.get_string_width(" ")
        last = i == len(lines) - 1
        gap = space
        if justify and not last and len(line) > 1:
            gap = (avail - sum(widths)) / (len(line) - 1)
        cx = x
        for (w, st), ww in zip(line, widths):
            pdf.set_font("DV", st, pdf.font_size_pt)
            pdf.text(cx, y + lh * 0.78, w + " ")
            cx += ww + gap
        pdf.set_font("DV", "", pdf.font_size_pt)
        pdf.set_y(y + lh)


def tokens_of(text, style="", bold_prefix=None):
    toks = []
    if bold_prefix:
        toks += [(w, "B") for w in bold_prefix.split()]
    toks += [(w, style) for w in text.split()]
    return toks


def para(pdf, text, indent=0, style="", bold_prefix=None, size=None, after=2.2, justify=True):
    size = size or pdf.base_size
    pdf.set_font("DV", style, size)
    x = pdf.l_margin + indent
    avail = pdf.w - pdf.r_margin - x
    lines = layout(pdf, tokens_of(text, style, bold_prefix), avail)
    render_lines(pdf, lines, x, avail, size * 0.47, justify=justify)
    pdf.set_y(pdf.get_y() + after)


def boxed(pdf, paragraphs, indent=0, size=None, after=4):
    """paragraphs: list of (text, bold_prefix, sub_indent). Drawn inside a border."""
    size = size or pdf.base_size
    lh = size * 0.47
    pad = 3
    x0 = pdf.l_margin + indent
    boxw = pdf.w - pdf.r_margin - x0
    laid = []
    for text, bp, sub in paragraphs:
        pdf.set_font("DV", "", size)
        avail = boxw - 2 * pad - sub
        laid.append((layout(pdf, tokens_of(text, "", bp), avail), sub, avail))
    height = sum(len(l) * lh + 1.5 for l, _, _ in laid) + 2 * pad - 1.5
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y()
    pdf.set_line_width(0.4)
    pdf.rect(x0, top, boxw, height)
    pdf.set_y(top + pad)
    for lines, sub, avail in laid:
        render_lines(pdf, lines, x0 + pad + sub, avail, lh)
        pdf.set_y(pdf.get_y() + 1.5)
    pdf.set_y(top + height + after)


def heading(pdf, number, title, size=None):
    size = size or pdf.base_size
    if pdf.get_y() + 20 > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.set_font("DV", "B", size)
    y = pdf.get_y()
    pdf.text(pdf.l_margin, y + size * 0.37, number)
    pdf.set_xy(pdf.l_margin + 12, y)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 12, size * 0.47, title,
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(pdf.get_y() + 2)


def two_col(pdf, rows, col2_x, size=None, after=3):
    size = size or pdf.base_size
    lh = size * 0.47
    for left, right in rows:
        pdf.set_font("DV", "", size)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(col2_x - pdf.l_margin - 2, lh, left, new_x="LMARGIN", new_y="NEXT", align="L")
        y1 = pdf.get_y()
        pdf.set_xy(col2_x, y)
        pdf.multi_cell(pdf.w - pdf.r_margin - col2_x, lh, right, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_y(max(y1, pdf.get_y()) + 0.8)
    pdf.set_y(pdf.get_y() + after)


# ---------------------------------------------------------------------------
# Document 1: Greater Manchester-style borough Health Scrutiny Committee (PDF)
# ---------------------------------------------------------------------------
D1 = "n-ashworth-health-scrutiny-14-nov-2024.pdf"


def build_d1():
    def hdr(pdf):
        if pdf.page_no() == 1:
            return
        pdf.set_font("DV", "", 8)
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(0, 4, "Ashworth Metropolitan Borough Council", align="L")
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(0, 4, "Health Scrutiny Committee – 14 November 2024", align="R")
        pdf.line(pdf.l_margin, 15, pdf.w - pdf.r_margin, 15)
        pdf.set_y(24)

    def ftr(pdf):
        pdf.set_font("DV", "", 8)
        pdf.set_y(-15)
        pdf.cell(0, 4, f"Page {pdf.page_no()}", align="C")
        pdf.set_y(-15)
        pdf.cell(0, 4, "Chair's initials ..........", align="R")

    pdf = NPDF(hdr, ftr)
    pdf.set_title("Minutes - Health Scrutiny Committee - 14 November 2024")
    pdf.set_author("Democratic Services")
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "ASHWORTH METROPOLITAN BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "HEALTH SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5, "MINUTES OF THE MEETING HELD ON THURSDAY, 14 NOVEMBER 2024 AT 6.00 PM "
                   "IN COMMITTEE ROOM 2, ASHWORTH TOWN HALL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 5, "PRESENT:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    two_col(pdf, [
        ("Councillor Sadia Iqbal (Chair)", "Labour"),
        ("Councillor Terry Nuttall (Vice-Chair)", "Labour"),
        ("Councillor Derek Ashcroft", "Independent"),
        ("Councillor Joanne Fairclough", "Liberal Democrat"),
        ("Councillor Kevin Halliwell", "Labour"),
        ("Councillor Imran Latif", "Labour"),
        ("Councillor Barbara Openshaw", "Conservative"),
        ("Councillor Maureen Tattersall (Substitute)", "Conservative"),
    ], col2_x=120)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 5, "ALSO IN ATTENDANCE:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    two_col(pdf, [
        ("Councillor Paula Greenhalgh", "Executive Member for Adult Social Care and Health"),
        ("Dr Nadia Okafor", "Director of Public Health"),
        ("Mark Entwistle", "Director of Adult Social Services"),
        ("Helen Brocklehurst", "Chief Operating Officer, Ashworth and Moorfield Hospitals NHS Foundation Trust"),
        ("Gareth Pilling", "Locality Director (Ashworth), Pennine Valleys Integrated Care Board"),
        ("Andrea Stott", "Head of Service Delivery (Ashworth and Moorfield), North Pennine Ambulance Service NHS Trust"),
        ("Lisa Crompton", "Senior Democratic Services Officer"),
    ], col2_x=82)
    pdf.set_font("DV", "B", 10)
    pdf.cell(28, 5, "APOLOGIES:")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5, "Councillors Graham Hill and Shazia Begum", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    ind = 12
    heading(pdf, "37.", "APOLOGIES FOR ABSENCE")
    para(pdf, "Apologies for absence were submitted on behalf of Councillors Graham Hill and Shazia "
              "Begum. Councillor Maureen Tattersall attended as a substitute for Councillor Hill.", ind)

    heading(pdf, "38.", "DECLARATIONS OF INTEREST")
    para(pdf, "Councillor Latif declared a personal interest in Minute 40 as a close family member is "
              "employed in the emergency department of Ashworth and Moorfield Hospitals NHS Foundation "
              "Trust. He remained in the meeting and took part in the discussion.", ind)
    para(pdf, "Councillor Fairclough declared a personal interest in Minute 42 as a volunteer with a "
              "local peer support group for people giving up tobacco. There were no other declarations.", ind)

    heading(pdf, "39.", "MINUTES OF THE PREVIOUS MEETING")
    para(pdf, "The minutes of the meeting held on 19 September 2024 were submitted.", ind)
    boxed(pdf, [("That the minutes of the meeting of the Health Scrutiny Committee held on 19 September "
                 "2024 be approved as a correct record and signed by the Chair.", "RESOLVED:", 0)], ind)

    heading(pdf, "40.", "URGENT AND EMERGENCY CARE – WINTER RESILIENCE 2024/25")
    para(pdf, "The Committee received a joint presentation from Ashworth and Moorfield Hospitals NHS "
              "Foundation Trust, Pennine Valleys Integrated Care Board and North Pennine Ambulance Service "
              "NHS Trust on the plans of the local health and care system for urgent and emergency care over "
              "the winter period.", ind)
    para(pdf, "Helen Brocklehurst reported that attendances at the emergency department at Ashworth Royal "
              "Infirmary had risen by 9% compared with the previous year, that four-hour performance in "
              "October had been 68.4% against a national target of 78%, and that on average 61 beds each "
              "day were occupied by patients who were medically fit for discharge. Gareth Pilling outlined "
              "the ICB's winter allocation of £3.2m for the locality, which would fund an additional 24 "
              "virtual ward beds and extend the urgent community response service to seven days a week. "
              "Andrea Stott described the ambulance trust's performance against the Category 2 response "
              "standard, which had averaged 38 minutes across the sector in October.", ind)
    para(pdf, "Members then put the following questions to the health partners:", ind)
    qa = [
        ("Q1.", "Councillor Openshaw asked how long ambulance crews had typically waited to hand over "
                "patients at Ashworth Royal Infirmary during October, and how many handovers had taken "
                "longer than an hour.",
         "Andrea Stott stated that the average handover time in October had been 47 minutes against a "
         "standard of 15 minutes, and that 214 handovers had exceeded sixty minutes. Every hour lost at the "
         "hospital door was an hour in which a crew could not respond to a patient in the community. A "
         "\u201crelease to respond\u201d protocol had been agreed with the Trust from 1 November, under which "
         "crews would be released within 45 minutes of arrival."),
        ("Q2.", "Councillor Halliwell asked what the Trust was doing to reduce the number of patients "
                "waiting more than twelve hours in the emergency department, some of whom were being cared "
                "for on trolleys in corridors.",
         "Helen Brocklehurst acknowledged that corridor care was unacceptable and explained that a new same "
         "day emergency care unit would open in December, diverting an estimated 40 patients a day away "
         "from the main department. The Trust was also reviewing its escalation policy so that admitted "
         "patients could be boarded on wards rather than held in the emergency department."),
        ("Q3.", "Councillor Tattersall asked whether adult social care capacity would be sufficient to "
                "support the expected increase in hospital discharges over the winter.",
         "Mark Entwistle responded that the Council had commissioned an additional 1,400 hours of home care "
         "each week through its framework providers and had block-booked 18 discharge to assess beds in two "
         "independent sector care homes. He cautioned that the recruitment of care workers remained the "
         "principal risk, with a vacancy rate of 11% across the local care sector."),
        ("Q4.", "Councillor Latif asked how the virtual ward beds would be staffed, and whether existing "
                "community nursing teams would be expected to absorb the additional workload.",
         "Gareth Pilling explained that the virtual wards would be staffed by a dedicated team of 14 nurses "
         "and advanced clinical practitioners recruited on fixed-term contracts, funded from the winter "
         "allocation, and that community nursing teams would not be asked to take on the extra caseload."),
        ("Q5.", "Councillor Fairclough asked what assurance could be given that the overnight closure of the "
                "Moorfield urgent treatment centre, introduced temporarily in August, would not become "
                "permanent without public consultation.",
         "Gareth Pilling replied that the temporary closure had been made on safety grounds because of "
         "staffing shortages and would be reviewed in January 2025. Any proposal to make the change "
         "permanent would be brought to the Committee and would be subject to engagement with local "
         "residents."),
        ("Q6.", "The Chair asked how residents were being encouraged to use NHS 111 and community pharmacies "
                "rather than attending the emergency department with minor ailments.",
         "Dr Okafor said that a joint \u201cChoose Well\u201d winter campaign would run across social media, "
         "GP surgeries and pharmacies from 25 November, with materials translated into Urdu, Bengali and "
         "Polish."),
    ]
    for num, q, a in qa:
        para(pdf, q, ind, bold_prefix=num, after=1.2)
        para(pdf, a, ind + 9)
    para(pdf, "Councillor Ashcroft expressed concern that residents in the north of the borough continued to "
              "wait up to three weeks for a routine GP appointment, which in his view was driving avoidable "
              "attendances at the emergency department.", ind)
    para(pdf, "The Chair thanked the health partners for their attendance and for the candour of their "
              "answers.", ind)
    boxed(pdf, [
        ("", "RESOLVED:", 0),
        ("That the joint presentation on urgent and emergency care winter resilience be noted.", "(1)", 0),
        ("That North Pennine Ambulance Service NHS Trust be requested to provide monthly handover data for "
         "Ashworth Royal Infirmary to members of the Committee until March 2025.", "(2)", 0),
        ("That a further report on the outcome of the review of the Moorfield urgent treatment centre be "
         "submitted to the meeting of the Committee in March 2025.", "(3)", 0),
    ], ind)

    heading(pdf, "41.", "COMMUNITY DIAGNOSTIC CENTRE – INDEPENDENT SECTOR CONTRACT")
    para(pdf, "Gareth Pilling presented a report setting out the decision of Pennine Valleys Integrated Care "
              "Board to award a five-year contract, valued at approximately £38m, to Claremont Diagnostics "
              "Ltd for the operation of the Ashworth Community Diagnostic Centre at the former Kingsway "
              "retail park. The centre would provide MRI, CT, ultrasound and endoscopy and was expected to "
              "carry out 92,000 tests a year once fully operational.", ind)
    qa = [
        ("Q1.", "Councillor Nuttall asked why the Foundation Trust had not been chosen to run the centre, "
                "given that the Trust already employed experienced radiographers and endoscopists.",
         "Gareth Pilling explained that the Trust had been invited to take part in the procurement but had "
         "decided not to submit a bid because of the capital investment required. The evaluation had been "
         "carried out under the Provider Selection Regime and the contract had been awarded on quality as "
         "well as price."),
        ("Q2.", "Councillor Openshaw asked what penalties would apply if the provider failed to meet its "
                "activity targets, and whether the contract contained a break clause.",
         "It was confirmed that the contract included a performance framework with financial deductions for "
         "missed targets and a break clause after three years. Performance would be reported quarterly to "
         "the Finance and Performance Committee of the ICB."),
        ("Q3.", "Councillor Halliwell raised concerns that the provider would recruit staff away from the "
                "Foundation Trust, worsening existing radiology vacancies.",
         "Helen Brocklehurst said that the Trust shared this concern. A workforce agreement had been "
         "negotiated which prevented the provider from actively approaching Trust staff for the first two "
         "years of the contract, although it could not prevent individuals from applying."),
        ("Q4.", "Councillor Fairclough asked whether patients would still be able to choose to have their "
                "tests at Ashworth Royal Infirmary instead of the new centre.",
         "Helen Brocklehurst confirmed that patient choice would be maintained, but that waiting times were "
         "likely to be considerably shorter at the centre."),
    ]
    for num, q, a in qa:
        para(pdf, q, ind, bold_prefix=num, after=1.2)
        para(pdf, a, ind + 9)
    boxed(pdf, [
        ("", "RESOLVED:", 0),
        ("That the Committee expresses its concern at the award of the Community Diagnostic Centre "
         "contract to an independent sector provider without prior reference to this Committee.", "(1)", 0),
        ("That Pennine Valleys Integrated Care Board be recommended to publish quarterly performance data "
         "for the Community Diagnostic Centre and to report to the Committee after its first year of "
         "operation.", "(2)", 0),
    ], ind)

    heading(pdf, "42.", "PUBLIC HEALTH GRANT 2025/26 AND STOP SMOKING SERVICES")
    para(pdf, "Dr Okafor introduced a report on the anticipated public health grant allocation for 2025/26 "
              "and proposals to expand stop smoking services using the new Local Stop Smoking Services and "
              "Support Grant of £486,000. Smoking prevalence in Ashworth stood at 15.8%, compared with 11.9% "
              "nationally, and was highest among routine and manual workers.", ind)
    qa = [
        ("Q1.", "Councillor Tattersall asked whether the additional grant was guaranteed beyond 2025/26 and "
                "what would happen to the expanded service if the funding ceased.",
         "Dr Okafor explained that the grant had been announced for five years but was subject to annual "
         "confirmation by the Department of Health and Social Care. The expanded service had been designed "
         "so that it could be scaled back without redundancies, as new posts would be offered on fixed-term "
         "contracts."),
        ("Q2.", "Councillor Fairclough asked how the service would reach pregnant women who smoked, given that "
                "smoking at the time of delivery remained above 10% in the borough.",
         "Dr Okafor replied that a specialist midwife-led service would be commissioned from the Foundation "
         "Trust, with shopping vouchers offered to pregnant women who remained smoke-free, in line with "
         "national evidence."),
        ("Q3.", "Councillor Ashcroft asked about the growth in vaping among school-age children and whether "
                "trading standards had enough resources to enforce the ban on underage sales.",
         "Councillor Greenhalgh stated that trading standards officers had carried out 46 test purchases in "
         "the past year, resulting in 11 seizures, and that she would ask the Cabinet colleague responsible "
         "for trading standards to provide members with a written briefing."),
    ]
    for num, q, a in qa:
        para(pdf, q, ind, bold_prefix=num, after=1.2)
        para(pdf, a, ind + 9)
    boxed(pdf, [("That the report on the public health grant and stop smoking services be noted.",
                 "RESOLVED:", 0)], ind)

    heading(pdf, "43.", "WORK PROGRAMME 2024/25")
    para(pdf, "The Committee considered its work programme for the remainder of the municipal year.", ind)
    boxed(pdf, [("That the work programme be agreed, subject to the addition of an item on access to NHS "
                 "dental services at the January 2025 meeting.", "RESOLVED:", 0)], ind)

    heading(pdf, "44.", "DATE AND TIME OF NEXT MEETING")
    para(pdf, "The next meeting of the Committee will be held on Thursday 16 January 2025 at 6.00 pm in "
              "Committee Room 2, Ashworth Town Hall.", ind)
    pdf.ln(4)
    para(pdf, "The meeting closed at 8.12 pm.", 0, justify=False)
    pdf.ln(10)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5, "CHAIR", align="R")
    pdf.output(str(DOCS / D1))


GOLDS[D1] = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2024-11-14",
    "items": [
        {"number": "37", "title": "Apologies for Absence"},
        {"number": "38", "title": "Declarations of Interest"},
        {"number": "39", "title": "Minutes of the Previous Meeting"},
        {"number": "40", "title": "Urgent and Emergency Care – Winter Resilience 2024/25"},
        {"number": "41", "title": "Community Diagnostic Centre – Independent Sector Contract"},
        {"number": "42", "title": "Public Health Grant 2025/26 and Stop Smoking Services"},
        {"number": "43", "title": "Work Programme 2024/25"},
        {"number": "44", "title": "Date and Time of Next Meeting"},
    ],
    "questions": [
        {"item": "40", "kind": "question",
         "text": "asked how long ambulance crews had typically waited to hand over patients",
         "asked_by": "Councillor Openshaw",
         "answer": "the average handover time in October had been 47 minutes",
         "given_by": "Andrea Stott", "themes": []},
        {"item": "40", "kind": "question",
         "text": "reduce the number of patients waiting more than twelve hours in the emergency department",
         "asked_by": "Councillor Halliwell",
         "answer": "acknowledged that corridor care was unacceptable and explained that a new same day",
         "given_by": "Helen Brocklehurst", "themes": []},
        {"item": "40", "kind": "question",
         "text": "asked whether adult social care capacity would be sufficient to support the expected increase",
         "asked_by": "Councillor Tattersall",
         "answer": "block-booked 18 discharge to assess beds in two independent sector care homes",
         "given_by": "Mark Entwistle",
         "themes": ["adult-social-care", "integration", "workforce", "subcontracting"]},
        {"item": "40", "kind": "question",
         "text": "asked how the virtual ward beds would be staffed, and whether existing community nursing",
         "asked_by": "Councillor Latif",
         "answer": "staffed by a dedicated team of 14 nurses and advanced clinical practitioners",
         "given_by": "Gareth Pilling", "themes": ["workforce", "finance"]},
        {"item": "40", "kind": "question",
         "text": "overnight closure of the Moorfield urgent treatment centre, introduced temporarily in August",
         "asked_by": "Councillor Fairclough",
         "answer": "the temporary closure had been made on safety grounds because of staffing shortages",
         "given_by": "Gareth Pilling", "themes": ["patient-and-public-input", "workforce"]},
        {"item": "40", "kind": "question",
         "text": "how residents were being encouraged to use NHS 111 and community pharmacies",
         "asked_by": "The Chair",
         "answer": "winter campaign would run across social media, GP surgeries and pharmacies from 25 November",
         "given_by": "Dr Okafor", "themes": ["primary-care", "public-health"]},
        {"item": "40", "kind": "concern",
         "text": "continued to wait up to three weeks for a routine GP appointment",
         "asked_by": "Councillor Ashcroft", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "41", "kind": "question",
         "text": "asked why the Foundation Trust had not been chosen to run the centre",
         "asked_by": "Councillor Nuttall",
         "answer": "invited to take part in the procurement but had decided not to submit a bid",
         "given_by": "Gareth Pilling", "themes": ["subcontracting", "privatisation"]},
        {"item": "41", "kind": "question",
         "text": "asked what penalties would apply if the provider failed to meet its activity targets",
         "asked_by": "Councillor Openshaw",
         "answer": "the contract included a performance framework with financial deductions for missed targets",
         "given_by": None, "themes": ["subcontracting", "governance"]},
        {"item": "41", "kind": "concern",
         "text": "raised concerns that the provider would recruit staff away from the Foundation Trust",
         "asked_by": "Councillor Halliwell",
         "answer": "prevented the provider from actively approaching Trust staff for the first two years",
         "given_by": "Helen Brocklehurst", "themes": ["workforce", "privatisation"]},
        {"item": "41", "kind": "question",
         "text": "asked whether patients would still be able to choose to have their tests",
         "asked_by": "Councillor Fairclough",
         "answer": "confirmed that patient choice would be maintained, but that waiting times were likely",
         "given_by": "Helen Brocklehurst", "themes": []},
        {"item": "42", "kind": "question",
         "text": "asked whether the additional grant was guaranteed beyond 2025/26",
         "asked_by": "Councillor Tattersall",
         "answer": "the grant had been announced for five years but was subject to annual confirmation",
         "given_by": "Dr Okafor", "themes": ["finance", "public-health", "workforce"]},
        {"item": "42", "kind": "question",
         "text": "asked how the service would reach pregnant women who smoked",
         "asked_by": "Councillor Fairclough",
         "answer": "a specialist midwife-led service would be commissioned from the Foundation Trust",
         "given_by": "Dr Okafor", "themes": ["public-health", "subcontracting"]},
        {"item": "42", "kind": "question",
         "text": "asked about the growth in vaping among school-age children and whether trading standards",
         "asked_by": "Councillor Ashcroft",
         "answer": "trading standards officers had carried out 46 test purchases in the past year",
         "given_by": "Councillor Greenhalgh", "themes": ["public-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "39", "text": "held on 19 September 2024 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "40",
         "text": "be requested to provide monthly handover data for Ashworth Royal Infirmary",
         "outcome": "agreed", "themes": []},
        {"item": "41",
         "text": "expresses its concern at the award of the Community Diagnostic Centre contract",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation", "governance"]},
        {"item": "42",
         "text": "the report on the public health grant and stop smoking services be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "43",
         "text": "subject to the addition of an item on access to NHS dental services",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Sadia Iqbal", "role": "Chair", "attendance": "present"},
        {"name": "Terry Nuttall", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Derek Ashcroft", "role": None, "attendance": "present"},
        {"name": "Joanne Fairclough", "role": None, "attendance": "present"},
        {"name": "Kevin Halliwell", "role": None, "attendance": "present"},
        {"name": "Imran Latif", "role": None, "attendance": "present"},
        {"name": "Barbara Openshaw", "role": None, "attendance": "present"},
        {"name": "Maureen Tattersall", "role": "Substitute", "attendance": "present"},
        {"name": "Paula Greenhalgh", "role": "Executive Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr Nadia Okafor", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mark Entwistle", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Helen Brocklehurst",
         "role": "Chief Operating Officer, Ashworth and Moorfield Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Gareth Pilling",
         "role": "Locality Director (Ashworth), Pennine Valleys Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Andrea Stott",
         "role": "Head of Service Delivery (Ashworth and Moorfield), North Pennine Ambulance Service NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Lisa Crompton", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Graham Hill", "role": None, "attendance": "apologies"},
        {"name": "Shazia Begum", "role": None, "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------------------
# Document 2: South West unitary Health and Wellbeing OSC, Word minutes
# ---------------------------------------------------------------------------
D2 = "n-wessex-vale-health-wellbeing-osc-04-02-2025.docx"


def _fix_zip(path):
    """Rewrite a zip with fixed timestamps so the build is byte-for-byte deterministic."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def build_d2():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Minutes - Health and Wellbeing Overview and Scrutiny Committee"
    cp.created = dt.datetime(2025, 2, 10, 9, 0, 0)
    cp.modified = dt.datetime(2025, 2, 10, 9, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    hp = sec.header.paragraphs[0]
    hp.text = "Wessex Vale Council\tHealth and Wellbeing Overview and Scrutiny Committee\t4 February 2025"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Chairman: ............................\t\tPage ")
    _add_field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    _add_field(fp.add_run(), "NUMPAGES")

    def p(text="", bold=False, align=None, space_after=6, indent=None, italic=False):
        para_ = doc.add_paragraph()
        if text:
            r = para_.add_run(text)
            r.bold = bold
            r.italic = italic
        para_.paragraph_format.space_after = Pt(space_after)
        if align == "J":
            para_.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif align == "C":
            para_.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent is not None:
            para_.paragraph_format.left_indent = Cm(indent)
        return para_

    def labelled(label, text):
        para_ = doc.add_paragraph()
        r = para_.add_run(label)
        r.bold = True
        para_.add_run(text)
        para_.paragraph_format.left_indent = Cm(1.5)
        para_.paragraph_format.space_after = Pt(6)
        para_.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def item(num, title):
        para_ = doc.add_paragraph()
        r = para_.add_run(f"{num}\t{title}")
        r.bold = True
        para_.paragraph_format.space_before = Pt(12)
        para_.paragraph_format.space_after = Pt(6)
        para_.paragraph_format.keep_with_next = True
        para_.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))

    def body(text):
        return p(text, align="J", indent=1.5)

    p("WESSEX VALE COUNCIL", bold=True, align="C", space_after=2)
    p("HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMITTEE", bold=True, align="C", space_after=12)
    p("MINUTES OF THE HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMITTEE MEETING HELD ON 4 FEBRUARY "
      "2025 AT KENNET ROOM - COUNTY HALL, TROWBURY.", bold=True, space_after=12)
    labelled("Present:", "")
    body("Cllr Rosalind Trelawney (Chairman), Cllr Anthony Bassett (Vice-Chairman), Cllr Mary Coombe, "
         "Cllr Jack Dyer, Cllr Philip Fry, Cllr Susan Hocking, Cllr Kerensa Penhallow and Cllr Tom Vowles "
         "(Substitute)")
    labelled("Also Present:", "")
    body("Cllr Graham Manley (Cabinet Member for Adult Social Care, Public Health and Housing) and "
         "Nicola Hext (Chief Executive, Healthwatch Wessex Vale)")
    labelled("Officers:", "")
    body("Caroline Yeo (Corporate Director for People and Director of Adult Social Services), Dominic Rudd "
         "(Head of Commissioning \u2013 Adult Social Care and Health), Fiona Priddy (Strategic Finance "
         "Business Partner \u2013 People) and Sam Lethbridge (Democratic Services Officer)")

    item("48", "Apologies")
    body("Apologies for absence were received from Cllr Lorna Ware and Cllr Harry Channon. Cllr Tom Vowles "
         "attended as a substitute for Cllr Ware.")

    item("49", "Minutes of the Previous Meeting")
    body("The minutes of the meeting held on 3 December 2024 were presented for consideration.")
    labelled("Resolved:", "")
    body("To approve and sign the minutes of the meeting held on 3 December 2024 as a true and correct "
         "record.")

    item("50", "Declarations of Interest")
    body("Cllr Kerensa Penhallow declared a non-registrable interest in minute 53 (Adult Social Care "
         "Charging Policy) as a trustee of Carers Support Wessex Vale. As the interest did not affect her "
         "own financial position, she remained in the meeting and took part in the debate.")

    item("51", "Public Participation")
    body("There were no questions or statements submitted by members of the public.")

    item("52", "Chairman's Announcements")
    body("The Chairman reminded members that an informal briefing on the Better Care Fund would take place "
         "on 25 February 2025 and that the Committee's site visit to the Trowbury reablement unit had been "
         "rearranged for 11 March 2025.")

    item("53", "Adult Social Care Charging Policy: Outcome of Consultation")
    body("Cllr Graham Manley, Cabinet Member for Adult Social Care, Public Health and Housing, presented the "
         "report, which set out the outcome of the twelve-week public consultation on proposed changes to "
         "the Council's charging policy for non-residential care and support. The proposals were to charge "
         "for a second carer where two carers were needed at the same visit, to increase the annual "
         "arrangement fee for self-funders whose care was arranged by the Council from £95 to £240, and to "
         "reduce the standard disability-related expenditure allowance from £20 to £12.50 a week. Together "
         "the changes were expected to bring in additional income of £1.1m a year against a forecast "
         "overspend in adult social care of £6.8m. Caroline Yeo reported that 1,312 responses had been "
         "received, of which 71% disagreed with the proposal to charge for a second carer.")
    body("Members discussed the report at length. Cllr Coombe asked how many people would be affected by "
         "the second carer charge and whether any of them would pay more than the maximum weekly charge, "
         "and the Director replied that around 420 people currently received care from two carers at once, "
         "but that no one would be asked to pay more than they could afford under the financial "
         "assessment, which would continue to protect a minimum income. Cllr Dyer questioned whether the "
         "consultation had been meaningful when the savings had already been built into the budget approved "
         "in February 2024; the Cabinet Member acknowledged that the saving had been assumed in the medium "
         "term financial plan but stressed that Cabinet had not yet made a decision and would consider "
         "every consultation response in full. Concerns were expressed by several members that the "
         "proposals would fall hardest on younger disabled adults living at home, many of whom had no "
         "income other than benefits. In response, Fiona Priddy confirmed that an equality impact "
         "assessment had been completed and that the average increase for those affected would be £7.40 a "
         "week.")
    body("Cllr Penhallow asked what support would be offered to unpaid carers if the person they cared for "
         "chose to cancel a second carer visit to avoid the charge, leaving the family carer to provide "
         "double-handed care alone. Caroline Yeo said this was a real risk and that social workers would "
         "review any case in which a second carer visit was cancelled within four weeks; she added that the "
         "carers' support contract would be varied to include benefits advice. Cllr Fry sought "
         "clarification on the arrangement fee for self-funders and whether it reflected the true cost of "
         "arranging care; officers advised that the current fee recovered less than half of the cost of the "
         "brokerage team and that the new fee would still be below that charged by most neighbouring "
         "councils. Cllr Vowles asked whether people already receiving care would be given notice of any "
         "changes, and was informed that everyone affected would receive a letter and a fresh financial "
         "assessment at least four weeks before any new charge applied.")
    body("Cllr Hocking requested that the reduction in the disability-related expenditure allowance be "
         "phased over two years rather than introduced in a single step. The Cabinet Member undertook to put "
         "this suggestion to Cabinet. Cllr Bassett raised the concern that the consultation documents had "
         "not been available in easy read format until halfway through the consultation period. The "
         "Chairman then summarised the discussion and proposed that the Committee's comments, including the "
         "request for phasing, be reported to Cabinet.")
    body("The recommendation to Cabinet was supported, subject to the Committee's comments being reported to "
         "Cabinet on 18 February 2025.")

    item("54", "Integrated Community Equipment Service \u2013 Contract Extension")
    body("Dominic Rudd presented a report proposing an 18-month extension of the integrated community "
         "equipment service contract with Ableway Community Equipment Ltd, which was jointly commissioned "
         "with NHS Wessex and Kennet Integrated Care Board under a section 75 pooled budget.")
    body("Cllr Fry asked why the contract was being extended rather than retendered, given the poor delivery "
         "times reported to the Committee in 2023. Mr Rudd explained that a new procurement could not be "
         "completed before the contract expired because the ICB was reviewing its own requirements, and "
         "that 94% of items were now delivered within the agreed timescales. Cllr Coombe asked whether the "
         "Council had considered bringing the service in-house, as some other councils had done; officers "
         "replied that an options appraisal including in-house delivery would be presented to the Committee "
         "before any procurement began.")
    body("It was agreed that a report on the performance of the equipment service be brought to the "
         "Committee in September 2025.")

    item("55", "Healthwatch Wessex Vale Annual Report 2023/24")
    body("Nicola Hext, Chief Executive of Healthwatch Wessex Vale, presented the annual report, highlighting "
         "that the organisation had heard from 3,870 residents during the year, most often about access to "
         "GP and dental services. Cllr Dyer asked whether Healthwatch had enough funding to carry out its "
         "statutory functions following the reduction in its grant; Ms Hext said that the 8% reduction had "
         "meant the loss of one post and fewer enter and view visits to care homes.")
    body("The Committee NOTED the report and thanked Healthwatch Wessex Vale for its work.")

    item("56", "Adult Social Care Performance Dashboard \u2013 Quarter 3 2024/25")
    body("The Committee NOTED the Quarter 3 performance dashboard, which was taken without discussion.")

    item("57", "Forward Work Plan")
    body("RESOLVED that the forward work plan be agreed, with the addition of a task and finish group on "
         "support for unpaid carers, to be chaired by Cllr Penhallow.")

    item("58", "Date of Next Meeting")
    body("The next meeting of the Committee will be held on Tuesday 1 April 2025 at 10.00 am.")

    p("")
    p("(Duration of meeting: 10.00 am - 12.25 pm)", italic=True)
    p("The Officer who has produced these minutes is Sam Lethbridge of Democratic Services, direct line "
      "01794 550217, e-mail sam.lethbridge@wessexvale.example.gov.uk", italic=True)
    p("Press enquiries to Communications, direct line 01794 550100", italic=True)
    doc.save(str(DOCS / D2))
    _fix_zip(DOCS / D2)


GOLDS[D2] = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Overview and Scrutiny Committee",
    "meeting_date": "2025-02-04",
    "items": [
        {"number": "48", "title": "Apologies"},
        {"number": "49", "title": "Minutes of the Previous Meeting"},
        {"number": "50", "title": "Declarations of Interest"},
        {"number": "51", "title": "Public Participation"},
        {"number": "52", "title": "Chairman's Announcements"},
        {"number": "53", "title": "Adult Social Care Charging Policy: Outcome of Consultation"},
        {"number": "54", "title": "Integrated Community Equipment Service – Contract Extension"},
        {"number": "55", "title": "Healthwatch Wessex Vale Annual Report 2023/24"},
        {"number": "56", "title": "Adult Social Care Performance Dashboard – Quarter 3 2024/25"},
        {"number": "57", "title": "Forward Work Plan"},
        {"number": "58", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "53", "kind": "question",
         "text": "asked how many people would be affected by the second carer charge",
         "asked_by": "Cllr Coombe",
         "answer": "around 420 people currently received care from two carers at once",
         "given_by": "the Director", "themes": ["adult-social-care", "finance"]},
        {"item": "53", "kind": "question",
         "text": "questioned whether the consultation had been meaningful when the savings had already been built",
         "asked_by": "Cllr Dyer",
         "answer": "the saving had been assumed in the medium term financial plan",
         "given_by": "the Cabinet Member",
         "themes": ["patient-and-public-input", "finance", "governance"]},
        {"item": "53", "kind": "concern",
         "text": "the proposals would fall hardest on younger disabled adults living at home",
         "asked_by": None,
         "answer": "an equality impact assessment had been completed and that the average increase",
         "given_by": "Fiona Priddy", "themes": ["adult-social-care", "finance"]},
        {"item": "53", "kind": "question",
         "text": "asked what support would be offered to unpaid carers if the person they cared for",
         "asked_by": "Cllr Penhallow",
         "answer": "social workers would review any case in which a second carer visit was cancelled",
         "given_by": "Caroline Yeo", "themes": ["adult-social-care"]},
        {"item": "53", "kind": "question",
         "text": "sought clarification on the arrangement fee for self-funders and whether it reflected",
         "asked_by": "Cllr Fry",
         "answer": "the current fee recovered less than half of the cost of the brokerage team",
         "given_by": "officers", "themes": ["finance", "adult-social-care"]},
        {"item": "53", "kind": "question",
         "text": "asked whether people already receiving care would be given notice of any changes",
         "asked_by": "Cllr Vowles",
         "answer": "everyone affected would receive a letter and a fresh financial assessment",
         "given_by": None, "themes": ["adult-social-care", "finance"]},
        {"item": "53", "kind": "request",
         "text": "requested that the reduction in the disability-related expenditure allowance be phased",
         "asked_by": "Cllr Hocking",
         "answer": "The Cabinet Member undertook to put this suggestion to Cabinet",
         "given_by": "The Cabinet Member", "themes": ["finance", "adult-social-care"]},
        {"item": "53", "kind": "concern",
         "text": "had not been available in easy read format until halfway through the consultation period",
         "asked_by": "Cllr Bassett", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "54", "kind": "question",
         "text": "asked why the contract was being extended rather than retendered",
         "asked_by": "Cllr Fry",
         "answer": "a new procurement could not be completed before the contract expired",
         "given_by": "Mr Rudd", "themes": ["subcontracting"]},
        {"item": "54", "kind": "question",
         "text": "asked whether the Council had considered bringing the service in-house",
         "asked_by": "Cllr Coombe",
         "answer": "an options appraisal including in-house delivery would be presented to the Committee",
         "given_by": "officers", "themes": ["privatisation", "subcontracting"]},
        {"item": "55", "kind": "question",
         "text": "asked whether Healthwatch had enough funding to carry out its statutory functions",
         "asked_by": "Cllr Dyer",
         "answer": "the 8% reduction had meant the loss of one post",
         "given_by": "Ms Hext", "themes": ["finance", "patient-and-public-input", "workforce"]},
    ],
    "resolutions": [
        {"item": "49", "text": "To approve and sign the minutes of the meeting held on 3 December 2024",
         "outcome": "agreed", "themes": []},
        {"item": "53", "text": "The recommendation to Cabinet was supported, subject to the Committee's comments",
         "outcome": "recommended", "themes": ["adult-social-care", "finance"]},
        {"item": "54", "text": "a report on the performance of the equipment service be brought to the Committee",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "55", "text": "NOTED the report and thanked Healthwatch Wessex Vale for its work",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "56", "text": "NOTED the Quarter 3 performance dashboard, which was taken without discussion",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "57", "text": "the forward work plan be agreed, with the addition of a task and finish group",
         "outcome": "agreed", "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Rosalind Trelawney", "role": "Chairman", "attendance": "present"},
        {"name": "Anthony Bassett", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Mary Coombe", "role": None, "attendance": "present"},
        {"name": "Jack Dyer", "role": None, "attendance": "present"},
        {"name": "Philip Fry", "role": None, "attendance": "present"},
        {"name": "Susan Hocking", "role": None, "attendance": "present"},
        {"name": "Kerensa Penhallow", "role": None, "attendance": "present"},
        {"name": "Tom Vowles", "role": "Substitute", "attendance": "present"},
        {"name": "Graham Manley", "role": "Cabinet Member for Adult Social Care, Public Health and Housing",
         "attendance": "in_attendance"},
        {"name": "Nicola Hext", "role": "Chief Executive, Healthwatch Wessex Vale", "attendance": "in_attendance"},
        {"name": "Caroline Yeo",
         "role": "Corporate Director for People and Director of Adult Social Services",
         "attendance": "in_attendance"},
        {"name": "Dominic Rudd", "role": "Head of Commissioning – Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Fiona Priddy", "role": "Strategic Finance Business Partner – People",
         "attendance": "in_attendance"},
        {"name": "Sam Lethbridge", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Lorna Ware", "role": None, "attendance": "apologies"},
        {"name": "Harry Channon", "role": None, "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------------------
# Document 3: joint health scrutiny committee, HTML page with <details> accordion
# and webcast chapter timestamps
# ---------------------------------------------------------------------------
D3 = "n-trent-soar-joint-health-scrutiny-22-jan-2025.html"

D3_ITEMS = [
    ("1", "Apologies for absence and substitutions", "00:00:45", [
        "<p>Apologies for absence were received from Councillor Carol Pickering (Trentshire County "
        "Council) and Councillor Neil Oakes (Wreakdale Borough Council). Councillor Ajay Mistry attended "
        "as substitute for Councillor Pickering.</p>",
    ]),
    ("2", "Declarations of interest", "00:01:30", [
        "<p>Councillor Yvonne Bamford declared an other registrable interest in items 5 and 6 as a public "
        "governor of Trent and Soar University Hospitals NHS Trust. She remained in the meeting.</p>",
    ]),
    ("3", "Minutes of the previous meeting", "00:02:10", [
        "<p>The minutes of the meeting held on 20 November 2024 were considered.</p>",
        "<p class=\"decision\"><strong>AGREED</strong> that the minutes of the meeting held on 20 November "
        "2024 be confirmed as an accurate record.</p>",
    ]),
    ("4", "Public questions", "00:03:05", [
        "<p>Three questions had been received from members of the public in accordance with the "
        "Committee&rsquo;s procedure rules. The questions, and the replies given at the meeting, are "
        "summarised below. Full written replies will be published on the Committee&rsquo;s web page.</p>",
        "<p><a class=\"chapter\" href=\"#t=00:03:40\">[00:03:40]</a> Mrs Jean Oyelaran, a resident of "
        "Wreakdale, asked why no public meeting had been held in Wreakdale town centre during the "
        "consultation on hyper-acute stroke services, when Wreakdale residents would be most affected. "
        "Rachel Viner replied that four drop-in sessions had been held in the Wreakdale area, including "
        "one at the market hall, and apologised that these had not been advertised more widely.</p>",
        "<p><a class=\"chapter\" href=\"#t=00:07:15\">[00:07:15]</a> Mr Alan Pegg asked how much of the "
        "new non-emergency patient transport service would be subcontracted to private taxi firms, and "
        "how the quality of those journeys would be monitored. Paul Greasley replied that the ICB would "
        "limit subcontracting to 20% of journeys and would require the lead provider to report complaints "
        "from subcontracted journeys separately. By way of a supplementary question, Mr Pegg asked whether "
        "drivers would be paid at least the real living wage. Mr Greasley confirmed that payment of the "
        "real living wage would be a condition of the new contract.</p>",
        "<p><a class=\"chapter\" href=\"#t=00:11:02\">[00:11:02]</a> Ms Harriet Lund, speaking on behalf "
        "of the Soarbridge Health Campaign Group, asked the Committee to refer the proposed stroke "
        "reconfiguration to the Secretary of State for Health and Social Care. The Chair replied that the "
        "Committee would consider its response under item 5 and could not anticipate that discussion.</p>",
    ]),
    ("5", "Hyper-acute stroke services: outcome of public consultation", "00:13:20", [
        "<p>Rachel Viner (Director of Strategy and Partnerships, NHS Trent and Soar Integrated Care Board) "
        "and Dr Simon Achebe (Medical Director, Trent and Soar University Hospitals NHS Trust) presented the "
        "outcome of the public consultation on the proposal to consolidate hyper-acute stroke care at "
        "Soarbridge Royal Hospital, ending the direct admission of stroke patients to Wreakdale General "
        "Hospital. 2,146 responses had been received. 58% of respondents living in the Wreakdale area "
        "opposed the proposal, while clinicians and national stroke charities supported it.</p>",
        "<p><a class=\"chapter\" href=\"#t=00:31:40\">[00:31:40]</a> Councillor Farnsworth asked what the "
        "average ambulance journey time from Wreakdale to Soarbridge Royal Hospital would be, and whether "
        "the longer journey would put patients at risk. Dr Achebe said that the modelled average journey "
        "time was 34 minutes, and that the clinical evidence showed that faster access to specialist "
        "thrombectomy outweighed the longer journey for the great majority of patients. Councillor Dunmore "
        "expressed concern about the impact on relatives without a car, as the bus journey from Wreakdale "
        "involved two changes; Rachel Viner confirmed that a volunteer car scheme would be funded and that "
        "the ICB was in discussion with the bus operator about a direct service.</p>",
        "<p><a class=\"chapter\" href=\"#t=00:44:05\">[00:44:05]</a> Councillor Kowalczyk asked whether the "
        "Soarbridge unit had enough stroke nurses and therapists to cope with the additional admissions. Dr "
        "Achebe acknowledged that 11 additional nursing posts would need to be filled and that an "
        "international recruitment campaign was under way. Councillor Ridgway questioned whether the "
        "consultation had reached people in the rural villages who would be most affected. It was stated "
        "that 14 drop-in events had been held across the three council areas and that an independent "
        "analysis of the responses had been published.</p>",
        "<p><a class=\"chapter\" href=\"#t=00:52:30\">[00:52:30]</a> Councillor Bamford requested that the "
        "ICB share its full equality and health inequalities impact assessment with the Committee before "
        "its Board made a final decision. Rachel Viner agreed to circulate the assessment to all members of "
        "the Committee by the end of February.</p>",
        "<p class=\"decision\"><strong>RESOLVED</strong> &ndash; That the Committee:</p>"
        "<ol class=\"decision\">"
        "<li>notes the outcome of the public consultation on hyper-acute stroke services;</li>"
        "<li>requests that the ICB provides its final travel time modelling and equality impact assessment "
        "before its Board meeting on 13 March 2025; and</li>"
        "<li>does not at this stage refer the proposal to the Secretary of State, but will keep the matter "
        "under review at its meeting on 19 March 2025.</li></ol>",
    ]),
    ("6", "Mental health inpatient out-of-area placements", "01:05:50", [
        "<p>Kirsty Lamb (Deputy Director of Mental Health Commissioning, NHS Trent and Soar Integrated Care "
        "Board) reported that in December 2024 there had been 27 adults placed in mental health inpatient "
        "beds outside the Trent and Soar area, compared with 41 a year earlier. Most of these placements "
        "were in independent sector hospitals.</p>",
        "<p><a class=\"chapter\" href=\"#t=01:11:20\">[01:11:20]</a> Councillor Mistry asked how far "
        "patients had been sent and what the placements had cost. Kirsty Lamb said that the furthest "
        "placement had been in Kent and that out-of-area placements had cost £4.3m in the first nine "
        "months of the year. The Chair raised concerns that families were unable to visit relatives placed "
        "hundreds of miles away. It was noted that the ICB reimbursed travel costs for families on low "
        "incomes and that video calling was available on all wards. Councillor Dunmore asked when the new "
        "16-bed acute ward at Soarbridge would open, and Kirsty Lamb replied that the building work was "
        "due to finish in the autumn of 2025.</p>",
        "<p class=\"decision\"><strong>RESOLVED</strong> that the update on mental health inpatient "
        "out-of-area placements be noted.</p>",
    ]),
    ("7", "Non-emergency patient transport service: procurement", "01:24:35", [
        "<p>Paul Greasley (Head of Contracting, NHS Trent and Soar Integrated Care Board) explained that the "
        "ICB was procuring a new non-emergency patient transport service to start in April 2026, divided "
        "into three geographical lots.</p>",
        "<p><a class=\"chapter\" href=\"#t=01:29:10\">[01:29:10]</a> Councillor Farnsworth asked why the "
        "current provider, a private company, had been allowed to continue despite repeated failures to "
        "collect patients after dialysis. Paul Greasley said that contract performance notices had been "
        "issued in 2023 and 2024, that performance had since improved, and that the new specification "
        "would include stronger financial penalties. Councillor Kowalczyk asked whether the ICB had "
        "considered returning the service to the NHS ambulance trust; Mr Greasley replied that the "
        "ambulance trust had taken part in the market engagement and was free to bid for any of the "
        "lots. Councillor Ridgway requested that patients who used the service, particularly renal "
        "patients, be involved in evaluating the bids.</p>",
        "<p class=\"decision\">The Committee agreed to write to the Chief Executive of the ICB setting out "
        "its concerns about the performance of the current patient transport provider.</p>",
    ]),
    ("8", "Joint Forward Plan 2025&ndash;2030 refresh", "01:41:00", [
        "<p>The Chair reported that the ICB had asked for this item to be deferred, as national planning "
        "guidance for 2025/26 had not yet been published.</p>",
        "<p class=\"decision\"><strong>RESOLVED</strong> that consideration of the refreshed Joint Forward "
        "Plan be deferred to the meeting on 19 March 2025.</p>",
    ]),
    ("9", "Work programme", "01:42:15", [
        "<p>Jo Whitmore (Senior Scrutiny Officer) presented the work programme.</p>",
        "<p class=\"decision\"><strong>RESOLVED</strong> that the Committee&rsquo;s work programme for the "
        "remainder of 2024/25 be noted.</p>",
    ]),
    ("10", "Date of next meeting", "01:44:40", [
        "<p>Wednesday 19 March 2025 at 2.00 pm, Council Chamber, Wreakdale Borough Council Offices.</p>",
    ]),
]


def build_d3():
    out = []
    w = out.append
    w("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
    w("<title>Trent and Soar Joint Health Scrutiny Committee - 22 January 2025 | Soarbridge City Council"
      "</title>\n")
    w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    w("<link rel=\"stylesheet\" href=\"/assets/css/site.css\">\n</head>\n<body class=\"meeting-page\">\n")
    w("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
    w("<header class=\"site-header\"><a href=\"/\" class=\"logo\">Soarbridge City Council</a>\n"
      "<nav><ul><li><a href=\"/bins\">Bins and recycling</a></li><li><a href=\"/council-tax\">Council tax"
      "</a></li><li><a href=\"/councillors\">Councillors and democracy</a></li><li><a href=\"/contact\">"
      "Contact us</a></li></ul></nav>\n"
      "<form class=\"search\" action=\"/search\"><label for=\"q\">Search this site</label>"
      "<input id=\"q\" name=\"q\"><button>Search</button></form></header>\n")
    w("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li>"
      "<li><a href=\"/councillors\">Councillors and democracy</a></li><li><a href=\"/meetings\">Meetings"
      "</a></li><li>Trent and Soar Joint Health Scrutiny Committee</li></ol></nav>\n")
    w("<main id=\"main\">\n<h1>Trent and Soar Joint Health Scrutiny Committee</h1>\n")
    w("<p class=\"meeting-meta\">Wednesday 22 January 2025, 2.00 pm &ndash; Council Chamber, Soarbridge "
      "Council House</p>\n")
    w("<p class=\"status\">Minutes status: <strong>Draft &ndash; subject to approval at the next "
      "meeting</strong></p>\n")
    w("<p>The Trent and Soar Joint Health Scrutiny Committee is a joint committee of Soarbridge City "
      "Council, Trentshire County Council and Wreakdale Borough Council. Soarbridge City Council provides "
      "the secretariat.</p>\n")
    w("<div class=\"webcast-panel\"><h2>Webcast</h2><p>This meeting was broadcast live. "
      "<a href=\"https://soarbridge.example-webcast.net/meeting/2025-01-22-jhsc\">Watch the recording"
      "</a> (1 hour 45 minutes). Select a time next to an item to jump to that point in the recording. "
      "Timings are approximate.</p></div>\n")
    w("<section class=\"attendance\"><h2>Attendance</h2>\n")
    w("<h3>Soarbridge City Council</h3><ul><li>Councillor Ruth Addo (Chair)</li>"
      "<li>Councillor Yvonne Bamford</li><li>Councillor Peter Kowalczyk</li></ul>\n")
    w("<h3>Trentshire County Council</h3><ul><li>Councillor Malcolm Ridgway (Vice-Chair)</li>"
      "<li>Councillor Sheila Dunmore</li><li>Councillor Ajay Mistry (substitute)</li></ul>\n")
    w("<h3>Wreakdale Borough Council</h3><ul><li>Councillor Lewis Farnsworth</li></ul>\n")
    w("<h3>Apologies</h3><ul><li>Councillor Carol Pickering (Trentshire County Council)</li>"
      "<li>Councillor Neil Oakes (Wreakdale Borough Council)</li></ul>\n")
    w("<h3>Also in attendance</h3><ul>"
      "<li>Rachel Viner &ndash; Director of Strategy and Partnerships, NHS Trent and Soar Integrated Care "
      "Board</li>"
      "<li>Dr Simon Achebe &ndash; Medical Director, Trent and Soar University Hospitals NHS Trust</li>"
      "<li>Kirsty Lamb &ndash; Deputy Director of Mental Health Commissioning, NHS Trent and Soar "
      "Integrated Care Board</li>"
      "<li>Paul Greasley &ndash; Head of Contracting, NHS Trent and Soar Integrated Care Board</li>"
      "<li>Jo Whitmore &ndash; Senior Scrutiny Officer, Soarbridge City Council</li></ul>\n</section>\n")
    w("<section class=\"minutes\"><h2>Minutes</h2>\n<p class=\"accordion-controls\">"
      "<button type=\"button\" data-expand=\"all\">Open all items</button> "
      "<button type=\"button\" data-collapse=\"all\">Close all items</button></p>\n")
    for num, title, ts, paras in D3_ITEMS:
        w(f"<details class=\"agenda-item\" id=\"item-{num}\">\n<summary><span class=\"item-number\">{num}"
          f"</span> <span class=\"item-title\">{title}</span> <a class=\"chapter\" href=\"#t={ts}\">"
          f"{ts}</a></summary>\n<div class=\"item-body\">\n")
        for ptxt in paras:
            w(ptxt + "\n")
        w("</div>\n</details>\n")
    w("</section>\n<p class=\"closing\">The meeting closed at 3.46 pm.</p>\n")
    w("<p class=\"contact\">Contact: Jo Whitmore, Senior Scrutiny Officer, tel. 0116 496 0732, "
      "scrutiny@soarbridge.example.gov.uk</p>\n</main>\n")
    w("<footer class=\"site-footer\"><ul><li><a href=\"/accessibility\">Accessibility statement</a></li>"
      "<li><a href=\"/privacy\">Privacy notice</a></li><li><a href=\"/cookies\">Cookies</a></li></ul>"
      "<p>&copy; Soarbridge City Council 2025</p></footer>\n</body>\n</html>\n")
    (DOCS / D3).write_text("".join(out), encoding="utf-8")


GOLDS[D3] = {
    "document": D3,
    "doc_type": "minutes",
    "committee": "Trent and Soar Joint Health Scrutiny Committee",
    "meeting_date": "2025-01-22",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Hyper-acute stroke services: outcome of public consultation"},
        {"number": "6", "title": "Mental health inpatient out-of-area placements"},
        {"number": "7", "title": "Non-emergency patient transport service: procurement"},
        {"number": "8", "title": "Joint Forward Plan 2025–2030 refresh"},
        {"number": "9", "title": "Work programme"},
        {"number": "10", "title": "Date of next meeting"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked why no public meeting had been held in Wreakdale town centre",
         "asked_by": "Mrs Jean Oyelaran",
         "answer": "four drop-in sessions had been held in the Wreakdale area",
         "given_by": "Rachel Viner", "themes": ["patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "would be subcontracted to private taxi firms, and how the quality",
         "asked_by": "Mr Alan Pegg",
         "answer": "the ICB would limit subcontracting to 20% of journeys",
         "given_by": "Paul Greasley", "themes": ["subcontracting", "privatisation"]},
        {"item": "4", "kind": "question",
         "text": "asked whether drivers would be paid at least the real living wage",
         "asked_by": "Mr Pegg",
         "answer": "payment of the real living wage would be a condition of the new contract",
         "given_by": "Mr Greasley", "themes": ["workforce", "subcontracting"]},
        {"item": "4", "kind": "request",
         "text": "asked the Committee to refer the proposed stroke reconfiguration to the Secretary of State",
         "asked_by": "Ms Harriet Lund",
         "answer": "the Committee would consider its response under item 5",
         "given_by": "The Chair", "themes": ["governance"]},
        {"item": "5", "kind": "question",
         "text": "asked what the average ambulance journey time from Wreakdale to Soarbridge Royal Hospital",
         "asked_by": "Councillor Farnsworth",
         "answer": "the modelled average journey time was 34 minutes",
         "given_by": "Dr Achebe", "themes": []},
        {"item": "5", "kind": "concern",
         "text": "expressed concern about the impact on relatives without a car",
         "asked_by": "Councillor Dunmore",
         "answer": "a volunteer car scheme would be funded and that the ICB was in discussion",
         "given_by": "Rachel Viner", "themes": []},
        {"item": "5", "kind": "question",
         "text": "had enough stroke nurses and therapists to cope with the additional admissions",
         "asked_by": "Councillor Kowalczyk",
         "answer": "11 additional nursing posts would need to be filled",
         "given_by": "Dr Achebe", "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "questioned whether the consultation had reached people in the rural villages",
         "asked_by": "Councillor Ridgway",
         "answer": "14 drop-in events had been held across the three council areas",
         "given_by": None, "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "request",
         "text": "share its full equality and health inequalities impact assessment with the Committee",
         "asked_by": "Councillor Bamford",
         "answer": "agreed to circulate the assessment to all members of the Committee",
         "given_by": "Rachel Viner", "themes": ["public-health", "governance"]},
        {"item": "6", "kind": "question",
         "text": "asked how far patients had been sent and what the placements had cost",
         "asked_by": "Councillor Mistry",
         "answer": "out-of-area placements had cost £4.3m in the first nine months of the year",
         "given_by": "Kirsty Lamb", "themes": ["mental-health", "finance"]},
        {"item": "6", "kind": "concern",
         "text": "raised concerns that families were unable to visit relatives placed hundreds of miles away",
         "asked_by": "The Chair",
         "answer": "the ICB reimbursed travel costs for families on low incomes",
         "given_by": None, "themes": ["mental-health"]},
        {"item": "6", "kind": "question",
         "text": "asked when the new 16-bed acute ward at Soarbridge would open",
         "asked_by": "Councillor Dunmore",
         "answer": "the building work was due to finish in the autumn of 2025",
         "given_by": "Kirsty Lamb", "themes": ["mental-health"]},
        {"item": "7", "kind": "question",
         "text": "the current provider, a private company, had been allowed to continue",
         "asked_by": "Councillor Farnsworth",
         "answer": "contract performance notices had been issued in 2023 and 2024",
         "given_by": "Paul Greasley", "themes": ["privatisation", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "considered returning the service to the NHS ambulance trust",
         "asked_by": "Councillor Kowalczyk",
         "answer": "had taken part in the market engagement and was free to bid",
         "given_by": "Mr Greasley", "themes": ["privatisation", "subcontracting"]},
        {"item": "7", "kind": "request",
         "text": "requested that patients who used the service, particularly renal patients",
         "asked_by": "Councillor Ridgway", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the meeting held on 20 November 2024 be confirmed as an accurate record",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "requests that the ICB provides its final travel time modelling",
         "outcome": "agreed", "themes": ["patient-and-public-input", "governance"]},
        {"item": "6", "text": "the update on mental health inpatient out-of-area placements be noted",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "7", "text": "agreed to write to the Chief Executive of the ICB setting out its concerns",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "8", "text": "consideration of the refreshed Joint Forward Plan be deferred",
         "outcome": "deferred", "themes": []},
        {"item": "9", "text": "work programme for the remainder of 2024/25 be noted",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Ruth Addo", "role": "Chair", "attendance": "present"},
        {"name": "Yvonne Bamford", "role": None, "attendance": "present"},
        {"name": "Peter Kowalczyk", "role": None, "attendance": "present"},
        {"name": "Malcolm Ridgway", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Sheila Dunmore", "role": None, "attendance": "present"},
        {"name": "Ajay Mistry", "role": "substitute", "attendance": "present"},
        {"name": "Lewis Farnsworth", "role": None, "attendance": "present"},
        {"name": "Carol Pickering", "role": None, "attendance": "apologies"},
        {"name": "Neil Oakes", "role": None, "attendance": "apologies"},
        {"name": "Rachel Viner",
         "role": "Director of Strategy and Partnerships, NHS Trent and Soar Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Dr Simon Achebe",
         "role": "Medical Director, Trent and Soar University Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Kirsty Lamb",
         "role": "Deputy Director of Mental Health Commissioning, NHS Trent and Soar Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Paul Greasley", "role": "Head of Contracting, NHS Trent and Soar Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Jo Whitmore", "role": "Senior Scrutiny Officer, Soarbridge City Council",
         "attendance": "in_attendance"},
    ],
}


# ---------------------------------------------------------------------------
# Document 4 (not minutes): East Anglian county HOSC agenda front sheet (PDF)
# ---------------------------------------------------------------------------
D4 = "n-wensum-hosc-agenda-06-mar-2025.pdf"


def build_d4():
    def hdr(pdf):
        if pdf.page_no() == 1:
            return
        pdf.set_font("DV", "", 8)
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(0, 4, "Health Overview and Scrutiny Committee \u2013 6 March 2025", align="L")
        pdf.set_y(24)

    def ftr(pdf):
        pdf.set_font("DV", "", 8)
        pdf.set_y(-15)
        pdf.cell(0, 4, f"{pdf.page_no()}", align="C")

    pdf = NPDF(hdr, ftr)
    pdf.set_title("Agenda - Health Overview and Scrutiny Committee - 6 March 2025")
    pdf.set_author("Wensum County Council")
    pdf.add_page()
    pdf.set_font("DV", "B", 18)
    pdf.cell(0, 10, "Health Overview and Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 11)
    for lab, val in [("Date:", "Thursday 6 March 2025"), ("Time:", "10.00 am"),
                     ("Venue:", "Colman Room, County Hall, Wensum Lane, Norbridge, WN1 2DH")]:
        pdf.set_font("DV", "B", 11)
        pdf.cell(22, 6, lab)
        pdf.set_font("DV", "", 11)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Persons attending the meeting are requested to turn off mobile phones.", size=9)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "Membership", new_x="LMARGIN", new_y="NEXT")
    two_col(pdf, [
        ("Cllr Fiona Gathercole (Chair)", "Cllr Brian Kerrison"),
        ("Cllr Matthew Alderton (Vice-Chair)", "Cllr Hazel Pegg"),
        ("Cllr Lynne Bracey", "Cllr Ian Sparrowhawk"),
        ("Cllr Colin Duffield", "Cllr Trudy Whitlam"),
        ("Cllr Ruth Eke", "Cllr Victoria Youngs"),
    ], col2_x=110, size=10)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "Co-opted Members (non-voting)", new_x="LMARGIN", new_y="NEXT")
    two_col(pdf, [
        ("Cllr Peter Goffin", "Breckmoor District Council"),
        ("Cllr Janet Thrower", "Norbridge City Council"),
        ("Cllr Simon Lusher", "Waveney Fen District Council"),
    ], col2_x=82, size=10)
    para(pdf, "For further details and general enquiries about this Agenda please contact the Committee "
              "Officer: Daniel Thirtle on 01603 555 204 or email committees@wensum.example.gov.uk", size=10)
    para(pdf, "Under the Council\u2019s protocol on the filming, recording and broadcasting of public "
              "meetings, the public part of this meeting will be live streamed and may be filmed, audio "
              "recorded, photographed or broadcast by members of the public and the media.", size=9)
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "A g e n d a", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def ag(num, title, text=None, rec=None, page=None, extra=None):
        pdf.set_font("DV", "B", 10.5)
        y = pdf.get_y()
        if y + 25 > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        pdf.text(pdf.l_margin, y + 4, num)
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(125, 5, title, new_x="LMARGIN", new_y="NEXT", align="L")
        if page:
            pdf.set_font("DV", "", 10)
            pdf.text(pdf.w - pdf.r_margin - 20, y + 4, page)
        pdf.ln(1)
        if text:
            para(pdf, text, 10)
        if extra:
            for e in extra:
                para(pdf, e, 18)
        if rec:
            para(pdf, rec, 10, bold_prefix="Recommendation:")
        pdf.ln(2)

    ag("1.", "To receive apologies and details of any substitute members attending")
    ag("2.", "Minutes", "To confirm the minutes of the meeting of the Health Overview and Scrutiny "
       "Committee held on 16 January 2025.", page="Page 5")
    ag("3.", "Members to Declare any Interests",
       "If you have a Disclosable Pecuniary Interest in a matter to be considered at the meeting and that "
       "interest is on your Register of Interests you must not speak or vote on the matter. If you have "
       "an interest in a matter that is not yet on your Register of Interests you must declare it at the "
       "start of the meeting or as soon as it becomes apparent.")
    ag("4.", "Any items of business the Chair decides should be considered as a matter of urgency")
    ag("5.", "Public Question Time",
       "Fifteen minutes for questions from members of the public of which due notice has been given. "
       "Please note that all questions must be received by the Committee Team by 5pm on Monday 3 March "
       "2025. The following questions have been received and will be answered at the meeting:",
       extra=[
           "5.1 Question from Mr Keith Rudd: Can the Integrated Care Board explain why ambulance patients at "
           "the Norbridge and Wensum University Hospital are still waiting in corridors for more than six "
           "hours, and what is being done about it?",
           "5.2 Question from Ms Anita Loveday: Will the Committee ask the ICB to publish the full "
           "business case for moving the Breckmoor child development centre to Norbridge?",
       ])
    ag("6.", "Local Member Issues / Questions",
       "Fifteen minutes for local members to raise issues of concern of which due notice has been given.")
    ag("7.", "Ambulance response times and hospital handover delays",
       "Report by the Executive Director of Adult Social Services, with a report from Eastern Counties "
       "Ambulance Service NHS Trust and NHS Norbridge and Wensum Integrated Care Board.",
       rec="The Committee is asked to consider the report, question the representatives of the ambulance "
           "trust and the ICB, and agree any recommendations it wishes to make to those organisations.",
       page="Page 17")
    ag("8.", "Children and young people\u2019s emotional wellbeing and mental health services",
       "Report by the Director of Public Health and NHS Norbridge and Wensum Integrated Care Board on "
       "waiting times for specialist CAMHS and the re-procurement of the early intervention service, "
       "currently delivered by a voluntary sector provider.",
       rec="The Committee is asked to (a) comment on progress in reducing waiting times, (b) consider "
           "whether to recommend that the ICB consults young people and families on the new service "
           "specification, and (c) identify any issues for further scrutiny.",
       page="Page 41")
    ag("9.", "Wensum Health Overview and Scrutiny Committee \u2013 Forward Work Programme",
       "Report by the Executive Director of Strategy and Transformation.",
       rec="The Committee is asked to agree the forward work programme, including the proposed items for "
           "the meeting on 17 April 2025.",
       page="Page 77")
    pdf.ln(6)
    para(pdf, "Helen Cotterell", 0, justify=False, after=0.5)
    para(pdf, "Head of Paid Service", 0, justify=False, after=0.5)
    para(pdf, "County Hall, Wensum Lane, Norbridge, WN1 2DH", 0, justify=False, after=4)
    para(pdf, "Date Agenda Published: Wednesday 26 February 2025", 0, justify=False, after=6)
    para(pdf, "If you need this document in large print, audio, Braille, alternative format or in a "
              "different language please contact Daniel Thirtle on 01603 555 204 and we will do our best "
              "to help.", size=9)
    pdf.output(str(DOCS / D4))


GOLDS[D4] = {"document": D4, "doc_type": "agenda"}


# ---------------------------------------------------------------------------
# Text extraction and --check
# ---------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li", "div", "summary", "details", "h1", "h2", "h3", "br", "ol", "ul", "section"):
            self.parts.append("\n")


def source_text(path):
    path = Path(path)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            txt = "\n".join(p.extract_text() or "" for p in pdf.pages)
        # join words hyphenated across line ends (justified text)
        return re.sub(r"(\w)-\n(\w)", r"\1\2", txt)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        t = _Text()
        t.feed(path.read_text(encoding="utf-8"))
        return "".join(t.parts)
    return path.read_text(encoding="utf-8")


def norm(s):
    s = htmlmod.unescape(s).lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    bad = 0
    for name, gold in GOLDS.items():
        path = DOCS / name
        if not path.exists():
            print(f"MISSING {name}"); bad += 1; continue
        gpath = GOLD / (path.stem + ".json")
        if json.loads(gpath.read_text(encoding="utf-8")) != gold:
            print(f"STALE gold {gpath.name}"); bad += 1
        text = norm(source_text(path))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                bad += 1
                print(f"FAIL {name} {kind} ({c} hits, {n} words): {ph}")
        for a in gold.get("attendees", []):
            last = norm(a["name"]).split()[-1]
            if last not in text:
                bad += 1
                print(f"FAIL {name} attendee not found: {a['name']}")
        for it in gold.get("items", []):
            if norm(it["title"]) not in text:
                bad += 1
                print(f"FAIL {name} item title not found: {it['title']}")
        nq = len(gold.get("questions", [])); nr = len(gold.get("resolutions", []))
        print(f"{name}: {len(gold.get('items', []))} items, {nq} questions, {nr} resolutions, "
              f"{len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad} problems)")
    return bad == 0


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_d1()
    build_d2()
    build_d3()
    build_d4()
    for name, gold in GOLDS.items():
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built", ", ".join(GOLDS))
