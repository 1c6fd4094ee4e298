"""Build the `b-` held-out documents for the `minutes` evaluation set.

Run with:  python tests/other-councils/build_b.py [--check]

Writes into tests/other-councils/documents/:
  b-kingsmead-adult-care-scrutiny.docx  Word minutes (heading styles, numPr numbering, tables)
  b-ashby-health-wellbeing.pdf          London-borough style minutes PDF (running header,
                                        "Page N of M" footer, lettered sub-paragraphs)
  b-ashby-agenda-pack.pdf               agenda front sheet + previous minutes + officer report
  b-kingsmead-press-release.txt         council news release (not minutes)

With --check, also verifies every phrase in tests/other-councils/gold/b-*.json against the text
of the built documents (6-15 words, present, unique, not split across a page break).

Everything is invented: councils, people, places and figures. Deterministic: no network,
no randomness, fixed timestamps.
"""

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 11, 20, 9, 0, 0, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------------------
# 1. Kingsmead County Council: Word minutes
# ---------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

ABSTRACT_MINUTE = f"""
<w:abstractNum {W_NS} w:abstractNumId="41">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="41"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr>
  </w:lvl>
</w:abstractNum>"""

ABSTRACT_CLAUSE = f"""
<w:abstractNum {W_NS} w:abstractNumId="42">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="(%1)"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1418" w:hanging="709"/></w:pPr>
  </w:lvl>
</w:abstractNum>"""

ABSTRACT_BULLET = f"""
<w:abstractNum {W_NS} w:abstractNumId="43">
  <w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\u2022"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1418" w:hanging="425"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>
  </w:lvl>
</w:abstractNum>"""


def _num(num_id, abstract_id, restart=False):
    override = ""
    if restart:
        override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                    '</w:lvlOverride>')
    return parse_xml(f'<w:num {W_NS} w:numId="{num_id}">'
                     f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>')


class KingsmeadDoc:
    MINUTE_NUM = 41
    BULLET_NUM = 43

    def __init__(self):
        self.doc = Document()
        self.next_clause_num = 50
        style = self.doc.styles["Normal"]
        style.font.name = "Arial"
        style.font.size = Pt(11)
        for name, size in (("Heading 2", 12),):
            hs = self.doc.styles[name]
            hs.font.name = "Arial"
            hs.font.size = Pt(size)
            hs.font.bold = True
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        for xml in (ABSTRACT_MINUTE, ABSTRACT_CLAUSE, ABSTRACT_BULLET):
            el = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(el)
            else:
                numbering.append(el)
        numbering.append(_num(self.MINUTE_NUM, 41))
        numbering.append(_num(self.BULLET_NUM, 43))
        self.numbering = numbering

    @staticmethod
    def _set_numpr(paragraph, num_id, ilvl=0):
        pPr = paragraph._p.get_or_add_pPr()
        numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                          f'<w:numId w:val="{num_id}"/></w:numPr>')
        # numPr must come after pStyle/keepNext etc.; insert after pStyle if present
        pstyle = pPr.find(qn("w:pStyle"))
        if pstyle is not None:
            pstyle.addnext(numPr)
        else:
            pPr.insert(0, numPr)

    def centre(self, text, bold=True, size=None):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    def para(self, text, lead=None):
        p = self.doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(35.45)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if lead:
            r = p.add_run(lead)
            r.bold = True
        p.add_run(text)
        return p

    def item(self, title):
        h = self.doc.add_heading(title, level=2)
        self._set_numpr(h, self.MINUTE_NUM)
        return h

    def bullets(self, items):
        for text in items:
            p = self.doc.add_paragraph(style="List Paragraph")
            self._set_numpr(p, self.BULLET_NUM)
            p.add_run(text)

    def clauses(self, items):
        num_id = self.next_clause_num
        self.next_clause_num += 1
        self.numbering.append(_num(num_id, 42, restart=True))
        for text in items:
            p = self.doc.add_paragraph(style="List Paragraph")
            self._set_numpr(p, num_id)
            p.add_run(text)

    def table(self, rows, widths=None, header=True):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                r = cell.paragraphs[0].add_run(val)
                r.font.size = Pt(10)
                if header and i == 0:
                    r.bold = True
        self.doc.add_paragraph()
        return t

    def save(self, path):
        cp = self.doc.core_properties
        cp.author = "Democratic Services"
        cp.last_modified_by = "Democratic Services"
        cp.title = "Adult Social Care and Health Scrutiny Committee - Minutes - 13 March 2025"
        cp.created = dt.datetime(2025, 3, 14, 9, 0, 0)
        cp.modified = dt.datetime(2025, 3, 20, 16, 30, 0)
        cp.revision = 3
        buf = io.BytesIO()
        self.doc.save(buf)
        _rezip_fixed(buf.getvalue(), path)


