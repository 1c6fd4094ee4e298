#!/usr/bin/env python
"""Build the "u-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_u.py           # write documents/ and gold/
    python tests/other-councils/build_u.py --check   # rebuild, then verify every gold phrase

Documents (all councils, people and figures invented):
  u-thornmere-os-minutes-2025-10-14.pdf         district O&S minutes printed two-up (A4 landscape, 2 x A5)
  u-north-calderwick-hwbsc-minutes-2025-11-20.docx  unitary H&W scrutiny, templated sub-labels per item
  u-fellbridge-tc-cwc-minutes-2025-09-08.html    WordPress town-council page, one layout table per item
  u-thornmere-mgDecisionDetails-leisure-2025-11-04.html   ModernGov "Decision details" page (not minutes)

The build is deterministic: fixed creation dates, fixed zip timestamps, no randomness.
"""
import datetime
import html
import io
import json
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

F1 = "u-thornmere-os-minutes-2025-10-14.pdf"
F2 = "u-north-calderwick-hwbsc-minutes-2025-11-20.docx"
F3 = "u-fellbridge-tc-cwc-minutes-2025-09-08.html"
F4 = "u-thornmere-mgDecisionDetails-leisure-2025-11-04.html"


# ---------------------------------------------------------------------------
# 1. Two-up PDF: A4 landscape sheets, each holding two A5 minute pages
# ---------------------------------------------------------------------------

HYPHEN_PATTERNS = "/usr/share/groff/1.22.4/tmac/hyphen.us"  # Plain TeX (Liang) patterns shipped with groff
_PATTERNS = None


def _load_patterns():
    global _PATTERNS
    if _PATTERNS is None:
        pats, inside = {}, False
        with open(HYPHEN_PATTERNS, encoding="latin-1") as f:
            for line in f:
                line = line.split("%", 1)[0]
                if "\\patterns{" in line:
                    inside = True
                    continue
                if inside and "}" in line:
                    break
                if not inside:
                    continue
                for tok in line.split():
                    chars, vals = "", [0]
                    for ch in tok:
                        if ch.isdigit():
                            vals[-1] = int(ch)
                        else:
                            chars += ch
                            vals.append(0)
                    pats[chars] = vals
        _PATTERNS = pats
    return _PATTERNS


def hyphen_points(core):
    """Liang's algorithm with the Plain TeX patterns; at least 3 letters each side."""
    pats = _load_patterns()
    w = "." + core.lower() + "."
    points = [0] * (len(w) + 1)
    for i in range(len(w)):
        for j in range(i + 1, len(w) + 1):
            p = pats.get(w[i:j])
            if p:
                for k, v in enumerate(p):
                    points[i + k] = max(points[i + k], v)
    return [i for i in range(3, len(core) - 2) if points[i + 1] % 2]


def tokenize(text):
    """'plain **bold** plain' -> [(word, style)]"""
    out = []
    for k, chunk in enumerate(re.split(r"\*\*", text)):
        style = "B" if k % 2 else ""
        for w in chunk.split():
            out.append((w, style))
    return out


class TwoUp:
    SHEET_W, SHEET_H, HALF = 297.0, 210.0, 148.5
    ML, MR, TOP, BOT = 14.0, 14.0, 22.0, 191.0
    SIZE, LH = 9.0, 4.25

    def __init__(self, head_left, head_right):
        from fpdf import FPDF

        self.pdf = FPDF(orientation="L", unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.pdf.set_creation_date(datetime.datetime(2025, 10, 21, 9, 14, 0, tzinfo=datetime.timezone.utc))
        self.pdf.set_title("Minutes - Overview and Scrutiny Committee - 14 October 2025")
        self.pdf.set_author("Democratic Services")
        self.pdf.set_creator("Microsoft Word - OS minutes 141025 (2-up)")
        self.head_left, self.head_right = head_left, head_right
        self.frame = -1
        self.y = None
        self.width = self.HALF - self.ML - self.MR
        self.new_frame()

    # page furniture ---------------------------------------------------
    def furniture(self, half, page_no):
        p = self.pdf
        x0 = half * self.HALF
        p.set_text_color(90, 90, 90)
        p.set_font("S", "", 6.5)
        p.text(x0 + self.ML, 11.5, self.head_left)
        w = p.get_string_width(self.head_right)
        p.text(x0 + self.HALF - self.MR - w, 11.5, self.head_right)
        p.set_draw_color(150, 150, 150)
        p.set_line_width(0.2)
        p.line(x0 + self.ML, 13.2, x0 + self.HALF - self.MR, 13.2)
        p.set_font("S", "", 7.5)
        label = "Page %d" % page_no
        w = p.get_string_width(label)
        p.text(x0 + (self.HALF - w) / 2, 201.5, label)
        p.set_font("S", "I", 6.5)
        ini = "Chairman\u2019s initials ............"
        w = p.get_string_width(ini)
        p.text(x0 + self.HALF - self.MR - w, 201.5, ini)
        p.set_text_color(0, 0, 0)

    def new_frame(self):
        self.frame += 1
        if self.frame % 2 == 0:
            self.pdf.add_page()
            sheet = self.frame // 2
            self.furniture(0, 2 * sheet + 1)
            self.furniture(1, 2 * sheet + 2)
        self.y = self.TOP

    def x0(self):
        return (self.frame % 2) * self.HALF + self.ML

    # measuring / line breaking ------------------------------------------
    def sw(self, text, style="", size=None):
        self.pdf.set_font("S", style, size or self.SIZE)
        return self.pdf.get_string_width(text)

    def break_lines(self, tokens, width, size=None):
        size = size or self.SIZE
        lines, cur, cur_w = [], [], 0.0
        queue = list(tokens)
        while queue:
            word, style = queue.pop(0)
            ww = self.sw(word, style, size)
            space = self.sw(" ", "", size) if cur else 0.0
            if cur_w + space + ww <= width:
                cur.append((word, style, False))
                cur_w += space + ww
                continue
            remaining = width - cur_w - space
            m = re.match(r"^([A-Za-z]+)(.*)$", word)
            split_done = False
            if cur and m and remaining > 0.07 * width:
                core, tail = m.group(1), m.group(2)
                if len(core) >= 7 and not core.isupper() and "-" not in tail and not re.search(r"[A-Za-z]", tail):
                    for i in reversed(hyphen_points(core)):
                        head = core[:i] + "-"
                        if self.sw(head, style, size) <= remaining:
                            cur.append((head, style, True))
                            lines.append(cur)
                            cur, cur_w = [], 0.0
                            queue.insert(0, (core[i:] + tail, style))
                            split_done = True
                            break
            if split_done:
                continue
            if cur:
                lines.append(cur)
            cur, cur_w = [(word, style, False)], ww
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, width, justify, size=None):
        size = size or self.SIZE
        widths = [self.sw(w, s, size) for w, s, _ in line]
        natural_gap = self.sw(" ", "", size)
        gap = natural_gap
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        cx = x
        base = self.y + self.LH * 0.78
        for k, ((w, s, hy), ww) in enumerate(zip(line, widths)):
            self.pdf.set_font("S", s, size)
            last = k == len(line) - 1
            self.pdf.text(cx, base, w if (last or hy) else w + " ")
            cx += ww + gap

    def ensure(self, h):
        if self.y + h > self.BOT:
            self.new_frame()

    # blocks ------------------------------------------------------------
    def para(self, text, indent=0.0, justify=True, after=2.0, size=None, hang_label=None, hang=8.0):
        size = size or self.SIZE
        x_text = indent + (hang if hang_label else 0.0)
        width = self.width - x_text
        lines = self.break_lines(tokenize(text), width, size)
        for k, line in enumerate(lines):
            self.ensure(self.LH)
            if k == 0 and hang_label:
                self.pdf.set_font("S", "", size)
                self.pdf.text(self.x0() + indent, self.y + self.LH * 0.78, hang_label)
            self.draw_line(line, self.x0() + x_text, width, justify and k < len(lines) - 1, size)
            self.y += self.LH
        self.y += after

    def centred(self, text, style="B", size=10.0, after=1.5):
        self.ensure(self.LH + 1)
        w = self.sw(text, style, size)
        self.pdf.set_font("S", style, size)
        self.pdf.text(self.x0() + (self.width - w) / 2, self.y + self.LH * 0.8, text)
        self.y += self.LH + 1 + after

    def heading(self, number, title, body_indent):
        lines = self.break_lines([(w, "B") for w in title.split()], self.width - body_indent)
        need = 2.5 + len(lines) * self.LH + 1.5 + 3 * self.LH
        self.ensure(need)
        self.y += 2.5
        self.pdf.set_font("S", "B", self.SIZE)
        self.pdf.text(self.x0(), self.y + self.LH * 0.78, number)
        for line in lines:
            self.draw_line(line, self.x0() + body_indent, self.width - body_indent, False)
            self.y += self.LH
        self.y += 1.5

    def gap(self, h):
        self.y += h

    def output(self, path):
        self.pdf.output(path)


BI = 16.0  # body indent under item headings

