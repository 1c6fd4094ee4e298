#!/usr/bin/env python3
"""Build the "cc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cc.py           build documents/cc-* and gold/cc-*.json
        build_cc.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SHY = "\u00ad"

PDF_NAME = "cc-dunmere-scrutiny-management-board-2025-03-12.pdf"
TXT_NAME = "cc-harrowfield-health-scrutiny-committee-2025-06-17.txt"

# ---------------------------------------------------------------- document 1
ATTEND = [
    ("Present:", "Councillor Margaret Okafor (Chair), Councillor Denis Hartley (Vice-Chair), "
     "Councillors Susan Bexley, Priya Lal, Tariq Mahmood, Gillian Pryce, Owen Treharne and "
     "Robert Ainsley (substitute for Councillor Helen Vane)."),
    ("Call-in Members:", "Councillors Kevin Doyle and Anita Sharma."),
    ("Cabinet Member:", "Councillor Frances Whitlow (Cabinet Member for Adult Social Care and Health)."),
    ("Officers:", "Jonathan Reeve (Strategic Director of Adults, Health and Well\u00adbeing), "
     "Claire Moffat (Head of Commissioning and Market Development, Adult Social Care), "
     "Marcus Bellingham (Head of Workforce Development, Adults and Health), "
     "Paul Garside (Service Manager, In-house Provider Services), "
     "Emma Lund (Senior Lawyer, Legal and Democratic Services) and "
     "Daniel Frost (Scrutiny and Policy Officer)."),
]

# (heading, [paragraphs]) ; paragraphs numbered continuously
ITEMS = [
    ("Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Helen Vane. Councillor Robert "
        "Ainsley attended as her substitute.",
    ]),
    ("Declarations of Interest", [
        "Councillor Gillian Pryce declared a non-pecuniary interest in the call-in item as her "
        "mother had been a resident at Elmwood House until 2022. She remained in the meeting and "
        "took part in the debate and the vote. No other declarations were made.",
    ]),
    ("Minutes", [
        "RESOLVED that the minutes of the meeting held on 12 February 2025 be approved as a "
        "correct record and signed by the Chair.",
    ]),
    ("Call-in: Closure of Elmwood House Residential Care Home", [
        "The Chair explained the call-in procedure. The Board had before it the Cabinet decision "
        "of 18 February 2025 (Key Decision ASC/2024/19) to close Elmwood House, a 32-bed "
        "council-run residential care home in Northgate ward, and to move its remaining 19 "
        "residents to alternative placements by 30 September 2025, together with the call-in "
        "notice signed by five non-executive Members. The Board could either decide not to refer "
        "the decision back, in which case it would take effect from the date of the meeting, or "
        "refer it back to Cabinet for reconsideration, setting out its con\u00adcerns.",
        "Councillor Kevin Doyle, speaking for the call-in Members, set out the grounds for the "
        "call-in: that the consultation had been inadequate; that the financial case had not been "
        "tested; and that the Cabinet had not given proper weight to the shortage of specialist "
        "dementia beds in the north of the city.",
        "Councillor Frances Whitlow, Cabinet Member for Adult Social Care and Health, outlined the "
        "reasons for the decision. Occupancy at Elmwood House had fallen below 60 per cent for "
        "three years, the building needed an estimated \u00a32.3 million of work to meet current "
        "standards, and the Cabinet had concluded that the money would be better used to expand "
        "extra care housing in the north of the city.",
        "Councillor Doyle asked why the consultation with residents and families had been held "
        "over the Christmas period when many relatives were away. The Cabinet Member responded "
        "that the consultation had run for eight weeks rather than the usual six to allow for the "
        "holiday, that every family had been offered a face-to-face meeting, and that all 71 "
        "responses had been summarised for Cabinet.",
        "Councillor Anita Sharma asked whether the building condition survey had been made "
        "available to Members before the Cabinet meeting. The Cabinet Member responded that the "
        "survey had been summarised in the Cabinet report and the full survey had since been "
        "placed in the Members\u2019 Library.",
        "Councillor Sharma then asked how much the Council expected to save and whether the cost "
        "of buying placements in independent homes had been included in the figures. The Cabinet "
        "Member responded that the net saving was estimated at \u00a3640,000 a year once the cost "
        "of 19 purchased placements at the Council\u2019s usual rates had been deducted, and that "
        "the one-off saving from avoiding the building works was additional to this.",
        "Councillor Doyle questioned whether there was enough capacity in the north of the city "
        "for residents with dementia. The Strategic Director of Adults, Health and Wellbeing "
        "explained that there were currently 41 vacant residential beds within three miles of "
        "Elmwood House, although only twelve of these were in homes registered to meet complex "
        "dementia needs; the Council was negotiating block bookings to secure them.",
        "Councillor Doyle asked what would happen to the 46 staff employed at Elmwood House. The "
        "Cabinet Member responded that every member of staff would be offered redeployment into "
        "the reablement service or the two remaining council homes and that no compulsory "
        "redundancies were expected.",
        "Councillor Sharma expressed concern that moving frail older residents carried a real risk "
        "to their health and referred to published research on the effects of care home "
        "closures. The Strategic Director acknowledged the risk and said that each move would "
        "follow an individual assessment and a transition plan agreed with the resident, their "
        "family and their GP, with a named social worker for every resident.",
        "Members of the Board then asked questions. Councillor Owen Treharne asked whether the "
        "Council had considered transferring Elmwood House to an external operator rather than "
        "closing it. The Cabinet Member responded that soft market testing in 2024 had found no "
        "provider willing to take on the building without major capital investment by the "
        "Council.",
        "Councillor Priya Lal sought clarification on whether Cabinet had received the full "
        "equality impact assessment before it took the decision. Emma Lund, Senior Lawyer, "
        "confirmed that the assessment had been appended in full to the Cabinet report and that "
        "the minutes of Cabinet recorded that it had been taken into account.",
        "Councillor Susan Bexley requested that the Board receive a report on the outcomes for "
        "each resident who moved, including any hospital admissions in the three months after "
        "their move. The Cabinet Member agreed to bring an anonymised outcomes report to the "
        "Board in November.",
        "Councillor Doyle summed up on behalf of the call-in Members and the Cabinet Member "
        "responded. Councillor Tariq Mahmood spoke in support of referring the decision back; "
        "Councillor Denis Hartley spoke against.",
        "Upon a vote being taken, the Board decided not to refer the decision back to Cabinet "
        "(5 votes to 3). The decision therefore took effect from the date of the meeting.",
        "RESOLVED that the Strategic Director of Adults, Health and Wellbeing report to the Board "
        "in November 2025 on the outcomes for residents who have moved from Elmwood House.",
    ]),
    ("Adult Social Care Workforce Strategy \u2013 Progress Report", [
        "Marcus Bellingham, Head of Workforce Development, presented the report of the Strategic "
        "Director. The vacancy rate among care workers employed by providers in the city had "
        "fallen from 14 per cent to 9.5 per cent over the year, largely because of international "
        "recruit\u00adment, although turnover remained high at 31 per cent.",
        "Councillor Bexley asked how many international recruits were working for care providers "
        "in the city and how the Council was checking that they were treated fairly. The Head of "
        "Workforce Development said that about 310 care workers had been recruited from overseas "
        "and that two providers had been reported to the Home Office after concerns about "
        "sponsorship arrangements.",
        "Councillor Ainsley queried whether the Real Living Wage commitment written into home "
        "care contracts was being paid in practice. It was confirmed that compliance was tested "
        "through quarterly contract monitoring visits and that 23 of the 26 contracted providers "
        "were fully compliant.",
        "Councillor Treharne raised concern about the use of agency staff in the Council\u2019s "
        "own reablement service, which had cost \u00a31.1 million in 2023/24. The Head of "
        "Workforce Development acknowledged the pressure and said that a rolling recruitment "
        "campaign had cut agency use by a third since April.",
        "RESOLVED that the progress report be noted and that a further update on the workforce "
        "strategy be brought to the Board in twelve months.",
    ]),
    ("Home Care Recommissioning \u2013 Procurement Update", [
        "Claire Moffat, Head of Commissioning and Market Development, reported that the new home "
        "care framework would divide the city into six zones, each with a lead provider and up to "
        "three supporting providers, and would be advertised in May 2025 for a start date of "
        "1 April 2026.",
        "Councillor Mahmood asked why the Council had not considered delivering more home care "
        "itself. The Head of Commissioning responded that in-house delivery had been costed at "
        "around 30 per cent more per hour and that Cabinet had chosen to keep a mixed model with "
        "the in-house service focused on reablement.",
        "Councillor Lal asked how people who received home care had helped to design the new "
        "service specification. Claire Moffat said that two workshops had been held with service "
        "users and carers and that an online questionnaire had received 212 replies.",
        "Councillor Pryce commented that the zoning model risked leaving the rural wards to the "
        "north-west with no bidder at all.",
        "RESOLVED that the Board (1) note the procurement timetable for the home care framework; "
        "and (2) recommend to Cabinet that the award criteria give a weighting of at least 20 "
        "per cent to the pay, terms and conditions of care workers.",
    ]),
    ("Work Programme", [
        "Daniel Frost, Scrutiny and Policy Officer, presented the Board\u2019s work programme for "
        "2024/25 and the draft programme for 2025/26.",
        "Councillor Hartley asked that a session on the integrated care board\u2019s winter "
        "urgent and emergency care plan be added for the autumn. The Scrutiny and Policy Officer "
        "confirmed that the ICB had been invited to attend the October meeting.",
        "RESOLVED that the work programme be agreed, subject to the addition of the Elmwood House "
        "outcomes report in November.",
    ]),
    ("Date of Next Meeting", [
        "The next meeting would be held on Wednesday 9 April 2025 at 5.30 pm in Committee Room 2, "
        "Dunmere Civic Centre.",
        "The meeting opened at 5.30 pm and closed at 8.12 pm.",
    ]),
]

CITY = "Dunmere City Council"


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, CITY + "  \u2013  Scrutiny Management Board  \u2013  12 March 2025",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 8)
        self.cell(85, 5, "Chair\u2019s initials ..........", align="L")
        self.cell(85, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def pdf_source_text():
    parts = [CITY, "Scrutiny Management Board"]
    for lab, txt in ATTEND:
        parts.append(lab + " " + txt)
    for head, paras in ITEMS:
        parts.append(head)
        parts.extend(paras)
    return "\n".join(parts)


def build_pdf(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Scrutiny Management Board - 12 March 2025")
    pdf.set_author(CITY)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, CITY.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "SCRUTINY MANAGEMENT BOARD", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "MINUTES of the meeting of the Scrutiny Management Board held on "
                   "Wednesday 12 March 2025 at 5.30 pm in Committee Room 2, Dunmere Civic Centre",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for lab, txt in ATTEND:
        pdf.set_font("DejaVu", "B", 10)
        w = pdf.get_string_width(lab + " ")
        pdf.set_x(20)
        pdf.cell(w, 5, lab + " ")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, txt, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3)
    n = 0
    for head, paras in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_x(32)
        pdf.multi_cell(158, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for p in paras:
            n += 1
            if pdf.get_y() > 262:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(20, y)
            pdf.cell(10, 5, str(n))
            pdf.set_xy(32, y)
            if p.startswith("RESOLVED"):
                pdf.multi_cell(158, 5, "**RESOLVED**" + p[len("RESOLVED"):], align="J",
                               markdown=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(158, 5, p, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.ln(6)
    pdf.set_x(32)
    pdf.cell(0, 5, "Chair ..................................................   Date ....................")
    pdf.output(path)


# ---------------------------------------------------------------- document 2
AGENDA = """HARROWFIELD COUNTY COUNCIL

