#!/usr/bin/env python3
"""Build the "gj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gj.py           build documents/gj-* and gold/gj-*.json
        build_gj.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
SHY = "\u00ad"
BUL = "\uf0b7\t"


def lig(s):
    # typeset ligatures as Acrobat leaves them in accessible text
    for a, b in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")):
        s = s.replace(a, b)
    return s


def render(paras, header, lines_per_page=48):
    """paras: list of strings ('~' = soft hyphen where the PDF broke the word).
    Returns text with running header/footer every ~lines_per_page lines."""
    body = []
    for p in paras:
        body.append(lig(p.replace("~", SHY)))
        body.append("")
    # each paragraph is one line in the export; count wrapped length as a typeset page would
    pages, cur, used = [], [], 0
    for line in body:
        cost = max(1, (len(line) + 94) // 95)
        if used + cost > lines_per_page and cur:
            pages.append(cur)
            cur, used = [], 0
        cur.append(line)
        used += cost
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append(lig(header))
        out.append("")
        out.extend(pg)
        out.append("Page %d of %d" % (i, n))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- document 1
D1 = "gj-calderbrook-adults-health-scrutiny-board-2025-09-09.txt"
H1 = "Adults and Health Scrutiny Board – 9 September 2025"
P1 = [
    "CALDERBROOK METROPOLITAN BOROUGH COUNCIL",
    "ADULTS AND HEALTH SCRUTINY BOARD",
    "MINUTES of the meeting of the Adults and Health Scrutiny Board held in Committee Room 2, Civic Hall, Calderbrook on Tuesday, 9 September 2025 at 10.00 am",
    "PRESENT:",
    "Councillor A Khan (Chair)",
    "Councillors R Bellamy, D Cartwright, J Hartley, M Iqbal, L Norcross, S Okafor (as sub~stitute for Councillor P Dunmore) and T Whitworth",
    "Co-opted Member (non-voting): Mrs E Rowntree (Healthwatch Calderbrook)",
    "ALSO IN ATTENDANCE:",
    BUL + "Councillor H Ramsden – Executive Member for Adult Social Care, Health and Wellbeing",
    BUL + "Karen Sutton – Director of Adult Social Care",
    BUL + "Dr Neil Ashworth – Director of Public Health",
    BUL + "Joanne Pickles – Head of Commissioning (Adults, Health and Housing)",
    BUL + "Martin Greaves – Chief Operating Officer, Valley Hospitals NHS Foundation Trust",
    BUL + "Sarah Booth – Principal Scrutiny Advisor",
    "23 Apologies for Absence and Substitutions",
    "Apologies for absence were received from Councillor P Dunmore. Councillor S Okafor attended as substitute.",
    "24 Declarations of Interest",
    "Councillor J Hartley declared an other registrable interest in Item 28 as her daughter is employed as a staff nurse by Valley Hospitals NHS Foundation Trust. She remained in the meeting and took part in the discus~sion. No other declarations were made.",
    "25 Minutes of the Previous Meeting",
    "RESOLVED – That the minutes of the meeting held on 15 July 2025 be approved as a correct record and signed by the Chair.",
    "26 Adult Social Care Financial Position 2025/26 – Quarter 1",
    "The Director of Adult Social Care introduced the report, which set out a projected overspend of £6.4m on the adult social care budget at the end of the first quarter, driven mainly by the rising cost of residential and nursing placements and by the number of people leaving hospital with complex needs. The report described the recovery actions under way, including:",
    BUL + "a review of all packages above £1,500 per week;",
    BUL + "increased use of reablement before long-term care is arranged; and",
    BUL + "tighter panel arrange~ments for new placements outside the borough.",
    "Members asked whether the recovery plan would deliver savings within the current year or simply move the pressure into 2026/27; the Director of Adult Social Care said that about £2.1m of the actions were expected to land this year and the rest would be reflected in the medium term financial plan, and that she would not pretend the gap would be closed by March. Councillor Norcross queried how many of the out-of-borough placements had been made because no suitable local bed was available. In response, the Director said that roughly two thirds of the 58 placements were for people with dementia or complex behaviour, for whom there was a shortage of local nursing capacity, and that the Council was talking to two providers about block contracts. Councillor Whitworth expressed concern that reviews of packages might be seen by families as a cost-cutting exercise rather than a review of need; the Executive Member replied that every review would be carried out by a qualified social worker and that nobody would have their eligible needs left unmet.",
    "Mrs Rowntree asked whether people and their carers had been told in advance about the package reviews. In response, the Director confirmed that letters had gone to all 412 households affected and that Healthwatch would be sent a copy of the letter and the frequently asked questions.",
    "RESOLVED – That (1) the projected overspend and the recovery actions be noted; and (2) a further report on the financial position, including the outcome of the package reviews, be brought to the meeting in December 2025.",
    "27 Recommissioning of Home Care Services",
    "The Head of Commissioning (Adults, Health and Housing) presented the proposals for recommis~sioning home care from April 2026, moving from 31 spot-purchased providers to eight zoned lead providers on a five-year contract with an option to extend by two years. The report had been considered by the Executive Board on 27 August, which had asked for the Board's comments before the procurement was launched.",
    "Councillor Iqbal queried whether a zoned model would squeeze out small local agencies that had served the borough for many years. In response, the Head of Commissioning said that lead providers would be allowed to subcontract within their zone and that two market events had been held specifically for small and voluntary sector providers. Councillor Bellamy asked what weight would be given to price in the evaluation; the Head of Commissioning said the split would be 60 per cent quality and 40 per cent price, with the quality questions scored by a panel that included a person who uses home care.",
    "Members asked how the Council would make sure that care workers were paid for travel time between visits; the Director of Adult Social Care said that the contract would set a minimum hourly rate of £24.10 and would require providers to pay at least the Real Living Wage including travel time, which would be checked through open-book audits. Councillor Cartwright sought clarification on what would happen to staff of providers that were not successful. In response, the Head of Commissioning explained that TUPE was likely to apply in most cases and that legal advice had been taken on the transfer arrangements. Councillor Hartley requested that the Board see the results of the consultation with people who receive home care before the specification was finalised; the Executive Member agreed that the results would be shared with the Board in October.",
    "RESOLVED – That (1) the proposed model for home care be noted; (2) it be recommended to the Executive Board that the evaluation of tenders include a specific question on the recruitment and retention of care workers; and (3) the results of the consultation with people who receive home care be circulated to members of the Board before the specification is ﬁnalised.",
    "28 Urgent and Emergency Care and Hospital Discharge – Winter Preparedness",
    "The Chief Operating Officer, Valley Hospitals NHS Foundation Trust, gave a presentation on winter planning across the Calderbrook place partnership, including the new transfer of care hub at Calderbrook General Hospital and the target to reduce the number of patients with no criteria to reside from 96 to 60 by December.",
    "Councillor Okafor queried why ambulance handover times at Calderbrook General were worse than at other hospitals in the region. In response, the Chief Operating Officer said that the emergency department had been designed for 60,000 attendances a year and now saw nearly 90,000, and that a new ambulance assessment area would open in November. Members asked whether there were enough home care and reablement hours to support quicker discharge over the winter; the Director of Adult Social Care said that 1,800 additional reablement hours a week had been funded from the Better Care Fund, although recruitment of reablement workers remained difficult.",
    "Councillor Khan asked how the Trust would make sure that people were not discharged late at night without support. The Chief Operating Officer said that the Trust had stopped discharges of frail patients after 8.00 pm unless the patient or family asked for it and would share its audit of discharge times with the Board.",
    "RESOLVED – That the presentation and the winter plan for the Calderbrook place be noted.",
    "29 Stop Smoking and Vaping Support Service",
    "The Director of Public Health introduced the report on the in-house stop smoking service, which had been expanded using the national Smokefree Generation grant. Smoking prevalence in the borough had fallen to 14.2 per cent but remained above 25 per cent among people in routine and manual jobs and among people with a serious mental illness.",
    "Councillor Bellamy queried whether the service was reaching people in the most deprived wards or mainly those who would have quit anyway. In response, the Director of Public Health said that 58 per cent of people setting a quit date lived in the most deprived fifth of neighbourhoods and that outreach workers were now based in the two largest GP practices in the east of the borough. Councillor Norcross expressed concern about the number of children buying vapes from local shops and asked what enforcement was being carried out. The Director said that Trading Standards had carried out 46 test purchases since April, and that nine shops had sold to under-age volunteers and would be prosecuted.",
    "Mrs Rowntree asked whether smokers in mental health inpatient wards were offered support to quit; no answer could be given at the meeting.",
    "RESOLVED – That (1) the report be noted; and (2) the Director of Public Health provide the Board with quit rates for people with a serious mental illness, including those on inpatient wards, by the end of October.",
    "30 Work Programme 2025/26",
    "The Principal Scrutiny Advisor presented the Board's work programme. Members discussed the timing of the item on the Council's housing options for older people.",
    "RESOLVED – That the work programme be agreed, subject to the addition of an item on the Extra Care housing strategy at the meeting in February 2026.",
    "The meeting closed at 12.47 pm.",
    "Chair: ............................................ Date: ......................",
]

ATT1 = [
    ("Councillor A Khan", "Chair", "present"),
    ("Councillor R Bellamy", None, "present"),
    ("Councillor D Cartwright", None, "present"),
    ("Councillor J Hartley", None, "present"),
    ("Councillor M Iqbal", None, "present"),
    ("Councillor L Norcross", None, "present"),
    ("Councillor S Okafor", "substitute for Councillor P Dunmore", "present"),
    ("Councillor T Whitworth", None, "present"),
    ("Mrs E Rowntree", "Co-opted Member (non-voting), Healthwatch Calderbrook", "present"),
    ("Councillor P Dunmore", None, "apologies"),
    ("Councillor H Ramsden", "Executive Member for Adult Social Care, Health and Wellbeing", "in_attendance"),
    ("Karen Sutton", "Director of Adult Social Care", "in_attendance"),
    ("Dr Neil Ashworth", "Director of Public Health", "in_attendance"),
    ("Joanne Pickles", "Head of Commissioning (Adults, Health and Housing)", "in_attendance"),
    ("Martin Greaves", "Chief Operating Officer, Valley Hospitals NHS Foundation Trust", "in_attendance"),
    ("Sarah Booth", "Principal Scrutiny Advisor", "in_attendance"),
]

ITEMS1 = [
    ("23", "Apologies for Absence and Substitutions"),
    ("24", "Declarations of Interest"),
    ("25", "Minutes of the Previous Meeting"),
    ("26", "Adult Social Care Financial Position 2025/26 – Quarter 1"),
    ("27", "Recommissioning of Home Care Services"),
    ("28", "Urgent and Emergency Care and Hospital Discharge – Winter Preparedness"),
    ("29", "Stop Smoking and Vaping Support Service"),
    ("30", "Work Programme 2025/26"),
]

DAS = "the Director of Adult Social Care"
Q1 = [
    # item, kind, text, asked_by, answer, given_by, themes
    ("26", "question", "asked whether the recovery plan would deliver savings within the current year",
     "Members", "about £2.1m of the actions were expected to land this year", "Director of Adult Social Care",
     ["finance", "adult-social-care"]),
    ("26", "question", "queried how many of the out-of-borough placements had been made",
     "Councillor Norcross", "roughly two thirds of the 58 placements were for people with dementia",
     "Director of Adult Social Care", ["adult-social-care", "mental-health"]),
    ("26", "concern", "expressed concern that reviews of packages might be seen by families",
     "Councillor Whitworth", "nobody would have their eligible needs left unmet",
     "Executive Member for Adult Social Care, Health and Wellbeing", ["adult-social-care", "finance"]),
    ("26", "question", "asked whether people and their carers had been told in advance",
     "Mrs Rowntree", "Healthwatch would be sent a copy of the letter", "Director of Adult Social Care",
     ["adult-social-care", "patient-and-public-input"]),
    ("27", "question", "queried whether a zoned model would squeeze out small local agencies",
     "Councillor Iqbal", "lead providers would be allowed to subcontract within their zone",
     "Head of Commissioning", ["subcontracting", "adult-social-care"]),
    ("27", "question", "asked what weight would be given to price in the evaluation",
     "Councillor Bellamy", "the split would be 60 per cent quality and 40 per cent price",
     "Head of Commissioning", ["subcontracting", "finance"]),
    ("27", "question", "asked how the Council would make sure that care workers were paid for travel time",
     "Members", "require providers to pay at least the Real Living Wage including travel time",
     "Director of Adult Social Care", ["workforce", "adult-social-care", "subcontracting"]),
    ("27", "question", "sought clarification on what would happen to staff of providers",
     "Councillor Cartwright", "TUPE was likely to apply in most cases", "Head of Commissioning",
     ["workforce", "subcontracting"]),
    ("27", "request", "requested that the Board see the results of the consultation with people",
     "Councillor Hartley", "agreed that the results would be shared with the Board in October", "Executive Member for Adult Social Care, Health and Wellbeing", ["patient-and-public-input", "adult-social-care"]),
    ("28", "question", "queried why ambulance handover times at Calderbrook General were worse",
     "Councillor Okafor", "the emergency department had been designed for 60,000 attendances a year",
     "Chief Operating Officer", []),
    ("28", "question", "asked whether there were enough home care and reablement hours",
     "Members", "1,800 additional reablement hours a week had been funded",
     "Director of Adult Social Care", ["adult-social-care", "integration", "finance", "workforce"]),
    ("28", "question", "asked how the Trust would make sure that people were not discharged late at night",
     "Councillor Khan", "the Trust had stopped discharges of frail patients after 8.00 pm",
     "Chief Operating Officer", ["adult-social-care"]),
    ("29", "question", "queried whether the service was reaching people in the most deprived wards",
     "Councillor Bellamy", "58 per cent of people setting a quit date lived in the most deprived",
     "Director of Public Health", ["public-health"]),
    ("29", "concern", "expressed concern about the number of children buying vapes from local shops",
     "Councillor Norcross", "Trading Standards had carried out 46 test purchases since April",
     "Director of Public Health", ["public-health", "children-and-families"]),
    ("29", "question", "asked whether smokers in mental health inpatient wards",
     "Mrs Rowntree", None, None, ["public-health", "mental-health"]),
]

R1 = [
    ("25", "the minutes of the meeting held on 15 July 2025 be approved", "agreed", []),
    ("26", "including the outcome of the package reviews, be brought to the meeting in December 2025",
     "agreed", ["finance", "adult-social-care"]),
    ("27", "it be recommended to the Executive Board that the evaluation of tenders",
     "recommended", ["subcontracting", "workforce", "adult-social-care", "patient-and-public-input"]),
    ("28", "That the presentation and the winter plan for the Calderbrook place be noted",
     "noted", ["adult-social-care", "integration"]),
    ("29", "provide the Board with quit rates for people with a serious mental illness",
     "agreed", ["public-health", "mental-health"]),
    ("30", "subject to the addition of an item on the Extra Care housing strategy",
     "agreed", ["housing", "adult-social-care"]),
]

# ---------------------------------------------------------------- document 2
D2 = "gj-calderbrook-dph-annual-report-summary-2025.txt"
H2 = "Director of Public Health Annual Report 2025 – Summary"
P2 = [
    "CALDERBROOK METROPOLITAN BOROUGH COUNCIL",
    "Director of Public Health Annual Report 2025: Summary",
    "“Closing the gap: fifteen years in the life of Calderbrook”",
    "Foreword",
    "Every year the Director of Public Health must write an independent report on the health of the people of the borough. This year I have looked at the gap in healthy life expectancy between our most and least deprived neighbourhoods, which stands at almost fifteen years for women and thirteen years for men. This summary sets out the main find~ings and my recommendations for the Council, the NHS and our partners.",
    "Dr Neil Ashworth, Director of Public Health",
    "Key findings",
    BUL + "Smoking remains the largest single cause of the gap, with prevalence of 25.3 per cent among people in routine and manual jobs compared with 14.2 per cent overall.",
    BUL + "Two in five children in Year 6 in the east of the borough are overweight or living with obesity.",
    BUL + "Alcohol-related hospital admissions have risen by 11 per cent since 2022, with the sharpest rise among women aged 45 to 64.",
    BUL + "Uptake of childhood immunisations has fallen below 90 per cent in four wards, leaving children vulnerable to measles.",
    BUL + "People with a serious mental illness die on average 18 years earlier than the rest of the population, mostly from preventable physical conditions.",
    "What residents told us",
    "More than 1,200 residents took part in our survey and ten community conversations held with voluntary groups in the spring. People told us that the cost of healthy food, the lack of safe places for children to play and difficulty getting a GP appointment were the biggest barriers to staying well. Young people said that cheap disposable vapes were easy to buy near their schools and that ﬂavoured products were aimed at them.",
    "Our public health grant",
    "The public health grant for 2025/26 is £24.6m, which is 22 per cent lower in real terms than in 2015/16. Around two thirds of the grant pays for services commissioned from external providers, including sexual health, drug and alcohol treatment and the 0–19 healthy child programme; the stop smoking service and the health improvement team are provided in-house. The contracts for drug and alcohol treatment will be retendered in 2026.",
    "Recommendations",
    "1. The Council and Valley Hospitals NHS Foundation Trust should offer every smoker admitted to hospital or in contact with mental health services support to quit, funded from the Smokefree Generation grant.",
    "2. Schools, the school nursing service and Trading Standards should work together on a plan to stop the under-age sale of vapes.",
    "3. The Integrated Care Board and GP practices should agree targeted catch-up clinics for childhood immunisations in the four wards with the lowest uptake.",
    "4. All partners should adopt the Healthy Weight Declaration and review the food offered in council buildings and hospitals.",
    "5. The recommissioning of drug and alcohol treatment should be designed with people with lived experience of recovery.",
    "Progress on last year's recommendations",
    "Of the seven recommendations made in the 2024 report on mental wellbeing, four have been completed, two are in progress and one, on a borough-wide suicide prevention training programme for frontline staff, has been delayed because of difficulties recruiting a co-ordinator.",
    "The full report, data tables and an Easy Read version are available on the Council's website. For more information contact the Public Health team at publichealth@calderbrook.gov.uk.",
]


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w]+", " ", s)  # soft hyphen (Cf) is not a word character
    return " " + " ".join(s.split()) + " "


def gold1():
    return {
        "document": D1,
        "doc_type": "minutes",
        "committee": "Adults and Health Scrutiny Board",
        "meeting_date": "2025-09-09",
        "items": [{"number": n, "title": lig(t)} for n, t in ITEMS1],
        "questions": [
            {"item": i, "kind": k, "text": lig(t), "asked_by": a,
             "answer": lig(ans) if ans else None, "given_by": lig(g) if g else None, "themes": th}
            for i, k, t, a, ans, g, th in Q1
        ],
        "resolutions": [{"item": i, "text": lig(t), "outcome": o, "themes": th} for i, t, o, th in R1],
        "attendees": [{"name": n, "role": lig(r) if r else None, "attendance": a} for n, r, a in ATT1],
    }


def gold2():
    return {
        "document": D2,
        "doc_type": "report",
        "themes": ["public-health", "finance", "subcontracting", "patient-and-public-input",
                   "children-and-families", "mental-health", "primary-care"],
    }


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build():
    write(os.path.join(DOCS, D1), render(P1, H1))
    write(os.path.join(DOCS, D2), render(P2, H2))
    for g in (gold1(), gold2()):
        name = os.path.splitext(g["document"])[0] + ".json"
        write(os.path.join(GOLD, name), json.dumps(g, ensure_ascii=False, indent=2) + "\n")


def check():
    ok = True
    for g in (gold1(), gold2()):
        with open(os.path.join(DOCS, g["document"]), encoding="utf-8") as f:
            src = norm(f.read())
        phrases = [q["text"] for q in g.get("questions", [])]
        phrases += [q["answer"] for q in g.get("questions", []) if q["answer"]]
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for p in phrases:
            n = len(p.split())
            c = src.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print("FAIL %s: %r count=%d words=%d" % (g["document"], p, c, n))
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    build()
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
