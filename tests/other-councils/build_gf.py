#!/usr/bin/env python3
"""Build the "gf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gf.py           build documents/gf-* and gold/gf-*.json
        build_gf.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import quopri
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1
DOC1 = "gf-wyvernbrook-health-housing-scrutiny-2025-10-14.txt"

HEAD1 = """Return-Path: <democratic.services@wyvernbrook.gov.uk>
Received: from mail.wyvernbrook.gov.uk (mail.wyvernbrook.gov.uk [192.0.2.41])
\tby mx.wyvernbrook.gov.uk with ESMTPS id 4Bq7LxT2k9z1
\tfor <hhsp-members@wyvernbrook.gov.uk>; Tue, 25 Nov 2025 16:42:07 +0000 (GMT)
Received: from WBDC-EXCH02.wyvernbrook.local (10.20.4.12) by
 WBDC-EXCH01.wyvernbrook.local (10.20.4.11) with Microsoft SMTP Server id
 15.2.1544.4; Tue, 25 Nov 2025 16:42:05 +0000
From: "Hollis, Rebecca" <democratic.services@wyvernbrook.gov.uk>
To: "HHSP Members" <hhsp-members@wyvernbrook.gov.uk>
CC: "Democratic Services" <committees@wyvernbrook.gov.uk>
Subject: Confirmed minutes - Health and Housing Scrutiny Panel - 14 October 2025
Thread-Topic: Confirmed minutes - Health and Housing Scrutiny Panel - 14 October 2025
Date: Tue, 25 Nov 2025 16:42:05 +0000
Message-ID: <7f3a91c2e05b4d88a1c6@WBDC-EXCH02.wyvernbrook.local>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
X-Originating-IP: [10.20.7.88]
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""

