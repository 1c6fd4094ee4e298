#!/usr/bin/env python3
"""Build the "ef-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ef.py           build documents/ef-* and gold/ef-*.json
        build_ef.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

TXT_NAME = "ef-harrowfield-health-wellbeing-scrutiny-2025-03-11.txt"
TXT = """HARROWFIELD METROPOLITAN BOROUGH COUNCIL
Health and Wellbeing Scrutiny Committee
Tuesday 11 March 2025, 6.00 pm, Council Chamber, Harrowfield Civic Centre

NOTES OF THE MEETING - prepared from the webcast recording
(Timestamps refer to the archived webcast. These notes are not the formal minutes
and will be replaced by the approved minutes once signed by the Chair.)

Present: Councillor Maureen Oddie (Chair), Councillor Tariq Bhatti (Vice-Chair),
Councillors Helen Ashcroft, Dean Kirkpatrick, Shabana Noor, Philip Yeadon and
Gillian Thwaite (substitute for Councillor Rob Marsden)
Co-opted: Mrs Carol Endicott (Healthwatch Harrowfield)

Officers: Dr Anjali Raman (Director of Public Health), Mark Hollings (Strategic
Director, Adults, Health and Housing), Joanne Pilling (Assistant Director - Commissioning
and Market Management), Stuart Beaumont (Scrutiny and Democratic Services Officer)
Also attending: Lisa Crowther (Deputy Director of Strategy, West Pennine Integrated
Care Board)

Apologies: Councillor Rob Marsden; Councillor Ellen Gaukroger

------------------------------------------------------------------------

[00:00:14] The Chair welcomed everyone to the meeting and to those watching the webcast, and reminded Members to use their microphones.

[00:01:02] Item 1 – Apologies for Absence and Substitutions
[00:01:10] Apologies were received from Councillor Marsden, for whom Councillor Thwaite substituted, and from Councillor Gaukroger.

[00:01:48] Item 2 – Declarations of Interest
[00:01:55] Councillor Noor declared a non-pecuniary interest in Item 5 as her sister is employed as a home care worker by one of the framework providers. Councillor Yeadon declared that he is a governor of Harrowfield Royal Infirmary.

[00:02:40] Item 3 – Minutes of the Previous Meeting
[00:02:58] RESOLVED: That the minutes of the meeting held on 28 January 2025 be approved as a correct record and signed by the Chair.

[00:03:30] Item 4 – Stop Smoking and Tobacco Control Service Recommissioning
[00:03:41] The Director of Public Health introduced the report, which set out proposals to recommission the specialist stop smoking service from October 2025 using the additional national grant.
[00:11:26] Cllr Ashcroft asked whether the new service would still offer face-to-face sessions in the north of the borough.
[00:12:05] The Director of Public Health replied that clinics would continue in Thornley and Edgeside libraries alongside a telephone and digital offer.
[00:13:47] Cllr Kirkpatrick queried why the contract was being tendered rather than brought back in-house with the council's own health improvement team.
[00:14:20] The Assistant Director - Commissioning replied that the in-house option had been appraised but the team lacked specialist advisers and prescribing capacity.
[00:17:02] Mrs Endicott asked how people who had quit smoking through the current service had been involved in shaping the new specification.
[00:17:40] The Director of Public Health replied that forty-two former service users had taken part in two design workshops last autumn.
[00:19:15] Cllr Bhatti expressed concern that the increased national grant was only guaranteed for two years of a five-year contract.
[00:19:58] The Director of Public Health said a break clause at year three would protect the council if grant funding ended.
[00:22:31] RESOLVED: That (1) the Committee endorses the proposed recommissioning of the stop smoking service; and (2) the Committee asks to receive the outcome of the procurement at its November meeting.

[00:23:10] Item 5 – Home Care Framework: Provider Performance and Market Sustainability
[00:23:18] The Strategic Director presented the six-monthly update on the home care framework, noting that 1,140 people were receiving care from 19 contracted agencies.
[00:29:44] Cllr Noor asked whether care workers on the framework were paid for their travel time between visits.
[00:30:21] The Strategic Director replied that travel time was now paid on all framework contracts as a condition of the 2024 uplift.
[00:32:06] Cllr Yeadon raised concerns about two private providers that had handed back packages at short notice in January.
[00:32:50] The Assistant Director - Commissioning replied that both providers had been placed on enhanced monitoring and no clients had gone without care.
[00:35:12] Cllr Thwaite requested a breakdown of unmet hours by ward to be circulated before the next meeting.
[00:35:30] The Chair agreed that the figures would be circulated by the Scrutiny Officer.
[00:38:04] Cllr Ashcroft commented that staff turnover in some agencies of over forty per cent was unacceptable.
[00:41:50] RESOLVED: That the update on the home care framework be noted and that a breakdown of unmet hours by ward be circulated to Members.

