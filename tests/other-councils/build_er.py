#!/usr/bin/env python3
"""Build the "er-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_er.py           build documents/er-* and gold/er-*.json
        build_er.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

def para(s, indent=""):
    return textwrap.fill(" ".join(s.split()), width=76, initial_indent=indent,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)

# ---------------------------------------------------------------- document 1
D1 = "er-wexbridge-kingsholt-ashcombe-marlowe-jhosc-2025-11-20.txt"

def item(num, title):
    return f"{num}  {title}\n" + "-" * (len(num) + 2 + len(title))

blocks = []
A = blocks.append
A("""WEXBRIDGE, KINGSHOLT, ASHCOMBE AND MARLOWE
JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE

MINUTES of a meeting held at Marlowe Guildhall, Market Square, Marlowe
on Thursday 20 November 2025 from 10.00 am to 12.48 pm

Key to council codes used in these minutes:
  WBC – Wexbridge Borough Council
  KCC – Kingsholt County Council
  ADC – Ashcombe District Council
  MCC – Marlowe City Council
""")
A("""PRESENT

Wexbridge Borough Council (WBC)
  Cllr J Hartley (WBC) – Chair
  Cllr S Mbeki (WBC)

Kingsholt County Council (KCC)
  Cllr P Osei (KCC) – Vice-Chair
  Cllr D Fairweather (KCC)
  Cllr H Lindqvist (KCC) – substituting for Cllr T Rowe (KCC)

Ashcombe District Council (ADC)
  Cllr M Treloar (ADC)

Marlowe City Council (MCC)
  Cllr A Bhattacharya (MCC)
  Cllr E Quinlan (MCC)

APOLOGIES
  Cllr T Rowe (KCC)
  Cllr G Penhaligon (ADC)

ALSO PRESENT
  Ms R Amadi – Chief Operating Officer, Wexe and Kingsholt Integrated Care
    Board (ICB)
  Dr N Castellanos – Medical Director, Marlowe and Wexbridge Hospitals NHS
    Foundation Trust
  Mr K Dlamini – Director of Contracting and Provider Performance, Wexe and
    Kingsholt ICB
  Mrs L Fenwick-Hale – Scrutiny and Democratic Services Manager, Kingsholt
    County Council (host authority)
