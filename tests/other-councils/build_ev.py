#!/usr/bin/env python3
"""Build the "ev-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ev.py           build documents/ev-* and gold/ev-*.json
        build_ev.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"


# --------------------------------------------------------------------------- grid tables
def grid(header, rows, widths):
    def border(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def render(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        n = max(len(x) for x in wrapped)
        out = []
        for i in range(n):
            parts = []
            for col, w in zip(wrapped, widths):
                t = col[i] if i < len(col) else ""
                parts.append(" " + t.ljust(w) + " ")
            out.append("|" + "|".join(parts) + "|")
        return out

    lines = [border("-")]
    lines += render(header)
    lines.append(border("="))
    for r in rows:
        lines += render(r)
        lines.append(border("-"))
    return "\n".join(lines)


def degrid(text):
    """Re-assemble grid tables: each cell's wrapped lines joined, cells on their own lines."""
    out, block = [], []
    def flush():
        if not block:
            return
        cells = None
        for ln in block:
            if ln.startswith("+"):
                if cells:
                    out.extend(" ".join(c).strip() for c in cells)
                    out.append("")
                cells = None
                continue
            parts = ln.strip().strip("|").split("|")
            if cells is None:
                cells = [[] for _ in parts]
            for i, p in enumerate(parts):
                cells[i].append(p.strip())
        if cells:
            out.extend(" ".join(c).strip() for c in cells)
        block.clear()
    for ln in text.split("\n"):
        if ln.startswith("+") or (ln.startswith("|") and block):
            block.append(ln)
        else:
            flush()
            out.append(ln)
    flush()
    return "\n".join(out)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


# --------------------------------------------------------------------------- document 1
M_NAME = "ev-ravensmoor-health-adult-social-care-scrutiny-2025-03-11.txt"
COMMITTEE = "Health and Adult Social Care Scrutiny Committee"
QH = ["Question", "Asked by", "Answer"]
QW = [36, 14, 42]


