#!/usr/bin/env python3
"""Build the "en-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_en.py           build documents/en-* and gold/en-*.json
        build_en.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------------------
# Document 1: screen-reader text conversion of Health Scrutiny Committee minutes
# ---------------------------------------------------------------------------
DOC1 = "en-ashcombe-health-scrutiny-committee-2025-10-14.txt"

HDR = ("Header: Ashcombe Borough Council. Health Scrutiny Committee. "
       "Tuesday 14 October 2025.")


def footer(n):
    return [f"Footer: Page {n} of 4. Chairman's initials ..........",
            f"Page break. Page {n + 1} of 4.", HDR]


doc1 = [
    "Document: Minutes of the Health Scrutiny Committee. Converted for screen readers by "
    "Ashcombe Accessible Documents Service, version 3.2.",
    "Document has 4 pages, 9 headings, 6 lists and 1 table.",
    "Page 1 of 4.",
    HDR,
    "Heading level 1: Minutes",
    "Paragraph: Minutes of the meeting of the Health Scrutiny Committee held in the "
    "Council Chamber, Civic Offices, Market Street, Ashcombe on Tuesday 14 October 2025 "
    "at 6.30 pm.",
    "Heading level 2: Attendance",
    "Table with 3 columns and 14 rows.",
    "Row 1: Column 1: Name. Column 2: Role. Column 3: Attendance.",
    "Row 2: Column 1: Cllr A Patel. Column 2: Chair. Column 3: Present.",
    "Row 3: Column 1: Cllr M Dawlish. Column 2: Vice-Chair. Column 3: Present.",
    "Row 4: Column 1: Cllr R Ellery. Column 2: Member. Column 3: Present.",
    "Row 5: Column 1: Cllr S Fenwick-Hart. Column 2: Member. Column 3: Present.",
    "Row 6: Column 1: Cllr J Okonkwo. Column 2: Member. Column 3: Apologies.",
    "Row 7: Column 1: Cllr T Brannigan. Column 2: Substitute for Cllr Okonkwo. Column 3: Present.",
    "Row 8: Column 1: Cllr L Quarrie. Column 2: Member. Column 3: Present.",
    "Row 9: Column 1: Cllr H Winstanley. Column 2: Member. Column 3: Absent.",
    "Row 10: Column 1: Mrs P Gadsby. Column 2: Co-opted Member, Healthwatch Ashcombe. "
    "Column 3: Present.",
    "Row 11: Column 1: Dr K Mensah. Column 2: Director of Public Health. Column 3: In attendance.",
    "Row 12: Column 1: Ms F Harcourt. Column 2: Assistant Director, Commissioning and "
    "Market Management (Adult Social Care). Column 3: In attendance.",
    "Row 13: Column 1: Mr D Lindqvist. Column 2: Programme Director, Community Diagnostics, "
    "Severnmoor Integrated Care Board. Column 3: In attendance.",
    "Row 14: Column 1: Ms G Achebe. Column 2: Democratic Services Officer. Column 3: In attendance.",
    "Table end.",
    "Heading level 2: 1. Apologies and Substitutions",
    "Paragraph: Apologies for absence were received from Councillor Okonkwo. Councillor "
    "Brannigan attended as substitute.",
    "Heading level 2: 2. Declarations of Interest",
    "Paragraph: Councillor Dawlish declared a non-pecuniary interest in item 5 as a "
    "public governor of Severnmoor Hospitals NHS Foundation Trust. Councillor Quarrie "
    "declared a non-pecuniary interest in item 6 as her mother receives home care "
    "commissioned by the Council.",
    "Heading level 2: 3. Minutes of the Previous Meeting",
    "Paragraph: RESOLVED – That the minutes of the meeting held on 9 September 2025 be "
    "confirmed as a correct record and signed by the Chair.",
    *footer(1),
    "Heading level 2: 4. Public Question Time",
    "Paragraph: One question had been received from a member of the public.",
    "Paragraph: Mr Colin Ramage asked whether patients without a car would be offered "
    "transport to the new diagnostic centre at Lydgate Retail Park. The Chair replied that "
    "the Integrated Care Board would cover transport under item 5 and that a written "
    "answer would be sent to Mr Ramage.",
    "Heading level 2: 5. Community Diagnostic Centre – Lydgate",
    "Paragraph: Mr Lindqvist introduced the report on the first six months of the "
    "Community Diagnostic Centre, which now provided MRI, CT, ultrasound and phlebotomy "
    "seven days a week. The centre was run under a five year contract with Meridian "
    "Imaging Partners Ltd on behalf of the ICB.",
    "Paragraph: Councillor Ellery asked why the centre had been placed with a private "
    "company rather than the Foundation Trust. Mr Lindqvist explained that the national "
    "capital offer had required a procurement and the Trust had chosen not to bid.",
    "Paragraph: Members raised the following further points:",
    "List with 4 items.",
    "Bullet: Councillor Fenwick-Hart queried how many scans were being performed against "
    "the contracted activity. Mr Lindqvist advised that activity stood at 87 per cent of "
    "plan, with CT running ahead of target.",
    "Bullet: Councillor Brannigan was concerned that radiographers were being recruited "
    "away from the acute hospital. In response, the ICB said a shared rotation scheme "
    "with the Trust had been agreed in August.",
    "Bullet: Mrs Gadsby asked how patient feedback was being collected at the centre. Mr "
    "Lindqvist said Healthwatch would carry out an enter and view visit in January.",
    "Bullet: Councillor Quarrie requested the figures for did-not-attend rates by ward.",
    "List end.",
    "Paragraph: Returning to the public question, the Chair asked what transport support "
    "existed for patients. Mr Lindqvist confirmed that the patient transport eligibility "
    "criteria applied and a shuttle from the bus station was being costed.",
    "Paragraph: RESOLVED – That",
    "List with 3 items.",
    "Bullet: (a) the report be noted;",
    "Bullet: (b) the ICB provide ward-level did-not-attend figures before the December meeting;",
    "Bullet: (c) the Committee receive the contract performance review in April 2026.",
    "List end.",
    *footer(2),
    "Heading level 2: 6. Recommissioning of Home Care Services",
    "Paragraph: Ms Harcourt presented the proposals to recommission home care from April "
    "2026 through a zoned framework of eight lead providers, replacing the current spot "
    "purchasing arrangements with 41 agencies.",
    "Paragraph: Councillor Dawlish asked whether the hourly rate offered would allow "
    "providers to pay the Real Living Wage. Ms Harcourt said the proposed rate of £24.90 "
    "had been set to meet the Real Living Wage from year one.",
    "Paragraph: Councillor Quarrie expressed concern that families had not been consulted "
    "on the zones. Ms Harcourt acknowledged this and said that six drop-in sessions for "
    "service users and carers would run in November.",
    "Paragraph: Councillor Ellery questioned whether the Council had considered bringing "
    "some home care back in-house. The Cabinet Member said an in-house reablement team "
    "would be retained but a wholly council-run service was unaffordable.",
    "Paragraph: Councillor Patel sought clarification on how the framework would handle "
    "rural areas with few providers. No answer was recorded and the Chair asked for a note "
    "to be circulated.",
    "Paragraph: RESOLVED – That",
    "List with 2 items.",
    "Bullet: (a) the Committee supports the move to a zoned framework subject to the "
    "outcome of the engagement sessions;",
    "Bullet: (b) it be recommended to Cabinet that the framework contract include a "
    "contractual requirement to pay the Real Living Wage to all care workers.",
    "List end.",
    *footer(3),
    "Heading level 2: 7. Smoking Cessation and Vaping in Young People",
    "Paragraph: Dr Mensah gave an update on the stop smoking service and trading "
    "standards work on underage vape sales. The Committee noted the update without "
    "discussion.",
    "Heading level 2: 8. Work Programme 2025/26",
    "Paragraph: Councillor Fenwick-Hart asked that the Children's Mental Health waiting "
    "times item be brought forward. The Democratic Services Officer confirmed it could "
    "move to the December agenda.",
    "Paragraph: RESOLVED – That the work programme be agreed, with children's mental "
    "health waiting times moved to the December meeting.",
    "Paragraph: The meeting closed at 8.52 pm.",
    "Paragraph: Chair ____________________ Date ____________",
    "Footer: Page 4 of 4. Chairman's initials ..........",
    "End of document.",
]

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Public Question Time"},
        {"number": "5", "title": "Community Diagnostic Centre – Lydgate"},
        {"number": "6", "title": "Recommissioning of Home Care Services"},
        {"number": "7", "title": "Smoking Cessation and Vaping in Young People"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked whether patients without a car would be offered transport",
         "asked_by": "Mr Colin Ramage",
         "answer": "a written answer would be sent to Mr Ramage",
         "given_by": "The Chair", "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "asked why the centre had been placed with a private company",
         "asked_by": "Councillor Ellery",
         "answer": "the national capital offer had required a procurement",
         "given_by": "Mr Lindqvist", "themes": ["privatisation", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "queried how many scans were being performed against the contracted activity",
         "asked_by": "Councillor Fenwick-Hart",
         "answer": "activity stood at 87 per cent of plan",
         "given_by": "Mr Lindqvist", "themes": ["subcontracting"]},
        {"item": "5", "kind": "concern",
         "text": "was concerned that radiographers were being recruited away from the acute hospital",
         "asked_by": "Councillor Brannigan",
         "answer": "a shared rotation scheme with the Trust had been agreed",
         "given_by": "the ICB", "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "asked how patient feedback was being collected at the centre",
         "asked_by": "Mrs Gadsby",
         "answer": "Healthwatch would carry out an enter and view visit",
         "given_by": "Mr Lindqvist", "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "request",
         "text": "requested the figures for did-not-attend rates by ward",
         "asked_by": "Councillor Quarrie", "answer": None, "given_by": None,
         "themes": []},
        {"item": "5", "kind": "question",
         "text": "the Chair asked what transport support existed for patients",
         "asked_by": "The Chair",
         "answer": "a shuttle from the bus station was being costed",
         "given_by": "Mr Lindqvist", "themes": []},
        {"item": "6", "kind": "question",
         "text": "asked whether the hourly rate offered would allow providers to pay",
         "asked_by": "Councillor Dawlish",
         "answer": "had been set to meet the Real Living Wage from year one",
         "given_by": "Ms Harcourt",
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "6", "kind": "concern",
         "text": "expressed concern that families had not been consulted on the zones",
         "asked_by": "Councillor Quarrie",
         "answer": "six drop-in sessions for service users and carers would run",
         "given_by": "Ms Harcourt",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "questioned whether the Council had considered bringing some home care back in-house",
         "asked_by": "Councillor Ellery",
         "answer": "a wholly council-run service was unaffordable",
         "given_by": "The Cabinet Member",
         "themes": ["privatisation", "finance", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "sought clarification on how the framework would handle rural areas",
         "asked_by": "Councillor Patel", "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "8", "kind": "request",
         "text": "asked that the Children's Mental Health waiting times item be brought forward",
         "asked_by": "Councillor Fenwick-Hart",
         "answer": "confirmed it could move to the December agenda",
         "given_by": "The Democratic Services Officer",
         "themes": ["mental-health", "children-and-families", "governance"]},
    ],
    "resolutions": [
        {"item": "3",
         "text": "the minutes of the meeting held on 9 September 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "5",
         "text": "the ICB provide ward-level did-not-attend figures before the December meeting",
         "outcome": "agreed", "themes": []},
        {"item": "6",
         "text": "the Committee supports the move to a zoned framework subject to the",
         "outcome": "recommended",
         "themes": ["subcontracting", "workforce", "adult-social-care", "patient-and-public-input"]},
        {"item": "7",
         "text": "The Committee noted the update without discussion",
         "outcome": "noted", "themes": ["public-health", "children-and-families"]},
        {"item": "8",
         "text": "the work programme be agreed, with children's mental health waiting times",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families", "governance"]},
    ],
    "attendees": [
        {"name": "Cllr A Patel", "role": "Chair", "attendance": "present"},
        {"name": "Cllr M Dawlish", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr R Ellery", "role": "Member", "attendance": "present"},
        {"name": "Cllr S Fenwick-Hart", "role": "Member", "attendance": "present"},
        {"name": "Cllr J Okonkwo", "role": "Member", "attendance": "apologies"},
        {"name": "Cllr T Brannigan", "role": "Substitute for Cllr Okonkwo", "attendance": "present"},
        {"name": "Cllr L Quarrie", "role": "Member", "attendance": "present"},
        {"name": "Cllr H Winstanley", "role": "Member", "attendance": "absent"},
        {"name": "Mrs P Gadsby", "role": "Co-opted Member, Healthwatch Ashcombe", "attendance": "present"},
        {"name": "Dr K Mensah", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Ms F Harcourt",
         "role": "Assistant Director, Commissioning and Market Management (Adult Social Care)",
         "attendance": "in_attendance"},
        {"name": "Mr D Lindqvist",
         "role": "Programme Director, Community Diagnostics, Severnmoor Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Ms G Achebe", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Register of members' interests (not minutes)
# ---------------------------------------------------------------------------
DOC2 = "en-ashcombe-register-of-members-interests-health-scrutiny.txt"

doc2 = """ASHCOMBE BOROUGH COUNCIL
REGISTER OF MEMBERS' INTERESTS
Localism Act 2011, section 29, and the Members' Code of Conduct
Extract: Members of the Health Scrutiny Committee
Register as at 1 October 2025. Maintained by the Monitoring Officer.

