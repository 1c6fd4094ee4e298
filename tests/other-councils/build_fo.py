#!/usr/bin/env python3
"""Build the "fo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fo.py           build documents/fo-* and gold/fo-*.json
        build_fo.py --check   verify every gold phrase occurs once in its document
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "documents", ROOT / "gold"

MINUTES_NAME = "fo-wealdmoor-joint-health-scrutiny-2025-10-14.txt"
PRESS_NAME = "fo-wealdmoor-press-notice-stroke-consultation.txt"

MINUTES = """WEALDMOOR AND HARBROOK JOINT HEALTH SCRUTINY COMMITTEE
Host authority: Wealdmoor County Council

Notes of the meeting held on Tuesday 14 October 2025 at 2.00pm
Council Chamber, County Hall, Wealdmoor

(Draft – these notes are subject to approval at the next meeting)

PRESENT
Cllr Margaret Ellingham (Wealdmoor County Council) – Chair
Cllr Dev Rathore (Harbrook Borough Council) – Vice-Chair
Cllr Peter Quayle (Wealdmoor County Council)
Cllr Zoë Hartley (Wealdmoor County Council)
Cllr Brian Ostler (Harbrook Borough Council)
Cllr Sunita Kaur (Harbrook Borough Council) – substitute for Cllr Alan Finch
Cllr Rhys Penhale (Ashlin District Council)

OFFICERS AND PARTNERS
Dr Hélène Moreau (NHS Wealdmoor and Harbrook Integrated Care Board) – Chief Medical Officer
Graham Tullett (NHS Wealdmoor and Harbrook Integrated Care Board) – Director of Primary Care Commissioning
Ruth Abara (Harbrook Hospitals NHS Foundation Trust) – Deputy Chief Operating Officer
Sean McAvoy (Wealdmoor County Council) – Assistant Director, Commissioning and Contracts (Adults and Health)
Kirsty Lamb (Wealdmoor County Council) – Scrutiny and Democratic Services Officer


1. APOLOGIES
Apologies were received from Cllr Alan Finch (Harbrook Borough Council), for whom Cllr Kaur substituted, and from Cllr Janet Dunmore (Ashlin District Council).

2. DECLARATIONS OF INTEREST
Cllr Hartley declared a personal interest in item 4 as her son is employed as a physiotherapist at Harbrook General Hospital. There were no other declarations.

3. NOTES OF THE LAST MEETING – 8 JULY 2025
AGREED – that the notes of the meeting held on 8 July 2025 be approved as a correct record and signed by the Chair.

4. PROPOSED CHANGES TO HYPERACUTE STROKE SERVICES – NHS CONSULTATION
Dr Moreau introduced the ICB’s consultation document, which proposed concentrating hyperacute stroke care in one unit at Harbrook General Hospital, with the stroke unit at Wealdmoor Royal becoming an acute stroke and rehabilitation unit. The consultation runs from 1 September to 24 November 2025. Members raised the following points:
a) Cllr Penhale asked how long the ambulance journey from the east of Ashlin would be under the proposals.
\tResponse – Dr Moreau said modelling showed 94% of residents would reach the hyperacute unit within 60 minutes and the ambulance service had agreed the figures.
b) Cllr Quayle was concerned that the consultation events were mostly held in the daytime in town centres.
\tResponse – the ICB would add two evening events and an online session in Ashlin, and would publish the revised timetable on its website.
c) Cllr Kaur asked whether stroke unit staff at Wealdmoor Royal would be expected to relocate to Harbrook.
\tResponse – Ms Abara said no redundancies were planned; staff would be offered a choice of site and the trust was talking to the unions.
d) Cllr Rathore asked what the capital cost of the extra beds at Harbrook would be and who would pay for it.
\tResponse – £6.8m, to be met from the national stroke capital allocation already awarded to the ICB.
e) Cllr Ostler commented that families would face longer journeys to visit relatives and that parking at Harbrook was already difficult.
AGREED – (1) that the committee respond formally to the consultation before it closes on 24 November 2025; (2) that the Chair and Vice-Chair draft the response with the clerk and circulate it to all members for comment; (3) that the ICB be asked to attend the January meeting with the consultation findings.

