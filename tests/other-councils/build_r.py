#!/usr/bin/env python3
"""Build the "r-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_r.py            # build documents + gold
    python tests/other-councils/build_r.py --check    # build, then verify gold phrases

Documents (all councils, people and figures invented):
  r-calderbrook-health-scrutiny-minutes-2025-03-12.pdf
      metropolitan borough Health Scrutiny Committee; items lettered A., B., C. with (i), (ii)
      sub-paragraphs; justified text hyphenated across lines (soft hyphens); running header with
      crest text and date; "Chair's initials ______" footer; "A Member asked whether ..." /
      "In reply, the Director ..."; RESOLVED: (1) (2); motion carried (For 6, Against 3, Abstentions 1).
  r-hollinsgate-hasc-select-minutes-2025-02-04.txt
      web page copied as plain text, verbatim/dialogue exchanges ("Cllr Patel: ..." /
      "Director of Adult Social Care: ..." / "Cllr Patel (supplementary): ..."), with a
      "Summary of decisions" restating each item's decision in different words.
  r-westmarsh-health-scrutiny-sub-minutes-2025-01-15.docx
      county sub-committee in Word: Heading 1 items with typed numbers, RESOLVED blocks as
      auto-numbered lists (numPr), header/footer, one item with bulleted questions each followed
      by an indented answer paragraph.
  r-calderbrook-mgMeetingAttendance-2025-01-22.html
      NOT minutes: ModernGov-like "Attendance at ..." page (Attendee | Role | Attendance).
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SHY = "\u00ad"


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

def norm(s):
    s = s.replace(SHY, "")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def count_occurrences(phrase, text):
    p = norm(phrase)
    t = " " + norm(text) + " "
    return len(re.findall(r"(?= " + re.escape(p) + r" )", t))


VOWELS = set("aeiouy")


def hyphenate_word(w):
    """Insert soft hyphens into a long lower-case word (crude English-ish syllable points)."""
    if len(w) < 8 or not w.isalpha() or not w.islower():
        return w
    points = set()
    for i in range(3, len(w) - 2):
        a, b, c = w[i - 1], w[i], w[i + 1] if i + 1 < len(w) else ""
        if a in VOWELS and b not in VOWELS and c and c in VOWELS:
            points.add(i)
        elif a == b and a not in VOWELS:
            points.add(i)
    for suf in ("tion", "ment", "ness", "ing", "ably", "ity"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            points.add(len(w) - len(suf))
    points = sorted(p for p in points if 3 <= p <= len(w) - 3)
    out, last = [], 0
    for p in points:
        out.append(w[last:p])
        last = p
    out.append(w[last:])
    return SHY.join(out)


def hyphenate(text):
    return re.sub(r"[A-Za-z]+", lambda m: hyphenate_word(m.group(0)), text)


# ---------------------------------------------------------------------------------------------
# Document 1: Calderbrook Metropolitan Borough Council, Health Scrutiny Committee (PDF)
# ---------------------------------------------------------------------------------------------

PDF_NAME = "r-calderbrook-health-scrutiny-minutes-2025-03-12.pdf"

PDF_BLOCKS = [
    ("title", "HEALTH SCRUTINY COMMITTEE"),
    ("centre", "MINUTES of the meeting of the Health Scrutiny Committee held in the Council "
               "Chamber, Calderbrook Town Hall, Crossley Street, Calderbrook, on Wednesday, "
               "12 March 2025 at 6.00 pm"),
    ("label", "PRESENT:", "Councillor J Okonkwo-Hale (Chair); Councillors S Bradshaw, M Iqbal, "
              "P Lindqvist, T Moorcroft, R Nuttall, D Penhaligon, A Sheikh, K Ward and L Yates"),
    ("label", "Co-opted Member:", "Mrs E Harrowby (Healthwatch Calderbrook, non-voting)"),
    ("label", "In attendance:", "Councillor H Raistrick (Cabinet Member for Adult Social Care and "
              "Health); Ms C Redfern (Director of Public Health and Strategic Director for "
              "Communities and Wellbeing); Mr G Adeyemi (Director of Adult Social Care and Health "
              "Integration); Mr S Wozniak (Head of Commissioning, Contracts and Market Management, "
              "Communities and Wellbeing Directorate); Ms N Achebe (Principal Solicitor, Governance "
              "and Information Law); Miss F Gorton (Senior Democratic Services Officer)"),
    ("label", "Also in attendance:", "Ms R Tattersall (Chief Operating Officer, Calderbrook and "
              "Pennine Hospitals NHS Foundation Trust); Dr H Flint (Place-Based Clinical Lead and "
              "Deputy Chief Medical Officer, NHS Greater Calder Integrated Care Board)"),
    ("para", "The Chair welcomed those present and reminded Members and the public that the "
             "meeting was being broadcast live and recorded for the Council's website."),

    ("item", "A", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("para", "Apologies for absence were received from Councillor B Clough. Councillor K Ward "
             "attended as substitute for Councillor Clough for the whole of the meeting."),

    ("item", "B", "DECLARATIONS OF INTEREST"),
    ("sub", "(i)", None, "Councillor Sheikh declared a personal interest in Item E (Hospital "
                         "Discharge and Intermediate Care) by virtue of her daughter's employment "
                         "as an occupational therapist with Calderbrook and Pennine Hospitals NHS "
                         "Foundation Trust, and remained in the meeting."),
    ("sub", "(ii)", None, "Councillor Lindqvist declared a personal interest in Item H (Motion: "
                          "Community Diagnostic Centre) as an elected public governor of the same "
                          "Trust. She took part in the debate but abstained from voting."),

    ("item", "C", "MINUTES OF THE PREVIOUS MEETING"),
    ("resolved", ["That the minutes of the meeting of the Committee held on 22 January 2025 be "
                  "approved as a correct record and signed by the Chair."]),

    ("item", "D", "PUBLIC HEALTH GRANT 2025/26 AND RECOMMISSIONING OF THE INTEGRATED SEXUAL "
                  "HEALTH SERVICE"),
    ("para", "The Director of Public Health and Strategic Director for Communities and Wellbeing "
             "introduced the report, which set out the ring-fenced Public Health Grant allocation "
             "for 2025/26 of £21.4 million, an increase of 2.9 per cent on 2024/25, the proposed "
             "use of the public health reserve, and the proposed approach to recommissioning the "
             "integrated sexual health service, the current contract for which would expire on "
             "31 March 2026. The Committee was reminded that the grant conditions required all "
             "expenditure to be on public health functions and that any underspend could only be "
             "carried forward into the public health reserve."),
    ("sub", "(i)", "Grant allocation and reserve",
     "A Member asked whether the 2.9 per cent uplift would be sufficient to cover the NHS pay "
     "award for staff employed in services commissioned from NHS trusts. In reply, the Director "
     "of Public Health explained that it would not fully do so and that a shortfall of "
     "approximately £310,000 had been estimated, which would be met from the public health "
     "reserve in 2025/26 only. Another Member raised concern that community stop smoking clinics "
     "had been reduced from nine to four over the last two years, at a time when smoking and "
     "vaping rates among 16 to 24 year olds in the east of the borough were rising. Members were "
     "advised that the Council had received £412,000 of Local Stop Smoking Services and Support "
     "Grant for 2025/26, which would be used to reopen three clinics and to fund a specialist "
     "adviser for pregnant smokers. It was queried whether the reserve would be exhausted by the "
     "end of 2026/27; the Director confirmed that, on current projections, the reserve would "
     "fall below the minimum prudent level of £500,000 during that year unless the grant "
     "settlement improved."),
    ("sub", "(ii)", "Recommissioning of the integrated sexual health service",
     "A Member asked whether the recommissioning would be open to private providers, given that "
     "the previous contract with a national for-profit provider had been terminated early in "
     "2019 following poor performance. In reply, the Head of Commissioning, Contracts and Market "
     "Management stated that the Council would run an open competitive tender under the "
     "Procurement Act 2023, as it was legally required to do, but that bids would be scored on "
     "quality (60 per cent), price (20 per cent) and social value (20 per cent), and that the "
     "new contract would include stronger performance management and step-in rights. The Member "
     "further asked whether the Council had considered bringing the service in-house; Members "
     "were advised that an options appraisal had concluded that in-house delivery would require "
     "the TUPE transfer of around 70 clinical staff and that the Council did not hold the "
     "necessary clinical governance infrastructure. Another Member requested that the "
     "specification require walk-in clinics in Eastfold and Pellbridge, where uptake of testing "
     "was lowest, and the Director undertook to reflect this in the draft specification. "
     "Mrs Harrowby (Co-opted Member) asked how people who used the service would be involved in "
     "evaluating the bids. In reply, the Director stated that two representatives of the Youth "
     "Health Champions and one Healthwatch volunteer would sit on the evaluation panel as "
     "non-scoring advisers, and that a survey of current service users would close on "
     "11 April 2025."),
    ("resolved", ["That the Public Health Grant allocation for 2025/26 and the proposed use of the "
                  "public health reserve be noted.",
                  "That the proposed approach to recommissioning the integrated sexual health "
                  "service be endorsed, subject to the specification including walk-in provision "
                  "in Eastfold and Pellbridge.",
                  "That the draft service specification be submitted to the Committee in "
                  "September 2025, before the tender is published."]),

    ("item", "E", "HOSPITAL DISCHARGE AND INTERMEDIATE CARE: REVIEW OF WINTER 2024/25"),
    ("para", "The Chief Operating Officer of Calderbrook and Pennine Hospitals NHS Foundation Trust "
             "and the Director of Adult Social Care and Health Integration presented a joint report "
             "on hospital discharge performance over the winter period, the operation of the 24 "
             "discharge to assess beds at Harker Lodge, and the reablement service. The Cabinet "
             "Member for Adult Social Care and Health also addressed the Committee and paid tribute "
             "to staff across the health and care system for their work over a difficult winter."),
    ("sub", "(i)", "Discharge performance",
     "A Member asked whether the number of patients with no criteria to reside had reduced since "
     "the Harker Lodge beds opened in November. In reply, the Chief Operating Officer stated that "
     "the daily average had fallen from 94 to 61 but remained well above the system target of 45, "
     "with delays for patients needing complex care packages being the main cause. Another Member "
     "raised the continued use of spot-purchased care home beds outside the borough, some of them "
     "more than forty miles away, and the distress this caused to families who could not visit. "
     "Members were advised that out-of-borough placements had fallen from 19 per cent to 11 per "
     "cent of discharges to care homes and that every such placement was now reviewed within 14 "
     "days with a view to moving the person closer to home. Concerns were expressed that unpaid "
     "carers were often told of a discharge only on the day itself, and the Chair asked that this "
     "be picked up in the Carers Strategy report due in June."),
    ("sub", "(ii)", "Reablement and the home care workforce",
     "It was queried whether the home care market had sufficient staff to sustain the expanded "
     "reablement offer through the summer. In reply, the Director of Adult Social Care and Health "
     "Integration said that 42 care workers had been recruited from overseas under the health and "
     "care visa route since April, but that turnover in the independent sector remained around "
     "31 per cent. A Member asked whether home care providers were paying at least the Real Living "
     "Wage, as promised in the 2023 commissioning strategy, and was informed that the 2025/26 fee "
     "uplift of 6.8 per cent had been set on that basis and that compliance would be checked "
     "through contract monitoring visits. The Member requested that the results of the monitoring "
     "visits be reported to the Committee, and the Director agreed to include them in the next "
     "quarterly performance report."),
    ("resolved", ["That the report be noted.",
                  "That the Trust and the Council be requested to provide a joint update on no "
                  "criteria to reside performance and out-of-borough placements to the meeting "
                  "in July 2025."]),

    ("item", "F", "ACCESS TO GENERAL PRACTICE: PRIMARY CARE ACCESS RECOVERY PLAN UPDATE"),
    ("para", "Dr Flint presented an update on the delivery of the Primary Care Access Recovery Plan "
             "in Calderbrook, including the roll-out of cloud-based telephony to all 31 practices, "
             "the growth of the additional roles workforce within the six primary care networks "
             "and the results of the 2024 GP Patient Survey, in which 58 per cent of Calderbrook "
             "respondents described their experience of making an appointment as good."),
    ("sub", "(i)", None,
     "A Member asked whether pharmacists, physician associates and other additional roles were "
     "being used as a substitute for appointments with a GP, particularly for patients with "
     "long-term conditions. In reply, Dr Flint said that the additional roles were intended to "
     "complement rather than replace GPs, that physician associates in Calderbrook worked only "
     "under named GP supervision, and that continuity of care for patients with multiple "
     "long-term conditions was a priority in the ICB's primary care strategy."),
    ("sub", "(ii)", None,
     "Another Member raised concern about the proposed closure of the Moss Lane branch surgery in "
     "Pellbridge, which served a large number of older residents without access to a car. Members "
     "were advised that the ICB had not yet received a formal application from the practice and "
     "that, if one were received, a patient engagement exercise of at least eight weeks would take "
     "place before any decision. It was queried whether the ICB would publish practice-level data "
     "on call waiting times, and Dr Flint confirmed that this would be published quarterly from "
     "June 2025."),
    ("resolved", ["That the update be noted and that the Chair write to the Integrated Care Board "
                  "setting out the Committee's concerns about the proposed closure of the Moss Lane "
                  "branch surgery."]),

    ("item", "G", "HEALTHWATCH CALDERBROOK: QUARTERLY REPORT (OCTOBER TO DECEMBER 2024)"),
    ("para", "The Committee received the quarterly report of Healthwatch Calderbrook, which was "
             "presented by Mrs Harrowby. There were no questions."),
    ("resolved", ["That the Healthwatch Calderbrook quarterly report for October to December 2024 "
                  "be noted."]),

    ("item", "H", "MOTION: COMMUNITY DIAGNOSTIC CENTRE – PROPOSED CONTRACT AWARD"),
    ("para", "In accordance with Committee Procedure Rule 14, the following motion was moved by "
             "Councillor Nuttall and seconded by Councillor Yates:"),
    ("quote", "“That this Committee:"),
    ("qsub", "(i)", "notes with concern the proposal of NHS Greater Calder Integrated Care Board "
                    "to award a seven-year contract for the operation of the Calderbrook Community "
                    "Diagnostic Centre to an independent sector provider;"),
    ("qsub", "(ii)", "believes that diagnostic services funded by the NHS should be delivered by "
                     "the NHS and remain in public ownership; and"),
    ("qsub", "(iii)", "requests that the ICB pause the procurement until the Committee has "
                      "considered the full business case, including the impact on the Trust's "
                      "radiology workforce.”"),
    ("para", "In moving the motion, Councillor Nuttall referred to the experience of neighbouring "
             "areas where independent sector diagnostic contracts had drawn radiographers away from "
             "NHS trusts. During the debate, a Member asked whether the Committee had the power to "
             "refer the proposal to the Secretary of State for Health and Social Care. In reply, "
             "the Principal Solicitor advised that a referral could only be made where the proposal "
             "amounted to a substantial reconfiguration of services, that the ICB's view was that "
             "it did not, and that the Committee could ask the ICB to reconsider that view."),
    ("vote", "Upon being put to the vote, the motion was CARRIED (For 6, Against 3, Abstentions 1)."),
    ("resolved", ["That the motion be adopted and that the Chair write to the Chief Executive of "
                  "NHS Greater Calder Integrated Care Board accordingly."]),

    ("item", "I", "WORK PROGRAMME 2025/26"),
    ("para", "The Senior Democratic Services Officer presented the draft work programme for "
             "2025/26."),
    ("resolved", ["That the draft work programme for 2025/26 be approved, subject to the addition "
                  "of an item on access to NHS dentistry for children in care."]),

    ("item", "J", "DATE OF NEXT MEETING"),
    ("para", "The next meeting of the Committee would be held on Wednesday, 23 April 2025 at "
             "6.00 pm in the Council Chamber, Calderbrook Town Hall."),
    ("para", "(The meeting closed at 8.47 pm)"),
    ("sign", "CHAIR"),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "A", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "B", "title": "DECLARATIONS OF INTEREST"},
        {"number": "C", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "D", "title": "PUBLIC HEALTH GRANT 2025/26 AND RECOMMISSIONING OF THE "
                                 "INTEGRATED SEXUAL HEALTH SERVICE"},
        {"number": "E", "title": "HOSPITAL DISCHARGE AND INTERMEDIATE CARE: REVIEW OF WINTER 2024/25"},
        {"number": "F", "title": "ACCESS TO GENERAL PRACTICE: PRIMARY CARE ACCESS RECOVERY PLAN UPDATE"},
        {"number": "G", "title": "HEALTHWATCH CALDERBROOK: QUARTERLY REPORT (OCTOBER TO DECEMBER 2024)"},
        {"number": "H", "title": "MOTION: COMMUNITY DIAGNOSTIC CENTRE – PROPOSED CONTRACT AWARD"},
        {"number": "I", "title": "WORK PROGRAMME 2025/26"},
        {"number": "J", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "D", "kind": "question",
         "text": "whether the 2.9 per cent uplift would be sufficient to cover the NHS",
         "asked_by": None,
         "answer": "a shortfall of approximately £310,000 had been estimated",
         "given_by": "Director of Public Health",
         "themes": ["finance", "workforce", "public-health"]},
        {"item": "D", "kind": "concern",
         "text": "community stop smoking clinics had been reduced from nine to four",
         "asked_by": None,
         "answer": "would be used to reopen three clinics and to fund a specialist adviser",
         "given_by": None,
         "themes": ["public-health", "finance"]},
        {"item": "D", "kind": "question",
         "text": "whether the reserve would be exhausted by the end of 2026/27",
         "asked_by": None,
         "answer": "the reserve would fall below the minimum prudent level of £500,000",
         "given_by": "Director of Public Health",
         "themes": ["finance", "public-health"]},
        {"item": "D", "kind": "question",
         "text": "whether the recommissioning would be open to private providers",
         "asked_by": None,
         "answer": "the Council would run an open competitive tender under the Procurement Act 2023",
         "given_by": "Head of Commissioning, Contracts and Market Management",
         "themes": ["privatisation", "subcontracting", "public-health"]},
        {"item": "D", "kind": "question",
         "text": "further asked whether the Council had considered bringing the service in-house",
         "asked_by": None,
         "answer": "in-house delivery would require the TUPE transfer of around 70 clinical staff",
         "given_by": None,
         "themes": ["privatisation", "workforce", "public-health"]},
        {"item": "D", "kind": "request",
         "text": "requested that the specification require walk-in clinics in Eastfold and Pellbridge",
         "asked_by": None,
         "answer": "the Director undertook to reflect this in the draft specification",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "subcontracting"]},
        {"item": "D", "kind": "question",
         "text": "asked how people who used the service would be involved in evaluating the bids",
         "asked_by": "Mrs Harrowby",
         "answer": "two representatives of the Youth Health Champions and one Healthwatch volunteer",
         "given_by": "Director of Public Health",
         "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "E", "kind": "question",
         "text": "whether the number of patients with no criteria to reside had reduced",
         "asked_by": None,
         "answer": "the daily average had fallen from 94 to 61",
         "given_by": "Chief Operating Officer",
         "themes": ["adult-social-care", "integration"]},
        {"item": "E", "kind": "concern",
         "text": "the continued use of spot-purchased care home beds outside the borough",
         "asked_by": None,
         "answer": "out-of-borough placements had fallen from 19 per cent to 11 per cent",
         "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "E", "kind": "concern",
         "text": "unpaid carers were often told of a discharge only on the day itself",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "E", "kind": "question",
         "text": "whether the home care market had sufficient staff to sustain the expanded reablement offer",
         "asked_by": None,
         "answer": "42 care workers had been recruited from overseas",
         "given_by": "Director of Adult Social Care and Health Integration",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "E", "kind": "question",
         "text": "whether home care providers were paying at least the Real Living Wage",
         "asked_by": None,
         "answer": "fee uplift of 6.8 per cent had been set on that basis",
         "given_by": None,
         "themes": ["workforce", "finance", "adult-social-care", "subcontracting"]},
        {"item": "E", "kind": "request",
         "text": "requested that the results of the monitoring visits be reported to the Committee",
         "asked_by": None,
         "answer": "the Director agreed to include them in the next quarterly performance report",
         "given_by": "Director of Adult Social Care and Health Integration",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "F", "kind": "question",
         "text": "whether pharmacists, physician associates and other additional roles were being used as a substitute",
         "asked_by": None,
         "answer": "the additional roles were intended to complement rather than replace GPs",
         "given_by": "Dr Flint",
         "themes": ["primary-care", "workforce"]},
        {"item": "F", "kind": "concern",
         "text": "the proposed closure of the Moss Lane branch surgery in Pellbridge",
         "asked_by": None,
         "answer": "a patient engagement exercise of at least eight weeks would take place",
         "given_by": None,
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "F", "kind": "question",
         "text": "whether the ICB would publish practice-level data on call waiting times",
         "asked_by": None,
         "answer": "this would be published quarterly from June 2025",
         "given_by": "Dr Flint",
         "themes": ["primary-care", "governance"]},
        {"item": "H", "kind": "question",
         "text": "whether the Committee had the power to refer the proposal to the Secretary of State",
         "asked_by": None,
         "answer": "a referral could only be made where the proposal amounted to a substantial reconfiguration",
         "given_by": "Principal Solicitor",
         "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "C", "text": "the minutes of the meeting of the Committee held on 22 January 2025",
         "outcome": "agreed", "themes": []},
        {"item": "D", "text": "the proposed approach to recommissioning the integrated sexual health service be endorsed",
         "outcome": "agreed", "themes": ["public-health", "subcontracting", "finance"]},
        {"item": "E", "text": "provide a joint update on no criteria to reside performance",
         "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
        {"item": "F", "text": "the Chair write to the Integrated Care Board setting out the Committee's concerns",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "G", "text": "the Healthwatch Calderbrook quarterly report for October to December 2024 be noted",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "H", "text": "the motion be adopted and that the Chair write to the Chief Executive",
         "outcome": "agreed", "themes": ["privatisation", "subcontracting"]},
        {"item": "I", "text": "the addition of an item on access to NHS dentistry for children in care",
         "outcome": "agreed", "themes": ["primary-care", "children-and-families"]},
    ],
    "attendees": [
        {"name": "Councillor J Okonkwo-Hale", "role": "Chair", "attendance": "present"},
        {"name": "Councillor S Bradshaw", "role": None, "attendance": "present"},
        {"name": "Councillor M Iqbal", "role": None, "attendance": "present"},
        {"name": "Councillor P Lindqvist", "role": None, "attendance": "present"},
        {"name": "Councillor T Moorcroft", "role": None, "attendance": "present"},
        {"name": "Councillor R Nuttall", "role": None, "attendance": "present"},
        {"name": "Councillor D Penhaligon", "role": None, "attendance": "present"},
        {"name": "Councillor A Sheikh", "role": None, "attendance": "present"},
        {"name": "Councillor K Ward", "role": None, "attendance": "present"},
        {"name": "Councillor L Yates", "role": None, "attendance": "present"},
        {"name": "Mrs E Harrowby", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Councillor H Raistrick", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Ms C Redfern", "role": "Director of Public Health and Strategic Director for "
                                         "Communities and Wellbeing", "attendance": "in_attendance"},
        {"name": "Mr G Adeyemi", "role": "Director of Adult Social Care and Health Integration",
         "attendance": "in_attendance"},
        {"name": "Mr S Wozniak", "role": "Head of Commissioning, Contracts and Market Management, "
                                         "Communities and Wellbeing Directorate",
         "attendance": "in_attendance"},
        {"name": "Ms N Achebe", "role": "Principal Solicitor, Governance and Information Law",
         "attendance": "in_attendance"},
        {"name": "Miss F Gorton", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Ms R Tattersall", "role": "Chief Operating Officer, Calderbrook and Pennine "
                                            "Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Dr H Flint", "role": "Place-Based Clinical Lead and Deputy Chief Medical Officer, "
                                       "NHS Greater Calder Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Councillor B Clough", "role": None, "attendance": "apologies"},
    ],
}


def pdf_source_text():
    out = []
    for b in PDF_BLOCKS:
        kind = b[0]
        if kind in ("title", "centre", "para", "quote", "vote", "sign"):
            out.append(b[1])
        elif kind == "label":
            out.append(b[1] + " " + b[2])
        elif kind == "item":
            out.append(b[1] + ". " + b[2])
        elif kind == "sub":
            out.append(" ".join(x for x in (b[1], b[2], b[3]) if x))
        elif kind == "qsub":
            out.append(b[1] + " " + b[2])
        elif kind == "resolved":
            clauses = b[1]
            if len(clauses) == 1:
                out.append("RESOLVED: " + clauses[0])
            else:
                out.append("RESOLVED: " + " ".join("(%d) %s" % (i + 1, c) for i, c in enumerate(clauses)))
    return "\n".join(out)


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            # crest: a small shield with a chevron, and the crest text beside it
            x0, y0 = 20, 10
            self.set_draw_color(40, 40, 40)
            self.set_line_width(0.4)
            self.polygon([(x0, y0), (x0 + 12, y0), (x0 + 12, y0 + 9), (x0 + 6, y0 + 15),
                          (x0, y0 + 9), (x0, y0)])
            self.polyline([(x0 + 1.5, y0 + 9), (x0 + 6, y0 + 3.5), (x0 + 10.5, y0 + 9)])
            self.set_xy(x0 + 15, y0)
            self.set_font("DV", "B", 10.5)
            self.cell(90, 5, "CALDERBROOK")
            self.set_xy(x0 + 15, y0 + 5)
            self.set_font("DV", "", 8)
            self.cell(90, 4, "METROPOLITAN BOROUGH COUNCIL")
            self.set_xy(x0 + 15, y0 + 9.5)
            self.set_font("DV", "I", 7)
            self.cell(90, 4, "Industria et Concordia")
            self.set_font("DV", "", 8.5)
            self.set_xy(110, y0 + 1)
            self.cell(80, 4.5, "Health Scrutiny Committee", align="R")
            self.set_xy(110, y0 + 5.5)
            self.cell(80, 4.5, "Wednesday, 12 March 2025", align="R")
            self.line(20, 28, 190, 28)
            self.set_y(34)

        def footer(self):
            self.set_y(-18)
            self.line(20, self.get_y(), 190, self.get_y())
            self.set_y(-15)
            self.set_font("DV", "", 8.5)
            self.cell(85, 5, "Chair's initials ______")
            self.cell(85, 5, "Page %d" % self.page_no(), align="R")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(datetime.datetime(2025, 3, 19, 9, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health Scrutiny Committee - 12 March 2025")
    pdf.set_author("Democratic Services, Calderbrook MBC")
    pdf.set_creator("Minutes template v4")
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DV", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(20, 34, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    L = 20            # left margin
    IND = 32          # body indent (items)
    SUBIND = 42       # text indent for (i) sub-paragraphs
    R = 190
    LH = 4.9
    FS = 9.5

    def need(h):
        if pdf.get_y() + h > pdf.h - 22:
            pdf.add_page()

    for b in PDF_BLOCKS:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DV", "B", 13)
            pdf.cell(0, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "centre":
            pdf.set_font("DV", "", FS)
            pdf.set_x(30)
            pdf.multi_cell(150, LH, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "label":
            pdf.set_font("DV", "B", FS)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            pdf.multi_cell(40, LH, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_xy(L + 40, y)
            pdf.set_font("DV", "", FS)
            pdf.multi_cell(R - L - 40, LH, hyphenate(b[2]), align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "item":
            pdf.ln(2.5)
            need(24)
            pdf.set_font("DV", "B", FS + 0.5)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            pdf.cell(IND - L, LH + 0.5, b[1] + ".")
            pdf.set_xy(IND, y)
            pdf.multi_cell(R - IND, LH + 0.5, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "para":
            pdf.set_font("DV", "", FS)
            pdf.set_x(IND)
            pdf.multi_cell(R - IND, LH, hyphenate(b[1]), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            need(12)
            y = pdf.get_y()
            pdf.set_font("DV", "", FS)
            pdf.set_xy(IND, y)
            pdf.cell(SUBIND - IND, LH, b[1])
            pdf.set_xy(SUBIND, y)
            if b[2]:
                pdf.set_font("DV", "BI", FS)
                pdf.multi_cell(R - SUBIND, LH, b[2], new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(SUBIND)
            pdf.set_font("DV", "", FS)
            pdf.multi_cell(R - SUBIND, LH, hyphenate(b[3]), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "quote":
            pdf.set_font("DV", "I", FS)
            pdf.set_x(SUBIND)
            pdf.multi_cell(R - SUBIND - 8, LH, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "qsub":
            y = pdf.get_y()
            pdf.set_font("DV", "I", FS)
            pdf.set_xy(SUBIND, y)
            pdf.cell(10, LH, b[1])
            pdf.set_xy(SUBIND + 10, y)
            pdf.multi_cell(R - SUBIND - 18, LH, hyphenate(b[2]), align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "vote":
            pdf.ln(1)
            pdf.set_font("DV", "B", FS)
            pdf.set_x(IND)
            pdf.multi_cell(R - IND, LH, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "resolved":
            clauses = b[1]
            need(14)
            pdf.set_font("DV", "B", FS)
            if len(clauses) == 1:
                y = pdf.get_y()
                pdf.set_xy(IND, y)
                pdf.cell(27, LH, "RESOLVED:")
                pdf.set_xy(IND + 27, y)
                pdf.set_font("DV", "", FS)
                pdf.multi_cell(R - IND - 27, LH, hyphenate(clauses[0]), align="J",
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(IND)
                pdf.cell(0, LH, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("DV", "", FS)
                for i, c in enumerate(clauses):
                    y = pdf.get_y()
                    pdf.set_xy(IND + 4, y)
                    pdf.cell(SUBIND - IND - 4, LH, "(%d)" % (i + 1))
                    pdf.set_xy(SUBIND, y)
                    pdf.multi_cell(R - SUBIND, LH, hyphenate(c), align="J",
                                   new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
            pdf.ln(2)
        elif kind == "sign":
            pdf.ln(12)
            pdf.set_font("DV", "", FS)
            pdf.set_x(120)
            pdf.cell(70, LH, "." * 40, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(120)
            pdf.set_font("DV", "B", FS)
            pdf.cell(70, LH, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def pdf_extracted_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as doc:
        for page in doc.pages:
            body = page.crop((0, 30 * 72 / 25.4, page.width, page.height - 19 * 72 / 25.4))
            parts.append(body.extract_text() or "")
    text = "\n".join(parts)
    # undo end-of-line hyphenation produced by soft hyphens
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", text)


# ---------------------------------------------------------------------------------------------
# Document 2: Hollinsgate Borough Council, web page copied as plain text (TXT)
# ---------------------------------------------------------------------------------------------

TXT_NAME = "r-hollinsgate-hasc-select-minutes-2025-02-04.txt"

TXT = """\
Skip to main content
Hollinsgate Borough Council
Search this site
Search
Menu