DOC1_ITEMS = [
    ("OS.23", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS", [
        ("p", "Apologies for absence were received from Councillor L Moss and Councillor B Tranter. Councillor R Ince attended as substitute for Councillor Moss in accordance with Council Procedure Rule 4. No substitute had been nominated for Councillor Tranter."),
    ]),
    ("OS.24", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor A Ghuman declared a non-registrable interest in Minute OS.27 below, as he was employed as a practice manager by a GP partnership in a neighbouring district. He remained in the meeting and took part in the discussion."),
        ("p", "Councillor H Whitlock declared an other registrable interest in Minute OS.28 below as a trustee of the Kelbury Community Sports Trust, which hired facilities at Kelbury Leisure Centre. She remained in the meeting but did not vote on the recommendations."),
        ("p", "There were no other declarations."),
    ]),
    ("OS.25", "MINUTES", [
        ("p", "**RESOLVED \u2013** That the minutes of the meeting of the Committee held on 9 September 2025 be approved as a correct record and signed by the Chairman, subject to Minute OS.17 being amended to record that Councillor Carrow had been present."),
    ]),
    ("OS.26", "PUBLIC PARTICIPATION", [
        ("p", "The Democratic Services Officer reported that no questions or statements had been received from members of the public under Council Procedure Rule 11."),
    ]),
    ("OS.27", "ACCESS TO GENERAL PRACTICE IN THE DISTRICT", [
        ("p", "The Chairman welcomed Ms Adebayo and Dr Lister to the meeting. The Committee received a presentation on access to GP services in the district covering appointment activity for the twelve months to August 2025, the roll-out of the Modern General Practice Access model and online triage, the Additional Roles Reimbursement Scheme, and the position on the proposed new health centre at Brookfield Park. Ms Adebayo reported that practices in the district had delivered 412,000 appointments in the period, an increase of six per cent on the previous year, and that 71 per cent of patients had been seen within two weeks of booking."),
        ("p", "Councillor Fenwick asked why residents in the eastern villages were still reporting that they could not get through on the telephone at 8.00 am, and whether the ICB monitored call waiting times. Ms Adebayo explained that all practices had now moved to cloud-based telephony with call-back functionality and that the ICB received monthly data on call abandonment, which had fallen from 19 per cent to 8 per cent since March. Councillor Okafor expressed concern that online triage forms disadvantaged older residents and those without internet access; Dr Lister responded that every practice was required to offer the same triage through reception staff and that care navigators had been trained to complete the form with patients over the telephone. Councillor Pardoe queried how many of the new roles funded under the additional roles scheme were actually in post, and was informed that 38 of the 44 funded posts had been filled, the remaining vacancies being mainly for clinical pharmacists and first contact physiotherapists."),
        ("p", "In response to a question from Councillor Brierley about the proposed Brookfield Park health centre, the Associate Director advised that the ICB had not yet approved the business case and that the developer contribution of \u00a31.2 million secured under the section 106 agreement would need to be spent by March 2028 or returned. Members expressed concern that the Brookfield Park development was already half occupied without the promised facility. Councillor Ghuman commented that practices themselves carried much of the financial risk of new premises, which deterred partners from committing to long leases. Councillor Carrow requested that the ICB share practice-level data on appointment waiting times with the Committee, and Ms Adebayo agreed to provide this to the Democratic Services Officer before the next meeting."),
        ("p", "**RESOLVED \u2013**", 1.0),
        ("c", "(1)", "That the presentation be noted."),
        ("c", "(2)", "That the Wrekinvale Integrated Care Board be requested to provide a written update on the Brookfield Park health centre business case to the meeting of the Committee on 10 March 2026."),
    ]),
    ("OS.28", "LEISURE CENTRES OPERATING CONTRACT \u2013 ANNUAL REVIEW 2024/25", [
        ("p", "The Leisure Contract and Client Services Manager presented the annual review of the leisure operating contract with Vantage Community Leisure Ltd, which had operated Kelbury Leisure Centre and Ashcott Pool since April 2017 under a ten-year contract due to expire on 31 March 2027. The report set out that the management fee paid by the Council had been \u00a3410,000 in 2024/25, that total visits had recovered to 96 per cent of pre-pandemic levels, and that the operator had been paid \u00a3187,000 under the utilities indexation provisions of the contract. The Portfolio Holder for Leisure, Health and Wellbeing noted that an options appraisal for the future of the service was under way."),
        ("p", "Councillor Whitlock questioned whether the Council was receiving value for money given that the parent company of the operator had reported record profits, and the Portfolio Holder replied that the contract had been let through a competitive process in 2017 and that the profit share mechanism would return half of any surplus above the agreed threshold, although no surplus had been declared for 2024/25. Councillor Ince asked whether the Council had checked the utility figures submitted by the operator before agreeing to the indexation payment; the Manager confirmed that an independent energy consultant had verified the figures and that the payment had been reduced from the \u00a3243,000 originally claimed. Councillor Okafor sought clarification on staff turnover at Ashcott Pool, where a shortage of lifeguards had led to the pool being closed on eleven occasions during the summer, and was told that the operator had introduced a pay supplement for qualified lifeguards and a sponsored training scheme for local young people. Councillor Fenwick commented that residents on low incomes found the concessionary membership price of \u00a324.50 a month unaffordable and that take-up in the most deprived wards remained low."),
        ("p", "Councillor Pardoe asked whether, ahead of the expiry of the contract, the Council would consider bringing the service back in-house or transferring it to a local authority trading company rather than re-tendering. The Director of Communities and Place advised that the options appraisal would be presented to Cabinet on 4 November 2025 and would assess in-house delivery, a wholly owned company, a leisure trust and a new operating contract against the same criteria, including social value and carbon reduction. Councillor Hallam, speaking as a Member rather than as Chairman, said that the Committee should have sight of the appraisal before Cabinet took a decision."),
        ("p", "**RESOLVED \u2013**", 1.0),
        ("c", "(1)", "That the annual review of the leisure operating contract be noted."),
        ("c", "(2)", "That Cabinet be RECOMMENDED to ensure that the options appraisal for the future delivery of leisure services gives equal weight to in-house delivery and social value, and that the appraisal be reported to this Committee before any procurement is commenced."),
        ("c", "(3)", "That the Leisure Contract and Client Services Manager circulate a breakdown of the utilities indexation payment to all Members of the Committee."),
        ("p", "(Councillor Whitlock, having declared an interest, did not vote on the above resolution.)"),
    ]),
    ("OS.29", "TEMPORARY ACCOMMODATION AND HOMELESSNESS PRESSURES", [
        ("p", "The Head of Housing and Homelessness Prevention presented the report, which showed that the number of households in temporary accommodation had risen from 61 in April 2024 to 118 at the end of August 2025, including 47 households with dependent children, and that the net cost of bed and breakfast and nightly-paid accommodation was forecast to exceed the budget by \u00a3690,000 in 2025/26. The Portfolio Holder for Housing and Communities outlined plans to acquire up to 30 homes for use as temporary accommodation, funded by the Local Authority Housing Fund and prudential borrowing."),
        ("p", "Councillor Carrow asked how many families had been placed outside the district, and the Head of Housing replied that 14 households were currently placed in neighbouring authorities, mainly in Wrekinvale, and that families with children in local schools were prioritised for in-district placements. Concerns were expressed about the condition of some of the nightly-paid accommodation used by the Council; the Head of Housing advised that every property was inspected before first use and that two providers had been removed from the approved list in the last year. Councillor Brierley asked whether the Council had considered leasing homes from private landlords on longer terms and was informed that a private sector leasing scheme would be piloted from January 2026, with a target of 20 properties in the first year. Councillor Ghuman requested an estimate of the savings expected from the acquisition programme, which the Chief Finance Officer undertook to provide in writing."),
        ("p", "**RESOLVED \u2013**", 1.0),
        ("c", "(1)", "That the report be noted."),
        ("c", "(2)", "That a task and finish group of five Members be established to review the temporary accommodation strategy of the Council and report to the Committee by June 2026, and that Councillors Brierley, Carrow, Ghuman, Okafor and Whitlock be appointed to it."),
    ]),
    ("OS.30", "QUARTER 1 PERFORMANCE AND BUDGET MONITORING 2025/26", [
        ("p", "The Chief Finance Officer introduced the report, which forecast a net overspend of \u00a3812,000 on the General Fund for 2025/26, principally as a result of temporary accommodation costs and a shortfall in car parking income, and set out performance against the 22 corporate indicators, of which 15 were on target. Councillor Whitlock queried the reliance on the general fund reserve to balance the position and was advised that reserves, at \u00a34.1 million, remained above the minimum level approved by Council but that recovery actions were being developed by the Corporate Management Team. In response to a question from Councillor Ince about the vacancy rate, the Director of Communities and Place said that 31 posts were vacant across the Council, of which 12 were being held vacant to contribute to in-year savings."),
        ("p", "**RESOLVED \u2013** That the Quarter 1 performance and budget monitoring report be noted."),
    ]),
    ("OS.31", "CABINET FORWARD PLAN", [
        ("p", "**RESOLVED \u2013** That the Cabinet Forward Plan for the period 1 November 2025 to 28 February 2026 be noted."),
    ]),
    ("OS.32", "WORK PROGRAMME 2025/26", [
        ("p", "The Democratic Services Officer presented the draft work programme for the remainder of the municipal year. Councillor Okafor requested that the Committee examine the recent closure of the community pharmacy in Ashcott and its effect on residents of the southern parishes, who now faced a round trip of eleven miles to collect prescriptions."),
        ("p", "**RESOLVED \u2013** That the work programme for 2025/26 be agreed, subject to the addition of an item on community pharmacy provision for the meeting on 13 January 2026 and the establishment of the task and finish group referred to in Minute OS.29 above."),
    ]),
]

DOC1_ATTENDANCE = (
    "**PRESENT:** Councillor P J Hallam (Chairman); Councillor Mrs S Okafor (Vice-Chairman); "
    "Councillors J Brierley, T Carrow, D Fenwick, A Ghuman, R Ince (substitute for Councillor L Moss), "
    "K Pardoe and H Whitlock. **ALSO PRESENT:** Councillor M Astley (Portfolio Holder for Housing and "
    "Communities) and Councillor G Renshaw (Portfolio Holder for Leisure, Health and Wellbeing); "
    "Ms C Adebayo (Associate Director of Primary Care Commissioning, Wrekinvale Integrated Care Board) "
    "and Dr F Lister (GP Clinical Lead, Kelbury and Villages Primary Care Network). **OFFICERS:** "
    "N Sandhu (Director of Communities and Place), E Gorringe (Head of Housing and Homelessness "
    "Prevention), T Halloran (Leisure Contract and Client Services Manager), R Quartey (Chief Finance "
    "Officer and Section 151 Officer) and J Pyle (Democratic Services Officer)."
)