def minutes_text():
    att = grid(
        ["Name", "Role", "Attendance"],
        [
            ["Councillor Margaret Oyelaran", "Chair", "Present"],
            ["Councillor Dafydd Prentice", "Vice-Chair", "Present"],
            ["Councillor Harpreet Bassi", "Member", "Present"],
            ["Councillor Lorna Whitcombe", "Member (substitute for Councillor G. Fenwick)", "Present"],
            ["Councillor Stuart Mallory", "Member", "Present (remote, non-voting)"],
            ["Councillor Gareth Fenwick", "Member", "Apologies"],
            ["Councillor Yvonne Achterberg", "Member", "Absent"],
            ["Ms Celia Rowntree", "Co-opted member, Healthwatch Ravensmoor", "Present"],
            ["Councillor Ifeoma Grant", "Cabinet Member for Adult Social Care and Public Health", "In attendance"],
            ["Alison Tremayne", "Director of Adult Social Care and Health Partnerships", "In attendance"],
            ["Peter Nkemelu", "Assistant Director, Commissioning, Market Shaping and Quality Assurance", "In attendance"],
            ["Dr Rosalind Achebe", "Director of Public Health", "In attendance"],
            ["Karen Lightbody", "Chief People Officer, Ravensmoor Hospitals NHS Foundation Trust", "In attendance"],
            ["Tomasz Wierzbicki", "Democratic Services and Scrutiny Officer (minutes)", "In attendance"],
        ],
        [30, 34, 16],
    )

    q4 = grid(QH, [
        ["Asked how many home care hours a week were now bought from the independent sector and whether any in-house capacity remained.",
         "Cllr Bassi",
         "The Assistant Director said that all 41,200 weekly hours were bought from 23 external providers; the in-house service had closed in 2016 and there were no plans to reopen it."],
        ["Expressed concern that moving to four lead providers on zones would squeeze out small local agencies employing local carers.",
         "Cllr Prentice",
         "Officers replied that smaller agencies could join as sub-contractors under a lead provider, and social value questions carried 15 per cent of the evaluation."],
        ["Asked whether the proposed hourly rate of £24.10 would let providers pay care workers the Real Living Wage.",
         "Ms Rowntree",
         "The Director confirmed the rate had been modelled on the Real Living Wage plus mileage, and providers would have to evidence pay rates at contract monitoring visits."],
        ["Requested that the Committee see the outcome of the provider and service user engagement events before the tender was issued.",
         "Cllr Whitcombe",
         "-"],
    ], QW)

    q5 = grid(QH, [
        ["Questioned why agency nursing spend had risen to £18.6 million against a planned ceiling of £11 million.",
         "Cllr Oyelaran",
         "The Chief People Officer explained that winter escalation beds had opened for eleven weeks longer than planned and had been staffed almost entirely by agency nurses."],
        ["Asked how many of the 212 registered nurse vacancies were in the emergency department and frail elderly wards.",
         "Cllr Mallory",
         "Ms Lightbody said 64 vacancies were in those areas; 38 internationally recruited nurses would start by June, which would halve the gap."],
        ["Raised concern that staff on the new bank contract would lose enhanced pay for weekend shifts.",
         "Cllr Bassi",
         "The Trust said enhancements were unchanged for existing bank staff and the union side had agreed the terms through the joint negotiating committee."],
    ], QW)

    q6 = grid(QH, [
        ["Asked why the stop smoking service was being brought back in-house rather than retendered to the current provider.",
         "Cllr Prentice",
         "The Director of Public Health said the current contractor had met only 61 per cent of its four-week quit target and the market had produced a single compliant bid in 2022."],
        ["Sought assurance that pharmacies would still be able to offer quit support and nicotine replacement in every ward.",
         "Ms Rowntree",
         "Dr Achebe confirmed that 31 community pharmacies would keep their agreements and would be paid per quit rather than per client seen."],
        ["Asked what the in-house model would cost compared with the present contract value.",
         "Cllr Whitcombe",
         "Officers said the in-house budget was £742,000 a year against £790,000 under the contract, with TUPE transfer of nine advisers included."],
    ], QW)

    q7 = grid(QH, [
        ["Commented that the consultation survey had been online only and had reached very few carers aged over seventy-five.",
         "Cllr Mallory",
         "The Cabinet Member accepted the point and said paper copies and drop-in sessions at the three carers' centres would run until 30 April."],
        ["Asked whether respite breaks for carers would be protected from the savings in next year's budget.",
         "Cllr Oyelaran",
         "The Director said the carers' breaks budget of £1.3 million was ring-fenced for 2025/26 but could not give an assurance beyond that year."],
    ], QW)

    return f"""---
title: "{COMMITTEE} – Minutes"
council: Ravensmoor Borough Council
date: 11 March 2025
---

# Ravensmoor Borough Council

## {COMMITTEE}

Minutes of the meeting held on **Tuesday 11 March 2025** at 6.30 pm in the Elgar Room,
Civic Centre, Ravensmoor.

### Attendance

{att}

## 1. Apologies for absence and substitutions

Apologies were received from Councillor Fenwick, for whom Councillor Whitcombe attended as
substitute. Councillor Mallory joined remotely and was reminded that he could not vote.

## 2. Declarations of interest

- Councillor Bassi declared a personal interest in item 4 as a relative is employed by a home
  care agency in the borough.
- Ms Rowntree declared that Healthwatch Ravensmoor receives a grant from the Council.

## 3. Minutes of the previous meeting

**Resolved:** That the minutes of the meeting held on 28 January 2025 be confirmed as a
correct record and signed by the Chair.

## 4. Recommissioning of home care services

The Assistant Director, Commissioning, Market Shaping and Quality Assurance introduced the
report, which set out proposals to replace the current framework of 23 providers with four
zoned lead providers from April 2026. He explained the timetable, the market engagement so
far and the proposed evaluation weighting of 60 per cent quality and 40 per cent price.

{q4}

Councillor Bassi took no part in the vote on this item.

**Resolved:** That (1) the Committee notes the proposed home care commissioning model;
(2) a report on the findings of the provider and service user engagement events be brought
to the June meeting before the tender is published.

## 5. Ravensmoor Hospitals NHS Foundation Trust – workforce and agency spend

Karen Lightbody presented the Trust's workforce update covering vacancies, agency and bank
spend, sickness absence and the international recruitment programme.

{q5}

**Resolved:** That the workforce update be noted.

## 6. Stop smoking service – future delivery model

The Director of Public Health introduced the report. The contract with the current provider
ends on 30 September 2025 and the report proposed that the service be delivered in-house by
the Council's public health team from 1 October 2025.

{q6}

**Resolved:** That Cabinet be recommended to approve in-house delivery of the stop smoking
service from 1 October 2025, subject to quarterly quit-rate reports to this Committee.

## 7. Carers' Strategy 2025–2030 – consultation

The Cabinet Member for Adult Social Care and Public Health gave a short update on the draft
Carers' Strategy, which is out for public consultation until 30 April 2025.

{q7}

**Resolved:** That the Committee's comments be submitted as its formal response to the
Carers' Strategy consultation.

## 8. Work programme 2025/26

The Democratic Services and Scrutiny Officer presented the draft work programme. Members
asked that a joint session with the Integrated Care Board on hospital discharge be added
for September.

**Resolved:** That the work programme be agreed with the addition of a joint session on
hospital discharge in September 2025.

The meeting closed at 8.52 pm.

Chair: ............................................ Date: ......................
"""