Cookies on hollinsgate.gov.uk
We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.
Accept analytics cookies    Reject analytics cookies    View cookies

Home  >  Council and democracy  >  Councillors, committees and meetings  >  Meetings  >  Health and Adult Social Care Select Committee

Minutes: Health and Adult Social Care Select Committee
Tuesday 4 February 2025, 7.00pm
Committee Room 2, Hollinsgate Civic Centre, Market Parade, Hollinsgate HG1 4TB

Status: Draft - these minutes are subject to approval at the next meeting of the committee
Print this page   |   Share   |   Download as PDF

On this page
    Attendance
    Item 1: Apologies for absence and substitutions
    Item 2: Declarations of interest
    Item 3: Minutes of the previous meeting
    Item 4: Public questions
    Item 5: Home care recommissioning - outcome of procurement
    Item 6: Adult social care charging policy - consultation results
    Item 7: Suicide Prevention Strategy 2025-2030
    Item 8: Healthwatch Hollinsgate - Enter and View report on care homes
    Item 9: Work programme
    Summary of decisions

Attendance

Members present:
Cllr Owen Driscoll (Chair)
Cllr Farah Patel (Vice-Chair)
Cllr Helen Abbott
Cllr Ravi Chandran
Cllr Bethany Moss
Cllr George Whitlock (substitute)

