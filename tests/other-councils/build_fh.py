#!/usr/bin/env python3
"""Build the "fh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fh.py           build documents/fh-* and gold/fh-*.json
        build_fh.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
W = 72

# ---------------------------------------------------------------------------
# Document 1: minutes
# ---------------------------------------------------------------------------
MIN_NAME = "fh-wexhampton-sshsc-2025-03-11.txt"
COMMITTEE = "SOCIAL SERVICES AND HEALTH SCRUTINY COMMITTEE"

PRESENT = (
    "PRESENT: COUNCILLOR M T ASHWORTH (CHAIRMAN), COUNCILLOR J K PELHAM "
    "(VICE-CHAIRMAN), COUNCILLORS S BRADY, D F COOMBE, H ELLERBY, N QUAYLE AND "
    "P DAWES (SUBSTITUTE FOR COUNCILLOR R MOSS)."
)
APOLS = "APOLOGIES: COUNCILLORS R MOSS AND L VARNEY."
ALSO = (
    "ALSO PRESENT: COUNCILLOR G HARTNELL (CABINET MEMBER FOR ADULT SOCIAL CARE AND "
    "HEALTH) AND MR T OKAFOR (HEALTHWATCH WEXHAMPTON, CO-OPTED OBSERVER)."
)
OFFICERS = (
    "OFFICERS: MRS E STANWAY (DIRECTOR OF ADULT SERVICES), DR K MALIK (DIRECTOR OF "
    "PUBLIC HEALTH), MR B FRY (HEAD OF COMMISSIONING AND CONTRACTS, ADULTS AND HEALTH "
    "DIRECTORATE), MS A REID (ASSOCIATE DIRECTOR OF PRIMARY AND URGENT CARE, WEXHAMPTON "
    "AND DALE INTEGRATED CARE BOARD) AND MR C LUNN (COMMITTEE ADMINISTRATOR)."
)

ITEMS = [
    ("41", "APOLOGIES AND SUBSTITUTES", [
        "APOLOGIES FOR ABSENCE WERE RECEIVED FROM COUNCILLORS R MOSS AND L VARNEY. "
        "COUNCILLOR P DAWES ATTENDED AS SUBSTITUTE FOR COUNCILLOR MOSS.",
    ]),
    ("42", "DECLARATIONS OF INTEREST", [
        "COUNCILLOR ELLERBY DECLARED A PERSONAL INTEREST IN MINUTE 44 AS HER MOTHER "
        "RECEIVED HOME CARE FROM A CURRENT PROVIDER. COUNCILLOR QUAYLE DECLARED A "
        "PERSONAL INTEREST IN MINUTE 46 AS A TRUSTEE OF THE DALE VALLEY RECOVERY "
        "CAFE. NEITHER INTEREST WAS PREJUDICIAL AND BOTH MEMBERS REMAINED FOR THE "
        "ITEMS CONCERNED.",
    ]),
    ("43", "MINUTES", [
        "RESOLVED THAT THE MINUTES OF THE MEETING HELD ON 14 JANUARY 2025 BE "
        "CONFIRMED AS A CORRECT RECORD AND SIGNED BY THE CHAIRMAN.",
    ]),
    ("44", "HOME CARE RECOMMISSIONING", [
        "THE HEAD OF COMMISSIONING AND CONTRACTS PRESENTED A REPORT ON THE PROPOSED "
        "RECOMMISSIONING OF HOME CARE SERVICES FROM 1 OCTOBER 2025, UNDER WHICH THE "
        "COUNTY WOULD BE DIVIDED INTO SIX ZONES EACH SERVED BY A LEAD PROVIDER "
        "APPOINTED BY COMPETITIVE TENDER FOR FIVE YEARS WITH AN OPTION TO EXTEND FOR "
        "A FURTHER TWO YEARS. THE ESTIMATED CONTRACT VALUE WAS 212 MILLION POUNDS "
        "OVER THE FULL TERM.",
        "COUNCILLOR BRADY ASKED WHETHER THE ZONE MODEL WOULD REDUCE THE NUMBER OF "
        "PROVIDERS FROM THE CURRENT FORTY-ONE AND WHAT WOULD HAPPEN TO CLIENTS OF "
        "PROVIDERS WHO WERE NOT SUCCESSFUL. THE HEAD OF COMMISSIONING AND CONTRACTS "
        "REPLIED THAT UNSUCCESSFUL PROVIDERS COULD JOIN A SECONDARY FRAMEWORK AND THAT "
        "NO CLIENT WOULD BE REQUIRED TO CHANGE CARER DURING THE FIRST YEAR. COUNCILLOR "
        "COOMBE EXPRESSED CONCERN THAT THREE OF THE LARGEST CURRENT PROVIDERS WERE "
        "OWNED BY PRIVATE EQUITY COMPANIES AND ASKED WHAT SAFEGUARDS THERE WERE "
        "AGAINST PROVIDER FAILURE. THE DIRECTOR OF ADULT SERVICES REPLIED THAT "
        "FINANCIAL HEALTH CHECKS WOULD BE CARRIED OUT ANNUALLY ON EVERY LEAD PROVIDER "
        "AND THAT THE CONTRACT WOULD INCLUDE A STEP-IN RIGHT FOR THE COUNCIL.",
        "COUNCILLOR ELLERBY ASKED WHETHER THE HOURLY RATE OF 24.60 POUNDS WOULD BE "
        "SUFFICIENT TO PAY CARE WORKERS THE REAL LIVING WAGE AND TO COVER TRAVEL "
        "TIME BETWEEN VISITS. THE CABINET MEMBER FOR ADULT SOCIAL CARE AND HEALTH "
        "SAID THAT THE RATE HAD BEEN SET FOLLOWING A COST OF CARE EXERCISE AND THAT "
        "PAYMENT OF TRAVEL TIME WOULD BE A CONDITION OF THE CONTRACT. COUNCILLOR "
        "QUAYLE COMMENTED THAT THE RURAL ZONES IN THE NORTH OF THE COUNTY HAD "
        "HISTORICALLY ATTRACTED VERY FEW BIDDERS.",
        "MR OKAFOR OF HEALTHWATCH WEXHAMPTON REQUESTED THAT PEOPLE WHO RECEIVED HOME "
        "CARE BE INVOLVED IN EVALUATING THE TENDERS. THE HEAD OF COMMISSIONING AND "
        "CONTRACTS AGREED AND SAID THAT TWO EXPERTS BY EXPERIENCE WOULD SIT ON EACH "
        "EVALUATION PANEL.",
        "RESOLVED THAT -",
        "(1) THE PROPOSED SIX ZONE MODEL FOR HOME CARE BE SUPPORTED; AND",
        "(2) A REPORT ON THE OUTCOME OF THE HOME CARE TENDER BE SUBMITTED TO THE "
        "COMMITTEE IN NOVEMBER 2025.",
    ]),
    ("45", "PROPOSED CHANGES TO OVERNIGHT URGENT CARE IN THE DALE VALLEY", [
        "THE ASSOCIATE DIRECTOR OF PRIMARY AND URGENT CARE OUTLINED THE INTEGRATED "
        "CARE BOARD'S PROPOSAL TO CLOSE THE URGENT TREATMENT CENTRE AT MIDHOLM "
        "COMMUNITY HOSPITAL BETWEEN MIDNIGHT AND 8.00 AM AND TO CONCENTRATE OVERNIGHT "
        "URGENT CARE AT WEXHAMPTON GENERAL HOSPITAL, SUBJECT TO PUBLIC CONSULTATION "
        "BEGINNING IN MAY 2025.",
        "COUNCILLOR PELHAM QUESTIONED WHETHER THE PROPOSAL AMOUNTED TO A SUBSTANTIAL "
        "VARIATION REQUIRING FORMAL CONSULTATION WITH THE COMMITTEE. THE ASSOCIATE "
        "DIRECTOR REPLIED THAT THE BOARD ACCEPTED THAT IT DID AND WOULD CONSULT THE "
        "COMMITTEE FORMALLY ALONGSIDE THE PUBLIC. COUNCILLOR DAWES ASKED HOW MANY "
        "PATIENTS CURRENTLY ATTENDED MIDHOLM OVERNIGHT AND HOW THEY WOULD TRAVEL TO "
        "WEXHAMPTON. MS REID REPLIED THAT THE AVERAGE WAS SIX PATIENTS A NIGHT AND "
        "THAT A TRANSPORT ASSESSMENT WOULD BE PUBLISHED WITH THE CONSULTATION "
        "DOCUMENT. THE CHAIRMAN SOUGHT CLARIFICATION OF WHETHER OVERNIGHT GP OUT OF "
        "HOURS COVER WOULD CONTINUE FROM THE MIDHOLM SITE. NO ANSWER WAS AVAILABLE AT "
        "THE MEETING AND A WRITTEN REPLY WOULD BE SENT TO MEMBERS.",
        "RESOLVED THAT THE INTEGRATED CARE BOARD BE INFORMED THAT THE COMMITTEE "
        "REGARDS THE PROPOSAL AS A SUBSTANTIAL VARIATION AND WISHES TO BE CONSULTED "
        "FORMALLY, AND THAT A WORKING GROUP OF FIVE MEMBERS BE ESTABLISHED TO PREPARE "
        "THE COMMITTEE'S RESPONSE.",
    ]),
    ("46", "PUBLIC HEALTH GRANT 2025/26 AND DRUG AND ALCOHOL TREATMENT CONTRACT", [
        "THE DIRECTOR OF PUBLIC HEALTH REPORTED THAT THE PUBLIC HEALTH GRANT FOR "
        "2025/26 WOULD BE 38.4 MILLION POUNDS AND SOUGHT THE COMMITTEE'S VIEWS ON A "
        "PROPOSED TWO YEAR EXTENSION OF THE ADULT DRUG AND ALCOHOL TREATMENT CONTRACT "
        "HELD BY PATHWAYS RECOVERY CIC.",
        "COUNCILLOR QUAYLE ASKED WHY THE GRANT HAD RISEN BY ONLY 1.2 PER CENT WHEN "
        "NHS PAY AWARDS FOR TREATMENT STAFF WERE EXPECTED TO EXCEED THREE PER CENT. "
        "THE DIRECTOR OF PUBLIC HEALTH REPLIED THAT THE SHORTFALL WOULD BE MET FROM "
        "THE PUBLIC HEALTH RESERVE FOR ONE YEAR ONLY. COUNCILLOR BRADY EXPRESSED "
        "CONCERN THAT THE CONTRACT WOULD BE EXTENDED FOR TWO YEARS WITHOUT BEING "
        "RETENDERED. DR MALIK EXPLAINED THAT THE CONTRACT CONTAINED AN EXTENSION "
        "CLAUSE AND THAT RETENDERING UNDER THE NEW PROCUREMENT REGIME WOULD RISK "
        "DISRUPTION TO PEOPLE IN TREATMENT. COUNCILLOR ELLERBY ASKED FOR FIGURES ON "
        "SUCCESSFUL COMPLETIONS OF ALCOHOL TREATMENT IN EACH DISTRICT. THE DIRECTOR "
        "OF PUBLIC HEALTH AGREED TO CIRCULATE THE DISTRICT FIGURES BEFORE THE NEXT "
        "MEETING.",
        "RESOLVED THAT THE PUBLIC HEALTH GRANT ALLOCATION AND THE PROPOSED CONTRACT "
        "EXTENSION BE NOTED.",
    ]),
    ("47", "ADULT SOCIAL CARE WORKFORCE STRATEGY", [
        "THE DIRECTOR OF ADULT SERVICES INTRODUCED THE DRAFT WORKFORCE STRATEGY FOR "
        "2025-2028.",
        "COUNCILLOR PELHAM ASKED WHAT THE CURRENT VACANCY RATE WAS AMONG SOCIAL "
        "WORKERS. THE DIRECTOR OF ADULT SERVICES REPLIED THAT 14 PER CENT OF SOCIAL "
        "WORKER POSTS WERE VACANT AND THAT AGENCY STAFF HAD COVERED MOST OF THEM AT A "
        "COST OF 1.9 MILLION POUNDS IN 2024/25. COUNCILLOR COOMBE ASKED WHETHER "
        "INDEPENDENT CARE PROVIDERS WERE RELYING ON OVERSEAS RECRUITMENT AND HOW "
        "OVERSEAS WORKERS WERE PROTECTED FROM EXPLOITATION. MRS STANWAY SAID THAT 412 "
        "CARE WORKERS IN THE COUNTY HELD SPONSORED VISAS AND THAT THE COUNCIL HAD "
        "REPORTED TWO PROVIDERS TO THE HOME OFFICE DURING THE YEAR.",
        "COUNCILLOR ELLERBY REQUESTED THAT THE CABINET BE ASKED TO FUND A SOCIAL CARE "
        "APPRENTICESHIP ACADEMY RUN JOINTLY WITH WEXHAMPTON COLLEGE. THE CABINET "
        "MEMBER SAID THAT HE WOULD WELCOME SUCH A RECOMMENDATION FROM THE COMMITTEE.",
        "RESOLVED THAT THE CABINET BE RECOMMENDED TO ESTABLISH A SOCIAL CARE "
        "APPRENTICESHIP ACADEMY WITH WEXHAMPTON COLLEGE AS PART OF THE WORKFORCE "
        "STRATEGY.",
    ]),
    ("48", "WORK PROGRAMME", [
        "RESOLVED THAT THE WORK PROGRAMME FOR 2025/26 BE APPROVED, SUBJECT TO THE "
        "ADDITION OF AN ITEM ON CHILDREN'S MENTAL HEALTH TRANSITIONS IN JULY 2025.",
    ]),
]

PAGE_LINES = 54


def header(page, run="RUN 18/03/25 09:14  PGM CMR410  USER CLUNN"):
    left = "WEXHAMPTON COUNTY COUNCIL"
    right = "COMMITTEE INFORMATION SYSTEM"
    l2 = run
    r2 = "PAGE %4d" % page
    return [left + " " * (W - len(left) - len(right)) + right,
            l2 + " " * (W - len(l2) - len(r2)) + r2,
            "-" * W]


def footer(page, last):
    s = "*** END OF REPORT ***" if last else "*** CONTINUED ON PAGE %d ***" % (page + 1)
    return ["-" * W, s.center(W).rstrip()]


def wrap(p, indent=0):
    return textwrap.wrap(p, W - indent, initial_indent="", subsequent_indent="",
                         break_long_words=False, break_on_hyphens=False)


def paginate(body):
    pages = []
    per = PAGE_LINES - 5
    chunks = [body[i:i + per] for i in range(0, len(body), per)]
    out = []
    for n, ch in enumerate(chunks, 1):
        # avoid starting a page with a blank line
        while ch and ch[0] == "":
            ch = ch[1:]
        out += header(n) + [""] + ch + footer(n, n == len(chunks))
        if n < len(chunks):
            out += ["", ""]
    return "\n".join(out) + "\n"


def build_minutes():
    b = []
    b += [COMMITTEE.center(W).rstrip(),
          "MINUTES OF MEETING HELD ON TUESDAY 11 MARCH 2025 AT 10.00 AM".center(W).rstrip(),
          "COUNCIL CHAMBER, COUNTY HALL, WEXHAMPTON".center(W).rstrip(), ""]
    for p in (PRESENT, APOLS, ALSO, OFFICERS):
        b += wrap(p) + [""]
    for num, title, paras in ITEMS:
        h = "MINUTE %s  %s" % (num, title)
        b += wrap(h)
        b += ["=" * min(len(h), W), ""]
        for p in paras:
            if re.match(r"^\(\d\)", p):
                lines = wrap(p, 4)
                b += ["    " + lines[0]] + ["    " + l for l in lines[1:]]
                b += [""]
            else:
                b += wrap(p) + [""]
    b += ["THE MEETING CLOSED AT 12.47 PM.", "",
          "CHAIRMAN ........................   DATE ................"]
    return paginate(b)


P, AP, IA = "present", "apologies", "in_attendance"
MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Social Services and Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "44", "kind": "question",
         "text": "ASKED WHETHER THE ZONE MODEL WOULD REDUCE THE NUMBER OF PROVIDERS",
         "asked_by": "COUNCILLOR BRADY",
         "answer": "UNSUCCESSFUL PROVIDERS COULD JOIN A SECONDARY FRAMEWORK",
         "given_by": "THE HEAD OF COMMISSIONING AND CONTRACTS",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "44", "kind": "concern",
         "text": "THREE OF THE LARGEST CURRENT PROVIDERS WERE OWNED BY PRIVATE EQUITY COMPANIES",
         "asked_by": "COUNCILLOR COOMBE",
         "answer": "FINANCIAL HEALTH CHECKS WOULD BE CARRIED OUT ANNUALLY ON EVERY LEAD PROVIDER",
         "given_by": "THE DIRECTOR OF ADULT SERVICES",
         "themes": ["privatisation", "subcontracting", "adult-social-care", "governance"]},
        {"item": "44", "kind": "question",
         "text": "SUFFICIENT TO PAY CARE WORKERS THE REAL LIVING WAGE",
         "asked_by": "COUNCILLOR ELLERBY",
         "answer": "THE RATE HAD BEEN SET FOLLOWING A COST OF CARE EXERCISE",
         "given_by": "THE CABINET MEMBER FOR ADULT SOCIAL CARE AND HEALTH",
         "themes": ["finance", "workforce", "adult-social-care", "subcontracting"]},
        {"item": "44", "kind": "comment",
         "text": "THE RURAL ZONES IN THE NORTH OF THE COUNTY HAD HISTORICALLY ATTRACTED",
         "asked_by": "COUNCILLOR QUAYLE",
         "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "44", "kind": "request",
         "text": "PEOPLE WHO RECEIVED HOME CARE BE INVOLVED IN EVALUATING THE TENDERS",
         "asked_by": "MR OKAFOR",
         "answer": "TWO EXPERTS BY EXPERIENCE WOULD SIT ON EACH EVALUATION PANEL",
         "given_by": "THE HEAD OF COMMISSIONING AND CONTRACTS",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "45", "kind": "question",
         "text": "QUESTIONED WHETHER THE PROPOSAL AMOUNTED TO A SUBSTANTIAL VARIATION",
         "asked_by": "COUNCILLOR PELHAM",
         "answer": "THE BOARD ACCEPTED THAT IT DID AND WOULD CONSULT THE COMMITTEE FORMALLY",
         "given_by": "THE ASSOCIATE DIRECTOR",
         "themes": ["governance", "patient-and-public-input"]},
        {"item": "45", "kind": "question",
         "text": "ASKED HOW MANY PATIENTS CURRENTLY ATTENDED MIDHOLM OVERNIGHT",
         "asked_by": "COUNCILLOR DAWES",
         "answer": "SIX PATIENTS A NIGHT AND THAT A TRANSPORT ASSESSMENT WOULD BE PUBLISHED",
         "given_by": "MS REID",
         "themes": []},
        {"item": "45", "kind": "question",
         "text": "WHETHER OVERNIGHT GP OUT OF HOURS COVER WOULD CONTINUE",
         "asked_by": "THE CHAIRMAN",
         "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "46", "kind": "question",
         "text": "ASKED WHY THE GRANT HAD RISEN BY ONLY 1.2 PER CENT",
         "asked_by": "COUNCILLOR QUAYLE",
         "answer": "THE SHORTFALL WOULD BE MET FROM THE PUBLIC HEALTH RESERVE",
         "given_by": "THE DIRECTOR OF PUBLIC HEALTH",
         "themes": ["finance", "public-health", "workforce"]},
        {"item": "46", "kind": "concern",
         "text": "THE CONTRACT WOULD BE EXTENDED FOR TWO YEARS WITHOUT BEING RETENDERED",
         "asked_by": "COUNCILLOR BRADY",
         "answer": "THE CONTRACT CONTAINED AN EXTENSION CLAUSE",
         "given_by": "DR MALIK",
         "themes": ["subcontracting", "public-health"]},
        {"item": "46", "kind": "request",
         "text": "ASKED FOR FIGURES ON SUCCESSFUL COMPLETIONS OF ALCOHOL TREATMENT",
         "asked_by": "COUNCILLOR ELLERBY",
         "answer": "AGREED TO CIRCULATE THE DISTRICT FIGURES BEFORE THE NEXT MEETING",
         "given_by": "THE DIRECTOR OF PUBLIC HEALTH",
         "themes": ["public-health"]},
        {"item": "47", "kind": "question",
         "text": "ASKED WHAT THE CURRENT VACANCY RATE WAS AMONG SOCIAL WORKERS",
         "asked_by": "COUNCILLOR PELHAM",
         "answer": "14 PER CENT OF SOCIAL WORKER POSTS WERE VACANT",
         "given_by": "THE DIRECTOR OF ADULT SERVICES",
         "themes": ["workforce", "adult-social-care", "finance"]},
        {"item": "47", "kind": "question",
         "text": "INDEPENDENT CARE PROVIDERS WERE RELYING ON OVERSEAS RECRUITMENT",
         "asked_by": "COUNCILLOR COOMBE",
         "answer": "412 CARE WORKERS IN THE COUNTY HELD SPONSORED VISAS",
         "given_by": "MRS STANWAY",
         "themes": ["workforce", "adult-social-care", "subcontracting"]},
        {"item": "47", "kind": "request",
         "text": "THE CABINET BE ASKED TO FUND A SOCIAL CARE APPRENTICESHIP ACADEMY",
         "asked_by": "COUNCILLOR ELLERBY",
         "answer": "HE WOULD WELCOME SUCH A RECOMMENDATION FROM THE COMMITTEE",
         "given_by": "THE CABINET MEMBER",
         "themes": ["workforce", "adult-social-care", "finance"]},
    ],
    "resolutions": [
        {"item": "43",
         "text": "THE MINUTES OF THE MEETING HELD ON 14 JANUARY 2025 BE CONFIRMED",
         "outcome": "agreed", "themes": []},
        {"item": "44",
         "text": "THE PROPOSED SIX ZONE MODEL FOR HOME CARE BE SUPPORTED",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "45",
         "text": "THE COMMITTEE REGARDS THE PROPOSAL AS A SUBSTANTIAL VARIATION",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "46",
         "text": "THE PUBLIC HEALTH GRANT ALLOCATION AND THE PROPOSED CONTRACT EXTENSION BE NOTED",
         "outcome": "noted", "themes": ["public-health", "finance", "subcontracting"]},
        {"item": "47",
         "text": "THE CABINET BE RECOMMENDED TO ESTABLISH A SOCIAL CARE APPRENTICESHIP ACADEMY",
         "outcome": "recommended", "themes": ["workforce", "adult-social-care"]},
        {"item": "48",
         "text": "THE WORK PROGRAMME FOR 2025/26 BE APPROVED, SUBJECT TO THE ADDITION",
         "outcome": "agreed", "themes": ["children-and-families", "mental-health"]},
    ],
    "attendees": [
        {"name": "COUNCILLOR M T ASHWORTH", "role": "CHAIRMAN", "attendance": P},
        {"name": "COUNCILLOR J K PELHAM", "role": "VICE-CHAIRMAN", "attendance": P},
        {"name": "COUNCILLOR S BRADY", "role": None, "attendance": P},
        {"name": "COUNCILLOR D F COOMBE", "role": None, "attendance": P},
        {"name": "COUNCILLOR H ELLERBY", "role": None, "attendance": P},
        {"name": "COUNCILLOR N QUAYLE", "role": None, "attendance": P},
        {"name": "COUNCILLOR P DAWES", "role": "SUBSTITUTE FOR COUNCILLOR R MOSS", "attendance": P},
        {"name": "COUNCILLOR R MOSS", "role": None, "attendance": AP},
        {"name": "COUNCILLOR L VARNEY", "role": None, "attendance": AP},
        {"name": "COUNCILLOR G HARTNELL",
         "role": "CABINET MEMBER FOR ADULT SOCIAL CARE AND HEALTH", "attendance": IA},
        {"name": "MR T OKAFOR", "role": "HEALTHWATCH WEXHAMPTON, CO-OPTED OBSERVER",
         "attendance": IA},
        {"name": "MRS E STANWAY", "role": "DIRECTOR OF ADULT SERVICES", "attendance": IA},
        {"name": "DR K MALIK", "role": "DIRECTOR OF PUBLIC HEALTH", "attendance": IA},
        {"name": "MR B FRY",
         "role": "HEAD OF COMMISSIONING AND CONTRACTS, ADULTS AND HEALTH DIRECTORATE",
         "attendance": IA},
        {"name": "MS A REID",
         "role": "ASSOCIATE DIRECTOR OF PRIMARY AND URGENT CARE, WEXHAMPTON AND DALE "
                 "INTEGRATED CARE BOARD", "attendance": IA},
        {"name": "MR C LUNN", "role": "COMMITTEE ADMINISTRATOR", "attendance": IA},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: attendance return (not minutes)
# ---------------------------------------------------------------------------
ATT_NAME = "fh-wexhampton-attendance-return-2024-25.txt"

MEMBERS = [
    # name, division, party, (committee, held, expected, attended, subs)
    ("ASHWORTH M T", "MIDHOLM NORTH", "CON", [("SSHSC", 6, 6, 6, 0), ("COUNCIL", 5, 5, 5, 0),
                                               ("AUDIT", 4, 4, 3, 0)]),
    ("BRADY S", "WEXHAMPTON EAST", "LAB", [("SSHSC", 6, 6, 5, 0), ("COUNCIL", 5, 5, 4, 0),
                                           ("CHILDREN", 5, 5, 5, 0)]),
    ("COOMBE D F", "DALE BRIDGE", "LD", [("SSHSC", 6, 6, 6, 0), ("COUNCIL", 5, 5, 5, 0)]),
    ("DAWES P", "HOLLINS", "CON", [("SSHSC", 6, 0, 0, 2), ("COUNCIL", 5, 5, 3, 0),
                                             ("PLANNING", 11, 11, 9, 0)]),
    ("ELLERBY H", "WEXHAMPTON STH", "LAB", [("SSHSC", 6, 6, 4, 0), ("COUNCIL", 5, 5, 5, 0),
                                              ("HWB", 4, 4, 2, 0)]),
    ("HARTNELL G", "UPPER DALE", "CON", [("CABINET", 10, 10, 10, 0), ("COUNCIL", 5, 5, 5, 0),
                                         ("HWB", 4, 4, 4, 0)]),
    ("MOSS R", "FENWICK", "CON", [("SSHSC", 6, 6, 2, 0), ("COUNCIL", 5, 5, 2, 0)]),
    ("PELHAM J K", "ASKERBY", "IND", [("SSHSC", 6, 6, 6, 0), ("COUNCIL", 5, 5, 4, 0),
                                      ("PENSIONS", 4, 4, 4, 0)]),
    ("QUAYLE N", "MIDHOLM SOUTH", "GRN", [("SSHSC", 6, 6, 5, 0), ("COUNCIL", 5, 5, 5, 0)]),
    ("VARNEY L", "WEXHAMPTON WEST", "LD", [("SSHSC", 6, 6, 3, 0), ("COUNCIL", 5, 5, 4, 0),
                                           ("CHILDREN", 5, 5, 4, 1)]),
]


def build_attendance():
    L = []
    L += header(1, "RUN 02/06/25 16:40  PGM CMA220  USER DEMSERV")
    L += ["",
          "COMMITTEE ATTENDANCE RETURN".center(W).rstrip(),
          "MUNICIPAL YEAR 2024/25 (22 MAY 2024 TO 20 MAY 2025)".center(W).rstrip(),
          "",
          "RETURN MADE UNDER THE COUNCIL'S PROCEDURE RULE 23.4. FIGURES SHOW",
          "MEETINGS HELD, MEETINGS A MEMBER WAS EXPECTED TO ATTEND, MEETINGS",
          "ATTENDED AND ATTENDANCES AS A SUBSTITUTE. VIRTUAL ATTENDANCE AT",
          "INFORMAL BRIEFINGS IS NOT COUNTED.",
          ""]
    hdr = "%-14s %-15s %-4s %-8s %4s %4s %4s %4s %5s" % (
        "MEMBER", "DIVISION", "PTY", "COMMITTEE", "HELD", "EXP", "ATT", "SUB", "PCT")
    L += [hdr, "-" * W]
    tot_e = tot_a = 0
    for name, div, pty, rows in MEMBERS:
        me = ma = 0
        for i, (c, h, e, a, s) in enumerate(rows):
            pct = ("%4d%%" % round(100 * a / e)) if e else "  N/A"
            if i == 0:
                L.append("%-14s %-15s %-4s %-8s %4d %4d %4d %4d %5s" % (
                    name, div, pty, c, h, e, a, s, pct))
            else:
                L.append("%-14s %-15s %-4s %-8s %4d %4d %4d %4d %5s" % (
                    "", "", "", c, h, e, a, s, pct))
            me += e
            ma += a
        L.append("%-14s %-15s %-4s %-8s %4s %4d %4d %4s %5s" % (
            "", "", "", "TOTAL", "", me, ma, "", "%4d%%" % round(100 * ma / me)))
        L.append("")
        tot_e += me
        tot_a += ma
    L += ["-" * W,
          "%-44s %4d %4d %10s" % ("ALL MEMBERS LISTED", tot_e, tot_a,
                                    "%4d%%" % round(100 * tot_a / tot_e)),
          "-" * W, "",
          "KEY: SSHSC = SOCIAL SERVICES AND HEALTH SCRUTINY COMMITTEE",
          "     HWB   = HEALTH AND WELLBEING BOARD",
          "     CHILDREN = CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE",
          "     PCT = ATTENDED AS A PERCENTAGE OF EXPECTED (SUBSTITUTIONS EXCLUDED)",
          "",
          "ENQUIRIES: DEMOCRATIC SERVICES, COUNTY HALL, WEXHAMPTON.",
          ""]
    L += footer(1, True)
    return "\n".join(L) + "\n"


ATT_GOLD = {"document": ATT_NAME, "doc_type": "other", "themes": ["governance"]}

# ---------------------------------------------------------------------------


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for doc, gold in ((MIN_NAME, MIN_GOLD), (ATT_NAME, ATT_GOLD)):
        src = open(os.path.join(DOCS, doc), encoding="utf-8").read()
        for ln in src.splitlines():
            if len(ln) > W:
                print("LONG LINE in %s: %r" % (doc, ln))
                ok = False
        ns = " " + norm(src) + " "
        g = json.load(open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json")))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            np_ = " " + norm(p) + " "
            c = ns.count(np_)
            if c != 1 or not 6 <= n <= 15:
                print("FAIL %s %s: %r count=%d words=%d" % (doc, kind, p, c, n))
                ok = False
        print("%s: %d phrases checked" % (doc, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for doc, text, gold in ((MIN_NAME, build_minutes(), MIN_GOLD),
                            (ATT_NAME, build_attendance(), ATT_GOLD)):
        with open(os.path.join(DOCS, doc), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), "w",
                  encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
