#!/usr/bin/env python3
"""Build the "og-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_og.py           build documents/og-* and gold/og-*.json
        build_og.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime.datetime(2018, 11, 22, 9, 30, 0, tzinfo=datetime.timezone.utc)

MINUTES_NAME = "og-amberdown-hasc-2018-11-14.pdf"
REPORT_NAME = "og-amberdown-hasc-bpg-report-2018-11-14.docx"

COMMITTEE = "Health and Adult Social Care Select Committee"

# --------------------------------------------------------------------------------------
# The minutes.  Block kinds:
#   ("title", text)          committee name at the top
#   ("lead", text)           the "date – At a meeting of ..." line
#   ("label", label, text)   attendance paragraph with a bold run-in label
#   ("plain", text)          unnumbered paragraph at the left margin
#   ("part", text)           "Part I" heading
#   ("item", number, title)  bold item heading with its number in the hanging column
#   ("np", number, text)     numbered paragraph: "38.1" in the hanging column
#   ("bullet", text)         bullet inside the current numbered paragraph
#   ("clause", n, text)      numbered clause under "Resolved – That the Committee:"
#   ("sign", text)           the signature block
# --------------------------------------------------------------------------------------
D = "\u2013"  # en dash, as the council prints it

MINUTES = [
    ("title", COMMITTEE),
    ("lead", f"14 November 2018 {D} At a meeting of the Health and Adult Social Care Select "
             "Committee held at 10.30 am at County Hall, Amberford."),
    ("label", "Present:", "Mr Penhale (Chairman)"),
    ("plain", "Mrs Arkwright, Mr Bellchambers, Mrs Caddick, Lt Cdr Dunstall, Mr Eversfield, "
              "Mrs Fairweather, Mr Greenhough, Dr Hollis, Mrs Illingworth, Mr Jeffcott, "
              "Mrs Kettleby, Mrs Bramwell (Amberford DC), Mr Cosgrove (Coastway DC), "
              "Mrs Delahaye (Hurstmere DC), Mr Farrant (Northbridge BC) and "
              "Mrs Gatley (Selden BC)"),
    ("plain", "Apologies were received from Mr Quarrell, Mrs Renshaw (Wealdham DC) and "
              "Mr Usherwood (Lyndon DC)"),
    ("label", "Absent:", "Mr Tolhurst"),
    ("label", "Also in attendance:", "Mrs Wickens (Cabinet Member for Adults and Health)"),
    ("part", "Part I"),

    ("item", "38.", "Declarations of Interest"),
    ("np", "38.1", "In accordance with the code of conduct the following personal interests "
                   "were declared:"),
    ("bullet", "Mrs Caddick in respect of item 7, Improving Hospital Discharge and Winter "
               "Preparedness, as a governor of Amberford and Coastway Hospitals NHS Foundation "
               "Trust"),
    ("bullet", "Dr Hollis in respect of item 9, Primary Care Resilience, as a retired general "
               "practitioner and a patient of one of the practices referred to in the report"),
    ("bullet", "Mr Cosgrove in respect of item 8, Stroke Services in Coastal Amberdown, as a "
               "member of Coastway District Council, which has made representations to the "
               "Clinical Commissioning Group about the future of Northbridge Hospital"),

    ("item", "39.", "Minutes of the last meeting of the Committee"),
    ("np", "39.1", f"Resolved {D} That the minutes of the meeting of the Committee held on "
                   "26 September 2018 are approved as a correct record and that they be signed "
                   "by the Chairman."),

    ("item", "40.", "Urgent Matters"),
    ("np", "40.1", "None."),

    ("item", "41.", "Responses to Recommendations"),
    ("np", "41.1", "The Committee received responses to the recommendations it made at its "
                   "meeting on 26 September 2018 from the Cabinet Member for Adults and Health "
                   "on the review of in-house day services for older people, and from Amberdown "
                   "Coastal Clinical Commissioning Group (CCG) on the community equipment "
                   "service (copies appended to the signed minutes)."),
    ("np", "41.2", "Mrs Kettleby asked when the Committee would see the outcome of the review "
                   "of the equipment service that the CCG had promised in its response. The "
                   "Chairman said that he would write to the CCG\u2019s Chief Operating Officer "
                   "to ask for a date and would circulate the reply to members."),
    ("np", "41.3", "The Committee noted the responses to its recommendations."),

    ("item", "42.", "Forward Plan of Key Decisions"),
    ("np", "42.1", "The Committee considered the Forward Plan of Key Decisions (copy appended to "
                   "the signed minutes)."),
    ("np", "42.2", "Mrs Illingworth asked whether the proposed award of a new contract for the "
                   "Amberdown Stop Smoking Service, due to be taken by the Cabinet Member in "
                   "February 2019, would come before the Committee first. The Chairman said "
                   "that the Business Planning Group would consider preview scrutiny of that "
                   "decision at its January meeting."),
    ("np", "42.3", f"Resolved {D} That the Forward Plan of Key Decisions is noted."),

    ("item", "43.", "Business Planning Group Report"),
    ("np", "43.1", "The Committee considered the report of its Business Planning Group (BPG), "
                   "which set out the items the BPG had discussed at its meeting on 17 October "
                   "2018, together with the Committee\u2019s updated work programme (copy "
                   "appended to the signed minutes)."),
    ("np", "43.2", "Mr Jeffcott asked whether the BPG had considered looking at the proposed "
                   "reduction in opening hours at the Lyndon minor injuries unit, which was a "
                   "cause of real anxiety for residents in the north of the county. The Chairman "
                   "confirmed that the BPG would look at this at its next meeting, once the "
                   "Northern Weald CCG had published the options it was considering."),
    ("np", "43.3", f"Resolved {D} That the Committee endorses the contents of its Business "
                   "Planning Group report."),

    ("item", "44.", "Improving Hospital Discharge and Winter Preparedness"),
    ("np", "44.1", "The Committee considered a report by the Executive Director Children, "
                   "Adults, Families, Health and Education and the Director of Adults\u2019 "
                   "Services (copy appended to the signed minutes). The report was introduced "
                   "by Mrs Wickens, Cabinet Member for Adults and Health, who told the Committee "
                   "that delayed transfers of care from Amberdown hospitals had fallen by 18% "
                   "since April but were still well above the level the Government expected of "
                   "the county. Ms Rowena Haddow, Director of Adults\u2019 Services, then "
                   "outlined the joint winter plan agreed with the NHS through the A&E Delivery "
                   "Boards, which included 40 \u2018discharge to assess\u2019 beds bought in "
                   "independent care homes, a seven-day hospital social work service at the two "
                   "main acute hospitals and a trusted assessor for care homes. Mr Colin "
                   "Treadgold, Chief Operating Officer, Amberford and Coastway Hospitals NHS "
                   "Foundation Trust, and Ms Sunita Bhandari, Director of Commissioning, "
                   "Amberdown Coastal CCG, also attended for this item."),
    ("np", "44.2", "The Committee made comments including those that follow. It:"),
    ("bullet", "Welcomed the reduction in delayed transfers of care but noted that the county "
               "still had one of the highest rates of delays attributable to social care in the "
               "South East"),
    ("bullet", f"Raised concern about the number of people waiting in hospital for a package of "
               f"care at home in rural areas {D} the Director of Adults\u2019 Services said that "
               "the home care market in the north and west of the county was fragile and that "
               "the Council would pilot a zoned contract with two lead providers in Wealdham "
               "from January 2019, with the aim of cutting travel between calls"),
    ("bullet", f"Asked how many vacancies there were among care providers in the county {D} the "
               "Director said that providers reported around 1,100 vacancies, roughly one post "
               "in nine, and that the Council\u2019s \u2018Care to Join\u2019 recruitment "
               "campaign had produced 240 applications since its launch in August"),
    ("bullet", f"Queried whether the \u00a36.4m the Council received through the Improved Better "
               f"Care Fund would continue after March 2020 {D} the Cabinet Member said that "
               "there was no certainty about this funding beyond that date and that the Council "
               "was lobbying the Government, with other county councils, for a long-term "
               "settlement for social care"),
    ("bullet", f"Sought assurance that people placed in discharge to assess beds were not staying "
               f"in them longer than intended {D} Mr Treadgold said that the average stay was "
               "23 days against a target of 28, but that a small number of people stayed much "
               "longer when a nursing home place near their family could not be found"),
    ("bullet", "Asked whether the Trust would open extra beds this winter and how they would be "
               "staffed. Mr Treadgold said that 26 escalation beds would open at Amberford "
               "General Hospital from December and would be staffed largely by bank and agency "
               "nurses, as the Trust still had over 200 nursing vacancies"),
    ("bullet", "Requested that future reports show performance for each hospital separately, "
               "including the hospitals outside the county that are used by residents in the "
               "north of Amberdown"),
    ("bullet", f"Raised concern that the Care Quality Commission had rated two of the "
               f"Council\u2019s in-house care homes as requires improvement {D} the Cabinet "
               "Member said that action plans were in place at both homes, that she had "
               "visited them herself and that she expected them to be re-inspected in the spring"),
    ("bullet", f"Asked how carers were supported when the person they cared for was sent home at "
               f"short notice {D} Ms Bhandari said that the carers\u2019 support service, "
               "commissioned jointly by the CCG and the Council, now had a worker based in each "
               "acute hospital who could arrange a carer\u2019s assessment before discharge"),
    ("np", "44.3", "The Committee adjourned at 11.40 am and reconvened at 11.50 am. "
                   "Mr Greenhough left the meeting during the adjournment."),
    ("np", "44.4", f"Resolved {D} That the Committee:"),
    ("clause", "1.", "Welcomes the progress made in reducing delayed transfers of care and the "
                     "joint winter plan agreed by the Council and its NHS partners"),
    ("clause", "2.", "Asks the Cabinet Member for Adults and Health to report the outcome of the "
                     "zoned home care pilot in Wealdham to the Committee when it is available"),
    ("clause", "3.", "Requests a further report on winter performance at its meeting in March "
                     "2019, to include figures for each hospital separately"),

    ("item", "45.", "Stroke Services in Coastal Amberdown: Proposals for Public Consultation"),
    ("np", "45.1", "The Committee considered a report by Amberdown Coastal CCG (copy appended to "
                   "the signed minutes), which was introduced by Dr Marcus Lindqvist, Clinical "
                   "Lead for Stroke, and Ms Bhandari. The report set out the CCG\u2019s "
                   "preferred option, developed with Amberford and Coastway Hospitals NHS "
                   "Foundation Trust over two years of clinical review, to establish a single "
                   "hyper-acute stroke unit at Amberford General Hospital, supported by acute "
                   "stroke units at Amberford and Selden, and to stop admitting stroke patients "
                   "to Northbridge Hospital. The CCG intended to begin a 12-week public "
                   "consultation in January 2019, and Dr Lindqvist explained that national "
                   "evidence showed that patients treated in a hyper-acute unit were more likely "
                   "to survive and to return home without long-term disability."),
    ("np", "45.2", "The Committee made comments including those that follow. It:"),
    ("bullet", f"Raised concern about travel times to Amberford from the east of the county, "
               f"particularly for relatives visiting by public transport {D} Dr Lindqvist said "
               "that ambulance journeys would be on average nine minutes longer for around 300 "
               "patients a year, but that the better outcomes in a specialist unit outweighed "
               "the longer journey, and that most patients would move to a unit nearer home "
               "after 72 hours"),
    ("bullet", f"Asked whether the ambulance service had the capacity to take patients further "
               f"{D} Dr Lindqvist said that the South Coast Ambulance Service NHS Foundation "
               "Trust had been involved in the modelling and had identified the need for one "
               "additional ambulance at peak times, which the CCG would fund"),
    ("bullet", f"Queried how the CCG would reach people who did not use the internet {D} "
               "Ms Bhandari said that there would be drop-in events in each district, printed "
               "questionnaires in GP surgeries, libraries and pharmacies, and targeted work with "
               "Healthwatch Amberdown and stroke survivors\u2019 groups"),
    ("bullet", f"Questioned whether the Trust could recruit enough consultants and specialist "
               f"nurses to run a hyper-acute unit seven days a week {D} Dr Lindqvist said that "
               "there were currently two consultant vacancies across the stroke service, but "
               "that bringing the service together on one site would make the posts more "
               "attractive and end the reliance on locums at Northbridge"),
    ("bullet", "Asked that the consultation document set out clearly what rehabilitation and "
               "community stroke services would be available closer to home once patients had "
               "left hospital"),
    ("np", "45.3", "Mr Cosgrove said that Coastway residents would see the proposal as the first "
                   "step towards the closure of Northbridge Hospital. Ms Bhandari replied that "
                   "there were no plans to close the hospital, and that its rehabilitation and "
                   "outpatient services would be expanded under the proposals."),
    ("np", "45.4", f"Resolved {D} That the Committee:"),
    ("clause", "1.", "Considers that the proposals amount to a substantial variation in the "
                     "provision of health services in the county"),
    ("clause", "2.", "Supports the CCG\u2019s intention to carry out a full 12-week public "
                     "consultation starting in January 2019"),
    ("clause", "3.", "Asks the CCG to bring the outcome of the consultation, and its final "
                     "proposals, to the Committee before any decision is taken by its Governing "
                     "Body"),

    ("item", "46.", "Primary Care Resilience"),
    ("np", "46.1", "The Committee considered a joint report by Amberdown Coastal CCG and Northern "
                   "Weald CCG (copy appended to the signed minutes) on the resilience of general "
                   "practice in the county, which was introduced by Mrs Janine Corbould, Head of "
                   "Primary Care, Northern Weald CCG. Eleven practices had closed or merged since "
                   "2015, list sizes had grown by a fifth, and a quarter of GPs in the county "
                   "were over 55. The CCGs had agreed a primary care strategy that encouraged "
                   "practices to work together in networks serving 30,000 to 50,000 patients and "
                   "to employ pharmacists, physiotherapists and paramedics alongside GPs."),
    ("np", "46.2", "The Committee made comments including those that follow. It:"),
    ("bullet", f"Raised concern about the closure of the Marsh Lane branch surgery in Hurstmere "
               f"and the lack of engagement with patients before the decision was announced {D} "
               "Mrs Corbould said that the practice had given notice under its contract, and "
               "that the CCG accepted that patients should have been told much sooner"),
    ("bullet", f"Asked what was being done to attract GPs to the coastal towns {D} Mrs Corbould "
               "said that the CCGs were funding a fellowship scheme which had so far placed "
               "nine newly qualified GPs in coastal practices, seven of whom had stayed on "
               "after their first year"),
    ("bullet", f"Queried whether new housing developments were contributing to the cost of "
               f"extra surgery space {D} Mrs Corbould said that the CCGs now commented on every "
               "major planning application and had secured developer contributions towards "
               "three practice extensions in the last year"),
    ("bullet", "Welcomed the clinical pharmacists now working in practices but asked how "
               "patients would know that they could book an appointment with a pharmacist "
               "rather than a GP. Mrs Corbould said that a county-wide campaign would run "
               "from February and that receptionists were being trained in care navigation"),
    ("bullet", "Commented that patients in Lyndon and the surrounding villages were reporting "
               "waits of up to four weeks for a routine appointment with their own doctor"),
    ("np", "46.3", f"Resolved {D} That the Committee:"),
    ("clause", "1.", "Notes the report and the work under way to support general practice in "
                     "the county"),
    ("clause", "2.", "Asks the Business Planning Group to consider whether a task and finish "
                     "group should examine access to GP appointments"),

    ("item", "47.", "Requests for Call-in"),
    ("np", "47.1", "There have been no requests for call-in to the Select Committee and within "
                   "its constitutional remit since the date of the last meeting. The Director "
                   "of Law and Assurance will report any requests since the publication of the "
                   "agenda papers."),

    ("item", "48.", "Possible Items for Future Scrutiny"),
    ("np", "48.1", "Mr Farrant asked that the Committee look at crisis mental health support in "
                   "Northbridge following the closure of the town\u2019s crisis caf\u00e9 in "
                   "September. The Chairman said that the request would be referred to the "
                   "Business Planning Group."),
    ("np", "48.2", "Lt Cdr Dunstall suggested that the Committee should scrutinise the "
                   "Council\u2019s charging policy for non-residential care before the "
                   "consultation on it closed."),

    ("item", "49.", "Date of Next Meeting"),
    ("np", "49.1", "The next meeting of the Committee will be held on 16 January 2019 at 10.30 am "
                   "at County Hall, Amberford."),
    ("plain", "The meeting ended at 1.20 pm"),
    ("sign", "Chairman"),
]


class MinutesPDF:
    """Lay the minutes out the way the council's Word template prints them."""

    def __init__(self):
        from fpdf import FPDF

        class _PDF(FPDF):
            def footer(self):
                self.set_y(-14)
                self.set_font("Body", "", 9)
                self.cell(0, 5, str(self.page_no()), align="C")

        pdf = _PDF(format="A4", unit="mm")
        pdf.add_font("Body", "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        pdf.add_font("Body", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        pdf.set_creation_date(FIXED)
        pdf.set_title(f"{COMMITTEE} - 14 November 2018 - Minutes")
        pdf.set_author("Amberdown County Council")
        pdf.set_creator("Microsoft Word")
        pdf.set_producer("Microsoft Word")
        pdf.set_margins(22, 18, 20)
        pdf.set_auto_page_break(True, margin=22)
        self.pdf = pdf
        self.left = 22
        self.hang = 16  # width of the number column

    def build(self, blocks):
        pdf = self.pdf
        pdf.add_page()
        lh = 5.4
        for block in blocks:
            kind = block[0]
            pdf.set_left_margin(self.left)
            pdf.set_x(self.left)
            if kind == "title":
                pdf.set_font("Body", "B", 15)
                pdf.multi_cell(0, 8, block[1])
                pdf.ln(3)
            elif kind == "lead":
                pdf.set_font("Body", "", 10.5)
                pdf.multi_cell(0, lh, block[1])
                pdf.ln(3)
            elif kind == "label":
                pdf.set_font("Body", "B", 10.5)
                pdf.write(lh, block[1] + " ")
                pdf.set_font("Body", "", 10.5)
                pdf.write(lh, block[2])
                pdf.ln(lh)
                pdf.ln(2.5)
            elif kind == "plain":
                pdf.set_font("Body", "", 10.5)
                pdf.multi_cell(0, lh, block[1])
                pdf.ln(2.5)
            elif kind == "part":
                pdf.ln(2)
                pdf.set_font("Body", "B", 11)
                pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT", align="C")
                pdf.ln(2)
            elif kind == "item":
                pdf.ln(1.5)
                if pdf.get_y() > pdf.h - 45:
                    pdf.add_page()
                pdf.set_font("Body", "B", 10.5)
                y = pdf.get_y()
                pdf.cell(self.hang, lh, block[1])
                pdf.set_left_margin(self.left + self.hang)
                pdf.set_xy(self.left + self.hang, y)
                pdf.multi_cell(0, lh, block[2])
                pdf.ln(2)
            elif kind == "np":
                pdf.set_font("Body", "", 10.5)
                if pdf.get_y() > pdf.h - 30:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.cell(self.hang, lh, block[1])
                pdf.set_left_margin(self.left + self.hang)
                pdf.set_xy(self.left + self.hang, y)
                pdf.multi_cell(0, lh, block[2])
                pdf.ln(2.2)
            elif kind in ("bullet", "clause"):
                pdf.set_font("Body", "", 10.5)
                mark = "\u2022" if kind == "bullet" else block[1]
                text = block[1] if kind == "bullet" else block[2]
                if pdf.get_y() > pdf.h - 28:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(self.left + self.hang + 1, y)
                pdf.cell(7, lh, mark)
                pdf.set_left_margin(self.left + self.hang + 8)
                pdf.set_xy(self.left + self.hang + 8, y)
                pdf.multi_cell(0, lh, text)
                pdf.ln(1.8)
            elif kind == "sign":
                pdf.ln(16)
                pdf.set_font("Body", "", 10.5)
                pdf.set_x(pdf.w - 20 - 60)
                pdf.cell(60, lh, "." * 40, new_x="LEFT", new_y="NEXT")
                pdf.set_x(pdf.w - 20 - 60)
                pdf.cell(60, lh, block[1])
            else:
                raise ValueError(kind)
        pdf.set_left_margin(self.left)

    def output(self, path):
        self.pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: the Business Planning Group report to the same meeting.
# --------------------------------------------------------------------------------------
def build_report(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.created = FIXED.replace(tzinfo=None) - datetime.timedelta(days=14)
    cp.modified = FIXED.replace(tzinfo=None) - datetime.timedelta(days=13)
    cp.last_printed = FIXED.replace(tzinfo=None) - datetime.timedelta(days=13)
    cp.author = "Scrutiny Officer"
    cp.last_modified_by = "Scrutiny Officer"
    cp.title = "HASC Business Planning Group Report"
    cp.revision = 3

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    def para(text, bold=False, align=None, size=None):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def numbered(num, text):
        p = doc.add_paragraph()
        p.add_run(num + "\t")
        p.add_run(text)
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        return p

    para("Health and Adult Social Care Select Committee", bold=True, size=12)
    para("14 November 2018", bold=True)
    para("Business Planning Group Report", bold=True, size=14)
    para("Report by Chairman, Business Planning Group", bold=True)

    para("Summary", bold=True)
    para("The Business Planning Group (BPG) is a sub-group of the Select Committee that oversees "
         "the Committee\u2019s work programme. It met on 17 October 2018 and this report sets "
         "out the issues it discussed and the decisions it reached, for the Committee to "
         "endorse.")
    para("The focus for scrutiny", bold=True)
    para("The Committee is asked to consider whether the work programme reflects the issues of "
         "most concern to residents and whether the BPG\u2019s proposals for preview scrutiny "
         "make the best use of the Committee\u2019s time.")
    para("Recommendation", bold=True)
    para("That the Committee endorses the contents of this report and the work programme at "
         "Appendix A.")
    para("Proposal", bold=True)

    numbered("1.", "Background")
    numbered("1.1", "The BPG comprises the Chairman, Mr Penhale, the Vice-Chairman, "
                    "Mrs Arkwright, and Mrs Caddick, Dr Hollis and Mr Farrant. The Cabinet "
                    "Member for Adults and Health and the Director of Adults\u2019 Services are "
                    "invited to each meeting.")
    numbered("2.", "Business Planning Group meeting \u2013 17 October 2018")
    numbered("2.1", "Hospital discharge and winter. The BPG agreed that the Committee should "
                    "receive a joint report from the Council and its NHS partners at its November "
                    "meeting. Members asked whether the report could show delays at each "
                    "hospital separately; the Director of Adults\u2019 Services said that this "
                    "would be possible from the spring, when the new reporting system was in "
                    "place.")
    numbered("2.2", "Stroke services. The CCG has asked to bring its consultation proposals to "
                    "the Committee before the consultation begins. The BPG agreed that the "
                    "Committee should consider whether the proposals are a substantial variation "
                    "and how it wishes to respond.")
    numbered("2.3", "Stop Smoking Service. The BPG noted that a decision on the award of a new "
                    "contract is expected in February 2019. Should the Committee carry out "
                    "preview scrutiny of this decision? The BPG will return to this question in "
                    "January, once the evaluation of tenders is complete.")
    numbered("2.4", "Minor injuries units. Members raised residents\u2019 worries about opening "
                    "hours at Lyndon. The BPG decided to wait until the Northern Weald CCG has "
                    "published its options before deciding whether to add this to the work "
                    "programme.")
    numbered("2.5", "Task and finish groups. The BPG agreed not to set up a new task and finish "
                    "group until the mental health crisis care review has reported.")
    numbered("3.", "Resource implications and value for money")
    numbered("3.1", "None arising from this report.")
    numbered("4.", "Risk implications and mitigations")
    numbered("4.1", "The work programme is kept under review to make sure scrutiny time is "
                    "focused where it can add most value.")

    para("Tony Penhale", bold=False)
    para("Chairman, Business Planning Group")
    para("Contact Officer: Hannah Roffey, Senior Advisor, 0330 555 0142, "
         "hannah.roffey@amberdown.gov.uk")
    para("Appendices", bold=True)
    para("Appendix A \u2013 Health and Adult Social Care Select Committee Work Programme "
         "2018/19")
    para("Background papers", bold=True)
    para("None")

    doc.add_page_break()
    para("Appendix A \u2013 Work Programme 2018/19", bold=True, size=12)
    rows = [
        ("Meeting", "Topic", "Performance, outcome or budget focus", "Timing"),
        ("16 January 2019", "Adult Social Care Charging Policy (preview of Cabinet Member "
                            "decision)", "Budget / outcome", "Key decision February 2019"),
        ("16 January 2019", "South Coast Partnership NHS Foundation Trust \u2013 CQC "
                            "inspection report", "Outcome", "Report published December 2018"),
        ("6 March 2019", "Hospital Discharge \u2013 winter performance", "Performance",
         "Requested November 2018"),
        ("6 March 2019", "Amberdown Stop Smoking Service contract (to be confirmed)",
         "Outcome / value for money", "BPG to decide in January"),
        ("TBC", "Stroke services consultation \u2013 outcome", "Outcome",
         "After consultation closes"),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """python-docx stamps every zip member with the current time; pin them."""
    import io
    import zipfile
    with zipfile.ZipFile(str(path)) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2018, 11, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)
    Path(path).write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------
# Gold annotations
# --------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2018-11-14",
    "items": [
        {"number": "38", "title": "Declarations of Interest"},
        {"number": "39", "title": "Minutes of the last meeting of the Committee"},
        {"number": "40", "title": "Urgent Matters"},
        {"number": "41", "title": "Responses to Recommendations"},
        {"number": "42", "title": "Forward Plan of Key Decisions"},
        {"number": "43", "title": "Business Planning Group Report"},
        {"number": "44", "title": "Improving Hospital Discharge and Winter Preparedness"},
        {"number": "45", "title": "Stroke Services in Coastal Amberdown: Proposals for Public "
                                  "Consultation"},
        {"number": "46", "title": "Primary Care Resilience"},
        {"number": "47", "title": "Requests for Call-in"},
        {"number": "48", "title": "Possible Items for Future Scrutiny"},
        {"number": "49", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("41", "question",
          "Mrs Kettleby asked when the Committee would see the outcome",
          "Mrs Kettleby",
          "he would write to the CCG's Chief Operating Officer to ask for a date",
          "the Chairman", []),
        q("42", "question",
          "proposed award of a new contract for the Amberdown Stop Smoking Service",
          "Mrs Illingworth",
          "the Business Planning Group would consider preview scrutiny of that decision",
          "the Chairman", ["public-health", "subcontracting", "governance"]),
        q("43", "question",
          "reduction in opening hours at the Lyndon minor injuries unit",
          "Mr Jeffcott",
          "the BPG would look at this at its next meeting",
          "the Chairman", []),
        # 44 Improving Hospital Discharge and Winter Preparedness
        q("44", "comment",
          "Welcomed the reduction in delayed transfers of care but noted",
          None, None, None, ["adult-social-care"]),
        q("44", "concern",
          "waiting in hospital for a package of care at home in rural areas",
          None,
          "the home care market in the north and west of the county was fragile",
          "the Director of Adults' Services",
          ["adult-social-care", "subcontracting"]),
        q("44", "question",
          "Asked how many vacancies there were among care providers in the county",
          None,
          "providers reported around 1,100 vacancies, roughly one post in nine",
          "the Director", ["workforce", "adult-social-care"]),
        q("44", "question",
          "received through the Improved Better Care Fund would continue after March 2020",
          None,
          "there was no certainty about this funding beyond that date",
          "the Cabinet Member", ["finance", "integration"]),
        q("44", "question",
          "Sought assurance that people placed in discharge to assess beds",
          None,
          "the average stay was 23 days against a target of 28",
          "Mr Treadgold", ["adult-social-care", "integration"]),
        q("44", "question",
          "Asked whether the Trust would open extra beds this winter",
          None,
          "26 escalation beds would open at Amberford General Hospital from December",
          "Mr Treadgold", ["workforce"]),
        q("44", "request",
          "Requested that future reports show performance for each hospital separately",
          None, None, None, []),
        q("44", "concern",
          "rated two of the Council's in-house care homes as requires improvement",
          None,
          "action plans were in place at both homes",
          "the Cabinet Member", ["governance", "adult-social-care"]),
        q("44", "question",
          "Asked how carers were supported when the person they cared for",
          None,
          "now had a worker based in each acute hospital",
          "Ms Bhandari", ["adult-social-care", "integration"]),
        # 45 Stroke services
        q("45", "concern",
          "Raised concern about travel times to Amberford from the east of the county",
          None,
          "ambulance journeys would be on average nine minutes longer",
          "Dr Lindqvist", []),
        q("45", "question",
          "Asked whether the ambulance service had the capacity to take patients further",
          None,
          "had identified the need for one additional ambulance at peak times",
          "Dr Lindqvist", []),
        q("45", "question",
          "Queried how the CCG would reach people who did not use the internet",
          None,
          "there would be drop-in events in each district, printed questionnaires",
          "Ms Bhandari", ["patient-and-public-input"]),
        q("45", "question",
          "could recruit enough consultants and specialist nurses to run a hyper-acute unit",
          None,
          "there were currently two consultant vacancies across the stroke service",
          "Dr Lindqvist", ["workforce"]),
        q("45", "request",
          "Asked that the consultation document set out clearly what rehabilitation",
          None, None, None, ["patient-and-public-input"]),
        q("45", "concern",
          "would see the proposal as the first step towards the closure",
          "Mr Cosgrove",
          "there were no plans to close the hospital",
          "Ms Bhandari", []),
        # 46 Primary care resilience
        q("46", "concern",
          "closure of the Marsh Lane branch surgery in Hurstmere",
          None,
          "the CCG accepted that patients should have been told much sooner",
          "Mrs Corbould", ["primary-care", "patient-and-public-input"]),
        q("46", "question",
          "Asked what was being done to attract GPs to the coastal towns",
          None,
          "placed nine newly qualified GPs in coastal practices",
          "Mrs Corbould", ["primary-care", "workforce"]),
        q("46", "question",
          "Queried whether new housing developments were contributing to the cost",
          None,
          "had secured developer contributions towards three practice extensions",
          "Mrs Corbould", ["primary-care", "finance"]),
        q("46", "question",
          "patients would know that they could book an appointment with a pharmacist",
          None,
          "a county-wide campaign would run from February",
          "Mrs Corbould", ["primary-care"]),
        q("46", "comment",
          "waits of up to four weeks for a routine appointment with their own doctor",
          None, None, None, ["primary-care"]),
        # 48 Possible items
        q("48", "request",
          "Mr Farrant asked that the Committee look at crisis mental health support",
          "Mr Farrant",
          "the request would be referred to the Business Planning Group",
          "the Chairman", ["mental-health"]),
        q("48", "request",
          "suggested that the Committee should scrutinise the Council's charging policy",
          "Lt Cdr Dunstall", None, None,
          ["finance", "adult-social-care", "patient-and-public-input"]),
    ],
    "resolutions": [
        r("39", "the minutes of the meeting of the Committee held on 26 September 2018 are approved",
          "agreed", []),
        r("41", "The Committee noted the responses to its recommendations", "noted", []),
        r("42", "That the Forward Plan of Key Decisions is noted", "noted", []),
        r("43", "That the Committee endorses the contents of its Business Planning Group report",
          "agreed", []),
        r("44", "Welcomes the progress made in reducing delayed transfers of care", "agreed",
          ["adult-social-care", "integration"]),
        r("45", "Considers that the proposals amount to a substantial variation", "agreed",
          ["governance", "patient-and-public-input"]),
        r("46", "Notes the report and the work under way to support general practice",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Mr Penhale", "Chairman", "present"),
        a("Mrs Arkwright", None, "present"),
        a("Mr Bellchambers", None, "present"),
        a("Mrs Caddick", None, "present"),
        a("Lt Cdr Dunstall", None, "present"),
        a("Mr Eversfield", None, "present"),
        a("Mrs Fairweather", None, "present"),
        a("Mr Greenhough", None, "present"),
        a("Dr Hollis", None, "present"),
        a("Mrs Illingworth", None, "present"),
        a("Mr Jeffcott", None, "present"),
        a("Mrs Kettleby", None, "present"),
        a("Mrs Bramwell", None, "present"),
        a("Mr Cosgrove", None, "present"),
        a("Mrs Delahaye", None, "present"),
        a("Mr Farrant", None, "present"),
        a("Mrs Gatley", None, "present"),
        a("Mr Quarrell", None, "apologies"),
        a("Mrs Renshaw", None, "apologies"),
        a("Mr Usherwood", None, "apologies"),
        a("Mr Tolhurst", None, "absent"),
        a("Mrs Wickens", "Cabinet Member for Adults and Health", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
def norm(text):
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
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


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("og-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            ok = False
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = len(norm(phrase).split())
            count = text.count(norm(phrase))
            if count != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: {count} hits, {n} words: {phrase!r}")
        for row in gold.get("attendees", []):
            if norm(row["name"]) not in text:
                ok = False
                print(f"FAIL attendee not found: {row['name']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    m = MinutesPDF()
    m.build(MINUTES)
    m.output(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}, {DOCS / REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