""")
A(item("JHOSC/25/14", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"))
A(para("""Apologies were received from Cllr Rowe (KCC), for whom Cllr Lindqvist (KCC)
attended as substitute, and from Cllr Penhaligon (ADC). No substitute had been
nominated by Ashcombe District Council."""))
A(item("JHOSC/25/15", "DECLARATIONS OF INTEREST"))
A(para("""Cllr Bhattacharya (MCC) declared a non-pecuniary interest in item
JHOSC/25/18 as a volunteer at the Harrowfield Stroke Club. Cllr Quinlan (MCC)
declared that a close family member was employed by the Foundation Trust. Neither
interest required the Member to withdraw."""))
A(item("JHOSC/25/16", "MINUTES OF THE PREVIOUS MEETING"))
A(para("""RESOLVED that the minutes of the meeting held on 18 September 2025 be
confirmed as a correct record and signed by the Chair."""))
A(item("JHOSC/25/17", "WINTER URGENT AND EMERGENCY CARE PLAN 2025/26"))
A(para("""Ms Amadi introduced the system winter plan, which set out expected
demand at the two emergency departments, the additional 46 escalation beds and the
virtual ward capacity commissioned for December to March."""))
A(para("""Cllr Hartley (WBC) asked how many patients were currently medically fit for
discharge but still occupying an acute bed across the two hospital sites. The ICB
Chief Operating Officer (Ms R Amadi) responded that the figure had averaged 138
patients each day in October, roughly one bed in seven."""))
A(para("""Cllr Osei (KCC) expressed concern that ambulance handover delays at Marlowe
General were leaving crews queuing outside for several hours. The ICB Chief
Operating Officer (Ms R Amadi) responded that a cohort area staffed by the Trust
would open on 1 December to release crews within forty-five minutes."""))
A(para("""Cllr Mbeki (WBC) asked whether the additional escalation beds would be
staffed by permanent nurses or by agency staff. Dr Castellanos, Medical Director,
replied that around a third of the shifts would have to be filled through the
agency framework despite a recent recruitment campaign overseas."""))
A(para("""Cllr Treloar (ADC) asked whether residents of rural Ashcombe had been
included in the winter vaccination outreach programme. The ICB Chief Operating
Officer (Ms R Amadi) responded that the mobile flu clinic would visit eleven
Ashcombe villages before Christmas."""))
A(para("""RESOLVED that the winter urgent and emergency care plan for 2025/26 be
noted, and that a verbal update on handover delays be given in February."""))
A(item("JHOSC/25/18", "PROPOSED CONSOLIDATION OF STROKE REHABILITATION BEDS"))
A(para("""The Committee considered the ICB's proposal to move the 24 inpatient
stroke rehabilitation beds at Harrowfield Community Hospital to a single unit at
Wexbridge General, and to consult the public for twelve weeks from January."""))
A(para("""Cllr Bhattacharya (MCC) asked how families without a car would visit
relatives once the Harrowfield beds had closed. The ICB Chief Operating Officer
(Ms R Amadi) responded that a travel impact assessment was being prepared and would
be published with the consultation document."""))
A(para("""Cllr Fairweather (KCC) questioned whether the proposal amounted to a
substantial variation requiring formal consultation with all four councils. Mr
Dlamini stated that the ICB accepted that it did and had written to each authority
on 3 November."""))
A(para("""Cllr Lindqvist (KCC) requested that stroke survivors and carers be
directly involved in drafting the consultation questions before publication. This
was not answered at the meeting and the Chair asked that a reply be circulated."""))
A(para("""RECOMMENDED to the executives of the four councils that each authority
submit a formal response to the stroke rehabilitation consultation by 31 March
2026."""))
A(para("""RESOLVED that (1) the Committee agrees that the proposal is a substantial
variation in service; and (2) a task group of one Member from each council be
established to prepare the joint response."""))
A(item("JHOSC/25/19", "NON-EMERGENCY PATIENT TRANSPORT CONTRACT"))
A(para("""Mr Dlamini reported that the non-emergency patient transport contract
held by Velocity Care Logistics Ltd would expire in September 2026 and that the ICB
intended to run a competitive tender for a five-year term from October 2026."""))
A(para("""Cllr Quinlan (MCC) asked why the ICB had not considered bringing the
service back in-house under the ambulance trust instead of re-tendering. The ICB
Chief Operating Officer (Ms R Amadi) responded that an options appraisal had found
the ambulance trust unable to take on the fleet before 2028."""))
A(para("""Cllr Osei (KCC) raised concern that the current private provider had missed
its collection time target in eight of the last twelve months. Mr Dlamini
explained that contractual penalties totalling £212,000 had been applied and
reinvested in discharge transport."""))
A(para("""Cllr Treloar (ADC) asked whether drivers transferring to a new provider
would keep their existing terms and conditions. Mr Dlamini confirmed that TUPE would
apply and that pension protection would be a condition of the contract award."""))
A(para("""Cllr Hartley (WBC) commented that patient feedback on the service had
been poor and should be weighed heavily in evaluating bids. No response was
recorded."""))
A(para("""RESOLVED that the Committee notes the procurement timetable and asks that
the draft service specification be shared with Members before the tender is
issued."""))
A(item("JHOSC/25/20", "WORK PROGRAMME 2025/26"))
A(para("""RESOLVED that the work programme be agreed, with the addition of an item
on community dental access in Ashcombe for the March 2026 meeting."""))
A("""Date of next meeting: Thursday 19 February 2026, 10.00 am, Wexbridge Civic
Centre.

                                                        CHAIR

