#!/usr/bin/env python3
"""Build the "hb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hb.py           build documents/hb-* and gold/hb-*.json
        build_hb.py --check   verify every gold phrase occurs once in its document
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
FIXED = datetime.datetime(2025, 3, 14, 10, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# Document 1: Camden-style Health and Adult Social Care Scrutiny Committee minutes
# ---------------------------------------------------------------------------
MIN_NAME = "hb-hartwell-hasc-scrutiny-2025-03-10.pdf"
RUNHEAD = "Health and Adult Social Care Scrutiny Committee - Monday, 10th March, 2025"

MINUTES = [
    ("title", "LONDON BOROUGH OF HARTWELL"),
    ("title", "MINUTES OF THE MEETING OF THE HEALTH AND ADULT SOCIAL CARE SCRUTINY "
              "COMMITTEE HELD ON MONDAY, 10TH MARCH, 2025 AT 6.30 PM"),
    ("label", "MEMBERS OF THE COMMITTEE PRESENT"),
    ("p", "Councillors Anna Okafor-Reid (Chair), Thomas Levene (Vice-Chair), Priya Mahendran, "
          "Dominic Fairclough, Ruth Agbaje and Samuel Hirst"),
    ("label", "MEMBERS OF THE COMMITTEE ABSENT"),
    ("p", "Councillor Lorna Beckett and Councillor Imran Chaudry"),
    ("label", "ALSO PRESENT"),
    ("p", "Councillor Maeve Donnelly (Cabinet Member for Health, Adults and Social Care), "
          "Jacqueline Mercer (Director of Adult Social Care), Dr Hugh Tanaka (Director of Public "
          "Health), Oliver Brandt (Head of Commissioning and Partnerships, Adults and Health), "
          "Sarah Kwame (Director of Strategy and Place, North Thameside Integrated Care Board), "
          "Martin Deverell (Chief Operating Officer, Whitfield Community NHS Trust) and "
          "Faye Morton (Chief Executive, Healthwatch Hartwell)"),
    ("p", "The minutes should be read in conjunction with the agenda for the meeting. They are "
          "subject to approval by the Committee at its next meeting."),
    ("label", "MINUTES"),
    ("item", "1.", "APOLOGIES"),
    ("p", "Apologies for absence were received from Councillor Imran Chaudry. Councillor Lorna "
          "Beckett was absent without apology."),
    ("item", "2.", "DECLARATIONS BY MEMBERS OF PECUNIARY, NON-PECUNIARY AND OTHER INTERESTS "
                   "IN RESPECT OF ITEMS ON THIS AGENDA"),
    ("p", "Councillor Ruth Agbaje declared, in relation to Item 7, a non-pecuniary interest as she "
          "was employed as a community nurse by Whitfield Community NHS Trust. She remained in "
          "the meeting and took part in the discussion. There were no other declarations."),
    ("item", "3.", "ANNOUNCEMENTS"),
    ("p", "Broadcasting of the meeting"),
    ("p", "The Chair announced that the meeting was being broadcast live on the Council's website "
          "and that anyone present who did not wish to be filmed should speak to the committee "
          "officer. The Chair also announced that the Committee's joint session with the "
          "children's scrutiny committee on transitions would now take place in June."),
    ("p", "Notification of any items of business that the Chair considers urgent"),
    ("p", "There was no urgent business."),
    ("item", "4.", "DEPUTATIONS"),
    ("p", "The Committee received a deputation from Ms Bernadette Olu on behalf of the Friends of "
          "Linacre Walk-in Centre, concerning the North Thameside Integrated Care Board's proposal "
          "to move the walk-in centre to the urgent treatment centre at Whitfield Hospital. Ms Olu "
          "said that the centre was used by many residents who were not registered with a GP, "
          "including people in temporary accommodation, and that the bus journey to Whitfield took "
          "over fifty minutes from the Linacre estate. She asked the Committee to press the ICB to "
          "publish its full equality impact assessment before any decision was taken."),
    ("p", "Councillor Priya Mahendran asked the deputee how many residents had signed the "
          "petition organised by the group. Ms Olu said that the petition had collected just over "
          "2,300 signatures in six weeks, most of them from Linacre and Castle Vale wards. "
          "Councillor Dominic Fairclough asked whether the group had been invited to the ICB's "
          "engagement events; the deputee replied that only one online session had been offered "
          "and that it had been held during the working day."),
    ("p", "The Chair thanked Ms Olu for attending."),
    ("b", "RESOLVED -"),
    ("p", "THAT the deputation be noted and the issues it raised be taken into account in the "
          "Committee's consideration of Item 7."),
    ("item", "5.", "MINUTES"),
    ("p", "Consideration was given to the minutes of the meeting held on 20th January 2025."),
    ("b", "RESOLVED -"),
    ("p", "THAT the minutes of the meeting held on 20th January 2025 be approved and signed as "
          "a correct record."),
    ("item", "6.", "HOME CARE RECOMMISSIONING AND THE CARE WORKFORCE"),
    ("p", "Consideration was given to a report of the Executive Director Adults and Health. The "
          "Director of Adult Social Care introduced the report, which set out the proposed model "
          "for recommissioning home care from October 2025, the results of the market engagement "
          "exercise and the workforce pressures facing providers in the borough. The Cabinet "
          "Member for Health, Adults and Social Care added that the new model had been designed "
          "around neighbourhoods so that care workers spent less time travelling and more time "
          "with the people they supported."),
    ("p", "A Committee member asked how many home care providers would be appointed under the "
          "new arrangements. The Director of Adult Social Care said that the aim was to move from "
          "thirty-one spot-purchased providers to eight patch-based providers, each serving one "
          "neighbourhood. Another member raised concerns that smaller local agencies would be "
          "squeezed out by national companies backed by private equity. The Head of Commissioning "
          "and Partnerships responded that the tender had been divided into lots sized so that "
          "small local agencies could bid on their own, and that social value made up fifteen per "
          "cent of the evaluation."),
    ("p", "Councillor Thomas Levene asked whether payment of the London Living Wage would be a "
          "condition of the new contracts. The Cabinet Member confirmed that the London Living "
          "Wage would be written into every contract from October and that the hourly rate had "
          "been set at £24.10 so that providers could afford it. Members expressed concern that "
          "care workers were still not paid for travelling time between visits under some of the "
          "current arrangements. In response, the Director said that the new specification "
          "required paid travel time and that compliance would be checked through quarterly "
          "contract monitoring visits, including a sample of payslips."),
    ("p", "A member asked what would happen to residents whose current provider was not "
          "successful. The Director explained that no one would be made to change carer against "
          "their wishes and that existing packages could continue under transitional "
          "arrangements for up to twelve months. The Chief Executive of Healthwatch Hartwell "
          "asked whether people who used home care had been involved in writing the "
          "specification. The Head of Commissioning and Partnerships said that a panel of eleven "
          "people who receive home care, and four family carers, had co-produced the outcomes "
          "framework and would sit on the evaluation panel for the quality questions."),
    ("p", "The Chair requested that the Committee see the outcome of the tender evaluation, "
          "including the social value scores, before the new contracts began. The Cabinet "
          "Member agreed to share the evaluation summary in confidence once the standstill "
          "period had ended."),
    ("b", "RESOLVED -"),
    ("p", "(i)  THAT the report be noted;"),
    ("p", "(ii)  THAT the Director of Adult Social Care provide the Committee with the outcome of "
          "the tender evaluation, including social value scores, before the new contracts start; "
          "and"),
    ("p", "(iii)  THAT the Committee's comments on travel time and the London Living Wage be "
          "forwarded to the Cabinet Member before the contract award decision is taken."),
    ("action", "Action by: Director of Adult Social Care"),
    ("item", "7.", "COMMUNITY HEALTH SERVICES PROCUREMENT AND THE LINACRE WALK-IN CENTRE"),
    ("p", "Consideration was given to a report of the North Thameside Integrated Care Board. The "
          "Director of Strategy and Place, North Thameside ICB, introduced the report, which "
          "described the ICB's intention to procure adult community health services for "
          "Hartwell and two neighbouring boroughs as a single contract from April 2026, and the "
          "public consultation on moving the Linacre Walk-in Centre to Whitfield Hospital."),
    ("p", "Councillor Samuel Hirst asked why the ICB had chosen to run a competitive procurement "
          "rather than extend the existing contract with Whitfield Community NHS Trust. The "
          "Director of Strategy and Place said that the provider selection regime allowed a "
          "direct award but that the ICB had been advised that the scale of the change justified "
          "an open process. A member asked whether private companies would be able to bid for "
          "the community nursing lot, and the Director confirmed that the process was open to "
          "any qualified provider, including independent sector organisations, but that all "
          "bidders would have to honour NHS terms and conditions for staff transferring under "
          "TUPE."),
    ("p", "The Chief Operating Officer of Whitfield Community NHS Trust was asked about the "
          "effect of the uncertainty on staff. He said that vacancy rates in district nursing "
          "had risen to eighteen per cent since the procurement was announced and that two "
          "experienced team leaders had left for neighbouring trusts. Councillor Ruth Agbaje "
          "commented that morale among community nurses was the lowest she had known in "
          "twenty years."),
    ("p", "Members questioned why the consultation on the walk-in centre had run for only six "
          "weeks over the Christmas period. The Director acknowledged that the timing had been "
          "poor and said that the ICB would extend the consultation by four weeks and hold two "
          "evening meetings in Linacre. Councillor Levene sought clarification on whether the "
          "equality impact assessment requested by the deputation would be published. The "
          "Director said that the full assessment would be published alongside the consultation "
          "report in May."),
    ("p", "Councillor Mahendran asked the Director of Public Health whether closing the walk-in "
          "centre would widen health inequalities in the east of the borough. The Director of "
          "Public Health said that the centre saw a high proportion of patients with no "
          "registered GP and that any alternative would need an outreach offer for those groups. "
          "Councillor Fairclough queried whether the relocation was being driven by the ICB's "
          "financial position rather than clinical need. The Director of Strategy and Place "
          "replied that the ICB was forecasting a deficit of £41 million but that the proposal "
          "rested on the clinical model for urgent treatment centres. The Chief Executive of "
          "Healthwatch Hartwell noted that Healthwatch had received over ninety pieces of "
          "feedback about the walk-in centre, almost all of them opposed to the move."),
    ("b", "RESOLVED -"),
    ("p", "(i)  THAT the report be noted;"),
    ("p", "(ii)  THAT the Committee RECOMMENDS to the North Thameside Integrated Care Board that "
          "no decision on the Linacre Walk-in Centre be taken until the equality impact "
          "assessment has been published and considered by this Committee; and"),
    ("p", "(iii)  THAT the ICB be asked to report back to the Committee in July 2025 with the "
          "outcome of the community health services procurement and its workforce plan."),
    ("action", "Action by: Director of Strategy and Place, North Thameside ICB"),
    ("item", "8.", "WORK PROGRAMME AND ACTION TRACKER"),
    ("p", "The Committee considered its work programme for 2025/26 and the action tracker. The "
          "Chair proposed adding a session on adult mental health crisis beds, following "
          "concerns raised by residents."),
    ("b", "RESOLVED -"),
    ("p", "THAT the work programme be agreed, subject to the addition of an item on adult mental "
          "health crisis beds for the September meeting."),
    ("p", "The meeting ended at 9.05 pm."),
    ("label", "CHAIR"),
    ("p", "Contact Officer: Grace Adeyemi"),
    ("p", "Telephone No: 020 7974 0000"),
    ("p", "E-Mail: grace.adeyemi@hartwell.gov.uk"),
    ("label", "MINUTES END"),
]

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-03-10",
    "items": [
        {"number": "1", "title": "APOLOGIES"},
        {"number": "2", "title": "DECLARATIONS BY MEMBERS OF PECUNIARY, NON-PECUNIARY AND OTHER "
                                 "INTERESTS IN RESPECT OF ITEMS ON THIS AGENDA"},
        {"number": "3", "title": "ANNOUNCEMENTS"},
        {"number": "4", "title": "DEPUTATIONS"},
        {"number": "5", "title": "MINUTES"},
        {"number": "6", "title": "HOME CARE RECOMMISSIONING AND THE CARE WORKFORCE"},
        {"number": "7", "title": "COMMUNITY HEALTH SERVICES PROCUREMENT AND THE LINACRE WALK-IN CENTRE"},
        {"number": "8", "title": "WORK PROGRAMME AND ACTION TRACKER"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked the deputee how many residents had signed the petition organised by the group",
         "asked_by": "Councillor Priya Mahendran",
         "answer": "the petition had collected just over 2,300 signatures in six weeks",
         "given_by": "Ms Olu", "themes": ["patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked whether the group had been invited to the ICB's engagement events",
         "asked_by": "Councillor Dominic Fairclough",
         "answer": "only one online session had been offered and that it had been held",
         "given_by": "Ms Olu", "themes": ["patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "asked how many home care providers would be appointed under the new arrangements",
         "asked_by": None,
         "answer": "move from thirty-one spot-purchased providers to eight patch-based providers",
         "given_by": "Director of Adult Social Care",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "concern",
         "text": "smaller local agencies would be squeezed out by national companies backed by private equity",
         "asked_by": None,
         "answer": "the tender had been divided into lots sized so that small local agencies",
         "given_by": "Head of Commissioning and Partnerships",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "asked whether payment of the London Living Wage would be a condition",
         "asked_by": "Councillor Thomas Levene",
         "answer": "the London Living Wage would be written into every contract from October",
         "given_by": "Cabinet Member",
         "themes": ["workforce", "subcontracting", "finance", "adult-social-care"]},
        {"item": "6", "kind": "concern",
         "text": "care workers were still not paid for travelling time between visits",
         "asked_by": None,
         "answer": "the new specification required paid travel time and that compliance would be checked",
         "given_by": "Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "asked what would happen to residents whose current provider was not successful",
         "asked_by": None,
         "answer": "no one would be made to change carer against their wishes",
         "given_by": "Director",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "asked whether people who used home care had been involved in writing the specification",
         "asked_by": "The Chief Executive of Healthwatch Hartwell",
         "answer": "had co-produced the outcomes framework and would sit on the evaluation panel",
         "given_by": "Head of Commissioning and Partnerships",
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting"]},
        {"item": "6", "kind": "request",
         "text": "requested that the Committee see the outcome of the tender evaluation",
         "asked_by": "The Chair",
         "answer": "agreed to share the evaluation summary in confidence once the standstill period had ended",
         "given_by": "Cabinet Member",
         "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "asked why the ICB had chosen to run a competitive procurement rather than extend",
         "asked_by": "Councillor Samuel Hirst",
         "answer": "the provider selection regime allowed a direct award but that the ICB",
         "given_by": "Director of Strategy and Place",
         "themes": ["subcontracting", "privatisation"]},
        {"item": "7", "kind": "question",
         "text": "asked whether private companies would be able to bid for the community nursing lot",
         "asked_by": None,
         "answer": "the process was open to any qualified provider, including independent sector organisations",
         "given_by": "Director",
         "themes": ["privatisation", "subcontracting", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "was asked about the effect of the uncertainty on staff",
         "asked_by": None,
         "answer": "vacancy rates in district nursing had risen to eighteen per cent",
         "given_by": "Chief Operating Officer of Whitfield Community NHS Trust",
         "themes": ["workforce", "subcontracting"]},
        {"item": "7", "kind": "comment",
         "text": "morale among community nurses was the lowest she had known in twenty years",
         "asked_by": "Councillor Ruth Agbaje", "answer": None, "given_by": None,
         "themes": ["workforce"]},
        {"item": "7", "kind": "concern",
         "text": "questioned why the consultation on the walk-in centre had run for only six weeks",
         "asked_by": "Members",
         "answer": "the ICB would extend the consultation by four weeks and hold two evening meetings",
         "given_by": "Director",
         "themes": ["patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "sought clarification on whether the equality impact assessment requested by the deputation would be published",
         "asked_by": "Councillor Levene",
         "answer": "the full assessment would be published alongside the consultation report in May",
         "given_by": "Director",
         "themes": ["governance", "patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "whether closing the walk-in centre would widen health inequalities in the east",
         "asked_by": "Councillor Mahendran",
         "answer": "the centre saw a high proportion of patients with no registered GP",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "primary-care"]},
        {"item": "7", "kind": "question",
         "text": "queried whether the relocation was being driven by the ICB's financial position",
         "asked_by": "Councillor Fairclough",
         "answer": "the ICB was forecasting a deficit of £41 million but that the proposal",
         "given_by": "Director of Strategy and Place",
         "themes": ["finance"]},
        {"item": "7", "kind": "comment",
         "text": "Healthwatch had received over ninety pieces of feedback about the walk-in centre",
         "asked_by": "The Chief Executive of Healthwatch Hartwell", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "4", "text": "THAT the deputation be noted and the issues it raised",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "5", "text": "minutes of the meeting held on 20th January 2025 be approved and signed",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "provide the Committee with the outcome of the tender evaluation, including social value scores",
         "outcome": "agreed", "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "7", "text": "RECOMMENDS to the North Thameside Integrated Care Board that no decision",
         "outcome": "recommended",
         "themes": ["governance", "subcontracting", "workforce", "patient-and-public-input"]},
        {"item": "8", "text": "THAT the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["mental-health", "governance"]},
    ],
    "attendees": [
        {"name": "Anna Okafor-Reid", "role": "Chair", "attendance": "present"},
        {"name": "Thomas Levene", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Priya Mahendran", "role": None, "attendance": "present"},
        {"name": "Dominic Fairclough", "role": None, "attendance": "present"},
        {"name": "Ruth Agbaje", "role": None, "attendance": "present"},
        {"name": "Samuel Hirst", "role": None, "attendance": "present"},
        {"name": "Councillor Lorna Beckett", "role": None, "attendance": "absent"},
        {"name": "Councillor Imran Chaudry", "role": None, "attendance": "apologies"},
        {"name": "Councillor Maeve Donnelly", "role": "Cabinet Member for Health, Adults and Social Care",
         "attendance": "in_attendance"},
        {"name": "Jacqueline Mercer", "role": "Director of Adult Social Care", "attendance": "in_attendance"},
        {"name": "Dr Hugh Tanaka", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Oliver Brandt", "role": "Head of Commissioning and Partnerships, Adults and Health",
         "attendance": "in_attendance"},
        {"name": "Sarah Kwame",
         "role": "Director of Strategy and Place, North Thameside Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Martin Deverell", "role": "Chief Operating Officer, Whitfield Community NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Faye Morton", "role": "Chief Executive, Healthwatch Hartwell",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: written deputation request published with the agenda (not minutes)
# ---------------------------------------------------------------------------
DEP_NAME = "hb-hartwell-deputation-linacre-walk-in-centre.pdf"
DEP_HEAD = "London Borough of Hartwell - Deputation request"
DEPUTATION = [
    ("title", "LONDON BOROUGH OF HARTWELL"),
    ("title", "REQUEST TO MAKE A DEPUTATION"),
    ("p", "Meeting: Health and Adult Social Care Scrutiny Committee"),
    ("p", "Date of meeting: Monday, 10th March, 2025"),
    ("p", "Agenda item: 4 - Deputations"),
    ("p", "Name of person who will speak: Ms Bernadette Olu"),
    ("p", "Organisation represented: Friends of Linacre Walk-in Centre"),
    ("p", "Number of people in the deputation: 4"),
    ("label", "SUBJECT OF THE DEPUTATION"),
    ("p", "The North Thameside Integrated Care Board's proposal to close the Linacre Walk-in "
          "Centre and move its services to the urgent treatment centre at Whitfield Hospital."),
    ("label", "STATEMENT"),
    ("p", "The Linacre Walk-in Centre has served the east of the borough for nineteen years. It is "
          "the only place many of our neighbours can see a nurse or doctor on the same day, "
          "particularly people who are not registered with a GP, families in temporary "
          "accommodation and people whose first language is not English. The journey to "
          "Whitfield Hospital takes two buses and over fifty minutes from the Linacre estate."),
    ("p", "The consultation opened on 9th December and was due to close on 20th January, over "
          "the Christmas holidays. Only one online meeting has been held, at 2 pm on a weekday. "
          "Our petition has been signed by more than 2,300 people."),
    ("label", "WHAT WE ARE ASKING THE COMMITTEE TO DO"),
    ("p", "1.  Will the Committee ask the ICB to publish its full equality impact assessment "
          "before any decision is made?"),
    ("p", "2.  Will the Committee ask why there has been no face-to-face public meeting in "
          "Linacre, and request that one be held in the evening?"),
    ("p", "3.  How will people without a registered GP be seen if the centre closes, and who "
          "will pay for their travel?"),
    ("p", "4.  Will the Committee consider whether this is a substantial variation in the "
          "service and, if so, use its powers to refer the matter?"),
    ("label", "NOTES FOR DEPUTEES"),
    ("p", "Deputations must be received by the committee officer by 5 pm on the fourth working "
          "day before the meeting. A deputation may speak for up to five minutes, after which "
          "members of the Committee may ask questions of the deputees. The Committee will not "
          "debate the deputation at that point but may take it into account under the relevant "
          "item. This form will be published with the agenda."),
    ("p", "Received by: Grace Adeyemi, Committee Services, 3rd March 2025"),
]

DEP_GOLD = {"document": DEP_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Rendering: justified text with hyphenation, running head, page footer
# ---------------------------------------------------------------------------
class Doc(FPDF):
    runhead = ""

    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 5, self.runhead, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, str(self.page_no()), align="C")


def split_word(pdf, word, room):
    """Return (head-with-hyphen, tail) fitting room, or None."""
    if len(word) < 7 or not re.fullmatch(r"[a-z]+[,.;:]?", word):
        return None
    core = word.rstrip(",.;:")
    V = "aeiouyAEIOUY"
    for cut in range(len(core) - 3, 2, -1):
        a, b, c = core[cut - 1], core[cut], core[cut + 1]
        if not ((a not in V and b not in V and c in V) or (a in V and b not in V and c in V)):
            continue
        head = core[:cut] + "-"
        if pdf.get_string_width(head) <= room:
            return head, word[cut:]
    return None


def justified(pdf, text, lh=5.2, indent=0.0):
    width = pdf.w - pdf.l_margin - pdf.r_margin - indent
    words = text.split()
    lines, cur = [], []
    space = pdf.get_string_width(" ")
    i = 0
    while i < len(words):
        w = words[i]
        cur_w = sum(pdf.get_string_width(x) for x in cur) + space * len(cur)
        if cur_w + pdf.get_string_width(w) <= width:
            cur.append(w)
            i += 1
            continue
        sp = split_word(pdf, w, width - cur_w)
        if sp and cur:
            cur.append(sp[0])
            words[i] = sp[1]
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    for n, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.h - 20:
            pdf.add_page()
        x = pdf.l_margin + indent
        y = pdf.get_y()
        last = n == len(lines) - 1
        tw = sum(pdf.get_string_width(x_) for x_ in ln)
        gap = space if (last or len(ln) == 1) else (width - tw) / (len(ln) - 1)
        for wd in ln:
            pdf.set_xy(x, y)
            pdf.cell(pdf.get_string_width(wd) + 0.01, lh, wd)
            x += pdf.get_string_width(wd) + gap
        pdf.set_xy(pdf.l_margin, y + lh)


def render(blocks, path, runhead):
    pdf = Doc(format="A4")
    pdf.runhead = runhead
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Hartwell Committee Services")
    pdf.set_title(runhead)
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, b[1], align="C")
            pdf.ln(2)
        elif kind == "label":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "item":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(12, 6, b[1])
            pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(0, 6, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "b":
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "action":
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 6, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10)
            justified(pdf, b[1])
            pdf.ln(2.5)
    pdf.output(path)


def source_text(blocks):
    return "\n".join(" ".join(b[1:]) for b in blocks)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s£]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path, furniture=(RUNHEAD, DEP_HEAD)):
    """PDF text with running heads and page numbers removed, end-of-line hyphens joined."""
    import pdfplumber
    with pdfplumber.open(path) as p:
        t = "\n".join(pg.extract_text() or "" for pg in p.pages)
    t = "\n".join(ln for ln in t.split("\n")
                  if ln.strip() not in furniture and not ln.strip().isdigit())
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)


def phrases(gold):
    out = []
    for q in gold.get("questions", []):
        out.append(q["text"])
        if q["answer"]:
            out.append(q["answer"])
    for r in gold.get("resolutions", []):
        out.append(r["text"])
    return out


def check():
    ok = True
    for blocks, name, gold in ((MINUTES, MIN_NAME, MIN_GOLD), (DEPUTATION, DEP_NAME, DEP_GOLD)):
        srcs = {"source": norm(source_text(blocks))}
        p = os.path.join(DOCS, name)
        if os.path.exists(p):
            srcs["pdf"] = norm(pdf_text(p))
        for ph in phrases(gold):
            n = len(ph.split())
            if not 6 <= n <= 15:
                print(f"LENGTH {n}: {ph}")
                ok = False
            for label, src in srcs.items():
                c = src.count(norm(ph))
                if c != 1:
                    print(f"{name} [{label}] count={c}: {ph}")
                    ok = False
        gp = os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json")
        if not os.path.exists(gp) or json.load(open(gp)) != gold:
            print(f"gold file missing or stale: {gp}")
            ok = False
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    render(MINUTES, os.path.join(DOCS, MIN_NAME), RUNHEAD)
    render(DEPUTATION, os.path.join(DOCS, DEP_NAME), DEP_HEAD)
    for name, gold in ((MIN_NAME, MIN_GOLD), (DEP_NAME, DEP_GOLD)):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