BODY1 = """Dear Members,

Please find below the minutes of the Health and Housing Scrutiny Panel meeting held on 14 October 2025, which were confirmed as a correct record at the Panel's meeting on 18 November 2025 and signed by the Chairman. These will be published on the Council's website in the usual way.

Kind regards,
Rebecca

----------------------------------------------------------------------

WYVERNBROOK DISTRICT COUNCIL

HEALTH AND HOUSING SCRUTINY PANEL

MINUTES of a meeting held in the Tamar Room, Council Offices, Mill Lane, Wyvernbrook on Tuesday 14 October 2025 at 6.00 pm

PRESENT: Councillor D Pengelly (Chairman), Councillor S Oduya (Vice-Chairman), Councillors M Ashcroft, T Bellamy, J Carrow, H Fenwick, P Kaur and L Trethewey

ALSO PRESENT: Councillor A Marchetti (Portfolio Holder for Housing and Communities)

OFFICERS: K Whitlock (Director of Housing, Health and Community Services), R Desai (Housing Options and Homelessness Manager), G Laity (Private Sector Housing and Environmental Protection Lead), R Hollis (Democratic Services Officer)

IN ATTENDANCE: Dr F Nankivell (Associate Director of Primary Care Commissioning, Devon Cornwall and Tamar Integrated Care Board)

1. APOLOGIES

Apologies for absence were received from Councillors B Rowe and E Quiller. There were no substitutes.

2. DECLARATIONS OF INTEREST

Councillor Kaur declared a non-registrable interest in item 6 as she is employed as a practice nurse at a surgery in the district, and remained in the meeting. No other declarations were made.

3. MINUTES

RESOLVED - That the minutes of the meeting held on 2 September 2025 be confirmed as a correct record and signed by the Chairman.

4. HOMELESSNESS AND TEMPORARY ACCOMMODATION - QUARTER 2 UPDATE

The Housing Options and Homelessness Manager presented the report, which showed that 118 households were in temporary accommodation at the end of September, of whom 41 were in bed and breakfast, and that the net cost of temporary accommodation to the Council was forecast at =C2=A31.36 million for the year against a budget of =C2=A3880,000.

Cllr Bellamy asked how many of the families placed in bed and breakfast had been there for longer than the six week legal limit. The Director replied that 9 families had exceeded six weeks at the end of the quarter, which the Council reported to the Government each quarter, and that every case was reviewed weekly by the Housing Options and Homelessness Manager. Cllr Oduya expressed concern that households were being placed in Plymouth and Exeter, far from schools and support networks. The Director replied that out of area placements were used only when nothing was available locally and that the new leased units at Harbour Road would bring 14 families back into the district by February. Cllr Carrow asked whether the Council had considered buying homes itself rather than paying nightly rates to private landlords. The Portfolio Holder replied that a business case for acquiring up to 20 homes using the Local Authority Housing Fund and borrowing would come to Cabinet in December. Cllr Fenwick requested that the Panel receive a breakdown of the temporary accommodation overspend by type of placement. The Director replied that this would be circulated to Members before the next meeting.

RESOLVED - That
(1) the update on homelessness and temporary accommodation be noted;
(2) the breakdown of the overspend by type of placement be circulated to all Members of the Panel; and
(3) the Panel considers the acquisition business case at its meeting on 18 November 2025 before it goes to Cabinet.

5. DISABLED FACILITIES GRANTS AND HOUSING ADAPTATIONS

The Private Sector Housing and Environmental Protection Lead introduced the report on the delivery of Disabled Facilities Grants, noting that the Better Care Fund allocation for 2025/26 was =C2=A31.12 million and that 64 adaptations had been completed in the first half of the year.

Cllr Trethewey asked why the average time from referral to completion of a stairlift or level access shower had risen to 31 weeks. The Private Sector Housing Lead replied that the main delay was the wait for an occupational therapy assessment from the County Council, and that the contractor framework had now been extended to five firms. Cllr Ashcroft queried whether the underspend carried forward from last year would be lost if it was not committed by March. The Director replied that the Council had agreement from the Better Care Fund partners to carry the balance forward on condition that it was committed by the end of the financial year. Cllr Kaur asked whether the Council had consulted people waiting for adaptations about their experience of the process. No answer was recorded, and the Chairman asked officers to respond in writing.

RESOLVED - That the report on the delivery of Disabled Facilities Grants be noted.

6. ACCESS TO GP APPOINTMENTS IN WYVERNBROOK

Dr Nankivell gave a presentation on behalf of the Integrated Care Board on access to general practice in the district, including the move to the modern general practice access model and the new digital triage system used by seven of the nine practices.

Cllr Pengelly asked what was being done for older residents who could not use the online triage forms. Dr Nankivell replied that every practice must keep a telephone and walk-in route open and that care navigators would complete the form on the patient's behalf. Cllr Bellamy sought clarification on whether the closure of the St Keyne branch surgery had been consulted on with patients. Dr Nankivell replied that the practice had carried out a six week engagement exercise and that the ICB's Primary Care Commissioning Committee would make the decision in public in January. Cllr Oduya raised concern that recently qualified GPs were unable to find salaried posts while patients waited three weeks for a routine appointment. Dr Nankivell replied that additional roles funding could not be used for GPs but the ICB had lobbied NHS England to change the rules. Cllr Ashcroft asked for the waiting times for each practice to be published so that residents could compare them. Dr Nankivell replied that practice level data was already published monthly by NHS England and she would send Members the link.

RESOLVED - That
(1) Dr Nankivell be thanked for her presentation;
(2) the Integrated Care Board be asked to report back to the Panel in April 2026 on the outcome of the St Keyne branch surgery decision; and
(3) the Chairman write to the ICB Chief Executive supporting the retention of a branch surgery in St Keyne.

7. HEALTHY LIFESTYLES SERVICE - CONTRACT EXTENSION

The Director reported that the contract for the healthy lifestyles and weight management service with Active Horizons Ltd expired in March 2026 and that Cabinet was being asked to approve a one year extension while the service was reviewed jointly with the County Council's public health team.

Cllr Carrow questioned why the service had not been brought back in-house, given that the provider had missed its referral targets in three of the last four quarters. The Director replied that the Council no longer employed any staff with the specialist qualifications and that a full options appraisal including in-house delivery would form part of the review. Cllr Fenwick commented that the contract management meetings should be reported to the Panel so that Members could see how performance was being monitored.

RESOLVED - That Cabinet be recommended to approve a one year extension to the healthy lifestyles contract, subject to quarterly performance reports being provided to this Panel.

8. WORK PROGRAMME

The Panel considered its work programme for the remainder of 2025/26 =E2=80=93 no questions were raised.

RESOLVED - That the work programme be agreed, with the addition of an item on damp and mould in private rented homes in February 2026.

The meeting ended at 8.14 pm.

CHAIRMAN

----------------------------------------------------------------------

Rebecca Hollis
Democratic Services Officer
Wyvernbrook District Council | Council Offices | Mill Lane | Wyvernbrook | WB7 2QT
Tel: 01632 960418 | Email: democratic.services@wyvernbrook.gov.uk
www.wyvernbrook.gov.uk

This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error please notify the sender and delete it. Any views expressed are those of the author and not necessarily those of Wyvernbrook District Council. Please think before you print =3D save paper.
"""

