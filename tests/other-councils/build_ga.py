#!/usr/bin/env python3
"""Build the "ga-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ga.py           build documents/ga-* and gold/ga-*.json
        build_ga.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

MIN_DOC = "ga-wealdshire-health-wellbeing-scrutiny-2025-10-14.html"
NEWS_DOC = "ga-wealdshire-hwb-newsletter-autumn-2025.html"

HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB" lang="en-GB">
\t<head>
\t\t<meta charset="utf-8" />
\t\t<title>{title}</title>
\t\t<link href="{css}" rel="stylesheet" type="text/css" />
\t</head>
\t<body id="{bodyid}" lang="en-GB">
"""
TAIL = "\t</body>\n</html>\n"


def container(n, paras, cls="Basic-Text-Frame"):
    out = ['\t\t<div id="_idContainer%03d" class="%s">' % (n, cls)]
    for p in paras:
        out.append("\t\t\t" + p)
    out.append("\t\t</div>")
    return "\n".join(out)


def P(cls, text, override=False):
    c = cls + (" _idGenParaOverride-1" if override else "")
    return '<p class="%s">%s</p>' % (c, text)


def B(t):
    return '<span class="Bold">%s</span>' % t


def I(t):
    return '<span class="Italic">%s</span>' % t


def O(t):
    return '<span class="_idGenCharOverride-1">%s</span>' % t


# ---------------------------------------------------------------- minutes
COUNCIL = "Wealdshire County Council"
COMMITTEE = "Health and Wellbeing Scrutiny Committee"


def running(page):
    return [
        P("Running-head", "%s &#8211; %s &#8211; 14 October 2025" % (COUNCIL, COMMITTEE)),
    ]


def footer(page):
    return [
        P("Footer", "Page %d" % page, override=True),
        P("Footer-initials", "Chairman&#8217;s initials &#8230;&#8230;&#8230;&#8230;"),
    ]


