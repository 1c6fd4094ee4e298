#!/usr/bin/env python3
"""Build the "x-" documents of the other-councils evaluation set and their gold annotations.

  x-harnford-asc-health-scrutiny-minutes-2025-02-18.txt
      Minutes copied out of a PDF viewer into a text file: hard line breaks at 60-70
      characters, no blank lines, page headers/footers in mid-paragraph, hyphenated
      line ends, "45. TITLE" headings, "RESOLVED – That" with (1) (2) clauses.
  x-eastfold-health-care-select-committee-minutes-2025-06-12.pdf
      County committee minutes; discussion in the items, decisions gathered in a
      "Schedule of Decisions" table (Minute | Decision) at the end.
  x-kingsreach-saltley-jhosc-minutes-2025-07-22.docx
      Joint health scrutiny committee minutes in Word; Question | Response table per item.
  x-brackenmoor-health-scrutiny-annual-report-2024-25.pdf
      Not minutes: a scrutiny committee's annual report (doc_type "report").

Usage:  build_x.py            build documents and gold
        build_x.py --check    build, then verify every gold phrase occurs verbatim and
                              uniquely in the document's source text
"""
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
THEMES_YML = HERE.parent.parent / "minutes" / "themes.yml"

SH = "\u00ad"  # soft hyphen


# --------------------------------------------------------------------------------------
# Simple hyphenation: mark soft-hyphen points in long words (VC|CV rule), used both by the
# PDF line breaker (fpdf2 honours soft hyphens) and by the text "copied from PDF" wrapper.
# --------------------------------------------------------------------------------------
VOWELS = set("aeiouy")


def _hyph_word(w):
    if len(w) < 10 or not w.isalpha() or not w.islower():
        return w
    pts = []
    for i in range(3, len(w) - 3):
        a, b, c, d = w[i - 2], w[i - 1], w[i], w[i + 1]
        if a in VOWELS and b not in VOWELS and c not in VOWELS and d in VOWELS:
            if b + c in ("ch", "sh", "th", "ph", "ck", "ng", "gh", "wh", "qu"):
                continue
            pts.append(i)
    if not pts:
        return w
    out, last = [], 0
    for p in pts:
        out.append(w[last:p])
        last = p
    out.append(w[last:])
    return SH.join(out)


def hyphenate(text):
    return re.sub(r"[A-Za-z]+", lambda m: _hyph_word(m.group(0)), text)


# ======================================================================================
# 1. Text copied from a PDF viewer
# ======================================================================================
TXT_NAME = "x-harnford-asc-health-scrutiny-minutes-2025-02-18.txt"

# Blocks: ("line", text) printed as is; ("para", text) wrapped; ("head", text) heading line.
TXT_BLOCKS = [
    ("line", "HARNFORD BOROUGH COUNCIL"),
    ("line", "ADULT SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE"),
    ("para", "MINUTES of a meeting of the Adult Social Care and Health Scrutiny Committee "
             "held in the Council Chamber, Civic Centre, Harnford on Tuesday, 18 February "
             "2025 at 6.00 pm"),
    ("para", "PRESENT: Councillor J Okafor (Chair); Councillor R Pennington (Vice-Chair); "
             "Councillors A Bhatt, S Cullimore, L Dewhurst, M Farrant, T Hegarty, P Iqbal "
             "and K Lomax (Substitute)"),
    ("para", "Co-opted Member (non-voting): Mrs V Ashdown (Healthwatch Harnford)"),
    ("para", "ALSO PRESENT: Councillor F Greaves (Cabinet Member for Adult Social Care and "
             "Health)"),
    ("para", "OFFICERS: Catherine Adeyemi (Director of Adult Social Services), Dr Naoko "
             "Sato (Director of Public Health), Gareth Pryce (Head of Commissioning – "
             "Adults, Health and Housing), Lorna Fitch (Assistant Director – Finance "
             "(People Directorate)) and Emma Rowntree (Democratic Services Officer)"),
    ("para", "PARTNERS: Julia Kettering (Chief Nurse and Deputy Chief Executive, Harnford "
             "and District NHS Foundation Trust) and Owen Lindqvist (Director of Quality "
             "Governance, Harnford and District NHS Foundation Trust)"),
    ("para", "APOLOGIES: Councillors D Norcott and H Whitlow"),

    ("head", "45. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("para", "Apologies for absence were received from Councillors D Norcott and H Whitlow. "
             "Councillor K Lomax attended the meeting as a substitute for Councillor "
             "Norcott."),

    ("head", "46. DECLARATIONS OF INTEREST"),
    ("para", "Councillor L Dewhurst declared a non-registrable interest in Minute 50 as her "
             "daughter was employed as a staff nurse at Harnford General Hospital. She "
             "remained in the meeting and took part in the discussion. Councillor T Hegarty "
             "declared a registrable interest in Minute 49 as a trustee of Eastwick Age "
             "Concern, which had taken part in the engagement on the new home care model, "
             "and left the room during the vote on that item. There were no other "
             "declarations."),

    ("head", "47. MINUTES"),
    ("para", "The minutes of the meeting held on 14 January 2025 were submitted."),
    ("line", "RESOLVED – That the minutes of the meeting held on 14 January 2025 be"),
    ("para", "confirmed as a correct record and signed by the Chair."),

    ("head", "48. PUBLIC QUESTIONS"),
    ("para", "The Chair reported that one question had been received from a member of the "
             "public in accordance with Council Procedure Rule 11."),
    ("para", "Mr D Hollis, a resident of Eastwick, asked whether the Council would "
             "guarantee that the Brookfield Day Centre would remain open while the review "
             "of day opportunities was carried out, given that families had not been told "
             "what alternative provision would be offered. Councillor Greaves, Cabinet "
             "Member for Adult Social Care and Health, replied that no decision had been "
             "taken on the future of any day centre and that the review would include a "
             "full consultation with families and carers before any proposals came forward. "
             "Mr Hollis asked a supplementary question about when that consultation would "
             "begin, and was told by the Cabinet Member that it was expected to start in "
             "May 2025 and would run for twelve weeks."),

    ("head", "49. HOME CARE RECOMMISSIONING – OUTCOME OF TENDER AND MOBILISATION PLAN"),
    ("para", "The Committee considered a report of the Director of Adult Social Services "
             "which set out the outcome of the tender for home care services carried out "
             "between July and November 2024. The Council had awarded contracts to four "
             "lead providers, one for each locality, replacing the previous framework of "
             "27 providers, with a combined value of approximately £31.4 million a year. "
             "Gareth Pryce, Head of Commissioning, introduced the report and explained that "
             "mobilisation would take place in phases between April and July 2025, "
             "starting with the North locality."),
    ("para", "Councillor Bhatt asked how many people currently receiving care would have "
             "to change provider as a result of the new contracts, and whether they had "
             "been told. Mr Pryce said that about 640 people, around a third of those "
             "receiving home care, would transfer to a new provider and that every one of "
             "them had been written to and would receive a visit from a social worker or "
             "care coordinator before the change. Councillor Farrant expressed concern "
             "that three of the four lead providers were national private companies whose "
             "profits left the borough, and questioned why the in-house reablement team had "
             "not been expanded instead. The Director of Adult Social Services responded "
             "that the in-house service was being retained and would grow by twelve posts, "
             "but that it was designed for short-term reablement rather than long-term care "
             "and could not be scaled up quickly enough to replace the market. Councillor "
             "Iqbal sought clarification on whether care workers transferring under TUPE "
             "would keep their existing terms and conditions, and whether the new contracts "
             "required payment of the Real Living Wage. Mr Pryce confirmed that all lead "
             "providers were contractually required to pay at least the Real Living Wage "
             "from 1 April 2025 and that TUPE protections would apply to staff who "
             "transferred."),
    ("para", "Mrs Ashdown said that Healthwatch had received complaints from families about "
             "missed and late calls under the old framework and asked how the Council would "
             "monitor the new contracts. In response, the Head of Commissioning said that "
             "electronic call monitoring data would be reviewed monthly and that contract "
             "penalties applied where more than two per cent of calls were missed in a "
             "month. Councillor Cullimore commented that the Committee should see "
             "performance data for the first quarter of the new contracts before the end "
             "of the municipal year, rather than waiting for the annual review."),
    ("para", "(Councillor Hegarty left the room for the vote on this item.)"),
    ("line", "RESOLVED – That"),
    ("para", "(1) the outcome of the home care tender and the mobilisation plan be noted;"),
    ("para", "(2) the Director of Adult Social Services be asked to report performance data "
             "for the first quarter of the new contracts to the Committee in October 2025; "
             "and"),
    ("para", "(3) the Cabinet be recommended to publish the contract performance indicators "
             "for each lead provider on the Council’s website every quarter."),

    ("head", "50. HARNFORD AND DISTRICT NHS FOUNDATION TRUST – CQC INSPECTION REPORT AND "
             "IMPROVEMENT PLAN"),
    ("para", "Julia Kettering, Chief Nurse and Deputy Chief Executive, presented an update "
             "on the Trust’s response to the Care Quality Commission inspection of Harnford "
             "General Hospital published in November 2024, which had rated urgent and "
             "emergency care and maternity services as ‘requires improvement’. The Trust’s "
             "improvement plan contained 43 actions, of which 29 had been completed and "
             "the remainder were on track for completion by June 2025."),
    ("para", "Councillor Pennington asked why the maternity service had been rated as "
             "requires improvement for a second time and what was different about the "
             "current plan. Ms Kettering acknowledged that some actions taken after the "
             "2022 inspection had not been sustained, and explained that each action now "
             "had a named executive lead and was tested through unannounced internal "
             "audits. Councillor Dewhurst raised concerns about the number of midwife "
             "vacancies and the use of agency staff on the labour ward at night. It was "
             "reported that the vacancy rate for midwives had fallen from 14 per cent to "
             "8 per cent following an international recruitment campaign, and that agency "
             "use was reviewed daily by the Head of Midwifery. Councillor Lomax asked "
             "whether patients waiting on trolleys in corridors of the emergency "
             "department were counted in the Trust’s published figures. Mr Lindqvist stated "
             "that corridor care was recorded as a patient safety incident on every "
             "occasion and reported to the Trust Board each month, and that there had been "
             "212 such occasions in December 2024. Councillor Okafor requested that the "
             "Trust share the results of its next maternity patient survey with the "
             "Committee. Ms Kettering agreed to circulate the results once they had been "
             "published in the spring."),
    ("line", "RESOLVED – That the update on the Care Quality Commission inspection and"),
    ("para", "the Trust’s improvement plan be noted."),

    ("head", "51. STOP SMOKING AND VAPING SUPPORT SERVICE – PROPOSED MODEL FROM OCTOBER "
             "2025"),
    ("para", "Dr Naoko Sato, Director of Public Health, presented a report on the proposed "
             "model for stop smoking and vaping support from 1 October 2025, to be funded "
             "from the Local Stop Smoking Services and Support Grant of £412,000 for "
             "2025/26 and the public health grant. The contract with the current provider, "
             "QuitWell Partnership CIC, would expire on 30 September 2025. It was proposed "
             "to bring the specialist behavioural support service back in-house and to "
             "commission community pharmacies to supply nicotine replacement therapy and "
             "vape starter kits."),
    ("para", "Councillor Hegarty welcomed the proposal to bring the service back in-house "
             "and asked what would happen to the staff employed by the current provider. "
             "The Director of Public Health said that TUPE was likely to apply to eleven "
             "specialist advisers and that discussions with QuitWell had begun. Councillor "
             "Farrant asked whether free vapes would be offered to young people under "
             "eighteen; Dr Sato replied that vape starter kits would only be offered to "
             "adult smokers as part of a supported quit attempt, and that youth vaping "
             "would be addressed through the schools programme. Councillor Bhatt queried "
             "whether the grant would continue beyond 2025/26 and was advised that the "
             "Government had indicated that it would continue until 2028/29, although "
             "allocations were confirmed one year at a time."),
    ("line", "RESOLVED – That"),
    ("para", "(1) the proposed model for stop smoking and vaping support from 1 October "
             "2025 be endorsed; and"),
    ("para", "(2) the Committee’s comments be forwarded to the Cabinet Member for Adult "
             "Social Care and Health before a decision is taken."),

    ("head", "52. ADULT SOCIAL CARE BUDGET MONITORING 2024/25 – QUARTER 3"),
    ("para", "Lorna Fitch, Assistant Director – Finance (People Directorate), presented the "
             "report, which forecast an overspend of £3.9 million on the adult social care "
             "budget at the end of quarter 3, mainly because of the cost of residential "
             "placements for older people and increased demand for care packages after "
             "hospital discharge."),
    ("para", "In response to a question from Councillor Cullimore about the use of "
             "reserves, Ms Fitch said that the overspend would be met from the social care "
             "risk reserve this year but that this could not be repeated in 2025/26. "
             "Councillor Iqbal asked how much of the overspend was caused by the rise in "
             "employer national insurance contributions paid by care providers. The "
             "Assistant Director said that the increase would take effect from April 2025 "
             "and was not reflected in this year’s figures, although providers had already "
             "asked for fee uplifts of up to 9 per cent for 2025/26."),
    ("line", "RESOLVED – That the forecast adult social care outturn position at quarter"),
    ("para", "3 be noted."),

    ("head", "53. WORK PROGRAMME 2024/25 AND 2025/26"),
    ("para", "The Committee considered its work programme. Councillor Pennington requested "
             "that the review of day opportunities and the Healthwatch Harnford annual "
             "report be added to the programme for 2025/26. Councillor Dewhurst asked "
             "whether the joint meeting with Castlebridge Council on the stroke services "
             "consultation had been arranged; the Democratic Services Officer said that a "
             "date in late April was being sought with the chair of the Castlebridge "
             "committee."),
    ("line", "RESOLVED – That the work programme be agreed, subject to the addition of"),
    ("para", "the items requested by Members."),

    ("head", "54. DATE OF NEXT MEETING"),
    ("para", "The next meeting of the Committee will be held on Tuesday, 25 March 2025 at "
             "6.00 pm in the Council Chamber."),
    ("line", "The meeting ended at 8.17 pm"),
    ("line", "CHAIR"),
]

