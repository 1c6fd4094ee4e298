#!/usr/bin/env python3
"""Build the "ai-" documents of the other-councils evaluation set and their gold annotations.

Documents (all councils, people, places and figures invented):
  documents/ai-kestrelford-os-printed-minutes-2025-10-14.pdf
      District/borough Overview and Scrutiny Committee, health-themed meeting, printed as a
      ModernGov-style "printed minutes" PDF in a house style with a centred title block,
      surname-only attendance with wards in brackets, "OS.45/25" minute numbers, Matters
      Arising, long reported-speech sentences joined by "to which" / "whereupon", numbered
      sub-lists, a call-in of a Cabinet decision, justified text hyphenated across line ends,
      running header and "Chairman's initials" footer.
  documents/ai-orwen-valley-jhosc-minutes-2025-11-20.html
      Joint HOSC minutes on a host council's Contensis-built website: each item a
      <div class="minute"> with the number in a <dt>/<dd> pair, attendance by authority in a
      table, "Members asked about:" bullets followed by separate "The ICB advised that:" bullets.
  documents/ai-hallowmere-care-at-home-review-final-report.docx
      Not minutes: final report of a scrutiny task and finish group with recommendations and an
      appendix recording questions put to witnesses at evidence sessions.

Usage:
  build_ai.py          build documents and gold files
  build_ai.py --check  verify every gold phrase occurs verbatim and once in the document text
"""
import datetime
import html
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

PDF_NAME = "ai-kestrelford-os-printed-minutes-2025-10-14.pdf"
HTML_NAME = "ai-orwen-valley-jhosc-minutes-2025-11-20.html"
DOCX_NAME = "ai-hallowmere-care-at-home-review-final-report.docx"