def minutes_html():
    frames = []
    n = 0

    def add(paras, cls="Basic-Text-Frame"):
        nonlocal n
        frames.append(container(n, paras, cls))
        n += 1

    # page 1
    add(running(1), "_idGenObjectStyleOverride-1")
    add([
        P("Masthead", O("WEALDSHIRE COUNTY COUNCIL")),
        P("Meeting-title", "MINUTES of a meeting of the %s held at County Hall, Lewridge on Tuesday, 14&#160;October 2025 at 10.00 am" % COMMITTEE.upper()),
        P("Attendance-label", B("Present:")),
        P("Attendance", "Councillor S Whitcombe (Chairman)"),
        P("Attendance", "Councillor A Okafor (Vice-Chairman)"),
        P("Attendance", "Councillors R Delacroix, M Harding, J Pemberton and T Lyle (substitute for Councillor P Brennan)"),
        P("Attendance", "Co-opted member: Mrs K Oduya (Healthwatch Wealdshire, non-voting)"),
        P("Attendance-label", B("Also present:")),
        P("Attendance", "Councillor H Marsh, Cabinet Member for Adult Social Care and Public Health"),
        P("Attendance-label", B("In attendance:")),
        P("Attendance", "Dr N Castell &#8211; Director of Public Health<br />"
                        "Mr I Roper &#8211; Head of Commissioning, Adult Social Care and Health<br />"
                        "Ms F Nadeem &#8211; Head of Public Health Programmes<br />"
                        "Ms G Abara &#8211; Head of Housing Options, Lewridge District Council<br />"
                        "Mr L Carrow &#8211; Director of Urgent and Emergency Care, NHS Wealdshire and Marsh Integrated Care Board<br />"
                        "Mrs S Pettigrew &#8211; Head of Vaccination Programmes, NHS Wealdshire and Marsh Integrated Care Board<br />"
                        "Mr C Tollin &#8211; Democratic Services Officer"),
    ])
    add([
        P("Minute-heading", B("Minute 23") + "\tApologies for Absence and Substitutions"),
        P("Body-text", "Apologies for absence were received from Councillor P Brennan and Councillor D Fairweather. Councillor T Lyle attended as substitute for Councillor Brennan."),
        P("Minute-heading", B("Minute 24") + "\tDeclarations of Interest"),
        P("Body-text", "Councillor M Harding declared a non-pecuniary interest in Minute 27 as her daughter is employed as a care worker by a home care agency operating in the county. She remained in the meeting and took part in the discussion."),
        P("Minute-heading", B("Minute 25") + "\tMinutes of the Previous Meeting"),
        P("Decision", B("RESOLVED") + " that the minutes of the meeting held on 9 September 2025 be confirmed as a correct record and signed by the Chairman."),
    ])
    add(footer(1), "_idGenObjectStyleOverride-2")

    # page 2
    add(running(2), "_idGenObjectStyleOverride-1")
    add([
        P("Minute-heading", B("Minute 26") + "\tNHS Wealdshire and Marsh ICB &#8211; Winter Plan 2025/26"),
        P("Body-text", "Mr L Carrow, Director of Urgent and Emergency Care at the Integrated Care Board, introduced the report, which set out the system&#8217;s plan for the coming winter, including 40 additional escalation beds at Ashcombe General Hospital, an expanded virtual ward and a single point of access for discharge."),
        P("Body-text", B("Cllr Okafor") + " asked whether the additional escalation beds at Ashcombe General would be staffed mainly by agency nurses; the Director of Urgent and Emergency Care replied that two thirds of the shifts were expected to be filled from the trust&#8217;s own staff bank, with agency cover capped at the regional rate. "
                        "A member enquired how many patients had waited more than twelve hours in the emergency department last winter; it was confirmed that the figure had averaged 63 patients a day during January 2025 and that the plan aimed to halve it. "
                        + B("Cllr Pemberton") + " asked whether the flu vaccination campaign would reach residents who were housebound; the Head of Vaccination Programmes replied that community nurses would visit around 3,100 housebound patients by mid-December, working from GP registers."),
        P("Body-text", B("Cllr Delacroix") + " asked whether the plan depended on care home beds bought from private providers at premium rates; the Director of Urgent and Emergency Care replied that 55 step-down beds had been block-booked at a fixed weekly price agreed with the County Council. "
                        "Mrs Oduya (Healthwatch) asked whether patients&#8217; feedback on corridor care had been taken into account; it was confirmed that Healthwatch&#8217;s report on waiting in corridors had shaped the new escalation standards."),
        P("Decision", B("RESOLVED") + " that (1) the Winter Plan 2025/26 be noted; and (2) the Integrated Care Board be asked to provide weekly figures on delayed discharges to members during January 2026."),
    ])
    add(footer(2), "_idGenObjectStyleOverride-2")

    # page 3
    add(running(3), "_idGenObjectStyleOverride-1")
    add([
        P("Minute-heading", B("Minute 27") + "\tRecommissioning of Home Care Services"),
        P("Body-text", "The Cabinet Member for Adult Social Care and Public Health and Mr I Roper, Head of Commissioning, presented the proposals to recommission home care through four zoned contracts from April 2026, replacing the present framework of 38 providers."),
        P("Body-text", B("Cllr Harding") + " asked whether the Council had considered bringing part of the home care service back in-house; the Head of Commissioning replied that an in-house option had been costed and would be about &#163;4.2 million a year more expensive than the zoned model. "
                        "A member enquired whether the new contracts would oblige providers to pay care workers the Real Living Wage; it was confirmed that payment of the Real Living Wage would be a contract condition, with hourly rates uplifted to fund it. "
                        + B("Cllr Okafor") + " asked whether people who used home care and their carers had been consulted on the zones; the Head of Commissioning replied that 412 people had responded to the survey and that two carers would sit on the evaluation panel."),
        P("Body-text", B("Cllr Pemberton") + " requested that the evaluation criteria for rural zones give weight to travelling time between visits. "
                        + I("Cllr Lyle asked whether the zoned contracts could be terminated early for poor performance; the Head of Commissioning replied that each contract would include a six-month break clause.")),
        P("Decision", B("RESOLVED") + " that the Cabinet Member for Adult Social Care and Public Health be recommended to (1) approve the zoned model for home care; and (2) ensure that travelling time is paid and weighted in the rural lots."),
    ])
    add(footer(3), "_idGenObjectStyleOverride-2")

    # page 4
    add(running(4), "_idGenObjectStyleOverride-1")
    add([
        P("Minute-heading", B("Minute 28") + "\tPublic Health Grant 2025/26 and the Stop Smoking Service"),
        P("Body-text", "Dr N Castell, Director of Public Health, reported that the Public Health Grant had risen by 2.9 per cent, and that the stop smoking service, now provided by the Council&#8217;s own team, had supported 2,870 quit attempts in the last year."),
        P("Body-text", B("Cllr Delacroix") + " asked whether the grant uplift would cover the pay award for NHS staff working in commissioned sexual health services; the Director of Public Health replied that the award would cost &#163;610,000 and that about half would have to be met from reserves. "
                        "A member enquired why the four-week quit rate in the coastal wards was lower than the county average; it was confirmed that smoking prevalence there was nearly twice the county rate and that outreach sessions had been added at the two job centres. "
                        + B("Cllr Harding") + " asked whether the service worked with secondary schools on vaping among young people; the Head of Public Health Programmes replied that a schools vaping toolkit had been sent to all 41 secondary schools in September."),
        P("Decision", B("RESOLVED") + " that the report on the Public Health Grant and the Stop Smoking Service be noted."),
    ])
    add(footer(4), "_idGenObjectStyleOverride-2")

    # page 5
    add(running(5), "_idGenObjectStyleOverride-1")
    add([
        P("Minute-heading", B("Minute 29") + "\tHospital Discharge and Housing Pathways"),
        P("Body-text", "Ms G Abara, Head of Housing Options at Lewridge District Council, introduced a joint report on people leaving hospital with nowhere suitable to live."),
        P("Body-text", B("Cllr Okafor") + " asked whether homeless patients were still being discharged straight into bed and breakfast accommodation; the Head of Housing Options replied that this had happened nine times since April and that a discharge flat with support had opened in Lewridge. "
                        "A member enquired how long patients waited in hospital for home adaptations funded by the disabled facilities grant; it was confirmed that the average wait for a stairlift or level shower was 19 weeks. "
                        + B("Cllr Whitcombe") + " expressed concern that the district councils recorded delayed discharges for housing reasons in different ways; no response was recorded."),
        P("Decision", B("RESOLVED") + " that (1) the report be noted; and (2) a task group of four members be set up to review housing delays in hospital discharge and report back in March 2026."),
        P("Minute-heading", B("Minute 30") + "\tWork Programme"),
        P("Body-text", "The Democratic Services Officer presented the work programme for 2025/26."),
        P("Decision", B("RESOLVED") + " that the work programme be agreed, with an item on CAMHS waiting times added for the January 2026 meeting."),
        P("Closing", I("The meeting ended at 12.52 pm")),
        P("Signature", "CHAIRMAN"),
    ])
    add(footer(5), "_idGenObjectStyleOverride-2")

    return (HEAD.format(title="HWSC-Minutes-14-Oct-2025", css="HWSC-Minutes-14-Oct-2025-web-resources/css/idGeneratedStyles.css",
                        bodyid="HWSC-Minutes-14-Oct-2025")
            + "\n".join(frames) + "\n" + TAIL)


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def minutes_gold():
    items = [
        ("23", "Apologies for Absence and Substitutions"),
        ("24", "Declarations of Interest"),
        ("25", "Minutes of the Previous Meeting"),
        ("26", "NHS Wealdshire and Marsh ICB – Winter Plan 2025/26"),
        ("27", "Recommissioning of Home Care Services"),
        ("28", "Public Health Grant 2025/26 and the Stop Smoking Service"),
        ("29", "Hospital Discharge and Housing Pathways"),
        ("30", "Work Programme"),
    ]
    duec = "Director of Urgent and Emergency Care"
    hoc = "Head of Commissioning"
    questions = [
        Q("26", "question", "whether the additional escalation beds at Ashcombe General would be staffed mainly by agency nurses",
          "Cllr Okafor", "two thirds of the shifts were expected to be filled from the trust's own", duec, ["workforce"]),
        Q("26", "question", "how many patients had waited more than twelve hours in the emergency department last winter",
          None, "the figure had averaged 63 patients a day during January 2025", None, []),
        Q("26", "question", "asked whether the flu vaccination campaign would reach residents who were housebound",
          "Cllr Pemberton", "community nurses would visit around 3,100 housebound patients by mid-December", "Head of Vaccination Programmes", ["public-health"]),
        Q("26", "question", "whether the plan depended on care home beds bought from private providers at premium rates",
          "Cllr Delacroix", "55 step-down beds had been block-booked at a fixed weekly price", duec,
          ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        Q("26", "question", "asked whether patients' feedback on corridor care had been taken into account",
          "Mrs Oduya", "Healthwatch's report on waiting in corridors had shaped the new escalation standards", None,
          ["patient-and-public-input"]),
        Q("27", "question", "considered bringing part of the home care service back in-house",
          "Cllr Harding", "would be about £4.2 million a year more expensive than the zoned model", hoc,
          ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        Q("27", "question", "whether the new contracts would oblige providers to pay care workers the Real Living Wage",
          None, "payment of the Real Living Wage would be a contract condition", None,
          ["workforce", "subcontracting", "adult-social-care"]),
        Q("27", "question", "whether people who used home care and their carers had been consulted on the zones",
          "Cllr Okafor", "412 people had responded to the survey and that two carers", hoc,
          ["patient-and-public-input", "adult-social-care"]),
        Q("27", "request", "requested that the evaluation criteria for rural zones give weight to travelling time between visits",
          "Cllr Pemberton", None, None, ["subcontracting", "workforce", "adult-social-care"]),
        Q("27", "question", "asked whether the zoned contracts could be terminated early for poor performance",
          "Cllr Lyle", "each contract would include a six-month break clause", hoc, ["subcontracting", "adult-social-care"]),
        Q("28", "question", "asked whether the grant uplift would cover the pay award for NHS staff",
          "Cllr Delacroix", "the award would cost £610,000 and that about half would have to",
          "Director of Public Health", ["finance", "workforce", "public-health", "subcontracting"]),
        Q("28", "question", "why the four-week quit rate in the coastal wards was lower than the county average",
          None, "smoking prevalence there was nearly twice the county rate", None, ["public-health"]),
        Q("28", "question", "asked whether the service worked with secondary schools on vaping among young people",
          "Cllr Harding", "a schools vaping toolkit had been sent to all 41 secondary schools", "Head of Public Health Programmes",
          ["public-health", "children-and-families"]),
        Q("29", "question", "asked whether homeless patients were still being discharged straight into bed and breakfast accommodation",
          "Cllr Okafor", "this had happened nine times since April and that a discharge flat", "Head of Housing Options",
          ["housing", "adult-social-care"]),
        Q("29", "question", "how long patients waited in hospital for home adaptations funded by the disabled facilities grant",
          None, "the average wait for a stairlift or level shower was 19 weeks", None, ["housing", "adult-social-care"]),
        Q("29", "concern", "recorded delayed discharges for housing reasons in different ways",
          "Cllr Whitcombe", None, None, ["housing", "adult-social-care", "governance"]),
    ]
    resolutions = [
        {"item": "25", "text": "the minutes of the meeting held on 9 September 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "26", "text": "the Integrated Care Board be asked to provide weekly figures on delayed discharges",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "27", "text": "the Cabinet Member for Adult Social Care and Public Health be recommended to",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "28", "text": "the report on the Public Health Grant and the Stop Smoking Service be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "29", "text": "a task group of four members be set up to review housing delays",
         "outcome": "agreed", "themes": ["housing", "governance", "adult-social-care"]},
        {"item": "30", "text": "the work programme be agreed, with an item on CAMHS waiting times",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
    ]

    def A(name, role, att):
        return {"name": name, "role": role, "attendance": att}
    attendees = [
        A("Councillor S Whitcombe", "Chairman", "present"),
        A("Councillor A Okafor", "Vice-Chairman", "present"),
        A("Councillor R Delacroix", None, "present"),
        A("Councillor M Harding", None, "present"),
        A("Councillor J Pemberton", None, "present"),
        A("Councillor T Lyle", "substitute for Councillor P Brennan", "present"),
        A("Mrs K Oduya", "Co-opted member, Healthwatch Wealdshire, non-voting", "present"),
        A("Councillor P Brennan", None, "apologies"),
        A("Councillor D Fairweather", None, "apologies"),
        A("Councillor H Marsh", "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        A("Dr N Castell", "Director of Public Health", "in_attendance"),
        A("Mr I Roper", "Head of Commissioning, Adult Social Care and Health", "in_attendance"),
        A("Ms F Nadeem", "Head of Public Health Programmes", "in_attendance"),
        A("Ms G Abara", "Head of Housing Options, Lewridge District Council", "in_attendance"),
        A("Mr L Carrow", "Director of Urgent and Emergency Care, NHS Wealdshire and Marsh Integrated Care Board", "in_attendance"),
        A("Mrs S Pettigrew", "Head of Vaccination Programmes, NHS Wealdshire and Marsh Integrated Care Board", "in_attendance"),
        A("Mr C Tollin", "Democratic Services Officer", "in_attendance"),
    ]
    return {
        "document": MIN_DOC,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-10-14",
        "items": [{"number": a, "title": b} for a, b in items],
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


# ---------------------------------------------------------------- newsletter
def news_html():
    frames = []
    n = 0

    def add(paras, cls="Basic-Text-Frame"):
        nonlocal n
        frames.append(container(n, paras, cls))
        n += 1

    add([P("Masthead", O("Wealdshire Health and Wellbeing Board")),
         P("Newsletter-title", "Health and Wellbeing Board newsletter &#8211; Autumn edition 2025"),
         P("Issue-line", I("Issue 14 &#183; October 2025 &#183; Produced by Wealdshire County Council on behalf of the Board"))],
        "_idGenObjectStyleOverride-1")
    add([P("Section-head", "From the Chair"),
         P("Body-text", "Welcome to our autumn edition. As Chair of the Board I have spent the summer visiting our new neighbourhood teams, where district nurses, social workers and GP practices now meet every week to plan care for the same residents. Joining up health and social care in this way is the single best thing we can do for people living with long-term conditions."),
         P("Body-text", "It would be wrong to pretend that money is not tight. The Council and the Integrated Care Board both face difficult budgets this year, and the Better Care Fund has not kept pace with rising costs. The Board will keep asking national government for a fair settlement."),
         P("Byline", I("Councillor Helen Marsh, Chair, Wealdshire Health and Wellbeing Board"))])
    add([P("Section-head", "Get protected this winter"),
         P("Body-text", "Flu and COVID-19 vaccinations are now available at pharmacies and GP surgeries across the county. Community nurses are visiting people who are housebound, and pop-up clinics will run at Lewridge and Ashcombe libraries on Saturdays in November. Last winter only 71 per cent of over-65s were vaccinated; this year we want to reach 80 per cent."),
         P("Section-head", "Family hubs open in three towns"),
         P("Body-text", "New family hubs have opened in Lewridge, Marshgate and Hollins Cross, bringing together health visitors, early years support, infant feeding advice and help for parents&#8217; mental health under one roof. A fourth hub will open in Ashcombe in the spring.")])
    add([P("Section-head", "You told us: Healthwatch survey results"),
         P("Body-text", "More than 1,900 residents took part in Healthwatch Wealdshire&#8217;s summer survey on getting help when you need it. The most common concerns were getting through to the GP surgery by telephone and waiting times for NHS dentists. The Board has asked the ICB to respond to the findings at its December meeting."),
         P("Section-head", "A warm, safe home"),
         P("Body-text", "Cold and damp housing makes people ill. The district councils and the Board are funding a &#8216;Warm Homes&#8217; adviser who can arrange insulation, boiler repairs and help with energy bills for households on low incomes. Call 0300 555 0192 to book a home visit."),
         P("Footer", "Wealdshire Health and Wellbeing Board &#183; County Hall &#183; Lewridge &#183; Page 2", override=True)])
    return (HEAD.format(title="HWB-Newsletter-Autumn-2025", css="HWB-Newsletter-Autumn-2025-web-resources/css/idGeneratedStyles.css",
                        bodyid="HWB-Newsletter-Autumn-2025")
            + "\n".join(frames) + "\n" + TAIL)


def news_gold():
    return {"document": NEWS_DOC, "doc_type": "news",
            "themes": ["integration", "finance", "public-health", "primary-care", "children-and-families",
                       "mental-health", "patient-and-public-input", "housing"]}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def source_text(raw):
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def check():
    ok = True
    for name in sorted(os.listdir(GOLD)):
        if not name.startswith("ga-"):
            continue
        g = json.load(open(os.path.join(GOLD, name), encoding="utf-8"))
        raw = open(os.path.join(DOCS, g["document"]), encoding="utf-8").read()
        text = norm(source_text(raw))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            nw = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= nw <= 15):
                ok = False
                print("FAIL %s %s: %r count=%d words=%d" % (name, kind, ph, c, nw))
        print("%s: %d phrases checked" % (name, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for doc, body, gold in ((MIN_DOC, minutes_html(), minutes_gold()), (NEWS_DOC, news_html(), news_gold())):
        with open(os.path.join(DOCS, doc), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        with open(os.path.join(GOLD, doc.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
