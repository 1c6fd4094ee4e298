#!/usr/bin/env python3
"""Build the "ls-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ls.py           build documents/ls-* and gold/ls-*.json
        build_ls.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)

MINUTES_NAME = "ls-fellshire-health-wellbeing-scrutiny-2025-11-13.pdf"
OTHER_NAME = "ls-fellshire-officer-decision-record-odr-2025-118.docx"

COMMITTEE = "Health and Wellbeing Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes.  Block kinds: p (paragraph), q (indented quotation), res (RESOLVED,
# with optional clauses), line (short unindented line).
# ---------------------------------------------------------------------------
PRESENT_CHAIR = "Mrs E Brackstone (Chair)"
PRESENT_COLS = [
    ("Mr J Allonby", "Mrs L Gaitskell"),
    ("Ms K Dacre", "Mr P Hewetson"),
    ("Mr R Fearon", "Mrs S Ireby (Vice-Chair)"),
    ("Mr W Grisedale", "Mr D Stanwix"),
]
ALSO = [
    ("Mr A Farrer", "Cabinet Member for Adults and Health"),
    ("Ms R Wharton", "Executive Director \u2013 People"),
    ("Dr H Kendal", "Director of Public Health"),
    ("Mr M Tebay", "Assistant Director \u2013 Provider Services"),
    ("Ms C Armathwaite", "Senior Manager \u2013 Commissioning"),
    ("Ms J Hutton", "Director of Place (Fellshire), North Pennine and Coast Integrated Care Board"),
    ("Mr S Orton", "Chief Operating Officer, North Fellshire Hospitals NHS Foundation Trust"),
    ("Ms L Bewcastle", "Head of Primary Care (Dental), North Pennine and Coast Integrated Care Board"),
    ("Mrs A Lamplugh", "Senior Democratic Services Officer"),
]

ITEMS = [
    ("31", "APOLOGIES FOR ABSENCE", [
        ("p", "Apologies for absence were received from Mr N Marrbeck and Mrs F Skelwith."),
    ]),
    ("32", "MEMBERSHIP", [
        ("p", "It was reported that Mr D Stanwix was attending as a substitute for Mr N Marrbeck "
              "for this meeting only."),
    ]),
    ("33", "DISCLOSURES OF INTEREST", [
        ("p", "Mr R Fearon disclosed a non-pecuniary interest in agenda item 10 (Care at Home "
              "Recommissioning) as a close family member was employed by a home care provider in "
              "the Penthwaite area."),
        ("p", "Mrs L Gaitskell disclosed a non-pecuniary interest in agenda item 8 (Director of "
              "Public Health Annual Report 2025) as she was a volunteer trustee of Eskholme "
              "Community Pantry."),
    ]),
    ("34", "EXCLUSION OF PRESS AND PUBLIC", [
        ("res", "that the press and public be not excluded during consideration of any items on "
                "the agenda.", []),
    ]),
    ("35", "MINUTES", [
        ("p", "With reference to minute 24 (Stroke Services), a member asked when the figures on "
              "thrombolysis times promised by the Trust at the last meeting would be circulated. "
              "The Senior Democratic Services Officer advised that the figures had been received "
              "the previous day and would be sent to all members of the Committee that week."),
        ("res", "that the minutes of the meeting held on 11 September 2025 be confirmed as a "
                "correct record and signed by the Chair.", []),
    ]),
    ("36", "PUBLIC PARTICIPATION", [
        ("p", "The Chair reported that one question had been received under the Council\u2019s "
              "public participation procedure from Mr G Loweswater of Threlston, as follows:-"),
        ("q", "\u201cPatients and families in the Threlston area were told in 2023 that the closure "
              "of the 16 inpatient beds at Threlston Community Hospital was temporary. Two years "
              "on, can the Committee tell residents when the beds will reopen, and what scrutiny "
              "it has carried out of the decision to keep them closed?\u201d"),
        ("p", "The Chair read out the following response, which had been prepared with the North "
              "Fellshire Hospitals NHS Foundation Trust:-"),
        ("q", "\u201cThe inpatient beds at Threlston Community Hospital were closed on a temporary "
              "basis because the Trust could not safely staff them. The Trust has now completed "
              "its review of community bed provision in the north of the county and will bring "
              "its proposals to this Committee in March 2026, before any public consultation "
              "begins. The Committee will consider at that meeting whether the proposals amount "
              "to a substantial variation in services and will decide what further scrutiny is "
              "needed.\u201d"),
        ("p", "Mr Loweswater asked a supplementary question as to whether residents would be able "
              "to attend and speak at that meeting. The Chair confirmed that the meeting would be "
              "held in public and that the Council\u2019s public participation procedure would "
              "apply."),
    ]),
    ("37", "ADULT SOCIAL CARE WINTER PLANNING AND HOSPITAL DISCHARGE", [
        ("p", "Members considered a report from the Executive Director \u2013 People which set out "
              "the arrangements in place across adult social care and the NHS for winter 2025/26, "
              "including the Council\u2019s contribution to the Fellshire Urgent and Emergency "
              "Care Plan, the use of the Better Care Fund and current performance on hospital "
              "discharge."),
        ("p", "The Cabinet Member for Adults and Health introduced the report and highlighted that "
              "the number of people waiting in hospital for a package of care had fallen from 74 "
              "in November 2024 to 41 at the end of October 2025, largely because of the expansion "
              "of the reablement service and the increased use of the Council\u2019s own "
              "residential beds for step-down care. The Executive Director \u2013 People explained "
              "that the position remained fragile in the west of the county, where the recruitment "
              "of care workers continued to be very difficult, and that 212 hours of home care a "
              "week were still unsourced in the Marrowby and coastal area."),
        ("p", "A member asked how many of the people delayed in hospital were waiting for a care "
              "home placement rather than for care at home. The Assistant Director \u2013 Provider "
              "Services confirmed that around a third were waiting for a residential or nursing "
              "placement, mainly people with complex dementia, and that the Council was working "
              "with two independent providers to open additional specialist dementia beds before "
              "Christmas."),
        ("p", "Mr Hewetson expressed concern at the length of time patients from the coastal towns "
              "were spending in Eskholme General Hospital after they were medically fit for "
              "discharge and asked whether the figures could be broken down by locality so that "
              "members could see where the problems were greatest. The Executive Director \u2013 "
              "People agreed that this would be helpful and undertook to circulate a breakdown by "
              "locality before the next meeting."),
        ("p", "A member commented that the loss of the Marrowby day centre in 2024 had placed "
              "additional strain on unpaid carers in the area, many of whom were themselves older "
              "people."),
        ("p", "In response to a question about the Better Care Fund, the Executive Director \u2013 "
              "People explained that the pooled budget for 2025/26 was \u00a358.2 million, of "
              "which \u00a36.1 million had been allocated to discharge support, and that the plan "
              "had been signed off by the Health and Wellbeing Board in June."),
        ("p", "A member queried whether the hospital trust was confident that it would not have to "
              "declare critical incidents this winter, as had happened twice in January 2025. The "
              "Director of Place (Fellshire) advised that it would be wrong to give a guarantee, but "
              "that the opening of the new same day emergency care unit at Eskholme and the virtual "
              "ward, which now had 60 beds, meant that the system was in a stronger position than "
              "twelve months ago. The Chief Operating Officer added that the Trust\u2019s escalation "
              "plans had been tested in an exercise with the Council and the ambulance service in "
              "October."),
        ("p", "Concerns were expressed that care workers in rural areas were still not paid for "
              "their travel time by some providers, which made it hard to recruit and keep staff. "
              "The Senior Manager \u2013 Commissioning explained that the new care at home contracts, "
              "which would be considered later in the meeting, would require providers to pay "
              "travel time and at least the Real Living Wage."),
        ("res", "that", [
            "(1) the report be noted;",
            "(2) a breakdown of delayed discharges by locality be circulated to members of the "
            "Committee;",
            "(3) a further update on winter performance be brought to the meeting of the Committee "
            "in March 2026.",
        ]),
    ]),
    ("38", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025", [
        ("p", "The Director of Public Health presented her annual report for 2025, \u2018Growing Up "
              "in Fellshire\u2019, which this year focused on the health of children and young "
              "people. She drew members\u2019 attention to the rise in vaping among 11 to 15 year "
              "olds, the level of smoking in pregnancy in the coastal towns, which at 14.8% was "
              "almost double the England average, and the proportion of children leaving primary "
              "school above a healthy weight. The report also set out the gap in healthy life "
              "expectancy between the most and least deprived communities in the county and made "
              "eight recommendations to the Council and its partners."),
        ("p", "A member asked what was being done to stop the sale of vapes to children, noting "
              "that several shops near schools in Eskholme were openly selling them. The Director "
              "of Public Health explained that Trading Standards had carried out 46 test purchases "
              "in the past year, 11 of which had resulted in a sale to a person under 18, and that "
              "the Council would use the new powers in the Tobacco and Vapes Bill as soon as they "
              "came into force."),
        ("p", "Mrs Gaitskell questioned whether the Holiday Activities and Food programme would "
              "continue beyond March 2026, given that the government grant had only ever been "
              "confirmed one year at a time. The Director of Public Health confirmed that the grant "
              "had now been confirmed for three years from April 2026, which would allow the "
              "Council to give schools and community groups longer agreements."),
        ("p", "Members discussed the difference in life expectancy of almost eleven years for men "
              "between the most and least deprived wards in the county. A member sought "
              "clarification as to whether the gap had widened since the previous annual report, "
              "and the Director of Public Health confirmed that it had widened slightly for men and "
              "narrowed for women, although the numbers involved in some wards were small and the "
              "figures should be treated with caution. Members noted that the largest gaps were in "
              "the wards along the coast and in the former mining villages to the south of "
              "Marrowby, and a member observed that the same wards had the lowest take-up of "
              "childhood immunisations, the highest rates of smoking in pregnancy and the fewest "
              "GP appointments per head of population, which showed how closely the different "
              "problems were linked."),
        ("p", "A member requested that the Committee receive a separate report on suicide "
              "prevention, given the number of deaths among middle-aged men in farming "
              "communities highlighted in chapter 4 of the report. The Chair agreed that this "
              "would be added to the work programme for the new year."),
        ("res", "that", [
            "(1) the Director of Public Health Annual Report 2025 be noted;",
            "(2) the Committee\u2019s thanks be passed to the Director of Public Health and her "
            "team for a clear and readable report;",
            "(3) a report on suicide prevention in Fellshire be added to the Committee\u2019s "
            "work programme.",
        ]),
    ]),
    ("39", "NHS DENTAL SERVICES IN FELLSHIRE", [
        ("p", "The Chair welcomed Ms L Bewcastle, Head of Primary Care (Dental) at the North "
              "Pennine and Coast Integrated Care Board (ICB), to the meeting."),
        ("p", "Members received a presentation which explained that only 38% of adults in "
              "Fellshire had seen an NHS dentist in the previous 24 months, compared with 40% "
              "across England, and that the practices in Kirkby Aldale and Threlston had handed "
              "back their NHS contracts during 2025. The ICB had commissioned additional urgent "
              "care sessions, was piloting a \u2018golden hello\u2019 scheme to attract dentists "
              "to the west of the county and was working with Eskholme College on a dental "
              "therapy course."),
        ("p", "A member asked where residents of Kirkby Aldale should now go for treatment, given "
              "that the town no longer had an NHS dental practice. Members were informed that "
              "patients could call NHS 111 for urgent treatment and that 1,200 additional urgent "
              "care sessions had been commissioned at practices in Eskholme and Penthwaite, "
              "although it was accepted that these involved a round trip of up to 40 miles for "
              "some residents."),
        ("p", "Mr Allonby expressed his frustration that the national dental contract still did "
              "not pay practices fairly for treating patients with high needs, and asked whether "
              "the ICB had made representations to the Department of Health and Social Care. The "
              "Head of Primary Care (Dental) confirmed that the ICB had responded to the "
              "government\u2019s consultation on contract reform and had raised the position of "
              "rural and coastal areas directly with national officials."),
        ("p", "Ms Dacre asked about supervised toothbrushing in schools and nurseries. The Director "
              "of Public Health advised that the programme now reached 64 early years settings and "
              "29 primary schools and that she hoped to extend it to every setting in the most "
              "deprived areas by September 2026."),
        ("p", "A member commented that constituents regularly reported being told by practices "
              "that they could only be seen privately, at a cost many of them could not afford."),
        ("res", "that", [
            "(1) the presentation be noted;",
            "(2) the Chair write to the Secretary of State for Health and Social Care on behalf of "
            "the Committee, setting out members\u2019 concerns about access to NHS dentistry in "
            "Fellshire.",
        ]),
    ]),
    ("40", "CARE AT HOME RECOMMISSIONING", [
        ("p", "Mr R Fearon, having earlier disclosed a non-pecuniary interest, took no part in "
              "the discussion of this item."),
        ("p", "Members considered a report from the Executive Director \u2013 People which sought "
              "the views of the Committee on the proposed model for recommissioning care at home "
              "services from April 2026, prior to its consideration by Cabinet on 4 December 2025. "
              "The Senior Manager \u2013 Commissioning explained that the current framework, "
              "under which 31 providers delivered around 19,500 hours of care a week, had led to "
              "long travel times and gaps in the more rural areas. It was proposed to divide the "
              "county into eight zones, each with a lead provider, supported by an enlarged "
              "in-house service which would act as the provider of last resort."),
        ("p", "A member asked whether the Council had considered bringing more of the service "
              "back in-house rather than relying on private providers. The Executive Director "
              "\u2013 People advised that the option had been appraised but that a fully in-house "
              "service was estimated to cost \u00a39.4 million a year more than the proposed "
              "model; the enlarged in-house team would however give the Council greater "
              "resilience if a provider failed."),
        ("p", "Members expressed concern that smaller local providers might be squeezed out by "
              "large national companies under a lead provider model. The Senior Manager \u2013 "
              "Commissioning explained that lead providers would be required to subcontract at "
              "least 30% of the hours in their zone to local providers and that the Council would "
              "monitor this through quarterly contract meetings."),
        ("p", "Mrs Ireby asked how people who currently received care, and their families, had "
              "been involved in designing the new model. It was confirmed that 412 people had "
              "responded to the consultation during the summer and that a panel of people who use "
              "services had helped to write the service specification."),
        ("p", "The Cabinet Member for Adults and Health reminded members that the final decision "
              "rested with Cabinet and thanked the Committee for its involvement in the "
              "development of the proposals over the past year."),
        ("res", "that Cabinet be recommended to approve the proposed model for care at home "
                "services from April 2026, subject to:", [
            "(1) the contracts requiring all providers to pay care workers for their travel time;",
            "(2) a report on the first six months of the new arrangements being brought to this "
            "Committee.",
        ]),
    ]),
    ("41", "WORK PROGRAMME", [
        ("p", "Members considered the Committee\u2019s work programme for 2025/26."),
        ("p", "A member asked why the item on mental health crisis services had been removed from "
              "the January agenda. The Senior Democratic Services Officer advised that the mental "
              "health trust had asked for the item to be moved to March 2026 so that the new "
              "crisis line could bed in before it was reviewed."),
        ("p", "Members agreed the work programme, subject to the addition of the report on "
              "suicide prevention requested earlier in the meeting and the moving of the mental "
              "health crisis services item to March 2026."),
    ]),
    ("42", "DATE OF NEXT MEETING", [
        ("res", "that it be noted that the next meeting of the Committee will be held on Thursday, "
                "15 January 2026 at 10.00 am at County Offices, Eskholme.", []),
    ]),
]
CLOSING = "The meeting ended at 1.07 pm"

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-13",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("35", "question", "asked when the figures on thrombolysis times promised by the Trust",
          "the figures had been received the previous day and would be sent",
          None, "Senior Democratic Services Officer", []),
        q("36", "question", "can the Committee tell residents when the beds will reopen",
          "will bring its proposals to this Committee in March 2026",
          "Mr G Loweswater", "Chair", ["patient-and-public-input", "governance"]),
        q("36", "question", "whether residents would be able to attend and speak at that meeting",
          "held in public and that the Council's public participation procedure would apply",
          "Mr Loweswater", "Chair", ["patient-and-public-input"]),
        q("37", "question", "waiting for a care home placement rather than for care at home",
          "around a third were waiting for a residential or nursing placement",
          None, "Assistant Director \u2013 Provider Services",
          ["adult-social-care", "mental-health"]),
        q("37", "concern", "expressed concern at the length of time patients from the coastal towns",
          "undertook to circulate a breakdown by locality before the next meeting",
          "Mr Hewetson", "Executive Director \u2013 People", ["adult-social-care"]),
        q("37", "comment", "the loss of the Marrowby day centre in 2024 had placed additional strain",
          None, None, None, ["adult-social-care"]),
        q("37", "question", "In response to a question about the Better Care Fund",
          "the pooled budget for 2025/26 was \u00a358.2 million",
          None, "Executive Director \u2013 People", ["integration", "finance"]),
        q("37", "question", "would not have to declare critical incidents this winter",
          "it would be wrong to give a guarantee",
          None, "Director of Place (Fellshire)", []),
        q("37", "concern", "care workers in rural areas were still not paid for their travel time",
          "would require providers to pay travel time and at least the Real Living Wage",
          None, "Senior Manager \u2013 Commissioning",
          ["workforce", "adult-social-care", "subcontracting"]),
        q("38", "question", "what was being done to stop the sale of vapes to children",
          "Trading Standards had carried out 46 test purchases in the past year",
          None, "Director of Public Health", ["public-health", "children-and-families"]),
        q("38", "question", "whether the Holiday Activities and Food programme would continue beyond March 2026",
          "the grant had now been confirmed for three years from April 2026",
          "Mrs Gaitskell", "Director of Public Health",
          ["children-and-families", "finance", "public-health"]),
        q("38", "question", "whether the gap had widened since the previous annual report",
          "it had widened slightly for men and narrowed for women",
          None, "Director of Public Health", ["public-health"]),
        q("38", "comment", "the same wards had the lowest take-up of childhood immunisations",
          None, None, None, ["public-health", "primary-care", "children-and-families"]),
        q("38", "request", "receive a separate report on suicide prevention, given the number of deaths",
          "The Chair agreed that this would be added to the work programme",
          None, "Chair", ["mental-health", "public-health"]),
        q("39", "question", "where residents of Kirkby Aldale should now go for treatment",
          "patients could call NHS 111 for urgent treatment",
          None, None, ["primary-care"]),
        q("39", "concern", "the national dental contract still did not pay practices fairly",
          "had raised the position of rural and coastal areas directly with national officials",
          "Mr Allonby", "Head of Primary Care (Dental)", ["primary-care", "finance"]),
        q("39", "question", "Ms Dacre asked about supervised toothbrushing in schools and nurseries",
          "the programme now reached 64 early years settings and 29 primary schools",
          "Ms Dacre", "Director of Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("39", "comment", "they could only be seen privately, at a cost many of them could not afford",
          None, None, None, ["primary-care", "privatisation", "finance"]),
        q("40", "question", "bringing more of the service back in-house rather than relying on private providers",
          "a fully in-house service was estimated to cost \u00a39.4 million a year more",
          None, "Executive Director \u2013 People",
          ["privatisation", "adult-social-care", "subcontracting", "finance"]),
        q("40", "concern", "smaller local providers might be squeezed out by large national companies",
          "lead providers would be required to subcontract at least 30% of the hours",
          None, "Senior Manager \u2013 Commissioning",
          ["subcontracting", "privatisation", "adult-social-care"]),
        q("40", "question", "how people who currently received care, and their families, had been involved",
          "412 people had responded to the consultation during the summer",
          "Mrs Ireby", None, ["patient-and-public-input", "adult-social-care"]),
        q("41", "question", "why the item on mental health crisis services had been removed",
          "had asked for the item to be moved to March 2026",
          None, "Senior Democratic Services Officer", ["mental-health"]),
    ],
    "resolutions": [
        r("34", "the press and public be not excluded during consideration of any items", "agreed", []),
        r("35", "the minutes of the meeting held on 11 September 2025 be confirmed", "agreed", []),
        r("37", "a further update on winter performance be brought to the meeting", "agreed",
          ["adult-social-care"]),
        r("38", "the Director of Public Health Annual Report 2025 be noted", "agreed",
          ["public-health", "mental-health"]),
        r("39", "the Chair write to the Secretary of State for Health and Social Care", "agreed",
          ["primary-care"]),
        r("40", "Cabinet be recommended to approve the proposed model for care at home services",
          "recommended", ["adult-social-care", "subcontracting", "workforce"]),
        r("41", "Members agreed the work programme, subject to the addition of the report", "agreed",
          ["mental-health"]),
        r("42", "the next meeting of the Committee will be held on Thursday, 15 January 2026",
          "noted", []),
    ],
    "attendees": (
        [{"name": "Mrs E Brackstone", "role": "Chair", "attendance": "present"}]
        + [{"name": n.replace(" (Vice-Chair)", ""),
            "role": "Vice-Chair" if "Vice-Chair" in n else None,
            "attendance": "present"}
           for n in ["Mr J Allonby", "Ms K Dacre", "Mr R Fearon", "Mr W Grisedale",
                     "Mrs L Gaitskell", "Mr P Hewetson", "Mrs S Ireby (Vice-Chair)", "Mr D Stanwix"]]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in ALSO]
        + [{"name": "Mr N Marrbeck", "role": None, "attendance": "apologies"},
           {"name": "Mrs F Skelwith", "role": None, "attendance": "apologies"}]
    ),
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 4, "Health and Wellbeing Scrutiny Committee \u2013 13 November 2025",
                      align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Wellbeing Scrutiny Committee - 13 November 2025")
    pdf.set_author("Fellshire County Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.2
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "FELLSHIRE COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 7, "HEALTH AND WELLBEING SCRUTINY COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(0, lh, "Minutes of a Meeting of the Health and Wellbeing Scrutiny Committee "
                   "held on Thursday, 13 November 2025 at 10.00 am at Conference Room 1, "
                   "County Offices, Eskholme", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, lh, "PRESENT:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, lh, PRESENT_CHAIR, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for a, b in PRESENT_COLS:
        pdf.set_x(20)
        pdf.cell(75, lh, a)
        pdf.cell(75, lh, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, lh, "Also in Attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10.5)
    for name, role in ALSO:
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(42, lh, name)
        pdf.set_xy(62, y)
        pdf.cell(4, lh, "-")
        pdf.set_xy(66, y)
        pdf.multi_cell(124, lh, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, lh, "PART 1 \u2013 ITEMS CONSIDERED IN THE PRESENCE OF THE PUBLIC AND PRESS",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    body_x, body_w = 35, 155
    for num, title, blocks in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(15, lh, num)
        pdf.set_xy(body_x, y)
        pdf.multi_cell(body_w, lh, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf.set_font("Sans", "", 10.5)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "q":
                pdf.set_font("Sans", "I", 10.5)
                pdf.set_x(body_x + 8)
                pdf.multi_cell(body_w - 16, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "res":
                _, text, clauses = block
                pdf.set_x(body_x)
                pdf.set_font("Sans", "B", 10.5)
                pdf.write(lh, "RESOLVED, ")
                pdf.set_font("Sans", "", 10.5)
                pdf.set_left_margin(body_x)
                pdf.write(lh, text)
                pdf.set_left_margin(20)
                pdf.ln(lh)
                for clause in clauses:
                    pdf.ln(1.5)
                    m = re.match(r"(\(\d+\))\s+(.*)", clause)
                    yy = pdf.get_y()
                    if yy > 270:
                        pdf.add_page()
                        yy = pdf.get_y()
                    pdf.set_xy(body_x + 8, yy)
                    pdf.cell(10, lh, m.group(1))
                    pdf.set_xy(body_x + 18, yy)
                    pdf.multi_cell(body_w - 18, lh, m.group(2), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.ln(2)
    pdf.set_font("Sans", "", 10.5)
    pdf.ln(4)
    pdf.set_x(body_x)
    pdf.cell(0, lh, CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# DOCX: a record of an officer decision (not minutes)
# ---------------------------------------------------------------------------
def build_docx(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Record of an Officer Decision ODR/2025/118"
    cp.revision = 3
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("FELLSHIRE COUNTY COUNCIL")
    run.bold = True
    run.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("RECORD OF AN OFFICER DECISION")
    run.bold = True
    run.font.size = Pt(13)
    d.add_paragraph("This form must be completed for all key decisions and for other decisions "
                    "taken by officers under delegated powers which are of significant public "
                    "interest. Once signed, send the completed form to Democratic Services for "
                    "publication on the Council\u2019s website.")

    rows = [
        ("Decision reference", "ODR/2025/118"),
        ("Decision taker", "Ms R Wharton, Executive Director \u2013 People"),
        ("Date of decision", "18 November 2025"),
        ("Key decision?", "Yes \u2013 Forward Plan reference KD/2025/061"),
        ("Subject", "Award of an interim contract for specialist dementia residential beds, "
                    "Eskholme and Marrowby"),
        ("Delegated authority", "Part 3, Section 6, paragraph 4.2 of the Constitution "
                                "(Scheme of Delegation to Officers)"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v

    def head(text):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(text)
        run.bold = True

    head("1. Decision")
    d.add_paragraph("To award an interim contract to Fellview Care Homes Ltd for the provision of "
                    "up to 18 specialist dementia residential beds at Fellview House, Eskholme and "
                    "Croftlands, Marrowby, for the period 1 December 2025 to 30 November 2026, at a "
                    "total estimated cost of \u00a31,218,000, with an option to extend for a "
                    "further six months.")
    head("2. Reasons for the decision")
    d.add_paragraph("At the end of October 2025 around a third of the people waiting in hospital "
                    "for care were waiting for a residential or nursing placement, most of them "
                    "people with complex dementia. The Council does not at present have enough "
                    "specialist beds in the north and west of the county to meet this need over "
                    "the winter. A direct award under the Council\u2019s Contract Procedure Rules "
                    "(rule 12.3, urgency) is required because a full tender could not be completed "
                    "before the end of the financial year.")
    head("3. Alternative options considered and rejected")
    d.add_paragraph("(a) Do nothing \u2013 rejected because delayed discharges would be likely to "
                    "increase over the winter.")
    d.add_paragraph("(b) Spot purchase beds as needed \u2013 rejected because the average weekly "
                    "cost of spot placements is 22% higher and availability cannot be guaranteed.")
    d.add_paragraph("(c) Open in-house beds at Skelgill Lodge \u2013 rejected for this winter "
                    "because the building requires works that cannot be completed before April "
                    "2026; to be considered as part of the longer-term bed strategy.")
    head("4. Consultation undertaken")
    d.add_paragraph("The Cabinet Member for Adults and Health was consulted on 14 November 2025. "
                    "The Cabinet Member asked whether the provider had been inspected recently and "
                    "what its rating was. Officers confirmed that both homes were rated Good by "
                    "the Care Quality Commission at their last inspections in 2024.")
    d.add_paragraph("The Cabinet Member also asked whether local members had been told. Officers "
                    "advised that the local members for Eskholme North and Marrowby West had been "
                    "briefed on 13 November 2025 and had raised no objections.")
    d.add_paragraph("The Health and Wellbeing Scrutiny Committee was informed of the shortage of "
                    "dementia beds at its meeting on 13 November 2025 (minute 37 refers).")
    head("5. Financial implications")
    d.add_paragraph("The cost will be met from the Better Care Fund discharge allocation for "
                    "2025/26 and 2026/27. The Section 151 Officer has confirmed that funding is "
                    "available.")
    head("6. Legal implications")
    d.add_paragraph("The Director of Legal and Governance has confirmed that the direct award "
                    "complies with the Health Care Services (Provider Selection Regime) "
                    "Regulations 2023 as they apply to the Council and with rule 12.3 of the "
                    "Contract Procedure Rules.")
    head("7. Declarations of interest")
    d.add_paragraph("None.")
    head("8. Dispensations granted")
    d.add_paragraph("None.")
    head("Questions about this decision")
    d.add_paragraph("Is this decision subject to call-in? Yes. The decision may not be implemented "
                    "until the call-in period of five working days has expired, which will be at "
                    "5.00 pm on 25 November 2025.")
    d.add_paragraph("Who can I contact? Mrs A Lamplugh, Senior Democratic Services Officer, "
                    "democratic.services@fellshire.example.gov.uk")

    sig = d.add_table(rows=2, cols=2)
    sig.style = "Table Grid"
    sig.cell(0, 0).text = "Signed (decision taker):"
    sig.cell(0, 1).text = "R Wharton"
    sig.cell(1, 0).text = "Date:"
    sig.cell(1, 1).text = "18 November 2025"
    d.add_paragraph("Published: 19 November 2025")
    d.save(str(path))
    fix_zip_times(path)


def fix_zip_times(path):
    """Rewrite the .docx package with fixed member timestamps so the bytes are stable."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 20, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_file in sorted(GOLD.glob("ls-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        text = norm(text_of(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            count = text.count(norm(ph))
            if count != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']} {kind}: {count} matches, {n} words: {ph!r}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / OTHER_NAME)
    for g in (MINUTES_GOLD, OTHER_GOLD):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written", MINUTES_NAME, OTHER_NAME)


if __name__ == "__main__":
    main()
