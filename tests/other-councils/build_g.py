"""Build the round-4 `g-` held-out documents, or check their gold annotations.

    python tests/other-councils/build_g.py           # write tests/other-councils/documents/g-*
    python tests/other-councils/build_g.py --check   # verify tests/other-councils/gold/g-*.json

Every council, person, place and figure below is invented. The documents imitate the
house style of English council minutes:

  g-westbury-scrutiny-commission.pdf  city council Scrutiny Commission (health and social
                                      care), 4 pages, numbered sentence-case bold headings,
                                      a ruled Question | Response table, AGREED: / RESOLVED:
  g-fenby-cabinet-minutes.docx        unitary council Cabinet, CAB nnn headings, Decision /
                                      Reasons / Alternatives / Declarations sub-headings,
                                      attendance in a Name | Portfolio table
  g-westbury-public-forum.html        council CMS page (<article>, <h2>, <dl>) for a Health
                                      Scrutiny public forum
  g-fenby-forward-plan.docx           NOT minutes: forward plan of key decisions

The build is deterministic: fixed dates inside the files and fixed zip timestamps.
"""

from __future__ import annotations

import datetime as _dt
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
FIXED_DATE = _dt.datetime(2025, 7, 18, 9, 0, 0, tzinfo=_dt.timezone.utc)

# ---------------------------------------------------------------------------------------
# 1. Westbury City Council – Health and Social Care Scrutiny Commission – 3 June 2025 (PDF)
# ---------------------------------------------------------------------------------------

WB_FOOTER = "Westbury City Council – Scrutiny Commission – 3 June 2025 – Page {n}"

WB_PRESENT = [
    ("Councillor Rowena Ashdown (Chair)", "Councillor Tariq Mahmood (Vice Chair)"),
    ("Councillor Beverley Cole", "Councillor Declan Fairweather"),
    ("Councillor Imogen Hale", "Councillor Suresh Patel"),
]

WB_IN_ATTENDANCE = [
    "Councillor Gail Thornbury – Executive Member for Adult Social Care and Wellbeing",
    "Rachel Dunmore – Director of Integrated Care, Westbury Integrated Care Board",
]

WB_OFFICERS = [
    "Marcus Lindqvist – Strategic Director, Adults and Health",
    "Dr Farah Quayle – Director of Public Health",
    "Helen Roebuck – Head of Commissioning, Adult Social Care",
    "Jo Tennant – Scrutiny Policy Officer",
]