FIXED_DT = datetime.datetime(2025, 10, 21, 9, 14, 3, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------------------------------
# 1. Kestrelford Borough Council – Overview and Scrutiny Committee (PDF)
# ---------------------------------------------------------------------------------------
# Block types:
#   ("title", text, size, bold)      centred title-block line
#   ("p", runs)                      justified paragraph; runs = str or list of (style, text)
#   ("h", number, title)             minute heading
#   ("li", label, runs)              hanging-indent numbered point
#   ("li2", label, runs)             deeper hanging-indent point
#   ("gap", mm)
K = "Councillor"

PDF_BLOCKS = [
    ("title", "KESTRELFORD BOROUGH COUNCIL", 15, True),
    ("gap", 2),
    ("title", "OVERVIEW AND SCRUTINY COMMITTEE", 12.5, True),
    ("title", "Themed meeting: Health and Wellbeing", 10.5, False),
    ("gap", 4),
    ("p", [("B", "MINUTES "), ("", "of the meeting of the Overview and Scrutiny Committee held in "
           "the Wedgwood Room, Kestrelford Civic Centre, Tanners Row, Kestrelford, on Tuesday, "
           "14 October 2025 commencing at 7.00 pm.")]),
    ("p", [("B", "PRESENT: "), ("", "Councillors Haddow (Chairman) (St Wystan’s), Pennock "
           "(Vice-Chairman) (Abbey Fields), Aldous (Brookhurst), Chaudhry (Kiln Lane), Dowd "
           "(Hillside), Ferreira (Castle Mead), Gillespie (Priory) and Tomlinson (Marsh Lane).")]),
    ("p", [("B", "ALSO PRESENT: "), ("", "Councillor Okafor (Priory), Cabinet Member for Health, "
           "Leisure and Community Wellbeing, and Councillor Rees-Whitby (Brookhurst), lead "
           "signatory to the call-in considered at minute OS.44/25.")]),
    ("p", [("B", "OFFICERS: "), ("", "Mrs J Tranter (Director of Communities and Wellbeing), "
           "Mr P Nandra (Head of Leisure, Health Improvement and Active Communities), Ms L Farraday "
           "(Legal Services Manager and Deputy Monitoring Officer) and Mr D Oyelaran (Democratic "
           "Services and Scrutiny Officer).")]),
    ("p", [("B", "IN ATTENDANCE FOR MINUTE OS.45/25: "), ("", "Dr H Castellano (Associate Medical "
           "Director – Primary Care, NHS Mid Lowland Integrated Care Board), Ms R Whitlock (Head of "
           "Primary Care Commissioning (North Locality), NHS Mid Lowland Integrated Care Board) and "
           "Mr T Abara (Chief Executive, Healthwatch Kestrelford).")]),
    ("gap", 2),

    ("h", "OS.40/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS"),
    ("p", "Apologies for absence were received from Councillors Ferris (Westgate North) and Lumb "
          "(Castle Mead). Councillor Dowd was present as the substitute for Councillor Lumb in "
          "accordance with Council Procedure Rule 4."),

    ("h", "OS.41/25", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Gillespie declared an Other Registrable Interest in minute OS.45/25 by virtue "
          "of her employment as practice manager at Priory Lane Surgery and advised that she would "
          "take no part in the discussion or any decision on that item. Councillor Aldous stated, "
          "for the sake of transparency, that he was one of the signatories to the call-in notice "
          "considered at minute OS.44/25 but that he came to the meeting with an open mind."),

    ("h", "OS.42/25", "MINUTES"),
    ("p", [("B", "RESOLVED – "), ("", "That the Minutes of the meeting of the Committee held on "
           "9 September 2025 be approved as a correct record and signed by the Chairman.")]),

    ("h", "OS.43/25", "MATTERS ARISING"),
    ("p", "Minute OS.31/25 (Kestrelford Community Hospital – Minor Injuries Unit): Councillor "
          "Pennock asked whether a reply had yet been received to the Chairman’s letter to the "
          "Integrated Care Board about the temporary overnight closure of the minor injuries unit, "
          "to which the Democratic Services and Scrutiny Officer replied that an acknowledgement had "
          "been received on 22 September and that a full response had been promised by the end of "
          "October, whereupon the Chairman undertook to circulate the response to all Members as "
          "soon as it arrived."),
    ("p", "Minute OS.35/25 (Work Programme): Councillor Tomlinson queried whether the briefing note "
          "on waiting times for disabled facilities grants that had been requested at the last "
          "meeting had been circulated, and the Director of Communities and Wellbeing explained that "
          "the housing team was still validating the figures for the first half of the year and "
          "that the note would be sent out with the papers for the November meeting."),
    ("p", "There were no other matters arising."),

    ("h", "OS.44/25", "CALL-IN OF CABINET DECISION CAB.57/25 – FUTURE OPERATING MODEL FOR LEISURE "
                      "AND WELLBEING SERVICES"),
    ("p", "The Committee considered the call-in, submitted under Overview and Scrutiny Procedure "
          "Rule 16, of the decision taken by the Cabinet on 25 September 2025 (minute CAB.57/25 "
          "refers) to award a ten-year contract for the management of the Borough’s three leisure "
          "centres and the Healthy Kestrelford lifestyle service to Sportivo Community Leisure "
          "Limited with effect from 1 April 2026. The call-in notice had been signed by "
          "Councillors Rees-Whitby, Aldous and Chaudhry and gave the following reasons for the "
          "call-in:"),
    ("li", "(i)", "that the decision had not taken proper account of the outcome of the public "
                  "consultation, in which 61% of the 1,412 respondents had expressed a preference "
                  "for the services to remain with the Council;"),
    ("li", "(ii)", "that the financial appraisal relied upon an assumed management fee of "
                   "£640,000 a year which had not been independently tested; and"),
    ("li", "(iii)", "that the inclusion of the exercise on referral and stop smoking services "
                    "within the contract had not been discussed with the NHS Mid Lowland "
                    "Integrated Care Board, from whose GP practices most referrals came."),
    ("p", "The Legal Services Manager and Deputy Monitoring Officer reminded the Committee that, "
          "having considered the call-in, it could: (a) take no further action, in which case the "
          "decision would take effect immediately; (b) refer the decision back to Cabinet for "
          "reconsideration, setting out in writing the nature of its concerns; or (c) refer the "
          "matter to Council, but only if it considered the decision to be contrary to, or not "
          "wholly in accordance with, the Policy Framework or the Budget."),
    ("p", "Councillor Rees-Whitby addressed the Committee as lead signatory and set out the reasons "
          "for the call-in, after which Councillor Okafor responded on behalf of the Cabinet, "
          "explaining that the preferred option would save the Council an estimated £4.2 million "
          "over the life of the contract, secure £3.1 million of investment in the Tanners Row "
          "pool and gym and protect the existing concessionary pricing scheme."),
    ("p", "Councillor Aldous asked why the Cabinet had departed from the clear preference expressed "
          "by residents in the consultation, to which Councillor Okafor replied that the "
          "consultation had never been intended as a referendum and that, when asked to rank their "
          "priorities, most respondents had placed opening hours and concessionary prices well "
          "above the question of who ran the facilities, both of which were protected in the "
          "contract specification; Councillor Aldous then questioned whether residents who had "
          "responded would see it that way, whereupon the Chairman reminded Members that the role "
          "of the Committee was to examine the decision-making process rather than to take the "
          "decision again."),
    ("p", "Councillor Chaudhry sought clarification of the basis of the £640,000 management fee "
          "assumption and asked whether it had been independently verified, to which the Head of "
          "Leisure, Health Improvement and Active Communities responded that the figure was the one "
          "contained in the preferred bidder’s final tender, that it had been reviewed by the "
          "Council’s external leisure advisers, Fennick Partnership, and that a guarantee would be "
          "written into the contract so that the risk of any shortfall in income would lie with the "
          "operator and not with the Council."),
    ("p", "Councillor Ferreira expressed concern that services which received most of their "
          "referrals from GP practices were being transferred to a private company without any "
          "proper discussion with the NHS, and asked whether the Integrated Care Board had been "
          "formally consulted before the Cabinet meeting; the Director of Communities and Wellbeing "
          "acknowledged that the formal letter to the Board had only been sent on 19 September, a "
          "week before the Cabinet met, and that no written reply had yet been received, although "
          "officers had discussed the proposal with the Board’s locality team over the summer."),
    ("p", "The following further points were raised by Members during the debate:"),
    ("li", "(1)", "Councillor Tomlinson asked what would happen to the 38 Council employees who "
                  "would transfer to the operator under TUPE and, in particular, whether their "
                  "membership of the Local Government Pension Scheme would be protected, to which it "
                  "was confirmed that Sportivo would apply for admitted body status so that "
                  "transferring staff would keep their access to the Scheme."),
    ("li", "(2)", "Councillor Pennock sought an assurance that the contract could be brought to an "
                  "end early if performance was poor, whereupon the Legal Services Manager explained "
                  "that the contract contained a break clause at the end of year five together with "
                  "step-in rights in the event of serious default."),
    ("li", "(3)", "Councillor Dowd commented that the Healthy Kestrelford service had been "
                  "commended by the Office for Health Improvement and Disparities only last year "
                  "and that it remained unclear to him what problem the outsourcing of that service "
                  "was meant to solve."),
    ("li", "(4)", "Councillor Gillespie requested that Members be given sight of the full "
                  "evaluation scoring matrix, including the quality scores awarded to each bidder, "
                  "to which the Legal Services Manager advised that the matrix was commercially "
                  "confidential but could be shared with Members at a briefing held in private."),
    ("p", "It was moved by Councillor Chaudhry and seconded by Councillor Aldous that the decision "
          "be referred to Council on the grounds that it was not wholly in accordance with the "
          "Budget. The Deputy Monitoring Officer advised that, because the management fee had been "
          "reflected in the Medium Term Financial Strategy approved by Council in February 2025, "
          "she did not consider that the decision fell outside the Budget. On being put to the "
          "vote, the motion to refer the decision to Council was lost, three Members voting in "
          "favour and five against."),
    ("p", "It was then moved by Councillor Pennock and seconded by Councillor Ferreira that the "
          "decision be referred back to Cabinet, and on being put to the vote it was:"),
    ("p", [("B", "RESOLVED – "), ("", "That:")]),
    ("li", "(1)", "the decision of the Cabinet on 25 September 2025 (minute CAB.57/25) be "
                  "referred back to Cabinet for reconsideration;"),
    ("li", "(2)", "the Cabinet be asked to reconsider the decision in the light of the following "
                  "concerns of this Committee:"),
    ("li2", "(a)", "that the Integrated Care Board had not been given a reasonable opportunity to "
                   "comment on the transfer of the stop smoking and exercise on referral services; "
                   "and"),
    ("li2", "(b)", "that the report to Cabinet did not explain how the outcome of the public "
                   "consultation had been weighed against the financial benefits of the preferred "
                   "option; and"),
    ("li", "(3)", "the Chairman, in consultation with the Vice-Chairman, be authorised to finalise "
                  "the written statement of the Committee’s concerns for submission to the Cabinet "
                  "meeting on 6 November 2025."),

    ("h", "OS.45/25", "ACCESS TO GP AND COMMUNITY PHARMACY SERVICES IN KESTRELFORD"),
    ("p", "(Councillor Gillespie, having declared an interest at minute OS.41/25, took no part in "
          "the consideration of this item.)"),
    ("p", "Dr Castellano and Ms Whitlock gave a presentation on behalf of NHS Mid Lowland Integrated "
          "Care Board on access to general practice and community pharmacy in the Borough, "
          "covering appointment activity at the four Kestrelford practices, the closure of two "
          "community pharmacies in the town since April and the Board’s plans for a new primary "
          "care hub in the former Co-operative building on Fore Street. Mr Abara reported that GP "
          "access remained the most common subject of the comments received by Healthwatch "
          "Kestrelford, accounting for 214 of the 530 contacts made in the first half of the year."),
    ("p", "The Chairman, opening the questions, asked how many patients were currently registered "
          "with the Kestrelford practices and whether list sizes were sustainable given the "
          "2,300 new homes planned at Brookhurst Farm, to which Ms Whitlock replied that the four "
          "practices had a combined list of 61,800 patients, an increase of 9% in three years, and "
          "that the Board was seeking developer contributions through the Council’s infrastructure "
          "funding statement towards the cost of the new hub."),
    ("p", "Councillor Tomlinson referred to the difficulty residents experienced in getting through "
          "to their surgery at 8.00 am and asked whether the Board collected any data on how long "
          "callers waited, whereupon Dr Castellano explained that all four practices had now moved "
          "to new telephone systems offering a call-back option and recording queue times, and "
          "undertook to share the figures for September with the Committee."),
    ("p", "Councillor Ferreira expressed concern at the loss of the pharmacies on the High Street "
          "and on the Parade, which had left many older residents in the east of the town with no "
          "pharmacy within walking distance, and Ms Whitlock acknowledged the strength of feeling "
          "but explained that the pharmaceutical needs assessment, which was a matter for the "
          "County Health and Wellbeing Board, had not identified a gap in provision, adding that "
          "the Board would nonetheless raise the matter at the next review."),
    ("p", "Members also raised the following matters, on which the representatives of the Board "
          "undertook to provide written responses:"),
    ("li", "(1)", "the proportion of appointments delivered face to face rather than by telephone "
                  "or online at each of the four practices;"),
    ("li", "(2)", "the use of physician associates and whether patients were always told when "
                  "they were not seeing a doctor; and"),
    ("li", "(3)", "the timetable for opening the Fore Street hub and whether the Council would be "
                  "expected to contribute towards its capital cost."),
    ("p", [("B", "RESOLVED – "), ("", "That:")]),
    ("li", "(1)", "the presentation be noted and the representatives of the Integrated Care Board "
                  "and Healthwatch Kestrelford be thanked for their attendance;"),
    ("li", "(2)", "the Integrated Care Board be requested to provide the written responses "
                  "referred to above within 28 days; and"),
    ("li", "(3)", "the Chairman write to the Chairman of the County Health and Wellbeing Board "
                  "asking that pharmacy provision in the east of Kestrelford be reviewed ahead of "
                  "the next pharmaceutical needs assessment."),

    ("h", "OS.46/25", "HEALTHY KESTRELFORD PARTNERSHIP – ANNUAL REPORT 2024/25"),
    ("p", "The Head of Leisure, Health Improvement and Active Communities introduced the annual "
          "report of the Healthy Kestrelford Partnership, which set out progress against the "
          "Partnership’s four priorities of tobacco control, healthy weight, physical activity and "
          "mental wellbeing, and highlighted that 1,106 residents had set a quit date with the "
          "stop smoking service during the year, of whom 58% had quit at four weeks."),
    ("p", "Councillor Pennock asked why smoking prevalence among routine and manual workers in the "
          "Borough had risen from 19.4% to 21.1% at a time when the overall rate had fallen, to "
          "which the Head of Leisure, Health Improvement and Active Communities replied that the "
          "survey sample for that group was small and the confidence intervals wide, but that the "
          "Partnership had nevertheless begun targeted work with employers on the Anchor Park "
          "industrial estate. Councillor Dowd then asked whether the funding the Partnership "
          "received from the County Council’s public health grant was secure for 2026/27, and the "
          "Director of Communities and Wellbeing responded that the grant agreement had been rolled "
          "forward for one year only while the County Council reviewed all prevention activity "
          "delivered by the district councils."),
    ("p", [("B", "RESOLVED – "), ("", "That the Healthy Kestrelford Partnership Annual Report "
           "2024/25 be noted and the thanks of the Committee be conveyed to the partners.")]),

    ("h", "OS.47/25", "LONELINESS AND SOCIAL ISOLATION AMONG OLDER PEOPLE – TASK AND FINISH GROUP "
                      "SCOPING DOCUMENT"),
    ("p", "The Democratic Services and Scrutiny Officer presented the draft scoping document for "
          "the review agreed at the Committee’s work programming session in June. Councillor "
          "Chaudhry asked whether the Group would be able to hear directly from older people with "
          "lived experience of isolation rather than relying on the views of organisations, to which "
          "the Officer confirmed that Age Concern Kestrelford had offered to host a listening "
          "session at its Tanners Row day centre in December."),
    ("p", [("B", "RESOLVED – "), ("", "That the scope of the review be approved and that "
           "Councillors Chaudhry, Dowd, Pennock and Tomlinson be appointed to the Task and Finish "
           "Group, with Councillor Pennock as its lead Member.")]),

    ("h", "OS.48/25", "WORK PROGRAMME 2025/26"),
    ("p", [("B", "RESOLVED – "), ("", "That the Work Programme for 2025/26 be agreed, subject to the "
           "addition of an item on the Kestrelford Community Hospital minor injuries unit at the "
           "meeting on 13 January 2026.")]),

    ("h", "OS.49/25", "CABINET FORWARD PLAN"),
    ("p", "The Committee noted the Cabinet Forward Plan for the period November 2025 to February "
          "2026."),
    ("gap", 4),
    ("p", "The meeting closed at 9.52 pm."),
    ("gap", 10),
    ("p", "CHAIRMAN ……………………………………………"),
    ("p", "Date ……………………………………………"),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "OS.40/25", "title": "Apologies for Absence and Substitute Members"},
        {"number": "OS.41/25", "title": "Declarations of Interest"},
        {"number": "OS.42/25", "title": "Minutes"},
        {"number": "OS.43/25", "title": "Matters Arising"},
        {"number": "OS.44/25", "title": "Call-in of Cabinet Decision CAB.57/25 – Future Operating "
                                        "Model for Leisure and Wellbeing Services"},
        {"number": "OS.45/25", "title": "Access to GP and Community Pharmacy Services in Kestrelford"},
        {"number": "OS.46/25", "title": "Healthy Kestrelford Partnership – Annual Report 2024/25"},
        {"number": "OS.47/25", "title": "Loneliness and Social Isolation among Older People – Task "
                                        "and Finish Group Scoping Document"},
        {"number": "OS.48/25", "title": "Work Programme 2025/26"},
        {"number": "OS.49/25", "title": "Cabinet Forward Plan"},
    ],
    "questions": [
        {"item": "OS.43/25", "kind": "question",
         "text": "asked whether a reply had yet been received to the Chairman’s letter",
         "asked_by": "Councillor Pennock",
         "answer": "an acknowledgement had been received on 22 September and that a full response",
         "given_by": "Democratic Services and Scrutiny Officer", "themes": ["governance"]},
        {"item": "OS.43/25", "kind": "question",
         "text": "queried whether the briefing note on waiting times for disabled facilities grants",
         "asked_by": "Councillor Tomlinson",
         "answer": "the housing team was still validating the figures for the first half",
         "given_by": "Director of Communities and Wellbeing", "themes": ["housing"]},
        {"item": "OS.44/25", "kind": "question",
         "text": "asked why the Cabinet had departed from the clear preference expressed by residents",
         "asked_by": "Councillor Aldous",
         "answer": "the consultation had never been intended as a referendum",
         "given_by": "Councillor Okafor",
         "themes": ["patient-and-public-input", "privatisation"]},
        {"item": "OS.44/25", "kind": "question",
         "text": "questioned whether residents who had responded would see it that way",
         "asked_by": "Councillor Aldous",
         "answer": "the role of the Committee was to examine the decision-making process",
         "given_by": "the Chairman",
         "themes": ["patient-and-public-input", "governance"]},
        {"item": "OS.44/25", "kind": "question",
         "text": "sought clarification of the basis of the £640,000 management fee assumption",
         "asked_by": "Councillor Chaudhry",
         "answer": "a guarantee would be written into the contract so that the risk",
         "given_by": "Head of Leisure, Health Improvement and Active Communities",
         "themes": ["finance", "subcontracting"]},
        {"item": "OS.44/25", "kind": "concern",
         "text": "were being transferred to a private company without any proper discussion with the NHS",
         "asked_by": "Councillor Ferreira",
         "answer": "the formal letter to the Board had only been sent on 19 September",
         "given_by": "Director of Communities and Wellbeing",
         "themes": ["privatisation", "public-health", "integration"]},
        {"item": "OS.44/25", "kind": "question",
         "text": "asked what would happen to the 38 Council employees who would transfer",
         "asked_by": "Councillor Tomlinson",
         "answer": "Sportivo would apply for admitted body status so that transferring staff",
         "given_by": None, "themes": ["workforce", "subcontracting"]},
        {"item": "OS.44/25", "kind": "request",
         "text": "sought an assurance that the contract could be brought to an end early",
         "asked_by": "Councillor Pennock",
         "answer": "the contract contained a break clause at the end of year five",
         "given_by": "Legal Services Manager", "themes": ["subcontracting"]},
        {"item": "OS.44/25", "kind": "comment",
         "text": "it remained unclear to him what problem the outsourcing of that service",
         "asked_by": "Councillor Dowd", "answer": None, "given_by": None,
         "themes": ["subcontracting", "public-health"]},
        {"item": "OS.44/25", "kind": "request",
         "text": "requested that Members be given sight of the full evaluation scoring matrix",
         "asked_by": "Councillor Gillespie",
         "answer": "the matrix was commercially confidential but could be shared with Members",
         "given_by": "Legal Services Manager", "themes": ["subcontracting", "governance"]},
        {"item": "OS.45/25", "kind": "question",
         "text": "asked how many patients were currently registered with the Kestrelford practices",
         "asked_by": "The Chairman",
         "answer": "the four practices had a combined list of 61,800 patients",
         "given_by": "Ms Whitlock", "themes": ["primary-care", "housing"]},
        {"item": "OS.45/25", "kind": "question",
         "text": "asked whether the Board collected any data on how long callers waited",
         "asked_by": "Councillor Tomlinson",
         "answer": "all four practices had now moved to new telephone systems offering a call-back option",
         "given_by": "Dr Castellano", "themes": ["primary-care"]},
        {"item": "OS.45/25", "kind": "concern",
         "text": "expressed concern at the loss of the pharmacies on the High Street",
         "asked_by": "Councillor Ferreira",
         "answer": "the pharmaceutical needs assessment, which was a matter for the County",
         "given_by": "Ms Whitlock", "themes": ["primary-care"]},
        {"item": "OS.45/25", "kind": "question",
         "text": "the proportion of appointments delivered face to face rather than by telephone",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["primary-care"]},
        {"item": "OS.45/25", "kind": "question",
         "text": "the use of physician associates and whether patients were always told",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care", "workforce"]},
        {"item": "OS.45/25", "kind": "question",
         "text": "the timetable for opening the Fore Street hub and whether the Council",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care", "finance"]},
        {"item": "OS.46/25", "kind": "question",
         "text": "asked why smoking prevalence among routine and manual workers in the Borough",
         "asked_by": "Councillor Pennock",
         "answer": "the survey sample for that group was small and the confidence intervals wide",
         "given_by": "Head of Leisure, Health Improvement and Active Communities",
         "themes": ["public-health"]},
        {"item": "OS.46/25", "kind": "question",
         "text": "asked whether the funding the Partnership received from the County Council’s public health grant",
         "asked_by": "Councillor Dowd",
         "answer": "the grant agreement had been rolled forward for one year only",
         "given_by": "Director of Communities and Wellbeing",
         "themes": ["public-health", "finance"]},
        {"item": "OS.47/25", "kind": "question",
         "text": "asked whether the Group would be able to hear directly from older people",
         "asked_by": "Councillor Chaudhry",
         "answer": "Age Concern Kestrelford had offered to host a listening session",
         "given_by": "Democratic Services and Scrutiny Officer",
         "themes": ["patient-and-public-input", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "OS.42/25", "text": "9 September 2025 be approved as a correct record and signed",
         "outcome": "agreed", "themes": []},
        {"item": "OS.44/25", "text": "the motion to refer the decision to Council was lost",
         "outcome": "rejected", "themes": ["governance"]},
        {"item": "OS.44/25",
         "text": "the decision of the Cabinet on 25 September 2025 (minute CAB.57/25) be referred back",
         "outcome": "recommended",
         "themes": ["governance", "patient-and-public-input", "public-health", "integration"]},
        {"item": "OS.45/25",
         "text": "the Integrated Care Board be requested to provide the written responses",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "OS.46/25",
         "text": "Healthy Kestrelford Partnership Annual Report 2024/25 be noted and the thanks",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "OS.47/25",
         "text": "That the scope of the review be approved and that Councillors Chaudhry",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "OS.48/25",
         "text": "That the Work Programme for 2025/26 be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "OS.49/25",
         "text": "The Committee noted the Cabinet Forward Plan for the period",
         "outcome": "noted", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Haddow", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Pennock", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Aldous", "role": None, "attendance": "present"},
        {"name": "Councillor Chaudhry", "role": None, "attendance": "present"},
        {"name": "Councillor Dowd", "role": None, "attendance": "present"},
        {"name": "Councillor Ferreira", "role": None, "attendance": "present"},
        {"name": "Councillor Gillespie", "role": None, "attendance": "present"},
        {"name": "Councillor Tomlinson", "role": None, "attendance": "present"},
        {"name": "Councillor Ferris", "role": None, "attendance": "apologies"},
        {"name": "Councillor Lumb", "role": None, "attendance": "apologies"},
        {"name": "Councillor Okafor",
         "role": "Cabinet Member for Health, Leisure and Community Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Councillor Rees-Whitby", "role": "lead signatory to the call-in",
         "attendance": "in_attendance"},
        {"name": "Mrs J Tranter", "role": "Director of Communities and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Mr P Nandra",
         "role": "Head of Leisure, Health Improvement and Active Communities",
         "attendance": "in_attendance"},
        {"name": "Ms L Farraday",
         "role": "Legal Services Manager and Deputy Monitoring Officer",
         "attendance": "in_attendance"},
        {"name": "Mr D Oyelaran", "role": "Democratic Services and Scrutiny Officer",
         "attendance": "in_attendance"},
        {"name": "Dr H Castellano",
         "role": "Associate Medical Director – Primary Care, NHS Mid Lowland Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Ms R Whitlock",
         "role": "Head of Primary Care Commissioning (North Locality), NHS Mid Lowland Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mr T Abara", "role": "Chief Executive, Healthwatch Kestrelford",
         "attendance": "in_attendance"},
    ],
}


VOWELS = set("aeiouy")
NO_SPLIT = {"ch", "sh", "th", "ph", "wh", "ck", "gh", "qu", "ng"}


def hyphen_points(word):
    """Crude English hyphenation: positions i where word[:i] + '-' / word[i:] may split.

    Only plain lower-case alphabetic words of 7+ letters are split, never at an existing
    hyphen, keeping at least 3 letters on each side."""
    if len(word) < 7 or not word.isalpha() or not word.islower():
        return []
    pts = []
    for i in range(3, len(word) - 2):
        a, b = word[i - 1], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if a not in VOWELS and b not in VOWELS and word[i - 1:i + 1] not in NO_SPLIT \
                and word[i:i + 2] not in NO_SPLIT and word[i - 2:i] not in NO_SPLIT:
            pts.append(i)                      # con-sult, com-mittee
        elif a in VOWELS and b not in VOWELS and nxt in VOWELS and word[i:i + 2] not in NO_SPLIT:
            pts.append(i)                      # pro-posal, re-ferral
    # never leave "-ned"/"-ses"-type stubs
    if word.endswith(("ed", "es")):
        pts = [p for p in pts if len(word) - p >= 4]
    return [p for p in pts if len(word) - p >= 3]


def build_pdf(path):
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(85, 4, "Overview and Scrutiny Committee", align="L")
            self.cell(0, 4, "Tuesday, 14 October 2025", align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(60, 4, f"OS 14.10.25  –  Page {self.page_no()}", align="L")
            self.cell(0, 4, "Chairman’s initials  ………………", align="R")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(False)
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("Printed minutes 14th-Oct-2025 19.00 Overview and Scrutiny Committee")
    pdf.set_author("Kestrelford Borough Council")
    pdf.set_creator("Modern.gov PDF export")
    pdf.set_producer("ModernGov printed minutes")
    pdf.add_page()

    size = 10.5
    lh = 5.2
    bottom = pdf.h - 24

    def ensure(space):
        if pdf.get_y() + space > bottom:
            pdf.add_page()
            pdf.set_y(22)

    def tokens_of(runs):
        if isinstance(runs, str):
            runs = [("", runs)]
        toks = []
        for style, text in runs:
            for w in text.split():
                toks.append((style, w))
        return toks

    def width(style, text):
        pdf.set_font("dv", style, size)
        return pdf.get_string_width(text)

    def layout(toks, avail):
        """Greedy line breaking with hyphenation. Returns list of lines (list of tokens)."""
        lines, cur, curw = [], [], 0.0
        sp = width("", " ")
        queue = list(toks)
        while queue:
            style, w = queue.pop(0)
            ww = width(style, w)
            add = ww if not cur else sp + ww
            if curw + add <= avail:
                cur.append((style, w))
                curw += add
                continue
            # try hyphenating
            m = re.match(r"^([a-z]+)([^a-z]*)$", w)
            placed = False
            if m and cur:
                core, tail = m.group(1), m.group(2)
                for p in reversed(hyphen_points(core)):
                    head = core[:p] + "-"
                    if curw + sp + width(style, head) <= avail:
                        cur.append((style, head))
                        lines.append((cur, False))
                        cur, curw = [], 0.0
                        queue.insert(0, (style, core[p:] + tail))
                        placed = True
                        break
            if placed:
                continue
            if cur:
                lines.append((cur, False))
            cur, curw = [(style, w)], ww
        if cur:
            lines.append((cur, True))
        return lines

    def render(toks, x0, avail, justify=True, first_label=None):
        lines = layout(toks, avail)
        sp = width("", " ")
        for n, (line, last) in enumerate(lines):
            ensure(lh)
            y = pdf.get_y()
            if first_label and n == 0:
                pdf.set_font("dv", "", size)
                pdf.text(first_label[0], y + 3.9, first_label[1])
            words_w = sum(width(s, w) for s, w in line)
            gaps = len(line) - 1
            gap = sp
            if justify and not last and gaps > 0:
                gap = (avail - words_w) / gaps
            x = x0
            for i, (s, w) in enumerate(line):
                pdf.set_font("dv", s, size)
                txt = w + (" " if i < len(line) - 1 else "")
                pdf.text(x, y + 3.9, txt)
                x += width(s, w) + gap
            pdf.set_y(y + lh)

    L = pdf.l_margin
    full = pdf.w - pdf.l_margin - pdf.r_margin
    for block in PDF_BLOCKS:
        kind = block[0]
        if kind == "gap":
            pdf.set_y(pdf.get_y() + block[1])
        elif kind == "title":
            _, text, sz, bold = block
            pdf.set_font("dv", "B" if bold else "", sz)
            pdf.set_x(L)
            pdf.cell(full, sz * 0.55, text, align="C")
            pdf.set_y(pdf.get_y() + sz * 0.55)
        elif kind == "h":
            _, num, title = block
            ensure(lh * 5)
            pdf.set_y(pdf.get_y() + 2.5)
            pdf.set_font("dv", "B", size)
            y = pdf.get_y()
            pdf.text(L, y + 3.9, num)
            save = size
            render([("B", t) for t in title.split()], L + 24, full - 24, justify=False)
            pdf.set_y(pdf.get_y() + 1.5)
        elif kind == "p":
            render(tokens_of(block[1]), L, full)
            pdf.set_y(pdf.get_y() + 2.2)
        elif kind == "li":
            _, label, runs = block
            ensure(lh)
            render(tokens_of(runs), L + 12, full - 12, first_label=(L + 2, label))
            pdf.set_y(pdf.get_y() + 1.6)
        elif kind == "li2":
            _, label, runs = block
            ensure(lh)
            render(tokens_of(runs), L + 22, full - 22, first_label=(L + 13, label))
            pdf.set_y(pdf.get_y() + 1.6)
    pdf.output(path)


def pdf_text(path):
    import pdfplumber
    pages = []
    with pdfplumber.open(path) as p:
        for pg in p.pages:
            pages.append(pg.extract_text() or "")
    text = "\n".join(pages)
    # drop the running header and footer lines (page furniture, not minute text)
    text = re.sub(r"(?m)^Overview and Scrutiny Committee Tuesday, 14 October 2025$\n?", "", text)
    text = re.sub(r"(?m)^OS 14\.10\.25 – Page \d+ Chairman’s initials …+$\n?", "", text)
    # re-join words hyphenated across line ends (the layout never breaks at a real hyphen)
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", text)


# ---------------------------------------------------------------------------------------
# 2. Orwen Valley Joint HOSC – Brackenford City Council website (Contensis) HTML
# ---------------------------------------------------------------------------------------
def e(s):
    return html.escape(s, quote=False)


def minute(num, title, body):
    return f"""
<div class="minute" id="minute-{num}">
  <dl class="minute__meta sys_dl">
    <dt>Minute</dt><dd class="minute__number">{num}</dd>
    <dt>Subject</dt><dd class="minute__subject">{e(title)}</dd>
  </dl>
  <div class="minute__body sys_subitem">
{body}
  </div>
</div>"""


def ul(items, cls="sys_bullets"):
    return f'    <ul class="{cls}">\n' + "\n".join(f"      <li>{e(i)}</li>" for i in items) + "\n    </ul>"


def ol(items):
    return '    <ol class="sys_numbers">\n' + "\n".join(f"      <li>{e(i)}</li>" for i in items) + "\n    </ol>"


def p(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"    <p{c}>{e(text)}</p>"


HTML_MINUTES = [
    ("24", "Apologies for absence and substitutions", "\n".join([
        p("Apologies for absence were received from Councillor Robert Dale (Orwenshire County "
          "Council) and Councillor Lorna Quayle (Stoweley Borough Council). Councillor Sian "
          "Pritchard attended as substitute for Councillor Dale. Stoweley Borough Council had not "
          "been able to arrange a substitute for Councillor Quayle."),
    ])),
    ("25", "Declarations of interest", "\n".join([
        p("Councillor Hugh Marlowe declared a non-pecuniary interest in minutes 28 and 29 as his "
          "daughter was employed as a nurse at Brackenford General Hospital. He remained in the "
          "meeting and took part in the discussion."),
    ])),
    ("26", "Minutes of the meeting held on 11 September 2025", "\n".join([
        '    <p class="decision"><strong>RESOLVED:</strong> That the minutes of the meeting held on '
        '11 September 2025 be agreed as an accurate record and signed by the Chair.</p>',
    ])),
    ("27", "Public questions", "\n".join([
        p("One question had been received in accordance with the Committee’s procedure for public "
          "questions."),
        p("Mr Colin Shard, on behalf of the Save Stoweley Stroke Unit campaign, asked whether the "
          "ICB would publish the full clinical senate report before the Committee reached its view "
          "on the stroke proposals. The Chair read out the written response provided by the ICB, "
          "which stated that the clinical senate report had been published on the ICB’s website on "
          "3 November 2025 alongside the independent report on the consultation findings."),
        p("Mr Shard thanked the Chair for the response. There was no supplementary question."),
    ])),
    ("28", "Proposed reconfiguration of hyper-acute stroke services – outcome of public consultation",
     "\n".join([
        p("Mark Ellerby, Director of Strategy and Transformation, and Dr Ruth Okonjo, Chief Medical "
          "Officer, NHS Orwen Valley Integrated Care Board, presented the report, which summarised "
          "the outcome of the twelve-week public consultation held between 2 June and 25 August "
          "2025 on the proposal to concentrate hyper-acute stroke care at Brackenford General "
          "Hospital and to close the stroke unit at Stoweley District Hospital to new admissions. "
          "A total of 2,846 responses had been received, 58% of them from Stoweley postcodes, and "
          "1,650 respondents had disagreed or strongly disagreed with the proposal."),
        "    <p>Members asked about:</p>",
        ul([
            "the additional journey times for Stoweley residents, particularly those living in rural "
            "villages with no direct bus service to Brackenford;",
            "whether the ambulance service had the capacity to absorb longer conveyance times without "
            "response times suffering elsewhere in the area;",
            "how the views of the 1,650 respondents who opposed the proposal had been reflected in the "
            "decision-making business case;",
            "whether Stoweley would keep its stroke rehabilitation beds and the early supported "
            "discharge team;",
            "how many additional stroke consultants and specialist nurses would be needed at "
            "Brackenford and how they would be recruited.",
        ]),
        "    <p>The ICB advised that:</p>",
        ul([
            "modelling by the ambulance trust showed that 96% of the Stoweley population would reach "
            "a hyper-acute stroke unit within 60 minutes, and a volunteer driver scheme for visiting "
            "relatives would be commissioned from the voluntary sector;",
            "funding of £1.1m a year had been agreed for two additional double-crewed ambulances to "
            "protect category 2 response times across the county;",
            "the 18 rehabilitation beds at Stoweley Community Hospital and the early supported "
            "discharge team would both be retained;",
            "four additional consultant posts and 22 nursing posts had been identified, and two of "
            "the consultant posts had already been filled through international recruitment.",
        ]),
        p("Nadia Fairweather, Engagement Lead, Healthwatch Orwenshire, expressed concern that the "
          "consultation had reached few people in Stoweley’s Polish and Romanian communities and "
          "asked that translated materials be used in any further engagement. Dr Okonjo accepted "
          "the point and agreed to share the updated equality impact assessment with Healthwatch "
          "before the ICB Board meeting."),
        p("Councillor Femi Adeyemi moved, and Councillor Sian Pritchard seconded, that the Committee "
          "report the proposals to the Secretary of State for Health and Social Care on the grounds "
          "that the consultation had been inadequate. On being put to the vote the motion was lost, "
          "two members voting in favour and five against."),
        '    <p class="decision"><strong>RESOLVED:</strong></p>',
        ol([
            "That the Committee confirms its view that the proposals constitute a substantial "
            "variation in the provision of health services in its area.",
            "That the Committee does not object to the ICB Board taking its decision on 9 December "
            "2025, subject to the ICB publishing a travel and transport plan for Stoweley residents "
            "before the changes are implemented.",
            "That the ICB report on implementation of the new model, including progress with "
            "recruitment, to the Committee’s meeting in June 2026.",
        ]),
    ])),
    ("29", "Urgent and emergency care – winter plan 2025/26", "\n".join([
        p("Joanna Beck, Chief Operating Officer, Orwen Valley Hospitals NHS Foundation Trust, "
          "presented the system winter plan, which had been developed jointly by the ICB, the Trust, "
          "the ambulance service and the three councils’ adult social care departments."),
        "    <p>Members asked about:</p>",
        ul([
            "the number of patients who had waited more than 12 hours in the emergency department at "
            "Brackenford General Hospital in October;",
            "progress with the same day emergency care unit and whether it would open at weekends;",
            "delays in discharging patients who were waiting for a care home place or a home care "
            "package, and what the councils’ social care teams were doing to help;",
            "whether the uptake of flu vaccination among frontline staff was on track.",
        ]),
        "    <p>The Trust and the ICB advised that:</p>",
        ul([
            "1,204 patients had waited over 12 hours from arrival in October, compared with 1,530 in "
            "October 2024;",
            "the SDEC unit would open seven days a week from 1 December, staffed by acute physicians "
            "and advanced clinical practitioners;",
            "on an average day 74 patients who were medically fit for discharge remained in hospital, "
            "around a third of them awaiting a package of care, and a joint discharge hub with the "
            "three councils had been operating since September;",
            "staff flu vaccination uptake stood at 41% against a target of 50%, and peer vaccinators "
            "were being deployed to wards with the lowest rates.",
        ]),
        '    <p class="decision"><strong>RESOLVED:</strong> That the winter plan be noted and that a '
        'performance update, including discharge data broken down by local authority, be presented '
        'to the meeting in March 2026.</p>',
    ])),
    ("30", "Access to NHS dentistry – update", "\n".join([
        p("Mark Ellerby updated the Committee on the ICB’s dental access plan, including the new "
          "patient premium, the 28 additional urgent dental care sessions a week commissioned since "
          "April and the supervised toothbrushing programme in early years settings."),
        "    <p>Members asked about:</p>",
        ul([
            "the number of practices in the area currently accepting new adult NHS patients;",
            "why the underspend on the dental budget in 2024/25 had not been reinvested locally;",
            "access to dental treatment for children in care and care leavers, who were often "
            "registered with no practice at all.",
        ]),
        "    <p>The ICB advised that:</p>",
        ul([
            "9 of the 71 practices across the three authorities were accepting new adult NHS "
            "patients, and this information was kept up to date on the NHS website;",
            "the £3.4m underspend had arisen mainly from contracts handed back by practices and had "
            "been used to fund 14,000 additional urgent dental appointments.",
        ]),
        '    <p class="decision"><strong>RESOLVED:</strong> That the Committee recommends to the ICB '
        'Board that any future underspend on dental services be ring-fenced for the Orwen Valley area '
        'and that a dedicated pathway be developed for children in care and care leavers.</p>',
    ])),
    ("31", "Work programme 2025/26", "\n".join([
        '    <p class="decision"><strong>RESOLVED:</strong> That the work programme for 2025/26 be '
        'approved, with the addition of an item on community mental health transformation at the '
        'March 2026 meeting.</p>',
    ])),
]

ATT_ROWS = [
    ("Brackenford City Council (host authority)",
     ["Councillor Amira Kassam (Chair)", "Councillor Gareth Lowry", "Councillor Ben Seddon"], []),
    ("Orwenshire County Council",
     ["Councillor Patricia Venn (Vice-Chair)", "Councillor Hugh Marlowe",
      "Councillor Sian Pritchard (substitute for Councillor Dale)"], ["Councillor Robert Dale"]),
    ("Stoweley Borough Council", ["Councillor Femi Adeyemi"], ["Councillor Lorna Quayle"]),
]
OFFICER_ROWS = [
    ("NHS Orwen Valley Integrated Care Board", "Mark Ellerby", "Director of Strategy and Transformation"),
    ("NHS Orwen Valley Integrated Care Board", "Dr Ruth Okonjo", "Chief Medical Officer"),
    ("Orwen Valley Hospitals NHS Foundation Trust", "Joanna Beck", "Chief Operating Officer"),
    ("Healthwatch Orwenshire", "Nadia Fairweather", "Engagement Lead"),
    ("Brackenford City Council", "Simon Tapley", "Principal Scrutiny Officer"),
]


def build_html(path):
    att = []
    for auth, present, apols in ATT_ROWS:
        att.append("        <tr>\n"
                   f'          <th scope="row">{e(auth)}</th>\n'
                   f"          <td>{'<br />'.join(e(x) for x in present)}</td>\n"
                   f"          <td>{'<br />'.join(e(x) for x in apols) if apols else '&ndash;'}</td>\n"
                   "        </tr>")
    offs = []
    for org, name, role in OFFICER_ROWS:
        offs.append(f"        <tr><td>{e(name)}</td><td>{e(role)}</td><td>{e(org)}</td></tr>")
    minutes_html = "\n".join(minute(n, t, b) for n, t, b in HTML_MINUTES)
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Contensis CMS Version 11.3" />
<meta name="DC.title" content="Orwen Valley Joint Health Overview and Scrutiny Committee - minutes - 20 November 2025" />
<meta name="DC.publisher" content="Brackenford City Council" />
<meta name="DC.date.modified" content="2025-12-03" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Minutes - 20 November 2025 - Orwen Valley Joint Health Overview and Scrutiny Committee - Brackenford City Council</title>
<link href="/SiteElements/Stylesheets/brackenford-main.css" rel="stylesheet" type="text/css" />
<link href="/SiteElements/Stylesheets/committee-minutes.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/SiteElements/Javascript/jquery-3.7.1.min.js"></script>
<script type="text/javascript">
//<![CDATA[
var ContensisSubmitFromTextbox=function(e,b){{if(e.keyCode==13){{document.getElementById(b).click();return false;}}}};
//]]>
</script>
</head>
<body class="sys_body">
<form method="post" action="/jhosc/minutes-20-november-2025" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTU2MTk5NzQ4MWRk" />
</div>
<div id="cookie-notice" class="sys_cookie">
  <p>We use cookies to make this website work and to understand how you use it.
  <a href="/cookies">Cookie settings</a> <button type="button">Accept all cookies</button></p>
</div>
<a class="skip-link" href="#content">Skip to main content</a>
<div id="header" class="sys_header">
  <a href="/" class="logo"><img src="/SiteElements/Images/brackenford-logo.png" alt="Brackenford City Council" /></a>
  <div class="site-search"><label for="q">Search this site</label><input type="text" id="q" name="q" onkeypress="return ContensisSubmitFromTextbox(event,'go')" /><input type="submit" id="go" value="Search" /></div>
  <ul class="top-nav">
    <li><a href="/bins">Bins and recycling</a></li>
    <li><a href="/council-tax">Council tax</a></li>
    <li><a href="/housing">Housing</a></li>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
  </ul>
</div>
<div id="breadcrumb" class="sys_breadcrumb">
  <a href="/">Home</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt;
  <a href="/councillors-and-committees">Councillors and committees</a> &gt;
  <a href="/jhosc">Orwen Valley Joint Health Overview and Scrutiny Committee</a> &gt;
  <span>Minutes - 20 November 2025</span>
</div>
<div id="content" class="sys_content">
<div id="cont_3172" class="sys_one_7">
<h1>Orwen Valley Joint Health Overview and Scrutiny Committee</h1>
<h2 class="sys_subtitle">Minutes of the meeting held on Thursday 20 November 2025 at 10.00am</h2>
<p class="meeting-venue">Committee Room 2, Brackenford Council House, Victoria Square, Brackenford, BF1 2QA</p>
<div class="sys_infobox">
  <p>The Joint Committee is made up of councillors from Brackenford City Council, Orwenshire County
  Council and Stoweley Borough Council. Brackenford City Council hosts the Committee and provides
  its secretariat. These minutes were approved at the meeting on 22 January 2026.</p>
</div>

<h3 id="attendance">Attendance</h3>
<table class="sys_table attendance" summary="Members present and apologies by authority">
  <caption>Members of the Joint Committee</caption>
  <thead>
    <tr><th scope="col">Authority</th><th scope="col">Present</th><th scope="col">Apologies</th></tr>
  </thead>
  <tbody>
{chr(10).join(att)}
  </tbody>
</table>
<table class="sys_table in-attendance" summary="Officers and NHS representatives in attendance">
  <caption>Also in attendance</caption>
  <thead>
    <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Organisation</th></tr>
  </thead>
  <tbody>
{chr(10).join(offs)}
  </tbody>
</table>

<h3 id="minutes">Minutes</h3>
<div class="minutes-list">
{minutes_html}
</div>
<p class="meeting-close">The meeting ended at 12.41pm.</p>
<p class="sys_small">Contact: Simon Tapley, Principal Scrutiny Officer, telephone 01632 960 418,
email <a href="mailto:scrutiny@brackenford.example.gov.uk">scrutiny@brackenford.example.gov.uk</a></p>
<div class="sys_related">
  <h4>Related documents</h4>
  <ul>
    <li><a href="/media/48231/JHOSC-agenda-20-November-2025.pdf">Agenda - 20 November 2025 (PDF, 212KB)</a></li>
    <li><a href="/media/48240/Stroke-consultation-findings-report.pdf">Item 5 - Stroke services consultation findings (PDF, 1.4MB)</a></li>
    <li><a href="/media/48241/Winter-plan-2025-26.pdf">Item 6 - System winter plan 2025/26 (PDF, 860KB)</a></li>
  </ul>
</div>
<p class="sys_lastupdated">Last updated: 3 December 2025</p>
</div>
</div>
<div id="footer" class="sys_footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p>&copy; Brackenford City Council 2025</p>
</div>
</form>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Orwen Valley Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-11-20",
    "items": [
        {"number": "24", "title": "Apologies for absence and substitutions"},
        {"number": "25", "title": "Declarations of interest"},
        {"number": "26", "title": "Minutes of the meeting held on 11 September 2025"},
        {"number": "27", "title": "Public questions"},
        {"number": "28", "title": "Proposed reconfiguration of hyper-acute stroke services – outcome "
                                  "of public consultation"},
        {"number": "29", "title": "Urgent and emergency care – winter plan 2025/26"},
        {"number": "30", "title": "Access to NHS dentistry – update"},
        {"number": "31", "title": "Work programme 2025/26"},
    ],
    "questions": [
        {"item": "27", "kind": "question",
         "text": "asked whether the ICB would publish the full clinical senate report",
         "asked_by": "Mr Colin Shard",
         "answer": "the clinical senate report had been published on the ICB’s website",
         "given_by": "ICB", "themes": ["patient-and-public-input", "governance"]},
        {"item": "28", "kind": "question",
         "text": "the additional journey times for Stoweley residents, particularly those living in rural villages",
         "asked_by": None,
         "answer": "96% of the Stoweley population would reach a hyper-acute stroke unit",
         "given_by": "ICB", "themes": []},
        {"item": "28", "kind": "question",
         "text": "whether the ambulance service had the capacity to absorb longer conveyance times",
         "asked_by": None,
         "answer": "funding of £1.1m a year had been agreed for two additional double-crewed ambulances",
         "given_by": "ICB", "themes": ["finance"]},
        {"item": "28", "kind": "question",
         "text": "how the views of the 1,650 respondents who opposed the proposal had been reflected",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "governance"]},
        {"item": "28", "kind": "question",
         "text": "whether Stoweley would keep its stroke rehabilitation beds and the early supported",
         "asked_by": None,
         "answer": "the 18 rehabilitation beds at Stoweley Community Hospital and the early supported",
         "given_by": "ICB", "themes": ["adult-social-care"]},
        {"item": "28", "kind": "question",
         "text": "how many additional stroke consultants and specialist nurses would be needed",
         "asked_by": None,
         "answer": "four additional consultant posts and 22 nursing posts had been identified",
         "given_by": "ICB", "themes": ["workforce"]},
        {"item": "28", "kind": "concern",
         "text": "the consultation had reached few people in Stoweley’s Polish and Romanian communities",
         "asked_by": "Nadia Fairweather",
         "answer": "agreed to share the updated equality impact assessment with Healthwatch",
         "given_by": "Dr Okonjo", "themes": ["patient-and-public-input"]},
        {"item": "29", "kind": "question",
         "text": "the number of patients who had waited more than 12 hours in the emergency department",
         "asked_by": None,
         "answer": "1,204 patients had waited over 12 hours from arrival in October",
         "given_by": "The Trust and the ICB", "themes": []},
        {"item": "29", "kind": "question",
         "text": "progress with the same day emergency care unit and whether it would open at weekends",
         "asked_by": None,
         "answer": "the SDEC unit would open seven days a week from 1 December",
         "given_by": "The Trust and the ICB", "themes": ["workforce"]},
        {"item": "29", "kind": "question",
         "text": "delays in discharging patients who were waiting for a care home place",
         "asked_by": None,
         "answer": "a joint discharge hub with the three councils had been operating since September",
         "given_by": "The Trust and the ICB",
         "themes": ["adult-social-care", "integration"]},
        {"item": "29", "kind": "question",
         "text": "whether the uptake of flu vaccination among frontline staff was on track",
         "asked_by": None,
         "answer": "staff flu vaccination uptake stood at 41% against a target of 50%",
         "given_by": "The Trust and the ICB", "themes": ["public-health", "workforce"]},
        {"item": "30", "kind": "question",
         "text": "the number of practices in the area currently accepting new adult NHS patients",
         "asked_by": None,
         "answer": "9 of the 71 practices across the three authorities were accepting new adult",
         "given_by": "ICB", "themes": ["primary-care"]},
        {"item": "30", "kind": "question",
         "text": "why the underspend on the dental budget in 2024/25 had not been reinvested locally",
         "asked_by": None,
         "answer": "the £3.4m underspend had arisen mainly from contracts handed back by practices",
         "given_by": "ICB", "themes": ["primary-care", "finance"]},
        {"item": "30", "kind": "question",
         "text": "access to dental treatment for children in care and care leavers",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "26", "text": "11 September 2025 be agreed as an accurate record and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "28",
         "text": "report the proposals to the Secretary of State for Health and Social Care",
         "outcome": "rejected", "themes": ["governance", "patient-and-public-input"]},
        {"item": "28",
         "text": "the proposals constitute a substantial variation in the provision of health services",
         "outcome": "agreed", "themes": ["governance", "workforce"]},
        {"item": "29",
         "text": "That the winter plan be noted and that a performance update",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "30",
         "text": "recommends to the ICB Board that any future underspend on dental services",
         "outcome": "recommended",
         "themes": ["primary-care", "finance", "children-and-families"]},
        {"item": "31",
         "text": "the work programme for 2025/26 be approved, with the addition of an item",
         "outcome": "agreed", "themes": ["mental-health"]},
    ],
    "attendees": [
        {"name": "Councillor Amira Kassam", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Gareth Lowry", "role": None, "attendance": "present"},
        {"name": "Councillor Ben Seddon", "role": None, "attendance": "present"},
        {"name": "Councillor Patricia Venn", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Hugh Marlowe", "role": None, "attendance": "present"},
        {"name": "Councillor Sian Pritchard", "role": "substitute for Councillor Dale",
         "attendance": "present"},
        {"name": "Councillor Femi Adeyemi", "role": None, "attendance": "present"},
        {"name": "Councillor Robert Dale", "role": None, "attendance": "apologies"},
        {"name": "Councillor Lorna Quayle", "role": None, "attendance": "apologies"},
        {"name": "Mark Ellerby", "role": "Director of Strategy and Transformation",
         "attendance": "in_attendance"},
        {"name": "Dr Ruth Okonjo", "role": "Chief Medical Officer", "attendance": "in_attendance"},
        {"name": "Joanna Beck", "role": "Chief Operating Officer", "attendance": "in_attendance"},
        {"name": "Nadia Fairweather", "role": "Engagement Lead", "attendance": "in_attendance"},
        {"name": "Simon Tapley", "role": "Principal Scrutiny Officer", "attendance": "in_attendance"},
    ],
}


def html_text(path):
    from bs4 import BeautifulSoup
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style"]):
        t.decompose()
    return soup.get_text(" ")


# ---------------------------------------------------------------------------------------
# 3. Hallowmere County Council – scrutiny review final report (DOCX, not minutes)
# ---------------------------------------------------------------------------------------
RECS = [
    ("R1", "That the Cabinet Member for Adult Social Care re-procures the Care at Home framework "
           "on a zoned basis from April 2027, with a single lead provider in each of the six rural "
           "zones and a guaranteed minimum volume of hours.", "Cabinet"),
    ("R2", "That the hourly rate paid under the framework is set at a level that allows providers "
           "to pay care workers at least the Real Living Wage plus payment for travel time, and "
           "that this is reviewed annually against the Council’s fair cost of care model.", "Cabinet"),
    ("R3", "That the proportion of home care purchased through spot contracts outside the "
           "framework is reported quarterly to the Adults and Health Select Committee, with a "
           "target to reduce it from 31% to below 10% by March 2028.",
           "Executive Director of Adult Social Care"),
    ("R4", "That the Council pilots an in-house reablement and bridging service in the Wealdon "
           "zone, where three providers handed back packages in 2024/25, and evaluates it against "
           "the cost of externally commissioned care.", "Cabinet"),
    ("R5", "That contract monitoring visits include a conversation with at least five people "
           "receiving care and their carers, and that the findings are published in an annual "
           "market position statement.", "Head of Commissioning (Adults)"),
    ("R6", "That the Council works with the Integrated Care Board to agree a joint workforce "
           "offer for care workers, including access to NHS training and to staff accommodation "
           "in the rural zones.", "Health and Wellbeing Board"),
    ("R7", "That the Select Committee receives a progress report on these recommendations in "
           "twelve months.", "Adults and Health Select Committee"),
]

EVIDENCE = [
    ("Evidence session 1 – 11 March 2025",
     "Members present: Councillor M Ashworth (Chairman), Councillor D Kaur, Councillor P Lindqvist, "
     "Councillor S Mortimer and Councillor T Ubaka.",
     "Witnesses: Ms Clare Redfern, Head of Commissioning (Adults); Mr Owen Pryce, Market "
     "Development Manager.",
     [
         ("Councillor Kaur asked how many hours of home care were commissioned each week and how "
          "many of these were purchased outside the framework.",
          "Ms Redfern said that around 41,000 hours a week were commissioned, of which roughly "
          "31% were bought through spot contracts at higher rates because framework providers "
          "could not pick up the packages."),
         ("The Chairman asked why framework providers were declining packages in the rural zones.",
          "Mr Pryce explained that travel time between calls made rural rounds uneconomic at the "
          "current framework rate of £24.60 an hour and that two providers had told the Council "
          "they could not recruit drivers."),
         ("Councillor Lindqvist asked whether the Council had considered delivering more care "
          "directly.",
          "Ms Redfern said that the Council had closed its in-house home care service in 2013 "
          "and that rebuilding one would take at least two years, but that a reablement pilot "
          "could be considered."),
     ]),
    ("Evidence session 2 – 8 April 2025",
     "Members present: Councillor M Ashworth (Chairman), Councillor D Kaur, Councillor S Mortimer "
     "and Councillor T Ubaka. Apologies: Councillor P Lindqvist.",
     "Witnesses: Mr Rajesh Tandon, Chair, Hallowmere Care Association; Ms Bev Alcott, Registered "
     "Manager, Meadowlea Homecare; Mr Gavin Shortt, Regional Organiser, UNISON.",
     [
         ("Councillor Mortimer asked what difference a zoned model would make to providers.",
          "Mr Tandon said that guaranteed volumes in a defined area would allow providers to offer "
          "care workers contracted hours instead of zero-hours contracts."),
         ("Councillor Ubaka asked how many care workers were paid for the time spent travelling "
          "between visits.",
          "Mr Shortt said that in a UNISON survey of 312 care workers in the county, fewer than "
          "half said they were paid for all of their travel time."),
         ("The Chairman asked Ms Alcott why her company had handed back 60 packages in Wealdon.",
          "Ms Alcott said that fuel costs and staff turnover of 38% had made the contract "
          "unsustainable and that the company could not continue to subsidise it."),
     ]),
    ("Evidence session 3 – 6 May 2025",
     "Members present: Councillor M Ashworth (Chairman), Councillor D Kaur, Councillor P Lindqvist, "
     "Councillor S Mortimer and Councillor T Ubaka.",
     "Witnesses: Mrs Annette Gale, Healthwatch Hallowmere; Mr and Mrs Dawlish, family carers; "
     "Ms Priya Nandakumar, Deputy Director of Integrated Care, NHS Hallowmere and Wealdon ICB.",
     [
         ("Councillor Kaur asked what people receiving care had told Healthwatch.",
          "Mrs Gale said that the most common complaints were late or missed calls and not knowing "
          "which care worker would arrive, and that few people had ever been asked for their views "
          "by the Council."),
         ("Councillor Lindqvist asked the ICB whether delays in starting home care were affecting "
          "hospital discharge.",
          "Ms Nandakumar said that on an average day 23 Hallowmere residents in hospital were "
          "waiting for a home care package and that the ICB would welcome a joint approach to "
          "recruitment."),
     ]),
]


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "Hallowmere County Council – Care at Home Task and Finish Group – Final Report"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    fld.append(rr)
    fp._p.append(fld)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("HALLOWMERE COUNTY COUNCIL")
    rr.bold = True
    rr.font.size = Pt(16)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("Adults and Health Select Committee")
    rr.font.size = Pt(13)
    d.add_paragraph()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("Care at Home: Commissioning for Quality and Sustainability")
    rr.bold = True
    rr.font.size = Pt(20)
    rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Final report of the Care at Home Task and Finish Group").italic = True
    d.add_paragraph()
    tbl = d.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for a, b in [("Report to", "Adults and Health Select Committee – 4 December 2025\n"
                               "Cabinet – 13 January 2026"),
                 ("Chairman of the Group", "Councillor Margaret Ashworth"),
                 ("Lead officer", "Ruth Egan, Scrutiny Officer, Democratic Services"),
                 ("Status", "Final – agreed by the Task and Finish Group on 14 October 2025")]:
        row = tbl.add_row().cells
        row[0].text = a
        row[1].text = b
        row[0].paragraphs[0].runs[0].bold = True

    d.add_page_break()
    d.add_heading("Chairman’s foreword", level=1)
    for txt in [
        "Around 5,800 people in Hallowmere rely on care at home to help them get up, wash, eat and "
        "take their medication. For most of them it is the difference between living in their own "
        "home and moving into residential care. Yet the evidence we heard shows a market under "
        "strain: providers handing back packages, people waiting in hospital for care to start and "
        "care workers who are not always paid for the time they spend driving between calls.",
        "I am grateful to everyone who gave up their time to talk to us, and especially to the "
        "carers and people receiving care who told us about their experiences. Our recommendations "
        "are practical and, we believe, affordable over the life of the next framework.",
        "Councillor Margaret Ashworth, Chairman of the Task and Finish Group",
    ]:
        d.add_paragraph(txt)

    d.add_heading("1. Executive summary", level=1)
    for txt in [
        "The Task and Finish Group was set up by the Adults and Health Select Committee in January "
        "2025 to examine how the Council commissions care at home and whether the current framework "
        "contract, which runs until March 2027, secures good quality, sustainable care across the "
        "county. The Council spends £58.3 million a year on home care purchased from 14 framework "
        "providers and a further 37 providers engaged on spot contracts.",
        "We found that the framework has not delivered the stability that was expected when it was "
        "let in 2021. Almost a third of hours are now bought outside the framework, often at higher "
        "rates, and the rural zones are the hardest to cover. We make seven recommendations, set "
        "out below.",
    ]:
        d.add_paragraph(txt)

    d.add_heading("2. Recommendations", level=1)
    rt = d.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    hdr = rt.rows[0].cells
    for c, h in zip(hdr, ["No.", "Recommendation", "Directed to"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for n, txt, to in RECS:
        row = rt.add_row().cells
        row[0].text, row[1].text, row[2].text = n, txt, to

    d.add_heading("3. Background", level=1)
    for txt in [
        "3.1 The Care at Home framework was procured in 2021 following a competitive tender and "
        "divides the county into nine zones. Providers are paid a single hourly rate, currently "
        "£24.60, regardless of the zone in which care is delivered.",
        "3.2 In 2024/25 providers handed back 412 packages of care, compared with 166 in 2022/23. "
        "Over the same period the number of people waiting for a package rose from 38 to 117 at "
        "its peak in January 2025.",
        "3.3 The Council’s fair cost of care exercise in 2022 estimated that the median cost of "
        "delivering an hour of home care in the county was £26.10, rising to £29.40 in the most "
        "rural zones.",
    ]:
        d.add_paragraph(txt)

    d.add_heading("4. How we carried out the review", level=1)
    for txt in [
        "4.1 The Group held three evidence sessions between March and May 2025, a record of which "
        "is at Appendix B. Members also visited two providers’ offices, accompanied care workers "
        "on morning rounds in Wealdon and Hallow Vale, and considered the results of a survey of "
        "312 care workers carried out by UNISON.",
        "4.2 The Group’s terms of reference and membership are at Appendix A.",
    ]:
        d.add_paragraph(txt)

    d.add_heading("5. Findings", level=1)
    findings = [
        ("5.1 Market sufficiency",
         "The framework does not provide enough certainty of volume for providers to invest in "
         "rural rounds. Witnesses were consistent that a zoned model with a guaranteed minimum "
         "number of hours would help providers to recruit and retain staff (Recommendation R1)."),
        ("5.2 Workforce and pay",
         "Pay for care workers in the county averages £11.62 an hour, only slightly above the "
         "National Living Wage, and fewer than half of care workers surveyed were paid for all of "
         "their travel time. Turnover of 38% at one provider illustrates the cost of this "
         "(Recommendations R2 and R6)."),
        ("5.3 Spot purchasing and the role of the Council",
         "The growth of spot purchasing undermines the framework and costs the Council more. The "
         "Group considered whether some care should be delivered directly by the Council and "
         "concluded that a targeted in-house reablement service was worth testing "
         "(Recommendations R3 and R4)."),
        ("5.4 Listening to people who use services",
         "Contract monitoring focuses on records and rotas rather than on the experience of people "
         "receiving care. Healthwatch told us that few people had been asked for their views "
         "(Recommendation R5)."),
    ]
    for h, txt in findings:
        d.add_heading(h, level=2)
        d.add_paragraph(txt)

    d.add_heading("6. Conclusion", level=1)
    d.add_paragraph("The Group asks the Select Committee to endorse this report and its "
                    "recommendations and to submit them to the Cabinet for a response within two "
                    "months, in accordance with the Overview and Scrutiny Procedure Rules.")

    d.add_page_break()
    d.add_heading("Appendix A – Membership and terms of reference", level=1)
    d.add_paragraph("Membership: Councillor Margaret Ashworth (Chairman), Councillor Daljit Kaur, "
                    "Councillor Pia Lindqvist, Councillor Simon Mortimer and Councillor Tobi Ubaka.")
    d.add_paragraph("Supported by: Ruth Egan, Scrutiny Officer, and Clare Redfern, Head of "
                    "Commissioning (Adults).")
    d.add_paragraph("Terms of reference: to review the commissioning of care at home services "
                    "for adults, with particular reference to (a) the sufficiency and stability of "
                    "the market; (b) the workforce; (c) value for money; and (d) the experience of "
                    "people who receive care and their carers.")

    d.add_heading("Appendix B – Record of evidence sessions", level=1)
    d.add_paragraph("The notes below summarise the questions put by Members of the Group to "
                    "witnesses and the main points made in response. They are not verbatim and "
                    "were not formal meetings of the Council.").italic = True
    for title, present, witnesses, qas in EVIDENCE:
        d.add_heading(title, level=2)
        d.add_paragraph(present)
        d.add_paragraph(witnesses)
        for i, (q, a) in enumerate(qas, 1):
            para = d.add_paragraph()
            para.add_run(f"Question {i}. ").bold = True
            para.add_run(q)
            para2 = d.add_paragraph()
            para2.paragraph_format.left_indent = Cm(1)
            para2.add_run("Summary of response: ").italic = True
            para2.add_run(a)

    d.add_heading("Appendix C – Glossary", level=1)
    for a, b in [("Framework", "An agreement setting out the terms on which the Council buys care "
                               "from a list of approved providers."),
                 ("Spot contract", "A contract for an individual package of care bought outside "
                                   "the framework."),
                 ("Reablement", "Short-term support to help people regain skills and confidence, "
                                "usually after a stay in hospital.")]:
        para = d.add_paragraph()
        para.add_run(a + ": ").bold = True
        para.add_run(b)

    cp = d.core_properties
    cp.author = "Ruth Egan"
    cp.last_modified_by = "Ruth Egan"
    cp.title = "Care at Home Task and Finish Group - Final Report"
    cp.created = datetime.datetime(2025, 10, 14, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 10, 20, 16, 30, 0)
    cp.revision = 7

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the build is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 20, 16, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


DOCX_GOLD = {"document": DOCX_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    texts = {
        PDF_NAME: pdf_text(os.path.join(DOCS, PDF_NAME)),
        HTML_NAME: html_text(os.path.join(DOCS, HTML_NAME)),
    }
    for name in [PDF_NAME, HTML_NAME, DOCX_NAME]:
        gpath = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
        assert g["document"] == name
        if name not in texts:
            print(f"{name}: doc_type={g['doc_type']} (no phrases)")
            continue
        body = norm(texts[name])
        item_nums = {i["number"] for i in g["items"]}
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
            assert q["item"] in item_nums, q
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
            assert r["item"] in item_nums, r
        for kind, ph in phrases:
            n = len(ph.split())
            c = body.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name} {kind}: count={c} words={n}: {ph!r}")
        for a in g["attendees"]:
            surname = a["name"].split()[-1]
            if norm(surname) not in body:
                ok = False
                print(f"FAIL {name} attendee not found: {a['name']}")
        print(f"{name}: items={len(g['items'])} questions={len(g['questions'])} "
              f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_html(os.path.join(DOCS, HTML_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    # item titles exactly as printed (the PDF prints them in capitals)
    printed = {b[1]: b[2] for b in PDF_BLOCKS if b[0] == "h"}
    for it in PDF_GOLD["items"]:
        assert it["title"].upper() == printed[it["number"]], it
        it["title"] = printed[it["number"]]
    for g in (PDF_GOLD, HTML_GOLD, DOCX_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built", PDF_NAME, HTML_NAME, DOCX_NAME)


if __name__ == "__main__":
    main()
