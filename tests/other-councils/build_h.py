"""Build the "h-" documents of the other-councils evaluation set.

Deterministic (fixed creation dates, no randomness, no network).

    python tests/other-councils/build_h.py           # write documents/h-*
    python tests/other-councils/build_h.py --check   # verify gold/h-*.json phrases

All councils, people, places and figures are invented.
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# PDF rendering (CMIS-style printed minutes)
# ---------------------------------------------------------------------------


def _pdf_class():
    from fpdf import FPDF

    class CmisPDF(FPDF):
        footer_size = 9

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", self.footer_size)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    return CmisPDF


class Renderer:
    """Small layout helper around fpdf2 for minutes in a CMIS house style."""

    def __init__(self, size=10.5, lh=5.3, created=None):
        from fpdf.enums import XPos, YPos

        self.XPos, self.YPos = XPos, YPos
        PDF = _pdf_class()
        pdf = PDF(format="A4")
        pdf.set_margins(22, 18, 20)
        pdf.set_auto_page_break(True, margin=22)
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        pdf.set_creation_date(created or dt.datetime(2025, 3, 20, 9, 0, 0, tzinfo=dt.timezone.utc))
        pdf.set_creator("CMIS")
        pdf.set_producer("CMIS")
        self.pdf = pdf
        self.size = size
        self.lh = lh

    @property
    def L(self):
        return self.pdf.l_margin

    @property
    def W(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def font(self, style="", size=None):
        self.pdf.set_font("DejaVu", style, size or self.size)

    def page(self):
        self.pdf.add_page()

    def gap(self, mm=2.5):
        self.pdf.ln(mm)

    def centre(self, text, style="B", size=None):
        self.font(style, size)
        self.pdf.multi_cell(self.W, self.lh + 0.6, text, align="C",
                            new_x=self.XPos.LMARGIN, new_y=self.YPos.NEXT)

    def para(self, text, style="", indent=0, align="L", markdown=False):
        self.font(style)
        self.pdf.set_x(self.L + indent)
        self.pdf.multi_cell(self.W - indent, self.lh, text, align=align, markdown=markdown,
                            new_x=self.XPos.LMARGIN, new_y=self.YPos.NEXT)

    def hanging(self, label, text, indent, label_w, style="", markdown=False):
        """A label ("(1)", "-", "(a)") at `indent` with the text hanging after it."""
        self.font(style)
        # keep a label with at least two lines of its text
        if self.pdf.get_y() + 2 * self.lh > self.pdf.page_break_trigger:
            self.pdf.add_page()
        self.pdf.set_x(self.L + indent)
        self.pdf.cell(label_w, self.lh, label)
        self.pdf.multi_cell(self.W - indent - label_w, self.lh, text, markdown=markdown,
                            new_x=self.XPos.LMARGIN, new_y=self.YPos.NEXT)

    def item(self, number, title, agenda_no):
        self.gap(3.5)
        if self.pdf.get_y() + 4 * self.lh > self.pdf.page_break_trigger:
            self.pdf.add_page()
        self.font("B")
        self.pdf.set_x(self.L)
        self.pdf.cell(12, self.lh, f"{number}.")
        self.pdf.multi_cell(self.W - 12, self.lh, f"**{title}** (Agenda Item {agenda_no})",
                            markdown=True, new_x=self.XPos.LMARGIN, new_y=self.YPos.NEXT)
        self.gap(1.5)

    def numbered(self, n, text, markdown=False):
        self.hanging(f"({n})", text, 12, 10, markdown=markdown)
        self.gap(1.2)

    def dash(self, text):
        self.hanging("-", text, 22, 5)
        self.gap(0.6)

    def clause(self, letter, text):
        self.hanging(f"({letter})", text, 22, 9)
        self.gap(0.6)

    def two_columns(self, left, right, split=0.5):
        """left/right: lists of (text, style). Members on the left, officers on the right."""
        y0 = self.pdf.get_y()
        lw = self.W * split - 4
        rx = self.L + self.W * split + 2
        rw = self.W * (1 - split) - 2
        for text, style in left:
            self.font(style)
            self.pdf.set_x(self.L)
            self.pdf.multi_cell(lw, self.lh, text, new_x=self.XPos.LMARGIN, new_y=self.YPos.NEXT)
        y_left = self.pdf.get_y()
        self.pdf.set_y(y0)
        for text, style in right:
            self.font(style)
            self.pdf.set_x(rx)
            self.pdf.multi_cell(rw, self.lh, text, new_x=self.XPos.LMARGIN, new_y=self.YPos.NEXT)
        self.pdf.set_y(max(y_left, self.pdf.get_y()))

    def save(self, path):
        self.pdf.output(str(path))


# ---------------------------------------------------------------------------
# 1. Oakridge County Council HOSC minutes, 12 March 2025 (4 pages)
# ---------------------------------------------------------------------------


def build_oakridge_minutes(path):
    r = Renderer(size=10.5, lh=5.15)
    r.page()
    r.centre("OAKRIDGE COUNTY COUNCIL", size=13)
    r.gap(1)
    r.centre("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", size=12)
    r.gap(3)
    r.para("MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the "
           "Council Chamber, County Hall, Oakridge on Wednesday, 12 March 2025 at 10.30 am.")
    r.gap(3)
    r.two_columns(
        [("Members present:", "B"),
         ("Councillor Pamela Ashworth (Chairman)", ""),
         ("Councillor David Fenwick (Vice-Chairman)", ""),
         ("Councillor Kwame Asante", ""),
         ("Councillor Robert Bellamy", ""),
         ("Councillor Shazia Choudhury", ""),
         ("Councillor Janet Harrow", ""),
         ("Councillor Michael Okafor", ""),
         ("Councillor Lesley Whitcombe", ""),
         ("Mr Gerald Halloran (District Council representative)", "")],
        [("Officers in attendance:", "B"),
         ("Dr Anita Marwood, Director of Public Health", ""),
         ("Kevin Ashdown, Chief Operating Officer, Oakridge and Vale Integrated Care Board", ""),
         ("Joanne Pryce, Head of Primary Care Commissioning, Oakridge and Vale Integrated Care Board", ""),
         ("Dr Helen Stroud, Clinical Director, Oakridge Partnership NHS Foundation Trust", ""),
         ("Neil Carver, Director of Strategy, Oakridge Community Health NHS Trust", ""),
         ("Rachel Dunmore, Democratic Services Officer", "")],
    )
    r.gap(3)
    r.para("Also present: Councillor Nicola Farrant, Cabinet Member for Adult Social Care and "
           "Public Health")

    r.item("23", "APOLOGIES AND SUBSTITUTIONS", 1)
    r.numbered(1, "Apologies for absence were received from Councillor Hugh Quayle and "
                  "Councillor Brenda Mortimer.")
    r.numbered(2, "Councillor Kwame Asante attended as a substitute for Councillor Mortimer.")

    r.item("24", "DECLARATIONS OF INTEREST", 2)
    r.numbered(1, "Councillor Harrow declared a personal interest in Agenda Item 7 as her daughter "
                  "is employed as a nurse by Oakridge Partnership NHS Foundation Trust.")

    r.item("25", "MINUTES OF THE PREVIOUS MEETING", 3)
    r.numbered(1, "**RESOLVED** that the minutes of the meeting held on 22 January 2025 be approved "
                  "as a correct record and that they be signed by the Chairman.", markdown=True)

    r.item("26", "CHAIRMAN'S ANNOUNCEMENTS", 4)
    r.numbered(1, "The Chairman reminded Members that an informal briefing on the Better Care Fund, "
                  "to be held jointly with the Adult Social Care Cabinet Committee, would take "
                  "place on 2 April 2025.")

    r.item("27", "URGENT AND EMERGENCY CARE: WINTER 2024/25", 5)
    r.numbered(1, "The Committee considered a report by the Chief Operating Officer of the Oakridge "
                  "and Vale Integrated Care Board (ICB) which set out performance across urgent and "
                  "emergency care during the winter period and the actions taken under the system "
                  "winter plan.")
    r.numbered(2, "Mr Ashdown introduced the report. He highlighted that performance against the "
                  "four-hour standard at Oakridge General Hospital had improved to 71.4% in "
                  "February 2025 and that no patient had waited more than twelve hours on a "
                  "trolley since the middle of January.")
    r.numbered(3, "In discussion, Members:")
    r.dash("asked why ambulance handover delays at Oakridge General Hospital remained longer "
           "than at neighbouring hospitals;")
    r.dash("raised concerns about the number of patients who were medically fit for discharge "
           "but remained in hospital beds;")
    r.dash("sought clarification on how the additional £2.3 million of winter funding had been "
           "divided between the NHS and the County Council;")
    r.dash("raised concerns that residents in the east of the county faced journeys of over an "
           "hour to reach an urgent treatment centre;")
    r.dash("asked whether the virtual ward programme had been evaluated and how many of its beds "
           "were occupied;")
    r.dash("commented that messages to residents about contacting NHS 111 before attending A&E "
           "needed to be clearer and more consistent.")
    r.numbered(4, "In response, officers:")
    r.dash("explained that handover delays reflected a shortage of cubicle space in the emergency "
           "department and that a new twelve-bay assessment area would open in May 2025;")
    r.dash("confirmed that on the day of the most recent census 87 patients had no criteria to "
           "reside, of whom 41 were waiting for home care or a care home placement;")
    r.dash("confirmed that £1.4 million had been passed to the County Council for discharge "
           "support and the balance used by the acute trust to open additional beds;")
    r.dash("explained that an independent evaluation of virtual wards would report in June 2025 "
           "and that average occupancy over the winter had been 78%.")
    r.numbered(5, "**RESOLVED** that the Committee:", markdown=True)
    r.clause("a", "notes the report and the improvement in four-hour performance at Oakridge "
                  "General Hospital;")
    r.clause("b", "recommends that the Integrated Care Board reports on progress in reducing "
                  "ambulance handover delays to the Committee's meeting in July 2025.")

    r.item("28", "NHS DENTAL SERVICES IN OAKRIDGE", 6)
    r.numbered(1, "The Committee received a report from Ms Joanne Pryce, Head of Primary Care "
                  "Commissioning at the ICB, on access to NHS dentistry in the county since "
                  "responsibility for commissioning dental services was delegated to the ICB in "
                  "April 2023.")
    r.numbered(2, "In discussion, Members:")
    r.dash("asked how many dental practices in the county were currently accepting new adult NHS "
           "patients;")
    r.dash("raised concerns about children waiting more than two years for orthodontic treatment;")
    r.dash("sought clarification on whether underspends on dental contracts were returned to NHS "
           "England or reinvested locally;")
    r.dash("asked what was being done to attract dentists to work in rural market towns.")
    r.numbered(3, "In response, officers:")
    r.dash("confirmed that only six of the county's 74 practices had been accepting new adult "
           "patients at the end of February;")
    r.dash("explained that dental underspends were now ring-fenced locally and had funded 9,000 "
           "additional urgent care appointments this year;")
    r.dash("explained that a recruitment incentive offering payments of £20,000 to dentists who "
           "committed to three years in an under-served area would begin in September 2025.")
    r.numbered(4, "Councillor Okafor asked whether Healthwatch Oakridge would repeat its survey of "
                  "residents' experiences of finding an NHS dentist. Ms Pryce said that Healthwatch "
                  "intended to repeat the survey in the autumn and that the ICB would share the "
                  "results with the Committee.")
    r.numbered(5, "**RESOLVED** that the Committee:", markdown=True)
    r.clause("a", "notes the report;")
    r.clause("b", "agrees that the Chairman writes to the Minister of State for Care setting out "
                  "the Committee's concerns about the national dental contract.")

    r.item("29", "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH SERVICES", 7)
    r.numbered(1, "The Committee considered a report on the performance of children and young "
                  "people's mental health services provided by Oakridge Partnership NHS Foundation "
                  "Trust. Dr Helen Stroud, Clinical Director, introduced the report.")
    r.numbered(2, "In discussion, Members:")
    r.dash("asked how long children referred to the service currently waited for a first "
           "appointment;")
    r.dash("raised concerns about the rising number of young people attending A&E in a mental "
           "health crisis;")
    r.dash("sought clarification on the role of the support teams now working in schools;")
    r.dash("asked whether the Trust was relying on agency clinicians to cover vacant posts;")
    r.dash("commented that families of children awaiting an autism assessment felt unsupported "
           "while they waited.")
    r.numbered(3, "In response, officers:")
    r.dash("confirmed that the median wait for a first appointment was 14 weeks, against a local "
           "target of 18 weeks;")
    r.dash("explained that mental health support teams now covered 62% of pupils and that full "
           "coverage was expected by 2026;")
    r.dash("confirmed that 23 of the 140 clinical posts were vacant and that agency staff were "
           "covering 15 of them.")
    r.gap(1)
    r.para("NOTE: Councillor Bellamy left the meeting at 11.50 am during consideration of this "
           "item.", style="I", indent=12)
    r.gap(1.5)
    r.numbered(4, "**RESOLVED** that the Committee:", markdown=True)
    r.clause("a", "notes the report and the progress made in expanding mental health provision in "
                  "schools;")
    r.clause("b", "notes that a further report on waiting times for neurodevelopmental assessments "
                  "will be brought to the September 2025 meeting.")

    r.item("30", "COMMUNITY STROKE REHABILITATION: PROPOSED RELOCATION OF BEDS", 8)
    r.numbered(1, "The Committee considered a proposal from Oakridge Community Health NHS Trust to "
                  "move 16 inpatient stroke rehabilitation beds from Wexcombe Community Hospital to "
                  "a new purpose-built unit at Hartsfield Hospital. Mr Neil Carver, Director of "
                  "Strategy, introduced the proposal and explained that the move would allow "
                  "patients to receive therapy seven days a week.")
    r.numbered(2, "In discussion, Members:")
    r.dash("asked what engagement had taken place with stroke survivors and their families about "
           "the proposal;")
    r.dash("raised concerns about the lack of a direct bus service between Wexcombe and "
           "Hartsfield for visiting relatives;")
    r.dash("sought clarification on whether the relocation would lead to any reduction in "
           "therapy staff.")
    r.numbered(3, "In response, officers:")
    r.dash("explained that 214 people had responded to a patient and carer survey and that two "
           "drop-in sessions had been held with the Stroke Association;")
    r.dash("confirmed that no posts would be lost and that the therapy team would grow by 4.5 "
           "whole-time equivalent posts.")
    r.numbered(4, "**RESOLVED** that the Committee:", markdown=True)
    r.clause("a", "agrees that the proposed relocation of stroke rehabilitation beds does not "
                  "constitute a substantial variation in service;")
    r.clause("b", "asks the Trust to report back on travel support for families six months after "
                  "the move.")

    r.item("31", "WORK PROGRAMME 2025/26", 9)
    r.numbered(1, "The Committee considered its draft work programme for 2025/26.")
    r.numbered(2, "Councillor Whitcombe requested that an item on the closure of GP branch "
                  "surgeries in rural areas be added to the work programme.")
    r.numbered(3, "**RESOLVED** that the work programme be agreed, subject to the addition of an "
                  "item on GP branch surgery closures.", markdown=True)

    r.gap(6)
    r.para("The meeting ended at 12.55 pm")
    r.gap(12)
    r.para("Chairman", style="B", align="R")
    r.save(path)


# ---------------------------------------------------------------------------
# 3. Oakridge HOSC agenda pack: front sheet, minutes of 27 November 2024, Appendix A
# ---------------------------------------------------------------------------


def build_oakridge_pack(path):
    r = Renderer(size=10.5, lh=6.0,
                 created=dt.datetime(2025, 1, 14, 12, 0, 0, tzinfo=dt.timezone.utc))
    # --- page 1: front sheet
    r.page()
    r.centre("OAKRIDGE COUNTY COUNCIL", size=14)
    r.gap(2)
    r.centre("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", size=12)
    r.gap(6)
    for label, value in [("Date:", "Wednesday, 22 January 2025"), ("Time:", "10.30 am"),
                         ("Venue:", "Council Chamber, County Hall, Oakridge")]:
        r.font("B")
        r.pdf.set_x(r.L)
        r.pdf.cell(25, r.lh, label)
        r.font("")
        r.pdf.multi_cell(r.W - 25, r.lh, value, new_x=r.XPos.LMARGIN, new_y=r.YPos.NEXT)
    r.gap(4)
    r.para("Membership (11): Councillor Pamela Ashworth (Chairman), Councillor David Fenwick "
           "(Vice-Chairman), Councillor Robert Bellamy, Councillor Shazia Choudhury, Councillor "
           "Janet Harrow, Councillor Brenda Mortimer, Councillor Michael Okafor, Councillor Tom "
           "Pennington, Councillor Hugh Quayle, Councillor Lesley Whitcombe and Mr Gerald "
           "Halloran (district council representative)")
    r.gap(3)
    r.para("Webcasting Notice: this meeting may be filmed for live or subsequent broadcast via "
           "the Council's website. By entering the meeting room you consent to being filmed.",
           style="I")
    r.gap(6)
    r.centre("AGENDA", size=12)
    r.gap(3)
    agenda = [
        ("1.", "Apologies and Substitutions"),
        ("2.", "Declarations of Interest"),
        ("3.", "Minutes of the meeting held on 27 November 2024 (Pages 2 - 4)"),
        ("4.", "Chairman's Announcements"),
        ("5.", "Primary Care Access: Six-Month Update (Page 5)"),
        ("6.", "Oakridge and Vale Joint Forward Plan: Annual Refresh"),
        ("7.", "Work Programme 2025/26"),
    ]
    for no, title in agenda:
        r.hanging(no, title, 0, 10)
        r.gap(1.5)
    r.gap(8)
    r.para("Ben Stanway")
    r.para("Director of Law and Governance")
    r.para("County Hall, Oakridge OK1 4TX")
    r.para("Tuesday, 14 January 2025")
    r.gap(4)
    r.para("Enquiries to: Rachel Dunmore, Democratic Services Officer, telephone 01632 960418")

    # --- pages 2-4: minutes of the previous meeting
    r.page()
    r.centre("OAKRIDGE COUNTY COUNCIL", size=13)
    r.gap(1)
    r.centre("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", size=12)
    r.gap(3)
    r.para("MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the "
           "Council Chamber, County Hall, Oakridge on Wednesday, 27 November 2024 at 10.30 am.")
    r.gap(3)
    r.two_columns(
        [("Members present:", "B"),
         ("Councillor Pamela Ashworth (Chairman)", ""),
         ("Councillor David Fenwick (Vice-Chairman)", ""),
         ("Councillor Robert Bellamy", ""),
         ("Councillor Shazia Choudhury", ""),
         ("Councillor Janet Harrow", ""),
         ("Councillor Brenda Mortimer", ""),
         ("Councillor Michael Okafor", ""),
         ("Councillor Hugh Quayle", ""),
         ("Councillor Lesley Whitcombe", "")],
        [("Officers in attendance:", "B"),
         ("Dr Anita Marwood, Director of Public Health", ""),
         ("Sarah Lindqvist, Director of Primary Care, Oakridge and Vale Integrated Care Board", ""),
         ("Paul Whitmore, Assistant Director, Adult Social Care", ""),
         ("Rachel Dunmore, Democratic Services Officer", "")],
    )
    r.gap(3)
    r.para("Apologies: Councillor Tom Pennington and Mr Gerald Halloran")

    r.item("13", "MINUTES OF THE PREVIOUS MEETING", 3)
    r.numbered(1, "**RESOLVED** that the minutes of the meeting held on 25 September 2024 be "
                  "approved as a correct record and signed by the Chairman.", markdown=True)

    r.item("14", "GP ACCESS AND THE PRIMARY CARE RECOVERY PLAN", 5)
    r.numbered(1, "The Committee considered a report by the Director of Primary Care of the "
                  "Oakridge and Vale Integrated Care Board (ICB) on progress against the national "
                  "Delivery Plan for Recovering Access to Primary Care.")
    r.numbered(2, "Ms Lindqvist introduced the report and explained that practices in the county "
                  "had delivered 612,000 appointments in October 2024, nine per cent more than in "
                  "the same month a year earlier. Just over two thirds of appointments had taken "
                  "place face to face, and 44% had been on the day the patient contacted the "
                  "practice.")
    r.numbered(3, "She added that the ICB had carried out a review of estates across the county "
                  "and that eleven practices had been identified as operating from premises which "
                  "were too small for their registered list. Bids for capital support had been "
                  "submitted for four of these.")
    r.numbered(4, "Ms Lindqvist also reported on the first year of the national scheme under which "
                  "community pharmacies could treat seven common conditions without a GP "
                  "appointment. Some 142 of the county's 151 pharmacies had signed up to the "
                  "scheme, which had provided more than 21,000 consultations since February 2024. "
                  "A public awareness campaign would run through the winter.")
    r.numbered(5, "In discussion, Members:")
    r.dash("asked why patients were still being told to telephone again at 8 am the following "
           "morning for an appointment;")
    r.dash("raised concerns about the closure of the branch surgery in Fellbeck and its impact on "
           "older residents without a car;")
    r.dash("sought clarification on how additional roles such as clinical pharmacists and "
           "physician associates were paid for.")
    r.numbered(6, "In response, officers:")
    r.dash("explained that 71 of the 84 practices had now moved to cloud-based telephony, which "
           "allowed patients to hold in a queue or request a call back;")
    r.dash("confirmed that additional roles were funded through the national reimbursement scheme "
           "and did not draw on practice budgets.")
    r.numbered(7, "**RESOLVED** that the Committee notes the report and the progress made in "
                  "improving access to GP appointments.", markdown=True)

    r.item("15", "ADULT SOCIAL CARE WORKFORCE", 6)
    r.numbered(1, "The Committee received a presentation from Mr Paul Whitmore, Assistant "
                  "Director, Adult Social Care, on recruitment and retention in the county's care "
                  "sector.")
    r.numbered(2, "Mr Whitmore reported that the vacancy rate among care workers employed by "
                  "independent providers in the county stood at 11.2%, compared with 8.1% across "
                  "the region. Turnover remained highest among home care workers in their first "
                  "six months of employment, and the Council's care academy had trained 260 new "
                  "recruits since it opened in April 2024.")
    r.numbered(3, "He explained that the Council had joined a regional campaign to promote care as "
                  "a career and that a new induction programme, developed with local providers, "
                  "would be launched in the new year.")
    r.numbered(4, "The Chairman welcomed the progress made by the care academy and thanked the "
                  "providers who had contributed to the presentation. She noted that the "
                  "Committee had last considered the care workforce in March 2023, when the "
                  "vacancy rate had been above fourteen per cent, and that the sector would be "
                  "an important part of the Committee's work in the coming year.")
    r.numbered(5, "In discussion, Members:")
    r.dash("asked whether recent changes to visa rules for overseas care workers had affected "
           "recruitment in the county;")
    r.dash("raised concerns that care workers were not paid for travel time between home care "
           "visits.")
    r.numbered(6, "In response, officers:")
    r.dash("confirmed that 38% of new starters in the past year had been recruited from overseas "
           "and that the Council was monitoring the effect of the new rules closely.")
    r.numbered(7, "**RESOLVED** that the Committee recommends that the Cabinet Member for Adult "
                  "Social Care and Public Health considers including payment for travel time in "
                  "the next home care contract.", markdown=True)

    r.gap(8)
    r.para("The meeting ended at 12.40 pm")
    r.gap(14)
    r.para("Chairman", style="B", align="R")

    # --- page 5: Appendix A
    r.page()
    r.centre("Appendix A", size=12)
    r.gap(2)
    r.centre("GP appointments by Primary Care Network, October 2024", style="", size=11)
    r.gap(5)
    rows = [
        ("Primary Care Network", "Practices", "Appointments", "Same day (%)", "Face to face (%)"),
        ("Oakridge Central", "9", "88,410", "47", "69"),
        ("Oakridge North", "7", "61,230", "42", "71"),
        ("Hartsfield and District", "11", "97,850", "45", "66"),
        ("Wexcombe Vale", "8", "54,020", "39", "73"),
        ("Fellbeck and Moors", "10", "49,760", "36", "75"),
        ("Eastmarsh", "12", "102,340", "48", "64"),
        ("Kingsbridge Coastal", "14", "84,110", "44", "68"),
        ("Brantley Towns", "13", "74,280", "43", "70"),
        ("Total", "84", "612,000", "44", "69"),
    ]
    r.font("", 10)
    with r.pdf.table(col_widths=(52, 24, 30, 28, 34), text_align=("LEFT", "RIGHT", "RIGHT",
                                                                   "RIGHT", "RIGHT"),
                     line_height=7) as table:
        for row in rows:
            table.row(row)
    r.gap(4)
    r.para("Source: Oakridge and Vale Integrated Care Board, appointments in general practice "
           "data. Figures are rounded to the nearest ten.", style="I")
    r.save(path)


# ---------------------------------------------------------------------------
# 2. Lindley MBC Adults and Health Scrutiny Panel (plain text, one paragraph a line)
# ---------------------------------------------------------------------------

LINDLEY_PANEL = """\
LINDLEY METROPOLITAN BOROUGH COUNCIL
ADULTS AND HEALTH SCRUTINY PANEL
Minutes of a meeting of the Adults and Health Scrutiny Panel held on Tuesday 4 February 2025 at 2.00 pm in Meeting Room 3, Lindley Civic Centre, Market Street, Lindley.