[00:42:35] Item 6 – West Pennine ICB: Community Mental Health Transformation
[00:42:44] Lisa Crowther, Deputy Director of Strategy at the ICB, gave a presentation on the community mental health transformation programme and the new neighbourhood mental health hubs.
[00:51:19] Cllr Kirkpatrick asked how long residents were currently waiting for a first appointment with the adult community mental health team.
[00:52:03] The Deputy Director of Strategy replied that the median wait was nine weeks against a local target of six weeks.
[00:54:38] Cllr Bhatti asked whether the ICB had consulted patients and carers before closing the Fernside day service.
[00:55:15] The Deputy Director of Strategy replied that a six-week engagement exercise had received 312 responses, published on the ICB website.
[00:58:02] Mrs Endicott said that Healthwatch had heard from families who were not told about the Fernside changes in advance.
[01:01:40] RESOLVED: That (1) the presentation be noted; (2) the ICB be asked to report back in September on waiting times for community mental health teams; and (3) the Committee recommends to the ICB Board that the engagement report on Fernside be shared with affected families.

[01:02:25] Item 7 – Homelessness and Hospital Discharge Pathway
[01:02:33] The Strategic Director introduced a report on the joint pilot placing a housing options officer on the wards at Harrowfield Royal Infirmary.
[01:07:50] Cllr Yeadon asked how many people had been discharged from hospital to temporary accommodation since the pilot began.
[01:08:24] The Strategic Director replied that 57 people had been discharged, of whom 31 had since moved to settled housing.
[01:10:12] Cllr Noor asked whether funding for the housing options post would continue after the pilot ended in June.
[01:10:49] The Strategic Director said this was subject to the Better Care Fund plan for 2025/26, still being finalised.
[01:13:05] RESOLVED: That the Committee notes the report and supports continuation of the hospital housing options post beyond June 2025.

[01:13:40] Item 8 – Work Programme 2024/25
[01:13:48] The Scrutiny and Democratic Services Officer presented the work programme. There were no questions.
[01:14:30] RESOLVED: That the work programme be agreed with the addition of a dental access item in July.

