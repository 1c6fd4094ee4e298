#!/usr/bin/env python3
"""Build the "ex-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ex.py           build documents/ex-* and gold/ex-*.json
        build_ex.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime(2025, 11, 3, 9, 30, 0, tzinfo=timezone.utc)
SHY = "\u00ad"


def soft_hyphenate(text):
    """Insert soft hyphens into long plain words so justified lines break mid-word."""
    def fix(m):
        w = m.group(0)
        if len(w) < 11 or not w.islower():
            return w
        cut = len(w) // 2
        return w[:cut] + SHY + w[cut:]
    return re.sub(r"[A-Za-z]+", fix, text)


# ---------------------------------------------------------------------------
# Document 1: district Community Wellbeing Scrutiny Committee minutes
# ---------------------------------------------------------------------------
DOC1 = "ex-harrowdene-dc-community-wellbeing-scrutiny-2025-10-14.pdf"
COUNCIL1 = "Harrowdene District Council"

DOC1_BLOCKS = [
    ("title", "HARROWDENE DISTRICT COUNCIL"),
    ("title", "COMMUNITY WELLBEING SCRUTINY COMMITTEE"),
    ("p", "Minutes of a meeting of the Community Wellbeing Scrutiny Committee held in the "
          "Council Chamber, Market Street, Harrowdene on Tuesday 14 October 2025 at 6.30 pm."),
    ("p", "Councillors present: Cllr R Hussain (Chair), Cllr M Ellis (Vice-Chair), Cllr "
          "J Ward, Cllr P O'Donoghue, Cllr S Baptiste, Cllr T Lindqvist, Cllr A Fairbrother, "
          "Cllr K Mensah (substitute for Cllr D Pryor), Cllr H Ashworth."),
    ("p", "Apologies: Cllr D Pryor, Cllr L Quaintance."),
    ("p", "Also present: Cllr N Okafor – Portfolio Holder for Housing and Communities."),
    ("p", "Officers: Fiona Marchetti – Head of Housing; Gareth Lyle – Leisure and Culture "
          "Contracts Manager; Dr Ayesha Rahman – Consultant in Public Health (Westmarch "
          "County Council); Colin Threlfall – Private Sector Housing and Grants Team Leader; "
          "Beth Carrow – Democratic Services Officer."),
    ("h", "43. Apologies, Substitutions and Declarations of Interest"),
    ("p", "Apologies were received from Cllr D Pryor and Cllr L Quaintance. Cllr K Mensah "
          "attended as substitute for Cllr Pryor."),
    ("p", "Cllr S Baptiste declared a non-registrable interest in minute 46 as a member of "
          "Harrowdene Swimming Club, which hires pool time at the Brookside Leisure Centre. "
          "She remained in the meeting and took part in the discussion. No other declarations "
          "were made."),
    ("h", "44. Minutes of the Previous Meeting"),
    ("p", "RESOLVED that the minutes of the meeting held on 9 September 2025 be "
          "approved as a correct record and signed by the Chair."),
    ("h", "45. Homelessness and Temporary Accommodation – Half-Year Update"),
    ("p", "The Head of Housing presented the report, which showed that 131 households were "
          "in temporary accommodation at the end of September, of whom 58 were in bed and "
          "breakfast, against 84 households a year earlier. Net spending on nightly-paid "
          "accommodation was forecast to exceed the budget by £612,000."),
    ("d", "Cllr Hussain: asked whether families with children were being kept in bed and "
          "breakfast beyond the six-week legal limit."),
    ("d", "Head of Housing: said that eleven families had passed six weeks at the end of "
          "September and each case was reviewed weekly by a team manager."),
    ("d", "Cllr Ward: raised concern that placing households in Westmarch and Castlebury "
          "broke links with schools and doctors."),
    ("d", "Head of Housing: said that out-of-district placements were a last resort and "
          "officers now paid school transport costs where a child changed address."),
    ("d", "Cllr Lindqvist: asked what the council was doing to buy its own temporary "
          "accommodation rather than renting it nightly."),
    ("d", "Head of Housing: said that Cabinet had approved purchase of twenty former council "
          "flats sold under the right to buy, with the first eight due for occupation in January."),
    ("d", "Cllr Mensah: requested a breakdown of the overspend by type of accommodation "
          "for the next meeting."),
    ("p", "RESOLVED that (1) the report be noted; and (2) the Head of Housing provide the "
          "Committee with a breakdown of temporary accommodation costs by type before its "
          "December meeting."),
    ("h", "46. Leisure Management Contract – Annual Performance Review"),
    ("p", "The Leisure and Culture Contracts Manager introduced the annual review of the "
          "contract with Activa Leisure Trust, which has run the district's three leisure "
          "centres since 2017. The contract ends in March 2027 with an option to extend for "
          "five years."),
    ("d", "Cllr Ellis: asked why the management fee paid to the operator had risen by "
          "fourteen per cent in two years."),
    ("d", "Leisure and Culture Contracts Manager: said that the rise reflected utility "
          "costs under a clause sharing energy price risk, which would be removed in any "
          "extension."),
    ("d", "Cllr O'Donoghue: questioned whether the operator's reduced opening hours at "
          "Brookside pool had been agreed by the council."),
    ("d", "Leisure and Culture Contracts Manager: said that the change had been agreed "
          "as a temporary variation while the pool hall roof was repaired."),
    ("d", "Cllr Fairbrother: commented that GP referral sessions for residents with long-term "
          "conditions should be protected in any new specification."),
    ("p", "Cllr Ellis moved, and Cllr Ward seconded, that the Committee recommend to Cabinet "
          "that the leisure contract not be extended without a full options appraisal, "
          "including bringing the service back in-house. The recommendation was CARRIED "
          "(7 for, 2 against)."),
    ("h", "47a. Health and Wellbeing Partnership – Annual Report"),
    ("p", "Dr Rahman presented the annual report of the Harrowdene Health and Wellbeing "
          "Partnership, highlighting a nine-year gap in life expectancy between the "
          "Eastfield and Orchard Park wards."),
    ("d", "Cllr Baptiste: asked how the partnership measured whether its smoking cessation "
          "work reached the most deprived wards."),
    ("d", "Consultant in Public Health: said that quit rates were now reported by ward and "
          "Eastfield had the highest number of four-week quitters."),
    ("d", "Cllr Ashworth: sought clarification on whether the county council's public "
          "health grant to the district would continue after March."),
    ("d", "Consultant in Public Health: said that the grant was confirmed for one further "
          "year only and a decision on later years would follow the county budget."),
    ("p", "RESOLVED that the annual report of the Health and Wellbeing Partnership be noted."),
    ("h", "47b. Health and Wellbeing Partnership – Social Prescribing Service"),
    ("p", "Following the annual report (see minute 47a above), Members considered proposals "
          "to recommission the social prescribing service when the present voluntary sector "
          "contract expires. The link between housing need and referrals was noted (see "
          "minute 45 above)."),
    ("d", "Cllr Ward: asked whether local community groups would be able to bid for the "
          "contract or whether it would be let as a single countywide lot."),
    ("d", "Consultant in Public Health: said that the district would be divided into two "
          "lots so that smaller local organisations could compete."),
    ("d", "Cllr Hussain: requested that people who had used the service be involved in "
          "writing the new specification."),
    ("p", "RESOLVED that the proposed approach to recommissioning the social prescribing "
          "service be endorsed, subject to service users being involved in the specification."),
    ("h", "48. Disabled Facilities Grants – Waiting Times"),
    ("p", "The Private Sector Housing and Grants Team Leader reported that the average time "
          "from referral to completion of a major adaptation was 41 weeks."),
    ("d", "Cllr Mensah: asked how many applicants had died or moved into residential care "
          "while waiting for an adaptation."),
    ("d", "Private Sector Housing and Grants Team Leader: said that nine cases had closed "
          "for those reasons in the year and each had been reviewed."),
    ("p", "RESOLVED that the Committee set up a task group to review disabled facilities "
          "grant waiting times and report back by March 2026."),
    ("h", "49. Work Programme 2025/26"),
    ("p", "The Democratic Services Officer presented the work programme. There was no "
          "discussion."),
    ("p", "RESOLVED that the work programme be approved, with the addition of the task "
          "group arising from minute 48."),
    ("p", "The meeting closed at 8.52 pm."),
]

DOC1_GOLD = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Community Wellbeing Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "43", "title": "Apologies, Substitutions and Declarations of Interest"},
        {"number": "44", "title": "Minutes of the Previous Meeting"},
        {"number": "45", "title": "Homelessness and Temporary Accommodation – Half-Year Update"},
        {"number": "46", "title": "Leisure Management Contract – Annual Performance Review"},
        {"number": "47a", "title": "Health and Wellbeing Partnership – Annual Report"},
        {"number": "47b", "title": "Health and Wellbeing Partnership – Social Prescribing Service"},
        {"number": "48", "title": "Disabled Facilities Grants – Waiting Times"},
        {"number": "49", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "45", "kind": "question",
         "text": "families with children were being kept in bed and breakfast",
         "asked_by": "Cllr Hussain",
         "answer": "eleven families had passed six weeks at the end of September",
         "given_by": "Head of Housing",
         "themes": ["housing", "children-and-families"]},
        {"item": "45", "kind": "concern",
         "text": "placing households in Westmarch and Castlebury broke links with schools",
         "asked_by": "Cllr Ward",
         "answer": "out-of-district placements were a last resort and officers now paid",
         "given_by": "Head of Housing",
         "themes": ["housing", "children-and-families"]},
        {"item": "45", "kind": "question",
         "text": "what the council was doing to buy its own temporary accommodation",
         "asked_by": "Cllr Lindqvist",
         "answer": "Cabinet had approved purchase of twenty former council",
         "given_by": "Head of Housing",
         "themes": ["housing", "finance"]},
        {"item": "45", "kind": "request",
         "text": "requested a breakdown of the overspend by type of accommodation",
         "asked_by": "Cllr Mensah",
         "answer": None,
         "given_by": None,
         "themes": ["housing", "finance"]},
        {"item": "46", "kind": "question",
         "text": "why the management fee paid to the operator had risen by fourteen",
         "asked_by": "Cllr Ellis",
         "answer": "the rise reflected utility costs under a clause sharing energy price risk",
         "given_by": "Leisure and Culture Contracts Manager",
         "themes": ["subcontracting", "finance"]},
        {"item": "46", "kind": "question",
         "text": "the operator's reduced opening hours at Brookside pool had been agreed",
         "asked_by": "Cllr O'Donoghue",
         "answer": "agreed as a temporary variation while the pool hall roof was repaired",
         "given_by": "Leisure and Culture Contracts Manager",
         "themes": ["subcontracting"]},
        {"item": "46", "kind": "comment",
         "text": "GP referral sessions for residents with long-term conditions should be protected",
         "asked_by": "Cllr Fairbrother",
         "answer": None,
         "given_by": None,
         "themes": ["subcontracting", "public-health"]},
        {"item": "47a", "kind": "question",
         "text": "how the partnership measured whether its smoking cessation work reached",
         "asked_by": "Cllr Baptiste",
         "answer": "quit rates were now reported by ward and Eastfield had the highest",
         "given_by": "Consultant in Public Health",
         "themes": ["public-health"]},
        {"item": "47a", "kind": "question",
         "text": "whether the county council's public health grant to the district would continue",
         "asked_by": "Cllr Ashworth",
         "answer": "the grant was confirmed for one further year only",
         "given_by": "Consultant in Public Health",
         "themes": ["public-health", "finance"]},
        {"item": "47b", "kind": "question",
         "text": "local community groups would be able to bid for the contract",
         "asked_by": "Cllr Ward",
         "answer": "divided into two lots so that smaller local organisations could compete",
         "given_by": "Consultant in Public Health",
         "themes": ["subcontracting", "public-health"]},
        {"item": "47b", "kind": "request",
         "text": "people who had used the service be involved in writing the new specification",
         "asked_by": "Cllr Hussain",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "subcontracting", "public-health"]},
        {"item": "48", "kind": "question",
         "text": "how many applicants had died or moved into residential care",
         "asked_by": "Cllr Mensah",
         "answer": "nine cases had closed for those reasons in the year",
         "given_by": "Private Sector Housing and Grants Team Leader",
         "themes": ["housing", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "44", "text": "minutes of the meeting held on 9 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "45",
         "text": "provide the Committee with a breakdown of temporary accommodation costs by type",
         "outcome": "agreed", "themes": ["housing", "finance"]},
        {"item": "46",
         "text": "the leisure contract not be extended without a full options appraisal",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation"]},
        {"item": "47a",
         "text": "the annual report of the Health and Wellbeing Partnership be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "47b",
         "text": "the proposed approach to recommissioning the social prescribing service be endorsed",
         "outcome": "agreed",
         "themes": ["subcontracting", "patient-and-public-input", "public-health"]},
        {"item": "48",
         "text": "set up a task group to review disabled facilities grant waiting times",
         "outcome": "agreed", "themes": ["housing", "governance"]},
        {"item": "49",
         "text": "the work programme be approved, with the addition of the task group",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr R Hussain", "role": "Chair", "attendance": "present"},
        {"name": "Cllr M Ellis", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr J Ward", "role": None, "attendance": "present"},
        {"name": "Cllr P O'Donoghue", "role": None, "attendance": "present"},
        {"name": "Cllr S Baptiste", "role": None, "attendance": "present"},
        {"name": "Cllr T Lindqvist", "role": None, "attendance": "present"},
        {"name": "Cllr A Fairbrother", "role": None, "attendance": "present"},
        {"name": "Cllr K Mensah", "role": "substitute for Cllr D Pryor", "attendance": "present"},
        {"name": "Cllr H Ashworth", "role": None, "attendance": "present"},
        {"name": "Cllr D Pryor", "role": None, "attendance": "apologies"},
        {"name": "Cllr L Quaintance", "role": None, "attendance": "apologies"},
        {"name": "Cllr N Okafor", "role": "Portfolio Holder for Housing and Communities",
         "attendance": "in_attendance"},
        {"name": "Fiona Marchetti", "role": "Head of Housing", "attendance": "in_attendance"},
        {"name": "Gareth Lyle", "role": "Leisure and Culture Contracts Manager",
         "attendance": "in_attendance"},
        {"name": "Dr Ayesha Rahman",
         "role": "Consultant in Public Health (Westmarch County Council)",
         "attendance": "in_attendance"},
        {"name": "Colin Threlfall", "role": "Private Sector Housing and Grants Team Leader",
         "attendance": "in_attendance"},
        {"name": "Beth Carrow", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, COUNCIL1, align="L")
        self.cell(0, 5, "Community Wellbeing Scrutiny Committee – 14 October 2025",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Chairman's initials ..........", align="R")


def fonts(pdf):
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_font("dv", "I", FONT_I)


def build_doc1():
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Community Wellbeing Scrutiny Committee - Minutes - 14 October 2025")
    pdf.set_author(COUNCIL1)
    fonts(pdf)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    for kind, text in DOC1_BLOCKS:
        if kind == "title":
            pdf.set_font("dv", "B", 13)
            pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(0, 5, soft_hyphenate(text), align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "d":
            speaker, rest = text.split(":", 1)
            pdf.set_font("dv", "", 10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 6, 5,
                           "— **" + speaker + ":**" + soft_hyphenate(rest),
                           align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(10)
    pdf.set_font("dv", "", 10)
    pdf.cell(0, 6, "Chair ..............................   Date ..................")
    pdf.output(str(DOCS / DOC1))


# ---------------------------------------------------------------------------
# Document 2: ICB press statement (news, not minutes)
# ---------------------------------------------------------------------------
DOC2 = "ex-westmarch-icb-kingsholme-miu-overnight-closure.pdf"

DOC2_BLOCKS = [
    ("small", "NHS Westmarch Integrated Care Board  |  Media statement  |  For immediate release"),
    ("small", "Issued: 21 October 2025"),
    ("title", "Kingsholme Minor Injuries Unit to close overnight from 3 November"),
    ("p", "NHS Westmarch Integrated Care Board (ICB) has confirmed that the Minor Injuries "
          "Unit at Kingsholme Community Hospital will temporarily close between 10pm and 8am "
          "from Monday 3 November 2025. The unit will remain open from 8am to 10pm, seven "
          "days a week, including bank holidays."),
    ("p", "The change follows a review of overnight staffing. Three of the five emergency "
          "nurse practitioner posts needed to run the unit safely overnight are vacant, and "
          "shifts have been covered by agency staff at short notice. On eleven nights since "
          "July the unit has had to close with less than two hours' warning."),
    ("p", "Between midnight and 8am the unit sees an average of four patients a night. Most "
          "of them have minor injuries that could be treated the following morning, and "
          "fewer than one a week are transferred on to Castlebury General Hospital."),
    ("quote", "“We know that people in Kingsholme value their local unit and this is not a "
              "decision we have taken lightly,” said Marian Oyelaran, Chief Operating "
              "Officer of NHS Westmarch ICB. “Closing at short notice is worse for patients "
              "than a planned, clearly advertised change. A predictable service that is safely "
              "staffed is better than one that may be shut when people arrive. We are "
              "recruiting to the vacant posts and will review the arrangement in February.”"),
    ("p", "Overnight, people with an urgent but not life-threatening injury or illness should "
          "contact NHS 111 online or by phone, which can book an appointment at the urgent "
          "treatment centre at Castlebury General Hospital. In an emergency, people should "
          "always call 999."),
    ("p", "The ICB has briefed Westmarch County Council's Health Scrutiny Committee and "
          "Healthwatch Westmarch, and will publish overnight attendance figures each month "
          "during the temporary closure. Residents can share their views through an online "
          "survey open until 31 January 2026."),
    ("h", "Notes to editors"),
    ("p", "1. Kingsholme Minor Injuries Unit treats sprains, minor fractures, cuts, minor "
          "burns and eye injuries. It does not treat chest pain, breathing difficulties or "
          "serious head injuries."),
    ("p", "2. NHS Westmarch ICB plans and pays for NHS services for around 690,000 people "
          "across Westmarch and Castlebury."),
    ("p", "3. Media enquiries: communications team, telephone 01632 960 418."),
]

DOC2_GOLD = {
    "document": DOC2,
    "doc_type": "news",
    "themes": ["workforce", "patient-and-public-input"],
}


def build_doc2():
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Kingsholme Minor Injuries Unit to close overnight")
    pdf.set_author("NHS Westmarch Integrated Care Board")
    fonts(pdf)
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_fill_color(0, 94, 184)
    pdf.rect(0, 0, pdf.w, 14, style="F")
    pdf.set_y(20)
    for kind, text in DOC2_BLOCKS:
        if kind == "small":
            pdf.set_font("dv", "", 8.5)
            pdf.set_text_color(0, 94, 184)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "title":
            pdf.ln(4)
            pdf.set_font("dv", "B", 16)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "quote":
            pdf.set_font("dv", "I", 10.5)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 5.5, text,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            pdf.set_font("dv", "", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.output(str(DOCS / DOC2))


# ---------------------------------------------------------------------------

def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^0-9a-z£]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    # join words split by a hyphen at a line end (soft hyphens become "-" when shown)
    text = re.sub(r"([a-z])[-\u00ad]\n([a-z])", r"\1\2", text)
    return text


def check():
    ok = True
    for doc, blocks, gold in ((DOC1, DOC1_BLOCKS, DOC1_GOLD), (DOC2, DOC2_BLOCKS, DOC2_GOLD)):
        src = norm(" ".join(t for _, t in blocks))
        ext = norm(pdf_text(DOCS / doc))
        stored = json.loads((GOLD / (Path(doc).stem + ".json")).read_text())
        assert stored == gold, f"{doc}: gold file out of date"
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            if not 6 <= n <= 15:
                print(f"FAIL {doc}: {kind} phrase has {n} words: {ph!r}")
                ok = False
            p = norm(ph)
            for label, hay in (("source", src), ("pdf", ext)):
                c = len(re.findall(r"(?<![0-9a-z])" + re.escape(p) + r"(?![0-9a-z])", hay))
                if c != 1:
                    print(f"FAIL {doc} [{label}]: {kind} phrase found {c} times: {ph!r}")
                    ok = False
        print(f"{doc}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_doc1()
    build_doc2()
    for doc, gold in ((DOC1, DOC1_GOLD), (DOC2, DOC2_GOLD)):
        (GOLD / (Path(doc).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
