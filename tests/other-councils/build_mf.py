#!/usr/bin/env python3
"""Build the "mf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mf.py           build documents/mf-* and gold/mf-*.json
        build_mf.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MIN_NAME = "mf-gullsea-asch-scrutiny-committee-2025-03-13.txt"
DEC_NAME = "mf-gullsea-cabinet-member-decision-ph12-2025.pdf"

TITLE = ("MINUTES OF ADULT SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE MEETING - "
         "THURSDAY, 13 MARCH 2025")

WIDTH = 94          # characters on a printed line
BODY_LINES = 47     # body lines on a page

# ---------------------------------------------------------------------------
# The minutes.  ("h", text) is a heading line, ("l", text) a line as it stands,
# ("p", text) a paragraph wrapped to the page width, the PDF having hyphenated
# some long words at line ends.
# ---------------------------------------------------------------------------
MINUTES = [
    ("l", "Present:"),
    ("l", "Councillor Haworth (in the Chair)"),
    ("l", "Councillors"),
    ("l", "Addison"),
    ("l", "Bentham"),
    ("l", "D Coulton"),
    ("l", "Greenhalgh"),
    ("l", "Kershaw"),
    ("l", "Mrs Lund"),
    ("l", "Sutcliffe"),
    ("l", "Whittle"),
    ("l", "In Attendance:"),
    ("l", "Councillor Rachel Ormerod, Cabinet Member for Adult Social Care and Community Health"),
    ("l", "Councillor Shaun Duckworth, Cabinet Member for Public Health and Wellbeing"),
    ("l", "Ms Joanne Pilling, Director of Adult Services"),
    ("l", "Dr Farah Iqbal, Director of Public Health"),
    ("l", "Mr Stephen Rimmer, Head of Commissioning, Adult Services"),
    ("l", "Ms Lorraine Sharples, Consultant in Public Health"),
    ("l", "Mrs Claire Holden, Scrutiny Manager"),
    ("l", "Mr Gareth Lowe, Chief Operating Officer, Gullsea Teaching Hospitals NHS Foundation"),
    ("l", "Trust"),
    ("l", "Ms Helen Catterall, Deputy Chief Nurse, Gullsea Teaching Hospitals NHS Foundation"),
    ("l", "Trust"),
    ("l", "Mr Ian Bradshaw, Place Director for Gullsea, North West Coast and Fells Integrated Care"),
    ("l", "Board"),
    ("l", "Mrs Pauline Rigby, Chief Officer, Healthwatch Gullsea"),
    ("l", "Apologies:"),
    ("l", "Councillor Tattersall"),

    ("h", "1 DECLARATIONS OF INTEREST"),
    ("p", "Councillor Whittle declared a personal interest in Item 6 ‘Gullsea Teaching Hospitals: "
          "Urgent and Emergency Care – Winter 2024/2025 Review’, the nature of the interest being "
          "that her daughter was employed as a staff nurse in the Emergency Department at Gullsea "
          "Victoria Hospital."),
    ("p", "Councillor D Coulton declared a personal interest in Item 7 ‘Care at Home Recommissioning’, "
          "the nature of the interest being that he was a trustee of Layfield Carers’ Centre."),

    ("h", "2 MINUTES OF THE LAST MEETING HELD ON 23 JANUARY 2025"),
    ("p", "The Committee agreed that the minutes of the Adult Social Care and Health Scrutiny "
          "Committee meeting held on 23 January 2025 be signed by the Chair as a correct record."),

    ("h", "3 PUBLIC SPEAKING"),
    ("p", "Mr Terry Moorcroft, a resident of Thornbank, addressed the Committee in relation to Item 7 "
          "‘Care at Home Recommissioning’. Mr Moorcroft explained that he cared for his wife, who "
          "received four calls a day, and that over the previous six months the family had "
          "experienced frequent changes of carer and calls arriving up to two hours late. He asked "
          "what assurance the Council could give that the new contracts would provide continuity of "
          "care and reliable call times for people living in the north of the borough."),
    ("p", "The Chair thanked Mr Moorcroft for attending and for sharing his family’s experience. "
          "Ms Joanne Pilling, Director of Adult Services advised that continuity of care and "
          "punctuality had been identified as priorities in the engagement undertaken for the "
          "recommissioning and that the proposed zoned model had been designed to reduce the time "
          "care workers spent travelling between calls. She offered to meet with Mr Moorcroft "
          "following the meeting to look into the specific concerns regarding his wife’s care."),

    ("h", "4 EXECUTIVE AND CABINET MEMBER DECISIONS"),
    ("p", "The Committee considered the Executive and Cabinet Member decisions within its remit "
          "taken since the last meeting."),
    ("p", "In relation to decision PH12/2025 ‘Adult Services Fees and Charges 2025/2026’, Members "
          "queried the increase of 6.7% in the daily charge for the Council’s day services and "
          "whether any assessment had been made of the number of people likely to stop attending as "
          "a result. Councillor Rachel Ormerod, Cabinet Member for Adult Social Care and Community "
          "Health advised that all charges remained subject to a financial assessment and that "
          "nobody would be asked to pay more than they could afford under the Council’s charging "
          "policy. Ms Pilling added that attendance at day services would be monitored over the "
          "first six months of the new charges and any reduction reported back to the Committee."),
    ("p", "The Committee agreed to note the Executive and Cabinet Member decisions."),

    ("h", "5 FORWARD PLAN"),
    ("p", "The Committee considered the items contained within the Forward Plan, April 2025 – July "
          "2025, relating to the portfolios of the Cabinet Member for Adult Social Care and "
          "Community Health and the Cabinet Member for Public Health and Wellbeing."),
    ("p", "Members noted that a decision on the ‘Extra Care Housing Strategy 2025-2030’ was "
          "scheduled for June 2025 and requested that the draft strategy be brought to the "
          "Committee for pre-decision scrutiny before it was considered by the Executive."),
    ("p", "The Committee noted the Forward Plan."),

    ("h", "6 GULLSEA TEACHING HOSPITALS: URGENT AND EMERGENCY CARE – WINTER 2024/2025 REVIEW"),
    ("p", "Mr Gareth Lowe, Chief Operating Officer, Gullsea Teaching Hospitals NHS Foundation Trust "
          "(GTH) presented the report which reviewed the performance of urgent and emergency care "
          "services over the winter period. He highlighted that the Emergency Department at Gullsea "
          "Victoria Hospital had seen an average of 312 attendances a day in January 2025, an "
          "increase of 9% on the previous year, and that performance against the four hour "
          "standard had been 68.4% against a national target of 78% by March 2025. The opening of "
          "the new Same Day Emergency Care unit in November 2024 had allowed around 40 patients a "
          "day to be treated and discharged without admission to a ward."),
    ("p", "Members queried the number of patients who had waited more than 12 hours in the "
          "Emergency Department from the decision to admit and Mr Lowe reported that there had been "
          "1,146 such waits in January 2025, the highest monthly figure recorded by the Trust. He "
          "explained that the principal cause was the number of patients who were medically fit "
          "for discharge but remained in hospital, which had averaged 118 patients a day "
          "throughout the winter, and which limited the beds available for new admissions."),
    ("p", "The Committee raised concerns regarding the continued use of corridor care at Gullsea "
          "Victoria Hospital and the impact on the privacy and dignity of older patients in "
          "particular. Ms Helen Catterall, Deputy Chief Nurse, GTH acknowledged that caring for "
          "patients in corridors was not acceptable and advised that the Trust had introduced a "
          "standard operating procedure in December 2024 which set out minimum requirements for "
          "screens, call bells, nutrition and hydration and regular observations. Compliance was "
          "checked daily by the nurse in charge and reported each month to the Trust’s Quality "
          "Committee."),
    ("p", "Councillor Kershaw asked about ambulance handover times and whether the Trust was meeting "
          "the 45 minute maximum agreed with Coast and Fells Ambulance Service. Mr Lowe reported "
          "that the average handover time in January had been 41 minutes, although on the busiest "
          "days some crews had waited for more than three hours. A cohorting area staffed by the "
          "Trust had since been opened so that crews could be released more quickly."),
    ("p", "Councillor Bentham commented that the commitment shown by staff in the Emergency "
          "Department during an exceptionally difficult winter should be recognised, and the Chair "
          "echoed those comments."),
    ("p", "In response to a question regarding the proportion of attendances that could have been "
          "treated elsewhere, Mr Ian Bradshaw, Place Director for Gullsea, North West Coast and "
          "Fells Integrated Care Board (ICB) reported that an audit carried out in October 2024 had "
          "found that around one in five patients attending the Emergency Department could have "
          "been seen in primary care or by a community pharmacy. The ICB was working with GP "
          "practices in Gullsea to increase the number of same day appointments and the ‘Choose "
          "Well Gullsea’ campaign would run again in the summer."),
    ("p", "Members asked what the Council was doing to support timely discharge from hospital. Ms "
          "Pilling advised that the Council’s Home First reablement service had supported 1,420 "
          "people to return home in 2024/2025 and that the integrated discharge team, which brought "
          "together Council social workers and hospital discharge staff at Gullsea Victoria "
          "Hospital, now operated seven days a week. The Council had also block booked 24 short "
          "term care home beds, funded through the Better Care Fund, for people who were not able "
          "to go directly home. She reported that the number of people delayed in hospital awaiting "
          "a package of care was now below 15 on most days and that the majority of delays related "
          "to people waiting for assessment or for community health services."),
    ("p", "Further information was requested regarding the number of patients who had been "
          "discharged to a care home outside the borough over the winter period and Mr Lowe agreed "
          "to provide this to Members following the meeting."),
    ("p", "Councillor Mrs Lund referred to the length of time that people experiencing a mental "
          "health crisis were waiting in the Emergency Department for a specialist bed and asked "
          "whether the new mental health crisis assessment centre had made a difference. Ms "
          "Catterall advised that the crisis assessment centre, operated by Coast and Fells "
          "Partnership NHS Foundation Trust, had opened in January 2025 and that early indications "
          "were that fewer patients in crisis were waiting in the department for more than 24 "
          "hours; however, a full evaluation would not be available until later in the year."),
    ("l", "The Committee agreed:"),
    ("p", "1. To note the review of urgent and emergency care performance over winter 2024/2025."),
    ("p", "2. That a further report on the Trust’s urgent and emergency care improvement plan, "
          "including progress in reducing 12 hour waits and the use of corridor care, be presented "
          "to the Committee in October 2025."),

    ("h", "7 CARE AT HOME RECOMMISSIONING"),
    ("p", "Mr Stephen Rimmer, Head of Commissioning, Adult Services presented the report which set "
          "out the proposed approach to the recommissioning of care at home services, the current "
          "contracts for which would expire on 31 March 2026. He explained that the Council "
          "currently purchased approximately 14,600 hours of care a week from 27 providers under a "
          "framework agreement and that the proposed model would divide the borough into four "
          "zones, each with a lead provider supported by a small number of secondary providers. "
          "Some 212 people who used services, carers and providers had taken part in engagement on "
          "the proposals between October and December 2024."),
    ("h", "Provider market"),
    ("p", "Members queried whether the zoned model would reduce choice for people who used services "
          "and whether smaller local providers, some of which had worked in the borough for many "
          "years, would be disadvantaged. Mr Rimmer advised that people would continue to be able "
          "to choose their own provider by means of a direct payment and that the tender had been "
          "structured into lots so that smaller organisations could bid as secondary providers or "
          "as part of a consortium. Market engagement events held in January 2025 had been "
          "attended by 31 organisations."),
    ("p", "Councillor Greenhalgh expressed concern that an increasing proportion of care at home in "
          "the borough was delivered by national companies owned by private equity investors and "
          "asked whether the Council had considered delivering a greater proportion of care "
          "in-house. Councillor Ormerod responded that the Council’s in-house reablement service "
          "would be expanded as part of the proposals, but that it would not be affordable to bring "
          "the whole service in-house within the current budget. She added that the evaluation of "
          "tenders would give weight to financial stability and to social value, including the "
          "employment of local people."),
    ("h", "Workforce"),
    ("p", "The Committee raised concerns regarding recruitment and retention of care workers, noting "
          "that several providers had reported vacancy rates of over 15%, and asked how the new "
          "contracts would improve pay and conditions. Mr Rimmer reported that the proposed hourly "
          "rate of £24.10 included an allowance which would enable providers to pay care workers at "
          "least the Real Living Wage and to pay for travel time between calls. Providers would "
          "also be required to offer guaranteed hours contracts to staff who requested them. Ms "
          "Pilling added that compliance would be monitored through contract monitoring visits and "
          "an annual workforce survey."),
    ("p", "In response to a question from Councillor Sutcliffe regarding international recruitment, "
          "Ms Pilling reported that around a third of care workers employed by the Council’s "
          "contracted providers had been recruited from overseas and that the Council had worked "
          "with the Home Office and local providers to support 43 workers affected when a "
          "sponsoring provider had its licence revoked in 2024. She highlighted that the changes to "
          "visa rules announced by the Government would make it more difficult for providers to "
          "fill vacancies in future."),
    ("h", "Engagement"),
    ("p", "Members sought clarification on how the views of people who used services and their "
          "carers had shaped the proposals. Mr Rimmer advised that the most common concerns raised "
          "through the survey and focus groups had been the reliability of call times, the number "
          "of different carers visiting and poor communication when calls were running late. In "
          "response, the specification would require providers to inform people when a call would "
          "be more than 30 minutes late and would set a target for the number of different care "
          "workers visiting each person. A panel of people with lived experience would be involved "
          "in evaluating the tenders."),
    ("p", "Mrs Pauline Rigby, Healthwatch Gullsea commented that late and missed calls remained the "
          "most common subject of feedback received by Healthwatch about care at home and welcomed "
          "the commitment to involve people with lived experience in the evaluation."),
    ("p", "Councillor D Coulton requested that the performance of the new contracts against the "
          "call time and continuity targets be reported to the Committee six months after the "
          "contracts commenced."),
    ("l", "The Committee agreed:"),
    ("p", "1. To note the proposed approach to the recommissioning of care at home services."),
    ("p", "2. To recommend to the Executive that the evaluation of tenders for care at home services "
          "give particular weight to the payment of the Real Living Wage and to continuity of care."),
    ("p", "3. That a report on the performance of the new care at home contracts be presented to the "
          "Committee in autumn 2026."),

    ("h", "8 DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICES – ANNUAL UPDATE"),
    ("p", "Dr Farah Iqbal, Director of Public Health presented the annual update on drug and alcohol "
          "treatment and recovery services in Gullsea. She reported that Gullsea continued to have "
          "one of the highest rates of drug related deaths in England, with 41 deaths registered in "
          "2023, and that the number of adults in treatment had increased by 11% following "
          "additional investment through the Supplementary Substance Misuse Treatment and Recovery "
          "Grant. The integrated treatment service, Horizon Gullsea, had been recommissioned from "
          "April 2024 and was delivered by a partnership led by Pathways Recovery Trust, a national "
          "charity."),
    ("p", "Members queried the future of the grant funding, which was due to end in March 2026, and "
          "the risk to services if it was not continued. Dr Iqbal advised that the Government had "
          "confirmed that the grant would be rolled into the public health grant from 2026/2027 but "
          "that the allocation for Gullsea had not yet been announced. Contingency plans were being "
          "prepared and the provider had been asked not to recruit to permanent posts funded by the "
          "grant until the position was known."),
    ("p", "Councillor Addison asked about the availability of naloxone and whether it was being "
          "provided to family members and to hostels. Ms Lorraine Sharples, Consultant in Public "
          "Health advised that 1,280 naloxone kits had been issued in 2024, including to family "
          "members, hostel staff and, from September 2024, to staff at three community pharmacies "
          "in the town centre. Take home naloxone was also now offered to every prisoner released "
          "to a Gullsea address."),
    ("p", "The Committee expressed concern that the proportion of people leaving treatment "
          "successfully remained below the national average, particularly for people using "
          "opiates. Dr Iqbal acknowledged that improving successful completions was a priority and "
          "explained that many people in treatment in Gullsea had complex needs, including poor "
          "mental health and a lack of stable accommodation. The service had employed two housing "
          "navigators funded by the Rough Sleeping Drug and Alcohol Treatment Grant, and joint "
          "working with Coast and Fells Partnership NHS Foundation Trust had resulted in a dual "
          "diagnosis pathway being agreed in December 2024."),
    ("p", "In response to a question regarding the involvement of people with lived experience, it "
          "was reported that 26 volunteer peer mentors were now active across the service and that "
          "the recovery community had been involved in designing the new recovery hub at Layfield "
          "Road, which would open in May 2025."),
    ("p", "Councillor Whittle commented that the stigma attached to drug and alcohol use continued "
          "to prevent some people from seeking help and that more should be done to promote the "
          "service to families. Councillor Shaun Duckworth, Cabinet Member for Public Health and "
          "Wellbeing agreed and advised that a campaign developed with people in recovery and their "
          "families would be launched in the summer."),
    ("l", "The Committee agreed:"),
    ("p", "1. To note the update on drug and alcohol treatment and recovery services."),
    ("p", "2. To receive a further update in March 2026, to include confirmation of the funding "
          "position for 2026/2027."),

    ("h", "9 SCRUTINY WORKPLAN"),
    ("p", "Mrs Claire Holden, Scrutiny Manager presented the Committee Workplan 2024/2025 together "
          "with the summary of the implementation of recommendations. She highlighted that the "
          "Dental Access Scrutiny Review Panel had held its final evidence session in February 2025 "
          "and that its draft report would be presented to the Committee in June 2025."),
    ("p", "Members requested that an item on the availability of NHS dentistry for children be "
          "added to the Workplan. Mrs Holden advised that the item could be included on the agenda "
          "for the September 2025 meeting, following the Dental Access Scrutiny Review Panel’s "
          "report."),
    ("l", "The Committee agreed:"),
    ("p", "1. To approve the Committee Workplan, including the suggested item on NHS dental "
          "services for children."),
    ("p", "2. To note the update on the implementation of recommendations/actions."),

    ("h", "10 DATE OF NEXT MEETING"),
    ("p", "The date and time of the next meeting was noted as Thursday, 19 June 2025, commencing at "
          "6.00pm."),
    ("l", ""),
    ("l", "Chair"),
    ("l", "(The meeting ended at 8.12 pm)"),
    ("l", "Any queries regarding these minutes, please contact:"),
    ("l", "Claire Holden Scrutiny Manager"),
    ("l", "Tel: 01632 960415"),
    ("l", "E-mail: claire.holden@gullsea.gov.uk"),
]


def hyphen_point(word, room):
    """Where the PDF's automatic hyphenation broke a long word at a line end:
    the last vowel-consonant boundary that leaves the head (plus '-') within room."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if letters != word.strip("‘’(),.;:") or len(letters) < 10:
        return None
    lead = len(word) - len(word.lstrip("‘("))
    best = None
    for i in range(lead + 4, len(word) - 4):
        if i + 1 > room:
            break
        p, c, n = word[i - 1].lower(), word[i].lower(), word[i + 1].lower()
        vcv = p in "aeiou" and c not in "aeiouy" and n in "aeiouy"
        cc = (p not in "aeiouy" and c not in "aeiouy" and word[i - 2].lower() in "aeiou"
              and n in "aeiouy" and p + c not in ("ch", "sh", "th", "ph", "ck", "gh", "wh",
                                                  "qu", "ng", "nd", "nt", "st", "rt", "ct"))
        if vcv or cc:
            best = i
    return best


