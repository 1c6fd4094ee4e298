#!/usr/bin/env python3
"""Build the "z-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_z.py          # build documents + gold
    python tests/other-councils/build_z.py --check  # build, then verify gold phrases

Documents (all invented):
  z-marlshire-asc-health-osc-minutes-2025-10-14.txt   Word "Plain Text" export, Windows-1252
  z-ravensholt-cabinet-scrutiny-joint-minutes-2025-12-02.pdf
                                                      joint Cabinet / scrutiny meeting with
                                                      Decision / Reasons / Alternatives /
                                                      Declarations blocks and a members'
                                                      questions item
  z-helmsford-hwb-scrutiny-minutes-2026-01-22.docx    Heading 3 "Agenda item N: Title" +
                                                      Heading 4 sub-title, "Member question:" /
                                                      "Officer answer:" paragraphs
  z-ashbourne-vale-draft-health-wellbeing-strategy-consultation.pdf
                                                      NOT minutes: draft strategy consultation

Deterministic: fixed dates, no randomness, zip entries rewritten with a fixed timestamp.
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
THEMES_YML = HERE.parent.parent / "minutes" / "themes.yml"   # read only for slug validation
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

SHY = "\u00ad"
VOWELS = set("aeiouyAEIOUY")
DIGRAPHS = {"th", "ch", "sh", "ph", "ck", "qu", "ng", "gh", "wh"}


# --------------------------------------------------------------------------- helpers
def hyph_word(w):
    """Insert soft hyphens at crude syllable boundaries (V|CV and VC|CV)."""
    if len(w) < 9:
        return w
    pts = []
    for i in range(3, len(w) - 2):
        a, b = w[i - 1], w[i]
        if b in VOWELS or i + 1 >= len(w) or w[i + 1] not in VOWELS:
            continue
        if (a + b).lower() in DIGRAPHS:
            continue
        if a in VOWELS or (a not in VOWELS and w[i - 2] in VOWELS):
            if not pts or i - pts[-1] >= 2:
                pts.append(i)
    out, last = [], 0
    for p in pts:
        out.append(w[last:p])
        last = p
    out.append(w[last:])
    return SHY.join(out)


def hyph(text):
    return re.sub(r"[A-Za-z]{9,}", lambda m: hyph_word(m.group()), text)


def norm_variants(s):
    """Two normalisations: punctuation deleted, and punctuation turned into spaces."""
    s = s.replace(SHY, "").lower()
    a = re.sub(r"[^\w\s]", "", s)
    b = re.sub(r"[^\w\s]", " ", s)
    return [" ".join(a.split()), " ".join(b.split())]


def fixed_zip(data):
    """Rewrite a zip (docx) with fixed timestamps so the build is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 23, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# =========================================================================== DOC 1
# Word "Save As > Plain Text", Windows (default) encoding = cp1252, CRLF, one paragraph
# per line, bullets "·<TAB>" and "o<TAB>", a manual page break exported as a form feed.
DOC1 = "z-marlshire-asc-health-osc-minutes-2025-10-14.txt"