Contact: Mrs L Fenwick-Hale, Scrutiny and Democratic Services Manager,
Kingsholt County Council""")
TEXT1 = "\n\n".join(blocks) + "\n"

ITEMS1 = [("JHOSC/25/14", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
          ("JHOSC/25/15", "DECLARATIONS OF INTEREST"),
          ("JHOSC/25/16", "MINUTES OF THE PREVIOUS MEETING"),
          ("JHOSC/25/17", "WINTER URGENT AND EMERGENCY CARE PLAN 2025/26"),
          ("JHOSC/25/18", "PROPOSED CONSOLIDATION OF STROKE REHABILITATION BEDS"),
          ("JHOSC/25/19", "NON-EMERGENCY PATIENT TRANSPORT CONTRACT"),
          ("JHOSC/25/20", "WORK PROGRAMME 2025/26")]
COO = "ICB Chief Operating Officer (Ms R Amadi)"
def q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked,
            "answer": answer, "given_by": given, "themes": themes}
QS1 = [
 q("JHOSC/25/17", "question", "patients were currently medically fit for discharge but still occupying an acute bed",
   "Cllr Hartley (WBC)", "the figure had averaged 138 patients each day in October", COO, ["adult-social-care"]),
 q("JHOSC/25/17", "concern", "ambulance handover delays at Marlowe General were leaving crews queuing outside",
   "Cllr Osei (KCC)", "a cohort area staffed by the Trust would open on 1 December", COO, []),
 q("JHOSC/25/17", "question", "whether the additional escalation beds would be staffed by permanent nurses or by agency staff",
   "Cllr Mbeki (WBC)", "around a third of the shifts would have to be filled through the agency framework",
   "Dr Castellanos, Medical Director", ["workforce"]),
 q("JHOSC/25/17", "question", "included in the winter vaccination outreach programme",
   "Cllr Treloar (ADC)", "the mobile flu clinic would visit eleven Ashcombe villages before Christmas", COO, ["public-health"]),
 q("JHOSC/25/18", "question", "how families without a car would visit relatives once the Harrowfield beds had closed",
   "Cllr Bhattacharya (MCC)", "a travel impact assessment was being prepared and would be published with the consultation document",
   COO, ["patient-and-public-input"]),
 q("JHOSC/25/18", "question", "the proposal amounted to a substantial variation requiring formal consultation with all four councils",
   "Cllr Fairweather (KCC)", "the ICB accepted that it did and had written to each authority",
   "Mr Dlamini", ["governance", "patient-and-public-input"]),
 q("JHOSC/25/18", "request", "stroke survivors and carers be directly involved in drafting the consultation questions",
   "Cllr Lindqvist (KCC)", None, None, ["patient-and-public-input"]),
 q("JHOSC/25/19", "question", "not considered bringing the service back in-house under the ambulance trust",
   "Cllr Quinlan (MCC)", "an options appraisal had found the ambulance trust unable to take on the fleet",
   COO, ["privatisation", "subcontracting"]),
 q("JHOSC/25/19", "concern", "the current private provider had missed its collection time target",
   "Cllr Osei (KCC)", "contractual penalties totalling £212,000 had been applied and reinvested in discharge transport",
   "Mr Dlamini", ["privatisation", "subcontracting"]),
 q("JHOSC/25/19", "question", "drivers transferring to a new provider would keep their existing terms and conditions",
   "Cllr Treloar (ADC)", "TUPE would apply and that pension protection would be a condition of the contract award",
   "Mr Dlamini", ["workforce", "subcontracting"]),
 q("JHOSC/25/19", "comment", "patient feedback on the service had been poor and should be weighed heavily",
   "Cllr Hartley (WBC)", None, None, ["patient-and-public-input", "subcontracting"]),
]
def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}
RS1 = [
 r("JHOSC/25/16", "minutes of the meeting held on 18 September 2025 be confirmed", "agreed", []),
 r("JHOSC/25/17", "the winter urgent and emergency care plan for 2025/26 be noted", "noted", []),
 r("JHOSC/25/18", "each authority submit a formal response to the stroke rehabilitation consultation",
   "recommended", ["patient-and-public-input"]),
 r("JHOSC/25/18", "the Committee agrees that the proposal is a substantial variation in service",
   "agreed", ["governance"]),
 r("JHOSC/25/19", "notes the procurement timetable and asks that the draft service specification be shared",
   "other", ["subcontracting"]),
 r("JHOSC/25/20", "the work programme be agreed, with the addition of an item on community dental access",
   "agreed", ["primary-care"]),
]
def at(name, role, att):
    return {"name": name, "role": role, "attendance": att}
AT1 = [
 at("Cllr J Hartley", "Chair", "present"), at("Cllr S Mbeki", None, "present"),
 at("Cllr P Osei", "Vice-Chair", "present"), at("Cllr D Fairweather", None, "present"),
 at("Cllr H Lindqvist", "substituting for Cllr T Rowe (KCC)", "present"),
 at("Cllr M Treloar", None, "present"), at("Cllr A Bhattacharya", None, "present"),
 at("Cllr E Quinlan", None, "present"),
 at("Cllr T Rowe", None, "apologies"), at("Cllr G Penhaligon", None, "apologies"),
 at("Ms R Amadi", "Chief Operating Officer, Wexe and Kingsholt Integrated Care Board (ICB)", "in_attendance"),
 at("Dr N Castellanos", "Medical Director, Marlowe and Wexbridge Hospitals NHS Foundation Trust", "in_attendance"),
 at("Mr K Dlamini", "Director of Contracting and Provider Performance, Wexe and Kingsholt ICB", "in_attendance"),
 at("Mrs L Fenwick-Hale", "Scrutiny and Democratic Services Manager, Kingsholt County Council (host authority)", "in_attendance"),
]
GOLD1 = {"document": D1, "doc_type": "minutes",
         "committee": "Wexbridge, Kingsholt, Ashcombe and Marlowe Joint Health Overview and Scrutiny Committee",
         "meeting_date": "2025-11-20",
         "items": [{"number": n, "title": t} for n, t in ITEMS1],
         "questions": QS1, "resolutions": RS1, "attendees": AT1}

# ---------------------------------------------------------------- document 2
D2 = "er-wexbridge-council-tax-2025-26-explained.txt"
TEXT2 = "\n\n".join([
"""WEXBRIDGE BOROUGH COUNCIL