def build_doc1(path):
    d = TwoUp("Thornmere District Council \u2013 Overview and Scrutiny Committee", "Tuesday, 14 October 2025")
    d.gap(2)
    d.centred("THORNMERE DISTRICT COUNCIL", "B", 11.5, 0.5)
    d.centred("OVERVIEW AND SCRUTINY COMMITTEE", "B", 9.5, 2.5)
    d.para("**MINUTES** of the meeting of the Overview and Scrutiny Committee held in the Council Chamber, "
           "Thornmere House, Market Street, Kelbury on Tuesday, 14 October 2025 commencing at 6.30 pm.", after=2.5)
    d.para(DOC1_ATTENDANCE, after=3.0)
    for number, title, body in DOC1_ITEMS:
        d.heading(number, title, BI)
        for blk in body:
            if blk[0] == "p":
                after = blk[2] if len(blk) > 2 else 2.0
                d.para(blk[1], indent=BI, after=after)
            else:
                d.para(blk[2], indent=BI, hang_label=blk[1], hang=8.0, after=1.5)
    d.gap(3)
    d.para("The meeting closed at 9.12 pm.", indent=BI, justify=False, after=8)
    d.para("Chairman ..........................................    Date ........................", indent=BI, justify=False)
    d.output(path)


# ---------------------------------------------------------------------------
# 2. Word minutes with the same bold sub-labels under every item
# ---------------------------------------------------------------------------

DOC2_MEMBERS = [
    "Cllr Sarah Tennant (Chair)",
    "Cllr Imran Qureshi (Vice-Chair)",
    "Cllr Bev Harcastle",
    "Cllr Tom Lomax",
    "Cllr Priya Nandra",
    "Cllr Dennis Okoro (substitute for Cllr Felicity Wray)",
    "Cllr Gail Underhill",
    "Maureen Fitt (Co-opted Member, Healthwatch North Calderwick, non-voting)",
]
DOC2_OFFICERS = [
    "Cllr Ruth Milner \u2013 Cabinet Member for Adult Social Care and Public Health",
    "Dr Helen Askew \u2013 Director of Public Health",
    "Martin Crabtree \u2013 Director of Adult Social Care and Health Partnerships",
    "Joanne Bream \u2013 Head of Commissioning (Adults and Public Health)",
    "Kwame Asante \u2013 Deputy Director of Urgent and Emergency Care, Calder and Moor Integrated Care Board",
    "Lucy Fairbairn \u2013 Service Manager, Children and Young People\u2019s Mental Health, Pennine Calder NHS Foundation Trust",
    "Alice Young \u2013 Scrutiny Officer",
]

NONE = ["None."]
NA = ["Not applicable."]

DOC2_ITEMS = [
    ("1", "Apologies for absence and substitutions", {
        "summary": ["Apologies for absence were received from Cllr Felicity Wray, for whom Cllr Dennis Okoro substituted, and from Cllr Jon Bamford (Cabinet Member for Children and Families), who had been invited for Item 8."],
        "qa": NONE, "outcome": NA, "actions": NONE}),
    ("2", "Declarations of interest", {
        "summary": ["Cllr Nandra declared a non-pecuniary interest in Item 5 as her mother received home care from one of the providers named in the report.",
                    "Cllr Lomax declared a non-pecuniary interest in Item 8 as a governor of Easterby Academy, which hosted a Mental Health Support Team."],
        "qa": NONE, "outcome": NA, "actions": NONE}),
    ("3", "Minutes of the meeting held on 18 September 2025", {
        "summary": ["Members reviewed the draft minutes. No amendments were proposed."],
        "qa": NONE,
        "outcome": ["The Committee agreed that the minutes of the meeting held on 18 September 2025 be approved as a correct record."],
        "actions": ["Chair to sign the minutes."]}),
    ("4", "Public questions", {
        "summary": ["The Scrutiny Officer reported that no public questions had been received by the deadline of 12 noon on 17 November 2025."],
        "qa": NONE, "outcome": NA, "actions": NONE}),
    ("5", "Home Care Recommissioning: Outcome of Procurement and Transition Plan", {
        "summary": [
            "The Head of Commissioning (Adults and Public Health) presented the report, which summarised the outcome of the tender for the new home care framework due to start on 1 April 2026. The framework would move from 31 spot-purchased providers to five lead providers working in geographic zones, at an hourly rate of \u00a326.40. About 1,150 people currently received home care, of whom an estimated 340 would need to transfer to a new provider. The Cabinet Member for Adult Social Care and Public Health emphasised that continuity of care would be the priority throughout the transition.",
            "Members welcomed the move to zones but concerns were expressed that smaller local providers, several of them family-run, had been unable to compete with national companies in the tender. The Head of Commissioning acknowledged that three local providers had not met the quality threshold, but said that two of them would be offered sub-contracting arrangements with the lead providers.",
        ],
        "qa": [
            "Cllr Okoro asked how the Council would ensure that people did not lose care workers they knew during the transfer, particularly those living with dementia.",
            "Officer response \u2013 The Head of Commissioning explained that TUPE would apply where staff moved with their packages of care and that a transition team of four social workers would contact every affected person before February 2026.",
            "Cllr Underhill asked whether the hourly rate of \u00a326.40 would allow providers to pay the real Living Wage and cover travel time between visits.",
            "Officer response \u2013 The Director of Adult Social Care and Health Partnerships confirmed that the rate had been modelled on the real Living Wage plus paid travel time, and that payment of the real Living Wage was a contractual condition that would be tested through open-book monitoring.",
            "Cllr Harcastle asked what would happen if a lead provider failed or withdrew from the framework, given the collapse of Brightwell Care in 2023. Cllr Lomax also asked who would be accountable for monitoring quality under the new arrangements.",
            "Officer response \u2013 The Head of Commissioning said that each zone would have a named reserve provider and that the contract allowed the Council to step in. Quality would be monitored by the Quality Assurance Team alongside CQC ratings, with quarterly reports to this Committee.",
            "Cllr Nandra, having declared an interest, asked whether people receiving care and their families had been consulted on the zoning model before the tender was issued.",
        ],
        "outcome": ["The Committee noted the outcome of the procurement and agreed to receive a transition progress report at its meeting on 12 March 2026, including the number of people who had changed care worker."],
        "actions": [
            "Head of Commissioning to provide a summary of the engagement with people receiving care and with carers before the tender was issued (by 31 December 2025).",
            "Scrutiny Officer to add the transition progress report to the work programme for March 2026.",
        ]}),
    ("6", "Urgent and Emergency Care: Winter Plan 2025/26", {
        "summary": [
            "Kwame Asante presented the Winter Plan 2025/26 for Calderwick General Hospital and community services, which included 42 additional escalation beds, an expanded virtual ward of 90 places, a discharge to assess hub and a new same-day emergency care unit. It was reported that ambulance handover delays at Calderwick General had averaged 58 minutes in October 2025 against a standard of 15 minutes.",
            "Members expressed concern that the number of people delayed in hospital while waiting for care packages had not improved since last winter. The Director of Adult Social Care and Health Partnerships explained that delays were now mainly for people needing nursing home placements rather than home care, and that the Council had block-booked 20 nursing beds for the winter.",
        ],
        "qa": [
            "Cllr Qureshi asked how many of the 42 escalation beds would be staffed by agency nurses and what this would cost.",
            "Officer response \u2013 Mr Asante said that the trust expected around 60 per cent of escalation shifts to be filled through its internal staff bank and the remainder by agency staff, at an estimated cost of \u00a32.3 million funded from the national winter allocation.",
            "Cllr Tennant (Chair) asked whether the virtual ward had reduced admissions or simply moved patients home earlier, and requested data on readmissions. Cllr Underhill added that she had heard from residents that families were being expected to act as carers on the virtual ward without support.",
            "Officer response \u2013 Mr Asante said that the virtual ward had admitted 1,240 patients since April, of whom 71 per cent would otherwise have been in a hospital bed, and that readmission data would be provided after the meeting. The Director of Adult Social Care and Health Partnerships added that carers\u2019 assessments were offered to every family supporting someone on the virtual ward.",
        ],
        "outcome": ["The Committee noted the Winter Plan 2025/26 and recommended to the Calder and Moor Integrated Care Board that a single point of contact for unpaid carers be built into the virtual ward service before 1 January 2026."],
        "actions": ["Kwame Asante to provide readmission data for virtual ward patients before the next meeting."]}),
    ("7", "Drug and Alcohol Treatment and Recovery Service: Contract Extension", {
        "summary": [
            "Dr Askew introduced the report on the performance of the drug and alcohol treatment and recovery service provided by Pathways Recovery Partnership, a registered charity, under a contract due to end on 30 September 2026, and sought the views of the Committee on the proposal to use the two-year extension option in the contract rather than re-procure the service. The public health grant for 2025/26 was \u00a324.6 million, which represented a real-terms reduction of 18 per cent per head since 2015/16. Successful completions for opiate users were 6.1 per cent against a national average of 5.0 per cent.",
        ],
        "qa": [
            "Cllr Lomax asked why the Council was not re-tendering the contract when the provider had missed its target for waiting times in two of the last four quarters.",
            "Officer response \u2013 Dr Askew explained that re-procuring the service during a period of national uncertainty over the grant would be disruptive and costly, and that the provider had since recovered its waiting time performance, with 96 per cent of clients starting treatment within three weeks.",
            "Cllr Harcastle asked how many people in treatment came from the most deprived wards and whether the service was reaching women with children.",
            "Officer response \u2013 The Head of Commissioning said that 41 per cent of people in treatment lived in the most deprived fifth of neighbourhoods and that a women-only recovery group with cr\u00e8che provision had been set up in Easterby.",
            "Cllr Qureshi commented that the real-terms cut to the public health grant was a false economy given the cost of alcohol-related hospital admissions to the NHS.",
        ],
        "outcome": ["The Committee supported the proposed two-year extension of the contract with Pathways Recovery Partnership and recommended that Cabinet require the provider to report quarterly on waiting times as a condition of the extension."],
        "actions": NONE}),
    ("8", "Children and Young People\u2019s Emotional Wellbeing and Mental Health Services", {
        "summary": [
            "Lucy Fairbairn presented an update on mental health services for children and young people. There were 1,020 children and young people on the waiting list for treatment, and the median wait for a neurodevelopmental assessment was 31 weeks. Mental Health Support Teams now covered 62 per cent of schools in the borough, with full coverage planned by September 2026.",
        ],
        "qa": [
            "Cllr Nandra asked what support was available to families while children waited for an autism assessment, noting that some families had waited more than two years.",
            "Officer response \u2013 Ms Fairbairn said that the waiting well offer, delivered with voluntary sector partners, provided telephone advice, parent workshops and a named contact, and that 800 families had used it since April.",
            "Cllr Okoro asked whether the trust was using private providers to clear the assessment backlog and, if so, at what cost.",
            "Officer response \u2013 Ms Fairbairn confirmed that 300 assessments had been commissioned from an independent sector provider, Clearview Neuro Ltd, at \u00a31,450 per assessment, funded by the ICB, and that the quality of the reports was being audited by the trust.",
            "Cllr Underhill requested that future reports include the views of young people and parents gathered through the Healthwatch and Young Inspectors surveys.",
            "Officer response \u2013 Agreed. The Scrutiny Officer would liaise with the trust on the format of future reports.",
        ],
        "outcome": ["The Committee noted the update on emotional wellbeing and mental health services for children and young people."],
        "actions": ["Lucy Fairbairn to provide a breakdown of waiting times by age group and ward."]}),
    ("9", "Healthwatch North Calderwick Annual Report 2024/25", {
        "summary": [
            "Maureen Fitt presented the annual report, highlighting the 2,310 pieces of feedback received from residents, Enter and View visits to six care homes, and the report on access to NHS dentistry, which had found that no dental practice in the borough was accepting new adult NHS patients.",
        ],
        "qa": [
            "Cllr Tennant asked what difference Healthwatch recommendations had made to NHS dental access over the year.",
            "Officer response \u2013 Mrs Fitt said that the ICB had commissioned 4,000 additional urgent dental appointments following the report, but routine access remained very poor.",
        ],
        "outcome": ["The Committee noted the Healthwatch annual report and thanked its staff and volunteers for their work."],
        "actions": NONE}),
    ("10", "Work Programme 2025/26", {
        "summary": [
            "Alice Young presented the work programme for 2025/26. Cllr Qureshi requested that the Committee schedule a session on the future of the Easterby minor injuries unit before the ICB began its public consultation in the spring.",
        ],
        "qa": NONE,
        "outcome": ["The Committee agreed the work programme, with the addition of an item on the Easterby minor injuries unit at its meeting on 15 January 2026."],
        "actions": ["Scrutiny Officer to invite the ICB to the January meeting."]}),
]


