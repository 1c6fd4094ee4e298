#!/usr/bin/env python3
"""Build the "hh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hh.py           build documents/hh-* and gold/hh-*.json
        build_hh.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2025, 6, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"

# Soft hyphen points for long words so justified lines break inside words.
HYPH = {
    "representatives": "repre" + SHY + "sentatives",
    "commissioning": "commis" + SHY + "sioning",
    "arrangements": "arrange" + SHY + "ments",
    "neighbourhood": "neighbour" + SHY + "hood",
    "organisations": "organi" + SHY + "sations",
    "implementation": "implemen" + SHY + "tation",
    "performance": "perfor" + SHY + "mance",
    "independent": "indepen" + SHY + "dent",
    "considerable": "consider" + SHY + "able",
    "particularly": "particu" + SHY + "larly",
}


def hy(s):
    for k, v in HYPH.items():
        s = s.replace(k, v)
    return s


class Doc(FPDF):
    def __init__(self, header_text, footer_kind):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_kind = footer_kind
        self.set_creation_date(FIXED)
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONTB)
        self.add_font("DV", "I", FONTI)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 25)
        self.src = []

    def header(self):
        if self.page_no() > 1 and self.header_text:
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("DV", "", 8)
        if self.footer_kind == "minutes":
            self.cell(0, 4, "Chairman's initials ..........", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, str(self.page_no()), align="C")

    def para(self, text, indent=0, style="", size=10.5, align="J", gap=2.5):
        self.src.append(text)
        self.set_font("DV", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, 5.2, hy(text), align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def hang(self, label, text, indent=0, lw=10, style="", gap=2.5):
        """Hanging label (e.g. '(i)') with justified text beside it."""
        self.src.append(label + " " + text)
        self.set_font("DV", style, 10.5)
        y = self.get_y()
        if y > self.h - 35:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.cell(lw, 5.2, label)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent - lw, 5.2, hy(text), align="J",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def item(self, num, title):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.src.append(f"{num}. {title}")
        self.set_font("DV", "B", 10.5)
        self.cell(12, 5.5, f"{num}.")
        self.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


# ---------------------------------------------------------------------------
# Document 1: minutes in the style of an East Midlands county council's Health
# and Wellbeing Board (grouped "Present" by organisation with "CC" suffixes,
# "Question Time" under Standing Order, "Arising from discussion the following
# points were noted:" with roman numerals, "RESOLVED:" with (a), (b) clauses).
# ---------------------------------------------------------------------------
M_NAME = "hh-wreakshire-health-and-wellbeing-board-2025-06-12.pdf"


def build_minutes():
    d = Doc("Health and Wellbeing Board – 12 June 2025", "minutes")
    d.add_page()
    d.para("Minutes of a meeting of the Health and Wellbeing Board held at County Hall, Melbury on "
           "Thursday, 12 June 2025.", style="B", size=11.5, align="C", gap=4)
    d.para("PRESENT", style="B", gap=1.5)
    d.para("Mrs. H. J. Fairbrother CC (in the Chair)", gap=3)
    groups = [
        ("Wreakshire County Council", [
            "Mr. P. R. Oduya CC", "Mrs. S. Lattimer CC", "Mr. G. Tansley CC",
            "Mrs. Alison Brede – Director of Public Health",
            "Mr. Jonathan Caister – Director of Adults and Communities",
            "Ms. Priya Stainer – Director of Children and Family Services"]),
        ("Wreak and Soar Integrated Care Board", [
            "Dr. Marcus Ellery – Clinical Director, Melbury and Soar Valley Place",
            "Ms. Danielle Quorn – Director of Strategy and Partnerships"]),
        ("Wreak Partnership NHS Trust", [
            "Mr. Owen Hathern – Deputy Chief Executive"]),
        ("Wreakshire Police", [
            "Ch. Supt. Rachel Ibstock"]),
        ("Healthwatch Wreak and Soar", [
            "Mrs. Bernadette Kilby – Chair"]),
        ("Voluntary and Community Sector", [
            "Mr. Anil Mistry – Voluntary Action Wreakshire"]),
        ("District Councils", [
            "Cllr. Frances Barkby – Melbury Borough Council"]),
    ]
    for g, names in groups:
        d.para(g, style="I", gap=0.5)
        for n in names:
            d.para(n, indent=8, gap=0.3)
        d.ln(2)
    d.para("In attendance", style="B", gap=0.5)
    for n in ["Mr. Lewis Rearsby – Head of Commissioning and Quality, Adults and Communities",
              "Dr. Kirsty Anstey – Consultant in Public Health",
              "Miss Naomi Cotes – Democratic Services Officer"]:
        d.para(n, indent=8, gap=0.3)
    d.ln(3)
    d.para("Apologies for absence were received from Mr. B. Queniborough CC, Professor Ian Thurcaston "
           "(University Hospitals of Wreak and Soar NHS Trust) and Ms. Gemma Frisby (Wreakshire Fire "
           "and Rescue Service).", gap=3)

    d.item("1", "Minutes of the previous meeting.")
    d.para("The minutes of the meeting held on 13 March 2025 were taken as read, confirmed and signed.",
           indent=12)

    d.item("2", "Question Time.")
    d.para("The following question, received under Standing Order 35, was put to the Chairman of the "
           "Board:", indent=12)
    d.para("Question by Mrs. Carol Hoby, Melbury Carers' Network:", indent=12, style="B")
    d.para("\u201cGiven that the carers' breaks service is being retendered this year, what guarantee "
           "can the Board give that unpaid carers will be involved in designing the new service "
           "specification before any contract is awarded?\u201d", indent=12)
    d.para("Reply by the Chairman:", indent=12, style="B")
    d.para("\u201cThe Director of Adults and Communities has confirmed that a carers' reference group "
           "will co-produce the specification during July and August, and no contract will be awarded "
           "until the group has reviewed the evaluation criteria. The Board will receive the outcome "
           "of that engagement at its September meeting.\u201d", indent=12)
    d.para("Mrs. Hoby asked a supplementary question as to whether carers who could not attend daytime "
           "meetings would be able to take part. The Chairman undertook to ask officers to arrange "
           "evening and online sessions and to write to Mrs. Hoby with the dates.", indent=12)

    d.item("3", "Questions asked by members.")
    d.para("The Chief Executive reported that no questions had been received under Standing Order "
           "7(3) and 7(5).", indent=12)

    d.item("4", "Declarations of interest.")
    d.para("The Chairman invited members who wished to do so to declare any interest in respect of "
           "items on the agenda for the meeting. Mr. Anil Mistry declared a non-registerable interest "
           "in item 6 (Adult Social Care: Recommissioning of Home Care) as Voluntary Action Wreakshire "
           "delivers a befriending contract for the County Council.", indent=12)

    d.item("5", "Joint Health and Wellbeing Strategy: Healthy Places Priority Update.")
    d.para("The Board considered a report of the Director of Public Health which provided an update on "
           "delivery of the Healthy Places priority of the Joint Health and Wellbeing Strategy "
           "2022-2032, including the healthy weight programme, the stop smoking service and the new "
           "neighbourhood health inequalities grants. A copy of the report, marked \u2018Agenda Item "
           "5\u2019, is filed with these minutes.", indent=12)
    d.para("Arising from discussion the following points were noted:", indent=12)
    d.hang("(i)", "A member questioned why the rate of smoking in pregnancy in the north of the county "
           "had risen for a second year while the county average had fallen. The Director of Public "
           "Health explained that the midwifery-led referral pathway had been paused during a "
           "staffing gap at the maternity unit and had restarted in April 2025; early data showed "
           "referrals had almost doubled since then.", indent=12)
    d.hang("(ii)", "Concern was expressed that the neighbourhood grants of up to \u00a35,000 were too "
           "small and too short-term to make a lasting difference to health inequalities. It was "
           "acknowledged that the grants were intended as seed funding, and the Consultant in Public "
           "Health reported that eleven of the twenty-three groups funded in 2024 had secured "
           "further income elsewhere.", indent=12)
    d.hang("(iii)", "Ch. Supt. Ibstock asked whether the work on illicit vapes sold to children could be "
           "joined with the police's licensing operations. The Director of Public Health welcomed "
           "the offer and said that Trading Standards would contact the force to arrange joint "
           "test purchasing.", indent=12)
    d.hang("(iv)", "The Healthwatch representative requested that future updates include the views of "
           "residents taking part in the healthy weight programme and not only the numbers "
           "completing it. The Director of Public Health agreed that participants' feedback would be "
           "included from the next report.", indent=12)
    d.para("RESOLVED:", indent=12, style="B")
    d.hang("(a)", "That the update on the Healthy Places priority of the Joint Health and Wellbeing "
           "Strategy be noted;", indent=12)
    d.hang("(b)", "That the Director of Public Health be requested to report back in December 2025 on "
           "smoking in pregnancy rates in the north of the county.", indent=12)

    d.item("6", "Adult Social Care: Recommissioning of Home Care.")
    d.para("The Board considered a report of the Director of Adults and Communities which set out the "
           "proposed approach to recommissioning home care from April 2026, replacing the current "
           "framework of thirty-one independent providers with eight zoned lead providers. A copy of "
           "the report, marked \u2018Agenda Item 6\u2019, is filed with these minutes.", indent=12)
    d.para("Arising from discussion the following points were noted:", indent=12)
    d.hang("(i)", "Members sought assurance that smaller local providers would not be squeezed out by "
           "national companies under the zoned model. The Head of Commissioning and Quality "
           "explained that each lead provider would be permitted to subcontract up to forty per "
           "cent of hours to local organisations, and that the tender would give weight to social "
           "value.", indent=12)
    d.hang("(ii)", "A question was raised about the hourly rate to be offered and whether it would allow "
           "providers to pay care workers the Real Living Wage. The Director of Adults and "
           "Communities said that the proposed rate of \u00a326.40 an hour had been modelled on the "
           "Real Living Wage plus mileage, but that it remained subject to the budget being "
           "confirmed by Cabinet in July.", indent=12)
    d.hang("(iii)", "Mrs. Kilby reported that Healthwatch had heard from people whose care visits were "
           "regularly cut short, and asked how visit times would be monitored under the new "
           "contracts. It was confirmed that electronic call monitoring would be a contractual "
           "requirement for all lead providers from the first day.", indent=12)
    d.hang("(iv)", "Dr. Ellery queried how the new zones would line up with the integrated "
           "neighbourhood teams being developed by the ICB. No answer was recorded at the meeting; "
           "the Director agreed to circulate a map of the proposed zones to members.", indent=12)
    d.para("RESOLVED:", indent=12, style="B")
    d.hang("(a)", "That the proposed approach to recommissioning home care from April 2026 be endorsed;",
           indent=12)
    d.hang("(b)", "That the Cabinet be advised that the Board supports the payment of a rate which enables "
           "providers to meet the Real Living Wage.", indent=12)

    d.item("7", "Children and Young People's Emotional Wellbeing and Mental Health.")
    d.para("The Board received a presentation from the Director of Children and Family Services and the "
           "Deputy Chief Executive of Wreak Partnership NHS Trust on waiting times for child and "
           "adolescent mental health services and the mental health support teams in schools. A copy "
           "of the presentation slides is filed with these minutes.", indent=12)
    d.para("Arising from the presentation the following points were noted:", indent=12)
    d.hang("(i)", "A member asked what support was offered to families while children waited more than a "
           "year for a neurodevelopmental assessment. Mr. Hathern said that a new waiting-well "
           "offer of parent workshops and a named contact had been introduced in January, although he "
           "accepted that the wait remained far too long.", indent=12)
    d.hang("(ii)", "Members raised concerns about the number of school nurse vacancies and the effect on "
           "early identification of anxiety and self-harm. The Director of Children and Family "
           "Services advised that six of the nine vacant posts had now been filled through a "
           "regional recruitment campaign.", indent=12)
    d.hang("(iii)", "Mr. Mistry commented that voluntary sector counselling services had lost their grant "
           "funding in March and were turning young people away.", indent=12)
    d.hang("(iv)", "It was asked whether mental health support teams would cover all secondary schools "
           "by 2026. Ms. Quorn replied that national funding had so far been confirmed for sixty "
           "per cent of schools and that the ICB was lobbying for the remainder.", indent=12)
    d.para("RESOLVED:", indent=12, style="B")
    d.para("That the presentation be noted.", indent=12)

    d.item("8", "Better Care Fund Plan 2025-26 and Quarter 4 Return.")
    d.para("The Board considered a joint report of the Director of Adults and Communities and the ICB "
           "Director of Strategy and Partnerships seeking approval of the Better Care Fund plan for "
           "2025-26 and retrospective approval of the quarter 4 2024-25 return. A copy of the report, "
           "marked \u2018Agenda Item 8\u2019, is filed with these minutes.", indent=12)
    d.para("In response to a question from Mr. Tansley about the fall in the number of people still at "
           "home ninety-one days after discharge into reablement, the Director of Adults and "
           "Communities explained that the figure had been affected by a change in how the NHS "
           "recorded readmissions. Mrs. Lattimer requested that the Board receive a breakdown of the "
           "Disabled Facilities Grant underspend by district at its next meeting.", indent=12)
    d.para("RESOLVED:", indent=12, style="B")
    d.hang("(a)", "That the Better Care Fund plan for 2025-26 be approved for submission to NHS "
           "England;", indent=12)
    d.hang("(b)", "That the quarter 4 2024-25 return, submitted under delegated authority, be "
           "retrospectively approved;", indent=12)
    d.hang("(c)", "That the Director of Adults and Communities be authorised, following consultation with "
           "the Chairman, to make minor amendments to the plan before submission.", indent=12)

    d.item("9", "Date of next meeting.")
    d.para("RESOLVED:", indent=12, style="B")
    d.para("It was noted that the next meeting of the Board would be held on Thursday, 18 September "
           "2025 at 2.00pm.", indent=12)
    d.ln(6)
    d.para("2.00 - 4.05 pm                                                     CHAIRMAN\n12 June 2025", style="", align="L")
    d.output(os.path.join(DOCS, M_NAME))
    return "\n".join(d.src)


# ---------------------------------------------------------------------------
# Document 2: a report to the Board: the Healthwatch "Annual Statement to the
# Health and Wellbeing Board" - lists questions the public asked Healthwatch
# and questions it invites the Board to consider, but records no meeting.
# ---------------------------------------------------------------------------
R_NAME = "hh-wreakshire-healthwatch-annual-statement-2024-25.pdf"


def build_report():
    d = Doc("Healthwatch Wreak and Soar – Annual Statement 2024-25", "report")
    d.add_page()
    d.para("WREAKSHIRE COUNTY COUNCIL", style="B", align="R", gap=0.5)
    d.para("HEALTH AND WELLBEING BOARD: 18 SEPTEMBER 2025", style="B", align="R", gap=4)
    d.para("HEALTHWATCH WREAK AND SOAR: ANNUAL STATEMENT TO THE BOARD 2024-25", style="B", size=12,
           align="C", gap=2)
    d.para("REPORT OF THE CHAIR OF HEALTHWATCH WREAK AND SOAR", style="B", align="C", gap=5)
    d.para("Purpose of report", style="B", gap=1)
    d.hang("1.", "The purpose of this report is to present to the Board the annual statement of "
           "Healthwatch Wreak and Soar, summarising what local people told Healthwatch during "
           "2024-25 and the questions they most often asked about health and care services.")
    d.para("Recommendation", style="B", gap=1)
    d.hang("2.", "It is recommended that the Board considers the questions set out in paragraph 9 when "
           "planning its work programme for 2025-26.")
    d.para("Background", style="B", gap=1)
    d.hang("3.", "Healthwatch Wreak and Soar is the independent champion for people who use health and "
           "social care services in Wreakshire and the City of Soar. It holds a seat on the Board "
           "under the Health and Social Care Act 2012.")
    d.hang("4.", "During 2024-25 Healthwatch heard from 3,412 people through its information line, "
           "community events, surveys and four Enter and View visits to care homes.")
    d.para("What people asked us", style="B", gap=1)
    d.hang("5.", "The five questions most often put to the Healthwatch information line were:")
    for lab, q in [("(a)", "\u201cWhy can I not get through to my GP practice at 8am?\u201d"),
                   ("(b)", "\u201cHow do I find an NHS dentist taking on adult patients?\u201d"),
                   ("(c)", "\u201cWho pays for my mother's care home if her savings run out?\u201d"),
                   ("(d)", "\u201cHow long will my son wait for an autism assessment?\u201d"),
                   ("(e)", "\u201cCan I complain about my home care agency, and to whom?\u201d")]:
        d.hang(lab, q, indent=10)
    d.hang("6.", "Healthwatch answered these questions directly or signposted people to the right "
           "service; 68 per cent of callers said the information had helped them.")
    d.para("Themes", style="B", gap=1)
    d.hang("7.", "Access to general practice and NHS dentistry remained the largest single theme, "
           "followed by waits for children's neurodevelopmental assessments and the cost of adult "
           "social care.")
    d.hang("8.", "People who care for family members told us that they were rarely asked for their "
           "views before services changed, particularly when contracts were retendered.")
    d.para("Questions for the Board to consider", style="B", gap=1)
    d.hang("9.", "Healthwatch invites the Board to consider the following questions:")
    for lab, q in [("(i)", "How will the Board know whether the new home care contracts improve "
                           "people's experience, not only contract performance?"),
                   ("(ii)", "What would it take for unpaid carers to be routinely involved in "
                            "commissioning decisions?"),
                   ("(iii)", "How can partners share waiting-time information with families in a "
                             "way they can understand?")]:
        d.hang(lab, q, indent=10)
    d.para("Officer to contact", style="B", gap=1)
    d.para("Bernadette Kilby, Chair, Healthwatch Wreak and Soar\nTelephone: 0116 496 0731  "
           "Email: enquiries@healthwatchwreaksoar.example.org", align="L")
    d.output(os.path.join(DOCS, R_NAME))
    return "\n".join(d.src)


# ---------------------------------------------------------------------------
# Gold (written by hand from the document text above)
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def r(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


def a(name, role, att):
    return dict(name=name, role=role, attendance=att)


GOLD_MIN = {
    "document": M_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-06-12",
    "items": [
        {"number": "1", "title": "Minutes of the previous meeting."},
        {"number": "2", "title": "Question Time."},
        {"number": "3", "title": "Questions asked by members."},
        {"number": "4", "title": "Declarations of interest."},
        {"number": "5", "title": "Joint Health and Wellbeing Strategy: Healthy Places Priority Update."},
        {"number": "6", "title": "Adult Social Care: Recommissioning of Home Care."},
        {"number": "7", "title": "Children and Young People's Emotional Wellbeing and Mental Health."},
        {"number": "8", "title": "Better Care Fund Plan 2025-26 and Quarter 4 Return."},
        {"number": "9", "title": "Date of next meeting."},
    ],
    "questions": [
        q("2", "question", "what guarantee can the Board give that unpaid carers will be involved",
          "Mrs. Carol Hoby, Melbury Carers' Network",
          "a carers' reference group will co-produce the specification during July and August",
          "the Chairman", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("2", "question", "whether carers who could not attend daytime meetings would be able to take part",
          "Mrs. Hoby", "undertook to ask officers to arrange evening and online sessions",
          "The Chairman", ["patient-and-public-input", "adult-social-care"]),
        q("5", "question", "questioned why the rate of smoking in pregnancy in the north of the county",
          None, "the midwifery-led referral pathway had been paused during a staffing gap",
          "The Director of Public Health", ["public-health", "workforce"]),
        q("5", "concern", "Concern was expressed that the neighbourhood grants of up to",
          None, "eleven of the twenty-three groups funded in 2024 had secured further income",
          "the Consultant in Public Health", ["public-health", "finance"]),
        q("5", "question", "asked whether the work on illicit vapes sold to children could be joined",
          "Ch. Supt. Ibstock", "Trading Standards would contact the force to arrange joint test purchasing",
          "The Director of Public Health", ["public-health", "children-and-families"]),
        q("5", "request", "requested that future updates include the views of residents taking part",
          "The Healthwatch representative",
          "participants' feedback would be included from the next report", "The Director of Public Health",
          ["patient-and-public-input", "public-health"]),
        q("6", "concern", "Members sought assurance that smaller local providers would not be squeezed out",
          "Members", "each lead provider would be permitted to subcontract up to forty per cent",
          "The Head of Commissioning and Quality",
          ["subcontracting", "privatisation", "adult-social-care"]),
        q("6", "question", "A question was raised about the hourly rate to be offered",
          None, "the proposed rate of £26.40 an hour had been modelled on the Real Living Wage",
          "The Director of Adults and Communities", ["finance", "workforce", "adult-social-care"]),
        q("6", "question", "asked how visit times would be monitored under the new contracts",
          "Mrs. Kilby", "electronic call monitoring would be a contractual requirement for all lead providers",
          None, ["subcontracting", "patient-and-public-input", "adult-social-care"]),
        q("6", "question", "queried how the new zones would line up with the integrated neighbourhood teams",
          "Dr. Ellery", None, None, ["integration", "adult-social-care"]),
        q("7", "question", "asked what support was offered to families while children waited",
          None, "a new waiting-well offer of parent workshops and a named contact",
          "Mr. Hathern", ["mental-health", "children-and-families"]),
        q("7", "concern", "raised concerns about the number of school nurse vacancies",
          "Members", "six of the nine vacant posts had now been filled",
          "The Director of Children and Family Services",
          ["workforce", "mental-health", "children-and-families"]),
        q("7", "comment", "voluntary sector counselling services had lost their grant funding in March",
          "Mr. Mistry", None, None,
          ["finance", "subcontracting", "mental-health", "children-and-families"]),
        q("7", "question", "It was asked whether mental health support teams would cover all secondary schools",
          None, "national funding had so far been confirmed for sixty per cent of schools",
          "Ms. Quorn", ["mental-health", "children-and-families", "finance"]),
        q("8", "question", "the fall in the number of people still at home ninety-one days",
          "Mr. Tansley", "the figure had been affected by a change in how the NHS recorded readmissions",
          "the Director of Adults and Communities", ["adult-social-care", "integration"]),
        q("8", "request", "requested that the Board receive a breakdown of the Disabled Facilities Grant underspend",
          "Mrs. Lattimer", None, None, ["finance", "housing", "integration"]),
    ],
    "resolutions": [
        r("1", "The minutes of the meeting held on 13 March 2025 were taken as read", "agreed", []),
        r("5", "That the update on the Healthy Places priority of the Joint Health", "agreed",
          ["public-health"]),
        r("6", "That the proposed approach to recommissioning home care from April 2026 be endorsed",
          "agreed", ["subcontracting", "adult-social-care", "workforce", "finance"]),
        r("7", "That the presentation be noted.", "noted", ["mental-health", "children-and-families"]),
        r("8", "That the Better Care Fund plan for 2025-26 be approved for submission", "agreed",
          ["integration", "finance"]),
        r("9", "the next meeting of the Board would be held on Thursday, 18 September", "noted", []),
    ],
    "attendees": [
        a("Mrs. H. J. Fairbrother CC", "in the Chair", "present"),
        a("Mr. P. R. Oduya CC", None, "present"),
        a("Mrs. S. Lattimer CC", None, "present"),
        a("Mr. G. Tansley CC", None, "present"),
        a("Mrs. Alison Brede", "Director of Public Health", "present"),
        a("Mr. Jonathan Caister", "Director of Adults and Communities", "present"),
        a("Ms. Priya Stainer", "Director of Children and Family Services", "present"),
        a("Dr. Marcus Ellery", "Clinical Director, Melbury and Soar Valley Place", "present"),
        a("Ms. Danielle Quorn", "Director of Strategy and Partnerships", "present"),
        a("Mr. Owen Hathern", "Deputy Chief Executive", "present"),
        a("Ch. Supt. Rachel Ibstock", None, "present"),
        a("Mrs. Bernadette Kilby", "Chair", "present"),
        a("Mr. Anil Mistry", "Voluntary Action Wreakshire", "present"),
        a("Cllr. Frances Barkby", "Melbury Borough Council", "present"),
        a("Mr. Lewis Rearsby", "Head of Commissioning and Quality, Adults and Communities", "in_attendance"),
        a("Dr. Kirsty Anstey", "Consultant in Public Health", "in_attendance"),
        a("Miss Naomi Cotes", "Democratic Services Officer", "in_attendance"),
        a("Mr. B. Queniborough CC", None, "apologies"),
        a("Professor Ian Thurcaston", "University Hospitals of Wreak and Soar NHS Trust", "apologies"),
        a("Ms. Gemma Frisby", "Wreakshire Fire and Rescue Service", "apologies"),
    ],
}

GOLD_REP = {"document": R_NAME, "doc_type": "report"}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check(src, gold):
    ok = True
    text = norm(src)
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(qq["text"])
        if qq["answer"]:
            phrases.append(qq["answer"])
    for rr in gold.get("resolutions", []):
        phrases.append(rr["text"])
    for p in phrases:
        n = text.count(norm(p))
        if n != 1:
            print(f"FAIL ({n}x) in {gold['document']}: {p}")
            ok = False
    return ok, len(phrases)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    s1 = build_minutes()
    s2 = build_report()
    for g in (GOLD_MIN, GOLD_REP):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        ok, n = check(s1, GOLD_MIN)
        print("minutes phrases checked:", n, "OK" if ok else "FAILED")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