Apologies:
Cllr Imogen Lacey
Cllr Dev Mistry

Also present:
Cllr Terence Bamford - Cabinet Member for Adults, Health and Wellbeing
Yvonne Adair - Chief Officer, Healthwatch Hollinsgate

Officers:
Marcus Thelwell - Director of Adult Social Care
Sunita Rao - Assistant Director, Commissioning and Quality (Adults)
Dr Alison Kerr - Director of Public Health
Peter Osei - Head of Finance, People Directorate
Lauren Fitch - Scrutiny and Democratic Services Officer


Item 1: Apologies for absence and substitutions

Apologies were received from Cllr Lacey and Cllr Mistry. Cllr Whitlock attended as substitute for Cllr Lacey. No substitute had been nominated for Cllr Mistry.

Back to top

Item 2: Declarations of interest

Cllr Chandran declared a non-pecuniary interest in Item 5 because his mother receives home care from one of the framework providers. He remained in the room and took part in the discussion.

Back to top

Item 3: Minutes of the previous meeting

The minutes of the meeting held on 10 December 2024 were agreed as a correct record, subject to the spelling of Cllr Abbott's name being corrected in item 6.

Back to top

Item 4: Public questions

One public question had been received in advance. The Chair invited the questioner to put her question.

Mrs Joan Ferris (resident, Northfield ward): My husband has dementia and goes to the Brookside day centre three days a week. Families have heard that the centre may close when the lease ends in the autumn. Will the council guarantee that there will be no reduction in day opportunities for people with dementia in the north of the borough?

