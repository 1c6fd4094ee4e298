#!/usr/bin/env python
"""Build the "s-" documents of the other-councils evaluation set and their gold annotations.

  s-brentmere-health-scrutiny-minutes-2025-03-11.pdf
      London borough Health Scrutiny Committee, "side-heading" layout: item number and
      title in a narrow left margin column, minute text in a wide right column; justified,
      hyphenated text; running header and "Page n" footer; attendance as party paragraphs.
  s-penhallow-ahh-select-committee-minutes-2025-02-05.html
      Google Docs HTML export: <p class="c3"><span class="c1">, bold only through CSS
      classes, ul.lst-kix_* bullet lists, "Cllr X asked ..." bullets answered in the same
      bullet after "Response:" or in the following bullet; header and footer divs.
  s-westmarch-adult-care-health-osc-minutes-2025-01-16.docx
      County council Word minutes from a template: attendance and every item wrapped in
      body-level content controls (w:sdt, alias "Item 5"), inline date picker, leftover
      placeholder control, "RESOLVED – That (1) ... (2) ...".
  s-brentmere-young-adults-mental-health-review-scoping-2025.pdf
      Not minutes: scrutiny review scoping document / key lines of enquiry.

Usage:  python build_s.py          build documents and gold
        python build_s.py --check  build, then verify every gold phrase occurs verbatim
                                   (ignoring case, punctuation, white space) and uniquely
                                   in the text extracted from each document.
Deterministic: fixed dates, no randomness, fixed zip timestamps.
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

from fpdf import FPDF

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "documents")
GOLDDIR = os.path.join(ROOT, "gold")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

DOC1 = "s-brentmere-health-scrutiny-minutes-2025-03-11.pdf"
DOC2 = "s-penhallow-ahh-select-committee-minutes-2025-02-05.html"
DOC3 = "s-westmarch-adult-care-health-osc-minutes-2025-01-16.docx"
DOC4 = "s-brentmere-young-adults-mental-health-review-scoping-2025.pdf"


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# =====================================================================================
# Document 1: Brentmere Health Scrutiny Committee (side-heading PDF)
# =====================================================================================

D1_ATTEND = [
    ("Present:",
     "Councillors Amara Okoye (Chair) (Lab), Helen Nwosu (Vice-Chair) (Lab), David Price "
     "(Con), Tariq Mahmood (Lab), Sinead Gallagher (LD), Robert Ashworth (Con) and Priya "
     "Chandran (Grn)."),
    ("Co-opted Member:",
     "Jean Harcourt (Healthwatch Brentmere) (non-voting)."),
    ("Also Present:",
     "Councillor Marcus Bello (Cabinet Member for Adult Social Care and Health)."),
    ("Officers:",
     "Stephen Oduya (Corporate Director of Adults, Health and Housing), Dr Fiona McAllister "
     "(Director of Public Health), Gemma Tulloch (Head of Commissioning and Market "
     "Development, Adult Social Care) and Kirsty Lamb (Senior Scrutiny and Governance "
     "Officer)."),
    ("Partners:",
     "Rachel Whitford (Chief Operating Officer, Brentmere and Wandle Hospitals NHS "
     "Foundation Trust), Aled Hughes (Place Director for Brentmere, NHS North Thames "
     "Integrated Care Board) and Dr Neil Kapoor (Clinical Lead for Diagnostics, NHS North "
     "Thames Integrated Care Board)."),
]

# blocks: ("p", text) | ("res", [(label, text), ...]) | ("res1", text) | ("i", text)
D1_ITEMS = [
    ("1.", "Apologies for Absence and Substitutes", [
        ("p", "Apologies for absence were received from Councillor Leonie Fraser. Councillor "
              "Tariq Mahmood attended as her substitute. Councillor Robert Ashworth had given "
              "notice that he would be delayed and arrived at 7.25 pm, during consideration "
              "of item 5."),
    ]),
    ("2.", "Declarations of Interest", [
        ("p", "Councillor Priya Chandran declared a non-pecuniary interest in item 8 (Home "
              "Care Recommissioning) as a close family member is employed as a care worker "
              "by one of the current framework providers. She remained in the meeting and "
              "took part in the discussion."),
        ("p", "Councillor Helen Nwosu declared a non-pecuniary interest in items 5 and 6 as "
              "a public governor of Brentmere and Wandle Hospitals NHS Foundation Trust."),
        ("p", "There were no other declarations."),
    ]),
    ("3.", "Minutes of the Previous Meeting", [
        ("p", "Matters arising: Councillor Price asked whether the information on delayed "
              "transfers of care requested at the last meeting had been circulated; the "
              "Senior Scrutiny and Governance Officer confirmed that it had been emailed to "
              "all Members on 3 March 2025 and would be appended to the action log."),
        ("res1", "That the minutes of the meeting held on 21 January 2025 be agreed as a "
                 "correct record and signed by the Chair."),
    ]),
    ("4.", "Urgent Business", [
        ("p", "None."),
    ]),
    ("5.", "Urgent and Emergency Care: Winter 2024/25", [
        ("p", "The Committee received a report and presentation from Rachel Whitford, Chief "
              "Operating Officer of Brentmere and Wandle Hospitals NHS Foundation Trust, "
              "setting out the Trust’s performance against the four-hour emergency access "
              "standard over the winter period, the number of patients waiting more than "
              "twelve hours from decision to admit, ambulance handover times and the actions "
              "taken under the North Thames winter plan. Ms Whitford reported that "
              "attendances at the Brentmere Hospital emergency department had been 9 per "
              "cent higher than the previous winter, with a peak of 412 attendances on 2 "
              "January 2025, and that the Trust had declared a critical incident on two "
              "occasions."),
        ("p", "Councillor Price asked why the proportion of patients seen within four hours "
              "had fallen to 68 per cent in January when the national target was 78 per "
              "cent; Ms Whitford replied that the main constraint had been the number of "
              "medically fit patients who could not be discharged, which had averaged 74 a "
              "day, and that front door performance had held up well. Councillor Gallagher "
              "asked how many patients had been cared for in corridors and whether this was "
              "now routine; the Chief Operating Officer acknowledged that temporary "
              "escalation spaces had been used on 41 days and said that every instance was "
              "logged and reviewed by the Chief Nurse. Members queried whether the ‘fit to "
              "sit’ area had been properly staffed at night, and were told that it had been "
              "covered by bank nurses rather than agency staff wherever possible."),
        ("p", "Councillor Ashworth, who had arrived during the presentation, asked what the "
              "ICB was doing to reduce ambulance handover delays, noting that residents had "
              "told him of waits of over three hours outside the hospital. Aled Hughes, Place "
              "Director, explained that the ICB had funded a hospital ambulance liaison "
              "officer post and an additional cohorting area, and that average handover "
              "times had fallen from 52 minutes in December to 31 minutes in February. He "
              "added that the ICB could not yet say whether the funding would continue "
              "beyond March 2026."),
        ("p", "Concerns were expressed that delayed discharges were increasingly a "
              "consequence of shortages in the home care market rather than of hospital "
              "processes, and that the Council and the Trust were each attributing the delays "
              "to the other. The Chair requested that the Trust provide a breakdown of "
              "twelve-hour waits by age and ethnicity before the next meeting."),
        ("res", [
            ("(a)", "That the report and the Trust’s winter performance be noted."),
            ("(b)", "That the Trust be asked to provide a breakdown of twelve-hour waits in "
                    "the emergency department by age, ethnicity and ward of residence."),
            ("(c)", "That the Chair write to the Chief Executive of NHS North Thames "
                    "Integrated Care Board seeking assurance on the funding of the hospital "
                    "ambulance liaison officer post beyond March 2026."),
        ]),
    ]),
    ("6.", "Community Diagnostic Centre: Independent Sector Contract", [
        ("p", "Dr Neil Kapoor, Clinical Lead for Diagnostics at the ICB, introduced a report "
              "on the proposal to award a five-year contract, with an option to extend by a "
              "further two years, for the operation of the new community diagnostic centre "
              "at the former Wandle Road retail park to an independent sector provider, "
              "Meridian Imaging Partners Ltd, following a competitive procurement under the "
              "Provider Selection Regime. The contract had an estimated total value of "
              "£38.6 million. MRI, CT and ultrasound would be provided seven days a week from "
              "October 2025."),
        ("p", "Councillor Chandran asked why the centre was not being run by the Foundation "
              "Trust itself and whether this amounted to privatisation of NHS diagnostic "
              "services by the back door. Dr Kapoor replied that the Trust had been invited "
              "to bid but had not submitted a compliant tender, because it could not staff a "
              "seven-day service without drawing radiographers away from the main hospital; "
              "the service would remain free at the point of use and NHS-branded. Councillor "
              "Price sought clarification on what would happen to the equipment and the "
              "building if the contract ended early, and was informed that the scanners "
              "were owned by the ICB and leased to the provider, so would revert to NHS "
              "ownership. Councillor Nwosu asked whether the provider’s staff would be paid "
              "at least the London Living Wage and whether they would be recruited from the "
              "Trust’s existing workforce; the Place Director undertook to provide a written "
              "answer, as the information was commercially sensitive until contract "
              "signature."),
        ("p", "Jean Harcourt (Healthwatch Brentmere) commented that residents who had "
              "responded to the Healthwatch survey had been far more concerned about waiting "
              "times and travel than about who ran the service, but requested that the ICB "
              "publish the key performance indicators in the contract so that the public "
              "could hold the provider to account. Dr Kapoor agreed to share the performance "
              "schedule once the contract had been signed."),
        ("res", [
            ("(a)", "That the report be noted."),
            ("(b)", "That the Committee’s concerns about the use of an independent sector "
                    "provider, and the absence of public consultation on the model of "
                    "delivery, be reported to the ICB Board before the contract is signed."),
            ("(c)", "That the ICB provide a written answer on the pay, terms and conditions "
                    "of staff employed under the contract."),
        ]),
        ("i", "At his request, Councillor Price’s abstention on resolution (b) was recorded."),
    ]),
    ("7.", "Director of Public Health Annual Report 2024", [
        ("p", "Dr Fiona McAllister, Director of Public Health, presented her annual report "
              "for 2024, “Healthy Places, Healthy Lives”, which focused on the gap in "
              "healthy life expectancy between the east and west of the borough, now "
              "estimated at 11.4 years for men and 9.8 years for women, and on the influence "
              "of housing conditions, fast food outlets and air quality on health."),
        ("p", "In discussion, Councillor Mahmood asked whether the Council’s planning "
              "policies could be used to restrict new hot food takeaways near schools, and "
              "the Director confirmed that a supplementary planning document proposing a "
              "400 metre exclusion zone would go to consultation in the summer. Councillor "
              "Gallagher raised the rise in vaping among secondary school pupils and asked "
              "what enforcement action trading standards had taken against shops selling to "
              "children; the Director said that 23 test purchases had been made in 2024, "
              "resulting in nine sales to under-18s and two prosecutions. The Chair "
              "commented that damp and mould in privately rented homes appeared repeatedly "
              "in the report and asked whether the public health grant could fund "
              "additional environmental health officers. The Director responded that the "
              "grant was ring-fenced but could legitimately fund work with a clear health "
              "outcome, and that a joint bid with the housing service was being prepared."),
        ("res1", "That the Director of Public Health’s Annual Report 2024 be noted and the "
                 "Committee’s thanks to the public health team be recorded."),
    ]),
    ("8.", "Home Care Recommissioning and London Living Wage", [
        ("p", "Councillor Marcus Bello, Cabinet Member for Adult Social Care and Health, "
              "introduced the report, which set out proposals to recommission home care "
              "through a patch-based model with eleven lead providers from April 2026, "
              "replacing the current framework of 34 providers, and said that the Council "
              "remained committed to paying at least the London Living Wage to care workers. "
              "Gemma Tulloch, Head of Commissioning and Market Development, summarised the "
              "outcome of engagement with providers, service users and carers."),
        ("p", "Councillor Chandran, having declared her interest, asked how the Council would "
              "ensure that care workers were paid for travel time between visits, as many "
              "providers paid only for contact time. Ms Tulloch said that the new "
              "specification would require providers to pay for travel time and that this "
              "would be tested through open-book accounting. Councillor Ashworth questioned "
              "whether reducing the number of providers would leave the Council exposed if "
              "a lead provider failed, and was told that each patch would have a named "
              "reserve provider and that contingency arrangements had been tested when two "
              "providers left the market in 2024. Members also queried the hourly rate of "
              "£24.10, which some providers had described as unsustainable; the Corporate "
              "Director acknowledged the pressure on providers from the increase in employer "
              "National Insurance contributions and said the rate would be reviewed before "
              "the tender was published."),
        ("p", "Councillor Nwosu asked that the views of service users gathered through the "
              "engagement exercise be published in full."),
        ("res", [
            ("(a)", "That the proposed patch-based model for home care be endorsed for "
                    "submission to Cabinet, subject to the comments of the Committee."),
            ("(b)", "That Cabinet be recommended to require all home care providers to pay "
                    "care workers for travel time and no less than the London Living Wage."),
            ("(c)", "That the full report of the engagement with service users and carers "
                    "be published alongside the Cabinet report."),
        ]),
    ]),
    ("9.", "Work Programme 2025/26", [
        ("p", "The Committee considered its draft work programme for 2025/26. The Chair "
              "proposed that a task and finish review of access to community mental health "
              "services for young adults aged 18 to 25 be established, with its scope to be "
              "agreed at the June meeting. Councillor Gallagher requested that NHS dentistry "
              "be added to the work programme, given the number of residents unable to "
              "register with an NHS dentist; the Chair agreed that it would be scheduled for "
              "the September meeting."),
        ("res", [
            ("(a)", "That the work programme for 2025/26 be agreed, subject to the addition "
                    "of NHS dentistry in September 2025."),
            ("(b)", "That a task and finish group on access to community mental health "
                    "services for young adults be established, and that authority to agree "
                    "its membership be delegated to the Chair and Vice-Chair."),
        ]),
    ]),
    ("10.", "Date of Next Meeting", [
        ("p", "The next meeting of the Committee would be held on Tuesday 24 June 2025 at "
              "7.00 pm."),
    ]),
]

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        Q("3", "question",
          "transfers of care requested at the last meeting had been circulated",
          "Councillor Price",
          "it had been emailed to all Members on 3 March 2025",
          "Senior Scrutiny and Governance Officer", ["adult-social-care"]),
        Q("5", "question",
          "asked why the proportion of patients seen within four hours had fallen",
          "Councillor Price",
          "the main constraint had been the number of medically fit patients",
          "Ms Whitford", ["adult-social-care"]),
        Q("5", "question",
          "how many patients had been cared for in corridors and whether this was now routine",
          "Councillor Gallagher",
          "temporary escalation spaces had been used on 41 days",
          "Chief Operating Officer", []),
        Q("5", "question",
          "Members queried whether the fit to sit area had been properly staffed",
          "Members",
          "covered by bank nurses rather than agency staff wherever possible",
          None, ["workforce"]),
        Q("5", "question",
          "asked what the ICB was doing to reduce ambulance handover delays",
          "Councillor Ashworth",
          "average handover times had fallen from 52 minutes in December to 31 minutes",
          "Aled Hughes", ["finance"]),
        Q("5", "concern",
          "delayed discharges were increasingly a consequence of shortages in the home care market",
          None, None, None, ["adult-social-care", "integration"]),
        Q("5", "request",
          "The Chair requested that the Trust provide a breakdown of twelve-hour waits",
          "The Chair", None, None, []),
        Q("6", "question",
          "whether this amounted to privatisation of NHS diagnostic services by the back door",
          "Councillor Chandran",
          "the Trust had been invited to bid but had not submitted a compliant tender",
          "Dr Kapoor", ["privatisation", "subcontracting", "workforce"]),
        Q("6", "question",
          "what would happen to the equipment and the building if the contract ended early",
          "Councillor Price",
          "the scanners were owned by the ICB and leased to the provider",
          None, ["subcontracting", "privatisation"]),
        Q("6", "question",
          "whether the provider’s staff would be paid at least the London Living Wage",
          "Councillor Nwosu",
          "the Place Director undertook to provide a written answer",
          "Place Director", ["workforce", "subcontracting"]),
        Q("6", "request",
          "requested that the ICB publish the key performance indicators in the contract",
          "Jean Harcourt",
          "Dr Kapoor agreed to share the performance schedule once the contract had been signed",
          "Dr Kapoor", ["patient-and-public-input", "subcontracting", "governance"]),
        Q("7", "question",
          "whether the Council’s planning policies could be used to restrict new hot food takeaways",
          "Councillor Mahmood",
          "a supplementary planning document proposing a 400 metre exclusion zone",
          "the Director", ["public-health", "children-and-families", "patient-and-public-input"]),
        Q("7", "question",
          "what enforcement action trading standards had taken against shops selling to children",
          "Councillor Gallagher",
          "23 test purchases had been made in 2024, resulting in nine sales",
          "the Director", ["public-health", "children-and-families"]),
        Q("7", "question",
          "asked whether the public health grant could fund additional environmental health officers",
          "The Chair",
          "the grant was ring-fenced but could legitimately fund work with a clear health outcome",
          "The Director", ["public-health", "finance", "housing"]),
        Q("8", "question",
          "how the Council would ensure that care workers were paid for travel time",
          "Councillor Chandran",
          "the new specification would require providers to pay for travel time",
          "Ms Tulloch", ["adult-social-care", "workforce", "subcontracting"]),
        Q("8", "question",
          "whether reducing the number of providers would leave the Council exposed",
          "Councillor Ashworth",
          "each patch would have a named reserve provider",
          None, ["adult-social-care", "subcontracting", "governance"]),
        Q("8", "question",
          "the hourly rate of £24.10, which some providers had described as unsustainable",
          "Members",
          "the rate would be reviewed before the tender was published",
          "the Corporate Director", ["adult-social-care", "finance", "subcontracting", "workforce"]),
        Q("8", "request",
          "asked that the views of service users gathered through the engagement exercise",
          "Councillor Nwosu", None, None, ["adult-social-care", "patient-and-public-input"]),
        Q("9", "request",
          "requested that NHS dentistry be added to the work programme",
          "Councillor Gallagher",
          "it would be scheduled for the September meeting",
          "the Chair", ["primary-care"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 21 January 2025 be agreed", "agreed", []),
        R("5", "the Trust be asked to provide a breakdown of twelve-hour waits",
          "agreed", ["finance"]),
        R("6", "be reported to the ICB Board before the contract is signed",
          "agreed", ["subcontracting", "privatisation", "patient-and-public-input", "workforce"]),
        R("7", "the Director of Public Health’s Annual Report 2024 be noted", "noted",
          ["public-health"]),
        R("8", "Cabinet be recommended to require all home care providers to pay care workers",
          "recommended", ["adult-social-care", "workforce", "subcontracting", "patient-and-public-input"]),
        R("9", "the work programme for 2025/26 be agreed, subject to the addition",
          "agreed", ["primary-care", "mental-health"]),
    ],
    "attendees": [
        A("Amara Okoye", "Chair", "present"),
        A("Helen Nwosu", "Vice-Chair", "present"),
        A("David Price", None, "present"),
        A("Tariq Mahmood", None, "present"),
        A("Sinead Gallagher", None, "present"),
        A("Robert Ashworth", None, "present"),
        A("Priya Chandran", None, "present"),
        A("Jean Harcourt", "Co-opted Member (Healthwatch Brentmere)", "present"),
        A("Marcus Bello", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
        A("Stephen Oduya", "Corporate Director of Adults, Health and Housing", "in_attendance"),
        A("Dr Fiona McAllister", "Director of Public Health", "in_attendance"),
        A("Gemma Tulloch", "Head of Commissioning and Market Development, Adult Social Care",
          "in_attendance"),
        A("Kirsty Lamb", "Senior Scrutiny and Governance Officer", "in_attendance"),
        A("Rachel Whitford", "Chief Operating Officer, Brentmere and Wandle Hospitals NHS Foundation Trust",
          "in_attendance"),
        A("Aled Hughes", "Place Director for Brentmere, NHS North Thames Integrated Care Board",
          "in_attendance"),
        A("Dr Neil Kapoor", "Clinical Lead for Diagnostics, NHS North Thames Integrated Care Board",
          "in_attendance"),
        A("Leonie Fraser", None, "apologies"),
    ],
}


# ---------------------------------------------------------------- PDF layout helpers

VOWELS = set("aeiouy")
NO_SPLIT = {"ch", "sh", "th", "ph", "ck", "gh", "wh", "qu", "ng"}


def protect_words(gold):
    words = set()
    for q in gold.get("questions", []):
        for k in ("text", "answer"):
            if q.get(k):
                words.update(re.findall(r"[a-z]+", q[k].lower()))
    for r in gold.get("resolutions", []):
        words.update(re.findall(r"[a-z]+", r["text"].lower()))
    return words


class LayoutPDF(FPDF):
    """FPDF with a small justified, hyphenating line setter that places each word."""

    TOP = 24.0
    BOTTOM = 297 - 24.0

    def __init__(self, protect=frozenset()):
        super().__init__(format="A4", unit="mm")
        self.add_font("DejaVu", "", FONTDIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(False)
        self.protect = set(protect)
        self.cy = self.TOP

    # -- hyphenation
    def _split_points(self, word):
        m = re.fullmatch(r"([a-z]+)([,.;:)]*)", word)
        if not m:
            return []
        core, trail = m.groups()
        if len(core) < 8 or core in self.protect:
            return []
        pts = []
        for i in range(4, len(core) - 2):
            a, b, c = core[i - 1], core[i], core[i + 1]
            tail = core[i:]
            if len(tail) <= 4 and tail.endswith(("ed", "es", "ly")):
                continue
            if a in VOWELS and b not in VOWELS and c in VOWELS:
                pts.append(i)  # V-CV
            elif (a not in VOWELS and b not in VOWELS and c in VOWELS
                  and core[i - 2] in VOWELS and (a + b) not in NO_SPLIT):
                pts.append(i)  # VC-CV
        return [(core[:i] + "-", core[i:] + trail) for i in reversed(pts)]

    def wrap(self, text, width, hyphenate=True):
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
            done = False
            if hyphenate and cur:
                used = self.get_string_width(" ".join(cur) + " ")
                for head, tail in self._split_points(w):
                    if used + self.get_string_width(head) <= width:
                        cur.append(head)
                        lines.append(cur)
                        cur = []
                        words[i] = tail
                        done = True
                        break
            if done:
                continue
            if not cur:
                cur = [w]
                i += 1
            lines.append(cur)
            cur = []
        if cur:
            lines.append(cur)
        return lines

    def draw_words(self, words, x, y, width, justify):
        if justify and len(words) > 1:
            total = sum(self.get_string_width(w) for w in words)
            gap = (width - total) / (len(words) - 1)
            cx = x
            for j, w in enumerate(words):
                self.text(cx, y, w + (" " if j < len(words) - 1 else ""))
                cx += self.get_string_width(w) + gap
        else:
            self.text(x, y, " ".join(words))

    def ensure(self, h):
        if self.cy + h > self.BOTTOM:
            self.add_page()
            self.cy = self.TOP

    def para(self, text, x, width, size=10, style="", lh=4.7, after=2.4, justify=True,
             hyphenate=True):
        self.set_font("DejaVu", style, size)
        lines = self.wrap(text, width, hyphenate)
        for k, ln in enumerate(lines):
            self.ensure(lh)
            self.draw_words(ln, x, self.cy + lh * 0.78, width, justify and k < len(lines) - 1)
            self.cy += lh
        self.cy += after


class BrentmereMinutes(LayoutPDF):
    LX, LW = 18.0, 38.0
    RX, RW = 59.0, 133.0

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(60, 60, 60)
        self.text(18, 13, "Health Scrutiny Committee")
        s = "Tuesday 11 March 2025"
        self.text(192 - self.get_string_width(s), 13, s)
        self.set_draw_color(120, 120, 120)
        self.line(18, 15, 192, 15)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(60, 60, 60)
        s = f"Page {self.page_no()}"
        self.text(105 - self.get_string_width(s) / 2, 287, s)
        self.text(18, 287, "London Borough of Brentmere")
        s2 = "Chair’s initials ……………"
        self.text(192 - self.get_string_width(s2), 287, s2)
        self.set_text_color(0, 0, 0)

    def side(self, num, title, blocks):
        lh = 4.7
        self.set_font("DejaVu", "B", 9)
        tlines = self.wrap(title, self.LW - 7, hyphenate=False)
        for ln in tlines:
            assert self.get_string_width(" ".join(ln)) <= self.LW - 6.5, ln
        self.ensure(max(len(tlines), 3) * lh + 4)
        y0 = self.cy
        p0 = self.page
        self.text(self.LX, y0 + lh * 0.78, num)
        for k, ln in enumerate(tlines):
            self.text(self.LX + 7, y0 + k * lh + lh * 0.78, " ".join(ln))
        left_end = y0 + len(tlines) * lh
        self.body(blocks)
        if self.page == p0 and self.cy < left_end + 2:
            self.cy = left_end + 2
        self.cy += 2.5

    def body(self, blocks):
        x, w = self.RX, self.RW
        for kind, val in blocks:
            if kind == "p":
                self.para(val, x, w)
            elif kind == "i":
                self.para(val, x, w, style="I")
            elif kind == "res1":
                self.para("RESOLVED:", x, w, style="B", after=1.2, justify=False)
                self.para(val, x, w)
            elif kind == "res":
                self.para("RESOLVED:", x, w, style="B", after=1.2, justify=False)
                for label, text in val:
                    y = self.cy
                    self.ensure(4.7)
                    if self.cy != y:
                        y = self.cy
                    self.set_font("DejaVu", "", 10)
                    self.text(x, self.cy + 4.7 * 0.78, label)
                    self.para(text, x + 9, w - 9, after=1.6)
                self.cy += 0.8


def build_doc1(path):
    pdf = BrentmereMinutes(protect_words(GOLD1))
    pdf.set_title("Minutes - Health Scrutiny Committee - 11 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(datetime.datetime(2025, 3, 19, 14, 2, 11, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.text(18, 22, "LONDON BOROUGH OF BRENTMERE")
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(18, 30, "HEALTH SCRUTINY COMMITTEE")
    pdf.cy = 35
    pdf.para("MINUTES of the meeting of the Health Scrutiny Committee held on Tuesday 11 "
             "March 2025 at 7.00 pm in Committee Room 2, Brentmere Civic Centre, Station "
             "Parade, London SE29 4QZ", 18, 174, size=10, justify=False, hyphenate=False,
             after=4)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(18, pdf.cy - 1.5, 192, pdf.cy - 1.5)
    pdf.cy += 2
    for label, text in D1_ATTEND:
        y0 = pdf.cy
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.text(pdf.LX, y0 + 4.7 * 0.78, label)
        pdf.para(text, pdf.RX, pdf.RW, after=2.0)
    pdf.cy += 3
    for num, title, blocks in D1_ITEMS:
        pdf.side(num, title, blocks)
    pdf.cy += 4
    pdf.para("The meeting ended at 9.48 pm.", pdf.RX, pdf.RW, justify=False)
    pdf.cy += 8
    pdf.ensure(14)
    pdf.set_font("DejaVu", "B", 10)
    pdf.text(pdf.RX, pdf.cy, "CHAIR")
    pdf.set_font("DejaVu", "", 9)
    pdf.text(pdf.RX, pdf.cy + 6, "Contact: Kirsty Lamb, Senior Scrutiny and Governance "
                                 "Officer, scrutiny@brentmere.gov.uk")
    pdf.output(path)


# =====================================================================================
# Document 2: Penhallow Council, Google Docs HTML export
# =====================================================================================

D2_STYLE = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
    '.lst-kix_8q2w1xk4h0vd-1>li:before{content:"\\0025cb   "}'
    '.lst-kix_8q2w1xk4h0vd-0>li:before{content:"\\0025cf   "}'
    'ul.lst-kix_8q2w1xk4h0vd-1{list-style-type:none}ul.lst-kix_8q2w1xk4h0vd-0{list-style-type:none}'
    '.lst-kix_r3bm7c1pz2ad-0>li:before{content:"\\0025cf   "}ul.lst-kix_r3bm7c1pz2ad-0{list-style-type:none}'
    '.lst-kix_5tn0v6ye9gqf-0>li:before{content:"\\0025cf   "}ul.lst-kix_5tn0v6ye9gqf-0{list-style-type:none}'
    '.lst-kix_x0c4mdu2k8s1-0>li:before{content:"\\0025cf   "}ul.lst-kix_x0c4mdu2k8s1-0{list-style-type:none}'
    '.lst-kix_j7aq2nfe0m3k-0>li:before{content:"\\0025cf   "}ul.lst-kix_j7aq2nfe0m3k-0{list-style-type:none}'
    '.lst-kix_w4ps9hb1ty6c-0>li:before{content:"\\0025cf   "}ul.lst-kix_w4ps9hb1ty6c-0{list-style-type:none}'
    'ol{margin:0;padding:0}table td,table th{padding:0}'
    '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    '.c5{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
    '.c7{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:9pt;font-family:"Arial";font-style:normal}'
    '.c8{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}'
    '.c10{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:italic}'
    '.c12{color:#1155cc;text-decoration:underline}'
    '.c2{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
    '.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
    '.c4{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:right}'
    '.c6{height:11pt}'
    '.c9{padding:0;margin:0}'
    '.c11{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}'
    '.c13{color:inherit;text-decoration:inherit}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'li{color:#000000;font-size:11pt;font-family:"Arial"}'
    'p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
)


def gd_link(url, text):
    q = html.escape(url, quote=True)
    return ('<span class="c12"><a class="c13" href="https://www.google.com/url?q=' + q +
            '&amp;sa=D&amp;source=editors&amp;ust=1738923318402117&amp;usg=AOvVaw2Xk9mQ1bT5cLr0pEwz7YHn">'
            + html.escape(text) + '</a></span>')


def esc(t):
    # Google Docs writes non-breaking spaces as &nbsp; in places; keep ordinary escaping
    return html.escape(t, quote=False).replace("\u00a0", "&nbsp;")


def gp(*spans, cls="c3"):
    """A Google Docs paragraph. spans: (class, text) or raw html strings."""
    out = []
    for s in spans:
        if isinstance(s, tuple):
            out.append('<span class="%s">%s</span>' % (s[0], esc(s[1])))
        else:
            out.append(s)
    return '<p class="%s">%s</p>' % (cls, "".join(out))


def gblank():
    return '<p class="c3 c6"><span class="c1"></span></p>'


def gul(listid, items, start=True):
    lis = []
    for it in items:
        if isinstance(it, str):
            it = [("c1", it)]
        spans = "".join('<span class="%s">%s</span>' % (c, esc(t)) for c, t in it)
        lis.append('<li class="c2 li-bullet-0">%s</li>' % spans)
    return '<ul class="c9 lst-kix_%s-0%s">%s</ul>' % (listid, " start" if start else "",
                                                      "".join(lis))


def gh(text):
    return gp(("c5", text))


def build_doc2(path):
    B = []
    a = B.append
    # header div (Google Docs exports the page header first)
    a('<div>' + gp(("c7", "DRAFT – subject to approval at the next meeting"), cls="c4") + '</div>')
    a(gp(("c8", "Penhallow Council")))
    a(gp(("c5", "Adults, Health and Housing Select Committee")))
    a(gblank())
    a(gp(("c1", "Minutes of the meeting held on Wednesday 5 February 2025 at 6.30pm in "
                "Conference Room B, One Penhallow Place, Tregarne Road, Penhallow, and via "
                "Microsoft Teams")))
    a(gblank())
    a(gp(("c5", "Members present:")))
    a(gul("8q2w1xk4h0vd", [
        "Cllr Joanna Trevithick (Chair)",
        "Cllr Ben Salter (Vice-Chair)",
        "Cllr Oluwaseun Ade",
        "Cllr Nessa Bolitho",
        "Cllr Lisa Carne",
        "Cllr Mark Penrose",
        "Cllr Alan Rowe (substitute)",
    ]))
    a(gp(("c5", "Attending remotely (non-voting): "), ("c1", "Cllr Dev Patel")))
    a(gblank())
    a(gp(("c5", "Also in attendance:")))
    a(gul("r3bm7c1pz2ad", [
        "Cllr Rosemary Kitto – Portfolio Holder for Adult Social Care and Wellbeing",
        "Jan Polglase – Chief Executive, Healthwatch Penhallow",
        "Mike Treloar – Director of Primary Care and Community Services, NHS Penwith and "
        "Tamar Integrated Care Board",
    ]))
    a(gp(("c5", "Officers:")))
    a(gul("r3bm7c1pz2ad", [
        "Sarah Jago – Strategic Director, Care and Wellbeing",
        "Tom Angove – Service Director, Housing Solutions and Homelessness",
        "Gareth Pascoe – Head of Adult Social Care Commissioning and Quality",
        "Dr Emma Liddicoat – Consultant in Public Health",
        "Natalie Rowse – Democratic Services Officer (minutes)",
    ], start=False))
    a(gblank())

    a(gh("1. Apologies for absence and substitutions"))
    a(gp(("c1", "Apologies were received from Cllr Kerenza Moyle and Cllr Peter Hocking. Cllr "
                "Alan Rowe attended as substitute for Cllr Hocking. Cllr Dev Patel joined "
                "remotely and was reminded that he could take part in the discussion but "
                "could not vote.")))
    a(gblank())
    a(gh("2. Declarations of interest"))
    a(gp(("c1", "Cllr Carne declared a personal interest in item 5 as her daughter is employed "
                "as a receptionist at a GP practice in Penhallow. Cllr Ade declared a personal "
                "interest in item 6 as a trustee of Penhallow Churches Night Shelter. Neither "
                "interest was considered prejudicial.")))
    a(gblank())
    a(gh("3. Minutes of the previous meeting"))
    a(gp(("c1", "The minutes of the meeting held on 4 December 2024 were agreed as an accurate "
                "record, subject to correcting the spelling of Cllr Bolitho’s name in item 7.")))
    a(gblank())
    a(gh("4. Public questions"))
    a(gp(("c1", "None received.")))
    a(gblank())

    a(gh("5. Access to GP appointments – update from NHS Penwith and Tamar ICB"))
    a(gp(("c1", "Mike Treloar (ICB) presented the update (slides circulated with the agenda "
                "and "),
         gd_link("https://www.penhallow.gov.uk/committees/ahh-select/2025-02-05", "available here"),
         ("c1", "). Appointments delivered in general practice had risen by 6% year on year "
                "to 212,000 a month; 41 of the 52 practices had moved to cloud telephony; and "
                "the ICB had funded 14 additional clinical pharmacists through the Additional "
                "Roles Reimbursement Scheme (ARRS).")))
    a(gblank())
    a(gp(("c5", "Questions from members:")))
    a(gul("5tn0v6ye9gqf", [
        [("c1", "Cllr Salter asked whether the ICB knew how many patients waited more than two "
                "weeks for a routine GP appointment. "),
         ("c5", "Response:"),
         ("c1", " The ICB did not collect this centrally, but national appointment data "
                "showed that 31% of appointments in Penhallow were booked more than 14 days in "
                "advance.")],
        "Cllr Carne said that residents still described an 8am scramble for appointments and "
        "asked when every practice would offer a call-back instead of an engaged tone.",
        "Mike Treloar said the remaining 11 practices would move to cloud-based telephony with "
        "call-back by the end of June 2025, funded nationally.",
        [("c1", "Cllr Penrose asked whether any practices had handed back their contracts and "
                "whether any were now run by private companies. "),
         ("c5", "Response:"),
         ("c1", " One practice, St Budoc Surgery, had handed back its contract in 2024 and "
                "was now run under an APMS contract by Oakbridge Health Ltd, a national "
                "provider; the ICB monitored it through the same quality dashboard as every "
                "other practice.")],
        "Cllr Penrose said he was not reassured and asked for the value and length of the "
        "APMS contract to be shared with the Committee.",
        "Mike Treloar agreed to circulate this after the meeting.",
        [("c1", "Jan Polglase (Healthwatch Penhallow) said Healthwatch had received 143 pieces "
                "of feedback since October about online consultation forms, mostly from older "
                "people and people without smartphones, and asked that every practice keep a "
                "telephone and walk-in route. "),
         ("c5", "Response:"),
         ("c1", " The ICB agreed and would remind practices that online access must not "
                "replace other routes.")],
        "Cllr Ade asked how many GP vacancies there were across Penhallow and whether "
        "additional roles staff were filling gaps that should be filled by doctors.",
        [("c5", "Response:"),
         ("c1", " There were an estimated 18 whole-time equivalent GP vacancies. Clinical "
                "pharmacists, paramedics and physician associates supported practices but "
                "were not a substitute for GPs.")],
    ]))
    a(gp(("c5", "RESOLVED: "),
         ("c1", "That the Committee notes the update and asks the ICB to report back in "
                "September 2025 with practice-level data on waiting times for routine "
                "appointments.")))
    a(gblank())

    a(gp(("c5", "6. "), ("c5", "Temporary accommodation pressures")))
    a(gp(("c1", "Tom Angove introduced the report. The number of households in temporary "
                "accommodation had risen from 212 in April 2023 to 347 in December 2024, "
                "including 138 families with children, and the forecast overspend on temporary "
                "accommodation for 2024/25 was £2.9m.")))
    a(gp(("c5", "Questions and comments:")))
    a(gul("x0c4mdu2k8s1", [
        "Cllr Bolitho asked how many families with children had been placed in bed and "
        "breakfast for more than six weeks, which is unlawful.",
        "Tom Angove said there were nine such families at the end of December, down from 23 "
        "in the summer; each case was reviewed weekly by a head of service.",
        [("c1", "Cllr Rowe asked whether the Council had considered buying homes itself rather "
                "than paying nightly rates to private providers. "),
         ("c5", "Response:"),
         ("c1", " A business case to purchase 60 homes through the Council’s wholly owned "
                "housing company would go to Cabinet in March; it was expected to pay back "
                "within eight years.")],
        [("c1", "The Chair raised concern about families being placed outside the county, away "
                "from schools and support networks. "),
         ("c5", "Response:"),
         ("c1", " Out-of-area placements were used only when nothing was available locally; "
                "17 households were currently placed out of area and the receiving authority "
                "was notified in every case.")],
        "Cllr Salter asked whether the homelessness prevention grant would be maintained "
        "next year.",
        "The 2025/26 allocation had been confirmed at £1.64m, an increase of 4%.",
    ]))
    a(gp(("c5", "RESOLVED: "),
         ("c1", "That the Committee (1) notes the report; and (2) recommends to Cabinet that "
                "the business case for purchasing homes for temporary accommodation "
                "prioritises family-sized properties within the county.")))
    a(gblank())

    a(gh("7.\u00a0 Adult social care charging policy – consultation outcome"))
    a(gp(("c1", "Gareth Pascoe presented the results of the 12\u00a0week consultation on changes to "
                "the charging policy for non-residential care, which had received 611 "
                "responses. The main proposals were to charge for the second carer on "
                "double-handed calls and to standardise the disability-related expenditure "
                "allowance at £20 a week.")))
    a(gul("j7aq2nfe0m3k", [
        [("c1", "Cllr Penrose asked what proportion of responses came from people who "
                "currently pay a charge for their care. "),
         ("c5", "Response:"),
         ("c1", " 388 of the 611 respondents (64%) said they currently paid a contribution.")],
        "Cllr Carne expressed concern that charging for the second carer on double-handed "
        "calls would fall hardest on people with the most complex disabilities.",
        "Cllr Kitto (Portfolio Holder) said she recognised the concern and the proposal had "
        "been amended so that the charge would be phased in over two years and capped at £15 "
        "a week.",
        [("c1", "Cllr Ade asked whether an equality impact assessment had been completed. "),
         ("c5", "Response:"),
         ("c1", " Yes – the full EqIA was at Appendix C and had been updated after the "
                "consultation closed.")],
    ]))
    a(gp(("c5", "RESOLVED: "),
         ("c1", "That the Committee supports the revised charging policy at Appendix A for "
                "recommendation to Cabinet on 19 February 2025, and asks that its impact on "
                "people receiving double-handed care be reviewed after 12 months.")))
    a(gblank())

    a(gh("8.\u00a0Future of Tremorvah and Polwithen care homes"))
    a(gp(("c1", "Sarah Jago introduced the report, which sought the Committee’s views before "
                "Cabinet is asked to approve the transfer of the Council’s two remaining "
                "in-house care homes to an external operator through a competitive tender, "
                "with staff transferring under TUPE. The homes have 74 beds between them and "
                "cost £1.2m a year more to run than equivalent beds bought from the "
                "independent sector.")))
    a(gul("w4ps9hb1ty6c", [
        [("c1", "Cllr Bolitho asked how residents and their families had been consulted. "),
         ("c5", "Response:"),
         ("c1", " Meetings had been held at both homes in January, attended by 41 relatives, "
                "and every resident had been visited individually by a social worker.")],
        "Cllr Carne asked what would happen to staff pensions after the transfer and whether "
        "pay would be protected.",
        "Sarah Jago said terms and conditions would be protected under TUPE and the new "
        "operator would have to offer a broadly comparable pension scheme, although terms for "
        "new starters could differ.",
        [("c1", "Cllr Rowe asked whether the Council could guarantee that the homes would not "
                "close once they were in private hands. "),
         ("c5", "Response:"),
         ("c1", " The buildings would stay in Council ownership and be leased to the operator "
                "for ten years, with a requirement that both remain registered care homes.")],
    ]))
    a(gp(("c1", "Cllr Carne proposed, and Cllr Bolitho seconded, that the Committee recommend "
                "to Cabinet that both homes be retained in-house and that an improvement plan "
                "be developed instead. On being put to the vote the proposal was lost (2 in "
                "favour, 4 against, 1 abstention).")))
    a(gp(("c5", "RESOLVED: "),
         ("c1", "That the Committee notes the report and asks Cabinet to take its comments "
                "into account, in particular the need for binding guarantees on pensions and "
                "on the continued use of both buildings as care homes.")))
    a(gblank())

    a(gh("9. Work programme"))
    a(gp(("c1", "The Committee noted the work programme. It was "), ("c5", "AGREED"),
         ("c1", " that NHS dentistry and the Healthwatch Penhallow annual report be added for "
                "the April meeting, and that a site visit to Tremorvah be arranged before "
                "Cabinet makes its decision.")))
    a(gblank())
    a(gh("10. Date of next meeting"))
    a(gp(("c1", "Wednesday 2 April 2025 at 6.30pm.")))
    a(gblank())
    a(gp(("c10", "The meeting closed at 8.57pm.")))
    a(gblank())
    a(gp(("c1", "Chair: ………………………………   Date: ………………")))
    # footer div (no comments in this export)
    a('<div>' + gp(("c7", "Penhallow Council | Democratic Services | "
                          "democratic.services@penhallow.gov.uk | Page 1"), cls="c4") + '</div>')

    doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           '<style type="text/css">' + D2_STYLE + '</style></head>'
           '<body class="c11 doc-content">' + "".join(B) + '</body></html>')
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Adults, Health and Housing Select Committee",
    "meeting_date": "2025-02-05",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Access to GP appointments – update from NHS Penwith and Tamar ICB"},
        {"number": "6", "title": "Temporary accommodation pressures"},
        {"number": "7", "title": "Adult social care charging policy – consultation outcome"},
        {"number": "8", "title": "Future of Tremorvah and Polwithen care homes"},
        {"number": "9", "title": "Work programme"},
        {"number": "10", "title": "Date of next meeting"},
    ],
    "questions": [
        Q("5", "question",
          "asked whether the ICB knew how many patients waited more than two weeks",
          "Cllr Salter",
          "national appointment data showed that 31% of appointments in Penhallow",
          None, ["primary-care"]),
        Q("5", "question",
          "asked when every practice would offer a call-back instead of an engaged tone",
          "Cllr Carne",
          "the remaining 11 practices would move to cloud-based telephony with call-back",
          "Mike Treloar", ["primary-care"]),
        Q("5", "question",
          "whether any were now run by private companies",
          "Cllr Penrose",
          "was now run under an APMS contract by Oakbridge Health Ltd",
          None, ["primary-care", "privatisation", "subcontracting"]),
        Q("5", "request",
          "asked for the value and length of the APMS contract to be shared",
          "Cllr Penrose",
          "Mike Treloar agreed to circulate this after the meeting",
          "Mike Treloar", ["primary-care", "subcontracting", "governance"]),
        Q("5", "concern",
          "asked that every practice keep a telephone and walk-in route",
          "Jan Polglase",
          "would remind practices that online access must not replace other routes",
          None, ["primary-care", "patient-and-public-input"]),
        Q("5", "question",
          "asked how many GP vacancies there were across Penhallow",
          "Cllr Ade",
          "There were an estimated 18 whole-time equivalent GP vacancies",
          None, ["primary-care", "workforce"]),
        Q("6", "question",
          "how many families with children had been placed in bed and breakfast",
          "Cllr Bolitho",
          "there were nine such families at the end of December",
          "Tom Angove", ["housing", "children-and-families"]),
        Q("6", "question",
          "whether the Council had considered buying homes itself rather than paying nightly rates",
          "Cllr Rowe",
          "A business case to purchase 60 homes through the Council’s wholly owned housing company",
          None, ["housing", "finance", "privatisation"]),
        Q("6", "concern",
          "raised concern about families being placed outside the county",
          "The Chair",
          "Out-of-area placements were used only when nothing was available locally",
          None, ["housing", "children-and-families"]),
        Q("6", "question",
          "whether the homelessness prevention grant would be maintained next year",
          "Cllr Salter",
          "The 2025/26 allocation had been confirmed at £1.64m",
          None, ["housing", "finance"]),
        Q("7", "question",
          "what proportion of responses came from people who currently pay a charge",
          "Cllr Penrose",
          "388 of the 611 respondents (64%) said they currently paid a contribution",
          None, ["adult-social-care", "patient-and-public-input", "finance"]),
        Q("7", "concern",
          "would fall hardest on people with the most complex disabilities",
          "Cllr Carne",
          "the charge would be phased in over two years and capped at £15 a week",
          "Cllr Kitto", ["adult-social-care", "finance"]),
        Q("7", "question",
          "asked whether an equality impact assessment had been completed",
          "Cllr Ade",
          "the full EqIA was at Appendix C and had been updated",
          None, ["adult-social-care"]),
        Q("8", "question",
          "asked how residents and their families had been consulted",
          "Cllr Bolitho",
          "Meetings had been held at both homes in January, attended by 41 relatives",
          None, ["adult-social-care", "patient-and-public-input", "privatisation"]),
        Q("8", "question",
          "what would happen to staff pensions after the transfer and whether pay would be protected",
          "Cllr Carne",
          "terms and conditions would be protected under TUPE",
          "Sarah Jago", ["adult-social-care", "workforce", "privatisation"]),
        Q("8", "question",
          "guarantee that the homes would not close once they were in private hands",
          "Cllr Rowe",
          "The buildings would stay in Council ownership and be leased to the operator",
          None, ["adult-social-care", "privatisation", "subcontracting"]),
    ],
    "resolutions": [
        R("3", "minutes of the meeting held on 4 December 2024 were agreed as an accurate record",
          "agreed", []),
        R("5", "That the Committee notes the update and asks the ICB to report back",
          "agreed", ["primary-care"]),
        R("6", "recommends to Cabinet that the business case for purchasing homes",
          "recommended", ["housing", "finance"]),
        R("7", "supports the revised charging policy at Appendix A for recommendation to Cabinet",
          "recommended", ["adult-social-care", "finance"]),
        R("8", "that both homes be retained in-house and that an improvement plan be developed",
          "rejected", ["adult-social-care", "privatisation"]),
        R("8", "asks Cabinet to take its comments into account, in particular the need",
          "recommended", ["adult-social-care", "privatisation", "workforce"]),
        R("9", "that NHS dentistry and the Healthwatch Penhallow annual report be added",
          "agreed", ["primary-care", "patient-and-public-input"]),
    ],
    "attendees": [
        A("Joanna Trevithick", "Chair", "present"),
        A("Ben Salter", "Vice-Chair", "present"),
        A("Oluwaseun Ade", None, "present"),
        A("Nessa Bolitho", None, "present"),
        A("Lisa Carne", None, "present"),
        A("Mark Penrose", None, "present"),
        A("Alan Rowe", "substitute", "present"),
        A("Dev Patel", None, "in_attendance"),
        A("Rosemary Kitto", "Portfolio Holder for Adult Social Care and Wellbeing", "in_attendance"),
        A("Jan Polglase", "Chief Executive, Healthwatch Penhallow", "in_attendance"),
        A("Mike Treloar", "Director of Primary Care and Community Services, NHS Penwith and Tamar Integrated Care Board",
          "in_attendance"),
        A("Sarah Jago", "Strategic Director, Care and Wellbeing", "in_attendance"),
        A("Tom Angove", "Service Director, Housing Solutions and Homelessness", "in_attendance"),
        A("Gareth Pascoe", "Head of Adult Social Care Commissioning and Quality", "in_attendance"),
        A("Dr Emma Liddicoat", "Consultant in Public Health", "in_attendance"),
        A("Natalie Rowse", "Democratic Services Officer (minutes)", "in_attendance"),
        A("Kerenza Moyle", None, "apologies"),
        A("Peter Hocking", None, "apologies"),
    ],
}


# =====================================================================================
# Document 3: Westmarch County Council, Word minutes with content controls
# =====================================================================================

D3_ATTEND = [
    ("b", "PRESENT:"),
    ("p", "Mr J A Hollins (Chairman), Mrs P Deacon (Vice-Chairman), Mr R Amos, Ms C Brereton, "
          "Mrs H Gill, Dr K Lyall, Mr S Okafor, Mrs V Pym and Mr A Sutcliffe (substitute)."),
    ("p", "Co-opted District Council Member: Cllr M Oates (Abbotsford District Council)."),
    ("b", "ALSO PRESENT:"),
    ("p", "Mr G Fairclough (Cabinet Member for Adult Social Care and Public Health)."),
    ("b", "IN ATTENDANCE:"),
    ("p", "Mrs L Harker (Corporate Director, Adult Social Care and Health), Ms A Roebuck "
          "(Director of Integrated Commissioning), Dr P Sandhu (Chief Medical Officer, NHS "
          "Westmarch and Deane Integrated Care Board), Ms R Kaur (Head of Primary Care "
          "Commissioning – Dental, NHS Westmarch and Deane Integrated Care Board), Ms J "
          "Ostrowski (Associate Director, Children and Young People’s Mental Health, "
          "Westmarch Partnership NHS Foundation Trust) and Mr O Brandt (Scrutiny Research "
          "Officer)."),
]

# item: (number, TITLE, [("p", text) | ("i", italic text) | ("res1", text) | ("res", [clauses])])
D3_ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Mr B Catterall and Mrs E Norbury. Mr A "
              "Sutcliffe attended as a substitute for Mr Catterall."),
    ]),
    ("2", "DISCLOSURES OF PECUNIARY AND NON-PECUNIARY INTERESTS", [
        ("p", "Dr K Lyall disclosed a non-pecuniary interest in item 5 (Access to NHS "
              "Dentistry) as he holds an NHS dental contract in the county, and left the "
              "meeting during that item."),
        ("p", "Mrs H Gill disclosed a non-pecuniary interest in item 6 as a trustee of the "
              "Deane Vale Community Hospital League of Friends."),
    ]),
    ("3", "MINUTES", [
        ("res1", "That the minutes of the meeting held on 14 November 2024 be confirmed as a "
                 "correct record and signed by the Chairman."),
    ]),
    ("4", "PUBLIC QUESTIONS", [
        ("p", "One question had been received from Mr Howard Pilling, a resident of Deane "
              "Vale, who asked: “Will the Committee require the ICB to explain why the minor "
              "injuries unit at Deane Vale Community Hospital has been closed overnight since "
              "October without any public consultation?”"),
        ("p", "The Chairman thanked Mr Pilling and replied that the Committee would consider "
              "the matter under item 6, where the ICB would be asked to respond directly. Mr "
              "Pilling was not present to ask a supplementary question."),
    ]),
    ("5", "ACCESS TO NHS DENTISTRY", [
        ("i", "(Dr K Lyall left the meeting for this item.)"),
        ("p", "Ms R Kaur introduced a report on access to NHS dental services in Westmarch, "
              "which showed that 46% of adults and 61% of children had seen an NHS dentist in "
              "the previous 24 months, and that eleven practices had handed back all or part "
              "of their NHS contracts since April 2022, a loss of approximately 58,000 units "
              "of dental activity."),
        ("p", "Mr Amos asked how many residents were waiting to join an NHS dental list. Ms "
              "Kaur explained that there was no single waiting list, as practices managed "
              "their own lists, but the Westmarch Dental Helpline had taken 9,412 calls "
              "between April and November 2024 from people unable to find a dentist."),
        ("p", "Mrs Pym referred to press reports of residents extracting their own teeth and "
              "asked what urgent care was available at weekends. She was informed that the "
              "ICB commissioned 1,200 urgent dental appointments a month, including Saturday "
              "sessions in Abbotsford and Rivermead, accessed through NHS 111."),
        ("p", "Ms Brereton asked whether the reforms announced by the Government would make "
              "NHS work more attractive to dentists. Ms Kaur said that the ICB welcomed the "
              "new patient premium, but that the contract based on units of dental activity "
              "remained the main reason practices gave for reducing their NHS work."),
        ("p", "A Member expressed concern that children in care were not routinely receiving "
              "dental checks, and asked that the Corporate Parenting Panel be given the "
              "figures."),
        ("res", [
            "the report be noted;",
            "the ICB be asked to provide a breakdown of dental access by district and by "
            "deprivation quintile for the July meeting;",
            "the Chairman write to the Secretary of State for Health and Social Care calling "
            "for urgent reform of the NHS dental contract.",
        ]),
    ]),
    ("6", "DEANE VALE MINOR INJURIES UNIT – TEMPORARY OVERNIGHT CLOSURE", [
        ("p", "Dr P Sandhu presented a report explaining that the minor injuries unit at Deane "
              "Vale Community Hospital had closed between 8.00 pm and 8.00 am since 7 October "
              "2024 because of nurse practitioner vacancies, and that on average four patients "
              "a night had attended before the closure. Responding to Mr Pilling’s question "
              "(minute 4), he said that the closure had been introduced as a temporary measure "
              "on patient safety grounds and that the ICB accepted it should have informed the "
              "Committee at the time."),
        ("p", "Mr Okafor asked how long the “temporary” closure was expected to last. Dr Sandhu "
              "said that recruitment to two nurse practitioner posts was under way and the ICB "
              "hoped to restore overnight opening by April 2025, but could not guarantee it."),
        ("p", "Cllr Oates asked where patients were now going overnight, and was told that most "
              "were advised by NHS 111 to attend the urgent treatment centre at Abbotsford "
              "General Hospital, 23 miles away, or to wait until the morning."),
        ("p", "Mrs Gill asked whether the ICB had assessed the impact on people without a car. "
              "Dr Sandhu acknowledged that no travel impact assessment had been carried out "
              "and undertook to provide one."),
        ("p", "Mrs Deacon queried whether a closure lasting more than six months was in reality "
              "a substantial variation in the provision of health services, on which the "
              "Committee should have been consulted under the health scrutiny regulations. The "
              "Chief Medical Officer said that the ICB did not regard the change as permanent "
              "but would take legal advice."),
        ("res", [
            "the Committee considers that the overnight closure of the Deane Vale minor "
            "injuries unit, if it continues beyond April 2025, constitutes a substantial "
            "variation in service;",
            "the ICB be requested to carry out a travel impact assessment and report back to "
            "the Committee in April 2025;",
            "the ICB be reminded of its duty to consult the Committee on proposals for "
            "substantial variations.",
        ]),
    ]),
    ("7", "ADULT SOCIAL CARE WORKFORCE STRATEGY 2025–2028", [
        ("p", "Mr G Fairclough, Cabinet Member for Adult Social Care and Public Health, "
              "introduced the draft strategy. The vacancy rate among independent sector care "
              "providers in the county was 11.2% and annual turnover 29%; 1,340 overseas care "
              "workers had been recruited under the Health and Care Worker visa since 2022."),
        ("p", "Mr Sutcliffe asked what the Council was doing to support overseas care workers "
              "whose sponsors had lost their licences. Mrs Harker said that the Council had "
              "worked with the regional partnership to redeploy 87 workers to new sponsors, "
              "and that an ethical recruitment adviser had been appointed."),
        ("p", "Ms Brereton expressed concern that the strategy said little about pay, and asked "
              "whether the Council would fund providers to pay the Real Living Wage. The "
              "Cabinet Member replied that the fee uplift for 2025/26 assumed the National "
              "Living Wage of £12.21, and that paying the Real Living Wage would cost an "
              "estimated £9.4 million a year, which was not affordable within the current "
              "budget."),
        ("p", "Mr Amos asked whether the Council’s in-house reablement service had the same "
              "recruitment difficulties. Mrs Harker said vacancies in the reablement service "
              "had fallen to 6% following a recruitment campaign and a new apprenticeship "
              "scheme with Westmarch College."),
        ("res", [
            "the draft strategy be noted;",
            "the Cabinet Member be recommended to include in the final strategy a costed "
            "option for moving towards the Real Living Wage for care workers;",
            "progress be reported to the Committee in twelve months.",
        ]),
    ]),
    ("8", "BETTER CARE FUND 2024/25 – QUARTER 2 RETURN", [
        ("res1", "That the Better Care Fund quarter 2 return for 2024/25, as submitted to NHS "
                 "England, be noted."),
    ]),
    ("9", "CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH SERVICES – WAITING TIMES", [
        ("p", "Ms J Ostrowski presented an update on waiting times. The median wait for a first "
              "appointment with the children and young people’s mental health service was 19 "
              "weeks; 1,106 children and young people were waiting, and some waits for "
              "neurodevelopmental assessment exceeded three years."),
        ("p", "Mrs Pym asked what support was available to children while they were waiting. "
              "Ms Ostrowski explained that all children on the waiting list were offered the "
              "Kooth online service and support from mental health support teams in schools, "
              "which now covered 58% of pupils."),
        ("p", "Mr Okafor asked why waiting times for neurodevelopmental assessments were so "
              "much longer than for other services, and whether private providers were being "
              "used to clear the backlog. Ms Ostrowski said that demand for ADHD assessment "
              "had trebled since 2019; the ICB had commissioned an independent sector provider "
              "to undertake 600 assessments in 2024/25, but this had not kept pace with "
              "referrals."),
        ("p", "Cllr Oates requested that future reports include waiting times broken down by "
              "district."),
        ("res", [
            "the update be noted;",
            "the ICB and the Trust report back in six months on progress with "
            "neurodevelopmental assessment waiting times, including district-level data.",
        ]),
    ]),
    ("10", "WORK PROGRAMME", [
        ("p", "The Scrutiny Research Officer presented the work programme."),
        ("res1", "That the work programme be agreed, with the addition of the Deane Vale minor "
                 "injuries unit in April 2025 and dental access data in July 2025."),
    ]),
]

GOLD3 = {
    "document": DOC3,
    "doc_type": "minutes",
    "committee": "Adult Care and Health Overview and Scrutiny Committee",
    "meeting_date": "2025-01-16",
    "items": [{"number": n, "title": t} for n, t, _ in D3_ITEMS],
    "questions": [
        Q("4", "question",
          "explain why the minor injuries unit at Deane Vale Community Hospital has been closed overnight",
          "Mr Howard Pilling",
          "the Committee would consider the matter under item 6",
          "The Chairman", ["patient-and-public-input"]),
        Q("5", "question",
          "asked how many residents were waiting to join an NHS dental list",
          "Mr Amos",
          "the Westmarch Dental Helpline had taken 9,412 calls",
          "Ms Kaur", ["primary-care"]),
        Q("5", "question",
          "asked what urgent care was available at weekends",
          "Mrs Pym",
          "the ICB commissioned 1,200 urgent dental appointments a month",
          None, ["primary-care", "subcontracting"]),
        Q("5", "question",
          "whether the reforms announced by the Government would make NHS work more attractive",
          "Ms Brereton",
          "the ICB welcomed the new patient premium",
          "Ms Kaur", ["primary-care", "workforce"]),
        Q("5", "concern",
          "children in care were not routinely receiving dental checks",
          "A Member", None, None, ["primary-care", "children-and-families"]),
        Q("6", "question",
          "asked how long the temporary closure was expected to last",
          "Mr Okafor",
          "the ICB hoped to restore overnight opening by April 2025",
          "Dr Sandhu", ["workforce"]),
        Q("6", "question",
          "asked where patients were now going overnight",
          "Cllr Oates",
          "most were advised by NHS 111 to attend the urgent treatment centre",
          None, []),
        Q("6", "question",
          "whether the ICB had assessed the impact on people without a car",
          "Mrs Gill",
          "no travel impact assessment had been carried out and undertook to provide one",
          "Dr Sandhu", []),
        Q("6", "question",
          "a substantial variation in the provision of health services",
          "Mrs Deacon",
          "the ICB did not regard the change as permanent but would take legal advice",
          "The Chief Medical Officer", ["governance", "patient-and-public-input"]),
        Q("7", "question",
          "support overseas care workers whose sponsors had lost their licences",
          "Mr Sutcliffe",
          "redeploy 87 workers to new sponsors",
          "Mrs Harker", ["workforce", "adult-social-care"]),
        Q("7", "concern",
          "asked whether the Council would fund providers to pay the Real Living Wage",
          "Ms Brereton",
          "paying the Real Living Wage would cost an estimated £9.4 million a year",
          "The Cabinet Member", ["workforce", "finance", "adult-social-care"]),
        Q("7", "question",
          "in-house reablement service had the same recruitment difficulties",
          "Mr Amos",
          "vacancies in the reablement service had fallen to 6%",
          "Mrs Harker", ["workforce", "adult-social-care"]),
        Q("9", "question",
          "asked what support was available to children while they were waiting",
          "Mrs Pym",
          "all children on the waiting list were offered the Kooth online service",
          "Ms Ostrowski", ["mental-health", "children-and-families"]),
        Q("9", "question",
          "whether private providers were being used to clear the backlog",
          "Mr Okafor",
          "the ICB had commissioned an independent sector provider to undertake 600 assessments",
          "Ms Ostrowski", ["mental-health", "children-and-families", "privatisation", "subcontracting"]),
        Q("9", "request",
          "requested that future reports include waiting times broken down by district",
          "Cllr Oates", None, None, ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 14 November 2024 be confirmed", "agreed", []),
        R("5", "the Chairman write to the Secretary of State for Health and Social Care",
          "agreed", ["primary-care"]),
        R("6", "the ICB be requested to carry out a travel impact assessment",
          "agreed", ["governance", "patient-and-public-input"]),
        R("7", "the Cabinet Member be recommended to include in the final strategy",
          "recommended", ["workforce", "adult-social-care", "finance"]),
        R("8", "the Better Care Fund quarter 2 return for 2024/25", "noted",
          ["integration", "finance"]),
        R("9", "report back in six months on progress with neurodevelopmental assessment",
          "agreed", ["mental-health", "children-and-families"]),
        R("10", "That the work programme be agreed, with the addition of", "agreed", []),
    ],
    "attendees": [
        A("Mr J A Hollins", "Chairman", "present"),
        A("Mrs P Deacon", "Vice-Chairman", "present"),
        A("Mr R Amos", None, "present"),
        A("Ms C Brereton", None, "present"),
        A("Mrs H Gill", None, "present"),
        A("Dr K Lyall", None, "present"),
        A("Mr S Okafor", None, "present"),
        A("Mrs V Pym", None, "present"),
        A("Mr A Sutcliffe", "substitute", "present"),
        A("Cllr M Oates", "Co-opted District Council Member (Abbotsford District Council)", "present"),
        A("Mr G Fairclough", "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        A("Mrs L Harker", "Corporate Director, Adult Social Care and Health", "in_attendance"),
        A("Ms A Roebuck", "Director of Integrated Commissioning", "in_attendance"),
        A("Dr P Sandhu", "Chief Medical Officer, NHS Westmarch and Deane Integrated Care Board",
          "in_attendance"),
        A("Ms R Kaur", "Head of Primary Care Commissioning – Dental, NHS Westmarch and Deane Integrated Care Board",
          "in_attendance"),
        A("Ms J Ostrowski", "Associate Director, Children and Young People’s Mental Health, Westmarch Partnership NHS Foundation Trust",
          "in_attendance"),
        A("Mr O Brandt", "Scrutiny Research Officer", "in_attendance"),
        A("Mr B Catterall", None, "apologies"),
        A("Mrs E Norbury", None, "apologies"),
    ],
}


def build_doc3(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "Adult Care and Health Overview and Scrutiny Committee – 16 January 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(par, instr, shown):
        r1 = par.add_run()
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        r2._r.append(it)
        r3 = par.add_run()
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
        par.add_run(shown)
        r5 = par.add_run()
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)

    fp.add_run("Page ")
    field(fp, " PAGE ", "1")
    fp.add_run(" of ")
    field(fp, " NUMPAGES ", "4")
    fp2 = sec.footer.add_paragraph("Chairman’s initials ……………")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for p in (fp, fp2):
        for r in p.runs:
            r.font.size = Pt(8)

    body = d.element.body
    sect_pr = body.find(qn("w:sectPr"))
    sdt_id = [-1854013440]

    def make_sdt(alias, tag, paragraphs, placeholder=False):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        if placeholder:
            rpr = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText"); rpr.append(rs)
            pr.append(rpr)
        al = OxmlElement("w:alias"); al.set(qn("w:val"), alias); pr.append(al)
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
        sdt_id[0] += 7919
        i = OxmlElement("w:id"); i.set(qn("w:val"), str(sdt_id[0])); pr.append(i)
        lk = OxmlElement("w:lock"); lk.set(qn("w:val"), "sdtLocked"); pr.append(lk)
        if placeholder:
            pr.append(OxmlElement("w:showingPlcHdr"))
        else:
            pr.append(OxmlElement("w:richText"))
        sdt.append(pr)
        sdt.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        for p in paragraphs:
            content.append(p._p)  # moves the paragraph out of the body
        sdt.append(content)
        sect_pr.addprevious(sdt)
        return sdt

    def para(text="", bold=False, italic=False, align=None, size=None, indent=None,
             hanging=None, after=None, keep_next=False):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            if bold:
                r.bold = True
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        if hanging is not None:
            p.paragraph_format.first_line_indent = Cm(-hanging)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        if keep_next:
            p.paragraph_format.keep_with_next = True
        return p

    para("WESTMARCH COUNTY COUNCIL", bold=True, align="c", size=14, after=0)
    para("ADULT CARE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE", bold=True, align="c", after=12)
    # title paragraph with an inline date-picker content control
    p = para("MINUTES of a meeting of the Adult Care and Health Overview and Scrutiny Committee "
             "held in the Council Chamber, County Hall, Abbotsford on ", align="j")
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), "Meeting date"); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), "MeetingDate"); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), "1309862117"); pr.append(i)
    dt = OxmlElement("w:date"); dt.set(qn("w:fullDate"), "2025-01-16T00:00:00Z")
    df = OxmlElement("w:dateFormat"); df.set(qn("w:val"), "dddd, d MMMM yyyy"); dt.append(df)
    lid = OxmlElement("w:lid"); lid.set(qn("w:val"), "en-GB"); dt.append(lid)
    sf = OxmlElement("w:storeMappedDataAs"); sf.set(qn("w:val"), "dateTime"); dt.append(sf)
    cal = OxmlElement("w:calendar"); cal.set(qn("w:val"), "gregorian"); dt.append(cal)
    pr.append(dt)
    sdt.append(pr)
    cont = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "Thursday, 16 January 2025"
    r.append(t); cont.append(r)
    sdt.append(cont)
    p._p.append(sdt)
    p.add_run(" at 10.00 am")

    # attendance block
    aps = []
    for kind, text in D3_ATTEND:
        if kind == "b":
            aps.append(para(text, bold=True, after=2, keep_next=True))
        else:
            aps.append(para(text, align="j"))
    make_sdt("Attendance", "Attendance", aps)

    for num, title, blocks in D3_ITEMS:
        ps = [para("%s.\t%s" % (num, title), bold=True, keep_next=True, hanging=1.25, indent=1.25)]
        for kind, val in blocks:
            if kind == "p":
                ps.append(para(val, align="j", indent=1.25))
            elif kind == "i":
                ps.append(para(val, italic=True, indent=1.25))
            elif kind == "res1":
                pp = para("", indent=1.25, align="j")
                rr = pp.add_run("RESOLVED – ")
                rr.bold = True
                pp.add_run(val)
                ps.append(pp)
            elif kind == "res":
                pp = para("", indent=1.25, after=3, keep_next=True)
                rr = pp.add_run("RESOLVED – That")
                rr.bold = True
                ps.append(pp)
                for k, clause in enumerate(val, 1):
                    ps.append(para("(%d)\t%s" % (k, clause), indent=2.25, hanging=1.0,
                                   align="j", after=3))
        make_sdt("Item %s" % num, "Item%s" % num, ps)

    # leftover template control that nobody filled in
    ph = para("Click or tap here to enter text.")
    ph.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    make_sdt("Item", "Item", [ph], placeholder=True)

    para("")
    para("The meeting closed at 12.52 pm.", italic=True)
    para("")
    para("Chairman ………………………………………", after=0)
    para("Contact officer: Oliver Brandt, Scrutiny Research Officer, 01655 862 114, "
         "scrutiny@westmarch.gov.uk", size=8)

    fixed = datetime.datetime(2025, 1, 23, 9, 41, 0)
    cp = d.core_properties
    cp.author = "Oliver Brandt"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Adult Care and Health OSC - 16 January 2025"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 4
    buf = io.BytesIO()
    d.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 23, 9, 41, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


# =====================================================================================
# Document 4: scrutiny review scoping document (not minutes)
# =====================================================================================

D4_SECTIONS = [
    ("1. Purpose of this document", [
        "At its meeting on 11 March 2025 the Health Scrutiny Committee agreed to establish a "
        "task and finish group to review access to community mental health services for "
        "young adults aged 18 to 25. This document sets out the proposed terms of reference, "
        "scope, key lines of enquiry, witnesses and timetable for the review. Members are "
        "asked to comment on and agree the scope at the meeting on 24 June 2025.",
    ]),
    ("2. Background", [
        "Young adults in Brentmere wait longer than any other age group for a first "
        "appointment with community mental health teams. In 2024/25 the median wait from "
        "referral to first contact for 18 to 25 year olds was 16 weeks, compared with 9 "
        "weeks for adults aged 26 to 64. Around 40% of young people discharged from children "
        "and young people’s mental health services at 18 are not accepted by adult services, "
        "and Healthwatch Brentmere’s 2024 report “Falling Through the Gap” described a cliff "
        "edge at the point of transition.",
        "Since April 2024 NHS North Thames Integrated Care Board has commissioned a new "
        "community mental health model, delivered by North Thames Mental Health NHS "
        "Foundation Trust with three voluntary sector partners under a lead provider "
        "contract worth £6.2 million a year. The Council funds supported accommodation and "
        "employment support for young adults with mental health needs.",
    ]),
]

D4_TOR = [
    "To understand how young adults aged 18 to 25 in Brentmere access community mental "
    "health support, and where and why they fall between services.",
    "To examine the transition from children’s to adult mental health services, including "
    "for care leavers and young people with special educational needs and disabilities.",
    "To assess whether the commissioning and contract arrangements for the new community "
    "model deliver services that young adults want to use.",
    "To hear directly from young adults, their families and carers about their experience.",
    "To make evidence-based recommendations to the ICB, the Trust, the Council’s Cabinet and "
    "the Health and Wellbeing Board.",
]

D4_SCOPE_IN = [
    "Community mental health teams, primary care mental health practitioners and talking "
    "therapies for people aged 18 to 25.",
    "Transition planning from children’s services, including care leavers.",
    "The role of the voluntary sector partners under the lead provider contract.",
    "Links with housing, employment support and substance misuse services.",
]
D4_SCOPE_OUT = [
    "Inpatient and crisis services (reviewed by the Committee in 2023).",
    "Services for people aged over 25, except where needed for comparison.",
    "Individual complaints or cases, which will be referred to the appropriate body.",
]

D4_KLOE = [
    ("NHS North Thames Integrated Care Board", [
        "What assurance can the ICB give that the community mental health model is meeting "
        "the needs of young adults, and how is this measured?",
        "What assurance can the ICB give that the lead provider contract includes targets "
        "for waiting times specific to 18 to 25 year olds?",
        "How does the ICB hold the lead provider to account for the performance of its "
        "voluntary sector sub-contractors?",
        "What proportion of the mental health investment standard is spent on services for "
        "young adults, and how has this changed since 2022/23?",
        "How were young adults involved in designing the new model, and what changed as a "
        "result of their feedback?",
    ]),
    ("North Thames Mental Health NHS Foundation Trust", [
        "Why do young adults wait longer than other age groups for a first appointment?",
        "What happens to a young person who is not accepted by adult services at 18, and who "
        "is responsible for them?",
        "How many posts in the community teams are vacant or filled by agency staff, and "
        "what is the effect on continuity of care?",
        "What assurance can the Trust give that young people from Black and minority ethnic "
        "communities are not disproportionately detained under the Mental Health Act before "
        "they are offered community support?",
        "How are GPs supported to manage young adults while they wait?",
    ]),
    ("Brentmere Council (Adults, Children’s Services and Housing)", [
        "How does the leaving care service plan mental health support for care leavers "
        "before their eighteenth birthday?",
        "Is supported accommodation available for young adults leaving mental health "
        "services, and how long do they wait for it?",
        "What does the Council’s public health team know about the prevalence of anxiety, "
        "depression and self-harm among 18 to 25 year olds?",
        "What assurance can the Cabinet Member give that young adults with mental health "
        "needs are not placed in temporary accommodation outside the borough?",
        "How do the Council’s substance misuse services work with community mental health "
        "teams when a young adult needs both?",
    ]),
    ("Voluntary sector partners, Healthwatch and young adults", [
        "What do young adults say makes it hard to ask for help, and where do they go first?",
        "Are the voluntary sector partners funded for the full cost of the services they "
        "provide under the contract?",
        "What would a good transition look like from the point of view of a young person and "
        "their family?",
        "Has Healthwatch seen any change in complaints or feedback since the new model "
        "began in April 2024?",
        "What assurance can the partners give that short-term grant funding will not leave "
        "young adults without support part-way through their care?",
    ]),
]

D4_WITNESSES = [
    "Place Director for Brentmere and the Head of Mental Health Commissioning, NHS North "
    "Thames Integrated Care Board",
    "Director of Community Services and a community team manager, North Thames Mental "
    "Health NHS Foundation Trust",
    "Director of Children’s Social Care and the Head of Leaving Care Services",
    "Director of Public Health",
    "Chief Executive, Healthwatch Brentmere",
    "Representatives of the three voluntary sector partners",
    "Young adults with lived experience, through a facilitated session run by Brentmere "
    "Youth Voice",
]

D4_TIMETABLE = [
    ("24 June 2025", "Health Scrutiny Committee", "Scope and key lines of enquiry agreed"),
    ("July 2025", "Task and finish group", "Evidence session 1: ICB and Trust"),
    ("September 2025", "Task and finish group", "Evidence session 2: Council services"),
    ("September 2025", "Site visit", "Community mental health hub, Wandle Road"),
    ("October 2025", "Youth Voice session", "Young adults with lived experience"),
    ("November 2025", "Task and finish group", "Evidence session 3: voluntary sector and "
                                               "Healthwatch"),
    ("December 2025", "Task and finish group", "Draft findings and recommendations"),
    ("27 January 2026", "Health Scrutiny Committee", "Final report and recommendations"),
    ("March 2026", "Cabinet / ICB Board", "Responses to recommendations"),
]

GOLD4 = {"document": DOC4, "doc_type": "report"}


class ScopingPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Brentmere Health Scrutiny Committee – Scrutiny Review 2025/26 – "
                        "Scoping Document", align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_doc4(path):
    pdf = ScopingPDF(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.set_title("Scoping document - young adults mental health review")
    pdf.set_author("Kirsty Lamb")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(datetime.datetime(2025, 6, 12, 10, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    W = 170

    def h(text, size=11.5):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def p(text, style="", indent=0, bullet=None, after=2):
        pdf.set_font("DejaVu", style, 10)
        if bullet:
            pdf.set_x(20 + indent)
            pdf.cell(7, 5, bullet)
            pdf.multi_cell(W - indent - 7, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(20 + indent)
            pdf.multi_cell(W - indent, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(W, 8, "London Borough of Brentmere", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(W, 7, "Health Scrutiny Committee – Task and Finish Review", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(W, 6.5, "Access to Community Mental Health Services for Young Adults "
                           "(18–25): Scoping Document and Key Lines of Enquiry", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    rows = [("Meeting", "Health Scrutiny Committee, 24 June 2025"),
            ("Report of", "Senior Scrutiny and Governance Officer"),
            ("Review lead", "Councillor Helen Nwosu (Vice-Chair)"),
            ("Status", "Draft for agreement by the Committee"),
            ("Wards", "All")]
    with pdf.table(col_widths=(35, 135), text_align="LEFT", line_height=5.5,
                   first_row_as_headings=False) as t:
        for a_, b_ in rows:
            r = t.row()
            r.cell(a_)
            r.cell(b_)
    pdf.ln(4)

    for head, paras in D4_SECTIONS:
        h(head)
        for tx in paras:
            p(tx)
    h("3. Terms of reference")
    p("The task and finish group will:")
    for k, tx in enumerate(D4_TOR):
        p(tx, indent=4, bullet="(%s)" % "abcde"[k], after=1)
    pdf.ln(1)
    h("4. Scope")
    p("In scope:", style="B", after=1)
    for tx in D4_SCOPE_IN:
        p(tx, indent=4, bullet="•", after=1)
    p("Out of scope:", style="B", after=1)
    for tx in D4_SCOPE_OUT:
        p(tx, indent=4, bullet="•", after=1)
    pdf.ln(1)
    h("5. Key lines of enquiry")
    p("The group intends to put the following questions to witnesses. They are a guide for "
      "Members rather than a script, and witnesses will receive them in advance.")
    n = 0
    for who, qs in D4_KLOE:
        p(who, style="B", after=1)
        for qq in qs:
            n += 1
            p(qq, indent=4, bullet="%d." % n, after=1)
        pdf.ln(1)
    h("6. Witnesses")
    for tx in D4_WITNESSES:
        p(tx, indent=4, bullet="•", after=1)
    pdf.ln(1)
    h("7. Methodology and evidence")
    p("Evidence will be gathered through three evidence sessions held in public, a site "
      "visit, a facilitated session with young adults, a short online survey promoted "
      "through colleges and youth services, and desk research including national data from "
      "the Mental Health Services Data Set. Written evidence will be invited from GP "
      "practices and primary care networks.")
    h("8. Timetable")
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(32, 48, 90), text_align="LEFT", line_height=5.5) as t:
        r = t.row()
        for c in ("Date", "Forum", "Activity"):
            r.cell(c)
        for a_, b_, c_ in D4_TIMETABLE:
            r = t.row()
            r.cell(a_)
            r.cell(b_)
            r.cell(c_)
    pdf.ln(4)
    h("9. Expected outcomes")
    p("A final report with recommendations will be presented to the Committee in January "
      "2026 and, once agreed, referred to Cabinet and the ICB Board, which will be asked to "
      "respond within two months. Recommendations are likely to address transition "
      "arrangements, waiting times, the commissioning of voluntary sector partners and the "
      "involvement of young adults in service design.")
    h("10. Equalities, risks and resources")
    p("The review will pay particular attention to young adults from Black and minority "
      "ethnic communities, care leavers, young people with autism or learning disabilities "
      "and LGBTQ+ young people. The main risk is that witnesses cannot attend within the "
      "timetable; the group may accept written evidence instead. The review will be "
      "supported within existing scrutiny resources.")
    h("11. Contact")
    p("Kirsty Lamb, Senior Scrutiny and Governance Officer, scrutiny@brentmere.gov.uk, "
      "020 8946 3170")
    pdf.output(path)


# =====================================================================================
# Text extraction and --check
# =====================================================================================

class _HTMLText(HTMLParser):
    BLOCK = {"p", "li", "div", "ul", "ol", "br", "tr", "h1", "h2", "h3", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def extract_texts(path):
    """Return {extractor name: text} for a document."""
    if path.endswith(".pdf"):
        import pdfplumber
        import pypdf
        with pdfplumber.open(path) as pl:
            t1 = "\n".join(pg.extract_text() or "" for pg in pl.pages)
        t2 = "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)
        return {"pdfplumber": t1, "pypdf": t2}
    if path.endswith(".html"):
        hp = _HTMLText()
        with open(path, encoding="utf-8") as f:
            hp.feed(f.read())
        return {"html": "".join(hp.out)}
    if path.endswith(".docx"):
        from lxml import etree
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = etree.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            bits = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    bits.append(el.text)
                elif el.tag == W + "tab":
                    bits.append("\t")
                elif el.tag == W + "br":
                    bits.append("\n")
            paras.append("".join(bits))
        return {"docx-xml": "\n".join(paras)}
    raise ValueError(path)


def norms(s):
    s = s.lower().replace("’", "'").replace("‘", "'")
    a = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s)).strip()
    b = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()
    return a, b


def check(golds):
    ok = True
    for g in golds:
        path = os.path.join(DOCS, g["document"])
        texts = extract_texts(path)
        ntexts = {k: norms(v) for k, v in texts.items()}
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        seen = set()
        for kind, ph in phrases:
            na, nb = norms(ph)
            nwords = len(nb.split())
            if not 6 <= nwords <= 15:
                print(f"FAIL {g['document']}: {kind} phrase has {nwords} words: {ph!r}")
                ok = False
            if nb in seen:
                print(f"FAIL {g['document']}: duplicate gold phrase {ph!r}")
                ok = False
            seen.add(nb)
            for name, (ta, tb) in ntexts.items():
                ca, cb = ta.count(na), tb.count(nb)
                if ca != 1 or cb != 1:
                    print(f"FAIL {g['document']} [{name}]: {kind} phrase found {ca}/{cb} "
                          f"times: {ph!r}")
                    ok = False
        # items, attendees: must appear in at least one extraction
        for it in g.get("items", []):
            nb = norms(it["title"])[1]
            if not any(nb in tb for _, tb in ntexts.values()):
                print(f"FAIL {g['document']}: item title not found: {it['title']!r}")
                ok = False
        for at in g.get("attendees", []):
            nb = norms(at["name"])[1]
            if not any(nb in tb for _, tb in ntexts.values()):
                print(f"FAIL {g['document']}: attendee not found: {at['name']!r}")
                ok = False
        if g["doc_type"] != "minutes":
            if set(g) != {"document", "doc_type"}:
                print(f"FAIL {g['document']}: non-minutes gold must only give document and doc_type")
                ok = False
        themes_ok = {"privatisation", "subcontracting", "patient-and-public-input",
                     "public-health", "finance", "governance", "integration", "workforce",
                     "primary-care", "mental-health", "children-and-families",
                     "adult-social-care", "housing"}
        for row in g.get("questions", []) + g.get("resolutions", []):
            bad = set(row["themes"]) - themes_ok
            if bad:
                print(f"FAIL {g['document']}: unknown themes {bad}")
                ok = False
        item_nums = {it["number"] for it in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in item_nums:
                print(f"FAIL {g['document']}: row refers to unknown item {row['item']}")
                ok = False
        print(f"{g['document']}: {len(g.get('items', []))} items, "
              f"{len(g.get('questions', []))} questions, {len(g.get('resolutions', []))} "
              f"resolutions, {len(g.get('attendees', []))} attendees")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLDDIR, exist_ok=True)
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    build_doc3(os.path.join(DOCS, DOC3))
    build_doc4(os.path.join(DOCS, DOC4))
    golds = [GOLD1, GOLD2, GOLD3, GOLD4]
    for g in golds:
        with open(os.path.join(GOLDDIR, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if "--check" in sys.argv:
        if check(golds):
            print("CHECK PASSED")
        else:
            print("CHECK FAILED")
            sys.exit(1)


if __name__ == "__main__":
    main()