YOUR COUNCIL TAX 2025/26 EXPLAINED
==================================

Please keep this leaflet with your bill. Large print and audio versions are
available on request from the Revenues Service, Wexbridge Civic Centre.""",
para("""Every year the Council, Kingsholt County Council, the Police and Crime
Commissioner for Kingsholt and the Kingsholt Fire Authority each set the amount
they need from council tax. Your bill is the total of those four amounts plus, if
you live in a parished area, your town or parish council's precept."""),
"""WHERE YOUR MONEY GOES (Band D, per year)

  Kingsholt County Council (general)          £1,612.44
  Kingsholt County Council (adult social
    care precept)                             £  228.90
  Wexbridge Borough Council                   £  236.17
  Police and Crime Commissioner               £  289.57
  Kingsholt Fire Authority                    £   92.16
                                              ---------
  Total Band D (excluding parishes)           £2,459.24""",
"""THE ADULT SOCIAL CARE PRECEPT
-----------------------------""",
para("""The Government allows county councils to raise an extra 2% each year,
ring-fenced for adult social care. Kingsholt County Council has applied the full
2% for 2025/26. It is shown as a separate line on your bill. The money helps pay
for home care, care homes and support for carers as costs rise with the National
Living Wage."""),
"""WHY HAS MY BILL GONE UP?""",
para("""The Borough Council's share has risen by 2.99%, or £6.86 a year for a Band
D home, to help meet the rising cost of temporary accommodation for homeless
households and to protect weekly bin collections. The County Council's general
element has risen by 2.99% to support school transport for children with special
educational needs."""),
"""HELP WITH PAYING""",
para("""If you are on a low income you may qualify for Council Tax Support. A 25%
single person discount is available if you are the only adult in your home.
Discounts and exemptions also apply to some students, carers and people with a
severe mental impairment."""),
"""HOW TO CONTACT US

  Online:   www.wexbridge.gov.example/counciltax
  Phone:    01632 960 418 (Monday to Friday, 9am to 5pm)
  Write to: Revenues Service, Wexbridge Civic Centre, Wexbridge WX1 2BQ

Printed March 2025. Figures correct at the date of printing.""",
]) + "\n"
GOLD2 = {"document": D2, "doc_type": "other",
         "themes": ["finance", "adult-social-care", "housing"]}

DOCS_ALL = [(D1, TEXT1, GOLD1), (D2, TEXT2, GOLD2)]

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    return " ".join(s.split())

def check():
    ok = True
    for name, _, gold in DOCS_ALL:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            src = norm(f.read())
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(qq["text"])
            if qq["answer"]:
                phrases.append(qq["answer"])
        for rr in gold.get("resolutions", []):
            phrases.append(rr["text"])
        for p in phrases:
            n = len(p.split())
            c = src.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name}: count={c} words={n}: {p}")
        print(f"{name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def build():
    for name, text, gold in DOCS_ALL:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built", len(DOCS_ALL), "documents")