Cabinet Member for Adults, Health and Wellbeing: Thank you, Mrs Ferris, and thank you for coming tonight. No decision has been taken about Brookside. The lease runs until October and we are in discussion with the landlord. I can give a commitment that any proposal to change day services would be subject to full consultation with families and carers before anything is decided.

Mrs Ferris (supplementary): Will families be told before the consultation starts rather than reading about it in the local paper first?

Cabinet Member for Adults, Health and Wellbeing: Yes. I will ask officers to write to every family using Brookside within the next fortnight to explain where things stand.

Back to top

Item 5: Home care recommissioning - outcome of procurement

The Assistant Director, Commissioning and Quality (Adults) introduced the report. The procurement of the new home care framework had concluded in December. Fourteen providers had been appointed across four geographical zones, replacing the previous arrangement of thirty-one spot-purchased providers. The new contracts would start on 1 April 2025 for five years with an option to extend for a further two. The committee was asked to comment before the Cabinet decision on 18 February.

Cllr Patel: Of the fourteen providers, how many are owned by private equity or by overseas parent companies? We have seen in other boroughs what happens when a large operator gets into financial difficulty and hands back its contracts at a few weeks' notice.

Assistant Director, Commissioning and Quality (Adults): Four of the fourteen are part of larger groups, and two of those have private equity backing. All bidders went through a financial standing test, and the contracts include a requirement to give six months' notice of termination. We also monitor credit ratings monthly through our market intelligence service.

Cllr Patel (supplementary): Six months' notice is not much comfort if a provider collapses overnight. What is the contingency if one of the zone providers fails?

Director of Adult Social Care: Each zone has a lead provider and a second provider, so there is always another organisation already working in that area who could pick up packages. We have also kept a small in-house rapid response team, which we used last winter when a provider left the market.

Cllr Abbott: I'm concerned about the rural south of the borough. Will people in Lower Hatherley and Fenbridge still wait weeks for a package to start, as they do now?

Assistant Director, Commissioning and Quality (Adults): The zone rate for the southern zone includes a rurality payment of £1.85 per hour, which we expect to bring waits down. We will report pick-up times by zone from the first quarter.

Cllr Moss: I just want to put on record that the care workers I have met through this process are doing an extraordinary job for very little money, and I hope the new contracts reflect that.

Chair: Thank you, Cllr Moss. Cllr Chandran.

Cllr Chandran: What hourly rate are we paying, and does it allow providers to pay the London Living Wage and for travel time between visits?

Head of Finance, People Directorate: The average rate across the zones is £26.40 per hour. The contracts require payment of at least the London Living Wage, currently £13.85, and payment for travel time. That adds around £2.1 million to the annual cost compared with 2024/25, which is built into the medium term financial strategy.

