#!/usr/bin/env python3
"""Build the "mo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mo.py           build documents/mo-* and gold/mo-*.json
        build_mo.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 20, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES = "mo-bloxbury-education-osc-2025-03-13.pdf"
REPORT = "mo-bloxbury-report-elective-home-education.docx"

COMMITTEE = "Education Overview and Scrutiny Committee"
MEETING = "13 March 2025"

# ---------------------------------------------------------------------------------------
# The minutes: a list of blocks.
#   ("item", number, title)     minute heading, number in bold beside the title
#   ("p", text)                 paragraph (may hold **bold** runs)
#   ("resolved", label)         bold decision label on a line of its own
#   ("clause", n, text)         numbered decision clause with a hanging indent
#   ("gap", mm)
# ---------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Present", [
        "Councillor A. Khatun (Chair)",
        "Councillor P. Brindley (Vice-Chair)",
        "Councillor S. Dhillon",
        "Councillor R. Gorton",
        "Councillor N. Latham",
        "Councillor J. Meakin",
        "Councillor L. Powis",
        "Councillor M. Sahota",
    ]),
    ("Co-opted Members", [
        "Mrs C. Follows \u2013 Parent Governor Representative",
        "Mr F. Nolan \u2013 Roman Catholic Diocesan Representative",
    ]),
    ("Portfolio Holder", [
        "Councillor K. Hartill \u2013 Education and Skills",
    ]),
    ("Officers", [
        "Nicola Pryce \u2013 Executive Director, Children\u2019s Services",
        "Daniel Ashworth \u2013 Director, Access and Inclusion",
        "Helen Quayle \u2013 Head of Inclusion and Attendance",
        "Marcus Fenn \u2013 Group Manager, Home to School Transport",
        "Priya Lall \u2013 Elective Home Education Lead",
        "Ruth Stanway \u2013 Finance Business Partner, Children\u2019s Services",
        "Colin Wragg \u2013 Democratic Services Officer",
    ]),
]

BLOCKS = [
    ("item", "38/24", "Apologies"),
    ("p", "Apologies for absence were received on behalf of Councillor B. Harrop, Councillor "
          "D. Tonks and Mr G. Eades (Church of England Diocesan Representative)."),

    ("item", "39/24", "Substitutions"),
    ("p", "The following substitution was notified for the duration of the meeting: Councillor "
          "R. Gorton for Councillor B. Harrop."),

    ("item", "40/24", "Declarations of interest and party whip"),
    ("p", "Councillor Powis declared a non-pecuniary interest in minute 43/24 (School Attendance "
          "and Persistent Absence) as a member of the local governing body of Cradwell Academy. "
          "There were no declarations of party whip."),

    ("item", "41/24", "Local Government (Access to Information) Act, 1985 (as amended)"),
    ("p", "There were no items to be considered in private session."),

    ("item", "42/24", "Minutes"),
    ("resolved", "Resolved"),
    ("p", "That the minutes of the meeting held on 23 January 2025, a copy having been "
          "previously circulated, be approved and signed by the Chair as a true and accurate "
          "record."),

    ("item", "43/24", "School Attendance and Persistent Absence"),
    ("p", "The Portfolio Holder for Education and Skills introduced the report, which set out "
          "the attendance of pupils in Bloxbury schools during the autumn term 2024 and the "
          "progress made against the Bloxbury Attendance Strategy 2023-26 (annexed). The Head "
          "of Inclusion and Attendance highlighted the salient points of the report, which "
          "included overall absence in primary schools of 5.4 per cent against a national "
          "figure of 5.5 per cent, and persistent absence in secondary schools of 24.1 per "
          "cent, which remained above the national average of 21.8 per cent and was highest in "
          "the Moxhurst and Ashwick Green wards. Members were informed that the statutory "
          "guidance \u2018Working together to improve school attendance\u2019 had come into "
          "force in August 2024 and that every school in the borough now had a named link "
          "officer from the Attendance Support Team, who met the school\u2019s attendance lead "
          "at least once each half term to review the pupils of most concern."),
    ("p", "A Member asked whether the increase in the number of penalty notices issued to "
          "parents had led to any improvement in attendance. The Head of Inclusion and "
          "Attendance explained that penalty notices were a last resort and were only issued "
          "once a support plan had been offered and refused; the evidence from the new "
          "national framework was not yet conclusive, but repeat notices had fallen by a "
          "third since September."),
    ("p", "Members expressed concern that families in the most deprived wards were struggling "
          "with the cost of uniform and travel, and that this was contributing to absence. The "
          "Portfolio Holder acknowledged the pressures on families and advised that the "
          "Council\u2019s Household Support Fund allocation had been used to provide uniform "
          "vouchers to 1,840 pupils eligible for free school meals, and that schools had been "
          "reminded of the statutory guidance on the cost of school uniforms."),
    ("p", "Councillor Meakin commented that headteachers in her ward had spoken very highly of "
          "the Attendance Support Team and of the practical help given to families."),
    ("p", "In response to a question about the number of pupils not attending because of "
          "anxiety or emotionally based school avoidance, the Director, Access and Inclusion "
          "stated that 212 pupils were currently known to the team for this reason, an "
          "increase of 30 on the previous year. Schools were being supported through the "
          "Mental Health Support Teams, which were jointly funded with the Integrated Care "
          "Board, and a graduated response toolkit had been shared with all schools in "
          "January 2025. He added that waiting times for the Child and Adolescent Mental "
          "Health Service remained a concern and that the matter had been raised with NHS "
          "partners through the Bloxbury Together Partnership."),
    ("p", "Mrs Follows queried how the Council worked with academy trusts, which were not under "
          "local authority control, to make sure that they followed the attendance guidance. "
          "The Executive Director, Children\u2019s Services explained that the duties in the "
          "guidance applied equally to academies and maintained schools, and that attendance "
          "was a standing item at the termly meetings with the chief executives of the "
          "multi-academy trusts operating in the borough; where concerns persisted these were "
          "raised with the Regional Director for the Department for Education."),
    ("p", "A Member requested that ward-level data on persistent absence be shared with all "
          "Members so that ward councillors could support the work in their communities. "
          "Officers agreed that the ward level data would be circulated before the next "
          "meeting."),
    ("resolved", "Resolved"),
    ("p", "That:"),
    ("clause", "1.", "The report be noted;"),
    ("clause", "2.", "Ward-level data on persistent absence be circulated to all Members of the "
                     "Council; and"),
    ("clause", "3.", "A further update on the Attendance Strategy, including the impact of "
                     "penalty notices, be brought to the Committee in the 2025/26 municipal "
                     "year."),

    ("item", "44/24", "Home to School Transport for Children and Young People with Special "
                      "Educational Needs and Disabilities (SEND)"),
    ("p", "The Director, Access and Inclusion presented the report, which updated the Committee "
          "on the demand for and the cost of home to school transport for children and young "
          "people with special educational needs and disabilities. Members were informed that "
          "1,326 pupils were eligible for assisted travel, an increase of 11 per cent in a "
          "year, in line with the rise in the number of Education, Health and Care Plans, and "
          "that the budget was forecast to overspend by \u00a32.9 million in 2024/25. The "
          "Group Manager, Home to School Transport explained that 61 per cent of routes were "
          "delivered through a dynamic purchasing system by private taxi and minibus "
          "operators, with the remainder provided by the Council\u2019s in-house fleet of 38 "
          "vehicles based at the Fordbrook Lane depot."),
    ("p", "A Member asked what assurance the Council had about the quality of the service "
          "provided by the private operators, given that several contracts had changed hands "
          "during the year. The Group Manager advised that all operators were subject to "
          "contract monitoring, including unannounced spot checks at schools, and that two "
          "operators had been removed from the framework in 2024 for failing to meet the "
          "required standards."),
    ("p", "Concerns were raised about complaints from parents of late and missed collections at "
          "the start of the spring term, and about the impact this had on children with autism "
          "who relied on a settled routine. The Group Manager apologised for the disruption, "
          "which had been caused by a shortage of drivers and passenger assistants after one "
          "operator withdrew from eleven routes at short notice, and confirmed that all routes "
          "were now covered."),
    ("p", "Councillor Dhillon questioned whether it would be more cost effective to bring more "
          "routes back in-house rather than relying on the private sector, where prices had "
          "risen sharply. The Director explained that an options appraisal was under way and "
          "would be reported to Cabinet in the summer; the in-house fleet was cheaper per "
          "route but the Council could not at present recruit enough drivers to expand it."),
    ("p", "Members sought clarification on the safeguarding checks undertaken on drivers and "
          "passenger assistants employed by operators. It was confirmed that all drivers and "
          "passenger assistants required an enhanced Disclosure and Barring Service check and "
          "licensing by the Council, and that safeguarding training was mandatory before "
          "anyone could work on a route."),
    ("p", "A Member queried how the overspend would be met. The Finance Business Partner "
          "advised that the pressure had been recognised in the budget for 2025/26, with an "
          "additional \u00a32.4 million added to the base budget, but that demand was "
          "expected to continue to rise."),
    ("p", "In response to a question from Councillor Latham about independent travel training, "
          "the Group Manager reported that 48 young people had completed the programme this "
          "year, saving an estimated \u00a3310,000 a year, and that the aim was to double the "
          "number of places in 2025/26."),
    ("p", "The Chair asked that the results of the survey of parents and carers, which had "
          "closed in February, be reported to a future meeting."),
    ("resolved", "Resolved"),
    ("p", "That:"),
    ("clause", "1.", "The update on home to school transport be noted; and"),
    ("clause", "2.", "It be recommended to Cabinet that the independent travel training "
                     "programme be expanded in 2025/26 and that the options appraisal on the "
                     "in-house fleet considers the recruitment and retention of drivers."),

    ("item", "45/24", "Elective Home Education and Children Missing Education"),
    ("p", "The Elective Home Education Lead presented the report, which set out the number of "
          "children electively home educated in Bloxbury and the arrangements for identifying "
          "and tracking children missing education. There were 687 children recorded as "
          "electively home educated at the end of January 2025, compared with 529 a year "
          "earlier, and the most common reasons given by parents were dissatisfaction with the "
          "school, the child\u2019s mental health and a preference for home education on "
          "philosophical or religious grounds."),
    ("p", "Members discussed the report at length. A Member asked how many of the children had "
          "an Education, Health and Care Plan and whether their needs were being met at home. "
          "The Elective Home Education Lead explained that 74 of the children had a plan, "
          "that each was reviewed annually with the family and, where the arrangements were "
          "not suitable, the local authority would consider whether a school attendance order "
          "should be issued. Councillor Brindley expressed concern that some families had been "
          "encouraged by schools to remove their children from the school roll to avoid a "
          "permanent exclusion, a practice known as off-rolling. The Executive Director said "
          "that the Council challenged schools where a pattern of withdrawals was identified "
          "and that two cases had been referred to the Regional Director in the last year. "
          "Councillor Sahota questioned whether the Council had enough staff to visit every "
          "family, given the increase in numbers. In response, Members were informed that the "
          "team had been increased from two to three officers in September 2024 and that the "
          "Council was awaiting the outcome of the Children\u2019s Wellbeing and Schools Bill, "
          "which would introduce a statutory register of children not in school."),
    ("p", "Mr Nolan asked what was done to locate children who had left a school roll without "
          "a known destination. The Elective Home Education Lead explained that all such cases "
          "were recorded as children missing education and checked against the Common "
          "Transfer File system and health and housing records, and that the Council worked "
          "with the police where there were safeguarding concerns; at the time of the report "
          "19 children were missing education, of whom six had been missing for more than "
          "three months."),
    ("p", "The Committee noted the report and thanked the Elective Home Education Lead for her "
          "attendance."),

    ("item", "46/24", "Recommendation Tracker"),
    ("p", "The Committee considered the recommendation tracker, which set out progress against "
          "the recommendations made at previous meetings (annexed). A Member asked when the "
          "response from Cabinet on the recommendation about counselling in schools would be "
          "received, as it had been outstanding since October. The Democratic Services "
          "Officer undertook to chase the response and report back to Members by email."),
    ("resolved", "Resolved"),
    ("p", "That the recommendation tracker be noted."),

    ("item", "47/24", "Areas of Focus 2024/25 and Forward Plans"),
    ("p", "Members considered the Committee\u2019s Areas of Focus for 2024/25 and the Forward "
          "Plans of the Council (annexed). The Chair reminded Members that this was the final "
          "meeting of the municipal year and invited suggestions for the 2025/26 work "
          "programme."),
    ("p", "Councillor Powis suggested that the Committee should look at the sufficiency of "
          "specialist school places and the use of independent and non-maintained special "
          "schools, given their cost to the high needs block. Councillor Latham asked that "
          "post-16 provision and young people not in education, employment or training be "
          "included."),
    ("resolved", "Resolved"),
    ("p", "That:"),
    ("clause", "1.", "The Areas of Focus for 2024/25 and the Forward Plans be noted; and"),
    ("clause", "2.", "The suggestions made by Members be considered when the Areas of Focus for "
                     "2025/26 are agreed."),

    ("item", "48/24", "Date of next meeting"),
    ("p", "The Chair informed Members that the date of the first meeting of the 2025/26 "
          "municipal year would be confirmed following Annual Council on 21 May 2025."),

    ("item", "", "Termination of meeting"),
    ("p", "The meeting terminated at 8.07 p.m."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{COMMITTEE} \u2013 {MEETING}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"{self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {COMMITTEE} - {MEETING}")
    pdf.set_author("Bloxbury Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    # Title block
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(0, 5, "Bloxbury Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "Thursday 13 March 2025 at 6.00 p.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.cell(0, 6, "Conference Room 2, Council House, Bloxbury", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # Attendance: label column and names column
    label_w = 46
    for label, names in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(pdf.l_margin, y0)
        pdf.cell(label_w, 5.6, label)
        pdf.set_font("Sans", "", 10.5)
        for name in names:
            pdf.set_x(pdf.l_margin + label_w)
            pdf.multi_cell(width - label_w, 5.6, name, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)

    hang = 20
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 11)
            y0 = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y0)
            pdf.cell(hang, 6, num)
            pdf.set_xy(pdf.l_margin + hang, y0)
            pdf.multi_cell(width - hang, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(width, 5.6, block[1], align="J", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "resolved":
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "clause":
            _, n, text = block
            pdf.set_font("Sans", "", 10.5)
            y0 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 4, y0)
            pdf.cell(8, 5.6, n)
            pdf.set_xy(pdf.l_margin + 12, y0)
            pdf.multi_cell(width - 12, 5.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "gap":
            pdf.ln(block[1])

    # Signature lines
    pdf.ln(10)
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, 6, "Chair: ......................................................", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "Date: .......................................................", new_x="LMARGIN",
             new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text: str = "", bold: bool = False, size: float | None = None,
             align=None) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align

    def numbered(num: str, text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        p.add_run(f"{num}\t{text}")

    para("Agenda item 8", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(COMMITTEE, bold=True, size=13)
    para("13 March 2025")
    para("Elective Home Education and Children Missing Education", bold=True, size=13)
    para("Ward(s): All")
    para("Portfolios: Councillor K. Hartill \u2013 Education and Skills")

    para("1. Aim", bold=True)
    numbered("1.1", "To provide the Committee with an update on the number of children who are "
                    "electively home educated (EHE) in Bloxbury, and on the arrangements the "
                    "Council has in place to identify children missing education (CME), in line "
                    "with the Committee\u2019s Areas of Focus for 2024/25.")

    para("2. Recommendations", bold=True)
    numbered("2.1", "That the Committee note the contents of this report.")
    numbered("2.2", "That the Committee consider whether it wishes to make any recommendations "
                    "to Cabinet on the support offered to home educating families.")

    para("3. Report detail \u2013 Know", bold=True)
    para("Context", bold=True)
    numbered("3.1", "Parents have a legal right to educate their child at home. The local "
                    "authority has no duty to monitor the quality of elective home education on "
                    "a routine basis, but must act if it appears that a child is not receiving "
                    "a suitable education.")
    numbered("3.2", "At the end of January 2025 there were 687 children recorded as electively "
                    "home educated, compared with 529 in January 2024 and 402 in January 2023. "
                    "Of these, 74 have an Education, Health and Care Plan.")
    numbered("3.3", "The reasons most often given by parents are set out in the table below. "
                    "Parents are not required to give a reason, and 131 did not.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Reason given"
    t.rows[0].cells[1].text = "Number of children"
    for reason, n in [("Dissatisfaction with the school", "164"),
                      ("Child\u2019s mental health or anxiety", "142"),
                      ("Philosophical or religious preference", "118"),
                      ("Special educational needs not met", "71"),
                      ("Avoiding exclusion or prosecution for non-attendance", "61"),
                      ("No reason given", "131")]:
        row = t.add_row().cells
        row[0].text = reason
        row[1].text = n

    para("Questions raised at the meeting on 23 January 2025", bold=True)
    numbered("3.4", "At its last meeting the Committee asked how many home educated children "
                    "were known to children\u2019s social care. As at 31 January 2025, 38 "
                    "children were open to social care, 9 of them on a child protection plan.")
    numbered("3.5", "Members also asked whether the Council offers any support to families who "
                    "choose to home educate. Families are offered an annual visit, an "
                    "information pack and access to the Bloxbury Libraries learning offer; "
                    "funding for examinations is not available.")

    para("Children missing education", bold=True)
    numbered("3.6", "A child missing education is a child of compulsory school age who is not "
                    "registered at a school and is not receiving suitable education otherwise "
                    "than at a school. At the time of writing 19 children were recorded as "
                    "missing education.")

    para("4. Financial information", bold=True)
    numbered("4.1", "The EHE team is funded from the Dedicated Schools Grant central services "
                    "block. The additional post created in September 2024 costs \u00a342,600 a "
                    "year.")

    para("5. Reducing inequalities", bold=True)
    numbered("5.1", "Children with special educational needs and children from some minority "
                    "communities are over-represented among home educated children.")

    para("6. Decide", bold=True)
    numbered("6.1", "The Committee may wish to consider whether it requires further information "
                    "or whether any recommendations should be made to Cabinet.")

    para("7. Respond", bold=True)
    numbered("7.1", "Any recommendations made by the Committee will be reported to the Portfolio "
                    "Holder and added to the Committee\u2019s recommendation tracker.")

    para("8. Review", bold=True)
    numbered("8.1", "A further report will be presented in the 2025/26 municipal year.")

    para("Background papers", bold=True)
    para("Elective home education: departmental guidance for local authorities (DfE, April 2019).")

    para("Author", bold=True)
    para("Priya Lall, Elective Home Education Lead")
    para("\u260e 01632 960417")
    para("\u2709 priya.lall@bloxbury.gov.example")

    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "Nicola Pryce"
    t.cell(0, 1).text = "Councillor K. Hartill"
    t.cell(1, 0).text = "Executive Director, Children\u2019s Services"
    t.cell(1, 1).text = "Portfolio Holder \u2013 Education and Skills"
    t.cell(2, 0).text = "3 March 2025"
    t.cell(2, 1).text = "3 March 2025"

    d.core_properties.author = "Bloxbury Council"
    d.core_properties.title = "Elective Home Education and Children Missing Education"
    d.core_properties.created = dt.datetime(2025, 3, 3, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2025, 3, 3, 9, 0, 0)
    d.core_properties.last_modified_by = "Bloxbury Council"
    d.core_properties.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so the output is byte-for-byte deterministic
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml",
                                                          i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "38/24", "title": "Apologies"},
        {"number": "39/24", "title": "Substitutions"},
        {"number": "40/24", "title": "Declarations of interest and party whip"},
        {"number": "41/24", "title": "Local Government (Access to Information) Act, 1985 (as amended)"},
        {"number": "42/24", "title": "Minutes"},
        {"number": "43/24", "title": "School Attendance and Persistent Absence"},
        {"number": "44/24", "title": "Home to School Transport for Children and Young People "
                                     "with Special Educational Needs and Disabilities (SEND)"},
        {"number": "45/24", "title": "Elective Home Education and Children Missing Education"},
        {"number": "46/24", "title": "Recommendation Tracker"},
        {"number": "47/24", "title": "Areas of Focus 2024/25 and Forward Plans"},
        {"number": "48/24", "title": "Date of next meeting"},
        {"number": "", "title": "Termination of meeting"},
    ],
    "questions": [
        # 43/24 School attendance
        q("43/24", "question",
          "whether the increase in the number of penalty notices issued to parents",
          None,
          "penalty notices were a last resort and were only issued once",
          "Head of Inclusion and Attendance",
          ["children-and-families"]),
        q("43/24", "concern",
          "families in the most deprived wards were struggling with the cost of uniform",
          None,
          "Household Support Fund allocation had been used to provide uniform vouchers",
          "Portfolio Holder",
          ["children-and-families", "finance"]),
        q("43/24", "comment",
          "headteachers in her ward had spoken very highly of the Attendance Support Team",
          "Councillor Meakin",
          None, None,
          ["children-and-families"]),
        q("43/24", "question",
          "the number of pupils not attending because of anxiety or emotionally based school avoidance",
          None,
          "212 pupils were currently known to the team for this reason",
          "Director, Access and Inclusion",
          ["mental-health", "children-and-families"]),
        q("43/24", "question",
          "how the Council worked with academy trusts, which were not under local authority",
          "Mrs Follows",
          "the duties in the guidance applied equally to academies and maintained schools",
          "Executive Director, Children\u2019s Services",
          ["children-and-families", "governance"]),
        q("43/24", "request",
          "data on persistent absence be shared with all Members so that ward councillors",
          None,
          "Officers agreed that the ward level data would be circulated",
          None,
          ["children-and-families"]),
        # 44/24 SEND transport
        q("44/24", "question",
          "what assurance the Council had about the quality of the service provided",
          None,
          "two operators had been removed from the framework in 2024",
          "Group Manager",
          ["subcontracting", "privatisation", "children-and-families"]),
        q("44/24", "concern",
          "complaints from parents of late and missed collections at the start of the spring term",
          None,
          "caused by a shortage of drivers and passenger assistants",
          "Group Manager",
          ["children-and-families", "workforce"]),
        q("44/24", "question",
          "whether it would be more cost effective to bring more routes back",
          "Councillor Dhillon",
          "an options appraisal was under way and would be reported to Cabinet",
          "Director",
          ["privatisation", "finance", "children-and-families"]),
        q("44/24", "question",
          "the safeguarding checks undertaken on drivers and passenger assistants employed by operators",
          None,
          "required an enhanced Disclosure and Barring Service check and licensing by the Council",
          None,
          ["workforce", "children-and-families"]),
        q("44/24", "question",
          "A Member queried how the overspend would be met",
          None,
          "advised that the pressure had been recognised in the budget",
          "Finance Business Partner",
          ["finance"]),
        q("44/24", "question",
          "a question from Councillor Latham about independent travel training",
          "Councillor Latham",
          "48 young people had completed the programme this year",
          "Group Manager",
          ["children-and-families", "finance"]),
        q("44/24", "request",
          "the results of the survey of parents and carers, which had closed in February",
          "Chair",
          None, None,
          ["patient-and-public-input", "children-and-families"]),
        # 45/24 EHE and CME
        q("45/24", "question",
          "how many of the children had an Education, Health and Care Plan",
          None,
          "each was reviewed annually with the family",
          "Elective Home Education Lead",
          ["children-and-families"]),
        q("45/24", "concern",
          "encouraged by schools to remove their children from the school roll",
          "Councillor Brindley",
          "the Council challenged schools where a pattern of withdrawals was identified",
          "Executive Director",
          ["children-and-families"]),
        q("45/24", "question",
          "whether the Council had enough staff to visit every family",
          "Councillor Sahota",
          "team had been increased from two to three officers",
          None,
          ["workforce", "children-and-families"]),
        q("45/24", "question",
          "locate children who had left a school roll without a known destination",
          "Mr Nolan",
          "all such cases were recorded as children missing education",
          "Elective Home Education Lead",
          ["children-and-families"]),
        # 46/24 Recommendation tracker
        q("46/24", "question",
          "when the response from Cabinet on the recommendation about counselling in schools",
          None,
          "undertook to chase the response and report back to Members by email",
          "Democratic Services Officer",
          ["mental-health", "children-and-families"]),
        # 47/24 Areas of focus
        q("47/24", "request",
          "the sufficiency of specialist school places and the use of independent",
          "Councillor Powis",
          None, None,
          ["children-and-families", "finance"]),
        q("47/24", "request",
          "young people not in education, employment or training be included",
          "Councillor Latham",
          None, None,
          ["children-and-families"]),
    ],
    "resolutions": [
        r("42/24", "be approved and signed by the Chair as a true and accurate record",
          "agreed", []),
        r("43/24", "A further update on the Attendance Strategy, including the impact of penalty notices",
          "agreed", ["children-and-families"]),
        r("44/24", "recommended to Cabinet that the independent travel training programme be expanded",
          "recommended", ["children-and-families", "privatisation", "workforce"]),
        r("45/24", "The Committee noted the report and thanked the Elective Home Education Lead",
          "noted", ["children-and-families"]),
        r("46/24", "That the recommendation tracker be noted",
          "noted", []),
        r("47/24", "The suggestions made by Members be considered when the Areas of Focus",
          "agreed", []),
    ],
    "attendees": [
        a("Councillor A. Khatun", "Chair", "present"),
        a("Councillor P. Brindley", "Vice-Chair", "present"),
        a("Councillor S. Dhillon", None, "present"),
        a("Councillor R. Gorton", None, "present"),
        a("Councillor N. Latham", None, "present"),
        a("Councillor J. Meakin", None, "present"),
        a("Councillor L. Powis", None, "present"),
        a("Councillor M. Sahota", None, "present"),
        a("Mrs C. Follows", "Parent Governor Representative", "present"),
        a("Mr F. Nolan", "Roman Catholic Diocesan Representative", "present"),
        a("Councillor K. Hartill", "Portfolio Holder, Education and Skills", "in_attendance"),
        a("Nicola Pryce", "Executive Director, Children\u2019s Services", "in_attendance"),
        a("Daniel Ashworth", "Director, Access and Inclusion", "in_attendance"),
        a("Helen Quayle", "Head of Inclusion and Attendance", "in_attendance"),
        a("Marcus Fenn", "Group Manager, Home to School Transport", "in_attendance"),
        a("Priya Lall", "Elective Home Education Lead", "in_attendance"),
        a("Ruth Stanway", "Finance Business Partner, Children\u2019s Services", "in_attendance"),
        a("Colin Wragg", "Democratic Services Officer", "in_attendance"),
        a("Councillor B. Harrop", None, "apologies"),
        a("Councillor D. Tonks", None, "apologies"),
        a("Mr G. Eades", "Church of England Diocesan Representative", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(" " if unicodedata.category(c).startswith("P") else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def normalise_join(text: str) -> str:
    """Variant that deletes punctuation instead of replacing it with a space."""
    text = text.lower()
    text = "".join("" if unicodedata.category(c).startswith("P") else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
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
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_file in sorted(GOLD.glob("mo-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        raw = document_text(doc)
        if not raw.strip():
            print(f"EMPTY TEXT: {doc.name}")
            bad += 1
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for norm in (normalise, normalise_join):
            body = norm(raw)
            for what, phrase in phrases:
                n_words = len(phrase.split())
                if not 6 <= n_words <= 15:
                    print(f"{doc.name}: {what} phrase has {n_words} words: {phrase!r}")
                    bad += 1
                count = body.count(norm(phrase))
                if count != 1:
                    print(f"{doc.name}: {what} phrase found {count} times ({norm.__name__}): "
                          f"{phrase!r}")
                    bad += 1
        # every attendee name should appear in the text
        for att in g.get("attendees", []):
            if normalise(att["name"]) not in normalise(raw):
                print(f"{doc.name}: attendee not found: {att['name']!r}")
                bad += 1
        for it in g.get("items", []):
            if normalise(it["title"]) not in normalise(raw):
                print(f"{doc.name}: item title not found: {it['title']!r}")
                bad += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES}\nwrote {DOCS / REPORT}\nwrote gold files to {GOLD}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
