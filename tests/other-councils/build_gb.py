#!/usr/bin/env python3
"""Build the "gb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gb.py           build documents/gb-* and gold/gb-*.json
        build_gb.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MIN_NAME = "gb-marlstone-overview-and-scrutiny-2025-10-14.txt"
PREP_NAME = "gb-marlstone-chair-prep-note-oct-2025.txt"

MINUTES = """---
title: "Overview and Scrutiny Committee – minutes – 14 October 2025"
date: 2025-10-14
committee: Overview and Scrutiny Committee
council: Marlstone District Council
venue: Council Chamber, Wharf Street Offices, Marlstone
status: approved-for-publication
tags:
  - meeting/minutes
  - scrutiny/osc
  - health/primary-care
  - housing/temporary-accommodation
  - contracts/leisure
attendees:
  - "[[Cllr Helen Ashworth]] (Chair)"
  - "[[Cllr Tom Brindley]] (Vice-Chair)"
  - "[[Cllr Priya Shah]]"
  - "[[Cllr Gareth Lowe]]"
  - "[[Cllr Sandra Okafor]]"
  - "[[Cllr Neil Pemberton]] (substitute for Cllr Ruth Carey)"
  - "[[Cllr Jo Varley]]"
apologies:
  - "[[Cllr Ruth Carey]]"
  - "[[Cllr Dev Malik]]"
officers:
  - "[[Karen Whitfield]] – Director of Communities, Housing and Wellbeing"
  - "[[Simon Fairclough]] – Head of Housing Options and Homelessness Prevention"
  - "[[Leanne Cho]] – Strategic Commercial and Procurement Manager"
  - "[[Martin Easby]] – Democratic Services Officer (minutes)"
---

# Overview and Scrutiny Committee – 14 October 2025

Back to: [[OSC meetings index]] | Previous: [[OSC 2025-09-09 minutes]] | Next: [[OSC 2025-11-18 agenda]]

Meeting opened 6.30 pm, closed 9.05 pm. Recorded on the council's webcast.

**Also in attendance:** [[Dr Amrit Sehgal]] (Clinical Director, Marlstone Place, Mid Vale Integrated Care Board), [[Fiona Drummond]] (Head of Primary Care Commissioning, Mid Vale ICB) and [[Cllr Bernard Hollis]] (Cabinet Member for Housing and Communities).

## 1. Apologies for absence and substitutions

Apologies were received from [[Cllr Ruth Carey]] and [[Cllr Dev Malik]]. [[Cllr Neil Pemberton]] attended as substitute for Cllr Carey.

## 2. Declarations of interest

[[Cllr Sandra Okafor]] declared a non-pecuniary interest in item 4 as she is employed as a practice nurse at a surgery outside the district. She remained in the meeting.

## 3. Minutes of the previous meeting

> [!decision] RESOLVED that the minutes of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chair.

## 4. Access to GP services in Marlstone – ICB place update

[[Dr Amrit Sehgal]] introduced the [[Marlstone primary care access update Oct 2025]], which set out appointment numbers across the eleven practices in the district, the move to the modern general practice access model and the opening of the new Canal Quarter branch surgery in the spring.

> [!question] Cllr Priya Shah: Why were residents in Eastfield still unable to get through on the phone at 8am when the report said call waiting times had halved?
> [!answer] Head of Primary Care Commissioning: the halving was an average across all practices; two Eastfield practices had only moved to cloud telephony in August and their figures would be reported separately next time.

> [!question] Cllr Gareth Lowe: What was the ICB doing about the number of GP partners retiring before a replacement had been recruited?
> [!answer] Clinical Director: six salaried GPs had been recruited through the additional roles scheme and the fellowship programme, but two practices remained reliant on locum cover.

[[Cllr Jo Varley]] expressed concern that patients without smartphones were being pushed towards online consultation forms and asked whether anyone had tested the forms with older residents. Dr Sehgal said that the Patient Participation Group at Hillcrest Surgery had tested the forms and that every practice must still offer a telephone and walk-in route.

> [!question] Cllr Tom Brindley: Could the committee see the practice-by-practice figures rather than a district average?
> [!answer] Head of Primary Care Commissioning: the ICB would publish practice level data for Marlstone before the next meeting.

- [ ] ICB to send practice-level appointment data to [[Martin Easby]] for circulation
- [ ] Dr Sehgal to confirm Eastfield cloud telephony go-live dates

