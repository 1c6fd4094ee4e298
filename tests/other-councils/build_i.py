#!/usr/bin/env python
"""Build the "i-" documents of the other-councils evaluation set and their gold annotations.

All councils, people, places and figures are invented.

    python tests/other-councils/build_i.py           # write documents/ and gold/
    python tests/other-councils/build_i.py --check   # build, then verify every gold phrase

The check verifies that each gold phrase (question text, answer, resolution text) occurs
verbatim, once, in the document's source text (ignoring case, punctuation and runs of
white space). It also re-extracts the text of the written file (PDF via pdfplumber with
line-end hyphens rejoined, DOCX via python-docx, HTML via BeautifulSoup) and warns where
a phrase is interrupted there (for instance by a page header falling inside it).
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

# --------------------------------------------------------------------------------------
# helpers


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


VOWELS = set("aeiouy")
NOSPLIT = {"ch", "sh", "th", "ph", "wh", "ck", "ng", "gh", "qu"}
BLENDS = {"br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sl", "sc",
          "sp", "st"}
SUFFIXES = ("tion", "sion", "ment", "ness", "ance", "ence", "ings", "ing", "ised", "ised",
            "ally", "ities", "ity")


def hyphenate_word(w):
    """Insert soft hyphens at plausible syllable breaks in long lower-case words."""
    if len(w) < 9 or not w.isalpha() or not w.islower():
        return w
    end = len(w) - 3
    cuts = set()
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            end = len(w) - len(suf)
            cuts.add(end)
            break
    for i in range(3, end - 1):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if a in VOWELS and b not in VOWELS and c in VOWELS:
            cuts.add(i)  # V-CV
        elif a not in VOWELS and b not in VOWELS and c in VOWELS and w[i - 2] in VOWELS:
            if a + b in BLENDS:
                cuts.add(i - 1)  # V-CCV, keep the blend together
            elif a + b not in NOSPLIT:
                cuts.add(i)  # VC-CV
    out, last = [], 0
    for i in sorted(cuts):
        if i - last >= 3 and len(w) - i >= 3:
            out.append(w[last:i])
            last = i
    out.append(w[last:])
    return SHY.join(out)


def hy(text):
    return re.sub(r"[A-Za-z]+", lambda m: hyphenate_word(m.group(0)), text)


class Recorder:
    """Collects every piece of text written to a document (its source text)."""

    def __init__(self):
        self.parts = []

    def add(self, t):
        self.parts.append(t.replace(SHY, ""))
        return t

    def text(self):
        return "\n".join(self.parts)


FIXED = {
    "i-downshire-hosc-minutes-2024-11-19.pdf": datetime(2024, 11, 28, 9, 30, tzinfo=timezone.utc),
    "i-mercia-vale-jhosc-minutes-2025-03-12.pdf": datetime(2025, 3, 24, 14, 5, tzinfo=timezone.utc),
    "i-eastvale-dentistry-task-group-report-2025.pdf": datetime(2025, 2, 17, 11, 0, tzinfo=timezone.utc),
    "i-ashworth-ahw-scrutiny-panel-minutes-2025-02-06.docx": datetime(2025, 2, 12, 16, 20, tzinfo=timezone.utc),
}


def new_pdf(cls, name, title):
    pdf = cls(format="A4", unit="mm")
    for style, f in [("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                     ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")]:
        pdf.add_font("Sans", style, FONTDIR + f)
    for style, f in [("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                     ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")]:
        pdf.add_font("Serif", style, FONTDIR + f)
    pdf.set_creation_date(FIXED[name])
    pdf.set_title(title)
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    return pdf


# ======================================================================================
# 1. Downshire County Council - Health Overview and Scrutiny Committee (PDF, Hampshire-like)

D1 = "i-downshire-hosc-minutes-2024-11-19.pdf"


class HampshirePDF(FPDF):
    head = ""

    def header(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, self.head, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(60, 5, f"Page {self.page_no()}", align="L")
        self.cell(0, 5, "Chairman's initials  ..........................", align="R")


def build_downshire():
    rec = Recorder()
    pdf = new_pdf(HampshirePDF, D1, "Minutes - Health Overview and Scrutiny Committee - 19 November 2024")
    pdf.head = rec.add("DOWNSHIRE COUNTY COUNCIL  -  Health Overview and Scrutiny Committee  -  19 November 2024")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    LH = 5.0

    def para(t, style="", size=10, align="J", gap=2.5):
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(0, LH, rec.add(hy(t)) if align == "J" else rec.add(t), align=align,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def item(num, title):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Sans", "B", 10)
        rec.add(f"{num}")
        pdf.cell(10, LH, f"{num}")
        pdf.multi_cell(0, LH, rec.add(title), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    def resolved(lead, clauses=None, label="RESOLVED:"):
        if label:
            pdf.set_font("Sans", "B", 10)
            pdf.cell(0, LH, rec.add(label), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if lead:
            para(lead, gap=1.5)
        for lab, t in clauses or []:
            pdf.set_font("Sans", "", 10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(9, LH, rec.add(lab))
            pdf.multi_cell(0, LH, rec.add(hy(t)), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(1.5)

    para("DOWNSHIRE COUNTY COUNCIL", "B", 12, "L", 1)
    para("MINUTES of a meeting of the Health Overview and Scrutiny Committee held at the "
         "Elm Room, County Hall, Castleford Road, Wintonbury on Tuesday, 19th November, 2024 "
         "at 10.00 am", "", 10, "L", 4)

    para("Present", "B", 10, "L", 1)
    para("Chairman: Councillor Margaret Thorne", "", 10, "L", 0.5)
    para("Vice-Chairman: Councillor David Okafor", "", 10, "L", 2)
    para("Councillor Peter Ashdown, Councillor Lucy Brereton, Councillor Graham Fell, "
         "Councillor Sunita Kaur, Councillor Alan Pryce, Councillor Imran Sadiq (substitute) "
         "and Councillor Rosalind West", "", 10, "L", 3)
    para("Co-opted members", "B", 10, "L", 1)
    para("Mrs Eileen Varley (Healthwatch Downshire), Mr Dennis Carrow (Downshire Association "
         "of Local Councils)", "", 10, "L", 3)
    para("Also present", "B", 10, "L", 1)
    para("Councillor Fiona Gault, Cabinet Member for Adult Social Care and Health; "
         "Simon Redgrave, Director of Adults' Health and Care; Dr Priya Mehta, Director of "
         "Public Health; Karen Ellwood, Assistant Director for Commissioning, Quality and "
         "Market Sustainability (Adults' Health and Care); Jonathan Pike, Chief Operating "
         "Officer, Downshire and Wintonbury Integrated Care Board; Dr Helen Frost, Chief "
         "Medical Officer, Northgate Hospitals NHS Foundation Trust", "", 10, "L", 4)

    item("1.", "APOLOGIES AND SUBSTITUTIONS")
    para("Apologies were received from Councillor Helen Markby, Councillor Rupert Vane and "
         "Mrs Ann Lightfoot (co-opted member). Councillor Imran Sadiq attended as the "
         "Conservative substitute for Councillor Markby. No substitute was available for "
         "Councillor Vane.")

    item("2.", "DECLARATIONS OF INTEREST")
    para("Members were mindful that where they believed they had a Disclosable Pecuniary "
         "Interest in any matter considered at the meeting they must declare that interest at "
         "the time of the relevant debate and, having regard to the circumstances described in "
         "Part 3, Paragraph 1.5 of the County Council's Members' Code of Conduct, leave the "
         "meeting while the matter was discussed, save for exercising any right to speak in "
         "accordance with Paragraph 1.6 of the Code.")
    para("Councillor Lucy Brereton declared a personal interest in item 5 as her daughter "
         "was employed as a midwife by Northgate Hospitals NHS Foundation Trust.")

    item("3.", "MINUTES OF PREVIOUS MEETING")
    para("The minutes of the meeting held on 17 September 2024 were confirmed as a correct "
         "record and signed by the Chairman.")

    item("4.", "CHAIRMAN'S ANNOUNCEMENTS")
    para("The Chairman reminded Members that an informal briefing on the Integrated Care "
         "Board's joint forward plan would be held on 3 December 2024 and thanked Mrs Varley "
         "for arranging the Committee's visit to the Healthwatch Downshire enter-and-view "
         "programme in October.")

    item("5.", "ALDERFORD COMMUNITY HOSPITAL - TEMPORARY SUSPENSION OF BIRTHS AT THE "
               "MIDWIFE-LED UNIT")
    para("The Committee received a report from Northgate Hospitals NHS Foundation Trust "
         "(Item 5 in the Minute Book) setting out why births at the midwife-led unit at "
         "Alderford Community Hospital had been suspended on a temporary basis from "
         "1 October 2024. Dr Helen Frost, Chief Medical Officer, introduced the report and "
         "explained that the suspension had been necessary because of midwifery vacancies "
         "across the Trust and the need to maintain safe staffing on the consultant-led unit "
         "at Wintonbury General Hospital.")
    para("Members asked about the number of births that had taken place at the unit in the "
         "previous twelve months and were informed that there had been 212 births, which "
         "represented a continuing decline from over 300 births five years ago. A Member "
         "queried whether women who had booked to give birth at Alderford had been contacted "
         "individually; officers confirmed that all 46 women due to give birth before March "
         "2025 had been telephoned by a named midwife and offered a home birth or a place at "
         "Wintonbury. Concerns were raised regarding travel times from the north of the "
         "county, particularly for families without access to a car, and Members were "
         "advised that the Trust was working with the Integrated Care Board to extend the "
         "patient transport scheme to women in early labour.")
    para("In response to a question from Councillor Kaur about recruitment, Dr Frost "
         "explained that the Trust had 31 whole-time equivalent midwifery vacancies, that "
         "international recruitment had brought in 14 midwives since April, and that the "
         "Trust was offering a retention payment to newly qualified midwives who committed "
         "to two years' service. A Member asked whether the suspension would become "
         "permanent, and it was confirmed that no decision had been taken and that any "
         "proposal for permanent change would be the subject of formal public consultation "
         "and would return to the Committee. Members questioned how the views of women and "
         "families had been gathered and were informed that a survey had been launched with "
         "the Maternity and Neonatal Voices Partnership and had so far received 380 "
         "responses, which would be shared with the Committee.")
    resolved("That the Health Overview and Scrutiny Committee:", [
        ("(a)", "Notes the reasons given by the Trust for the temporary suspension of births "
                "at the Alderford midwife-led unit."),
        ("(b)", "Determines that the temporary suspension does not at this stage constitute "
                "a substantial change in service, but that any proposal to make it permanent "
                "would do so."),
        ("(c)", "Requests that Northgate Hospitals NHS Foundation Trust presents an update, "
                "including the results of the survey of women and families, to the meeting "
                "in March 2025."),
    ])

    item("6.", "RECOMMISSIONING OF HOME CARE SERVICES (DOMICILIARY CARE FRAMEWORK)")
    para("The Committee considered a report of the Director of Adults' Health and Care on the "
         "proposed approach to recommissioning home care services when the current framework "
         "agreement expires in September 2025 (Item 6 in the Minute Book). Karen Ellwood, "
         "Assistant Director for Commissioning, Quality and Market Sustainability, summarised "
         "the proposals, which would replace the existing framework of 58 providers with a "
         "zoned model of 12 lead providers supported by a dynamic purchasing system.")
    para("Members asked about the proportion of home care currently delivered by private "
         "providers and were informed that 94 per cent of commissioned hours were delivered "
         "by independent sector organisations, most of them for-profit companies, and that "
         "the Council's own reablement service delivered the remainder. A Member queried "
         "whether the Council had considered bringing more home care back in-house; officers "
         "confirmed that an options appraisal had been undertaken but that the cost of a "
         "fully in-house service was estimated to be £9.4 million a year higher, mainly "
         "because of differences in pension and other terms and conditions. Concerns were "
         "raised regarding the rates paid to care workers and the use of zero-hours "
         "contracts, and Members were informed that the new contracts would require providers "
         "to pay at least the Real Living Wage and to offer guaranteed-hours contracts to any "
         "worker who requested one.")
    para("Councillor West asked how the zoned model would affect rural areas where providers "
         "had historically been reluctant to take on packages, and the Assistant Director "
         "explained that lead providers in rural zones would receive an enhanced hourly rate "
         "and would be contractually required to accept at least 90 per cent of packages "
         "offered within 48 hours. A Member sought clarification on how the views of people "
         "who received home care had informed the proposals, and it was noted that 640 "
         "service users and carers had responded to the engagement exercise carried out over "
         "the summer. Members also commented that the Committee should have sight of contract "
         "performance data once the new arrangements were in place.")
    resolved("RECOMMENDED to the Cabinet Member for Adult Social Care and Health that:", [
                 ("(a)", "the proposed zoned model for home care be approved for procurement, "
                         "subject to a requirement that providers pay at least the Real Living "
                         "Wage to all care workers; and"),
                 ("(b)", "the Director of Adults' Health and Care reports provider performance "
                         "to the Committee twelve months after the new arrangements commence."),
             ], label=None)

    item("7.", "DOWNSHIRE AND WINTONBURY INTEGRATED CARE BOARD - FINANCIAL RECOVERY PLAN "
               "2024/25")
    para("Jonathan Pike, Chief Operating Officer of the Integrated Care Board (ICB), presented "
         "an update on the ICB's financial position, which showed a forecast system deficit of "
         "£68 million for 2024/25 against a planned deficit of £41 million, and the actions "
         "being taken through the system financial recovery plan.")
    para("Members asked about the impact of the recovery plan on frontline services and were "
         "informed that the plan focused on reducing the use of agency staff, which had cost "
         "the system £52 million in 2023/24, and on reducing the number of patients who "
         "remained in hospital when medically fit for discharge. A Member queried whether the "
         "reduction of 450 posts across the ICB and trusts would include clinical posts; the "
         "Chief Operating Officer confirmed that the reductions were concentrated in corporate "
         "and administrative roles and that no registered nursing or medical posts would be "
         "removed. Concerns were raised regarding the decision to pause the procurement of the "
         "community ophthalmology service, and Members were advised that the pause was for six "
         "months while demand modelling was refreshed.")
    para("A Member asked what assurance the Committee could have that the recovery plan would "
         "not widen health inequalities, and the Director of Public Health advised that an "
         "equality and health inequalities impact assessment had been completed for each "
         "scheme and would be published on the ICB's website.")
    resolved("That the Health Overview and Scrutiny Committee:", [
        ("(a)", "notes the financial position of the Downshire and Wintonbury system and the "
                "actions set out in the recovery plan; and"),
        ("(b)", "notes the assurance given that no registered nursing or medical posts will be "
                "lost as part of the workforce reductions."),
    ])

    item("8.", "SUBSTANCE MISUSE TREATMENT AND RECOVERY SERVICE - CONTRACT EXTENSION")
    para("Dr Priya Mehta, Director of Public Health, introduced a report on the performance "
         "of the adult drug and alcohol treatment and recovery service delivered by Pathways "
         "Recovery CIC and the proposal to use the two-year extension available under the "
         "contract from April 2025.")
    para("Members asked about the number of people in structured treatment and were informed "
         "that this had risen to 3,120, an increase of 11 per cent following additional grant "
         "funding from the Office for Health Improvement and Disparities. Councillor Fell "
         "asked whether the extension represented value for money given that the contract had "
         "been awarded in 2020 with little market interest. The Director of Public Health "
         "responded that the original award had followed a competitive tender in which two "
         "bids had been received, and that benchmarking showed that unit costs were in the "
         "lowest quartile nationally. Concerns were raised regarding the number of "
         "drug-related deaths in the county, which had risen to 71 in 2023.")
    resolved("That the Health Overview and Scrutiny Committee supports the proposal to extend "
             "the treatment and recovery service contract with Pathways Recovery CIC for two "
             "years from 1 April 2025.")

    item("9.", "WORK PROGRAMME")
    para("The Director of Adults' Health and Care presented the Committee's work programme. "
         "A Member requested that an item on access to NHS dentistry be added for the March "
         "2025 meeting, and the Chairman agreed that this would be considered at the next "
         "agenda-setting meeting.")
    resolved("That the Committee's work programme be approved, subject to any amendments "
             "agreed at this meeting.")

    pdf.ln(4)
    para("The meeting closed at 12.48 pm", "", 10, "L", 8)
    para("Chairman, .................................", "", 10, "L", 0)

    pdf.output(str(DOCS / D1))
    return rec.text()


GOLD_D1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2024-11-19",
    "items": [
        {"number": "1", "title": "APOLOGIES AND SUBSTITUTIONS"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "4", "title": "CHAIRMAN'S ANNOUNCEMENTS"},
        {"number": "5", "title": "ALDERFORD COMMUNITY HOSPITAL - TEMPORARY SUSPENSION OF BIRTHS AT THE MIDWIFE-LED UNIT"},
        {"number": "6", "title": "RECOMMISSIONING OF HOME CARE SERVICES (DOMICILIARY CARE FRAMEWORK)"},
        {"number": "7", "title": "DOWNSHIRE AND WINTONBURY INTEGRATED CARE BOARD - FINANCIAL RECOVERY PLAN 2024/25"},
        {"number": "8", "title": "SUBSTANCE MISUSE TREATMENT AND RECOVERY SERVICE - CONTRACT EXTENSION"},
        {"number": "9", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        {"item": "5", "kind": "question",
         "text": "the number of births that had taken place at the unit",
         "asked_by": None,
         "answer": "there had been 212 births, which represented a continuing decline",
         "given_by": None, "themes": []},
        {"item": "5", "kind": "question",
         "text": "whether women who had booked to give birth at Alderford had been contacted individually",
         "asked_by": None,
         "answer": "all 46 women due to give birth before March 2025 had been telephoned",
         "given_by": None, "themes": []},
        {"item": "5", "kind": "concern",
         "text": "Concerns were raised regarding travel times from the north of the county",
         "asked_by": None,
         "answer": "extend the patient transport scheme to women in early labour",
         "given_by": None, "themes": []},
        {"item": "5", "kind": "question",
         "text": "In response to a question from Councillor Kaur about recruitment",
         "asked_by": "Councillor Kaur",
         "answer": "the Trust had 31 whole-time equivalent midwifery vacancies",
         "given_by": "Dr Frost", "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "A Member asked whether the suspension would become permanent",
         "asked_by": None,
         "answer": "any proposal for permanent change would be the subject of formal public consultation",
         "given_by": None, "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "Members questioned how the views of women and families had been gathered",
         "asked_by": None,
         "answer": "a survey had been launched with the Maternity and Neonatal Voices Partnership",
         "given_by": None, "themes": ["patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "the proportion of home care currently delivered by private providers",
         "asked_by": None,
         "answer": "94 per cent of commissioned hours were delivered by independent sector organisations",
         "given_by": None, "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "whether the Council had considered bringing more home care back in-house",
         "asked_by": None,
         "answer": "an options appraisal had been undertaken but that the cost",
         "given_by": None, "themes": ["privatisation", "finance", "adult-social-care"]},
        {"item": "6", "kind": "concern",
         "text": "Concerns were raised regarding the rates paid to care workers",
         "asked_by": None,
         "answer": "the new contracts would require providers to pay at least the Real Living Wage",
         "given_by": None, "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "how the zoned model would affect rural areas where providers",
         "asked_by": "Councillor West",
         "answer": "lead providers in rural zones would receive an enhanced hourly rate",
         "given_by": "the Assistant Director", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "sought clarification on how the views of people who received home care",
         "asked_by": None,
         "answer": "640 service users and carers had responded to the engagement exercise",
         "given_by": None, "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "kind": "comment",
         "text": "the Committee should have sight of contract performance data",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "the impact of the recovery plan on frontline services",
         "asked_by": None,
         "answer": "the plan focused on reducing the use of agency staff",
         "given_by": None, "themes": ["finance", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "whether the reduction of 450 posts across the ICB and trusts",
         "asked_by": None,
         "answer": "the reductions were concentrated in corporate and administrative roles",
         "given_by": "the Chief Operating Officer", "themes": ["workforce", "finance"]},
        {"item": "7", "kind": "concern",
         "text": "Concerns were raised regarding the decision to pause the procurement",
         "asked_by": None,
         "answer": "the pause was for six months while demand modelling was refreshed",
         "given_by": None, "themes": ["subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "the recovery plan would not widen health inequalities",
         "asked_by": None,
         "answer": "equality and health inequalities impact assessment had been completed",
         "given_by": "the Director of Public Health", "themes": ["public-health", "finance"]},
        {"item": "8", "kind": "question",
         "text": "Members asked about the number of people in structured treatment",
         "asked_by": None,
         "answer": "an increase of 11 per cent following additional grant funding",
         "given_by": None, "themes": ["public-health", "finance"]},
        {"item": "8", "kind": "question",
         "text": "asked whether the extension represented value for money",
         "asked_by": "Councillor Fell",
         "answer": "the original award had followed a competitive tender in which two bids",
         "given_by": "The Director of Public Health",
         "themes": ["subcontracting", "finance", "public-health"]},
        {"item": "8", "kind": "concern",
         "text": "Concerns were raised regarding the number of drug-related deaths in the county",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["public-health"]},
        {"item": "9", "kind": "request",
         "text": "requested that an item on access to NHS dentistry be added",
         "asked_by": None,
         "answer": "this would be considered at the next agenda-setting meeting",
         "given_by": "the Chairman", "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 17 September 2024 were confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "does not at this stage constitute a substantial change in service",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "the proposed zoned model for home care be approved for procurement",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "7", "text": "notes the financial position of the Downshire and Wintonbury system",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "8", "text": "supports the proposal to extend the treatment and recovery service contract",
         "outcome": "agreed", "themes": ["subcontracting", "public-health"]},
        {"item": "9", "text": "That the Committee's work programme be approved, subject to any amendments",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Margaret Thorne", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor David Okafor", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Peter Ashdown", "role": None, "attendance": "present"},
        {"name": "Councillor Lucy Brereton", "role": None, "attendance": "present"},
        {"name": "Councillor Graham Fell", "role": None, "attendance": "present"},
        {"name": "Councillor Sunita Kaur", "role": None, "attendance": "present"},
        {"name": "Councillor Alan Pryce", "role": None, "attendance": "present"},
        {"name": "Councillor Imran Sadiq", "role": "substitute", "attendance": "present"},
        {"name": "Councillor Rosalind West", "role": None, "attendance": "present"},
        {"name": "Mrs Eileen Varley", "role": "Healthwatch Downshire", "attendance": "present"},
        {"name": "Mr Dennis Carrow", "role": "Downshire Association of Local Councils", "attendance": "present"},
        {"name": "Councillor Fiona Gault", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Simon Redgrave", "role": "Director of Adults' Health and Care", "attendance": "in_attendance"},
        {"name": "Dr Priya Mehta", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Karen Ellwood", "role": "Assistant Director for Commissioning, Quality and Market Sustainability (Adults' Health and Care)", "attendance": "in_attendance"},
        {"name": "Jonathan Pike", "role": "Chief Operating Officer, Downshire and Wintonbury Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr Helen Frost", "role": "Chief Medical Officer, Northgate Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Councillor Helen Markby", "role": None, "attendance": "apologies"},
        {"name": "Councillor Rupert Vane", "role": None, "attendance": "apologies"},
        {"name": "Mrs Ann Lightfoot", "role": "co-opted member", "attendance": "apologies"},
    ],
}


# ======================================================================================
# 2. Ashworth MBC - Adults, Health and Wellbeing Scrutiny Panel (DOCX, typed item numbers)

D2 = "i-ashworth-ahw-scrutiny-panel-minutes-2025-02-06.docx"


def build_ashworth():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    rec = Recorder()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
    doc.styles["Heading 2"].font.size = Pt(12)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.text = rec.add("Adults, Health and Wellbeing Scrutiny Panel - 6 February 2025 - "
                      "subject to approval at the next meeting")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def p(text="", bold_lead=None, indent=None, italic=False, align=None):
        para = doc.add_paragraph()
        if bold_lead:
            r = para.add_run(rec.add(bold_lead))
            r.bold = True
            para.add_run(" ")
        r = para.add_run(rec.add(text))
        r.italic = italic
        if indent is not None:
            para.paragraph_format.left_indent = Cm(indent)
        if align:
            para.alignment = align
        return para

    def heading(t):
        doc.add_paragraph(rec.add(t), style="Heading 2")

    def bullet(t):
        doc.add_paragraph(rec.add(t), style="List Bullet")

    def response(t, lead=None):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(1.27)
        if lead:
            r = para.add_run(rec.add(lead))
            r.bold = True
            r.italic = True
            para.add_run(" ")
        para.add_run(rec.add(t)).italic = True

    def actions(rows):
        p("Actions", bold_lead=None).runs[0].bold = True
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Action", "Lead", "Date")):
            c.text = rec.add(h)
            c.paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = rec.add(v)
        doc.add_paragraph()

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run(rec.add("ASHWORTH METROPOLITAN BOROUGH COUNCIL"))
    r.bold = True
    r.font.size = Pt(14)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run(rec.add("MINUTES OF THE ADULTS, HEALTH AND WELLBEING SCRUTINY PANEL"))
    r.bold = True
    p("Held on Thursday 6 February 2025 at 6.00 pm in Committee Room 2, Ashworth Town Hall, "
      "Market Street, Ashworth", align=WD_ALIGN_PARAGRAPH.CENTER)

    p("Sandra Whitworth (Chair), Mohammed Iqbal (Vice-Chair), Nasreen Akhtar, Bernadette "
      "Colley, Kevin Doyle, Janet Hargreaves and Liam Royle", bold_lead="Councillors:")
    p("Paula Kerrigan (Director of Adult Social Care and Health Integration), Dr Samuel "
      "Oyelaran (Consultant in Public Health), Mark Heywood (Head of Commissioning - Adults "
      "and Health), Gemma Lowry (Strategic Workforce Lead, Adult Social Care) and Andrew "
      "Tattersall (Democratic Services Officer)", bold_lead="Officers:")
    p("Councillor Alan Birtwistle (Cabinet Member for Adult Social Care), Joanne Mellor "
      "(Place-Based Lead for Ashworth, Greater Ashworth Integrated Care Board) and Rachel "
      "Okonjo (Chief Officer, Healthwatch Ashworth)", bold_lead="Also in attendance:")
    p("Councillors Frank Slater and Yvonne Pilling", bold_lead="Apologies:")

    heading("12. Apologies for absence")
    p("Apologies for absence were received from Councillors Slater and Pilling. There were "
      "no substitutions.")

    heading("13. Declarations of interest")
    p("Councillor Colley declared a non-pecuniary interest in item 15 as a volunteer with "
      "Ashworth Carers Centre. She remained in the meeting and took part in the discussion.")

    heading("14. Minutes of the last meeting")
    p("Resolved: That the minutes of the meeting held on 5 December 2024 be approved as a "
      "correct record and signed by the Chair.")

    heading("15. Hospital discharge and intermediate care")
    p("Joanne Mellor and Paula Kerrigan presented a joint report on hospital discharge from "
      "Ashworth Royal Infirmary and the intermediate care offer over the winter period. The "
      "report set out performance against the discharge targets in the Better Care Fund plan "
      "and the use of the discharge fund grant.")
    p("Members raised the following points:")
    bullet("Why the number of patients at Ashworth Royal Infirmary who no longer met the "
           "criteria to reside had risen to 96 in January.")
    response("Winter pressures and a shortage of home care capacity in the east of the "
             "borough had increased delays; 41 of the 96 patients were waiting for a package "
             "of home care to start.", lead="Officer response:")
    bullet("Whether the new discharge-to-assess beds at Moorside Lodge were run by the "
           "Council or by a private care home operator.")
    response("The Director advised that the 20 beds were block-booked from an independent "
             "care home operator under a twelve-month contract funded from the Better Care "
             "Fund, with the Council's own therapists in-reaching daily.")
    bullet("Concern that some older patients were being sent home late in the evening "
           "without medication or transport arranged.")
    response("The ICB was aware of two such incidents in December. Both had been "
             "investigated, and the trust had introduced a rule that no patient over 75 would "
             "leave after 8pm without a senior nurse's agreement.", lead="Officer response:")
    bullet("A request that future reports include the number of people readmitted to "
           "hospital within 30 days of discharge.")
    response("This would be included from the next quarterly report.",
             lead="Officer response:")
    bullet("Members praised the reablement team, which had reduced the need for ongoing "
           "care for 68 per cent of the people it supported.")
    p("Resolved: That the Panel notes the report and the actions being taken to reduce "
      "delayed discharges from Ashworth Royal Infirmary.")
    actions([
        ("Add 30-day readmission figures to the quarterly discharge report", "Joanne Mellor",
         "May 2025"),
        ("Circulate a list of discharge-to-assess beds by provider and cost", "Mark Heywood",
         "28 February 2025"),
    ])

    heading("16. Adult social care workforce strategy 2025-2028")
    p("Gemma Lowry introduced the draft Adult Social Care Workforce Strategy 2025-2028, which "
      "had been developed with providers, the trade unions and the ICB. The strategy covered "
      "both the Council's in-house services and the independent sector, which employed "
      "around 4,300 of the borough's 5,100 care staff.")
    p("Members raised the following points:")
    bullet("What the vacancy rate was among care workers employed by independent sector "
           "providers.")
    response("The vacancy rate in the independent sector was 9.8 per cent, compared with 6.1 "
             "per cent in the Council's in-house services; international recruitment had "
             "helped but recent changes to visa sponsorship rules would limit it.",
             lead="Officer response:")
    bullet("Concern about the impact of the increase in employer national insurance "
           "contributions on care providers.")
    response("The Director advised that providers had estimated an additional cost of £3.2 "
             "million across the borough and that the fee uplift for 2025/26 was being "
             "considered as part of the budget.")
    bullet("Whether care workers were paid for travel time between visits.")
    response("Payment for travel time was a requirement of all home care contracts let since "
             "2023, and compliance was checked through quarterly contract monitoring visits.",
             lead="Officer response:")
    bullet("How the views of care workers themselves had shaped the strategy.")
    response("A survey of 410 care workers and three focus groups run with the trade unions "
             "had informed the priorities, particularly on career progression.",
             lead="Officer response:")
    bullet("A suggestion that the Council explore a guaranteed interview scheme for care "
           "leavers wishing to work in social care.")
    response("Officers would explore this with Children's Services and report back.",
             lead="Officer response:")
    p("Resolved: That the Panel recommends to Cabinet that the Adult Social Care Workforce "
      "Strategy 2025-2028 be adopted.")
    actions([
        ("Scope a guaranteed interview scheme for care leavers with Children's Services",
         "Gemma Lowry", "April 2025"),
    ])

    heading("17. Healthwatch Ashworth annual report 2023/24")
    p("Rachel Okonjo presented the Healthwatch Ashworth annual report for 2023/24, which "
      "summarised 1,480 pieces of feedback from residents and four enter-and-view visits.")
    p("Members raised the following points:")
    bullet("Whether Healthwatch had received complaints about access to GP appointments "
           "through the new online triage systems.")
    response("The Chief Officer advised that digital access was the most common theme in "
             "feedback, with 212 comments in the year, many of them from older residents "
             "without internet access.")
    bullet("Concern that the Council's grant to Healthwatch had been reduced by 10 per cent "
           "in 2024/25.")
    response("The Director advised that the reduction reflected the savings required across "
             "all voluntary sector grants and that the grant level would be reviewed as part "
             "of the 2026/27 budget.")
    p("Resolved: That the Panel notes the Healthwatch Ashworth annual report 2023/24 and "
      "thanks the Healthwatch volunteers for their work.")

    heading("18. Learning disability day opportunities review")
    p("The Chair reported that the report on this item had not been published in time to "
      "give the Panel five clear working days' notice and that the Cabinet decision was not "
      "due until May.")
    p("Resolved: That consideration of the learning disability day opportunities review be "
      "deferred to the meeting on 20 March 2025.")

    heading("19. Work programme 2024/25")
    p("The Democratic Services Officer presented the Panel's work programme for the rest of "
      "the municipal year.")
    p("Resolved: That the work programme be agreed, with the addition of an item on the "
      "Council's home care contract with Greenway Homecare Ltd following the provider's "
      "recent inspection.")

    p("The meeting ended at 8.05 pm.")
    p("Chair: ..............................   Date: ....................")

    cp = doc.core_properties
    cp.author = "Andrew Tattersall"
    cp.last_modified_by = "Andrew Tattersall"
    cp.title = "Adults, Health and Wellbeing Scrutiny Panel minutes 6 February 2025"
    cp.created = FIXED[D2].replace(tzinfo=None)
    cp.modified = FIXED[D2].replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    write_zip_fixed(buf.getvalue(), DOCS / D2)
    return rec.text()


def write_zip_fixed(data, path):
    """Rewrite a zip (docx) with fixed entry timestamps so the build is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 12, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