# Blocks: ("h", number, title) | ("p", text) | ("dec", label, [clauses]) | ("table", rows)
WB_BLOCKS = [
    ("h", "1", "Apologies for absence"),
    ("p", "Apologies for absence were received from Councillor Nathan Oyelaran and "
          "Councillor Carys Whitlock."),
    ("h", "2", "Declarations of interest"),
    ("p", "Members were asked to declare any interests they may have in the business to be "
          "discussed. Councillor Patel declared an other registrable interest in item 6 as a "
          "trustee of Westbury Carers Centre, which receives grant funding from the Council. "
          "The interest was not considered so significant that it was likely to prejudice his "
          "judgement of the public interest and he remained in the meeting."),
    ("h", "3", "Minutes of the previous meeting"),
    ("dec", "AGREED:", [
        "that the minutes of the meeting of the Health and Social Care Scrutiny Commission "
        "held on 22 April 2025 be confirmed as a correct record.",
    ]),
    ("h", "4", "Chair's announcements"),
    ("p", "The Chair welcomed Councillor Fairweather to his first meeting of the Commission. "
          "The Chair reminded Commissioners that the Health Scrutiny Public Forum on the "
          "proposed changes to urgent care would be held on 16 June 2025 and encouraged "
          "members to attend."),
    ("h", "5", "Petitions, questions and statements"),
    ("p", "The Monitoring Officer reported that no petitions, questions or statements had "
          "been received in accordance with the Council's procedures."),
    ("h", "6", "Adult Social Care Market Position Statement"),
    ("p", "The Strategic Director, Adults and Health submitted a report presenting the draft "
          "Adult Social Care Market Position Statement 2025–2028, which would be considered "
          "by the Executive in July. The Commission heard from the Head of Commissioning, "
          "Adult Social Care, who explained that the statement set out the expected demand "
          "for care and support in the city over the next three years and was intended to "
          "help providers plan their investment and workforce."),
    ("p", "The Executive Member for Adult Social Care and Wellbeing introduced the item and "
          "said that the statement had been shaped by a series of workshops with providers "
          "and with the Making It Real group of people who draw on care and support."),
    ("p", "Commissioners asked how the statement would address the shortage of nursing home "
          "beds for people with dementia in the east of the city. The Executive Member "
          "responded that the Council was working with two providers on new capacity and "
          "expected 64 additional beds to open by the spring of 2027."),
    ("p", "Commissioners were concerned that the hourly rate paid for home care had not kept "
          "pace with the National Living Wage, and that some providers were handing back "
          "packages of care. The Strategic Director explained that the 2025/26 rate of "
          "£24.60 an hour had been set following a cost of care exercise, and that the number "
          "of packages handed back had fallen each month since January."),
    ("p", "Commissioners were concerned that the statement said little about the needs of "
          "unpaid carers, many of whom were themselves older people in poor health."),
    ("p", "Councillor Hale asked whether the Council intended to bring any home care back "
          "in-house, given the difficulties in the external market. The Executive Member "
          "responded that an in-house reablement service already operated and that its "
          "expansion was being considered for 2026/27, but that there were no plans to end "
          "the use of independent providers."),
    ("p", "Commissioners asked about the care workforce, noting that the vacancy rate among "
          "care workers in Westbury was higher than the regional average. The Commission "
          "heard that the vacancy rate had fallen from 11.2 per cent to 8.9 per cent over the "
          "past year, largely through international recruitment, and that the Council was "
          "funding a care academy with Westbury College."),
    ("p", "It was requested that the final statement include a breakdown of expected demand "
          "by ward, and that the Commission receive the results of the provider survey when "
          "it was completed."),
    ("dec", "AGREED:", [
        "1)  That the report be noted.",
        "2)  That the comments of the Commission be forwarded to the Executive Member for "
        "consideration before the Market Position Statement is finalised.",
        "3)  That a further report on the sufficiency of dementia nursing care be brought to "
        "the Commission in the autumn.",
    ]),
    ("h", "7", "Hospital discharge and intermediate care: winter review"),
    ("p", "The Commission received a joint report of the Strategic Director, Adults and Health "
          "and Westbury Integrated Care Board reviewing the performance of hospital discharge "
          "and intermediate care services over the winter of 2024/25. The Director of "
          "Integrated Care presented the report and highlighted the reduction in the number "
          "of people delayed in hospital."),
    ("p", "Commissioners had submitted questions in advance of the meeting. The questions and "
          "the responses given at the meeting are set out below."),
    ("table", [
        ("How many people were delayed in hospital each day over the winter after they "
         "were medically fit for discharge?",
         "An average of 47 people a day were delayed, compared with 63 the previous winter. "
         "The main causes were waits for home care and for a care home place."),
        ("What has been the effect of the Better Care Fund investment in the discharge to "
         "assess beds at Harnham Court?",
         "The 22 beds had supported 410 discharges between November and March. An "
         "independent evaluation will report to the Health and Wellbeing Board in "
         "September 2025."),
        ("Are patients and their families involved in decisions about discharge, and how "
         "is their experience measured?",
         "Every patient is offered a discharge conversation with a named coordinator. "
         "Healthwatch Westbury has interviewed 120 patients and carers and its findings "
         "will be shared with the Commission."),
        ("Why does the report show readmissions within 30 days rising for people "
         "discharged to their own homes?",
         ""),
        ("How is the integrated discharge team staffed, and how many of its posts are "
         "filled by agency workers?",
         "The team has 38 posts, of which 6 are covered by agency staff. A joint "
         "recruitment campaign by the Council and the hospital trust will begin in July."),
        ("What assurance can the Commission have that the pooled budget will not be "
         "overspent next winter?",
         "The Section 75 agreement has been revised so that any overspend is shared "
         "equally between the Council and the ICB, with monthly reports to the Joint "
         "Commissioning Board."),
        ("Will the Commission be consulted before any decision is taken on the future of "
         "the Oakhill intermediate care unit?",
         ""),
    ]),
    ("p", "Commissioners were concerned that the discharge to assess model relied heavily on "
          "care home beds outside the city, which made it harder for families to visit."),
    ("dec", "The Commission RESOLVED:", [
        "1)  That the report be noted.",
        "2)  That the Integrated Care Board be asked to provide written responses to the "
        "questions not answered at the meeting.",
        "3)  That the Commission endorses the proposal to continue the discharge to assess "
        "beds at Harnham Court until March 2026.",
    ]),
    ("h", "8", "Director of Public Health annual report 2024/25"),
    ("p", "The Director of Public Health presented her annual report for 2024/25, which this "
          "year focused on the gap in healthy life expectancy between the most and least "
          "deprived wards of the city."),
    ("p", "Commissioners asked what the Council could do to limit the number of vape shops "
          "opening close to schools. The Director of Public Health responded that the "
          "Council's licensing powers were limited, but that it had objected to two planning "
          "applications this year and was supporting the national campaign for stronger "
          "powers."),
    ("p", "A Commissioner asked whether the real terms reduction in the public health grant "
          "would affect the stop smoking service. The Director said that the service had been "
          "protected for 2025/26 but that funding beyond March 2026 could not be guaranteed."),
    ("p", "Commissioners were concerned that uptake of the MMR vaccine among children in the "
          "city remained well below the national target of 95 per cent."),
    ("dec", "AGREED:", [
        "That the Director of Public Health annual report for 2024/25 be noted.",
    ]),
    ("h", "9", "Work programme 2025/26"),
    ("p", "The Scrutiny Policy Officer presented the draft work programme for 2025/26, which "
          "had been developed from suggestions made at the Commission's planning session in "
          "May."),
    ("p", "Councillor Mahmood requested that a review of access to GP appointments be added "
          "to the work programme, noting the number of complaints received by ward "
          "councillors."),
    ("dec", "The Commission RESOLVED:", [
        "That the work programme for 2025/26 be approved, subject to the addition of a "
        "review of access to GP appointments, and that the Chair and Vice Chair be "
        "authorised to agree its terms of reference.",
    ]),
    ("h", "10", "Date of next meeting"),
    ("p", "The next meeting of the Commission will be held on Tuesday 15 July 2025 at "
          "5:30 pm."),
    ("end", "The meeting closed at 7:52 pm."),
]


