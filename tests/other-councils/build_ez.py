#!/usr/bin/env python3
"""Build the "ez-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ez.py           build documents/ez-* and gold/ez-*.json
        build_ez.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")


def moji(text):
    """UTF-8 bytes misread as Windows-1252 (undefined bytes kept as C1 code points)."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for b in ch.encode("utf-8"):
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(b))
    return "".join(out)


def unmoji(text):
    buf = bytearray()
    for ch in text:
        try:
            buf += ch.encode("cp1252")
        except UnicodeEncodeError:
            buf.append(ord(ch))
    return buf.decode("utf-8")


# ---------------------------------------------------------------- document 1
MIN_NAME = "ez-ravensmoor-adult-social-care-scrutiny-panel-2025-03-11.txt"
MINUTES = """Skip to main content
Home › Council and democracy › Councillors, committees and meetings › Adult Social Care Scrutiny Panel
Cookies on this site – we use essential cookies to make this site work. Accept | Settings

Ravensmoor Council

Adult Social Care Scrutiny Panel – Minutes
Tuesday 11 March 2025, 6.30pm – Committee Room 2, Civic Centre, Ravensmoor

Present:
Councillor Helen Oduya (Chair)
Councillor Martin Keable (Vice-Chair)
Councillors Priya Sandhu, Derek Follett, Anne-Marie Castell, Tom Whitlock and Rachel Ibbotson

Also present:
Councillor Gareth Lyle – Cabinet Member for Adult Social Care and Public Health
Jo Penhale – Chief Officer, Healthwatch Ravensmoor

Officers:
Siobhan Ferris – Director of Adult Social Care and Housing
Neil Abara – Head of Commissioning (Adults, Health and Strategic Partnerships)
Karen Dowty – Principal Finance Business Partner (People Directorate)
Liam Treacy – Democratic Services Officer

Apologies:
Councillor Simon Brereton and Councillor Fay Nuttall

Item 1 – Apologies for absence and substitutions

Apologies were received from Councillor Brereton and Councillor Nuttall. There were no substitutions.

Item 2 – Declarations of interest

Councillor Castell declared a non-pecuniary interest in Item 5 as a close family member receives home care from a provider operating in the borough. She remained in the room and took part in the discussion.

Item 3 – Minutes of the previous meeting

RESOLVED – That the minutes of the meeting held on 21 January 2025 be approved as a correct record and signed by the Chair.

Item 4 – Public questions

The Chair welcomed Mr Alan Rudge, who had submitted a question in advance. Mr Rudge asked why the Council’s consultation on the future of the Brookfield day service had been run over the Christmas holiday period, when many carers were least able to respond. The Cabinet Member replied that the consultation had in fact been extended by three weeks to 14 February for exactly that reason, and that officers had held two drop-in sessions at the centre itself. Mr Rudge was not satisfied with the response and the Chair agreed that a written reply setting out the engagement undertaken would be sent to him.

Item 5 – Home Care Recommissioning 2025–2030

The Head of Commissioning introduced the report, which set out the proposed model for recommissioning home care from October 2025. The current arrangement with eleven framework providers would be replaced by a “zoned” model of five lead providers, each responsible for one geographical patch, with an estimated contract value of £38.6 million over five years.

Cllr Keable asked what would happen to the six providers who were not awarded a zone, and whether people would be forced to change their carer. The Head of Commissioning explained that no one would be required to change carer where their current provider was willing to subcontract to the lead provider for that zone, and that existing packages would transfer over a six-month period. Cllr Sandhu asked whether the price per hour in the tender would be high enough to pay the real living wage. The Director explained that the ceiling rate of £24.10 had been modelled on the real living wage plus travel time, but it was not a guarantee and the Council could not dictate what providers paid their staff. Cllr Follett raised a concern that handing whole zones to large national companies could squeeze out small local providers and voluntary organisations. The Director explained that the lot sizes had been set to allow consortium bids and that two of the five zones were deliberately sized for smaller local organisations. Jo Penhale of Healthwatch asked whether people who use home care had been involved in writing the specification. The Head of Commissioning explained that a reference group of twelve people drawing on care and four unpaid carers had met four times and had co-written the outcomes section of the specification.

RESOLVED – That
(1) the proposed zoned model for the recommissioning of home care be noted; and
(2) a further report on the outcome of the tender, including the hourly rates awarded, be brought to the Panel in September 2025.

Item 6 – Adult Social Care Budget Monitoring 2024/25 (Month 10)

The Principal Finance Business Partner presented the month 10 position, which showed a forecast overspend of £4.2 million on the adult social care budget, mainly on residential and nursing placements for older people.

Cllr Whitlock asked how much of the overspend was caused by hospital discharges under the discharge to assess arrangements. The Principal Finance Business Partner said that roughly £1.1 million related to people who had been placed in short-term beds on discharge and had then remained there longer than the four weeks funded by the ICB. Cllr Ibbotson queried whether the Council was now paying more than the self-funder rate in some care homes. The Director explained that this was the case in a small number of homes where the market had very few vacancies, and that officers were reviewing every placement above the usual cost. Cllr Castell sought clarification on whether any of the Better Care Fund underspend could be used to close the gap. The Principal Finance Business Partner said this had been discussed with the ICB but any use of the pooled budget required the agreement of both partners and the Health and Wellbeing Board.

RESOLVED – That the month 10 budget monitoring report and forecast overspend be noted.

Item 7 – Care Workforce: Recruitment and Retention

The Director gave a presentation on the local care workforce. The vacancy rate across independent care providers in Ravensmoor stood at 11.8%, against 8.3% regionally, and turnover among home care workers was 31% a year.

Cllr Sandhu asked whether international recruitment had helped to fill vacancies in the borough. The Director explained that around 140 overseas care workers had been sponsored by local providers since 2022, but that changes to the visa rules meant this route was now largely closed. Cllr Follett requested that the Panel be given a breakdown of vacancies by provider type, distinguishing home care from residential settings. The Director agreed to circulate the figures before the next meeting. Cllr Keable asked what the Council itself was doing to make care work a career that young people would choose. The Cabinet Member replied that a care academy with the further education college would open in September, offering a paid induction and a guaranteed interview with a local provider.

RESOLVED – That the Panel recommends to Cabinet that the real living wage be made a condition of all new adult social care contracts from April 2026, and that the cost of doing so be set out in the 2026/27 budget proposals.

Item 8 – Work Programme 2024/25

The Democratic Services Officer presented the draft work programme.

RESOLVED – That the work programme be agreed, subject to the addition of an item on supported living for adults with learning disabilities at the July meeting.

The meeting closed at 8.47pm.

Chair: ……………………………  Date: ……………………

Contact: Liam Treacy, Democratic Services Officer – democratic.services@ravensmoor.gov.example – 01632 960 418
Was this page useful? Yes | No
© Ravensmoor Council 2025 · Accessibility statement · Privacy notice
"""

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Home Care Recommissioning 2025–2030"},
        {"number": "6", "title": "Adult Social Care Budget Monitoring 2024/25 (Month 10)"},
        {"number": "7", "title": "Care Workforce: Recruitment and Retention"},
        {"number": "8", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "day service had been run over the Christmas holiday period",
         "asked_by": "Mr Rudge",
         "answer": "the consultation had in fact been extended by three weeks",
         "given_by": "The Cabinet Member",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "what would happen to the six providers who were not awarded a zone",
         "asked_by": "Cllr Keable",
         "answer": "no one would be required to change carer where their current provider",
         "given_by": "The Head of Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "whether the price per hour in the tender would be high enough",
         "asked_by": "Cllr Sandhu",
         "answer": "had been modelled on the real living wage plus travel time",
         "given_by": "The Director",
         "themes": ["subcontracting", "finance", "workforce", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "handing whole zones to large national companies could squeeze out small local providers",
         "asked_by": "Cllr Follett",
         "answer": "the lot sizes had been set to allow consortium bids",
         "given_by": "The Director",
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "whether people who use home care had been involved in writing the specification",
         "asked_by": "Jo Penhale",
         "answer": "a reference group of twelve people drawing on care and four unpaid carers",
         "given_by": "The Head of Commissioning",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "how much of the overspend was caused by hospital discharges",
         "asked_by": "Cllr Whitlock",
         "answer": "related to people who had been placed in short-term beds on discharge",
         "given_by": "The Principal Finance Business Partner",
         "themes": ["finance", "adult-social-care", "integration"]},
        {"item": "6", "kind": "question",
         "text": "whether the Council was now paying more than the self-funder rate",
         "asked_by": "Cllr Ibbotson",
         "answer": "in a small number of homes where the market had very few vacancies",
         "given_by": "The Director",
         "themes": ["finance", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "whether any of the Better Care Fund underspend could be used to close the gap",
         "asked_by": "Cllr Castell",
         "answer": "any use of the pooled budget required the agreement of both partners",
         "given_by": "The Principal Finance Business Partner",
         "themes": ["finance", "integration", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "whether international recruitment had helped to fill vacancies in the borough",
         "asked_by": "Cllr Sandhu",
         "answer": "changes to the visa rules meant this route was now largely closed",
         "given_by": "The Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "kind": "request",
         "text": "be given a breakdown of vacancies by provider type",
         "asked_by": "Cllr Follett",
         "answer": "The Director agreed to circulate the figures before the next meeting",
         "given_by": "The Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "to make care work a career that young people would choose",
         "asked_by": "Cllr Keable",
         "answer": "a care academy with the further education college would open in September",
         "given_by": "The Cabinet Member",
         "themes": ["workforce", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3",
         "text": "the minutes of the meeting held on 21 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "5",
         "text": "a further report on the outcome of the tender, including the hourly rates awarded",
         "outcome": "agreed", "themes": ["subcontracting", "finance", "adult-social-care"]},
        {"item": "6",
         "text": "the month 10 budget monitoring report and forecast overspend be noted",
         "outcome": "noted", "themes": ["finance", "adult-social-care"]},
        {"item": "7",
         "text": "the real living wage be made a condition of all new adult social care contracts",
         "outcome": "recommended",
         "themes": ["workforce", "subcontracting", "finance", "adult-social-care"]},
        {"item": "8",
         "text": "addition of an item on supported living for adults with learning disabilities",
         "outcome": "agreed", "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Helen Oduya", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Martin Keable", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Priya Sandhu", "role": None, "attendance": "present"},
        {"name": "Councillor Derek Follett", "role": None, "attendance": "present"},
        {"name": "Councillor Anne-Marie Castell", "role": None, "attendance": "present"},
        {"name": "Councillor Tom Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor Rachel Ibbotson", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Lyle",
         "role": "Cabinet Member for Adult Social Care and Public Health",
         "attendance": "in_attendance"},
        {"name": "Jo Penhale", "role": "Chief Officer, Healthwatch Ravensmoor",
         "attendance": "in_attendance"},
        {"name": "Siobhan Ferris", "role": "Director of Adult Social Care and Housing",
         "attendance": "in_attendance"},
        {"name": "Neil Abara",
         "role": "Head of Commissioning (Adults, Health and Strategic Partnerships)",
         "attendance": "in_attendance"},
        {"name": "Karen Dowty",
         "role": "Principal Finance Business Partner (People Directorate)",
         "attendance": "in_attendance"},
        {"name": "Liam Treacy", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor Simon Brereton", "role": None, "attendance": "apologies"},
        {"name": "Councillor Fay Nuttall", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
EMAIL_NAME = "ez-ravensmoor-asc-panel-meeting-arrangements.txt"
EMAIL = """From: Liam Treacy <democratic.services@ravensmoor.gov.example>
Sent: 27 February 2025 16:12
To: Adult Social Care Scrutiny Panel – Members
Cc: Siobhan Ferris; Neil Abara; Karen Dowty
Subject: Adult Social Care Scrutiny Panel – 11 March 2025 – arrangements and papers

Dear Councillors,

I’m writing with the arrangements for the next meeting of the Adult Social Care Scrutiny Panel on Tuesday 11 March 2025 at 6.30pm.

Venue
Please note the meeting has moved from the Council Chamber to Committee Room 2, Civic Centre (second floor, lift from the main reception). The Chamber is being used for the election count rehearsal that evening. Parking permits for the staff car park are available from reception – please ask for a “members’ visitor” pass.

Webcast
The meeting will be webcast live and recorded. If you’d prefer not to appear on camera, please sit in the seats marked on the left-hand side of the room; the webcast will be available on the Council’s website for six months after the meeting.

Papers
The agenda and reports were published this afternoon and are available here:
https://democracy.ravensmoor.gov.example/ieListDocuments?MId=4417
Printed copies will be posted to those of you who have asked for them. The home care recommissioning report (Item 5) is 64 pages long with its appendices, so I’d suggest reading it online.

Questions
If you would like to submit a question in advance so that officers can bring the right figures, please send it to me by 12 noon on Thursday 6 March. Members of the public have the same deadline; so far we have received one public question, about the Brookfield day service.

Pre-meeting
The Chair has asked for a short pre-meeting at 6.00pm in Committee Room 3. Tea, coffee and sandwiches will be provided – please let me know of any dietary requirements.

Expenses
Mileage claims for February should reach me by 7 March; the rate remains 45p a mile (approx. £0.45).

If you can’t attend, please send your apologies to me as soon as possible and let your group whip know so a substitute can be arranged.

Kind regards,

Liam Treacy
Democratic Services Officer
Ravensmoor Council · Civic Centre · Market Street · Ravensmoor RM1 4QT
Tel: 01632 960 418

This email and any attachments are confidential and intended solely for the addressee. If you’ve received it in error, please delete it and tell the sender.
"""

EMAIL_GOLD = {
    "document": EMAIL_NAME,
    "doc_type": "other",
    "themes": ["adult-social-care", "patient-and-public-input"],
}


def write_text(path, clean):
    text = moji(clean)
    data = text.replace("\n", "\r\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def nbsp(clean):
    # the scraped page used non-breaking spaces after "Cllr" and in times/figures
    clean = re.sub(r"\bCllr ", "Cllr\u00a0", clean)
    clean = re.sub(r"(\d) (million|pm|pages|weeks)\b", "\\1\u00a0\\2", clean)
    return clean


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w]+", " ", s, flags=re.UNICODE)
    s = s.replace("_", " ")
    return " " + " ".join(s.split()) + " "


DOCS_ALL = [(MIN_NAME, MINUTES, MIN_GOLD), (EMAIL_NAME, EMAIL, EMAIL_GOLD)]


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, clean, gold in DOCS_ALL:
        write_text(os.path.join(DOCS, name), nbsp(clean))
        with open(os.path.join(GOLD, name[:-4] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built", len(DOCS_ALL), "documents")


def check():
    bad = 0
    affected = set("’‘“”–—£\u00a0›·©…")
    for name, _clean, _g in DOCS_ALL:
        with open(os.path.join(GOLD, name[:-4] + ".json"), encoding="utf-8") as f:
            gold = json.load(f)
        raw = open(os.path.join(DOCS, name), "rb").read().decode("utf-8")
        if "\r\n" not in raw or "â€" not in raw:
            print(name, ": expected CRLF and mojibake")
            bad += 1
        repaired = unmoji(raw)
        nt_fixed = norm(repaired)
        nt_raw = norm(raw)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            np_ = norm(p)
            c = nt_fixed.count(np_)
            if not 6 <= n <= 15:
                print(name, kind, "word count", n, p)
                bad += 1
            if c != 1:
                print(name, kind, "occurs", c, "times:", p)
                bad += 1
            if set(p) & affected:
                print(name, kind, "contains a mojibake-affected character:", p)
                bad += 1
            elif nt_raw.count(np_) != 1:
                print(name, kind, "not found in raw (mojibake) text:", p)
                bad += 1
        print(name, ":", len(phrases), "phrases checked")
    if bad:
        print("CHECK FAILED:", bad)
        sys.exit(1)
    print("CHECK PASSED")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        build()