Cllr Chandran (supplementary): How will we know that staff are actually receiving it?

Director of Adult Social Care: Providers must submit payroll evidence every six months, and we will do unannounced spot checks. We can bring the first results back to this committee in the autumn.

RESOLVED: That the committee recommends to Cabinet that the home care framework contracts be awarded as set out in the report, and asks that providers' payroll evidence is reported to this committee every six months.

Back to top

Item 6: Adult social care charging policy - consultation results

The Director of Adult Social Care presented the results of the twelve-week consultation on proposed changes to the charging policy for non-residential care, which had received 614 responses. The main proposal was to take the higher rate of Attendance Allowance into account in financial assessments.

Cllr Whitlock: Sixty-eight per cent of respondents opposed the main proposal. What weight has been given to that?

Director of Adult Social Care: A consultation is not a referendum, but the strength of feeling has been taken seriously. That is why the report now proposes phasing the change over two years and protecting anyone whose disability-related expenditure is higher than the additional amount.

Cllr Patel: How many people will pay more, and by how much on average?

Head of Finance, People Directorate: Around 1,150 people will see an increase, averaging £14.20 a week in the first year. When fully implemented the change would raise about £850,000 a year.

Cllr Abbott: Were people who lack internet access able to take part? The survey seemed to be online only.

Director of Adult Social Care: Paper copies were sent to everyone currently paying a charge and we held six drop-in sessions, but I accept we could have done more with Healthwatch and carers' groups, and we will next time.

RESOLVED: To recommend to the Cabinet Member for Adults, Health and Wellbeing that implementation of the revised charging policy be deferred until October 2025 and that a full equality impact assessment be published with the decision.

Back to top

Item 7: Suicide Prevention Strategy 2025-2030

Dr Alison Kerr, Director of Public Health, presented the draft strategy, which had been developed with the NHS, the police, the voluntary sector and people bereaved by suicide.

Cllr Driscoll (Chair): What is being done specifically for men in their forties and fifties, who account for the largest share of suicides locally?

Director of Public Health: The strategy has a dedicated workstream for middle-aged men, working with barbers, sports clubs and large employers, and we are funding a men's peer support programme in three locations from April.

Cllr Moss: Young people tell us that CAMHS waiting lists are a year long. Is the strategy going to do anything about that, or is it just leaflets?

Director of Public Health: CAMHS is commissioned by the ICB rather than the council, but the strategy commits partners to a joint target on waits for urgent referrals, and the ICB has funded two additional mental health support teams in schools from September.

Cllr Moss (supplementary): Can we have the ICB here to answer for the CAMHS waiting list themselves?

Chair: Agreed - we will invite the ICB to the April meeting and put CAMHS waiting times on the work programme.

RESOLVED: That the draft Suicide Prevention Strategy 2025-2030 be endorsed, and that the committee's comments on support for middle-aged men and on CAMHS waiting times be forwarded to the Health and Wellbeing Board.

Back to top

Item 8: Healthwatch Hollinsgate - Enter and View report on care homes

Yvonne Adair, Chief Officer of Healthwatch Hollinsgate, presented the findings of visits to five care homes between September and November 2024. There were no questions from members.

The committee noted the Enter and View report and thanked Healthwatch volunteers for their work.

Back to top

Item 9: Work programme

The Scrutiny and Democratic Services Officer presented the work programme for the remainder of the municipal year.

RESOLVED: That the work programme be agreed, with the addition of CAMHS waiting times (April) and the six-monthly home care payroll report (October).

The meeting ended at 9.12pm.

Back to top

Summary of decisions

Item 3 - Minutes of 10 December 2024: approved as a correct record (one correction).
Item 5 - Home care recommissioning: recommendation to Cabinet to award the framework contracts; six-monthly payroll evidence to come to this committee.
Item 6 - Charging policy: recommendation to the Cabinet Member to put back implementation to October 2025 and publish a full equality impact assessment.
Item 7 - Suicide Prevention Strategy: draft strategy endorsed; comments passed to the Health and Wellbeing Board.
Item 8 - Healthwatch Enter and View report: noted, with thanks.
Item 9 - Work programme: agreed with two additions.

Back to top

Contact: Lauren Fitch, Scrutiny and Democratic Services Officer
Email: democratic.services@hollinsgate.gov.uk
Telephone: 020 8555 0142

Related documents
Agenda - 4 February 2025 (PDF, 212KB)
Reports pack - 4 February 2025 (PDF, 3.4MB)
Webcast recording

Was this page useful?   Yes   No

