#!/usr/bin/env python3
"""Build the "fx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fx.py           build documents/fx-* and gold/fx-*.json
        build_fx.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

def wrap(par, width=80):
    if not par:
        return [""]
    return textwrap.wrap(par, width=width, break_on_hyphens=False, break_long_words=False)

def word_plain_text(blocks):
    """blocks: list of strings; lines containing a tab are kept as-is (table rows)."""
    out = []
    for b in blocks:
        m = re.match(r"^([0-9a-z]{1,2}\.|o|§)\t(.*)$", b)
        if m:
            # Word list paragraph: number/bullet, tab, then text hard-wrapped to the margin
            lines = textwrap.wrap(m.group(2), width=72, break_on_hyphens=False, break_long_words=False)
            first = lines[0]
            rest = textwrap.wrap(" ".join(lines[1:]), width=80, break_on_hyphens=False, break_long_words=False) if len(lines) > 1 else []
            out.append(m.group(1) + "\t" + first); out.extend(rest)
        elif "\t" in b:
            out.append(b)
        else:
            out.extend(wrap(b))
    return "\r\n".join(out) + "\r\n"

# ---------------------------------------------------------------- document 1
DOC1 = "fx-thornmouth-scrutiny-health-social-care-2025-01-14.txt"
B = []
A = B.append
A("THORNMOUTH COUNCIL")
A("")
A("SCRUTINY COMMITTEE (HEALTH AND SOCIAL CARE)")
A("")
A("MINUTES of a meeting of the Scrutiny Committee (Health and Social Care) held in the Council Chamber, Civic Offices, Quayside Road, Thornmouth on Tuesday 14 January 2025 at 6.00 pm.")
A("")
A("Present:")
A("Councillor J Pemberton\tChair")
A("Councillor R Okafor\tVice-Chair")
A("Councillor D Haslam\t")
A("Councillor S Lindqvist\t")
A("Councillor M Trevelyan\tSubstitute for Councillor P Ashworth")
A("Councillor A Begum\t")
A("Councillor T Wardle\t")
A("")
A("Co-opted member (non-voting):")
A("Mrs E Faraday\tHealthwatch Thornmouth")
A("")
A("Also present:")
A("Councillor K Mbeki\tCabinet Member for Adult Social Care and Health")
A("")
A("Officers and partners in attendance:")
A("Ms L Carraway\tCorporate Director of Adults, Health and Housing")
A("Dr N Osei\tDirector of Public Health")
A("Mr G Hollins\tHead of Commissioning (Care and Support), Adults, Health and Housing")
A("Ms F Duarte\tDirector of Urgent and Emergency Care, Coastal and Vale Integrated Care Board")
A("Mr C Abernethy\tService Director, Children and Young People's Mental Health, Thornmouth and Vale Community NHS Trust")
A("Ms R Ilic\tDemocratic Services Officer")
A("")
A("Apologies:")
A("Councillor P Ashworth\t")
A("Councillor H Greaves\t")
A("")
A("")
A("1.\tAPOLOGIES AND SUBSTITUTIONS")
A("")
A("Apologies for absence were received from Councillor P Ashworth and Councillor H Greaves. Councillor M Trevelyan attended as substitute for Councillor Ashworth.")
A("")
A("2.\tDECLARATIONS OF INTEREST")
A("")
A("Councillor A Begum declared a personal interest in item 6 as she is employed as a staff nurse at Thornmouth General Hospital. She remained in the meeting and took part in the discussion. There were no other declarations.")
A("")
A("3.\tMINUTES OF THE PREVIOUS MEETING")
A("")
A("The minutes of the meeting held on 12 November 2024 were submitted.")
A("")
A("The Committee RESOLVED:")
A("1.\tThat the minutes of the meeting held on 12 November 2024 be approved as a correct record and signed by the Chair.")
A("")
A("4.\tPUBLIC QUESTIONS")
A("")
A("One question had been received under the Committee's public question procedure.")
A("")
A("Question from Mr B Hartigan (Harbourside):")
A("Mr Hartigan asked whether the Council would guarantee that the Lantern Day Centre would stay open while the review of day opportunities was carried out, as families had been told by staff that referrals had been paused since October.")
A("Cabinet Member response:")
A("Councillor Mbeki replied that no decision had been taken to close any day centre and referrals to the Lantern had been paused only while the building's heating was repaired; referrals had resumed on 6 January and families would be written to this week.")
A("")
A("5.\tRECOMMISSIONING OF HOME CARE SERVICES")
A("")
A("Mr G Hollins, Head of Commissioning (Care and Support), introduced the report, which set out the proposed approach to recommissioning home care when the current framework contracts end in September 2025. The report proposed moving from eleven framework providers to four zoned lead providers, paid on an hourly rate of £24.10, with the in-house reablement team retained for the first six weeks after hospital discharge.")
A("")
A("The following points were raised by Members:")
A("")
A("a.\tCouncillor Haslam asked how many of the 1,240 people currently receiving home care would have to change provider under the zoned model.")
A("Officer response:")
A("Mr Hollins estimated that around 310 people would change provider, and said that nobody would be moved in the first three months and that continuity of care worker would be protected wherever the worker transferred under TUPE.")
A("")
A("b.\tCouncillor Lindqvist expressed concern that a proposed hourly rate of £24.10 was below the rate needed to pay care workers the real living wage, and that the tender would attract bidders who intended to recover costs through shorter visits.")
A("Officer response:")
A("Ms Carraway said the rate had been tested with the provider market and included an uplift for travel time; the contract would require payment of the real living wage and would be monitored through electronic call monitoring data.")
A("")
A("c.\tMrs Faraday requested that people who use home care and their carers be involved in scoring the tender submissions, as had happened in a neighbouring authority.")
A("Officer response:")
A("Mr Hollins agreed to include two trained experts by experience on each evaluation panel.")
A("")
A("d.\tCouncillor Wardle questioned whether the Council had considered bringing more of the home care service back in-house rather than relying on private providers.")
A("Officer response:")
A("Ms Carraway explained that an options appraisal had been carried out in 2023 and a wholly in-house service had been estimated to cost £3.2 million a year more; the retained reablement service would however be expanded by eight posts.")
A("")
A("e.\tCouncillor Trevelyan commented that rural parts of the Vale zone had been poorly served under the current framework and that any new contract must include penalties where visits were missed.")
A("")
A("The Committee RESOLVED:")
A("1.\tThat the report be noted.")
A("2.\tThat Cabinet be RECOMMENDED to retain the in-house reablement service and to expand it by eight posts as set out in paragraph 6.4 of the report.")
A("3.\tThat Cabinet be RECOMMENDED to include a minimum visit-length standard and financial penalties for missed visits in the new home care contracts.")
A("")
A("6.\tURGENT AND EMERGENCY CARE: WINTER 2024/25")
A("")
A("Ms F Duarte, Director of Urgent and Emergency Care, Coastal and Vale Integrated Care Board, gave a presentation on winter pressures. The main points were:")
A("o\tfour-hour performance at Thornmouth General Hospital had averaged 68% in December against a plan of 76%;")
A("o\tambulance handover delays of more than one hour had fallen by a third compared with the previous winter;")
A("o\tan average of 74 beds a day were occupied by patients medically fit for discharge.")
A("")
A("The following points were raised by Members:")
A("")
A("a.\tCouncillor Okafor asked what proportion of the 74 delayed patients were waiting for a social care package rather than for NHS community services.")
A("Officer response:")
A("Ms Duarte said that about 40% were waiting for care at home or a care home placement and the remainder were waiting for community hospital beds or therapy assessment.")
A("")
A("b.\tCouncillor Begum raised concerns about the number of corridor care episodes and the effect on staff morale and sickness absence in the emergency department.")
A("Officer response:")
A("Ms Duarte acknowledged that corridor care had been used on 19 days in December, said it was not acceptable, and reported that the trust's emergency department sickness absence rate was 7.1%.")
A("")
A("c.\tCouncillor Lindqvist sought clarification on whether the additional £2.6 million winter funding from the ICB was recurrent.")
A("Officer response:")
A("Ms Duarte confirmed the funding was non-recurrent and would end on 31 March 2025, although the ICB intended to fund the discharge hub permanently from 2025/26.")
A("")
A("d.\tCouncillor Pemberton asked why the uptake of the flu vaccination among health and care staff was lower than last year.")
A("Officer response:")
A("Dr Osei said uptake among frontline staff stood at 38% and a targeted campaign with care homes and home care agencies was running until the end of February.")
A("")
A("The Committee RESOLVED:")
A("1.\tThat the presentation be noted.")
A("2.\tThat the Integrated Care Board be asked to provide a further update on winter performance and delayed discharges at the meeting on 11 March 2025.")
A("")
A("7.\tCHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH: WAITING TIMES")
A("")
A("Mr C Abernethy introduced the update on waiting times for children and young people's mental health services, including the neurodevelopmental assessment pathway.")
A("")
A("The following points were raised by Members:")
A("")
A("a.\tCouncillor Wardle asked how long children were currently waiting for a first autism assessment and what support families received in the meantime.")
A("Officer response:")
A("Mr Abernethy said the median wait was 71 weeks, and families were offered a waiting-well pack, a parent workshop and access to the school mental health support teams.")
A("")
A("b.\tCouncillor Haslam expressed concern that part of the assessment backlog had been outsourced to an online private company without any local consultation.")
A("Officer response:")
A("Mr Abernethy explained that the contract with the independent provider covered 600 assessments, all reports were quality-checked by trust clinicians, and the trust would report back on the views of families who had used it.")
A("")
A("c.\tMrs Faraday requested that the trust publish its waiting times by school year on its website each quarter.")
A("")
A("The Committee RESOLVED:")
A("1.\tThat the update on children and young people's mental health waiting times be noted.")
A("")
A("8.\tWORK PROGRAMME 2024/25")
A("")
A("The Democratic Services Officer presented the work programme. Members suggested the following additions:")
A("§\tdental access for children in care;")
A("§\ttemporary accommodation for people discharged from hospital.")
A("")
A("The Committee RESOLVED:")
A("1.\tThat the work programme be approved, subject to adding dental access for children in care to the March meeting.")
A("2.\tThat a task group on hospital discharge into temporary accommodation be established, with membership delegated to the Chair and Vice-Chair.")
A("")
A("The meeting ended at 8.14 pm.")
A("")
A("")
A("Chair ....................................................")
A("")
A("Date ....................................................")

G1 = {
    "document": DOC1, "doc_type": "minutes",
    "committee": "Scrutiny Committee (Health and Social Care)",
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "1", "title": "APOLOGIES AND SUBSTITUTIONS"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "4", "title": "PUBLIC QUESTIONS"},
        {"number": "5", "title": "RECOMMISSIONING OF HOME CARE SERVICES"},
        {"number": "6", "title": "URGENT AND EMERGENCY CARE: WINTER 2024/25"},
        {"number": "7", "title": "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH: WAITING TIMES"},
        {"number": "8", "title": "WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked whether the Council would guarantee that the Lantern Day Centre would stay open",
         "asked_by": "Mr B Hartigan",
         "answer": "no decision had been taken to close any day centre",
         "given_by": "Councillor K Mbeki", "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "would have to change provider under the zoned model",
         "asked_by": "Councillor Haslam",
         "answer": "estimated that around 310 people would change provider",
         "given_by": "Mr Hollins", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "concern",
         "text": "was below the rate needed to pay care workers the real living wage",
         "asked_by": "Councillor Lindqvist",
         "answer": "the rate had been tested with the provider market and included an uplift",
         "given_by": "Ms Carraway", "themes": ["adult-social-care", "workforce", "finance", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "be involved in scoring the tender submissions",
         "asked_by": "Mrs Faraday",
         "answer": "agreed to include two trained experts by experience on each evaluation panel",
         "given_by": "Mr Hollins", "themes": ["adult-social-care", "patient-and-public-input", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "bringing more of the home care service back in-house rather than relying on private providers",
         "asked_by": "Councillor Wardle",
         "answer": "a wholly in-house service had been estimated to cost £3.2 million a year more",
         "given_by": "Ms Carraway", "themes": ["adult-social-care", "privatisation", "finance"]},
        {"item": "5", "kind": "comment",
         "text": "any new contract must include penalties where visits were missed",
         "asked_by": "Councillor Trevelyan", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "were waiting for a social care package rather than for NHS community services",
         "asked_by": "Councillor Okafor",
         "answer": "about 40% were waiting for care at home or a care home placement",
         "given_by": "Ms Duarte", "themes": ["adult-social-care", "integration"]},
        {"item": "6", "kind": "concern",
         "text": "raised concerns about the number of corridor care episodes",
         "asked_by": "Councillor Begum",
         "answer": "corridor care had been used on 19 days in December",
         "given_by": "Ms Duarte", "themes": ["workforce"]},
        {"item": "6", "kind": "question",
         "text": "whether the additional £2.6 million winter funding from the ICB was recurrent",
         "asked_by": "Councillor Lindqvist",
         "answer": "confirmed the funding was non-recurrent and would end on 31 March 2025",
         "given_by": "Ms Duarte", "themes": ["finance"]},
        {"item": "6", "kind": "question",
         "text": "why the uptake of the flu vaccination among health and care staff was lower",
         "asked_by": "Councillor Pemberton",
         "answer": "uptake among frontline staff stood at 38%",
         "given_by": "Dr Osei", "themes": ["public-health", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "how long children were currently waiting for a first autism assessment",
         "asked_by": "Councillor Wardle",
         "answer": "the median wait was 71 weeks, and families were offered a waiting-well pack",
         "given_by": "Mr Abernethy", "themes": ["children-and-families", "mental-health"]},
        {"item": "7", "kind": "concern",
         "text": "backlog had been outsourced to an online private company without any local consultation",
         "asked_by": "Councillor Haslam",
         "answer": "the contract with the independent provider covered 600 assessments",
         "given_by": "Mr Abernethy",
         "themes": ["children-and-families", "mental-health", "subcontracting", "privatisation", "patient-and-public-input"]},
        {"item": "7", "kind": "request",
         "text": "publish its waiting times by school year on its website each quarter",
         "asked_by": "Mrs Faraday", "answer": None, "given_by": None,
         "themes": ["children-and-families", "mental-health", "governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "be approved as a correct record and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "Cabinet be RECOMMENDED to retain the in-house reablement service",
         "outcome": "recommended", "themes": ["adult-social-care", "privatisation", "workforce", "subcontracting"]},
        {"item": "6", "text": "be asked to provide a further update on winter performance and delayed discharges",
         "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
        {"item": "7", "text": "update on children and young people's mental health waiting times be noted",
         "outcome": "noted", "themes": ["children-and-families", "mental-health"]},
        {"item": "8", "text": "the work programme be approved, subject to adding dental access",
         "outcome": "agreed", "themes": ["governance", "primary-care", "children-and-families", "housing"]},
    ],
    "attendees": [
        {"name": "Councillor J Pemberton", "role": "Chair", "attendance": "present"},
        {"name": "Councillor R Okafor", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor D Haslam", "role": None, "attendance": "present"},
        {"name": "Councillor S Lindqvist", "role": None, "attendance": "present"},
        {"name": "Councillor M Trevelyan", "role": "Substitute for Councillor P Ashworth", "attendance": "present"},
        {"name": "Councillor A Begum", "role": None, "attendance": "present"},
        {"name": "Councillor T Wardle", "role": None, "attendance": "present"},
        {"name": "Mrs E Faraday", "role": "Healthwatch Thornmouth", "attendance": "present"},
        {"name": "Councillor K Mbeki", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Ms L Carraway", "role": "Corporate Director of Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Dr N Osei", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr G Hollins", "role": "Head of Commissioning (Care and Support), Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Ms F Duarte", "role": "Director of Urgent and Emergency Care, Coastal and Vale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr C Abernethy", "role": "Service Director, Children and Young People's Mental Health, Thornmouth and Vale Community NHS Trust", "attendance": "in_attendance"},
        {"name": "Ms R Ilic", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor P Ashworth", "role": None, "attendance": "apologies"},
        {"name": "Councillor H Greaves", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
DOC2 = "fx-thornmouth-scrutiny-health-social-care-minutes-index-2024-25.txt"
C = []
A = C.append
A("THORNMOUTH COUNCIL")
A("Scrutiny Committee (Health and Social Care)")
A("Minutes index 2024/25")
A("")
A("This index lists the published minutes of the Committee for the 2024/25 municipal year. Minutes are published as PDF files on the Council's website once they have been approved at the following meeting. Copies in other formats are available from Democratic Services.")
A("")
meetings = [
    ("Minutes of the meeting held on 4 June 2024 (annual meeting) – approved 9 July 2024 (PDF, 6 pages)",
     ["Appointment of Vice-Chair", "Draft work programme 2024/25", "Terms of reference"]),
    ("Minutes of the meeting held on 9 July 2024 – approved 10 September 2024 (PDF, 12 pages)",
     ["Adult social care annual performance report", "GP access in the Vale primary care network", "Healthwatch Thornmouth annual report"]),
    ("Minutes of the meeting held on 10 September 2024 – approved 12 November 2024 (PDF, 14 pages)",
     ["Care Quality Commission assessment of adult social care", "Stop smoking and vaping service", "Sexual health services contract extension"]),
    ("Minutes of the meeting held on 12 November 2024 – approved 14 January 2025 (PDF, 11 pages)",
     ["Budget proposals 2025/26: Adults, Health and Housing", "Homelessness and temporary accommodation", "Adult safeguarding annual report"]),
    ("Minutes of the meeting held on 14 January 2025 – approved 11 March 2025 (PDF, 10 pages)",
     ["Recommissioning of home care services", "Urgent and emergency care: winter 2024/25", "Children and young people's mental health: waiting times"]),
    ("Minutes of the meeting held on 11 March 2025 – draft, to be approved 10 June 2025 (PDF, 9 pages)",
     ["Dental access for children in care", "Hospital discharge task group: scope", "Public health grant 2025/26"]),
]
for line, topics in meetings:
    A(line)
    A("Main topics:")
    for t in topics:
        A("o\t" + t)
    A("")
A("Meetings cancelled: 21 October 2024 (extraordinary meeting, not required).")
A("")
A("For minutes of earlier years see the Minutes index 2023/24. Enquiries: Democratic Services, Civic Offices, Quayside Road, Thornmouth.")
A("")
A("Page last updated: 12 March 2025")

G2 = {
    "document": DOC2, "doc_type": "other",
    "committee": "Scrutiny Committee (Health and Social Care)",
    "themes": ["adult-social-care", "primary-care", "public-health", "mental-health",
               "children-and-families", "housing", "finance", "governance",
               "patient-and-public-input", "subcontracting"],
}

def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w]+", " ", s.lower())).strip()

def check(text, gold):
    t = norm(text); ok = True
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(q["text"])
        if q.get("answer"):
            phrases.append(q["answer"])
    for r in gold.get("resolutions", []):
        phrases.append(r["text"])
    for p in phrases:
        n = len(p.split()); c = t.count(norm(p))
        if c != 1 or not (6 <= n <= 15):
            print(f"FAIL {gold['document']}: count={c} words={n}: {p}"); ok = False
    return ok, len(phrases)

def main():
    docs = [(DOC1, word_plain_text(B), G1), (DOC2, word_plain_text(C), G2)]
    if "--check" in sys.argv:
        allok = True
        for name, _, g in docs:
            with open(os.path.join(DOCS, name), "rb") as f:
                text = f.read().decode("utf-8")
            ok, n = check(text, g); allok &= ok
            print(f"{name}: {n} phrases {'OK' if ok else 'FAILED'}")
        sys.exit(0 if allok else 1)
    for name, text, g in docs:
        with open(os.path.join(DOCS, name), "wb") as f:
            f.write(text.encode("utf-8"))
        with open(os.path.join(GOLD, name[:-4] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
        print("wrote", name)

if __name__ == "__main__":
    main()
