#!/usr/bin/env python3
"""Build the "oh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oh.py           build documents/oh-* and gold/oh-*.json
        build_oh.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "oh-ferrymouth-health-wellbeing-osc-2025-01-17.txt"
REPORT_NAME = "oh-ferrymouth-tobacco-control-youth-vaping-report-2025-01-17.pdf"

FIXED = datetime.datetime(2025, 1, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)

T = "\t"

# ---------------------------------------------------------------------------
# The minutes. Word "Save as Plain Text" (UTF-8, with BOM, CRLF): each paragraph one
# line, list numbers typed out followed by a tab, table cells separated by tabs and
# the paragraphs of a cell on lines of their own; the last paragraph of a row's middle
# cell is followed by a tab and the "Action By/Deadline" cell.
# ---------------------------------------------------------------------------

MINUTES_LINES = [
    "HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMISSION",
    "",
    "17th January, 2025",
    "",
    "PRESENT:- Councillor Dunmore (Chair), Councillors Kettlewell (Vice-Chair), Beckwith, "
    "Carrick, Haldane, Mottram, Pickering (substitute for Councillor Lowther), Quayle and "
    "Stannard.",
    "",
    "IN ATTENDANCE:- Councillor Tindall (Portfolio Holder for Adult Social Care and Health), "
    "J. Holloway (Director of Public Health), S. Brannigan (Public Health Lead – Tobacco "
    "Control), Dr P. Ramsden (Chief Medical Officer, Ferrymouth University Teaching Hospitals "
    "NHS Trust), M. Kirkby (Place Director (Ferrymouth), Estuary and Wolds Integrated Care "
    "Board), C. Oduya (Associate Director of Primary Care, Estuary and Wolds Integrated Care "
    "Board), T. Varley (Service Director – Community Mental Health, Estuary Partnership NHS "
    "Foundation Trust), R. Lightfoot (Chief Executive, Healthwatch Ferrymouth), K. Brough "
    "(Overview and Scrutiny Officer) and L. Marsden (Democratic Services Officer).",
    "",
    "APOLOGIES:- Councillors Lowther and Sheriff, and D. Fairweather (Director of Adult "
    "Social Care).",
    "",
    "Minute No." + T + "Description/Decision" + T + "Action By/Deadline",
    # ---- 41
    "41" + T + "DECLARATIONS OF PERSONAL AND DISCLOSABLE PECUNIARY INTEREST",
    "",
    "Councillor Carrick declared a personal interest in minute 45 as she is a member of "
    "the Patient Participation Group at Northcarr Medical Centre.",
    "",
    "Councillor Quayle declared a personal interest in minute 44 as a close relative is "
    "employed by Ferrymouth University Teaching Hospitals NHS Trust.",
    "" + T,
    # ---- 42
    "42" + T + "MINUTES OF THE MEETING HELD ON 15TH NOVEMBER, 2024",
    "",
    "Agreed – that the minutes of the meeting of this Commission held on 15th November, "
    "2024, having been printed and circulated, be taken as read and correctly recorded "
    "and be signed by the Chair.",
    "",
    "Arising from minute 36 (Hospital Discharge and Intermediate Care), the Overview and "
    "Scrutiny Officer reported that the written response from the Integrated Care Board "
    "on the number of intermediate care beds commissioned in the city had been circulated "
    "to Members by email on 6th December, 2024." + T,
    # ---- 43
    "43" + T + "CALL-IN OF DECISIONS",
    "",
    "The Overview and Scrutiny Officer reported that there had been no items called in "
    "for consideration by this Commission since its last meeting.",
    "",
    "Agreed – that the Commission notes that there have been no call-ins since the last "
    "meeting." + T,
    # ---- 44
    "44" + T + "URGENT AND EMERGENCY CARE – WINTER 2024/25",
    "",
    "The Commission received a presentation from Dr P. Ramsden, Chief Medical Officer, "
    "Ferrymouth University Teaching Hospitals NHS Trust, and M. Kirkby, Place Director "
    "(Ferrymouth), Estuary and Wolds Integrated Care Board, which provided an update on the "
    "performance of urgent and emergency care services across the city over the winter "
    "period and on the system's winter plan for 2024/25. A copy of the slides had been "
    "circulated with the agenda.",
    "",
    "The presentation highlighted that:",
    "•" + T + "attendances at the Emergency Department at Saltholme Royal Infirmary had "
    "averaged 412 a day in December, 2024, an increase of 7% on the previous December, "
    "with the busiest day on 30th December, 2024, when 503 patients had attended;",
    "•" + T + "performance against the four-hour standard had been 68.4% in December, "
    "against a national operational target of 78% by March, 2025;",
    "•" + T + "the new ambulance receiving area, which had opened in October, 2024, had "
    "eight trolley spaces and was staffed by a dedicated team of nurses;",
    "•" + T + "flu admissions had peaked in the week after Christmas, with 74 patients with "
    "flu in the hospital on 2nd January, 2025, and two wards had been closed to new "
    "admissions because of norovirus; and",
    "•" + T + "the urgent treatment centre at Westwold and the NHS 111 service had seen "
    "their highest ever demand.",
    "",
    "A Member asked why the average time taken to hand over patients arriving by "
    "ambulance at Saltholme Royal Infirmary had increased since the ambulance receiving "
    "area had opened. Dr Ramsden explained that the receiving area had reduced the "
    "longest delays, but that the number of ambulance arrivals on some days in December "
    "had been the highest the Trust had recorded, and that the Trust was working with the "
    "ambulance service to introduce a maximum handover time of 45 minutes, after which "
    "the crew would be released and the patient would become the responsibility of the "
    "Emergency Department.",
    "",
    "Councillor Mottram expressed concern that patients were being cared for on trolleys "
    "in corridors for long periods and asked whether the Trust kept a record of how often "
    "this happened. Dr Ramsden confirmed that the use of temporary escalation spaces was "
    "recorded on every shift and reported to the Trust Board each month, and that he "
    "would be happy to share the figures with the Commission. He added that no patient "
    "was cared for in a corridor without a named nurse and that the Trust's aim was to "
    "stop the practice altogether, although he could not say when this would be "
    "achieved.",
    "",
    "Members queried the number of patients who were medically fit for discharge but "
    "who remained in hospital. The Commission was informed that on the day of the meeting "
    "there were 96 such patients at Saltholme Royal Infirmary and Ferrymouth General "
    "Hospital, of whom around a third were waiting for a package of care or a place in a "
    "care home, and that the Council and the Trust had jointly funded a 20-bed discharge "
    "to assess unit at Marshgate Court, which had opened on 2nd December, 2024. The "
    "Portfolio Holder for Adult Social Care and Health added that there was currently "
    "no waiting list for home care in the city, which had not been the case in previous "
    "winters, and that the Council had paid providers an additional winter payment to "
    "help them to retain care workers.",
    "",
    "Councillor Stannard asked what was being done to encourage take-up of flu and "
    "COVID-19 vaccinations, particularly in the east of the city where take-up had "
    "historically been low. The Director of Public Health stated that take-up among people "
    "aged 65 and over in the city stood at 71%, compared with 74% nationally, but was "
    "below 60% in parts of Eastferry and Cotesby. Pop-up clinics had been held in community "
    "centres, mosques and supermarkets in those areas, and the Council's community "
    "health champions had been knocking on doors in the streets with the lowest take-up. "
    "M. Kirkby added that take-up among frontline staff at the Trust was 42%, which was "
    "disappointing, and that the Trust had run clinics on the wards on night shifts.",
    "",
    "A Member commented that residents remained confused about when they should use "
    "NHS 111, the urgent treatment centre at Westwold or their own GP practice, and "
    "that the \u2018Choose Well\u2019 leaflets should be made available in the main community "
    "languages spoken in the city.",
    "",
    "Agreed –",
    "(a)" + T + "that the presentation be received; and",
    "(b)" + T + "that the Chief Medical Officer be requested to provide the Commission "
    "with monthly figures on the use of temporary escalation spaces at Saltholme Royal "
    "Infirmary for the period October, 2024 to March, 2025." + T + "PR/ 14.03.25",
    # ---- 45
    "45" + T + "ACCESS TO GENERAL PRACTICE AND COMMUNITY PHARMACY",
    "",
    "(Councillor Carrick declared a personal interest in this item, minute 41 refers.)",
    "",
    "C. Oduya, Associate Director of Primary Care, Estuary and Wolds Integrated Care "
    "Board, introduced a briefing paper which set out the position on access to general "
    "practice in Ferrymouth, the implementation of the national recovery plan for "
    "primary care, and changes to community pharmacy provision in the city over the "
    "previous twelve months, during which four pharmacies had closed and one had opened. "
    "The paper reported that practices in the city had delivered 1.49 million "
    "appointments in the twelve months to November, 2024, 8% more than in the previous "
    "year, and that 43% of appointments had been with a clinician other than a GP.",
    "",
    "The Chair had agreed to accept a question from a member of the public, Mrs D. "
    "Hewson, a resident of the Northcarr estate, who asked what the Integrated Care Board "
    "intended to do about the closure of the pharmacy on Northcarr Road, which had left "
    "the estate without a pharmacy within walking distance, particularly for older "
    "people and families without a car. In response, C. Oduya stated that the ICB had "
    "received the required notice of the closure from the company that owned the "
    "pharmacy and had no power to prevent it. The current Pharmaceutical Needs "
    "Assessment, which was the responsibility of the Health and Wellbeing Board, had "
    "concluded that there was no gap in provision because two pharmacies were within 1.6 "
    "miles of the estate. However, the ICB recognised the difficulties residents faced "
    "and would welcome an application for a new pharmacy in the area, and a delivery "
    "service was available from both of the nearest pharmacies. Mrs Hewson was thanked for "
    "her question and the Chair undertook to ensure that a written response was sent to "
    "her.",
    "",
    "Members made the following comments and asked questions:",
    "•" + T + "Members were concerned that patients still had to telephone their practice at "
    "8.00 am to obtain an appointment – the Associate Director of Primary Care explained "
    "that all practices in the city had now moved to cloud-based telephone systems with "
    "call-back, and that 29 of the 34 practices accepted online requests throughout the "
    "day;",
    "•" + T + "a Member asked how many additional roles staff, such as clinical pharmacists, "
    "physiotherapists and physician associates, were employed through the primary care "
    "networks – it was reported that 187 staff were in post across the city's six primary "
    "care networks, although funding for these posts beyond March, 2026 had not yet been "
    "confirmed by NHS England;",
    "•" + T + "Councillor Beckwith requested that ward councillors be notified whenever a "
    "practice applied to close a branch surgery or to reduce its opening hours – C. Oduya "
    "agreed that this would be done in future;",
    "•" + T + "Members commented that the results of the GP patient survey for practices in "
    "the east of the city were markedly worse than those in the west and that this "
    "reflected wider health inequalities;",
    "•" + T + "a Member queried whether the ICB had any plans to improve access to NHS "
    "dentistry for adults, as no dental practice in the city was accepting new adult NHS "
    "patients – the Associate Director of Primary Care advised that dentistry was outside "
    "the scope of the briefing paper but that the ICB's lead for dental commissioning "
    "would be invited to a future meeting; and",
    "•" + T + "Councillor Quayle asked whether the Pharmacy First scheme had reduced demand on "
    "GP practices – C. Oduya stated that 6,200 consultations for the seven common "
    "conditions had been carried out by pharmacies in the city since February, 2024, but "
    "that it was too early to measure the effect on GP appointments.",
    "",
    "Agreed –",
    "(a)" + T + "that the briefing paper be noted;",
    "(b)" + T + "that the Health and Wellbeing Board be recommended to review the "
    "Pharmaceutical Needs Assessment for the Northcarr locality in the light of the "
    "closure of the Northcarr Road pharmacy; and",
    "(c)" + T + "that a further update on community pharmacy provision be submitted to the "
    "Commission in July, 2025." + T + "CO/ KB",
    "July 2025",
    # ---- 46
    "46" + T + "COMMUNITY MENTAL HEALTH TRANSFORMATION – NEIGHBOURHOOD HUBS",
    "",
    "T. Varley, Service Director – Community Mental Health, Estuary Partnership NHS "
    "Foundation Trust, gave a presentation on progress with the community mental health "
    "transformation programme, under which three neighbourhood mental health hubs had "
    "opened at Northcarr, Westwold and Saltholme during 2024, bringing together the "
    "Trust's community teams, talking therapies, GP practice mental health practitioners "
    "and voluntary sector organisations. Members were informed that the hubs had "
    "received 3,860 referrals since they had opened, that people could now refer "
    "themselves without seeing their GP first, and that the fourth hub, at Eastferry, "
    "was expected to open in the autumn.",
    "",
    "Councillor Haldane asked how long people were waiting for a first appointment "
    "following a referral to a hub. T. Varley stated that the median wait for a first "
    "assessment was 19 days, but that some people waited significantly longer for "
    "psychological therapies following assessment, with the longest waits being around 40 "
    "weeks, and that those waiting were contacted every four weeks to check whether their "
    "needs had changed.",
    "",
    "Members expressed concern about the support available to people in a mental health "
    "crisis out of hours, particularly since the closure of the crisis café in the city "
    "centre in the summer. The Commission was informed that the 24-hour mental health "
    "crisis line remained in place and had taken 2,140 calls in November and December, and "
    "that a crisis sanctuary would open in Eastferry in April, 2025, run by a voluntary "
    "sector organisation under a three-year contract with the Trust, which would be open "
    "from 6.00 pm to 2.00 am seven days a week.",
    "",
    "In response to a question about the recruitment of staff to the hubs, T. Varley "
    "explained that 14 of the 17 new clinical posts had been filled, that the remaining "
    "posts were being covered by agency staff, and that the Trust was working with the "
    "University of Ferrymouth to offer placements to newly qualified mental health nurses.",
    "",
    "Councillor Kettlewell sought clarification on how people with lived experience of "
    "mental ill health had been involved in the design of the hubs. It was confirmed that "
    "a reference group of 22 service users and carers had met monthly since 2023, had "
    "helped to write the service specification and had sat on the interview panels for "
    "the hub managers.",
    "",
    "Councillor Pickering stated that she had been contacted by several families in her "
    "ward whose children had been waiting more than a year for an assessment for ADHD "
    "and asked whether the hubs would see young people. T. Varley explained that the hubs "
    "were for adults aged 18 and over, and that children's and young people's mental health "
    "services, including neurodevelopmental assessments, were provided by a separate service "
    "which would be reporting to the Commission in March.",
    "",
    "The Commission noted the progress made in opening the neighbourhood hubs and thanked "
    "T. Varley for his attendance." + T,
    # ---- 47
    "47" + T + "TOBACCO CONTROL AND YOUTH VAPING",
    "",
    "The Director of Public Health submitted a report which provided an update on the "
    "Council's tobacco control work, including the stop smoking service, enforcement "
    "against the sale of illegal tobacco and vapes, and the Council's preparations for the "
    "ban on the sale of single-use vapes from 1st June, 2025. S. Brannigan, Public Health "
    "Lead – Tobacco Control, introduced the report and advised that smoking prevalence "
    "among adults in Ferrymouth had fallen from 22.1% in 2019 to 17.6% in 2023, but remained "
    "well above the England average of 11.9%, and was over 30% among people in routine and "
    "manual occupations.",
    "",
    "Councillor Haldane left the meeting at 11.40 am.",
    "",
    "Councillor Pickering asked what action was being taken against shops selling vapes "
    "to children. S. Brannigan explained that Trading Standards officers had carried out 38 "
    "test purchases in 2024 using young volunteers, 11 of which had resulted in a sale to "
    "a person under 18, and that all of those premises had been given warnings, two had "
    "been prosecuted and one had had its licence to sell alcohol reviewed. Over 9,000 "
    "illegal vapes had been seized from shops in the city during the year.",
    "",
    "A Member queried why the stop smoking service had been brought back in-house in "
    "April, 2023 rather than being re-tendered, and whether this had represented value "
    "for money. The Director of Public Health stated that the in-house service cost "
    "approximately £60,000 a year less than the previous contract, that it was now able to "
    "work much more closely with the hospital and with maternity services, and that the "
    "proportion of people who had quit at four weeks had risen from 47% to 58%.",
    "",
    "Councillor Carrick asked how the ban on single-use vapes would be enforced and "
    "whether Trading Standards had enough staff to carry out this work in addition to their "
    "existing duties. The Director of Public Health advised that the Council had received "
    "a one-off grant of £38,000 from the Government towards enforcement, which would be "
    "used to employ an additional enforcement officer on a fixed-term basis, but that this "
    "would not be sufficient on its own and the team would continue to rely on "
    "intelligence from residents and schools.",
    "",
    "A Member requested that information on the harms of vaping be shared with all "
    "secondary schools and with the Ferrymouth Youth Council. S. Brannigan confirmed that "
    "a lesson plan had been developed with two secondary schools and would be offered to "
    "every school from the start of the summer term, and that she would be meeting the "
    "Youth Council in February.",
    "",
    "Councillor Kettlewell commented that it was difficult to understand why vapes were "
    "still displayed next to sweets in some shops and that the Council should press the "
    "Government for restrictions on displays to be introduced as soon as possible.",
    "",
    "Agreed –",
    "(a)" + T + "that the report be noted; and",
    "(b)" + T + "that the Director of Public Health be requested to provide a further report "
    "on the enforcement of the ban on single-use vapes to the Commission in the autumn." + T
    + "JH/ October 2025",
    # ---- 48
    "48" + T + "HEALTHWATCH FERRYMOUTH – ENTER AND VIEW VISITS TO CARE HOMES",
    "",
    "R. Lightfoot, Chief Executive, Healthwatch Ferrymouth, presented a report on the "
    "findings of Healthwatch Ferrymouth's programme of enter and view visits to six care "
    "homes in the city between June and October, 2024. The visits had been carried out "
    "by trained volunteers, who had spoken to 71 residents and 40 relatives, and had "
    "found that residents generally felt safe and well cared for, but that the "
    "availability of meaningful activities varied considerably between homes and that "
    "several relatives had found it difficult to raise concerns with managers.",
    "",
    "A Member asked whether the care homes visited had acted on Healthwatch's "
    "recommendations. R. Lightfoot stated that five of the six homes had responded in "
    "writing with action plans, that the sixth home had since changed ownership, and that "
    "follow-up visits would be carried out to all six homes in the spring.",
    "",
    "Councillor Stannard expressed concern at the findings on activities for residents "
    "living with dementia, noting that in two homes residents had spent most of the day in "
    "their rooms. The Portfolio Holder for Adult Social Care and Health stated that the "
    "Council's quality monitoring officers would be following up the findings with the "
    "homes concerned, and that the Council's new contract with care home providers, which "
    "would take effect in April, 2025, included a requirement for each home to have an "
    "activities coordinator.",
    "",
    "Councillor Beckwith asked whether Healthwatch had the capacity to visit more homes, "
    "given that there were over 50 care homes in the city. R. Lightfoot advised that "
    "Healthwatch's funding from the Council had not increased for four years and that its "
    "programme of visits depended entirely on volunteers, but that it would prioritise "
    "homes rated as requires improvement by the Care Quality Commission.",
    "",
    "Agreed – that the report be received." + T,
    # ---- 49
    "49" + T + "HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMISSION WORK PROGRAMME 2024/25",
    "",
    "The Overview and Scrutiny Officer submitted the Commission's work programme for "
    "2024/25, which had been updated following the last meeting.",
    "",
    "Councillor Beckwith requested that the item on NHS dentistry be brought forward to "
    "the meeting on 14th March, 2025, in view of the concerns raised under minute 45. The "
    "Overview and Scrutiny Officer advised that she would contact the Integrated Care Board "
    "to establish whether its dental commissioning lead would be available to attend that "
    "meeting.",
    "",
    "Agreed – that the work programme, as amended, be approved." + T + "KB",
    "",
    "The meeting closed at 12.47 pm.",
    "",
    "",
    "CHAIR",
    "",
]

MINUTES_TEXT = "\r\n".join(MINUTES_LINES)


def minutes_gold():
    def q(item, kind, text, asked_by, answer, given_by, themes):
        return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
                "answer": answer, "given_by": given_by, "themes": themes}

    def r(item, text, outcome, themes):
        return {"item": item, "text": text, "outcome": outcome, "themes": themes}

    def a(name, role, attendance):
        return {"name": name, "role": role, "attendance": attendance}

    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Health and Wellbeing Overview and Scrutiny Commission",
        "meeting_date": "2025-01-17",
        "items": [
            {"number": "41", "title": "DECLARATIONS OF PERSONAL AND DISCLOSABLE PECUNIARY INTEREST"},
            {"number": "42", "title": "MINUTES OF THE MEETING HELD ON 15TH NOVEMBER, 2024"},
            {"number": "43", "title": "CALL-IN OF DECISIONS"},
            {"number": "44", "title": "URGENT AND EMERGENCY CARE – WINTER 2024/25"},
            {"number": "45", "title": "ACCESS TO GENERAL PRACTICE AND COMMUNITY PHARMACY"},
            {"number": "46", "title": "COMMUNITY MENTAL HEALTH TRANSFORMATION – NEIGHBOURHOOD HUBS"},
            {"number": "47", "title": "TOBACCO CONTROL AND YOUTH VAPING"},
            {"number": "48", "title": "HEALTHWATCH FERRYMOUTH – ENTER AND VIEW VISITS TO CARE HOMES"},
            {"number": "49", "title": "HEALTH AND WELLBEING OVERVIEW AND SCRUTINY COMMISSION WORK PROGRAMME 2024/25"},
        ],
        "questions": [
            # 44
            q("44", "question",
              "asked why the average time taken to hand over patients arriving by ambulance",
              None,
              "the receiving area had reduced the longest delays",
              "Dr Ramsden", []),
            q("44", "concern",
              "expressed concern that patients were being cared for on trolleys in corridors",
              "Councillor Mottram",
              "the use of temporary escalation spaces was recorded on every shift",
              "Dr Ramsden", ["governance"]),
            q("44", "question",
              "queried the number of patients who were medically fit for discharge",
              None,
              "there were 96 such patients at Saltholme Royal Infirmary and Ferrymouth General Hospital",
              None, ["adult-social-care", "integration"]),
            q("44", "question",
              "asked what was being done to encourage take-up of flu and COVID-19 vaccinations",
              "Councillor Stannard",
              "take-up among people aged 65 and over in the city stood at 71%",
              "The Director of Public Health", ["public-health"]),
            q("44", "comment",
              "residents remained confused about when they should use NHS 111",
              None, None, None, ["primary-care", "patient-and-public-input"]),
            # 45
            q("45", "question",
              "asked what the Integrated Care Board intended to do about the closure of the pharmacy",
              "Mrs D. Hewson",
              "received the required notice of the closure from the company that owned the pharmacy",
              "C. Oduya", ["primary-care", "patient-and-public-input"]),
            q("45", "concern",
              "patients still had to telephone their practice at 8.00 am to obtain an appointment",
              None,
              "all practices in the city had now moved to cloud-based telephone systems",
              "the Associate Director of Primary Care", ["primary-care"]),
            q("45", "question",
              "asked how many additional roles staff, such as clinical pharmacists",
              None,
              "187 staff were in post across the city's six primary care networks",
              None, ["primary-care", "workforce", "finance"]),
            q("45", "request",
              "requested that ward councillors be notified whenever a practice applied to close",
              "Councillor Beckwith",
              "agreed that this would be done in future",
              "C. Oduya", ["primary-care"]),
            q("45", "comment",
              "the results of the GP patient survey for practices in the east of the city",
              None, None, None, ["primary-care", "patient-and-public-input", "public-health"]),
            q("45", "question",
              "queried whether the ICB had any plans to improve access to NHS dentistry",
              None,
              "dentistry was outside the scope of the briefing paper",
              "the Associate Director of Primary Care", ["primary-care"]),
            q("45", "question",
              "asked whether the Pharmacy First scheme had reduced demand on GP practices",
              "Councillor Quayle",
              "6,200 consultations for the seven common conditions had been carried out",
              "C. Oduya", ["primary-care"]),
            # 46
            q("46", "question",
              "asked how long people were waiting for a first appointment following a referral",
              "Councillor Haldane",
              "the median wait for a first assessment was 19 days",
              "T. Varley", ["mental-health"]),
            q("46", "concern",
              "expressed concern about the support available to people in a mental health crisis",
              None,
              "the 24-hour mental health crisis line remained in place",
              None, ["mental-health", "subcontracting"]),
            q("46", "question",
              "In response to a question about the recruitment of staff to the hubs",
              None,
              "14 of the 17 new clinical posts had been filled",
              "T. Varley", ["mental-health", "workforce"]),
            q("46", "question",
              "sought clarification on how people with lived experience of mental ill health",
              "Councillor Kettlewell",
              "a reference group of 22 service users and carers had met monthly",
              None, ["mental-health", "patient-and-public-input"]),
            q("46", "question",
              "asked whether the hubs would see young people",
              "Councillor Pickering",
              "the hubs were for adults aged 18 and over",
              "T. Varley", ["mental-health", "children-and-families"]),
            # 47
            q("47", "question",
              "asked what action was being taken against shops selling vapes to children",
              "Councillor Pickering",
              "Trading Standards officers had carried out 38 test purchases in 2024",
              "S. Brannigan", ["public-health", "children-and-families"]),
            q("47", "question",
              "queried why the stop smoking service had been brought back in-house",
              None,
              "the in-house service cost approximately £60,000 a year less than the previous contract",
              "The Director of Public Health",
              ["public-health", "privatisation", "subcontracting", "finance"]),
            q("47", "question",
              "asked how the ban on single-use vapes would be enforced",
              "Councillor Carrick",
              "the Council had received a one-off grant of £38,000 from the Government",
              "The Director of Public Health", ["public-health", "finance", "workforce"]),
            q("47", "request",
              "requested that information on the harms of vaping be shared with all secondary schools",
              None,
              "a lesson plan had been developed with two secondary schools",
              "S. Brannigan", ["public-health", "children-and-families"]),
            q("47", "comment",
              "it was difficult to understand why vapes were still displayed next to sweets",
              "Councillor Kettlewell", None, None, ["public-health"]),
            # 48
            q("48", "question",
              "asked whether the care homes visited had acted on Healthwatch's recommendations",
              None,
              "five of the six homes had responded in writing with action plans",
              "R. Lightfoot", ["adult-social-care", "patient-and-public-input"]),
            q("48", "concern",
              "expressed concern at the findings on activities for residents living with dementia",
              "Councillor Stannard",
              "quality monitoring officers would be following up the findings with the homes concerned",
              "The Portfolio Holder for Adult Social Care and Health",
              ["adult-social-care", "mental-health", "subcontracting"]),
            q("48", "question",
              "asked whether Healthwatch had the capacity to visit more homes",
              "Councillor Beckwith",
              "funding from the Council had not increased for four years",
              "R. Lightfoot",
              ["adult-social-care", "patient-and-public-input", "finance", "governance"]),
            # 49
            q("49", "request",
              "requested that the item on NHS dentistry be brought forward",
              "Councillor Beckwith",
              "she would contact the Integrated Care Board to establish whether",
              "The Overview and Scrutiny Officer", ["primary-care"]),
        ],
        "resolutions": [
            r("42", "be taken as read and correctly recorded and be signed by the Chair",
              "agreed", []),
            r("43", "the Commission notes that there have been no call-ins since the last meeting",
              "noted", []),
            r("44", "monthly figures on the use of temporary escalation spaces at Saltholme",
              "agreed", []),
            r("45", "the Health and Wellbeing Board be recommended to review the Pharmaceutical Needs Assessment",
              "recommended", ["primary-care"]),
            r("46", "The Commission noted the progress made in opening the neighbourhood hubs",
              "noted", ["mental-health"]),
            r("47", "a further report on the enforcement of the ban on single-use vapes",
              "agreed", ["public-health"]),
            r("48", "Agreed – that the report be received", "noted", []),
            r("49", "that the work programme, as amended, be approved", "agreed", []),
        ],
        "attendees": [
            a("Councillor Dunmore", "Chair", "present"),
            a("Councillor Kettlewell", "Vice-Chair", "present"),
            a("Councillor Beckwith", None, "present"),
            a("Councillor Carrick", None, "present"),
            a("Councillor Haldane", None, "present"),
            a("Councillor Mottram", None, "present"),
            a("Councillor Pickering", None, "present"),
            a("Councillor Quayle", None, "present"),
            a("Councillor Stannard", None, "present"),
            a("Councillor Tindall", "Portfolio Holder for Adult Social Care and Health",
              "in_attendance"),
            a("J. Holloway", "Director of Public Health", "in_attendance"),
            a("S. Brannigan", "Public Health Lead – Tobacco Control", "in_attendance"),
            a("Dr P. Ramsden",
              "Chief Medical Officer, Ferrymouth University Teaching Hospitals NHS Trust",
              "in_attendance"),
            a("M. Kirkby",
              "Place Director (Ferrymouth), Estuary and Wolds Integrated Care Board",
              "in_attendance"),
            a("C. Oduya",
              "Associate Director of Primary Care, Estuary and Wolds Integrated Care Board",
              "in_attendance"),
            a("T. Varley",
              "Service Director – Community Mental Health, Estuary Partnership NHS Foundation Trust",
              "in_attendance"),
            a("R. Lightfoot", "Chief Executive, Healthwatch Ferrymouth", "in_attendance"),
            a("K. Brough", "Overview and Scrutiny Officer", "in_attendance"),
            a("L. Marsden", "Democratic Services Officer", "in_attendance"),
            a("Councillor Lowther", None, "apologies"),
            a("Councillor Sheriff", None, "apologies"),
            a("D. Fairweather", "Director of Adult Social Care", "apologies"),
        ],
    }


# ---------------------------------------------------------------------------
# The document that is not minutes: the Director of Public Health's report to the
# Commission for minute 47, as the council's PDF (fpdf2).
# ---------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

REPORT_BLOCKS = [
    ("h1", "FERRYMOUTH CITY COUNCIL"),
    ("p", "Report to the Health and Wellbeing Overview and Scrutiny Commission"),
    ("p", "17th January, 2025"),
    ("p", "Report of the Director of Public Health"),
    ("h1", "Tobacco Control and Youth Vaping"),
    ("table", [("Wards affected:", "All"),
               ("Key decision:", "No"),
               ("Public report:", "Yes"),
               ("Contact officer:", "S. Brannigan, Public Health Lead – Tobacco Control")]),
    ("h2", "1. Purpose of the Report and Summary"),
    ("p", "1.1 This report updates the Commission on the Council's tobacco control work in "
          "2024, including the in-house stop smoking service, enforcement against illegal "
          "tobacco and vapes, and preparations for the ban on the sale of single-use vapes "
          "which comes into force on 1st June, 2025."),
    ("p", "1.2 Smoking remains the single largest cause of preventable death and of the gap "
          "in life expectancy between the most and least deprived wards of the city."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That the Commission notes the contents of this report."),
    ("p", "2.2 That the Commission considers whether it wishes to receive a further report "
          "on the enforcement of the ban on single-use vapes later in the municipal year."),
    ("h2", "3. Reasons for Recommendations"),
    ("p", "3.1 To enable the Commission to scrutinise the Council's progress towards the "
          "ambition of a smokefree Ferrymouth by 2030 (adult smoking prevalence of 5% or "
          "less)."),
    ("h2", "4. Impact on other Committees"),
    ("p", "4.1 None. The Health and Wellbeing Board receives an annual report on the "
          "Tobacco Control Alliance action plan."),
    ("h2", "5. Background"),
    ("p", "5.1 Adult smoking prevalence in Ferrymouth fell from 22.1% in 2019 to 17.6% in "
          "2023 (Annual Population Survey). The England average in 2023 was 11.9%. Among "
          "adults in routine and manual occupations prevalence is over 30%."),
    ("p", "5.2 The stop smoking service was brought back in-house in April, 2023 when the "
          "previous contract expired. The service now works from community venues, GP "
          "practices and the maternity unit at Saltholme Royal Infirmary."),
    ("table", [("Stop smoking service", "2022/23 (contract)", "2023/24 (in-house)"),
               ("Quit dates set", "1,912", "2,436"),
               ("Quit at four weeks", "47%", "58%"),
               ("Annual cost", "£412,000", "£352,000")]),
    ("p", "5.3 In 2024 Trading Standards carried out 38 test purchases of vapes using young "
          "volunteers; 11 resulted in a sale to a person under 18. Over 9,000 illegal vapes "
          "and 412,000 illegal cigarettes were seized."),
    ("h2", "6. Questions residents have asked us"),
    ("p", "Q. Why can't the Council close shops that sell vapes to children?"),
    ("p", "A. The Council can prosecute and can ask for a premises licence to be reviewed, "
          "but there is currently no licensing scheme for retailers of tobacco or vapes. "
          "The Tobacco and Vapes Bill would introduce one."),
    ("p", "Q. Will I still be able to buy a vape to help me stop smoking after June?"),
    ("p", "A. Yes. The ban applies only to single-use (disposable) vapes. Reusable and "
          "refillable vapes will still be sold, and the stop smoking service can provide "
          "one free of charge."),
    ("p", "Q. Is vaping safer than smoking?"),
    ("p", "A. For adults who smoke, vaping is substantially less harmful than smoking. "
          "Children and people who have never smoked should not vape."),
    ("h2", "7. Options and Risks"),
    ("p", "7.1 Option 1 (recommended): continue the current programme, funded from the "
          "public health grant and the new national Local Stop Smoking Services and "
          "Support Grant (£318,000 in 2024/25)."),
    ("p", "7.2 Option 2: reduce enforcement activity to release funding for the stop "
          "smoking service. This is not recommended because the supply of illegal "
          "tobacco undermines quit attempts."),
    ("p", "7.3 The main risk is that the one-off enforcement grant of £38,000 will not "
          "cover the demand on Trading Standards once the ban takes effect."),
    ("h2", "8. Consultation"),
    ("p", "8.1 Young people's views were gathered through a survey of 1,140 pupils in six "
          "secondary schools in autumn 2024; 19% of Year 10 pupils reported vaping at least "
          "once a week."),
    ("h2", "9. Financial, Legal and Equalities Implications"),
    ("p", "9.1 There are no new financial implications arising from this report. Legal "
          "comments have been provided by Legal Services. An equality impact assessment "
          "of the stop smoking service was completed in 2023."),
    ("p", "Julia Holloway, Director of Public Health"),
    ("p", "Background papers: Ferrymouth Tobacco Control Alliance Action Plan 2023-2026."),
]


def build_report(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Tobacco Control and Youth Vaping")
    pdf.set_author("Ferrymouth City Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()

    for kind, content in REPORT_BLOCKS:
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(first_row_as_headings=False, line_height=5) as table:
                for row_cells in content:
                    row = table.row()
                    for cell in row_cells:
                        row.cell(cell)
            pdf.ln(3)
    pdf.output(str(path))


def report_gold():
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------

def normalise(text):
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8-sig")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("oh-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            ok = False
            continue
        text = normalise(document_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            n = text.count(normalise(phrase))
            if n != 1:
                print(f"{gold['document']}: {kind} found {n} times: {phrase!r}")
                ok = False
            if not 6 <= words <= 15:
                print(f"{gold['document']}: {kind} has {words} words: {phrase!r}")
                ok = False
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    # Word's UTF-8 plain text: byte-order mark, CRLF line ends.
    (DOCS / MINUTES_NAME).write_bytes(b"\xef\xbb\xbf" + MINUTES_TEXT.encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for name, gold in ((MINUTES_NAME, minutes_gold()), (REPORT_NAME, report_gold())):
        out = GOLD / (Path(name).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