def _field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % instr
    run._r.append(t)
    run = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run._r.append(s)
    paragraph.add_run("1")
    run = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(e)


def fix_zip(path, when=(2025, 11, 27, 14, 2, 0)):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_doc2(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)

    hp = sec.header.paragraphs[0]
    hp.text = "North Calderwick Council \u2013 Health and Wellbeing Scrutiny Committee \u2013 20 November 2025 \u2013 DRAFT"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    _field(fp, "PAGE")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph("Chair\u2019s initials: __________")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp2.runs[0].font.size = Pt(8)

    def p(text="", bold=False, italic=False, size=None, align=None, style=None):
        para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        if text:
            run = para.add_run(text)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("NORTH CALDERWICK COUNCIL", bold=True, size=14, align="c")
    p("HEALTH AND WELLBEING SCRUTINY COMMITTEE", bold=True, size=12, align="c")
    p("Minutes of the meeting held on Thursday 20 November 2025 at 10.00 am in Committee Room 2, "
      "Calderwick Civic Centre, Station Parade, Calderwick, and broadcast live on the Council\u2019s YouTube channel",
      align="c")
    p("These minutes are a draft and are subject to approval at the next meeting of the Committee.", italic=True, size=9, align="c")

    p("Present", bold=True)
    table = doc.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0].cells
    for cell, label in zip(hdr, ["Members", "Officers and guests"]):
        cell.paragraphs[0].add_run(label).bold = True
    for cell, names in zip(table.rows[1].cells, [DOC2_MEMBERS, DOC2_OFFICERS]):
        cell.paragraphs[0].add_run(names[0])
        for n in names[1:]:
            cell.add_paragraph(n)
    p("")

    for num, title, parts in DOC2_ITEMS:
        p("Item %s \u2013 %s" % (num, title), bold=True, size=12)
        for label, key in [("Summary of discussion:", "summary"), ("Questions and answers:", "qa"),
                           ("Outcome:", "outcome"), ("Actions:", "actions")]:
            p(label, bold=True)
            lines = parts[key]
            for line in lines:
                if key == "actions" and line != "None.":
                    p(line, style="List Bullet")
                else:
                    p(line)
    p("The meeting closed at 12.47 pm.")
    p("")
    p("Chair: ..............................................        Date: ............................")

    cp = doc.core_properties
    cp.author = "Alice Young"
    cp.last_modified_by = "Alice Young"
    cp.title = "HWSC minutes 20 November 2025 - draft"
    cp.created = datetime.datetime(2025, 11, 24, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 11, 27, 14, 2, 0)
    cp.revision = 7
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# 3. WordPress town-council page, one layout table per item
# ---------------------------------------------------------------------------

def wp(text):
    """Imitate wptexturize: curly apostrophes and en dashes as numeric entities."""
    t = html.escape(text, quote=False)
    t = t.replace("'", "&#8217;").replace(" \u2013 ", " &#8211; ").replace("\u00a3", "&#163;")
    return t