HEALTH SCRUTINY COMMITTEE

Date:    Tuesday, 17 June 2025
Time:    10.00 am
Venue:   Council Chamber, County Hall, Harrowfield

Membership:
  County Councillors R Penhaligon (Chair), J Castell (Vice-Chair), A Bhatt,
  M Deverill, S Farrant, K Hollings, P Musgrove, T Okonjo, L Stride and W Yeo
  Co-opted (non-voting): Healthwatch Harrowfield representative

Contact: Lorna Beckwith, Democratic Services Officer
         Tel: 01632 960 418   email: democratic.services@harrowfield.example.gov.uk

Members of the public are welcome to attend. This meeting will be webcast.

------------------------------------------------------------------------------
                                  A G E N D A
------------------------------------------------------------------------------

PART I - ITEMS TO BE CONSIDERED IN PUBLIC

1.  APOLOGIES AND NOTIFICATION OF SUBSTITUTE MEMBERS

    To receive apologies for absence and notification of substitute Members.

2.  DECLARATIONS OF INTEREST

    To receive any declarations of disclosable pecuniary or other
    interests in items on this agenda.

3.  MINUTES OF THE PREVIOUS MEETING                          (Pages 1 - 8)

    To confirm the minutes of the meeting held on 8 April 2025.

4.  QUESTIONS FROM MEMBERS OF THE PUBLIC

    Under Standing Order 14, the following questions have been received
    by the deadline of 5.00 pm on 10 June 2025. Each questioner may ask
    one supplementary question. Answers will be given at the meeting.

    Question from Mrs Eileen Tranter, Saltmarsh:

      "The Harrowfield and Wendale Integrated Care Board proposes to move
      all inpatient stroke rehabilitation from Saltmarsh Community
      Hospital to the new unit at Wendale General. The nearest bus from
      Saltmarsh to Wendale takes over ninety minutes each way and there is
      no service after 6 pm. What assessment has the ICB made of how
      elderly husbands and wives without cars will visit their partners,
      and will the Committee ask the ICB to fund a hospital transport
      service before any beds are moved?"

    Question from Mrs Harpreet Gill, Chair, Northwold Carers' Network:

      "Since the Council's new charging policy for non-residential care
      took effect in April, several members of our network have cancelled
      day centre places because the weekly charge has risen by more than
      twenty pounds. How many people have stopped or reduced their care
      since the changes were introduced, and will the Committee review
      whether the consultation last autumn properly explained the likely
      charges to the people affected?"