DOC1_LINES = [
    "MARLSHIRE COUNTY COUNCIL",
    "",
    "ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
    "",
    "MINUTES of a meeting of the Adult Social Care and Health Overview and Scrutiny Committee held in the Wessex Room, County Hall, Marlbridge on Tuesday, 14 October 2025 at 10.00 am",
    "",
    "PRESENT:",
    "Councillor Margaret Ellwood\tChairman",
    "Councillor Tariq Hussain\tVice-Chairman",
    "Councillor Brian Aldous\tMember",
    "Councillor Fiona Castellan\tMember",
    "Councillor Dev Kapoor\tSubstitute Member (for Councillor Jenny Marsh)",
    "Councillor Rosalind Petty\tMember",
    "Councillor Sam Whitlock\tMember",
    "Mrs Glenys Orchard\tCo-opted Member (Healthwatch Marlshire)",
    "",
    "ALSO PRESENT:",
    "Councillor Peter Danvers\tCabinet Member for Adult Social Care and Health",
    "Karen Oduya\tDirector of Strategy and Partnerships, Marlshire and Avonvale Integrated Care Board (for Item 6)",
    "",
    "OFFICERS IN ATTENDANCE:",
    "Helen Brackley\tExecutive Director of Adult Social Care and Health",
    "Dr Owen Farrant\tDirector of Public Health",
    "Marcus Lyle\tHead of Commissioning (Adults, Ageing and Disability)",
    "Priya Shah\tAssistant Director – Finance Business Partnering (People)",
    "Joanne Tuck\tSenior Democratic Services Officer",
    "",
    "APOLOGIES:",
    "Councillor Jenny Marsh",
    "Councillor Alan Pybus",
    "",
    "",
    "Item 1\tApologies for Absence and Substitutions",
    "Apologies for absence were received from Councillor Jenny Marsh and Councillor Alan Pybus. Councillor Dev Kapoor attended as a substitute for Councillor Marsh.",
    "",
    "Item 2\tDeclarations of Interest",
    "Councillor Castellan declared a personal interest in Item 5 as a close relative receives a home care package from one of the providers named in the report. She remained in the meeting and took part in the discussion.",
    "\tCouncillor Whitlock declared a personal interest in Item 6 as an employee of Marlshire Hospitals NHS Foundation Trust.",
    "\tMrs Orchard declared an interest in Item 8 as a member of the Board of Healthwatch Marlshire.",
    "",
    "Item 3\tMinutes of the Previous Meeting",
    "RESOLVED\tthat the minutes of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chairman.",
    "",
    "Item 4\tPublic Participation",
    "One question had been received in accordance with the Council’s Procedure Rules.",
    "Mr Colin Baverstock, on behalf of the Friends of Hollins Day Centre, asked the following question: “Will the Cabinet Member guarantee that no day centre in Marlshire will close before the people who use them, their carers and the wider public have been properly consulted?”",
    "The Cabinet Member for Adult Social Care and Health replied that no proposal had been made to close any day centre. He could, however, give an assurance that any future proposals would be subject to full consultation with the people who use the centres, their families and carers, and that the results would be reported to this Committee.",
    "\tBy way of a supplementary question, Mr Baverstock asked whether the Hollins Road building was being marketed for sale. The Cabinet Member responded that he was not aware of any such marketing and would confirm the position in writing.",
    "",
    "Item 5\tHome Care Recommissioning – Outcome of Procurement and Mobilisation",
    "The Head of Commissioning (Adults, Ageing and Disability) introduced the report, which set out the outcome of the competitive tender for community home care across the four localities. Seven lots had been awarded to five providers under a new framework commencing on 1 December 2025, with a total estimated contract value of £38.6m over five years (plus two optional extension years). One lot (Western Vale rural) had attracted no compliant bids and would be covered by spot purchasing while a further procurement was undertaken.",
    "\tThe Committee was advised that the new specification introduced outcome-based commissioning, paid providers for planned rather than actual minutes, and required payment of at least the Real Living Wage to care workers from April 2026.",
    "The following points were raised in discussion:",
    "·\tMembers expressed concern that two of the five successful providers were owned by private equity groups and asked what due diligence had been undertaken on their financial resilience.",
    "o\tThe Head of Commissioning explained that financial standing checks, including credit reference reports and a review of group accounts, had been applied to all bidders, and that the contract contained step-in rights and a requirement to notify the Council of any change of control.",
    "·\tCouncillor Petty asked how many people would have to change their care provider as a result of the new contract awards.",
    "o\tOfficers confirmed that approximately 640 people, around 18% of those receiving home care, would transfer to a new provider, and that each would receive a letter and a telephone call from a named transition coordinator.",
    "·\tA member requested that the Committee receive a mobilisation update, including missed and late call data, early in the new year.",
    "·\tCouncillor Kapoor queried whether the hourly rate of £25.40 was sufficient to fund the Real Living Wage commitment and paid travel time.",
    "o\tThe Assistant Director – Finance Business Partnering (People) stated that the rate had been modelled on the Homecare Association cost calculator and included travel time; the uplift for April 2026 would be funded from the Market Sustainability and Improvement Fund.",
    "·\tMrs Orchard commented that feedback received by Healthwatch consistently showed that continuity of carers mattered more to people than the length of visits.",
    "·\tConcern was expressed that no bids had been received for the Western Vale rural lot, where recruitment of care workers had been most difficult.",
    "o\tThe Executive Director acknowledged the risk and said that the Council was exploring a not-for-profit or in-house option for the rural lot, which would be reported to Cabinet in the new year.",
    "RESOLVED\t(1) that the outcome of the home care procurement be noted;",
    "\t(2) that a mobilisation update, including missed and late call data, be presented to the Committee at its meeting in January 2026; and",
    "\t(3) that the Cabinet Member be asked to involve the Committee in the options appraisal for the Western Vale rural lot before any decision is taken.",
    "",
    "(The meeting adjourned at 11.32 am and reconvened at 11.41 am.)",
    "",
    "\x0cItem 6\tUrgent and Emergency Care and Winter Plan 2025/26",
    "Karen Oduya, Director of Strategy and Partnerships, Marlshire and Avonvale Integrated Care Board, presented the system winter plan, which had been developed by the ICB, Marlshire Hospitals NHS Foundation Trust, the ambulance service and the two local authorities. She highlighted the opening of 42 additional “virtual ward” beds, a new urgent community response service operating 8am–8pm seven days a week and a target to reduce the average number of patients with no criteria to reside at Marlbridge General Hospital from 96 to 70 by January 2026.",
    "Councillor Aldous asked why, given that the same target had been missed last winter, members should have confidence that it would be achieved this year; Ms Oduya replied that the difference this year was a single integrated discharge hub, staffed by council and NHS colleagues together, and pooled funding through the Better Care Fund for 120 discharge-to-assess beds. Councillor Hussain sought clarification on whether the virtual ward beds were staffed by NHS employees or by an agency, and was informed that the service was delivered by the Trust’s own community nursing teams, although some shifts were covered by bank staff. Councillor Whitlock questioned the ambulance handover times at Marlbridge General, which had averaged 71 minutes in August, and asked what was being done to end corridor care; in response it was explained that a new 24-bed acute medical unit would open in November and that a 45-minute handover standard would be enforced. Councillor Petty raised concerns about the availability of GP appointments over the Christmas period; the Committee was told that practices in three primary care networks would offer extended-access hubs on 27 and 29 December. A further question, from Mrs Orchard, about whether patients and carers had been involved in drawing up the winter plan could not be answered at the meeting.",
    "\tThe Executive Director added that reablement capacity had increased by 15% since last winter and that the Council had, for the first time, block-booked care home beds for people leaving hospital.",
    "(Councillor Whitlock left the meeting at 12.05 pm.)",
    "RESOLVED\t(1) that the Urgent and Emergency Care and Winter Plan 2025/26 be noted; and",
    "\t(2) that a further report on ambulance handover delays and corridor care be brought to the March 2026 meeting.",
    "",
    "Item 7\tAdult Social Care Budget Monitoring 2025/26 – Month 5",
    "The Assistant Director – Finance Business Partnering (People) presented the report, which forecast an overspend of £6.2m (2.9%) on the adult social care net budget of £214.5m, mainly driven by the rising cost of residential and nursing placements for older people and the increasing complexity of learning disability packages. Savings of £9.8m were planned for 2025/26, of which £7.1m were rated green, £1.9m amber and £0.8m red.",
    "Councillor Castellan asked which of the red-rated savings related to the review of day opportunities, and whether any closures were assumed. The Assistant Director confirmed that £0.5m of the red-rated savings related to day opportunities and that no decision on closures had been taken; any proposals would be the subject of public consultation.",
    "\tCouncillor Kapoor sought an explanation of the £1.4m pressure on agency social workers. The Executive Director said that vacancy rates in the hospital and community teams had reached 22% over the summer; a recruitment and retention package, including a market supplement and a social work apprenticeship scheme, had been approved in July and agency use was now falling.",
    "Councillor Aldous commented that the overspend was largely outside the Council’s control and reflected a national failure to reform social care funding.",
    "RESOLVED\tthat the forecast outturn position and the actions being taken to mitigate the overspend be noted.",
    "",
    "Item 8\tHealthwatch Marlshire Annual Report 2024/25",
    "Mrs Orchard withdrew from the table for this item. The annual report had been circulated with the agenda and there were no questions.",
    "The Committee noted the annual report and thanked the Healthwatch Marlshire staff and volunteers for their work.",
    "",
    "Item 9\tWork Programme 2025/26",
    "RESOLVED\t(1) that the work programme be agreed, subject to the addition of an item on the review of day opportunities for February 2026; and",
    "\t(2) that a task group be established to examine the quality of care in nursing homes, with its membership to be agreed by the Chairman and Vice-Chairman.",
    "",
    "Item 10\tDate of Next Meeting",
    "Tuesday, 25 November 2025 at 10.00 am, County Hall, Marlbridge.",
    "",
    "The meeting closed at 12.41 pm.",
    "",
    "",
    "Chairman\t……………………………………",
    "",
    "Date\t……………………………………",
    "",
    "Contact: Joanne Tuck, Senior Democratic Services Officer – 01632 960 418 – democratic.services@marlshire.gov.uk",
]

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Public Participation"},
        {"number": "5", "title": "Home Care Recommissioning – Outcome of Procurement and Mobilisation"},
        {"number": "6", "title": "Urgent and Emergency Care and Winter Plan 2025/26"},
        {"number": "7", "title": "Adult Social Care Budget Monitoring 2025/26 – Month 5"},
        {"number": "8", "title": "Healthwatch Marlshire Annual Report 2024/25"},
        {"number": "9", "title": "Work Programme 2025/26"},
        {"number": "10", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "Will the Cabinet Member guarantee that no day centre in Marlshire will close",
         "asked_by": "Mr Colin Baverstock",
         "answer": "any future proposals would be subject to full consultation with the people",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked whether the Hollins Road building was being marketed for sale",
         "asked_by": "Mr Baverstock",
         "answer": "he was not aware of any such marketing and would confirm",
         "given_by": "Cabinet Member",
         "themes": ["adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "two of the five successful providers were owned by private equity groups",
         "asked_by": None,
         "answer": "financial standing checks, including credit reference reports and a review of group accounts",
         "given_by": "Head of Commissioning",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "asked how many people would have to change their care provider",
         "asked_by": "Councillor Petty",
         "answer": "approximately 640 people, around 18% of those receiving home care",
         "given_by": "Officers",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "A member requested that the Committee receive a mobilisation update",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "hourly rate of £25.40 was sufficient to fund the Real Living Wage",
         "asked_by": "Councillor Kapoor",
         "answer": "the rate had been modelled on the Homecare Association cost calculator",
         "given_by": "Assistant Director – Finance Business Partnering (People)",
         "themes": ["finance", "workforce", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "comment",
         "text": "continuity of carers mattered more to people than the length of visits",
         "asked_by": "Mrs Orchard",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "no bids had been received for the Western Vale rural lot",
         "asked_by": None,
         "answer": "exploring a not-for-profit or in-house option for the rural lot",
         "given_by": "Executive Director",
         "themes": ["subcontracting", "workforce", "privatisation", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "asked why, given that the same target had been missed last winter",
         "asked_by": "Councillor Aldous",
         "answer": "a single integrated discharge hub, staffed by council and NHS colleagues together",
         "given_by": "Ms Oduya",
         "themes": ["integration", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "sought clarification on whether the virtual ward beds were staffed by NHS employees",
         "asked_by": "Councillor Hussain",
         "answer": "although some shifts were covered by bank staff",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "6", "kind": "question",
         "text": "questioned the ambulance handover times at Marlbridge General",
         "asked_by": "Councillor Whitlock",
         "answer": "a new 24-bed acute medical unit would open in November",
         "given_by": None,
         "themes": []},
        {"item": "6", "kind": "concern",
         "text": "raised concerns about the availability of GP appointments over the Christmas period",
         "asked_by": "Councillor Petty",
         "answer": "practices in three primary care networks would offer extended-access hubs",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "6", "kind": "question",
         "text": "whether patients and carers had been involved in drawing up the winter plan",
         "asked_by": "Mrs Orchard",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "asked which of the red-rated savings related to the review of day opportunities",
         "asked_by": "Councillor Castellan",
         "answer": "no decision on closures had been taken",
         "given_by": "Assistant Director",
         "themes": ["finance", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "sought an explanation of the £1.4m pressure on agency social workers",
         "asked_by": "Councillor Kapoor",
         "answer": "a recruitment and retention package, including a market supplement and a social work apprenticeship scheme",
         "given_by": "Executive Director",
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "7", "kind": "comment",
         "text": "reflected a national failure to reform social care funding",
         "asked_by": "Councillor Aldous",
         "answer": None,
         "given_by": None,
         "themes": ["finance", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 9 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "that the outcome of the home care procurement be noted",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "text": "a further report on ambulance handover delays and corridor care be brought",
         "outcome": "agreed", "themes": []},
        {"item": "7", "text": "the actions being taken to mitigate the overspend be noted",
         "outcome": "noted", "themes": ["finance", "adult-social-care"]},
        {"item": "8", "text": "noted the annual report and thanked the Healthwatch Marlshire staff and volunteers",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "9", "text": "subject to the addition of an item on the review of day opportunities",
         "outcome": "agreed", "themes": ["governance", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellwood", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Tariq Hussain", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Brian Aldous", "role": "Member", "attendance": "present"},
        {"name": "Councillor Fiona Castellan", "role": "Member", "attendance": "present"},
        {"name": "Councillor Dev Kapoor", "role": "Substitute Member (for Councillor Jenny Marsh)", "attendance": "present"},
        {"name": "Councillor Rosalind Petty", "role": "Member", "attendance": "present"},
        {"name": "Councillor Sam Whitlock", "role": "Member", "attendance": "present"},
        {"name": "Mrs Glenys Orchard", "role": "Co-opted Member (Healthwatch Marlshire)", "attendance": "present"},
        {"name": "Councillor Peter Danvers", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Karen Oduya", "role": "Director of Strategy and Partnerships, Marlshire and Avonvale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Helen Brackley", "role": "Executive Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Dr Owen Farrant", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Marcus Lyle", "role": "Head of Commissioning (Adults, Ageing and Disability)", "attendance": "in_attendance"},
        {"name": "Priya Shah", "role": "Assistant Director – Finance Business Partnering (People)", "attendance": "in_attendance"},
        {"name": "Joanne Tuck", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Jenny Marsh", "role": None, "attendance": "apologies"},
        {"name": "Councillor Alan Pybus", "role": None, "attendance": "apologies"},
    ],
}


def build_doc1():
    text = "\r\n".join(DOC1_LINES) + "\r\n"
    (DOCS / DOC1).write_bytes(text.encode("cp1252"))
    return text


# =========================================================================== PDF base
from fpdf import FPDF  # noqa: E402


class MinutesPDF(FPDF):
    def __init__(self, head_left, head_right, foot_right=None, sans=True):
        super().__init__(format="A4")
        self.head_left, self.head_right, self.foot_right = head_left, head_right, foot_right
        self.add_font("Body", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("Body", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("Body", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("Body", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 24)
        self.set_creation_date(datetime.datetime(2025, 12, 9, 10, 0, 0, tzinfo=datetime.timezone.utc))
        self.set_producer("Microsoft® Word for Microsoft 365")
        self.set_creator("Microsoft® Word for Microsoft 365")
        self.alias_nb_pages()
        self.src = []   # source text, in reading order

    def header(self):
        self.set_font("Body", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(11)
        self.cell(0, 4, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, self.head_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-16)
        self.set_font("Body", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        if self.foot_right:
            self.set_x(self.l_margin)
            self.cell(0, 4, self.foot_right, align="R")
        self.set_text_color(0, 0, 0)

    # writing helpers ------------------------------------------------------
    def para(self, text, size=10, style="", align="J", gap=2.2, indent=0, hyphenate=True,
             markdown=False, lh=4.9):
        self.src.append(text.replace("**", "") if markdown else text)
        self.set_font("Body", style, size)
        self.set_x(self.l_margin + indent)
        body = hyph(text) if hyphenate else text
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, lh, body, align=align,
                        markdown=markdown, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def clause(self, label, text, size=10, indent=8):
        """Hanging-indent clause: "(a)" in the margin, justified text beside it."""
        self.src.append(f"{label} {text}")
        self.set_font("Body", "", size)
        y = self.get_y()
        if y > self.h - 34:
            self.add_page()
            y = self.get_y()
        self.set_xy(self.l_margin + indent, y)
        self.cell(9, 4.9, label)
        self.set_xy(self.l_margin + indent + 9, y)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent - 9, 4.9, hyph(text),
                        align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def keep(self, mm):
        if self.get_y() + mm > self.h - 26:
            self.add_page()


# =========================================================================== DOC 2
DOC2 = "z-ravensholt-cabinet-scrutiny-joint-minutes-2025-12-02.pdf"

# (kind, payload). kinds: item(num, title, key, ref), p(text), sub(label), cl(label, text),
# md(markdown text), note(text)
DOC2_BLOCKS = [
    ("item", "1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", False, None),
    ("p", "Apologies for absence were received from Councillor Greaves (Cabinet Member for Housing and Communities) and Councillor Ormsby. Councillor Varney attended as substitute for Councillor Ormsby for the scrutiny element of the meeting."),
    ("item", "2", "DECLARATIONS OF INTEREST", False, None),
    ("p", "Members were reminded that declarations relating to a particular decision are recorded under that item. No other declarations were made."),
    ("item", "3", "MINUTES", False, None),
    ("p", "The minutes of the meeting of the Cabinet held on 4 November 2025 were approved as a correct record and signed by the Leader."),
    ("item", "4", "ADULT SOCIAL CARE CHARGING POLICY 2026 – OUTCOME OF CONSULTATION", True, "FP/25/104"),
    ("p", "The Cabinet Member for Adult Social Care and Health introduced the report, which set out the results of the twelve-week public consultation on changes to the Council’s non-residential charging policy, including the proposal to take the higher rate of Attendance Allowance into account in financial assessments and to introduce an arrangement fee of £320 for self-funders who ask the Council to arrange their care. In all, 1,148 responses had been received, 71 per cent of which opposed the treatment of the higher rate of Attendance Allowance. In the light of the consultation the proposal had been modified so that the cost of night-time care would be treated as disability-related expenditure."),
    ("p", "The Chair of the Scrutiny Committee, Councillor Rushworth, asked how many people would pay more as a result of the changes and by how much. The Corporate Director of Adult Social Care, Health and Housing advised that approximately 1,900 people would see their weekly charge rise, by an average of £14.60 a week, and that around 400 people on the lowest incomes would see no change. Councillor Qureshi expressed concern that the consultation had been conducted mainly online and asked what steps had been taken to reach people without internet access; in reply it was stated that paper questionnaires had been posted to every person receiving a chargeable service and that eleven drop-in sessions had been held in libraries and day centres. Councillor Kemble questioned whether the estimated additional income of £1.2m took account of the cost of extra appeals and financial reassessments, and the Director of Finance confirmed that a net figure of £0.95m had been included in the Medium Term Financial Plan after allowing for two additional financial assessment officers."),
    ("p", "Having considered the proposals, the Scrutiny Committee RECOMMENDED to Cabinet that implementation of the higher rate Attendance Allowance change be phased over two years to protect those facing the largest increases."),
    ("p", "Cabinet considered the recommendation of the Scrutiny Committee. The Leader proposed that it be accepted in part, by way of transitional protection for any person whose charge would otherwise increase by more than £20 a week."),
    ("sub", "Decision:"),
    ("p", "Cabinet RESOLVED to:"),
    ("cl", "(a)", "approve the revised Adult Social Care Charging Policy set out at Appendix A, with effect from 6 April 2026;"),
    ("cl", "(b)", "introduce transitional protection for 2026/27, limiting the weekly increase for any existing service user to £20; and"),
    ("cl", "(c)", "delegate authority to the Corporate Director of Adult Social Care, Health and Housing, in consultation with the Cabinet Member for Adult Social Care and Health, to make minor amendments to the policy."),
    ("sub", "Reasons for decision:"),
    ("p", "To ensure that the Council’s approach to charging is fair, consistent with the Care Act 2014 and the statutory guidance, and contributes to the financial sustainability of adult social care, while responding to the views expressed during the consultation and by the Scrutiny Committee."),
    ("sub", "Alternative options considered:"),
    ("p", "(1) Retain the existing policy – rejected in view of the forecast budget gap of £11.3m in 2026/27. (2) Implement all of the proposed changes in full from April 2026 – rejected in the light of the consultation responses and the recommendation of the Scrutiny Committee."),
    ("sub", "Declarations of interest:"),
    ("p", "Councillor Sallis declared a non-registrable interest as a close family member receives a chargeable home care service. He remained in the meeting but did not vote on the Scrutiny Committee’s recommendation."),
    ("item", "5", "AWARD OF CONTRACT – INTEGRATED COMMUNITY EQUIPMENT SERVICE", True, "FP/25/097"),
    ("p", "The Cabinet Member for Adult Social Care and Health presented the report, which sought approval to award a contract for the Integrated Community Equipment Service, jointly commissioned with the Ravensholt and Dunmere Integrated Care Board under a section 75 pooled budget, following an open tender under the Procurement Act 2023. Three compliant bids had been received. The contract would begin on 1 April 2026 for an initial five years with an option to extend for up to two further years, and had a maximum value of £47.3m, of which the Council’s share was 58 per cent."),
    ("p", "Members of the Scrutiny Committee asked a number of questions. Councillor Sallis asked whether an in-house option had been considered, given that the service had been run by the Council itself until 2019; the Head of Procurement and Commercial Services explained that an in-house option had been appraised in the outline business case but would have required capital investment of around £4m in a new depot and vehicles. Councillor Varney sought assurance on delivery times for urgent equipment needed to support hospital discharge, and was told that the specification required same-day delivery for urgent orders placed before 1pm and that the provider would be paid less for any late delivery. Councillor Rushworth asked what would happen to the 34 staff currently employed by the outgoing provider; the Corporate Director confirmed that TUPE would apply and that the Council had required bidders to set out how they would protect existing terms and conditions. Councillor Kemble commented that the previous provider had been paid for equipment that was never collected or recycled, and asked that collection and recycling rates be reported to the Scrutiny Committee every six months."),
    ("sub", "Decision:"),
    ("p", "Cabinet RESOLVED to:"),
    ("cl", "(a)", "award the contract for the Integrated Community Equipment Service to Careloop Community Equipment Ltd for an initial period of five years from 1 April 2026, with an option to extend for up to two further years, at a maximum total value of £47.3m;"),
    ("cl", "(b)", "approve the Council’s contribution to the section 75 pooled budget for community equipment for 2026/27 of £3.9m; and"),
    ("cl", "(c)", "request that performance on the collection and recycling of equipment be included in the six-monthly contract monitoring report to the Health and Adult Social Care Scrutiny Committee."),
    ("sub", "Reasons for decision:"),
    ("p", "The evaluation identified Careloop Community Equipment Ltd as the most advantageous tender, scoring highest on quality (60 per cent weighting) and second on price. A contract must be in place before the current arrangement ends on 31 March 2026."),
    ("sub", "Alternative options considered:"),
    ("p", "Bring the service back in-house – not recommended because of the capital investment required and the time needed to establish a depot and fleet. Extend the existing contract – not possible, as all available extension options have been used."),
    ("sub", "Declarations of interest:"),
    ("p", "None."),
    ("item", "6", "PUBLIC HEALTH GRANT 2026/27 AND RECOMMISSIONING OF ADULT DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICES", True, "FP/25/111"),
    ("p", "The Director of Public Health presented the report. The Public Health Grant allocation for 2026/27 was £19.84m, an increase of 2.9 per cent, together with £2.1m of supplementary substance misuse treatment and recovery grant. The report proposed that the existing adult drug and alcohol treatment contract, which expires on 31 March 2026, be recommissioned using direct award process C under the Health Care Services (Provider Selection Regime) Regulations 2023, for three years with an option to extend for two further years."),
    ("p", "Councillor Qureshi asked why the Council was not running a competitive process, and whether a direct award was compatible with the Provider Selection Regime. Dr Rao explained that direct award process C could be used where the existing provider was performing well and the service was not changing considerably; a notice of intention would be published and there would be an eight-day standstill period before the contract was awarded. Councillor Varney queried the fall in the number of people successfully completing treatment for alcohol, and was advised that the service had seen a rise in the number of people with complex needs, including co-occurring mental health conditions, and that a new alcohol care team at Ravensholt General Hospital would begin in February."),
    ("sub", "Decision:"),
    ("p", "Cabinet RESOLVED to:"),
    ("cl", "(a)", "note the Public Health Grant allocation for 2026/27 and approve the public health budget set out in Appendix 1 to the report;"),
    ("cl", "(b)", "approve the direct award of the adult drug and alcohol treatment and recovery service contract to Pathways Recovery Partnership under direct award process C for three years from 1 April 2026, with an option to extend for up to two further years; and"),
    ("cl", "(c)", "delegate authority to the Director of Public Health to finalise the terms of the contract."),
    ("sub", "Reasons for decision:"),
    ("p", "The current provider is meeting or exceeding most key performance indicators, and a direct award provides continuity of care for 1,320 people in treatment."),
    ("sub", "Alternative options considered:"),
    ("p", "A competitive tender was considered but not recommended, because it would cause uncertainty for service users and staff at a time of rising demand, with no evidence that a better service would result."),
    ("sub", "Declarations of interest:"),
    ("p", "Councillor Tolley declared a registrable interest as a trustee of the Ravensholt Recovery Café, which is a subcontractor of the current provider, and left the room during consideration of this item."),
    ("item", "7", "HOUSING WITH CARE STRATEGY 2026–2036", False, None),
    ("p", "The Cabinet Member for Adult Social Care and Health introduced the draft strategy, which aimed to deliver 300 additional extra care apartments by 2036 and to reduce the number of older people entering residential care. Councillor Kemble asked whether the 300 additional units would be built by the Council or by housing associations and private developers; the Corporate Director replied that the Council would seek a development partner through a competitive process but would retain nomination rights to all affordable units. Councillor Sallis raised concerns about the affordability of service charges in extra care schemes for people on low incomes. The Cabinet Member acknowledged the concern and said that service charges would be capped at the Local Housing Allowance rate for affordable units."),
    ("sub", "Decision:"),
    ("p", "Cabinet RESOLVED to adopt the Housing with Care Strategy as set out in Appendix A to the report and to note that a delivery plan will be brought back to Cabinet in June 2026."),
    ("sub", "Reasons for decision:"),
    ("p", "To set a long-term direction for specialist housing for older people and working-age adults with care and support needs."),
    ("sub", "Alternative options considered:"),
    ("p", "To continue to rely on residential care placements – rejected, as this would not meet people’s preference to remain independent and would cost more."),
    ("sub", "Declarations of interest:"),
    ("p", "None."),
    ("item", "8", "QUESTIONS FROM NON-EXECUTIVE MEMBERS", False, None),
    ("p", "Four questions had been submitted in accordance with Cabinet Procedure Rule 11. The questions and the responses given at the meeting are set out below."),
    ("md", "**Question (Cllr Ashdown):** Can the Cabinet Member tell me how many children’s residential placements are currently with private providers outside the borough, and what the average weekly cost is?"),
    ("md", "**Response (Cabinet Member for Children and Families):** There are currently 41 children placed in residential homes run by independent providers outside the borough, at an average weekly cost of £6,850. The Council will open two small in-house children’s homes during 2026 to reduce our reliance on the private market."),
    ("md", "**Supplementary question (Cllr Ashdown):** Will the Cabinet Member publish the profit margins of the ten largest providers we use?"),
    ("md", "**Response (Cabinet Member for Children and Families):** The Council does not hold that information, but I will write to the Local Government Association supporting a cap on provider profits."),
    ("md", "**Question (Cllr Mallinder):** What is the current waiting time for an adult social care needs assessment, and how many people are waiting?"),
    ("md", "**Response (Cabinet Member for Adult Social Care and Health):** As at 31 October, 612 people were awaiting an assessment, with a median wait of 23 days. Anyone whose needs are urgent is seen within 48 hours."),
    ("md", "**Question (Cllr Qureshi):** Will the Council respond formally to the ICB’s consultation on the future of the Dunmere minor injuries unit, and will the draft response be shared with all members before it is submitted?"),
    ("md", "**Response (Cabinet Member for Adult Social Care and Health):** Yes. The Council will submit a formal response, and the draft will be circulated to all members by 9 January."),
    ("md", "**Question (Cllr Mallinder):** How much has the Council spent this year on bed and breakfast accommodation for homeless families?"),
    ("md", "**Response (Cabinet Member for Finance and Resources, on behalf of the Cabinet Member for Housing and Communities):** Spending to the end of October was £1.37m. The purchase of 40 homes for use as temporary accommodation, approved in July, will reduce this."),
    ("item", "9", "URGENT BUSINESS", False, None),
    ("p", "There was no urgent business."),
]

GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Joint Meeting of the Cabinet and the Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-12-02",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES"},
        {"number": "4", "title": "ADULT SOCIAL CARE CHARGING POLICY 2026 – OUTCOME OF CONSULTATION"},
        {"number": "5", "title": "AWARD OF CONTRACT – INTEGRATED COMMUNITY EQUIPMENT SERVICE"},
        {"number": "6", "title": "PUBLIC HEALTH GRANT 2026/27 AND RECOMMISSIONING OF ADULT DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICES"},
        {"number": "7", "title": "HOUSING WITH CARE STRATEGY 2026–2036"},
        {"number": "8", "title": "QUESTIONS FROM NON-EXECUTIVE MEMBERS"},
        {"number": "9", "title": "URGENT BUSINESS"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked how many people would pay more as a result of the changes",
         "asked_by": "Councillor Rushworth",
         "answer": "approximately 1,900 people would see their weekly charge rise",
         "given_by": "Corporate Director of Adult Social Care, Health and Housing",
         "themes": ["finance", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "expressed concern that the consultation had been conducted mainly online",
         "asked_by": "Councillor Qureshi",
         "answer": "paper questionnaires had been posted to every person receiving a chargeable service",
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "questioned whether the estimated additional income of £1.2m took account",
         "asked_by": "Councillor Kemble",
         "answer": "a net figure of £0.95m had been included in the Medium Term Financial Plan",
         "given_by": "Director of Finance",
         "themes": ["finance", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "Councillor Sallis asked whether an in-house option had been considered",
         "asked_by": "Councillor Sallis",
         "answer": "would have required capital investment of around £4m in a new depot",
         "given_by": "Head of Procurement and Commercial Services",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "5", "kind": "question",
         "text": "sought assurance on delivery times for urgent equipment needed to support hospital discharge",
         "asked_by": "Councillor Varney",
         "answer": "same-day delivery for urgent orders placed before 1pm",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "what would happen to the 34 staff currently employed by the outgoing provider",
         "asked_by": "Councillor Rushworth",
         "answer": "TUPE would apply and that the Council had required bidders",
         "given_by": "Corporate Director",
         "themes": ["workforce", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "asked that collection and recycling rates be reported to the Scrutiny Committee",
         "asked_by": "Councillor Kemble",
         "answer": None,
         "given_by": None,
         "themes": ["subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "asked why the Council was not running a competitive process",
         "asked_by": "Councillor Qureshi",
         "answer": "direct award process C could be used where the existing provider was performing well",
         "given_by": "Dr Rao",
         "themes": ["subcontracting", "privatisation", "public-health"]},
        {"item": "6", "kind": "question",
         "text": "queried the fall in the number of people successfully completing treatment for alcohol",
         "asked_by": "Councillor Varney",
         "answer": "the service had seen a rise in the number of people with complex needs",
         "given_by": None,
         "themes": ["public-health", "mental-health"]},
        {"item": "7", "kind": "question",
         "text": "would be built by the Council or by housing associations and private developers",
         "asked_by": "Councillor Kemble",
         "answer": "seek a development partner through a competitive process but would retain nomination rights",
         "given_by": "Corporate Director",
         "themes": ["housing", "adult-social-care", "privatisation"]},
        {"item": "7", "kind": "concern",
         "text": "raised concerns about the affordability of service charges in extra care schemes",
         "asked_by": "Councillor Sallis",
         "answer": "service charges would be capped at the Local Housing Allowance rate",
         "given_by": "Cabinet Member",
         "themes": ["housing", "finance", "adult-social-care"]},
        {"item": "8", "kind": "question",
         "text": "residential placements are currently with private providers outside the borough",
         "asked_by": "Cllr Ashdown",
         "answer": "41 children placed in residential homes run by independent providers outside the borough",
         "given_by": "Cabinet Member for Children and Families",
         "themes": ["children-and-families", "privatisation", "finance"]},
        {"item": "8", "kind": "question",
         "text": "Will the Cabinet Member publish the profit margins of the ten largest providers",
         "asked_by": "Cllr Ashdown",
         "answer": "I will write to the Local Government Association supporting a cap on provider profits",
         "given_by": "Cabinet Member for Children and Families",
         "themes": ["privatisation", "children-and-families"]},
        {"item": "8", "kind": "question",
         "text": "What is the current waiting time for an adult social care needs assessment",
         "asked_by": "Cllr Mallinder",
         "answer": "612 people were awaiting an assessment, with a median wait of 23 days",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["adult-social-care"]},
        {"item": "8", "kind": "question",
         "text": "consultation on the future of the Dunmere minor injuries unit",
         "asked_by": "Cllr Qureshi",
         "answer": "the draft will be circulated to all members by 9 January",
         "given_by": "Cabinet Member for Adult Social Care and Health",
         "themes": ["patient-and-public-input", "governance"]},
        {"item": "8", "kind": "question",
         "text": "spent this year on bed and breakfast accommodation for homeless families",
         "asked_by": "Cllr Mallinder",
         "answer": "The purchase of 40 homes for use as temporary accommodation",
         "given_by": "Cabinet Member for Finance and Resources, on behalf of the Cabinet Member for Housing and Communities",
         "themes": ["housing", "finance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting of the Cabinet held on 4 November 2025 were approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "implementation of the higher rate Attendance Allowance change be phased over two years",
         "outcome": "recommended", "themes": ["finance", "adult-social-care"]},
        {"item": "4", "text": "approve the revised Adult Social Care Charging Policy set out at Appendix A",
         "outcome": "agreed", "themes": ["finance", "adult-social-care"]},
        {"item": "5", "text": "award the contract for the Integrated Community Equipment Service to Careloop",
         "outcome": "agreed", "themes": ["subcontracting", "integration", "finance"]},
        {"item": "6", "text": "approve the direct award of the adult drug and alcohol treatment and recovery",
         "outcome": "agreed", "themes": ["public-health", "subcontracting", "finance"]},
        {"item": "7", "text": "adopt the Housing with Care Strategy as set out in Appendix A",
         "outcome": "agreed", "themes": ["housing", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Sarah Penhaligon", "role": "Leader of the Council", "attendance": "present"},
        {"name": "Councillor Idris Mowbray", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "present"},
        {"name": "Councillor Lucy Ferreira", "role": "Cabinet Member for Finance and Resources", "attendance": "present"},
        {"name": "Councillor Graham Tolley", "role": "Cabinet Member for Children and Families", "attendance": "present"},
        {"name": "Councillor Annette Rushworth", "role": "Chair of the Health and Adult Social Care Scrutiny Committee", "attendance": "present"},
        {"name": "Bilal Qureshi", "role": None, "attendance": "present"},
        {"name": "Dorothy Kemble", "role": None, "attendance": "present"},
        {"name": "Martin Sallis", "role": None, "attendance": "present"},
        {"name": "Helen Varney", "role": "substitute for Councillor Neil Ormsby", "attendance": "present"},
        {"name": "Councillor Pauline Greaves", "role": "Cabinet Member for Housing and Communities", "attendance": "apologies"},
        {"name": "Councillor Neil Ormsby", "role": None, "attendance": "apologies"},
        {"name": "Kevin Ashdown", "role": None, "attendance": "in_attendance"},
        {"name": "Ruth Mallinder", "role": None, "attendance": "in_attendance"},
        {"name": "Andrew Kettering", "role": "Chief Executive", "attendance": "in_attendance"},
        {"name": "Dr Sunita Rao", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Claire Blenkinsop", "role": "Corporate Director of Adult Social Care, Health and Housing", "attendance": "in_attendance"},
        {"name": "Mark Iveson", "role": "Director of Finance and Section 151 Officer", "attendance": "in_attendance"},
        {"name": "Rachel Dunmore", "role": "Head of Procurement and Commercial Services", "attendance": "in_attendance"},
        {"name": "Tom Seddon", "role": "Democratic Services Manager", "attendance": "in_attendance"},
    ],
}


def build_doc2():
    pdf = MinutesPDF("RAVENSHOLT COUNCIL",
                     "Joint Meeting – Cabinet and Health and Adult Social Care Scrutiny Committee – 2 December 2025",
                     "Chair’s initials ……….")
    pdf.set_title("Minutes - Joint Cabinet and HASC Scrutiny - 2 December 2025")
    pdf.set_author("Democratic Services")
    pdf.add_page()
    pdf.set_font("Body", "B", 13)
    pdf.src.append("RAVENSHOLT COUNCIL")
    pdf.cell(0, 7, "RAVENSHOLT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.para("MINUTES OF THE JOINT MEETING OF THE CABINET AND THE HEALTH AND ADULT SOCIAL CARE "
             "SCRUTINY COMMITTEE held in the Council Chamber, Civic Centre, Ravensholt on Tuesday "
             "2 December 2025 at 6.30 pm", size=10.5, style="B", align="C", hyphenate=False)
    pdf.ln(1)
    att = [
        "**Cabinet:** Councillor Sarah Penhaligon (Leader of the Council) (in the Chair); Councillor Idris Mowbray (Cabinet Member for Adult Social Care and Health); Councillor Lucy Ferreira (Cabinet Member for Finance and Resources); Councillor Graham Tolley (Cabinet Member for Children and Families).",
        "**Health and Adult Social Care Scrutiny Committee:** Councillor Annette Rushworth (Chair of the Health and Adult Social Care Scrutiny Committee); Councillors Bilal Qureshi, Dorothy Kemble, Martin Sallis and Helen Varney (substitute for Councillor Neil Ormsby).",
        "**Apologies:** Councillor Pauline Greaves (Cabinet Member for Housing and Communities) and Councillor Neil Ormsby.",
        "**Also present (non-executive members):** Councillors Kevin Ashdown and Ruth Mallinder.",
        "**Officers:** Andrew Kettering (Chief Executive), Dr Sunita Rao (Director of Public Health), Claire Blenkinsop (Corporate Director of Adult Social Care, Health and Housing), Mark Iveson (Director of Finance and Section 151 Officer), Rachel Dunmore (Head of Procurement and Commercial Services) and Tom Seddon (Democratic Services Manager).",
    ]
    for a in att:
        pdf.para(a, size=9.5, align="L", markdown=True, hyphenate=False, gap=1.6)
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)

    for b in DOC2_BLOCKS:
        kind = b[0]
        if kind == "item":
            _, num, title, key, ref = b
            pdf.keep(26)
            pdf.ln(2)
            pdf.set_font("Body", "B", 10.5)
            pdf.src.append(f"{num}. {title}")
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(10, 5.5, f"{num}.")
            pdf.set_xy(pdf.l_margin + 10, y)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 10, 5.5, title, align="L",
                           new_x="LMARGIN", new_y="NEXT")
            if key:
                pdf.set_font("Body", "B", 8.5)
                txt = f"KEY DECISION – Forward Plan reference {ref}"
                pdf.src.append(txt)
                pdf.set_x(pdf.l_margin + 10)
                pdf.set_text_color(255, 255, 255)
                pdf.set_fill_color(60, 60, 60)
                w = pdf.get_string_width(txt) + 4
                pdf.cell(w, 5, txt, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "p":
            pdf.para(b[1], indent=10)
        elif kind == "md":
            pdf.para(b[1], indent=10, markdown=True)
        elif kind == "sub":
            pdf.keep(16)
            pdf.src.append(b[1])
            pdf.set_font("Body", "B", 10)
            pdf.set_x(pdf.l_margin + 10)
            pdf.cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "cl":
            pdf.clause(b[1], b[2], indent=10)
    pdf.ln(4)
    pdf.para("The meeting closed at 8.52 pm.", indent=10, hyphenate=False)
    pdf.ln(8)
    pdf.para("Chair ……………………………………………        Date ……………………………", indent=10, hyphenate=False, align="L")
    pdf.output(str(DOCS / DOC2))
    return "\n".join(pdf.src)


# =========================================================================== DOC 3
DOC3 = "z-helmsford-hwb-scrutiny-minutes-2026-01-22.docx"

# ("h3", text) ("h4", text) ("p", text) ("lab", label, text) ("i", italic text)
DOC3_BLOCKS = [
    ("h3", "Agenda item 1: Apologies for absence and substitutions"),
    ("h4", "Standing item"),
    ("p", "Apologies were received from Councillor Yates, for whom Councillor Quinlan substituted, and from Councillor Beck, Cabinet Member for Health and Wellbeing."),
    ("h3", "Agenda item 2: Declarations of interest"),
    ("h4", "Standing item"),
    ("p", "Councillor Finnegan declared a non-pecuniary interest in agenda item 5 as a practice nurse employed at a GP practice that provides contraceptive services. Councillor Mistry declared a non-pecuniary interest as a public governor of Helmsford Community Health Services NHS Trust. Both remained in the meeting."),
    ("h3", "Agenda item 3: Minutes of the meeting held on 20 November 2025"),
    ("h4", "Standing item"),
    ("lab", "Decision:", "The committee agreed the minutes of the meeting held on 20 November 2025 as a correct record, subject to the correction of the spelling of Councillor Lowther’s name in minute 4."),
    ("h3", "Agenda item 4: Director of Public Health annual report 2025 – “Growing up in Helmsford”"),
    ("h4", "Report of the Director of Public Health"),
    ("p", "Dr Clarke presented her independent annual report, which this year focused on the health of children and young people in the city. Among its findings were that 38 per cent of Year 6 children were overweight or living with obesity, compared with 36 per cent in England; that 31 per cent of five-year-olds had visible tooth decay; and that the gap in healthy life expectancy between the most and least deprived wards had widened to 17 years. The report made nine recommendations, addressed to the Council, the Integrated Care Board, schools and the voluntary and community sector."),
    ("lab", "Member question:", "Councillor Barraclough asked what the Council could realistically achieve on childhood obesity when the budget for the healthy weight service had been reduced by a third since 2019."),
    ("lab", "Officer answer:", "The Director of Public Health said that the evidence pointed to whole-system measures rather than individual weight management, such as planning controls on hot food takeaways near schools, the promotion of Healthy Start vouchers and active travel to school."),
    ("p", "She added that the healthy weight service would be redesigned during 2026/27 to focus on families in the six most deprived wards, and that the Council had secured £240,000 from the School Sport and Activity Action Plan fund."),
    ("lab", "Member question:", "Councillor Okonjo asked whether there were plans to introduce supervised toothbrushing in primary schools in the most deprived wards."),
    ("lab", "Officer answer:", "Dr Armitage, Consultant in Public Health, confirmed that a supervised toothbrushing programme would begin in 40 nurseries and primary schools in April 2026, funded through the national programme."),
    ("lab", "Member question:", "Ms Wynn said that parents responding to a Healthwatch survey had struggled to find an NHS dentist for their children, and asked how the report’s recommendations on oral health would be taken forward with the Integrated Care Board."),
    ("lab", "Officer answer:", "Dr Clarke replied that the recommendations would be considered by the Health and Wellbeing Board in March and that the ICB had agreed to commission additional urgent dental access sessions for children from February."),
    ("lab", "Decision:", "The committee noted the annual report of the Director of Public Health and thanked Dr Clarke and her team."),
    ("h3", "Agenda item 5: Sexual and reproductive health services – re-procurement"),
    ("h4", "Report of the Head of Public Health Commissioning"),
    ("p", "Mr Greenhalgh introduced the report. The integrated sexual health service contract held by Helmsford Community Health Services NHS Trust would expire on 30 September 2026. It was proposed to run a competitive process under the Provider Selection Regime for a new contract of five years with options to extend for up to four further years, at an annual value of £4.6m. Long-acting reversible contraception in primary care would be delivered by GP practices and community pharmacies under a sub-contract with the lead provider."),
    ("lab", "Member question:", "Councillor Lowther asked why the service was being put out to competition when the current NHS provider was rated good, and whether the change could lead to a private company running the clinics."),
    ("lab", "Officer answer:", "The Head of Public Health Commissioning explained that the new service model, with online testing and a much larger primary care offer, was a considerable change, which meant the regulations did not permit a direct award; any capable provider, NHS or independent, could bid, and quality would carry 70 per cent of the evaluation."),
    ("lab", "Member question:", "Councillor Finnegan asked whether GP practices would be paid a fair tariff for fitting coils and implants, as several practices had stopped offering the service."),
    ("lab", "Officer answer:", "Mr Greenhalgh said that the tariff for fittings had been increased by 12 per cent from April 2025."),
    ("p", "He added that the lead provider would be required to offer a sub-contract to practices in every primary care network and to fund training for practice nurses, so that no part of the city was left without a local fitter."),
    ("lab", "Member question:", "Could officers explain how service users had been involved in designing the new specification?"),
    ("lab", "Officer answer:", "Dr Armitage said that a survey of 1,240 service users and focus groups with young people, sex workers and men who have sex with men had shaped the specification, including the extension of online testing to under-18s."),
    ("lab", "Decision:", "The committee endorsed the proposed procurement approach and asked that the evaluation criteria give at least 10 per cent weighting to social value, including the terms and conditions of staff."),
    ("i", "Councillor Lowther left the meeting at 7.05 pm."),
    ("h3", "Agenda item 6: Children and young people’s mental health – waiting times"),
    ("h4", "Joint report of the North Pennine Integrated Care Board and the Director of Children’s Services"),
    ("p", "Mr Rooney and Ms Moss presented the report, which showed that referrals to children and young people’s mental health services had risen by 48 per cent since 2021/22, with the sharpest growth in referrals for neurodevelopmental assessment."),
    ("lab", "Member question:", "Councillor Mistry asked how long children were currently waiting for a first appointment with the specialist CAMHS service and how many had waited more than a year."),
    ("lab", "Officer answer:", "Mr Rooney said that the median wait was 19 weeks and that 212 children had waited more than 52 weeks, almost all of them for a neurodevelopmental assessment rather than treatment."),
    ("p", "The ICB had commissioned an additional 600 autism and ADHD assessments from an independent sector provider, which was expected to clear the longest waits by the end of the summer."),
    ("lab", "Member question:", "Councillor Quinlan asked what support was available to families while their children waited."),
    ("lab", "Officer answer:", "Ms Moss described the offer available through the city’s four family hubs, the mental health support teams now covering 60 per cent of pupils, and the online counselling service commissioned by the ICB."),
    ("lab", "Member question:", "Councillor Okonjo expressed concern that the mental health support teams did not cover any of the city’s special schools."),
    ("lab", "Officer answer:", "Mr Rooney acknowledged the gap and said that a bid for two further teams, one of which would work with special schools, had been submitted to NHS England."),
    ("lab", "Decision:", "The committee recommended to the Integrated Care Board that a trajectory for eliminating waits of more than 52 weeks be published by 31 March 2026 and reported to this committee."),
    ("h3", "Agenda item 7: Damp, mould and health in rented homes"),
    ("h4", "Joint report of the Director of Housing and the Director of Public Health"),
    ("p", "Mr Desai and Dr Clarke presented the report, which set out the Council’s response to Awaab’s Law and the evidence linking damp and mould to respiratory illness in children. In discussion, Councillor Finnegan asked how many council homes had outstanding damp and mould cases and was told by the Director of Housing that there were 386 open cases, of which 41 were category 1 hazards; Councillor Okonjo then queried how standards were being enforced in the private rented sector, and Mr Desai explained that the Council had served 63 improvement notices in the past year and was recruiting two additional environmental health officers."),
    ("lab", "Member question:", "The Chair asked whether GPs and health visitors could refer families directly to the housing team when a child’s health was being affected by damp."),
    ("lab", "Officer answer:", "Dr Clarke said that a direct referral pathway had been piloted with two primary care networks since September and would be extended across the city from April."),
    ("lab", "Decision:", "The committee noted the report and agreed to receive an update on compliance with Awaab’s Law at its meeting in July 2026."),
    ("h3", "Agenda item 8: Quarterly performance report – quarter 2, 2025/26"),
    ("h4", "Report of the Head of Performance and Insight"),
    ("p", "There were no questions on this item."),
    ("lab", "Decision:", "The committee noted the performance report for quarter 2."),
    ("h3", "Agenda item 9: Work programme 2025/26"),
    ("h4", "Report of the Scrutiny Officer"),
    ("lab", "Decision:", "The committee agreed its work programme for the remainder of 2025/26, with the addition of an item on the outcome of the sexual health procurement in September 2026."),
    ("h3", "Agenda item 10: Date of next meeting"),
    ("h4", "Standing item"),
    ("p", "Thursday 19 March 2026 at 5.30 pm, Committee Room 2, Helmsford Guildhall."),
]

GOLD3 = {
    "document": DOC3,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2026-01-22",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the meeting held on 20 November 2025"},
        {"number": "4", "title": "Director of Public Health annual report 2025 – “Growing up in Helmsford”"},
        {"number": "5", "title": "Sexual and reproductive health services – re-procurement"},
        {"number": "6", "title": "Children and young people’s mental health – waiting times"},
        {"number": "7", "title": "Damp, mould and health in rented homes"},
        {"number": "8", "title": "Quarterly performance report – quarter 2, 2025/26"},
        {"number": "9", "title": "Work programme 2025/26"},
        {"number": "10", "title": "Date of next meeting"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "what the Council could realistically achieve on childhood obesity",
         "asked_by": "Councillor Barraclough",
         "answer": "planning controls on hot food takeaways near schools",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "finance", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "plans to introduce supervised toothbrushing in primary schools in the most deprived wards",
         "asked_by": "Councillor Okonjo",
         "answer": "a supervised toothbrushing programme would begin in 40 nurseries and primary schools",
         "given_by": "Dr Armitage, Consultant in Public Health",
         "themes": ["public-health", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "parents responding to a Healthwatch survey had struggled to find an NHS dentist",
         "asked_by": "Ms Wynn",
         "answer": "commission additional urgent dental access sessions for children from February",
         "given_by": "Dr Clarke",
         "themes": ["primary-care", "patient-and-public-input", "public-health", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "asked why the service was being put out to competition",
         "asked_by": "Councillor Lowther",
         "answer": "any capable provider, NHS or independent, could bid",
         "given_by": "Head of Public Health Commissioning",
         "themes": ["privatisation", "subcontracting", "public-health"]},
        {"item": "5", "kind": "question",
         "text": "whether GP practices would be paid a fair tariff for fitting coils and implants",
         "asked_by": "Councillor Finnegan",
         "answer": "offer a sub-contract to practices in every primary care network",
         "given_by": "Mr Greenhalgh",
         "themes": ["primary-care", "subcontracting", "finance", "public-health"]},
        {"item": "5", "kind": "question",
         "text": "how service users had been involved in designing the new specification",
         "asked_by": None,
         "answer": "a survey of 1,240 service users and focus groups with young people",
         "given_by": "Dr Armitage",
         "themes": ["patient-and-public-input", "public-health"]},
        {"item": "6", "kind": "question",
         "text": "how long children were currently waiting for a first appointment with the specialist CAMHS service",
         "asked_by": "Councillor Mistry",
         "answer": "additional 600 autism and ADHD assessments from an independent sector provider",
         "given_by": "Mr Rooney",
         "themes": ["mental-health", "children-and-families", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "asked what support was available to families while their children waited",
         "asked_by": "Councillor Quinlan",
         "answer": "the mental health support teams now covering 60 per cent of pupils",
         "given_by": "Ms Moss",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "6", "kind": "concern",
         "text": "expressed concern that the mental health support teams did not cover",
         "asked_by": "Councillor Okonjo",
         "answer": "a bid for two further teams, one of which would work with special schools",
         "given_by": "Mr Rooney",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "asked how many council homes had outstanding damp and mould cases",
         "asked_by": "Councillor Finnegan",
         "answer": "386 open cases, of which 41 were category 1 hazards",
         "given_by": "Director of Housing",
         "themes": ["housing"]},
        {"item": "7", "kind": "question",
         "text": "queried how standards were being enforced in the private rented sector",
         "asked_by": "Councillor Okonjo",
         "answer": "the Council had served 63 improvement notices in the past year",
         "given_by": "Mr Desai",
         "themes": ["housing", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "whether GPs and health visitors could refer families directly to the housing team",
         "asked_by": "The Chair",
         "answer": "a direct referral pathway had been piloted with two primary care networks",
         "given_by": "Dr Clarke",
         "themes": ["housing", "primary-care", "children-and-families", "public-health"]},
    ],
    "resolutions": [
        {"item": "3", "text": "agreed the minutes of the meeting held on 20 November 2025 as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "noted the annual report of the Director of Public Health and thanked",
         "outcome": "noted", "themes": ["public-health", "children-and-families"]},
        {"item": "5", "text": "endorsed the proposed procurement approach and asked that the evaluation criteria",
         "outcome": "agreed", "themes": ["subcontracting", "workforce", "public-health"]},
        {"item": "6", "text": "recommended to the Integrated Care Board that a trajectory for eliminating waits",
         "outcome": "recommended", "themes": ["mental-health", "children-and-families"]},
        {"item": "7", "text": "noted the report and agreed to receive an update on compliance",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "8", "text": "The committee noted the performance report for quarter 2",
         "outcome": "noted", "themes": []},
        {"item": "9", "text": "agreed its work programme for the remainder of 2025/26",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Harjit Sandhu", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Abena Okonjo", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Joe Barraclough", "role": None, "attendance": "present"},
        {"name": "Siobhan Finnegan", "role": None, "attendance": "present"},
        {"name": "Peter Lowther", "role": None, "attendance": "present"},
        {"name": "Nadia Mistry", "role": None, "attendance": "present"},
        {"name": "Ewan Quinlan", "role": "substitute for Councillor Yates", "attendance": "present"},
        {"name": "Ms Teresa Wynn", "role": "Co-opted member", "attendance": "present"},
        {"name": "Councillor Craig Yates", "role": None, "attendance": "apologies"},
        {"name": "Councillor Lorraine Beck", "role": "Cabinet Member for Health and Wellbeing", "attendance": "apologies"},
        {"name": "Dr Ifeoma Clarke", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Martin Greenhalgh", "role": "Head of Public Health Commissioning", "attendance": "in_attendance"},
        {"name": "Dr Leah Armitage", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Sean Rooney", "role": "Associate Director of Mental Health and Learning Disability Commissioning, North Pennine Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Angela Moss", "role": "Assistant Director, Children’s Social Care and Early Help", "attendance": "in_attendance"},
        {"name": "Vikram Desai", "role": "Director of Housing", "attendance": "in_attendance"},
        {"name": "Kate Huxley", "role": "Scrutiny Officer", "attendance": "in_attendance"},
    ],
}


def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def build_doc3():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor, Cm

    doc = Document()
    cp = doc.core_properties
    cp.author = "Kate Huxley"
    cp.last_modified_by = "Kate Huxley"
    cp.title = "Health and Wellbeing Scrutiny Committee - minutes - 22 January 2026"
    cp.created = datetime.datetime(2026, 1, 23, 9, 12, 0)
    cp.modified = datetime.datetime(2026, 1, 23, 11, 40, 0)
    cp.revision = 4

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for name, size in (("Heading 3", 12), ("Heading 4", 11)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 4"].font.italic = True

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Helmsford City Council – Health and Wellbeing Scrutiny Committee – 22 January 2026"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _add_field(r, " PAGE ")
    r = fp.add_run(" of "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _add_field(r, " NUMPAGES ")
    r = fp.add_run("\tChair’s initials ………"); r.font.size = Pt(8)

    src = []

    def p(text, bold=False, italic=False, align=None, size=None):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if align:
            para.alignment = align
        src.append(text)
        return para

    p("HELMSFORD CITY COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    p("Health and Wellbeing Scrutiny Committee", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    p("Minutes of the meeting held on Thursday 22 January 2026 at 5.30 pm in Committee Room 2, Helmsford Guildhall",
      align=WD_ALIGN_PARAGRAPH.CENTER)
    p("")
    para = doc.add_paragraph()
    para.add_run("Present: ").bold = True
    t = ("Councillor Harjit Sandhu (Chair), Councillor Abena Okonjo (Vice-Chair), Councillors Joe Barraclough, "
         "Siobhan Finnegan, Peter Lowther, Nadia Mistry and Ewan Quinlan (substitute for Councillor Yates).")
    para.add_run(t)
    src.append("Present: " + t)
    para = doc.add_paragraph()
    para.add_run("Co-opted member: ").bold = True
    t = "Ms Teresa Wynn (Helmsford Healthwatch, non-voting)."
    para.add_run(t)
    src.append("Co-opted member: " + t)
    para = doc.add_paragraph()
    para.add_run("Apologies: ").bold = True
    t = "Councillor Craig Yates; Councillor Lorraine Beck (Cabinet Member for Health and Wellbeing)."
    para.add_run(t)
    src.append("Apologies: " + t)
    p("Officers and others in attendance:", bold=True)
    for line in [
        "Dr Ifeoma Clarke – Director of Public Health",
        "Martin Greenhalgh – Head of Public Health Commissioning",
        "Dr Leah Armitage – Consultant in Public Health",
        "Sean Rooney – Associate Director of Mental Health and Learning Disability Commissioning, North Pennine Integrated Care Board (for agenda item 6)",
        "Angela Moss – Assistant Director, Children’s Social Care and Early Help",
        "Vikram Desai – Director of Housing (for agenda item 7)",
        "Kate Huxley – Scrutiny Officer",
    ]:
        q = p(line)
        q.paragraph_format.left_indent = Cm(1)
        q.paragraph_format.space_after = Pt(0)
    p("")

    for b in DOC3_BLOCKS:
        kind = b[0]
        if kind == "h3":
            doc.add_heading(b[1], level=3)
            src.append(b[1])
        elif kind == "h4":
            doc.add_heading(b[1], level=4)
            src.append(b[1])
        elif kind == "p":
            q = p(b[1])
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "i":
            p(b[1], italic=True)
        elif kind == "lab":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para.add_run(b[1] + " ").bold = True
            para.add_run(b[2])
            src.append(b[1] + " " + b[2])
    p("")
    p("The meeting ended at 7.48 pm.")
    p("")
    p("Chair: ………………………………………        Date: ……………………")

    bio = io.BytesIO()
    doc.save(bio)
    (DOCS / DOC3).write_bytes(fixed_zip(bio.getvalue()))
    return "\n".join(src)


# =========================================================================== DOC 4 (not minutes)
DOC4 = "z-ashbourne-vale-draft-health-wellbeing-strategy-consultation.pdf"

QUOTES_STYLE = (238, 244, 236)

DOC4_SECTIONS = [
    ("We asked: What does being healthy and well mean to you?",
     "Nearly everyone we spoke to described health as more than the absence of illness. People talked about being able to do the things that matter to them, about feeling connected to others and about having enough money to live on.",
     [
         ("“Being well is being able to get out of the house and see people. Since the 41 bus was cut I hardly go anywhere.”", "Resident, Coldharbour, aged 74"),
         ("“For me it’s sleep, and not worrying about the rent every single month.”", "Parent, Ashbourne town centre"),
         ("“Nobody asks carers how we are. I look after my husband full time and my own health has gone downhill.”", "Unpaid carer, Fenwick"),
     ],
     [
         "We will treat loneliness and social isolation as a health priority, working with transport providers and community groups to keep people connected.",
         "We will ask every partner on the Board to sign up to a shared carers’ charter by March 2027.",
         "We will measure progress using what residents tell us, not only NHS and council data.",
     ]),
    ("We asked: What gets in the way of staying healthy?",
     "Cost was the barrier people mentioned most often: the cost of healthy food, of leisure centre membership and of heating a home properly. Many people also told us that information about local services was hard to find.",
     [
         ("“Fruit and veg cost more than a bag of chips. You do the maths when you’ve got three kids.”", "Parent, Millbrook estate"),
         ("“The swimming pool is lovely but £6.20 a go is not for people like us.”", "Young person, aged 16"),
         ("“I didn’t know the stop smoking service was free until my pharmacist told me.”", "Resident, Upper Dene"),
     ],
     [
         "We will extend free and low-cost swimming and gym sessions for children, young people and people on low incomes in all three leisure centres.",
         "We will create one directory of local health and wellbeing services, online and in print, by autumn 2026.",
         "We will use the Council’s planning powers to limit new hot food takeaways within 400 metres of schools.",
     ]),
    ("We asked: How easy is it to get help when you need it?",
     "Getting a GP appointment was the single most common concern raised at our community conversations. People also described long waits for mental health support and difficulty finding an NHS dentist.",
     [
         ("“You ring at eight, you’re number 27 in the queue, and by the time you get through there’s nothing left.”", "Resident, Ashbourne West"),
         ("“My daughter waited 14 months for a CAMHS appointment. By then she’d left school.”", "Parent, Fenwick"),
         ("“When I finally got help it was brilliant. It was just getting through the door.”", "Resident who uses mental health services"),
     ],
     [
         "We will work with the Integrated Care Board and GP practices to publish access information for every practice twice a year.",
         "We will open two community mental health cafés, run with local charities, offering support in the evenings and at weekends.",
         "We will ask the Integrated Care Board to set out a plan for NHS dentistry in Ashbourne Vale by the end of 2026.",
     ]),
    ("We asked: What would make the biggest difference for children and young people?",
     "Young people who took part through schools and the youth council asked for safe places to go, for mental health support in school and for adults to listen to them.",
     [
         ("“Somewhere to go after school that isn’t a car park or McDonald’s.”", "Year 9 student"),
         ("“Teachers should know what to do when someone is having a panic attack.”", "Member of Ashbourne Vale Youth Council"),
     ],
     [
         "We will make sure every secondary school has access to a mental health support team by 2028.",
         "We will involve young people in designing and reviewing the services that are meant for them.",
         "We will protect funding for youth clubs in the four neighbourhoods with the lowest healthy life expectancy.",
     ]),
]


def build_doc4():
    pdf = MinutesPDF("Ashbourne Vale Health and Wellbeing Board",
                     "DRAFT FOR CONSULTATION – not Council or NHS policy",
                     "Living Well in Ashbourne Vale 2026–2031")
    pdf.set_title("Living Well in Ashbourne Vale - draft Joint Local Health and Wellbeing Strategy 2026-2031 - consultation document")
    pdf.set_author("Ashbourne Vale Council Public Health Team")
    pdf.set_creation_date(datetime.datetime(2026, 1, 28, 14, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_producer("Adobe InDesign 19.0 (Windows)")
    pdf.set_creator("Adobe InDesign 19.0 (Windows)")
    green = (31, 105, 78)

    # cover
    pdf.add_page()
    pdf.set_fill_color(*green)
    pdf.rect(0, 40, pdf.w, 95, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 55)
    pdf.set_font("Body", "B", 28)
    pdf.multi_cell(166, 13, "Living Well in Ashbourne Vale", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("Body", "", 15)
    pdf.multi_cell(166, 8, "Our draft Joint Local Health and Wellbeing Strategy 2026–2031", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(22)
    pdf.set_font("Body", "B", 13)
    pdf.multi_cell(166, 7, "Consultation document\nHave your say by 26 April 2026", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.src += ["Living Well in Ashbourne Vale", "Our draft Joint Local Health and Wellbeing Strategy 2026–2031",
                "Consultation document", "Have your say by 26 April 2026"]
    pdf.set_xy(22, 150)
    pdf.para("Ashbourne Vale Health and Wellbeing Board brings together Ashbourne Vale Council, the Integrated Care Board, local NHS trusts, Healthwatch Ashbourne Vale and the voluntary and community sector.", size=10, align="L", hyphenate=False)
    pdf.para("This document is available in large print, Easy Read and other languages on request.", size=9, style="I", align="L", hyphenate=False)

    def heading(t, size=15):
        pdf.keep(30)
        pdf.set_font("Body", "B", size)
        pdf.set_text_color(*green)
        pdf.multi_cell(0, 8, t, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
        pdf.src.append(t)

    def bullets(items):
        for it in items:
            pdf.src.append("• " + it)
            pdf.set_font("Body", "", 10)
            y = pdf.get_y()
            if y > pdf.h - 34:
                pdf.add_page(); y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 3, y)
            pdf.cell(5, 5, "•")
            pdf.set_xy(pdf.l_margin + 8, y)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 5, it, align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)

    pdf.add_page()
    heading("Foreword")
    pdf.para("Ashbourne Vale is a good place to live for most people, most of the time. But a boy born in Millbrook today can expect to live nine fewer years than a boy born in Upper Dene, three miles away, and to spend 16 more of those years in poor health. That is not acceptable, and it is not inevitable.")
    pdf.para("Over the past year we have listened to more than 3,000 residents, through a survey, 14 community conversations and sessions with young people, carers and people who use mental health services. This draft strategy is built on what you told us. We now want to know whether we have got it right.")
    pdf.para("Councillor Yvonne Hartigan, Chair of Ashbourne Vale Health and Wellbeing Board", style="I", align="L", hyphenate=False)
    heading("About this strategy", 13)
    pdf.para("Every area must have a joint local health and wellbeing strategy. It sets out the priorities that the Council, the NHS and their partners will work on together to improve health and reduce health inequalities. When it is agreed, the strategy will guide how partners plan and commission services over the next five years. This is a draft: none of the commitments below has yet been agreed.")
    heading("Our four draft priorities", 13)
    bullets(["Staying connected: tackling loneliness and isolation.",
             "A fair start: giving every child the best start in life.",
             "Healthy places: making the healthy choice the easy and affordable choice.",
             "Help when you need it: fairer access to care, including mental health support."])

    for title, intro, quotes, commitments in DOC4_SECTIONS:
        pdf.add_page()
        heading(title)
        pdf.para(intro)
        pdf.keep(20)
        pdf.set_font("Body", "B", 11.5)
        pdf.set_text_color(*green)
        pdf.cell(0, 6, "What you told us", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.src.append("What you told us")
        pdf.ln(1)
        for q, who in quotes:
            pdf.keep(22)
            pdf.set_fill_color(*QUOTES_STYLE)
            pdf.set_font("Body", "I", 10.5)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 5.6, q, fill=True, padding=(2, 3, 0, 3),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Body", "", 8.5)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 5, "– " + who, fill=True, align="R",
                           padding=(0, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            pdf.src.append(q + " – " + who)
        pdf.ln(1)
        pdf.keep(20)
        pdf.set_font("Body", "B", 11.5)
        pdf.set_text_color(*green)
        pdf.cell(0, 6, "Our commitments", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.src.append("Our commitments")
        pdf.ln(1)
        bullets(commitments)

    pdf.add_page()
    heading("Have your say")
    pdf.para("The consultation runs from 2 February to 26 April 2026. You can respond online at www.ashbournevale.gov.uk/livingwell, pick up a paper questionnaire at any library or GP practice, or come to one of our drop-in events. We would particularly like your views on the following questions.", hyphenate=False)
    bullets(["Question 1. Do you agree with our four draft priorities? If not, what is missing?",
             "Question 2. Which of the commitments in this document matter most to you?",
             "Question 3. Is there anything we have said we will do that you think we should not do?",
             "Question 4. How would you like to be kept involved as the strategy is put into practice?"])
    heading("What happens next", 13)
    pdf.para("Healthwatch Ashbourne Vale will independently analyse all of the responses. A summary of what you said, and how the strategy has changed as a result, will be published alongside the final strategy, which the Health and Wellbeing Board is expected to consider at its meeting in July 2026.")
    pdf.para("Contact: Public Health Team, Ashbourne Vale Council, Town Hall, Ashbourne AV1 2HQ. Telephone 01632 960 771. Email livingwell@ashbournevale.gov.uk", size=9, align="L", hyphenate=False)
    pdf.output(str(DOCS / DOC4))
    return "\n".join(pdf.src)


GOLD4 = {
    "document": DOC4,
    "doc_type": "other",
}


# =========================================================================== build / check
def extract(path):
    if path.suffix == ".txt":
        return path.read_bytes().decode("cp1252")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        return "\n".join(p.text for p in d.paragraphs)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        return re.sub(r"(\w)-\n(\w)", r"\1\2", t)   # undo end-of-line hyphenation
    raise ValueError(path)


def theme_slugs():
    import yaml
    data = yaml.safe_load(THEMES_YML.read_text())
    return {k for k in data if k != "ignore_names"}


def check(golds_and_src):
    slugs = theme_slugs()
    bad = 0
    for gold, src in golds_and_src:
        path = DOCS / gold["document"]
        ext = extract(path)
        if gold["doc_type"] != "minutes":
            print(f"{gold['document']}: doc_type={gold['doc_type']} (no rows)")
            assert set(gold) == {"document", "doc_type"}
            continue
        item_nums = {i["number"] for i in gold["items"]}
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
            assert q["item"] in item_nums, q
            assert q["kind"] in {"question", "concern", "request", "comment"}, q
            assert set(q["themes"]) <= slugs, q["themes"]
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
            assert r["item"] in item_nums, r
            assert r["outcome"] in {"noted", "agreed", "recommended", "deferred", "rejected", "other"}, r
            assert set(r["themes"]) <= slugs, r["themes"]
        for a in gold["attendees"]:
            assert a["attendance"] in {"present", "apologies", "in_attendance", "absent"}, a
            assert a["name"].split()[-1].lower() in ext.lower(), a
        for kind, ph in phrases:
            n = len(ph.split())
            if not 6 <= n <= 15:
                print(f"  WORDS {n}: {kind}: {ph}")
                bad += 1
            for i in (0, 1):
                p = norm_variants(ph)[i]
                cs = norm_variants(src)[i].count(p)
                ce = norm_variants(ext)[i].count(p)
                if cs != 1 or ce != 1:
                    print(f"  FAIL source={cs} file={ce}: {kind}: {ph}")
                    bad += 1
                    break
        print(f"{gold['document']}: items={len(gold['items'])} questions={len(gold['questions'])} "
              f"resolutions={len(gold['resolutions'])} attendees={len(gold['attendees'])} "
              f"phrases={len(phrases)}")
    if bad:
        print(f"CHECK FAILED: {bad} problem(s)")
        sys.exit(1)
    print("CHECK PASSED")


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pairs = [
        (GOLD1, build_doc1()),
        (GOLD2, build_doc2()),
        (GOLD3, build_doc3()),
        (GOLD4, build_doc4()),
    ]
    for gold, _ in pairs:
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if "--check" in sys.argv:
        check(pairs)


if __name__ == "__main__":
    main()
