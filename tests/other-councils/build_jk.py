#!/usr/bin/env python3
"""Build the "jk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jk.py           build documents/jk-* and gold/jk-*.json
        build_jk.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "jk-bredeshire-hosc-2025-01-30.pdf"
REPORT_NAME = "jk-bredeshire-hosc-report-millbrook-road-branch-surgery.docx"

FIXED = dt.datetime(2025, 2, 27, 9, 30, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------

PRESENT = (
    "Councillors Margaret Hollis (Chair), Councillors Fiona Brandt, Carol Fenner, "
    "Brian Lusted, Dennis Okafor (Vice Chair), Wendy Pardoe and Hugh Stanyon; "
    "Councillor Ann Crowhurst (Tollbridge Borough Council), Councillor Paul Gedge "
    "(Heathfold District Council) and Councillor Sunita Rai (Saltmarsh Bay Borough "
    "Council); Jill Marchant (Voluntary Sector Representative)"
)
LEAD_OFFICER = "Rachel Tomkins, Senior Scrutiny Adviser"
ALSO_PRESENT = [
    "Councillor Jean Farrant, Lead Member for Adult Social Care and Health",
    "Graham Pellow, Director of Adult Social Care and Health",
    "Martin Oduya, Executive Managing Director (Bredeshire), NHS South Weald",
    "Dr Helen Castellano, Chief Medical Officer, NHS South Weald",
    "Claire Whitcombe, Chief Operating Officer, Bredeshire Healthcare NHS Trust",
    "Dr Priya Venkat, Associate Director of Primary Care, NHS South Weald",
    "Lorraine Beckett, Chief Executive, Healthwatch Bredeshire",
    "Simon Ardley, Service Director (Bredeshire), South Weald Partnership NHS "
    "Foundation Trust",
    "Kate Mundy, Head of Planned Care Transformation, NHS South Weald",
    "Darren Foulkes, Consultant Ophthalmologist and Clinical Lead, Bredeshire "
    "Healthcare NHS Trust",
]

# Each entry: ("title", number, title) | ("para", number, text)
#             | ("res", number, lead-in, [clauses]) | ("line", text)
BODY = [
    ("title", "28.", "MINUTES OF THE PREVIOUS MEETING"),
    ("para", "28.1", "The Committee RESOLVED to agree the minutes of the meeting held on "
     "5 December 2024 as a correct record."),

    ("title", "29.", "APOLOGIES FOR ABSENCE"),
    ("para", "29.1", "Apologies for absence were received from Councillor Tariq Haddad and "
     "Councillor Neil Whitlock (Pelham Down District Council)."),
    ("para", "29.2", "Councillor Fiona Brandt was present as a substitute for Councillor Haddad."),

    ("title", "30.", "DISCLOSURES OF INTERESTS"),
    ("para", "30.1", "Councillor Okafor declared a personal, non-prejudicial interest in item 5 "
     "as his daughter is employed as a nurse by Bredeshire Healthcare NHS Trust."),
    ("para", "30.2", "Councillor Rai declared a personal, non-prejudicial interest in item 6 as "
     "a member of the patient participation group at Saltmarsh Bay Medical Centre."),

    ("title", "31.", "URGENT ITEMS"),
    ("para", "31.1", "There were none."),

    ("title", "32.", "URGENT AND EMERGENCY CARE: WINTER 2024/25 UPDATE"),
    ("para", "32.1", "The Committee considered a report providing an update on urgent and "
     "emergency care (UEC) performance in Bredeshire over the winter period to date, and the "
     "actions being taken by NHS South Weald, Bredeshire Healthcare NHS Trust (BHT), the County "
     "Council and other partners to manage demand. These included the expansion of same day "
     "emergency care, the virtual ward and the integrated discharge hubs at Eastgate General "
     "Hospital and the Royal Tollbridge Hospital. Dr Helen Castellano, Chief Medical Officer, NHS "
     "South Weald, introduced the report and gave a presentation on system performance since "
     "November."),
    ("para", "32.2", "The Committee asked how performance against the four-hour A&E standard and "
     "ambulance handover times in December compared with the same period last year. Claire "
     "Whitcombe, Chief Operating Officer, BHT, explained that 71.4% of patients had been seen "
     "within four hours in December, against 68.9% the previous December, and that average "
     "handover times at Eastgate had fallen to 38 minutes. There had been a small number of very "
     "long handovers over the Christmas period and each of these was being reviewed individually "
     "with the ambulance trust."),
    ("para", "32.3", "The Committee asked about the number of people who were medically ready for "
     "discharge but remained in hospital, and whether the delays were mainly due to a lack of home "
     "care or of care home places. Graham Pellow, Director of Adult Social Care and Health, said "
     "that on an average day there had been around 95 people across the two acute sites who no "
     "longer met the criteria to reside, which was lower than at the same point last winter. The "
     "main causes of delay were waits for packages of care at home in the rural north of the "
     "county, where recruiting care workers remained difficult, and for nursing home placements "
     "for people with more complex needs, including people living with dementia. Home care "
     "capacity had improved considerably over the past year, with the number of hours waiting to "
     "be picked up falling from over 2,000 a week in January 2024 to fewer than 400, and the "
     "Council had commissioned 24 additional short-term beds in care homes to support discharge "
     "to assess over the winter. Graham Pellow added that people were increasingly leaving "
     "hospital with higher levels of need than before the pandemic, which placed additional "
     "pressure on both the Council's budget and on providers."),
    ("para", "32.4", "Councillor Gedge commented that residents in Heathfold were still reporting "
     "long waits for an ambulance, particularly for older people who had fallen at home, and "
     "asked what was being done to provide an alternative response. Martin Oduya, Executive "
     "Managing Director (Bredeshire), NHS South Weald, said that the falls response service, "
     "which was jointly funded by NHS South Weald and the County Council, had been extended to "
     "cover the whole county seven days a week from November. It had responded to over 600 calls "
     "in its first two months, and in most cases the person had been helped up and assessed "
     "without the need for an ambulance."),
    ("para", "32.5", "The Committee asked whether the workforce was in place to sustain the "
     "additional capacity opened for winter, given the reliance on temporary staff in previous "
     "years. Claire Whitcombe said that BHT had reduced its use of agency nurses by over a third "
     "compared with 2023/24 through the recruitment of internationally educated nurses and a "
     "larger staff bank, and that the nursing vacancy rate was now around 6%. There remained some "
     "hard to fill consultant posts in acute and emergency medicine, which were being covered by "
     "locums."),
    ("para", "32.6", "The Committee expressed concern that the financial position across the "
     "South Weald system could lead to reductions in services that helped people to stay out of "
     "hospital, such as the virtual ward and community rapid response. Martin Oduya acknowledged "
     "that the system was under significant financial pressure and was required to deliver a "
     "balanced position by the end of the year, but said there were no plans to reduce the "
     "virtual ward or rapid response services, which remained priorities in the Joint Forward "
     "Plan."),
    ("para", "32.7", "Jill Marchant asked how the voluntary and community sector was being "
     "supported to help people once they returned home, as several organisations had reported "
     "an increase in referrals without any additional funding. Graham Pellow said that the "
     "Council funded a home from hospital service through the Better Care Fund and was reviewing "
     "the level of funding for the next financial year. He agreed to provide the Committee with "
     "details of the referrals and funding for voluntary sector discharge support services."),
    ("para", "32.8", "Councillor Pardoe commented that the improvement in handover times was "
     "welcome, but that patients waiting on trolleys in corridors at Eastgate was still "
     "unacceptable and should not be regarded as normal."),
    ("line", "Councillor Lusted left the meeting at 11.40 am."),
    ("res", "32.9", "The Committee RESOLVED to:", [
        "1) note the report; and",
        "2) request an update on urgent and emergency care performance, including hospital "
        "discharge, for its meeting in September 2025.",
    ]),

    ("title", "33.", "ACCESS TO NHS DENTISTRY"),
    ("para", "33.1", "The Committee considered a report from NHS South Weald on access to NHS "
     "dental services in Bredeshire, including the actions being taken locally since the "
     "delegation of dental commissioning to integrated care boards, the national dental recovery "
     "plan, and the results of Healthwatch Bredeshire's survey of residents' experiences of "
     "trying to find an NHS dentist."),
    ("para", "33.2", "Lorraine Beckett, Chief Executive, Healthwatch Bredeshire, summarised the "
     "findings of the survey, which had received over 1,100 responses. Around half of "
     "respondents had been unable to find a dentist taking on NHS patients, and a significant "
     "number reported travelling more than 20 miles for treatment or paying for private "
     "treatment that they could not easily afford."),
    ("para", "33.3", "The Committee asked how many dental practices in the county were currently "
     "accepting new adult NHS patients, and how residents could find out which ones were. Dr "
     "Priya Venkat, Associate Director of Primary Care, NHS South Weald, said that the position "
     "changed from week to week, but at the end of December 11 of the 58 practices holding an "
     "NHS contract were accepting new adult patients, mostly on a limited basis. The NHS website "
     "was not always up to date and NHS South Weald was working with practices to improve this. A "
     "dental helpline had also been set up for people with urgent needs."),
    ("para", "33.4", "Councillor Rai asked why there were so few NHS dentists in the coastal "
     "towns, and whether the ICB could do more to attract dentists to work in areas such as "
     "Saltmarsh Bay. Dr Venkat explained that the national dental contract made it difficult for "
     "practices to deliver NHS care in areas of high need, where treatment was more complex and "
     "took longer, and that the recruitment and retention of dentists and dental nurses was a "
     "particular challenge on the coast. NHS South Weald was using its flexible commissioning "
     "arrangements to fund additional urgent care sessions and had introduced a golden hello "
     "scheme with a number of practices in Saltmarsh Bay and Pelham Down."),
    ("para", "33.5", "The Committee raised concerns that underspends in the dental budget in "
     "previous years had been used for other purposes, and asked whether the budget was now "
     "ring-fenced. Dr Venkat confirmed that the dental budget was ring-fenced for 2024/25 and "
     "that NHS South Weald expected to spend its full allocation this year, including on the "
     "new urgent care sessions and the expansion of the children's oral health programme."),
    ("para", "33.6", "Councillor Fenner asked what was being done to improve the oral health of "
     "children, given that tooth decay remained the most common reason for children aged five to "
     "nine being admitted to hospital. Dr Venkat said that a supervised toothbrushing scheme was "
     "running in nurseries and primary schools in the most deprived areas of the county. This "
     "was funded by the ICB and delivered with the County Council's public health team, and would "
     "reach around 4,500 children by the end of the year."),
    ("para", "33.7", "Councillor Stanyon asked whether people who had been told they were no "
     "longer on a practice's list because they had not attended for two years had any right to "
     "be seen again. Dr Venkat explained that patients were not registered with a dental practice "
     "in the same way as with a GP practice, and that practices were not obliged to see a patient "
     "again once a course of treatment had ended, although many chose to do so."),
    ("para", "33.8", "Councillor Crowhurst commented that some of her residents had been told by "
     "practices that they could only be seen privately, and said she would welcome clear "
     "information for councillors to share with residents on how to get urgent dental care. Dr "
     "Venkat agreed to provide a briefing note for all members."),
    ("res", "33.9", "The Committee RESOLVED to:", [
        "1) note the report and thank Healthwatch Bredeshire for its survey; and",
        "2) request that NHS South Weald provides a written update on its dental recovery "
        "actions, including the number of practices accepting new NHS patients, for the "
        "Committee's meeting in July 2025.",
    ]),

    ("title", "34.", "COMMUNITY MENTAL HEALTH SERVICES"),
    ("para", "34.1", "The Committee considered a report from South Weald Partnership NHS "
     "Foundation Trust (SWPFT) on the progress of the community mental health transformation "
     "programme in Bredeshire, including the new integrated mental health teams working "
     "alongside primary care networks and the mental health safe havens in Tollbridge and "
     "Saltmarsh Bay, which are open in the evenings and at weekends."),
    ("para", "34.2", "The Committee asked how long people were waiting for an assessment after "
     "being referred by their GP, and whether waiting times varied across the county. Simon "
     "Ardley, Service Director (Bredeshire), SWPFT, said that the median wait for a first "
     "assessment was now 23 days, compared with over eight weeks two years ago. There was still "
     "variation between areas, with the longest waits in Heathfold because of vacancies in that "
     "team, and SWPFT was recruiting to these posts."),
    ("para", "34.3", "Councillor Brandt asked about the role of voluntary sector organisations in "
     "the new model, and whether their contracts gave them enough certainty to plan ahead and "
     "keep their staff. Simon Ardley said that 14 voluntary and community organisations were part "
     "of the alliance delivering the model and that their contracts had been extended to March "
     "2027 to give greater stability, with a full recommissioning exercise planned for 2026."),
    ("para", "34.4", "The Committee expressed concern about the support available to young people "
     "moving from children's to adult mental health services, which Members had heard was a "
     "difficult transition for many families. Simon Ardley said that a transitions protocol had "
     "been agreed with the children and young people's service, and that a dedicated pathway for "
     "16 to 25 year olds was being piloted in Saltmarsh Bay."),
    ("para", "34.5", "Councillor Lusted asked what proportion of people using the safe havens went "
     "on to attend A&E within 24 hours. Simon Ardley said that he did not have the figure to hand "
     "and would provide it to the Committee after the meeting."),
    ("para", "34.6", "Councillor Okafor noted that the number of people in Bredeshire taking their "
     "own lives had risen in each of the last three years, and suggested that the Committee "
     "should look in more detail at the county's suicide prevention work."),
    ("para", "34.7", "The Committee noted the report and the progress made in reducing waiting "
     "times for assessment."),

    ("title", "35.", "PROPOSED RECONFIGURATION OF OPHTHALMOLOGY SERVICES"),
    ("para", "35.1", "The Committee considered a report on the outcome of public engagement on "
     "proposals by BHT to bring complex eye surgery together at Eastgate General Hospital, while "
     "keeping outpatient clinics, diagnostic services and cataract surgery at both Eastgate and "
     "the Royal Tollbridge Hospital. At its meeting in September 2024 the Committee had agreed "
     "that it would decide whether the proposals constituted a substantial variation to health "
     "services once the outcome of the engagement was known."),
    ("para", "35.2", "Kate Mundy, Head of Planned Care Transformation, NHS South Weald, and Darren "
     "Foulkes, Consultant Ophthalmologist and Clinical Lead, BHT, outlined the engagement, which "
     "had included an online survey, six drop-in sessions and meetings with local sight loss "
     "charities. Around 300 patients a year who currently had complex surgery at the Royal "
     "Tollbridge Hospital would travel to Eastgate for their operation, although all of their "
     "pre-operative and follow-up appointments would remain local."),
    ("para", "35.3", "The Committee asked how patients from the Tollbridge area who needed surgery "
     "at Eastgate would be supported with transport, given that many were older people who could "
     "not drive following an eye operation. Kate Mundy said that all patients having complex "
     "surgery would be assessed for non-emergency patient transport, and that the volunteer "
     "driver scheme run by Tollbridge Community Transport was being extended, with the costs met "
     "by BHT. Councillor Crowhurst asked whether the volunteer scheme would be available at short "
     "notice for urgent operations, and was informed that this would be confirmed in the final "
     "implementation plan."),
    ("para", "35.4", "Councillor Gedge questioned whether the engagement had reached people "
     "without internet access, noting that most responses had come through the online survey. "
     "Kate Mundy said that paper copies had been available at both hospitals, in libraries and "
     "through GP practices, and 84 paper responses had been received. The engagement report "
     "included an analysis of who had responded, which showed lower response rates from younger "
     "people and from the Saltmarsh Bay area."),
    ("para", "35.5", "The Committee sought clarification on the clinical case for the change. "
     "Darren Foulkes explained that concentrating complex retinal and corneal surgery in one "
     "place would allow a specialist team to be on site every day, would reduce the number of "
     "operations cancelled because of emergency pressures, and would support the training and "
     "recruitment of ophthalmologists, which had been difficult with two small teams."),
    ("res", "35.6", "The Committee RESOLVED to agree that the proposed reconfiguration of "
     "ophthalmology services does not constitute a substantial variation to health services in "
     "Bredeshire.", []),
    ("res", "35.7", "The Committee also RESOLVED to recommend to NHS South Weald and BHT that:", [
        "1) transport support for patients from the Tollbridge area is confirmed before the "
        "changes are implemented; and",
        "2) a report on the impact of the changes on patients is brought to the Committee "
        "twelve months after implementation.",
    ]),

    ("title", "36.", "WORK PROGRAMME"),
    ("para", "36.1", "The Committee considered its work programme, including the items scheduled "
     "for its meetings in March and July 2025 and the progress of the HOSC review board on "
     "hospital discharge."),
    ("para", "36.2", "The Committee asked whether the proposed closure of the Millbrook Road "
     "branch surgery in Pelham Down could be considered by the Committee. Rachel Tomkins, Senior "
     "Scrutiny Adviser, advised that NHS South Weald had been asked for a briefing on the "
     "proposal, which would be circulated to Members in February, and the Committee could then "
     "decide whether to consider it at its March meeting."),
    ("para", "36.3", "The Committee RESOLVED to amend the work programme to add a report on "
     "suicide prevention for its meeting in July 2025, in line with the discussion under "
     "item 7."),
]

CLOSING = ["The meeting ended at 12.58 pm.", "", "Councillor Margaret Hollis", "Chair"]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(0, 4, "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", align="L")
            self.set_xy(self.l_margin, 10)
            self.cell(0, 4, "30 JANUARY 2025", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-14)
            self.set_font("dv", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 30 January 2025")
    pdf.set_author("Bredeshire County Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("dv", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    lm = pdf.l_margin
    width = pdf.w - pdf.l_margin - pdf.r_margin
    indent = 16
    lh = 5.2

    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 7, "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("dv", "B", 10)
    pdf.write(lh, "MINUTES")
    pdf.set_font("dv", "", 10)
    pdf.write(lh, " of a meeting of the Health Overview and Scrutiny Committee held at "
              "Council Chamber, County Hall, Wellsmere on 30 January 2025.")
    pdf.ln(lh)
    pdf.ln(4)

    label_w = 36

    def labelled(label, lines):
        y = pdf.get_y()
        pdf.set_font("dv", "B", 10)
        pdf.set_xy(lm, y)
        pdf.cell(label_w, lh, label)
        pdf.set_font("dv", "", 10)
        for text in lines:
            pdf.set_x(lm + label_w)
            pdf.multi_cell(width - label_w, lh, text, align="L",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    labelled("PRESENT", [PRESENT])
    labelled("LEAD OFFICER", [LEAD_OFFICER])
    labelled("ALSO PRESENT", ALSO_PRESENT)
    pdf.ln(2)

    for block in BODY:
        kind = block[0]
        if kind == "title":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", 10)
            pdf.set_x(lm)
            pdf.cell(indent, lh, num)
            pdf.multi_cell(width - indent, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "para":
            _, num, text = block
            pdf.set_font("dv", "", 10)
            pdf.set_x(lm)
            pdf.cell(indent, lh, num)
            pdf.multi_cell(width - indent, lh, text, align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "line":
            _, text = block
            pdf.set_font("dv", "", 10)
            pdf.set_x(lm + indent)
            pdf.multi_cell(width - indent, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "res":
            _, num, lead, clauses = block
            pdf.set_font("dv", "", 10)
            pdf.set_x(lm)
            pdf.cell(indent, lh, num)
            pdf.multi_cell(width - indent, lh, lead, align="J",
                           new_x="LMARGIN", new_y="NEXT")
            if clauses:
                pdf.ln(1.5)
            for clause in clauses:
                pdf.set_x(lm + indent + 6)
                pdf.multi_cell(width - indent - 6, lh, clause, align="J",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2.5)

    pdf.ln(6)
    pdf.set_font("dv", "", 10)
    for text in CLOSING:
        if text:
            pdf.cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(8)
    pdf.output(str(path))


# --------------------------------------------------------------------------
# The document that is not minutes: a committee report (DOCX)
# --------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Agenda Item 6")
    r.bold = True

    rows = [
        ("Report to:", "Health Overview and Scrutiny Committee (HOSC)"),
        ("Date of meeting:", "13 March 2025"),
        ("By:", "Assistant Chief Executive"),
        ("Title:", "Proposed closure of the Millbrook Road branch surgery, Pelham Down"),
        ("Purpose:", "To provide the Committee with information from NHS South Weald about "
                     "the proposal by Pelham Down Medical Practice to close its Millbrook Road "
                     "branch surgery and to consolidate services at its main site on Station "
                     "Approach."),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        ca, cb = table.rows[i].cells
        ca.text = ""
        ra = ca.paragraphs[0].add_run(a)
        ra.bold = True
        cb.text = b

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RECOMMENDATIONS").bold = True
    doc.add_paragraph("The Committee is recommended to:")
    doc.add_paragraph("1) consider and comment on the proposal and the engagement that NHS "
                      "South Weald and the practice have carried out with patients; and")
    doc.add_paragraph("2) determine whether the proposal constitutes a substantial variation to "
                      "health services in Bredeshire and, if not, whether the Committee wishes "
                      "to receive a further update once the branch surgery has closed.")

    def heading(text):
        p = doc.add_paragraph()
        p.add_run(text).bold = True

    def num(n, text):
        doc.add_paragraph(f"{n}\t{text}")

    heading("1.\tBackground")
    num("1.1", "Pelham Down Medical Practice has around 14,200 registered patients and "
        "provides services from its main surgery on Station Approach and from a branch surgery "
        "on Millbrook Road, approximately 1.8 miles away. The branch surgery is open three days "
        "a week and offers GP and nurse appointments; it does not have a dispensary.")
    num("1.2", "The practice wrote to NHS South Weald in November 2024 applying to close the "
        "branch surgery from 1 July 2025. The practice has told the ICB that the building no "
        "longer meets infection control and accessibility standards, that the lease ends in "
        "June 2025 and that it has found it increasingly difficult to staff two sites.")
    num("1.3", "Under the ICB's policy for branch surgery closures, the practice has carried out "
        "a six-week engagement with its patients, which ended on 14 February 2025. NHS South "
        "Weald's primary care commissioning committee is expected to decide on the application "
        "in April 2025.")

    heading("2.\tSupporting information")
    num("2.1", "A briefing from NHS South Weald is attached as Appendix 1. It sets out the "
        "reasons for the proposal, the results of the patient engagement and the measures the "
        "practice proposes to put in place to support patients who currently use the branch "
        "surgery, including those who would find it difficult to travel to Station Approach.")
    num("2.2", "At its meeting on 30 January 2025 the Committee asked for a briefing on the "
        "proposal before deciding whether to consider it. Representatives of NHS South Weald and "
        "of the practice have been invited to attend the meeting to answer the Committee's "
        "questions.")
    num("2.3", "In considering whether a proposal is a substantial variation, the Committee may "
        "wish to take into account the number of patients affected, changes in the accessibility "
        "of services, and the views of patients and the public. Members may wish to explore the "
        "following questions with the witnesses:")
    for q in [
        "How many patients use the branch surgery each week, and how many of them live within "
        "walking distance of Millbrook Road?",
        "What bus services link Millbrook Road with Station Approach, and how will patients "
        "without a car get to their appointments?",
        "Has the practice considered any alternatives to closure, such as moving the branch to "
        "another building in the area?",
        "What did patients say during the engagement, and how has the practice responded?",
        "Will the closure allow the practice to offer more appointments overall?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    heading("3.\tConclusion and reasons for recommendations")
    num("3.1", "The Committee is asked to consider the information provided by NHS South Weald "
        "and to decide whether the proposed closure of the Millbrook Road branch surgery "
        "constitutes a substantial variation to health services requiring formal consultation "
        "with the Committee.")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("PHILIP ARDEN-SMYTHE").bold = True
    doc.add_paragraph("Assistant Chief Executive")
    doc.add_paragraph()
    doc.add_paragraph("Contact Officer: Rachel Tomkins, Senior Scrutiny Adviser")
    doc.add_paragraph("Tel. No: 01632 960 418")
    doc.add_paragraph("Email: rachel.tomkins@bredeshire.gov.example")

    doc.add_page_break()
    p = doc.add_paragraph()
    p.add_run("Appendix 1").bold = True
    p = doc.add_paragraph()
    p.add_run("NHS South Weald briefing: Millbrook Road branch surgery").bold = True
    doc.add_paragraph(
        "The engagement received 612 responses, 71% of them online. The main concerns raised "
        "were travel to Station Approach (58% of respondents), parking at the main site (33%) "
        "and the loss of a familiar local service (29%). Some respondents were positive about "
        "the prospect of more appointments being available at a single modern site.")
    doc.add_paragraph("Frequently asked questions").runs[0].bold = True
    faqs = [
        ("Will I need to re-register with the practice?",
         "No. All patients will stay registered with Pelham Down Medical Practice and your "
         "records will not change."),
        ("Can I still collect my prescription locally?",
         "Yes. Millbrook Pharmacy will continue to receive electronic prescriptions from the "
         "practice as it does now."),
        ("What if I cannot travel to Station Approach?",
         "The practice will offer telephone and video appointments and home visits where there "
         "is a clinical need, and will work with Pelham Down Community Transport on a shuttle "
         "for patients who need it."),
        ("When will a decision be made?",
         "The ICB's primary care commissioning committee will consider the application in "
         "April 2025, after the Health Overview and Scrutiny Committee has given its view."),
    ]
    for q, a in faqs:
        p = doc.add_paragraph()
        p.add_run("Q: " + q).bold = True
        doc.add_paragraph("A: " + a)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "HOSC report - Millbrook Road branch surgery"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps so that the output is deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------

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
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-01-30",
    "items": [
        {"number": "28", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "29", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "30", "title": "DISCLOSURES OF INTERESTS"},
        {"number": "31", "title": "URGENT ITEMS"},
        {"number": "32", "title": "URGENT AND EMERGENCY CARE: WINTER 2024/25 UPDATE"},
        {"number": "33", "title": "ACCESS TO NHS DENTISTRY"},
        {"number": "34", "title": "COMMUNITY MENTAL HEALTH SERVICES"},
        {"number": "35", "title": "PROPOSED RECONFIGURATION OF OPHTHALMOLOGY SERVICES"},
        {"number": "36", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        q("32", "question",
          "asked how performance against the four-hour A&E standard and ambulance handover times",
          None,
          "71.4% of patients had been seen within four hours in December",
          "Claire Whitcombe", []),
        q("32", "question",
          "asked about the number of people who were medically ready for discharge",
          None,
          "on an average day there had been around 95 people across the two acute sites",
          "Graham Pellow", ["adult-social-care"]),
        q("32", "question",
          "residents in Heathfold were still reporting long waits for an ambulance",
          "Councillor Gedge",
          "the falls response service, which was jointly funded by NHS South Weald",
          "Martin Oduya", ["adult-social-care"]),
        q("32", "question",
          "asked whether the workforce was in place to sustain the additional capacity",
          None,
          "BHT had reduced its use of agency nurses by over a third",
          "Claire Whitcombe", ["workforce"]),
        q("32", "concern",
          "the financial position across the South Weald system could lead to reductions",
          None,
          "there were no plans to reduce the virtual ward or rapid response services",
          "Martin Oduya", ["finance"]),
        q("32", "question",
          "asked how the voluntary and community sector was being supported to help people",
          "Jill Marchant",
          "the Council funded a home from hospital service through the Better Care Fund",
          "Graham Pellow", ["finance", "integration"]),
        q("32", "comment",
          "patients waiting on trolleys in corridors at Eastgate was still unacceptable",
          "Councillor Pardoe", None, None, []),
        q("33", "question",
          "asked how many dental practices in the county were currently accepting new adult",
          None,
          "at the end of December 11 of the 58 practices holding an NHS contract",
          "Dr Priya Venkat", ["primary-care"]),
        q("33", "question",
          "asked why there were so few NHS dentists in the coastal towns",
          "Councillor Rai",
          "the national dental contract made it difficult for practices to deliver NHS care",
          "Dr Venkat", ["primary-care", "workforce"]),
        q("33", "concern",
          "raised concerns that underspends in the dental budget in previous years",
          None,
          "the dental budget was ring-fenced for 2024/25",
          "Dr Venkat", ["finance", "primary-care"]),
        q("33", "question",
          "asked what was being done to improve the oral health of children",
          "Councillor Fenner",
          "a supervised toothbrushing scheme was running in nurseries and primary schools",
          "Dr Venkat", ["children-and-families", "public-health", "primary-care"]),
        q("33", "question",
          "had not attended for two years had any right to be seen again",
          "Councillor Stanyon",
          "patients were not registered with a dental practice in the same way",
          "Dr Venkat", ["primary-care"]),
        q("33", "request",
          "would welcome clear information for councillors to share with residents",
          "Councillor Crowhurst",
          "Venkat agreed to provide a briefing note for all members",
          "Dr Venkat", ["primary-care"]),
        q("34", "question",
          "asked how long people were waiting for an assessment after",
          None,
          "the median wait for a first assessment was now 23 days",
          "Simon Ardley", ["mental-health"]),
        q("34", "question",
          "asked about the role of voluntary sector organisations in the new model",
          "Councillor Brandt",
          "their contracts had been extended to March 2027 to give greater stability",
          "Simon Ardley", ["mental-health", "subcontracting"]),
        q("34", "concern",
          "expressed concern about the support available to young people moving from children's",
          None,
          "a transitions protocol had been agreed with the children and young people's service",
          "Simon Ardley", ["mental-health", "children-and-families"]),
        q("34", "question",
          "asked what proportion of people using the safe havens went on to attend",
          "Councillor Lusted",
          "he did not have the figure to hand and would provide it",
          "Simon Ardley", ["mental-health"]),
        q("34", "request",
          "suggested that the Committee should look in more detail at the county's suicide",
          "Councillor Okafor", None, None, ["mental-health"]),
        q("35", "question",
          "asked how patients from the Tollbridge area who needed surgery at Eastgate",
          None,
          "all patients having complex surgery would be assessed for non-emergency patient transport",
          "Kate Mundy", []),
        q("35", "question",
          "asked whether the volunteer scheme would be available at short notice",
          "Councillor Crowhurst",
          "this would be confirmed in the final implementation plan",
          None, []),
        q("35", "question",
          "questioned whether the engagement had reached people without internet access",
          "Councillor Gedge",
          "paper copies had been available at both hospitals, in libraries and through GP practices",
          "Kate Mundy", ["patient-and-public-input"]),
        q("35", "question",
          "sought clarification on the clinical case for the change",
          None,
          "concentrating complex retinal and corneal surgery in one place",
          "Darren Foulkes", []),
        q("36", "question",
          "asked whether the proposed closure of the Millbrook Road branch surgery",
          None,
          "NHS South Weald had been asked for a briefing on the proposal",
          "Rachel Tomkins", ["primary-care"]),
    ],
    "resolutions": [
        res("28", "agree the minutes of the meeting held on 5 December 2024 as a correct record",
            "agreed", []),
        res("32", "request an update on urgent and emergency care performance, including hospital "
            "discharge", "agreed", ["adult-social-care"]),
        res("33", "provides a written update on its dental recovery actions", "agreed",
            ["primary-care", "patient-and-public-input"]),
        res("34", "noted the report and the progress made in reducing waiting times", "noted",
            ["mental-health"]),
        res("35", "does not constitute a substantial variation to health services in Bredeshire",
            "agreed", ["governance"]),
        res("35", "transport support for patients from the Tollbridge area is confirmed",
            "recommended", []),
        res("36", "amend the work programme to add a report on suicide prevention",
            "agreed", ["mental-health"]),
    ],
    "attendees": [
        att("Margaret Hollis", "Chair", "present"),
        att("Fiona Brandt", None, "present"),
        att("Carol Fenner", None, "present"),
        att("Brian Lusted", None, "present"),
        att("Dennis Okafor", "Vice Chair", "present"),
        att("Wendy Pardoe", None, "present"),
        att("Hugh Stanyon", None, "present"),
        att("Councillor Ann Crowhurst", "Tollbridge Borough Council", "present"),
        att("Councillor Paul Gedge", "Heathfold District Council", "present"),
        att("Councillor Sunita Rai", "Saltmarsh Bay Borough Council", "present"),
        att("Jill Marchant", "Voluntary Sector Representative", "present"),
        att("Rachel Tomkins", "Senior Scrutiny Adviser", "in_attendance"),
        att("Councillor Jean Farrant", "Lead Member for Adult Social Care and Health",
            "in_attendance"),
        att("Graham Pellow", "Director of Adult Social Care and Health", "in_attendance"),
        att("Martin Oduya", "Executive Managing Director (Bredeshire), NHS South Weald",
            "in_attendance"),
        att("Dr Helen Castellano", "Chief Medical Officer, NHS South Weald", "in_attendance"),
        att("Claire Whitcombe", "Chief Operating Officer, Bredeshire Healthcare NHS Trust",
            "in_attendance"),
        att("Dr Priya Venkat", "Associate Director of Primary Care, NHS South Weald",
            "in_attendance"),
        att("Lorraine Beckett", "Chief Executive, Healthwatch Bredeshire", "in_attendance"),
        att("Simon Ardley", "Service Director (Bredeshire), South Weald Partnership NHS "
            "Foundation Trust", "in_attendance"),
        att("Kate Mundy", "Head of Planned Care Transformation, NHS South Weald",
            "in_attendance"),
        att("Darren Foulkes", "Consultant Ophthalmologist and Clinical Lead, Bredeshire "
            "Healthcare NHS Trust", "in_attendance"),
        att("Councillor Tariq Haddad", None, "apologies"),
        att("Councillor Neil Whitlock", "Pelham Down District Council", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("jk-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        if not text:
            print(f"NO TEXT in {doc.name}")
            bad += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(norm(phrase))
            if count != 1 or not 6 <= n_words <= 15:
                print(f"{doc.name}: {what} found {count}x, {n_words} words: {phrase!r}")
                bad += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main())