Present:
Councillor Yasmin Rahman (Chair)
Councillor Peter Oldroyd (Vice-Chair)
Councillor Asif Bashir
Councillor Carol Hinchliffe
Councillor Graham Kaye
Councillor Nadia Lister
Councillor Martin Sugden
Co-optee: Helen Bradwell (Healthwatch Lindley)

In attendance:
Councillor Joanne Mellor – Cabinet Member for Adults and Health
Richard Thewlis – Service Director, Adult Social Care
Dr Sana Qureshi – Director of Public Health
Claire Armitage – Head of Commissioning, Adults
Mark Ellison – Operations Manager, Lindley Carers Centre
Karen Doyle – Deputy Chief Operating Officer, Lindley Teaching Hospitals NHS Trust
Lucy Senior – Principal Governance Officer

Apologies:
Councillor Dean Whiteley
Councillor Susan Crowther

Minute No. 29 – Membership of the Panel
Apologies for absence were received from Councillors Whiteley and Crowther. Councillor Lister attended as a substitute for Councillor Crowther.

Minute No. 30 – Minutes of the Previous Meeting
Resolved: That the minutes of the meeting held on 10 December 2024 be approved as a correct record.

Minute No. 31 – Declarations of Interest
Councillor Hinchliffe declared a non-pecuniary interest in Minute No. 33 as she is an unpaid carer for a family member.