> [!decision] RESOLVED that the update be noted and the ICB be asked to return in March 2026 with practice level access figures for each Marlstone practice.

## 5. Temporary accommodation and homelessness pressures

[[Simon Fairclough]] presented the [[Temporary accommodation quarterly report Q2 2025-26]]. There were 212 households in temporary accommodation, 38 of them in bed and breakfast, and the net cost to the general fund was forecast at £1.9m against a budget of £1.2m.

[[Cllr Neil Pemberton]] asked how many of the families in bed and breakfast had been there longer than the six-week legal limit. Mr Fairclough replied that eleven families had exceeded six weeks and each case was reviewed weekly by the Head of Service. [[Cllr Priya Shah]] raised concerns about households being placed in hotels outside the district, away from their children's schools and GP surgeries; the Director said that out-of-district placements had fallen from 27 to 15 since June and were a last resort. [[Cllr Sandra Okafor]] requested a breakdown of the overspend between nightly-paid accommodation and housing benefit subsidy loss, which the Head of Housing Options agreed to supply.

> [!question] Cllr Gareth Lowe: Had the council considered buying its own properties for temporary use rather than relying on private landlords?
> [!answer] Cabinet Member for Housing and Communities: a business case to acquire forty homes using right to buy receipts and prudential borrowing would go to Cabinet in December.

- [ ] Head of Housing Options to circulate the overspend breakdown by 31 October

> [!decision] RESOLVED that the quarterly report be noted.

> [!decision] RECOMMENDED to Cabinet that the business case for acquiring council-owned temporary accommodation be brought forward and include an assessment of the impact on children's schooling.

## 6. Leisure and wellbeing services contract – options appraisal

[[Leanne Cho]] introduced the [[Leisure contract options appraisal 2026]]. The current contract with Activus Leisure Trust expired in March 2027. Three options were assessed: re-tendering to an external operator, a local authority trading company, or bringing the service back in-house.

[[Cllr Jo Varley]] questioned whether the appraisal had fairly costed the in-house option, given that it assumed VAT and business rates savings would be lost. Ms Cho explained that the external legal advice received in July had confirmed the council could recover VAT on leisure income if it ran the centres directly, and the model would be updated. [[Cllr Tom Brindley]] commented that staff at the two centres had not been told about the review and that the committee should hear from them before any decision.

> [!question] Cllr Helen Ashworth: What protections would there be for staff pay and pensions if the service transferred?
> [!answer] Strategic Commercial and Procurement Manager: any transfer would be under TUPE and existing pension rights would be protected.

> [!decision] RESOLVED – That (1) the options appraisal be noted; (2) the Committee's preference that the in-house option be fully costed be reported to Cabinet; and (3) a task group of four members be set up to take evidence from staff and users before the Cabinet decision in February.

- [ ] Democratic Services to seek nominations to the leisure task group

## 7. Work programme 2025/26

The Committee considered the [[OSC work programme 2025-26]]. [[Cllr Sandra Okafor]] asked for an item on the district's role in the county's falls prevention and disabled facilities grants programme. The Chair agreed to discuss timing with the Director.

> [!decision] AGREED that the work programme be approved subject to adding disabled facilities grants to the January meeting.

---
Chair's initials: ______   Date: __________
#minutes #osc #marlstone
"""

PREP = """---
title: "Chair's prep – OSC 14 October 2025"
date: 2025-10-09
type: prep-note
author: "[[Cllr Helen Ashworth]]"
meeting: "[[OSC 2025-10-14 agenda]]"
tags:
  - prep
  - scrutiny/osc
  - private/not-for-publication
---

# Prep for OSC on Tuesday 14 October

Linked papers: [[Marlstone primary care access update Oct 2025]], [[Temporary accommodation quarterly report Q2 2025-26]], [[Leisure contract options appraisal 2026]], [[OSC work programme 2025-26]]

Pre-meet with [[Martin Easby]] and [[Karen Whitfield]] on Friday at 10am, Room 2.

## Questions I want to ask

### GP access (ICB)
- Why is the average call wait quoted when Eastfield residents are still emailing me every week?
- How many practices still have no salaried GP and depend on locums?
- Has anyone tested the online forms with older people or people without data? Check with Healthwatch Marlstone first.