Entries are as notified by each Member. "None" means the Member has nothing to declare
in that category. Addresses of land are given to street level only.

======================================================================
COUNCILLOR MARGARET DAWLISH (Vice-Chair, Health Scrutiny Committee)
Ward: Lydgate East
======================================================================
PART 1 - DISCLOSABLE PECUNIARY INTERESTS

1. Employment, office, trade, profession or vocation
   Part-time practice nurse, Castle Road Surgery, Ashcombe (employed by
   Castle Road Medical Partnership).
2. Sponsorship
   Election expenses 2023 contributed by Ashcombe & District Labour Party.
3. Contracts with the Council
   None.
4. Land
   Freehold of own home, Gorse Lane, Ashcombe.
5. Licences
   None.
6. Corporate tenancies
   None.
7. Securities
   None.

PART 2 - OTHER REGISTRABLE INTERESTS
   Public governor, Severnmoor Hospitals NHS Foundation Trust (elected 2024,
   unpaid).
   Trustee, Lydgate Carers' Centre (registered charity).
   Member, Royal College of Nursing.

Gifts and hospitality over £50 (last 12 months):
   None.

Date of last update: 3 June 2025

======================================================================
COUNCILLOR ROBERT ELLERY
Ward: Harrowfield
======================================================================
PART 1 - DISCLOSABLE PECUNIARY INTERESTS