Minute No. 32 – Adult Social Care Fee Setting 2025/26
The Panel considered a report presented by Claire Armitage, Head of Commissioning, Adults, setting out the proposed fee uplifts for residential, nursing and home care providers for 2025/26, ahead of a Cabinet decision on 18 February 2025. The report proposed an uplift of 5.1% for home care and 4.6% for residential and nursing care.
Key points from the discussion:
• How would providers cope with the rise in employer National Insurance contributions from April?
Response: The proposed uplift included an allowance of 1.2% for National Insurance, but the Council recognised that this would not cover the full cost for every provider.
• How many home care providers had handed packages of care back to the Council in the last year?
Response: Seven providers had handed back a total of 212 packages, mostly in the rural west of the borough where travel times made visits uneconomic.
• Were some care homes charging families third-party top-ups to cover the gap between the fee and their actual costs?
• Had providers been consulted on the proposed rates before the report was written?
Response: All 96 registered providers had been invited to a consultation event in November and 41 had returned the cost of care survey.
• Would the uplift allow providers to pay all care workers at least the Real Living Wage?
Recommendations:
Recommendation 1: That the Panel's comments on the proposed fee uplifts be submitted to Cabinet for consideration at its meeting on 18 February 2025.
Recommendation 2: That the Cabinet Member for Adults and Health writes to the Government seeking additional funding to offset the cost of the National Insurance increase for care providers.
ACTION: Head of Commissioning, Adults to circulate a breakdown of third-party top-up payments by care home to Panel members.

