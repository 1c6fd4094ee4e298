#!/usr/bin/env python3
"""Build the "gn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gn.py           build documents/gn-* and gold/gn-*.json
        build_gn.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

WIDTH = 86
LINES_PER_PAGE = 34


def wrap(par, width=WIDTH):
    """Break a paragraph as a justified PDF would, hyphenating long words at line ends."""
    words = par.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width:
            cur = cand
            i += 1
            continue
        room = width - len(cur) - 2  # space + hyphen
        core = re.sub(r"[^A-Za-z]", "", w)
        if cur and len(w) >= 8 and core == w and room >= 3 and len(w) - room >= 3:
            cut = room
            lines.append(cur + " " + w[:cut] + "-")
            words[i] = w[cut:]
            cur = ""
            continue
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


def paginate(pars, header, total_fmt, initials=True):
    body = []
    for p in pars:
        if p.startswith("@"):
            body.append(p[1:])
        else:
            body.extend(wrap(p))
    pages = [body[i:i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out.append(header)
        out.extend(pg)
        out.append(total_fmt.format(k, n))
        if initials:
            out.append("Chairman's Initials ...........")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- document 1
MIN_NAME = "gn-harrowfield-health-scrutiny-2025-11-12.txt"
MIN_PARS = [
    "@HARROWFIELD COUNCIL",
    "@HEALTH SCRUTINY COMMITTEE",
    "MINUTES of a meeting of the Health Scrutiny Committee held in the Council Chamber, Civic Centre, Harrowfield on Wednesday, 12 November 2025 at 2.00 pm",
    "Present: Councillor M Ashworth (Chairman), Councillor P Brennan (Vice-Chairman), Councillors D Dunmore (substitute for Councillor Okafor), H Fairclough, R Iqbal, S Lowther, J Pennington and T Whitcombe",
    "Co-opted Member: Mrs A Castleton (Healthwatch Harrowfield)",
    "Also present: Councillor L Greaves (Cabinet Member for Adult Social Care and Health)",
    "Officers: Mr K Oduya (Director of Adult Social Care and Health Partnerships), Dr F Sallis (Director of Public Health), Ms R Tanner (Assistant Director, Commissioning and Market Management), Mr G Hurst (Chief Operating Officer, Harrowfield and District NHS Foundation Trust), Ms E Varley (Associate Director of Mental Health Commissioning, Mid Pennine Integrated Care Board) and Mrs C Bolt (Democratic Services Officer)",
    "34. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
    "Apologies for absence were received from Councillors N Okafor and W Reddish. Councillor D Dunmore attended as substitute for Councillor Okafor.",
    "35. DECLARATIONS OF INTEREST",
    "Councillor P Brennan declared a non-pecuniary interest in Minute 38 as she is employed as a ward sister by Harrowfield and District NHS Foundation Trust and remained in the meeting. No other declarations were made.",
    "36. MINUTES",
    "RESOLVED – That the minutes of the meeting held on 17 September 2025 be approved as a correct record and signed by the Chairman.",
    "37. RECOMMISSIONING OF HOME CARE SERVICES",
    "The Assistant Director, Commissioning and Market Management presented a report on the proposed recommissioning of home care services across the borough from October 2026, when the existing framework agreement with eleven providers comes to an end. The report set out a move to five geographical zones, each with a lead provider and a smaller number of secondary providers, and an indicative budget of £31.4m a year. Councillor Fairclough asked how many of the current providers were owned by private equity firms and whether the Council knew what profit margins they were making on its contracts. In response, the Assistant Director advised that four of the eleven providers were part of national groups backed by private equity and that the Council did not currently require open book accounting but proposed to do so in the new contracts. Councillor Iqbal asked why zoning had been chosen when the Council's own reablement team could be expanded instead. The Director advised that an in-house option had been costed at around £4.2m a year more than the zoned model and that the reablement team would continue to provide the first six weeks of support. Councillor Lowther expressed concern that rural wards in the north of the borough had waited longest for packages of care over the last year. The Assistant Director confirmed that the northern zone would carry a rural uplift on the hourly rate and that travel time would be paid separately. Mrs Castleton requested that people receiving home care and their families be involved in evaluating the bids, and the Cabinet Member agreed that two lay evaluators would be recruited through Healthwatch. Councillor Pennington asked whether the new contracts would require providers to pay care workers the Real Living Wage. In response, the Director advised that the specification required payment at or above the Real Living Wage and that this had been built into the proposed hourly rates.",
    "RESOLVED – That (1) the report be noted; and (2) a further report setting out the outcome of the tender, including the ownership of the successful bidders, be submitted to the meeting on 11 March 2026.",
    "38. URGENT AND EMERGENCY CARE – WINTER PLAN 2025/26",
    "The Chief Operating Officer of Harrowfield and District NHS Foundation Trust introduced the Trust's winter plan, which included 24 additional escalation beds at Harrowfield General Hospital, an expanded same day emergency care unit and a virtual ward of 60 beds. Councillor Whitcombe asked how many patients had waited more than twelve hours in the emergency department during October. The Chief Operating Officer advised that 412 patients had waited more than twelve hours from arrival, an improvement on the previous October, but accepted that this remained too high. Councillor Dunmore asked whether the escalation beds would be staffed by agency nurses. The Chief Operating Officer advised that around a third of the shifts were expected to be covered by bank and agency staff and that an international recruitment campaign had brought 38 nurses into post since April. Councillor Brennan raised concern about ambulances queuing outside the hospital and the effect on response times in the community. In response, the Director of Adult Social Care and Health Partnerships advised that the joint discharge hub now met daily and that delayed discharges had fallen from 71 to 49 patients a day since the summer.",
    "RESOLVED – That the winter plan and the update from the Trust be noted.",
    "39. PUBLIC HEALTH GRANT 2026/27 AND STOP SMOKING SERVICE",
    "The Director of Public Health presented a report on the public health grant allocation and the proposal to bring the stop smoking service, currently provided under contract by a community interest company, back under direct council management from April 2026. Councillor Ashworth asked whether the community interest company's staff would transfer to the Council. The Director of Public Health advised that eleven staff would transfer under TUPE and that their terms and conditions would be protected. Councillor Lowther asked what the service had achieved last year. Dr Sallis advised that 1,146 people had set a quit date and 54 per cent had quit at four weeks, slightly below the national average. Councillor Iqbal questioned whether the cut in the ring-fenced grant in real terms would put the service at risk in future years. In response, the Director of Public Health advised that the grant had risen by 1.3 per cent in cash terms, which was below inflation, and that savings would be found from management costs rather than front-line services.",
    "RESOLVED – That Cabinet be recommended to approve the transfer of the stop smoking service to direct council provision from 1 April 2026.",
    "40. CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH – WAITING TIMES",
    "The Associate Director of Mental Health Commissioning at the Mid Pennine Integrated Care Board gave an update on waiting times for children and young people's mental health services. Councillor Pennington asked how long children were waiting for a first appointment for an autism or ADHD assessment. The Associate Director advised that the median wait for a neurodevelopmental assessment was now 74 weeks and that a contract with an independent provider had been extended to clear the longest waits. Councillor Whitcombe expressed concern that schools were being left to support children in crisis without specialist advice. Councillor Fairclough asked whether the ICB would publish waiting times by school cluster so that members could see the position in their own wards. The Associate Director undertook to provide the figures to the Committee in writing. Mrs Castleton commented that families responding to the Healthwatch survey had described feeling abandoned while on the waiting list.",
    "RESOLVED – That (1) the update be noted; (2) the Integrated Care Board be requested to provide waiting times by school cluster; and (3) the Chairman write to the Chief Executive of the Integrated Care Board setting out the Committee's concerns about neurodevelopmental waits.",
    "41. WORK PROGRAMME AND DATE OF NEXT MEETING",
    "The Democratic Services Officer presented the Committee's work programme for 2025/26. Members suggested that the Committee consider the closure of two branch surgeries in the north of the borough.",
    "RESOLVED – That the work programme be agreed, subject to the addition of an item on branch surgery closures at the January meeting.",
    "The next meeting of the Committee will be held on Wednesday, 14 January 2026 at 2.00 pm.",
    "The meeting closed at 4.40 pm.",
    "@Chairman",
]
MIN_HEADER = "Health Scrutiny Committee 12 November 2025"

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-11-12",
    "items": [
        {"number": "34", "title": "Apologies for Absence and Substitutions"},
        {"number": "35", "title": "Declarations of Interest"},
        {"number": "36", "title": "Minutes"},
        {"number": "37", "title": "Recommissioning of Home Care Services"},
        {"number": "38", "title": "Urgent and Emergency Care – Winter Plan 2025/26"},
        {"number": "39", "title": "Public Health Grant 2026/27 and Stop Smoking Service"},
        {"number": "40", "title": "Children and Young People's Mental Health – Waiting Times"},
        {"number": "41", "title": "Work Programme and Date of Next Meeting"},
    ],
    "questions": [
        {"item": "37", "kind": "question",
         "text": "how many of the current providers were owned by private equity firms",
         "asked_by": "Councillor Fairclough",
         "answer": "require open book accounting but proposed to do so in the new contracts",
         "given_by": "Assistant Director, Commissioning and Market Management",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "37", "kind": "question",
         "text": "why zoning had been chosen when the Council's own reablement team could be expanded",
         "asked_by": "Councillor Iqbal",
         "answer": "an in-house option had been costed at around £4.2m a year more",
         "given_by": "Director",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "37", "kind": "concern",
         "text": "rural wards in the north of the borough had waited longest for packages",
         "asked_by": "Councillor Lowther",
         "answer": "the northern zone would carry a rural uplift on the hourly rate",
         "given_by": "Assistant Director",
         "themes": ["adult-social-care", "finance"]},
        {"item": "37", "kind": "request",
         "text": "people receiving home care and their families be involved in evaluating the bids",
         "asked_by": "Mrs Castleton",
         "answer": "the Cabinet Member agreed that two lay",
         "given_by": "Cabinet Member",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "37", "kind": "question",
         "text": "whether the new contracts would require providers to pay care workers the Real Living Wage",
         "asked_by": "Councillor Pennington",
         "answer": "the specification required payment at or above the Real Living Wage",
         "given_by": "Director",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "38", "kind": "question",
         "text": "how many patients had waited more than twelve hours in the emergency department",
         "asked_by": "Councillor Whitcombe",
         "answer": "412 patients had waited more than twelve hours from arrival",
         "given_by": "Chief Operating Officer",
         "themes": []},
        {"item": "38", "kind": "question",
         "text": "whether the escalation beds would be staffed by agency nurses",
         "asked_by": "Councillor Dunmore",
         "answer": "an international recruitment campaign had brought 38 nurses into post since April",
         "given_by": "Chief Operating Officer",
         "themes": ["workforce"]},
        {"item": "38", "kind": "concern",
         "text": "the effect on response times in the community",
         "asked_by": "Councillor Brennan",
         "answer": "delayed discharges had fallen from 71 to 49 patients a day",
         "given_by": "Director of Adult Social Care and Health Partnerships",
         "themes": ["integration", "adult-social-care"]},
        {"item": "39", "kind": "question",
         "text": "whether the community interest company's staff would transfer to the Council",
         "asked_by": "Councillor Ashworth",
         "answer": "eleven staff would transfer under TUPE and that their terms and conditions",
         "given_by": "Director of Public Health",
         "themes": ["workforce", "privatisation", "public-health"]},
        {"item": "39", "kind": "question",
         "text": "Councillor Lowther asked what the service had achieved last year",
         "asked_by": "Councillor Lowther",
         "answer": "1,146 people had set a quit date and 54 per cent had quit",
         "given_by": "Dr Sallis",
         "themes": ["public-health"]},
        {"item": "39", "kind": "question",
         "text": "the cut in the ring-fenced grant in real terms would put the service at risk",
         "asked_by": "Councillor Iqbal",
         "answer": "savings would be found from management costs rather than front-line services",
         "given_by": "Director of Public Health",
         "themes": ["finance", "public-health"]},
        {"item": "40", "kind": "question",
         "text": "how long children were waiting for a first appointment for an autism or ADHD assessment",
         "asked_by": "Councillor Pennington",
         "answer": "the median wait for a neurodevelopmental assessment was now 74 weeks",
         "given_by": "Associate Director",
         "themes": ["children-and-families", "mental-health", "subcontracting"]},
        {"item": "40", "kind": "concern",
         "text": "schools were being left to support children in crisis without specialist advice",
         "asked_by": "Councillor Whitcombe",
         "answer": None,
         "given_by": None,
         "themes": ["children-and-families", "mental-health"]},
        {"item": "40", "kind": "request",
         "text": "whether the ICB would publish waiting times by school cluster",
         "asked_by": "Councillor Fairclough",
         "answer": "undertook to provide the figures to the Committee in writing",
         "given_by": "Associate Director",
         "themes": ["children-and-families", "mental-health"]},
        {"item": "40", "kind": "comment",
         "text": "Mrs Castleton commented that families responding to the",
         "asked_by": "Mrs Castleton",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "children-and-families", "mental-health"]},
        {"item": "41", "kind": "request",
         "text": "the Committee consider the closure of two branch surgeries in the north",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "governance"]},
    ],
    "resolutions": [
        {"item": "36", "text": "the minutes of the meeting held on 17 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "37", "text": "a further report setting out the outcome of the tender",
         "outcome": "agreed", "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "38", "text": "That the winter plan and the update from the Trust be noted",
         "outcome": "noted", "themes": []},
        {"item": "39", "text": "Cabinet be recommended to approve the transfer of the stop smoking service",
         "outcome": "recommended", "themes": ["public-health", "privatisation"]},
        {"item": "40", "text": "the Integrated Care Board be requested to provide waiting times by school cluster",
         "outcome": "agreed", "themes": ["children-and-families", "mental-health"]},
        {"item": "41", "text": "the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance", "primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor M Ashworth", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor P Brennan", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor D Dunmore", "role": "substitute for Councillor Okafor", "attendance": "present"},
        {"name": "Councillor H Fairclough", "role": None, "attendance": "present"},
        {"name": "Councillor R Iqbal", "role": None, "attendance": "present"},
        {"name": "Councillor S Lowther", "role": None, "attendance": "present"},
        {"name": "Councillor J Pennington", "role": None, "attendance": "present"},
        {"name": "Councillor T Whitcombe", "role": None, "attendance": "present"},
        {"name": "Mrs A Castleton", "role": "Co-opted Member (Healthwatch Harrowfield)", "attendance": "present"},
        {"name": "Councillor L Greaves", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Mr K Oduya", "role": "Director of Adult Social Care and Health Partnerships", "attendance": "in_attendance"},
        {"name": "Dr F Sallis", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Ms R Tanner", "role": "Assistant Director, Commissioning and Market Management", "attendance": "in_attendance"},
        {"name": "Mr G Hurst", "role": "Chief Operating Officer, Harrowfield and District NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Ms E Varley", "role": "Associate Director of Mental Health Commissioning, Mid Pennine Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mrs C Bolt", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor N Okafor", "role": None, "attendance": "apologies"},
        {"name": "Councillor W Reddish", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
SCOPE_NAME = "gn-harrowfield-home-care-workforce-review-scoping.txt"
SCOPE_PARS = [
    "@HARROWFIELD COUNCIL",
    "@HEALTH SCRUTINY COMMITTEE",
    "@SCRUTINY REVIEW SCOPING DOCUMENT",
    "Review title: Recruitment and Retention of the Home Care Workforce",
    "Lead Member: Councillor J Pennington. Review panel: Councillors Fairclough, Iqbal and Lowther and Mrs A Castleton (Healthwatch Harrowfield). Lead officer: Ms R Tanner, Assistant Director, Commissioning and Market Management. Scrutiny support: Mrs C Bolt, Democratic Services Officer.",
    "1. Reason for the review",
    "Home care providers commissioned by the Council report vacancy rates of around 14 per cent and staff turnover of more than 30 per cent a year. Packages of care are regularly handed back by providers who cannot staff them, and people waiting to leave hospital are most affected. The recommissioning of home care from October 2026 gives the Council an opportunity to set new expectations of providers on pay, travel time and training, and the Committee agreed at its meeting on 12 November 2025 that a short review should report before contracts are awarded.",
    "2. Objectives",
    "2.1 To understand the main reasons why care workers leave the sector in Harrowfield and what would encourage them to stay. 2.2 To assess whether the hourly rates paid to providers are sufficient to fund the Real Living Wage, paid travel time and training. 2.3 To identify good practice elsewhere, including ethical care charters, guaranteed hours contracts and in-house or council-owned provision. 2.4 To make evidence-based recommendations to the Cabinet before the home care tender is evaluated.",
    "3. Key lines of enquiry",
    "(a) What are current vacancy, turnover and sickness absence rates among home care providers, and how do these compare with neighbouring councils? (b) How much of the hourly rate paid by the Council reaches care workers in wages, and how much is retained as provider overheads and profit? (c) Are care workers paid for travel time between visits and for time spent in training? (d) What do care workers and people receiving care say about continuity of care and the length of visits? (e) Could the Council's own reablement service or a council-owned company provide part of the market, and at what cost? (f) How will the new contracts be monitored to ensure that commitments on pay and conditions are kept?",
    "4. Scope – what is included and excluded",
    "The review will cover home care for adults commissioned by the Council under the current framework. It will not examine residential or nursing care, direct payments or the NHS continuing healthcare budget, except where these affect the home care workforce.",
    "5. Witnesses and evidence",
    "The panel intends to hear from: the Cabinet Member for Adult Social Care and Health; the Director of Adult Social Care and Health Partnerships; three home care providers of different sizes; UNISON North West; the Harrowfield Care Association; Healthwatch Harrowfield; care workers, invited through an anonymous online survey and two drop-in sessions; and people receiving home care and their carers. Written evidence will be sought from the Mid Pennine Integrated Care Board and from a council that has brought home care back in-house.",
    "6. Timetable",
    "December 2025 – scope agreed by the Health Scrutiny Committee. January 2026 – survey of care workers open for four weeks; desk research. February 2026 – two evidence sessions (Tuesday 10 and Wednesday 25 February). March 2026 – panel agrees findings and draft recommendations. 11 March 2026 – final report to the Health Scrutiny Committee. April 2026 – report and recommendations to Cabinet.",
    "7. Risks and resources",
    "The main risk is that the review runs beyond the tender timetable. The panel will be supported by the Democratic Services Officer for approximately two days a month; no additional budget is required beyond refreshments for the drop-in sessions.",
    "8. Equalities",
    "Most home care workers are women and a significant number were born outside the United Kingdom. The survey will be available in Polish, Romanian and Tagalog.",
]
SCOPE_HEADER = "Scrutiny Review Scoping Document – Home Care Workforce"
SCOPE_GOLD = {
    "document": SCOPE_NAME,
    "doc_type": "other",
    "themes": ["workforce", "adult-social-care", "subcontracting", "finance",
               "privatisation", "patient-and-public-input", "governance"],
}


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    docs = [
        (MIN_NAME, paginate(MIN_PARS, MIN_HEADER, "Page {} of {}"), MIN_GOLD),
        (SCOPE_NAME, paginate(SCOPE_PARS, SCOPE_HEADER, "Page {} of {}", initials=False), SCOPE_GOLD),
    ]
    for name, text, gold in docs:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        stem = os.path.splitext(name)[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    s = s.replace("_", " ")
    return " " + " ".join(s.split()) + " "


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("gn-"):
            continue
        gold = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        text = norm(open(os.path.join(DOCS, gold["document"]), encoding="utf-8").read())
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = text.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g} {kind}: count={c} words={n}: {p}")
        print(f"{g}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    build()
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
