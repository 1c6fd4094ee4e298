#!/usr/bin/env python3
"""Build the "fl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fl.py           build documents/fl-* and gold/fl-*.json
        build_fl.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

DOC1 = "fl-stanbridge-adult-social-care-scrutiny-panel-2025-10-14.txt"
TEXT1 = """Adult Social Care Scrutiny Panel - formal meeting
Tuesday, 14 October 2025  18:30 - 20:42 (GMT+00:00)  |  Microsoft Teams meeting and Committee Room 2, Stanbridge Civic Centre
Organiser: Karen Ibbotson

STANBRIDGE BOROUGH COUNCIL - NOTE OF THE MEETING
(Published from the Microsoft Teams "Meeting recap". The AI-generated notes have been checked and
tidied by Democratic Services; timestamps refer to the recording. Chair's approval: ME, 21/10/2025)

Meeting recap

Attendees: Cllr Margaret Ellery (Chair); Cllr Dev Banerjee (Vice-Chair); Cllr Sian Pardoe; Cllr Tom Whitlock; Cllr Helen Okafor; Cllr Gary Lintern (substitute for Cllr Ruth Maddox); Anne Corsley (Co-opted Member, Healthwatch Stanbridge); Paul Dearden (Director of Adult Social Care and Health); Nadia Rahim (Head of Commissioning and Market Management, Adults); Owen Fairclough (Assistant Director of Finance - People Directorate); Dr Lucy Hammond (Deputy Director of Place Partnerships, Stanbridge and Vale ICB); Karen Ibbotson (Democratic Services Officer)
Invited but did not attend: Cllr Ruth Maddox; Cllr Peter Annesley

Recording and transcript: available to panel members for 28 days

Notes

Item 1 - Welcome, apologies and substitutions (00:00:40)
  - Cllr Ellery opened the meeting and explained that the meeting was being held in hybrid form, with two members joining on Teams.
  - Apologies were received from Cllr Maddox and Cllr Annesley; Cllr Lintern attended as substitute for Cllr Maddox.

Item 2 - Declarations of interest and notes of the last meeting (00:03:12)
  - Cllr Whitlock declared a non-pecuniary interest in Item 4 as a close relative receives home care from one of the framework providers; he stayed in the meeting.
  - The panel agreed that the note of the meeting held on 2 September 2025 was a correct record, subject to correcting the spelling of Cllr Okafor's name.

Item 3 - Care home fees uplift 2026/27 (00:14:05)
  - Nadia Rahim introduced the report, which proposes a 6.8 per cent uplift to the standard rates the council pays for residential and nursing placements from April 2026, based on the local cost of care exercise.
  - Cllr Banerjee asked about how the proposed uplift compared with neighbouring councils in the region; Nadia Rahim (Head of Commissioning and Market Management) explained that Stanbridge would sit in the middle of the regional range and that the rate followed the cost of care exercise rather than what other councils paid.
  - Cllr Pardoe raised concerns that self-funders were paying up to forty per cent more than council-funded residents for the same room and Owen Fairclough responded that the council could not set what homes charged private payers but would publish its own rates so families could use them when negotiating.
  - Anne Corsley asked whether residents and their families had been consulted on the fee proposals; Nadia Rahim explained that a survey of providers had run over the summer but there had been no direct engagement with residents or families this year.
  - Cllr Okafor requested a breakdown of the uplift between nursing and residential placements before the Cabinet decision on 4 November.
  - The panel agreed to recommend to Cabinet that the 6.8 per cent uplift be approved, subject to an annual review of the cost of care model with providers.

Item 4 - Home care recommissioning: contract extension and new framework (00:41:30)
  - Nadia Rahim presented the proposal to extend the four lead provider home care contracts for eighteen months while a new framework is designed.
  - Cllr Whitlock asked about why the current home care contracts were being extended rather than re-tendered now; Nadia Rahim explained that the market was not ready and a rushed tender risked destabilising providers during the winter period.
  - Cllr Lintern raised concerns that two of the four lead providers were now owned by private equity investors and Paul Dearden responded that ownership and financial resilience were checked at tender stage and that the providers' accounts were reviewed every quarter.
  - Cllr Pardoe asked about the share of home care hours delivered by the council's own reablement service; Paul Dearden (Director of Adult Social Care and Health) explained that it was around twelve per cent and there were no plans at present to bring more of the service back in-house.
  - Cllr Banerjee raised concerns that care workers were still not paid for travel time between visits and Nadia Rahim responded that the new framework would make payment of travel time at the real living wage a condition of the contract.
  - The panel noted the proposed extension and agreed to examine the draft framework specification at its January 2026 meeting before it goes out to tender.

Item 5 - Hospital discharge and intermediate care (01:08:50)
  - Dr Lucy Hammond gave the ICB's update on the discharge hub at Stanbridge General Hospital and the intermediate care beds at Fernleigh House.
  - Cllr Okafor asked about delays for people waiting for a package of care before they could leave hospital; Dr Lucy Hammond explained that the average wait had fallen from eight days to five since the discharge hub opened in June.
  - Cllr Ellery asked whether the Better Care Fund would continue to pay for the discharge hub beyond March; Owen Fairclough explained that the funding was confirmed only to the end of this financial year and depended on the national allocation for 2026/27.
  - Anne Corsley raised concerns that unpaid carers were often told about discharge dates on the day itself and Dr Hammond responded that a carers' notification step would be added to the discharge checklist from November.
  - The panel noted the update from the ICB on hospital discharge and intermediate care.

Item 6 - Adult social care workforce update (01:32:15)
  - Paul Dearden reported that the vacancy rate in adult social work teams had reduced to 14 per cent but remained highest in the hospital team.
  - Cllr Whitlock asked about the reliance on agency social workers in the hospital team; Paul Dearden explained that agency staff currently made up a third of that team and a recruitment campaign with a retention payment had started in September.
  - Cllr Lintern asked whether international recruits to care providers were being helped to find somewhere to live; Paul Dearden explained that the council was working with two housing associations to offer short-term lets for the first six months.
  - The panel noted the workforce update and agreed to receive vacancy and agency figures broken down by team at its February 2026 meeting.

Item 7 - Work programme 2025/26 (01:58:40)
  - Karen Ibbotson took the panel through the draft work programme and the items carried forward from September.
  - The panel agreed to add a session on direct payments and the review of the adult social care charging policy to the work programme.

Item 8 - Date of next meeting (02:10:05)
  - The panel noted that the next meeting would be held on Tuesday 9 December 2025 at 18:30 in Committee Room 2.

Follow-up tasks
  - Circulate the split of the fee uplift by nursing and residential placements to all panel members before 4 November (Nadia Rahim)
  - Publish the council's standard care home rates on the website with a note for families (Owen Fairclough)
  - Add the carers' notification step to the discharge checklist and report back on progress (Dr Lucy Hammond)
  - Bring the draft home care framework specification to the January meeting (Nadia Rahim)
  - Provide vacancy and agency figures by team for February (Paul Dearden)
  - Update the work programme and re-circulate (Karen Ibbotson)

AI-generated content may be incorrect. This note has been reviewed by Democratic Services.
Stanbridge Borough Council | Adult Social Care Scrutiny Panel | 14 October 2025
"""

DOC2 = "fl-stanbridge-scrutiny-work-programme-planning-chat.txt"
TEXT2 = """Scrutiny work programme planning - ASC panel (officers' catch-up)
Thursday, 25 September 2025  10:00 - 10:24 (GMT+01:00)  |  Microsoft Teams meeting
Organiser: Karen Ibbotson

Meeting recap

Attendees: Karen Ibbotson (Democratic Services Officer); Nadia Rahim (Head of Commissioning and Market Management, Adults); Owen Fairclough (Assistant Director of Finance - People Directorate); Jo Pettifer (Scrutiny Support Officer)
Invited but did not attend: Paul Dearden (Director of Adult Social Care and Health)

Notes
  Item timing for October panel (00:00:30)
    - Karen Ibbotson and Nadia Rahim discussed whether the care home fees report could be ready for October; Nadia expected to have the cost of care figures by 3 October.
  Home care contract extension (00:06:10)
    - Nadia Rahim explained that the extension paper was going to Cabinet in November and suggested the panel see it first; Jo Pettifer will check the forward plan.
  Finance input (00:12:45)
    - Owen Fairclough offered to attend for the fees and Better Care Fund items but not the workforce item.
  Work programme ideas (00:18:20)
    - Possible future topics: direct payments, the charging policy review, carers' support. No decisions taken - options to go to the Chair's briefing.

Follow-up tasks
  - Check the forward plan date for the home care extension (Jo Pettifer)
  - Send cost of care summary to Democratic Services (Nadia Rahim)
  - Draft options list for the Chair's briefing on 2 October (Karen Ibbotson)

Transcript

0:00:05  Karen Ibbotson
Morning both, and Jo. Paul sends his apologies, he's in the ICB meeting. Shall we just go through what's realistic for the fourteenth?

0:00:31  Karen Ibbotson
Nadia, is the care home fees report going to be ready in time, or are we being optimistic?

0:00:44  Nadia Rahim
It should be. The cost of care work is basically done, I'm just waiting on two providers' returns. I'd say the third of October for the figures.

0:01:20  Jo Pettifer
Does that give us enough time for the publication deadline? Agenda goes out on the sixth.

0:01:29  Karen Ibbotson
Tight but fine if the draft comes to me on the third. I can do the cover sheet in the meantime.

0:06:10  Karen Ibbotson
OK, the home care one. Do we actually need it at panel if it's only an extension?

0:06:22  Nadia Rahim
I think we do. It's eighteen months and it's going to Cabinet in November, so if members don't see it before then they'll say we went round them. Last time with the day services contract that's exactly what happened.

0:06:58  Jo Pettifer
I'll check the forward plan entry - I think it says December at the moment.

0:07:05  Nadia Rahim
It might. It moved. Can you let me know?

0:12:45  Karen Ibbotson
Owen, are you OK to come along on the night?

0:12:51  Owen Fairclough
For the fees and the Better Care Fund bits, yes. Workforce I'd rather leave to Paul, it's mostly about agency spend and he's closer to it.

0:13:30  Jo Pettifer
Will the ICB send someone for discharge?

0:13:36  Karen Ibbotson
Lucy Hammond said yes by email. I'll confirm.

0:18:20  Karen Ibbotson
Last thing - the Chair wants ideas for the rest of the year. What have we got?

0:18:34  Nadia Rahim
Direct payments keeps coming up in complaints. And the charging policy review is due anyway, so that might be a good one for them to look at early.

0:19:02  Jo Pettifer
Healthwatch mentioned carers' support at the last liaison meeting as well.

0:19:15  Karen Ibbotson
Good. I'll put them as options for the Chair's briefing on the second; it's for members to decide, not us. Thanks all.

AI-generated content may be incorrect.
"""

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}

def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

def a(name, role, att):
    return {"name": name, "role": role, "attendance": att}

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1", "title": "Welcome, apologies and substitutions"},
        {"number": "2", "title": "Declarations of interest and notes of the last meeting"},
        {"number": "3", "title": "Care home fees uplift 2026/27"},
        {"number": "4", "title": "Home care recommissioning: contract extension and new framework"},
        {"number": "5", "title": "Hospital discharge and intermediate care"},
        {"number": "6", "title": "Adult social care workforce update"},
        {"number": "7", "title": "Work programme 2025/26"},
        {"number": "8", "title": "Date of next meeting"},
    ],
    "questions": [
        q("3", "question", "asked about how the proposed uplift compared with neighbouring councils in the region",
          "Cllr Banerjee", "Stanbridge would sit in the middle of the regional range",
          "Nadia Rahim (Head of Commissioning and Market Management)", ["adult-social-care", "finance"]),
        q("3", "concern", "raised concerns that self-funders were paying up to forty per cent more",
          "Cllr Pardoe", "would publish its own rates so families could use them when negotiating",
          "Owen Fairclough", ["adult-social-care", "finance"]),
        q("3", "question", "asked whether residents and their families had been consulted on the fee proposals",
          "Anne Corsley", "there had been no direct engagement with residents or families this year",
          "Nadia Rahim", ["adult-social-care", "patient-and-public-input", "finance"]),
        q("3", "request", "requested a breakdown of the uplift between nursing and residential placements",
          "Cllr Okafor", None, None, ["adult-social-care", "finance"]),
        q("4", "question", "asked about why the current home care contracts were being extended rather than re-tendered",
          "Cllr Whitlock", "the market was not ready and a rushed tender risked destabilising providers",
          "Nadia Rahim", ["adult-social-care", "subcontracting"]),
        q("4", "concern", "two of the four lead providers were now owned by private equity investors",
          "Cllr Lintern", "ownership and financial resilience were checked at tender stage",
          "Paul Dearden", ["adult-social-care", "privatisation", "subcontracting"]),
        q("4", "question", "asked about the share of home care hours delivered by the council's own reablement service",
          "Cllr Pardoe", "there were no plans at present to bring more of the service back in-house",
          "Paul Dearden (Director of Adult Social Care and Health)", ["adult-social-care", "privatisation"]),
        q("4", "concern", "care workers were still not paid for travel time between visits",
          "Cllr Banerjee", "payment of travel time at the real living wage a condition of the contract",
          "Nadia Rahim", ["adult-social-care", "workforce", "subcontracting"]),
        q("5", "question", "delays for people waiting for a package of care before they could leave hospital",
          "Cllr Okafor", "the average wait had fallen from eight days to five",
          "Dr Lucy Hammond", ["adult-social-care", "integration"]),
        q("5", "question", "asked whether the Better Care Fund would continue to pay for the discharge hub",
          "Cllr Ellery", "the funding was confirmed only to the end of this financial year",
          "Owen Fairclough", ["finance", "integration", "adult-social-care"]),
        q("5", "concern", "unpaid carers were often told about discharge dates on the day itself",
          "Anne Corsley", "a carers' notification step would be added to the discharge checklist from November",
          "Dr Hammond", ["adult-social-care", "patient-and-public-input"]),
        q("6", "question", "asked about the reliance on agency social workers in the hospital team",
          "Cllr Whitlock", "a recruitment campaign with a retention payment had started in September",
          "Paul Dearden", ["workforce", "adult-social-care"]),
        q("6", "question", "asked whether international recruits to care providers were being helped to find somewhere to live",
          "Cllr Lintern", "working with two housing associations to offer short-term lets",
          "Paul Dearden", ["workforce", "housing", "adult-social-care"]),
    ],
    "resolutions": [
        r("2", "the note of the meeting held on 2 September 2025 was a correct record", "agreed", []),
        r("3", "agreed to recommend to Cabinet that the 6.8 per cent uplift be approved", "recommended",
          ["adult-social-care", "finance"]),
        r("4", "noted the proposed extension and agreed to examine the draft framework specification", "agreed",
          ["adult-social-care", "subcontracting"]),
        r("5", "The panel noted the update from the ICB on hospital discharge", "noted",
          ["adult-social-care", "integration"]),
        r("6", "agreed to receive vacancy and agency figures broken down by team", "agreed",
          ["workforce", "adult-social-care"]),
        r("7", "add a session on direct payments and the review of the adult social care", "agreed",
          ["adult-social-care", "finance", "governance"]),
        r("8", "The panel noted that the next meeting would be held on Tuesday 9 December 2025", "noted", []),
    ],
    "attendees": [
        a("Cllr Margaret Ellery", "Chair", "present"),
        a("Cllr Dev Banerjee", "Vice-Chair", "present"),
        a("Cllr Sian Pardoe", None, "present"),
        a("Cllr Tom Whitlock", None, "present"),
        a("Cllr Helen Okafor", None, "present"),
        a("Cllr Gary Lintern", "substitute for Cllr Ruth Maddox", "present"),
        a("Anne Corsley", "Co-opted Member, Healthwatch Stanbridge", "present"),
        a("Paul Dearden", "Director of Adult Social Care and Health", "in_attendance"),
        a("Nadia Rahim", "Head of Commissioning and Market Management, Adults", "in_attendance"),
        a("Owen Fairclough", "Assistant Director of Finance - People Directorate", "in_attendance"),
        a("Dr Lucy Hammond", "Deputy Director of Place Partnerships, Stanbridge and Vale ICB", "in_attendance"),
        a("Karen Ibbotson", "Democratic Services Officer", "in_attendance"),
        a("Cllr Ruth Maddox", None, "apologies"),
        a("Cllr Peter Annesley", None, "apologies"),
    ],
}

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["governance", "adult-social-care", "subcontracting", "finance", "patient-and-public-input"],
    "questions": [],
    "resolutions": [],
}

def norm(s):
    s = re.sub(r"[^0-9a-z]+", " ", s.lower())
    return " " + " ".join(s.split()) + " "

def check():
    ok = True
    for doc, text, gold in ((DOC1, TEXT1, GOLD1), (DOC2, TEXT2, GOLD2)):
        with open(os.path.join(DOCS, doc), encoding="utf-8") as f:
            src = norm(f.read())
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(qq["text"])
            if qq["answer"]:
                phrases.append(qq["answer"])
        phrases += [rr["text"] for rr in gold.get("resolutions", [])]
        for p in phrases:
            n = len(p.split())
            c = src.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {doc}: {c} hits, {n} words: {p}")
    print("check passed" if ok else "check FAILED")
    return ok

def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for doc, text, gold in ((DOC1, TEXT1, GOLD1), (DOC2, TEXT2, GOLD2)):
        with open(os.path.join(DOCS, doc), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(text)
        with open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    sys.exit(0 if check() else 1)