Minute No. 33 – Refresh of the Lindley Carers' Strategy
Richard Thewlis, Service Director, Adult Social Care, and Mark Ellison, Operations Manager, Lindley Carers Centre, presented the draft Carers' Strategy 2025–2030, which had been developed with a reference group of unpaid carers over the summer.
Key points from the discussion:
• How many unpaid carers in Lindley were known to the Council?
Response: Around 4,300 carers were registered with the Carers Centre, although the 2021 Census suggested there were more than 27,000 unpaid carers in the borough.
• How were young carers being identified through schools?
Response: A young carers' champion was now in place in 38 of the borough's 52 schools, and the Carers Centre ran monthly drop-ins for young carers.
• Why were some carers waiting more than three months for a carer's assessment?
• What breaks were available to carers who could not leave the person they cared for?
Response: Carers could access up to 40 hours a year of free replacement care, delivered under a contract with a voluntary sector provider.
Recommendations:
Recommendation 1: That the Service Director, Adult Social Care ensures the final strategy includes a target for reducing waiting times for carers' assessments.
Recommendation 2: That a progress report on delivery of the strategy be brought to the Panel in September 2025.
ACTION: Principal Governance Officer to add the carers' strategy progress report to the work programme for September 2025.

Minute No. 34 – Drug and Alcohol Treatment and Recovery Services
Dr Sana Qureshi, Director of Public Health, gave an update on the recommissioning of drug and alcohol treatment and recovery services, the current contract for which expires on 31 March 2026.
Key points from the discussion:
• Why had the number of people successfully completing alcohol treatment fallen since 2022?
Response: Successful completions had fallen from 38% to 31%, largely because more people with complex needs, including unstable housing, were now entering treatment.
• Would the new service be run by the Council itself or by an external provider?
Response: The Council intended to tender the service as a single contract; delivering it in-house had been considered but was not recommended.
• How many people in treatment were also homeless or living in temporary accommodation?
• What would the real-terms cut to the Public Health Grant mean for treatment services?
Recommendations:
Recommendation 1: That the Director of Public Health shares the draft service specification with the Panel before the tender is published.
Recommendation 2: That people with lived experience of addiction are involved in evaluating the bids.