5. ACCESS TO GP APPOINTMENTS – ICB RECOVERY PLAN
Mr Tullett presented the ICB’s update on the primary care access recovery plan.
a) Cllr Hartley asked why practices in Harbrook town centre still had the longest waits for routine appointments.
\tResponse – Mr Tullett said three practices there had lost GP partners this year and were relying on locums while they recruited.
b) Cllr Penhale requested figures on how many patients had been registered at the closed Millbrook branch surgery and where they had gone.
\tResponse – the figures would be sent to members after the meeting.
c) Cllr Quayle queried whether the new online triage system was putting older patients without internet access at a disadvantage.
\tResponse – practices were required to keep telephone and walk-in routes open, and Healthwatch was carrying out a survey of patients’ experience.
d) Cllr Rathore asked whether community pharmacies would take on more minor illness work under Pharmacy First.
\tResponse – yes, 41 of the 46 pharmacies in the area had signed up and referrals had risen by a third since January.
AGREED – that the update be noted and that the ICB provide practice-level waiting figures for the March 2026 meeting.

6. COMMUNITY DIAGNOSTIC CENTRE – CONTRACT WITH AN INDEPENDENT PROVIDER
Mr Tullett and Ms Abara reported that the ICB had awarded a five-year contract, worth £22m, to Clearview Diagnostics Ltd to run the community diagnostic centre at Harbrook Retail Park from April 2026.
a) Cllr Ostler asked why the contract had been given to a private company rather than to the hospital trust.
\tResponse – Mr Tullett said the trust had not bid, and the contract was awarded after open competition under the Provider Selection Regime.
b) Cllr Kaur was concerned that the new provider would recruit radiographers away from the hospital.
\tResponse – Ms Abara said the trust and Clearview had signed an agreement not to actively recruit each other’s staff for two years.
c) Cllr Hartley asked who would monitor the quality of scans and the reports sent to GPs.
\tResponse – the ICB contract team would receive monthly performance reports and the centre would be registered with the CQC.
d) Cllr Rathore requested that the committee see the key performance indicators in the contract.
\tResponse – Mr McAvoy said he would ask the ICB to share a summary, as parts of the contract were commercially confidential.
AGREED – (1) that the report be noted; (2) that the committee recommend to the ICB Board that contract performance reports for the centre be published quarterly on the ICB’s website.

7. WORK PROGRAMME
Ms Lamb presented the committee’s work programme for 2025/26.
a) Cllr Penhale asked that a session on dementia diagnosis rates be added to the programme.
\tResponse – the Chair agreed that this would be scheduled for the June 2026 meeting.
AGREED – that the work programme be approved, with a session on dementia diagnosis rates added for June 2026.

8. DATE OF NEXT MEETING
Tuesday 13 January 2026 at 2.00pm, Harbrook Civic Centre (Committee Room 2).

Meeting closed at 4.40pm.

Notes taken by Kirsty Lamb, Scrutiny and Democratic Services Officer, Wealdmoor County Council – kirsty.lamb@wealdmoor.example.gov.uk
"""

PRESS = """PRESS NOTICE
Wealdmoor County Council – Communications Team
County Hall, Wealdmoor

FOR IMMEDIATE RELEASE
Date: 25 November 2025
Ref: PN/2025/188

Joint health scrutiny committee responds to stroke services consultation

Councillors from Wealdmoor, Harbrook and Ashlin have sent their formal response to the NHS consultation on the future of hyperacute stroke services, calling on the Integrated Care Board to do more to hear from people in rural areas before any decision is made.