TXT_WIDTHS = [64, 67, 61, 69, 63, 66, 60, 68, 65, 62, 67, 63]
TXT_LINES_PER_PAGE = 46


def _wrap_pdfcopy(text, state):
    """Greedy wrap with a varying line width (proportional font) and hyphenated breaks."""
    words = hyphenate(text).split(" ")
    lines, cur = [], ""
    while words:
        w = words.pop(0)
        width = TXT_WIDTHS[state["n"] % len(TXT_WIDTHS)]
        plain = w.replace(SH, "")
        cand = plain if not cur else cur + " " + plain
        if len(cand) <= width:
            cur = cand
            continue
        # try a hyphenated break inside w
        parts = w.split(SH)
        done = False
        if len(parts) > 1:
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                c2 = head if not cur else cur + " " + head
                if len(c2) <= width:
                    lines.append(c2)
                    state["n"] += 1
                    cur = ""
                    words.insert(0, SH.join(parts[k:]))
                    done = True
                    break
        if done:
            continue
        lines.append(cur)
        state["n"] += 1
        cur = plain
    if cur:
        lines.append(cur)
        state["n"] += 1
    return lines


def build_txt():
    state = {"n": 0}
    body = []
    for kind, text in TXT_BLOCKS:
        if kind == "line":
            body.append(text)
            state["n"] += 1
        elif kind == "head":
            words, cur = text.split(" "), ""
            for w in words:
                if cur and len(cur) + 1 + len(w) > 70:
                    body.append(cur)
                    state["n"] += 1
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            body.append(cur)
            state["n"] += 1
        else:
            body.extend(_wrap_pdfcopy(text, state))
    n = TXT_LINES_PER_PAGE
    pages = [body[i:i + n] for i in range(0, len(body), n)]
    total = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out.append("Adult Social Care and Health Scrutiny Committee")
            out.append("18 February 2025")
        out.extend(pg)
        out.append("Chair’s initials ………………")
        out.append(f"Page {i} of {total}")
    text = "\n".join(out) + "\n"
    assert "\n\n" not in text
    (DOCS / TXT_NAME).write_text(text, encoding="utf-8")
    return text


TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Committee",
    "meeting_date": "2025-02-18",
    "items": [
        {"number": "45", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "46", "title": "DECLARATIONS OF INTEREST"},
        {"number": "47", "title": "MINUTES"},
        {"number": "48", "title": "PUBLIC QUESTIONS"},
        {"number": "49", "title": "HOME CARE RECOMMISSIONING – OUTCOME OF TENDER AND MOBILISATION PLAN"},
        {"number": "50", "title": "HARNFORD AND DISTRICT NHS FOUNDATION TRUST – CQC INSPECTION REPORT AND IMPROVEMENT PLAN"},
        {"number": "51", "title": "STOP SMOKING AND VAPING SUPPORT SERVICE – PROPOSED MODEL FROM OCTOBER 2025"},
        {"number": "52", "title": "ADULT SOCIAL CARE BUDGET MONITORING 2024/25 – QUARTER 3"},
        {"number": "53", "title": "WORK PROGRAMME 2024/25 AND 2025/26"},
        {"number": "54", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "48", "kind": "question",
         "text": "asked whether the Council would guarantee that the Brookfield Day Centre would remain",
         "asked_by": "Mr D Hollis",
         "answer": "no decision had been taken on the future of any day centre",
         "given_by": "Councillor Greaves",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "48", "kind": "question",
         "text": "asked a supplementary question about when that consultation would begin",
         "asked_by": "Mr Hollis",
         "answer": "expected to start in May 2025 and would run for twelve weeks",
         "given_by": "the Cabinet Member",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "49", "kind": "question",
         "text": "asked how many people currently receiving care would have to change provider",
         "asked_by": "Councillor Bhatt",
         "answer": "every one of them had been written to and would receive a visit",
         "given_by": "Mr Pryce",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "49", "kind": "concern",
         "text": "three of the four lead providers were national private companies",
         "asked_by": "Councillor Farrant",
         "answer": "the in-house service was being retained and would grow by twelve posts",
         "given_by": "The Director of Adult Social Services",
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "49", "kind": "question",
         "text": "sought clarification on whether care workers transferring under TUPE",
         "asked_by": "Councillor Iqbal",
         "answer": "all lead providers were contractually required to pay at least the Real Living Wage",
         "given_by": "Mr Pryce",
         "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "49", "kind": "question",
         "text": "Healthwatch had received complaints from families about missed and late calls",
         "asked_by": "Mrs Ashdown",
         "answer": "penalties applied where more than two per cent of calls were missed",
         "given_by": "the Head of Commissioning",
         "themes": ["adult-social-care", "subcontracting", "patient-and-public-input"]},
        {"item": "49", "kind": "comment",
         "text": "commented that the Committee should see performance data for the first quarter",
         "asked_by": "Councillor Cullimore",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting", "governance"]},
        {"item": "50", "kind": "question",
         "text": "asked why the maternity service had been rated as requires improvement",
         "asked_by": "Councillor Pennington",
         "answer": "each action now had a named executive lead",
         "given_by": "Ms Kettering",
         "themes": ["governance"]},
        {"item": "50", "kind": "concern",
         "text": "midwife vacancies and the use of agency staff on the labour ward",
         "asked_by": "Councillor Dewhurst",
         "answer": "the vacancy rate for midwives had fallen from 14 per cent",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "50", "kind": "question",
         "text": "whether patients waiting on trolleys in corridors of the emergency department",
         "asked_by": "Councillor Lomax",
         "answer": "corridor care was recorded as a patient safety incident on every occasion",
         "given_by": "Mr Lindqvist",
         "themes": ["governance"]},
        {"item": "50", "kind": "request",
         "text": "share the results of its next maternity patient survey with the Committee",
         "asked_by": "Councillor Okafor",
         "answer": "agreed to circulate the results once they had been published",
         "given_by": "Ms Kettering",
         "themes": ["patient-and-public-input"]},
        {"item": "51", "kind": "question",
         "text": "asked what would happen to the staff employed by the current provider",
         "asked_by": "Councillor Hegarty",
         "answer": "TUPE was likely to apply to eleven specialist advisers",
         "given_by": "The Director of Public Health",
         "themes": ["public-health", "workforce", "privatisation", "subcontracting"]},
        {"item": "51", "kind": "question",
         "text": "asked whether free vapes would be offered to young people under eighteen",
         "asked_by": "Councillor Farrant",
         "answer": "vape starter kits would only be offered to adult smokers",
         "given_by": "Dr Sato",
         "themes": ["public-health", "children-and-families"]},
        {"item": "51", "kind": "question",
         "text": "queried whether the grant would continue beyond 2025/26",
         "asked_by": "Councillor Bhatt",
         "answer": "allocations were confirmed one year at a time",
         "given_by": None,
         "themes": ["public-health", "finance"]},
        {"item": "52", "kind": "question",
         "text": "In response to a question from Councillor Cullimore about the use of reserves",
         "asked_by": "Councillor Cullimore",
         "answer": "met from the social care risk reserve this year",
         "given_by": "Ms Fitch",
         "themes": ["adult-social-care", "finance"]},
        {"item": "52", "kind": "question",
         "text": "how much of the overspend was caused by the rise in employer national insurance",
         "asked_by": "Councillor Iqbal",
         "answer": "providers had already asked for fee uplifts of up to 9 per cent",
         "given_by": "The Assistant Director",
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "53", "kind": "request",
         "text": "requested that the review of day opportunities and the Healthwatch Harnford",
         "asked_by": "Councillor Pennington",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "53", "kind": "question",
         "text": "whether the joint meeting with Castlebridge Council on the stroke services",
         "asked_by": "Councillor Dewhurst",
         "answer": "a date in late April was being sought",
         "given_by": "the Democratic Services Officer",
         "themes": ["patient-and-public-input", "governance"]},
    ],
    "resolutions": [
        {"item": "47", "text": "confirmed as a correct record and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "49", "text": "indicators for each lead provider on the Council’s website every quarter",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "governance"]},
        {"item": "50", "text": "the Trust’s improvement plan be noted",
         "outcome": "noted", "themes": ["governance"]},
        {"item": "51", "text": "vaping support from 1 October 2025 be endorsed",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "52", "text": "the forecast adult social care outturn position at quarter",
         "outcome": "noted", "themes": ["adult-social-care", "finance"]},
        {"item": "53", "text": "the work programme be agreed, subject to the addition of",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "J Okafor", "role": "Chair", "attendance": "present"},
        {"name": "R Pennington", "role": "Vice-Chair", "attendance": "present"},
        {"name": "A Bhatt", "role": None, "attendance": "present"},
        {"name": "S Cullimore", "role": None, "attendance": "present"},
        {"name": "L Dewhurst", "role": None, "attendance": "present"},
        {"name": "M Farrant", "role": None, "attendance": "present"},
        {"name": "T Hegarty", "role": None, "attendance": "present"},
        {"name": "P Iqbal", "role": None, "attendance": "present"},
        {"name": "K Lomax", "role": "Substitute", "attendance": "present"},
        {"name": "Mrs V Ashdown", "role": "Co-opted Member (non-voting), Healthwatch Harnford", "attendance": "present"},
        {"name": "F Greaves", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Catherine Adeyemi", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Dr Naoko Sato", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Gareth Pryce", "role": "Head of Commissioning – Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Lorna Fitch", "role": "Assistant Director – Finance (People Directorate)", "attendance": "in_attendance"},
        {"name": "Emma Rowntree", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Julia Kettering", "role": "Chief Nurse and Deputy Chief Executive, Harnford and District NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Owen Lindqvist", "role": "Director of Quality Governance, Harnford and District NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "D Norcott", "role": None, "attendance": "apologies"},
        {"name": "H Whitlow", "role": None, "attendance": "apologies"},
    ],
}


# ======================================================================================
# 2. County committee PDF with a Schedule of Decisions
# ======================================================================================
PDF2_NAME = "x-eastfold-health-care-select-committee-minutes-2025-06-12.pdf"

PDF2_ATTENDANCE = [
    ("PRESENT:", "County Councillor Mrs Pauline Harcourt (Chairman)"),
    ("", "County Councillors David Olawale (Vice-Chairman), Tunde Abara, Gillian Brindle, "
         "Helen Carvell, Dr Louise Fenwick, Nisha Kapoor and William Yelland"),
    ("", "County Councillor Roger Pilbeam (substitute for County Councillor Anne Moseley)"),
    ("CO-OPTED:", "District council members (non-voting): Councillor Martin Rusk "
         "(Kingsmere Borough Council) and Councillor Jane Ainsworth (Fell Valley District "
         "Council)"),
    ("ALSO PRESENT:", "County Councillor Keith Dunmore (Cabinet Member for Health and "
         "Care); Rachel Okonjo (Executive Director of Adults, Health and Commissioning); "
         "Andrew Keel (Director of Commissioning and Procurement); Dr Priya Raman (Director "
         "of Public Health); Simon Bracewell (Chief Operating Officer, Eastfold and Harrow "
         "Vale Integrated Care Board); Moira Temple (Director of Mental Health Services, "
         "Eastfold Partnership NHS Foundation Trust)"),
    ("APOLOGIES:", "County Councillors Anne Moseley and Peter Quinlan"),
]

# (number, title, [paragraphs])  – paragraphs starting with "~" are italic notes
PDF2_ITEMS = [
    ("41/2025", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from County Councillors Anne Moseley and "
        "Peter Quinlan. County Councillor Roger Pilbeam attended as a substitute for "
        "County Councillor Moseley.",
    ]),
    ("42/2025", "Disclosures of Interests", [
        "Dr Fenwick declared a personal interest in Minutes 45/2025 and 47/2025 as a "
        "general practitioner at a practice in Kingsmere. Mr Yelland declared a personal "
        "interest in Minute 48/2025 as a trustee of Eastfold Carers’ Trust, which worked "
        "with Healthwatch Eastfold on a number of projects. Neither interest was "
        "considered to be prejudicial and both Members remained for the items concerned.",
    ]),
    ("43/2025", "Minutes of the Meeting held on 10 April 2025", [
        "The minutes of the meeting held on 10 April 2025 were submitted.",
        "~(The Committee’s decision is recorded in the Schedule of Decisions.)",
    ]),
    ("44/2025", "Chairman’s Announcements", [
        "The Chairman welcomed Mrs Kapoor to her first meeting of the Committee following "
        "her appointment by the County Council on 20 May 2025, and placed on record the "
        "Committee’s thanks to former County Councillor Brian Tewkesbury for his eight "
        "years of service as a member of the Committee.",
    ]),
    ("45/2025", "Non-Emergency Patient Transport Service – Contract Performance", [
        "The Committee received a report of the Eastfold and Harrow Vale Integrated Care "
        "Board (ICB) on the performance of the non-emergency patient transport service, "
        "which had been provided by SwiftMed Ambulance Services Ltd under a five-year "
        "contract since October 2022. Simon Bracewell, Chief Operating Officer, presented "
        "the report and explained that the ICB had issued a performance notice in January "
        "2025 after the provider had failed to meet the target for patients collected "
        "within 60 minutes of being ready for discharge in eight consecutive months.",
        "Members raised a number of concerns. Mrs Brindle referred to a constituent with "
        "kidney disease who had waited more than four hours for transport home after "
        "dialysis on three occasions, and asked what penalties had been applied to the "
        "provider. Mr Bracewell said that service credits of £186,000 had been deducted "
        "in 2024/25 and that the provider had submitted a remedial action plan, which was "
        "being monitored fortnightly by the ICB. Mr Olawale questioned whether the "
        "decision to outsource the service to a private operator had delivered the "
        "savings promised in 2022; the Chief Operating Officer accepted that the expected "
        "savings had only partly been achieved, because demand had been higher than "
        "forecast, and said that all options, including transferring the service to the "
        "ambulance trust, would be considered when the contract was reviewed. Ms Carvell "
        "asked how patients could complain about the service and was told that "
        "complaints went to the provider in the first instance, but that the ICB’s "
        "patient experience team reviewed every complaint received.",
        "Dr Fenwick sought clarification on the eligibility criteria, noting that "
        "patients who had previously qualified for transport were now being told to use "
        "taxis and reclaim the cost. Mr Bracewell explained that the national eligibility "
        "criteria had been applied more consistently since 2023 and that patients on low "
        "incomes could claim their travel costs through the Healthcare Travel Costs "
        "Scheme. Councillor Rusk commented that staff turnover at the provider’s "
        "Kingsmere depot was high and that its drivers were paid less than those doing "
        "similar work for the ambulance trust.",
        "~(The Committee’s decisions are recorded in the Schedule of Decisions.)",
    ]),
    ("46/2025", "Community Equipment Service – Procurement of a New Contract", [
        "Andrew Keel, Director of Commissioning and Procurement, introduced a report on "
        "the proposed procurement of a new community equipment service contract, jointly "
        "commissioned by the County Council and the ICB through a pooled budget of £9.6 "
        "million a year. The current contract with Medaid Logistics Ltd would end on 31 "
        "March 2026. The report proposed an open procedure under the Procurement Act 2023 "
        "with a contract term of eight years.",
        "Mr Yelland asked why an eight-year term was proposed when the current contract "
        "had been for five years, and whether this would limit the Council’s ability to "
        "change provider if performance was poor. Mr Keel said that the longer term was "
        "intended to attract investment in a new warehouse and recycling facility, and "
        "that the contract would include break clauses at years three and five. Mrs "
        "Kapoor questioned the proposed evaluation weighting and asked whether social "
        "value would be taken into account. The Director confirmed that social value "
        "would make up 10 per cent of the quality score, including commitments on local "
        "employment and electric delivery vehicles. Mr Pilbeam asked whether the Council "
        "had considered delivering the service itself; the Executive Director of Adults, "
        "Health and Commissioning replied that an in-house option had been appraised but "
        "would require capital investment of around £4 million which was not available.",
    ]),
    ("47/2025", "Mental Health Inpatient Beds and Out of Area Placements", [
        "Moira Temple, Director of Mental Health Services, Eastfold Partnership NHS "
        "Foundation Trust, gave a presentation on the demand for adult acute mental "
        "health beds. In 2024/25 an average of 23 patients a day had been placed in beds "
        "outside Eastfold, most of them in independent sector hospitals, at a cost of "
        "£11.2 million.",
        "Ms Carvell asked how far patients placed out of area had to travel and what "
        "support was given to families who wished to visit them. Ms Temple said that the "
        "furthest placement in the last year had been in Sunderland, more than 250 miles "
        "away, and that the Trust paid reasonable travel costs for close relatives. Dr "
        "Fenwick raised concerns about patients being discharged from out of area "
        "placements without notice to their GP or community mental health team. Ms "
        "Temple acknowledged that this had happened and said that a discharge "
        "coordinator had been appointed in March 2025 to track every patient placed out "
        "of area. The Chairman asked whether the money spent on private beds could be "
        "used to open more beds locally. In response, the Director said that a business "
        "case for a 16-bed ward at the Lindenfield site was being prepared with the ICB, "
        "but that recruiting the nurses to staff it would be the main challenge. Mr "
        "Abara requested that the Committee carry out more detailed work on out of area "
        "placements, and this was supported by Members.",
    ]),
    ("48/2025", "Healthwatch Eastfold – Proposed Contract Extension", [
        "The Director of Commissioning and Procurement presented a report proposing that "
        "the Healthwatch Eastfold contract, held by Eastfold Community Voice CIC, be "
        "extended for two years from 1 October 2025 at its current value of £268,000 a "
        "year. The Government had announced in March 2025 that local Healthwatch "
        "functions would be reviewed as part of wider changes to patient voice "
        "arrangements.",
        "Mrs Kapoor asked whether the extension would be at risk if national legislation "
        "abolished local Healthwatch. Mr Keel explained that the extension would include "
        "a clause allowing either party to end the contract on six months’ notice if the "
        "statutory duty changed. Mr Olawale commented that it would be premature to agree "
        "an extension before the outcome of the national review was known. He moved that "
        "consideration of the item be deferred, and this was seconded by Ms Carvell.",
        "~(The Committee’s decision is recorded in the Schedule of Decisions.)",
    ]),
    ("49/2025", "Forward Work Programme 2025/26", [
        "The Committee reviewed its forward work programme for 2025/26. Dr Fenwick "
        "requested that an item on access to NHS dentistry in rural areas be added, "
        "noting that no dental practice in the Fell Valley district was accepting new "
        "adult NHS patients.",
    ]),
    ("50/2025", "Date of Next Meeting", [
        "The next meeting of the Committee will be held on Thursday 11 September 2025 at "
        "10.00 am at County Hall, Kingsmere.",
    ]),
]

PDF2_SCHEDULE = [
    ("43/2025", "RESOLVED that the minutes of the meeting held on 10 April 2025 be "
                "confirmed as a correct record and signed by the Chairman."),
    ("45/2025", "RESOLVED that the report on the performance of the non-emergency patient "
                "transport contract be noted."),
    ("45/2025", "RECOMMENDED to the Integrated Care Board that monthly journey performance "
                "data for the patient transport contract be published, and that patient "
                "feedback be included in the contract review due in January 2026."),
    ("46/2025", "RESOLVED that the proposed procurement approach for the community "
                "equipment service, including an evaluation weighting of 60 per cent "
                "quality and 40 per cent price, be endorsed."),
    ("47/2025", "RESOLVED that a task group of five Members be established to examine out "
                "of area mental health placements and report to the Committee by December "
                "2025, and that the Chairman and Vice-Chairman agree its terms of "
                "reference."),
    ("48/2025", "DEFERRED – consideration of the proposed extension of the Healthwatch "
                "Eastfold contract to be deferred to the meeting on 11 September 2025, "
                "pending the outcome of the national review of patient voice arrangements."),
    ("49/2025", "RESOLVED that the forward work programme for 2025/26 be approved, subject "
                "to the addition of an item on access to NHS dentistry in rural areas."),
]


class CountyPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "EASTFOLD COUNTY COUNCIL", new_x="LMARGIN", new_y="TOP")
        self.cell(0, 4, "Health and Care Select Committee – 12 June 2025", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Serif", "", 8.5)
        self.cell(0, 4, "Chairman’s initials ……………", new_x="LMARGIN", new_y="TOP")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def _pdf_fixed(pdf, when):
    pdf.set_creation_date(when)
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creator("Microsoft® Word for Microsoft 365")


def build_pdf2():
    pdf = CountyPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 24)
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.set_title("Minutes - Health and Care Select Committee - 12 June 2025")
    pdf.set_author("Democratic Services")
    _pdf_fixed(pdf, dt.datetime(2025, 6, 19, 9, 41, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 7, "EASTFOLD COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 7, "HEALTH AND CARE SELECT COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5, "MINUTES of a meeting of the Health and Care Select Committee held "
                   "at County Hall, Kingsmere on Thursday 12 June 2025 at 10.00 am",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, text in PDF2_ATTENDANCE:
        y = pdf.get_y()
        if label:
            pdf.set_font("Serif", "B", 10)
            pdf.multi_cell(36, 5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(pdf.l_margin + 37, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_y(y2 + 1.5)
    pdf.ln(3)
    for number, title, paras in PDF2_ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(0, 5.5, f"Minute {number} – {title}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for p in paras:
            if p.startswith("~"):
                pdf.set_font("Serif", "I", 9.5)
                pdf.multi_cell(0, 5, p[1:], align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Serif", "", 10)
                pdf.multi_cell(0, 5, hyphenate(p), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        pdf.ln(2)
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5, "The meeting closed at 12.47 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 5, "SCHEDULE OF DECISIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5, "In accordance with Standing Order 34, the decisions taken at this "
                   "meeting are recorded below. Each decision relates to the minute shown "
                   "in the first column.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(22, 144), text_align=("LEFT", "LEFT"), line_height=5,
                   v_align="TOP",
                   padding=1.8, headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   repeat_headings=1) as table:
        row = table.row()
        row.cell("Minute")
        row.cell("Decision")
        for num, text in PDF2_SCHEDULE:
            row = table.row()
            row.cell(num)
            row.cell(text)
    pdf.ln(14)
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5, "Chairman ……………………………………        Date ……………………", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / PDF2_NAME))


PDF2_GOLD = {
    "document": PDF2_NAME,
    "doc_type": "minutes",
    "committee": "Health and Care Select Committee",
    "meeting_date": "2025-06-12",
    "items": [{"number": n, "title": t} for n, t, _ in PDF2_ITEMS],
    "questions": [
        {"item": "45/2025", "kind": "question",
         "text": "asked what penalties had been applied to the provider",
         "asked_by": "Mrs Brindle",
         "answer": "service credits of £186,000 had been deducted in 2024/25",
         "given_by": "Mr Bracewell",
         "themes": ["subcontracting", "finance"]},
        {"item": "45/2025", "kind": "question",
         "text": "questioned whether the decision to outsource the service to a private operator",
         "asked_by": "Mr Olawale",
         "answer": "the expected savings had only partly been achieved",
         "given_by": "the Chief Operating Officer",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "45/2025", "kind": "question",
         "text": "asked how patients could complain about the service",
         "asked_by": "Ms Carvell",
         "answer": "patient experience team reviewed every complaint received",
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "45/2025", "kind": "question",
         "text": "sought clarification on the eligibility criteria",
         "asked_by": "Dr Fenwick",
         "answer": "patients on low incomes could claim their travel costs",
         "given_by": "Mr Bracewell",
         "themes": []},
        {"item": "45/2025", "kind": "comment",
         "text": "staff turnover at the provider’s Kingsmere depot was high",
         "asked_by": "Councillor Rusk",
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "subcontracting"]},
        {"item": "46/2025", "kind": "question",
         "text": "asked why an eight-year term was proposed",
         "asked_by": "Mr Yelland",
         "answer": "the contract would include break clauses at years three and five",
         "given_by": "Mr Keel",
         "themes": ["subcontracting"]},
        {"item": "46/2025", "kind": "question",
         "text": "questioned the proposed evaluation weighting and asked whether social value",
         "asked_by": "Mrs Kapoor",
         "answer": "social value would make up 10 per cent of the quality score",
         "given_by": "The Director",
         "themes": ["subcontracting"]},
        {"item": "46/2025", "kind": "question",
         "text": "asked whether the Council had considered delivering the service itself",
         "asked_by": "Mr Pilbeam",
         "answer": "an in-house option had been appraised but would require capital investment",
         "given_by": "the Executive Director of Adults, Health and Commissioning",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "47/2025", "kind": "question",
         "text": "asked how far patients placed out of area had to travel",
         "asked_by": "Ms Carvell",
         "answer": "the Trust paid reasonable travel costs for close relatives",
         "given_by": "Ms Temple",
         "themes": ["mental-health"]},
        {"item": "47/2025", "kind": "concern",
         "text": "raised concerns about patients being discharged from out of area placements",
         "asked_by": "Dr Fenwick",
         "answer": "a discharge coordinator had been appointed in March 2025",
         "given_by": "Ms Temple",
         "themes": ["mental-health", "primary-care"]},
        {"item": "47/2025", "kind": "question",
         "text": "whether the money spent on private beds could be used to open more beds",
         "asked_by": "The Chairman",
         "answer": "a business case for a 16-bed ward at the Lindenfield site",
         "given_by": "the Director",
         "themes": ["mental-health", "privatisation", "finance", "workforce"]},
        {"item": "47/2025", "kind": "request",
         "text": "requested that the Committee carry out more detailed work on out of area",
         "asked_by": "Mr Abara",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "governance"]},
        {"item": "48/2025", "kind": "question",
         "text": "asked whether the extension would be at risk if national legislation",
         "asked_by": "Mrs Kapoor",
         "answer": "a clause allowing either party to end the contract on six months",
         "given_by": "Mr Keel",
         "themes": ["patient-and-public-input", "subcontracting", "governance"]},
        {"item": "48/2025", "kind": "comment",
         "text": "it would be premature to agree an extension before the outcome",
         "asked_by": "Mr Olawale",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "49/2025", "kind": "request",
         "text": "requested that an item on access to NHS dentistry in rural areas be added",
         "asked_by": "Dr Fenwick",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "43/2025", "text": "be confirmed as a correct record and signed by the Chairman",
         "outcome": "agreed", "themes": []},
        {"item": "45/2025", "text": "the performance of the non-emergency patient transport contract be noted",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "45/2025", "text": "monthly journey performance data for the patient transport contract be published",
         "outcome": "recommended", "themes": ["subcontracting", "patient-and-public-input"]},
        {"item": "46/2025", "text": "the proposed procurement approach for the community equipment service",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "47/2025", "text": "a task group of five Members be established to examine out of area",
         "outcome": "agreed", "themes": ["mental-health", "governance"]},
        {"item": "48/2025", "text": "consideration of the proposed extension of the Healthwatch Eastfold contract",
         "outcome": "deferred", "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "49/2025", "text": "the forward work programme for 2025/26 be approved",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Mrs Pauline Harcourt", "role": "Chairman", "attendance": "present"},
        {"name": "David Olawale", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Tunde Abara", "role": None, "attendance": "present"},
        {"name": "Gillian Brindle", "role": None, "attendance": "present"},
        {"name": "Helen Carvell", "role": None, "attendance": "present"},
        {"name": "Dr Louise Fenwick", "role": None, "attendance": "present"},
        {"name": "Nisha Kapoor", "role": None, "attendance": "present"},
        {"name": "William Yelland", "role": None, "attendance": "present"},
        {"name": "Roger Pilbeam", "role": "substitute for County Councillor Anne Moseley", "attendance": "present"},
        {"name": "Martin Rusk", "role": "Kingsmere Borough Council", "attendance": "present"},
        {"name": "Jane Ainsworth", "role": "Fell Valley District Council", "attendance": "present"},
        {"name": "Keith Dunmore", "role": "Cabinet Member for Health and Care", "attendance": "in_attendance"},
        {"name": "Rachel Okonjo", "role": "Executive Director of Adults, Health and Commissioning", "attendance": "in_attendance"},
        {"name": "Andrew Keel", "role": "Director of Commissioning and Procurement", "attendance": "in_attendance"},
        {"name": "Dr Priya Raman", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Simon Bracewell", "role": "Chief Operating Officer, Eastfold and Harrow Vale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Moira Temple", "role": "Director of Mental Health Services, Eastfold Partnership NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Anne Moseley", "role": None, "attendance": "apologies"},
        {"name": "Peter Quinlan", "role": None, "attendance": "apologies"},
    ],
}


# ======================================================================================
# 3. Joint HOSC minutes in Word with a Question | Response table per item
# ======================================================================================
DOCX_NAME = "x-kingsreach-saltley-jhosc-minutes-2025-07-22.docx"

# Each item: number, title, list of elements.
#  ("p", text)                 plain paragraph
#  ("res", text)               resolution paragraph ("RESOLVED –" in bold)
#  ("qa", [ (asker, [qparas], answerer_or_None, [aparas]) ... ])
DOCX_ITEMS = [
    ("12", "Apologies for Absence and Substitute Members", [
        ("p", "Apologies were received from Cllr J Pike (Saltley County Council) and Cllr W "
              "Ibbotson (Kingsreach City Council). Cllr T Sandhu attended as substitute for "
              "Cllr Pike. No substitute had been nominated for Cllr Ibbotson."),
    ]),
    ("13", "Declarations of Interest", [
        ("p", "Cllr O’Dwyer declared a non-pecuniary interest in item 16 as her partner is "
              "employed as a radiographer at Saltley General Hospital. Cllr Patel declared "
              "that he is a public governor of Kingsreach Royal Infirmary NHS Foundation "
              "Trust. Both remained in the meeting."),
    ]),
    ("14", "Minutes of the Previous Meeting", [
        ("res", "That the minutes of the meeting held on 13 May 2025 be approved as a "
                "correct record and signed by the Chair."),
    ]),
    ("15", "Hyper-Acute Stroke Services – Outcome of Public Consultation", [
        ("p", "Dr Amir Haddad, Director of Strategy, Kingsreach and Saltley Integrated Care "
              "Board (ICB), presented the outcome of the twelve-week public consultation on "
              "proposals to centralise hyper-acute stroke care at Kingsreach Royal "
              "Infirmary, with the stroke unit at Saltley General Hospital becoming a "
              "stroke rehabilitation unit. A total of 2,214 responses had been received; 58 "
              "per cent of respondents living in the Saltley area opposed the proposals, "
              "mainly because of longer journeys for patients and visitors. Dr Fiona Lake, "
              "Chief Medical Officer, outlined the clinical case for change."),
        ("p", "The questions raised by Members and the responses given are set out below."),
        ("qa", [
            ("Cllr Moreno",
             ["Residents in the south of Saltley would face ambulance journeys of over 50 "
              "minutes. How can the ICB say the proposal is safe for them?"],
             "Director of Strategy, ICB",
             ["Clinical evidence showed that patients treated in a specialist hyper-acute "
              "unit had better outcomes even where the journey was longer. The ambulance "
              "service had modelled journey times and 94 per cent of the population would "
              "reach the unit within 45 minutes.",
              "The travel modelling would be published alongside the decision-making "
              "business case."]),
            ("Cllr Hughes",
             ["What weight will be given to the consultation responses from Saltley, when "
              "most respondents there opposed the change?"],
             "Director of Strategy, ICB",
             ["All responses had been analysed independently by Opinion Lab Research and "
              "would be considered by the ICB Board. The consultation was not a referendum, "
              "but concerns about family visiting had led to changes, including a new "
              "shuttle bus between the two hospitals."]),
            ("Cllr Fairweather",
             ["Expressed concern that the rehabilitation beds at Saltley General Hospital "
              "would be the next to close once the acute unit had moved.",
              "She asked for a commitment that the beds would remain for at least five "
              "years."],
             "Chief Medical Officer, ICB",
             ["There were no plans to reduce rehabilitation capacity; the number of "
              "rehabilitation beds at Saltley would increase from 14 to 20 under the "
              "proposals."]),
            ("Cllr Achebe",
             ["How will the ICB recruit the additional stroke consultants and specialist "
              "nurses needed at Kingsreach, given national shortages?"],
             "Chief Medical Officer, ICB",
             ["Eleven of the fourteen additional posts had already been filled by staff "
              "moving from Saltley, and the remaining posts would be advertised in "
              "September 2025."]),
        ]),
        ("res", "That (1) the outcome of the consultation be noted; and (2) the ICB Board "
                "be recommended to publish the travel time modelling and the equality "
                "impact assessment before taking its decision on 18 September 2025."),
    ]),
    ("16", "Saltley Community Diagnostic Centre – Independent Sector Contract", [
        ("p", "Dr Haddad reported that the Saltley Community Diagnostic Centre, which opened "
              "in January 2024, was operated by Vantis Diagnostics Ltd under a seven-year "
              "contract awarded by NHS England and transferred to the ICB in April 2024. "
              "The centre carried out around 6,000 MRI, CT and ultrasound scans a month and "
              "had reduced the waiting list for non-urgent MRI from 19 weeks to 5 weeks."),
        ("qa", [
            ("Cllr Linton",
             ["Why was a private company chosen to run the centre rather than the local NHS "
              "trust? Is the value of the contract published?"],
             "Director of Strategy, ICB",
             ["The procurement had been run nationally before the ICB took responsibility "
              "for the contract. The contract value of £74 million over seven years was "
              "published on Contracts Finder."]),
            ("Cllr O’Dwyer",
             ["Staff at the centre have told me that they are paid less than NHS colleagues "
              "doing the same job. Is that right?"],
             "Director of Strategy, ICB",
             ["Staff employed by the provider were on the provider’s own terms and "
              "conditions. The ICB would ask Vantis for a comparison with Agenda for Change "
              "pay bands and report back to the Committee."]),
            ("Cllr Sandhu",
             ["Requested that the Committee receive the results of the patient "
              "satisfaction survey for the centre."],
             "Director of Strategy, ICB",
             ["This was agreed. The most recent survey showed that 96 per cent of patients "
              "rated their experience as good or very good."]),
            ("Cllr Patel",
             ["If the centre performs well, will the ICB extend the contract without going "
              "back out to tender?"],
             None,
             ["To be answered in writing."]),
        ]),
        ("res", "That (1) the update on the Saltley Community Diagnostic Centre be noted; and "
                "(2) the Chair write to the ICB on behalf of the Committee seeking an "
                "assurance that the contract will not be extended without the Committee "
                "being consulted."),
    ]),
    ("17", "Ambulance Handover Delays and Winter Preparedness", [
        ("p", "Marcus Webb, Associate Director of Operations, Midshires Ambulance Service NHS "
              "Foundation Trust (MAS), reported that average handover times at Kingsreach "
              "Royal Infirmary had reached 52 minutes in January 2025, against the national "
              "standard of 15 minutes, and set out the joint winter plan agreed with the "
              "ICB and both acute trusts."),
        ("qa", [
            ("Cllr Hughes",
             ["How many hours were lost by crews waiting outside hospitals last winter, and "
              "what did that mean for response times in the community?"],
             "Associate Director of Operations, MAS",
             ["Around 19,400 crew hours were lost between December and February. The "
              "category 2 mean response time in Saltley rose to 58 minutes against a target "
              "of 30 minutes."]),
            ("Cllr Fairweather",
             ["Raised concern that older people who had fallen at home were being left on "
              "the floor for many hours before an ambulance arrived.",
              "She cited a resident of Hindlow who had waited nine hours."],
             "Associate Director of Operations, MAS",
             ["The Trust apologised for the delay experienced by the Hindlow resident and "
              "would look into the case if details were provided.",
              "A falls response service staffed by paramedics and social care "
              "technicians had been commissioned with Saltley County Council and would "
              "start in October 2025."]),
            ("Cllr Achebe",
             ["What is being done differently this winter to release ambulances from "
              "hospitals more quickly?"],
             "Director of Strategy, ICB",
             ["A release to respond protocol would apply at both hospitals from November, "
              "under which crews would be released after 45 minutes, and 40 additional "
              "virtual ward beds would be funded."]),
        ]),
        ("res", "That the ambulance handover and winter preparedness update be noted."),
    ]),
    ("18", "Access to General Practice", [
        ("p", "Hannah Osei, Head of Primary Care Commissioning, ICB, presented a report on "
              "access to general practice across the 71 practices in Kingsreach and "
              "Saltley. In May 2025, 84 per cent of appointments had taken place within two "
              "weeks of booking, and 43 per cent on the same day."),
        ("qa", [
            ("Cllr Linton",
             ["Residents still describe the 8am telephone scramble. What is the ICB doing to "
              "make it easier to book an appointment?"],
             "Head of Primary Care Commissioning, ICB",
             ["All practices had moved to cloud-based telephony with call-back, and 62 of "
              "the 71 practices offered online consultation requests throughout the day."]),
            ("Cllr Sandhu",
             ["How many practices have closed their lists to new patients, and which areas "
              "are affected?"],
             None,
             []),
            ("Cllr Moreno",
             ["Asked what part community pharmacies were playing under Pharmacy First, and "
              "whether their funding was adequate."],
             "Head of Primary Care Commissioning, ICB",
             ["Pharmacy First had handled 38,000 consultations in the last year. Funding was "
              "set nationally and the ICB had no power to increase it."]),
            ("Yvonne Marsh (Healthwatch Kingsreach)",
             ["Healthwatch has heard from homeless people who were refused registration at "
              "GP practices because they had no proof of address. Will the ICB remind "
              "practices of the rules?"],
             "Head of Primary Care Commissioning, ICB",
             ["A reminder had been issued to all practices in June 2025. Nobody needs a "
              "proof of address or identification to register with a GP."]),
        ]),
        ("res", "That the report on access to general practice be noted."),
    ]),
    ("19", "Work Programme 2025/26", [
        ("p", "The Scrutiny Officer presented the draft work programme."),
        ("agreed", "That the work programme for 2025/26 be approved, with a session added "
                   "on the proposed clustering of Kingsreach and Saltley ICB with "
                   "neighbouring ICBs."),
    ]),
    ("20", "Date of Next Meeting", [
        ("p", "The next meeting will be held on Tuesday 21 October 2025 at 2.00 pm at Saltley "
              "County Hall."),
    ]),
]


def _docx_fixed_zip(buf: bytes, when=(2025, 7, 29, 10, 15, 0)) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(buf))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def _page_field(paragraph):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    run2._r.append(it)
    run3 = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run3._r.append(e)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_docx():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Colin Pardew"
    cp.last_modified_by = "Colin Pardew"
    cp.title = "JHOSC minutes 22 July 2025"
    cp.created = dt.datetime(2025, 7, 28, 14, 2, 0)
    cp.modified = dt.datetime(2025, 7, 29, 10, 15, 0)
    cp.revision = 4
    cp.comments = ""
    hp = sec.header.paragraphs[0]
    hp.text = "Kingsreach and Saltley Joint Health Overview and Scrutiny Committee – 22 July 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _page_field(fp)

    def para(text="", bold=False, size=None, align=None, italic=False, space_after=6):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    para("KINGSREACH AND SALTLEY JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE", bold=True,
         size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Minutes of the meeting held on Tuesday 22 July 2025 at 2.00 pm in Committee Room "
         "2, Kingsreach Council House", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para("Present:", bold=True, space_after=2)
    para("Kingsreach City Council: Cllr S Patel (Chair), Cllr M Hughes, Cllr D Achebe, "
         "Cllr R Linton", space_after=2)
    para("Saltley County Council: Cllr G Moreno (Vice-Chair), Cllr B Fairweather, Cllr K "
         "O’Dwyer, Cllr T Sandhu (substitute for Cllr J Pike)", space_after=2)
    para("Co-opted member (non-voting): Yvonne Marsh, Healthwatch Kingsreach")
    para("Apologies:", bold=True, space_after=2)
    para("Cllr J Pike (Saltley County Council), Cllr W Ibbotson (Kingsreach City Council)")
    para("In attendance:", bold=True, space_after=2)
    for line in [
        "Dr Amir Haddad – Director of Strategy, Kingsreach and Saltley Integrated Care Board",
        "Dr Fiona Lake – Chief Medical Officer, Kingsreach and Saltley Integrated Care Board",
        "Hannah Osei – Head of Primary Care Commissioning, Kingsreach and Saltley Integrated "
        "Care Board",
        "Marcus Webb – Associate Director of Operations, Midshires Ambulance Service NHS "
        "Foundation Trust",
        "Colin Pardew – Scrutiny Officer, Kingsreach City Council",
    ]:
        para(line, space_after=1)
    para("")

    for number, title, elems in DOCX_ITEMS:
        p = d.add_paragraph()
        r = p.add_run(f"{number}.\t{title}")
        r.bold = True
        r.font.all_caps = True
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        for el in elems:
            kind = el[0]
            if kind == "p":
                para(el[1])
            elif kind in ("res", "agreed"):
                p = d.add_paragraph()
                r = p.add_run("RESOLVED – " if kind == "res" else "AGREED – ")
                r.bold = True
                p.add_run(el[1])
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.space_after = Pt(8)
            elif kind == "qa":
                t = d.add_table(rows=1, cols=2)
                t.style = "Table Grid"
                hdr = t.rows[0].cells
                for c, label in zip(hdr, ("Question", "Response")):
                    c.paragraphs[0].add_run(label).bold = True
                    _shade(c, "D9E2F3")
                for asker, qparas, answerer, aparas in el[1]:
                    cells = t.add_row().cells
                    qp = cells[0].paragraphs[0]
                    qp.add_run(asker + ":").bold = True
                    qp.add_run(" " + qparas[0])
                    for extra in qparas[1:]:
                        cells[0].add_paragraph(extra)
                    ap = cells[1].paragraphs[0]
                    if answerer:
                        ap.add_run(answerer + ":").bold = True
                        ap.add_run(" " + aparas[0])
                        for extra in aparas[1:]:
                            cells[1].add_paragraph(extra)
                    elif aparas:
                        ap.add_run(aparas[0]).italic = True
                for row in t.rows:
                    row.cells[0].width = Cm(7.6)
                    row.cells[1].width = Cm(9.0)
                para("", space_after=4)
    para("The meeting closed at 4.38 pm.")
    para("Chair ………………………………")
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / DOCX_NAME).write_bytes(_docx_fixed_zip(buf.getvalue()))


DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Kingsreach and Saltley Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-07-22",
    "items": [{"number": n, "title": t} for n, t, _ in DOCX_ITEMS],
    "questions": [
        {"item": "15", "kind": "question",
         "text": "How can the ICB say the proposal is safe for them",
         "asked_by": "Cllr Moreno",
         "answer": "94 per cent of the population would reach the unit within 45 minutes",
         "given_by": "Director of Strategy, ICB",
         "themes": []},
        {"item": "15", "kind": "question",
         "text": "What weight will be given to the consultation responses from Saltley",
         "asked_by": "Cllr Hughes",
         "answer": "All responses had been analysed independently by Opinion Lab Research",
         "given_by": "Director of Strategy, ICB",
         "themes": ["patient-and-public-input"]},
        {"item": "15", "kind": "concern",
         "text": "rehabilitation beds at Saltley General Hospital would be the next to close",
         "asked_by": "Cllr Fairweather",
         "answer": "the number of rehabilitation beds at Saltley would increase from 14 to 20",
         "given_by": "Chief Medical Officer, ICB",
         "themes": []},
        {"item": "15", "kind": "question",
         "text": "How will the ICB recruit the additional stroke consultants and specialist nurses",
         "asked_by": "Cllr Achebe",
         "answer": "Eleven of the fourteen additional posts had already been filled",
         "given_by": "Chief Medical Officer, ICB",
         "themes": ["workforce"]},
        {"item": "16", "kind": "question",
         "text": "Why was a private company chosen to run the centre",
         "asked_by": "Cllr Linton",
         "answer": "The contract value of £74 million over seven years was published",
         "given_by": "Director of Strategy, ICB",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "16", "kind": "question",
         "text": "they are paid less than NHS colleagues doing the same job",
         "asked_by": "Cllr O’Dwyer",
         "answer": "Staff employed by the provider were on the provider’s own terms and conditions",
         "given_by": "Director of Strategy, ICB",
         "themes": ["workforce", "privatisation"]},
        {"item": "16", "kind": "request",
         "text": "receive the results of the patient satisfaction survey for the centre",
         "asked_by": "Cllr Sandhu",
         "answer": "96 per cent of patients rated their experience as good or very good",
         "given_by": "Director of Strategy, ICB",
         "themes": ["patient-and-public-input"]},
        {"item": "16", "kind": "question",
         "text": "will the ICB extend the contract without going back out to tender",
         "asked_by": "Cllr Patel",
         "answer": None,
         "given_by": None,
         "themes": ["subcontracting"]},
        {"item": "17", "kind": "question",
         "text": "How many hours were lost by crews waiting outside hospitals last winter",
         "asked_by": "Cllr Hughes",
         "answer": "Around 19,400 crew hours were lost between December and February",
         "given_by": "Associate Director of Operations, MAS",
         "themes": []},
        {"item": "17", "kind": "concern",
         "text": "older people who had fallen at home were being left on the floor",
         "asked_by": "Cllr Fairweather",
         "answer": "A falls response service staffed by paramedics and social care technicians",
         "given_by": "Associate Director of Operations, MAS",
         "themes": ["adult-social-care", "integration"]},
        {"item": "17", "kind": "question",
         "text": "What is being done differently this winter to release ambulances",
         "asked_by": "Cllr Achebe",
         "answer": "crews would be released after 45 minutes",
         "given_by": "Director of Strategy, ICB",
         "themes": []},
        {"item": "18", "kind": "question",
         "text": "What is the ICB doing to make it easier to book an appointment",
         "asked_by": "Cllr Linton",
         "answer": "All practices had moved to cloud-based telephony with call-back",
         "given_by": "Head of Primary Care Commissioning, ICB",
         "themes": ["primary-care"]},
        {"item": "18", "kind": "question",
         "text": "How many practices have closed their lists to new patients",
         "asked_by": "Cllr Sandhu",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "18", "kind": "question",
         "text": "Asked what part community pharmacies were playing under Pharmacy First",
         "asked_by": "Cllr Moreno",
         "answer": "Funding was set nationally and the ICB had no power to increase it",
         "given_by": "Head of Primary Care Commissioning, ICB",
         "themes": ["primary-care", "finance"]},
        {"item": "18", "kind": "question",
         "text": "homeless people who were refused registration at GP practices",
         "asked_by": "Yvonne Marsh (Healthwatch Kingsreach)",
         "answer": "A reminder had been issued to all practices in June 2025",
         "given_by": "Head of Primary Care Commissioning, ICB",
         "themes": ["primary-care", "housing", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "14", "text": "the minutes of the meeting held on 13 May 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "15", "text": "be recommended to publish the travel time modelling and the equality",
         "outcome": "recommended", "themes": ["governance"]},
        {"item": "16", "text": "the update on the Saltley Community Diagnostic Centre be noted",
         "outcome": "agreed", "themes": ["subcontracting", "governance"]},
        {"item": "17", "text": "the ambulance handover and winter preparedness update be noted",
         "outcome": "noted", "themes": []},
        {"item": "18", "text": "the report on access to general practice be noted",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "19", "text": "the work programme for 2025/26 be approved, with a session added",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "S Patel", "role": "Chair", "attendance": "present"},
        {"name": "M Hughes", "role": None, "attendance": "present"},
        {"name": "D Achebe", "role": None, "attendance": "present"},
        {"name": "R Linton", "role": None, "attendance": "present"},
        {"name": "G Moreno", "role": "Vice-Chair", "attendance": "present"},
        {"name": "B Fairweather", "role": None, "attendance": "present"},
        {"name": "K O’Dwyer", "role": None, "attendance": "present"},
        {"name": "T Sandhu", "role": "substitute for Cllr J Pike", "attendance": "present"},
        {"name": "Yvonne Marsh", "role": "Co-opted member (non-voting), Healthwatch Kingsreach", "attendance": "present"},
        {"name": "J Pike", "role": None, "attendance": "apologies"},
        {"name": "W Ibbotson", "role": None, "attendance": "apologies"},
        {"name": "Dr Amir Haddad", "role": "Director of Strategy, Kingsreach and Saltley Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr Fiona Lake", "role": "Chief Medical Officer, Kingsreach and Saltley Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Hannah Osei", "role": "Head of Primary Care Commissioning, Kingsreach and Saltley Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Marcus Webb", "role": "Associate Director of Operations, Midshires Ambulance Service NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Colin Pardew", "role": "Scrutiny Officer, Kingsreach City Council", "attendance": "in_attendance"},
    ],
}


# ======================================================================================
# 4. Not minutes: a health scrutiny committee's annual report (PDF)
# ======================================================================================
REPORT_NAME = "x-brackenmoor-health-scrutiny-annual-report-2024-25.pdf"

REPORT_TOPICS = [
    ("11 June 2024", "Urgent and emergency care at Brackenmoor Royal Hospital",
     "• Why are patients still being cared for in corridors?\n"
     "• How many ambulance hours were lost to handover delays?\n"
     "• What will be different this winter?",
     "Noted. The Committee recommended that the Trust publish corridor care figures "
     "monthly; the Trust agreed to do so from October 2024."),
    ("16 July 2024", "Recommissioning of community nursing and therapy services",
     "• Will services stay with the NHS community trust or go out to tender?\n"
     "• What will happen to staff if a new provider is appointed?",
     "The ICB decided not to tender and to extend the existing NHS contract for three "
     "years, reflecting the Committee’s view."),
    ("24 September 2024", "Children and young people’s mental health (CAMHS)",
     "• Why do young people wait over a year for a neurodevelopmental assessment?\n"
     "• How are schools supported while children wait?",
     "Recommendations to the ICB on waiting-list support and school link workers; a "
     "joint action plan was received in January 2025."),
    ("19 November 2024", "Adult social care charging policy consultation",
     "• How many people will pay more under the new policy?\n"
     "• Were disabled people’s organisations involved in the consultation?",
     "The Committee recommended to Cabinet that the increase be phased over two years. "
     "Cabinet accepted this recommendation on 10 December 2024."),
    ("21 January 2025", "Public health budget and the drug and alcohol treatment contract",
     "• Is the public health grant keeping pace with costs?\n"
     "• How is the new treatment provider performing against its targets?",
     "Noted; a further report on treatment outcomes is due in September 2025."),
    ("18 March 2025", "Dental access and the NHS dental recovery plan",
     "• How many practices are taking on new NHS adult patients?\n"
     "• What has happened to the new patient premium funding?",
     "A letter was sent to the Secretary of State and to the ICB setting out the "
     "Committee’s concerns."),
]

REPORT_MEMBERS = [
    ("Cllr Sarah Whitcombe (Chair)", "6 of 6"),
    ("Cllr Peter Ngata (Vice-Chair)", "6 of 6"),
    ("Cllr Anita Desai", "5 of 6"),
    ("Cllr Robert Hale", "4 of 6"),
    ("Cllr Imogen Carr", "6 of 6"),
    ("Cllr Yusuf Rahman", "3 of 6"),
    ("Cllr Eleanor Pike", "5 of 6"),
    ("Healthwatch Brackenmoor (co-optee)", "6 of 6"),
]


class ReportPDF(FPDF):
    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Health and Wellbeing Scrutiny Committee – Annual Report 2024/25",
                  new_x="LMARGIN", new_y="TOP")
        self.cell(0, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def build_report():
    pdf = ReportPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_title("Health and Wellbeing Scrutiny Committee Annual Report 2024/25")
    pdf.set_author("Brackenmoor Borough Council")
    _pdf_fixed(pdf, dt.datetime(2025, 6, 30, 11, 5, 0, tzinfo=dt.timezone.utc))
    teal = (0, 104, 112)

    # cover
    pdf.add_page()
    pdf.set_fill_color(*teal)
    pdf.rect(0, 0, pdf.w, 110, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 40)
    pdf.set_font("Sans", "B", 24)
    pdf.multi_cell(0, 11, "Health and Wellbeing\nScrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 16)
    pdf.multi_cell(0, 9, "Annual Report 2024/25", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 125)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(0, 6, "Brackenmoor Borough Council\nReport to Full Council, 17 July 2025",
                   new_x="LMARGIN", new_y="NEXT")

    def h(text):
        pdf.ln(3)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*teal)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def p(text):
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    def quote(text, who):
        pdf.ln(1)
        x = pdf.get_x()
        y = pdf.get_y()
        pdf.set_fill_color(230, 242, 243)
        pdf.set_font("Sans", "I", 10.5)
        pdf.set_x(x + 8)
        pdf.multi_cell(pdf.w - 56, 5.6, "“" + text + "”", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "B", 9)
        pdf.set_x(x + 8)
        pdf.multi_cell(pdf.w - 56, 5, "– " + who, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*teal)
        pdf.set_line_width(0.8)
        pdf.line(x + 4, y, x + 4, pdf.get_y())
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(3)

    pdf.add_page()
    h("Contents")
    p("1. Chair’s foreword\n2. About the Committee\n3. Our year in numbers\n4. Topics "
      "scrutinised in 2024/25\n5. Membership and attendance\n6. Looking ahead to 2025/26")
    h("1. Chair’s foreword")
    p("I am pleased to present the Health and Wellbeing Scrutiny Committee’s annual report "
      "for 2024/25. It has been a demanding year for health and care in Brackenmoor. "
      "Pressure on the Royal Hospital’s emergency department continued through the winter, "
      "families of children waiting for mental health support told us how hard the wait "
      "had been, and the Council consulted on changes to what people pay for their care.")
    p("Our job is to ask the questions that residents would ask, and to make sure that the "
      "answers lead to change. This year the Committee made fourteen recommendations to "
      "the Cabinet, the Integrated Care Board and the Hospital Trust; eleven have been "
      "accepted in full and two in part. I want to thank the members of the Committee, "
      "Healthwatch Brackenmoor, our NHS partners and the officers who support us.")
    quote("When residents told us that people were spending whole nights on trolleys in "
          "corridors, we made sure the Trust came back and showed us the figures every "
          "month. That is what scrutiny is for.",
          "Councillor Sarah Whitcombe, Chair")
    p("Councillor Sarah Whitcombe\nChair, Health and Wellbeing Scrutiny Committee")
    h("2. About the Committee")
    p("The Committee exercises the Council’s statutory health scrutiny powers, reviewing "
      "any matter relating to the planning, provision and operation of the health service "
      "in Brackenmoor. It also scrutinises adult social care and public health. The "
      "Committee met six times in 2024/25 and held one informal briefing on winter "
      "planning. Its meetings are open to the public and are webcast.")
    h("3. Our year in numbers")
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(40, 130), text_align=("CENTER", "LEFT"), line_height=6,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=teal)) as t:
        r = t.row(); r.cell("Number"); r.cell("")
        for a, b in [("6", "formal meetings held"), ("19", "reports and presentations considered"),
                     ("14", "recommendations made"), ("11", "recommendations accepted in full"),
                     ("42", "public questions and statements received")]:
            r = t.row(); r.cell(a); r.cell(b)
    pdf.ln(4)
    pdf.add_page()
    h("4. Topics scrutinised in 2024/25")
    p("The table below summarises the main items the Committee considered, the key "
      "questions Members asked and what happened as a result. Full minutes of each meeting "
      "are available on the Council’s website.")
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(col_widths=(24, 38, 58, 50), text_align="LEFT", line_height=4.4,
                   padding=1.5, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=teal)) as t:
        r = t.row()
        for c in ("Meeting", "Topic", "Key questions asked", "Outcome / recommendations"):
            r.cell(c)
        for row in REPORT_TOPICS:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    quote("The consultation on care charges was a real test. We listened to carers and to "
          "disabled people’s groups, and the Cabinet agreed to phase the increase. I think "
          "that made a difference to hundreds of families.",
          "Councillor Peter Ngata, Vice-Chair")
    quote("We asked the ICB the same question at three meetings: why do children wait more "
          "than a year for an assessment? We will keep asking until the wait comes down.",
          "Councillor Imogen Carr")
    h("5. Membership and attendance")
    p("Attendance at the six formal meetings held between June 2024 and March 2025 is shown "
      "below. Substitutes attended on four occasions.")
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(110, 60), text_align=("LEFT", "CENTER"), line_height=5.5,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=teal)) as t:
        r = t.row(); r.cell("Member"); r.cell("Meetings attended")
        for a, b in REPORT_MEMBERS:
            r = t.row(); r.cell(a); r.cell(b)
    pdf.ln(4)
    h("6. Looking ahead to 2025/26")
    p("The Committee’s draft work programme for 2025/26 includes the ICB’s plans to "
      "cluster with neighbouring ICBs, the future of Healthwatch following the national "
      "review of patient voice arrangements, the re-procurement of the home care framework, "
      "and a task group on health inequalities in the east of the borough. Residents who "
      "would like to suggest a topic can contact the scrutiny team at "
      "scrutiny@brackenmoor.gov.example or on 01632 960 471.")
    pdf.output(str(DOCS / REPORT_NAME))


REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ======================================================================================
# Build, write gold, check
# ======================================================================================
ALL_GOLD = [TXT_GOLD, PDF2_GOLD, DOCX_GOLD, REPORT_GOLD]


def write_gold():
    for g in ALL_GOLD:
        (GOLD / (g["document"] + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def norm(s):
    s = s.replace(SH, "").lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def source_texts(path):
    """The text a reader of the file gets, per extraction route."""
    if path.suffix == ".txt":
        return {"text": path.read_text(encoding="utf-8")}
    if path.suffix == ".pdf":
        import pdfplumber
        import pypdf
        with pdfplumber.open(str(path)) as pdfp:
            t1 = "\n".join(pg.extract_text() or "" for pg in pdfp.pages)
        t2 = "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages)
        return {"pdfplumber": t1, "pypdf": t2}
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        out = []
        for el in d.element.body.iterchildren():
            if el.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
            elif el.tag == qn("w:tbl"):
                for tr in el.iter(qn("w:tr")):
                    for tc in tr.iter(qn("w:tc")):
                        for p in tc.iter(qn("w:p")):
                            out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
        return {"docx": "\n".join(out)}
    raise ValueError(path)


def check():
    import yaml
    themes = {k for k in yaml.safe_load(THEMES_YML.read_text()) if k != "ignore_names"}
    kinds = {"question", "concern", "request", "comment"}
    outcomes = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
    atts = {"present", "apologies", "in_attendance", "absent"}
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    for g in ALL_GOLD:
        path = DOCS / g["document"]
        gp = GOLD / (g["document"] + ".json")
        if not path.exists() or not gp.exists():
            fail(f"missing {path.name} or its gold")
            continue
        if json.loads(gp.read_text(encoding="utf-8")) != g:
            fail(f"gold file out of date: {gp.name}")
        texts = {k: norm(v) for k, v in source_texts(path).items()}
        for k, v in texts.items():
            if len(v) < 500:
                fail(f"{path.name}: little text via {k}")
        if g["doc_type"] != "minutes":
            print(f"{path.name}: doc_type={g['doc_type']} (no rows expected)")
            continue
        nums = [i["number"] for i in g["items"]]
        for i in g["items"]:
            for k, v in texts.items():
                if norm(i["title"]) not in v:
                    fail(f"{path.name}: item title not found via {k}: {i['title']}")
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["item"], q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["item"], q["answer"]))
            if q["kind"] not in kinds:
                fail(f"bad kind {q['kind']}")
            if q["item"] not in nums:
                fail(f"{path.name}: question item {q['item']} not an item")
            for t in q["themes"]:
                if t not in themes:
                    fail(f"bad theme {t}")
        for r in g["resolutions"]:
            phrases.append(("resolution", r["item"], r["text"]))
            if r["outcome"] not in outcomes:
                fail(f"bad outcome {r['outcome']}")
            if r["item"] not in nums:
                fail(f"{path.name}: resolution item {r['item']} not an item")
            for t in r["themes"]:
                if t not in themes:
                    fail(f"bad theme {t}")
        for a in g["attendees"]:
            if a["attendance"] not in atts:
                fail(f"bad attendance {a}")
            surname = a["name"].split()[-1]
            for k, v in texts.items():
                if norm(surname) not in v:
                    fail(f"{path.name}: attendee {a['name']} not found via {k}")
        for kind, item, ph in phrases:
            nw = len(norm(ph).split())
            if not 6 <= nw <= 15:
                fail(f"{path.name}: {kind} phrase has {nw} words: {ph!r}")
            for k, v in texts.items():
                c = v.count(norm(ph))
                if c != 1:
                    fail(f"{path.name}: {kind} phrase found {c}x via {k}: {ph!r}")
        print(f"{path.name}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_txt()
    build_pdf2()
    build_docx()
    build_report()
    write_gold()
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
