#!/usr/bin/env python3
"""Build the "qz-" documents (round 234) and their gold annotations.

Usage:  build_qz.py           write documents/qz-* and gold/qz-*.json beside this script
        build_qz.py --check   verify every gold phrase occurs exactly once in its document

The Stourleigh, Brantwick and Ellesby councils, their people, places, providers and figures
are invented.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qz-stourleigh-brantwick-ellesby-jhosc-2025-10-09.txt"
WORKPROG_NAME = "qz-stourleigh-brantwick-ellesby-jhosc-work-programme-2025-10-09.txt"

# ---------------------------------------------------------------------------
# Layout helpers: text as a layout-keeping PDF-to-text converter writes it
# ---------------------------------------------------------------------------

WIDTH = 92            # characters across the text block
BODY = 11             # left edge of minute text
LINES_PER_PAGE = 56   # body lines on a page between header and footer
VOWELS = set("aeiouy")

# Words the typesetter was told not to break.
NOHYPH: set[str] = {"improvement"}


def _split_word(word: str, room: int):
    """Split a long lower-case word so that 'left-' fits in room; None if it cannot."""
    core = word.rstrip(".,;:)’'\"")
    if len(core) < 9 or not core.isalpha() or not core.islower() or core in NOHYPH:
        return None
    best = None
    for i in range(4, len(core) - 3):
        left = core[:i]
        if len(left) + 1 > room:
            break
        a, b, c = left[-1], core[i], core[i + 1]
        if a in VOWELS and b not in VOWELS and c in VOWELS:          # vo-ca
            best = i
        elif a not in VOWELS and b not in VOWELS and left[-2] in VOWELS \
                and a + b not in ("ng", "ck", "th", "sh", "ch", "ph", "gh", "wh"):
            best = i                                                  # vc-ca
    if best is None:
        return None
    return word[:best] + "-", word[best:]


def _justify(words: list[str], width: int) -> str:
    line = " ".join(words)
    gaps = len(words) - 1
    extra = width - len(line)
    if gaps <= 0 or extra <= 0 or extra > gaps * 3:
        return line
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i < gaps:
            # spread the extra spaces from the right-hand end, as the converter tends to
            n = 1 + extra // gaps + (1 if (gaps - 1 - i) < extra % gaps else 0)
            out.append(" " * n)
    return "".join(out)


def wrap(text: str, first: int, rest: int, width: int = WIDTH, justify: bool = True,
         hyphenate: bool = True, lead: str = "") -> list[str]:
    """Wrap text; first/rest are the left edges; lead is a label printed at the left."""
    words = text.split()
    lines: list[list[str]] = []
    cur: list[str] = []
    indent = first
    while words:
        w = words[0]
        avail = width - indent
        used = len(" ".join(cur))
        need = used + (1 if cur else 0) + len(w)
        if need <= avail:
            cur.append(w)
            words.pop(0)
            continue
        room = avail - used - (1 if cur else 0)
        parts = _split_word(w, room) if (hyphenate and room >= 6) else None
        if parts:
            cur.append(parts[0])
            words[0] = parts[1]
        lines.append(cur)
        cur = []
        indent = rest
    if cur:
        lines.append(cur)
    out = []
    for n, ws in enumerate(lines):
        ind = first if n == 0 else rest
        last = n == len(lines) - 1
        body = _justify(ws, width - ind) if (justify and not last) else " ".join(ws)
        if n == 0 and lead:
            out.append(lead.ljust(ind) + body)
        else:
            out.append(" " * ind + body)
    return out


def centre(text: str, width: int = WIDTH) -> str:
    return " " * max(0, (width - len(text)) // 2) + text


def paginate(pages_body: list[list[str]], header: str, first_header: bool = False) -> str:
    """Join pages: running header (not on page 1), "Page n of m" footer, form feeds."""
    total = len(pages_body)
    out = []
    for n, body in enumerate(pages_body, start=1):
        lines = []
        if n > 1 or first_header:
            lines += [header, "", ""]
        lines += body
        pad = LINES_PER_PAGE - len(body)
        lines += [""] * min(max(pad, 0), 4)   # the converter closes up a short page
        lines += ["", centre(f"Page {n} of {total}")]
        out.append("\n".join(l.rstrip() for l in lines) + "\n")
    return "\f".join(out) + "\f"


def flow(blocks: list[list[str]], first_page_room: int, keep: set[int]) -> list[list[str]]:
    """Lay blocks of lines on pages; a block in keep is not left at the foot of a page alone."""
    pages: list[list[str]] = [[]]
    room = first_page_room
    for i, block in enumerate(blocks):
        cur = pages[-1]
        if i in keep and i + 1 < len(blocks):
            need = len(block) + min(3, len(blocks[i + 1]))
            if len(cur) + need > room and cur:
                pages.append([])
                room = LINES_PER_PAGE
                cur = pages[-1]
        for line in block:
            if len(cur) >= room:
                pages.append([])
                room = LINES_PER_PAGE
                cur = pages[-1]
                if line == "":
                    continue
            cur.append(line)
    return pages


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("blank",)
#   ("raw", [lines])               pre-set lines (title, attendance)
#   ("para", text)                 full-width paragraph from the left margin
#   ("item", number, title)        minute number in the margin, title in capitals
#   ("p", text)                    minute paragraph
#   ("l", label, text)             lettered or numbered paragraph, hanging indent
#   ("ll", label, text)            second-level paragraph, hanging indent
#   ("line", text)                 a single line at the minute's left edge

COMMITTEE = "Stourleigh, Brantwick and Ellesby Joint Health Overview and Scrutiny Committee"

TITLE = [
    centre("STOURLEIGH COUNTY COUNCIL"),
    "",
    centre("STOURLEIGH, BRANTWICK AND ELLESBY JOINT HEALTH OVERVIEW AND SCRUTINY"),
    centre("COMMITTEE"),
    "",
]

ATTENDANCE = [
    " PRESENT",
    "",
    " Councillors:   M Pettifer (Stourleigh) (Chair)           R Tebbutt (Brantwick) (Vice-Chair)",
    "                D Arkwright-Hale (Stourleigh)             K Asante-Morris (Brantwick)",
    "                S Bhardwaj (Stourleigh)                   L Fitchett (Brantwick)",
    "                G Otterburn (Stourleigh) (substitute)     H Qureshi (Ellesby)",
    "                T Wadlow (Ellesby)",
    "",
    " Co-opted member (non-voting):   Mrs A Fennimore (Healthwatch Stourleigh)",
    "",
    " Apologies:     Councillors P Kinsella (Stourleigh) and B Olorunda (Ellesby)",
    "",
    " In attendance:",
    "",
    " NHS Stourleigh and Brantwick Integrated Care Board (ICB)",
    "       Andrea Colquhoun            Director of Strategy and Partnerships",
    "       Dr Nikhil Saran             Chief Medical Officer",
    "       Lydia Pemberton-Shaw        Associate Director, Urgent and Planned Care",
    "                                   Commissioning",
    " Brantwick and Selbridge Hospitals NHS Foundation Trust",
    "       Graham Lytton               Chief Operating Officer",
    " Stourleigh Community Health NHS Trust",
    "       Dr Helen Marchbank          Director of Nursing and Therapies",
    " Stourleigh County Council",
    "       Dr Philippa Renshaw         Director of Public Health",
    "       Carl Ibbotson               Assistant Director, Adult Social Care",
    "                                   Commissioning",
    "       Matthew Corrigan            Senior Scrutiny Officer",
    "       Leanne Sowerby              Democratic Services Officer",
    "",
]

MINUTES = [
    ("raw", TITLE),
    ("para", "MINUTES of a meeting of the Stourleigh, Brantwick and Ellesby Joint Health "
             "Overview and Scrutiny Committee held in the Council Chamber, County Hall, "
             "Selbridge on Thursday, 9 October 2025 at 10.00 am."),
    ("blank",),
    ("raw", ATTENDANCE),

    # ------------------------------------------------------------------ 18
    ("item", "18.", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"),
    ("p", "Apologies for absence were received from Councillor P Kinsella (Stourleigh County "
          "Council) and Councillor B Olorunda (Ellesby Borough Council). Councillor G "
          "Otterburn attended as substitute for Councillor Kinsella. Ellesby Borough Council "
          "had not nominated a substitute for the meeting."),

    # ------------------------------------------------------------------ 19
    ("item", "19.", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor S Bhardwaj declared a non-registrable interest in minute 23 (Non-Emergency "
          "Patient Transport Service – Re-procurement), as her son was employed as a driver by "
          "Wrenfold Medical Transport Ltd, the current provider of the service. She remained in "
          "the room but took no part in the discussion of that item."),
    ("p", "Councillor H Qureshi informed the Committee that he was a practising community "
          "pharmacist in Ellesby. The Senior Scrutiny Officer advised that this did not amount "
          "to a disclosable interest in any item on the agenda."),

    # ------------------------------------------------------------------ 20
    ("item", "20.", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "The minutes of the meeting held on 17 July 2025 were submitted."),
    ("p", "Arising from minute 12(c), the Senior Scrutiny Officer reported that the ICB’s written "
          "response on the stroke rehabilitation pathway had been circulated to all Members on "
          "4 August 2025, and that the Ellesby Place Director had since confirmed that the "
          "early supported discharge team for stroke patients would be fully staffed from "
          "November."),
    ("line", "RESOLVED that:"),
    ("p", "the minutes of the meeting held on 17 July 2025 be confirmed as a correct record and "
          "signed by the Chair."),

    # ------------------------------------------------------------------ 21
    ("item", "21.", "PUBLIC QUESTIONS"),
    ("p", "One question had been received in accordance with the Joint Committee’s procedure "
          "rules."),
    ("l", "(a)", "Mrs Jean Holdsworth, a resident of Wrenfold, asked whether the ICB would give "
                 "the town a guarantee that Wrenfold Community Hospital would not close, given "
                 "that its inpatient ward had been closed “temporarily” since December 2024 and "
                 "residents had been told nothing about when it would reopen."),
    ("p", "The ICB’s Director of Strategy and Partnerships replied that no decision had been "
          "taken about the future of Wrenfold Community Hospital. Lucas Ward had been closed "
          "because of a shortage of registered nurses and a fire risk assessment of the 1960s "
          "ward block, and the building continued to host outpatient clinics and the minor "
          "injuries unit. Any proposal to change the use of the ward would be subject to public "
          "consultation, and the wider review of community beds was the subject of the next "
          "item on the agenda (minute 22 below refers)."),
    ("l", "(b)", "By way of a supplementary question, Mrs Holdsworth asked why the community had "
                 "not been told about the fire risk assessment until now."),
    ("p", "Ms Colquhoun apologised that communication with the people of Wrenfold had not been "
          "as good as it should have been, and undertook to hold a public drop-in session in the "
          "town before the end of November 2025."),

    # ------------------------------------------------------------------ 22
    ("item", "22.", "COMMUNITY HOSPITAL BEDS AND INTERMEDIATE CARE – CASE FOR CHANGE"),
    ("p", "The Committee considered a report of NHS Stourleigh and Brantwick Integrated Care "
          "Board (agenda pages 15 to 48) setting out the case for change for community hospital "
          "inpatient beds and intermediate care across the three council areas. Andrea "
          "Colquhoun, Director of Strategy and Partnerships, ICB, and Dr Helen Marchbank, "
          "Director of Nursing and Therapies, Stourleigh Community Health NHS Trust, presented "
          "the report and highlighted that:"),
    ("ll", "(i)", "there were 138 community beds across five community hospitals, of which the "
                  "22 beds at Wrenfold had been closed since December 2024;"),
    ("ll", "(ii)", "on an average day in 2024/25, 41 per cent of patients occupying a community "
                   "bed no longer needed to be there, most of whom were waiting for a package of "
                   "care or a care home placement;"),
    ("ll", "(iii)", "the preferred option would consolidate inpatient beds on three sites "
                    "(Quarrydale, Pellow Green and Brantwick Road), expand the “home first” "
                    "reablement service, and purchase 30 discharge to assess beds in "
                    "independent care homes; and"),
    ("ll", "(iv)", "the ICB proposed to launch a 12-week public consultation in January 2026, "
                   "subject to the views of this Committee and to the ICB Board approving the "
                   "pre-consultation business case in November."),
    ("p", "Members discussed the report in detail. The main points raised, and the responses "
          "given, are summarised below."),
    ("l", "(a)", "Members sought assurance that the consolidation of beds was not being driven by "
                 "the ICB’s financial position. The ICB’s Director of Strategy and Partnerships "
                 "responded that the ICB was required to deliver savings of £38 million in "
                 "2025/26, but that the preferred option was expected to cost slightly more to run "
                 "than the current model because of the investment in reablement. The case for "
                 "change rested on the quality of care and on the safety of staffing small wards "
                 "overnight."),
    ("l", "(b)", "Councillor Wadlow queried how residents of north Ellesby, who had no community "
                 "hospital within 25 miles, would visit relatives placed at Quarrydale, given the "
                 "infrequent bus service. Dr Marchbank acknowledged that travel had been the issue "
                 "raised most often in the pre-consultation engagement. A travel impact "
                 "assessment was being prepared and would be published alongside the "
                 "consultation document."),
    ("l", "(c)", "Concern was expressed that the 30 discharge to assess beds would be bought from "
                 "private care homes, so that the NHS would be paying the independent sector for "
                 "care it had previously provided itself. Councillor Asante-Morris also asked how "
                 "many of the homes likely to bid were owned by private equity firms. The "
                 "Assistant Director, Adult Social Care Commissioning (Stourleigh County Council) "
                 "explained that the County Council would block-book the beds on the ICB’s behalf "
                 "through the Better Care Fund, following an open tender in which only homes "
                 "rated Good or Outstanding by the Care Quality Commission could take part. "
                 "Ownership was not an evaluation criterion, but he undertook to circulate the "
                 "ownership of the homes the Council currently used for short-term placements."),
    ("l", "(d)", "The Vice-Chair asked how many nursing and therapy posts were vacant in the "
                 "community hospitals, and whether staff at the sites that would lose their beds "
                 "would be found posts elsewhere. Dr Marchbank advised that the vacancy rate for "
                 "registered nurses on the community wards stood at 17 per cent, against 9 per "
                 "cent in the acute trust. No redundancies were planned, and every member of "
                 "staff affected would be offered a post on the remaining wards or in the "
                 "expanded reablement teams."),
    ("l", "(e)", "Mrs Fennimore (Healthwatch Stourleigh) commented that people who had stayed in "
                 "a community hospital consistently told Healthwatch how much they valued being "
                 "cared for close to home and to their families."),
    ("l", "(f)", "Mrs Fennimore further requested that the consultation document be produced in "
                 "an easy read version and in print, and made available in libraries and GP "
                 "surgeries, as many older residents did not use the internet. Ms Colquhoun "
                 "confirmed that printed copies, an easy read summary and a freephone number "
                 "would all be provided, and that the ICB intended to fund Healthwatch to run "
                 "focus groups with seldom heard communities."),
    ("l", "(g)", "Councillor Arkwright-Hale remarked that the ICB had closed the ward at "
                 "Wrenfold without consulting anyone, and that residents would find it hard to "
                 "trust a consultation that appeared to confirm a decision already taken."),
    ("l", "(h)", "In response to a question from the Chair about the Committee’s role, the Senior "
                 "Scrutiny Officer advised that the ICB had a statutory duty to consult the "
                 "Committee on any proposal for a substantial variation in health services, and "
                 "that the Committee’s formal response would be reported to the ICB Board with "
                 "the decision-making business case."),
    ("l", "(i)", "Councillor Qureshi asked whether the ICB had assessed the effect on GP "
                 "practices of patients being discharged home sooner. Dr Saran, the ICB’s Chief "
                 "Medical Officer, said that the ICB recognised the additional workload for "
                 "general practice and was in discussion with the three primary care networks "
                 "most affected about funding a dedicated visiting service for patients on "
                 "virtual wards."),
    ("l", "(j)", "Councillor Fitchett questioned whether 12 weeks would be long enough to reach "
                 "all three council areas, and suggested that the ICB should also hold public "
                 "meetings in the evenings."),
    ("line", "RESOLVED that:"),
    ("ll", "(1)", "the case for change for community hospital beds and intermediate care be "
                  "noted;"),
    ("ll", "(2)", "the Committee considers that the proposals constitute a substantial variation "
                  "in the provision of health services in the Stourleigh, Brantwick and Ellesby "
                  "areas and expects to be formally consulted on them; and"),
    ("ll", "(3)", "it be recommended to NHS Stourleigh and Brantwick Integrated Care Board that "
                  "it:"),
    ("sub3", "(a)", "publishes the travel impact assessment before the public consultation "
                    "begins;"),
    ("sub3", "(b)", "extends the consultation period to not less than 14 weeks and includes "
                    "evening public meetings in each council area; and"),
    ("sub3", "(c)", "confirms in writing the intended future use of the Wrenfold Community "
                    "Hospital site before the consultation is launched."),

    # ------------------------------------------------------------------ 23
    ("item", "23.", "NON-EMERGENCY PATIENT TRANSPORT SERVICE – RE-PROCUREMENT"),
    ("p", "Councillor S Bhardwaj, having declared an interest (minute 19 refers), took no part in "
          "the consideration of this item."),
    ("p", "Lydia Pemberton-Shaw, Associate Director, Urgent and Planned Care Commissioning, ICB, "
          "introduced a report on the re-procurement of the non-emergency patient transport "
          "service (NEPTS) for the ICB area. The current contract with Wrenfold Medical "
          "Transport Ltd had been awarded in 2019 and, following a two-year extension, would "
          "end on 31 August 2026. The ICB intended to invite tenders in December 2025 for a "
          "seven-year contract with an estimated value of £61 million, with eligibility "
          "criteria revised in line with the national eligibility framework."),
    ("p", "In the discussion that followed:"),
    ("l", "(a)", "Members voiced concern at the performance of the current provider, noting from "
                 "the report that only 71 per cent of patients had been collected within 60 "
                 "minutes of their booked time after a hospital appointment, against a target of "
                 "90 per cent, and that some renal patients had waited more than two hours for "
                 "transport home after dialysis. The Associate Director accepted that performance "
                 "had been poor. A contract performance notice had been issued in June 2025, an "
                 "improvement plan was in place, and collections of dialysis patients within 60 "
                 "minutes had risen to 84 per cent in August."),
    ("l", "(b)", "Councillor Asante-Morris asked why the ICB had not considered bringing the "
                 "service in-house, or awarding it to the regional ambulance service, rather "
                 "than re-tendering it to a private company. The Associate Director responded "
                 "that the options appraisal at appendix 2 to the report had looked at delivery by "
                 "local NHS providers, but none had the fleet or control room capacity to take "
                 "on the service by 2026. NHS bodies, including the ambulance service, would be "
                 "free to bid."),
    ("l", "(c)", "A Member enquired whether the revised eligibility criteria would mean that "
                 "fewer patients qualified for transport, and what help would be available to "
                 "those who no longer did. It was explained that the ICB’s modelling suggested "
                 "around 8 per cent fewer journeys would be eligible. Patients on low incomes "
                 "could still claim their travel costs back through the Healthcare Travel Costs "
                 "Scheme, and a community transport pilot would be run in the rural west of the "
                 "county with two local charities."),
    ("l", "(d)", "Councillor Otterburn sought clarification as to whether drivers and crew would "
                 "transfer to a new provider under TUPE and whether the new contract would "
                 "require the Real Living Wage to be paid. The Associate Director confirmed "
                 "that TUPE was expected to apply and that payment of the Real Living Wage "
                 "would be a contractual requirement, monitored quarterly."),
    ("l", "(e)", "The Chair asked that the key performance indicators proposed for the new "
                 "contract be shared with the Committee before the invitation to tender was "
                 "published, and that patients who used the service should help to evaluate the "
                 "bids. The Associate Director agreed to circulate the draft indicators to all "
                 "Members by the end of October, and advised that two patient representatives "
                 "recruited through Healthwatch would sit on the evaluation panel."),
    ("l", "(f)", "Mrs Fennimore observed that Healthwatch Stourleigh received more complaints "
                 "about patient transport than about any other NHS service apart from access "
                 "to GP appointments."),
    ("line", "RESOLVED that:"),
    ("ll", "(1)", "the report be noted;"),
    ("ll", "(2)", "the ICB be requested to report to the meeting on 15 January 2026 on the "
                  "performance of Wrenfold Medical Transport Ltd against the improvement plan; "
                  "and"),
    ("ll", "(3)", "the Chair write to the Chief Executive of the ICB, on behalf of the Committee, "
                  "setting out the Committee’s view that the new contract should provide for "
                  "financial penalties where collection times are persistently missed."),

    # ------------------------------------------------------------------ 24
    ("item", "24.", "URGENT AND EMERGENCY CARE – WINTER PLAN 2025/26"),
    ("p", "Graham Lytton, Chief Operating Officer, Brantwick and Selbridge Hospitals NHS "
          "Foundation Trust, and Dr Nikhil Saran, Chief Medical Officer, ICB, gave a presentation "
          "on the health and care system’s plan for winter 2025/26. The plan aimed to keep "
          "ambulance handovers at Brantwick Royal Infirmary within 45 minutes, to open 36 "
          "additional virtual ward beds, and to reduce the number of patients in hospital who "
          "were medically fit for discharge from an average of 164 to 120 by January 2026."),
    ("p", "Councillor Wadlow noted that the handover target had been missed in each of the last "
          "three winters and questioned what would be different this year. Mr Lytton said that "
          "the Trust had opened a 12-bed ambulance receiving area in September, staffed by its "
          "own team, so that crews could hand patients over without waiting for a cubicle in "
          "the emergency department to become free."),
    ("p", "Concerns were raised by several Members about the low uptake of flu vaccination "
          "among health and care staff, which had been 38 per cent in the acute trust last "
          "winter. The Director of Public Health reported that the three councils were funding "
          "vaccination clinics in care homes and at council depots, and that the acute trust "
          "had set itself an ambition of 60 per cent uptake among frontline staff."),
    ("p", "The Vice-Chair asked how many of the 164 patients were waiting for social care, and "
          "whether the councils’ social care budgets could support the target. Mr Ibbotson "
          "replied that roughly half were waiting for home care or a care home placement. The "
          "County Council had used the Better Care Fund to buy additional reablement hours, and "
          "home care capacity in the county was better than at any time since 2021; he was not "
          "able to speak for the position in Brantwick or Ellesby."),
    ("p", "Councillor Arkwright-Hale asked whether virtual wards were safe for frail older people "
          "who lived alone. Councillor Bhardwaj asked in the same vein what support was given "
          "to family carers of patients on a virtual ward. Dr Saran advised that patients were "
          "only admitted to a virtual ward after a clinical assessment of their home "
          "circumstances, and that those living alone received at least two visits a day. "
          "Carers were given a single number to call at any hour and were offered a carer’s "
          "assessment by the relevant council."),
    ("p", "Councillor Qureshi suggested that community pharmacies could do more to relieve "
          "pressure on general practice over the winter, and asked that their role be set out "
          "more fully in the final version of the plan."),
    ("p", "The Committee noted the winter plan and asked that a short update on ambulance "
          "handover times and delayed discharges be circulated to Members in early January "
          "2026."),

    # ------------------------------------------------------------------ 25
    ("item", "25.", "WORK PROGRAMME 2025/26"),
    ("p", "The Senior Scrutiny Officer presented the Committee’s work programme for the remainder "
          "of the municipal year (agenda pages 63 to 68)."),
    ("p", "Members requested that an item on access to NHS dentistry be added to the work "
          "programme, and that the Healthwatch Stourleigh annual report be taken at the same "
          "meeting. The Senior Scrutiny Officer said that the March agenda was already full and "
          "that she would discuss the timing with the Chair and Vice-Chair."),
    ("p", "Councillor Otterburn asked whether the Committee would look at mental health crisis "
          "services, following the closure of the crisis café in Selbridge in August. The Chair "
          "indicated that the ICB had been asked for a briefing note on crisis services, which "
          "would be circulated before the January meeting."),
    ("line", "RESOLVED that:"),
    ("p", "the work programme be approved, subject to the addition of an item on access to NHS "
          "dentistry at a date to be agreed by the Chair and Vice-Chair."),

    # ------------------------------------------------------------------ 26
    ("item", "26.", "DATE OF NEXT MEETING"),
    ("p", "The Committee noted that its next meeting would be held on Thursday, 15 January 2026 "
          "at 10.00 am in the Assembly Room, Ellesby Town Hall."),
    ("blank",),
    ("blank",),
    ("para", "The meeting commenced at 10.00 am and concluded at 12.47 pm."),
    ("blank",),
    ("blank",),
    ("raw", ["                                                  ……………………………………………………",
             "                                                                 Chair"]),
]

HEADER = ("  Joint Health Overview and Scrutiny Committee".ljust(WIDTH - 24)
          + "Thursday, 9 October 2025")

LET = BODY + 6      # text of a lettered paragraph
LET2 = BODY + 12    # text of a second-level paragraph
LET3 = LET2 + 6     # text of a third-level paragraph


def render_minutes() -> str:
    blocks: list[list[str]] = []
    keep: set[int] = set()
    for b in MINUTES:
        kind = b[0]
        if kind == "blank":
            blocks.append([""])
        elif kind == "raw":
            blocks.append(list(b[1]))
        elif kind == "para":
            blocks.append(wrap(b[1], 1, 1) + [""])
        elif kind == "item":
            lines = wrap(b[2], BODY, BODY, width=WIDTH - 14, justify=False, hyphenate=False,
                         lead="  " + b[1])
            keep.add(len(blocks))
            blocks.append(lines + [""])
        elif kind == "p":
            blocks.append(wrap(b[1], BODY, BODY) + [""])
        elif kind == "line":
            keep.add(len(blocks))
            blocks.append([" " * BODY + b[1], ""])
        elif kind == "l":
            blocks.append(wrap(b[2], LET, LET, lead=" " * BODY + b[1]) + [""])
        elif kind == "ll":
            blocks.append(wrap(b[2], LET2, LET2, lead=" " * LET + b[1]) + [""])
        elif kind == "sub3":
            blocks.append(wrap(b[2], LET3, LET3, lead=" " * LET2 + b[1]) + [""])
        else:
            raise ValueError(kind)
    pages = flow(blocks, LINES_PER_PAGE + 3, keep)
    # drop trailing blank lines on each page
    for p in pages:
        while p and p[-1] == "":
            p.pop()
    return paginate(pages, HEADER)


# ---------------------------------------------------------------------------
# The work programme (not minutes)
# ---------------------------------------------------------------------------

WP_COLS = [(1, 14), (16, 30), (47, 25), (74, 19)]   # (left edge, width) of each column

WP_INTRO = [
    centre("STOURLEIGH, BRANTWICK AND ELLESBY"),
    centre("JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE"),
    "",
    centre("WORK PROGRAMME 2025/26"),
    "",
    centre("Version 4 – updated 30 September 2025"),
    "",
]

WP_PARAS = [
    "The Joint Committee scrutinises proposals for substantial developments or variations in "
    "health services that affect residents of more than one of the three constituent councils: "
    "Stourleigh County Council, Brantwick City Council and Ellesby Borough Council. Matters "
    "that affect only one council area are scrutinised by that council’s own health scrutiny "
    "committee. The work programme is reviewed at each meeting and kept under review by the "
    "Chair and Vice-Chair with the Senior Scrutiny Officer between meetings.",
    "Items are scheduled taking into account the NHS planning cycle, the timetable for the "
    "community beds and intermediate care programme, and the availability of NHS witnesses. "
    "Dates and topics after January 2026 are provisional and may move.",
]

WP_HEAD = ["Meeting", "Topic", "Purpose and scope", "Lead / witnesses"]

WP_ROWS = [
    ("17 July 2025 (held)", "Annual report of the Joint Committee 2024/25",
     "Summary of the Committee’s work during 2024/25 for submission to the three councils.",
     "Senior Scrutiny Officer"),
    ("", "Stroke rehabilitation pathway",
     "Progress on the early supported discharge service and the stroke rehabilitation unit at "
     "Pellow Green.", "ICB; Stourleigh Community Health NHS Trust"),
    ("", "ICB joint forward plan refresh",
     "The ICB’s five-year plan for 2025 to 2030 and its priorities for the three places.",
     "ICB Director of Strategy and Partnerships"),
    ("9 October 2025", "Community hospital beds and intermediate care – case for change",
     "Pre-consultation stage. The Committee’s view on whether the proposals are a substantial "
     "variation and on the consultation plan.",
     "ICB; Stourleigh Community Health NHS Trust; Adult Social Care"),
    ("", "Non-emergency patient transport service – re-procurement",
     "Scope of the new contract, eligibility criteria, performance of the current service and "
     "the procurement timetable.", "ICB Urgent and Planned Care Commissioning"),
    ("", "Urgent and emergency care – winter plan 2025/26",
     "Ambulance handover, discharge and virtual ward capacity over the winter period.",
     "ICB; Brantwick and Selbridge Hospitals NHS Foundation Trust"),
    ("15 January 2026", "Non-emergency patient transport service – performance",
     "Performance of the current provider against its improvement plan; draft key performance "
     "indicators for the new contract.", "ICB Urgent and Planned Care Commissioning"),
    ("", "Urgent and emergency care – winter update",
     "Position on handover times, delayed discharges and staff vaccination uptake at the "
     "midpoint of winter.", "ICB; acute trust"),
    ("", "Community beds – formal consultation",
     "Consultation document, travel impact assessment and engagement plan, if approved by the "
     "ICB Board in November 2025.", "ICB Director of Strategy and Partnerships"),
    ("12 March 2026 (provisional)", "Access to NHS dentistry",
     "Access to routine and urgent dental care across the three areas, the re-commissioning of "
     "contracts handed back by practices, and oral health improvement for children.",
     "ICB Primary Care; Directors of Public Health"),
    ("", "Healthwatch Stourleigh annual report",
     "Themes from residents’ feedback on NHS services during 2025.",
     "Healthwatch Stourleigh"),
    ("", "Mental health crisis services",
     "Crisis café provision, the 24-hour crisis line and the response to people in crisis in "
     "emergency departments.", "ICB; mental health trust"),
    ("To be scheduled", "Maternity services",
     "Progress on the local maternity and neonatal system’s three-year delivery plan and the "
     "findings of the most recent inspection.", "ICB; acute trust"),
    ("", "Children and young people’s mental health",
     "Waiting times for assessment and treatment, and support in schools.",
     "ICB; Directors of Children’s Services"),
    ("", "Community pharmacy",
     "The role of community pharmacy in relieving pressure on general practice, and pharmacy "
     "closures.", "ICB Primary Care"),
]

WP_TAIL = [
    ("Briefing notes to be circulated between meetings",
     [
         "Mental health crisis services: current provision following the closure of the crisis "
         "café in Selbridge (before January 2026).",
         "Community beds: ownership of care homes used for short-term placements (Assistant "
         "Director, Adult Social Care Commissioning).",
         "Non-emergency patient transport: draft key performance indicators (end of October "
         "2025).",
     ]),
    ("Informal sessions and visits",
     [
         "Visit to the ambulance receiving area at Brantwick Royal Infirmary – November 2025, "
         "date to be confirmed.",
         "Briefing on the ICB’s financial recovery plan for Members of all three councils – "
         "December 2025, held online.",
     ]),
    ("Reference",
     [
         "The Joint Committee was established by the three councils under the health scrutiny "
         "regulations to respond to consultations by the NHS on proposals affecting more than "
         "one area. Each council appoints members in proportion to its population: four from "
         "Stourleigh County Council and three each from Brantwick City Council and Ellesby "
         "Borough Council. Healthwatch Stourleigh is represented by a co-opted member without "
         "voting rights.",
         "Stourleigh County Council provides the secretariat. Contact: Matthew Corrigan, Senior "
         "Scrutiny Officer, County Hall, Selbridge; telephone 01899 416 227.",
     ]),
]


def render_workprog() -> str:
    blocks: list[list[str]] = [WP_INTRO]
    for para in WP_PARAS:
        blocks.append(wrap(para, 1, 1) + [""])

    def row(cells: list[str]) -> list[str]:
        cols = [wrap(c, 0, 0, width=w, justify=False, hyphenate=False) if c else []
                for c, (_, w) in zip(cells, WP_COLS)]
        n = max(len(c) for c in cols)
        lines = []
        for i in range(n):
            line = ""
            for c, (left, _) in zip(cols, WP_COLS):
                if i < len(c):
                    line = line.ljust(left) + c[i]
            lines.append(line.rstrip())
        return lines

    head = row(WP_HEAD)
    rule = " " + "_" * (WIDTH - 1)
    blocks.append(head + [rule, ""])
    for r in WP_ROWS:
        blocks.append(row(list(r)) + [""])
    blocks.append([rule, ""])
    for title, paras in WP_TAIL:
        blocks.append([" " + title, ""])
        for para in paras:
            if title == "Reference":
                blocks.append(wrap(para, 1, 1) + [""])
            else:
                blocks.append(wrap(para, 5, 5, lead="   •") + [""])
    pages = flow(blocks, LINES_PER_PAGE + 3, set())
    for p in pages:
        while p and p[-1] == "":
            p.pop()
    header = "  Joint Health Overview and Scrutiny Committee – Work Programme 2025/26"
    return paginate(pages, header)


# ---------------------------------------------------------------------------
# Gold annotations
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


DSP = "Director of Strategy and Partnerships"
ADSC = "Assistant Director, Adult Social Care Commissioning"
AD = "Associate Director, Urgent and Planned Care Commissioning"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-09",
    "items": [
        {"number": "18", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"},
        {"number": "19", "title": "DECLARATIONS OF INTEREST"},
        {"number": "20", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "21", "title": "PUBLIC QUESTIONS"},
        {"number": "22", "title": "COMMUNITY HOSPITAL BEDS AND INTERMEDIATE CARE – CASE FOR CHANGE"},
        {"number": "23", "title": "NON-EMERGENCY PATIENT TRANSPORT SERVICE – RE-PROCUREMENT"},
        {"number": "24", "title": "URGENT AND EMERGENCY CARE – WINTER PLAN 2025/26"},
        {"number": "25", "title": "WORK PROGRAMME 2025/26"},
        {"number": "26", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        # 21 public questions
        q("21", "question",
          "would give the town a guarantee that Wrenfold Community Hospital would not close",
          "Mrs Jean Holdsworth",
          "no decision had been taken about the future of Wrenfold Community Hospital",
          DSP, []),
        q("21", "question",
          "asked why the community had not been told about the fire risk assessment",
          "Mrs Holdsworth",
          "undertook to hold a public drop-in session in the town",
          "Ms Colquhoun", ["patient-and-public-input"]),
        # 22 community beds
        q("22", "concern",
          "sought assurance that the consolidation of beds was not being driven",
          None,
          "the ICB was required to deliver savings of £38 million in 2025/26",
          DSP, ["finance"]),
        q("22", "question",
          "Councillor Wadlow queried how residents of north Ellesby",
          "Councillor Wadlow",
          "travel had been the issue raised most often in the pre-consultation engagement",
          "Dr Marchbank", []),
        q("22", "concern",
          "the 30 discharge to assess beds would be bought from private care homes",
          None,
          "the County Council would block-book the beds on the ICB’s behalf",
          ADSC, ["privatisation", "subcontracting", "adult-social-care"]),
        q("22", "question",
          "how many of the homes likely to bid were owned by private equity firms",
          "Councillor Asante-Morris",
          "Ownership was not an evaluation criterion, but he undertook to circulate",
          ADSC, ["privatisation", "subcontracting", "adult-social-care"]),
        q("22", "question",
          "asked how many nursing and therapy posts were vacant in the community hospitals",
          "Vice-Chair",
          "the vacancy rate for registered nurses on the community wards stood at",
          "Dr Marchbank", ["workforce"]),
        q("22", "comment",
          "how much they valued being cared for close to home and to their families",
          "Mrs Fennimore", None, None, ["patient-and-public-input"]),
        q("22", "request",
          "the consultation document be produced in an easy read version and in print",
          "Mrs Fennimore",
          "printed copies, an easy read summary and a freephone number would all be provided",
          "Ms Colquhoun", ["patient-and-public-input"]),
        q("22", "comment",
          "the ICB had closed the ward at Wrenfold without consulting anyone",
          "Councillor Arkwright-Hale", None, None, ["patient-and-public-input"]),
        q("22", "question",
          "In response to a question from the Chair about the Committee’s role",
          "Chair",
          "the ICB had a statutory duty to consult the Committee on any proposal",
          "Senior Scrutiny Officer", ["governance"]),
        q("22", "question",
          "asked whether the ICB had assessed the effect on GP practices of patients",
          "Councillor Qureshi",
          "the ICB recognised the additional workload for general practice",
          "Dr Saran", ["primary-care"]),
        q("22", "question",
          "questioned whether 12 weeks would be long enough to reach all three council areas",
          "Councillor Fitchett", None, None, ["patient-and-public-input"]),
        # 23 patient transport
        q("23", "concern",
          "Members voiced concern at the performance of the current provider",
          None,
          "A contract performance notice had been issued in June 2025",
          "Associate Director", ["subcontracting"]),
        q("23", "question",
          "why the ICB had not considered bringing the service in-house",
          "Councillor Asante-Morris",
          "none had the fleet or control room capacity to take on the service",
          "Associate Director", ["privatisation", "subcontracting"]),
        q("23", "question",
          "enquired whether the revised eligibility criteria would mean that fewer patients qualified",
          None,
          "around 8 per cent fewer journeys would be eligible",
          None, []),
        q("23", "question",
          "sought clarification as to whether drivers and crew would transfer to a new provider",
          "Councillor Otterburn",
          "TUPE was expected to apply and that payment of the Real Living Wage",
          "Associate Director", ["workforce", "subcontracting"]),
        q("23", "request",
          "the key performance indicators proposed for the new contract be shared",
          "Chair",
          "agreed to circulate the draft indicators to all Members by the end of October",
          "Associate Director", ["subcontracting", "patient-and-public-input"]),
        q("23", "comment",
          "received more complaints about patient transport than about any other NHS service",
          "Mrs Fennimore", None, None, ["patient-and-public-input"]),
        # 24 winter plan
        q("24", "question",
          "the handover target had been missed in each of the last three winters",
          "Councillor Wadlow",
          "opened a 12-bed ambulance receiving area in September",
          "Mr Lytton", []),
        q("24", "concern",
          "about the low uptake of flu vaccination among health and care staff",
          None,
          "the three councils were funding vaccination clinics in care homes and at council depots",
          "Director of Public Health", ["public-health", "workforce"]),
        q("24", "question",
          "how many of the 164 patients were waiting for social care",
          "Vice-Chair",
          "roughly half were waiting for home care or a care home placement",
          "Mr Ibbotson", ["adult-social-care", "finance"]),
        q("24", "question",
          "asked whether virtual wards were safe for frail older people who lived alone",
          "Councillor Arkwright-Hale",
          "only admitted to a virtual ward after a clinical assessment of their home circumstances",
          "Dr Saran", []),
        q("24", "question",
          "what support was given to family carers of patients on a virtual ward",
          "Councillor Bhardwaj",
          "Carers were given a single number to call at any hour",
          "Dr Saran", ["adult-social-care"]),
        q("24", "request",
          "community pharmacies could do more to relieve pressure on general practice",
          "Councillor Qureshi", None, None, ["primary-care"]),
        # 25 work programme
        q("25", "request",
          "Members requested that an item on access to NHS dentistry be added",
          None,
          "the March agenda was already full and that she would discuss the timing",
          "Senior Scrutiny Officer", ["primary-care"]),
        q("25", "question",
          "asked whether the Committee would look at mental health crisis services",
          "Councillor Otterburn",
          "the ICB had been asked for a briefing note on crisis services",
          "Chair", ["mental-health"]),
    ],
    "resolutions": [
        res("20", "be confirmed as a correct record and signed by the Chair", "agreed", []),
        res("22", "the case for change for community hospital beds and intermediate care be noted",
            "recommended", ["governance", "patient-and-public-input"]),
        res("23", "the ICB be requested to report to the meeting on 15 January 2026",
            "agreed", ["subcontracting"]),
        res("24", "The Committee noted the winter plan and asked that a short update",
            "agreed", []),
        res("25", "the work programme be approved, subject to the addition of an item",
            "agreed", ["primary-care"]),
        res("26", "The Committee noted that its next meeting would be held on",
            "noted", []),
    ],
    "attendees": [
        att("Councillor M Pettifer", "Chair", "present"),
        att("Councillor R Tebbutt", "Vice-Chair", "present"),
        att("Councillor D Arkwright-Hale", None, "present"),
        att("Councillor K Asante-Morris", None, "present"),
        att("Councillor S Bhardwaj", None, "present"),
        att("Councillor L Fitchett", None, "present"),
        att("Councillor G Otterburn", "substitute", "present"),
        att("Councillor H Qureshi", None, "present"),
        att("Councillor T Wadlow", None, "present"),
        att("Mrs A Fennimore", "Co-opted member (non-voting)", "present"),
        att("Councillor P Kinsella", None, "apologies"),
        att("Councillor B Olorunda", None, "apologies"),
        att("Andrea Colquhoun", DSP, "in_attendance"),
        att("Dr Nikhil Saran", "Chief Medical Officer", "in_attendance"),
        att("Lydia Pemberton-Shaw", AD, "in_attendance"),
        att("Graham Lytton", "Chief Operating Officer", "in_attendance"),
        att("Dr Helen Marchbank", "Director of Nursing and Therapies", "in_attendance"),
        att("Dr Philippa Renshaw", "Director of Public Health", "in_attendance"),
        att("Carl Ibbotson", ADSC, "in_attendance"),
        att("Matthew Corrigan", "Senior Scrutiny Officer", "in_attendance"),
        att("Leanne Sowerby", "Democratic Services Officer", "in_attendance"),
    ],
}

WORKPROG_GOLD = {"document": WORKPROG_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(render_minutes().encode("utf-8"))
    (DOCS / WORKPROG_NAME).write_bytes(render_workprog().encode("utf-8"))
    for gold in (MINUTES_GOLD, WORKPROG_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_bytes(
            (json.dumps(gold, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from html.parser import HTMLParser

        class _Text(HTMLParser):
            def __init__(self):
                super().__init__()
                self.parts: list[str] = []

            def handle_data(self, data):
                self.parts.append(data)

        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return " ".join(p.parts)
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qz-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        for a in gold["attendees"]:
            surname = a["name"].split()[-1]
            if surname not in text:
                print(f"FAIL {doc.name}: attendee not found: {a['name']!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / WORKPROG_NAME}\ngold in {GOLD}")