DOC3_ITEMS = [
    ("1", "Apologies for Absence", [
        "Apologies were received and accepted from Cllr Jenny Strand (work commitments) and Cllr Peter Oduya (holiday). Cllr Graham Hewitt was absent.",
        ("R", "To accept the apologies from Cllr Strand and Cllr Oduya for the reasons given."),
    ]),
    ("2", "Declarations of Interest and Dispensations", [
        "Cllr Begum declared a non-pecuniary interest in Item 7 as a volunteer leader at Fellbridge Youth Club. Cllr Tarrant declared a non-pecuniary interest in Item 5 as a patient registered at Orchard Lane Surgery. No requests for dispensations had been received.",
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("R", "That the minutes of the meeting held on 7 July 2025, having been circulated, be approved as a true record and signed by the Chair."),
    ]),
    ("4", "Public Participation", [
        "The meeting was adjourned at 7.04pm to allow members of the public to address the Committee.",
        ("S", "Statement from Mrs Eileen Cartwright"),
        "Mrs Cartwright, a resident of Mill Road, spoke on behalf of the Orchard Lane Patient Participation Group. She said that the proposed closure of the Orchard Lane branch surgery would leave around 3,800 patients, many of them elderly and without cars, facing a two-bus journey to the main surgery at Westgate, and that the consultation had been run over the summer holidays with only two drop-in sessions. She urged the Town Council to object in the strongest possible terms.",
        "The Chair thanked Mrs Cartwright for her statement and said that it would be taken into account under Item 5.",
        ("S", "Question from Mr Dennis Hulme"),
        "Mr Hulme asked why the grass verges on Station Road and the cemetery had been left uncut for six weeks during the summer, and whether the Town Council was getting value for money from its grounds maintenance contractor.",
        ("L", "Reply:", "The Chair replied that the contractor, Greenscape Services Ltd, had been short of staff in July and August and that the Clerk had issued a formal default notice; a deduction of \u00a31,240 had been made from the August payment. The future of the contract would be considered under Item 6."),
        "The meeting was reconvened at 7.19pm.",
    ]),
    ("5", "Orchard Lane Branch Surgery \u2013 ICB Consultation on Proposed Closure", [
        "The Committee considered the consultation document issued by the Wyke Valley Integrated Care Board on the proposal by Westgate Medical Practice to close its Orchard Lane branch surgery from 1 April 2026, citing difficulty in recruiting GPs and the cost of bringing the building up to standard. The consultation closes on 30 September 2025.",
        "Cllr Tarrant, having declared an interest, asked whether the practice had considered reducing the branch opening hours rather than closing it altogether. The Clerk reported that the practice had told the Patient Participation Group that part-time opening had been tried in 2023 and had not been sustainable because of the number of locum sessions needed. Cllr Pocock expressed concern that the consultation had not been publicised in the Fellbridge News or at the library, and that the questionnaire was only available online. Cllr Dyson suggested that the Town Council offer the practice the use of a consulting room at the Fellbridge Community Centre two mornings a week; Members supported this. District Councillor Ellery reported that the District Council had secured a contribution towards health facilities from the Ridgeway Farm development.",
        ("R", "(a) That the Town Council objects to the proposed closure of Orchard Lane branch surgery and that the Clerk submit the response at Appendix A to the ICB consultation by 30 September 2025. (b) That the Clerk write to the practice and the ICB offering the use of a consulting room at the Fellbridge Community Centre at a peppercorn rent. (c) That the Clerk publicise the consultation in the October edition of the Fellbridge News and on the Council's social media channels."),
    ]),
    ("6", "Grounds Maintenance Contract 2026 to 2029", [
        "The Deputy Town Clerk presented a report on the options for grounds maintenance when the current contract with Greenscape Services Ltd ends on 31 March 2026: (1) re-tender a three-year contract; (2) extend the current contract by one year; or (3) bring the service in-house by employing two grounds staff and purchasing equipment, at an estimated start-up cost of \u00a346,000 and annual running costs of \u00a371,000, compared with the current contract price of \u00a368,500.",
        "Cllr Akinola asked whether the in-house costs included sickness cover, pensions and holiday cover; the Deputy Clerk confirmed that they included employer pension contributions but not cover for sickness, which would add around \u00a35,000 a year. Cllr Pocock said she was not convinced the Council had the capacity to manage staff directly, given the existing workload of the Clerk. Cllr Dyson queried whether neighbouring councils had brought grounds work in-house and was told that Wyke Town Council had done so in 2023 and reported improved standards.",
        ("R", "(a) To extend the current contract with Greenscape Services Ltd for one year to 31 March 2027, subject to the contractor meeting the service standards set out in the default notice. (b) That a working group of Cllrs Akinola, Dyson and Pocock develop a detailed business case for in-house provision to be reported to the Committee in January 2026."),
        "Proposed by Cllr Dyson, seconded by Cllr Tarrant. 5 in favour, 1 against.",
    ]),
    ("7", "Youth Provision \u2013 Grant Application from Fellbridge Youth Club", [
        "Cllr Begum, having declared an interest, left the room for this item.",
        "The Clerk reported an application for \u00a38,500 from Fellbridge Youth Club towards the cost of a qualified youth worker for two evenings a week, following the withdrawal of the county council's detached youth work service in 2024. Cllr Tarrant asked what would happen to the sessions after March 2027 if the Town Council could not continue the grant. The Clerk advised that the club was applying to the National Lottery Community Fund for a three-year award.",
        ("R", "To award a grant of \u00a38,500 to Fellbridge Youth Club from the Community Grants budget (earmarked reserve EMR 312), subject to quarterly monitoring reports."),
        "Cllr Begum returned to the meeting.",
    ]),
    ("8", "Affordable Housing at Ridgeway Farm \u2013 Update", [
        "District Councillor Ellery gave a verbal update on the Ridgeway Farm development, where 92 affordable homes would be completed in phases from March 2026 and let under a local connection policy.",
        "Cllr Akinola asked how many of the homes would be for social rent rather than shared ownership, and Cllr Ellery said that 54 of the 92 homes would be for social rent. Members requested that the Town Council be consulted on the local lettings plan before it was finalised, and Cllr Ellery agreed to raise this with the housing team at the District Council.",
        ("R", "To note the update on affordable housing at Ridgeway Farm."),
    ]),
    ("9", "Budget Monitoring to 31 August 2025", [
        "The Clerk presented the budget monitoring report. Expenditure stood at 38% of the annual budget at month five. There were no questions.",
        ("R", "To note the budget monitoring report to 31 August 2025."),
    ]),
    ("10", "Date of Next Meeting", [
        "Monday 10 November 2025 at 7.00pm in the Council Chamber.",
    ]),
]

DOC3_SIDEBAR = """
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://www.fellbridge-tc.gov.uk/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="Search" /></form></section>
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Latest News</h2>
<ul>
<li><a href="https://www.fellbridge-tc.gov.uk/2025/09/12/remembrance-sunday-road-closures/">Remembrance Sunday road closures</a></li>
<li><a href="https://www.fellbridge-tc.gov.uk/2025/09/10/have-your-say-neighbourhood-plan/">Have your say on the Neighbourhood Plan review</a></li>
<li><a href="https://www.fellbridge-tc.gov.uk/2025/09/02/allotment-vacancies/">Allotment plots available at Mill Lane</a></li>
<li><a href="https://www.fellbridge-tc.gov.uk/2025/08/28/summer-fun-day-thank-you/">Thank you for a wonderful Summer Fun Day</a></li>
</ul></section>
<section id="text-4" class="widget widget_text"><h2 class="widget-title">Upcoming Meetings</h2>
<div class="textwidget"><p>Full Council &#8211; Monday 22 September 2025, 7.00pm<br />
Planning Committee &#8211; Monday 29 September 2025, 7.00pm<br />
Community and Wellbeing Committee &#8211; Monday 10 November 2025, 7.00pm</p>
<p>Agendas are published at least three clear working days before each meeting.</p></div></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul>
<li class="cat-item"><a href="/category/agendas/">Agendas</a> (214)</li>
<li class="cat-item"><a href="/category/minutes/">Minutes</a> (231)</li>
<li class="cat-item"><a href="/category/minutes/community-and-wellbeing-committee/">Community and Wellbeing Committee</a> (38)</li>
<li class="cat-item"><a href="/category/news/">News</a> (96)</li>
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2>
<ul>
<li><a href="/2025/09/">September 2025</a></li>
<li><a href="/2025/08/">August 2025</a></li>
<li><a href="/2025/07/">July 2025</a></li>
<li><a href="/2025/06/">June 2025</a></li>
</ul></section>
</aside>
"""


