#!/usr/bin/env python3
"""Build the "bq-" documents of the other-councils evaluation set and their gold annotations.

  build_bq.py          write documents/ and gold/
  build_bq.py --check  verify every gold phrase occurs once in each document's source
                       text (and in the text extracted from the PDF, de-hyphenated)
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 7, 4, 9, 0, 0, tzinfo=timezone.utc)
SHY = "\u00ad"


def hyph(text):
    """Insert soft hyphens into long words so justified lines break inside them."""
    def one(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        # break after a vowel near the middle
        mid = len(w) // 2
        for d in range(0, len(w) // 2 - 2):
            for i in (mid + d, mid - d):
                if (3 <= i <= len(w) - 4 and w[i - 1] not in "aeiouy" and w[i] not in "aeiouyh"
                        and w[i - 2] in "aeiou" and w[i + 1] in "aeiouy"):
                    return w[:i] + SHY + w[i:]
        return w
    return re.sub(r"[A-Za-z]+", one, text)


class Doc(FPDF):
    header_text = ""
    footer_left = ""

    def __init__(self):
        super().__init__(format="A4")
        self.add_font("dv", "", FONT + "DejaVuSans.ttf")
        self.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.src = []

    def header(self):
        if self.header_text and self.page_no() > 1:
            self.set_font("dv", "I", 8)
            self.cell(0, 5, self.header_text, align="R")
            self.ln(9)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        if self.footer_left:
            self.cell(60, 5, self.footer_left)
            self.set_x(22)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    # writing helpers that also record the source text
    def para(self, text, size=10, style="", align="J", indent=0, after=2.5, h=5):
        self.set_font("dv", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h, hyph(text), align=align)
        self.ln(after)
        self.src.append(text)

    def numbered(self, label, text, indent=8, size=10, after=2.5):
        self.set_font("dv", "", size)
        y = self.get_y()
        if y > self.h - 35:
            self.add_page()
        self.set_x(self.l_margin)
        self.cell(indent, 5, label)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, 5, hyph(text), align="J")
        self.ln(after)
        self.src.append(label + " " + text)

    def heading(self, text, size=10.5, after=2):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("dv", "B", size)
        self.multi_cell(0, 5.5, text, align="L")
        self.ln(after)
        self.src.append(text)


# ---------------------------------------------------------------------------
# Document 1: county Adults and Health Select Committee minutes
# ---------------------------------------------------------------------------
MIN_NAME = "bq-wealdshire-adults-health-select-2025-06-18.pdf"

PRESENT = [
    ("Fiona Harcourt", "(Chairman)"), ("Robert Ellery", "(Vice-Chairman)"),
    ("Jonathan Baird", ""), ("Priya Chandran", ""), ("Nick Darroway", ""),
    ("Helena Frost", ""), ("Martin Lowther", ""), ("Sarah Quist", ""),
    ("Borough Councillor Anne Tibbs", "(Co-opted Member)"),
]

ITEMS = [
    {
        "no": "4/25", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS [Item 1]",
        "body": ["Apologies for absence were received from Keith Ormsby and Lorraine Pike. "
                 "Helena Frost attended as a substitute for Lorraine Pike."],
    },
    {
        "no": "5/25", "title": "MINUTES OF THE PREVIOUS MEETING: 12 MARCH 2025 [Item 2]",
        "resolved": ("RESOLVED:", [
            "The minutes of the meeting held on 12 March 2025 were agreed as a true and "
            "accurate record of the meeting."], None),
    },
    {
        "no": "6/25", "title": "DECLARATIONS OF INTEREST [Item 3]",
        "body": ["Robert Ellery declared a personal interest in item 8/25 as a close family "
                 "member was employed by a home-based care provider on the county framework. "
                 "He remained in the meeting and took part in the discussion."],
    },
    {
        "no": "7/25", "title": "QUESTIONS AND PETITIONS [Item 4]",
        "body": ["None received."],
    },
    {
        "no": "8/25",
        "title": "HOME-BASED CARE RECOMMISSIONING: FIRST SIX MONTHS OF THE NEW FRAMEWORK [Item 5]",
        "witnesses": [
            "Marian Oakes, Cabinet Member for Adults and Health",
            "Duncan Pryor, Executive Director for Adult Social Care and Integrated Commissioning",
            "Helen Varga, Assistant Director, Commissioning (Adults and Health)",
            "Sunil Rathore, Chief Executive, Wealdshire Care Association",
        ],
        "points": [
            "The Assistant Director introduced the report and explained that the new "
            "home-based care framework had gone live on 1 December 2024 with 43 providers, "
            "replacing the previous spot-purchasing arrangements, and that the average time "
            "taken to source a package had fallen from eleven days to six.",
            "A Member asked how many of the 43 providers on the framework were owned by "
            "private equity investors and whether the Council checked the financial "
            "resilience of those providers. The Assistant Director explained that nine "
            "providers were part of groups with private equity backing and that quarterly "
            "financial health checks were now written into every call-off contract.",
            "A Member expressed concern that the rural west of the county still had no "
            "framework provider willing to accept packages at the standard hourly rate. The "
            "Executive Director acknowledged that 61 people were waiting for a package in the "
            "Ashdown and Coldbrook areas and said that a rural uplift of £2.40 an hour had "
            "been offered to providers since April.",
            "A Member commented that care workers on the framework should be paid at least "
            "the Real Living Wage and that the Council should make this a condition of "
            "future contract awards.",
            "In response to a question about the proportion of visits lasting fifteen "
            "minutes, the Assistant Director said that short calls were now used only for "
            "medication prompts and accounted for under three per cent of visits.",
            "The Chief Executive of the Wealdshire Care Association stated that providers "
            "welcomed the five-year term of the framework but that the recruitment of care "
            "workers remained the largest single risk to delivery over the coming winter.",
            "A Member requested that future reports include the number of care packages "
            "handed back by providers each month and the reasons given. The Cabinet Member "
            "agreed that this information would be added to the quarterly performance "
            "dashboard from September.",
        ],
        "actions": [
            "The Assistant Director, Commissioning (Adults and Health) to circulate a map of "
            "framework provider coverage by postcode district to the Select Committee.",
            "The Executive Director for Adult Social Care and Integrated Commissioning to "
            "provide monthly figures on packages handed back by providers since December "
            "2024.",
        ],
        "resolved": ("Recommendations:", [
            "publishes an annual market sustainability statement that sets out the ownership "
            "and financial standing of framework providers;",
            "reviews the effectiveness of the rural uplift and reports back to the Select "
            "Committee by December 2025; and",
            "considers making payment of the Real Living Wage a requirement of the next "
            "framework refresh.",
        ], "The Select Committee recommends that the Cabinet Member for Adults and Health:"),
    },
    {
        "no": "9/25",
        "title": "NHS WEALDSHIRE AND DOWNS INTEGRATED CARE BOARD: FINANCIAL RECOVERY PLAN "
                 "AND COMMUNITY SERVICES [Item 6]",
        "witnesses": [
            "Karen Atherley, Chief Finance Officer, NHS Wealdshire and Downs Integrated Care Board",
            "Dr Tom Whitcombe, Chief Medical Officer, NHS Wealdshire and Downs Integrated Care Board",
            "Paula Denning, Director of Community Services, Mid Wealdshire Community "
            "Healthcare NHS Trust",
            "Duncan Pryor, Executive Director for Adult Social Care and Integrated Commissioning",
        ],
        "points": [
            "The Chief Finance Officer introduced the report, which set out the ICB's plan to "
            "close an underlying deficit of £48 million over two years, and outlined the "
            "main schemes affecting community services in Wealdshire.",
            "A Member asked whether the requirement to cut the ICB's running costs by half "
            "would reduce its capacity to work jointly with the Council. The Chief Finance "
            "Officer explained that every ICB had been required to make the same reduction "
            "but that joint commissioning posts funded through the Better Care Fund would be "
            "protected.",
            "A Member queried the decision to procure community musculoskeletal services "
            "from an independent sector provider and asked what would happen to the NHS staff "
            "currently delivering them. The Chief Medical Officer explained that a competitive "
            "process had been required under the Provider Selection Regime and that staff "
            "would transfer under TUPE if the contract were awarded to a new provider.",
            "Members expressed concern that patients and the public had not been consulted "
            "before the overnight closure of the minor injuries unit at Hartsfold Community "
            "Hospital. The Director of Community Services said that the closure was a "
            "temporary measure caused by a shortage of emergency nurse practitioners and that "
            "a full engagement exercise would begin in September.",
            "A Member sought clarification on whether the ICB would continue to fund the "
            "community falls prevention service beyond March 2026. The Chief Finance Officer "
            "said that no decision had yet been taken and that the service was being "
            "evaluated alongside other prevention schemes.",
            "The Chairman commented that the Select Committee would expect to be formally "
            "consulted if the temporary closure at Hartsfold became permanent, as it was "
            "likely to amount to a substantial variation in service.",
        ],
        "actions": [
            "The Chief Finance Officer, NHS Wealdshire and Downs ICB, to share the risk "
            "register entries relating to community services with the Select Committee.",
            "The Director of Community Services to provide nurse staffing and vacancy figures "
            "for the Hartsfold minor injuries unit for the last twelve months.",
        ],
        "resolved": ("RESOLVED:", [
            "notes the ICB's financial recovery plan and its implications for community "
            "health services in Wealdshire;",
            "agrees that the Chairman will write to the ICB Chief Executive setting out the "
            "Select Committee's concerns about the Hartsfold minor injuries unit; and",
            "asks that the ICB returns to the November 2025 meeting with the outcome of the "
            "engagement exercise.",
        ], "That the Select Committee:"),
    },
    {
        "no": "10/25",
        "title": "ADULT SOCIAL CARE WORKFORCE STRATEGY 2025 TO 2028 [Item 7]",
        "witnesses": [
            "Marian Oakes, Cabinet Member for Adults and Health",
            "Duncan Pryor, Executive Director for Adult Social Care and Integrated Commissioning",
            "Grace Mbeki, Head of Workforce Development and Practice Quality, Adult Social Care",
        ],
        "points": [
            "A Member asked why the vacancy rate among the Council's own social workers had "
            "risen to fourteen per cent in the last year. The Head of Workforce Development "
            "explained that neighbouring authorities paid a market supplement of up to £4,000 "
            "and that Wealdshire had lost experienced practitioners to agencies.",
            "A Member asked how much the Council had spent on agency social workers during "
            "2024/25. The Executive Director said that agency spend had reached £6.2 million, "
            "an increase of £1.1 million on the previous year, and that a regional "
            "memorandum of understanding on agency pay rates had been signed in May.",
            "A Member commented that the social work apprenticeship route had been a "
            "notable success and should be extended to occupational therapy and nursing "
            "associates.",
            "Further to a question about international recruitment, the Head of Workforce "
            "Development confirmed that 37 care workers had been helped to find new sponsors "
            "after their employer's sponsor licence was revoked.",
            "A Member requested that the strategy be co-produced with unpaid carers and people "
            "who draw on care and support. The Cabinet Member agreed to establish a lived "
            "experience reference panel before the strategy went to Cabinet.",
        ],
        "actions": [
            "The Head of Workforce Development and Practice Quality to provide a breakdown of "
            "agency spend by team and locality for 2024/25.",
        ],
        "resolved": ("Recommendations:", [
            "introduces a targeted recruitment and retention payment for hard-to-fill social "
            "work posts in the east of the county;",
            "sets a target to reduce spending on agency social workers by a quarter by "
            "March 2027.",
        ], "The Select Committee recommends that the Cabinet Member for Adults and Health:"),
    },
    {
        "no": "11/25",
        "title": "RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME [Item 8]",
        "witnesses": ["Ross Kettering, Scrutiny Officer"],
        "points": [
            "A Member asked that an item on adult mental health crisis services be added to "
            "the forward work programme. The Scrutiny Officer confirmed that this would be "
            "scheduled for the October 2025 meeting.",
        ],
        "resolved": ("RESOLVED:", [
            "The Select Committee noted the recommendations tracker and forward work programme."
        ], None),
    },
    {
        "no": "12/25", "title": "DATE OF THE NEXT MEETING [Item 9]",
        "body": ["The Select Committee noted that its next public meeting would be held on "
                 "Thursday 25 September 2025."],
    },
]


def build_minutes():
    d = Doc()
    d.header_text = "Adults and Health Select Committee – 18 June 2025"
    d.set_title("Adults and Health Select Committee minutes 18 June 2025")
    d.add_page()
    d.set_font("dv", "B", 13)
    d.multi_cell(0, 7, "MINUTES of the meeting of the ADULTS AND HEALTH SELECT COMMITTEE held "
                       "at 10.00 am on 18 June 2025 at Council Chamber, Shire Hall, Maidenfold.",
                 align="L")
    d.src.append("MINUTES of the meeting of the ADULTS AND HEALTH SELECT COMMITTEE held at 10.00 "
                 "am on 18 June 2025 at Council Chamber, Shire Hall, Maidenfold.")
    d.ln(2)
    d.para("These minutes are subject to confirmation by the Committee at its next meeting.",
           size=9, style="I")
    d.heading("Present:")
    d.set_font("dv", "", 10)
    half = (len(PRESENT) + 1) // 2
    left, right = PRESENT[:half], PRESENT[half:]
    for i in range(half):
        for col, (x, lst) in enumerate(((d.l_margin + 4, left), (d.l_margin + 86, right))):
            if i < len(lst):
                n, r = lst[i]
                d.set_x(x)
                d.cell(78, 5.5, f"{n} {r}".strip())
                d.src.append(f"{n} {r}".strip())
        d.ln(5.5)
    d.ln(3)
    d.heading("Also in attendance:")
    d.para("Marian Oakes, Cabinet Member for Adults and Health; Ross Kettering, Scrutiny Officer.")

    for it in ITEMS:
        d.ln(2)
        d.heading(f"{it['no']}\u2003{it['title']}")
        for b in it.get("body", []):
            d.para(b)
        if it.get("witnesses"):
            d.heading("Witnesses:", size=10)
            for w in it["witnesses"]:
                d.para(w, align="L", indent=4, after=0.5)
            d.ln(2)
        if it.get("points"):
            d.heading("Key points raised in the discussion:", size=10)
            for n, p in enumerate(it["points"], 1):
                d.numbered(f"{n}.", p)
        if it.get("actions"):
            d.heading("Actions/further information to be provided:", size=10)
            for n, a in enumerate(it["actions"]):
                d.numbered(f"{chr(97 + n)})", a)
        if it.get("resolved"):
            label, clauses, lead = it["resolved"]
            d.heading(label, size=10)
            if lead:
                d.para(lead)
                for n, c in enumerate(clauses):
                    d.numbered(f"({chr(97 + n)})", c, indent=10)
            else:
                for c in clauses:
                    d.para(c)
    d.ln(6)
    d.para("Meeting ended at: 1.12 pm", style="B")
    d.ln(8)
    d.para("______________________________\nChairman", align="L")
    d.output(str(DOCS / MIN_NAME))
    return "\n".join(d.src)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Select Committee",
    "meeting_date": "2025-06-18",
    "items": [{"number": it["no"], "title": it["title"].split(" [Item")[0]} for it in ITEMS],
    "questions": [
        q("8/25", "question",
          "how many of the 43 providers on the framework were owned by private equity",
          None, "nine providers were part of groups with private equity backing",
          "Assistant Director", ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("8/25", "concern",
          "the rural west of the county still had no framework provider willing",
          None, "a rural uplift of £2.40 an hour had been offered to providers",
          "Executive Director", ["subcontracting", "finance", "adult-social-care"]),
        q("8/25", "comment",
          "care workers on the framework should be paid at least the Real Living Wage",
          None, None, None, ["workforce", "subcontracting", "adult-social-care"]),
        q("8/25", "question",
          "a question about the proportion of visits lasting fifteen minutes",
          None, "short calls were now used only for medication prompts",
          "Assistant Director", ["adult-social-care"]),
        q("8/25", "request",
          "future reports include the number of care packages handed back by providers",
          None, "this information would be added to the quarterly performance dashboard",
          "Cabinet Member", ["subcontracting", "governance", "adult-social-care"]),
        q("9/25", "question",
          "the requirement to cut the ICB's running costs by half would reduce its capacity",
          None, "joint commissioning posts funded through the Better Care Fund would be protected",
          "Chief Finance Officer", ["finance", "integration"]),
        q("9/25", "question",
          "queried the decision to procure community musculoskeletal services from an independent",
          None, "staff would transfer under TUPE if the contract were awarded",
          "Chief Medical Officer", ["privatisation", "subcontracting", "workforce"]),
        q("9/25", "concern",
          "patients and the public had not been consulted before the overnight closure",
          None, "a full engagement exercise would begin in September",
          "Director of Community Services", ["patient-and-public-input", "workforce"]),
        q("9/25", "question",
          "continue to fund the community falls prevention service beyond March 2026",
          None, "no decision had yet been taken and that the service was being evaluated",
          "Chief Finance Officer", ["public-health", "finance"]),
        q("9/25", "comment",
          "would expect to be formally consulted if the temporary closure at Hartsfold became permanent",
          "Chairman", None, None, ["governance", "patient-and-public-input"]),
        q("10/25", "question",
          "why the vacancy rate among the Council's own social workers had risen",
          None, "neighbouring authorities paid a market supplement of up to £4,000",
          "Head of Workforce Development", ["workforce", "adult-social-care"]),
        q("10/25", "question",
          "how much the Council had spent on agency social workers during 2024/25",
          None, "agency spend had reached £6.2 million, an increase of £1.1 million",
          "Executive Director", ["workforce", "finance", "adult-social-care"]),
        q("10/25", "comment",
          "the social work apprenticeship route had been a notable success",
          None, None, None, ["workforce", "adult-social-care"]),
        q("10/25", "question",
          "Further to a question about international recruitment",
          None, "37 care workers had been helped to find new sponsors",
          "Head of Workforce Development", ["workforce", "adult-social-care"]),
        q("10/25", "request",
          "the strategy be co-produced with unpaid carers and people who draw on care",
          None, "agreed to establish a lived experience reference panel",
          "Cabinet Member", ["patient-and-public-input", "workforce", "adult-social-care"]),
        q("11/25", "request",
          "an item on adult mental health crisis services be added to the forward work programme",
          None, "this would be scheduled for the October 2025 meeting",
          "Scrutiny Officer", ["mental-health", "governance"]),
    ],
    "resolutions": [
        {"item": "5/25", "text": "The minutes of the meeting held on 12 March 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "8/25",
         "text": "publishes an annual market sustainability statement that sets out the ownership",
         "outcome": "recommended",
         "themes": ["subcontracting", "privatisation", "finance", "workforce", "adult-social-care"]},
        {"item": "9/25",
         "text": "notes the ICB's financial recovery plan and its implications for community",
         "outcome": "agreed",
         "themes": ["finance", "governance", "patient-and-public-input"]},
        {"item": "10/25",
         "text": "introduces a targeted recruitment and retention payment for hard-to-fill social",
         "outcome": "recommended", "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "11/25",
         "text": "The Select Committee noted the recommendations tracker and forward work programme",
         "outcome": "noted", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Fiona Harcourt", "role": "Chairman", "attendance": "present"},
        {"name": "Robert Ellery", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Jonathan Baird", "role": None, "attendance": "present"},
        {"name": "Priya Chandran", "role": None, "attendance": "present"},
        {"name": "Nick Darroway", "role": None, "attendance": "present"},
        {"name": "Helena Frost", "role": None, "attendance": "present"},
        {"name": "Martin Lowther", "role": None, "attendance": "present"},
        {"name": "Sarah Quist", "role": None, "attendance": "present"},
        {"name": "Borough Councillor Anne Tibbs", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Keith Ormsby", "role": None, "attendance": "apologies"},
        {"name": "Lorraine Pike", "role": None, "attendance": "apologies"},
        {"name": "Marian Oakes", "role": "Cabinet Member for Adults and Health",
         "attendance": "in_attendance"},
        {"name": "Ross Kettering", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Duncan Pryor",
         "role": "Executive Director for Adult Social Care and Integrated Commissioning",
         "attendance": "in_attendance"},
        {"name": "Helen Varga", "role": "Assistant Director, Commissioning (Adults and Health)",
         "attendance": "in_attendance"},
        {"name": "Sunil Rathore", "role": "Chief Executive, Wealdshire Care Association",
         "attendance": "in_attendance"},
        {"name": "Karen Atherley",
         "role": "Chief Finance Officer, NHS Wealdshire and Downs Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Dr Tom Whitcombe",
         "role": "Chief Medical Officer, NHS Wealdshire and Downs Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Paula Denning",
         "role": "Director of Community Services, Mid Wealdshire Community Healthcare NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Grace Mbeki",
         "role": "Head of Workforce Development and Practice Quality, Adult Social Care",
         "attendance": "in_attendance"},
    ],
}


# ---------------------------------------------------------------------------
# Document 2: NHS trust Freedom of Information response letter
# ---------------------------------------------------------------------------
FOI_NAME = "bq-harrowfield-vale-nhs-ft-foi-response-outsourcing.pdf"

FOI_QA = [
    ("Please state the total value of contracts held by the Trust with private sector "
     "providers for elective operations (insourcing or outsourcing) in 2023/24 and 2024/25.",
     "In 2023/24 the Trust spent £7,412,000 with independent sector providers for elective "
     "procedures, of which £2,960,000 related to insourcing (weekend lists run in Trust "
     "theatres by an external clinical team). In 2024/25 the equivalent figures were "
     "£9,085,000 and £3,214,000."),
    ("Please name the companies that received these contracts.",
     "The Trust contracted with four providers over the two years: Vale Surgical Partners "
     "Ltd, Meridian Day Surgery Ltd, Orchard Park Hospital (part of a national independent "
     "hospital group) and MedTeam Insourcing Ltd. Contracts were let through the NHS "
     "Increasing Capacity Framework."),
    ("How much did the Trust spend on agency and bank nursing staff in each of the last two "
     "financial years?",
     "Agency nursing expenditure was £11.6 million in 2023/24 and £7.9 million in 2024/25. "
     "Bank nursing expenditure was £18.2 million and £19.4 million respectively. The reduction "
     "in agency spend reflects the Trust's agency reduction programme and the recruitment of "
     "212 internationally educated nurses."),
    ("Has the Trust transferred any staff to a wholly owned subsidiary company? If so, how "
     "many staff and on what terms?",
     "Yes. On 1 October 2023, 486 estates, facilities and sterile services staff transferred "
     "to Harrowfield Vale Healthcare Services Ltd, a company wholly owned by the Trust, under "
     "the Transfer of Undertakings (Protection of Employment) Regulations. Transferred staff "
     "retained NHS terms and conditions and access to the NHS Pension Scheme. New starters "
     "are employed on the subsidiary's own terms, which the Trust does not hold and therefore "
     "cannot provide."),
    ("Please provide any business case or board paper that supported the creation of the "
     "subsidiary.",
     "The Trust holds this information. The outline business case was considered by the Board "
     "in public on 27 April 2023 and is available on the Trust website under Board papers. "
     "Under section 21 of the Act we are not required to provide information that is reasonably "
     "accessible to you by other means. An appendix containing commercial pricing is withheld "
     "under section 43(2) (commercial interests); the public interest test is set out in the "
     "annex to this letter."),
]


def build_foi():
    d = Doc()
    d.footer_left = "FOI 25/0612"
    d.set_title("Freedom of Information response FOI 25/0612")
    d.add_page()
    d.set_font("dv", "B", 14)
    d.cell(0, 7, "Harrowfield and Vale Hospitals", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 10)
    d.cell(0, 5, "NHS Foundation Trust", align="R", new_x="LMARGIN", new_y="NEXT")
    d.src.append("Harrowfield and Vale Hospitals NHS Foundation Trust")
    d.ln(4)
    for line in ["Information Governance Office", "Harrowfield General Hospital",
                 "Castle Lane, Harrowfield HF3 8QP", "Email: hvh.foi@nhs.example",
                 "Telephone: 01999 400 712"]:
        d.para(line, size=8.5, align="R", after=0)
    d.ln(6)
    for line in ["Mr D. Kellaway", "By email only"]:
        d.para(line, align="L", after=0)
    d.ln(4)
    d.para("Our reference: FOI 25/0612", align="L", after=0)
    d.para("Date of request: 6 June 2025", align="L", after=0)
    d.para("Date of response: 3 July 2025", align="L", after=4)
    d.para("Dear Mr Kellaway,", align="L")
    d.heading("Freedom of Information Act 2000 – Request for Information")
    d.para("Thank you for your request for information, which we received on 6 June 2025. "
           "We have handled your request under the Freedom of Information Act 2000 (the Act). "
           "I can confirm that the Trust holds some of the information you have requested, "
           "and our response to each part of your request is set out below.")
    d.heading("Your request")
    d.para("You asked:", align="L")
    for n, (qq, _) in enumerate(FOI_QA, 1):
        d.numbered(f"{n}.", qq, indent=8)
    d.heading("Our response")
    for n, (_, a) in enumerate(FOI_QA, 1):
        d.numbered(f"{n}.", a, indent=8)
    d.heading("If you are unhappy with our response")
    d.para("If you are unhappy with the way your request has been handled, you may ask for an "
           "internal review. Please write to the Head of Information Governance at the address "
           "above within 40 working days of the date of this letter, quoting the reference "
           "number. If you remain dissatisfied after the internal review, you have the right to "
           "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
           "Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
    d.para("Please note that information released under the Act may be published in the "
           "Trust's disclosure log with personal details removed.")
    d.para("Yours sincerely,", align="L")
    d.ln(4)
    d.para("Information Governance Team\nOn behalf of Harrowfield and Vale Hospitals NHS "
           "Foundation Trust", align="L")
    d.add_page()
    d.heading("Annex – Public interest test: section 43(2)")
    d.para("Section 43(2) is a qualified exemption. In favour of disclosure, the Trust "
           "recognises the public interest in transparency about the use of public money and "
           "the arrangements for the subsidiary company. Against disclosure, release of "
           "detailed pricing would prejudice the commercial interests of the Trust and of the "
           "subsidiary in future tenders for estates and sterile services. Having weighed these "
           "factors, the Trust has concluded that the public interest in maintaining the "
           "exemption outweighs the public interest in disclosure.")
    d.output(str(DOCS / FOI_NAME))
    return "\n".join(d.src)


FOI_GOLD = {
    "document": FOI_NAME,
    "doc_type": "other",
    "themes": ["privatisation", "subcontracting", "workforce", "finance"],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return " ".join(s.split())


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        t = "\n".join(p.extract_text() or "" for p in pdf.pages)
    t = re.sub(r"[-\u00ad]\n", "", t)  # join words hyphenated across lines
    return t


def check(gold, src, path):
    ok = True
    hay = {"source": norm(src), "pdf": norm(pdf_text(path))}
    phrases = []
    for x in gold.get("questions", []):
        phrases.append(("question", x["text"]))
        if x["answer"]:
            phrases.append(("answer", x["answer"]))
    for x in gold.get("resolutions", []):
        phrases.append(("resolution", x["text"]))
    for kind, p in phrases:
        nw = len(p.split())
        if not 6 <= nw <= 15:
            print(f"  {kind} phrase has {nw} words: {p!r}")
            ok = False
        for where, h in hay.items():
            c = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", h))
            if c != 1:
                print(f"  {kind} phrase found {c}x in {where}: {p!r}")
                ok = False
    for a in gold.get("attendees", []):
        if norm(a["name"]) not in hay["source"]:
            print(f"  attendee missing: {a['name']}")
            ok = False
    print(f"{gold['document']}: {len(gold.get('items', []))} items, "
          f"{len(gold.get('questions', []))} questions, "
          f"{len(gold.get('resolutions', []))} resolutions, "
          f"{len(gold.get('attendees', []))} attendees -> {'OK' if ok else 'FAIL'}")
    return ok


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    src_min = build_minutes()
    src_foi = build_foi()
    for g in (MIN_GOLD, FOI_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    if "--check" in sys.argv:
        ok = check(MIN_GOLD, src_min, DOCS / MIN_NAME)
        ok &= check(FOI_GOLD, src_foi, DOCS / FOI_NAME)
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
