#!/usr/bin/env python3
"""Build the "mw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mw.py           build documents/mw-* and gold/mw-*.json
        build_mw.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "mw-brackwood-oet-jhosc-2025-01-21.pdf"
LETTER_NAME = "mw-brackwood-jhosc-chairman-letter-icb-recovery-plan.docx"

COMMITTEE = "Outer East Thames Joint Health Overview & Scrutiny Committee"
MEETING_DATE = "2025-01-21"
FIXED = dt.datetime(2025, 1, 28, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE_COUNCILLORS = [
    ("London Borough of Ashmarsh & Dene", "Paulette Okonjo and Ravinder Sahota"),
    ("London Borough of Brackwood", "Maureen Tyler (Chairman) and Keith Darville"),
    ("London Borough of Fairmead", "Tariq Mahmood (Vice-Chairman) and Olu Adeyemi"),
    ("London Borough of Leyhurst", "Shona McAllister"),
]

CO_OPTED = [
    "Frank Holloway, Healthwatch Brackwood",
    "Annette Sorrell, Healthwatch Ashmarsh & Dene",
]

ALSO_PRESENT = [
    "Councillor Jenny Castellano, Cabinet Member for Adults and Health, "
    "London Borough of Brackwood",
]

HEALTH_OFFICERS = [
    ("East Thames Integrated Care Board (ICB)", [
        "Dr Nikhil Varma, Chief Medical Officer",
        "Joanne Pritchard, Chief Finance and Performance Officer",
        "Martin Oduya, Director of Primary Care",
    ]),
    ("Brackwood, Ashmarsh and Fairmead University Hospitals NHS Trust (BAFUHT)", [
        "Kerry Mansfield, Chief Operating Officer",
        "Adaeze Nwosu, Chief Nursing Officer",
    ]),
    ("East Thames Community Health NHS Foundation Trust (ETCH)", [
        "Dr Lorna Fitzgerald, Associate Medical Director, Adult Mental Health",
        "Stephen Crowe, Integrated Care Director, Brackwood and Fairmead",
    ]),
]

COUNCIL_OFFICERS = [
    "Alan Tremlett, Principal Democratic Services Officer, London Borough of Brackwood",
]

# Each item: (number, title, [paragraphs]). A paragraph is a str, or a tuple
# ("list", [entries]) for a numbered list under the previous paragraph.
ITEMS = [
    ("16", "CHAIRMAN'S ANNOUNCEMENTS", [
        "The Chairman gave details of the arrangements in case of fire or other event "
        "that might require the evacuation of the meeting room or building.",
        "The Chairman welcomed Councillor Olu Adeyemi, who was attending his first "
        "meeting of the Joint Committee, and Adaeze Nwosu, who had recently been "
        "appointed as Chief Nursing Officer at BAFUHT.",
    ]),
    ("17", "APOLOGIES FOR ABSENCE AND ANNOUNCEMENT OF SUBSTITUTE MEMBERS", [
        "Apologies were received from Councillor Priya Nandra (Fairmead, Councillor "
        "Olu Adeyemi substituting), Councillor Daniel Okafor (Leyhurst) and Councillor "
        "Graham Pettifer (Chelmere County Council). Apologies were also received from "
        "Elaine Drury (Healthwatch Fairmead).",
        "Councillor Sahota was present via videoconference.",
    ]),
    ("18", "DISCLOSURE OF INTERESTS", [
        "Councillor Keith Darville disclosed a non-pecuniary interest in agenda item 5 "
        "(Urgent and Emergency Care) as a member of his family was employed at "
        "St Aldhelm's Hospital. He remained in the room and took part in the "
        "discussion of the item.",
        "There were no other disclosures of interest.",
    ]),
    ("19", "MINUTES OF PREVIOUS MEETING", [
        "The minutes of the meeting of the Joint Committee held on 15 October 2024 "
        "were agreed as a correct record and signed by the Chairman.",
        "With reference to minute 11 of that meeting, the Chairman asked whether the "
        "ICB had provided the data on waiting times for wheelchair services that the "
        "Joint Committee had requested. The clerk advised that this information had "
        "been circulated to all members of the Joint Committee by email on "
        "4 December 2024.",
    ]),
    ("20", "URGENT AND EMERGENCY CARE - WINTER UPDATE", [
        "The Chief Operating Officer of BAFUHT explained that the Trust's two "
        "emergency departments, at St Aldhelm's Hospital in Coldhurst and Kingsmoor "
        "Hospital in Fairmead, had experienced very high demand over the Christmas and "
        "New Year period. Attendances in December 2024 had been 7% higher than in "
        "December 2023 and the Trust had declared a critical incident on 2 January "
        "2025, which had been stood down after 36 hours. Performance against the four "
        "hour standard had been 71.4% in December against a national target of 78% "
        "by March 2025. Ambulance handover times had improved, with an average "
        "handover of 38 minutes compared to 52 minutes the previous winter, in part "
        "due to the opening of a new ambulance receiving area at St Aldhelm's "
        "Hospital in November.",
        "The Chief Operating Officer added that the main pressure on the hospitals "
        "remained the number of patients who were medically fit for discharge but who "
        "remained in a hospital bed. On an average day in December there had been "
        "around 140 such patients across the two sites, the majority of whom were "
        "waiting for a package of care at home or for a placement in a care home.",
        "A Member asked what proportion of patients were being cared for in corridors "
        "or other temporary escalation spaces. The Chief Nursing Officer explained "
        "that the Trust did not regard corridor care as acceptable but that, at the "
        "peak of demand, up to 35 patients at a time had been cared for in temporary "
        "escalation spaces across the two hospitals. Each of these patients had a "
        "named nurse and was checked at least hourly, and every such instance was "
        "reported to the ICB.",
        "Councillor Sahota expressed concern that elderly residents of Ashmarsh & "
        "Dene were waiting more than 12 hours on trolleys before being admitted to a "
        "ward. The Chief Operating Officer accepted that waits of this length were not "
        "acceptable and advised that the number of patients waiting more than 12 hours "
        "from arrival had fallen from 1,840 in January 2024 to 1,210 in December 2024. "
        "The Trust was working with the ambulance service and with GPs so that more "
        "frail older people could be assessed in the same day emergency care unit "
        "without the need for an admission.",
        "Responding to a question about delayed discharges, the Integrated Care "
        "Director explained that the four boroughs, the ICB and the trusts had used "
        "the Better Care Fund to jointly commission 48 discharge to assess beds, 30 of "
        "which were provided by an independent care home operator at Meadowbank Lodge "
        "in Leyhurst. The discharge hub now brought together hospital, community "
        "health and social care staff in a single team working seven days a week, and "
        "the number of patients discharged at weekends had almost doubled since "
        "September.",
        "The Vice-Chairman questioned whether the discharge to assess beds represented "
        "value for money, given that some patients had stayed in them for more than "
        "six weeks. The Cabinet Member for Adults and Health for Brackwood stated that "
        "the average length of stay was 23 days and that the contract with the "
        "provider was being reviewed jointly by the four councils and the ICB ahead of "
        "its renewal in September 2025.",
        "The Chairman asked how many nursing posts remained vacant at the Trust and "
        "what reliance there was on agency staff. The Chief Nursing Officer confirmed "
        "that the registered nurse vacancy rate had fallen to 6.8% following "
        "international recruitment and the recruitment of newly qualified nurses from "
        "local universities. Spending on agency nurses had reduced by 40% over the "
        "year and the Trust no longer used agencies that were outside the national "
        "framework.",
        "In response to a question about flu vaccination rates among staff, the Chief "
        "Medical Officer of the ICB said that uptake among frontline hospital staff "
        "had been 41%, lower than in previous years, and that peer vaccinators had "
        "visited every ward and department during the autumn.",
        "Councillor McAllister felt that residents were still not clear where to go "
        "for urgent care when it was not an emergency and suggested that the four "
        "boroughs and the NHS should run a single communications campaign on the "
        "alternatives to A&E, such as community pharmacies and urgent treatment "
        "centres.",
        "The Joint Committee noted the update and AGREED that BAFUHT should provide, "
        "for its next meeting, figures on the number of patients who had waited more "
        "than 12 hours in the emergency departments, broken down by borough of "
        "residence.",
    ]),
    ("21", "EAST THAMES ICB - FINANCIAL POSITION AND RECOVERY PLAN 2024/25", [
        "The Chief Finance and Performance Officer of the ICB explained that the East "
        "Thames health system, comprising the ICB, BAFUHT and ETCH, was forecasting a "
        "deficit of \u00a338.2 million for 2024/25, against a planned deficit of "
        "\u00a321 million. The main causes of the overspend were the continued use of "
        "temporary staffing, the cost of prescribing, the growing cost of continuing "
        "healthcare packages and the impact of industrial action earlier in the year. "
        "A system recovery plan had been agreed with NHS England in November 2024 "
        "which aimed to deliver savings of \u00a364 million over two years. The ICB "
        "had also been told by NHS England to reduce its own running costs by 50% by "
        "the end of 2025/26, and a consultation with ICB staff on a new structure "
        "would begin in February 2025.",
        "Members were concerned that the savings would fall disproportionately on "
        "community and mental health services, which had historically received a "
        "smaller share of funding in outer east Thames than in other parts of London. "
        "The Chief Finance and Performance Officer stated that the ICB would continue "
        "to meet the mental health investment standard in 2025/26 and that no "
        "reductions were planned in the funding of community nursing or health "
        "visiting.",
        "A co-opted Member from Healthwatch Brackwood asked whether residents would be "
        "consulted on any service changes arising from the recovery plan. It was "
        "confirmed that any proposal which amounted to a substantial variation in "
        "services would be brought to the Joint Committee and that formal public "
        "consultation would take place where this was required.",
        "Councillor Adeyemi questioned the increasing use of private sector providers "
        "for elective procedures such as cataract and hip operations, and asked how "
        "much of the ICB's budget was now spent with independent providers. The Chief "
        "Finance and Performance Officer explained that independent sector providers "
        "were paid at the same tariff as NHS hospitals and were used to reduce waiting "
        "lists. Around 6% of the acute budget was spent with the independent sector "
        "and the ICB would provide a breakdown of this expenditure after the meeting.",
        "In response to a question about the effect of the reduction in running "
        "costs, the Chief Finance and Performance Officer advised that this would mean "
        "the loss of around 170 posts across the ICB, and that functions such as "
        "continuing healthcare assessments were likely to be shared with neighbouring "
        "ICBs in future.",
        "Councillor Okonjo commented that the deficit had been building for several "
        "years and that the Joint Committee had not been given a clear picture of the "
        "system's finances until the position had become serious.",
        "The Joint Committee NOTED the report and AGREED that the Chairman should "
        "write on its behalf to the Chief Executive of the ICB seeking an assurance "
        "that any changes to services arising from the recovery plan would be brought "
        "to the Joint Committee before a decision was taken.",
    ]),
    ("22", "MENTAL HEALTH CRISIS CARE", [
        "The Associate Medical Director for Adult Mental Health at ETCH gave a "
        "presentation on crisis services for adults across the four boroughs. A 24 "
        "hour mental health crisis line had operated through NHS 111 since April 2024 "
        "and was receiving around 3,900 calls a month. A crisis caf\u00e9 had opened in "
        "Fairmead in October 2024, run in partnership with a local mental health "
        "charity, and a second caf\u00e9 was planned for Ashmarsh & Dene. The section "
        "136 suite at Kingsmoor Hospital had been refurbished and now had three rooms, "
        "although it was still not uncommon for people detained by the police to wait "
        "in the emergency department while a suitable place was found.",
        "Councillor Okonjo asked how long people who attended the emergency department "
        "in a mental health crisis were waiting for a mental health bed. The Associate "
        "Medical Director advised that the average wait from a decision to admit had "
        "reduced to around 19 hours, but a small number of patients had waited more "
        "than 48 hours in December. These cases were reviewed individually and "
        "reported to the ICB's quality committee.",
        "Concern was expressed at the number of residents being placed in mental "
        "health beds outside the area, in some cases more than a hundred miles from "
        "home. Officers explained that out of area placements had fallen from 41 in "
        "April 2024 to 17 at the end of December, and that the aim was to end "
        "inappropriate out of area placements by the end of 2025.",
        "A Member queried whether the crisis line could be used by residents whose "
        "first language was not English. It was confirmed that a telephone "
        "interpreting service was available in more than 200 languages and that "
        "leaflets on the crisis line had been translated into the eight languages "
        "most commonly spoken in the area.",
        "The Vice-Chairman asked about waiting times for children and young people "
        "needing mental health support. The Integrated Care Director responded that "
        "the median wait for a first CAMHS appointment was now 11 weeks, but that some "
        "young people waiting for an autism or ADHD assessment had waited for over two "
        "years. Mental health support teams now covered 62% of schools in the four "
        "boroughs.",
        "Councillor Tyler asked what support was given to patients who were ready to "
        "leave a mental health ward but had nowhere to live. The Associate Medical "
        "Director explained that a housing officer from each borough now attended the "
        "weekly discharge meeting and that ETCH had funded 12 units of step-down "
        "supported accommodation in partnership with a housing association.",
        "Members noted that the presentation did not include any information on the "
        "experience of people who had used crisis services and requested that future "
        "reports include feedback from service users and carers.",
        "The Joint Committee noted the presentation and thanked officers for their "
        "attendance.",
    ]),
    ("23", "ACCESS TO PRIMARY CARE AND NHS DENTISTRY", [
        "The Director of Primary Care explained that GP practices in the four boroughs "
        "had provided 4.1 million appointments in the year to November 2024, an "
        "increase of 9% on the previous year, and that 44% of appointments took place "
        "on the same day that they were booked. All but three practices had moved to "
        "cloud-based telephone systems which allowed callers to be told their place in "
        "the queue or to request a call back. The Pharmacy First service was being "
        "provided by 168 of the 181 community pharmacies in the area. On dentistry, "
        "the Director explained that the ICB had taken on responsibility for "
        "commissioning dental services from NHS England in April 2023 and that the "
        "national dental contract made it difficult to attract dentists to provide NHS "
        "care. The ICB had commissioned 14,000 additional urgent dental appointments "
        "in 2024/25.",
        "Councillor Darville stated that residents continued to report great "
        "difficulty in getting through to their GP practice by telephone at 8.00 am. "
        "The Director of Primary Care accepted that experience varied between "
        "practices and explained that the ICB was working with the practices with the "
        "lowest patient survey scores to improve their telephone systems and to offer "
        "more online consultations.",
        "A Member asked how many dental practices in the area were currently "
        "accepting new adult NHS patients. The Director of Primary Care advised that "
        "only 11 of the 96 dental practices were accepting new adult patients, "
        "although all practices would see children.",
        "Annette Sorrell, Healthwatch Ashmarsh & Dene, commented that a Healthwatch "
        "survey of over 600 residents had found that a third of respondents had given "
        "up trying to see an NHS dentist and that some were travelling abroad for "
        "treatment. The Director of Primary Care thanked Healthwatch for this work and "
        "stated that the findings had informed the ICB's dental recovery plan.",
        "Councillor Sahota asked whether recent pharmacy closures in her ward would "
        "affect the Pharmacy First service. The Director of Primary Care explained "
        "that four pharmacies had closed in the area during 2024, but that the "
        "pharmaceutical needs assessments prepared by each borough had concluded that "
        "there was still sufficient provision.",
        "Members requested that a list of dental practices accepting new NHS patients "
        "be circulated to all councillors in the four boroughs.",
        "The Joint Committee AGREED:",
        ("list", [
            "To note the update.",
            "That the ICB be asked to bring the results of the 2025 GP Patient Survey "
            "for each borough to a future meeting.",
        ]),
    ]),
    ("24", "JOINT COMMITTEE'S WORK PROGRAMME", [
        "The Joint Committee considered its work programme for the remainder of the "
        "2024/25 municipal year and possible topics for 2025/26.",
        "Councillor McAllister suggested that the Joint Committee should examine the "
        "proposed transfer of stroke rehabilitation beds from Kingsmoor Hospital to a "
        "community site in Leyhurst. The Chief Medical Officer advised that engagement "
        "on the proposal would not begin until the summer and that it would be "
        "appropriate for the Joint Committee to consider it at its meeting in July "
        "2025.",
        "The clerk reminded Members that an update on the new community diagnostic "
        "centre at Fairmead, requested at the previous meeting, would be taken at the "
        "April meeting.",
        "The work programme was agreed, subject to the addition of the stroke "
        "rehabilitation proposal for the July 2025 meeting.",
        "The next meeting of the Joint Committee will be held on Tuesday 15 April 2025 "
        "at 4.00 pm at Fairmead Civic Centre.",
    ]),
    ("25", "URGENT BUSINESS", [
        "There was no urgent business.",
    ]),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 9)
                self.set_xy(self.l_margin, 10)
                self.cell(0, 5, f"{COMMITTEE}, 21 January 2025", align="L")
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 10)
            self.cell(0, 6, f"{self.page_no()}M", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {COMMITTEE} - 21 January 2025")
    pdf.set_author("London Borough of Brackwood")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Brackwood Democratic Services")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    width = pdf.w - pdf.l_margin - pdf.r_margin
    indent = 14  # titles and minutes hang to the right of the number

    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(width, 6, "MINUTES OF A MEETING OF THE", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(width, 6, "OUTER EAST THAMES JOINT HEALTH OVERVIEW & SCRUTINY "
                   "COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(width, 6, "Council Chamber - Brackwood Town Hall, Main Road, "
                   "Coldhurst", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(width, 6, "21 January 2025 (4.00  - 6.25 pm)", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def label(text):
        pdf.set_font("Sans", "B", 10.5)
        pdf.multi_cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10.5)

    label("Present:")
    pdf.ln(1)
    label("COUNCILLORS")
    col = 78
    for council, names in ATTENDANCE_COUNCILLORS:
        y = pdf.get_y()
        pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(col, 5.5, council, align="L", new_x="RIGHT", new_y="TOP")
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + col, y)
        pdf.multi_cell(width - col, 5.5, names, align="L", new_x="LMARGIN",
                       new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 5.5) + 1.5)
    pdf.ln(2)

    label("Co-opted Members:")
    for line in CO_OPTED:
        pdf.multi_cell(width, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    label("Also present:")
    for line in ALSO_PRESENT:
        pdf.multi_cell(width, 5.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    label("Health officers present:")
    for org, people in HEALTH_OFFICERS:
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width, 5.5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10.5)
        for p in people:
            pdf.multi_cell(width, 5.5, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1)
    label("Council officer present:")
    for line in COUNCIL_OFFICERS:
        pdf.multi_cell(width, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(width, 5.5, "Two members of the public were also present.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(width, 5.5, "All decisions were taken with no votes against.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    body_w = width - indent
    for number, title, paras in ITEMS:
        # keep a title with at least its first lines
        if pdf.get_y() > pdf.h - pdf.b_margin - 24:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, 6, number)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(body_w, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Sans", "", 10.5)
        for para in paras:
            if isinstance(para, tuple):
                for i, entry in enumerate(para[1], 1):
                    y = pdf.get_y()
                    pdf.set_x(pdf.l_margin + indent)
                    pdf.cell(8, 5.5, f"{i}.")
                    pdf.set_xy(pdf.l_margin + indent + 8, y)
                    pdf.multi_cell(body_w - 8, 5.5, entry, new_x="LMARGIN",
                                   new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(1.5)
                continue
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(body_w, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.ln(3)

    if pdf.get_y() > pdf.h - pdf.b_margin - 30:
        pdf.add_page()
    pdf.ln(14)
    pdf.set_x(pdf.w - pdf.r_margin - 70)
    pdf.cell(70, 6, "_" * 28, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.w - pdf.r_margin - 70)
    pdf.cell(70, 6, "Chairman", align="C", new_x="LMARGIN", new_y="NEXT")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The document that is not minutes: the Chairman's letter to the ICB
# ---------------------------------------------------------------------------

LETTER_PARAS = [
    "Dear Ms Ingham,",
    "East Thames health system financial recovery plan",
    "I am writing on behalf of the Outer East Thames Joint Health Overview & Scrutiny "
    "Committee, which met at Brackwood Town Hall on 21 January 2025 and received a "
    "report from your Chief Finance and Performance Officer on the financial position "
    "of the East Thames health system and the recovery plan agreed with NHS England.",
    "Members of the Joint Committee were grateful to Joanne Pritchard and Dr Nikhil "
    "Varma for their attendance and for the open way in which they answered questions. "
    "However, the Joint Committee remains concerned that a forecast deficit of "
    "\u00a338.2 million, and savings of \u00a364 million over two years, will put "
    "pressure on services which residents of our four boroughs rely on, in particular "
    "community health and mental health services.",
    "The Joint Committee agreed that I should write to you to seek your assurance that "
    "any changes to services arising from the recovery plan will be brought to the "
    "Joint Committee before any decision is taken, so that Members can consider "
    "whether a change amounts to a substantial variation and whether formal public "
    "consultation is required.",
    "I would also be grateful if you could respond to the following questions, which "
    "were raised at the meeting and which we were told would be answered in writing:",
]

LETTER_QUESTIONS = [
    "How much did the ICB spend with independent sector providers in 2023/24 and in "
    "the first nine months of 2024/25, and for which procedures?",
    "Which functions of the ICB are expected to be shared with neighbouring ICBs as a "
    "result of the reduction in running costs, and when will decisions on this be "
    "made?",
    "How will the ICB make sure that the views of patients and carers are heard before "
    "any proposals in the recovery plan are finalised?",
    "Will the mental health investment standard be met in each of the four boroughs, "
    "and not only across the ICB as a whole?",
]

LETTER_CLOSE = [
    "I would be grateful for a response by 28 February 2025, so that it can be "
    "reported to the Joint Committee's next meeting on 15 April 2025. A copy of this "
    "letter has been sent to the Chief Executives of BAFUHT and ETCH and to the "
    "Directors of Adult Social Care of the four boroughs.",
    "Yours sincerely,",
]


def _fix_zip(data: bytes) -> bytes:
    """Rewrite a zip package with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 28, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_letter_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    cp = d.core_properties
    cp.author = "Alan Tremlett"
    cp.last_modified_by = "Alan Tremlett"
    cp.title = "Letter to ICB Chief Executive - recovery plan"
    cp.created = dt.datetime(2025, 1, 28, 9, 30, 0)
    cp.modified = dt.datetime(2025, 1, 28, 9, 30, 0)
    cp.revision = 1

    head = d.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = head.add_run("London Borough of Brackwood")
    r.bold = True
    head.add_run("\nDemocratic Services\nBrackwood Town Hall\nMain Road\nColdhurst")

    table = d.add_table(rows=4, cols=2)
    rows = [
        ("Please ask for:", "Alan Tremlett"),
        ("Telephone:", "020 8000 4417"),
        ("Our ref:", "OETJHOSC/AT/0125"),
        ("Date:", "28 January 2025"),
    ]
    for (a, b), row in zip(rows, table.rows):
        row.cells[0].text = a
        row.cells[1].text = b

    d.add_paragraph()
    d.add_paragraph(
        "Ms Rachel Ingham\nChief Executive\nEast Thames Integrated Care Board\n"
        "Riverside House\nColdhurst"
    )
    d.add_paragraph("By email")

    for i, text in enumerate(LETTER_PARAS):
        p = d.add_paragraph()
        run = p.add_run(text)
        if i == 1:
            run.bold = True
    for q in LETTER_QUESTIONS:
        d.add_paragraph(q, style="List Number")
    for text in LETTER_CLOSE:
        d.add_paragraph(text)
    d.add_paragraph()
    sig = d.add_paragraph()
    sig.add_run("Councillor Maureen Tyler").bold = True
    sig.add_run("\nChairman, Outer East Thames Joint Health Overview & Scrutiny "
                "Committee")
    d.add_paragraph(
        "cc: Chief Executive, BAFUHT; Chief Executive, ETCH; Directors of Adult Social "
        "Care, London Boroughs of Ashmarsh & Dene, Brackwood, Fairmead and Leyhurst"
    )

    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": MEETING_DATE,
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("19", "question",
          "asked whether the ICB had provided the data on waiting times for wheelchair services",
          "Chairman",
          "circulated to all members of the Joint Committee by email",
          "clerk", []),
        q("20", "question",
          "what proportion of patients were being cared for in corridors",
          None,
          "Trust did not regard corridor care as acceptable but that",
          "Chief Nursing Officer", []),
        q("20", "concern",
          "were waiting more than 12 hours on trolleys before being admitted",
          "Councillor Sahota",
          "accepted that waits of this length were not acceptable",
          "Chief Operating Officer", []),
        q("20", "question",
          "Responding to a question about delayed discharges the Integrated Care Director",
          None,
          "used the Better Care Fund to jointly commission 48 discharge to assess beds",
          "Integrated Care Director",
          ["adult-social-care", "integration", "subcontracting"]),
        q("20", "question",
          "questioned whether the discharge to assess beds represented value for money",
          "Vice-Chairman",
          "the contract with the provider was being reviewed jointly by the four councils",
          "Cabinet Member for Adults and Health",
          ["finance", "subcontracting", "integration"]),
        q("20", "question",
          "asked how many nursing posts remained vacant at the Trust",
          "Chairman",
          "following international recruitment and the recruitment of newly qualified nurses",
          "Chief Nursing Officer",
          ["workforce"]),
        q("20", "question",
          "In response to a question about flu vaccination rates among staff",
          None,
          "peer vaccinators had visited every ward and department during the autumn",
          "Chief Medical Officer",
          ["public-health", "workforce"]),
        q("20", "comment",
          "suggested that the four boroughs and the NHS should run a single communications campaign",
          "Councillor McAllister",
          None, None,
          ["primary-care"]),
        q("21", "concern",
          "concerned that the savings would fall disproportionately on community and mental health services",
          None,
          "would continue to meet the mental health investment standard",
          "Chief Finance and Performance Officer",
          ["finance", "mental-health"]),
        q("21", "question",
          "asked whether residents would be consulted on any service changes arising from the recovery plan",
          "co-opted Member from Healthwatch Brackwood",
          "formal public consultation would take place where this was required",
          None,
          ["patient-and-public-input", "governance"]),
        q("21", "question",
          "questioned the increasing use of private sector providers for elective procedures",
          "Councillor Adeyemi",
          "independent sector providers were paid at the same tariff as NHS hospitals",
          "Chief Finance and Performance Officer",
          ["privatisation", "subcontracting", "finance"]),
        q("21", "question",
          "In response to a question about the effect of the reduction in running costs",
          None,
          "this would mean the loss of around 170 posts across the ICB",
          "Chief Finance and Performance Officer",
          ["finance", "workforce"]),
        q("21", "comment",
          "commented that the deficit had been building for several years",
          "Councillor Okonjo",
          None, None,
          ["finance", "governance"]),
        q("22", "question",
          "asked how long people who attended the emergency department in a mental health crisis",
          "Councillor Okonjo",
          "the average wait from a decision to admit had reduced to around 19 hours",
          "Associate Medical Director",
          ["mental-health"]),
        q("22", "concern",
          "expressed at the number of residents being placed in mental health beds outside the area",
          None,
          "out of area placements had fallen from 41 in April 2024 to 17",
          "Officers",
          ["mental-health"]),
        q("22", "question",
          "queried whether the crisis line could be used by residents whose first language",
          None,
          "a telephone interpreting service was available in more than 200 languages",
          None,
          ["mental-health"]),
        q("22", "question",
          "asked about waiting times for children and young people needing mental health support",
          "Vice-Chairman",
          "the median wait for a first CAMHS appointment was now 11 weeks",
          "Integrated Care Director",
          ["mental-health", "children-and-families"]),
        q("22", "question",
          "what support was given to patients who were ready to leave a mental health ward",
          "Councillor Tyler",
          "a housing officer from each borough now attended the weekly discharge meeting",
          "Associate Medical Director",
          ["housing", "mental-health"]),
        q("22", "request",
          "requested that future reports include feedback from service users and carers",
          None,
          None, None,
          ["patient-and-public-input", "mental-health"]),
        q("23", "concern",
          "residents continued to report great difficulty in getting through to their GP practice",
          "Councillor Darville",
          "working with the practices with the lowest patient survey scores",
          "Director of Primary Care",
          ["primary-care"]),
        q("23", "question",
          "asked how many dental practices in the area were currently accepting new adult NHS patients",
          None,
          "only 11 of the 96 dental practices were accepting new adult patients",
          "Director of Primary Care",
          ["primary-care"]),
        q("23", "comment",
          "found that a third of respondents had given up trying to see an NHS dentist",
          "Annette Sorrell",
          "thanked Healthwatch for this work and stated that the findings had informed",
          "Director of Primary Care",
          ["primary-care", "patient-and-public-input"]),
        q("23", "question",
          "asked whether recent pharmacy closures in her ward would affect",
          "Councillor Sahota",
          "the pharmaceutical needs assessments prepared by each borough had concluded",
          "Director of Primary Care",
          ["primary-care"]),
        q("23", "request",
          "requested that a list of dental practices accepting new NHS patients be circulated",
          None,
          None, None,
          ["primary-care"]),
        q("24", "comment",
          "suggested that the Joint Committee should examine the proposed transfer of stroke rehabilitation beds",
          "Councillor McAllister",
          "engagement on the proposal would not begin until the summer",
          "Chief Medical Officer",
          ["patient-and-public-input"]),
    ],
    "resolutions": [
        res("19", "were agreed as a correct record and signed by the Chairman",
            "agreed", []),
        res("20", "in the emergency departments broken down by borough of residence",
            "agreed", []),
        res("21", "write on its behalf to the Chief Executive of the ICB seeking an assurance",
            "agreed", ["governance"]),
        res("22", "The Joint Committee noted the presentation and thanked officers",
            "noted", ["mental-health"]),
        res("23", "the ICB be asked to bring the results of the 2025 GP Patient Survey",
            "agreed", ["primary-care", "patient-and-public-input"]),
        res("24", "The work programme was agreed subject to the addition of the stroke",
            "agreed", []),
    ],
    "attendees": [
        att("Paulette Okonjo", None, "present"),
        att("Ravinder Sahota", None, "present"),
        att("Maureen Tyler", "Chairman", "present"),
        att("Keith Darville", None, "present"),
        att("Tariq Mahmood", "Vice-Chairman", "present"),
        att("Olu Adeyemi", None, "present"),
        att("Shona McAllister", None, "present"),
        att("Frank Holloway", "Healthwatch Brackwood", "present"),
        att("Annette Sorrell", "Healthwatch Ashmarsh & Dene", "present"),
        att("Councillor Jenny Castellano",
            "Cabinet Member for Adults and Health, London Borough of Brackwood",
            "in_attendance"),
        att("Dr Nikhil Varma", "Chief Medical Officer", "in_attendance"),
        att("Joanne Pritchard", "Chief Finance and Performance Officer", "in_attendance"),
        att("Martin Oduya", "Director of Primary Care", "in_attendance"),
        att("Kerry Mansfield", "Chief Operating Officer", "in_attendance"),
        att("Adaeze Nwosu", "Chief Nursing Officer", "in_attendance"),
        att("Dr Lorna Fitzgerald", "Associate Medical Director, Adult Mental Health",
            "in_attendance"),
        att("Stephen Crowe", "Integrated Care Director, Brackwood and Fairmead",
            "in_attendance"),
        att("Alan Tremlett",
            "Principal Democratic Services Officer, London Borough of Brackwood",
            "in_attendance"),
        att("Councillor Priya Nandra", None, "apologies"),
        att("Councillor Daniel Okafor", None, "apologies"),
        att("Councillor Graham Pettifer", None, "apologies"),
        att("Elaine Drury", "Healthwatch Fairmead", "apologies"),
    ],
}

LETTER_GOLD = {"document": LETTER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_letter_docx(DOCS / LETTER_NAME)
    for gold in (MINUTES_GOLD, LETTER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / LETTER_NAME}")
    print(f"wrote gold files in {GOLD}")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("mw-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = " " + normalise(document_text(doc)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = normalise(phrase).split()
            if not 6 <= len(words) <= 15:
                print(f"{doc.name}: {kind} phrase has {len(words)} words: {phrase!r}")
                failures += 1
            n = text.count(" " + " ".join(words) + " ")
            if n != 1:
                print(f"{doc.name}: {kind} phrase found {n} times: {phrase!r}")
                failures += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    if failures:
        print(f"FAILED: {failures} problem(s)")
        return 1
    print("OK: every phrase occurs exactly once")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