5.  PROPOSED RECONFIGURATION OF STROKE REHABILITATION SERVICES
                                                             (Pages 9 - 34)

    Report of the Director of Strategy and Transformation, Harrowfield
    and Wendale Integrated Care Board.

    To consider the ICB's proposals to centralise inpatient stroke
    rehabilitation at Wendale General Hospital, the outcome of the
    engagement exercise, and whether the proposals amount to a
    substantial variation in service requiring formal consultation
    with the Committee.

6.  DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024/25      (Pages 35 - 72)

    Report of the Director of Public Health.

    To consider the annual report, which this year focuses on smoking
    and vaping among young people, and to comment on the proposed
    recommissioning of the county's stop smoking service.

7.  ADULT SOCIAL CARE CHARGING POLICY - EARLY IMPACT   (Pages 73 - 90)

    Report of the Director of Adult Social Services.

    To consider the early impact of the revised charging policy for
    non-residential care and support which took effect on 7 April 2025,
    including the number of financial reassessments and appeals.

8.  GP ACCESS AND THE PRIMARY CARE RECOVERY PLAN         (Pages 91 - 104)

    Report of the Director of Primary Care, Harrowfield and Wendale
    Integrated Care Board.

    To consider progress on improving access to GP appointments,
    including the use of the NHS App and the roll-out of cloud-based
    telephony across practices in the county.