def q(item, kind, text, by, ans, giver, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": giver, "themes": themes}


def minutes_gold():
    return {
        "document": M_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-03-11",
        "items": [
            {"number": "1", "title": "Apologies for absence and substitutions"},
            {"number": "2", "title": "Declarations of interest"},
            {"number": "3", "title": "Minutes of the previous meeting"},
            {"number": "4", "title": "Recommissioning of home care services"},
            {"number": "5", "title": "Ravensmoor Hospitals NHS Foundation Trust – workforce and agency spend"},
            {"number": "6", "title": "Stop smoking service – future delivery model"},
            {"number": "7", "title": "Carers' Strategy 2025–2030 – consultation"},
            {"number": "8", "title": "Work programme 2025/26"},
        ],
        "questions": [
            q("4", "question", "home care hours a week were now bought from the independent sector",
              "Cllr Bassi", "all 41,200 weekly hours were bought from 23 external providers",
              "The Assistant Director", ["subcontracting", "privatisation", "adult-social-care"]),
            q("4", "concern", "moving to four lead providers on zones would squeeze out small local agencies",
              "Cllr Prentice", "smaller agencies could join as sub-contractors under a lead provider",
              "Officers", ["subcontracting", "adult-social-care"]),
            q("4", "question", "proposed hourly rate of £24.10 would let providers pay care workers",
              "Ms Rowntree", "the rate had been modelled on the Real Living Wage plus mileage",
              "The Director", ["finance", "workforce", "adult-social-care"]),
            q("4", "request", "outcome of the provider and service user engagement events before the tender was issued",
              "Cllr Whitcombe", None, None,
              ["patient-and-public-input", "subcontracting", "adult-social-care"]),
            q("5", "question", "why agency nursing spend had risen to £18.6 million",
              "Cllr Oyelaran", "winter escalation beds had opened for eleven weeks longer than planned",
              "The Chief People Officer", ["workforce", "finance"]),
            q("5", "question", "212 registered nurse vacancies were in the emergency department",
              "Cllr Mallory", "38 internationally recruited nurses would start by June",
              "Ms Lightbody", ["workforce"]),
            q("5", "concern", "staff on the new bank contract would lose enhanced pay for weekend shifts",
              "Cllr Bassi", "enhancements were unchanged for existing bank staff",
              "The Trust", ["workforce"]),
            q("6", "question", "why the stop smoking service was being brought back in-house",
              "Cllr Prentice", "the current contractor had met only 61 per cent of its four-week quit target",
              "The Director of Public Health",
              ["privatisation", "subcontracting", "public-health"]),
            q("6", "request", "pharmacies would still be able to offer quit support and nicotine replacement",
              "Ms Rowntree", "31 community pharmacies would keep their agreements and would be paid per quit",
              "Dr Achebe", ["primary-care", "public-health", "subcontracting"]),
            q("6", "question", "what the in-house model would cost compared with the present contract value",
              "Cllr Whitcombe", "the in-house budget was £742,000 a year against £790,000 under the contract",
              "Officers", ["finance", "privatisation", "subcontracting", "public-health"]),
            q("7", "comment", "the consultation survey had been online only and had reached very few carers",
              "Cllr Mallory", "paper copies and drop-in sessions at the three carers' centres",
              "The Cabinet Member", ["patient-and-public-input", "adult-social-care"]),
            q("7", "question", "respite breaks for carers would be protected from the savings",
              "Cllr Oyelaran", "the carers' breaks budget of £1.3 million was ring-fenced for 2025/26",
              "The Director", ["finance", "adult-social-care"]),
            q("8", "request", "a joint session with the Integrated Care Board on hospital discharge be added",
              None, None, None, ["integration", "adult-social-care"]),
        ],
        "resolutions": [
            {"item": "3", "text": "minutes of the meeting held on 28 January 2025 be confirmed",
             "outcome": "agreed", "themes": []},
            {"item": "4", "text": "the Committee notes the proposed home care commissioning model",
             "outcome": "agreed", "themes": ["subcontracting", "adult-social-care", "patient-and-public-input"]},
            {"item": "5", "text": "That the workforce update be noted", "outcome": "noted",
             "themes": ["workforce"]},
            {"item": "6", "text": "Cabinet be recommended to approve in-house delivery of the stop smoking service",
             "outcome": "recommended", "themes": ["privatisation", "public-health"]},
            {"item": "7", "text": "comments be submitted as its formal response to the Carers' Strategy consultation",
             "outcome": "agreed", "themes": ["patient-and-public-input", "adult-social-care"]},
            {"item": "8", "text": "the work programme be agreed with the addition of a joint session",
             "outcome": "agreed", "themes": ["governance", "integration"]},
        ],
        "attendees": [
            {"name": "Councillor Margaret Oyelaran", "role": "Chair", "attendance": "present"},
            {"name": "Councillor Dafydd Prentice", "role": "Vice-Chair", "attendance": "present"},
            {"name": "Councillor Harpreet Bassi", "role": "Member", "attendance": "present"},
            {"name": "Councillor Lorna Whitcombe", "role": "Member (substitute for Councillor G. Fenwick)", "attendance": "present"},
            {"name": "Councillor Stuart Mallory", "role": "Member", "attendance": "present"},
            {"name": "Councillor Gareth Fenwick", "role": "Member", "attendance": "apologies"},
            {"name": "Councillor Yvonne Achterberg", "role": "Member", "attendance": "absent"},
            {"name": "Ms Celia Rowntree", "role": "Co-opted member, Healthwatch Ravensmoor", "attendance": "present"},
            {"name": "Councillor Ifeoma Grant", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
            {"name": "Alison Tremayne", "role": "Director of Adult Social Care and Health Partnerships", "attendance": "in_attendance"},
            {"name": "Peter Nkemelu", "role": "Assistant Director, Commissioning, Market Shaping and Quality Assurance", "attendance": "in_attendance"},
            {"name": "Dr Rosalind Achebe", "role": "Director of Public Health", "attendance": "in_attendance"},
            {"name": "Karen Lightbody", "role": "Chief People Officer, Ravensmoor Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
            {"name": "Tomasz Wierzbicki", "role": "Democratic Services and Scrutiny Officer (minutes)", "attendance": "in_attendance"},
        ],
    }


# --------------------------------------------------------------------------- document 2
R_NAME = "ev-ravensmoor-dph-annual-report-2024-key-statistics.txt"


def report_text():
    IH = ["Indicator", "Ravensmoor", "England", "Trend"]
    IW = [38, 12, 10, 22]
    t1 = grid(IH, [
        ["Life expectancy at birth – males (2021–23)", "77.9 years", "79.1 years", "Worse than England; gap widening since 2018"],
        ["Life expectancy at birth – females (2021–23)", "81.6 years", "83.1 years", "Worse than England; no significant change"],
        ["Gap in male life expectancy between most and least deprived deciles", "9.8 years", "9.7 years", "Similar to England"],
    ], IW)
    t2 = grid(IH, [
        ["Smoking prevalence in adults (18+), Annual Population Survey 2023", "14.2%", "11.9%", "Falling, but slower than England"],
        ["Smoking status at time of delivery", "10.4%", "7.4%", "Highest in the region"],
        ["Four-week smoking quitters per 100,000 smokers", "1,612", "1,814", "Fell after 2022 contract change"],
        ["Adults classified as overweight or obese (2022/23)", "68.1%", "64.0%", "Rising"],
        ["Admission episodes for alcohol-specific conditions per 100,000", "712", "612", "Rising for three years"],
    ], IW)
    t3 = grid(IH, [
        ["Population vaccination coverage – MMR for two doses (5 years)", "86.3%", "83.9%", "Below the 95% goal"],
        ["Flu vaccination uptake – aged 65 and over (2023/24)", "79.8%", "77.8%", "Stable"],
        ["Cervical screening coverage – aged 25 to 49", "66.0%", "65.8%", "Declining since 2019"],
        ["Children in Year 6 living with obesity", "25.1%", "22.7%", "Worse than England"],
    ], IW)
    return f"""# Ravensmoor Borough Council

## Annual Report of the Director of Public Health 2024 – key statistics

*Dr Rosalind Achebe, Director of Public Health. Published January 2025.*

This companion to the Director of Public Health's annual report sets out the indicators
behind each chapter. Figures are taken from the Office for Health Improvement and
Disparities Fingertips tool; "Trend" is the direction over the last five data points.

### 1. Life expectancy and health inequalities

{t1}

### 2. Behaviours: smoking, weight and alcohol

{t2}

Notes:

- Smoking at time of delivery is recorded by the maternity service at Ravensmoor
  Hospitals NHS Foundation Trust.
- The stop smoking service will be delivered by the Council from October 2025.

### 3. Protection: immunisation and screening

{t3}

### About these figures

Where a cell shows "Worse than England" the difference is statistically significant at
the 95% level. Full definitions are in the technical appendix on the Council's website.
"""


def report_gold():
    return {
        "document": R_NAME,
        "doc_type": "report",
        "themes": ["public-health", "children-and-families"],
    }


# --------------------------------------------------------------------------- main
DOCSET = [(M_NAME, minutes_text, minutes_gold), (R_NAME, report_text, report_gold)]


def phrases(g):
    for x in g.get("questions", []):
        yield "question", x["text"]
        if x.get("answer"):
            yield "answer", x["answer"]
    for x in g.get("resolutions", []):
        yield "resolution", x["text"]


def check():
    ok = True
    for name, _, _ in DOCSET:
        src = (DOCS / name).read_text(encoding="utf-8")
        text = norm(degrid(src))
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        for kind, p in phrases(g):
            n_words = len(p.split())
            cnt = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", text))
            if cnt != 1 or not (6 <= n_words <= 15):
                ok = False
                print(f"FAIL {name} {kind} count={cnt} words={n_words}: {p}")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, tf, gf in DOCSET:
        (DOCS / name).write_text(tf(), encoding="utf-8")
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gf(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    sys.exit(0 if check() else 1)