def _rezip_fixed(data, path):
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 16, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def build_kingsmead_docx(path):
    k = KingsmeadDoc()
    k.centre("KINGSMEAD COUNTY COUNCIL", size=14)
    k.centre("ADULT SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE", size=12)
    p = k.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run("MINUTES")
    r.bold = True
    p.add_run(" of a meeting of the Adult Social Care and Health Scrutiny Committee held in "
              "the Council Chamber, County Hall, Kingsmead on Thursday, 13 March 2025 at "
              "10.00 am.")
    p = k.doc.add_paragraph()
    p.add_run("ATTENDANCE").bold = True
    k.table([
        ["Name", "Role", "Attendance"],
        ["Mrs P A Wendover", "Chairman", "Present"],
        ["Mr K Ashworth", "Vice-Chairman", "Present"],
        ["Mr D Bellingham", "Member", "Present"],
        ["Ms H Carrow", "Member", "Apologies"],
        ["Mrs J Dunmore", "Member", "Present"],
        ["Mr T Fairbrother", "Member", "Present"],
        ["Mr S Pendleton", "Member", "Absent"],
        ["Mrs R Quayle", "Member", "Present"],
        ["Mr M Varley", "Member", "Present"],
        ["Mr G Thirkettle", "Cabinet Member for Adult Social Care and Public Health",
         "In attendance"],
        ["Ms A Lindqvist", "Corporate Director Adult Social Care and Health", "In attendance"],
        ["Mr N Okafor", "Head of Commissioning", "In attendance"],
        ["Dr F Whitcombe", "Director of Public Health", "In attendance"],
        ["Mr C Rowntree", "Finance Business Partner (Adults)", "In attendance"],
        ["Mr P Hollins", "Director of Urgent Care, Kingsmead and Vale Integrated Care Board",
         "In attendance"],
        ["Miss E Tranter", "Democratic Services Officer", "In attendance"],
    ])
    p = k.doc.add_paragraph()
    p.add_run("UNRESTRICTED ITEMS").bold = True
    p.add_run("\n(During these items the meeting was open to the public)")

    # 41
    k.item("Apologies and Substitutes")
    k.para("Apologies for absence were received from Ms H Carrow. There were no substitutes. "
           "Mr S Pendleton was absent.")

    # 42
    k.item("Declarations of Interests by Members in items on the Agenda")
    k.para("Mrs J Dunmore declared that she was an unpaid carer for a family member who "
           "received care and support at home, in relation to the item on the Carers' "
           "Strategy. She remained in the meeting and took part in the discussion.")

    # 43
    k.item("Minutes of the meeting held on 23 January 2025")
    k.para(" that the minutes of the meeting held on 23 January 2025 are correctly recorded "
           "and that they be signed by the Chairman.", lead="RESOLVED:")

    # 44
    k.item("Care and Support at Home: Recommissioning Proposals")
    k.para("Mr N Okafor (Head of Commissioning) introduced the report, which set out the "
           "proposed approach to recommissioning care and support at home from 1 October "
           "2025. The current framework of 62 providers would be replaced by a zoned model "
           "with 11 lead providers across six geographic zones, supported by a smaller "
           "framework of approved providers for specialist and hard-to-source packages. The "
           "contracts would run for five years with an option to extend for a further two "
           "years.")
    k.para("Members asked how the zoned model would avoid leaving rural parts of the county "
           "without enough provider capacity; the Cabinet Member explained that each zone had "
           "been drawn so that no lead provider would cover more than one market town and its "
           "surrounding villages, and that rural packages would attract a rate uplift of 8 "
           "per cent.")
    k.para("A Member questioned whether reducing the number of contracted providers would "
           "limit choice for people who preferred to arrange their own care through a direct "
           "payment.")
    k.para("It was queried whether the new contracts would require providers to pay care "
           "workers for their travel time between visits. In response, the Head of "
           "Commissioning confirmed that payment for travel time and a minimum hourly rate of "
           "£12.60 would be contractual requirements, and that compliance would be tested "
           "through quarterly contract monitoring visits.")
    k.para("The following comments were made:")
    k.bullets([
        "the Committee welcomed the move towards outcome-based commissioning but felt that "
        "providers should be paid for the time actually delivered rather than the time "
        "planned;",
        "concern was raised that several of the current framework providers were owned by "
        "private equity investors, and it was suggested that not-for-profit and locally based "
        "organisations should be given greater weight when bids were evaluated;",
        "a Member requested that people who currently receive care at home, and their "
        "families, be involved in evaluating the tenders, and the Head of Commissioning "
        "agreed that two people with lived experience would sit on each evaluation panel.",
    ])
    k.para(" – That", lead="RESOLVED")
    k.clauses([
        "the report on the recommissioning of care and support at home be noted; and",
        "the proposed zoned lead provider model be endorsed, subject to the comments made by "
        "the Committee being reported to the Cabinet Member for Adult Social Care and Public "
        "Health before a key decision is taken.",
    ])

    # 45
    k.item("Adult Social Care Performance Dashboard: Quarter 3 2024/25")
    k.para("Ms A Lindqvist (Corporate Director Adult Social Care and Health) presented the "
           "performance dashboard for the third quarter of 2024/25. Of the 12 key performance "
           "indicators, five were rated green, four amber and three red. The indicators of "
           "most interest to the Committee are reproduced below.")
    k.table([
        ["Indicator", "Target", "Q3 2024/25", "RAG"],
        ["Care Act assessments completed within 28 days", "75%", "61.2%", "Red"],
        ["People still at home 91 days after discharge into reablement", "82%", "79.4%",
         "Amber"],
        ["Safeguarding enquiries concluded within timescale", "85%", "88.0%", "Green"],
        ["Carers' assessments completed (year to date)", "2,400", "1,655", "Amber"],
        ["New admissions to permanent residential care (65+) per 100,000", "560", "611",
         "Red"],
    ])
    k.para("Concerns were expressed about the timeliness of Care Act assessments, which had "
           "fallen for a third successive quarter. The Corporate Director explained that the "
           "backlog was largely due to vacancies in the North Kingsmead locality team, where "
           "14 social worker posts were unfilled, and that an international recruitment "
           "campaign had appointed nine social workers who would start in April 2025.")
    k.para("Mr T Fairbrother asked whether agency social workers were being used to cover the "
           "vacancies and, if so, what this was costing the Council each month.")
    k.para("Mrs R Quayle sought clarification as to why the reablement indicator remained "
           "below target when the number of reablement hours commissioned had increased. The "
           "Director explained that more people with complex needs were now being referred "
           "into reablement directly from hospital, which reduced the proportion who were "
           "still at home after 91 days.")
    k.para("Mr M Varley asked for the rise in new admissions to permanent residential care to "
           "be broken down by locality at the next meeting. The Corporate Director agreed to "
           "provide this information.")
    k.para(" that the Quarter 3 performance dashboard be noted.", lead="RESOLVED:")

    # 46
    k.item("Adult Social Care Revenue Budget 2025/26")
    k.para("Mr G Thirkettle (Cabinet Member for Adult Social Care and Public Health) "
           "introduced the draft revenue budget for adult social care for 2025/26, which "
           "proposed gross expenditure of £486.3m, net expenditure of £312.8m and savings of "
           "£21.7m. He reminded the Committee that demand for care from people aged 85 and "
           "over had grown by 6 per cent in the past year. The savings proposals were "
           "summarised as follows.")
    k.table([
        ["Savings proposal 2025/26", "£m"],
        ["Reablement first and demand management", "7.9"],
        ["Review of high-cost learning disability placements", "5.2"],
        ["Recommissioning of care and support at home", "3.4"],
        ["Technology-enabled care", "2.1"],
        ["Fees and charges uplift", "3.1"],
        ["Total", "21.7"],
    ])
    k.para("A Member questioned how achievable the savings target was, given that only 64 per "
           "cent of the savings planned for 2024/25 had been delivered. The Cabinet Member "
           "acknowledged the risk and said that every savings proposal had been reviewed by "
           "the Section 151 Officer and that a contingency of £4m was held in corporate "
           "reserves.")
    k.para("Concerns were expressed about the impact of the increase in employer National "
           "Insurance contributions on independent care providers, which the Kingsmead Care "
           "Association had estimated at £9.4m across the county.")
    k.para("It was queried whether any of the savings depended on the Better Care Fund, and "
           "Mr C Rowntree (Finance Business Partner) confirmed that the Better Care Fund plan "
           "for 2025/26 had not yet been agreed with the Kingsmead and Vale Integrated Care "
           "Board and that no savings had been assumed from it.")
    k.para(" to Cabinet that the draft adult social care revenue budget for 2025/26 be "
           "approved, subject to a further report to this Committee in July 2025 on the "
           "delivery of savings.", lead="RECOMMENDED")

    # 47
    k.item("Kingsmead Carers' Strategy 2025-2030")
    k.para("The Head of Commissioning introduced the draft Carers' Strategy, which had been "
           "co-produced with the Carers' Partnership Board following a survey of 1,240 unpaid "
           "carers. The strategy set out five priorities, including earlier identification of "
           "carers, breaks from caring and support into employment.")
    k.para("Members asked how young carers would be identified through schools; the Cabinet "
           "Member explained that a young carers' champion would be appointed in every "
           "secondary school by September 2025.")
    k.para("Mrs J Dunmore requested that the strategy include a specific annual target for "
           "the number of carers' assessments completed.")
    k.para("A Member asked what support was available to carers whose own mental health had "
           "been affected by their caring role. Dr F Whitcombe (Director of Public Health) "
           "explained that the Carers' Wellbeing Service offered up to eight counselling "
           "sessions and that carers were a priority group for NHS talking therapies.")
    k.para(" – that the Committee endorses the draft Carers' Strategy 2025-2030 for "
           "publication, and asks the Head of Commissioning to include an annual target for "
           "carers' assessments before it is published.", lead="AGREED")

    # 48
    k.item("Hospital Discharge and Intermediate Care: Winter Review")
    k.para("The Committee received a joint report from the Council and the Kingsmead and Vale "
           "Integrated Care Board reviewing hospital discharge performance over the winter "
           "period. Ms A Lindqvist and Mr P Hollins attended for this item.")
    k.para("Concerns were expressed about the number of people waiting in Kingsmead General "
           "Hospital for a package of care, which had reached 87 on 3 February 2025. The "
           "Corporate Director explained that 31 of those people were waiting for a care home "
           "placement rather than care at home, and that 20 additional discharge to assess "
           "beds had been commissioned until the end of March.")
    k.para("A Member questioned whether the joint discharge hub was working effectively when "
           "council and NHS staff still used separate case recording systems. Mr P Hollins "
           "accepted that shared records were essential and said that a single discharge "
           "record would be introduced across both organisations during 2025.")
    k.para("The Committee agreed to establish a task and finish group of four Members to "
           "review the effectiveness of discharge to assess arrangements and to report back "
           "to the Committee by November 2025.")

    # 49
    k.item("Work Programme 2025/26")
    k.para("The Committee considered its draft work programme for 2025/26.")
    k.para("Mr D Bellingham asked that an item on access to NHS dental care for care home "
           "residents be added to the work programme.")
    k.para(" that the work programme for 2025/26 be agreed, subject to the addition of an "
           "item on dental care for care home residents.", lead="RESOLVED:")

    k.doc.add_paragraph()
    k.doc.add_paragraph("The meeting closed at 12.52 pm.")
    k.doc.add_paragraph()
    k.doc.add_paragraph("Chairman ……………………………………")
    k.save(path)