GOLD_D2 = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Adults, Health and Wellbeing Scrutiny Panel",
    "meeting_date": "2025-02-06",
    "items": [
        {"number": "12", "title": "Apologies for absence"},
        {"number": "13", "title": "Declarations of interest"},
        {"number": "14", "title": "Minutes of the last meeting"},
        {"number": "15", "title": "Hospital discharge and intermediate care"},
        {"number": "16", "title": "Adult social care workforce strategy 2025-2028"},
        {"number": "17", "title": "Healthwatch Ashworth annual report 2023/24"},
        {"number": "18", "title": "Learning disability day opportunities review"},
        {"number": "19", "title": "Work programme 2024/25"},
    ],
    "questions": [
        {"item": "15", "kind": "question",
         "text": "who no longer met the criteria to reside had risen to 96",
         "asked_by": None,
         "answer": "41 of the 96 patients were waiting for a package of home care",
         "given_by": None, "themes": ["adult-social-care"]},
        {"item": "15", "kind": "question",
         "text": "beds at Moorside Lodge were run by the Council or by a private",
         "asked_by": None,
         "answer": "the 20 beds were block-booked from an independent care home operator",
         "given_by": "The Director",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "15", "kind": "concern",
         "text": "Concern that some older patients were being sent home late in the evening",
         "asked_by": None,
         "answer": "no patient over 75 would leave after 8pm without a senior nurse's agreement",
         "given_by": None, "themes": ["adult-social-care"]},
        {"item": "15", "kind": "request",
         "text": "include the number of people readmitted to hospital within 30 days",
         "asked_by": None,
         "answer": "This would be included from the next quarterly report",
         "given_by": None, "themes": ["adult-social-care"]},
        {"item": "15", "kind": "comment",
         "text": "Members praised the reablement team, which had reduced the need for ongoing care",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "16", "kind": "question",
         "text": "What the vacancy rate was among care workers employed by independent sector",
         "asked_by": None,
         "answer": "The vacancy rate in the independent sector was 9.8 per cent",
         "given_by": None, "themes": ["workforce", "adult-social-care"]},
        {"item": "16", "kind": "concern",
         "text": "the increase in employer national insurance contributions on care providers",
         "asked_by": None,
         "answer": "providers had estimated an additional cost of £3.2 million across the borough",
         "given_by": "The Director", "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "16", "kind": "question",
         "text": "Whether care workers were paid for travel time between visits",
         "asked_by": None,
         "answer": "Payment for travel time was a requirement of all home care contracts",
         "given_by": None, "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "16", "kind": "question",
         "text": "How the views of care workers themselves had shaped the strategy",
         "asked_by": None,
         "answer": "A survey of 410 care workers and three focus groups",
         "given_by": None, "themes": ["workforce", "adult-social-care"]},
        {"item": "16", "kind": "request",
         "text": "explore a guaranteed interview scheme for care leavers wishing to work",
         "asked_by": None,
         "answer": "Officers would explore this with Children's Services and report back",
         "given_by": None, "themes": ["workforce", "children-and-families", "adult-social-care"]},
        {"item": "17", "kind": "question",
         "text": "Whether Healthwatch had received complaints about access to GP appointments",
         "asked_by": None,
         "answer": "digital access was the most common theme in feedback",
         "given_by": "The Chief Officer", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "17", "kind": "concern",
         "text": "the Council's grant to Healthwatch had been reduced by 10 per cent",
         "asked_by": None,
         "answer": "the reduction reflected the savings required across all voluntary sector grants",
         "given_by": "The Director", "themes": ["finance", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "14", "text": "the minutes of the meeting held on 5 December 2024 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "15", "text": "notes the report and the actions being taken to reduce delayed discharges",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "16", "text": "recommends to Cabinet that the Adult Social Care Workforce Strategy",
         "outcome": "recommended", "themes": ["workforce", "adult-social-care"]},
        {"item": "17", "text": "notes the Healthwatch Ashworth annual report 2023/24 and thanks",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "18", "text": "consideration of the learning disability day opportunities review be deferred",
         "outcome": "deferred", "themes": []},
        {"item": "19", "text": "That the work programme be agreed, with the addition of an item",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Sandra Whitworth", "role": "Chair", "attendance": "present"},
        {"name": "Mohammed Iqbal", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Nasreen Akhtar", "role": None, "attendance": "present"},
        {"name": "Bernadette Colley", "role": None, "attendance": "present"},
        {"name": "Kevin Doyle", "role": None, "attendance": "present"},
        {"name": "Janet Hargreaves", "role": None, "attendance": "present"},
        {"name": "Liam Royle", "role": None, "attendance": "present"},
        {"name": "Paula Kerrigan", "role": "Director of Adult Social Care and Health Integration", "attendance": "in_attendance"},
        {"name": "Dr Samuel Oyelaran", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Mark Heywood", "role": "Head of Commissioning - Adults and Health", "attendance": "in_attendance"},
        {"name": "Gemma Lowry", "role": "Strategic Workforce Lead, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Andrew Tattersall", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Alan Birtwistle", "role": "Cabinet Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Joanne Mellor", "role": "Place-Based Lead for Ashworth, Greater Ashworth Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Rachel Okonjo", "role": "Chief Officer, Healthwatch Ashworth", "attendance": "in_attendance"},
        {"name": "Frank Slater", "role": None, "attendance": "apologies"},
        {"name": "Yvonne Pilling", "role": None, "attendance": "apologies"},
    ],
}


# ======================================================================================
# 3. Castlebrook Borough Council - Health and Housing Scrutiny Committee (Jadu-like HTML)

D3 = "i-castlebrook-health-housing-scrutiny-2025-01-14.html"

D3_MAIN = """
<h1>Health and Housing Scrutiny Committee - 14 January 2025</h1>
<p class="meeting-details">Tuesday 14 January 2025, 7.00pm, Council Chamber, Castlebrook Civic Centre, Priory Way, Castlebrook</p>

<h2>Attendance</h2>
<table class="table table--striped">
<caption>Councillors and officers at the meeting</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Attendance</th></tr></thead>
<tbody>
<tr><td>Councillor Jill Harcourt</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Owen Prideaux</td><td>Vice-Chair</td><td>Present</td></tr>
<tr><td>Councillor Beth Amadi</td><td>Committee member</td><td>Present</td></tr>
<tr><td>Councillor Colin Marsh</td><td>Committee member</td><td>Apologies</td></tr>
<tr><td>Councillor Deepa Raval</td><td>Committee member</td><td>Present</td></tr>
<tr><td>Councillor Stuart Lane</td><td>Committee member</td><td>Absent</td></tr>
<tr><td>Councillor Victoria Nunn</td><td>Committee member</td><td>Present</td></tr>
<tr><td>Councillor Harry Quince</td><td>Substitute for Councillor Marsh</td><td>Present</td></tr>
<tr><td>Councillor Ros Tilley</td><td>Portfolio Holder for Housing and Communities</td><td>Present</td></tr>
<tr><td>Mike Haldane</td><td>Head of Housing Needs and Homelessness Prevention</td><td>Present</td></tr>
<tr><td>Dr Anita Sole</td><td>Associate Director of Primary Care, Severnside Integrated Care Board</td><td>Present</td></tr>
<tr><td>Laura Finch</td><td>Democratic Services Manager</td><td>Present</td></tr>
</tbody>
</table>

<h2>Item 1: Apologies for absence and substitutions</h2>
<p>Apologies were received from Councillor Colin Marsh. Councillor Harry Quince attended as his substitute.</p>

<h2>Item 2: Declarations of interest</h2>
<p>There were no declarations of interest.</p>

<h2>Item 3: Minutes of the previous meeting</h2>
<p>The Committee AGREED to:</p>
<ol>
<li>approve the minutes of the meeting held on 12 November 2024 as a correct record.</li>
</ol>

<h2>Item 4: Petitions</h2>
<p>No petitions had been received.</p>

<h2>Item 5: Housing Revenue Account business plan - progress report</h2>
<p>The Committee considered the six-monthly progress report on the Housing Revenue Account business plan, which had been circulated with the agenda. There was no discussion.</p>
<p>The Committee NOTED the Housing Revenue Account progress report.</p>

<h2>Item 6: Public questions</h2>
<p>Three questions had been received from members of the public in accordance with the Committee's procedure rules.</p>
<p><strong>Question from Mr A Brown (resident)</strong></p>
<p>More than 300 households are now living in temporary accommodation, many of them in bed and breakfast hotels outside the borough. What is the Council doing to bring that number down, and will the Committee look at whether the private leasing scheme is value for money?</p>
<p><strong>Reply from the Chair of the Committee</strong></p>
<p>Thank you, Mr Brown. The Committee will scrutinise the homelessness and temporary accommodation update under Item 7 tonight. I understand that the Council has bought 24 homes for use as temporary accommodation this year, and the Committee will ask for the costs of the leasing scheme to be set out in that discussion.</p>
<p>Mr Brown asked a supplementary question about whether families placed outside the borough could keep their children at their current schools. The Chair undertook to raise this under Item 7.</p>
<p><strong>Question from Mrs C Dennehy (Friends of Priory Lane Surgery)</strong></p>
<p>Patients at Priory Lane were told in December that the branch surgery will close in March. Why were patients not consulted before that decision was made, and will the Committee ask the Integrated Care Board to pause the closure?</p>
<p><strong>Reply from the Chair of the Committee</strong></p>
<p>The Committee shares residents' concern. The Integrated Care Board has advised that the practice has applied to close the branch surgery and that a patient engagement exercise will run until 14 February. The Board will attend under Item 8 and the Committee will consider your request at that point.</p>
<p><strong>Question from Mr D Patel (resident)</strong></p>
<p>How many Disabled Facilities Grant applications are waiting for an occupational therapy assessment, and how long is the average wait?</p>
<p><strong>Reply from the Chair of the Committee</strong></p>
<p>The figures requested were not available at the meeting. A written reply will be sent to Mr Patel within ten working days and published on the Council's website.</p>

<h2>Item 7: Homelessness and temporary accommodation update</h2>
<p>Mike Haldane, Head of Housing Needs and Homelessness Prevention, presented the quarterly update. The number of households in temporary accommodation had risen from 241 to 306 over the year, driven mainly by evictions from the private rented sector.</p>
<p>Members made the following points:</p>
<ul>
<li>Members asked how many families with children had been in bed and breakfast accommodation for longer than the six-week legal limit. Officers reported that 11 families were over the limit and that all had been offered self-contained accommodation by the end of January.</li>
<li>Concern was expressed at the rising cost of nightly-paid temporary accommodation, now forecast at &pound;4.1 million against a budget of &pound;2.6 million.</li>
<li>A Member asked whether leasing homes from private landlords offered better value than buying homes. The Head of Housing Needs explained that leased homes cost on average &pound;17 a night compared with &pound;58 for nightly-paid placements, but that purchased homes gave the Council a long-term asset.</li>
<li>Members requested sight of the draft Homelessness and Rough Sleeping Strategy before it is considered by Cabinet.</li>
<li>Councillor Raval commented on the good work of the housing options team, which had prevented 212 households from becoming homeless in the last quarter.</li>
</ul>
<p>The Committee AGREED to:</p>
<ol>
<li>note the homelessness and temporary accommodation update;</li>
<li>ask the Portfolio Holder for Housing and Communities to report the full costs of the private sector leasing scheme to the next meeting;</li>
<li>receive the draft Homelessness and Rough Sleeping Strategy at its meeting on 11 March 2025.</li>
</ol>

<h2>Item 8: Branch surgery closures and access to GP appointments</h2>
<p>Dr Anita Sole, Associate Director of Primary Care at Severnside Integrated Care Board, gave a presentation on access to general practice in Castlebrook and the application by Hollins Road Medical Practice to close its Priory Lane branch surgery.</p>
<p>Members made the following points:</p>
<ul>
<li>Members asked why patients at Priory Lane had first learned of the proposed closure from a notice in the waiting room. Dr Sole acknowledged that communication had been poor and said that every registered patient would now receive a letter.</li>
<li>A Member questioned whether the practice's landlord had increased the rent and whether the ICB could help with premises costs. Dr Sole advised that the ICB premises budget was fully committed for 2024/25.</li>
<li>Concern was raised about older patients without transport who would have to travel two miles to the main surgery at Hollins Road.</li>
<li>Members asked how many additional GP appointments had been provided through the ICB's winter access scheme. Dr Sole reported that 9,400 additional appointments had been provided across Castlebrook in November and December.</li>
</ul>
<p>The Committee AGREED to:</p>
<ol>
<li>write to Severnside Integrated Care Board asking it to pause the closure of the Priory Lane branch surgery until the engagement exercise has been completed and reported to the Committee;</li>
<li>note the update on winter access to general practice.</li>
</ol>

<h2>Item 9: Work programme</h2>
<p>The Committee AGREED to:</p>
<ol>
<li>approve the work programme for the remainder of 2024/25, adding an item on waiting times for home adaptations.</li>
</ol>

<p>The meeting ended at 9.12pm.</p>
"""

D3_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Health and Housing Scrutiny Committee - 14 January 2025 | Castlebrook Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Jadu Continuum CMS">
<link rel="stylesheet" href="/site/styles/generic/base.css">
<link rel="stylesheet" href="/site/styles/castlebrook.css">
</head>
<body class="documents">
<a class="skip-link" href="#content">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use cookies to make this website work and to understand how you use it. <a href="/cookies">Cookie settings</a></p>
<button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>
</div>
<header class="site-header">
<a class="site-header__logo" href="/"><img src="/site/images/castlebrook-logo.svg" alt="Castlebrook Borough Council"></a>
<form class="site-search" action="/site/scripts/google_results.php" method="get">
<label for="q">Search this site</label> <input type="search" id="q" name="q"> <button type="submit">Search</button>
</form>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="/bins">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/planning">Planning and building control</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/councillors-and-committees">Councillors and committees</a></li>
<li><a href="/downloads/meetings/health-and-housing-scrutiny">Health and Housing Scrutiny Committee</a></li>
<li>Health and Housing Scrutiny Committee - 14 January 2025</li>
</ol>
</nav>
<main id="content" class="documents__main">
<div class="editor">
%MAIN%
</div>
<aside class="related">
<h3>Documents for this meeting</h3>
<ul>
<li><a href="/downloads/file/8812/agenda-14-january-2025">Agenda - 14 January 2025</a> (PDF, 212KB)</li>
<li><a href="/downloads/file/8813/item-7-homelessness-update">Item 7 - Homelessness and temporary accommodation update</a> (PDF, 1.1MB)</li>
<li><a href="/downloads/file/8814/item-8-icb-presentation">Item 8 - ICB presentation on general practice access</a> (PDF, 640KB)</li>
</ul>
<h3>Related information</h3>
<ul>
<li><a href="/downloads/meetings/health-and-housing-scrutiny">All Health and Housing Scrutiny Committee meetings</a></li>
<li><a href="/public-speaking">Asking a question at a committee meeting</a></li>
</ul>
</aside>
<div class="page-feedback">
<h3>Was this page helpful?</h3>
<form action="/site/scripts/feedback.php" method="post">
<button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button>
</form>
<p><a href="/report-a-problem">Report a problem with this page</a></p>
</div>
<p class="last-updated">Last updated: 21 January 2025</p>
</main>
<footer class="site-footer">
<ul>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/contact">Contact us</a></li>
</ul>
<p>&copy; Castlebrook Borough Council, Civic Centre, Priory Way, Castlebrook CB1 4PW</p>
</footer>
</body>
</html>
"""


def html_text(html):
    from bs4 import BeautifulSoup
    return BeautifulSoup(html, "html.parser").get_text("\n")


def build_castlebrook():
    html = D3_PAGE.replace("%MAIN%", D3_MAIN.strip())
    (DOCS / D3).write_text(html, encoding="utf-8")
    return html_text(html)


GOLD_D3 = {
    "document": D3,
    "doc_type": "minutes",
    "committee": "Health and Housing Scrutiny Committee",
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Petitions"},
        {"number": "5", "title": "Housing Revenue Account business plan - progress report"},
        {"number": "6", "title": "Public questions"},
        {"number": "7", "title": "Homelessness and temporary accommodation update"},
        {"number": "8", "title": "Branch surgery closures and access to GP appointments"},
        {"number": "9", "title": "Work programme"},
    ],
    "questions": [
        {"item": "6", "kind": "question",
         "text": "What is the Council doing to bring that number down",
         "asked_by": "Mr A Brown",
         "answer": "the Council has bought 24 homes for use as temporary accommodation",
         "given_by": "the Chair of the Committee", "themes": ["housing", "finance"]},
        {"item": "6", "kind": "question",
         "text": "families placed outside the borough could keep their children at their current schools",
         "asked_by": "Mr Brown",
         "answer": "The Chair undertook to raise this under Item 7",
         "given_by": "The Chair", "themes": ["housing", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "Why were patients not consulted before that decision was made",
         "asked_by": "Mrs C Dennehy",
         "answer": "a patient engagement exercise will run until 14 February",
         "given_by": "the Chair of the Committee",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "How many Disabled Facilities Grant applications are waiting for an occupational therapy assessment",
         "asked_by": "Mr D Patel",
         "answer": "A written reply will be sent to Mr Patel within ten working days",
         "given_by": "the Chair of the Committee", "themes": ["housing", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "in bed and breakfast accommodation for longer than the six-week legal limit",
         "asked_by": None,
         "answer": "11 families were over the limit and that all had been offered",
         "given_by": None, "themes": ["housing", "children-and-families"]},
        {"item": "7", "kind": "concern",
         "text": "Concern was expressed at the rising cost of nightly-paid temporary accommodation",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["housing", "finance"]},
        {"item": "7", "kind": "question",
         "text": "whether leasing homes from private landlords offered better value than buying homes",
         "asked_by": None,
         "answer": "leased homes cost on average £17 a night compared with £58",
         "given_by": "The Head of Housing Needs", "themes": ["housing", "finance"]},
        {"item": "7", "kind": "request",
         "text": "Members requested sight of the draft Homelessness and Rough Sleeping Strategy",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["housing"]},
        {"item": "7", "kind": "comment",
         "text": "commented on the good work of the housing options team",
         "asked_by": "Councillor Raval", "answer": None, "given_by": None, "themes": ["housing"]},
        {"item": "8", "kind": "question",
         "text": "had first learned of the proposed closure from a notice in the waiting room",
         "asked_by": None,
         "answer": "every registered patient would now receive a letter",
         "given_by": "Dr Sole", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "8", "kind": "question",
         "text": "whether the practice's landlord had increased the rent",
         "asked_by": None,
         "answer": "the ICB premises budget was fully committed for 2024/25",
         "given_by": "Dr Sole", "themes": ["primary-care", "finance"]},
        {"item": "8", "kind": "concern",
         "text": "older patients without transport who would have to travel two miles",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["primary-care"]},
        {"item": "8", "kind": "question",
         "text": "how many additional GP appointments had been provided through the ICB's winter access scheme",
         "asked_by": None,
         "answer": "9,400 additional appointments had been provided across Castlebrook",
         "given_by": "Dr Sole", "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "approve the minutes of the meeting held on 12 November 2024",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "The Committee NOTED the Housing Revenue Account progress report",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "7", "text": "report the full costs of the private sector leasing scheme",
         "outcome": "agreed", "themes": ["housing", "finance"]},
        {"item": "8", "text": "asking it to pause the closure of the Priory Lane branch surgery",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "9", "text": "approve the work programme for the remainder of 2024/25",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Jill Harcourt", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Owen Prideaux", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Beth Amadi", "role": "Committee member", "attendance": "present"},
        {"name": "Councillor Colin Marsh", "role": "Committee member", "attendance": "apologies"},
        {"name": "Councillor Deepa Raval", "role": "Committee member", "attendance": "present"},
        {"name": "Councillor Stuart Lane", "role": "Committee member", "attendance": "absent"},
        {"name": "Councillor Victoria Nunn", "role": "Committee member", "attendance": "present"},
        {"name": "Councillor Harry Quince", "role": "Substitute for Councillor Marsh", "attendance": "present"},
        {"name": "Councillor Ros Tilley", "role": "Portfolio Holder for Housing and Communities", "attendance": "present"},
        {"name": "Mike Haldane", "role": "Head of Housing Needs and Homelessness Prevention", "attendance": "present"},
        {"name": "Dr Anita Sole", "role": "Associate Director of Primary Care, Severnside Integrated Care Board", "attendance": "present"},
        {"name": "Laura Finch", "role": "Democratic Services Manager", "attendance": "present"},
    ],
}


# ======================================================================================
# 4. Mercia Vale Joint Health Overview and Scrutiny Committee (PDF, serif, ragged right)

D4 = "i-mercia-vale-jhosc-minutes-2025-03-12.pdf"


class JointPDF(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.cell(0, 4, "Mercia Vale Joint Health Overview and Scrutiny Committee", align="L")
        self.cell(0, 4, "12 March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def build_mercia():
    rec = Recorder()
    pdf = new_pdf(JointPDF, D4, "Mercia Vale JHOSC minutes 12 March 2025")
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    rec.add("Mercia Vale Joint Health Overview and Scrutiny Committee  12 March 2025")
    pdf.add_page()
    LH = 5.2

    def para(t, style="", size=11, gap=2.5, indent=0):
        pdf.set_font("Serif", style, size)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, LH, rec.add(t), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def item(num, title, sub=False):
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(1.5)
        pdf.set_font("Serif", "B", 11)
        x = pdf.l_margin + (8 if sub else 0)
        pdf.set_x(x)
        rec.add(num)
        pdf.cell(16 if sub else 10, LH, num)
        pdf.multi_cell(0, LH, rec.add(title), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    para("MERCIA VALE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "B", 12, 1)
    para("Brackenshire County Council, Ludford City Council and Hartmoor Borough Council",
         "I", 10, 3)
    para("Minutes of the meeting held on Wednesday 12 March 2025 at 2.00 pm in the Mayor's "
         "Parlour, Ludford Guildhall", "", 11, 4)

    para("Members present:", "B", 11, 1)
    for line in [
        "Councillor Rachel Dunmore, Brackenshire County Council (Chair)",
        "Councillor Tariq Hussain, Ludford City Council (Vice-Chair)",
        "Councillor Glenys Parr, Brackenshire County Council",
        "Councillor Martin Leach, Brackenshire County Council",
        "Councillor Oliver Strand, Brackenshire County Council",
        "Councillor Abena Mensah, Ludford City Council",
        "Councillor Keith Yardley, Ludford City Council",
        "Councillor Shirley Cotton, Hartmoor Borough Council",
        "Councillor Neil Fairweather, Hartmoor Borough Council",
        "Councillor Paul Brindley, Hartmoor Borough Council",
        "Councillor Maxine Okoro, Hartmoor Borough Council",
    ]:
        para(line, "", 11, 0)
    pdf.ln(3)
    para("Officers present:", "B", 11, 1)
    for line in [
        "Dr Fraser Nolan, Medical Director, Mercia Vale Integrated Care Board",
        "Louise Tremlett, Director of Strategy and Partnerships, Mercia Vale Integrated Care Board",
        "Dr Kamala Iyer, Clinical Director for Stroke, Ludford Teaching Hospitals NHS Trust",
        "Ben Garside, Head of Ambulance Operations (Mercia Vale), Marches Ambulance Service NHS Foundation Trust",
        "Heather Blount, Scrutiny Officer, Ludford City Council",
    ]:
        para(line, "", 11, 0)
    pdf.ln(4)

    item("1", "Apologies for absence and substitutions")
    para("Apologies were received from Councillor Dominic Reeve (Ludford City Council). No "
         "substitute had been nominated.")

    item("2", "Declarations of interest")
    para("Councillor Parr declared that she was a public governor of Ludford Teaching "
         "Hospitals NHS Trust.")

    item("3", "Minutes of the previous meeting")
    para("The minutes of the meeting held on 11 December 2024 were agreed as a correct "
         "record and signed by the Chair.")

    item("4", "Matters arising")
    para("Further to minute 6 of the previous meeting, the Scrutiny Officer reported that the "
         "ICB had supplied the breakdown of ambulance handover delays by hospital site, which "
         "had been circulated to members on 20 January 2025.")

    item("5", "Urgent and emergency care: winter 2024/25 review")
    para("Louise Tremlett, Director of Strategy and Partnerships, and Ben Garside, Head of "
         "Ambulance Operations, presented a joint review of urgent and emergency care over "
         "the winter. Four-hour performance across the three emergency departments had "
         "averaged 71.4 per cent in December and January against the national standard of "
         "78 per cent.")
    para("Councillor Cotton asked why ambulance handover times at Hartmoor General Hospital "
         "were consistently the longest of the three sites. Mr Garside explained that the "
         "emergency department at Hartmoor had only eight majors cubicles and that a new "
         "\u2018fit to sit\u2019 area would open in April, which was expected to release "
         "crews more quickly.")
    para("Councillor Yardley queried how often patients had been cared for in corridors "
         "during January. Dr Nolan said that corridor care had been used on 19 days at "
         "Ludford Royal Infirmary and on 26 days at Hartmoor General, and that each instance "
         "was reported to the ICB quality committee.")
    para("Councillor Mensah raised concerns about the number of people with mental health "
         "needs who had waited more than 12 hours in emergency departments. Dr Nolan "
         "acknowledged that this was the area of greatest concern and reported that a mental "
         "health crisis assessment centre would open in Ludford in May 2025.")
    para("Councillor Brindley asked whether the ambulance service was relying on private "
         "ambulance companies to meet demand. Mr Garside confirmed that private providers had "
         "been commissioned for around 6 per cent of non-emergency patient transport journeys "
         "over the winter, but that no emergency 999 work had been subcontracted.")
    para("The Committee noted the update and asked that a further report be brought in June.")

    item("6", "Mercia Vale ICB operating model")
    para("Louise Tremlett reported on the changes the ICB was required to make following the "
         "national requirement for integrated care boards to reduce their running costs by 50 "
         "per cent by the end of 2025/26, including a proposed merger of functions with a "
         "neighbouring ICB.")
    para("Councillor Strand questioned how a halving of running costs could be achieved "
         "without weakening the ICB\u2019s ability to commission services locally. Ms "
         "Tremlett said that some commissioning functions would transfer to the provider "
         "trusts and that the ICB would focus on strategic commissioning and population "
         "health.")
    para("Councillor Fairweather expressed concern that the place-based team serving Hartmoor "
         "would be lost in any merger. Ms Tremlett responded that no decisions had yet been "
         "taken on the future of place teams.")
    para("Councillor Okoro sought clarification on whether the three councils would be "
         "consulted before any merger was agreed. Ms Tremlett gave an assurance that the ICB "
         "would consult each council\u2019s Health and Wellbeing Board before submitting its "
         "proposals to NHS England.")
    para("The Committee agreed to write to the Chief Executive of Mercia Vale ICB setting out "
         "its concerns about the loss of local place-based teams.")

    item("7", "Proposed changes to services")
    para("The Committee considered two matters referred to it under the Local Authority "
         "(Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013.")

    item("7 (i)", "Hyper-acute stroke services \u2013 outcome of public consultation", sub=True)
    para("Dr Kamala Iyer, Clinical Director for Stroke, presented the outcome of the "
         "twelve-week public consultation on consolidating hyper-acute stroke care at "
         "Ludford Royal Infirmary. There had been 4,812 responses; overall 46 per cent had "
         "supported the proposal, but 71 per cent of respondents from Hartmoor had opposed it.")
    para("Councillor Fairweather asked how long it would take patients from the east of "
         "Hartmoor to reach Ludford by ambulance. Dr Iyer said that modelling showed that 95 "
         "per cent of the population would be within 60 minutes of the hyper-acute unit, and "
         "that clinical evidence showed better outcomes from specialist care even where "
         "journeys were longer.")
    para("Councillor Leach asked how the views expressed in the consultation had changed the "
         "proposals. Ms Tremlett said that, in response to feedback, the ICB had added a "
         "guaranteed repatriation pathway so that patients would return to Hartmoor General "
         "for rehabilitation within 72 hours.")
    para("Councillor Cotton raised concerns from ambulance crews about the additional journey "
         "times. Mr Garside reported that the ambulance trust had agreed funding for four "
         "additional crews to cover the longer conveyances.")
    para("Councillor Fairweather moved an amendment, seconded by Councillor Cotton, that the "
         "Committee refer the proposal to the Secretary of State for Health and Social Care on "
         "the grounds that it would not be in the interests of the health service in "
         "Hartmoor. On being put to the vote the amendment was lost (For 3, Against 7, "
         "Abstain 1).")
    para("Councillor Hussain then moved, and Councillor Parr seconded, that the Committee "
         "supports the consolidation of hyper-acute stroke services at Ludford Royal "
         "Infirmary, subject to the ICB reporting on the repatriation pathway and ambulance "
         "response times in Hartmoor after six months of operation. On being put to the vote "
         "the motion was carried (For 7, Against 3, Abstain 1).")

    item("7 (ii)", "Community eye services \u2013 award of cataract surgery contract", sub=True)
    para("Ms Tremlett informed the Committee that, following a competitive procurement, the "
         "ICB intended to award a five-year contract for routine cataract surgery and "
         "community eye clinics to ClearView Eye Care Ltd, an independent sector provider, "
         "with a total contract value of \u00a338 million.")
    para("Councillor Yardley asked whether the award to a private provider would draw "
         "ophthalmologists away from NHS hospital eye departments. Ms Tremlett said that the "
         "contract prohibited the provider from employing consultants who had worked for a "
         "local NHS trust in the previous six months.")
    para("Councillor Mensah raised concern about who would treat patients who developed "
         "complications after surgery. Dr Nolan explained that complications would be "
         "referred back to the hospital eye service under a service level agreement, with the "
         "cost recharged to the provider.")
    para("The Committee noted the outcome of the procurement.")

    item("8", "Work programme")
    para("Councillor Okoro asked that the Committee consider the findings of the recent Care "
         "Quality Commission inspection of Hartmoor General Hospital at its next meeting. The "
         "Chair agreed to discuss the timing with the Scrutiny Officer.")
    para("Members agreed the work programme for 2025/26, adding a session on access to NHS "
         "dentistry in Hartmoor for September.")

    item("9", "Date of next meeting")
    para("The next meeting would be held on Wednesday 11 June 2025 at 2.00 pm at Brackenshire "
         "County Hall.")
    pdf.ln(4)
    para("The meeting closed at 4.40 pm.", "I", 10, 6)
    para("Chair ....................................................", "", 11, 0)

    pdf.output(str(DOCS / D4))
    return rec.text()


GOLD_D4 = {
    "document": D4,
    "doc_type": "minutes",
    "committee": "Mercia Vale Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Matters arising"},
        {"number": "5", "title": "Urgent and emergency care: winter 2024/25 review"},
        {"number": "6", "title": "Mercia Vale ICB operating model"},
        {"number": "7", "title": "Proposed changes to services"},
        {"number": "7 (i)", "title": "Hyper-acute stroke services \u2013 outcome of public consultation"},
        {"number": "7 (ii)", "title": "Community eye services \u2013 award of cataract surgery contract"},
        {"number": "8", "title": "Work programme"},
        {"number": "9", "title": "Date of next meeting"},
    ],
    "questions": [
        {"item": "5", "kind": "question",
         "text": "asked why ambulance handover times at Hartmoor General Hospital were consistently",
         "asked_by": "Councillor Cotton",
         "answer": "the emergency department at Hartmoor had only eight majors cubicles",
         "given_by": "Mr Garside", "themes": []},
        {"item": "5", "kind": "question",
         "text": "queried how often patients had been cared for in corridors during January",
         "asked_by": "Councillor Yardley",
         "answer": "corridor care had been used on 19 days at Ludford Royal Infirmary",
         "given_by": "Dr Nolan", "themes": []},
        {"item": "5", "kind": "concern",
         "text": "the number of people with mental health needs who had waited more than 12 hours",
         "asked_by": "Councillor Mensah",
         "answer": "a mental health crisis assessment centre would open in Ludford",
         "given_by": "Dr Nolan", "themes": ["mental-health"]},
        {"item": "5", "kind": "question",
         "text": "whether the ambulance service was relying on private ambulance companies",
         "asked_by": "Councillor Brindley",
         "answer": "private providers had been commissioned for around 6 per cent",
         "given_by": "Mr Garside", "themes": ["privatisation", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "how a halving of running costs could be achieved without weakening",
         "asked_by": "Councillor Strand",
         "answer": "some commissioning functions would transfer to the provider trusts",
         "given_by": "Ms Tremlett", "themes": ["finance", "subcontracting", "governance"]},
        {"item": "6", "kind": "concern",
         "text": "expressed concern that the place-based team serving Hartmoor would be lost",
         "asked_by": "Councillor Fairweather",
         "answer": "no decisions had yet been taken on the future of place teams",
         "given_by": "Ms Tremlett", "themes": ["governance", "integration"]},
        {"item": "6", "kind": "question",
         "text": "whether the three councils would be consulted before any merger was agreed",
         "asked_by": "Councillor Okoro",
         "answer": "the ICB would consult each council's Health and Wellbeing Board",
         "given_by": "Ms Tremlett", "themes": ["governance"]},
        {"item": "7 (i)", "kind": "question",
         "text": "how long it would take patients from the east of Hartmoor to reach Ludford",
         "asked_by": "Councillor Fairweather",
         "answer": "95 per cent of the population would be within 60 minutes",
         "given_by": "Dr Iyer", "themes": []},
        {"item": "7 (i)", "kind": "question",
         "text": "how the views expressed in the consultation had changed the proposals",
         "asked_by": "Councillor Leach",
         "answer": "the ICB had added a guaranteed repatriation pathway",
         "given_by": "Ms Tremlett", "themes": ["patient-and-public-input"]},
        {"item": "7 (i)", "kind": "concern",
         "text": "raised concerns from ambulance crews about the additional journey times",
         "asked_by": "Councillor Cotton",
         "answer": "the ambulance trust had agreed funding for four additional crews",
         "given_by": "Mr Garside", "themes": ["workforce"]},
        {"item": "7 (ii)", "kind": "question",
         "text": "whether the award to a private provider would draw ophthalmologists away",
         "asked_by": "Councillor Yardley",
         "answer": "the contract prohibited the provider from employing consultants",
         "given_by": "Ms Tremlett", "themes": ["privatisation", "subcontracting", "workforce"]},
        {"item": "7 (ii)", "kind": "concern",
         "text": "who would treat patients who developed complications after surgery",
         "asked_by": "Councillor Mensah",
         "answer": "complications would be referred back to the hospital eye service",
         "given_by": "Dr Nolan", "themes": ["subcontracting"]},
        {"item": "8", "kind": "request",
         "text": "consider the findings of the recent Care Quality Commission inspection",
         "asked_by": "Councillor Okoro",
         "answer": "Chair agreed to discuss the timing with the Scrutiny Officer",
         "given_by": "The Chair", "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 11 December 2024 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "The Committee noted the update and asked that a further report",
         "outcome": "noted", "themes": []},
        {"item": "6", "text": "agreed to write to the Chief Executive of Mercia Vale ICB",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "7 (i)", "text": "On being put to the vote the amendment was lost",
         "outcome": "rejected", "themes": []},
        {"item": "7 (i)", "text": "On being put to the vote the motion was carried",
         "outcome": "agreed", "themes": []},
        {"item": "7 (ii)", "text": "The Committee noted the outcome of the procurement",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "8", "text": "Members agreed the work programme for 2025/26",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Rachel Dunmore", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tariq Hussain", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Glenys Parr", "role": "Brackenshire County Council", "attendance": "present"},
        {"name": "Councillor Martin Leach", "role": "Brackenshire County Council", "attendance": "present"},
        {"name": "Councillor Oliver Strand", "role": "Brackenshire County Council", "attendance": "present"},
        {"name": "Councillor Abena Mensah", "role": "Ludford City Council", "attendance": "present"},
        {"name": "Councillor Keith Yardley", "role": "Ludford City Council", "attendance": "present"},
        {"name": "Councillor Shirley Cotton", "role": "Hartmoor Borough Council", "attendance": "present"},
        {"name": "Councillor Neil Fairweather", "role": "Hartmoor Borough Council", "attendance": "present"},
        {"name": "Councillor Paul Brindley", "role": "Hartmoor Borough Council", "attendance": "present"},
        {"name": "Councillor Maxine Okoro", "role": "Hartmoor Borough Council", "attendance": "present"},
        {"name": "Dr Fraser Nolan", "role": "Medical Director, Mercia Vale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Louise Tremlett", "role": "Director of Strategy and Partnerships, Mercia Vale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr Kamala Iyer", "role": "Clinical Director for Stroke, Ludford Teaching Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Ben Garside", "role": "Head of Ambulance Operations (Mercia Vale), Marches Ambulance Service NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Heather Blount", "role": "Scrutiny Officer, Ludford City Council", "attendance": "in_attendance"},
        {"name": "Councillor Dominic Reeve", "role": "Ludford City Council", "attendance": "apologies"},
    ],
}


# ======================================================================================
# 5. Eastvale Borough Council - task and finish group final report (NOT minutes)

D5 = "i-eastvale-dentistry-task-group-report-2025.pdf"


class ReportPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(0, 94, 120)
        self.cell(0, 4, "Access to NHS Dentistry Task and Finish Group \u2013 Final Report",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 8)
        self.cell(0, 4, f"{self.page_no()}", align="C")


def build_eastvale():
    rec = Recorder()
    pdf = new_pdf(ReportPDF, D5, "Access to NHS Dentistry - Task and Finish Group Final Report")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, 20)
    LH = 5.3

    def para(t, style="", size=10.5, gap=3, align="J"):
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(0, LH, rec.add(t), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def h(t, size=13):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Sans", "B", size)
        pdf.set_text_color(0, 94, 120)
        pdf.multi_cell(0, 7, rec.add(t), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def bullets(items, size=10.5):
        pdf.set_font("Sans", "", size)
        for b in items:
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, LH, "\u2022")
            pdf.multi_cell(0, LH, rec.add(b), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(2)

    def quote(t, who):
        pdf.set_font("Sans", "I", 10.5)
        pdf.set_x(pdf.l_margin + 10)
        pdf.multi_cell(pdf.epw - 20, LH, rec.add("\u201c" + t + "\u201d"), align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9.5)
        pdf.set_x(pdf.l_margin + 10)
        pdf.multi_cell(pdf.epw - 20, LH, rec.add("\u2013 " + who), align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    # cover
    pdf.add_page()
    pdf.ln(40)
    para("EASTVALE BOROUGH COUNCIL", "B", 14, 6, "L")
    para("Communities and Health Overview and Scrutiny Committee", "", 12, 20, "L")
    para("Access to NHS Dentistry", "B", 24, 4, "L")
    para("Task and Finish Group \u2013 Final Report", "", 16, 30, "L")
    para("February 2025", "", 12, 4, "L")
    para("To be considered by the Communities and Health Overview and Scrutiny Committee on "
         "4 March 2025 and by Cabinet on 25 March 2025", "", 10, 0, "L")

    pdf.add_page()
    h("Contents")
    for line in ["Chair's foreword", "Summary of recommendations", "1. Introduction and terms "
                 "of reference", "2. How we carried out the review", "3. Key findings",
                 "4. What residents told us", "5. Questions asked of witnesses",
                 "6. Conclusions", "Appendix A \u2013 Membership of the group",
                 "Appendix B \u2013 Witnesses"]:
        para(line, "", 10.5, 1, "L")

    h("Chair's foreword")
    para("When we began this review in the summer of 2024, every councillor on the group had "
         "heard from residents who could not find an NHS dentist. What we found was worse than "
         "we expected. Not one of the 19 dental practices in the borough was accepting new "
         "adult NHS patients when we started, and children were waiting more than two years "
         "for a general anaesthetic extraction at the community dental service.")
    para("I would like to thank the residents who shared their experiences with us, the "
         "dentists and practice managers who gave up their time, and the officers of the "
         "Integrated Care Board who answered our questions openly. I commend this report and "
         "its recommendations to Cabinet.")
    para("Councillor Yasmin Farrow, Chair of the Task and Finish Group", "B", 10.5, 4, "L")

    h("Summary of recommendations")
    recs = [
        "Recommendation 1: That the Cabinet writes to the Chief Executive of Eastvale and Coldwater "
        "Integrated Care Board asking for a costed plan to restore routine NHS dental access in "
        "the borough by March 2027.",
        "Recommendation 2: That the Cabinet asks the Director of Public Health to commission a "
        "supervised toothbrushing programme in all nurseries and infant schools in the most "
        "deprived wards from September 2025.",
        "Recommendation 3: That the Cabinet supports the use of council-owned premises in "
        "Harlow Green and Eastvale town centre for a new NHS dental access centre, subject to "
        "a business case.",
        "Recommendation 4: That the Cabinet lobbies the Government, through the Local "
        "Government Association, for reform of the national dental contract so that "
        "practices are paid fairly for treating patients with high needs.",
        "Recommendation 5: That the Overview and Scrutiny Committee receives a progress report "
        "on these recommendations in twelve months.",
    ]
    for r in recs:
        para(r, "", 10.5, 2.5)

    h("1. Introduction and terms of reference")
    para("The Communities and Health Overview and Scrutiny Committee established the task and "
         "finish group on 11 June 2024 in response to a motion agreed by Council and a petition "
         "signed by 2,340 residents. The group was asked to understand the scale of the problem "
         "in accessing NHS dentistry in Eastvale, the reasons for it, and what the Council and "
         "its partners could do to improve access, particularly for children and vulnerable "
         "adults.")
    para("Since April 2023 responsibility for commissioning NHS dental services has rested with "
         "integrated care boards. The Council's role is limited to oral health improvement, "
         "which is a public health responsibility, and to the scrutiny of local NHS services.")

    h("2. How we carried out the review")
    para("The group met nine times between July and December 2024. It held four evidence "
         "sessions, visited two dental practices and the community dental service at Coldwater "
         "Health Centre, and ran an online survey that received 1,126 responses. A list of the "
         "witnesses is at Appendix B.")

    h("3. Key findings")
    bullets([
        "Only 38 per cent of adults in Eastvale had seen an NHS dentist in the previous two "
        "years, compared with 46 per cent in England.",
        "The number of NHS units of dental activity commissioned in the borough had fallen by 14 "
        "per cent since 2019, and 11 per cent of the commissioned activity was not delivered in "
        "2023/24 because practices could not recruit dentists.",
        "Tooth decay was the most common reason for a child aged 5 to 9 to be admitted to "
        "Eastvale General Hospital.",
        "Practices told us that the national contract made it uneconomic to take on patients "
        "who needed extensive treatment, and that three practices had handed back part of their "
        "NHS contracts since 2022.",
        "The ICB's dental recovery funding of \u00a3620,000 in 2024/25 had bought around 4,000 "
        "additional urgent appointments, but no new routine capacity.",
    ])

    h("4. What residents told us")
    para("More than 1,100 residents responded to our survey and 23 attended a listening event "
         "at Harlow Green Community Centre. Some of their comments are set out below.")
    quote("I rang every practice within ten miles. Not one would take me on the NHS. In the end "
          "I pulled my own tooth out.", "resident, Harlow Green")
    quote("My son is six and has been waiting fourteen months to have four teeth taken out "
          "under general anaesthetic. He cannot sleep some nights because of the pain.",
          "parent, Eastvale town")
    quote("I have been a patient at the same practice for thirty years and got a letter saying "
          "I would have to go private or leave.", "resident, Coldwater Road")
    quote("Why can the Council not open its own dental surgery?", "survey response")

    h("5. Questions asked of witnesses")
    para("The group put the following questions to each of the witnesses. A summary of the "
         "answers is given in the evidence pack published alongside this report.")
    bullets([
        "How many NHS dental practices in Eastvale are accepting new adult or child patients, "
        "and how is this information kept up to date?",
        "What proportion of commissioned dental activity was delivered in each of the last "
        "three years, and what happens to the funding for activity that is not delivered?",
        "What barriers do practices face in recruiting and retaining dentists and dental "
        "nurses?",
        "What is the ICB doing to reduce waiting times for children who need treatment under "
        "general anaesthetic?",
        "Could the Council or the ICB directly provide dental services, for example through an "
        "access centre in council-owned premises?",
        "How are the views of patients, including those who cannot get an appointment, used "
        "when commissioning dental services?",
    ])

    h("6. Conclusions")
    para("The group concluded that the shortage of NHS dentistry in Eastvale is the result of "
         "national contract arrangements, workforce shortages and a decade of falling "
         "investment, and that the Council cannot solve it alone. However, the Council can use "
         "its public health role, its premises and its influence to make a difference, and the "
         "recommendations in this report are designed to do so.")

    h("Appendix A \u2013 Membership of the group")
    for line in ["Councillor Yasmin Farrow (Chair)", "Councillor Raymond Kettle",
                 "Councillor Joy Abara", "Councillor Philip Strang",
                 "Councillor Megan Lowther",
                 "Supported by: Hannah Brook, Senior Scrutiny Officer"]:
        para(line, "", 10.5, 1, "L")

    h("Appendix B \u2013 Witnesses")
    for line in [
        "Dr Colin Ure, Head of Primary Care Commissioning (Dental), Eastvale and Coldwater ICB "
        "\u2013 16 September 2024",
        "Dr Saira Nawaz, Chair, Eastvale Local Dental Committee \u2013 16 September 2024",
        "Gillian Tate, Clinical Lead, Coldwater Community Dental Service \u2013 7 October 2024",
        "Dr Martin Oduya, Consultant in Public Health, Eastvale Borough Council \u2013 7 "
        "October 2024",
        "Healthwatch Eastvale \u2013 4 November 2024",
    ]:
        para(line, "", 10.5, 1.5, "L")

    pdf.output(str(DOCS / D5))
    return rec.text()


GOLD_D5 = {"document": D5, "doc_type": "report"}


# ======================================================================================
# check and main

BUILDS = [
    (build_downshire, GOLD_D1),
    (build_ashworth, GOLD_D2),
    (build_castlebrook, GOLD_D3),
    (build_mercia, GOLD_D4),
    (build_eastvale, GOLD_D5),
]


def extracted_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        return re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if path.suffix == ".html":
        return html_text(path.read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8")


def phrases(gold):
    for q in gold.get("questions", []):
        yield "question", q["text"]
        if q.get("answer"):
            yield "answer", q["answer"]
    for r in gold.get("resolutions", []):
        yield "resolution", r["text"]


def check(gold, source):
    errors, warnings = [], []
    src = norm(source)
    name = gold["document"]
    ext = norm(extracted_text(DOCS / name))
    for kind, ph in phrases(gold):
        n = len(norm(ph).split())
        if not 6 <= n <= 15:
            errors.append(f"{name}: {kind} phrase has {n} words: {ph!r}")
        c = src.count(norm(ph))
        if c != 1:
            errors.append(f"{name}: {kind} phrase found {c} times in source: {ph!r}")
        if ext.count(norm(ph)) != 1:
            warnings.append(f"{name}: {kind} phrase interrupted in extracted text: {ph!r}")
    return errors, warnings


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    all_err = []
    for build, gold in BUILDS:
        source = build()
        (GOLD / (gold["document"] + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if "--check" in sys.argv:
            errs, warns = check(gold, source)
            all_err += errs
            for w in warns:
                print("warning:", w)
            print(f"{gold['document']}: items={len(gold.get('items', []))} "
                  f"questions={len(gold.get('questions', []))} "
                  f"resolutions={len(gold.get('resolutions', []))} "
                  f"attendees={len(gold.get('attendees', []))}")
    if "--check" in sys.argv:
        for e in all_err:
            print("ERROR:", e)
        print("check", "FAILED" if all_err else "passed")
        sys.exit(1 if all_err else 0)


if __name__ == "__main__":
    main()
