#!/usr/bin/env python3
"""Build the "fd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fd.py           build documents/fd-* and gold/fd-*.json
        build_fd.py --check   verify every gold phrase occurs once in its document
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

T = "\t"
MIN_NAME = "fd-harwick-stellmoor-joint-health-scrutiny-working-group-2025-10-14.txt"
FAQ_NAME = "fd-stellmoor-home-care-recommissioning-faq.txt"

MINUTES = "\r\n".join([
"Subject:\tJoint Health Scrutiny Working Group - Notes",
"Location:\tCommittee Room 2, Harwick Civic Centre / Microsoft Teams Meeting",
"",
"Start:\tTue 14/10/2025 14:00",
"End:\tTue 14/10/2025 16:30",
"Show Time As:\tTentative",
"",
"Recurrence:\t(none)",
"",
"Meeting Status:\tAccepted",
"",
"Organizer:\tDemocratic Services (Stellmoor CC)",
"Required Attendees:\tCllr Rosalind Okafor; Cllr Tom Pennick; Cllr Jas Bhamra; Cllr Helen Greaves; Cllr Dafydd Lowe; Cllr Margaret Sutcliffe",
"Optional Attendees:\tKaren Whitlow; Amir Haddad; Sian Carrow",
"",
"",
"JOINT HEALTH SCRUTINY WORKING GROUP (HARWICK BOROUGH COUNCIL AND STELLMOOR COUNTY COUNCIL)",
"Notes of the meeting held on Tuesday 14 October 2025 at 2.00pm",
"",
"Attendees: Cllr Rosalind Okafor (Chair, Stellmoor CC); Cllr Tom Pennick (Vice-Chair, Harwick BC); Cllr Jas Bhamra (Harwick BC); Cllr Helen Greaves (Stellmoor CC); Cllr Dafydd Lowe (Harwick BC, substituting for Cllr Sutcliffe); Karen Whitlow (Director of Adult Social Care and Health Partnerships, Stellmoor CC); Amir Haddad (Director of Strategy and Partnerships, Stellmoor and Wyre Valley ICB); Dr Priya Nandakumar (Consultant in Public Health); Sian Carrow (Scrutiny and Democratic Support Officer - notes)",
"Apologies: Cllr Margaret Sutcliffe (Harwick BC); Gareth Bellamy (Healthwatch Stellmoor)",
"",
"1)\tWelcome, apologies and declarations",
"\u2022\tThe Chair welcomed everyone, including those joining on Teams. Apologies as above; Cllr Lowe substituting for Cllr Sutcliffe.",
"\u2022\tCllr Greaves declared that her daughter works as a care coordinator for one of the current home care providers. Noted - not prejudicial, she remained in the room.",
"",
"2)\tNotes of the last meeting (9 September 2025) and matters arising",
"\u2022\tNotes agreed as accurate. Matters arising: the ICB's figures on discharge delays were circulated on 22 September.",
"AGREED: notes of the 9 September meeting accepted as a correct record.",
"",
"3)\tHome care recommissioning - update on the procurement",
"\u2022\tKaren Whitlow introduced the update: the current framework ends 31 March 2026, the new zoned model has 6 zones with one lead provider per zone plus a spot-purchase list; tender closed 3 October with 19 bids.",
"\u2022\tQ (Cllr Pennick): how many of the 19 bids came from national for-profit chains rather than local firms?",
"\to\tA (Director of Adult Social Care and Health Partnerships): eleven bids were from regional or national groups and eight from local independents.",
"\to\tEvaluation weights quality at 60 per cent and price at 40 per cent, so local firms are not disadvantaged on price alone.",
"\u2022\tQ (Cllr Bhamra): what happens to people whose current carer's agency is not successful in any zone?",
"\to\tA (Director of Adult Social Care and Health Partnerships): TUPE is expected to apply, so most care workers would move across with their clients and keep the same visits.",
"\u2022\tQ (Cllr Greaves): worried that rural zone 6 (Upper Wyre) drew only two bids - is the zone viable?",
"\to\tA (Director of Adult Social Care and Health Partnerships): the rural zone carries an enhanced hourly rate and a mileage supplement, and the council will keep an in-house rapid response team there as a fallback.",
"\u2022\tQ (Cllr Lowe): asked that families be told in plain English before any change of provider, not by a standard letter.",
"\to\tA (Director of Adult Social Care and Health Partnerships): a family FAQ sheet has been drafted and each person will get a phone call from their social worker before transfer.",
"ACTION: Karen Whitlow to circulate the family FAQ sheet to members before it is sent out.",
"AGREED: the group noted the update and asked for the evaluation outcome to come to the December meeting.",
"",
"4)\tHospital discharge and the Discharge to Assess pathway",
"\u2022\tAmir Haddad presented the winter discharge plan. Average delay for people medically fit for discharge was 4.8 days in August against a target of 2.",
"\u2022\tQ (Cllr Okafor): why has the number of people waiting over 14 days for a package doubled since June?",
"\to\tA (Director of Strategy and Partnerships, ICB): mainly shortages of double-handed calls in the north of the county, where two carers are needed for each visit.",
"\to\tThe ICB has funded 40 additional bridging hours a week from its winter money until the new home care contracts start.",
"\u2022\tQ (Cllr Pennick): is the ICB paying private care homes to take discharges that should go home?",
"\to\tA (Director of Strategy and Partnerships, ICB): 23 interim beds are block-booked in independent homes, but the aim is home first and stays are capped at four weeks.",
"\u2022\tQ (Cllr Bhamra): requested the readmission rate for people discharged through the interim beds.",
"\to\tA (Director of Strategy and Partnerships, ICB): not available today; will be provided in writing.",
"ACTION: Amir Haddad to provide readmission rates for interim bed discharges by 31 October.",
"AGREED: the winter discharge plan was endorsed, subject to monthly delay figures being shared with the group.",
"",
"5)\tCare workforce - recruitment and retention",
"\u2022\tVerbal update from Karen Whitlow: vacancy rate across commissioned home care is 11.2 per cent, down from 14 per cent a year ago; international recruitment accounts for about a third of new starters.",
"\u2022\tQ (Cllr Greaves): are overseas recruits being charged fees or tied into unfair repayment clauses by agencies?",
"\to\tA (Director of Adult Social Care and Health Partnerships): two providers were referred to the Home Office sponsorship team last year and the new contract bans repayment clauses outright.",
"\u2022\tQ (Cllr Lowe): does the new hourly rate guarantee at least the Real Living Wage for care staff?",
"\to\tA (Director of Adult Social Care and Health Partnerships): yes, the rate of \u00a326.40 an hour is built on the Real Living Wage plus paid travel time, and this will be audited twice a year.",
"AGREED: to note the workforce update and the recruitment figures reported.",
"",
"6)\tPublic health - adult flu and COVID vaccination uptake",
"\u2022\tDr Nandakumar gave headline uptake: 61 per cent of over-65s vaccinated against flu by 10 October, lower among housebound people receiving home care.",
"\u2022\tQ (Cllr Okafor): could home care workers help book housebound clients in for the roving vaccination team?",
"\to\tA (Consultant in Public Health): a pilot is starting in zone 2 where carers flag unvaccinated clients to the community pharmacy outreach service.",
"\u2022\tQ (Cllr Bhamra): raised concern that care workers' own flu uptake is under 30 per cent.",
"\to\tA (Consultant in Public Health): providers have been offered free workplace clinics and paid time off to attend.",
"\to\tUptake by provider will be published to the group in January.",
"AGREED: the group supported the housebound vaccination pilot and asked for an evaluation in the spring.",
"",
"7)\tWork programme and date of next meeting",
"\u2022\tDecember meeting to focus on the home care evaluation outcome and children's continuing care transitions at 18.",
"\u2022\tQ (Cllr Pennick): asked for a Healthwatch Stellmoor report on home care users' experience to be added.",
"\to\tA (Scrutiny and Democratic Support Officer): will be requested from Healthwatch for the February meeting.",
"AGREED: work programme updated as discussed; next meeting Tuesday 9 December 2025, 2.00pm, Stellmoor County Hall.",
"",
"Meeting closed 16:22.",
"",
"Notes: Sian Carrow, Scrutiny and Democratic Support Officer, 01632 960 418",
"",
])

FAQ = "\r\n".join([
"STELLMOOR COUNTY COUNCIL - ADULT SOCIAL CARE",
"",
"Frequently asked questions: home care recommissioning",
"Information for people who receive care at home and their families",
"Version 2 - October 2025",
"",
"We are changing the way we buy home care (sometimes called domiciliary care) in Stellmoor. This sheet answers the questions families ask us most often. If your question is not here, please ring the Adult Social Care Contact Centre on 01632 960 200.",
"",
"Q: Why is the council recommissioning home care?",
"A: Our current contracts with home care agencies end on 31 March 2026. We have to run a fair tender before we can award new contracts. We are also using this chance to make sure there are enough carers in rural areas.",
"",
"Q: Will my carer change?",
"A: For most people, no. If your agency is not chosen for your area, the law usually means your care workers can move to the new agency with you. We will do all we can to keep the same faces at the door.",
"",
"Q: Will I have to pay more?",
"A: No. What you pay towards your care is set by your financial assessment, not by which agency provides it. Your charge will not change because of the new contracts.",
"",
"Q: Who will tell me if my agency changes?",
"A: Your social worker or a member of the Home Care Brokerage Team will phone you before anything changes. You will then get a letter confirming the name of your new agency and the date it takes over.",
"",
"Q: Are you handing home care over to big private companies?",
"A: Home care in Stellmoor is already provided almost entirely by independent agencies, some local and some national. The new contracts will be judged mostly on quality. The council will also keep its own small rapid response team.",
"",
"Q: What if I already have direct payments?",
"A: Nothing changes. If you use a direct payment to employ a personal assistant or buy care from an agency of your choice, you can carry on as now.",
"",
"Q: Can I have my say?",
"A: Yes. We asked people who use home care and their carers what matters to them earlier this year, and their views shaped the quality questions in the tender. You can still send comments to homecare.feedback@stellmoor.example.gov.uk.",
"",
"Q: Who do I contact if something goes wrong during the change?",
"A: Ring your agency first. If you cannot sort it out, ring the Contact Centre (01632 960 200, 8am to 6pm, seven days a week). Out of hours, ring 01632 960 999.",
"",
"This sheet is available in large print, Easy Read and other languages on request.",
"Stellmoor County Council, County Hall, Market Street, Stellmoor ST1 4AA",
"",
])

def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)

DASC = "Director of Adult Social Care and Health Partnerships"
DICB = "Director of Strategy and Partnerships, ICB"
CPH = "Consultant in Public Health"

MIN_GOLD = {
 "document": MIN_NAME,
 "doc_type": "minutes",
 "committee": "Joint Health Scrutiny Working Group",
 "meeting_date": "2025-10-14",
 "items": [
  {"number": "1", "title": "Welcome, apologies and declarations"},
  {"number": "2", "title": "Notes of the last meeting (9 September 2025) and matters arising"},
  {"number": "3", "title": "Home care recommissioning - update on the procurement"},
  {"number": "4", "title": "Hospital discharge and the Discharge to Assess pathway"},
  {"number": "5", "title": "Care workforce - recruitment and retention"},
  {"number": "6", "title": "Public health - adult flu and COVID vaccination uptake"},
  {"number": "7", "title": "Work programme and date of next meeting"},
 ],
 "questions": [
  q("3", "question", "how many of the 19 bids came from national for-profit chains",
    "Cllr Pennick", "eleven bids were from regional or national groups and eight from local independents",
    DASC, ["privatisation", "subcontracting", "adult-social-care"]),
  q("3", "question", "what happens to people whose current carer's agency is not successful",
    "Cllr Bhamra", "TUPE is expected to apply, so most care workers would move across",
    DASC, ["subcontracting", "workforce", "adult-social-care"]),
  q("3", "concern", "worried that rural zone 6 (Upper Wyre) drew only two bids",
    "Cllr Greaves", "the rural zone carries an enhanced hourly rate and a mileage supplement",
    DASC, ["subcontracting", "finance", "privatisation", "adult-social-care"]),
  q("3", "request", "asked that families be told in plain English before any change of provider",
    "Cllr Lowe", "a family FAQ sheet has been drafted and each person will get a phone call",
    DASC, ["patient-and-public-input", "adult-social-care"]),
  q("4", "question", "why has the number of people waiting over 14 days for a package doubled",
    "Cllr Okafor", "mainly shortages of double-handed calls in the north of the county",
    DICB, ["adult-social-care", "workforce", "integration"]),
  q("4", "question", "is the ICB paying private care homes to take discharges that should go home",
    "Cllr Pennick", "23 interim beds are block-booked in independent homes, but the aim is home first",
    DICB, ["privatisation", "subcontracting", "adult-social-care", "integration"]),
  q("4", "request", "requested the readmission rate for people discharged through the interim beds",
    "Cllr Bhamra", "not available today; will be provided in writing",
    DICB, ["adult-social-care"]),
  q("5", "question", "are overseas recruits being charged fees or tied into unfair repayment clauses",
    "Cllr Greaves", "two providers were referred to the Home Office sponsorship team last year",
    DASC, ["workforce", "subcontracting", "adult-social-care"]),
  q("5", "question", "does the new hourly rate guarantee at least the Real Living Wage for care staff",
    "Cllr Lowe", "the rate of £26.40 an hour is built on the Real Living Wage",
    DASC, ["workforce", "finance", "adult-social-care"]),
  q("6", "question", "could home care workers help book housebound clients in for the roving vaccination team",
    "Cllr Okafor", "a pilot is starting in zone 2 where carers flag unvaccinated clients",
    CPH, ["public-health", "adult-social-care", "primary-care"]),
  q("6", "concern", "raised concern that care workers' own flu uptake is under 30 per cent",
    "Cllr Bhamra", "providers have been offered free workplace clinics and paid time off to attend",
    CPH, ["public-health", "workforce", "adult-social-care"]),
  q("7", "request", "asked for a Healthwatch Stellmoor report on home care users' experience",
    "Cllr Pennick", "will be requested from Healthwatch for the February meeting",
    "Scrutiny and Democratic Support Officer", ["patient-and-public-input", "adult-social-care", "governance"]),
 ],
 "resolutions": [
  {"item": "2", "text": "notes of the 9 September meeting accepted as a correct record", "outcome": "agreed", "themes": []},
  {"item": "3", "text": "noted the update and asked for the evaluation outcome to come", "outcome": "agreed",
   "themes": ["subcontracting", "adult-social-care"]},
  {"item": "4", "text": "the winter discharge plan was endorsed, subject to monthly delay figures", "outcome": "agreed",
   "themes": ["adult-social-care", "integration"]},
  {"item": "5", "text": "to note the workforce update and the recruitment figures reported", "outcome": "noted", "themes": ["workforce"]},
  {"item": "6", "text": "supported the housebound vaccination pilot and asked for an evaluation in the spring",
   "outcome": "agreed", "themes": ["public-health"]},
  {"item": "7", "text": "work programme updated as discussed; next meeting Tuesday 9 December 2025", "outcome": "agreed",
   "themes": ["governance"]},
 ],
 "attendees": [
  {"name": "Cllr Rosalind Okafor", "role": "Chair", "attendance": "present"},
  {"name": "Cllr Tom Pennick", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Cllr Jas Bhamra", "role": None, "attendance": "present"},
  {"name": "Cllr Helen Greaves", "role": None, "attendance": "present"},
  {"name": "Cllr Dafydd Lowe", "role": "substituting for Cllr Sutcliffe", "attendance": "present"},
  {"name": "Karen Whitlow", "role": DASC, "attendance": "in_attendance"},
  {"name": "Amir Haddad", "role": "Director of Strategy and Partnerships", "attendance": "in_attendance"},
  {"name": "Dr Priya Nandakumar", "role": CPH, "attendance": "in_attendance"},
  {"name": "Sian Carrow", "role": "Scrutiny and Democratic Support Officer", "attendance": "in_attendance"},
  {"name": "Cllr Margaret Sutcliffe", "role": None, "attendance": "apologies"},
  {"name": "Gareth Bellamy", "role": "Healthwatch Stellmoor", "attendance": "apologies"},
 ],
}

FAQ_GOLD = {
 "document": FAQ_NAME,
 "doc_type": "other",
 "themes": ["adult-social-care", "subcontracting", "privatisation", "patient-and-public-input", "finance"],
}

def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def count(hay, needle):
    return (" " + norm(hay) + " ").count(" " + norm(needle) + " ")

def check():
    ok = True
    for name, text, gold in [(MIN_NAME, MINUTES, MIN_GOLD), (FAQ_NAME, FAQ, FAQ_GOLD)]:
        src = (DOCS / name).read_text(encoding="utf-8")
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(qq["text"])
            if qq.get("answer"):
                phrases.append(qq["answer"])
        for r in g.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            wc = len(p.split())
            c = count(src, p)
            if c != 1 or not (6 <= wc <= 15):
                ok = False
                print(f"FAIL {name}: count={c} words={wc}: {p!r}")
        print(f"{name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def build():
    (DOCS / MIN_NAME).write_bytes(MINUTES.encode("utf-8"))
    (DOCS / FAQ_NAME).write_bytes(FAQ.encode("utf-8"))
    for name, gold in [(MIN_NAME, MIN_GOLD), (FAQ_NAME, FAQ_GOLD)]:
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