Minute No. 35 – Hospital Discharge and Intermediate Care
The Panel received an update from Richard Thewlis, Service Director, Adult Social Care, and Karen Doyle, Deputy Chief Operating Officer, Lindley Teaching Hospitals NHS Trust, on the joint discharge hub which opened at Lindley Royal Infirmary in October 2024.
Key points from the discussion:
• How long were people waiting in hospital for a home care package to start?
Response: The average wait had fallen from nine days to four days since the joint discharge hub opened.
• Was the Better Care Fund being used to pay for the discharge hub?
Response: Yes; the hub was funded from the pooled Better Care Fund budget until March 2026.
• Were people being discharged to care homes a long way from their families?
Recommendations:
Recommendation 1: That the update on hospital discharge and intermediate care be noted.

Minute No. 36 – Work Programme 2024/25
Lucy Senior, Principal Governance Officer, presented the Panel's work programme for the remainder of the municipal year.
Resolved: That the work programme be agreed, with the addition of an item on access to NHS dentistry at the meeting on 18 March 2025.

The meeting closed at 4.25 pm.
"""

# ---------------------------------------------------------------------------
# 4. Lindley members' newsletter (not minutes)
# ---------------------------------------------------------------------------

LINDLEY_NEWSLETTER = """\
LINDLEY METROPOLITAN BOROUGH COUNCIL
Members' Bulletin – Issue 112 – March 2025