The Wealdmoor and Harbrook Joint Health Scrutiny Committee, which Wealdmoor County Council hosts, considered the ICB’s proposals at its meeting on 14 October. The proposals would concentrate the first 72 hours of specialist stroke care at Harbrook General Hospital, with Wealdmoor Royal providing rehabilitation.

In its response the committee:
– welcomes the clinical case for specialist units and the evidence that more patients would survive and recover well;
– asks the ICB to publish its ambulance journey-time modelling in full, including for villages in the east of Ashlin;
– is concerned that early consultation events were held mostly in daytime and in town centres, and welcomes the extra evening and online sessions added after the meeting;
– asks for a clear plan for families visiting relatives at Harbrook, including parking and public transport.

Cllr Margaret Ellingham, Chair of the joint committee, said: “We are not against change where the evidence shows it saves lives. But people in our rural communities need to know that their voices have been heard, and that the journey times they’ve been promised are real. We will look closely at what the ICB does with the consultation findings.”

The committee has asked the ICB to report back on the results of the consultation at its meeting on 13 January 2026. Councils have a legal power to refer proposals for a substantial variation in NHS services to the Secretary of State if they are not satisfied that consultation has been adequate.

Notes to editors
1. The joint committee has seven members: three from Wealdmoor County Council, three from Harbrook Borough Council and one from Ashlin District Council.
2. The consultation closed on 24 November 2025. The full response is published on the council’s website under “Committee meetings”.
3. Media enquiries: press office, Wealdmoor County Council, telephone 01632 960 418. Café-style drop-in sessions on the proposals were run by the ICB in October.

