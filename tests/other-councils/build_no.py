#!/usr/bin/env python3
"""Build the "no-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_no.py           build documents/no-* and gold/no-*.json
        build_no.py --check   verify every gold phrase occurs once in its document
"""
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MIN_NAME = "no-marlbeck-health-adults-scrutiny-sub-committee-2025-01-21.pdf"
REP_NAME = "no-marlbeck-cabinet-response-home-care-scrutiny-recommendations.docx"

COMMITTEE = "Health and Adults Scrutiny Sub-Committee"

# --------------------------------------------------------------------------------------
# The minutes.  Blocks: ("item", num, title), ("p", text), ("bold", text),
# ("li", label, text), ("bullet", text), ("gap",)
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("MEMBERS PRESENT:",
     "Councillor Adaeze Okonkwo-Reid (Chair), Councillor Simon Varley (Vice-Chair), "
     "Councillor Bethan Morrow, Councillor Ishaq Rahman, Councillor Lucia Ferreira-Banks "
     "and Councillor Graham Tolley"),
    ("APOLOGIES:", "Councillor Neha Karia"),
    ("ALSO PRESENT:",
     "Councillor Rowena Pike (Cabinet Member for Healthier Communities), Councillor Jonah "
     "Idowu (Deputy Cabinet Member for Adult Social Care), Karen Lisle (Healthwatch "
     "Marlbeck), Sarah Whitcombe (Director of Integrated Care, South Riverside Hospitals NHS "
     "Foundation Trust), Dr Femi Adeyemi (Clinical and Care Professional Lead, Marlbeck "
     "Together), Andrew Kilbane (Service Director, South Riverside Mental Health NHS "
     "Foundation Trust), Marion Gale (Head of Primary Care (Marlbeck), NHS South Riverside "
     "Integrated Care Board), Paul Hennessy (Corporate Director, Adults and Health), Ruth "
     "Abernethy (Director of Adult Social Care), Daniel Prior (Head of Commissioning "
     "(Adults)) and Tom Ellery (Scrutiny Manager)"),
]