# ---------------------------------------------------------------- document 2
DOC2 = "gf-wyvernbrook-icb-winter-plan-briefing-invitation.txt"

HEAD2 = """Return-Path: <democratic.services@wyvernbrook.gov.uk>
Received: from mail.wyvernbrook.gov.uk (mail.wyvernbrook.gov.uk [192.0.2.41])
\tby mx.wyvernbrook.gov.uk with ESMTPS id 4Bq9Rw0m3Fz7
\tfor <hhsp-members@wyvernbrook.gov.uk>; Mon, 03 Nov 2025 09:15:22 +0000 (GMT)
Received: from WBDC-EXCH02.wyvernbrook.local (10.20.4.12) by
 WBDC-EXCH01.wyvernbrook.local (10.20.4.11) with Microsoft SMTP Server id
 15.2.1544.4; Mon, 03 Nov 2025 09:15:20 +0000
From: "Hollis, Rebecca" <democratic.services@wyvernbrook.gov.uk>
To: "HHSP Members" <hhsp-members@wyvernbrook.gov.uk>
Subject: Invitation - Member briefing on the ICB Winter Plan 2025/26 - Thu 20 November
Date: Mon, 03 Nov 2025 09:15:20 +0000
Message-ID: <c41e7b09aa2f4e6d93b2@WBDC-EXCH02.wyvernbrook.local>
Importance: high
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""

BODY2 = """Dear Councillors,

At the Panel's meeting on 14 October, Members asked for an opportunity to hear more about how local health and care services will cope this winter. The Devon Cornwall and Tamar Integrated Care Board has kindly offered to brief Members on its Winter Plan 2025/26 before it is considered by the ICB Board in December.

This is an informal briefing session, not a formal meeting of the Panel. It will not be webcast, no decisions will be taken and no minutes will be produced, although a short note of any follow=E2=80=91up actions will be circulated afterwards.

Date: Thursday 20 November 2025
Time: 5.30 pm =E2=80=93 7.00 pm (refreshments from 5.15 pm)
Venue: Committee Room 2, Council Offices, Mill Lane, Wyvernbrook, or join on Microsoft Teams (link to follow)

AGENDA

1. Welcome and introductions =E2=80=93 Councillor D Pengelly, Chairman of the Health and Housing Scrutiny Panel (5 minutes)

2. Winter pressures in 2024/25: what we learned =E2=80=93 Director of Urgent and Emergency Care, Devon Cornwall and Tamar ICB (15 minutes)

3. The Winter Plan 2025/26: extra beds, the urgent community response service, virtual wards and hospital discharge =E2=80=93 ICB and Royal Tamar Hospital NHS Foundation Trust (25 minutes)

4. Flu and COVID-19 vaccination programme and support for care homes =E2=80=93 Consultant in Public Health, County Council (15 minutes)

