#!/usr/bin/env python3
"""Build the "gs-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gs.py           build documents/gs-* and gold/gs-*.json
        build_gs.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

DOC1 = "gs-rotherby-hascspdc-2025-03-12.pdf"
DOC2 = "gs-rotherby-asc-charging-briefing.pdf"
COMMITTEE = "Health and Adult Social Care Scrutiny and Policy Development Committee"

# ---------------------------------------------------------------- document 1 text
# Each block: ("num", number, title) | ("p", text) | ("pb", bold text) | ("q", quoted text)
D1_HEAD = [
    ("pb", "PRESENT:"),
    ("p", "Councillor Margaret Ellison (in the Chair), Councillors Tariq Aziz, Brenda "
          "Cawthorne, Paul Hindmarch, Sophie Lindqvist, Derek Mottram and Aisha Rahman."),
    ("pb", "Also in attendance:"),
    ("p", "Councillor Joanne Pickering \u2013 Cabinet Member for Adult Social Care"),
    ("p", "Helen Marsden \u2013 Strategic Director of Adult Care, Housing and Public Health"),
    ("p", "Graham Tolley \u2013 Head of Commissioning (Adults)"),
    ("p", "Ruth Okafor \u2013 Assistant Director, Prevention and Early Intervention"),
    ("p", "Dr Simon Ashworth \u2013 Place Director (Rotherby), South Pennine Integrated Care Board"),
    ("p", "Kerry Blyth \u2013 Head of Integrated Discharge, Rotherby Hospitals NHS Foundation Trust"),
    ("p", "Andrew Fenwick \u2013 Policy and Scrutiny Officer"),
    ("p", "Lucy Dearden \u2013 Democratic Services Officer"),
]

D1_ITEMS = [
    ("num", "38", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors Neil Barraclough and Kathleen "
          "Sumner. Councillor Derek Mottram attended the meeting as the duly appointed substitute "
          "for Councillor Barraclough."),
    ("num", "39", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Brenda Cawthorne declared a personal interest in item 42 (Recommissioning "
          "of Home Care Services) as a close family member was employed by a home care agency "
          "operating in the borough. She remained in the meeting and took part in the discussion "
          "on the item."),
    ("num", "40", "MINUTES OF PREVIOUS MEETING"),
    ("p", "The minutes of the meeting of the Committee held on 15 January 2025 were approved as a "
          "correct record."),
    ("num", "41", "PUBLIC QUESTIONS AND PETITIONS"),
    ("p", "The Committee received the following written question from Mr Dennis Oakes, a resident "
          "of Wath Lane:"),
    ("q", "\u201cThe Council is proposing to close two of its three remaining day centres for people "
          "with learning disabilities. What consultation has taken place with the families who rely "
          "on them, and will this Committee scrutinise the proposal before any decision is made?\u201d"),
    ("p", "The Chair, Councillor Margaret Ellison, responded that no decision had yet been taken on "
          "the future of day services and that the Cabinet Member had confirmed that a twelve-week "
          "consultation with service users, families and carers would begin in May. She added that "
          "the Committee had already scheduled the review of day services for its meeting in July "
          "2025 and that Mr Oakes would be invited to attend and address the Committee at that "
          "meeting."),
    ("p", "There were no petitions."),
    ("num", "42", "RECOMMISSIONING OF HOME CARE SERVICES"),
    ("p", "The Committee received a report of the Strategic Director of Adult Care, Housing and "
          "Public Health which set out proposals for the recommissioning of home care services from "
          "October 2025, when the current framework agreement with eleven external providers was due "
          "to expire. The report was introduced by Graham Tolley, Head of Commissioning (Adults), who "
          "explained that the proposed model would divide the borough into four geographical zones, "
          "each with a lead provider, supported by a smaller list of approved providers for overflow "
          "work and specialist packages."),
    ("p", "Councillor Tariq Aziz asked what proportion of home care hours were currently delivered by "
          "providers rated as requiring improvement by the Care Quality Commission, and Graham "
          "Tolley responded that around 14 per cent of commissioned hours sat with two such "
          "providers, both of which had improvement plans monitored by the contracts team. Councillor "
          "Aziz then asked whether a zonal model would reduce choice for people who preferred a "
          "particular agency. In response, the Head of Commissioning stated that people would still "
          "be able to take a direct payment and choose their own agency, and that existing care "
          "packages would not be moved unless the person wished it."),
    ("p", "Councillor Brenda Cawthorne referred to the hourly rate paid to providers, which at \u00a321.40 "
          "remained below the figure calculated by the regional care association, and asked how the "
          "Council could expect providers to pay care workers the real living wage at that rate. In "
          "response, Helen Marsden, Strategic Director of Adult Care, Housing and Public Health, "
          "acknowledged that the rate was tight and confirmed that the tender would require bidders "
          "to pay at least the real living wage, with the uplift built into the 2025/26 budget at an "
          "additional cost of \u00a31.9 million. Councillor Cawthorne then asked whether travel time "
          "would be paid, and was informed that the new specification would require travel time to "
          "be paid separately from contact time and that this would be tested through contract "
          "monitoring."),
    ("p", "Members expressed concern about the risk that smaller local agencies, several of which were "
          "run by people who had themselves worked as carers in the borough, would be unable to "
          "compete with national companies for the lead provider contracts. The Head of Commissioning "
          "stated that the lots had been sized so that a medium-sized local agency could bid, that "
          "the Council would hold supplier engagement events in April, and that social value would "
          "carry 15 per cent of the quality score."),
    ("p", "Councillor Sophie Lindqvist asked whether the option of bringing some home care back "
          "in-house had been considered, given the experience of neighbouring authorities. The "
          "Cabinet Member for Adult Social Care, Councillor Joanne Pickering, responded that an "
          "in-house reablement service already operated and would be expanded, but that a wholesale "
          "insourcing of long-term home care was not affordable within the medium term financial "
          "strategy. Councillor Lindqvist requested that the options appraisal be shared with the "
          "Committee, and the Head of Commissioning undertook to circulate it before the end of March."),
    ("p", "RESOLVED: That (a) the proposed zonal model for home care be endorsed, subject to the "
          "comments made by Members at the meeting; (b) the Strategic Director be requested to "
          "circulate the options appraisal for in-house provision to all Members of the Committee; "
          "and (c) a further report on the outcome of the tender be submitted to the Committee in "
          "November 2025."),
    ("num", "43", "HOSPITAL DISCHARGE AND INTERMEDIATE CARE"),
    ("p", "The Committee considered a joint report of the Strategic Director of Adult Care, Housing "
          "and Public Health and the South Pennine Integrated Care Board on performance in "
          "discharging people from Rotherby General Hospital and the use of intermediate care beds. "
          "Dr Simon Ashworth, Place Director (Rotherby), and Kerry Blyth, Head of Integrated "
          "Discharge, presented the report, which showed that the average number of patients with no "
          "criteria to reside had fallen from 68 to 47 over the year."),
    ("p", "In answer to a question from Councillor Paul Hindmarch about the length of time people were "
          "waiting in hospital for a care home placement, the Strategic Director confirmed that the "
          "median wait had reduced to six days, although people with complex dementia could still "
          "wait more than three weeks because of the shortage of specialist nursing beds in the "
          "borough."),
    ("p", "Councillor Aisha Rahman referred to complaints she had received from families who felt that "
          "they had been given too little notice before a relative was discharged, and asked how "
          "carers were involved in discharge planning. In response, Kerry Blyth explained that a "
          "carers\u2019 liaison worker funded through the Better Care Fund now attended the daily "
          "discharge meeting, and that a leaflet had been co-produced with Healthwatch Rotherby. "
          "Councillor Rahman asked whether the leaflet was available in community languages, and the "
          "Head of Integrated Discharge undertook to confirm this after the meeting. Councillor Derek "
          "Mottram commented that the improvement in discharge figures was welcome but should not be "
          "achieved by moving people into short-term beds a long way from their families."),
    ("p", "Councillors Lindqvist and Aziz sought clarification on the future of the 24 intermediate care "
          "beds at Oakwell Lodge, which were funded on a non-recurrent basis until the end of June "
          "2025. Dr Ashworth stated that the ICB had agreed in principle to continue funding for a "
          "further twelve months, but that the decision would be confirmed by the ICB Board in May as "
          "part of its financial recovery plan. Members asked that the Committee be informed as soon "
          "as that decision was taken."),
    ("p", "RESOLVED: That the report be noted."),
    ("num", "44", "EXCLUSION OF THE PUBLIC AND PRESS"),
    ("p", "RESOLVED: That the public and press be excluded from the meeting before discussion takes "
          "place on the following item of business on the grounds that, if the public and press were "
          "present during the transaction of such business, there would be a disclosure to them of "
          "exempt information as described in paragraph 3 of Schedule 12A to the Local Government "
          "Act 1972, as amended."),
    ("num", "45", "EXTRA CARE HOUSING \u2013 CONTINGENCY ARRANGEMENTS"),
    ("p", "The Committee received a confidential verbal update from the Strategic Director on the "
          "contingency arrangements put in place following notice served by the operator of an extra "
          "care housing scheme in the borough. Members asked about the welfare of the tenants "
          "affected and were assured that each tenant had been visited by a social worker and had a "
          "named contact."),
    ("p", "RESOLVED: That the update be noted and a further report be brought to the next meeting "
          "of the Committee."),
    ("p", "(The meeting closed at 12.40 pm.)"),
]

# ---------------------------------------------------------------- document 2 text
D2 = [
    ("h", "Background"),
    ("p", "This briefing has been prepared for members of the Health and Adult Social Care Scrutiny and "
          "Policy Development Committee ahead of the Committee\u2019s consideration of the draft Adult "
          "Social Care Charging Policy in June 2025. It summarises the national position, the changes "
          "the Council is proposing and the issues on which members may wish to focus."),
    ("p", "Most people who receive care and support arranged by the Council contribute towards its cost "
          "following a financial assessment. In 2024/25 around 3,900 people received a chargeable "
          "service, and client contributions generated \u00a318.6 million of income, about 11 per cent "
          "of gross adult social care spending. The national charging reforms, including the cap on "
          "care costs, have been postponed indefinitely, but the Council must still review its "
          "non-residential charging policy to reflect the statutory guidance and recent case law on "
          "disability-related expenditure."),
    ("h", "Key issues"),
    ("b", "Minimum Income Guarantee. The Council applies the national minimum amounts, which have not "
          "been uprated since 2015. Raising them locally would reduce income by an estimated \u00a3640,000 "
          "a year."),
    ("b", "Disability-related expenditure. The current flat-rate allowance of \u00a320 a week is lower "
          "than that used by most neighbouring councils and has been criticised by local advocacy groups."),
    ("b", "Charging for carers\u2019 services. The draft policy proposes to continue not charging carers "
          "for support provided to them in their own right."),
    ("b", "Financial assessment backlog. At the end of February 412 assessments were outstanding, "
          "some for more than 16 weeks, leading to large backdated bills. Two financial assessment "
          "officer posts are vacant."),
    ("b", "Consultation. A ten-week public consultation is planned from April, including easy read "
          "materials and drop-in sessions with Healthwatch Rotherby and carers\u2019 organisations."),
    ("h", "Lines of enquiry"),
    ("p", "Members may wish to explore the following areas with the Cabinet Member and officers:"),
    ("n", "How many people would pay more, and how many less, under each option in the draft policy?"),
    ("n", "What is the Council doing to clear the financial assessment backlog, and how are people "
          "protected from large backdated charges?"),
    ("n", "How have people who use services and their carers helped to shape the consultation "
          "materials?"),
    ("n", "What assessment has been made of the impact on disabled people of working age?"),
    ("n", "How does the proposed disability-related expenditure allowance compare with neighbouring "
          "authorities?"),
    ("n", "What will the Council do if the national reforms are reintroduced at short notice?"),
    ("h", "Next steps"),
    ("p", "The draft policy and the consultation findings will be reported to the Committee on "
          "18 June 2025 before a decision by Cabinet in July. Members with questions about this "
          "briefing should contact the Policy and Scrutiny Officer."),
    ("p", "Contact: Andrew Fenwick, Policy and Scrutiny Officer, Rotherby Metropolitan Borough Council"),
]


# ---------------------------------------------------------------- rendering helpers
VOWELS = set("aeiouy")


def hyphen_split(pdf, word, room):
    """Split word so that head + '-' fits in room; return (head, tail) or None."""
    if len(word) < 8 or not word.isalpha():
        return None
    for i in range(len(word) - 3, 3, -1):
        # break after a vowel followed by a consonant
        if word[i - 1].lower() in VOWELS and word[i].lower() not in VOWELS:
            head = word[:i] + "-"
            if pdf.get_string_width(head) <= room:
                return word[:i] + "-", word[i:]
    return None


def wrap(pdf, text, width):
    words = text.split()
    lines, cur = [], []
    space = pdf.get_string_width(" ")
    i = 0
    while i < len(words):
        w = words[i]
        cur_w = sum(pdf.get_string_width(x) for x in cur) + space * len(cur)
        if cur_w + pdf.get_string_width(w) <= width or not cur:
            cur.append(w)
            i += 1
            continue
        # try hyphenating (strip trailing punctuation handled by isalpha check)
        sp = hyphen_split(pdf, w, width - cur_w)
        if sp:
            cur.append(sp[0])
            words[i] = sp[1]
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return lines


def justified(pdf, x, width, text, lh, justify=True):
    lines = wrap(pdf, text, width)
    for n, line in enumerate(lines):
        if pdf.get_y() + lh > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        last = n == len(lines) - 1
        if justify and not last and len(line) > 1:
            total = sum(pdf.get_string_width(w) for w in line)
            gap = (width - total) / (len(line) - 1)
        else:
            gap = pdf.get_string_width(" ")
        cx = x
        for w in line:
            pdf.text(cx, y + lh * 0.75, w)
            cx += pdf.get_string_width(w) + gap
        pdf.set_y(y + lh)


class Minutes(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_xy(20, 10)
        self.cell(170, 4, COMMITTEE + " 12.03.2025", align="L")
        self.ln(10)

    def footer(self):
        self.set_y(-18)
        self.set_font("DV", "", 8)
        self.cell(0, 4, "Page %d" % self.page_no(), align="C")


class Briefing(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 4, "Rotherby Metropolitan Borough Council")
        self.cell(85, 4, "OFFICIAL", align="R")
        self.set_text_color(0, 0, 0)
        self.ln(10)

    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Scrutiny Policy Briefing \u2013 Adult Social Care charging reforms \u2013 "
                        "March 2025 \u2013 page %d of {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


def setup(pdf):
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Rotherby MBC Modern.Gov")
    pdf.set_auto_page_break(True, 25)
    pdf.set_margins(20, 20, 20)


def build_doc1(path):
    pdf = Minutes(format="A4")
    setup(pdf)
    pdf.set_title("Minutes - " + COMMITTEE + " - 12 March 2025")
    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.set_x(20)
    pdf.multi_cell(170, 6, COMMITTEE.upper(), align="C")
    pdf.set_font("DV", "", 10)
    pdf.ln(2)
    pdf.multi_cell(170, 5, "Meeting held 12 March 2025", align="C")
    pdf.multi_cell(170, 5, "(at 10.00 am in Committee Room 2, Rotherby Town Hall)", align="C")
    pdf.ln(6)
    lh = 5
    for kind, *rest in D1_HEAD:
        if kind == "pb":
            pdf.set_font("DV", "B", 10)
            pdf.ln(2)
            justified(pdf, 20, 170, rest[0], lh, justify=False)
        else:
            pdf.set_font("DV", "", 10)
            justified(pdf, 34, 156, rest[0], lh)
    pdf.ln(3)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)
    for kind, *rest in D1_ITEMS:
        if kind == "num":
            if pdf.get_y() > pdf.page_break_trigger - 25:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DV", "B", 10)
            y = pdf.get_y()
            pdf.text(20, y + lh * 0.75, rest[0])
            justified(pdf, 34, 156, rest[1], lh, justify=False)
            pdf.ln(2)
        elif kind == "q":
            pdf.set_font("DV", "I", 10)
            justified(pdf, 40, 144, rest[0], lh)
            pdf.ln(2)
        else:
            pdf.set_font("DV", "", 10)
            justified(pdf, 34, 156, rest[0], lh)
            pdf.ln(2.5)
    pdf.ln(10)
    pdf.set_font("DV", "", 10)
    pdf.set_x(110)
    pdf.cell(80, 5, "Chair ................................................")
    pdf.output(path)


def build_doc2(path):
    pdf = Briefing(format="A4")
    setup(pdf)
    pdf.set_title("Scrutiny Policy Briefing: Adult Social Care charging reforms")
    pdf.add_page()
    pdf.set_fill_color(0, 82, 110)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DV", "B", 14)
    pdf.set_x(20)
    pdf.cell(170, 12, "  Scrutiny Policy Briefing: Adult Social Care charging reforms", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "", 9)
    pdf.ln(2)
    for line in ["For: Health and Adult Social Care Scrutiny and Policy Development Committee members",
                 "Prepared by: Policy and Scrutiny Team        Date: 20 March 2025",
                 "Status: for information \u2013 not a decision paper"]:
        pdf.cell(170, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    lh = 5.2
    num = 0
    for kind, text in D2:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            pdf.set_text_color(0, 82, 110)
            justified(pdf, 20, 170, text, 6, justify=False)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "b":
            pdf.set_font("DV", "", 10)
            y = pdf.get_y()
            pdf.text(23, y + lh * 0.75, "\u2022")
            justified(pdf, 28, 162, text, lh)
            pdf.ln(1.5)
        elif kind == "n":
            num += 1
            pdf.set_font("DV", "", 10)
            y = pdf.get_y()
            pdf.text(22, y + lh * 0.75, "%d." % num)
            justified(pdf, 28, 162, text, lh)
            pdf.ln(1.5)
        else:
            pdf.set_font("DV", "", 10)
            justified(pdf, 20, 170, text, lh)
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- gold
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "38", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "39", "title": "DECLARATIONS OF INTEREST"},
        {"number": "40", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "41", "title": "PUBLIC QUESTIONS AND PETITIONS"},
        {"number": "42", "title": "RECOMMISSIONING OF HOME CARE SERVICES"},
        {"number": "43", "title": "HOSPITAL DISCHARGE AND INTERMEDIATE CARE"},
        {"number": "44", "title": "EXCLUSION OF THE PUBLIC AND PRESS"},
        {"number": "45", "title": "EXTRA CARE HOUSING \u2013 CONTINGENCY ARRANGEMENTS"},
    ],
    "questions": [
        Q("41", "question", "What consultation has taken place with the families who rely on them",
          "Mr Dennis Oakes",
          "a twelve-week consultation with service users, families and carers would begin in May",
          "The Chair, Councillor Margaret Ellison",
          ["patient-and-public-input", "adult-social-care", "governance"]),
        Q("42", "question", "asked what proportion of home care hours were currently delivered by providers",
          "Councillor Tariq Aziz",
          "around 14 per cent of commissioned hours sat with two such providers",
          "Graham Tolley", ["adult-social-care", "subcontracting", "governance"]),
        Q("42", "question", "asked whether a zonal model would reduce choice for people",
          "Councillor Aziz",
          "people would still be able to take a direct payment and choose their own agency",
          "the Head of Commissioning", ["adult-social-care", "subcontracting"]),
        Q("42", "question",
          "asked how the Council could expect providers to pay care workers the real living wage",
          "Councillor Brenda Cawthorne",
          "the tender would require bidders to pay at least the real living wage",
          "Helen Marsden, Strategic Director of Adult Care, Housing and Public Health",
          ["finance", "workforce", "subcontracting", "adult-social-care"]),
        Q("42", "question", "then asked whether travel time would be paid",
          "Councillor Cawthorne",
          "travel time to be paid separately from contact time",
          None, ["workforce", "adult-social-care", "subcontracting"]),
        Q("42", "concern", "Members expressed concern about the risk that smaller local agencies",
          "Members",
          "the lots had been sized so that a medium-sized local agency could bid",
          "The Head of Commissioning", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("42", "question",
          "asked whether the option of bringing some home care back in-house had been considered",
          "Councillor Sophie Lindqvist",
          "a wholesale insourcing of long-term home care was not affordable",
          "Councillor Joanne Pickering", ["privatisation", "finance", "adult-social-care"]),
        Q("42", "request", "requested that the options appraisal be shared with the Committee",
          "Councillor Lindqvist",
          "undertook to circulate it before the end of March",
          "the Head of Commissioning", ["privatisation"]),
        Q("43", "question",
          "about the length of time people were waiting in hospital for a care home placement",
          "Councillor Paul Hindmarch",
          "the median wait had reduced to six days, although people with complex dementia",
          "the Strategic Director", ["adult-social-care"]),
        Q("43", "question", "asked how carers were involved in discharge planning",
          "Councillor Aisha Rahman",
          "liaison worker funded through the Better Care Fund now attended the daily discharge meeting",
          "Kerry Blyth", ["adult-social-care", "patient-and-public-input", "integration"]),
        Q("43", "question", "asked whether the leaflet was available in community languages",
          "Councillor Rahman",
          "the Head of Integrated Discharge undertook to confirm this after the meeting",
          "the Head of Integrated Discharge", ["patient-and-public-input"]),
        Q("43", "comment",
          "the improvement in discharge figures was welcome but should not be achieved",
          "Councillor Derek Mottram", None, None, ["adult-social-care"]),
        Q("43", "question", "sought clarification on the future of the 24 intermediate care beds",
          "Councillors Lindqvist and Aziz",
          "the ICB had agreed in principle to continue funding for a further twelve months",
          "Dr Ashworth", ["finance", "adult-social-care", "integration"]),
        Q("43", "request", "asked that the Committee be informed as soon as that decision was taken",
          "Members", None, None, ["governance"]),
        Q("45", "question", "Members asked about the welfare of the tenants affected",
          "Members",
          "each tenant had been visited by a social worker and had a named contact",
          None, ["housing", "adult-social-care"]),
    ],
    "resolutions": [
        R("40", "held on 15 January 2025 were approved as a correct record", "agreed", []),
        R("42", "the proposed zonal model for home care be endorsed, subject to the comments",
          "agreed", ["subcontracting", "adult-social-care"]),
        R("43", "That the report be noted", "noted", []),
        R("44", "That the public and press be excluded from the meeting before discussion",
          "agreed", ["governance"]),
        R("45", "the update be noted and a further report be brought to the next meeting",
          "agreed", ["housing", "adult-social-care"]),
    ],
    "attendees": [
        {"name": "Margaret Ellison", "role": "Chair", "attendance": "present"},
        {"name": "Tariq Aziz", "role": None, "attendance": "present"},
        {"name": "Brenda Cawthorne", "role": None, "attendance": "present"},
        {"name": "Paul Hindmarch", "role": None, "attendance": "present"},
        {"name": "Sophie Lindqvist", "role": None, "attendance": "present"},
        {"name": "Derek Mottram", "role": None, "attendance": "present"},
        {"name": "Aisha Rahman", "role": None, "attendance": "present"},
        {"name": "Councillor Joanne Pickering", "role": "Cabinet Member for Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Helen Marsden", "role": "Strategic Director of Adult Care, Housing and Public Health",
         "attendance": "in_attendance"},
        {"name": "Graham Tolley", "role": "Head of Commissioning (Adults)", "attendance": "in_attendance"},
        {"name": "Ruth Okafor", "role": "Assistant Director, Prevention and Early Intervention",
         "attendance": "in_attendance"},
        {"name": "Dr Simon Ashworth",
         "role": "Place Director (Rotherby), South Pennine Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Kerry Blyth",
         "role": "Head of Integrated Discharge, Rotherby Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Andrew Fenwick", "role": "Policy and Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Lucy Dearden", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Neil Barraclough", "role": None, "attendance": "apologies"},
        {"name": "Kathleen Sumner", "role": None, "attendance": "apologies"},
    ],
}

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["adult-social-care", "finance", "patient-and-public-input", "workforce"],
}


def source_text(blocks):
    out = []
    for b in blocks:
        out.extend(x for x in b[1:] if isinstance(x, str))
    return "\n".join(out)


def norm(s):
    s = s.lower().replace("\u2019", "").replace("'", "")
    return " " + " ".join(re.sub(r"[^\w]+", " ", s).split()) + " "


def check():
    ok = True
    src = norm(source_text(D1_HEAD + D1_ITEMS))
    phrases = []
    for q in GOLD1["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in GOLD1["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = src.count(norm(p))
        words = len(p.split())
        if n != 1:
            print("FAIL %s occurs %d times: %s" % (kind, n, p))
            ok = False
        if not 5 <= words <= 15:
            print("WARN %s has %d words: %s" % (kind, words, p))
    for path, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        gp = os.path.join(GOLD, os.path.splitext(path)[0] + ".json")
        if not os.path.exists(os.path.join(DOCS, path)) or not os.path.exists(gp):
            print("FAIL missing", path)
            ok = False
        elif json.load(open(gp, encoding="utf-8")) != gold:
            print("FAIL gold file out of date", gp)
            ok = False
    print("check passed: %d phrases" % len(phrases) if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    for path, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        with open(os.path.join(GOLD, os.path.splitext(path)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