Accessibility statement   Privacy notice   Cookies   Contact us
(c) Hollinsgate Borough Council 2025
"""

TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Select Committee",
    "meeting_date": "2025-02-04",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Home care recommissioning - outcome of procurement"},
        {"number": "6", "title": "Adult social care charging policy - consultation results"},
        {"number": "7", "title": "Suicide Prevention Strategy 2025-2030"},
        {"number": "8", "title": "Healthwatch Hollinsgate - Enter and View report on care homes"},
        {"number": "9", "title": "Work programme"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "Will the council guarantee that there will be no reduction in day opportunities",
         "asked_by": "Mrs Joan Ferris",
         "answer": "any proposal to change day services would be subject to full consultation",
         "given_by": "Cabinet Member for Adults, Health and Wellbeing",
         "themes": ["adult-social-care", "mental-health", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "Will families be told before the consultation starts rather than reading about it",
         "asked_by": "Mrs Ferris",
         "answer": "I will ask officers to write to every family using Brookside",
         "given_by": "Cabinet Member for Adults, Health and Wellbeing",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "how many are owned by private equity or by overseas parent companies",
         "asked_by": "Cllr Patel",
         "answer": "Four of the fourteen are part of larger groups",
         "given_by": "Assistant Director, Commissioning and Quality (Adults)",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "What is the contingency if one of the zone providers fails",
         "asked_by": "Cllr Patel",
         "answer": "Each zone has a lead provider and a second provider",
         "given_by": "Director of Adult Social Care",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "Will people in Lower Hatherley and Fenbridge still wait weeks for a package",
         "asked_by": "Cllr Abbott",
         "answer": "includes a rurality payment of £1.85 per hour",
         "given_by": "Assistant Director, Commissioning and Quality (Adults)",
         "themes": ["adult-social-care"]},
        {"item": "5", "kind": "comment",
         "text": "the care workers I have met through this process are doing an extraordinary job",
         "asked_by": "Cllr Moss", "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "does it allow providers to pay the London Living Wage and for travel time",
         "asked_by": "Cllr Chandran",
         "answer": "The average rate across the zones is £26.40 per hour",
         "given_by": "Head of Finance, People Directorate",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "How will we know that staff are actually receiving it",
         "asked_by": "Cllr Chandran",
         "answer": "Providers must submit payroll evidence every six months",
         "given_by": "Director of Adult Social Care",
         "themes": ["workforce", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "Sixty-eight per cent of respondents opposed the main proposal",
         "asked_by": "Cllr Whitlock",
         "answer": "phasing the change over two years and protecting anyone",
         "given_by": "Director of Adult Social Care",
         "themes": ["patient-and-public-input", "finance", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "How many people will pay more, and by how much on average",
         "asked_by": "Cllr Patel",
         "answer": "Around 1,150 people will see an increase, averaging £14.20 a week",
         "given_by": "Head of Finance, People Directorate",
         "themes": ["finance", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "Were people who lack internet access able to take part",
         "asked_by": "Cllr Abbott",
         "answer": "Paper copies were sent to everyone currently paying a charge",
         "given_by": "Director of Adult Social Care",
         "themes": ["patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "What is being done specifically for men in their forties and fifties",
         "asked_by": "Cllr Driscoll",
         "answer": "a dedicated workstream for middle-aged men, working with barbers",
         "given_by": "Director of Public Health",
         "themes": ["mental-health", "public-health"]},
        {"item": "7", "kind": "question",
         "text": "Young people tell us that CAMHS waiting lists are a year long",
         "asked_by": "Cllr Moss",
         "answer": "the ICB has funded two additional mental health support teams in schools",
         "given_by": "Director of Public Health",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "7", "kind": "request",
         "text": "Can we have the ICB here to answer for the CAMHS waiting list",
         "asked_by": "Cllr Moss",
         "answer": "we will invite the ICB to the April meeting",
         "given_by": "Chair",
         "themes": ["mental-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "3", "text": "The minutes of the meeting held on 10 December 2024 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "recommends to Cabinet that the home care framework contracts be awarded",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "6", "text": "implementation of the revised charging policy be deferred until October 2025",
         "outcome": "recommended", "themes": ["adult-social-care", "finance"]},
        {"item": "7", "text": "the draft Suicide Prevention Strategy 2025-2030 be endorsed",
         "outcome": "agreed", "themes": ["mental-health", "public-health"]},
        {"item": "8", "text": "noted the Enter and View report and thanked Healthwatch volunteers",
         "outcome": "noted", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "9", "text": "the work programme be agreed, with the addition of CAMHS waiting times",
         "outcome": "agreed", "themes": ["mental-health", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "Cllr Owen Driscoll", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Farah Patel", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Helen Abbott", "role": None, "attendance": "present"},
        {"name": "Cllr Ravi Chandran", "role": None, "attendance": "present"},
        {"name": "Cllr Bethany Moss", "role": None, "attendance": "present"},
        {"name": "Cllr George Whitlock", "role": "substitute", "attendance": "present"},
        {"name": "Cllr Imogen Lacey", "role": None, "attendance": "apologies"},
        {"name": "Cllr Dev Mistry", "role": None, "attendance": "apologies"},
        {"name": "Cllr Terence Bamford", "role": "Cabinet Member for Adults, Health and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Yvonne Adair", "role": "Chief Officer, Healthwatch Hollinsgate",
         "attendance": "in_attendance"},
        {"name": "Marcus Thelwell", "role": "Director of Adult Social Care", "attendance": "in_attendance"},
        {"name": "Sunita Rao", "role": "Assistant Director, Commissioning and Quality (Adults)",
         "attendance": "in_attendance"},
        {"name": "Dr Alison Kerr", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Peter Osei", "role": "Head of Finance, People Directorate", "attendance": "in_attendance"},
        {"name": "Lauren Fitch", "role": "Scrutiny and Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}


# ---------------------------------------------------------------------------------------------
# Document 3: Westmarsh County Council, Health Scrutiny Sub-Committee (DOCX)
# ---------------------------------------------------------------------------------------------

DOCX_NAME = "r-westmarsh-health-scrutiny-sub-minutes-2025-01-15.docx"

# block kinds: ("title", text) ("p", text) ("pb", bold_lead, text) ("h1", text)
#              ("resolved", [clauses]) ("qa", [(question, answer), ...]) ("sign", text)
DOCX_BLOCKS = [
    ("title", "WESTMARSH COUNTY COUNCIL"),
    ("title2", "HEALTH SCRUTINY SUB-COMMITTEE"),
    ("p", "Minutes of a meeting of the Health Scrutiny Sub-Committee of the People Overview and "
          "Scrutiny Committee held in the Kennet Room, County Hall, Westmarsh, on Wednesday "
          "15 January 2025 at 10.00 am."),
    ("pb", "Present: ", "Councillors R Ashdown (Chair), P Beddoes (Vice-Chair), C Frobisher, "
                        "M Holloway, J Kerslake, S Naidoo, T Quennell and W Underhill."),
    ("pb", "Also present: ", "Councillor D Fairweather (Cabinet Member for Adult Social Care and "
                             "Health) and Councillor G Ellery (local member, for item 5)."),
    ("pb", "Officers: ", "Karen Lomas (Executive Director of Adult Social Care and Health), "
                         "Andreas Petrakis (Head of Workforce Development and Practice Quality, "
                         "Adults and Health Directorate) and Janine Sowerby (Democratic Services "
                         "Manager)."),
    ("pb", "NHS representatives: ", "Tane Ngata (Director of Urgent and Emergency Care and System "
                                    "Flow, NHS Westmarsh and Downs Integrated Care Board) and "
                                    "Pernille Halvorsen (Associate Director of Contracting and "
                                    "Performance, NHS Westmarsh and Downs Integrated Care Board)."),

    ("h1", "1. Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from Councillors L Gatward and E Pinnock. "
          "Councillor T Quennell substituted for Councillor L Gatward and Councillor W Underhill "
          "substituted for Councillor E Pinnock."),

    ("h1", "2. Declarations of Interest"),
    ("p", "Councillor S Naidoo declared an other registrable interest in item 5 as a non-executive "
          "director of Westmarsh Community Transport CIC, which held a subcontract with the patient "
          "transport provider. She left the meeting for the duration of that item."),

    ("h1", "3. Minutes"),
    ("resolved", ["That the minutes of the meeting held on 27 November 2024 be confirmed as a "
                  "correct record and signed by the Chair."]),

    ("h1", "4. Public Participation"),
    ("p", "There were no public questions, statements or petitions."),

    ("h1", "5. Non-Emergency Patient Transport Service: Contract Performance"),
    ("p", "The Associate Director of Contracting and Performance, NHS Westmarsh and Downs "
          "Integrated Care Board, presented a report on the performance of the non-emergency "
          "patient transport service, which had been provided by Meridian Patient Transport Ltd "
          "under a five-year contract since April 2023. Performance against most key indicators "
          "had improved since the contract performance notice issued in June 2024, but only 71 "
          "per cent of renal patients were collected within 30 minutes of their appointment "
          "ending, against a contractual standard of 90 per cent."),
    ("p", "Councillor Ellery, attending as local member, expressed concern that residents in the "
          "Levels villages regularly waited more than two hours for return journeys after "
          "dialysis. Members asked what financial penalties had been applied under the contract; "
          "the Associate Director explained that service credits of £186,000 had been deducted in "
          "2024/25 and reinvested in additional renal crews. Councillor Holloway asked whether the "
          "ICB would consider terminating the contract early and bringing the service back into "
          "the NHS through the ambulance trust. In response, she said that the contract permitted "
          "termination for persistent breach, but that the ambulance trust had indicated it did "
          "not have capacity to take the service on before 2027 and any decision would need to "
          "follow the Provider Selection Regime. Councillor Frobisher sought clarification on "
          "whether Meridian's drivers were paid for waiting time at hospitals, having been told "
          "by staff that they were not; the Associate Director undertook to raise this with the "
          "provider and report back in writing."),
    ("resolved", ["That the report be noted.",
                  "That the Sub-Committee's concern at the continuing failure to meet the renal "
                  "transport standard be conveyed to the Chief Executive of the Integrated Care Board.",
                  "That a further report, including the outcome of the provider's review of driver "
                  "pay for waiting time, be presented to the meeting on 9 April 2025."]),

    ("h1", "6. Adult Social Care Workforce Strategy 2025–2028"),
    ("p", "The Head of Workforce Development and Practice Quality presented the draft strategy, "
          "which had been developed with providers, the Westmarsh Care Association and people who "
          "draw on care and support. The county's independent care sector had an estimated 2,300 "
          "vacancies, a vacancy rate of 11.4 per cent, and the Council's own social work teams "
          "relied on 38 agency social workers."),
    ("p", "Councillor Kerslake queried the cost of agency social workers and whether the regional "
          "memorandum of understanding on agency rates was being observed. The Executive Director "
          "confirmed that agency spend had been £4.9 million in 2023/24 and that the memorandum had "
          "reduced average hourly rates by 12 per cent. Councillor Beddoes asked how the strategy "
          "would address the loss of overseas care workers following the changes to the health "
          "and care visa. In response, the Head of Workforce Development said that the Council was "
          "working with the regional international recruitment hub to help workers whose sponsors "
          "had lost their licences to find new employers locally. Councillor Frobisher commented "
          "that the strategy said little about career pathways for unpaid carers who wished to "
          "move into paid care work; this was noted."),
    ("resolved", ["That the Sub-Committee supports the draft Adult Social Care Workforce Strategy "
                  "2025–2028.",
                  "That Cabinet be recommended to include a specific commitment on career pathways "
                  "for unpaid carers in the final strategy."]),

    ("h1", "7. Integrated Care Board: Winter Plan"),
    ("p", "The Director of Urgent and Emergency Care and System Flow presented the system winter "
          "plan for 2024/25, including the expansion of virtual wards to 180 beds, the urgent "
          "community response service and the escalation framework agreed with Westmarsh General "
          "Hospital and Downs Valley Hospital. Members asked the following questions:"),
    ("qa", [
        ("What would happen if the virtual ward capacity of 180 beds was not reached by the end "
         "of January?",
         "The Director said that occupancy was currently 142 and that a contingency of 20 "
         "additional escalation beds had been agreed with both acute trusts, funded from the ICB's "
         "winter allocation."),
        ("How many patients had waited more than 12 hours in the emergency department in "
         "December, and how did this compare with last year?",
         "There had been 1,214 twelve-hour waits in December 2024 compared with 1,390 in December "
         "2023; the Director acknowledged that this remained unacceptable."),
        ("Was the ICB confident that enough community nurses were in post to staff the virtual "
         "wards?",
         "There were 26 vacancies across the community nursing teams; bank and agency staff were "
         "filling most gaps and a recruitment campaign had produced 14 offers."),
        ("Would flu and COVID-19 vaccination uptake among care home staff be reported to the "
         "Sub-Committee?",
         "Uptake among care home staff was 31 per cent for flu; figures for each care home would "
         "be shared with Members in February."),
        ("Why had the winter plan not been shared with the Sub-Committee before it was approved "
         "by the ICB Board in October?",
         "The Director apologised and agreed that future winter plans would come to the "
         "Sub-Committee in draft by September."),
    ]),
    ("resolved", ["That the winter plan be noted.",
                  "That the ICB be asked to present its draft winter plan for 2025/26 to the "
                  "Sub-Committee no later than September 2025."]),

    ("h1", "8. Hospital Discharge Task and Finish Group: Final Report"),
    ("p", "Councillor Beddoes, Chair of the Task and Finish Group, introduced the group's final "
          "report and its nine recommendations. There was no discussion."),
    ("resolved", ["That the final report of the Hospital Discharge Task and Finish Group be "
                  "endorsed.",
                  "That the Cabinet be recommended to accept the nine recommendations set out in "
                  "section 6 of the report."]),

    ("h1", "9. Forward Work Plan"),
    ("resolved", ["That the forward work plan be agreed, subject to the addition of an item on "
                  "dental access in rural areas at the meeting on 9 April 2025."]),

    ("h1", "10. Date of Next Meeting"),
    ("p", "Wednesday 9 April 2025 at 10.00 am, Kennet Room, County Hall."),
    ("p", "The meeting ended at 12.40 pm."),
    ("sign", "Chair ……………………………………        Date ……………………"),
]

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Sub-Committee",
    "meeting_date": "2025-01-15",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Public Participation"},
        {"number": "5", "title": "Non-Emergency Patient Transport Service: Contract Performance"},
        {"number": "6", "title": "Adult Social Care Workforce Strategy 2025–2028"},
        {"number": "7", "title": "Integrated Care Board: Winter Plan"},
        {"number": "8", "title": "Hospital Discharge Task and Finish Group: Final Report"},
        {"number": "9", "title": "Forward Work Plan"},
        {"number": "10", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "5", "kind": "concern",
         "text": "residents in the Levels villages regularly waited more than two hours",
         "asked_by": "Councillor Ellery", "answer": None, "given_by": None,
         "themes": ["subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "Members asked what financial penalties had been applied under the contract",
         "asked_by": None,
         "answer": "service credits of £186,000 had been deducted in 2024/25",
         "given_by": "Associate Director of Contracting and Performance",
         "themes": ["subcontracting", "finance"]},
        {"item": "5", "kind": "question",
         "text": "whether the ICB would consider terminating the contract early and bringing the service back",
         "asked_by": "Councillor Holloway",
         "answer": "the ambulance trust had indicated it did not have capacity",
         "given_by": "Associate Director of Contracting and Performance",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "sought clarification on whether Meridian's drivers were paid for waiting time",
         "asked_by": "Councillor Frobisher",
         "answer": "undertook to raise this with the provider and report back in writing",
         "given_by": "Associate Director of Contracting and Performance",
         "themes": ["workforce", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "queried the cost of agency social workers and whether the regional memorandum",
         "asked_by": "Councillor Kerslake",
         "answer": "agency spend had been £4.9 million in 2023/24",
         "given_by": "Executive Director",
         "themes": ["workforce", "finance"]},
        {"item": "6", "kind": "question",
         "text": "asked how the strategy would address the loss of overseas care workers",
         "asked_by": "Councillor Beddoes",
         "answer": "working with the regional international recruitment hub",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "6", "kind": "comment",
         "text": "the strategy said little about career pathways for unpaid carers",
         "asked_by": "Councillor Frobisher", "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "What would happen if the virtual ward capacity of 180 beds was not reached",
         "asked_by": None,
         "answer": "a contingency of 20 additional escalation beds had been agreed",
         "given_by": "Director of Urgent and Emergency Care and System Flow",
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "How many patients had waited more than 12 hours in the emergency department",
         "asked_by": None,
         "answer": "There had been 1,214 twelve-hour waits in December 2024",
         "given_by": None,
         "themes": []},
        {"item": "7", "kind": "question",
         "text": "Was the ICB confident that enough community nurses were in post",
         "asked_by": None,
         "answer": "There were 26 vacancies across the community nursing teams",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "7", "kind": "question",
         "text": "Would flu and COVID-19 vaccination uptake among care home staff be reported",
         "asked_by": None,
         "answer": "Uptake among care home staff was 31 per cent for flu",
         "given_by": None,
         "themes": ["public-health", "adult-social-care", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "Why had the winter plan not been shared with the Sub-Committee",
         "asked_by": None,
         "answer": "future winter plans would come to the Sub-Committee in draft by September",
         "given_by": "Director of Urgent and Emergency Care and System Flow",
         "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 27 November 2024 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "concern at the continuing failure to meet the renal transport standard",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "6", "text": "Cabinet be recommended to include a specific commitment on career pathways",
         "outcome": "recommended", "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "text": "present its draft winter plan for 2025/26 to the Sub-Committee",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "8", "text": "the Cabinet be recommended to accept the nine recommendations",
         "outcome": "recommended", "themes": ["adult-social-care", "integration"]},
        {"item": "9", "text": "the addition of an item on dental access in rural areas",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor R Ashdown", "role": "Chair", "attendance": "present"},
        {"name": "Councillor P Beddoes", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor C Frobisher", "role": None, "attendance": "present"},
        {"name": "Councillor M Holloway", "role": None, "attendance": "present"},
        {"name": "Councillor J Kerslake", "role": None, "attendance": "present"},
        {"name": "Councillor S Naidoo", "role": None, "attendance": "present"},
        {"name": "Councillor T Quennell", "role": None, "attendance": "present"},
        {"name": "Councillor W Underhill", "role": None, "attendance": "present"},
        {"name": "Councillor L Gatward", "role": None, "attendance": "apologies"},
        {"name": "Councillor E Pinnock", "role": None, "attendance": "apologies"},
        {"name": "Councillor D Fairweather", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Councillor G Ellery", "role": "local member", "attendance": "in_attendance"},
        {"name": "Karen Lomas", "role": "Executive Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Andreas Petrakis", "role": "Head of Workforce Development and Practice Quality, "
                                             "Adults and Health Directorate",
         "attendance": "in_attendance"},
        {"name": "Janine Sowerby", "role": "Democratic Services Manager", "attendance": "in_attendance"},
        {"name": "Tane Ngata", "role": "Director of Urgent and Emergency Care and System Flow, NHS "
                                       "Westmarsh and Downs Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Pernille Halvorsen", "role": "Associate Director of Contracting and Performance, "
                                               "NHS Westmarsh and Downs Integrated Care Board",
         "attendance": "in_attendance"},
    ],
}


def docx_source_text():
    out = []
    for b in DOCX_BLOCKS:
        k = b[0]
        if k in ("title", "title2", "p", "h1", "sign"):
            out.append(b[1])
        elif k == "pb":
            out.append(b[1] + b[2])
        elif k == "resolved":
            out.append("RESOLVED")
            out.extend(b[1])
        elif k == "qa":
            for q, a in b[1]:
                out.append(q)
                out.append(a)
    return "\n".join(out)


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    h1 = d.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)

    # ---- numbering definitions: a decimal list (restarted per RESOLVED block) and a bullet list
    numbering = d.part.numbering_part.element

    def abstract(aid, fmt, text, font=None):
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "hybridMultilevel")
        an.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text),
                         ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "720")
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        if font:
            rpr = OxmlElement("w:rPr")
            rf = OxmlElement("w:rFonts")
            rf.set(qn("w:ascii"), font)
            rf.set(qn("w:hAnsi"), font)
            rf.set(qn("w:hint"), "default")
            rpr.append(rf)
            lvl.append(rpr)
        an.append(lvl)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)

    DEC_ABS, BUL_ABS = 90, 91
    abstract(DEC_ABS, "decimal", "%1.")
    abstract(BUL_ABS, "bullet", "\u2022", font="Arial")
    next_num = [200]

    def new_num(abs_id):
        nid = next_num[0]
        next_num[0] += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abs_id))
        n.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        n.append(ov)
        numbering.append(n)
        return nid

    def set_num(par, nid):
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else \
            ppr.find(qn("w:pStyle")).addnext(numpr)

    def add_field(par, instr):
        r = par.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = par.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " %s " % instr
        r2._r.append(it)
        r3 = par.add_run()
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        par.add_run("1")
        r4 = par.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r4._r.append(e)

    # ---- header and footer
    hp = sec.header.paragraphs[0]
    hp.text = "Westmarsh County Council – Health Scrutiny Sub-Committee – 15 January 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("These minutes are subject to confirmation at the next meeting.    Page ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    for b in DOCX_BLOCKS:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(14)
        elif k == "title2":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(12)
        elif k == "p":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "pb":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(b[2])
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "resolved":
            p = d.add_paragraph()
            p.add_run("RESOLVED").bold = True
            p.paragraph_format.space_after = Pt(3)
            nid = new_num(DEC_ABS)
            for c in b[1]:
                p = d.add_paragraph(c, style="List Paragraph")
                set_num(p, nid)
                p.paragraph_format.space_after = Pt(3)
        elif k == "qa":
            nid = new_num(BUL_ABS)
            for q, a in b[1]:
                p = d.add_paragraph(q, style="List Paragraph")
                set_num(p, nid)
                p.paragraph_format.space_after = Pt(2)
                p = d.add_paragraph(a)
                p.paragraph_format.left_indent = Cm(1.9)
                p.paragraph_format.space_after = Pt(6)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "sign":
            d.add_paragraph()
            d.add_paragraph(b[1])

    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 21, 14, 5, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = "jsowerby"
    cp.last_modified_by = "jsowerby"
    cp.title = "Minutes - Health Scrutiny Sub-Committee - 15 January 2025"
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the build is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 21, 14, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


def docx_extracted_text(path):
    import docx
    d = docx.Document(path)
    return "\n".join(p.text for p in d.paragraphs)


# ---------------------------------------------------------------------------------------------
# Document 4: ModernGov-like meeting attendance page (not minutes)
# ---------------------------------------------------------------------------------------------

HTML_NAME = "r-calderbrook-mgMeetingAttendance-2025-01-22.html"

ATTENDANCE_ROWS = [
    ("101", "Councillor Jane Okonkwo-Hale", "Chair", "Present"),
    ("114", "Councillor Sarah Bradshaw", "Committee Member", "Present"),
    ("162", "Councillor Brian Clough", "Committee Member", "Present"),
    ("118", "Councillor Mohammed Iqbal", "Committee Member", "Apologies"),
    ("127", "Councillor Petra Lindqvist", "Committee Member", "Present"),
    ("131", "Councillor Thomas Moorcroft", "Committee Member", "Present"),
    ("139", "Councillor Ruth Nuttall", "Committee Member", "Present"),
    ("144", "Councillor Daniel Penhaligon", "Committee Member", "Apologies"),
    ("150", "Councillor Aisha Sheikh", "Committee Member", "Present"),
    ("171", "Councillor Lee Yates", "Committee Member", "Present"),
    ("158", "Councillor Kevin Ward", "Reserve", "Present as substitute"),
    ("166", "Councillor Christine Haworth", "Reserve", "Present as substitute"),
    ("902", "Mrs Elaine Harrowby", "Co-optee (non-voting)", "Present"),
    ("175", "Councillor Hugh Raistrick", "Cabinet Member for Adult Social Care and Health",
     "In attendance"),
]
OFFICER_ROWS = [
    ("Ms Claire Redfern", "Director of Public Health and Strategic Director for Communities and Wellbeing"),
    ("Mr Gbenga Adeyemi", "Director of Adult Social Care and Health Integration"),
    ("Miss Fiona Gorton", "Senior Democratic Services Officer"),
]


def build_html(path):
    rows = []
    for uid, name, role, att in ATTENDANCE_ROWS:
        rows.append(
            '\t\t\t<tr>\n\t\t\t\t<td class="mgTableFirstCol"><a href="mgUserInfo.aspx?UID=%s" '
            'title="Link to councillor details for %s">%s</a></td>\n\t\t\t\t<td>%s</td>\n'
            '\t\t\t\t<td>%s</td>\n\t\t\t</tr>' % (uid, name, name, role, att))
    orows = []
    for name, role in OFFICER_ROWS:
        orows.append('\t\t\t<tr>\n\t\t\t\t<td class="mgTableFirstCol">%s</td>\n\t\t\t\t<td>%s</td>'
                     '\n\t\t\t\t<td>In attendance</td>\n\t\t\t</tr>' % (name, role))
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Attendance at Health Scrutiny Committee, Wednesday, 22nd January, 2025 6.00 pm - Calderbrook Metropolitan Borough Council</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="jquery-ui/css/Smoothness/jquery-ui-1.13.2.custom.css" rel="stylesheet" />
<meta name="DC.title" content="Attendance at Health Scrutiny Committee, Wednesday, 22nd January, 2025 6.00 pm" />
<meta name="DC.date" scheme="W3CDTF" content="2025-01-22" />
<meta name="DC.subject" content="Attendance" />
</head>
<body>
<div id="skiplinks"><a href="#mainContent">Skip to main content</a></div>
<div id="ssHeader">
	<a href="https://www.calderbrook.gov.uk/"><img src="SiteSpecific/Images/crest.png" alt="Calderbrook Metropolitan Borough Council crest - Industria et Concordia" /></a>
	<ul id="ssTopNav">
		<li><a href="https://www.calderbrook.gov.uk/">Home</a></li>
		<li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
		<li><a href="ieDocHome.aspx?bcr=1">Meetings, agendas and minutes</a></li>
		<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
	</ul>
</div>
<div id="breadcrumb">
	<a href="https://www.calderbrook.gov.uk/">Home</a> &gt;
	<a href="ieDocHome.aspx?bcr=1">Meetings, agendas and minutes</a> &gt;
	<a href="mgCommitteeDetails.aspx?ID=412">Health Scrutiny Committee</a> &gt;
	Attendance
</div>
<div id="mainContent" class="mgContent">
	<h1 class="mgMainTitleTxt">Attendance at Health Scrutiny Committee, Wednesday, 22nd January, 2025 6.00 pm</h1>
	<div class="mgLinks">
		<ul class="mgActionList">
			<li><a href="ieListDocuments.aspx?CId=412&amp;MId=7731">Agenda, reports and minutes</a></li>
			<li><a href="mgMeetingAttendance.aspx?ID=7731" class="mgCurrent">Attendance</a></li>
			<li><a href="mgIssueHistoryHome.aspx?IId=0&amp;MId=7731">Issues</a></li>
			<li><a href="ieListMeetings.aspx?CommitteeId=412">Meetings of this committee</a></li>
		</ul>
	</div>
	<div class="mgSubTitle">
		<p><span class="mgLabel">Committee:</span> Health Scrutiny Committee</p>
		<p><span class="mgLabel">Date:</span> Wednesday, 22nd January, 2025 6.00 pm</p>
		<p><span class="mgLabel">Venue:</span> Council Chamber, Calderbrook Town Hall, Crossley Street, Calderbrook</p>
	</div>
	<h2 class="mgSectionTitle">Attendance details</h2>
	<table class="mgStatsTable" summary="Attendance details for this meeting">
		<caption class="mgSectionTitle">Attendance (Total: 14)</caption>
		<thead>
			<tr>
				<th scope="col">Attendee</th>
				<th scope="col">Role</th>
				<th scope="col">Attendance</th>
			</tr>
		</thead>
		<tbody>
%s
		</tbody>
	</table>
	<h2 class="mgSectionTitle">Officers</h2>
	<table class="mgStatsTable" summary="Officers attending this meeting">
		<thead>
			<tr>
				<th scope="col">Attendee</th>
				<th scope="col">Role</th>
				<th scope="col">Attendance</th>
			</tr>
		</thead>
		<tbody>
%s
		</tbody>
	</table>
	<p class="mgAttendanceKey">Key: &quot;Present as substitute&quot; indicates a reserve member attending in place of a member of the committee who sent apologies. Attendance is recorded by Democratic Services and may be updated once the minutes are approved.</p>
</div>
<div id="ssFooter">
	<p><a href="https://www.calderbrook.gov.uk/accessibility">Accessibility</a> | <a href="https://www.calderbrook.gov.uk/privacy">Privacy</a> | <a href="https://www.calderbrook.gov.uk/contact">Contact Democratic Services</a></p>
	<p class="mgPoweredBy">Powered by Modern.Gov</p>
</div>
</body>
</html>
""" % ("\n".join(rows), "\n".join(orows))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