5. The role of the district council: housing, disabled facilities grants and the Warm Homes fund =E2=80=93 Director of Housing, Health and Community Services (10 minutes)

6. Open discussion (20 minutes)

Members are welcome to send questions in advance so that the presenters can prepare; please email them to me by 5.00 pm on Friday 14 November. Slides will be circulated after the session.

Please let me know by Monday 10 November whether you will attend in person or online, and whether you have any dietary or access requirements. Substitute members of the Panel are also welcome.

Kind regards,

Rebecca Hollis
Democratic Services Officer
Wyvernbrook District Council | Council Offices | Mill Lane | Wyvernbrook | WB7 2QT
Tel: 01632 960418 | Email: democratic.services@wyvernbrook.gov.uk

This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error please notify the sender and delete it.
"""


def body_text(body):
    """Turn the body (written with =E2=80=93 etc. markers for readability) into text."""
    return quopri.decodestring(body.encode("ascii")).decode("utf-8")


def encode_qp(text):
    return quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")


def build_doc(head, body):
    text = body_text(body)
    return head + encode_qp(text)


# ---------------------------------------------------------------- gold
def Q(item, kind, text, by, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by,
            "answer": answer, "given_by": given, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, att):
    return {"name": name, "role": role, "attendance": att}


DIR = "The Director"
GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Housing Scrutiny Panel",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1", "title": "APOLOGIES"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES"},
        {"number": "4", "title": "HOMELESSNESS AND TEMPORARY ACCOMMODATION - QUARTER 2 UPDATE"},
        {"number": "5", "title": "DISABLED FACILITIES GRANTS AND HOUSING ADAPTATIONS"},
        {"number": "6", "title": "ACCESS TO GP APPOINTMENTS IN WYVERNBROOK"},
        {"number": "7", "title": "HEALTHY LIFESTYLES SERVICE - CONTRACT EXTENSION"},
        {"number": "8", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        Q("4", "question", "placed in bed and breakfast had been there for longer than the six week",
          "Cllr Bellamy", "9 families had exceeded six weeks at the end of the quarter", DIR,
          ["housing", "children-and-families"]),
        Q("4", "concern", "households were being placed in Plymouth and Exeter, far from schools and support networks",
          "Cllr Oduya", "out of area placements were used only when nothing was available locally", DIR,
          ["housing", "children-and-families"]),
        Q("4", "question", "considered buying homes itself rather than paying nightly rates to private landlords",
          "Cllr Carrow", "a business case for acquiring up to 20 homes using the Local Authority Housing Fund",
          "The Portfolio Holder", ["housing", "finance"]),
        Q("4", "request", "a breakdown of the temporary accommodation overspend by type of placement",
          "Cllr Fenwick", "this would be circulated to Members before the next meeting", DIR,
          ["housing", "finance"]),
        Q("5", "question", "average time from referral to completion of a stairlift or level access shower",
          "Cllr Trethewey", "the main delay was the wait for an occupational therapy assessment",
          "The Private Sector Housing Lead", ["housing", "adult-social-care", "subcontracting"]),
        Q("5", "question", "the underspend carried forward from last year would be lost if it was not committed",
          "Cllr Ashcroft", "agreement from the Better Care Fund partners to carry the balance forward", DIR,
          ["finance", "housing", "integration"]),
        Q("5", "question", "consulted people waiting for adaptations about their experience of the process",
          "Cllr Kaur", None, None, ["patient-and-public-input", "housing"]),
        Q("6", "question", "what was being done for older residents who could not use the online triage forms",
          "Cllr Pengelly", "every practice must keep a telephone and walk-in route open", "Dr Nankivell",
          ["primary-care"]),
        Q("6", "question", "closure of the St Keyne branch surgery had been consulted on with patients",
          "Cllr Bellamy", "the practice had carried out a six week engagement exercise", "Dr Nankivell",
          ["primary-care", "patient-and-public-input"]),
        Q("6", "concern", "recently qualified GPs were unable to find salaried posts while patients waited",
          "Cllr Oduya", "additional roles funding could not be used for GPs", "Dr Nankivell",
          ["primary-care", "workforce"]),
        Q("6", "request", "asked for the waiting times for each practice to be published",
          "Cllr Ashcroft", "practice level data was already published monthly by NHS England", "Dr Nankivell",
          ["primary-care", "governance"]),
        Q("7", "question", "why the service had not been brought back in-house, given that the provider had missed",
          "Cllr Carrow", "the Council no longer employed any staff with the specialist qualifications", DIR,
          ["privatisation", "subcontracting", "public-health"]),
        Q("7", "comment", "the contract management meetings should be reported to the Panel",
          "Cllr Fenwick", None, None, ["subcontracting", "governance", "public-health"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 2 September 2025 be confirmed", "agreed", []),
        R("4", "the update on homelessness and temporary accommodation be noted", "agreed", ["housing", "finance"]),
        R("5", "the report on the delivery of Disabled Facilities Grants be noted", "noted", ["housing"]),
        R("6", "Integrated Care Board be asked to report back to the Panel in April 2026",
          "agreed", ["primary-care"]),
        R("7", "Cabinet be recommended to approve a one year extension to the healthy lifestyles contract",
          "recommended", ["subcontracting", "public-health"]),
        R("8", "the work programme be agreed, with the addition of an item on damp",
          "agreed", ["housing"]),
    ],
    "attendees": [
        A("Councillor D Pengelly", "Chairman", "present"),
        A("Councillor S Oduya", "Vice-Chairman", "present"),
        A("M Ashcroft", None, "present"),
        A("T Bellamy", None, "present"),
        A("J Carrow", None, "present"),
        A("H Fenwick", None, "present"),
        A("P Kaur", None, "present"),
        A("L Trethewey", None, "present"),
        A("B Rowe", None, "apologies"),
        A("E Quiller", None, "apologies"),
        A("Councillor A Marchetti", "Portfolio Holder for Housing and Communities", "in_attendance"),
        A("K Whitlock", "Director of Housing, Health and Community Services", "in_attendance"),
        A("R Desai", "Housing Options and Homelessness Manager", "in_attendance"),
        A("G Laity", "Private Sector Housing and Environmental Protection Lead", "in_attendance"),
        A("R Hollis", "Democratic Services Officer", "in_attendance"),
        A("Dr F Nankivell", "Associate Director of Primary Care Commissioning, Devon Cornwall and Tamar Integrated Care Board",
          "in_attendance"),
    ],
}

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["adult-social-care", "public-health", "integration", "housing"],
}

DOCS_ALL = [(DOC1, HEAD1, BODY1, GOLD1), (DOC2, HEAD2, BODY2, GOLD2)]


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def decoded_body(path):
    raw = open(path, "rb").read()
    head, _, body = raw.partition(b"\n\n")
    assert b"quoted-printable" in head.lower()
    return quopri.decodestring(body).decode("utf-8")


def check():
    ok = True
    for name, _h, _b, gold in DOCS_ALL:
        path = os.path.join(DOCS, name)
        gpath = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        if json.load(open(gpath, encoding="utf-8")) != gold:
            print("STALE gold", gpath); ok = False
        text = norm(decoded_body(path))
        # soft line breaks: no encoded line may exceed 76 characters
        for ln in open(path, encoding="ascii").read().split("\n\n", 1)[1].splitlines():
            if len(ln) > 76:
                print("LONG QP LINE", name, ln[:40]); ok = False
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]:
                phrases.append(q["answer"])
        for r in gold.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            n = len(p.split())
            c = text.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                print(f"FAIL {name}: count={c} words={n}: {p}"); ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    for name, head, body, gold in DOCS_ALL:
        with open(os.path.join(DOCS, name), "w", encoding="ascii", newline="\n") as f:
            f.write(build_doc(head, body))
        gpath = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        with open(gpath, "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", len(DOCS_ALL), "documents")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