### Temporary accommodation
- Overspend on TA is £700k – how much is subsidy loss? Ask Simon before the meeting so it is not a surprise.
- Out-of-area hotel placements and children's school journeys – who pays the transport?
- Could we buy homes ourselves instead of paying private landlords nightly rates?

### Leisure contract
- Was the in-house option costed on the same basis as re-tendering? VAT point from legal advice.
- What happens to staff pensions under TUPE if we bring it back in-house?
- Have staff and users been told? Suggest a task group if not.

## Things to do
- [ ] Read the options appraisal appendix B (financial model) properly
- [ ] Ask Tom to lead on the ICB item if I have to leave early
- [x] Confirm substitute for Ruth with group whip
- [ ] Draft wording for a recommendation to Cabinet on TA purchase

## Notes to self
Keep the ICB item to 45 minutes. Don't let the leisure item become a debate about the Trust's past performance – focus on the options. Remind members the meeting is webcast.

Related: [[Chairing tips]] | [[OSC 2025-09-09 minutes]]
#prep #osc
"""

ITEMS = [
    {"number": "1", "title": "Apologies for absence and substitutions"},
    {"number": "2", "title": "Declarations of interest"},
    {"number": "3", "title": "Minutes of the previous meeting"},
    {"number": "4", "title": "Access to GP services in Marlstone – ICB place update"},
    {"number": "5", "title": "Temporary accommodation and homelessness pressures"},
    {"number": "6", "title": "Leisure and wellbeing services contract – options appraisal"},
    {"number": "7", "title": "Work programme 2025/26"},
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("4", "question",
      "residents in Eastfield still unable to get through on the phone at 8am",
      "Cllr Priya Shah",
      "two Eastfield practices had only moved to cloud telephony in August",
      "Head of Primary Care Commissioning", ["primary-care"]),
    q("4", "question",
      "number of GP partners retiring before a replacement had been recruited",
      "Cllr Gareth Lowe",
      "six salaried GPs had been recruited through the additional roles scheme",
      "Clinical Director", ["primary-care", "workforce"]),
    q("4", "concern",
      "patients without smartphones were being pushed towards online consultation forms",
      "Cllr Jo Varley",
      "Patient Participation Group at Hillcrest Surgery had tested the forms",
      "Dr Sehgal", ["primary-care", "patient-and-public-input"]),
    q("4", "request",
      "Could the committee see the practice-by-practice figures rather than a district average",
      "Cllr Tom Brindley",
      "the ICB would publish practice level data for Marlstone",
      "Head of Primary Care Commissioning", ["primary-care", "governance"]),
    q("5", "question",
      "families in bed and breakfast had been there longer than the six-week legal limit",
      "Cllr Neil Pemberton",
      "eleven families had exceeded six weeks and each case was reviewed weekly",
      "Mr Fairclough", ["housing", "children-and-families"]),
    q("5", "concern",
      "households being placed in hotels outside the district, away from their children's schools",
      "Cllr Priya Shah",
      "out-of-district placements had fallen from 27 to 15 since June",
      "the Director", ["housing", "children-and-families"]),
    q("5", "request",
      "a breakdown of the overspend between nightly-paid accommodation and housing benefit subsidy loss",
      "Cllr Sandra Okafor",
      "which the Head of Housing Options agreed to supply",
      "the Head of Housing Options", ["housing", "finance"]),
    q("5", "question",
      "Had the council considered buying its own properties for temporary use",
      "Cllr Gareth Lowe",
      "a business case to acquire forty homes using right to buy receipts",
      "Cabinet Member for Housing and Communities", ["housing", "finance"]),
    q("6", "question",
      "whether the appraisal had fairly costed the in-house option",
      "Cllr Jo Varley",
      "confirmed the council could recover VAT on leisure income if it ran the centres directly",
      "Ms Cho", ["privatisation", "subcontracting", "finance"]),
    q("6", "comment",
      "staff at the two centres had not been told about the review",
      "Cllr Tom Brindley", None, None,
      ["workforce", "patient-and-public-input", "subcontracting"]),
    q("6", "question",
      "What protections would there be for staff pay and pensions if the service transferred",
      "Cllr Helen Ashworth",
      "any transfer would be under TUPE and existing pension rights would be protected",
      "Strategic Commercial and Procurement Manager", ["workforce", "privatisation"]),
    q("7", "request",
      "asked for an item on the district's role in the county's falls prevention",
      "Cllr Sandra Okafor",
      "The Chair agreed to discuss timing with the Director",
      "The Chair", ["public-health", "housing", "governance"]),
]

RESOLUTIONS = [
    {"item": "3", "text": "the minutes of the meeting held on 9 September 2025 be approved",
     "outcome": "agreed", "themes": []},
    {"item": "4", "text": "the ICB be asked to return in March 2026 with practice level access figures",
     "outcome": "agreed", "themes": ["primary-care"]},
    {"item": "5", "text": "RESOLVED that the quarterly report be noted",
     "outcome": "noted", "themes": ["housing"]},
    {"item": "5", "text": "business case for acquiring council-owned temporary accommodation be brought forward",
     "outcome": "recommended", "themes": ["housing", "children-and-families"]},
    {"item": "6", "text": "preference that the in-house option be fully costed be reported to Cabinet",
     "outcome": "agreed", "themes": ["privatisation", "subcontracting", "workforce", "governance"]},
    {"item": "7", "text": "work programme be approved subject to adding disabled facilities grants",
     "outcome": "agreed", "themes": ["governance", "housing"]},
]

ATTENDEES = [
    {"name": "Cllr Helen Ashworth", "role": "Chair", "attendance": "present"},
    {"name": "Cllr Tom Brindley", "role": "Vice-Chair", "attendance": "present"},
    {"name": "Cllr Priya Shah", "role": None, "attendance": "present"},
    {"name": "Cllr Gareth Lowe", "role": None, "attendance": "present"},
    {"name": "Cllr Sandra Okafor", "role": None, "attendance": "present"},
    {"name": "Cllr Neil Pemberton", "role": "substitute for Cllr Ruth Carey", "attendance": "present"},
    {"name": "Cllr Jo Varley", "role": None, "attendance": "present"},
    {"name": "Cllr Ruth Carey", "role": None, "attendance": "apologies"},
    {"name": "Cllr Dev Malik", "role": None, "attendance": "apologies"},
    {"name": "Karen Whitfield", "role": "Director of Communities, Housing and Wellbeing",
     "attendance": "in_attendance"},
    {"name": "Simon Fairclough", "role": "Head of Housing Options and Homelessness Prevention",
     "attendance": "in_attendance"},
    {"name": "Leanne Cho", "role": "Strategic Commercial and Procurement Manager",
     "attendance": "in_attendance"},
    {"name": "Martin Easby", "role": "Democratic Services Officer (minutes)",
     "attendance": "in_attendance"},
    {"name": "Dr Amrit Sehgal", "role": "Clinical Director, Marlstone Place, Mid Vale Integrated Care Board",
     "attendance": "in_attendance"},
    {"name": "Fiona Drummond", "role": "Head of Primary Care Commissioning, Mid Vale ICB",
     "attendance": "in_attendance"},
    {"name": "Cllr Bernard Hollis", "role": "Cabinet Member for Housing and Communities",
     "attendance": "in_attendance"},
]

GOLD_MIN = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": ITEMS,
    "questions": QUESTIONS,
    "resolutions": RESOLUTIONS,
    "attendees": ATTENDEES,
}

GOLD_PREP = {
    "document": PREP_NAME,
    "doc_type": "other",
    "themes": ["primary-care", "housing", "privatisation", "subcontracting", "workforce",
               "finance", "patient-and-public-input", "children-and-families"],
}

DOCS_TEXT = {MIN_NAME: MINUTES, PREP_NAME: PREP}
GOLDS = {MIN_NAME: GOLD_MIN, PREP_NAME: GOLD_PREP}


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for name, text in DOCS_TEXT.items():
        (DOCS / name).write_bytes(text.encode("utf-8"))
        gname = name.rsplit(".", 1)[0] + ".json"
        (GOLD / gname).write_text(json.dumps(GOLDS[name], indent=2, ensure_ascii=False) + "\n",
                                  encoding="utf-8")
    print("built", len(DOCS_TEXT), "documents")


def check():
    ok = True
    for name, gold in GOLDS.items():
        src = norm((DOCS / name).read_text(encoding="utf-8"))
        gfile = json.loads((GOLD / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        if gfile != gold:
            print("STALE gold file for", name)
            ok = False
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(norm(p).split())
            cnt = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", src))
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name} {kind}: count={cnt} words={n}: {p}")
    print("check", "passed" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