BODY = [
    ("item", "1.", "DECLARATION OF PECUNIARY INTERESTS"),
    ("p", "There were none."),
    ("p", "Councillor Bethan Morrow stated, for transparency, that she was employed by a "
          "charity which delivered carers' support services in the borough under a grant "
          "agreement with the Council. This was not a pecuniary interest and she remained in "
          "the meeting for all items."),

    ("item", "2.", "MINUTES"),
    ("p", "RESOLVED: That the minutes of the previous meeting held on 13 November 2024 be "
          "agreed as a correct record of proceedings."),

    ("item", "3.", "ADULT SOCIAL CARE: CQC ASSESSMENT - IMPROVEMENT PLAN UPDATE"),
    ("p", "The Sub-Committee considered the report at pages 9 to 36 of the agenda pack, which "
          "provided an update on the delivery of the Adult Social Care Improvement Plan "
          "following the Care Quality Commission's assessment of the Council's performance "
          "under its Care Act duties."),
    ("p", "Councillor Rowena Pike, Cabinet Member for Healthier Communities, introduced the "
          "item. She reminded Members that the Council had been rated 'Requires Improvement' "
          "in the assessment report published in August 2024 and that the plan at Appendix A "
          "had been agreed by Cabinet in October. Ruth Abernethy, Director of Adult Social "
          "Care, then outlined progress against the four themes of the plan and highlighted "
          "that the number of people waiting for a Care Act assessment had reduced from 612 "
          "in June 2024 to 388 at the end of December, while the number waiting more than 90 "
          "days had halved. A new Quality Assurance Framework had been in place since "
          "September and the Principal Social Worker now chaired a monthly practice board."),
    ("p", "In response to questions from Members, it was noted that:"),
    ("li", "a)", "A Member asked how the Council could be confident that the reduction in the "
                 "waiting list was not simply the result of people being closed without a "
                 "service. The Director of Adult Social Care explained that every closure was "
                 "reviewed by a team manager and that a monthly audit sample of 40 cases had "
                 "found no inappropriate closures since September."),
    ("li", "b)", "Councillor Rahman queried why the proportion of unpaid carers receiving an "
                 "assessment in their own right remained well below the London average. "
                 "Officers acknowledged that performance was poor; a new carers' assessment "
                 "offer, developed with Marlbeck Carers' Hub, would launch in April 2025 and "
                 "part of the assessment would be delegated to the Hub."),
    ("li", "c)", "Concern was expressed about the time young people with learning disabilities "
                 "were waiting for transitions planning as they approached adulthood. The "
                 "Director said that a joint transitions panel with Children's Services now met "
                 "fortnightly and that 14 young people aged 17 had been identified for early "
                 "planning."),
    ("li", "d)", "Members requested that the Sub-Committee receive the results of the next "
                 "staff survey, given the reliance on agency social workers in the hospital and "
                 "reviewing teams. It was confirmed that agency use had fallen from 31 per cent "
                 "to 22 per cent of qualified social work posts over the year."),
    ("li", "e)", "Karen Lisle, Healthwatch Marlbeck, commented that residents continued to "
                 "report difficulty in reaching the adult social care front door by telephone, "
                 "particularly late in the afternoon and at weekends."),
    ("li", "f)", "In response to a question about the Council's readiness for re-inspection, "
                 "the Corporate Director, Adults and Health advised that the CQC had not "
                 "indicated a date and that a peer challenge with a neighbouring borough was "
                 "planned for May 2025."),
    ("p", "RESOLVED:"),
    ("li", "1.", "To note the report and the progress made against the improvement plan."),
    ("li", "2.", "To request that a further update, including carers' assessment performance "
                 "and staff survey results, be brought to the Sub-Committee in July 2025."),

    ("item", "4.", "HOSPITAL DISCHARGE AND INTERMEDIATE CARE"),
    ("p", "The following attended for this item: Sarah Whitcombe, Director of Integrated Care, "
          "South Riverside Hospitals NHS Foundation Trust; Dr Femi Adeyemi, Clinical and Care "
          "Professional Lead, Marlbeck Together; and Daniel Prior, Head of Commissioning "
          "(Adults)."),
    ("p", "Sarah Whitcombe presented the joint report of the Trust and the Council, which set "
          "out performance against the national discharge metrics over the autumn and the "
          "plans for winter. She advised that the average number of Marlbeck residents at "
          "Riverside General Hospital who no longer met the criteria to reside had fallen from "
          "47 in January 2024 to 29 in December 2024, and that the new Transfer of Care Hub "
          "brought together ward staff, social workers, therapists and the voluntary sector "
          "in a single team working seven days a week. Dr Adeyemi added that the Marlbeck "
          "Together partnership had agreed to use the additional discharge funding for 2024/25 "
          "on reablement capacity and on twelve intermediate care beds at Pelham Lodge."),
    ("p", "Councillor Varley asked what proportion of patients discharged under the discharge "
          "to assess model were readmitted to hospital within 30 days. Ms Whitcombe said that "
          "the 30-day readmission rate for this group was 11.2 per cent, broadly in line with "
          "the national average, but that the Trust could not yet split the figure by pathway; "
          "this would be provided after the meeting."),
    ("p", "Members expressed concern that the Better Care Fund discharge grant was confirmed "
          "for only one year at a time, which made it difficult for providers to retain staff "
          "in the reablement service. The Cabinet Member for Healthier Communities agreed and "
          "said that the Council had raised this with the Department of Health and Social Care "
          "through London Councils and in its response to the finance settlement."),
    ("p", "Councillor Ferreira-Banks sought clarification on how families were involved when a "
          "relative was discharged to a care home for a period of assessment, noting a case in "
          "her ward where the family had been given less than a day's notice. Dr Adeyemi "
          "accepted that communication with families was not always good enough and said that "
          "a family information leaflet had been drafted with Healthwatch Marlbeck and would "
          "be in use on all wards by March."),
    ("p", "A Member questioned whether the intermediate care beds at Pelham Lodge were being "
          "used to full capacity, given reports of empty beds over the Christmas period. Daniel "
          "Prior said that occupancy had averaged 86 per cent in December and that two beds had "
          "been closed for nine days because of a norovirus outbreak."),
    ("p", "The Chair asked that the Trust and the Council provide a breakdown of discharges by "
          "pathway for the last twelve months, and that it be circulated to Members before the "
          "March meeting."),
    ("p", "The Sub-Committee noted the report and thanked the representatives of the Trust and "
          "Marlbeck Together for attending."),

    ("item", "5.", "MENTAL HEALTH: ADULT CRISIS PATHWAY"),
    ("p", "Andrew Kilbane, Service Director, South Riverside Mental Health NHS Foundation "
          "Trust, introduced the report on the adult crisis pathway in Marlbeck. The Crisis "
          "Café at Halden Road had opened in June 2024 and had received 1,140 visits by the end "
          "of December, and the Trust's crisis line now answered 91 per cent of calls within "
          "one minute. However, pressure on acute beds remained severe, and in November the "
          "average wait in the emergency department for a patient who needed a mental health "
          "admission had been 31 hours."),
    ("p", "Members made the following comments and asked questions:"),
    ("li", "(i)", "Councillor Rahman asked whether the Crisis Café was reaching Black residents, "
                  "given that they were more likely to be detained under the Mental Health Act. "
                  "Mr Kilbane said that 38 per cent of visitors to the café identified as Black "
                  "or Black British, and that the Trust's work on the Patient and Carer Race "
                  "Equality Framework was being shaped with community organisations in the "
                  "borough."),
    ("li", "(ii)", "Members were concerned at the length of waits in the emergency department "
                   "and asked what was being done to reduce them. It was explained that the "
                   "Trust had opened eight additional acute beds in December and was buying "
                   "beds from private providers out of area when needed, at an average cost of "
                   "£720 per night."),
    ("li", "(iii)", "Councillor Morrow asked about police attendance at mental health calls "
                    "following the introduction of Right Care, Right Person. Mr Kilbane said "
                    "that this was being monitored jointly with the Metropolitan Police and "
                    "would be covered in the Trust's next report to the Sub-Committee."),
    ("p", "RESOLVED: To note the report and the actions being taken to reduce waits for acute "
          "mental health beds."),

    ("item", "6.", "HOME CARE RECOMMISSIONING"),
    ("p", "Daniel Prior, Head of Commissioning (Adults), introduced the report, which set out "
          "the proposed model for the recommissioning of home care services from October "
          "2025, when the current framework contracts with eleven providers would expire. The "
          "borough would be divided into four patches, each with a lead provider and a small "
          "number of strategic partners, and all providers would be required to pay the London "
          "Living Wage and to pay care workers for travel time between visits. Cabinet would "
          "be asked to approve the model and the procurement strategy on 17 February 2025. "
          "Around 1,350 residents currently received home care arranged by the Council, at a "
          "gross cost of £31.6 million in 2023/24."),
    ("p", "Members raised the following points:"),
    ("bullet", "Members asked whether the patch-based model would reduce choice for people who "
               "used direct payments. Officers advised that direct payment recipients would "
               "remain free to employ personal assistants or to buy care from any provider, "
               "including those outside the framework."),
    ("bullet", "Councillor Tolley asked how many of the current providers were owned by private "
               "equity firms and whether the Council would consider an in-house home care "
               "service. Councillor Pike said that three of the eleven providers were part of "
               "groups with private equity backing; an in-house option had been appraised at "
               "paragraph 4.12 of the report but was not recommended because of the set-up "
               "costs and the time a TUPE transfer would take."),
    ("bullet", "Concern was raised that paying for travel time might lead providers to cut the "
               "length of visits, and Members sought assurance that 15-minute calls would not be "
               "reintroduced. The Head of Commissioning confirmed that 15-minute visits would not "
               "be commissioned except for medication prompts, and that the hourly rate of "
               "£24.10 had been modelled to include travel time."),
    ("bullet", "A Member asked how the views of people who used home care had informed the "
               "model. Officers explained that 214 people had responded to a survey in the "
               "summer and that two co-production workshops had been held with Marlbeck Carers' "
               "Hub and the Marlbeck Disability Forum."),
    ("bullet", "Councillor Morrow commented that care workers in her ward often did not know "
               "which provider they would be working for from one month to the next, and that the "
               "Council should use the recommissioning to improve terms and conditions across "
               "the whole sector."),
    ("p", "RESOLVED:"),
    ("li", "1.", "To note the proposed model for the recommissioning of home care."),
    ("li", "2.", "To recommend to Cabinet that the procurement strategy include a requirement for "
                 "all providers to sign up to Stage 2 of the Ethical Care Charter, and that "
                 "quality be weighted at no less than 60 per cent in the evaluation of tenders."),
    ("li", "3.", "To request that the outcome of the procurement be reported to the "
                 "Sub-Committee before contracts are awarded."),

    ("item", "7.", "ACCESS TO GENERAL PRACTICE"),
    ("p", "Marion Gale, Head of Primary Care (Marlbeck), NHS South Riverside Integrated Care "
          "Board, presented an update on access to general practice in the borough, including "
          "the roll-out of the modern general practice access model across all 31 practices "
          "and the results of the 2024 GP Patient Survey, in which 64 per cent of Marlbeck "
          "respondents described their overall experience of contacting their practice as "
          "good, compared with 69 per cent in 2023. Demand for appointments had risen by 9 per "
          "cent over the year, and practices had delivered 1.21 million appointments in the "
          "twelve months to November 2024, of which 44 per cent had been on the same day."),
    ("p", "Members asked about the use of online consultation tools by older residents and by "
          "those without internet access, the number of staff such as clinical pharmacists "
          "employed by primary care networks under the additional roles scheme, and whether "
          "practices in the north of the borough had enough clinical space. In response, Ms "
          "Gale said that all practices were required to keep telephone and walk-in routes "
          "open and that no patient would be required to use an online form; that the "
          "borough's six primary care networks employed 97 staff through the Additional Roles "
          "Reimbursement Scheme; and that an estates review covering the Fennmore Road "
          "practices would report in the summer."),
    ("p", "Karen Lisle, Healthwatch Marlbeck, reported that feedback gathered at community "
          "events showed that many residents did not understand the roles of the staff they "
          "now saw at their surgery instead of a GP, and asked whether the ICB would fund a "
          "public information campaign. Ms Gale said the ICB would welcome working with "
          "Healthwatch on this and would report back on funding."),
    ("p", "Councillor Tolley raised the closure of the branch surgery at Wyvern Street, which "
          "had been announced to patients with four weeks' notice, and asked why the "
          "Sub-Committee had not been consulted. Ms Gale apologised that Members had not been "
          "informed in advance and said that the practice had given notice because the lease on "
          "the building had ended. The Chair reminded the ICB of its duty to consult the "
          "Sub-Committee on any proposal for a substantial variation in local health services."),
    ("p", "RESOLVED:"),
    ("li", "1.", "To note the update on access to general practice."),
    ("li", "2.", "That the Chair write to the Chief Executive of the ICB setting out the "
                 "Sub-Committee's concerns about the closure of the Wyvern Street branch "
                 "surgery."),

    ("item", "8.", "WORK PROGRAMME 2024/25"),
    ("p", "Tom Ellery, Scrutiny Manager, presented the work programme for the remainder of the "
          "municipal year. The meeting on 18 March 2025 would consider the Marlbeck Together "
          "annual report and the Director of Public Health's annual report, and the "
          "re-procurement of sexual health services had been suggested by the Cabinet Member "
          "as a further item."),
    ("p", "Councillor Varley suggested that the Sub-Committee hold a joint session with the "
          "Children and Young People Scrutiny Sub-Committee on mental health support for young "
          "people moving from children's to adult services. This was supported by Members."),
    ("p", "RESOLVED: To agree the work programme, subject to the addition of the sexual health "
          "services re-procurement to the agenda for 18 March 2025."),
]