In this issue: scrutiny round-up; dates for your diary; member development; ward budget reminder.

SCRUTINY ROUND-UP
It has been a busy few weeks for scrutiny. Here is a short summary of what our panels have been looking at. Full minutes are published on the Council's website once they have been approved.

Adults and Health Scrutiny Panel
In February the panel spent most of its meeting on next year's fees for care homes and home care. Councillor Yasmin Rahman, who chairs the panel, said members "wanted to be sure the uplift is realistic" given the increase in employer National Insurance. Panel members asked how many home care firms had handed work back to the Council in the last year (the answer was seven) and whether the new rates would let care workers be paid the Real Living Wage. The panel agreed to send its views to Cabinet before the February decision.
Members also looked at the refreshed Carers' Strategy. Councillor Carol Hinchliffe asked how young carers were being picked up in schools and was told that most schools now have a named champion. The panel agreed it would like to see a progress report in the autumn.
On drug and alcohol services, the panel asked whether the new contract could be run by the Council directly. Officers explained why they prefer to go out to tender, and the panel agreed to look at the service specification before it is published.

Children and Young People Scrutiny Panel
The panel heard from headteachers about attendance since the pandemic and asked for figures on persistent absence broken down by ward. A task and finish group on school transport will report in the summer.

DATES FOR YOUR DIARY
Tuesday 18 March 2025, 2.00 pm – Adults and Health Scrutiny Panel (Meeting Room 3)
Wednesday 26 March 2025, 6.00 pm – Full Council (Council Chamber)
Thursday 3 April 2025, 10.00 am – Member briefing: local government reorganisation (online)

