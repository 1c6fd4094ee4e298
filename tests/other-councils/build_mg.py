#!/usr/bin/env python3
"""Build the "mg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mg.py           build documents/mg-* and gold/mg-*.json
        build_mg.py --check   verify every gold phrase occurs once in its document
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2025, 2, 18, 9, 30, 0, tzinfo=timezone.utc)

MINUTES = "mg-sladeholme-hasc-scrutiny-panel-2025-02-11.pdf"
REPORT = "mg-sladeholme-hasc-report-nhs-dental-access-2025-02-11.docx"

COMMITTEE = "Health and Adult Social Care Scrutiny Panel"
RUNNING_HEAD = "Health and Adult Social Care Scrutiny Panel -  11 February 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
ATTENDANCE = [
    ("Present:", [
        "Councillor Elaine Royd (Chair)",
        "Councillor Tariq Mahmood",
        "Councillor Susan Hirst",
        "Councillor Graham Oldroyd",
        "Councillor Nasreen Akhtar",
        "Councillor Philip Sugden",
    ]),
    ("Co-optees", [
        "Margaret Booth",
        "Dr Colin Ibbotson",
    ]),
    ("In attendance:", [
        "Councillor Rachel Whitworth – Cabinet Member for Health and Social Care",
        "Jonathan Pickles – Strategic Director, Adults and Health",
        "Dr Amira Qadir – Director of Public Health",
        "Karen Haigh – Service Director, Adult Social Care Operations",
        "Andrew Lockwood – Director of Operations, Calder and Colne Hospitals NHS Foundation Trust",
        "Fiona Dransfield – Director of Primary Care, NHS West Riding Integrated Care Board (Sladeholme Place)",
        "Mark Sutcliffe – Consultant in Dental Public Health",
        "Rehana Bibi – Principal Governance and Democratic Engagement Officer",
    ]),
    ("Apologies:", [
        "Councillor Imran Sadiq",
        "Councillor Kathryn Barraclough",
    ]),
]

# Blocks: ("item", number, title), ("p", text), ("b", bullet text), ("res",) for the
# "RESOLVED –" label, ("c", "1)", clause text), ("q", quoted text), ("gap",)
BODY = [
    ("item", "1", "Membership of the Panel"),
    ("p", "Apologies for absence were received on behalf of Councillors Sadiq and Barraclough."),
    ("p", "Councillor Sugden attended as a substitute for Councillor Barraclough."),

    ("item", "2", "Minutes of previous meeting"),
    ("res1", "That the minutes of the meeting of the Panel held on 10 December 2024 be approved as a correct record."),

    ("item", "3", "Declaration of Interests"),
    ("p", "Councillor Akhtar declared an ‘other interest’ in Agenda Item 7 on the grounds that she is employed "
          "by Calder and Colne Hospitals NHS Foundation Trust."),
    ("p", "Margaret Booth declared an ‘other interest’ in Agenda Item 8 on the grounds that a close family "
          "member works in a dental practice in Batleigh."),

    ("item", "4", "Admission of the Public"),
    ("p", "All agenda items were considered in public session."),

    ("item", "5", "Deputations/Petitions"),
    ("p", "No deputations or petitions were received."),

    ("item", "6", "Public Question Time"),
    ("p", "The Panel received the following question from Mr Dennis Crowther:"),
    ("q", "“Thornsett Valley Health Centre has not taken on new NHS dental patients since the autumn of 2022. "
          "What is the Council doing to make sure residents in the valley can see an NHS dentist without "
          "having to travel to Sladeholme or Batleigh, when many of them do not drive and the bus service has "
          "been cut?”"),
    ("p", "A response was provided by Councillor Whitworth, Cabinet Member for Health and Social Care, who "
          "explained that the commissioning of NHS dental services was the responsibility of the Integrated "
          "Care Board and not of the Council, but that the Council had raised the lack of provision in the valley "
          "directly with the ICB on several occasions and that the matter would be considered in more detail "
          "under Agenda Item 8. Mr Crowther would also receive a written response setting out the ICB’s plans "
          "for the area."),

    ("item", "7", "Hospital Discharge and Intermediate Care: Winter 2024/25 Update"),
    ("p", "The Panel received a report and presentation which provided an update on the arrangements in place to "
          "support people to leave hospital during winter 2024/25, including the performance of the Discharge to "
          "Assess model, the use of the intermediate care beds at Hollin Bank Court and Lowfold Grange, and the "
          "spending of the Adult Social Care Discharge Fund allocation for 2024/25."),
    ("p", "Karen Haigh, Service Director – Adult Social Care Operations, and Andrew Lockwood, Director of "
          "Operations, Calder and Colne Hospitals NHS Foundation Trust, presented the information, which included:"),
    ("b", "The average number of people in hospital each day with no criteria to reside had reduced from 74 in "
          "January 2024 to 58 in January 2025, although this remained above the local target of 45."),
    ("b", "82% of people discharged from hospital to the reablement service were still living at home 91 days "
          "later, against a national average of 81%."),
    ("b", "The Transfer of Care Hub at Sladeholme Royal Infirmary, which brought together hospital discharge "
          "staff, social workers and therapists, had been operating seven days a week since October 2024."),
    ("b", "Pressures remained in the home care market in the Thornsett Valley and the rural areas in the north "
          "of the district, where it could take more than a week to arrange a package of care."),
    ("p", "Questions and comments were invited from Panel members, with the following issues being covered:"),
    ("b", "In response to a question about why the number of people with no criteria to reside remained above "
          "target, it was explained that the main causes of delay were waiting for a care home placement where "
          "a person had complex needs, particularly dementia nursing care, and waiting for home care in the more "
          "rural parts of the district."),
    ("b", "The Panel asked how many people were currently waiting in hospital for a package of home care and "
          "was informed that on the day of the meeting the figure was 11, compared with 29 at the same point "
          "last year."),
    ("b", "Concern was expressed that people were being discharged late in the evening without the right "
          "support in place, and that families were not always told in advance. Andrew Lockwood acknowledged "
          "that this had happened on a number of occasions and said that, following a review, the Trust had "
          "introduced a rule that no older person would be discharged after 8pm unless they or their family had "
          "agreed to it."),
    ("b", "A question was asked as to whether the Discharge to Assess beds at Hollin Bank Court offered value "
          "for money, given that they were purchased from a private provider on a block basis and were not always "
          "full. The Panel was informed that occupancy had averaged 87% since October, that the block contract "
          "was being reviewed and that a report on the future of the beds would be brought to Cabinet in the "
          "summer."),
    ("b", "Councillor Oldroyd asked what was being done to recruit and retain home care workers in rural areas, "
          "where the travel time between visits was long and fuel costs were high. Karen Haigh explained that "
          "providers in the Thornsett Valley were paid an enhanced hourly rate for rural calls, and that the "
          "Council was working with providers on a shared recruitment campaign with Sladeholme College."),
    ("b", "The Panel requested that the next update include the number of people readmitted to hospital within "
          "30 days of being discharged, broken down by the service they had been discharged to."),
    ("b", "It was suggested that Members of the Panel visit the Transfer of Care Hub to see how it worked in "
          "practice."),
    ("b", "Margaret Booth, Co-optee, commented that carers were often not involved in planning the discharge of "
          "the person they cared for, and that Healthwatch Sladeholme had received feedback from carers who did "
          "not know who to contact once that person had returned home. Karen Haigh said that a carers’ "
          "information leaflet had been co-produced with the Sladeholme Carers Centre and would be given to all "
          "carers from March 2025."),
    ("res",),
    ("c", "1)", "That the representatives be thanked for attending the meeting and presenting the information."),
    ("c", "2)", "That the Panel’s comments and the issues raised be noted."),
    ("c", "3)", "That a further update, including the figures on readmissions within 30 days of discharge, be "
                "presented to the Panel in autumn 2025."),
    ("c", "4)", "That the Principal Governance and Democratic Engagement Officer arrange a visit by Panel members "
                "to the Transfer of Care Hub."),

    ("item", "8", "Access to NHS Dental Services in Sladeholme"),
    ("p", "The Panel considered a report which set out the current position in relation to access to NHS dental "
          "services across Sladeholme, the actions taken by NHS West Riding Integrated Care Board (ICB) since it "
          "took on responsibility for commissioning primary, community and secondary dental services in April "
          "2023, and the oral health improvement work led by the Council’s Public Health service."),
    ("p", "Fiona Dransfield, Director of Primary Care, NHS West Riding ICB, Mark Sutcliffe, Consultant in Dental "
          "Public Health, and Dr Amira Qadir, Director of Public Health, presented the report and highlighted that:"),
    ("b", "Only 38% of adults in Sladeholme had seen an NHS dentist in the previous 24 months, compared with 41% "
          "across England; for children the figure was 52% in the previous 12 months."),
    ("b", "Three practices had handed back all or part of their NHS contracts since 2023, including the only "
          "practice serving the Thornsett Valley, which had closed its NHS list in October 2022."),
    ("b", "The ICB had funded urgent dental care sessions in four practices, which had provided 1,900 additional "
          "urgent appointments between April and December 2024."),
    ("b", "Supervised toothbrushing was now in place in 64 early years settings and 31 primary schools, focusing "
          "on the wards with the highest levels of tooth decay in five year olds."),
    ("p", "Questions and comments were invited from Panel members, with the following issues being covered:"),
    ("b", "The Panel asked why practices were handing back their NHS contracts and was informed that the national "
          "dental contract, based on units of dental activity, did not cover the cost of providing care to "
          "patients with high needs, and that many practices found it more financially viable to see private "
          "patients."),
    ("b", "Concerns were raised that residents were being told by practices that they could only be seen if they "
          "paid privately, and that this was creating a two-tier system in which people on low incomes went "
          "without treatment until they needed urgent care."),
    ("b", "In response to a question about what had happened to the money released by the contracts that had been "
          "handed back, it was explained that the ICB had ring-fenced it for dentistry and was using it to fund "
          "the urgent care sessions and a new procurement for the Thornsett Valley."),
    ("b", "A Member asked when a new NHS practice would open in the Thornsett Valley. Fiona Dransfield stated "
          "that the procurement had been delayed because no bids had been received in the first round, but that "
          "a second round had closed in January 2025 and she hoped to be able to announce a provider by the "
          "summer, with the practice opening by the end of the year."),
    ("b", "Dr Colin Ibbotson, Co-optee, asked whether children in care and care leavers had priority access to "
          "a dentist. Mark Sutcliffe confirmed that a pathway was in place for children in care, but that it did "
          "not yet extend to care leavers and that this was being looked at with the Council’s Children’s "
          "Services."),
    ("b", "The Panel requested information on the number of children admitted to hospital for tooth extractions "
          "under general anaesthetic, broken down by ward."),
    ("b", "Members expressed concern that the community dental service had a waiting list of up to 18 months for "
          "some adults with learning disabilities. Mark Sutcliffe advised that additional specialist sessions had "
          "been funded from January 2025 and that the longest waits had already fallen to 14 months."),
    ("res",),
    ("c", "1)", "That the representatives be thanked for attending the meeting and presenting the report."),
    ("c", "2)", "That the Chair, on behalf of the Panel, write to the Chief Executive of NHS West Riding Integrated "
                "Care Board to express the Panel’s concern about the level of access to NHS dental services in "
                "Sladeholme and to ask that the Thornsett Valley be prioritised."),
    ("c", "3)", "That the information requested by the Panel on hospital admissions for tooth extractions be "
                "provided to Members."),
    ("c", "4)", "That the Panel’s comments be fed into the ICB’s dental access recovery plan for 2025/26."),

    ("item", "9", "Adult Social Care: Waiting Lists for Assessment and Review"),
    ("p", "The Panel received a presentation from Jonathan Pickles, Strategic Director – Adults and Health, and "
          "Karen Haigh, Service Director – Adult Social Care Operations, on the number of people waiting for a "
          "Care Act assessment, a review or an occupational therapy assessment, and on the actions being taken to "
          "reduce waiting times in advance of the Care Quality Commission’s assessment of the Council’s adult "
          "social care functions."),
    ("p", "Members were advised that 612 people were waiting for a Care Act assessment at the end of December 2024, "
          "of whom 140 had waited more than six months, and that 1,050 people were overdue an annual review of "
          "their care and support plan. A temporary team of agency social workers had been in place since "
          "September 2024 and had completed 390 assessments, and the occupational therapy waiting list had been "
          "reduced from 22 weeks to 13 weeks by introducing a trusted assessor model with the Sladeholme Home "
          "Improvement Agency."),
    ("p", "Councillor Hirst asked how people on the waiting list were kept safe while they waited and was told "
          "that every person was risk-rated when they first contacted the Gateway to Care service and that those "
          "rated as high risk were contacted by a social worker within 48 hours, with the list reviewed weekly by "
          "a team manager. Councillor Mahmood questioned whether the use of agency social workers to clear the "
          "backlog was sustainable, given the cost; Jonathan Pickles explained that the agency team was funded "
          "from the Market Sustainability and Improvement Fund until March 2025 and that 14 newly qualified social "
          "workers would start in the spring, after which the agency team would be stood down. The Panel sought "
          "clarification on the Council’s readiness for the CQC assessment and was informed that a self-assessment "
          "had been completed and would be shared with the Panel before it was submitted. Councillor Sugden raised "
          "concerns that people who paid for their own care and approached the Council for advice were being "
          "placed at the back of the queue. In response, Councillor Whitworth stated that self-funders were "
          "offered the same initial conversation as everyone else, and that a new online financial "
          "assessment tool would be launched in April 2025 so that people could find out more quickly whether "
          "they were likely to have to pay."),
    ("res",),
    ("c", "1)", "That the presentation be noted."),
    ("c", "2)", "That the draft self-assessment be circulated to Panel members before submission to the Care "
                "Quality Commission."),
    ("c", "3)", "That the waiting list figures be included in the Panel’s quarterly performance information."),

    ("item", "10", "Work Programme 2024/25"),
    ("p", "The Panel considered its Work Programme for 2024/25 and the relevant items on the Council’s Forward Plan "
          "of key decisions."),
    ("p", "The Chair reminded Members that the final meeting of the municipal year would take place on 8 April 2025 "
          "and would consider Mental Health Crisis Services and the refreshed Sladeholme Health and Care "
          "Partnership Plan."),
    ("p", "A Member asked whether the Panel could look at the temporary closure of the Thornsett Valley minor "
          "injuries unit over the winter. The Chair advised that this would be considered for inclusion in the "
          "work programme for 2025/26, once the outcome of the review being undertaken by Calder and Colne "
          "Hospitals NHS Foundation Trust was known."),
    ("p", "It was agreed that the Thornsett Valley minor injuries unit be added to the list of issues to be "
          "considered for the Panel’s 2025/26 work programme."),
    ("p", "The Panel noted the Work Programme for 2024/25 and the Forward Plan."),
]

ITEMS = [(b[1], b[2]) for b in BODY if b[0] == "item"]

Q = lambda item, kind, text, answer, asked_by=None, given_by=None, themes=(): {
    "item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
    "given_by": given_by, "themes": list(themes)}

QUESTIONS = [
    Q("6", "question", "What is the Council doing to make sure residents in the valley",
      "the commissioning of NHS dental services was the responsibility of the Integrated Care Board",
      "Mr Dennis Crowther", "Councillor Whitworth", ["primary-care"]),
    Q("7", "question", "why the number of people with no criteria to reside remained above target",
      "the main causes of delay were waiting for a care home placement", None, None,
      ["adult-social-care"]),
    Q("7", "question", "asked how many people were currently waiting in hospital for a package of home care",
      "on the day of the meeting the figure was 11", None, None, ["adult-social-care"]),
    Q("7", "concern", "Concern was expressed that people were being discharged late in the evening",
      "the Trust had introduced a rule that no older person would be discharged after 8pm",
      None, "Andrew Lockwood", ["adult-social-care"]),
    Q("7", "question", "whether the Discharge to Assess beds at Hollin Bank Court offered value for money",
      "the block contract was being reviewed", None, None,
      ["finance", "privatisation", "subcontracting", "adult-social-care"]),
    Q("7", "question", "asked what was being done to recruit and retain home care workers in rural areas",
      "providers in the Thornsett Valley were paid an enhanced hourly rate for rural calls",
      "Councillor Oldroyd", "Karen Haigh", ["workforce", "adult-social-care"]),
    Q("7", "request", "requested that the next update include the number of people readmitted to hospital",
      None, None, None, ["adult-social-care"]),
    Q("7", "request", "It was suggested that Members of the Panel visit the Transfer of Care Hub",
      None, None, None, []),
    Q("7", "comment", "commented that carers were often not involved in planning the discharge",
      "information leaflet had been co-produced with the Sladeholme Carers Centre",
      "Margaret Booth", "Karen Haigh", ["adult-social-care", "patient-and-public-input"]),
    Q("8", "question", "The Panel asked why practices were handing back their NHS contracts",
      "did not cover the cost of providing care to patients with high needs", None, None,
      ["primary-care", "finance"]),
    Q("8", "concern", "told by practices that they could only be seen if they paid privately",
      None, None, None, ["primary-care", "privatisation"]),
    Q("8", "question", "what had happened to the money released by the contracts that had been handed back",
      "the ICB had ring-fenced it for dentistry", None, None, ["primary-care", "finance"]),
    Q("8", "question", "A Member asked when a new NHS practice would open in the Thornsett Valley",
      "the procurement had been delayed because no bids had been received in the first round",
      None, "Fiona Dransfield", ["primary-care", "subcontracting"]),
    Q("8", "question", "asked whether children in care and care leavers had priority access to a dentist",
      "a pathway was in place for children in care", "Dr Colin Ibbotson", "Mark Sutcliffe",
      ["primary-care", "children-and-families"]),
    Q("8", "request", "requested information on the number of children admitted to hospital for tooth extractions",
      None, None, None, ["primary-care", "children-and-families"]),
    Q("8", "concern", "the community dental service had a waiting list of up to 18 months",
      "additional specialist sessions had been funded from January 2025", None, "Mark Sutcliffe",
      ["primary-care"]),
    Q("9", "question", "asked how people on the waiting list were kept safe while they waited",
      "every person was risk-rated when they first contacted the Gateway to Care service",
      "Councillor Hirst", None, ["adult-social-care"]),
    Q("9", "question", "questioned whether the use of agency social workers to clear the backlog was sustainable",
      "the agency team was funded from the Market Sustainability and Improvement Fund",
      "Councillor Mahmood", "Jonathan Pickles", ["workforce", "finance", "adult-social-care"]),
    Q("9", "question", "sought clarification on the Council’s readiness for the CQC assessment",
      "a self-assessment had been completed and would be shared with the Panel", None, None,
      ["governance", "adult-social-care"]),
    Q("9", "concern", "people who paid for their own care and approached the Council for advice",
      "self-funders were offered the same initial conversation as everyone else",
      "Councillor Sugden", "Councillor Whitworth", ["adult-social-care", "finance"]),
    Q("10", "question", "asked whether the Panel could look at the temporary closure of the Thornsett Valley",
      "this would be considered for inclusion in the work programme for 2025/26", None, "Chair", []),
]

RESOLUTIONS = [
    {"item": "2", "text": "the minutes of the meeting of the Panel held on 10 December 2024 be approved",
     "outcome": "agreed", "themes": []},
    {"item": "7", "text": "a further update, including the figures on readmissions within 30 days of discharge",
     "outcome": "agreed", "themes": ["adult-social-care"]},
    {"item": "8", "text": "write to the Chief Executive of NHS West Riding Integrated Care Board",
     "outcome": "agreed", "themes": ["primary-care"]},
    {"item": "9", "text": "the draft self-assessment be circulated to Panel members before submission",
     "outcome": "agreed", "themes": ["governance", "adult-social-care"]},
    {"item": "10", "text": "It was agreed that the Thornsett Valley minor injuries unit be added",
     "outcome": "agreed", "themes": []},
    {"item": "10", "text": "The Panel noted the Work Programme for 2024/25 and the Forward Plan",
     "outcome": "noted", "themes": []},
]


def attendees():
    out = []
    for label, names in ATTENDANCE:
        for entry in names:
            role = None
            name = entry
            m = re.match(r"^(.*?) \((Chair)\)$", entry)
            if m:
                name, role = m.group(1), m.group(2)
            elif " – " in entry:
                name, role = entry.split(" – ", 1)
            attendance = {"Present:": "present", "Co-optees": "present",
                          "In attendance:": "in_attendance", "Apologies:": "apologies"}[label]
            out.append({"name": name, "role": role, "attendance": attendance})
    return out


def minutes_gold():
    return {
        "document": MINUTES,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-02-11",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": attendees(),
    }


# ---------------------------------------------------------------------------
# PDF rendering (ModernGov-style printed minutes)
# ---------------------------------------------------------------------------
def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 8)
                self.set_xy(20, 10)
                self.cell(170, 4, RUNNING_HEAD, align="R")
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Adult Social Care Scrutiny Panel - 11 February 2025")
    pdf.set_author("Sladeholme Council")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.add_font("dv", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 5.4
    BODY_X, BODY_W = 34, 156

    pdf.set_font("dv", "", 9)
    pdf.set_xy(20, 14)
    pdf.cell(0, 4, "Contact Officer: Rehana Bibi")
    pdf.set_y(26)
    pdf.set_font("dv", "B", 12)
    for line in ("SLADEHOLME COUNCIL", "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL"):
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 7, "Tuesday 11th February 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("dv", "", 10.5)
    for label, names in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_xy(20, y0)
        pdf.cell(40, LH, label)
        for name in names:
            pdf.set_x(62)
            pdf.multi_cell(128, LH, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)

    def para(text, x=BODY_X, w=BODY_W, style="", after=2.6):
        pdf.set_font("dv", style, 10.5)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("dv", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(12, LH, block[1])
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(BODY_W, LH, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif kind == "p":
            para(block[1])
        elif kind == "q":
            pdf.set_font("dv", "I", 10.5)
            pdf.set_x(BODY_X + 8)
            pdf.multi_cell(BODY_W - 16, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif kind == "b":
            pdf.set_font("dv", "", 10.5)
            if pdf.get_y() > 270:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(BODY_X, y)
            pdf.cell(6, LH, "•")
            pdf.set_xy(BODY_X + 6, y)
            pdf.multi_cell(BODY_W - 6, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "res1":
            y = pdf.get_y()
            pdf.set_font("dv", "B", 10.5)
            pdf.set_xy(BODY_X, y)
            pdf.cell(0, LH, "RESOLVED –", new_x="LMARGIN", new_y="NEXT")
            para(block[1])
        elif kind == "res":
            pdf.ln(1)
            pdf.set_font("dv", "B", 10.5)
            pdf.set_x(BODY_X)
            pdf.cell(0, LH, "RESOLVED –", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "c":
            pdf.set_font("dv", "", 10.5)
            if pdf.get_y() > 270:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(BODY_X, y)
            pdf.cell(8, LH, block[1])
            pdf.set_xy(BODY_X + 8, y)
            pdf.multi_cell(BODY_W - 8, LH, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes): the officer report for agenda item 8, DOCX
# ---------------------------------------------------------------------------
COVER = [
    ("Name of meeting:", "Health and Adult Social Care Scrutiny Panel"),
    ("Date:", "11 February 2025"),
    ("Title of report:", "Access to NHS Dental Services in Sladeholme"),
    ("Purpose of report:", "To provide the Panel with information on access to NHS dental services in "
                           "Sladeholme, the actions taken by NHS West Riding Integrated Care Board to improve "
                           "access, and the Council’s oral health improvement programme, so that the Panel can "
                           "consider whether further action is needed."),
    ("Key Decision - Is it likely to result in spending or saving £250k or more, or to have a significant effect "
     "on two or more electoral wards?", "Not applicable"),
    ("Key Decision - Is it in the Council’s Forward Plan (key decisions)?", "Not applicable"),
    ("The Decision - Is it eligible for call in by Scrutiny?", "Not applicable"),
    ("Date signed off by Strategic Director & name", "Jonathan Pickles – 30 January 2025"),
    ("Is it also signed off by the Service Director for Finance?", "Not applicable"),
    ("Is it also signed off by the Service Director for Legal Governance and Commissioning?", "Not applicable"),
    ("Cabinet member portfolio", "Councillor Rachel Whitworth – Health and Social Care"),
]
COVER2 = [
    ("Electoral wards affected:", "All"),
    ("Ward councillors consulted:", "None"),
    ("Public or private:", "Public"),
    ("Has GDPR been considered?", "Yes. This report does not contain any personal data."),
]

REPORT_SECTIONS = [
    ("1.", "Summary", [
        ("p", "1.1\tNHS West Riding Integrated Care Board (ICB) has been responsible for commissioning primary, "
              "community and secondary care dental services in Sladeholme since 1 April 2023, when the "
              "responsibility was delegated to it by NHS England. The Council’s Public Health service is "
              "responsible for oral health improvement and for oral health surveys of children and vulnerable "
              "groups."),
        ("p", "1.2\tAccess to NHS dentistry has been raised with the Panel by Councillors and residents on a "
              "number of occasions, most recently at the meeting on 10 December 2024, when the Panel asked for a "
              "report setting out the position in each part of the district and what the ICB is doing about it."),
        ("p", "1.3\tThis report has been prepared jointly by the ICB and the Council’s Public Health service."),
    ]),
    ("2.", "Information required to take a decision", [
        ("h", "Current position"),
        ("p", "2.1\tIn the 24 months to December 2024, 38% of adults in Sladeholme saw an NHS dentist, compared "
              "with 41% across England and 40% across West Riding. In the 12 months to December 2024, 52% of "
              "children saw an NHS dentist, compared with 56% nationally."),
        ("p", "2.2\tThere are 41 dental practices in Sladeholme holding an NHS contract. Since April 2023, three "
              "practices have handed back all or part of their contract, reducing the number of units of dental "
              "activity (UDAs) commissioned in Sladeholme by approximately 31,000 a year. The practice which "
              "served the Thornsett Valley closed its NHS list to new patients in October 2022 and handed back "
              "its contract in March 2024."),
        ("p", "2.3\tThe 2023 oral health survey of five year olds found that 29% had experience of tooth decay, "
              "rising to 44% in the most deprived wards. In 2023/24, 214 children and young people from "
              "Sladeholme had teeth extracted under general anaesthetic."),
        ("h", "Actions taken by the ICB"),
        ("p", "2.4\tThe funding released by the contracts handed back has been ring-fenced for dentistry. It has "
              "been used to fund urgent dental care sessions in four practices, which provided 1,900 additional "
              "urgent appointments between April and December 2024, and to begin a procurement for a new NHS "
              "practice in the Thornsett Valley. No bids were received in the first round of the procurement; a "
              "second round closed on 17 January 2025 and bids are being evaluated."),
        ("p", "2.5\tThe ICB has introduced a pathway giving children in care priority access to a dentist. Work "
              "is under way with the Council’s Children’s Services to extend this to care leavers."),
        ("p", "2.6\tAdditional specialist sessions have been funded in the community dental service from January "
              "2025 to reduce waiting times for adults with learning disabilities, which had reached 18 months."),
        ("h", "Oral health improvement"),
        ("p", "2.7\tThe Council’s Public Health service funds supervised toothbrushing in 64 early years settings "
              "and 31 primary schools, the distribution of toothbrushes and toothpaste through health visitors, "
              "and oral health training for care home staff."),
        ("h", "Questions the Panel may wish to consider"),
        ("b", "How confident is the ICB that the second round of the Thornsett Valley procurement will result in a "
              "new NHS practice, and what will happen if it does not?"),
        ("b", "What more can be done to make sure that people on low incomes, who cannot afford private treatment, "
              "are able to see an NHS dentist?"),
        ("b", "Is the money released from contracts that have been handed back being spent in the parts of "
              "Sladeholme where access is worst?"),
        ("b", "Should the supervised toothbrushing programme be extended to further schools, and how would this "
              "be funded?"),
    ]),
    ("3.", "Implications for the Council", [
        ("p", "3.1\tWorking with People – the ICB’s dental access recovery plan for 2025/26 will be informed by "
              "feedback gathered by Healthwatch Sladeholme, which received 186 enquiries about dentistry in 2024."),
        ("p", "3.2\tWorking with Partners – the ICB and the Council work together through the Sladeholme Health "
              "and Care Partnership and the West Riding Local Dental Network."),
        ("p", "3.3\tPlace Based Working – the report identifies the Thornsett Valley and the most deprived wards "
              "as the areas of greatest need."),
        ("p", "3.4\tClimate Change and Air Quality – there are no direct implications."),
        ("p", "3.5\tImproving outcomes for children – tooth decay is the most common reason for hospital admission "
              "among children aged five to nine."),
        ("p", "3.6\tFinancial Implications – there are no direct financial implications for the Council arising "
              "from this report. The oral health improvement programme is funded from the Public Health Grant."),
        ("p", "3.7\tLegal Implications – the Council has a statutory duty under the Health and Social Care Act 2012 "
              "to provide or commission oral health improvement programmes and oral health surveys."),
        ("p", "3.8\tOther (e.g. Risk, Integrated Impact Assessment or Human Resources) – none."),
    ]),
    ("4.", "Consultation", [
        ("p", "4.1\tNot applicable."),
    ]),
    ("5.", "Engagement", [
        ("p", "5.1\tHealthwatch Sladeholme has been invited to attend the meeting."),
    ]),
    ("6.", "Options", [
        ("p", "6.1\tThe Panel is asked to consider the information in the report and to decide whether it wishes "
              "to make any recommendations to the ICB or to Cabinet."),
    ]),
    ("7.", "Next steps and timelines", [
        ("p", "7.1\tThe ICB expects to announce the outcome of the Thornsett Valley procurement by summer 2025. "
              "The Panel may wish to receive a further update in the 2025/26 municipal year."),
    ]),
    ("8.", "Officer recommendations and reasons", [
        ("p", "8.1\tThat the Panel:"),
        ("b", "notes the information in the report; and"),
        ("b", "considers whether it wishes to make any recommendations to NHS West Riding Integrated Care Board "
              "on improving access to NHS dental services in Sladeholme."),
    ]),
    ("9.", "Cabinet Portfolio Holder’s recommendations", [
        ("p", "9.1\tNot applicable."),
    ]),
    ("10.", "Contact officer", [
        ("p", "Fiona Dransfield, Director of Primary Care, NHS West Riding Integrated Care Board (Sladeholme Place)"),
        ("p", "Mark Sutcliffe, Consultant in Dental Public Health"),
        ("p", "Rehana Bibi, Principal Governance and Democratic Engagement Officer, Sladeholme Council"),
    ]),
    ("11.", "Background Papers and History of Decisions", [
        ("p", "Minutes of the Health and Adult Social Care Scrutiny Panel, 10 December 2024."),
        ("p", "Sladeholme Oral Health Needs Assessment 2023."),
    ]),
    ("12.", "Service Director responsible", [
        ("p", "Dr Amira Qadir, Director of Public Health"),
    ]),
]


def deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Sladeholme Council"
    cp.title = "Access to NHS Dental Services in Sladeholme"
    cp.last_modified_by = "Rehana Bibi"
    cp.created = datetime(2025, 1, 28, 10, 0, 0)
    cp.modified = datetime(2025, 1, 30, 12, 0, 0)
    cp.revision = 3

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Sladeholme Council")
    r.bold = True
    r.font.size = Pt(14)

    def cover_table(rows):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(7.5), Cm(9.1)
            ra = cells[0].paragraphs[0].add_run(a)
            ra.bold = True
            cells[1].paragraphs[0].add_run(b)
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "D9E2F3")
            cells[0]._tc.get_or_add_tcPr().append(shd)
        return t

    cover_table(COVER)
    doc.add_paragraph()
    cover_table(COVER2)
    doc.add_paragraph()

    for num, title, blocks in REPORT_SECTIONS:
        h = doc.add_paragraph()
        rh = h.add_run(f"{num}\t{title}")
        rh.bold = True
        rh.font.size = Pt(12)
        for kind, text in blocks:
            if kind == "h":
                sp = doc.add_paragraph()
                sr = sp.add_run(text)
                sr.bold = True
                sr.italic = True
            elif kind == "b":
                bp = doc.add_paragraph(text, style="List Bullet")
                bp.paragraph_format.left_indent = Cm(1.9)
            else:
                pp = doc.add_paragraph(text)
                if "\t" in text:
                    pp.paragraph_format.left_indent = Cm(1.27)
                    pp.paragraph_format.first_line_indent = Cm(-1.27)

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(deterministic_zip(buf.getvalue()))


def report_gold():
    return {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s, repl):
    s = s.lower()
    s = re.sub(r"[^\w\s]", repl, s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages), len(pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" "), None


def check():
    ok = True
    for gf in sorted(GOLD.glob("mg-*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            ok = False
            continue
        text, pages = doc_text(doc)
        print(f"{gold['document']}: {gold['doc_type']}" + (f", {pages} pages" if pages else ""))
        if gold["doc_type"] != "minutes":
            if set(gold) != {"document", "doc_type"}:
                print("  non-minutes gold must give only document and doc_type")
                ok = False
            continue
        numbers = {i["number"] for i in gold["items"]}
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["item"], q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["item"], q["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["item"], r["text"]))
        for kind, item, ph in phrases:
            if item not in numbers:
                print(f"  BAD ITEM {item} for {ph!r}")
                ok = False
            words = len(norm(ph, " ").split())
            if not 6 <= words <= 15:
                print(f"  LENGTH {words} words: {ph!r}")
                ok = False
            for repl in ("", " "):
                n = norm(text, repl).count(norm(ph, repl))
                if n != 1:
                    print(f"  {kind} occurs {n} times (punct->{repl!r}): {ph!r}")
                    ok = False
        for a in gold["attendees"]:
            if norm(a["name"], " ") not in norm(text, " "):
                print(f"  attendee not found: {a['name']}")
                ok = False
        print(f"  {len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES)
    build_docx(DOCS / REPORT)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES}\nwrote {DOCS / REPORT}\nwrote gold files in {GOLD}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
