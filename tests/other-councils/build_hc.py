#!/usr/bin/env python3
"""Build the "hc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hc.py           build documents/hc-* and gold/hc-*.json
        build_hc.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 6, 27, 9, 0, 0, tzinfo=datetime.timezone.utc)
SH = "\u00ad"  # soft hyphen: justified text breaks long words across line ends


def shy(text):
    """Insert soft hyphens into a few long words so justified lines hyphenate."""
    def f(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        cut = len(w) // 2
        return w[:cut] + SH + w[cut:]
    return re.sub(r"[A-Za-z]{11,}", f, text)


# ---------------------------------------------------------------- document 1
D1 = "hc-northdale-scrutiny-of-health-2025-06-20.pdf"
COUNCIL = "Northdale County Council"
COMM = "Scrutiny of Health Committee"

ATT_PRESENT = ("County Councillor Heather Moorby in the Chair.\n"
               "County Councillors Philip Garside (Vice-Chairman), Janet Ackroyd, Tom Ellerby, "
               "Sue Pearson, Mark Thwaite and Andrew Dunning (as substitute for County Councillor Keith Lund).")
ATT_COOPT = ("Co-opted Members (District and Borough Council representatives):- Councillor Rachel Benham "
             "(Skelby District Council) and Councillor Ian Croft (Ravendale Borough Council).")
ATT_ALSO = ("In attendance:- Dr Nadia Qureshi (Medical Director, Riverside Hospitals NHS Foundation Trust), "
            "Karen Holroyd (Director of Primary Care and Pharmacy, Humber and Dales Integrated Care Board) "
            "and Gareth Pollitt (Healthwatch Northdale).")
ATT_OFF = ("County Council Officers:- Richard Webber (Corporate Director \u2013 Health and Adult Services), "
           "Louise Tennant (Assistant Director \u2013 Commissioning, Quality and Market Development) and "
           "Daniel Shaw (Principal Scrutiny Officer).")
ATT_APOL = ("Apologies for absence were received from County Councillor Keith Lund and Councillor Joan Fell "
            "(Ashdale District Council).")

# (number, title, [paragraphs]) ; a paragraph starting with "RES:" is a resolved block
ITEMS = [
    ("112", "Minutes", [
        "RES:Resolved \u2013\n\nThat the Minutes of the meeting held on 14 March 2025, having been printed and "
        "circulated, be taken as read and be confirmed by the Chairman as a correct record.",
    ]),
    ("113", "Declarations of Interest", [
        "County Councillor Sue Pearson declared a non-registrable interest in Minute 116 as a volunteer "
        "driver for the Dales Community Transport scheme which takes patients to Fellside Community Hospital. "
        "There were no other declarations of interest.",
    ]),
    ("114", "Public Questions or Statements", [
        "The Committee was advised that one question had been received from a member of the public, "
        "Mr Colin Ashby of Wensby, in accordance with the Council\u2019s Procedure Rules.",
        "Mr Ashby asked whether the Committee would insist on a full public consultation before any "
        "decision was taken to close beds at Fellside Community Hospital, given that residents of the upper "
        "dale already travelled more than forty miles to Northallby General Hospital. The Chairman thanked "
        "Mr Ashby and replied that the Committee would be considering the matter at Minute 116 and would "
        "decide at that point whether the proposals amounted to a substantial variation requiring formal "
        "consultation. Mr Ashby was invited to remain for that item.",
    ]),
    ("115", "Chairman\u2019s Remarks", [
        "The Chairman reported on her meetings since the last Committee with the chief executives of the "
        "two acute trusts, the Integrated Care Board and Healthwatch Northdale, and on the joint health "
        "scrutiny work being undertaken with neighbouring authorities on the review of stroke services.",
        "RES:Resolved \u2013\n\nThat the Chairman\u2019s update be noted.",
    ]),
    ("116", "Fellside Community Hospital \u2013 Proposed Changes to Inpatient Beds", [
        "Considered \u2013\n\nThe report and presentation of the Medical Director, Riverside Hospitals NHS "
        "Foundation Trust, setting out proposals to consolidate the sixteen inpatient beds at Fellside "
        "Community Hospital onto the Northallby site over the winter period and to expand the \u2018hospital at "
        "home\u2019 virtual ward across the western dales.",
        "Dr Qureshi explained that the unit had relied on agency nurses for more than a third of its shifts "
        "during 2024/25 and that the Trust could no longer guarantee safe staffing at night. In the ensuing "
        "discussion County Councillor Ackroyd queried how many of the current registered nurse posts at "
        "Fellside were vacant; Dr Qureshi confirmed that seven of the twelve registered nurse posts were "
        "currently vacant and that two recruitment campaigns had produced no appointable candidates. "
        "County Councillor Ellerby expressed concern that the proposal was in effect a permanent closure "
        "presented as a temporary winter measure, and asked for an assurance on that point. In reply, "
        "Dr Qureshi said that no decision on the long-term future of the beds would be taken without "
        "returning to the Committee and that the Trust\u2019s Board had not considered any permanent option.",
        "Councillor Benham asked what transport support would be offered to relatives visiting patients "
        "moved to Northallby. The Medical Director advised that the Trust was working with the community "
        "transport schemes and would meet reasonable travel costs for close family members. Gareth Pollitt "
        "of Healthwatch Northdale stated that people in the upper dale had told Healthwatch they had not "
        "heard about the proposals at all and requested that the Trust hold drop-in sessions in the "
        "market towns before the winter. Dr Qureshi agreed that the Trust would arrange sessions in "
        "Wensby and Kettleside during September.",
        "County Councillor Thwaite sought clarification of how the virtual ward would be staffed if the "
        "same nurses could not be recruited to the hospital itself. It was explained that the virtual "
        "ward used a mixed team of community nurses, therapists and advanced practitioners and that "
        "several nurses had said they would prefer community roles to night shifts on the ward. "
        "County Councillor Garside asked whether an equality impact assessment had been completed; "
        "the Committee was informed that an assessment was in draft and would be shared with Members "
        "once it had been signed off.",
        "RES:Resolved \u2013\n\n(a) That the report be noted.\n\n(b) That the Committee considers that the "
        "temporary consolidation of beds does not at this stage constitute a substantial variation, but "
        "that the Trust be asked to bring a further report to the November meeting setting out the "
        "outcome of the engagement sessions and the completed equality impact assessment.",
    ]),
    ("117", "Recommissioning of Home Care Services", [
        "Considered \u2013\n\nThe report of the Corporate Director \u2013 Health and Adult Services seeking the "
        "views of the Committee on the proposed approach to recommissioning home care from April 2026, "
        "prior to a decision by the Executive. The Assistant Director \u2013 Commissioning, Quality and Market "
        "Development outlined the proposed move from spot purchasing to a zoned framework of "
        "eleven geographical lots, each with a lead provider.",
        "County Councillor Pearson questioned whether the zoned model would simply hand the most "
        "profitable town-centre rounds to the larger national companies and leave the rural lots without "
        "a bidder. Louise Tennant responded that the rural lots would carry an enhanced hourly rate and "
        "that bidders would not be able to bid for town lots alone. County Councillor Dunning raised the "
        "question of whether the Council had considered bringing any part of the service back in-house, "
        "as some other authorities had done. The Corporate Director said that an in-house option had been "
        "costed for the two most remote zones and would be reported to the Executive alongside the "
        "framework.",
        "Councillor Croft referred to the pay of care workers and asked whether the specification would "
        "require providers to pay for travel time between visits. Members were advised that payment for "
        "travel time would be a contractual requirement and would be checked through quarterly contract "
        "monitoring visits. County Councillor Ackroyd requested that the views of people who currently "
        "receive home care be sought before the specification was finalised, and the Assistant Director "
        "undertook to circulate the results of the recent service user survey to all Members.",
        "RES:Resolved \u2013\n\nThat the Executive be advised that the Committee supports the proposed zoned "
        "framework subject to (i) the enhanced rural hourly rate being protected for the life of the "
        "contract and (ii) the in-house option for the two most remote zones being fully considered.",
    ]),
    ("118", "Access to NHS Dental Services", [
        "Considered \u2013\n\nThe report of the Humber and Dales Integrated Care Board on access to NHS dentistry "
        "in Northdale, including the urgent dental care pilot and the new dental access centre in Northallby.",
        "Karen Holroyd introduced the report. Members noted that only one practice in the county was "
        "currently accepting new adult NHS patients. County Councillor Moorby asked what proportion of "
        "the additional funding for urgent appointments had actually been spent; Ms Holroyd reported "
        "that around sixty per cent had been used and that unspent sessions were being offered to other "
        "practices. County Councillor Thwaite commented that children in the more deprived parts of the "
        "coastal towns were still waiting more than two years for routine check-ups, which he described "
        "as unacceptable. No specific response was recorded. County Councillor Ellerby enquired about the "
        "prospects for a dental school outreach clinic in the dales, and was told that discussions with "
        "the university were at an early stage.",
        "RES:Resolved \u2013\n\nThat the report on access to NHS dental services be noted.",
    ]),
    ("119", "Work Programme", [
        "Considered \u2013\n\nThe report of the Principal Scrutiny Officer inviting Members to review the "
        "Committee\u2019s work programme for 2025/26.",
        "RES:Resolved \u2013\n\nThat the work programme be approved, with the addition of an item on "
        "the winter vaccination programme for the November meeting.",
    ]),
]

FOOT_DATE = "20 June 2025"


class MinPDF(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_font("dv", "", 8)
        self.cell(0, 4, f"{COUNCIL} \u2013 {COMM} \u2013 Minutes of {FOOT_DATE}", align="L")
        self.ln(4)
        self.cell(95, 4, "Chairman\u2019s initials ..............", align="L")
        self.cell(0, 4, f"/{self.page_no()}", align="R")


def setup(pdf, title):
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author(COUNCIL)
    pdf.set_creator("Northdale Democratic Services")
    pdf.set_producer("fpdf2")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 24)


def build_d1():
    src = []
    pdf = MinPDF(format="A4")
    setup(pdf, f"{COMM} minutes {FOOT_DATE}")
    pdf.add_page()
    pdf.set_font("dv", "B", 12)
    t = f"{COUNCIL}\n\n{COMM}"
    pdf.multi_cell(0, 6, t, align="C"); src.append(t)
    pdf.ln(3)
    pdf.set_font("dv", "", 10)
    t = ("Minutes of the meeting held on Friday, 20 June 2025 commencing at 10.00 am in the Grand "
         "Committee Room, County Hall, Northallby.")
    pdf.multi_cell(0, 5.2, t, align="J"); src.append(t); pdf.ln(3)
    for block in (ATT_PRESENT, ATT_COOPT, ATT_ALSO, ATT_OFF, ATT_APOL):
        pdf.multi_cell(0, 5.2, shy(block), align="J"); src.append(block); pdf.ln(2.5)
    t = "Copies of all documents considered are in the Minute Book"
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 5, t, align="C"); src.append(t)
    pdf.ln(2)
    pdf.line(22, pdf.get_y(), 188, pdf.get_y())
    pdf.ln(4)
    for num, title, paras in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("dv", "B", 10)
        pdf.cell(14, 5.5, num)
        pdf.multi_cell(0, 5.5, title); src.append(f"{num} {title}")
        pdf.ln(1.5)
        for p in paras:
            res = p.startswith("RES:")
            if res:
                p = p[4:]
            src.append(p)
            for k, sub in enumerate(p.split("\n\n")):
                pdf.set_x(36)
                if res and k == 0 or sub.startswith("Considered"):
                    pdf.set_font("dv", "B", 10)
                    pdf.multi_cell(0, 5.2, sub, align="L")
                else:
                    pdf.set_font("dv", "", 10)
                    pdf.multi_cell(0, 5.2, shy(sub), align="J")
                pdf.ln(1.8)
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("dv", "", 10)
    t = "The meeting concluded at 12.47 pm.\n\nDS"
    pdf.multi_cell(0, 5.2, t); src.append(t)
    pdf.output(os.path.join(DOCS, D1))
    return "\n".join(src)


Q = lambda item, kind, text, asked, ans, given, themes: dict(
    item=item, kind=kind, text=text, asked_by=asked, answer=ans, given_by=given, themes=themes)

GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Scrutiny of Health Committee",
    "meeting_date": "2025-06-20",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("114", "question", "asked whether the Committee would insist on a full public consultation",
          "Mr Colin Ashby", "decide at that point whether the proposals amounted to a substantial variation",
          "The Chairman", ["patient-and-public-input", "governance"]),
        Q("116", "question", "queried how many of the current registered nurse posts at Fellside were vacant",
          "County Councillor Ackroyd", "seven of the twelve registered nurse posts were currently vacant",
          "Dr Qureshi", ["workforce"]),
        Q("116", "concern", "the proposal was in effect a permanent closure presented as a temporary winter measure",
          "County Councillor Ellerby", "no decision on the long-term future of the beds would be taken",
          "Dr Qureshi", []),
        Q("116", "question", "asked what transport support would be offered to relatives visiting patients",
          "Councillor Benham", "would meet reasonable travel costs for close family members",
          "The Medical Director", ["finance"]),
        Q("116", "request", "requested that the Trust hold drop-in sessions in the market towns",
          "Gareth Pollitt", "the Trust would arrange sessions in Wensby and Kettleside during September",
          "Dr Qureshi", ["patient-and-public-input"]),
        Q("116", "question", "how the virtual ward would be staffed if the same nurses could not be recruited",
          "County Councillor Thwaite", "used a mixed team of community nurses, therapists and advanced practitioners",
          None, ["workforce"]),
        Q("116", "question", "asked whether an equality impact assessment had been completed",
          "County Councillor Garside", "an assessment was in draft and would be shared with Members",
          None, ["governance"]),
        Q("117", "concern", "whether the zoned model would simply hand the most profitable town-centre rounds",
          "County Councillor Pearson", "the rural lots would carry an enhanced hourly rate",
          "Louise Tennant", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("117", "question", "whether the Council had considered bringing any part of the service back in-house",
          "County Councillor Dunning", "an in-house option had been costed for the two most remote zones",
          "The Corporate Director", ["privatisation", "adult-social-care"]),
        Q("117", "question", "asked whether the specification would require providers to pay for travel time",
          "Councillor Croft", "payment for travel time would be a contractual requirement",
          None, ["workforce", "subcontracting", "adult-social-care"]),
        Q("117", "request", "requested that the views of people who currently receive home care be sought",
          "County Councillor Ackroyd", "undertook to circulate the results of the recent service user survey",
          "the Assistant Director", ["patient-and-public-input", "adult-social-care"]),
        Q("118", "question", "asked what proportion of the additional funding for urgent appointments had actually been spent",
          "County Councillor Moorby", "around sixty per cent had been used and that unspent sessions",
          "Ms Holroyd", ["finance", "primary-care"]),
        Q("118", "concern", "children in the more deprived parts of the coastal towns were still waiting",
          "County Councillor Thwaite", None, None, ["children-and-families", "primary-care", "public-health"]),
        Q("118", "question", "enquired about the prospects for a dental school outreach clinic in the dales",
          "County Councillor Ellerby", "discussions with the university were at an early stage",
          None, ["primary-care"]),
    ],
    "resolutions": [
        {"item": "112", "text": "having been printed and circulated, be taken as read and be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "115", "text": "That the Chairman\u2019s update be noted", "outcome": "noted", "themes": []},
        {"item": "116", "text": "the Trust be asked to bring a further report to the November meeting",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "117", "text": "the Executive be advised that the Committee supports the proposed zoned framework",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation", "finance", "adult-social-care"]},
        {"item": "118", "text": "That the report on access to NHS dental services be noted",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "119", "text": "That the work programme be approved, with the addition of an item",
         "outcome": "agreed", "themes": ["public-health"]},
    ],
    "attendees": [
        {"name": "County Councillor Heather Moorby", "role": "Chairman", "attendance": "present"},
        {"name": "County Councillor Philip Garside", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "County Councillor Janet Ackroyd", "role": None, "attendance": "present"},
        {"name": "County Councillor Tom Ellerby", "role": None, "attendance": "present"},
        {"name": "County Councillor Sue Pearson", "role": None, "attendance": "present"},
        {"name": "County Councillor Mark Thwaite", "role": None, "attendance": "present"},
        {"name": "County Councillor Andrew Dunning", "role": "substitute for County Councillor Keith Lund", "attendance": "present"},
        {"name": "Councillor Rachel Benham", "role": "Skelby District Council", "attendance": "present"},
        {"name": "Councillor Ian Croft", "role": "Ravendale Borough Council", "attendance": "present"},
        {"name": "Dr Nadia Qureshi", "role": "Medical Director, Riverside Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Karen Holroyd", "role": "Director of Primary Care and Pharmacy, Humber and Dales Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Gareth Pollitt", "role": "Healthwatch Northdale", "attendance": "in_attendance"},
        {"name": "Richard Webber", "role": "Corporate Director \u2013 Health and Adult Services", "attendance": "in_attendance"},
        {"name": "Louise Tennant", "role": "Assistant Director \u2013 Commissioning, Quality and Market Development", "attendance": "in_attendance"},
        {"name": "Daniel Shaw", "role": "Principal Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "County Councillor Keith Lund", "role": None, "attendance": "apologies"},
        {"name": "Councillor Joan Fell", "role": "Ashdale District Council", "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
D2 = "hc-northdale-healthy-ageing-needs-assessment-summary.pdf"
D2_SECTIONS = [
    ("Healthy Ageing in Northdale \u2013 Needs Assessment Summary", None),
    ("Report of the Director of Public Health to the Scrutiny of Health Committee, 20 June 2025", None),
    ("1. Purpose of the report",
     "To provide Members with a summary of the Healthy Ageing Needs Assessment, which forms a chapter of "
     "the Joint Strategic Needs Assessment, in advance of the development of an Ageing Well Plan."),
    ("2. Why does healthy ageing matter in Northdale?",
     "Northdale has one of the oldest populations in England. Almost three in ten residents are aged 65 "
     "or over, compared with under one in five nationally, and the number of residents aged 85 or over "
     "is projected to rise by 46 per cent by 2040. Healthy life expectancy in the coastal wards is nine "
     "years lower than in the most affluent parts of the dales."),
    ("3. What questions did the assessment set out to answer?",
     "The assessment was framed around four questions agreed with partners: How many older people are "
     "living with frailty, and where do they live? What stops people staying active and connected as they "
     "age? Which services do older people and carers find hard to reach, especially in rural areas? "
     "Where could prevention make the biggest difference to demand for social care?"),
    ("4. Who did we hear from?",
     "An online and paper survey received 1,214 responses. Eleven focus groups were held with older "
     "people\u2019s forums, carers\u2019 groups and two sheltered housing schemes, and Healthwatch Northdale "
     "shared the findings of its listening events in the upper dales."),
    ("5. What did people tell us?",
     "Transport came up more than any other issue: \u201cIf the bus goes, everything goes.\u201d People also "
     "told us that loneliness after bereavement, falls at home and the difficulty of getting a GP "
     "appointment by telephone were their main worries. Carers asked why information about respite was "
     "so hard to find, and whether the Council could do more to join up the help on offer."),
    ("6. Frequently asked questions",
     "Is this a plan? No. The needs assessment describes need; the Ageing Well Plan will set out what "
     "partners intend to do about it and will be brought to the Committee later in the year.\n\n"
     "Will services change as a result? Not directly. The findings will inform commissioning decisions "
     "by the Council and the Integrated Care Board.\n\n"
     "Where can I read the full assessment? The full chapter is published on the Northdale Insight "
     "website with the rest of the Joint Strategic Needs Assessment."),
    ("7. Issues the Committee may wish to explore",
     "Members may wish to consider how the Ageing Well Plan will address rural transport, how falls "
     "prevention services are targeted at the wards with the highest rates of hip fracture, and how "
     "the voice of older people will be heard as the plan is developed."),
    ("8. Recommendation",
     "That the Committee notes the summary of the Healthy Ageing Needs Assessment and comments on the "
     "priorities for the Ageing Well Plan.\n\nDr Helen Marsden\nDirector of Public Health\n"
     "County Hall, Northallby\n\nReport prepared by: Aisha Farooq, Public Health Intelligence Lead"),
]


class RepPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.cell(0, 4, f"{COUNCIL}", align="R")
        self.ln(8)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 8)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")


def build_d2():
    src = []
    pdf = RepPDF(format="A4")
    setup(pdf, "Healthy Ageing Needs Assessment Summary")
    pdf.add_page()
    for i, (head, body) in enumerate(D2_SECTIONS):
        pdf.set_font("dv", "B", 14 if i == 0 else (10 if body is None else 11))
        pdf.multi_cell(0, 6.5, head); src.append(head)
        pdf.ln(2)
        if body:
            pdf.set_font("dv", "", 10)
            for sub in body.split("\n\n"):
                pdf.multi_cell(0, 5.2, shy(sub), align="J"); pdf.ln(2)
            src.append(body)
        pdf.ln(2)
    pdf.output(os.path.join(DOCS, D2))
    return "\n".join(src)


GOLD2 = {"document": D2, "doc_type": "report"}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SH, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(src, gold):
    n = norm(src)
    bad = []
    phrases = [(q["text"], "q") for q in gold.get("questions", [])]
    phrases += [(q["answer"], "a") for q in gold.get("questions", []) if q["answer"]]
    phrases += [(r["text"], "r") for r in gold.get("resolutions", [])]
    for p, k in phrases:
        w = len(p.split())
        c = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", n))
        if c != 1 or not 6 <= w <= 15:
            bad.append((k, p, c, w))
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    s1 = build_d1(); s2 = build_d2()
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    if "--check" in sys.argv:
        bad = check(s1, GOLD1) + check(s2, GOLD2)
        for b in bad:
            print("BAD", b)
        print("check", "FAILED" if bad else "passed",
              f"({len(GOLD1['questions'])} questions, {len(GOLD1['resolutions'])} resolutions)")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