def wrap(text, width=WIDTH):
    """Wrap a paragraph as the PDF set it, hyphenating some long words at line ends."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - (len(cur) + 1 if cur else 0)
        i = hyphen_point(w, room) if room >= 6 else None
        if i is not None:
            lines.append((cur + " " if cur else "") + w[:i] + "-")
            cur = w[i:]
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def minutes_text():
    body = []
    for kind, text in MINUTES:
        if kind == "p":
            body.extend(wrap(text))
        elif kind == "h":
            body.extend(wrap(text, 200))
        else:
            body.append(text)
    # page 1 opens with the title; later pages repeat it as a running header
    out = wrap(TITLE, 90)
    page, n = 1, len(out)
    for line in body:
        if n >= BODY_LINES:
            out.append(str(page))
            page += 1
            out.append(TITLE)
            n = 1
        out.append(line)
        n += 1
    out.append(str(page))
    return "\n".join(out) + "\n", page


# ---------------------------------------------------------------------------
# The document that is not minutes: a Cabinet Member decision record (PDF).
# ---------------------------------------------------------------------------
DECISION = [
    ("title", "RECORD OF CABINET MEMBER DECISION"),
    ("row", "DECISION NUMBER:", "PH12/2025"),
    ("row", "RELEVANT CABINET MEMBER:", "Councillor Rachel Ormerod, Cabinet Member for Adult "
     "Social Care and Community Health"),
    ("row", "DATE OF DECISION:", "17 February 2025"),
    ("row", "KEY DECISION:", "No"),
    ("head", "1.0 SUBJECT MATTER"),
    ("para", "1.1 Adult Services Fees and Charges 2025/2026."),
    ("head", "2.0 DECISION(S)"),
    ("para", "2.1 To approve the schedule of fees and charges for Adult Services for 2025/2026 as set "
     "out at Appendix A, to take effect from 7 April 2025, including an increase in the daily "
     "charge for attendance at the Council’s day services from £52.20 to £55.70."),
    ("para", "2.2 To approve the hourly charge of £24.10 for care at home arranged by the Council, "
     "subject in every case to the individual financial assessment required by the Care Act 2014."),
    ("para", "2.3 To agree that the minimum income guarantee and disability related expenditure "
     "allowances be uprated in line with the rates published by the Department of Health and "
     "Social Care."),
    ("head", "3.0 REASONS FOR THE DECISION"),
    ("para", "3.1 The Council reviews its fees and charges each year so that charges reflect the cost "
     "of providing services. Charges for day services have been below the cost of provision since "
     "2022/2023 and the increase will recover part of the additional cost of the pay award and of "
     "the increase in employers’ National Insurance contributions."),
    ("para", "3.2 Is the recommendation contrary to a plan or strategy adopted or approved by the "
     "Council? No"),
    ("para", "3.3 Is the recommendation in accordance with the Council’s approved budget? Yes"),
    ("head", "4.0 OTHER ALTERNATIVE OPTIONS CONSIDERED"),
    ("para", "4.1 To leave charges unchanged. This was rejected as it would increase the budget "
     "pressure on Adult Services by an estimated £186,000 in 2025/2026."),
    ("para", "4.2 To increase charges by the full cost of provision. This was rejected as the "
     "increase would be too great to introduce in a single year."),
    ("head", "5.0 CONSULTATION"),
    ("para", "5.1 People who attend day services and their carers were written to in January 2025. "
     "The questions most often asked were whether the increase would apply to people who already "
     "pay a reduced charge (it will apply only where the financial assessment shows that the "
     "person can afford it) and whether transport is included in the daily charge (it is not)."),
    ("head", "6.0 CONFLICTS OF INTEREST DECLARED BY ANY MEMBER CONSULTED"),
    ("para", "6.1 None."),
    ("head", "7.0 DISPENSATION GRANTED BY THE HEAD OF PAID SERVICE"),
    ("para", "7.1 None."),
    ("head", "8.0 SCRUTINY"),
    ("para", "8.1 This decision falls within the remit of the Adult Social Care and Health Scrutiny "
     "Committee. It may be called in within five working days of publication in accordance with "
     "the Council’s Constitution."),
    ("row", "DATE DECISION PUBLISHED:", "19 February 2025"),
    ("row", "SIGNED:", "Councillor Rachel Ormerod"),
    ("row", "OFFICER CONTACT:", "Stephen Rimmer, Head of Commissioning, Adult Services, "
     "Tel: 01632 960388"),
]


def build_decision_pdf(path):
    from fpdf import FPDF

    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 19, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Record of Cabinet Member Decision PH12/2025")
    pdf.set_author("Gullsea Council")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "GULLSEA COUNCIL", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    for entry in DECISION:
        kind = entry[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.cell(0, 9, entry[1], new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.ln(3)
        elif kind == "row":
            pdf.set_font("DejaVu", "", 10)
            n = len(pdf.multi_cell(108, 6, entry[2], dry_run=True, output="LINES"))
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(62, 6 * n, entry[1], border=1)
            pdf.set_xy(82, y)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(108, 6, entry[2], border=1, new_x="LMARGIN", new_y="NEXT")
        elif kind == "head":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.cell(0, 7, entry[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.5, entry[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Committee",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "1", "title": "DECLARATIONS OF INTEREST"},
        {"number": "2", "title": "MINUTES OF THE LAST MEETING HELD ON 23 JANUARY 2025"},
        {"number": "3", "title": "PUBLIC SPEAKING"},
        {"number": "4", "title": "EXECUTIVE AND CABINET MEMBER DECISIONS"},
        {"number": "5", "title": "FORWARD PLAN"},
        {"number": "6", "title": "GULLSEA TEACHING HOSPITALS: URGENT AND EMERGENCY CARE – "
                                 "WINTER 2024/2025 REVIEW"},
        {"number": "7", "title": "CARE AT HOME RECOMMISSIONING"},
        {"number": "8", "title": "DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICES – ANNUAL UPDATE"},
        {"number": "9", "title": "SCRUTINY WORKPLAN"},
        {"number": "10", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        q("3", "question",
          "asked what assurance the Council could give that the new contracts",
          "Mr Terry Moorcroft",
          "continuity of care and punctuality had been identified as priorities in the engagement",
          "Ms Joanne Pilling",
          ["adult-social-care", "subcontracting", "patient-and-public-input"]),
        q("4", "question",
          "whether any assessment had been made of the number of people likely to stop attending",
          None,
          "all charges remained subject to a financial assessment",
          "Councillor Rachel Ormerod",
          ["finance", "adult-social-care"]),
        q("5", "request",
          "requested that the draft strategy be brought to the Committee",
          None, None, None,
          ["housing", "adult-social-care", "governance"]),
        q("6", "question",
          "queried the number of patients who had waited more than 12 hours",
          None,
          "the principal cause was the number of patients who were medically fit",
          "Mr Lowe",
          ["adult-social-care"]),
        q("6", "concern",
          "raised concerns regarding the continued use of corridor care at Gullsea Victoria Hospital",
          None,
          "caring for patients in corridors was not acceptable",
          "Ms Helen Catterall",
          []),
        q("6", "question",
          "asked about ambulance handover times and whether the Trust was meeting",
          "Councillor Kershaw",
          "the average handover time in January had been 41 minutes",
          "Mr Lowe",
          []),
        q("6", "comment",
          "commented that the commitment shown by staff in the Emergency",
          "Councillor Bentham", None, None,
          ["workforce"]),
        q("6", "question",
          "a question regarding the proportion of attendances that could have been treated elsewhere",
          None,
          "been seen in primary care or by a community pharmacy",
          "Mr Ian Bradshaw",
          ["primary-care"]),
        q("6", "question",
          "asked what the Council was doing to support timely discharge from hospital",
          None,
          "together Council social workers and hospital discharge staff",
          "Ms Pilling",
          ["adult-social-care", "integration"]),
        q("6", "request",
          "the number of patients who had been discharged to a care home outside the borough",
          None,
          "agreed to provide this to Members following the meeting",
          "Mr Lowe",
          ["adult-social-care"]),
        q("6", "question",
          "asked whether the new mental health crisis assessment centre had made a difference",
          "Councillor Mrs Lund",
          "fewer patients in crisis were waiting in the department for more than 24 hours",
          "Ms Catterall",
          ["mental-health"]),
        q("7", "question",
          "queried whether the zoned model would reduce choice for people who used services",
          None,
          "structured into lots so that smaller organisations could bid as secondary providers",
          "Mr Rimmer",
          ["subcontracting", "adult-social-care"]),
        q("7", "concern",
          "expressed concern that an increasing proportion of care at home in the borough",
          "Councillor Greenhalgh",
          "would not be affordable to bring the whole service",
          "Councillor Ormerod",
          ["privatisation", "adult-social-care", "finance"]),
        q("7", "concern",
          "raised concerns regarding recruitment and retention of care workers",
          None,
          "would enable providers to pay care workers at least the Real Living Wage",
          "Mr Rimmer",
          ["workforce", "adult-social-care", "finance", "subcontracting"]),
        q("7", "question",
          "a question from Councillor Sutcliffe regarding international recruitment",
          "Councillor Sutcliffe",
          "had been recruited from overseas and that the Council had worked with the Home Office",
          "Ms Pilling",
          ["workforce", "adult-social-care"]),
        q("7", "question",
          "sought clarification on how the views of people who used services",
          None,
          "A panel of people with lived experience would be involved in evaluating the tenders",
          "Mr Rimmer",
          ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("7", "comment",
          "commented that late and missed calls remained the most common subject of feedback",
          "Mrs Pauline Rigby", None, None,
          ["patient-and-public-input", "adult-social-care"]),
        q("7", "request",
          "requested that the performance of the new contracts against the call time",
          "Councillor D Coulton", None, None,
          ["subcontracting", "adult-social-care"]),
        q("8", "question",
          "queried the future of the grant funding, which was due to end",
          None,
          "the grant would be rolled into the public health grant",
          "Dr Iqbal",
          ["finance", "public-health"]),
        q("8", "question",
          "asked about the availability of naloxone and whether it was being provided",
          "Councillor Addison",
          "naloxone kits had been issued in 2024, including to family members",
          "Ms Lorraine Sharples",
          ["public-health"]),
        q("8", "concern",
          "expressed concern that the proportion of people leaving treatment successfully remained below",
          None,
          "many people in treatment in Gullsea had complex needs",
          "Dr Iqbal",
          ["public-health", "mental-health", "housing"]),
        q("8", "question",
          "a question regarding the involvement of people with lived experience",
          None,
          "26 volunteer peer mentors were now active across the service",
          None,
          ["patient-and-public-input", "public-health"]),
        q("8", "comment",
          "commented that the stigma attached to drug and alcohol use continued",
          "Councillor Whittle",
          "a campaign developed with people in recovery and their families would be launched",
          "Councillor Shaun Duckworth",
          ["public-health"]),
        q("9", "request",
          "requested that an item on the availability of NHS dentistry for children be added",
          None,
          "the item could be included on the agenda for the September 2025 meeting",
          "Mrs Holden",
          ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        r("2", "agreed that the minutes of the Adult Social Care and Health Scrutiny Committee meeting",
          "agreed", []),
        r("4", "agreed to note the Executive and Cabinet Member decisions", "noted", []),
        r("5", "The Committee noted the Forward Plan", "noted", []),
        r("6", "To note the review of urgent and emergency care performance over winter",
          "agreed", []),
        r("7", "To recommend to the Executive that the evaluation of tenders for care at home",
          "recommended", ["subcontracting", "adult-social-care", "workforce"]),
        r("8", "To note the update on drug and alcohol treatment and recovery services",
          "agreed", ["public-health", "finance"]),
        r("9", "To approve the Committee Workplan, including the suggested item on NHS dental",
          "agreed", ["primary-care", "children-and-families"]),
    ],
    "attendees": [
        a("Councillor Haworth", "Chair", "present"),
        a("Addison", None, "present"),
        a("Bentham", None, "present"),
        a("D Coulton", None, "present"),
        a("Greenhalgh", None, "present"),
        a("Kershaw", None, "present"),
        a("Mrs Lund", None, "present"),
        a("Sutcliffe", None, "present"),
        a("Whittle", None, "present"),
        a("Councillor Rachel Ormerod",
          "Cabinet Member for Adult Social Care and Community Health", "in_attendance"),
        a("Councillor Shaun Duckworth",
          "Cabinet Member for Public Health and Wellbeing", "in_attendance"),
        a("Ms Joanne Pilling", "Director of Adult Services", "in_attendance"),
        a("Dr Farah Iqbal", "Director of Public Health", "in_attendance"),
        a("Mr Stephen Rimmer", "Head of Commissioning, Adult Services", "in_attendance"),
        a("Ms Lorraine Sharples", "Consultant in Public Health", "in_attendance"),
        a("Mrs Claire Holden", "Scrutiny Manager", "in_attendance"),
        a("Mr Gareth Lowe",
          "Chief Operating Officer, Gullsea Teaching Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Ms Helen Catterall",
          "Deputy Chief Nurse, Gullsea Teaching Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Mr Ian Bradshaw",
          "Place Director for Gullsea, North West Coast and Fells Integrated Care Board",
          "in_attendance"),
        a("Mrs Pauline Rigby", "Chief Officer, Healthwatch Gullsea", "in_attendance"),
        a("Councillor Tattersall", None, "apologies"),
    ],
}

DECISION_GOLD = {"document": DEC_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("mf-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / gold["document"]))
        if not text:
            print(f"EMPTY {gold['document']}")
            ok = False
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            count = len(re.findall(r"(?<!\w)" + re.escape(norm(ph)) + r"(?!\w)", text))
            if count != 1 or not 6 <= n <= 15:
                print(f"FAIL {gold['document']} {kind} ({count}x, {n} words): {ph}")
                ok = False
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    text, pages = minutes_text()
    (DOCS / MIN_NAME).write_text(text, encoding="utf-8")
    build_decision_pdf(DOCS / DEC_NAME)
    for gold in (MINUTES_GOLD, DECISION_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MIN_NAME} ({pages} pages), {DEC_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
