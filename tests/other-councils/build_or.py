#!/usr/bin/env python3
"""Build the "or-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_or.py           build documents/or-* and gold/or-*.json
        build_or.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2024, 11, 22, 9, 30, 0, tzinfo=datetime.timezone.utc)

MINUTES_FILE = "or-hollinfold-overview-scrutiny-2024-11-14.pdf"
REPORT_FILE = "or-hollinfold-damp-mould-task-group-final-report.docx"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
COUNCIL = "Hollinfold Council"
MEETING = "Overview and Scrutiny Committee"
DATE_LONG = "Thursday, 14 November 2024"

ATTENDANCE = [
    ("Minutes of", MEETING),
    ("Meeting date", DATE_LONG),
    ("Committee Members present:",
     "Councillor Helen Pemberton (Chair), Councillor Gareth Nuttall (Vice-Chair) and "
     "Councillors Adele Cowburn, Ian Catterall, Tom Marsden, Sajid Patel, Nadia Rahman "
     "and Lorraine Whiteside"),
    ("Committee Members present virtually (non-voting):", "Councillor Peter Ormerod"),
    ("Other Members:",
     "Councillor Dawn Seddon (Executive Member (Homes and Housing)) and Councillor Kieran "
     "Walmsley (Executive Member (Early Intervention))"),
    ("Officers:",
     "Louise Haworth (Director (Communities)), Owen Bretherton (Head of Housing Services), "
     "Sinead Finch (Community Safety Partnership Manager) and Philippa Gornall (Democratic "
     "and Member Services Officer)"),
    ("Other attendees:",
     "Chief Inspector Martin Dewhurst (Ribblesdale Constabulary), Rachel Fairclough "
     "(Associate Director of Primary Care (Central Ribblesdale), Ribblesdale and South Fellmoor "
     "Integrated Care Board), Dr Anil Mehta (Clinical Director, Hollinfold Central Primary "
     "Care Network) and Joanne Platt (Divisional Director of Operations (Urgent and "
     "Emergency Care), Hollinfold and Ribbleside Teaching Hospitals NHS Foundation Trust)"),
    ("Apologies:", "Councillor Roy Hesketh-Barnes and Councillor Margaret Sumner"),
    ("Public:", "1"),
]

# Each item: (number, title, blocks). Blocks: ("p", text) paragraph; ("q", text) quoted
# paragraph (indented, italic); ("b", [bullets]); ("r", label, [lines]) a decision.
ITEMS = [
    ("24.OS.20",
     "Minutes of meeting Thursday, 19 September 2024 of Overview and Scrutiny Committee",
     [("r", "Resolved:", [
         "That the minutes of the Overview and Scrutiny Committee meeting held on "
         "19 September 2024 be confirmed as a correct record for signing by the Chair."])]),

    ("24.OS.21", "Declarations of Any Interests",
     [("p", "Councillor Lorraine Whiteside declared a non-pecuniary interest in item 24.OS.24 "
            "(Urgent Care and GP Access in Hollinfold) as she is employed by a GP practice in "
            "Eccleby. She remained in the meeting and took part in the discussion.")]),

    ("24.OS.22", "Public Questions",
     [("p", "The Chair reported that one public question had been received, from Mr Graham "
            "Tootell, a resident of Copfield, in accordance with the Council's procedure. "
            "Mr Tootell attended the meeting and asked the following question:"),
      ("q", "\u201cResidents of the Moss Lane flats have been reporting damp and mould to their "
            "landlord for over two years. What powers does the Council have to make housing "
            "associations put this right, and will the Committee look at this?\u201d"),
      ("p", "The Chair thanked Mr Tootell and advised that the Committee's task group on damp "
            "and mould had looked at the repairs performance of registered providers as part "
            "of its review, and that its final report was on the agenda for this meeting "
            "(minute 24.OS.27 refers)."),
      ("p", "Owen Bretherton, Head of Housing Services, explained that the Council could take "
            "enforcement action against private landlords under the Housing Health and Safety "
            "Rating System, but that complaints about registered providers should in the first "
            "instance go through the provider's own complaints procedure and then to the "
            "Housing Ombudsman. He offered to meet Mr Tootell after the meeting to take the "
            "details of the flats affected."),
      ("p", "Mr Tootell asked a supplementary question on whether the Council would publish the "
            "number of complaints it received each year about housing associations. The Head "
            "of Housing Services said that he would look into what could be published and "
            "respond in writing.")]),

    ("24.OS.23", "Hollinfold Community Safety Partnership - Annual Update 2023/24",
     [("p", "The Committee, in its role as the Council's crime and disorder committee, received "
            "the annual update of the Hollinfold Community Safety Partnership, presented by "
            "Sinead Finch, Community Safety Partnership Manager, and Chief Inspector Martin "
            "Dewhurst of Ribblesdale Constabulary. Councillor Kieran Walmsley, Executive Member "
            "(Early Intervention), was also in attendance for the item."),
      ("p", "The report set out the Partnership's priorities for 2023/24 (anti-social "
            "behaviour, serious violence, domestic abuse, and drug and alcohol related harm), "
            "the work undertaken against each priority and the emerging priorities for "
            "2024/25 identified through the annual strategic assessment. Overall recorded crime "
            "in the borough had fallen by 4% on the previous year, although reports of "
            "anti-social behaviour in the town centre and around Astley Street had increased "
            "over the summer months."),
      ("p", "Members asked how the Partnership could be sure that the rise in anti-social "
            "behaviour was not simply the result of more people reporting it. Chief Inspector "
            "Dewhurst explained that reporting had been encouraged through the new online form "
            "and the Safer Streets campaign, and that some of the increase was likely to "
            "reflect greater confidence in reporting; however, police patrol data also showed "
            "more incidents involving groups of young people on Friday and Saturday evenings, "
            "and a dispersal order had been used twice in August."),
      ("p", "Councillor Tom Marsden expressed concern that the closure of the youth centre on "
            "Brook Street in 2022 had left young people in the town centre with nowhere to go "
            "in the evenings. The Executive Member (Early Intervention) said that the Council "
            "had funded detached youth work through the Partnership since April, with two "
            "youth workers out on Friday evenings, and that a bid had been submitted to the "
            "Youth Investment Fund for a new youth facility at Whittle Park. Members requested "
            "that the outcome of the bid be reported back to the Committee when known."),
      ("p", "In response to a question from Councillor Nadia Rahman about the number of "
            "domestic abuse referrals, the Community Safety Partnership Manager reported that "
            "referrals from the borough to the Multi-Agency Risk Assessment Conference (MARAC) "
            "had risen from 212 to 247, in line with the rest of Ribblesdale, and that the "
            "Partnership had commissioned additional Independent Domestic Violence Advisor "
            "capacity from a voluntary sector provider until March 2025. Councillor Rahman "
            "asked what would happen when that funding came to an end. It was noted that this "
            "depended on the outcome of the Domestic Abuse Act grant allocation from the "
            "County Council, which was not yet known."),
      ("p", "Further questions and comments from Members included:"),
      ("b", ["The lack of CCTV coverage at the Railway Road car park, where several thefts "
             "from vehicles had been reported since the summer.",
             "Whether the drug and alcohol treatment service commissioned by Ribblesdale County "
             "Council had enough capacity in the borough. The Community Safety Partnership "
             "Manager advised that waiting times for the service were currently around three "
             "weeks and that she would ask the County Council's public health team to provide "
             "a written update for Members.",
             "The visibility of PCSOs in the rural wards, particularly Brindle Moss and Heapey "
             "Fold. Chief Inspector Dewhurst confirmed that PCSO numbers in the borough had been "
             "maintained at 14 despite pressures elsewhere in the county, and agreed to share "
             "ward-level patrol figures with Members."]),
      ("r", "Resolved (unanimously):", [
          "1. That the Community Safety Partnership annual update be noted.",
          "2. That the outcome of the Youth Investment Fund bid be reported to a future "
          "meeting of the Committee."])]),

    ("24.OS.24", "Urgent Care and GP Access in Hollinfold",
     [("p", "The Committee welcomed Rachel Fairclough, Associate Director of Primary Care "
            "(Central Ribblesdale), Ribblesdale and South Fellmoor Integrated Care Board (ICB), "
            "Dr Anil Mehta, Clinical Director of the Hollinfold Central Primary Care Network "
            "(PCN), and Joanne Platt, Divisional Director of Operations (Urgent and Emergency "
            "Care), Hollinfold and Ribbleside Teaching Hospitals NHS Foundation Trust, who gave "
            "a presentation on urgent care and access to GP services in the borough. This "
            "followed the Committee's request at its meeting in June for an update on the "
            "urgent treatment centre at Hollinfold Hospital and the pressures on general "
            "practice."),
      ("p", "The presentation covered the opening hours of the urgent treatment centre, which "
            "had returned to 8.00am to 10.00pm seven days a week from April 2024; attendance "
            "figures; the number of GP appointments delivered in the borough, which was 6% "
            "higher than before the pandemic; the Additional Roles Reimbursement Scheme; and "
            "the roll-out of a new cloud-based telephony system across the borough's 14 "
            "practices."),
      ("p", "Members queried why, if more appointments were being delivered, residents still "
            "reported difficulty getting through to their practice at 8.00am. Dr Mehta "
            "explained that demand had grown faster than capacity, particularly among older "
            "patients with several long-term conditions, and that the new telephony system "
            "would allow practices to offer call-backs rather than patients having to ring "
            "repeatedly."),
      ("p", "Councillor Ian Catterall asked about the number of GPs compared with other staff "
            "such as physician associates and pharmacists. Ms Fairclough said that the number "
            "of fully qualified GPs in the borough had remained broadly the same over five "
            "years, while the number of staff in additional roles had increased from 9 to 41; "
            "these staff were not a substitute for GPs but freed up GP time for patients with "
            "more complex needs. Councillor Catterall expressed concern that patients were not "
            "always told whether they would be seeing a GP or another professional when they "
            "booked. Dr Mehta accepted that communication could be better and said that the "
            "PCN would raise this with practice managers."),
      ("p", "In response to a question from the Vice-Chair about the urgent treatment centre, "
            "Joanne Platt confirmed that the centre had seen an average of 148 patients a day "
            "since April, that 92% were seen within four hours, and that there were no plans "
            "to reduce its opening hours over the winter. Recruitment of emergency nurse "
            "practitioners remained the main risk and the Trust was using agency staff to "
            "cover two vacant posts."),
      ("p", "Councillor Adele Cowburn asked whether patients discharged from hospital on a "
            "Friday could get the follow-up they needed from their GP practice, referring to a "
            "constituent who had waited four days for a prescription to be issued. Ms Platt "
            "said that she could not comment on an individual case but would look into it if "
            "the details were passed to her after the meeting."),
      ("p", "Members also commented on the closure of the branch surgery at Heapey Fold in 2023 "
            "and the difficulty for residents without a car in reaching the main surgery in "
            "Eccleby since the reduction in the bus service."),
      ("p", "The Chair requested that the ICB provide the results of the GP Patient Survey for "
            "each practice in the borough for circulation to Members. Ms Fairclough agreed to "
            "provide these following the meeting."),
      ("r", "Resolved:", [
          "1. That the presentation be noted.",
          "2. That a further update on GP access, including the impact of the new telephony "
          "system, be brought to the Committee in June 2025."]),
      ("p", "The Chair thanked the representatives for attending.")]),

    ("24.OS.25", "Executive Cabinet",
     [("p", "The Committee considered the minutes of the meeting of Executive Cabinet held on "
            "17 October 2024."),
      ("p", "Councillor Sajid Patel referred to minute 24.EC.41 (Leisure Centres Management "
            "Contract) and asked why the decision to extend the contract with the current "
            "operator for a further two years had been taken without coming to the Committee "
            "first. The Executive Member (Homes and Housing), attending on behalf of the "
            "Executive Leader, explained that the extension was provided for in the original "
            "contract and that bringing the service back in-house had been considered, but "
            "the cost of doing so, including pension liabilities for the transferring staff, "
            "had been estimated at \u00a3640,000 a year more than the current management fee. "
            "Members asked that the options appraisal be shared with the Committee. The "
            "Executive Member agreed that it would be circulated to all Members of the "
            "Committee."),
      ("p", "Councillor Lorraine Whiteside referred to minute 24.EC.43 (Disabled Facilities "
            "Grants - Policy Review) and asked whether the new maximum discretionary grant of "
            "\u00a315,000 would reduce the waiting list. Owen Bretherton, Head of Housing "
            "Services, said that the average wait from referral to completion was currently "
            "38 weeks and that the change was expected to bring this down, but that the main "
            "constraint was the shortage of occupational therapists employed by the County "
            "Council."),
      ("p", "The Committee noted the minutes of Executive Cabinet.")]),

    ("24.OS.26", "Notice of Executive Decisions",
     [("p", "The Committee considered the Notice of Executive Decisions published on "
            "1 November 2024. Members noted that the report on the Hollinfold Town Centre "
            "Masterplan had been moved from the December to the February meeting of Executive "
            "Cabinet."),
      ("r", "Resolved:", ["That the Notice of Executive Decisions be noted."])]),

    ("24.OS.27", "Scrutiny Task Group - Damp and Mould in Rented Homes: Final Report",
     [("p", "Councillor Gareth Nuttall, Chair of the Task Group, presented the final report of "
            "the Damp and Mould in Rented Homes Scrutiny Task Group. The Task Group had met on "
            "six occasions between April and September 2024 and had taken evidence from the "
            "Council's housing and environmental health officers, three registered providers "
            "operating in the borough, the Hollinfold Landlords' Forum, Citizens Advice, and "
            "tenants who had responded to an online survey (142 responses). He thanked the "
            "Members of the Task Group and the officers who had supported its work."),
      ("p", "The Task Group had made 11 recommendations, including a proactive inspection "
            "programme for pre-1919 terraced properties in the private rented sector, a single "
            "reporting route for tenants through the Council's website, and an annual damp and "
            "mould summit with registered providers ahead of Awaab's Law being extended to the "
            "private rented sector."),
      ("p", "Councillor Dawn Seddon, Executive Member (Homes and Housing), welcomed the report "
            "and said that she would respond to the recommendations at Executive Cabinet in "
            "January."),
      ("p", "Councillor Sajid Patel asked how the proactive inspection programme would be "
            "resourced, given that the private sector housing team had two vacant posts. The "
            "Head of Housing Services advised that the cost of the programme, estimated at "
            "\u00a385,000 in the first year, would be considered as part of the 2025/26 budget "
            "and that recruitment to the vacant posts was under way. Councillor Whiteside "
            "commented that the survey responses showed many tenants were afraid of being "
            "evicted if they complained, and that this should be made clearer in the executive "
            "summary of the report. The Task Group Chair agreed to add this before the report "
            "went to Executive Cabinet."),
      ("r", "Resolved (unanimously):", [
          "That the final report of the Damp and Mould in Rented Homes Scrutiny Task Group be "
          "approved and the recommendations contained within it be submitted to Executive "
          "Cabinet for consideration."])]),

    ("24.OS.28", "Overview and Scrutiny Performance Panel",
     [("p", "The Chair of the Overview and Scrutiny Performance Panel, Councillor Gareth "
            "Nuttall, gave a verbal update on the meeting of the Panel held on 10 October 2024, "
            "at which the Panel had considered the quarter one performance report for 2024/25 "
            "and the performance of the Council's waste collection contractor. The Panel had "
            "asked for a further report on missed bin collections in the rural wards, to be "
            "considered at its meeting in January."),
      ("r", "Resolved:", ["That the verbal update of the Chair of the Performance Panel be "
                          "noted."])]),

    ("24.OS.29", "Overview and Scrutiny Work Programme 2024/25",
     [("p", "The Committee considered its work programme for 2024/25. Members discussed possible "
            "topics for the next scrutiny task group, which would begin its work in January "
            "2025. Suggestions included the support available to residents affected by the "
            "cost of living, access to NHS dentistry in the borough and the condition of play "
            "areas."),
      ("p", "Councillor Nadia Rahman asked whether the Committee could scrutinise the County "
            "Council's proposals for the future of the Copfield Day Centre, which was due to "
            "close in March. The Democratic and Member Services Officer advised that this fell "
            "within the remit of the County Council's Health and Adult Services Scrutiny "
            "Committee, but that the Chair could write to that committee to express the views "
            "of this Committee."),
      ("r", "Resolved:", [
          "1. That the work programme be noted.",
          "2. That access to NHS dentistry be selected as the topic for the next scrutiny task "
          "group and a scoping document be brought to the next meeting.",
          "3. That the Chair write to the Chair of Ribblesdale County Council's Health and Adult "
          "Services Scrutiny Committee regarding the proposed closure of Copfield Day "
          "Centre."])]),
]

CLOSING = "The meeting closed at 8.47pm"


def build_minutes(path):
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 5, f"{MEETING}  {DATE_LONG}", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes of {MEETING} {DATE_LONG}")
    pdf.set_author(COUNCIL)
    pdf.set_creator("Hollinfold Council")
    pdf.set_producer("Hollinfold Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Council name block
    pdf.set_font("DejaVu", "B", 16)
    pdf.set_xy(130, 14)
    pdf.cell(60, 8, COUNCIL, align="R")
    pdf.set_y(30)

    LH = 5.6
    # Attendance grid: bold label left, value right
    for i, (label, value) in enumerate(ATTENDANCE):
        y = pdf.get_y()
        size = 13 if i < 2 else 10.5
        pdf.set_font("DejaVu", "B", size)
        pdf.set_xy(20, y)
        pdf.multi_cell(48, LH + (1.5 if i < 2 else 0), label, align="L",
                       new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_font("DejaVu", "B" if i < 2 else "", size)
        pdf.set_xy(70, y)
        pdf.multi_cell(120, LH + (1.5 if i < 2 else 0), value, new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_y(max(y1, y2) + (3 if i < 2 else 2.5))
    pdf.ln(3)

    BODY_X, BODY_W = 45, 145

    def para(text, style="", indent=0.0, after=2.5):
        pdf.set_font("DejaVu", style, 10.5)
        pdf.set_x(BODY_X + indent)
        pdf.multi_cell(BODY_W - indent, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 297 - 22 - 25:
            pdf.add_page()
        y = pdf.get_y() + 2
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(25, LH, number)
        pdf.set_xy(BODY_X, y)
        pdf.multi_cell(BODY_W, LH, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para(block[1])
            elif kind == "q":
                para(block[1], style="I", indent=8)
            elif kind == "b":
                for bullet in block[1]:
                    pdf.set_font("DejaVu", "", 10.5)
                    y = pdf.get_y()
                    pdf.set_xy(BODY_X + 3, y)
                    pdf.cell(5, LH, "\u2022")
                    pdf.set_xy(BODY_X + 9, y)
                    pdf.multi_cell(BODY_W - 9, LH, bullet, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(1)
            elif kind == "r":
                _, label, lines = block
                para(label, style="B", after=0.5)
                for line in lines:
                    para(line, after=1)
                pdf.ln(1.5)
        pdf.ln(1)

    pdf.ln(4)
    para(CLOSING)
    if pdf.get_y() > 297 - 22 - 20:
        pdf.add_page()
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_xy(20, y)
    pdf.cell(20, LH, "Chair")
    pdf.line(40, y + LH, 110, y + LH)
    pdf.set_xy(118, y)
    pdf.cell(15, LH, "Date")
    pdf.line(133, y + LH, 190, y + LH)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: the task group's final report (DOCX)
# ---------------------------------------------------------------------------
def build_report(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Democratic and Member Services"
    cp.last_modified_by = "Democratic and Member Services"
    cp.title = "Damp and Mould in Rented Homes Scrutiny Task Group - Final Report"
    cp.revision = 3
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    table = doc.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [
        ("Report of", "Meeting"),
        ("Chair of the Damp and Mould in Rented Homes Scrutiny Task Group",
         "Overview and Scrutiny Committee"),
        ("Date", "Thursday, 14 November 2024"),
        ("Is this report confidential?", "No"),
    ]
    for r, (a, b) in enumerate(rows):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b

    doc.add_paragraph()
    doc.add_heading("Damp and Mould in Rented Homes Scrutiny Task Group - Final Report", 1)

    doc.add_heading("Purpose of the Report", 2)
    doc.add_paragraph(
        "1. To present the findings and recommendations of the Damp and Mould in Rented Homes "
        "Scrutiny Task Group to the Overview and Scrutiny Committee, and to seek the "
        "Committee's agreement to submit the recommendations to Executive Cabinet.")

    doc.add_heading("Recommendations to Overview and Scrutiny Committee", 2)
    doc.add_paragraph(
        "2. That the Committee approves the final report of the Task Group and submits its "
        "recommendations to Executive Cabinet for consideration.")

    doc.add_heading("Chair's Foreword", 2)
    doc.add_paragraph(
        "3. Nobody should have to live in a home that makes them ill. When the Committee chose "
        "damp and mould as the subject of this year's task group, Members had in mind the "
        "inquest into the death of Awaab Ishak and the stories that we hear on the doorstep in "
        "our own wards. I would like to thank the tenants who completed our survey, the "
        "registered providers and landlords who gave evidence, and the officers who supported "
        "the Task Group. - Councillor Gareth Nuttall, Task Group Chair")

    doc.add_heading("Terms of Reference", 2)
    doc.add_paragraph("4. The Task Group set out to answer the following questions:")
    for q in [
        "How many homes in the borough are affected by damp and mould, and in which tenures?",
        "How quickly do registered providers and private landlords respond when a tenant "
        "reports damp or mould?",
        "Is the Council using its enforcement powers effectively in the private rented sector?",
        "What can the Council do to make it easier for tenants to report problems?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Membership and Evidence", 2)
    doc.add_paragraph(
        "5. The Task Group comprised Councillors Gareth Nuttall (Chair), Adele Cowburn, Sajid "
        "Patel and Lorraine Whiteside. It met six times between April and September 2024 and "
        "received evidence from the Head of Housing Services, the Environmental Health "
        "(Private Sector Housing) team, three registered providers, the Hollinfold Landlords' "
        "Forum and Citizens Advice Central Ribblesdale. An online survey of tenants ran for six "
        "weeks in June and July and received 142 responses.")

    doc.add_heading("Key Findings", 2)
    findings = [
        "6. Around 38% of survey respondents reported damp or mould in their home in the last "
        "twelve months; the figure was highest among tenants of pre-1919 terraced properties "
        "in the private rented sector.",
        "7. Many respondents said they had not reported the problem because they feared a rent "
        "increase or eviction. Members asked the Landlords' Forum whether this concern was "
        "justified; the Forum said that most of its members would not act in that way but "
        "accepted that some landlords outside the Forum might.",
        "8. The three registered providers who gave evidence described new damp and mould "
        "policies adopted in 2023. Response times varied widely, from an average of 6 days to "
        "31 days for an initial inspection.",
        "9. The private sector housing team served 19 improvement notices in 2023/24 relating "
        "to damp and mould. The team has two vacant posts and currently responds only to "
        "complaints rather than inspecting proactively.",
    ]
    for f in findings:
        doc.add_paragraph(f)

    doc.add_heading("Recommendations to Executive Cabinet", 2)
    recs = doc.add_table(rows=1, cols=3)
    recs.style = "Table Grid"
    hdr = recs.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "No.", "Recommendation", "Lead"
    for n, text, lead in [
        ("1", "That a proactive inspection programme for pre-1919 terraced properties in the "
              "private rented sector be established, subject to budget approval for 2025/26.",
         "Head of Housing Services"),
        ("2", "That a single reporting route for damp and mould be created on the Council's "
              "website for tenants of all tenures.", "Director (Communities)"),
        ("3", "That the Council hold an annual damp and mould summit with registered "
              "providers operating in the borough.", "Executive Member (Homes and Housing)"),
        ("4", "That the Council write to the Secretary of State asking that Awaab's Law be "
              "extended to the private rented sector without delay.", "Executive Leader"),
        ("5", "That information for tenants on their protection from retaliatory eviction be "
              "published and promoted through the Hollinfold Landlords' Forum.",
         "Head of Housing Services"),
    ]:
        cells = recs.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, text, lead
    doc.add_paragraph(
        "Recommendations 6 to 11 are set out in full in Appendix A (available on request from "
        "Democratic and Member Services).")

    doc.add_heading("Financial Implications", 2)
    doc.add_paragraph(
        "10. The cost of a proactive inspection programme is estimated at \u00a385,000 in the "
        "first year and would need to be considered as part of the 2025/26 budget process.")
    doc.add_heading("Background Papers", 2)
    doc.add_paragraph("None.")
    doc.add_paragraph("Report Author: Philippa Gornall, Democratic and Member Services Officer")

    buf = io.BytesIO()
    doc.save(buf)
    # Re-write the zip with fixed timestamps so the output is deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2024-11-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("24.OS.22", "question",
          "What powers does the Council have to make housing associations put this right",
          "Mr Graham Tootell",
          "complaints about registered providers should in the first instance go through",
          "Owen Bretherton", ["housing"]),
        q("24.OS.22", "question",
          "whether the Council would publish the number of complaints it received",
          "Mr Tootell",
          "he would look into what could be published and respond in writing",
          "Head of Housing Services", ["housing"]),
        q("24.OS.23", "question",
          "Members asked how the Partnership could be sure that the rise",
          None,
          "police patrol data also showed more incidents involving groups of young people",
          "Chief Inspector Dewhurst", []),
        q("24.OS.23", "concern",
          "the closure of the youth centre on Brook Street in 2022",
          "Councillor Tom Marsden",
          "had funded detached youth work through the Partnership since April",
          "Executive Member (Early Intervention)", ["children-and-families"]),
        q("24.OS.23", "request",
          "Members requested that the outcome of the bid be reported back",
          None, None, None, ["finance"]),
        q("24.OS.23", "question",
          "a question from Councillor Nadia Rahman about the number of domestic abuse referrals",
          "Councillor Nadia Rahman",
          "had commissioned additional Independent Domestic Violence Advisor capacity",
          "Community Safety Partnership Manager", ["subcontracting"]),
        q("24.OS.23", "question",
          "asked what would happen when that funding came to an end",
          "Councillor Rahman",
          "depended on the outcome of the Domestic Abuse Act grant allocation",
          None, ["finance"]),
        q("24.OS.23", "concern",
          "The lack of CCTV coverage at the Railway Road car park",
          None, None, None, []),
        q("24.OS.23", "question",
          "Whether the drug and alcohol treatment service commissioned by Ribblesdale County Council",
          None,
          "waiting times for the service were currently around three weeks",
          "Community Safety Partnership Manager", ["public-health", "subcontracting"]),
        q("24.OS.23", "concern",
          "The visibility of PCSOs in the rural wards, particularly Brindle Moss",
          None,
          "PCSO numbers in the borough had been maintained at 14",
          "Chief Inspector Dewhurst", ["workforce"]),
        q("24.OS.24", "question",
          "residents still reported difficulty getting through to their practice at 8.00am",
          None,
          "demand had grown faster than capacity, particularly among older patients",
          "Dr Mehta", ["primary-care"]),
        q("24.OS.24", "question",
          "asked about the number of GPs compared with other staff",
          "Councillor Ian Catterall",
          "the number of fully qualified GPs in the borough had remained broadly the same",
          "Ms Fairclough", ["primary-care", "workforce"]),
        q("24.OS.24", "concern",
          "patients were not always told whether they would be seeing a GP",
          "Councillor Catterall",
          "accepted that communication could be better and said that the PCN",
          "Dr Mehta", ["primary-care"]),
        q("24.OS.24", "question",
          "a question from the Vice-Chair about the urgent treatment centre",
          "the Vice-Chair",
          "the centre had seen an average of 148 patients a day since April",
          "Joanne Platt", ["workforce"]),
        q("24.OS.24", "question",
          "asked whether patients discharged from hospital on a Friday could get",
          "Councillor Adele Cowburn",
          "Ms Platt said that she could not comment on an individual case",
          "Ms Platt", ["adult-social-care", "primary-care"]),
        q("24.OS.24", "comment",
          "Members also commented on the closure of the branch surgery at Heapey Fold",
          None, None, None, ["primary-care"]),
        q("24.OS.24", "request",
          "The Chair requested that the ICB provide the results of the GP Patient Survey",
          "The Chair",
          "Ms Fairclough agreed to provide these following the meeting",
          "Ms Fairclough", ["primary-care", "patient-and-public-input"]),
        q("24.OS.25", "question",
          "asked why the decision to extend the contract with the current operator",
          "Councillor Sajid Patel",
          "the extension was provided for in the original contract",
          "Executive Member (Homes and Housing)",
          ["subcontracting", "privatisation", "finance"]),
        q("24.OS.25", "request",
          "Members asked that the options appraisal be shared with the Committee",
          None,
          "agreed that it would be circulated to all Members of the Committee",
          "The Executive Member", ["subcontracting"]),
        q("24.OS.25", "question",
          "whether the new maximum discretionary grant of £15,000 would reduce the waiting list",
          "Councillor Lorraine Whiteside",
          "the average wait from referral to completion was currently 38 weeks",
          "Owen Bretherton", ["housing", "finance"]),
        q("24.OS.27", "question",
          "asked how the proactive inspection programme would be resourced",
          "Councillor Sajid Patel",
          "would be considered as part of the 2025/26 budget",
          "Head of Housing Services", ["housing", "finance", "workforce"]),
        q("24.OS.27", "comment",
          "many tenants were afraid of being evicted if they complained",
          "Councillor Whiteside",
          "The Task Group Chair agreed to add this before the report",
          "The Task Group Chair", ["housing", "patient-and-public-input"]),
        q("24.OS.29", "comment",
          "Suggestions included the support available to residents affected by the cost of living",
          None, None, None, ["primary-care"]),
        q("24.OS.29", "question",
          "proposals for the future of the Copfield Day Centre, which was due to close",
          "Councillor Nadia Rahman",
          "but that the Chair could write to that committee to express",
          "The Democratic and Member Services Officer",
          ["adult-social-care", "governance"]),
    ],
    "resolutions": [
        r("24.OS.20", "be confirmed as a correct record for signing by the Chair",
          "agreed", []),
        r("24.OS.23", "That the Community Safety Partnership annual update be noted",
          "agreed", []),
        r("24.OS.24", "a further update on GP access, including the impact of the new",
          "agreed", ["primary-care"]),
        r("24.OS.25", "The Committee noted the minutes of Executive Cabinet", "noted", []),
        r("24.OS.26", "That the Notice of Executive Decisions be noted", "noted", []),
        r("24.OS.27",
          "the recommendations contained within it be submitted to Executive Cabinet for consideration",
          "recommended", ["housing"]),
        r("24.OS.28", "That the verbal update of the Chair of the Performance Panel be noted",
          "noted", []),
        r("24.OS.29",
          "access to NHS dentistry be selected as the topic for the next scrutiny task group",
          "agreed", ["primary-care", "adult-social-care"]),
    ],
    "attendees": [
        a("Councillor Helen Pemberton", "Chair", "present"),
        a("Councillor Gareth Nuttall", "Vice-Chair", "present"),
        a("Councillor Adele Cowburn", None, "present"),
        a("Councillor Ian Catterall", None, "present"),
        a("Councillor Tom Marsden", None, "present"),
        a("Councillor Sajid Patel", None, "present"),
        a("Councillor Nadia Rahman", None, "present"),
        a("Councillor Lorraine Whiteside", None, "present"),
        a("Councillor Peter Ormerod", None, "in_attendance"),
        a("Councillor Dawn Seddon", "Executive Member (Homes and Housing)", "in_attendance"),
        a("Councillor Kieran Walmsley", "Executive Member (Early Intervention)",
          "in_attendance"),
        a("Louise Haworth", "Director (Communities)", "in_attendance"),
        a("Owen Bretherton", "Head of Housing Services", "in_attendance"),
        a("Sinead Finch", "Community Safety Partnership Manager", "in_attendance"),
        a("Philippa Gornall", "Democratic and Member Services Officer", "in_attendance"),
        a("Chief Inspector Martin Dewhurst", "Ribblesdale Constabulary", "in_attendance"),
        a("Rachel Fairclough",
          "Associate Director of Primary Care (Central Ribblesdale), Ribblesdale and South "
          "Fellmoor Integrated Care Board", "in_attendance"),
        a("Dr Anil Mehta", "Clinical Director, Hollinfold Central Primary Care Network",
          "in_attendance"),
        a("Joanne Platt",
          "Divisional Director of Operations (Urgent and Emergency Care), Hollinfold and "
          "Ribbleside Teaching Hospitals NHS Foundation Trust", "in_attendance"),
        a("Councillor Roy Hesketh-Barnes", None, "apologies"),
        a("Councillor Margaret Sumner", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages), len(pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" "), None
    return path.read_text(encoding="utf-8"), None


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("or-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if gold_path.stem != Path(gold["document"]).stem or not doc.exists():
            print(f"FAIL {gold_path.name}: document missing or name mismatch")
            ok = False
            continue
        text, pages = doc_text(doc)
        t = norm(text)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        n_bad = 0
        for kind, ph in phrases:
            p = norm(ph)
            count = t.count(p)
            words = len(ph.split())
            if count != 1 or not 6 <= words <= 15:
                print(f"FAIL {gold['document']}: {kind} {ph!r}: found {count}x, {words} words")
                n_bad += 1
        ok = ok and n_bad == 0
        extra = f", {pages} pages" if pages else ""
        print(f"{gold['document']}: {len(phrases)} phrases checked, {n_bad} failures{extra}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES_FILE, REPORT_FILE)


if __name__ == "__main__":
    main()