[01:14:52] The Chair thanked everyone for attending. The meeting closed at 7.15 pm. The next meeting will be held on 22 April 2025.
"""

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}

TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Stop Smoking and Tobacco Control Service Recommissioning"},
        {"number": "5", "title": "Home Care Framework: Provider Performance and Market Sustainability"},
        {"number": "6", "title": "West Pennine ICB: Community Mental Health Transformation"},
        {"number": "7", "title": "Homelessness and Hospital Discharge Pathway"},
        {"number": "8", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        q("4", "question", "asked whether the new service would still offer face-to-face sessions",
          "Cllr Ashcroft", "clinics would continue in Thornley and Edgeside libraries", "The Director of Public Health",
          ["public-health"]),
        q("4", "question", "queried why the contract was being tendered rather than brought back in-house",
          "Cllr Kirkpatrick", "the in-house option had been appraised but the team lacked specialist advisers",
          "The Assistant Director - Commissioning", ["public-health", "subcontracting", "privatisation"]),
        q("4", "question", "asked how people who had quit smoking through the current service had been involved",
          "Mrs Endicott", "forty-two former service users had taken part in two design workshops",
          "The Director of Public Health", ["public-health", "patient-and-public-input"]),
        q("4", "concern", "expressed concern that the increased national grant was only guaranteed for two years",
          "Cllr Bhatti", "a break clause at year three would protect the council", "The Director of Public Health",
          ["public-health", "finance", "subcontracting"]),
        q("5", "question", "asked whether care workers on the framework were paid for their travel time",
          "Cllr Noor", "travel time was now paid on all framework contracts", "The Strategic Director",
          ["adult-social-care", "workforce", "subcontracting"]),
        q("5", "concern", "raised concerns about two private providers that had handed back packages",
          "Cllr Yeadon", "both providers had been placed on enhanced monitoring and no clients had gone without care",
          "The Assistant Director - Commissioning", ["adult-social-care", "privatisation", "subcontracting"]),
        q("5", "request", "requested a breakdown of unmet hours by ward to be circulated",
          "Cllr Thwaite", "The Chair agreed that the figures would be circulated by the Scrutiny Officer",
          "The Chair", ["adult-social-care"]),
        q("5", "comment", "commented that staff turnover in some agencies of over forty per cent",
          "Cllr Ashcroft", None, None, ["adult-social-care", "workforce"]),
        q("6", "question", "asked how long residents were currently waiting for a first appointment",
          "Cllr Kirkpatrick", "the median wait was nine weeks against a local target of six weeks",
          "The Deputy Director of Strategy", ["mental-health"]),
        q("6", "question", "asked whether the ICB had consulted patients and carers before closing the Fernside day service",
          "Cllr Bhatti", "a six-week engagement exercise had received 312 responses", "The Deputy Director of Strategy",
          ["mental-health", "patient-and-public-input"]),
        q("6", "comment", "Healthwatch had heard from families who were not told about the Fernside changes",
          "Mrs Endicott", None, None, ["mental-health", "patient-and-public-input"]),
        q("7", "question", "asked how many people had been discharged from hospital to temporary accommodation",
          "Cllr Yeadon", "57 people had been discharged, of whom 31 had since moved to settled housing",
          "The Strategic Director", ["housing", "adult-social-care"]),
        q("7", "question", "asked whether funding for the housing options post would continue after the pilot",
          "Cllr Noor", "subject to the Better Care Fund plan for 2025/26, still being finalised",
          "The Strategic Director", ["housing", "finance", "integration"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 28 January 2025 be approved", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the Committee endorses the proposed recommissioning of the stop smoking service",
         "outcome": "agreed", "themes": ["public-health", "subcontracting"]},
        {"item": "5", "text": "That the update on the home care framework be noted", "outcome": "noted",
         "themes": ["adult-social-care"]},
        {"item": "6", "text": "the ICB be asked to report back in September on waiting times",
         "outcome": "recommended", "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "7", "text": "supports continuation of the hospital housing options post beyond June 2025",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "8", "text": "the work programme be agreed with the addition of a dental access item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor Maureen Oddie", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tariq Bhatti", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Helen Ashcroft", "role": None, "attendance": "present"},
        {"name": "Councillor Dean Kirkpatrick", "role": None, "attendance": "present"},
        {"name": "Councillor Shabana Noor", "role": None, "attendance": "present"},
        {"name": "Councillor Philip Yeadon", "role": None, "attendance": "present"},
        {"name": "Councillor Gillian Thwaite", "role": "substitute for Councillor Rob Marsden", "attendance": "present"},
        {"name": "Mrs Carol Endicott", "role": "Healthwatch Harrowfield", "attendance": "present"},
        {"name": "Dr Anjali Raman", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mark Hollings", "role": "Strategic Director, Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Joanne Pilling", "role": "Assistant Director - Commissioning and Market Management", "attendance": "in_attendance"},
        {"name": "Stuart Beaumont", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Lisa Crowther", "role": "Deputy Director of Strategy, West Pennine Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor Rob Marsden", "role": None, "attendance": "apologies"},
        {"name": "Councillor Ellen Gaukroger", "role": None, "attendance": "apologies"},
    ],
}

HTML_NAME = "ef-calderbrook-teaching-hospitals-our-board.html"
BOARD = [
    ("Professor Dame Ruth Ackerley", "Chair", "Ruth joined the Trust as Chair in April 2022. She spent twenty years as a consultant nephrologist and later chaired a regional clinical senate. She chairs the Council of Governors and the Nominations and Remuneration Committee."),
    ("Simon Okafor", "Chief Executive", "Simon became Chief Executive in 2021 after four years as Chief Operating Officer at a neighbouring acute trust. He is the accountable officer for the Trust and leads its role in the West Pennine provider collaborative."),
    ("Dr Fiona Haworth", "Chief Medical Officer", "Fiona is a consultant anaesthetist and has worked at the Royal Infirmary since 2006. She is responsible for medical education, clinical effectiveness and the Trust's research programme."),
    ("Angela Myerscough", "Chief Nurse and Director of Infection Prevention and Control", "Angela trained as a nurse at Calderbrook and has held senior nursing roles across the North West. She leads on patient experience, safeguarding and the nursing and midwifery workforce plan."),
    ("Kieran Doolan", "Chief Finance Officer and Deputy Chief Executive", "Kieran is a chartered accountant who joined the NHS through the graduate financial management scheme. He oversees financial planning, estates and the Trust's capital programme."),
    ("Priya Lakhani-Brooke", "Chief People Officer", "Priya leads recruitment, staff wellbeing, education and organisational development. Before joining the NHS she worked in human resources in the higher education sector."),
    ("Graham Stott", "Non-Executive Director and Senior Independent Director", "Graham is a former finance director in the water industry. He chairs the Audit and Risk Committee."),
    ("Nadia Rahim", "Non-Executive Director", "Nadia is a solicitor specialising in public law and chairs the Quality and Safety Committee. She is the Board's Freedom to Speak Up lead."),
    ("Derek Ibbotson", "Associate Non-Executive Director (non-voting)", "Derek is a former headteacher and brings experience of community and voluntary sector organisations across Harrowfield."),
]

def build_html():
    cards = []
    for name, role, bio in BOARD:
        cards.append(f"""      <li class="board-member">
        <img src="/media/board/{re.sub(r'[^a-z]+','-',name.lower()).strip('-')}.jpg" alt="Photograph of {htmlmod.escape(name)}" width="160" height="160">
        <h3 class="board-member__name">{htmlmod.escape(name)}</h3>
        <p class="board-member__role">{htmlmod.escape(role)}</p>
        <p class="board-member__bio">{htmlmod.escape(bio)}</p>
      </li>""")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our Board - Calderbrook Teaching Hospitals NHS Foundation Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/nhs-frontend.min.css">
</head>
<body>
<header class="nhsuk-header"><a class="nhsuk-header__link" href="/">Calderbrook Teaching Hospitals NHS Foundation Trust</a>
<nav><ul><li><a href="/about-us">About us</a></li><li><a href="/our-services">Our services</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<nav class="nhsuk-breadcrumb"><a href="/">Home</a> &gt; <a href="/about-us">About us</a> &gt; Our Board</nav>
<main id="maincontent">
  <h1>Our Board</h1>
  <p>The Board of Directors is responsible for the strategic direction of the Trust and for the quality and safety of the care we provide at Harrowfield Royal Infirmary and Calderbrook General Hospital. It is made up of executive directors, who run the Trust day to day, and non-executive directors, who bring independent challenge.</p>
  <p>The Board meets in public six times a year. Papers are published a week before each meeting on our <a href="/about-us/board-meetings">Board meetings</a> page. Members of the public may submit questions about items on the agenda up to 48 hours before the meeting.</p>
  <h2>Executive directors and non-executive directors</h2>
  <ul class="board-list">
{chr(10).join(cards)}
  </ul>
  <h2>Register of interests</h2>
  <p>All directors declare their interests annually. The current <a href="/media/documents/register-of-interests-2024-25.pdf">register of directors' interests (PDF, 210KB)</a> is available to download.</p>
  <h2>Fit and proper persons</h2>
  <p>The Trust carries out checks on all Board members in line with the NHS England Fit and Proper Person Test Framework, which came into effect in 2024.</p>
</main>
<footer class="nhsuk-footer"><p>&copy; Calderbrook Teaching Hospitals NHS Foundation Trust 2025</p>
<p>Page last reviewed: 3 February 2025. Next review due: 3 August 2025.</p></footer>
</body>
</html>
"""

HTML_GOLD = {"document": HTML_NAME, "doc_type": "other", "themes": ["governance", "workforce"]}


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def html_text(h):
    t = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(t)


def check():
    ok = True
    for name, gold_name in [(TXT_NAME, TXT_NAME.rsplit('.', 1)[0] + ".json"),
                            (HTML_NAME, HTML_NAME.rsplit('.', 1)[0] + ".json")]:
        path = os.path.join(DOCS, name)
        src = open(path, encoding="utf-8").read()
        if name.endswith(".html"):
            src = html_text(src)
        ns = norm(src)
        gold = json.load(open(os.path.join(GOLD, gold_name), encoding="utf-8"))
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq.get("answer"):
                phrases.append(("answer", qq["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = ns.count(norm(p))
            if c != 1:
                ok = False
                print(f"FAIL {name}: {kind} phrase found {c} times: {p!r}")
            if not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name}: {kind} phrase has {n} words: {p!r}")
        print(f"{name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT)
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_html())
    for g in (TXT_GOLD, HTML_GOLD):
        with open(os.path.join(GOLD, g["document"].rsplit('.', 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