MEMBER DEVELOPMENT
Places remain on the "Effective Questioning for Scrutiny" workshop on 12 March. To book, contact Member Services on 01632 960771.

WARD BUDGETS
A reminder that ward budget applications for 2024/25 must reach Member Services by 28 March 2025.
"""


def build_text(path, text):
    path.write_text(text, encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    build_oakridge_minutes(DOCS / "h-oakridge-hosc-minutes.pdf")
    build_text(DOCS / "h-lindley-adults-panel.txt", LINDLEY_PANEL)
    build_oakridge_pack(DOCS / "h-oakridge-agenda-pack.pdf")
    build_text(DOCS / "h-lindley-newsletter.txt", LINDLEY_NEWSLETTER)


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "issue", "other"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    """The README's matching: ignore case, punctuation and runs of white space."""
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def pages_of(path):
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return [p.extract_text() or "" for p in pdf.pages]
    return [path.read_text(encoding="utf-8")]


def check():
    problems = []
    n_files = 0
    for gold_path in sorted(GOLD.glob("h-*.json")):
        n_files += 1
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        tag = gold_path.name
        if not doc.exists():
            problems.append(f"{tag}: document {doc.name} missing")
            continue
        stem = doc.name.rsplit(".", 1)[0]
        expected = {f"{stem}.json"} | ({f"{stem}.{g['part']}.json"} if "part" in g else set())
        if gold_path.name not in expected:
            problems.append(f"{tag}: file name does not match document/part")
        if g.get("doc_type") not in DOC_TYPES:
            problems.append(f"{tag}: bad doc_type {g.get('doc_type')}")
        pages = [ws(p) for p in pages_of(doc)]
        whole = ws(" ".join(pages))
        whole_loose = loose(whole)

        # hyphenated line ends in PDFs (a word broken across lines)
        if doc.suffix == ".pdf":
            for i, raw in enumerate(pages_of(doc), 1):
                for line in raw.splitlines():
                    if re.search(r"\w-$", line.strip()):
                        problems.append(f"{tag}: page {i} line ends with a hyphen: {line!r}")

        items = {it["number"] for it in g.get("items", [])}
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer") is not None:
                phrases.append(("answer", q["answer"]))
            if q["kind"] not in KINDS:
                problems.append(f"{tag}: bad kind {q['kind']}")
            if q["item"] not in items:
                problems.append(f"{tag}: question item {q['item']} not in items")
            bad = set(q["themes"]) - THEMES
            if bad:
                problems.append(f"{tag}: bad themes {bad}")
            for who in ("asked_by", "given_by"):
                if q.get(who) and ws(q[who]) not in whole:
                    problems.append(f"{tag}: {who} {q[who]!r} not in text")
        for res in g.get("resolutions", []):
            phrases.append(("resolution", res["text"]))
            if res["outcome"] not in OUTCOMES:
                problems.append(f"{tag}: bad outcome {res['outcome']}")
            if res["item"] not in items:
                problems.append(f"{tag}: resolution item {res['item']} not in items")
            bad = set(res["themes"]) - THEMES
            if bad:
                problems.append(f"{tag}: bad themes {bad}")
        seen = set()
        for kind, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                problems.append(f"{tag}: {kind} phrase has {n_words} words: {ph!r}")
            if loose(ph) in seen:
                problems.append(f"{tag}: duplicate phrase {ph!r}")
            seen.add(loose(ph))
            p = ws(ph)
            per_page = sum(pg.count(p) for pg in pages)
            total = whole.count(p)
            lc = len(re.findall(r"(?<!\w)" + re.escape(loose(ph)) + r"(?!\w)", whole_loose))
            if total != 1 or per_page != 1 or lc != 1:
                problems.append(f"{tag}: {kind} phrase found verbatim {total}x "
                                f"(within a page {per_page}x, loosely {lc}x): {ph!r}")
        for it in g.get("items", []):
            if it["title"] and ws(it["title"]) not in whole:
                problems.append(f"{tag}: item title {it['title']!r} not in text")
        for a in g.get("attendees", []):
            if ws(a["name"]) not in whole:
                problems.append(f"{tag}: attendee {a['name']!r} not in text")
            if a.get("role") and loose(a["role"]) not in whole_loose:
                # two-column attendance blocks interleave wrapped lines: only a warning
                print(f"  note: {tag}: role {a['role']!r} not contiguous in extracted text")
            if a["attendance"] not in ATTENDANCE:
                problems.append(f"{tag}: bad attendance {a['attendance']}")
        print(f"{tag}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions "
              f"({sum(q.get('answer') is None for q in g.get('questions', []))} unanswered), "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees")

    # layout facts the brief asks for
    import pdfplumber

    with pdfplumber.open(DOCS / "h-oakridge-hosc-minutes.pdf") as pdf:
        if len(pdf.pages) != 4:
            problems.append(f"h-oakridge-hosc-minutes.pdf has {len(pdf.pages)} pages, not 4")
    with pdfplumber.open(DOCS / "h-oakridge-agenda-pack.pdf") as pdf:
        texts = [p.extract_text() or "" for p in pdf.pages]
        if len(texts) != 5:
            problems.append(f"h-oakridge-agenda-pack.pdf has {len(texts)} pages, not 5")
        else:
            if not texts[1].lstrip().startswith("OAKRIDGE COUNTY COUNCIL"):
                problems.append("pack: minutes heading is not at the top of page 2")
            if "The meeting ended at 12.40 pm" not in texts[3] or "Chairman" not in texts[3]:
                problems.append("pack: minutes do not end on page 4")
            if not texts[4].lstrip().startswith("Appendix A"):
                problems.append("pack: page 5 is not Appendix A")
    if n_files == 0:
        problems.append("no gold/h-*.json files")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