HTML_GOLD = {"document": HTML_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------

def gold_phrases(g):
    for q in g.get("questions", []):
        yield "question text", q["text"]
        if q.get("answer"):
            yield "answer", q["answer"]
    for r in g.get("resolutions", []):
        yield "resolution", r["text"]


def check_gold(g, texts):
    """texts: list of (label, text). Every phrase must occur exactly once in each text."""
    problems = []
    for kind, phrase in gold_phrases(g):
        n_words = len(norm(phrase).split())
        if not 6 <= n_words <= 15:
            problems.append("%s: %r has %d words" % (kind, phrase, n_words))
        for label, text in texts:
            n = count_occurrences(phrase, text)
            if n != 1:
                problems.append("%s [%s]: %r occurs %d times" % (kind, label, phrase, n))
    items = {i["number"] for i in g.get("items", [])}
    for row in g.get("questions", []) + g.get("resolutions", []):
        if row["item"] not in items:
            problems.append("row refers to unknown item %r" % row["item"])
    return problems


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    pdf_path = os.path.join(DOCS, PDF_NAME)
    txt_path = os.path.join(DOCS, TXT_NAME)
    docx_path = os.path.join(DOCS, DOCX_NAME)
    html_path = os.path.join(DOCS, HTML_NAME)

    build_pdf(pdf_path)
    with open(txt_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT)
    build_docx(docx_path)
    build_html(html_path)

    for g in (PDF_GOLD, TXT_GOLD, DOCX_GOLD, HTML_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")

    if "--check" in sys.argv:
        failures = []
        failures += [PDF_NAME + ": " + p for p in check_gold(
            PDF_GOLD, [("source", pdf_source_text()), ("pdf text", pdf_extracted_text(pdf_path))])]
        failures += [TXT_NAME + ": " + p for p in check_gold(TXT_GOLD, [("source", TXT)])]
        failures += [DOCX_NAME + ": " + p for p in check_gold(
            DOCX_GOLD, [("source", docx_source_text()), ("docx text", docx_extracted_text(docx_path))])]
        with open(html_path, encoding="utf-8") as f:
            html = f.read()
        if set(HTML_GOLD) != {"document", "doc_type"}:
            failures.append(HTML_NAME + ": non-minutes gold must give only document and doc_type")
        if re.search(r"resolved|minutes of", html, re.I):
            failures.append(HTML_NAME + ": attendance page should not contain minutes text")
        for g in (PDF_GOLD, TXT_GOLD, DOCX_GOLD):
            print("%-58s items %2d  questions %2d  resolutions %2d  attendees %2d" % (
                g["document"], len(g["items"]), len(g["questions"]), len(g["resolutions"]),
                len(g["attendees"])))
        if failures:
            print("CHECK FAILED")
            for f_ in failures:
                print("  " + f_)
            sys.exit(1)
        print("CHECK PASSED: every gold phrase occurs exactly once (6-15 words)")


if __name__ == "__main__":
    main()