9.  WORK PROGRAMME 2025/26                              (Pages 105 - 112)

    Report of the Head of Democratic Services.

    To consider and agree the Committee's work programme for 2025/26.

10. URGENT BUSINESS

    To consider any other items which the Chair decides are urgent.

11. DATE OF NEXT MEETING

    The next meeting is scheduled for Tuesday, 16 September 2025 at
    10.00 am.

------------------------------------------------------------------------------
Published: 9 June 2025                      Director of Law and Governance
                                            County Hall, Harrowfield HR1 2QZ
------------------------------------------------------------------------------
"""

# ---------------------------------------------------------------- gold
SMB = "Scrutiny Management Board"


def q(text, asked, answer, given, themes, kind="question", item=""):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}


GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": SMB,
    "meeting_date": "2025-03-12",
    "items": [{"number": "", "title": h} for h, _ in ITEMS],
    "questions": [
        q("asked why the consultation with residents and families had been held over the Christmas period",
          "Councillor Doyle",
          "the consultation had run for eight weeks rather than the usual six",
          "The Cabinet Member", ["patient-and-public-input", "adult-social-care"]),
        q("asked whether the building condition survey had been made available to Members",
          "Councillor Anita Sharma",
          "the full survey had since been placed in the Members' Library",
          "The Cabinet Member", ["governance"]),
        q("asked how much the Council expected to save and whether the cost of buying placements",
          "Councillor Sharma",
          "the net saving was estimated at £640,000 a year",
          "The Cabinet Member", ["finance", "adult-social-care", "subcontracting"]),
        q("questioned whether there was enough capacity in the north of the city for residents",
          "Councillor Doyle",
          "there were currently 41 vacant residential beds within three miles of Elmwood House",
          "The Strategic Director of Adults, Health and Wellbeing", ["adult-social-care", "mental-health"]),
        q("asked what would happen to the 46 staff employed at Elmwood House",
          "Councillor Doyle",
          "the two remaining council homes and that no compulsory redundancies were expected",
          "The Cabinet Member", ["workforce"]),
        q("expressed concern that moving frail older residents carried a real risk to their health",
          "Councillor Sharma",
          "each move would follow an individual assessment and a transition plan",
          "The Strategic Director", ["adult-social-care"], kind="concern"),
        q("asked whether the Council had considered transferring Elmwood House to an external operator",
          "Councillor Owen Treharne",
          "soft market testing in 2024 had found no provider willing to take on the building",
          "The Cabinet Member", ["subcontracting", "privatisation", "adult-social-care"]),
        q("sought clarification on whether Cabinet had received the full equality impact assessment",
          "Councillor Priya Lal",
          "the assessment had been appended in full to the Cabinet report",
          "Emma Lund, Senior Lawyer", ["governance"]),
        q("requested that the Board receive a report on the outcomes for each resident who moved",
          "Councillor Susan Bexley",
          "agreed to bring an anonymised outcomes report to the Board in November",
          "The Cabinet Member", ["adult-social-care", "governance"], kind="request"),
        q("asked how many international recruits were working for care providers in the city",
          "Councillor Bexley",
          "about 310 care workers had been recruited from overseas",
          "The Head of Workforce Development", ["workforce", "adult-social-care"]),
        q("queried whether the Real Living Wage commitment written into home care contracts was being paid",
          "Councillor Ainsley",
          "compliance was tested through quarterly contract monitoring visits",
          None, ["workforce", "subcontracting", "adult-social-care"]),
        q("raised concern about the use of agency staff in the Council's own reablement service",
          "Councillor Treharne",
          "a rolling recruitment campaign had cut agency use by a third since April",
          "The Head of Workforce Development", ["workforce", "finance", "adult-social-care"],
          kind="concern"),
        q("asked why the Council had not considered delivering more home care itself",
          "Councillor Mahmood",
          "in-house delivery had been costed at around 30 per cent more per hour",
          "The Head of Commissioning", ["privatisation", "finance", "adult-social-care"]),
        q("asked how people who received home care had helped to design the new service specification",
          "Councillor Lal",
          "two workshops had been held with service users and carers",
          "Claire Moffat", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("commented that the zoning model risked leaving the rural wards to the north-west",
          "Councillor Pryce", None, None, ["subcontracting", "adult-social-care"], kind="comment"),
        q("asked that a session on the integrated care board's winter urgent and emergency care plan",
          "Councillor Hartley",
          "confirmed that the ICB had been invited to attend the October meeting",
          "The Scrutiny and Policy Officer", ["governance"], kind="request"),
    ],
    "resolutions": [
        {"item": "", "text": "the minutes of the meeting held on 12 February 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "", "text": "the Board decided not to refer the decision back to Cabinet",
         "outcome": "other", "themes": ["governance", "adult-social-care"]},
        {"item": "", "text": "report to the Board in November 2025 on the outcomes for residents",
         "outcome": "agreed", "themes": ["adult-social-care", "governance"]},
        {"item": "", "text": "the progress report be noted and that a further update on the workforce strategy",
         "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        {"item": "", "text": "recommend to Cabinet that the award criteria give a weighting of at least 20",
         "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "", "text": "the work programme be agreed, subject to the addition of the Elmwood House",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Margaret Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Denis Hartley", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Susan Bexley", "role": None, "attendance": "present"},
        {"name": "Councillor Priya Lal", "role": None, "attendance": "present"},
        {"name": "Councillor Tariq Mahmood", "role": None, "attendance": "present"},
        {"name": "Councillor Gillian Pryce", "role": None, "attendance": "present"},
        {"name": "Councillor Owen Treharne", "role": None, "attendance": "present"},
        {"name": "Councillor Robert Ainsley", "role": "substitute for Councillor Helen Vane", "attendance": "present"},
        {"name": "Councillor Helen Vane", "role": None, "attendance": "apologies"},
        {"name": "Councillor Kevin Doyle", "role": "Call-in Member", "attendance": "in_attendance"},
        {"name": "Councillor Anita Sharma", "role": "Call-in Member", "attendance": "in_attendance"},
        {"name": "Councillor Frances Whitlow", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Jonathan Reeve", "role": "Strategic Director of Adults, Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Claire Moffat", "role": "Head of Commissioning and Market Development, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Marcus Bellingham", "role": "Head of Workforce Development, Adults and Health", "attendance": "in_attendance"},
        {"name": "Paul Garside", "role": "Service Manager, In-house Provider Services", "attendance": "in_attendance"},
        {"name": "Emma Lund", "role": "Senior Lawyer, Legal and Democratic Services", "attendance": "in_attendance"},
        {"name": "Daniel Frost", "role": "Scrutiny and Policy Officer", "attendance": "in_attendance"},
    ],
}

GOLD_TXT = {
    "document": TXT_NAME,
    "doc_type": "agenda",
    "themes": ["patient-and-public-input", "adult-social-care", "finance", "public-health",
               "primary-care", "governance"],
}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    src = pdf_source_text()
    full = norm(src)
    rendered = norm(src.replace(SHY, "- "))  # as a parser sees a word split at a line end
    phrases = []
    for x in GOLD_PDF["questions"]:
        phrases.append(("question", x["text"]))
        if x["answer"]:
            phrases.append(("answer", x["answer"]))
    for r in GOLD_PDF["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        c = full.count(norm(p))
        if not (6 <= n <= 15):
            print(f"FAIL length {n}: {kind}: {p}"); ok = False
        if c != 1:
            print(f"FAIL count {c}: {kind}: {p}"); ok = False
        if rendered.count(norm(p)) != 1:
            print(f"FAIL crosses a soft hyphen: {kind}: {p}"); ok = False
    # extracted PDF text also carries the phrases
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        ext = norm(" ".join(pg.extract_text() or "" for pg in pdf.pages))
    for kind, p in phrases:
        if norm(p) not in ext:
            print(f"WARN not in extracted PDF text (line-end hyphen?): {kind}: {p}")
    with open(os.path.join(DOCS, TXT_NAME), encoding="utf-8") as f:
        t = f.read()
    if "RESOLVED" in t or t.count("Question from Mrs") != 2:
        print("FAIL agenda content"); ok = False
    for name in (PDF_NAME, TXT_NAME):
        g = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        if not os.path.exists(g) or json.load(open(g))["document"] != name:
            print("FAIL gold file", g); ok = False
    n_par = sum(len(p) for _, p in ITEMS)
    print(f"items={len(ITEMS)} paragraphs={n_par} questions={len(GOLD_PDF['questions'])} "
          f"resolutions={len(GOLD_PDF['resolutions'])} attendees={len(GOLD_PDF['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(AGENDA)
    for name, g in ((PDF_NAME, GOLD_PDF), (TXT_NAME, GOLD_TXT)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