CLOSING = [
    "CLOSE OF MEETING",
    "The meeting ended at 9.48 pm",
]
SIGNOFF = [
    "CHAIR",
    "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE",
    "Tuesday 18 March 2025",
]
CONTACT = [
    ("Date of Despatch:", "Thursday 30 January 2025"),
    ("Contact for Enquiries:", "Tom Ellery"),
    ("Tel:", "020 7946 0731"),
    ("E-mail:", "tellery@marlbeck.gov.uk"),
    ("Web:", "www.marlbeck.gov.uk"),
]


def build_minutes(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 9)
                self.cell(0, 4, "Health and Adults Scrutiny Sub-Committee - Tuesday 21 January 2025",
                          align="L")
                self.set_text_color(0, 0, 0)
                self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 30, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Minutes - Health and Adults Scrutiny Sub-Committee - 21 January 2025")
    pdf.set_author("London Borough of Marlbeck")
    pdf.set_producer("Marlbeck ModernGov")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = pdf.w - 40
    LH = 5.0

    # Title block, left aligned as the borough prints it
    pdf.set_font("Sans", "B", 16)
    pdf.cell(W, 9, "MINUTES", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(W, 7, "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 11)
    pdf.cell(W, 6, "Tuesday 21 January 2025 at 7.00 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(W, 6, "Committee Room (B6), Marlbeck Town Hall, Kestrel Road, London",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    # Attendance: labels in a left column, names run on in the right column
    lab_w = 42
    for label, names in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(lab_w, LH, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(20 + lab_w, y)
        pdf.multi_cell(W - lab_w, LH, names, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 20 + W, pdf.get_y())
    pdf.ln(4)

    IND = 12
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(IND, 6, num)
            pdf.set_xy(20 + IND, y)
            pdf.multi_cell(W - IND, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "p":
            text = block[1]
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20 + IND)
            if text.startswith("RESOLVED:"):
                pdf.set_font("Sans", "B", 10)
                pdf.write(LH, "RESOLVED:")
                rest = text[len("RESOLVED:"):]
                pdf.set_font("Sans", "", 10)
                if rest:
                    # keep the decision in the same paragraph, left margin at the indent
                    pdf.set_left_margin(20 + IND)
                    pdf.write(LH, rest)
                    pdf.set_left_margin(20)
                pdf.ln(LH)
            else:
                pdf.multi_cell(W - IND, LH, text, align="J", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind in ("li", "bullet"):
            if kind == "li":
                _, label, text = block
            else:
                label, text = "\u2022", block[1]
            hang = 10
            pdf.set_font("Sans", "", 10)
            if pdf.get_y() > pdf.h - 28:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(20 + IND, y)
            pdf.cell(hang, LH, label)
            pdf.set_xy(20 + IND + hang, y)
            pdf.multi_cell(W - IND - hang, LH, text, align="J", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(2)

    pdf.ln(4)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(W, 6, CLOSING[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(W, 6, CLOSING[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if pdf.get_y() > pdf.h - 90:
        pdf.add_page()
    pdf.ln(14)
    pdf.set_font("Sans", "B", 10)
    for line in SIGNOFF:
        pdf.cell(W, 5.5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    for label, val in CONTACT:
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(48, 5, label)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(W - 48, 5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report answering the Sub-Committee's
# recommendations on home care (Word, in the borough's report template).
# --------------------------------------------------------------------------------------

def build_report(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    def para(text, bold=False, size=None, align=None, space_after=6):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def table(rows, widths=None, header=True):
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                cells[j].text = ""
                run = cells[j].paragraphs[0].add_run(val)
                run.bold = header and i == 0
                run.font.size = Pt(10)
        d.add_paragraph()
        return t

    para("MARLBECK", bold=True, size=20, space_after=0)
    para("LONDON BOROUGH OF MARLBECK", bold=True, size=9)
    para("CABINET 17 FEBRUARY 2025", bold=True, size=12)
    para("Report title: Response to the recommendations of the Health and Adults Scrutiny "
         "Sub-Committee - Home Care Recommissioning", bold=True, size=12)
    table([
        ["Wards: All"],
        ["Portfolio: Cabinet Member for Healthier Communities: Councillor Rowena Pike"],
        ["Report Authorised by: Paul Hennessy: Corporate Director, Adults and Health"],
        ["Contact for enquiries: Daniel Prior, Head of Commissioning (Adults), "
         "dprior@marlbeck.gov.uk"],
    ], header=False)

    para("REPORT SUMMARY", bold=True)
    para("On 21 January 2025 the Health and Adults Scrutiny Sub-Committee considered the "
         "proposed model for the recommissioning of home care services from October 2025 and "
         "made three recommendations. This report sets out the proposed Cabinet response to "
         "each of them, alongside the procurement strategy report elsewhere on this agenda.")
    para("FINANCE SUMMARY", bold=True)
    para("There are no direct financial implications arising from this report. The cost of "
         "adopting Stage 2 of the Ethical Care Charter is contained within the hourly rate "
         "modelled in the procurement strategy (£24.10), which is affordable within the "
         "Adult Social Care budget for 2025/26 as set out in the Medium Term Financial Strategy.")
    para("RECOMMENDATIONS", bold=True)
    para("1. To agree the responses to the recommendations of the Health and Adults Scrutiny "
         "Sub-Committee set out in Table 1 of this report.")
    para("2. To note that the outcome of the procurement will be reported to the Sub-Committee "
         "before any contracts are awarded.")

    para("1. CONTEXT", bold=True)
    para("1.1 The Council currently arranges home care for around 1,350 residents through a "
         "framework of eleven providers. The framework contracts expire on 30 September 2025.")
    para("1.2 The Sub-Committee asked a number of questions about the proposed model. The main "
         "questions, and the answers given, are summarised below for Cabinet's information.")
    table([
        ["Question raised by the Sub-Committee", "Answer"],
        ["Will the patch-based model reduce choice for people who use direct payments?",
         "No. People with a direct payment can still employ a personal assistant or buy care "
         "from any provider, on or off the framework."],
        ["Will 15-minute calls be reintroduced to pay for travel time?",
         "No. Visits of 15 minutes will only be commissioned for medication prompts."],
        ["Has the Council considered running home care in-house?",
         "Yes. An in-house option was appraised (paragraph 4.12 of the model report) and is not "
         "recommended at this time."],
    ])

    para("2. PROPOSAL AND REASONS", bold=True)
    para("2.1 Table 1 sets out each recommendation and the proposed response.")
    para("Table 1: Sub-Committee recommendations and proposed Cabinet response", bold=True)
    table([
        ["No.", "Recommendation", "Response", "Accepted?"],
        ["1", "That the procurement strategy include a requirement for all providers to sign "
              "up to Stage 2 of the Ethical Care Charter.",
         "Agreed. The requirement will be a pass/fail condition of the tender.", "Accepted"],
        ["2", "That quality be weighted at no less than 60 per cent in the evaluation of "
              "tenders.",
         "Quality will be weighted at 60 per cent and price at 40 per cent, with 10 per cent "
         "of the quality score reserved for social value.", "Accepted"],
        ["3", "That the outcome of the procurement be reported to the Sub-Committee before "
              "contracts are awarded.",
         "The outcome will be reported to the Sub-Committee in a Part 2 briefing in July 2025. "
         "Contract award remains an officer decision under delegated authority.",
         "Partially accepted"],
    ])

    para("3. CONSULTATION AND CO-PRODUCTION", bold=True)
    para("3.1 The model was informed by a survey of 214 people who use home care and two "
         "workshops with Marlbeck Carers' Hub and the Marlbeck Disability Forum.")
    para("4. RISK MANAGEMENT", bold=True)
    para("4.1 The main risk is that providers do not bid for all four patches. Market "
         "engagement events in November 2024 were attended by 26 providers.")
    para("5. EQUALITIES IMPACT ASSESSMENT", bold=True)
    para("5.1 An Equality Impact Assessment is appended to the procurement strategy report.")

    para("AUDIT TRAIL", bold=True)
    table([
        ["Name/Position", "Marlbeck directorate / department or partner",
         "Date Sent", "Date Received", "Comments in paragraph:"],
        ["Paul Hennessy", "Corporate Director, Adults and Health", "28.01.25", "30.01.25", "All"],
        ["Councillor Rowena Pike", "Cabinet Member for Healthier Communities", "28.01.25",
         "31.01.25", "2.1"],
        ["Legal Services", "Finance and Governance", "28.01.25", "03.02.25", "Finance summary"],
    ])
    table([
        ["REPORT HISTORY", ""],
        ["Original discussion with Cabinet Member", "15 January 2025"],
        ["Report deadline", "5 February 2025"],
        ["Date final report sent", "5 February 2025"],
        ["Part II Exempt from Disclosure/confidential accompanying report?", "No"],
        ["Key decision report", "No"],
        ["Background documents", "Report to the Health and Adults Scrutiny Sub-Committee, "
                                 "21 January 2025: Home Care Recommissioning"],
        ["Appendices", "None"],
    ])

    fixed = dt.datetime(2025, 2, 5, 9, 0, 0)
    cp = d.core_properties
    cp.author = "Daniel Prior"
    cp.last_modified_by = "Daniel Prior"
    cp.title = "Cabinet response - Home Care Recommissioning scrutiny recommendations"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so that the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_MINUTES = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "1", "title": "DECLARATION OF PECUNIARY INTERESTS"},
        {"number": "2", "title": "MINUTES"},
        {"number": "3", "title": "ADULT SOCIAL CARE: CQC ASSESSMENT - IMPROVEMENT PLAN UPDATE"},
        {"number": "4", "title": "HOSPITAL DISCHARGE AND INTERMEDIATE CARE"},
        {"number": "5", "title": "MENTAL HEALTH: ADULT CRISIS PATHWAY"},
        {"number": "6", "title": "HOME CARE RECOMMISSIONING"},
        {"number": "7", "title": "ACCESS TO GENERAL PRACTICE"},
        {"number": "8", "title": "WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        # 3
        q("3", "question",
          "how the Council could be confident that the reduction in the waiting list",
          None,
          "every closure was reviewed by a team manager and that a monthly audit sample",
          "Director of Adult Social Care", ["adult-social-care", "governance"]),
        q("3", "question",
          "queried why the proportion of unpaid carers receiving an assessment in their own right",
          "Councillor Rahman",
          "a new carers' assessment offer, developed with Marlbeck Carers' Hub, would launch",
          None, ["adult-social-care"]),
        q("3", "concern",
          "Concern was expressed about the time young people with learning disabilities",
          None,
          "a joint transitions panel with Children's Services now met fortnightly",
          "Director of Adult Social Care", ["adult-social-care", "children-and-families"]),
        q("3", "request",
          "Members requested that the Sub-Committee receive the results of the next staff survey",
          None,
          "agency use had fallen from 31 per cent to 22 per cent",
          None, ["workforce"]),
        q("3", "comment",
          "residents continued to report difficulty in reaching the adult social care front door",
          "Karen Lisle",
          None, None, ["adult-social-care", "patient-and-public-input"]),
        q("3", "question",
          "In response to a question about the Council's readiness for re-inspection",
          None,
          "the CQC had not indicated a date and that a peer challenge",
          "Corporate Director, Adults and Health", ["governance", "adult-social-care"]),
        # 4
        q("4", "question",
          "Councillor Varley asked what proportion of patients discharged under the discharge to assess model",
          "Councillor Varley",
          "the 30-day readmission rate for this group was 11.2 per cent",
          "Ms Whitcombe", ["integration", "adult-social-care"]),
        q("4", "concern",
          "Members expressed concern that the Better Care Fund discharge grant was confirmed",
          None,
          "the Council had raised this with the Department of Health and Social Care",
          "Cabinet Member for Healthier Communities",
          ["finance", "integration", "workforce", "adult-social-care"]),
        q("4", "question",
          "sought clarification on how families were involved when a relative was discharged",
          "Councillor Ferreira-Banks",
          "accepted that communication with families was not always good enough",
          "Dr Adeyemi", ["adult-social-care", "patient-and-public-input"]),
        q("4", "question",
          "questioned whether the intermediate care beds at Pelham Lodge were being used",
          None,
          "occupancy had averaged 86 per cent in December",
          "Daniel Prior", ["adult-social-care"]),
        q("4", "request",
          "The Chair asked that the Trust and the Council provide a breakdown of discharges",
          "The Chair",
          None, None, ["adult-social-care"]),
        # 5
        q("5", "question",
          "Councillor Rahman asked whether the Crisis Café was reaching Black residents",
          "Councillor Rahman",
          "38 per cent of visitors to the café identified as Black or Black British",
          "Mr Kilbane", ["mental-health", "public-health"]),
        q("5", "concern",
          "Members were concerned at the length of waits in the emergency department",
          None,
          "the Trust had opened eight additional acute beds in December",
          None, ["mental-health", "privatisation", "finance"]),
        q("5", "question",
          "Councillor Morrow asked about police attendance at mental health calls",
          "Councillor Morrow",
          "jointly with the Metropolitan Police and would be covered in the Trust's next report",
          "Mr Kilbane", ["mental-health"]),
        # 6
        q("6", "question",
          "Members asked whether the patch-based model would reduce choice for people who used direct payments",
          None,
          "direct payment recipients would remain free to employ personal assistants",
          None, ["adult-social-care", "subcontracting"]),
        q("6", "question",
          "asked how many of the current providers were owned by private equity firms",
          "Councillor Tolley",
          "three of the eleven providers were part of groups with private equity backing",
          "Councillor Pike",
          ["privatisation", "subcontracting", "adult-social-care"]),
        q("6", "concern",
          "Concern was raised that paying for travel time might lead providers to cut",
          None,
          "15-minute visits would not be commissioned except for medication prompts",
          "Head of Commissioning",
          ["workforce", "finance", "subcontracting", "adult-social-care"]),
        q("6", "question",
          "asked how the views of people who used home care had informed the model",
          None,
          "214 people had responded to a survey in the summer",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("6", "comment",
          "care workers in her ward often did not know which provider they would",
          "Councillor Morrow",
          None, None, ["workforce", "subcontracting", "adult-social-care"]),
        # 7
        q("7", "question",
          "Members asked about the use of online consultation tools by older residents",
          None,
          "all practices were required to keep telephone and walk-in routes open",
          "Ms Gale", ["primary-care", "workforce"]),
        q("7", "question",
          "asked whether the ICB would fund a public information campaign",
          "Karen Lisle",
          "the ICB would welcome working with Healthwatch on this and would report back on funding",
          "Ms Gale", ["primary-care", "patient-and-public-input", "finance"]),
        q("7", "concern",
          "Councillor Tolley raised the closure of the branch surgery at Wyvern Street",
          "Councillor Tolley",
          "Ms Gale apologised that Members had not been informed in advance",
          "Ms Gale", ["primary-care", "governance", "patient-and-public-input"]),
        # 8
        q("8", "request",
          "suggested that the Sub-Committee hold a joint session with the Children and Young People",
          "Councillor Varley",
          None, None, ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        r("2", "the minutes of the previous meeting held on 13 November 2024 be agreed",
          "agreed", []),
        r("3", "To request that a further update, including carers' assessment performance and staff survey results",
          "agreed", ["adult-social-care", "workforce"]),
        r("4", "The Sub-Committee noted the report and thanked the representatives of the Trust",
          "noted", ["adult-social-care"]),
        r("5", "To note the report and the actions being taken to reduce waits",
          "noted", ["mental-health"]),
        r("6", "To recommend to Cabinet that the procurement strategy include a requirement",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        r("7", "That the Chair write to the Chief Executive of the ICB",
          "agreed", ["primary-care"]),
        r("8", "To agree the work programme, subject to the addition of the sexual health services re-procurement",
          "agreed", ["public-health", "subcontracting"]),
    ],
    "attendees": [
        a("Councillor Adaeze Okonkwo-Reid", "Chair", "present"),
        a("Councillor Simon Varley", "Vice-Chair", "present"),
        a("Councillor Bethan Morrow", None, "present"),
        a("Councillor Ishaq Rahman", None, "present"),
        a("Councillor Lucia Ferreira-Banks", None, "present"),
        a("Councillor Graham Tolley", None, "present"),
        a("Councillor Neha Karia", None, "apologies"),
        a("Councillor Rowena Pike", "Cabinet Member for Healthier Communities", "in_attendance"),
        a("Councillor Jonah Idowu", "Deputy Cabinet Member for Adult Social Care", "in_attendance"),
        a("Karen Lisle", "Healthwatch Marlbeck", "in_attendance"),
        a("Sarah Whitcombe",
          "Director of Integrated Care, South Riverside Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Dr Femi Adeyemi", "Clinical and Care Professional Lead, Marlbeck Together",
          "in_attendance"),
        a("Andrew Kilbane", "Service Director, South Riverside Mental Health NHS Foundation Trust",
          "in_attendance"),
        a("Marion Gale",
          "Head of Primary Care (Marlbeck), NHS South Riverside Integrated Care Board",
          "in_attendance"),
        a("Paul Hennessy", "Corporate Director, Adults and Health", "in_attendance"),
        a("Ruth Abernethy", "Director of Adult Social Care", "in_attendance"),
        a("Daniel Prior", "Head of Commissioning (Adults)", "in_attendance"),
        a("Tom Ellery", "Scrutiny Manager", "in_attendance"),
    ],
}

GOLD_REPORT = {"document": REP_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("no-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print("MISSING", dpath)
            ok = False
            continue
        if gpath.stem != dpath.stem:
            print("NAME MISMATCH", gpath.name, dpath.name)
            ok = False
        text = norm(doc_text(dpath))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n = text.count(norm(ph))
            words = len(norm(ph).split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gpath.name} {what}: found {n}x, {words} words: {ph!r}")
        for att in g.get("attendees", []):
            if norm(att["name"]) not in text:
                ok = False
                print(f"FAIL {gpath.name} attendee not found: {att['name']}")
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("OK" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MIN_NAME)
    build_report(DOCS / REP_NAME)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written", MIN_NAME, REP_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