def build_westbury_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, WB_FOOTER.format(n=self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Minutes - Health and Social Care Scrutiny Commission - 3 June 2025")
    pdf.set_author("Westbury City Council")
    pdf.set_creator("Westbury City Council Democratic Services")
    pdf.set_producer("Westbury City Council")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    left = pdf.l_margin
    width = pdf.w - pdf.l_margin - pdf.r_margin
    indent = 14
    body_w = width - indent
    lh = 5.0
    size = 10

    def ensure(height):
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    def para(text, x_off=indent, bold=False, gap=2.6, w=None):
        w = w or (width - x_off)
        pdf.set_font("DejaVu", "B" if bold else "", size)
        h = pdf.multi_cell(w, lh, text, dry_run=True, output="HEIGHT")
        ensure(h)
        pdf.set_x(left + x_off)
        pdf.multi_cell(w, lh, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    # --- first page heading, in the style of a city council's printed minutes ---
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(width, 5, "Westbury City Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(width, 6, "Minutes of the meeting of the", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(width, 8, "HEALTH AND SOCIAL CARE SCRUTINY COMMISSION", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(width, 5, "Held: TUESDAY, 3 JUNE 2025 at 5:30 pm", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(width, 5, "PRESENT:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    for a, b in WB_PRESENT:
        pdf.set_x(left + 8)
        pdf.cell(width / 2 - 4, 5, a)
        pdf.cell(width / 2 - 4, 5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(width, 5, "In Attendance:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    for line in WB_IN_ATTENDANCE:
        pdf.cell(width, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(width, 5, "Officers present:", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    for line in WB_OFFICERS:
        pdf.cell(width, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(width, 5, "*   *   *   *   *   *   *   *", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for block in WB_BLOCKS:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            # keep a heading on the same page as the whole of its first paragraph
            nxt = WB_BLOCKS[WB_BLOCKS.index(block) + 1]
            need = 12
            if nxt[0] == "p":
                pdf.set_font("DejaVu", "", size)
                need += pdf.multi_cell(body_w, lh, nxt[1], dry_run=True, output="HEIGHT")
            elif nxt[0] == "dec":
                need += 14
            ensure(need)
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", size + 0.5)
            pdf.set_x(left)
            pdf.cell(indent, 6, num)
            pdf.multi_cell(body_w, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "p":
            para(block[1])
        elif kind == "end":
            pdf.ln(4)
            para(block[1], x_off=0, gap=0, w=width)
        elif kind == "dec":
            _, label, clauses = block
            ensure(14)
            para(label, bold=True, gap=1.2)
            for c in clauses:
                para(c, x_off=indent + 6, gap=1.4)
            pdf.ln(1.4)
        elif kind == "table":
            rows = block[1]
            pdf.set_font("DejaVu", "", size - 0.5)
            pdf.set_x(left + indent)
            with pdf.table(
                width=body_w,
                col_widths=(1, 1.15),
                align="RIGHT",
                text_align="LEFT",
                line_height=4.6,
                padding=1.6,
                borders_layout="ALL",
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                first_row_as_headings=True,
            ) as table:
                head = table.row()
                head.cell("Question")
                head.cell("Response")
                for q, a in rows:
                    r = table.row()
                    r.cell(q)
                    r.cell(a)
            pdf.ln(4)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# 2. Fenby Council – Cabinet – 10 July 2025 (DOCX)
# ---------------------------------------------------------------------------------------

FENBY_PRESENT = [
    ("Councillor Helen Marsh", "Leader of the Council (Chair)"),
    ("Councillor Graham Ostler", "Deputy Leader and Cabinet Member for Finance and Resources"),
    ("Councillor Amina Rauf", "Cabinet Member for Adult Social Care and Health"),
    ("Councillor Peter Lund", "Cabinet Member for Children, Education and Families"),
    ("Councillor Sian Carrow", "Cabinet Member for Housing and Communities"),
    ("Councillor Dev Malhotra", "Cabinet Member for Environment and Transport"),
]

# Each item: number, title, intro paragraphs, questions paragraph, decision paragraphs,
# reasons, alternatives, declarations. Procedural items carry only `body`.
FENBY_ITEMS = [
    {
        "num": "CAB 112", "title": "Apologies for absence",
        "body": ["Apologies for absence were received from Councillor Ruth Ebdon (Cabinet "
                 "Member for Economy and Skills)."],
    },
    {
        "num": "CAB 113", "title": "Minutes",
        "body": ["RESOLVED that the minutes of the meeting of Cabinet held on 12 June 2025 be "
                 "approved as a correct record and signed by the Leader."],
    },
    {
        "num": "CAB 114", "title": "Home care and reablement: award of contracts",
        "intro": [
            "The Cabinet Member for Adult Social Care and Health presented the report, which "
            "sought approval to award contracts for the new zoned model of home care and "
            "reablement from 1 October 2025 following a competitive tender. She explained "
            "that the model would reduce travel time between visits and give each provider a "
            "guaranteed volume of hours.",
        ],
        "questions": (
            "Councillor Brindle asked how many of the 640 people currently receiving home care "
            "would have to change provider; the Cabinet Member for Adult Social Care and Health "
            "replied that about 150 people would transfer and that each would be visited before "
            "the change. Councillor Ashworth asked whether the new contracts required providers "
            "to pay care workers the Real Living Wage; the Leader replied that bids had been "
            "evaluated on that basis and that payment of the Real Living Wage would be a "
            "contractual requirement. Councillor Devereux expressed concern that the rural "
            "north zone had again attracted only one bidder."
        ),
        "decision": [
            "RESOLVED that Cabinet:",
            "(a) awards contracts for the five home care and reablement zones to the providers "
            "named in the exempt appendix, for five years with an option to extend for up to "
            "two further years; and",
            "(b) delegates authority to the Director of Adult Social Care, in consultation with "
            "the Cabinet Member for Adult Social Care and Health, to finalise the terms of the "
            "contracts.",
        ],
        "reasons": "The zoned model was developed with providers and with people who use home "
                   "care. The tender produced compliant bids in all five zones and the "
                   "recommended providers offered the best combination of quality and price.",
        "alternatives": "Extending the current framework agreement was rejected because it does "
                        "not allow the Council to guarantee hours to providers. Delivering the "
                        "whole service in-house was rejected because of the cost and the time "
                        "needed to recruit the workforce.",
        "declarations": "None.",
    },
    {
        "num": "CAB 115", "title": "Public health grant 2025/26 and sexual health services",
        "intro": [
            "The Cabinet Member for Adult Social Care and Health introduced the report, which "
            "set out how the ring-fenced public health grant of £14.3 million for 2025/26 would "
            "be spent and proposed extending the integrated sexual health service contract "
            "while a new model was designed. The Director of Public Health outlined the main "
            "changes from the previous year.",
        ],
        "questions": (
            "Councillor Brindle asked why the grant had increased by only 1.8 per cent; the "
            "Leader replied that the allocation was set nationally and that she had written to "
            "the Minister about the shortfall. Councillor Devereux asked whether young people "
            "had been consulted on the location of the new sexual health clinic; the Cabinet "
            "Member for Adult Social Care and Health replied that a survey run through schools "
            "and the youth council had received 1,100 responses. Councillor Ashworth asked what "
            "would happen to the drug and alcohol recovery service when its contract ended in "
            "March 2026, and was told that a written reply would be sent."
        ),
        "decision": [
            "RESOLVED that Cabinet:",
            "(a) approves the public health grant spending plan for 2025/26 set out in "
            "Appendix A; and",
            "(b) agrees to extend the integrated sexual health service contract with Fenby "
            "Community Health for twelve months from 1 April 2026.",
        ],
        "reasons": "The Council must use the public health grant in line with the conditions "
                   "of the grant. An extension gives time to design a new sexual health model "
                   "with the NHS and local people.",
        "alternatives": "Retendering the sexual health service immediately was rejected "
                        "because the market review will not be complete until the end of 2025.",
        "declarations": "None.",
    },
    {
        "num": "CAB 116", "title": "Temporary accommodation: acquisition of homes",
        "intro": [
            "The Cabinet Member for Housing and Communities presented the report. The number "
            "of households in temporary accommodation had risen from 212 to 348 in two years, "
            "and the Council was relying increasingly on bed and breakfast hotels outside the "
            "borough.",
        ],
        "questions": (
            "Councillor Ashworth asked how much the Council was spending on bed and breakfast "
            "accommodation; the Cabinet Member for Housing and Communities replied that the "
            "forecast for 2025/26 was £4.2 million, of which only 60 per cent could be "
            "recovered through housing benefit. Councillor Brindle expressed concern that "
            "buying homes on the open market would reduce the number available to first-time "
            "buyers in the town."
        ),
        "decision": [
            "RECOMMENDED to Council that £9.6 million be added to the capital programme for "
            "2025/26 to fund the purchase of up to 40 homes for use as temporary "
            "accommodation, and that, subject to Council approval, the Director of Housing be "
            "authorised to complete the purchases.",
        ],
        "reasons": "Buying homes is expected to save around £1.1 million a year compared with "
                   "the cost of bed and breakfast placements and will keep families close to "
                   "their schools.",
        "alternatives": "Leasing homes from private landlords was rejected because of rising "
                        "lease costs and the short length of the leases on offer.",
        "declarations": "Councillor Sian Carrow declared a non-registrable interest as a close "
                        "relative works in the Council's housing options team. She remained in "
                        "the meeting and took part in the decision.",
    },
    {
        "num": "CAB 117", "title": "SEND sufficiency strategy 2025–2030",
        "intro": [
            "The Cabinet Member for Children, Education and Families presented the strategy, "
            "which set out how the Council would provide enough specialist school places for "
            "children with special educational needs and disabilities (SEND) over the next "
            "five years.",
        ],
        "questions": (
            "Councillor Devereux asked how many children with education, health and care plans "
            "were educated outside the borough; the Cabinet Member for Children, Education and "
            "Families replied that 187 children attended independent or out-of-area special "
            "schools at an average cost of £68,000 a year. Councillor Ashworth asked whether "
            "parents had been involved in drawing up the strategy; the Leader replied that the "
            "Fenby Parent Carer Forum had helped to write the strategy and would sit on the "
            "programme board. Councillor Brindle asked that the strategy be considered by the "
            "Children's Scrutiny Committee before consultation on the new school began."
        ),
        "decision": [
            "RESOLVED that Cabinet adopts the SEND Sufficiency Strategy 2025–2030 and "
            "authorises public consultation on a proposed new special school on the former "
            "Ridgeway depot site.",
        ],
        "reasons": "The number of children with education, health and care plans in Fenby has "
                   "grown by 11 per cent a year since 2021 and local special schools are full.",
        "alternatives": "Continuing to rely on independent special schools was rejected because "
                        "of the cost and the distances many children travel.",
        "declarations": "Councillor Peter Lund declared that he is a governor of Ridgeway "
                        "Primary School. The interest was not considered prejudicial and he "
                        "remained in the meeting.",
    },
    {
        "num": "CAB 118", "title": "Revenue budget monitoring 2025/26: quarter 1",
        "intro": [
            "The Deputy Leader and Cabinet Member for Finance and Resources presented the first "
            "budget monitoring report of the year, which forecast an overspend of £6.1 million "
            "against the net revenue budget of £312 million.",
        ],
        "questions": (
            "Councillor Brindle asked which services accounted for the largest share of the "
            "overspend; the Deputy Leader replied that adult social care placements and home to "
            "school transport together accounted for £5.2 million. Councillor Devereux expressed "
            "concern that the recovery plan relied on a further draw from reserves."
        ),
        "decision": [
            "RESOLVED that Cabinet notes the forecast overspend of £6.1 million for 2025/26 and "
            "the recovery measures set out in section 5 of the report.",
        ],
        "reasons": "To ensure that Cabinet is aware of the financial position and of the action "
                   "being taken to bring spending back within budget.",
        "alternatives": "None; the report is for information.",
        "declarations": "None.",
    },
]


def _fixed_docx(doc, path: Path) -> None:
    """Save a python-docx Document with fixed core dates and fixed zip timestamps."""
    cp = doc.core_properties
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_printed = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def _shade(cell, hex_fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def build_fenby_cabinet(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
    doc.core_properties.title = "Cabinet minutes 10 July 2025"
    doc.core_properties.author = "Democratic Services, Fenby Council"

    p = doc.add_paragraph("Fenby Council")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Cabinet", level=1)
    doc.add_paragraph("Minutes of the meeting held on Thursday 10 July 2025 at 10.00 am in the "
                      "Council Chamber, Fenby Civic Centre, Market Street, Fenby")
    doc.add_heading("Present", level=3)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, label in zip(hdr, ("Name", "Portfolio")):
        c.text = ""
        run = c.paragraphs[0].add_run(label)
        run.bold = True
        _shade(c, "D9E2F3")
    for name, portfolio in FENBY_PRESENT:
        cells = t.add_row().cells
        cells[0].text = name
        cells[1].text = portfolio
    doc.add_paragraph()
    doc.add_paragraph("Also present: Councillor Tom Brindle (Leader of the Opposition), "
                      "Councillor Kerry Ashworth and Councillor Niall Devereux.")
    doc.add_paragraph("Officers present: Sarah Kendrick (Chief Executive), Anil Bose (Director "
                      "of Finance and Section 151 Officer), Maria Fenwick (Director of Adult "
                      "Social Care), Dr Colin Yeats (Director of Public Health), Joanne Pike "
                      "(Director of Children's Services), Lydia Harte (Monitoring Officer) and "
                      "Ben Stafford (Democratic Services Officer).")

    for item in FENBY_ITEMS:
        doc.add_heading(f"{item['num']} {item['title']}", level=2)
        for text in item.get("body", []):
            doc.add_paragraph(text)
        if "intro" not in item:
            continue
        for text in item["intro"]:
            doc.add_paragraph(text)
        doc.add_heading("Questions from non-executive members", level=3)
        doc.add_paragraph(item["questions"])
        doc.add_heading("Decision", level=3)
        for i, text in enumerate(item["decision"]):
            para = doc.add_paragraph(text)
            if i and text.startswith("("):
                para.paragraph_format.left_indent = Cm(1)
        doc.add_heading("Reasons for decision", level=3)
        doc.add_paragraph(item["reasons"])
        doc.add_heading("Alternative options considered and rejected", level=3)
        doc.add_paragraph(item["alternatives"])
        doc.add_heading("Declarations of interest", level=3)
        doc.add_paragraph(item["declarations"])

    doc.add_paragraph()
    doc.add_paragraph("The meeting closed at 11.40 am.")
    doc.add_paragraph("Chair ………………………………  Date ……………………")
    doc.add_paragraph("Decisions of Cabinet, other than those recommended to Council, may be "
                      "called in by the Overview and Scrutiny Committee. The call-in period "
                      "for these decisions ends at 5.00 pm on Friday 18 July 2025.")
    _fixed_docx(doc, path)


# ---------------------------------------------------------------------------------------
# 3. Westbury City Council – Health Scrutiny Public Forum – 16 June 2025 (HTML, own CMS)
# ---------------------------------------------------------------------------------------

FORUM_QUESTIONS = [
    ("Ms Achterberg",
     "The consultation document says the Broad Street walk-in centre will close and be "
     "replaced by same-day appointments at two GP hubs. How will people who are not "
     "registered with a GP, such as homeless people and people who have recently arrived in "
     "the city, get treatment?",
     "Rachel Dunmore, Director of Integrated Care, said that anyone could register with a GP "
     "practice without proof of address, and that both hubs would keep walk-in slots every "
     "day for people who were not registered."),
    ("Mr Boateng",
     "Why was the consultation launched so close to the school summer holidays, when many "
     "families will be away, and will it be extended?",
     "Sunita Garewal, Head of Primary Care, said that the consultation had opened on 2 June "
     "and would now run until 30 September so that families could respond after the "
     "holidays. Further drop-in sessions would be held in September."),
    ("Mrs Forsyth",
     "My husband waited nine hours in the emergency department last month. How will closing "
     "the walk-in centre not simply push more people into A&E?",
     "Dr Ian Petrakis said that modelling showed around 70 per cent of walk-in attendances "
     "could be seen at the GP hubs, and that the hospital's new streaming service would "
     "send minor injuries to a separate team."),
    ("Mr Pinnegar",
     "Is it true that the GP hubs will be run by a private company, and what will stop "
     "profits being put before patients?",
     "Sunita Garewal said that the hubs would be run by Westbury Primary Care Collaborative, "
     "a GP federation owned by the city's practices, under a standard NHS contract. No "
     "private company had bid to run them."),
    ("Ms Hussain",
     "The mental health crisis café shares the Broad Street building. What will happen to it "
     "if the walk-in centre closes?",
     None),
    ("Ms Okonjo, Westbury Pensioners' Action Group",
     "There is no bus to the proposed hub at Millbrook after 7pm. How are older people "
     "without cars expected to get there?",
     "Rachel Dunmore said that the ICB had asked the Council to review evening bus services "
     "to Millbrook, and that patients who met the criteria could use non-emergency patient "
     "transport."),
    ("Mr Lowe",
     "How much money will closing the walk-in centre save, and will every penny be "
     "reinvested in Westbury?",
     "Rachel Dunmore said that the walk-in centre cost £3.4 million a year to run and that "
     "the whole sum would be reinvested in the hubs and in extended GP opening hours."),
    ("Ms Varma",
     "I work at the walk-in centre. Have staff been told what will happen to their jobs, and "
     "will anyone be made redundant?",
     None),
    ("Mr Sowerby",
     "Will Healthwatch publish everything people say in the consultation, or only a summary "
     "prepared by the ICB?",
     "Owen Maddox said that Healthwatch Westbury would publish its own independent report of "
     "all responses, including comments made at the drop-in sessions."),
    ("Miss Tranter",
     "Why are dentists not part of this plan, when nobody in my village can get an NHS "
     "dentist?",
     "Sunita Garewal said that dental services were outside the scope of this consultation, "
     "but that the ICB had commissioned 9,000 extra urgent dental appointments this year."),
]

FORUM_STATEMENTS = [
    ("Mrs Halloran, Westbury Keep Our NHS Public",
     "Mrs Halloran expressed concern that the proposals were part of a wider move to hand "
     "NHS services to the private sector, and said that the walk-in centre should stay in "
     "public hands."),
    ("Mr Ibbotson",
     "Mr Ibbotson, who cares for his wife who has dementia, said that the walk-in centre was "
     "the only place he could take her without a long wait in a crowded department. He asked "
     "that the needs of people with dementia and their carers be assessed before any "
     "decision was made."),
    ("Dr Ezeh",
     "Dr Ezeh, a GP in the east of the city, said that practices supported the hub model in "
     "principle but could not recruit enough GPs and practice nurses to staff longer opening "
     "hours."),
]

FORUM_OUTCOMES = [
    "Members noted the questions, statements and responses set out above.",
    "Members agreed to ask Westbury Integrated Care Board to provide written answers to the "
    "questions not answered at the forum within 20 working days.",
    "Members recommended to the Board of Westbury Integrated Care Board that an equality "
    "impact assessment covering older people, people with dementia and people not registered "
    "with a GP be published before any decision is made on the walk-in centre.",
    "Members agreed that the proposals be considered in full at the meeting of the Health and "
    "Social Care Scrutiny Commission on 15 July 2025.",
    "Members deferred a decision on whether to refer the proposals to the Secretary of State "
    "until the consultation has closed.",
]


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_forum_html(path: Path) -> None:
    q_html = []
    for who, q, a in FORUM_QUESTIONS:
        q_html.append(f"          <dt>Question from {_esc(who)}</dt>\n"
                      f"          <dd>{_esc(q)}</dd>")
        if a is not None:
            q_html.append(f"          <dt>Response</dt>\n          <dd>{_esc(a)}</dd>")
    s_html = [f"          <dt>Statement from {_esc(who)}</dt>\n          <dd>{_esc(t)}</dd>"
              for who, t in FORUM_STATEMENTS]
    o_html = [f"          <li>{_esc(o)}</li>" for o in FORUM_OUTCOMES]
    nl = "\n"
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Health Scrutiny Public Forum: 16 June 2025 | Westbury City Council</title>
  <meta name="description" content="Minutes of the Health Scrutiny Public Forum held on 16 June 2025.">
  <link rel="stylesheet" href="/themes/westbury/css/main.min.css?v=4.12.0">
  <link rel="canonical" href="https://www.westbury.gov.uk/your-council/meetings-and-minutes/health-scrutiny-public-forum-16-june-2025">
</head>
<body class="page-template page-meeting">
  <div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on westbury.gov.uk">
    <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to understand how you use the site.</p>
    <button type="button" class="btn">Accept analytics cookies</button>
    <button type="button" class="btn btn--secondary">Reject analytics cookies</button>
  </div>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a class="site-header__logo" href="/"><img src="/themes/westbury/img/logo.svg" alt="Westbury City Council"></a>
    <form class="site-search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council Tax</a></li>
        <li><a href="/housing">Housing</a></li>
        <li><a href="/adult-social-care">Adult social care</a></li>
        <li><a href="/your-council">Your council</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/your-council/meetings-and-minutes">Meetings and minutes</a></li>
      <li>Health Scrutiny Public Forum: 16 June 2025</li>
    </ol>
  </nav>
  <main id="main-content">
    <article class="meeting-record">
      <h1>Health Scrutiny Public Forum: 16 June 2025</h1>
      <p class="meeting-record__intro">Minutes of the Health Scrutiny Public Forum, a public meeting of councillors from the Health and Social Care Scrutiny Commission, held on Monday 16 June 2025 at 6pm in the Council Chamber, City Hall, Westbury.</p>
      <p class="meeting-record__updated">Last updated: 24 June 2025</p>

      <section class="meeting-record__section">
        <h2>Attendance</h2>
        <dl class="attendance">
          <dt>Councillors present</dt>
          <dd>
            <ul>
              <li>Councillor Tariq Mahmood (Chair)</li>
              <li>Councillor Imogen Hale</li>
              <li>Councillor Beverley Cole</li>
              <li>Councillor Wendy Strachan</li>
            </ul>
          </dd>
          <dt>Apologies</dt>
          <dd>Councillor Rowena Ashdown</dd>
          <dt>Also attending</dt>
          <dd>
            <ul>
              <li>Rachel Dunmore, Director of Integrated Care, Westbury Integrated Care Board</li>
              <li>Dr Ian Petrakis, Medical Director, Westbury Hospitals NHS Foundation Trust</li>
              <li>Sunita Garewal, Head of Primary Care, Westbury Integrated Care Board</li>
              <li>Owen Maddox, Chief Executive, Healthwatch Westbury</li>
              <li>Jo Tennant, Scrutiny Policy Officer</li>
            </ul>
          </dd>
        </dl>
      </section>

      <section class="meeting-record__section">
        <h2>1. Welcome and apologies</h2>
        <p>The Chair welcomed residents and representatives of the NHS to the forum, which had been arranged so that the public could put questions about Westbury Integrated Care Board's consultation on the future of urgent and same-day care in the city.</p>
        <p>Apologies were received from Councillor Ashdown.</p>
      </section>

      <section class="meeting-record__section">
        <h2>2. Declarations of interest</h2>
        <p>Councillor Cole declared that she is a volunteer with Healthwatch Westbury. She took part in the forum.</p>
      </section>

      <section class="meeting-record__section">
        <h2>3. Public questions</h2>
        <p>Ten questions had been submitted in advance. Each questioner was invited to read out their question, and the NHS representatives responded at the meeting where they were able to.</p>
        <dl class="qa-list">
{nl.join(q_html)}
        </dl>
      </section>

      <section class="meeting-record__section">
        <h2>4. Statements</h2>
        <dl class="statement-list">
{nl.join(s_html)}
        </dl>
        <p>The Chair thanked everyone who had asked a question or made a statement.</p>
      </section>

      <section class="meeting-record__section">
        <h2>5. Outcome</h2>
        <ul class="outcome-list">
{nl.join(o_html)}
        </ul>
      </section>

      <aside class="related">
        <h3>Related pages</h3>
        <ul>
          <li><a href="/your-council/scrutiny/health-and-social-care-scrutiny-commission">Health and Social Care Scrutiny Commission</a></li>
          <li><a href="/your-council/meetings-and-minutes/ask-a-question-at-a-meeting">Ask a question at a council meeting</a></li>
        </ul>
      </aside>
      <div class="page-feedback">
        <p>Was this page helpful?</p>
        <a href="/feedback?page=health-scrutiny-public-forum-16-june-2025">Give feedback about this page</a>
      </div>
    </article>
  </main>
  <footer class="site-footer">
    <p>Westbury City Council, City Hall, Corn Street, Westbury WB1 1AA</p>
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy and cookies</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
    <p>&copy; Westbury City Council 2025</p>
  </footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# ---------------------------------------------------------------------------------------
# 4. Fenby Council – Forward Plan of Key Decisions (DOCX, not minutes)
# ---------------------------------------------------------------------------------------

FORWARD_PLAN = [
    ("Adult social care charging policy 2026/27",
     "Cabinet", "11 September 2025",
     "Eight-week public consultation with people who pay towards their care and their "
     "carers, ending 22 August 2025",
     "Report of the Director of Adult Social Care; consultation findings; equality impact "
     "assessment",
     "Maria Fenwick, Director of Adult Social Care, asc.commissioning@fenby.gov.uk"),
    ("Award of contract for the community equipment service",
     "Cabinet Member for Adult Social Care and Health", "Not before 1 October 2025",
     "Fenby Integrated Care Board through the joint commissioning board",
     "Report of the Director of Adult Social Care (part exempt)",
     "Maria Fenwick, Director of Adult Social Care, asc.commissioning@fenby.gov.uk"),
    ("Home to school transport policy for post-16 students with SEND",
     "Cabinet", "9 October 2025",
     "Public consultation, including the Fenby Parent Carer Forum and schools",
     "Report of the Director of Children's Services; draft policy",
     "Joanne Pike, Director of Children's Services, childrens.services@fenby.gov.uk"),
    ("Revised Housing Allocations Policy",
     "Cabinet", "13 November 2025",
     "Registered providers, applicants on the housing register and ward councillors",
     "Report of the Director of Housing; draft policy; equality impact assessment",
     "Carl Whitby, Director of Housing, housing.strategy@fenby.gov.uk"),
    ("Medium Term Financial Plan 2026/27 to 2029/30",
     "Council, on the recommendation of Cabinet", "20 November 2025",
     "Budget consultation with residents, businesses and the voluntary sector",
     "Report of the Director of Finance",
     "Anil Bose, Director of Finance and Section 151 Officer, finance@fenby.gov.uk"),
    ("Extension of the Fenby Leisure Centre operator contract",
     "Director of Place", "Not before 1 September 2025",
     "None",
     "Officer decision record",
     "Leisure Client Team, leisure@fenby.gov.uk"),
]


def build_forward_plan(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.core_properties.title = "Forward Plan of Key Decisions"
    doc.core_properties.author = "Democratic Services, Fenby Council"

    doc.add_heading("Fenby Council", level=1)
    doc.add_heading("Forward Plan of Key Decisions: 1 August 2025 to 30 November 2025", level=2)
    doc.add_paragraph("Published on 18 July 2025 by the Monitoring Officer")
    doc.add_paragraph(
        "This notice is given under the Local Authorities (Executive Arrangements) (Meetings "
        "and Access to Information) (England) Regulations 2012. A key decision is an executive "
        "decision which is likely to result in spending or savings of £500,000 or more, or to "
        "be significant in its effect on communities living or working in two or more wards.")
    doc.add_paragraph(
        "Anyone who wishes to make representations about a decision should contact the "
        "officer named in the final column at least five working days before the decision is "
        "due to be taken. Reports will be published on the Council's website five clear "
        "working days before the meeting.")
    cols = ("Key decision", "Decision to be taken by", "Date of decision", "Consultation",
            "Documents to be considered", "Questions may be submitted to")
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, label in zip(t.rows[0].cells, cols):
        c.text = ""
        c.paragraphs[0].add_run(label).bold = True
        _shade(c, "D9D9D9")
    for row in FORWARD_PLAN:
        cells = t.add_row().cells
        for c, val in zip(cells, row):
            c.text = val
    doc.add_paragraph()
    doc.add_paragraph("Exempt information: where part of a report is likely to be considered in "
                      "private, the reasons are given in the notice published with the agenda.")
    _fixed_docx(doc, path)


# ---------------------------------------------------------------------------------------
# Check mode
# ---------------------------------------------------------------------------------------

KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "issue", "other"}
THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _lenient(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", (s or "").lower())
    return re.sub(r"\s+", " ", s).strip()


def units_pdf(path: Path) -> tuple[list[str], int]:
    """Text units of a PDF: each page's text outside tables, and each table cell."""
    import pdfplumber
    units = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes):
                cx = (obj["x0"] + obj["x1"]) / 2
                cy = (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

            units.append(page.filter(outside).extract_text() or "")
            for t in tables:
                for row in t.extract():
                    for cell in row:
                        if cell:
                            units.append(cell)
        return units, len(pdf.pages)


def units_docx(path: Path) -> list[str]:
    from docx import Document
    doc = Document(str(path))
    units = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                units.extend(p.text for p in cell.paragraphs)
    return units


BLOCK_TAGS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "td", "th", "title", "ul", "ol",
              "dl", "section", "article", "div", "nav", "header", "footer", "main", "aside",
              "form", "table", "tr", "body", "html", "head"}


def units_html(path: Path) -> list[str]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    units: list[str] = []

    def walk(node, buf):
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype"):
                    continue
                buf.append(str(child))
            elif isinstance(child, Tag):
                if child.name in ("script", "style"):
                    continue
                if child.name in BLOCK_TAGS:
                    inner: list[str] = []
                    walk(child, inner)
                    units.append("".join(inner))
                else:
                    walk(child, buf)

    top: list[str] = []
    walk(soup, top)
    units.append("".join(top))
    return units


def doc_units(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return units_pdf(path)[0]
    if path.suffix == ".docx":
        return units_docx(path)
    if path.suffix in (".html", ".htm"):
        return units_html(path)
    raise ValueError(path)


def check() -> int:
    problems: list[str] = []
    golds = sorted(GOLD.glob("g-*.json"))
    docs = sorted(DOCS.glob("g-*"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        problems.append(f"gold/doc mismatch: {[p.name for p in golds]} vs {[p.name for p in docs]}")
    pdf = DOCS / "g-westbury-scrutiny-commission.pdf"
    if pdf.exists():
        n = units_pdf(pdf)[1]
        if n != 4:
            problems.append(f"{pdf.name}: {n} pages, expected 4")
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        tag = gp.name
        if gp.stem != doc.stem:
            problems.append(f"{tag}: document {g['document']} does not match file name")
        if not doc.exists():
            problems.append(f"{tag}: missing document {doc}")
            continue
        if g.get("doc_type") not in DOC_TYPES:
            problems.append(f"{tag}: bad doc_type {g.get('doc_type')}")
        units = [_ws(u) for u in doc_units(doc)]
        strict_all = " \x00 ".join(units)
        lenient_all = " \x00 ".join(_lenient(u) for u in units)
        if g.get("doc_type") != "minutes":
            extra = set(g) - {"document", "doc_type"}
            if extra:
                problems.append(f"{tag}: non-minutes annotation has {sorted(extra)}")
            continue
        item_nums = [it["number"] for it in g["items"]]
        if len(set(item_nums)) != len(item_nums):
            problems.append(f"{tag}: duplicate item numbers")
        for it in g["items"]:
            if it["title"] not in strict_all:
                problems.append(f"{tag}: item title not found: {it['title']!r}")

        def phrase(label, text):
            if text is None:
                return
            words = len(text.split())
            if not 6 <= words <= 15:
                problems.append(f"{tag}: {label} has {words} words: {text!r}")
            n_strict = sum(u.count(text) for u in units)
            n_len = lenient_all.count(_lenient(text))
            n_len_units = sum(_lenient(u).count(_lenient(text)) for u in units)
            if n_strict != 1:
                problems.append(f"{tag}: {label} occurs {n_strict}x verbatim in one unit: {text!r}")
            if n_len != 1 or n_len_units != 1:
                problems.append(f"{tag}: {label} occurs {n_len}x (lenient): {text!r}")

        for i, q in enumerate(g["questions"]):
            if q["item"] not in item_nums:
                problems.append(f"{tag}: question {i} item {q['item']} unknown")
            if q["kind"] not in KINDS:
                problems.append(f"{tag}: question {i} bad kind {q['kind']}")
            if set(q["themes"]) - THEMES:
                problems.append(f"{tag}: question {i} bad themes {q['themes']}")
            phrase(f"question {i} text", q["text"])
            phrase(f"question {i} answer", q["answer"])
            for who in ("asked_by", "given_by"):
                if q.get(who) and q[who] not in strict_all:
                    problems.append(f"{tag}: question {i} {who} not printed: {q[who]!r}")
            if q["answer"] is None and q.get("given_by"):
                problems.append(f"{tag}: question {i} has given_by without answer")
        for i, r in enumerate(g["resolutions"]):
            if r["item"] not in item_nums:
                problems.append(f"{tag}: resolution {i} item {r['item']} unknown")
            if r["outcome"] not in OUTCOMES:
                problems.append(f"{tag}: resolution {i} bad outcome {r['outcome']}")
            if set(r["themes"]) - THEMES:
                problems.append(f"{tag}: resolution {i} bad themes {r['themes']}")
            phrase(f"resolution {i} text", r["text"])
        names = [a["name"] for a in g["attendees"]]
        if len(set(names)) != len(names):
            problems.append(f"{tag}: duplicate attendees")
        for a in g["attendees"]:
            if a["attendance"] not in ATTENDANCE:
                problems.append(f"{tag}: bad attendance {a}")
            if a["name"] not in strict_all:
                problems.append(f"{tag}: attendee name not printed: {a['name']!r}")
            if a.get("role") and a["role"] not in strict_all:
                problems.append(f"{tag}: attendee role not printed: {a['role']!r}")
        nq = len(g["questions"])
        nr = len(g["resolutions"])
        unanswered = sum(q["answer"] is None for q in g["questions"])
        if not 8 <= nq <= 20:
            problems.append(f"{tag}: {nq} questions, expected 8-20")
        if not 4 <= nr <= 10:
            problems.append(f"{tag}: {nr} resolutions, expected 4-10")
        print(f"{tag}: {len(g['items'])} items, {nq} questions ({unanswered} unanswered), "
              f"{nr} resolutions, {len(g['attendees'])} attendees")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_westbury_pdf(DOCS / "g-westbury-scrutiny-commission.pdf")
    build_fenby_cabinet(DOCS / "g-fenby-cabinet-minutes.docx")
    build_forum_html(DOCS / "g-westbury-public-forum.html")
    build_forward_plan(DOCS / "g-fenby-forward-plan.docx")
    for p in sorted(DOCS.glob("g-*")):
        print(p.relative_to(HERE), p.stat().st_size)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