1. Employment, office, trade, profession or vocation
   Director and shareholder, Ellery Property Services Ltd (lettings and
   block management).
2. Sponsorship
   None.
3. Contracts with the Council
   Ellery Property Services Ltd holds a private sector leasing agreement with
   the Council for four flats used as temporary accommodation.
4. Land
   Freehold of own home, Mill Row, Harrowfield.
   Leasehold of 2 flats, Station Parade, Ashcombe (let to tenants).
   Freehold of garage block, Orchard Close, Harrowfield.
5. Licences
   None.
6. Corporate tenancies
   None.
7. Securities
   Shares above the threshold in Ellery Property Services Ltd.

PART 2 - OTHER REGISTRABLE INTERESTS
   Member, Ashcombe Conservative Association.
   Member, National Residential Landlords Association.
   Board member, Harrowfield Community Sports Trust.

Gifts and hospitality over £50 (last 12 months):
   Ticket to Ashcombe Business Awards dinner, value £85, from Severnmoor
   Chamber of Commerce (12 March 2025).

Date of last update: 21 August 2025

======================================================================
COUNCILLOR SALLY FENWICK-HART
Ward: St Anne's
======================================================================
PART 1 - DISCLOSABLE PECUNIARY INTERESTS

1. Employment, office, trade, profession or vocation
   Team manager, Meridian Home Care Ltd (domiciliary care provider).
   Spouse: consultant anaesthetist, Severnmoor Hospitals NHS Foundation Trust.