def build_doc3(path):
    out = []
    a = out.append
    a("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Minutes &#8211; Community and Wellbeing Committee &#8211; 8 September 2025 &#8211; Fellbridge Town Council</title>
<meta name="generator" content="WordPress 6.6.2" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.fellbridge-tc.gov.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='parishpress-style-css' href='https://www.fellbridge-tc.gov.uk/wp-content/themes/parishpress/style.css?ver=2.3.1' media='all' />
<script src="https://www.fellbridge-tc.gov.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<style id="wp-custom-css">.minutes-item td{vertical-align:top;padding:4px 8px}.minutes-item h4{margin:0 0 6px}</style>
</head>
<body class="post-template-default single single-post postid-4187 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<p class="site-title"><a href="https://www.fellbridge-tc.gov.uk/" rel="home">Fellbridge Town Council</a></p>
<p class="site-description">Serving the people of Fellbridge since 1974</p>
</div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/your-council/">Your Council</a></li>
<li class="menu-item current-menu-ancestor"><a href="/meetings/">Meetings &amp; Minutes</a></li>
<li class="menu-item"><a href="/services/">Services</a></li>
<li class="menu-item"><a href="/allotments/">Allotments</a></li>
<li class="menu-item"><a href="/contact/">Contact Us</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-4187" class="post-4187 post type-post status-publish format-standard hentry category-minutes category-community-and-wellbeing-committee">
<header class="entry-header">
<h1 class="entry-title">Minutes &#8211; Community and Wellbeing Committee &#8211; 8 September 2025</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2025-09-16T10:41:07+01:00">16 September 2025</time></span><span class="byline"> by <span class="author vcard">Town Clerk</span></span></div>
</header>
<div class="entry-content">
<p><em>These minutes are draft until approved at the next meeting of the Committee.</em> <a href="https://www.fellbridge-tc.gov.uk/wp-content/uploads/2025/09/CWC-Minutes-08.09.25-DRAFT.pdf">Download as PDF</a></p>
<p style="text-align: center;"><strong>FELLBRIDGE TOWN COUNCIL</strong></p>
<p style="text-align: center;">Minutes of the meeting of the <strong>Community and Wellbeing Committee</strong> held on Monday 8 September 2025 at 7.00pm in the Council Chamber, Fellbridge Town Hall, High Street</p>
<p><strong>Present:</strong> Cllr Anne Marchetti (Chair), Cllr Robert Dyson (Vice-Chair), Cllr Hafsa Begum, Cllr Colin Tarrant, Cllr Wendy Pocock and Cllr Steve Akinola.</p>
<p><strong>In attendance:</strong> Kerry Doyle (Town Clerk and Responsible Financial Officer), Liam Prothero (Deputy Town Clerk), District Councillor Mark Ellery (Harrowdene District Council) and 14 members of the public.</p>
""")
    for num, title, body in DOC3_ITEMS:
        a('<table class="minutes-item" style="border-collapse: collapse; width: 100%;" border="0">\n<tbody>\n<tr>\n')
        a('<td style="width: 13%%;"><strong>Item %s</strong></td>\n' % num)
        a('<td style="width: 87%%;">\n<h4>%s</h4>\n' % wp(title))
        for blk in body:
            if isinstance(blk, str):
                a("<p>%s</p>\n" % wp(blk))
            elif blk[0] == "R":
                a("<p><strong>Resolved:</strong> %s</p>\n" % wp(blk[1]))
            elif blk[0] == "S":
                a("<p><strong>%s</strong></p>\n" % wp(blk[1]))
            elif blk[0] == "L":
                a("<p><strong>%s</strong> %s</p>\n" % (blk[1], wp(blk[2])))
        a("</td>\n</tr>\n</tbody>\n</table>\n")
    a("""<p>There being no further business, the Chair closed the meeting at 8.52pm.</p>
<p>Signed &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230; (Chair) &nbsp; Date &#8230;&#8230;&#8230;&#8230;&#8230;</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/minutes/" rel="category tag">Minutes</a>, <a href="/category/minutes/community-and-wellbeing-committee/" rel="category tag">Community and Wellbeing Committee</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
<div class="nav-previous"><a href="/2025/09/15/minutes-planning-committee-1-september-2025/" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">Minutes &#8211; Planning Committee &#8211; 1 September 2025</span></a></div>
<div class="nav-next"><a href="/2025/09/19/agenda-full-council-22-september-2025/" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">Agenda &#8211; Full Council &#8211; 22 September 2025</span></a></div>
</div></nav>
<div id="comments" class="comments-area"><p class="no-comments">Comments are closed.</p></div>
</main>
""")
    a(DOC3_SIDEBAR)
    a("""</div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><p><strong>Fellbridge Town Council</strong><br />Town Hall, High Street, Fellbridge FB4 2QT<br />Telephone 01632 960418 &middot; clerk@fellbridge-tc.gov.uk</p>
<p>Office opening hours: Monday to Thursday 9.30am &#8211; 1.00pm</p></div>
<div class="site-info"><a href="/accessibility-statement/">Accessibility statement</a> | <a href="/privacy-notice/">Privacy notice</a> | <a href="/cookies/">Cookies</a><br />
&copy; 2025 Fellbridge Town Council. Website by ParishPress.</div>
</footer>
</div>
<div id="cookie-notice" role="dialog"><span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span> <a href="#" id="cn-accept-cookie">Ok</a></div>
<script src="https://www.fellbridge-tc.gov.uk/wp-content/themes/parishpress/js/navigation.js?ver=2.3.1" id="parishpress-navigation-js"></script>
</body>
</html>
""")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


# ---------------------------------------------------------------------------
# 4. ModernGov "Decision details" page (not minutes)
# ---------------------------------------------------------------------------

DOC4 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Decision - Leisure Services: Future Delivery Model from April 2027 - Thornmere District Council</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="sitespecific/ssWordStyles.css" rel="stylesheet" />
<meta name="robots" content="index, follow" />
</head>
<body>
<div id="header"><a href="https://www.thornmere.gov.uk/"><img src="SiteSpecific/Images/tdc_logo.png" alt="Thornmere District Council" /></a>
<ul id="topnav"><li><a href="https://www.thornmere.gov.uk/">Home</a></li><li><a href="https://www.thornmere.gov.uk/contact">Contact us</a></li><li><a href="mgMemberIndex.aspx?bcr=1">Your councillors</a></li></ul></div>
<div id="breadcrumb"><ul class="breadcrumbs"><li><a href="https://www.thornmere.gov.uk/">Home</a></li><li><a href="ieDocHome.aspx?bcr=1">Councillors, meetings and decisions</a></li><li><a href="mgDelegatedDecisions.aspx?bcr=1&amp;DM=0&amp;DS=2&amp;K=0&amp;V=0">Decisions</a></li><li>Decision details</li></ul></div>
<div id="mgSidebar"><ul class="mgSideNav">
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar of meetings</a></li>
<li><a href="mgListPlans.aspx?RP=0&amp;RD=0&amp;bcr=1">Forward plans</a></li>
<li><a href="mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
<li><a href="ieDocSearch.aspx?bcr=1">Search documents</a></li>
<li><a href="mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></li>
<li><a href="mgWhatsNew.aspx?bcr=1">What&#39;s new</a></li>
</ul></div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Leisure Services: Future Delivery Model from April 2027</h2>
<div class="mgLinks"><ul><li><a href="mgIssueHistoryHome.aspx?IId=18244&amp;Opt=0">Issue history</a></li><li><a href="mgConvert2PDF.aspx?ID=71902&amp;T=10">Printable version (PDF)</a></li></ul></div>
<p><span class="mgLabel">Decision Maker: </span><a href="mgCommitteeDetails.aspx?ID=131">Cabinet</a></p>
<p><span class="mgLabel">Decision status: </span>Recommendations Approved</p>
<p><span class="mgLabel">Is Key decision?: </span>Yes</p>
<p><span class="mgLabel">Is subject to call in?: </span>Yes</p>
<p><span class="mgLabel">Reference: </span>KD/2025/019</p>
<h2 class="mgSectionTitle">Purpose:</h2>
<div class="mgWordPara"><p>To consider the options appraisal for the delivery of the Council&#8217;s leisure services when the current operating contract with Vantage Community Leisure Ltd expires on 31 March 2027, together with the recommendations made by the Overview and Scrutiny Committee on 14 October 2025 (Minute OS.28).</p></div>
<h2 class="mgSectionTitle">Decision:</h2>
<div class="mgWordPara">
<p>RESOLVED &#8211; That:</p>
<p>(1)&nbsp;&nbsp;Kelbury Leisure Centre and Ashcott Pool be operated from 1 April 2027 by a company wholly owned by the Council, subject to approval of a final business case by Cabinet in June 2026;</p>
<p>(2)&nbsp;&nbsp;a budget of &#163;250,000 be allocated from the Invest to Save Reserve to meet the set-up costs of the company, including legal, pensions and information technology advice;</p>
<p>(3)&nbsp;&nbsp;authority be delegated to the Director of Communities and Place, in consultation with the Portfolio Holder for Leisure, Health and Wellbeing, to negotiate a short extension of the existing contract of up to six months should it be required to secure a safe transfer of the service; and</p>
<p>(4)&nbsp;&nbsp;the response to the recommendations of the Overview and Scrutiny Committee set out at Appendix C to the report be approved.</p>
</div>
<h2 class="mgSectionTitle">Reasons for the decision:</h2>
<div class="mgWordPara"><p>The options appraisal at Appendix A found that a wholly owned company offered the best balance of control, social value and cost. It would allow the Council to retain any operating surplus, to set concessionary prices, and to secure savings on business rates and VAT that are not available through direct in-house delivery. The Overview and Scrutiny Committee had asked that in-house delivery and social value be given equal weight in the appraisal, and this had been done.</p></div>
<h2 class="mgSectionTitle">Alternative options considered:</h2>
<div class="mgWordPara"><p>Re-procuring a ten-year operating contract through competitive tender: not recommended because market interest had fallen and the management fee was expected to rise. Transfer to an independent leisure trust: not recommended because the Council would lose control over pricing and programming. Direct in-house delivery by the Council: not recommended because of the additional business rates and irrecoverable VAT, estimated at &#163;340,000 a year.</p></div>
<h2 class="mgSectionTitle">Interests and nature of interests declared:</h2>
<div class="mgWordPara"><p>Councillor G Renshaw declared a non-registrable interest as a member of Kelbury Swimming Club and remained in the meeting.</p></div>
<p><span class="mgLabel">Publication date: </span>06/11/2025</p>
<p><span class="mgLabel">Date of decision: </span>04/11/2025</p>
<p><span class="mgLabel">Decided at meeting: </span><a href="ieListDocuments.aspx?CId=131&amp;MId=2987">04/11/2025 - Cabinet</a></p>
<p><span class="mgLabel">Effective from: </span>14/11/2025</p>
<p><span class="mgLabel">Contact: </span>Nikhil Sandhu, Director of Communities and Place Email: <a href="mailto:nikhil.sandhu@thornmere.gov.uk">nikhil.sandhu@thornmere.gov.uk</a> Tel: 01632 960233.</p>
<h2 class="mgSectionTitle">Accompanying Documents:</h2>
<ul class="mgBulletList">
<li><a href="documents/s41877/Leisure%20Future%20Delivery%20Model%20-%20Cabinet%20report.pdf">Leisure Future Delivery Model - Cabinet report&nbsp;<span class="mgFileSize">PDF 612 KB</span></a></li>
<li><a href="documents/s41878/Appendix%20A%20-%20Options%20appraisal.pdf">Appendix A - Options appraisal&nbsp;<span class="mgFileSize">PDF 1 MB</span></a></li>
<li><a href="documents/s41879/Appendix%20B%20-%20Equality%20Impact%20Assessment.pdf">Appendix B - Equality Impact Assessment&nbsp;<span class="mgFileSize">PDF 298 KB</span></a></li>
<li><a href="documents/s41880/Appendix%20C%20-%20Response%20to%20OS%20recommendations.pdf">Appendix C - Response to Overview and Scrutiny recommendations&nbsp;<span class="mgFileSize">PDF 144 KB</span></a></li>
</ul>
</div></div>
<div id="footer"><p>Thornmere District Council, Thornmere House, Market Street, Kelbury KB1 4TD</p>
<p><a href="https://www.thornmere.gov.uk/accessibility">Accessibility</a> | <a href="https://www.thornmere.gov.uk/privacy">Privacy</a> | <a href="mgGeneric.aspx?bcr=1&amp;MD=mgHelp">Help</a></p>
<p class="mgPoweredBy">Powered by <a href="http://www.moderngov.co.uk">Modern.Gov</a></p></div>
</body>
</html>
"""


def build_doc4(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(DOC4)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD1 = {
    "document": F1,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in DOC1_ITEMS],
    "questions": [
        Q("OS.27", "question", "residents in the eastern villages were still reporting that they could not get through",
          "Councillor Fenwick", "all practices had now moved to cloud-based telephony with call-back functionality", "Ms Adebayo", ["primary-care"]),
        Q("OS.27", "concern", "online triage forms disadvantaged older residents and those without internet access",
          "Councillor Okafor", "every practice was required to offer the same triage through reception staff", "Dr Lister", ["primary-care"]),
        Q("OS.27", "question", "how many of the new roles funded under the additional roles scheme",
          "Councillor Pardoe", "38 of the 44 funded posts had been filled", None, ["primary-care", "workforce"]),
        Q("OS.27", "question", "a question from Councillor Brierley about the proposed Brookfield Park health centre",
          "Councillor Brierley", "the ICB had not yet approved the business case", "Associate Director", ["primary-care", "finance"]),
        Q("OS.27", "concern", "the Brookfield Park development was already half occupied without the promised facility",
          None, None, None, ["primary-care", "housing"]),
        Q("OS.27", "comment", "practices themselves carried much of the financial risk of new premises",
          "Councillor Ghuman", None, None, ["primary-care", "finance"]),
        Q("OS.27", "request", "share practice-level data on appointment waiting times with the Committee",
          "Councillor Carrow", "Ms Adebayo agreed to provide this to the Democratic Services Officer", "Ms Adebayo", ["primary-care"]),
        Q("OS.28", "question", "value for money given that the parent company of the operator had reported record profits",
          "Councillor Whitlock", "the contract had been let through a competitive process in 2017", "Portfolio Holder",
          ["subcontracting", "privatisation", "finance"]),
        Q("OS.28", "question", "checked the utility figures submitted by the operator before agreeing to the indexation payment",
          "Councillor Ince", "an independent energy consultant had verified the figures", "Manager", ["subcontracting", "finance"]),
        Q("OS.28", "question", "sought clarification on staff turnover at Ashcott Pool",
          "Councillor Okafor", "the operator had introduced a pay supplement for qualified lifeguards", None, ["workforce"]),
        Q("OS.28", "comment", "residents on low incomes found the concessionary membership price",
          "Councillor Fenwick", None, None, ["finance"]),
        Q("OS.28", "question", "bringing the service back in-house or transferring it to a local authority trading company",
          "Councillor Pardoe", "the options appraisal would be presented to Cabinet on 4 November 2025",
          "Director of Communities and Place", ["privatisation", "subcontracting"]),
        Q("OS.28", "comment", "the Committee should have sight of the appraisal before Cabinet took a decision",
          "Councillor Hallam", None, None, ["governance"]),
        Q("OS.29", "question", "how many families had been placed outside the district",
          "Councillor Carrow", "14 households were currently placed in neighbouring authorities", "Head of Housing", ["housing"]),
        Q("OS.29", "concern", "the condition of some of the nightly-paid accommodation used by the Council",
          None, "every property was inspected before first use", "Head of Housing", ["housing"]),
        Q("OS.29", "question", "leasing homes from private landlords on longer terms",
          "Councillor Brierley", "a private sector leasing scheme would be piloted from January 2026", None, ["housing"]),
        Q("OS.29", "request", "an estimate of the savings expected from the acquisition programme",
          "Councillor Ghuman", "the Chief Finance Officer undertook to provide in writing", "Chief Finance Officer", ["housing", "finance"]),
        Q("OS.30", "question", "queried the reliance on the general fund reserve to balance the position",
          "Councillor Whitlock", "remained above the minimum level approved by Council", None, ["finance"]),
        Q("OS.30", "question", "a question from Councillor Ince about the vacancy rate",
          "Councillor Ince", "31 posts were vacant across the Council", "Director of Communities and Place", ["workforce", "finance"]),
        Q("OS.32", "request", "examine the recent closure of the community pharmacy in Ashcott",
          "Councillor Okafor", None, None, ["primary-care"]),
    ],
    "resolutions": [
        R("OS.25", "the minutes of the meeting of the Committee held on 9 September 2025", "agreed", []),
        R("OS.27", "provide a written update on the Brookfield Park health centre business case", "agreed", ["primary-care"]),
        R("OS.28", "circulate a breakdown of the utilities indexation payment to all Members", "recommended",
          ["privatisation", "subcontracting"]),
        R("OS.29", "a task and finish group of five Members be established", "agreed", ["housing"]),
        R("OS.30", "the Quarter 1 performance and budget monitoring report be noted", "noted", ["finance"]),
        R("OS.31", "the Cabinet Forward Plan for the period 1 November 2025", "noted", []),
        R("OS.32", "subject to the addition of an item on community pharmacy provision", "agreed", ["primary-care"]),
    ],
    "attendees": [
        A("Councillor P J Hallam", "Chairman", "present"),
        A("Councillor Mrs S Okafor", "Vice-Chairman", "present"),
        A("Councillor J Brierley", None, "present"),
        A("Councillor T Carrow", None, "present"),
        A("Councillor D Fenwick", None, "present"),
        A("Councillor A Ghuman", None, "present"),
        A("Councillor R Ince", "substitute for Councillor L Moss", "present"),
        A("Councillor K Pardoe", None, "present"),
        A("Councillor H Whitlock", None, "present"),
        A("Councillor M Astley", "Portfolio Holder for Housing and Communities", "in_attendance"),
        A("Councillor G Renshaw", "Portfolio Holder for Leisure, Health and Wellbeing", "in_attendance"),
        A("Ms C Adebayo", "Associate Director of Primary Care Commissioning, Wrekinvale Integrated Care Board", "in_attendance"),
        A("Dr F Lister", "GP Clinical Lead, Kelbury and Villages Primary Care Network", "in_attendance"),
        A("N Sandhu", "Director of Communities and Place", "in_attendance"),
        A("E Gorringe", "Head of Housing and Homelessness Prevention", "in_attendance"),
        A("T Halloran", "Leisure Contract and Client Services Manager", "in_attendance"),
        A("R Quartey", "Chief Finance Officer and Section 151 Officer", "in_attendance"),
        A("J Pyle", "Democratic Services Officer", "in_attendance"),
        A("Councillor L Moss", None, "apologies"),
        A("Councillor B Tranter", None, "apologies"),
    ],
}

HOC = "Head of Commissioning"
DASC = "Director of Adult Social Care and Health Partnerships"

GOLD2 = {
    "document": F2,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2025-11-20",
    "items": [{"number": n, "title": t} for n, t, _ in DOC2_ITEMS],
    "questions": [
        Q("5", "concern", "smaller local providers, several of them family-run, had been unable to compete",
          None, "three local providers had not met the quality threshold", HOC,
          ["subcontracting", "privatisation", "adult-social-care"]),
        Q("5", "question", "how the Council would ensure that people did not lose care workers they knew",
          "Cllr Okoro", "TUPE would apply where staff moved with their packages of care", HOC,
          ["adult-social-care", "workforce"]),
        Q("5", "question", "allow providers to pay the real Living Wage and cover travel time",
          "Cllr Underhill", "the rate had been modelled on the real Living Wage plus paid travel time", DASC,
          ["workforce", "finance", "subcontracting", "adult-social-care"]),
        Q("5", "question", "what would happen if a lead provider failed or withdrew from the framework",
          "Cllr Harcastle", "each zone would have a named reserve provider", HOC,
          ["subcontracting", "adult-social-care"]),
        Q("5", "question", "who would be accountable for monitoring quality under the new arrangements",
          "Cllr Lomax", "Quality would be monitored by the Quality Assurance Team alongside CQC ratings", HOC,
          ["governance", "adult-social-care"]),
        Q("5", "question", "people receiving care and their families had been consulted on the zoning model",
          "Cllr Nandra", None, None, ["patient-and-public-input", "adult-social-care"]),
        Q("6", "concern", "the number of people delayed in hospital while waiting for care packages",
          None, "delays were now mainly for people needing nursing home placements", DASC,
          ["adult-social-care", "integration"]),
        Q("6", "question", "how many of the 42 escalation beds would be staffed by agency nurses",
          "Cllr Qureshi", "expected around 60 per cent of escalation shifts to be filled", "Mr Asante",
          ["workforce", "finance"]),
        Q("6", "question", "whether the virtual ward had reduced admissions or simply moved patients home earlier",
          "Cllr Tennant", "of whom 71 per cent would otherwise have been in a hospital bed", "Mr Asante", []),
        Q("6", "concern", "families were being expected to act as carers on the virtual ward without support",
          "Cllr Underhill", "assessments were offered to every family supporting someone on the virtual ward", DASC,
          ["adult-social-care"]),
        Q("7", "question", "not re-tendering the contract when the provider had missed its target",
          "Cllr Lomax", "re-procuring the service during a period of national uncertainty over the grant", "Dr Askew",
          ["subcontracting", "public-health"]),
        Q("7", "question", "how many people in treatment came from the most deprived wards",
          "Cllr Harcastle", "41 per cent of people in treatment lived in the most deprived fifth", HOC,
          ["public-health"]),
        Q("7", "comment", "was a false economy given the cost of alcohol-related hospital admissions",
          "Cllr Qureshi", None, None, ["public-health", "finance"]),
        Q("8", "question", "what support was available to families while children waited for an autism assessment",
          "Cllr Nandra", "the waiting well offer, delivered with voluntary sector partners, provided telephone advice",
          "Ms Fairbairn", ["children-and-families", "mental-health"]),
        Q("8", "question", "whether the trust was using private providers to clear the assessment backlog",
          "Cllr Okoro", "300 assessments had been commissioned from an independent sector provider", "Ms Fairbairn",
          ["privatisation", "subcontracting", "finance", "children-and-families", "mental-health"]),
        Q("8", "request", "future reports include the views of young people and parents gathered",
          "Cllr Underhill", "The Scrutiny Officer would liaise with the trust on the format", None,
          ["patient-and-public-input", "children-and-families", "mental-health"]),
        Q("9", "question", "what difference Healthwatch recommendations had made to NHS dental access",
          "Cllr Tennant", "additional urgent dental appointments following the report, but routine access remained very poor",
          "Mrs Fitt", ["primary-care", "patient-and-public-input"]),
        Q("10", "request", "schedule a session on the future of the Easterby minor injuries unit",
          "Cllr Qureshi", None, None, ["patient-and-public-input"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 18 September 2025 be approved", "agreed", []),
        R("5", "agreed to receive a transition progress report at its meeting on 12 March 2026", "agreed",
          ["adult-social-care", "subcontracting"]),
        R("6", "a single point of contact for unpaid carers be built into the virtual ward", "recommended",
          ["adult-social-care", "integration"]),
        R("7", "recommended that Cabinet require the provider to report quarterly on waiting times", "recommended",
          ["public-health", "subcontracting"]),
        R("8", "noted the update on emotional wellbeing and mental health services", "noted",
          ["mental-health", "children-and-families"]),
        R("9", "noted the Healthwatch annual report and thanked its staff and volunteers", "noted",
          ["patient-and-public-input"]),
        R("10", "agreed the work programme, with the addition of an item on the Easterby", "agreed", []),
    ],
    "attendees": [
        A("Cllr Sarah Tennant", "Chair", "present"),
        A("Cllr Imran Qureshi", "Vice-Chair", "present"),
        A("Cllr Bev Harcastle", None, "present"),
        A("Cllr Tom Lomax", None, "present"),
        A("Cllr Priya Nandra", None, "present"),
        A("Cllr Dennis Okoro", "substitute for Cllr Felicity Wray", "present"),
        A("Cllr Gail Underhill", None, "present"),
        A("Maureen Fitt", "Co-opted Member, Healthwatch North Calderwick, non-voting", "present"),
        A("Cllr Ruth Milner", "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        A("Dr Helen Askew", "Director of Public Health", "in_attendance"),
        A("Martin Crabtree", "Director of Adult Social Care and Health Partnerships", "in_attendance"),
        A("Joanne Bream", "Head of Commissioning (Adults and Public Health)", "in_attendance"),
        A("Kwame Asante", "Deputy Director of Urgent and Emergency Care, Calder and Moor Integrated Care Board", "in_attendance"),
        A("Lucy Fairbairn", "Service Manager, Children and Young People\u2019s Mental Health, Pennine Calder NHS Foundation Trust", "in_attendance"),
        A("Alice Young", "Scrutiny Officer", "in_attendance"),
        A("Cllr Felicity Wray", None, "apologies"),
        A("Cllr Jon Bamford", "Cabinet Member for Children and Families", "apologies"),
    ],
}

GOLD3 = {
    "document": F3,
    "doc_type": "minutes",
    "committee": "Community and Wellbeing Committee",
    "meeting_date": "2025-09-08",
    "items": [{"number": n, "title": t} for n, t, _ in DOC3_ITEMS],
    "questions": [
        Q("4", "comment", "many of them elderly and without cars, facing a two-bus journey to the main surgery",
          "Mrs Eileen Cartwright", None, None, ["primary-care", "patient-and-public-input"]),
        Q("4", "question", "why the grass verges on Station Road and the cemetery had been left uncut",
          "Mr Dennis Hulme", "the Clerk had issued a formal default notice", "Chair", ["subcontracting", "finance"]),
        Q("5", "question", "reducing the branch opening hours rather than closing it altogether",
          "Cllr Tarrant", "part-time opening had been tried in 2023 and had not been sustainable", "Clerk", ["primary-care"]),
        Q("5", "concern", "the consultation had not been publicised in the Fellbridge News or at the library",
          "Cllr Pocock", None, None, ["primary-care", "patient-and-public-input"]),
        Q("5", "comment", "offer the practice the use of a consulting room at the Fellbridge Community Centre",
          "Cllr Dyson", None, None, ["primary-care"]),
        Q("6", "question", "whether the in-house costs included sickness cover, pensions and holiday cover",
          "Cllr Akinola", "they included employer pension contributions but not cover for sickness", "Deputy Clerk",
          ["privatisation", "finance", "workforce"]),
        Q("6", "concern", "not convinced the Council had the capacity to manage staff directly",
          "Cllr Pocock", None, None, ["workforce", "privatisation"]),
        Q("6", "question", "whether neighbouring councils had brought grounds work in-house",
          "Cllr Dyson", "Wyke Town Council had done so in 2023 and reported improved standards", None, ["privatisation"]),
        Q("7", "question", "what would happen to the sessions after March 2027",
          "Cllr Tarrant", "the club was applying to the National Lottery Community Fund", "Clerk",
          ["children-and-families", "finance"]),
        Q("8", "question", "how many of the homes would be for social rent rather than shared ownership",
          "Cllr Akinola", "54 of the 92 homes would be for social rent", "Cllr Ellery", ["housing"]),
        Q("8", "request", "the Town Council be consulted on the local lettings plan",
          None, "agreed to raise this with the housing team", "Cllr Ellery", ["housing"]),
    ],
    "resolutions": [
        R("1", "To accept the apologies from Cllr Strand and Cllr Oduya", "agreed", []),
        R("3", "the minutes of the meeting held on 7 July 2025, having been circulated", "agreed", []),
        R("5", "objects to the proposed closure of Orchard Lane branch surgery", "agreed",
          ["primary-care", "patient-and-public-input"]),
        R("6", "a detailed business case for in-house provision to be reported", "agreed",
          ["subcontracting", "privatisation"]),
        R("7", "to Fellbridge Youth Club from the Community Grants budget", "agreed",
          ["children-and-families", "finance"]),
        R("8", "To note the update on affordable housing at Ridgeway Farm", "noted", ["housing"]),
        R("9", "To note the budget monitoring report to 31 August 2025", "noted", ["finance"]),
    ],
    "attendees": [
        A("Cllr Anne Marchetti", "Chair", "present"),
        A("Cllr Robert Dyson", "Vice-Chair", "present"),
        A("Cllr Hafsa Begum", None, "present"),
        A("Cllr Colin Tarrant", None, "present"),
        A("Cllr Wendy Pocock", None, "present"),
        A("Cllr Steve Akinola", None, "present"),
        A("Kerry Doyle", "Town Clerk and Responsible Financial Officer", "in_attendance"),
        A("Liam Prothero", "Deputy Town Clerk", "in_attendance"),
        A("District Councillor Mark Ellery", "Harrowdene District Council", "in_attendance"),
        A("Cllr Jenny Strand", None, "apologies"),
        A("Cllr Peter Oduya", None, "apologies"),
        A("Cllr Graham Hewitt", None, "absent"),
    ],
}

GOLD4 = {"document": F4, "doc_type": "other"}

GOLDS = [GOLD1, GOLD2, GOLD3, GOLD4]


# ---------------------------------------------------------------------------
# Text extraction and --check
# ---------------------------------------------------------------------------

class _Text(HTMLParser):
    BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "br", "section", "table", "ul", "header", "footer"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    if path.endswith(".html"):
        t = _Text()
        with open(path, encoding="utf-8") as f:
            t.feed(f.read())
        return "".join(t.parts)
    if path.endswith(".docx"):
        from docx import Document

        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.endswith(".pdf"):
        import pdfplumber

        parts = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                half = page.width / 2
                for box in ((0, 0, half, page.height), (half, 0, page.width, page.height)):
                    parts.append(page.crop(box).extract_text() or "")
        text = "\n".join(parts)
        # rejoin words hyphenated across line ends
        return re.sub(r"([A-Za-z])-\n([a-z])", r"\1\2", text)
    raise ValueError(path)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def theme_slugs():
    import yaml

    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "minutes", "themes.yml"), encoding="utf-8") as f:
        y = yaml.safe_load(f)
    return {k for k in y if k != "ignore_names"}


def check():
    slugs = theme_slugs()
    problems = []
    for g in GOLDS:
        path = os.path.join(DOCS, g["document"])
        if not os.path.exists(path):
            problems.append("missing %s" % path)
            continue
        text = " %s " % norm(text_of(path))
        if "questions" not in g:
            continue
        items = {i["number"] for i in g["items"]}
        phrases = []
        for q in g["questions"]:
            assert q["kind"] in {"question", "concern", "request", "comment"}, q
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
            if q["item"] not in items:
                problems.append("%s: question item %s not in items" % (g["document"], q["item"]))
            for th in q["themes"]:
                if th not in slugs:
                    problems.append("bad theme %s" % th)
        for r in g["resolutions"]:
            assert r["outcome"] in {"noted", "agreed", "recommended", "deferred", "rejected", "other"}, r
            phrases.append(("resolution", r["text"]))
            if r["item"] not in items:
                problems.append("%s: resolution item %s not in items" % (g["document"], r["item"]))
            for th in r["themes"]:
                if th not in slugs:
                    problems.append("bad theme %s" % th)
        for a in g["attendees"]:
            assert a["attendance"] in {"present", "apologies", "in_attendance", "absent"}, a
            surname = a["name"].split()[-1]
            if norm(surname) not in text:
                problems.append("%s: attendee %s not found" % (g["document"], a["name"]))
        for it in g["items"]:
            if norm(it["title"]) not in text:
                problems.append("%s: item title %r not found" % (g["document"], it["title"]))
        for kind, ph in phrases:
            n = len(ph.split())
            if not 6 <= n <= 15:
                problems.append("%s: %s phrase has %d words: %r" % (g["document"], kind, n, ph))
            count = text.count(" %s " % norm(ph))
            if count != 1:
                problems.append("%s: %s phrase found %d times: %r" % (g["document"], kind, count, ph))
        print("%-55s items=%2d questions=%2d resolutions=%2d attendees=%2d" % (
            g["document"], len(g["items"]), len(g["questions"]), len(g["resolutions"]), len(g["attendees"])))
    # the non-minutes page must not look empty either
    t4 = norm(text_of(os.path.join(DOCS, F4)))
    for must in ("decision maker cabinet", "reasons for the decision", "alternative options considered",
                 "interests and nature of interests declared", "accompanying documents"):
        if must not in t4:
            problems.append("F4 lacks %r" % must)
    if problems:
        print("\n".join("FAIL: " + p for p in problems))
        return 1
    print("check passed")
    return 0


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_doc1(os.path.join(DOCS, F1))
    build_doc2(os.path.join(DOCS, F2))
    build_doc3(os.path.join(DOCS, F3))
    build_doc4(os.path.join(DOCS, F4))
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    build()
    if "--check" in sys.argv:
        sys.exit(check())