# ---------------------------------------------------------------------------
# PDF helpers (fpdf2 + DejaVu)
# ---------------------------------------------------------------------------

class BasePDF(FPDF):
    LINE = 5.6

    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("Modern.gov")
        self.set_producer("Ashby Democratic Services")
        self.spans = []  # (text start, first page, last page)

    # text blocks ----------------------------------------------------------
    def nl(self, h=2.5):
        self.ln(h)

    def bold_line(self, text, size=10.5, align="L"):
        self.set_font("DejaVu", "B", size)
        self.multi_cell(0, self.LINE, text, align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.nl(1.5)

    def para(self, text, label=None, indent=0, size=10.5, style="", gap=2.5):
        self.set_font("DejaVu", style, size)
        left = self.l_margin + indent
        page0 = self.page_no()
        if label:
            self.set_x(left)
            self.cell(10, self.LINE, label)
            self.set_x(left + 10)
            w = self.w - self.r_margin - (left + 10)
        else:
            self.set_x(left)
            w = self.w - self.r_margin - left
        self.multi_cell(w, self.LINE, text, align="J",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.spans.append((text[:50], page0, self.page_no()))
        self.nl(gap)

    def two_col(self, left, right, size=10.5, split=88):
        self.set_font("DejaVu", "", size)
        self.set_x(self.l_margin)
        self.cell(split, self.LINE, left)
        self.multi_cell(0, self.LINE, right, align="L", new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)

    def heading(self, num, title):
        self.set_font("DejaVu", "B", 10.5)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_x(self.l_margin)
        self.cell(12, self.LINE, f"{num}.")
        self.multi_cell(0, self.LINE, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.nl(2)


# ---------------------------------------------------------------------------
# 2. London Borough of Ashby: Health and Wellbeing Scrutiny Committee minutes
# ---------------------------------------------------------------------------

class AshbyMinutesPDF(BasePDF):
    def __init__(self, header_text):
        super().__init__()
        self.header_text = header_text

    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "B", 9)
            self.set_y(10)
            self.cell(0, 5, self.header_text, align="L",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_x(self.l_margin)
        self.cell(0, 5, "SECTION ONE (UNRESTRICTED)", align="R")


def build_ashby_minutes_pdf(path):
    pdf = AshbyMinutesPDF("HEALTH AND WELLBEING SCRUTINY COMMITTEE, 14/10/2025")
    pdf.set_title("Minutes - Health and Wellbeing Scrutiny Committee - 14 October 2025")
    pdf.set_author("London Borough of Ashby")
    pdf.add_page()
    pdf.bold_line("LONDON BOROUGH OF ASHBY", size=12, align="C")
    pdf.bold_line("MINUTES OF THE HEALTH AND WELLBEING SCRUTINY COMMITTEE", size=11,
                  align="C")
    pdf.bold_line("HELD AT 6.30 P.M. ON TUESDAY, 14 OCTOBER 2025", size=10.5, align="C")
    pdf.bold_line("COMMITTEE ROOM 1, ASHBY TOWN HALL, MARKET PARADE, LONDON", size=10.5,
                  align="C")
    pdf.nl(3)
    pdf.bold_line("Members Present:")
    for name in ["Councillor Priya Ramdhanie (Chair)", "Councillor Tom Heskett (Vice-Chair)",
                 "Councillor Abdul Karim Mirza", "Councillor Sinead Gallagher",
                 "Councillor Oliver Brandt"]:
        pdf.two_col(name, "")
    pdf.nl()
    pdf.bold_line("Co-opted Members Present:")
    pdf.two_col("Dr Hannah Wexford", "Healthwatch Ashby")
    pdf.nl()
    pdf.bold_line("Other Councillors Present:")
    pdf.two_col("Councillor Joseph Adeyemi", "Cabinet Member for Health and Adult Social Care")
    pdf.nl()
    pdf.bold_line("Apologies:")
    pdf.two_col("Councillor Mary Okwuosa", "")
    pdf.two_col("Councillor Darren Pitt", "")
    pdf.nl()
    pdf.bold_line("Officers Present:")
    pdf.two_col("Dr Rachel Amsel", "Director of Public Health")
    pdf.two_col("Fiona Latchford", "Associate Director of Primary Care, North Thames "
                "Integrated Care Board")
    pdf.two_col("Desmond Achterberg", "Service Director, Ashby Mental Health Partnership")
    pdf.two_col("Ifeoma Nwosu", "Consultant in Public Health")
    pdf.two_col("Simon Ives", "Democratic Services Officer")
    pdf.nl(5)

    pdf.heading(1, "APOLOGIES FOR ABSENCE")
    pdf.para("Apologies for absence were received from Councillor Mary Okwuosa and Councillor "
             "Darren Pitt. Councillor Adeyemi, Cabinet Member for Health and Adult Social "
             "Care, had given notice that he would need to leave the meeting at 8.30 p.m.",
             indent=12)

    pdf.heading(2, "DECLARATIONS OF DISCLOSABLE PECUNIARY INTEREST")
    pdf.para("There were no declarations of disclosable pecuniary interest. Councillor Brandt "
             "declared a non-pecuniary interest in item 5 as his partner is employed by a "
             "community pharmacy in the borough.", indent=12)

    pdf.heading(3, "MINUTES OF THE PREVIOUS MEETING(S)")
    pdf.bold_line("RESOLVED")
    pdf.para("That the unrestricted minutes of the meeting of the Health and Wellbeing "
             "Scrutiny Committee held on 8 July 2025 be approved and signed by the Chair as a "
             "correct record of proceedings.", indent=12)

    pdf.heading(4, "CHILDHOOD IMMUNISATION UPTAKE")
    pdf.para("Ifeoma Nwosu, Consultant in Public Health, presented the annual report on "
             "childhood immunisation uptake in the borough. She advised that uptake had "
             "improved for most routine vaccinations in 2024/25 but that Ashby remained below "
             "the London average for the second dose of the measles, mumps and rubella (MMR) "
             "vaccine and for the pre-school booster. The report set out the actions agreed "
             "with the North Thames Integrated Care Board, GP practices and the school-aged "
             "immunisation service, including text message reminders, evening clinics in "
             "three family hubs and outreach by health visitors to families who had missed "
             "two or more appointments.", indent=12)
    pdf.para("Further to comments and questions from Members, it was noted:", indent=12)
    pdf.para("Members queried why uptake of the second dose of MMR vaccine remained well below "
             "the national target of 95 per cent. The Director of Public Health explained that "
             "uptake was lowest in the north of the borough, where many families had arrived "
             "recently and were not yet registered with a GP;", label="(a)", indent=12)
    pdf.para("A Member asked whether school nurses could offer catch-up vaccinations in "
             "primary schools, and it was confirmed that a pilot in six primary schools would "
             "begin in January 2026;", label="(b)", indent=12)
    pdf.para("that Members were concerned that misinformation circulating on social media was "
             "discouraging some parents from having their children vaccinated; and",
             label="(c)", indent=12)
    pdf.para("Dr Wexford requested that Healthwatch Ashby be involved in designing the "
             "planned engagement campaign with parents in the north of the borough.",
             label="(d)", indent=12)
    pdf.bold_line("RESOLVED")
    pdf.para("That the annual report on childhood immunisation uptake be noted.", indent=12)

    pdf.heading(5, "PHARMACY NEEDS ASSESSMENT")
    pdf.para("Fiona Latchford, Associate Director of Primary Care at the North Thames "
             "Integrated Care Board, presented the draft Pharmacy Needs Assessment 2025-2028, "
             "which the Health and Wellbeing Board is required to publish every three years. "
             "She advised that:", indent=12)
    pdf.para("there were 47 community pharmacies in the borough, three fewer than when the "
             "last assessment was published in 2022;", label="(a)", indent=12)
    pdf.para("two of the closures had been in Marshgate ward, and one in Ashby Vale;",
             label="(b)", indent=12)
    pdf.para("the draft had been subject to a statutory 60-day consultation, which closed on "
             "19 September 2025; and", label="(c)", indent=12)
    pdf.para("no gaps in the provision of essential services had been identified, although "
             "access on Sunday afternoons was limited in the east of the borough.",
             label="(d)", indent=12)
    pdf.para("Councillor Brandt asked whether the closure of the pharmacy on Marshgate Road "
             "had left residents without a pharmacy within walking distance. Ms Latchford "
             "explained that the nearest alternative was 1.1 kilometres away and that the "
             "assessment had not identified a gap in provision, although she accepted that "
             "this would be a long walk for older and disabled residents.", indent=12)
    pdf.para("Members expressed concern that the assessment relied on distance rather than on "
             "public transport and opening hours, and asked that late evening and Sunday "
             "access be given greater weight in the final version.", indent=12)
    pdf.para("It was queried how many responses had been received to the consultation. "
             "Officers confirmed that 96 responses had been received, of which 61 were from "
             "members of the public and 14 from pharmacy contractors.", indent=12)
    pdf.bold_line("RESOLVED")
    pdf.para("That the Committee recommends to the Health and Wellbeing Board that the final "
             "Pharmacy Needs Assessment give greater weight to evening and Sunday opening "
             "hours.", indent=12)

    pdf.heading(6, "COMMUNITY MENTAL HEALTH AND THE CRISIS PATHWAY")
    pdf.para("Desmond Achterberg, Service Director, Ashby Mental Health Partnership, presented "
             "an update on the transformation of community mental health services for adults. "
             "He reported that the four neighbourhood mental health teams had been fully "
             "established since April 2025, each bringing together community psychiatric "
             "nurses, social workers employed by the Council, peer support workers and staff "
             "from voluntary sector partners. The crisis line had received 9,870 calls in the "
             "first six months of the year, an increase of 18 per cent on the same period in "
             "2024, and the crisis café at Ashby Vale had been used by 1,130 people since it "
             "opened in January. He acknowledged that waiting times for psychological "
             "therapies remained too long and that the service continued to rely on locum "
             "psychiatrists to fill three consultant vacancies, although two substantive "
             "appointments had now been made and the new consultants would take up their "
             "posts in the new year.", indent=12)
    pdf.bold_line("Questions put and answers given")
    pdf.set_font("DejaVu", "I", 10.5)
    pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(0, pdf.LINE, "Question from Councillor Sinead Gallagher to the Director "
                   "of Public Health", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.nl(1.5)
    pdf.para("How many Ashby residents were waiting more than 18 weeks for psychological "
             "therapies at the end of September 2025, and what is being done to reduce that "
             "number?", indent=12)
    pdf.set_font("DejaVu", "I", 10.5)
    pdf.set_x(pdf.l_margin + 12)
    pdf.cell(0, pdf.LINE, "Answer", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.nl(1.5)
    pdf.para("The Director of Public Health said that 412 residents had been waiting more than "
             "18 weeks, compared with 655 a year earlier, and that two additional therapy "
             "providers had been commissioned from the voluntary sector to clear the backlog "
             "by March 2026.", indent=12)
    pdf.set_font("DejaVu", "I", 10.5)
    pdf.set_x(pdf.l_margin + 12)
    pdf.cell(0, pdf.LINE, "Supplementary question", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.nl(1.5)
    pdf.para("Councillor Gallagher asked how many of those waiting were aged between 16 and "
             "25, and whether young people moving from CAMHS to adult services were being "
             "prioritised.", indent=12)
    pdf.set_font("DejaVu", "I", 10.5)
    pdf.set_x(pdf.l_margin + 12)
    pdf.cell(0, pdf.LINE, "Answer", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.nl(1.5)
    pdf.para("The Director said that the figure was not available at the meeting and that a "
             "written answer would be sent to all Members of the Committee.", indent=12)
    pdf.para("Further to comments and questions from Members, it was noted:", indent=12)
    pdf.para("that, in response to a question from Councillor Heskett about whether the "
             "closure of the Linden Ward crisis beds had led to more people in mental health "
             "crisis attending the emergency department, Mr Achterberg confirmed that "
             "attendances had risen by 11 per cent and that a mental health assessment unit "
             "would open beside the emergency department in February 2026; and",
             label="(a)", indent=12)
    pdf.para("that Members remained concerned about the number of people with a learning "
             "disability or autism who were placed in mental health hospitals outside London, "
             "and asked that figures be included in the next update.", label="(b)", indent=12)
    pdf.bold_line("RESOLVED")
    pdf.para("That the update on community mental health services and the crisis pathway be "
             "noted.", indent=12)

    pdf.heading(7, "HEALTH AND WELLBEING SCRUTINY WORK PROGRAMME 2025/26")
    pdf.para("The Chair introduced the work programme and invited suggestions for the "
             "remainder of the municipal year.", indent=12)
    pdf.para("Councillor Mirza requested that the Committee hold a spotlight session on "
             "access to NHS dentistry for children and young people. The Chair agreed that a "
             "session would be scheduled for the January 2026 meeting.", indent=12)
    pdf.bold_line("RESOLVED")
    pdf.para("That the work programme for 2025/26 be agreed, subject to the addition of a "
             "spotlight session on children's dentistry in January 2026.", indent=12)

    pdf.heading(8, "ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT")
    pdf.para("Nil items.", indent=12)
    pdf.para("The meeting ended at 8.54 p.m.")
    pdf.bold_line("Chair, Councillor Priya Ramdhanie\nHealth and Wellbeing Scrutiny Committee")
    pdf.output(str(path))
    return pdf


# ---------------------------------------------------------------------------
# 3. Ashby agenda pack: front sheet + previous minutes + officer report
# ---------------------------------------------------------------------------

class AshbyPackPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.section = "agenda"
        self.section_first_page = 1

    def header(self):
        if self.section == "minutes" and self.page_no() > self.section_first_page:
            self.set_font("DejaVu", "B", 9)
            self.set_y(10)
            self.cell(0, 5, "HEALTH AND WELLBEING SCRUTINY COMMITTEE, 11/11/2025",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")

    def start_section(self, section, stamp=None):
        self.section = section
        self.section_first_page = self.page_no() + 1
        self.add_page()
        if stamp:
            self.set_font("DejaVu", "B", 10)
            self.set_xy(self.w - self.r_margin - 40, 10)
            self.cell(40, 6, stamp, border=1, align="C")
            self.set_y(22)


def build_ashby_pack_pdf(path):
    pdf = AshbyPackPDF()
    pdf.set_title("Agenda - Health and Wellbeing Scrutiny Committee - 9 December 2025")
    pdf.set_author("London Borough of Ashby")

    # --- page 1: agenda front sheet
    pdf.add_page()
    pdf.bold_line("LONDON BOROUGH OF ASHBY", size=13, align="C")
    pdf.bold_line("HEALTH AND WELLBEING SCRUTINY COMMITTEE", size=12, align="C")
    pdf.bold_line("AGENDA", size=16, align="C")
    pdf.nl(2)
    pdf.two_col("Date:", "Tuesday, 9 December 2025")
    pdf.two_col("Time:", "6.30 p.m.")
    pdf.two_col("Venue:", "Committee Room 1, Ashby Town Hall, Market Parade, London")
    pdf.nl(3)
    pdf.bold_line("Members:")
    pdf.two_col("Chair:", "Councillor Priya Ramdhanie")
    pdf.two_col("Vice-Chair:", "Councillor Tom Heskett")
    pdf.two_col("Councillors:", "Oliver Brandt, Sinead Gallagher, Abdul Karim Mirza, Mary "
                "Okwuosa and Darren Pitt")
    pdf.two_col("Co-opted Member:", "Dr Hannah Wexford (Healthwatch Ashby)")
    pdf.nl(2)
    pdf.para("The quorum of this body is 3 voting Members. Members of the public are welcome "
             "to attend this meeting, which will also be broadcast live on the Council's "
             "website.", size=9.5)
    pdf.para("Contact for further enquiries: Simon Ives, Democratic Services Officer, "
             "Tel: 020 7946 0321", size=9.5)
    pdf.nl(1)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(12, 7, "Item", border="B")
    pdf.cell(pdf.w - pdf.l_margin - pdf.r_margin - 12 - 25, 7, "", border="B")
    pdf.cell(25, 7, "Pages", border="B", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.nl(2)
    agenda = [
        ("1.", "APOLOGIES FOR ABSENCE", "To receive any apologies for absence.", ""),
        ("2.", "DECLARATIONS OF DISCLOSABLE PECUNIARY INTEREST",
         "Members are reminded to declare any disclosable pecuniary interest in any item on "
         "the agenda.", ""),
        ("3.", "MINUTES OF THE PREVIOUS MEETING",
         "To confirm as a correct record the unrestricted minutes of the meeting held on "
         "11 November 2025.", "2 - 3"),
        ("4.", "INTEGRATED SEXUAL HEALTH SERVICE: RECOMMISSIONING",
         "Report of the Director of Public Health.", "4 - 5"),
        ("5.", "WINTER PLAN 2025/26: ADULT SOCIAL CARE AND HOSPITAL DISCHARGE",
         "Presentation by the Director of Adult Social Services.", ""),
        ("6.", "WORK PROGRAMME 2025/26", "To note the work programme.", ""),
        ("7.", "ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT", "", ""),
    ]
    body_w = pdf.w - pdf.l_margin - pdf.r_margin - 12 - 25
    for num, title, desc, pages in agenda:
        pdf.set_font("DejaVu", "B", 10.5)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.cell(12, pdf.LINE, num)
        pdf.multi_cell(body_w, pdf.LINE, title, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_xy(pdf.l_margin + 12 + body_w, y)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(25, pdf.LINE, pages, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y + pdf.LINE * (2 if len(title) > 52 else 1)))
        if desc:
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(body_w, 5, desc, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.nl(2.5)
    pdf.nl(2)
    pdf.bold_line("Date of the next meeting: Tuesday, 20 January 2026 at 6.30 p.m.", size=10)

    # --- pages 2-4: minutes of the previous meeting
    pdf.start_section("minutes", stamp="Agenda Item 3")
    pdf.bold_line("LONDON BOROUGH OF ASHBY", size=12, align="C")
    pdf.bold_line("Minutes of the meeting of the Health and Wellbeing Scrutiny Committee held "
                  "on Tuesday, 11 November 2025 at 6.30 p.m. in Committee Room 1, Ashby Town "
                  "Hall", size=11, align="C")
    pdf.nl(3)
    pdf.bold_line("Present:")
    for name in ["Councillor Priya Ramdhanie (Chair)", "Councillor Tom Heskett (Vice-Chair)",
                 "Councillor Abdul Karim Mirza", "Councillor Sinead Gallagher",
                 "Councillor Mary Okwuosa", "Councillor Darren Pitt"]:
        pdf.two_col(name, "")
    pdf.nl()
    pdf.bold_line("Apologies:")
    pdf.two_col("Councillor Oliver Brandt", "")
    pdf.two_col("Dr Hannah Wexford", "Healthwatch Ashby")
    pdf.nl()
    pdf.bold_line("Officers in attendance:")
    pdf.two_col("Dr Rachel Amsel", "Director of Public Health")
    pdf.two_col("Lorraine Gbadamosi", "Director of Adult Social Services")
    pdf.two_col("Simon Ives", "Democratic Services Officer")
    pdf.nl(5)

    pdf.heading(1, "DECLARATIONS OF DISCLOSABLE PECUNIARY INTEREST")
    pdf.para("There were no declarations of disclosable pecuniary interest. Councillor Pitt "
             "declared a non-pecuniary interest in item 3 as a volunteer with the Ashby "
             "Carers' Centre.", indent=12)

    pdf.heading(2, "MINUTES OF THE PREVIOUS MEETING")
    pdf.bold_line("RESOLVED")
    pdf.para("That the unrestricted minutes of the meeting held on 14 October 2025 be approved "
             "and signed by the Chair as a correct record of proceedings.", indent=12)

    pdf.heading(3, "HOSPITAL DISCHARGE AND WINTER PRESSURES")
    pdf.para("Lorraine Gbadamosi, Director of Adult Social Services, presented the joint "
             "winter plan prepared with Ashby General Hospital and the North Thames "
             "Integrated Care Board. The plan set out additional home care capacity, "
             "seven-day working in the hospital social work team and 12 additional discharge "
             "to assess beds in two local care homes, funded from the Better Care Fund. She "
             "reported that the average length of stay for Ashby residents who were medically "
             "fit for discharge had fallen from 6.8 days to 4.1 days since April, largely "
             "because the brokerage team now sourced packages of care at weekends, and that "
             "the number of people readmitted to hospital within 30 days of discharge had "
             "remained stable at around 13 per cent.", indent=12)
    pdf.para("Further to comments and questions from Members, it was noted:", indent=12)
    pdf.para("that Councillor Okwuosa asked how many Ashby residents were delayed in hospital "
             "awaiting a package of home care, and the Director of Adult Social Services said "
             "that the figure on 3 November 2025 was 23, compared with 41 a year earlier;",
             label="(a)", indent=12)
    pdf.para("that Members were concerned about the continuing reliance on agency staff in "
             "the reablement team, which had a vacancy rate of 28 per cent; and",
             label="(b)", indent=12)
    pdf.para("that Councillor Mirza requested a breakdown of discharges to care homes outside "
             "the borough, and the Director agreed to circulate this before the next meeting.",
             label="(c)", indent=12)
    pdf.bold_line("RESOLVED")
    pdf.para("That the joint winter plan for hospital discharge be noted.", indent=12)

    pdf.heading(4, "SUICIDE PREVENTION ACTION PLAN")
    pdf.para("Dr Rachel Amsel, Director of Public Health, introduced the draft Ashby Suicide "
             "Prevention Action Plan 2026-2029, which had been developed with the Ashby "
             "Suicide Prevention Partnership following a review of local deaths between 2021 "
             "and 2024. The plan focused on men aged 40 to 59, people in contact with debt "
             "advice services, and children and young people who self-harm. It also proposed "
             "a real-time surveillance system, agreed with the Metropolitan Police, so that "
             "families and friends bereaved by suicide could be offered support within 72 "
             "hours.", indent=12)
    pdf.para("Councillor Gallagher asked what suicide awareness training was offered to "
             "front-line council staff. Dr Amsel explained that 340 staff had completed "
             "half-day training since April 2025 and that the training would be offered to "
             "housing officers next.", indent=12)
    pdf.para("It was queried whether the plan adequately addressed the risks faced by people "
             "recently discharged from mental health inpatient care.", indent=12)
    pdf.bold_line("RESOLVED")
    pdf.para("That the Committee recommends to Cabinet that the Ashby Suicide Prevention "
             "Action Plan 2026-2029 be adopted.", indent=12)
    pdf.nl(4)
    pdf.para("The meeting ended at 8.20 p.m.")
    pdf.nl(6)
    pdf.para("Chair, Councillor Priya Ramdhanie", style="B")

    # --- pages 5-6: officer report
    pdf.start_section("report", stamp="Agenda Item 4")
    pdf.bold_line("LONDON BOROUGH OF ASHBY", size=12, align="L")
    pdf.two_col("Non-Executive Report of the:", "Health and Wellbeing Scrutiny Committee")
    pdf.two_col("Date:", "9 December 2025")
    pdf.two_col("Classification:", "Unrestricted")
    pdf.nl(2)
    pdf.bold_line("Report of the Director of Public Health", size=11)
    pdf.bold_line("Integrated Sexual Health Service: Recommissioning", size=12)
    pdf.two_col("Lead Member", "Councillor Joseph Adeyemi, Cabinet Member for Health and "
                "Adult Social Care")
    pdf.two_col("Originating Officer(s)", "Ifeoma Nwosu, Consultant in Public Health")
    pdf.two_col("Wards affected", "All wards")
    pdf.two_col("Key Decision?", "No")
    pdf.nl(3)
    pdf.bold_line("Executive Summary")
    pdf.para("The contract for the integrated sexual health service, which provides "
             "contraception, testing and treatment for sexually transmitted infections and "
             "HIV prevention, expires on 31 March 2027. This report sets out the proposed "
             "approach to recommissioning the service jointly with two neighbouring boroughs "
             "and invites the Committee to comment before a decision is taken by Cabinet in "
             "February 2026.")
    pdf.bold_line("1. Recommendations")
    pdf.para("The Health and Wellbeing Scrutiny Committee is recommended to:")
    pdf.para("Note the performance of the current integrated sexual health service, set out "
             "in section 4;", label="1.", indent=6)
    pdf.para("Comment on the proposed joint procurement with the London Boroughs of Fenwick "
             "and Stowbridge; and", label="2.", indent=6)
    pdf.para("Comment on the proposals for online testing and for outreach to young people "
             "and to communities with the highest rates of infection.", label="3.", indent=6)
    pdf.bold_line("2. Background")
    pdf.para("2.1  Local authorities have been responsible for commissioning open access "
             "sexual health services since 2013, funded from the ring-fenced public health "
             "grant. Ashby's public health grant for 2025/26 is £38.6m, of which £7.9m is "
             "spent on sexual health services.")
    pdf.para("2.2  The current service is delivered by Ashby and Fenwick NHS Foundation Trust "
             "from two clinics, at Ashby Vale Health Centre and the Marshgate Clinic, together "
             "with an online testing service. The contract began in April 2020 and was "
             "extended for two years in 2024.")
    pdf.para("2.3  In 2024/25 the service recorded 41,200 attendances, an increase of 9 per "
             "cent on the previous year. Just over half of all tests are now requested "
             "online. Rates of gonorrhoea and syphilis in Ashby remain among the highest in "
             "London, and late diagnosis of HIV remains a concern among Black African "
             "residents and men who have sex with men.")
    pdf.bold_line("3. Proposed approach")
    pdf.para("3.1  It is proposed that Ashby leads a joint procurement with Fenwick and "
             "Stowbridge for a single integrated service from 1 April 2027, with a contract "
             "term of five years and an option to extend for up to three years. A joint "
             "approach is expected to save around £420,000 a year across the three boroughs "
             "through shared management and laboratory costs.")
    pdf.para("3.2  The new service specification will require the provider to maintain at "
             "least one walk-in clinic in each borough, to offer appointments until 8 p.m. on "
             "two evenings a week, and to deliver outreach with schools, colleges and "
             "community organisations.")
    pdf.bold_line("4. Engagement")
    pdf.para("4.1  An online survey of current and potential service users ran from 1 August "
             "to 30 September 2025 and received 1,108 responses. Respondents valued the "
             "online testing service but reported difficulty booking clinic appointments, "
             "particularly for long-acting reversible contraception. Focus groups were also "
             "held with young people and with the Ashby African Health Forum.")
    pdf.bold_line("5. Equalities Implications")
    pdf.para("5.1  An equality impact assessment has been completed and will be updated "
             "before the contract is awarded. The proposed outreach arrangements are intended "
             "to reduce inequalities in access for young people, disabled residents and Black "
             "and minority ethnic communities.")
    pdf.bold_line("6. Comments of the Chief Finance Officer")
    pdf.para("6.1  The recommended approach can be contained within the public health grant. "
             "Any savings from joint procurement will be reinvested in prevention.")
    pdf.para("Appendices: None. Background documents: None.", size=9.5)
    pdf.output(str(path))
    return pdf


# ---------------------------------------------------------------------------
# 4. Kingsmead news release (not minutes)
# ---------------------------------------------------------------------------

PRESS_RELEASE = """\
KINGSMEAD COUNTY COUNCIL
NEWS RELEASE

Issued: Thursday 20 March 2025
For immediate release

Councillors back home care shake-up - but want people who use care to help choose providers

Councillors have backed plans to change the way Kingsmead County Council buys care and
support at home, but have asked for people who receive care, and their families, to have
a direct say in choosing the organisations that will provide it.

Members of the council's Adult Social Care and Health Scrutiny Committee examined the
proposals at their meeting at County Hall on 13 March. Under the plans, the 62 agencies
currently on the council's home care framework would be replaced from October by 11 lead
providers, each responsible for one of six zones across the county.

During a two-hour session, councillors asked questions about how rural villages would be
covered, whether care workers would be paid for the time they spend travelling between
visits, and what the changes would mean for people who arrange their own care through a
direct payment.

Committee chairman Councillor Patricia Wendover said:

"Home care is one of the most important things the county council does. Around 4,300
people rely on it every week, many of them living on their own. We want a system where
care workers are paid fairly, where nobody in a rural village is left waiting for a
package, and where the people who use the service have a real voice.

"We are broadly supportive of what is proposed, but we will be watching closely to make
sure the transition is handled carefully and that nobody experiences a gap in their care."

The committee resolved to endorse the zoned model, subject to its comments being passed to
the Cabinet Member for Adult Social Care and Public Health before a final decision is made
later this spring. Two people with lived experience of home care will sit on each panel
evaluating the bids.

The committee also agreed to set up a small task and finish group to look at how people
are supported when they leave hospital.

ENDS

Notes to editors
1. The Adult Social Care and Health Scrutiny Committee meets in public at County Hall.
   Papers and webcasts are available on the council's website.
2. Kingsmead County Council spends around £96m a year on care and support at home.

Media enquiries: Kingsmead County Council press office, 01632 960 418
"""


def build_press_release(path):
    path.write_text(PRESS_RELEASE, encoding="utf-8")


# ---------------------------------------------------------------------------
# Check gold phrases against document text
# ---------------------------------------------------------------------------

def _norm(s, repl=""):
    s = s.lower()
    s = re.sub(r"[^\w\s]", repl, s)
    return re.sub(r"\s+", " ", s).strip()


def _docx_text(path):
    d = Document(str(path))
    parts = []
    body = d.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tc in child.iter(qn("w:tc")):
                parts.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    return ["\n".join(parts)]


def _pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("b-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = OUT / g["document"]
        if doc.suffix == ".docx":
            pages = _docx_text(doc)
        elif doc.suffix == ".pdf":
            pages = _pdf_pages(doc)
            for i, p in enumerate(pages, 1):
                for line in p.splitlines():
                    if line.rstrip().endswith("-"):
                        print(f"  {doc.name} p{i}: line ends with hyphen: {line!r}")
        else:
            pages = [doc.read_text(encoding="utf-8")]
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("q.text", q["text"]))
            if q.get("answer"):
                phrases.append(("q.answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("r.text", r["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                ok = False
                print(f"  {gold_path.name}: {kind} has {n_words} words: {ph!r}")
            for repl in ("", " "):
                nph = _norm(ph, repl)
                per_page = [_norm(p, repl).count(nph) for p in pages]
                whole = _norm(" ".join(pages), repl).count(nph)
                if sum(per_page) != 1 or whole != 1:
                    ok = False
                    print(f"  {gold_path.name}: {kind} found {per_page} / {whole} "
                          f"(repl={repl!r}): {ph!r}")
        texts = [p for _, p in phrases]
        if len(set(map(_norm, texts))) != len(texts):
            ok = False
            print(f"  {gold_path.name}: duplicate phrases")
        print(f"{gold_path.name}: items={len(g.get('items', []))} "
              f"questions={len(g.get('questions', []))} "
              f"unanswered={sum(1 for q in g.get('questions', []) if not q.get('answer'))} "
              f"resolutions={len(g.get('resolutions', []))} "
              f"attendees={len(g.get('attendees', []))}")
    print("CHECK OK" if ok else "CHECK FAILED")
    return ok


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build_kingsmead_docx(OUT / "b-kingsmead-adult-care-scrutiny.docx")
    m = build_ashby_minutes_pdf(OUT / "b-ashby-health-wellbeing.pdf")
    p = build_ashby_pack_pdf(OUT / "b-ashby-agenda-pack.pdf")
    build_press_release(OUT / "b-kingsmead-press-release.txt")
    if "--check" in sys.argv:
        for name, pdf in (("health-wellbeing", m), ("agenda-pack", p)):
            print(f"{name}: {pdf.page_no()} pages; paragraphs crossing a page break:")
            for text, a, b in pdf.spans:
                if a != b:
                    print(f"    p{a}->p{b}: {text!r}")
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