2. Sponsorship
   Election expenses 2023 contributed by Ashcombe Liberal Democrats and by
   UNISON Severnmoor Health Branch (£250).
3. Contracts with the Council
   Meridian Home Care Ltd is a spot-purchase home care provider to the Council.
4. Land
   Freehold of own home (jointly with spouse), Vicarage Walk, St Anne's.
   Allotment plot licence, St Anne's Allotments.
5. Licences
   See 4 above.
6. Corporate tenancies
   None.
7. Securities
   None.

PART 2 - OTHER REGISTRABLE INTERESTS
   Member, UNISON.
   Governor, St Anne's Church of England Primary School.
   Volunteer, Ashcombe Foodbank.

Gifts and hospitality over £50 (last 12 months):
   None.

Date of last update: 9 July 2025

----------------------------------------------------------------------
Members must notify the Monitoring Officer of any change within 28 days.
This extract is published for information. It is not a record of a meeting.
Ashcombe Borough Council, Civic Offices, Market Street, Ashcombe.
"""

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["governance", "primary-care", "adult-social-care", "housing"],
}


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(text, gold):
    nt = norm(text)
    ok = True
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = norm(p)
        words = len(p.split())
        c = nt.count(n)
        if c != 1 or not (6 <= words <= 15):
            ok = False
            print(f"FAIL {gold['document']} {kind}: {p!r} count={c} words={words}")
    print(f"{gold['document']}: {len(phrases)} phrases checked, {'OK' if ok else 'FAILED'}")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    t1 = "\n".join(doc1) + "\n"
    outputs = [(DOC1, t1, GOLD1), (DOC2, doc2, GOLD2)]
    if "--check" in sys.argv:
        ok = all([check(t, g) for _, t, g in outputs])
        sys.exit(0 if ok else 1)
    for name, text, gold in outputs:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        gname = os.path.splitext(name)[0] + ".json"
        with open(os.path.join(GOLD, gname), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote", name, gname)


if __name__ == "__main__":
    main()