– ENDS –
"""


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def R(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


def A(name, role, attendance):
    return dict(name=name, role=role, attendance=attendance)


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Wealdmoor and Harbrook Joint Health Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1", "title": "APOLOGIES"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "NOTES OF THE LAST MEETING – 8 JULY 2025"},
        {"number": "4", "title": "PROPOSED CHANGES TO HYPERACUTE STROKE SERVICES – NHS CONSULTATION"},
        {"number": "5", "title": "ACCESS TO GP APPOINTMENTS – ICB RECOVERY PLAN"},
        {"number": "6", "title": "COMMUNITY DIAGNOSTIC CENTRE – CONTRACT WITH AN INDEPENDENT PROVIDER"},
        {"number": "7", "title": "WORK PROGRAMME"},
        {"number": "8", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        Q("4", "question", "asked how long the ambulance journey from the east of Ashlin would be",
          "Cllr Penhale", "94% of residents would reach the hyperacute unit within 60 minutes",
          "Dr Moreau", []),
        Q("4", "concern", "was concerned that the consultation events were mostly held in the daytime",
          "Cllr Quayle", "the ICB would add two evening events and an online session in Ashlin",
          None, ["patient-and-public-input"]),
        Q("4", "question", "asked whether stroke unit staff at Wealdmoor Royal would be expected to relocate",
          "Cllr Kaur", "no redundancies were planned; staff would be offered a choice of site",
          "Ms Abara", ["workforce"]),
        Q("4", "question", "asked what the capital cost of the extra beds at Harbrook would be",
          "Cllr Rathore", "to be met from the national stroke capital allocation already awarded",
          None, ["finance"]),
        Q("4", "comment", "families would face longer journeys to visit relatives and that parking",
          "Cllr Ostler", None, None, []),
        Q("5", "question", "asked why practices in Harbrook town centre still had the longest waits",
          "Cllr Hartley", "three practices there had lost GP partners this year and were relying on locums",
          "Mr Tullett", ["primary-care", "workforce"]),
        Q("5", "request", "requested figures on how many patients had been registered at the closed Millbrook branch surgery",
          "Cllr Penhale", "the figures would be sent to members after the meeting",
          None, ["primary-care"]),
        Q("5", "question", "queried whether the new online triage system was putting older patients",
          "Cllr Quayle", "practices were required to keep telephone and walk-in routes open",
          None, ["primary-care"]),
        Q("5", "question", "asked whether community pharmacies would take on more minor illness work",
          "Cllr Rathore", "41 of the 46 pharmacies in the area had signed up",
          None, ["primary-care"]),
        Q("6", "question", "asked why the contract had been given to a private company rather than",
          "Cllr Ostler", "the contract was awarded after open competition under the Provider Selection Regime",
          "Mr Tullett", ["privatisation", "subcontracting"]),
        Q("6", "concern", "was concerned that the new provider would recruit radiographers away from the hospital",
          "Cllr Kaur", "signed an agreement not to actively recruit each other’s staff for two years",
          "Ms Abara", ["workforce", "subcontracting"]),
        Q("6", "question", "asked who would monitor the quality of scans and the reports",
          "Cllr Hartley", "the ICB contract team would receive monthly performance reports",
          None, ["subcontracting", "governance"]),
        Q("6", "request", "requested that the committee see the key performance indicators in the contract",
          "Cllr Rathore", "as parts of the contract were commercially confidential",
          "Mr McAvoy", ["subcontracting", "governance"]),
        Q("7", "request", "asked that a session on dementia diagnosis rates be added to the programme",
          "Cllr Penhale", "this would be scheduled for the June 2026 meeting",
          "the Chair", ["mental-health"]),
    ],
    "resolutions": [
        R("3", "notes of the meeting held on 8 July 2025 be approved as a correct record", "agreed", []),
        R("4", "that the committee respond formally to the consultation before it closes", "agreed",
          ["patient-and-public-input"]),
        R("5", "the ICB provide practice-level waiting figures for the March 2026 meeting", "agreed",
          ["primary-care"]),
        R("6", "recommend to the ICB Board that contract performance reports for the centre be published quarterly",
          "recommended", ["subcontracting", "governance"]),
        R("7", "that the work programme be approved, with a session on dementia diagnosis rates", "agreed",
          ["mental-health"]),
    ],
    "attendees": [
        A("Cllr Margaret Ellingham", "Chair", "present"),
        A("Cllr Dev Rathore", "Vice-Chair", "present"),
        A("Cllr Peter Quayle", None, "present"),
        A("Cllr Zoë Hartley", None, "present"),
        A("Cllr Brian Ostler", None, "present"),
        A("Cllr Sunita Kaur", "substitute for Cllr Alan Finch", "present"),
        A("Cllr Rhys Penhale", None, "present"),
        A("Dr Hélène Moreau", "Chief Medical Officer", "in_attendance"),
        A("Graham Tullett", "Director of Primary Care Commissioning", "in_attendance"),
        A("Ruth Abara", "Deputy Chief Operating Officer", "in_attendance"),
        A("Sean McAvoy", "Assistant Director, Commissioning and Contracts (Adults and Health)", "in_attendance"),
        A("Kirsty Lamb", "Scrutiny and Democratic Services Officer", "in_attendance"),
        A("Cllr Alan Finch", None, "apologies"),
        A("Cllr Janet Dunmore", None, "apologies"),
    ],
}

PRESS_GOLD = {
    "document": PRESS_NAME,
    "doc_type": "news",
    "themes": ["patient-and-public-input", "governance"],
}


def encode_notepad_unicode(text):
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return b"\xff\xfe" + text.encode("utf-16-le")


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, text, gold in ((MINUTES_NAME, MINUTES, MINUTES_GOLD), (PRESS_NAME, PRESS, PRESS_GOLD)):
        (DOCS / name).write_bytes(encode_notepad_unicode(text))
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("fo-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        raw = (DOCS / gold["document"]).read_bytes()
        assert raw[:2] == b"\xff\xfe", "missing UTF-16LE BOM"
        text = raw.decode("utf-16")
        assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "not CRLF"
        doc = norm(text)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = doc.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gpath.name} {kind}: count={c} words={n}: {p}")
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
