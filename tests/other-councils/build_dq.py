#!/usr/bin/env python3
"""Build the "dq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dq.py           build documents/dq-* and gold/dq-*.json
        build_dq.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, zipfile, io
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

PDF_NAME = "dq-wealdshire-ascph-scrutiny-2025-06-17.pdf"
DOCX_NAME = "dq-wealdshire-health-wellbeing-strategy.docx"

# ---------------------------------------------------------------- PDF content
# blocks: ("h", text) bold item heading; ("p", text) plain; ("i", text) italic answer;
# ("a", text) Agreed line; ("sub", text) bold sub-heading; ("n", text) one name per line
ATT = [
    ("sub", "Present"),
    ("n", "Councillor Margaret Hartley (Chairman)"),
    ("n", "Councillor Samuel Pryce (Vice-Chairman)"),
    ("n", "Councillor Linda Carrow"),
    ("n", "Councillor Peter Dawes (substitute for Councillor Fenwick)"),
    ("n", "Councillor Jonathan Meadows"),
    ("n", "Councillor Abena Osei"),
    ("n", "Mr David Okafor (Healthwatch Wealdshire, co-opted member, non-voting)"),
    ("sub", "In attendance"),
    ("n", "Councillor Ruth Ashdown – Cabinet Member for Adult Social Care and Public Health"),
    ("n", "Dr Helen Strand – Director of Public Health"),
    ("n", "Mark Ellery – Assistant Director, Commissioning and Market Management (Adults, Health and Housing)"),
    ("n", "Dr Kwame Boateng – Chief Operating Officer, Wealdshire and Downs NHS Foundation Trust"),
    ("n", "Sarah Lyle – Senior Democratic Services Officer"),
    ("sub", "Apologies"),
    ("n", "Councillor Graham Fenwick"),
    ("n", "Councillor Anne Tillotson"),
]

BODY = [
    ("h", "Item 1 – Apologies and Substitutions"),
    ("p", "Apologies for absence were received from Councillor Fenwick and Councillor Tillotson. "
          "Councillor Dawes attended as substitute for Councillor Fenwick."),
    ("h", "Item 2 – Declarations of Interest"),
    ("p", "Councillor Osei declared a non-pecuniary interest in Item 4 as a close family member is "
          "employed by a domiciliary care agency operating in the Wealdbridge district. She remained "
          "in the meeting and took part in the discussion."),
    ("h", "Item 3 – Minutes of the Meeting held on 22 April 2025"),
    ("a", "Agreed: That the minutes of the meeting held on 22 April 2025 be confirmed as a correct "
          "record and signed by the Chairman."),
    ("h", "Item 4 – Home Care Recommissioning: Zoned Model from April 2026"),
    ("p", "The Assistant Director, Commissioning and Market Management introduced the report, which "
          "set out the proposal to replace the current spot-purchasing arrangements with eleven "
          "geographical zones, each served by a lead provider and up to three secondary providers. "
          "The Cabinet Member explained that the model had been developed following engagement "
          "with providers over the winter and that Cabinet would take the decision in September."),
    ("p", "Cllr Hartley: Why has the number of people waiting for a home care package risen again "
          "since February, when the Committee was told the backlog was clearing?"),
    ("i", "The service has recruited 14 new providers to the framework since January and expects "
          "the waiting list to fall below 60 people by the end of September. The rise in the spring "
          "reflected two agencies handing back packages in the Marsh villages, where travel times are long."),
    ("p", "Cllr Osei: Concerned that the zoned contracts will squeeze out the small local agencies "
          "that employ carers living in the same villages as their clients. Several had told her they "
          "could not meet the insurance and IT requirements in the tender."),
    ("i", "Assistant Director (Commissioning) – Small providers can bid as part of a consortium, and "
          "two of the eleven lots have been reserved for organisations with fewer than fifty staff. "
          "Bidder events will be held in each district in July."),
    ("p", "Cllr Pryce: Could the council bring part of the home care service back in-house, as two "
          "neighbouring counties have done with reablement, rather than relying wholly on the market?"),
    ("i", "An options appraisal on an in-house reablement service will be brought to Cabinet in the "
          "autumn alongside the procurement decision."),
    ("p", "Cllr Dawes: What hourly rate will providers be paid, and does it allow them to pay their "
          "care workers at least the real living wage?"),
    ("i", "The proposed rate is £26.40 an hour, which includes an uplift intended to fund the real "
          "living wage for all care workers delivering council-funded visits. Compliance will be a "
          "contract condition and checked through open-book review."),
    ("p", "Cllr Carrow: Asked that the Committee see the outcome of the provider survey before the "
          "Cabinet decision is taken, including the comments from people who receive care at home."),
    ("i", "The survey results will be circulated to Members before the end of July."),
    ("a", "Agreed: That the Committee supports the principle of a zoned model for home care, subject "
          "to the reserved lots for small local providers being retained."),
    ("a", "Agreed: To recommend to Cabinet that the options appraisal for an in-house reablement "
          "service be considered before the home care contracts are awarded."),
    ("h", "Item 5 – Public Health Grant 2025/26 and Stop Smoking Services"),
    ("p", "The Director of Public Health presented the allocation of the 2025/26 public health grant of "
          "£38.2 million and an update on the stop smoking service, which had been brought back under "
          "direct council management in October 2024 after the previous provider withdrew."),
    ("p", "Cllr Meadows: How much of the public health grant is being used to backfill other council "
          "services that have lost their own funding?"),
    ("i", "Director of Public Health – The grant is ring-fenced and every allocation is tested against the "
          "grant conditions by internal audit each year. Spending on leisure and libraries is limited to "
          "programmes with a clear public health outcome, such as the exercise on referral scheme."),
    ("p", "Cllr Hartley: Concerned that vaping among secondary school pupils in Wealdshire is rising faster "
          "than the national average, and that disposable vapes are still sold near school gates."),
    ("i", "Trading Standards carried out 38 test purchases last year and six shops are now facing "
          "prosecution. A schools resource on vaping has been offered to every secondary school and "
          "twenty-two have taken it up."),
    ("p", "Cllr Osei: Can Members have the quit rates broken down by district, so that the gap in the "
          "most deprived areas can be tracked over time?"),
    ("i", "These will be circulated after the meeting together with the four-week quit figures for 2024/25."),
    ("p", "Cllr Pryce: Welcomed the return of the specialist smoking in pregnancy service at the "
          "Kingsbridge maternity unit and paid tribute to the midwives who had championed it."),
    ("p", "Cllr Carrow: Why did the previous provider withdraw, and what has the change cost the council?"),
    ("i", "Director of Public Health – The provider said the contract was no longer viable at the agreed "
          "price. Running the service directly has cost around £90,000 more a year, mostly in staff "
          "costs, but the number of people setting a quit date has risen by a third."),
    ("a", "Agreed: That the public health grant allocation and the stop smoking service update be noted."),
    ("h", "Item 6 – Mental Health Crisis Care"),
    ("p", "Dr Boateng, Chief Operating Officer of Wealdshire and Downs NHS Foundation Trust, gave a "
          "presentation on crisis services for adults, including the crisis house which opened in Ashworth "
          "in March and the 24-hour crisis line commissioned by the Integrated Care Board."),
    ("p", "Cllr Dawes: Why are people in a mental health crisis still waiting more than twelve hours in the "
          "emergency department at Wealdbridge General for a bed?"),
    ("i", "Chief Operating Officer – Long waits have fallen since the crisis house opened, and out-of-area "
          "placements have reduced from 31 to 9. The trust accepts that some waits are still unacceptable "
          "and is opening six further beds at Fernhill in November."),
    ("p", "Cllr Meadows: Concerned that the crisis line is run by a private company under a contract with "
          "the ICB, and that the Committee has no sight of how it performs."),
    ("i", "The crisis line contract was awarded by the ICB in 2023 following a competitive process and "
          "call answering times are reported monthly to the trust's quality committee. The figures can be "
          "shared with the Committee."),
    ("p", "Cllr Hartley: What vacancies remain in the community mental health teams, and how many posts are "
          "covered by agency nurses?"),
    ("i", "There are 22 vacant nursing posts across the county, and international recruitment should fill "
          "eleven of these by December. Agency use has halved over the past year."),
    ("p", "Mr Okafor: Said that people who had used the crisis line had told Healthwatch they were not given "
          "any information on how to complain or give feedback."),
    ("i", "The trust will work with Healthwatch Wealdshire to revise the leaflet given to people when they "
          "leave crisis services."),
    ("a", "Agreed: That the trust be asked to report back in six months on emergency department waiting times "
          "for people in a mental health crisis."),
    ("h", "Item 7 – Work Programme 2025/26"),
    ("p", "The Senior Democratic Services Officer presented the draft work programme. There was no discussion."),
    ("a", "Agreed: That the work programme be approved with the addition of an item on the refreshed "
          "carers' strategy in November."),
    ("p", "The meeting closed at 12.47 pm."),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Public Health Scrutiny Committee",
    "meeting_date": "2025-06-17",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Meeting held on 22 April 2025"},
        {"number": "4", "title": "Home Care Recommissioning: Zoned Model from April 2026"},
        {"number": "5", "title": "Public Health Grant 2025/26 and Stop Smoking Services"},
        {"number": "6", "title": "Mental Health Crisis Care"},
        {"number": "7", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "Why has the number of people waiting for a home care package risen",
         "asked_by": "Cllr Hartley",
         "answer": "expects the waiting list to fall below 60 people by the end of September",
         "given_by": None, "themes": ["adult-social-care", "subcontracting"]},
        {"item": "4", "kind": "concern",
         "text": "Concerned that the zoned contracts will squeeze out the small local agencies",
         "asked_by": "Cllr Osei",
         "answer": "Small providers can bid as part of a consortium",
         "given_by": "Assistant Director (Commissioning)",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "4", "kind": "question",
         "text": "Could the council bring part of the home care service back in-house",
         "asked_by": "Cllr Pryce",
         "answer": "An options appraisal on an in-house reablement service will be brought to Cabinet",
         "given_by": None, "themes": ["adult-social-care", "privatisation"]},
        {"item": "4", "kind": "question",
         "text": "What hourly rate will providers be paid, and does it allow them",
         "asked_by": "Cllr Dawes",
         "answer": "The proposed rate is £26.40 an hour, which includes an uplift",
         "given_by": None, "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "4", "kind": "request",
         "text": "Asked that the Committee see the outcome of the provider survey",
         "asked_by": "Cllr Carrow",
         "answer": "The survey results will be circulated to Members before the end of July",
         "given_by": None, "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "How much of the public health grant is being used to backfill",
         "asked_by": "Cllr Meadows",
         "answer": "The grant is ring-fenced and every allocation is tested against the grant conditions",
         "given_by": "Director of Public Health", "themes": ["public-health", "finance"]},
        {"item": "5", "kind": "concern",
         "text": "Concerned that vaping among secondary school pupils in Wealdshire is rising faster",
         "asked_by": "Cllr Hartley",
         "answer": "Trading Standards carried out 38 test purchases last year",
         "given_by": None, "themes": ["public-health", "children-and-families"]},
        {"item": "5", "kind": "request",
         "text": "Can Members have the quit rates broken down by district",
         "asked_by": "Cllr Osei",
         "answer": "These will be circulated after the meeting together with the four-week quit figures",
         "given_by": None, "themes": ["public-health"]},
        {"item": "5", "kind": "comment",
         "text": "Welcomed the return of the specialist smoking in pregnancy service",
         "asked_by": "Cllr Pryce", "answer": None, "given_by": None,
         "themes": ["public-health", "workforce"]},
        {"item": "5", "kind": "question",
         "text": "Why did the previous provider withdraw, and what has the change cost",
         "asked_by": "Cllr Carrow",
         "answer": "The provider said the contract was no longer viable at the agreed price",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "subcontracting", "finance", "privatisation"]},
        {"item": "6", "kind": "question",
         "text": "Why are people in a mental health crisis still waiting more than twelve hours",
         "asked_by": "Cllr Dawes",
         "answer": "Long waits have fallen since the crisis house opened",
         "given_by": "Chief Operating Officer", "themes": ["mental-health"]},
        {"item": "6", "kind": "concern",
         "text": "Concerned that the crisis line is run by a private company under a contract",
         "asked_by": "Cllr Meadows",
         "answer": "The crisis line contract was awarded by the ICB in 2023",
         "given_by": None,
         "themes": ["mental-health", "privatisation", "subcontracting", "governance"]},
        {"item": "6", "kind": "question",
         "text": "What vacancies remain in the community mental health teams",
         "asked_by": "Cllr Hartley",
         "answer": "There are 22 vacant nursing posts across the county",
         "given_by": None, "themes": ["mental-health", "workforce"]},
        {"item": "6", "kind": "comment",
         "text": "people who had used the crisis line had told Healthwatch they were not given",
         "asked_by": "Mr Okafor",
         "answer": "The trust will work with Healthwatch Wealdshire to revise the leaflet",
         "given_by": None, "themes": ["mental-health", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 22 April 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the Committee supports the principle of a zoned model for home care",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "4", "text": "To recommend to Cabinet that the options appraisal for an in-house reablement",
         "outcome": "recommended", "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "5", "text": "the public health grant allocation and the stop smoking service update be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "6", "text": "the trust be asked to report back in six months on emergency department",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "7", "text": "the work programme be approved with the addition of an item",
         "outcome": "agreed", "themes": ["adult-social-care", "governance"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Hartley", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Samuel Pryce", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Linda Carrow", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Dawes", "role": "substitute for Councillor Fenwick", "attendance": "present"},
        {"name": "Councillor Jonathan Meadows", "role": None, "attendance": "present"},
        {"name": "Councillor Abena Osei", "role": None, "attendance": "present"},
        {"name": "Mr David Okafor", "role": "Healthwatch Wealdshire, co-opted member, non-voting", "attendance": "present"},
        {"name": "Councillor Ruth Ashdown", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
        {"name": "Dr Helen Strand", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Assistant Director, Commissioning and Market Management (Adults, Health and Housing)", "attendance": "in_attendance"},
        {"name": "Dr Kwame Boateng", "role": "Chief Operating Officer, Wealdshire and Downs NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Sarah Lyle", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Graham Fenwick", "role": None, "attendance": "apologies"},
        {"name": "Councillor Anne Tillotson", "role": None, "attendance": "apologies"},
    ],
}

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "report",
    "themes": ["public-health", "mental-health", "children-and-families", "housing",
               "integration", "patient-and-public-input", "governance"],
    "items": [], "questions": [], "resolutions": [], "attendees": [],
}

# --------------------------------------------------------------- helpers
def soft_hyphenate(text):
    """Insert a soft hyphen in long words so fpdf2 can break them at line ends."""
    def fix(m):
        w = m.group(0)
        for suf in ("ation", "ment", "ing", "ity", "ance", "ence", "ised", "ably"):
            if w.endswith(suf) and len(w) - len(suf) >= 5:
                return w[:-len(suf)] + SHY + w[-len(suf):]
        V = "aeiouy"
        mid = len(w) // 2
        for k in sorted(range(4, len(w) - 3), key=lambda k: abs(k - mid)):
            if (w[k - 1] not in V and w[k] not in V
                    and w[k - 1:k + 1].lower() not in ("ch", "sh", "th", "ck", "ph", "gh", "ng")):
                return w[:k] + SHY + w[k:]
        return w
    return re.sub(r"[A-Za-z]{10,}", fix, text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_source_text():
    parts = [h for h in HEADER_LINES] + [t for _, t in ATT] + [t for _, t in BODY]
    return "\n".join(parts)


HEADER_LINES = ["Wealdshire County Council",
                "Adult Social Care and Public Health Scrutiny Committee",
                "Minutes of the meeting held on Tuesday 17 June 2025 at 10.00 am in the Council "
                "Chamber, County Hall, Wealdbridge"]


# --------------------------------------------------------------- PDF build
def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Wealdshire County Council", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Adult Social Care and Public Health Scrutiny Committee – 17 June 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Page {self.page_no()}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chairman's initials ..............", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(datetime(2025, 6, 24, 9, 30, tzinfo=timezone.utc))
    pdf.set_title("Minutes - Adult Social Care and Public Health Scrutiny Committee - 17 June 2025")
    pdf.set_author("Democratic Services")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(0, 7, HEADER_LINES[0].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, HEADER_LINES[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 5, HEADER_LINES[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in ATT:
        if kind == "sub":
            pdf.ln(2)
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "i":
            pdf.set_font("DV", "I", 9.5)
            pdf.multi_cell(0, 5, soft_hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "a":
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, soft_hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, soft_hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("DV", "", 9.5)
    pdf.cell(0, 5, "Chairman ..........................................   Date ....................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# --------------------------------------------------------------- DOCX build
def build_docx(path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    cp = d.core_properties
    cp.author = "Wealdshire Public Health"
    cp.title = "Joint Local Health and Wellbeing Strategy 2025–2030: Summary"
    cp.created = datetime(2025, 3, 12, 10, 0)
    cp.modified = datetime(2025, 3, 12, 10, 0)
    cp.last_modified_by = "Wealdshire Public Health"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    t = d.add_paragraph()
    r = t.add_run("Wealdshire Health and Wellbeing Board")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_heading("Joint Local Health and Wellbeing Strategy 2025–2030", level=0)
    d.add_paragraph("Summary version – March 2025").italic = True
    p = d.add_paragraph(
        "This is a short summary of Wealdshire's Joint Local Health and Wellbeing Strategy for 2025 to 2030. "
        "The full strategy, the evidence pack drawn from the Joint Strategic Needs Assessment and the "
        "engagement report are available on the county council website. The strategy was agreed by the "
        "Health and Wellbeing Board on 6 March 2025 and has been shaped by more than 2,300 responses from "
        "residents, community groups and people with lived experience of the issues it covers.")
    d.add_heading("Our vision", level=1)
    d.add_paragraph("Everyone in Wealdshire starts well, lives well and ages well, and the gap in healthy life "
                    "expectancy between our most and least deprived neighbourhoods narrows every year.")
    d.add_heading("Why we need a strategy", level=1)
    for b in [
        "Healthy life expectancy for women in the most deprived tenth of the county is 14 years lower than in the least deprived tenth.",
        "One in four adults in the coastal districts smokes, compared with one in nine across the county as a whole.",
        "Referrals of children and young people to emotional wellbeing services have doubled since 2019.",
        "The number of households in temporary accommodation has risen by 40 per cent in three years.",
    ]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("Our four priorities", level=1)
    pri = [
        ("Priority 1: Best start in life",
         "Every child should be ready for school and supported through their early years. We will expand "
         "family hubs into every district, increase uptake of childhood immunisations and make sure that "
         "children with special educational needs are identified early.",
         ["More children achieve a good level of development at age five.",
          "Uptake of the second dose of MMR reaches 95 per cent.",
          "Fewer children are admitted to hospital for dental extractions."]),
        ("Priority 2: Good mental health for all",
         "We will promote emotional wellbeing in schools, workplaces and communities, improve access to "
         "talking therapies and deliver the Wealdshire suicide prevention plan with our partners.",
         ["People can get support for their mental health without being passed between services.",
          "The suicide rate falls towards the England average.",
          "Every secondary school has a trained mental health lead."]),
        ("Priority 3: Healthy places and homes",
         "Where we live shapes our health. We will work with district councils to reduce cold, damp homes, "
         "prevent homelessness and plan new developments that make walking and cycling the easy choice.",
         ["Fewer households live in temporary accommodation.",
          "More homes reach a decent standard of energy efficiency.",
          "More residents are physically active for at least 150 minutes a week."]),
        ("Priority 4: Living and ageing well",
         "We will help people to stop smoking, drink less alcohol and keep a healthy weight, and we will "
         "join up health and social care around older people so that they can stay independent at home "
         "for longer.",
         ["Smoking prevalence falls to 8 per cent by 2030.",
          "Fewer people are admitted to hospital after a fall.",
          "More people return home from hospital without a long-term care package."]),
    ]
    for title, text, success in pri:
        d.add_heading(title, level=2)
        d.add_paragraph(text)
        sp = d.add_paragraph()
        sp.add_run("What success looks like").bold = True
        for s in success:
            d.add_paragraph(s, style="List Bullet")

    d.add_heading("How we will measure progress", level=1)
    d.add_paragraph("The Board will track a small set of headline indicators. Baselines are the latest "
                    "published figures; targets are for 2030.")
    rows = [
        ("Indicator", "Baseline", "2030 ambition", "Source"),
        ("Gap in healthy life expectancy (women), years", "14.0 (2019–21)", "11.0", "OHID"),
        ("Children with a good level of development at age 5", "64% (2023/24)", "70%", "DfE"),
        ("MMR2 uptake at age 5", "88.6% (2023/24)", "95%", "UKHSA"),
        ("Adult smoking prevalence", "12.1% (2023)", "8%", "APS"),
        ("Suicide rate per 100,000", "11.4 (2021–23)", "9.9", "OHID"),
        ("Households in temporary accommodation per 1,000", "2.9 (Mar 2024)", "2.0", "DLUHC"),
        ("Emergency admissions for falls, 65+, per 100,000", "2,210 (2023/24)", "1,900", "OHID"),
    ]
    tbl = d.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.text = val
            if i == 0:
                c.paragraphs[0].runs[0].bold = True

    d.add_heading("Governance and delivery", level=1)
    d.add_paragraph(
        "The Health and Wellbeing Board owns the strategy and will receive a progress report on one priority "
        "at each meeting, so that every priority is reviewed at least once a year. Delivery is overseen by "
        "the Wealdshire Place Partnership, which brings together the county council, the district councils, "
        "the Integrated Care Board, NHS trusts, Healthwatch Wealdshire and the voluntary and community sector. "
        "The strategy sits alongside the integrated care strategy for Wealdshire and the Downs, and the Board "
        "will check that the integrated care board's joint forward plan reflects these priorities.")
    d.add_paragraph(
        "The Adult Social Care and Public Health Scrutiny Committee and the Children and Young People "
        "Scrutiny Committee may review progress on any priority as part of their work programmes. An annual "
        "report will be published each summer.")
    d.add_heading("Get involved", level=1)
    d.add_paragraph(
        "We want to keep hearing from residents as the strategy is delivered. You can join the Wealdshire "
        "Health Panel, respond to our annual survey or contact Healthwatch Wealdshire to share your "
        "experience of local services.")
    f = d.sections[0].footer.paragraphs[0]
    f.text = "Wealdshire Joint Local Health and Wellbeing Strategy 2025–2030 – Summary"
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER

    buf = io.BytesIO()
    d.save(buf)
    # rewrite zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------- check
def check():
    ok = True
    src = norm(pdf_source_text())
    g = json.load(open(os.path.join(GOLD, PDF_NAME.rsplit(".", 1)[0] + ".json")))
    phrases = []
    for q in g["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in g["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        c = src.count(norm(ph))
        if c != 1 or not 6 <= n <= 15:
            ok = False
            print(f"FAIL {kind}: count={c} words={n}: {ph}")
    # also verify against text extracted from the built PDF (soft hyphens rejoined)
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        raw = "\n".join(p.extract_text() or "" for p in pdf.pages)
    raw = re.sub(r"-\n", "", raw)
    ext = norm(raw)
    for kind, ph in phrases:
        if norm(ph) not in ext:
            print(f"note: not found in extracted PDF text (layout): {ph}")
    g2 = json.load(open(os.path.join(GOLD, DOCX_NAME.rsplit(".", 1)[0] + ".json")))
    if g2["questions"] or g2["resolutions"]:
        ok = False
        print("FAIL: report has questions/resolutions")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for name, g in [(PDF_NAME, PDF_GOLD), (DOCX_NAME, DOCX_GOLD)]:
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("built")


if __name__ == "__main__":
    main()
