#!/usr/bin/env python3
"""Build the "qh-" documents of round 225 and their gold annotations.

Usage:  build_qh.py           build documents/qh-* and gold/qh-*.json
        build_qh.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "qh-bollinshire-health-scrutiny-committee-2008-07-15.pdf"
EIA_NAME = "qh-bollinshire-equality-impact-assessment-home-care-zoned-contracts.docx"

FIXED = dt.datetime(2008, 7, 24, 11, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Each minute is a list of rows of the ruled table. A row is (text, action, bold):
# text goes in the "Minute" column, action in the "Action" column.

ATTENDANCE = [
    ("PRESENT:", "Councillor Mrs J M Ravenscroft (Chairman)\n"
                 "Councillor D P Bramhall (Vice-Chairman)\n"
                 "Councillors P A Etchells, Mrs K Furber, T Hockenhull, S J Leadbetter, "
                 "Mrs E Maddock, G Partington and R Whitlow"),
    ("Co-opted Members\n(non-voting):", "Councillor B Astbury (Wenlow Borough Council)\n"
                                         "Councillor Mrs L Dodd (Brinemoor Borough Council)"),
    ("Executive Member\nin attendance:", "Councillor W J Latham (Executive Member for Adults "
                                          "and Health)"),
    ("Officers:", "Mrs H Goodier \u2013 Director of Community Services\n"
                  "Dr S Oultram \u2013 Joint Director of Public Health\n"
                  "Mr C Beswick \u2013 Scrutiny Manager\n"
                  "Mrs A Lowndes \u2013 Committee Officer"),
    ("Also in attendance:", "Mr J Hulse \u2013 Director of Commissioning, Bollinshire Vale "
                            "Primary Care Trust\n"
                            "Mrs G Arden \u2013 Head of Primary Care Contracting, Bollinshire "
                            "Vale Primary Care Trust\n"
                            "Mr P Yoxall \u2013 Director of Provider Services, Bollinshire Vale "
                            "Primary Care Trust\n"
                            "Mrs D Shone \u2013 Stop Smoking Service Manager, Bollinshire Vale "
                            "Primary Care Trust\n"
                            "Mr N Stubbs \u2013 Chief Operating Officer, Wenlow and District "
                            "Hospitals NHS Foundation Trust\n"
                            "Ms F Okoro \u2013 LINk Development Manager, Community Action "
                            "Bollinshire"),
]

B = "\u2022  "  # bullet as typed by the clerk

MINUTES = [
    ("13", "APOLOGIES FOR ABSENCE", [
        ("Apologies for absence were received from Councillors A Cawley and Mrs V Tomkinson, "
         "and from Councillor H Kinsey (Rowlesford District Council).", "", False),
    ]),
    ("14", "DECLARATIONS OF INTEREST/PARTY WHIP", [
        ("Councillor Mrs E Maddock declared a personal interest in minute 17 (Access to NHS "
         "Dentistry), as her daughter was employed as a dental nurse at a practice in "
         "Brinemoor. Councillor Mrs Maddock remained in the meeting but took no part in the "
         "discussion of that item.", "", False),
        ("No declarations of the existence of a party whip were made.", "", False),
    ]),
    ("15", "MINUTES", [
        ("The minutes of the meeting held on 3rd June 2008 were submitted.", "", False),
        ("Arising from minute 8 (Ambulance Response Times in Rural Areas), the Scrutiny "
         "Manager reported that the information requested on category A response times by "
         "postcode district had been received from the ambulance trust and had been "
         "circulated to Members on 27th June.", "", False),
        ("Arising from minute 10 (Mental Health Inpatient Services \u2013 Redbrook Unit), the "
         "Chairman reported that she had written to the Chief Executive of the mental health "
         "trust, as requested by the Committee, and that a reply was awaited.", "", False),
        ("RESOLVED: That the minutes of the meeting held on 3rd June 2008 be approved as a "
         "correct record and signed by the Chairman.", "", True),
    ]),
    ("16", "PUBLIC SPEAKING TIME/OPEN SESSION", [
        ("In accordance with Procedure Rule 35, a total period of 10 minutes was allocated "
         "for members of the public to speak on any matter relevant to the work of the "
         "Committee.", "", False),
        ("Mr L Wilbraham, of Astleford, addressed the Committee regarding the proposed "
         "closure of the branch surgery at Astleford Village Hall by the Brook Lane Medical "
         "Practice. Mr Wilbraham stated that many older residents of the village did not "
         "drive, and asked whether the Primary Care Trust had consulted patients before "
         "agreeing to the closure. In reply, Mr Hulse stated that the practice had given "
         "notice under its contract and that the PCT had required it to write to every "
         "registered patient and to hold an open meeting in the village, which had taken "
         "place on 19th June. He undertook to provide Mr Wilbraham with a full written "
         "reply.", "", False),
        ("(Councillor G Partington arrived at 10.15 am, during consideration of this "
         "item.)", "", False),
        ("Mrs P Gorst, representing the Brinemoor Breathe Easy Group, expressed concern that "
         "patients in the south of the county were waiting up to six months for a place on "
         "a pulmonary rehabilitation course. The Chairman thanked Mrs Gorst and indicated "
         "that her comments would be passed to the Primary Care Trust for a response.",
         "", False),
        ("RESOLVED: That the Primary Care Trust be requested to send written replies to "
         "Mr Wilbraham and Mrs Gorst, with copies to all Members of the Committee.",
         "JH (PCT)", True),
    ]),
    ("17", "ACCESS TO NHS DENTISTRY", [
        ("The Committee received a report and presentation from Mrs G Arden, Head of "
         "Primary Care Contracting, Bollinshire Vale Primary Care Trust, on access to NHS "
         "dentistry two years after the introduction of the new national dental contract "
         "in April 2006. Mrs Arden reported that:", "", False),
        (B + "61 practices in the county held NHS contracts, three fewer than in March "
             "2006;\n"
         + B + "47.8% of adults and 64.1% of children had seen an NHS dentist in the 24 "
               "months to March 2008, compared with 52.3% of adults in March 2006;\n"
         + B + "the PCT had increased its investment in dentistry by \u00a31.4 million in "
               "2008/09 and had commissioned an additional 38,000 units of dental activity; "
               "and\n"
         + B + "following a competitive tender, a new eight-surgery NHS practice would open "
               "on Market Street, Brinemoor in October 2008, with capacity for around 12,000 "
               "patients.", "", False),
        ("Mrs Arden explained that the 2006 contract had replaced payment for each item of "
         "treatment with an annual contract value based on units of dental activity, and that "
         "patients were no longer formally registered with a dentist. The PCT therefore "
         "measured access by the number of different patients seen over a 24 month period. "
         "The Brinemoor practice had been procured in response to the lowest rates of access "
         "in the county, in the Brinemoor North and Brinebrook wards, where fewer than 40% of "
         "adults had seen an NHS dentist.", "", False),
        ("Members raised the following matters:", "", False),
        ("(a)  Councillor P A Etchells enquired as to the number of residents waiting to be "
         "allocated to an NHS dentist \u2013 Mrs Arden advised that 3,140 people were on the "
         "PCT's dental access list, and that the longest any of them had been waiting was "
         "14 months;", "", False),
        ("(b)  a Member questioned why three practices had handed back their NHS contracts "
         "since 2006 \u2013 Members were informed that the practices concerned had been "
         "unable to deliver the activity set out in their contracts and had chosen to "
         "convert to private dentistry;", "", False),
        ("(c)  concern was expressed at the distance that residents of the rural east of "
         "the county had to travel to reach a practice accepting NHS patients \u2013 Mrs Arden "
         "acknowledged the problem and stated that the PCT was exploring with a "
         "neighbouring trust the use of a mobile dental unit in the Rowlesford area;",
         "", False),
        ("(d)  Councillor R Whitlow requested a breakdown, by district, of the number of "
         "children who had not seen a dentist in the previous 12 months \u2013 Mrs Arden "
         "agreed to circulate this information to Members before the next meeting; and",
         "GA (PCT)", False),
        ("(e)  the Vice-Chairman commented that the list of practices accepting new NHS "
         "patients on the PCT's website was out of date, and that two practices shown on it "
         "had told his constituents that they were full \u2013 Mrs Arden apologised and "
         "confirmed that the list would in future be checked and updated every week.",
         "", False),
        ("RESOLVED: That\n"
         "(a)  the report be noted; and\n"
         "(b)  the Primary Care Trust be requested to report back to the Committee in "
         "January 2009 on the opening of the new practice in Brinemoor and on the numbers "
         "waiting on the dental access list.", "GA (PCT)", True),
    ]),
    ("18", "REFERRAL TO TREATMENT \u2013 PROGRESS TOWARDS THE 18 WEEK TARGET", [
        ("Councillor G Partington declared a personal interest in this item as an "
         "appointed governor of Wenlow and District Hospitals NHS Foundation Trust, having "
         "arrived after minute 14 had been considered.", "", False),
        ("Mr N Stubbs, Chief Operating Officer, Wenlow and District Hospitals NHS "
         "Foundation Trust, gave a presentation on the Trust's progress towards the "
         "national target that no patient should wait longer than 18 weeks from referral "
         "to the start of hospital treatment by December 2008. In May 2008, 86.2% of "
         "admitted patients and 93.5% of non-admitted patients had started treatment "
         "within 18 weeks, against interim milestones of 85% and 90%. The specialties "
         "furthest from the target were trauma and orthopaedics and ophthalmology, and the "
         "Trust had subcontracted 420 hip and knee operations in 2008/09 to the Larchbank "
         "Treatment Centre, an independent sector provider.", "", False),
        ("Councillor T Hockenhull enquired as to whether patients sent to the Larchbank "
         "Treatment Centre were told that it was run by a private company, and whether "
         "they could decline to go there without losing their place on the list. In reply, "
         "Mr Stubbs stated that patients were offered a choice of provider at the point of "
         "referral, and that any patient who preferred to wait for treatment at Wenlow "
         "General Hospital could do so without penalty.", "", False),
        ("Councillor R Whitlow commented that patients from the east of the county who "
         "were treated at Larchbank faced a round trip of more than 60 miles, and that "
         "the cost of travel ought to be explained when patients were offered a choice.",
         "", False),
        ("Councillor S J Leadbetter sought clarification as to when the 18 week \u2018clock\u2019 "
         "was stopped. Members were informed that the clock stopped when treatment began, "
         "or when a patient and their consultant agreed that no treatment was needed, and "
         "that it was not reset when a patient cancelled an appointment unless the patient "
         "had declined two reasonable offers of a date.", "", False),
        ("Concern was expressed by Councillor Mrs K Furber that direct access audiology, "
         "which fell outside the 18 week target, had a waiting time of up to 38 weeks for a "
         "hearing assessment. Mr Stubbs acknowledged that audiology was under pressure and "
         "advised that the Primary Care Trust had commissioned an additional 1,500 "
         "assessments from a community provider, which was expected to bring the wait "
         "down to 18 weeks by March 2009.", "", False),
        ("The Chairman asked whether the drive to meet the target had led to follow-up "
         "outpatient appointments being postponed. Mr Stubbs gave an assurance that "
         "follow-up waiting lists were monitored monthly by the Trust Board and had not "
         "increased.", "", False),
        ("RESOLVED: That the progress made by Wenlow and District Hospitals NHS Foundation "
         "Trust towards the 18 week referral to treatment target be noted.", "", True),
    ]),
    ("19", "COMMUNITY HEALTH SERVICES \u2013 FUTURE ARRANGEMENTS FOR PCT PROVIDER SERVICES", [
        ("Mr P Yoxall, Director of Provider Services, Bollinshire Vale Primary Care Trust, "
         "introduced a report on the future of the community health services provided "
         "directly by the PCT, including district nursing, health visiting, podiatry, speech "
         "and language therapy and sexual health services, which together employed some "
         "1,650 staff. Under national policy, PCTs were expected to separate their "
         "commissioning functions from the services they provided. The PCT Board had agreed "
         "on 26th June 2008 that the podiatry and sexual health services would be market "
         "tested through competitive tender during 2008/09, with new contracts to start on "
         "1st October 2009, and that the remaining services would become an arm\u2019s length "
         "provider organisation from April 2009, with a view to seeking community "
         "foundation trust status.", "", False),
        ("Mr Yoxall reported that the Board had considered three options for the remaining "
         "services: transfer to Wenlow and District Hospitals NHS Foundation Trust, the "
         "creation of a social enterprise, or an arm\u2019s length organisation managed "
         "separately within the PCT. The third option had been preferred because it caused "
         "the least disruption to patients and staff while keeping open the possibility of "
         "a future application for foundation trust status.", "", False),
        ("Councillor W J Latham, the Executive Member for Adults and Health, informed the "
         "Committee that the Executive would consider a report in September on the "
         "implications of the PCT\u2019s proposals for the Council\u2019s own services, "
         "particularly the integrated community equipment service and the intermediate "
         "care beds at Oakmere Lodge, which were jointly funded.", "", False),
        ("Councillor R Whitlow asked whether it would be possible for the podiatry and "
         "sexual health services to be run by a private company once the tenders had been "
         "evaluated. Mr Yoxall replied that the PCT was obliged to follow national "
         "procurement rules, which meant that private sector and voluntary sector "
         "organisations would be free to bid, and that the existing in-house teams would "
         "be supported to submit a bid of their own.", "", False),
        ("Several Members expressed concern about the effect of the tendering process on "
         "staff morale, and on the terms and conditions and pensions of those staff who "
         "might transfer to a new provider. It was confirmed that the Transfer of "
         "Undertakings (Protection of Employment) Regulations would apply to any staff "
         "transferring, and that the PCT would require any new provider to offer continued "
         "access to the NHS Pension Scheme.", "", False),
        ("Councillor Mrs L Dodd queried how patients and carers would be involved in "
         "drawing up the service specifications. Mr Yoxall advised that engagement events "
         "with current users of the podiatry service would be held in each district during "
         "September, and that the LINk would be invited to nominate two representatives to "
         "sit on the evaluation panel.", "", False),
        ("Councillor S J Leadbetter asked what would happen to the sexual health clinic at "
         "Rowlesford Cottage Hospital if the tender were won by an organisation from "
         "outside the county.", "", False),
        ("The Chairman asked whether the Committee would be formally consulted on the "
         "proposals. Mr Hulse stated that, in the PCT\u2019s view, the changes did not amount "
         "to a substantial variation in services, since patients would continue to receive "
         "the same services from the same locations, although the PCT would be happy to "
         "report to the Committee at each stage of the procurement.", "", False),
        ("The Vice-Chairman asked whether the option of bringing district nursing together "
         "with the County Council\u2019s adult social care teams had been considered. The "
         "Director of Community Services advised that the Council would welcome such "
         "discussions, and that the joint commissioning arrangements for older people\u2019s "
         "services already provided a framework within which integrated teams could be "
         "piloted.", "", False),
        ("Councillor R Whitlow moved, and Councillor T Hockenhull seconded, that the "
         "Committee write to the PCT Board expressing its opposition to the market testing "
         "of the podiatry and sexual health services. On being put to the vote, the motion "
         "was lost, three Members voting in favour and six against.", "", False),
        ("RESOLVED: That\n"
         "(a)  the report be noted;\n"
         "(b)  the Committee\u2019s concerns regarding continuity of care and the protection "
         "of staff terms and conditions be conveyed to the Chief Executive of the Primary "
         "Care Trust; and\n"
         "(c)  the Primary Care Trust be requested to report to the Committee on the "
         "outcome of the procurement before contracts are awarded.", "CB", True),
    ]),
    ("20", "BOLLINSHIRE LOCAL INVOLVEMENT NETWORK (LINk) \u2013 PROGRESS REPORT", [
        ("The Scrutiny Manager introduced a report on the establishment of the Bollinshire "
         "Local Involvement Network (LINk), which had replaced the Patient and Public "
         "Involvement Forums on 1st April 2008 under the Local Government and Public "
         "Involvement in Health Act 2007. Following a tendering exercise, the County "
         "Council had awarded the contract to host the LINk to Community Action Bollinshire "
         "for three years, funded from a Department of Health grant of \u00a3186,000 a year.",
         "", False),
        ("Ms F Okoro, LINk Development Manager, reported that 214 individuals and 37 "
         "organisations had registered as participants, that an interim steering group had "
         "been formed, and that the LINk\u2019s first piece of work, on hospital discharge "
         "arrangements for older people, had begun in June.", "", False),
        ("Ms Okoro added that the LINk had held launch events in each of the six districts, "
         "attended by around 400 people in total, and that a newsletter had been sent to "
         "every GP surgery, library and community centre in the county. A permanent "
         "governance structure would be agreed at the first annual meeting in November.",
         "", False),
        ("Arising from the report, the following points were raised:", "", False),
        (B + "Councillor S J Leadbetter asked how the LINk would reach groups whose views "
             "were seldom heard, such as Gypsy and Traveller families and young carers. "
             "Ms Okoro replied that two part-time outreach workers had been appointed and "
             "that the LINk was working with the Council\u2019s Traveller Education Service.",
         "", False),
        (B + "Councillor Mrs E Maddock reported that a number of former Forum members felt "
             "that they had lost their independence and their right to visit wards. "
             "Ms Okoro said that 31 former Forum members had joined the LINk, and explained "
             "that authorised representatives would have a power to enter and view premises "
             "once the regulations had been made.", "", False),
        (B + "A Member queried how matters raised by the LINk would be referred to the "
             "Committee. The Scrutiny Manager advised that a protocol between the Committee "
             "and the LINk was being drafted and would be presented to the September "
             "meeting.", "", False),
        (B + "Councillor B Astbury asked what performance measures had been included in the "
             "host contract. It was confirmed that Community Action Bollinshire was required "
             "to submit quarterly monitoring returns to the Council, covering the number of "
             "participants, the issues investigated and the reports made to commissioners.",
         "", False),
        ("RESOLVED: That\n"
         "(a)  the progress made in establishing the Bollinshire LINk be noted; and\n"
         "(b)  the draft protocol between the Health Scrutiny Committee and the LINk be "
         "submitted to the meeting on 16th September 2008.", "CB", True),
    ]),
    ("21", "STOP SMOKING SERVICES \u2013 ONE YEAR ON FROM SMOKE-FREE LEGISLATION", [
        ("The Joint Director of Public Health presented a report reviewing the first year of "
         "smoke-free legislation, which had come into force on 1st July 2007, and the "
         "performance of the NHS Stop Smoking Service. In 2007/08 the service had helped "
         "4,112 people to stop smoking for four weeks, against a target of 3,900, and 38% "
         "of those quitting had been supported by community pharmacies under the PCT\u2019s "
         "local enhanced service. Smoking prevalence in the county was estimated at 21%, "
         "but rose to 34% in the most deprived wards. Compliance with the legislation had "
         "been high, and the Council\u2019s Trading Standards and Environmental Health "
         "officers had issued only four fixed penalty notices.", "", False),
        ("Dr Oultram reported that admissions to the county\u2019s hospitals for heart attack "
         "had fallen by 6% in the year since the legislation was introduced, although it was "
         "too early to say how much of the fall could be attributed to the ban. The number "
         "of people setting a quit date had risen sharply in the three months before July "
         "2007 and had since returned to its usual level.", "", False),
        ("Councillor G Partington enquired as to the action being taken against the sale "
         "of counterfeit and smuggled tobacco, particularly to young people. Dr Oultram "
         "advised that Trading Standards officers had carried out 62 test purchases since "
         "the age of sale had risen to 18 in October 2007, resulting in nine sales and two "
         "prosecutions, and that joint operations with HM Revenue and Customs were planned "
         "for the autumn.", "", False),
        ("Councillor P A Etchells queried whether the pharmacy scheme represented good "
         "value for money. In reply, the Stop Smoking Service Manager reported that the "
         "average cost per four-week quitter was \u00a3212 through community pharmacies, "
         "compared with \u00a3265 through the specialist service, although quit rates at 12 "
         "weeks were lower among pharmacy clients.", "", False),
        ("Councillor Mrs K Furber requested that future reports include figures for smoking "
         "in pregnancy, which she understood to be above the national average in Brinemoor. "
         "Dr Oultram agreed, and informed Members that a specialist midwife post had been "
         "funded jointly with the hospital trust from April 2008.", "SO", False),
        ("A Member asked whether the service was reaching routine and manual workers, "
         "among whom smoking rates were highest. It was noted that workplace clinics had "
         "been held at the Brinemoor chemical works and at two distribution depots, but that "
         "quit rates among routine and manual groups remained below the county average.",
         "", False),
        ("RESOLVED: That\n"
         "(a)  the report be noted; and\n"
         "(b)  the Executive be recommended to continue funding the tobacco control post in "
         "Trading Standards beyond 31st March 2009, when the current grant ends.",
         "SO / CB", True),
    ]),
    ("22", "WORK PROGRAMME 2008/09", [
        ("The Committee considered its draft work programme for 2008/09.", "", False),
        ("Councillor T Hockenhull requested that the Committee look at the increase in car "
         "parking charges at Wenlow General Hospital, which had been raised with him by a "
         "number of constituents. The Scrutiny Manager advised that the Trust had agreed to "
         "attend the October meeting to discuss the matter.", "", False),
        ("RESOLVED: That the work programme for 2008/09 be approved, subject to the "
         "inclusion of hospital car parking charges at the meeting on 14th October 2008.",
         "CB", True),
    ]),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class MinutesPDF(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Health Scrutiny Committee \u2013 15th July 2008",
                      align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-16)
            self.set_font("DejaVu", "", 8)
            self.cell(90, 5, "Chairman\u2019s initials ..................")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Scrutiny Committee - Minutes - 15 July 2008")
    pdf.set_author("Democratic Services, Bollinshire County Council")
    pdf.set_creator("Microsoft Office Word 2003")
    pdf.set_lang("en-GB")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, "BOLLINSHIRE COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "HEALTH SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "MINUTES of a meeting of the Health Scrutiny Committee held on "
                         "Tuesday, 15th July, 2008 in Committee Room 2, County Hall, Wenlow, "
                         "commencing at 10.00 am.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(42, 138), borders_layout="NONE", first_row_as_headings=False,
                   text_align=("LEFT", "LEFT"), line_height=4.8, v_align="TOP",
                   padding=(1.2, 1, 1.2, 1)) as table:
        for label, names in ATTENDANCE:
            row = table.row()
            row.cell(label, style=FontFace(emphasis="BOLD"))
            row.cell(names)
    pdf.ln(5)

    bold = FontFace(emphasis="BOLD")
    head = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    with pdf.table(col_widths=(18, 137, 25), borders_layout="ALL", first_row_as_headings=True,
                   headings_style=head, text_align=("CENTER", "JUSTIFY", "CENTER"),
                   line_height=4.8, v_align="TOP", padding=(1.6, 1.6, 1.6, 1.6),
                   repeat_headings=1) as table:
        row = table.row()
        row.cell("Minute\nNo.")
        row.cell("Minute", align="LEFT")
        row.cell("Action")
        for number, title, rows in MINUTES:
            row = table.row()
            row.cell(number, style=bold)
            row.cell(title, style=bold, align="LEFT")
            row.cell("")
            for text, action, is_bold in rows:
                row = table.row()
                row.cell("")
                if is_bold:
                    row.cell(text, style=bold, align="LEFT")
                else:
                    row.cell(text, align="LEFT" if "\n" in text or text.startswith(B)
                             else "JUSTIFY")
                row.cell(action, style=bold if action else None)

    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "The meeting commenced at 10.00 am and concluded at 12.50 pm.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.cell(95, 6, "Signed ..............................................")
    pdf.cell(0, 6, "Date ................................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(95, 6, "                 Chairman", new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The equality impact assessment (not minutes)
# ---------------------------------------------------------------------------

def build_eia(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    def para(text: str, bold: bool = False, size: float | None = None,
             align=None) -> None:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align

    def heading(text: str) -> None:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)

    def grid(rows, widths=None, header=True) -> None:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, (trow, cells) in enumerate(zip(t.rows, rows)):
            for j, (cell, text) in enumerate(zip(trow.cells, cells)):
                cell.text = ""
                lines = text.split("\n")
                cell.paragraphs[0].add_run(lines[0]).bold = header and i == 0
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
                if widths:
                    cell.width = Cm(widths[j])
        doc.add_paragraph()

    para("BOLLINSHIRE COUNTY COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Community Services Directorate", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("EQUALITY IMPACT ASSESSMENT \u2013 FULL ASSESSMENT", bold=True, size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Home care services for adults: move from spot purchasing to zoned contracts",
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    para("This form should be completed for any new or changed policy, function or service "
         "that may affect people differently because of their race, disability, gender, "
         "age, religion or belief or sexual orientation. Please refer to the Council\u2019s "
         "Equality Impact Assessment Guidance (version 3, January 2008) before completing "
         "it.")

    heading("Part A \u2013 Details of the assessment")
    grid([
        ("Name of policy, function or service",
         "Home care (domiciliary care) services for adults arranged by the County Council"),
        ("Directorate / Service", "Community Services \u2013 Adult Social Care Commissioning"),
        ("Lead officer", "Mr K Hulme, Commissioning Manager (Older People)"),
        ("Assessment team", "Mrs R Clutton, Contracts Officer\n"
                            "Mr D Aston, Corporate Equality and Diversity Officer\n"
                            "Mrs W Faulkner, Bollinshire Carers\u2019 Centre"),
        ("Is this a new or existing policy?", "Existing service \u2013 proposed change"),
        ("Date assessment started", "12th May 2008"),
        ("Date of next review", "October 2009, six months after the new contracts begin"),
    ], widths=(6, 11), header=False)

    heading("1. What is the aim of the proposed change?")
    para("The County Council currently arranges home care for around 1,930 adults through "
         "spot contracts with 41 independent providers. Care workers often travel long "
         "distances between calls, particularly in the rural east of the county, and some "
         "people receive visits from a large number of different care workers each week.")
    para("It is proposed to divide the county into six zones, each with a lead provider and "
         "a reserve provider appointed through competitive tender for a period of three "
         "years from 1st April 2009. Providers will be required to pay care workers for "
         "travel time between calls, to offer each person a small team of regular care "
         "workers and to accept every referral within their zone. The Council will pay a "
         "minimum hourly rate of \u00a312.40, with an enhanced rate for the most rural "
         "areas.")
    para("People who prefer to choose their own agency will continue to be able to do so "
         "by taking a direct payment.")

    heading("2. Who will be affected?")
    grid([
        ("Group", "Number (approx.)", "Source"),
        ("People receiving home care arranged by the Council", "1,930",
         "Care management system, March 2008"),
        ("of whom aged 85 and over", "712", "Care management system, March 2008"),
        ("of whom have a learning disability", "96", "Care management system, March 2008"),
        ("Unpaid carers of people receiving home care", "1,400",
         "Carers\u2019 assessments and estimate"),
        ("Care workers employed by current providers", "1,150",
         "Provider returns, February 2008"),
        ("Current providers", "41", "Contracts register"),
    ], widths=(8, 3.5, 5.5))

    heading("3. What evidence has been used?")
    para("The assessment draws on the 2007 home care service user survey (612 responses), "
         "complaints and compliments received in 2007/08, the 2001 Census, the Commission "
         "for Social Care Inspection\u2019s inspection reports on current providers, and the "
         "results of the consultation described in section 5. Monitoring information on "
         "the religion and sexual orientation of people using the service is incomplete, "
         "and this is addressed in the action plan.")

    heading("4. Assessment of impact")
    grid([
        ("Equality strand", "Positive impact", "Possible negative impact",
         "How this will be addressed"),
        ("Age", "Older people, who are the main users of home care, should receive more "
         "regular care workers and fewer missed or late calls.",
         "Some older people may have to change provider and lose a care worker they "
         "know well.",
         "Existing care arrangements will transfer with the person wherever possible; a "
         "phased transfer over six months."),
        ("Disability", "Requirement for training in dementia care and learning "
         "disability awareness for all care workers.",
         "People with dementia may find a change of care worker particularly distressing.",
         "Individual reviews before any change; care worker continuity to be a key "
         "contract measure."),
        ("Race", "Providers will be required to meet cultural and language needs, "
         "including the provision of interpreters.",
         "Small numbers of people from minority ethnic communities may find fewer "
         "providers able to meet specific needs.",
         "Specialist needs may be met outside the zone by agreement."),
        ("Gender", "Most care workers are women; payment for travel time will improve "
         "their pay.",
         "Some people prefer a care worker of the same gender and this may be harder to "
         "arrange in small zones.",
         "Contracts will require providers to record and meet stated preferences."),
        ("Religion or belief", "No specific positive impact identified.",
         "Preferences around prayer times, diet and personal care may not be known to a "
         "new provider.",
         "Care plans to record these preferences before transfer."),
        ("Sexual orientation", "No specific positive impact identified.",
         "Lesbian, gay and bisexual older people may be reluctant to disclose needs to a "
         "new provider.",
         "Equality training to be a condition of contract; monitoring to be improved."),
        ("Carers", "More reliable call times should help carers plan work and caring "
         "responsibilities.",
         "Carers may face additional work during any transfer period.",
         "Carers to be contacted individually; a named contact in each zone."),
        ("Rural communities", "Enhanced rate for rural areas should improve the "
         "availability of care.",
         "Risk that no provider bids for the most rural zone.",
         "Reserve provider in each zone; the Council\u2019s in-house reablement service "
         "to provide cover."),
    ], widths=(3, 4.5, 4.5, 5))

    heading("5. Consultation")
    para("Consultation ran from 2nd June to 11th July 2008. A questionnaire was sent to "
         "every person receiving home care arranged by the Council and 388 were returned. "
         "Four public meetings were held, in Wenlow, Brinemoor, Rowlesford and Astleford, "
         "and the proposals were discussed with the Older People\u2019s Partnership Board and "
         "the Bollinshire Local Involvement Network. The questions raised most often, and "
         "the Council\u2019s answers, are set out below.")
    grid([
        ("You asked", "We said"),
        ("Will I have to change my care worker?",
         "Not if your current provider becomes the lead or reserve provider for your zone. "
         "If it does not, we will talk to you before anything changes and you can choose "
         "to take a direct payment and keep your current agency."),
        ("What happens if the provider in my zone cannot take me on?",
         "The reserve provider will be asked to provide your care. Every referral must be "
         "accepted, so you will not be left without care."),
        ("Will I have to pay more for my care?",
         "No. The charges you pay are set by the Council\u2019s charging policy and are not "
         "affected by this change."),
        ("Why are you doing this \u2013 is it just to save money?",
         "The main aims are to improve reliability and continuity of care. The new hourly "
         "rate is higher than many providers receive now."),
        ("Who do I complain to if things go wrong?",
         "You can complain to the provider or directly to the Council. The Council will "
         "monitor each contract every quarter and visit providers at least twice a year."),
    ], widths=(6, 11))

    heading("6. Questions the Health Scrutiny Committee may wish to ask")
    para("This assessment will be circulated to members of the Health Scrutiny Committee "
         "for information. Members may wish to consider:")
    for text in (
        "How many people are expected to change provider, and how will they be supported "
        "through the change?",
        "What will happen if no acceptable bid is received for the rural zone?",
        "How will the Council check that providers really do pay care workers for travel "
        "time?",
        "How have people with dementia and their carers been involved in shaping the "
        "service specification?",
        "What monitoring information will be collected to show whether any group is "
        "disadvantaged?",
    ):
        doc.add_paragraph(text, style="List Bullet")

    heading("7. Action plan")
    grid([
        ("Action", "Lead officer", "Target date", "How will we know?"),
        ("Carry out an individual review with every person who will change provider",
         "Care management team leaders", "January \u2013 March 2009",
         "All reviews completed before transfer"),
        ("Include continuity of care worker and equality training in contract "
         "performance measures", "Mrs R Clutton", "October 2008",
         "Measures included in invitation to tender"),
        ("Improve equality monitoring of people using home care", "Mr D Aston",
         "April 2009", "Religion and sexual orientation recorded for new referrals"),
        ("Write to every carer with a named contact for their zone", "Mr K Hulme",
         "March 2009", "Letters sent; carers\u2019 feedback at six months"),
        ("Report on the first six months of the new contracts", "Mr K Hulme",
         "October 2009", "Report to the Health Scrutiny Committee"),
    ], widths=(6.5, 3.5, 3, 4))

    heading("8. Outcome of the assessment")
    para("\u2610  No major change needed\n"
         "\u2612  Adjust the policy to remove barriers or better promote equality\n"
         "\u2610  Continue the policy despite potential for adverse impact\n"
         "\u2610  Stop and remove the policy")
    para("The assessment found no evidence that the proposal would discriminate unlawfully "
         "against any group. The main risk is the disruption caused to individuals who have "
         "to change provider, which falls most heavily on older people and people with "
         "dementia. The actions above are intended to reduce that risk.")
    grid([
        ("Completed by", "K Hulme, Commissioning Manager (Older People)", "Date",
         "18th July 2008"),
        ("Approved by", "H Goodier, Director of Community Services", "Date",
         "22nd July 2008"),
    ], widths=(3, 8, 2, 4), header=False)
    para("Please send the completed form to the Corporate Equality and Diversity Officer, "
         "County Hall, Wenlow, for publication on the Council\u2019s website.", size=9)

    cp = doc.core_properties
    cp.author = "Kevin Hulme"
    cp.last_modified_by = "Kevin Hulme"
    cp.title = "Equality Impact Assessment - Home Care Zoned Contracts"
    cp.revision = 4
    cp.comments = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2008, 7, 24, 11, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


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
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2008-07-15",
    "items": [{"number": n, "title": t} for n, t, _ in MINUTES],
    "questions": [
        # 16 public speaking time
        q("16", "question",
          "asked whether the Primary Care Trust had consulted patients before agreeing",
          "Mr L Wilbraham",
          "the PCT had required it to write to every registered patient",
          "Mr Hulse", ["primary-care", "patient-and-public-input"]),
        q("16", "concern",
          "patients in the south of the county were waiting up to six months",
          "Mrs P Gorst",
          "her comments would be passed to the Primary Care Trust for a response",
          "Chairman", []),
        # 17 dentistry
        q("17", "question",
          "the number of residents waiting to be allocated to an NHS dentist",
          "Councillor P A Etchells",
          "3,140 people were on the PCT's dental access list",
          "Mrs Arden", ["primary-care"]),
        q("17", "question",
          "questioned why three practices had handed back their NHS contracts",
          None,
          "had been unable to deliver the activity set out in their contracts",
          None, ["primary-care"]),
        q("17", "concern",
          "the distance that residents of the rural east of the county had to travel",
          None,
          "exploring with a neighbouring trust the use of a mobile dental unit",
          "Mrs Arden", ["primary-care"]),
        q("17", "request",
          "children who had not seen a dentist in the previous 12 months",
          "Councillor R Whitlow",
          "agreed to circulate this information to Members before the next meeting",
          "Mrs Arden", ["primary-care", "children-and-families"]),
        q("17", "comment",
          "practices accepting new NHS patients on the PCT's website was out of date",
          "Vice-Chairman",
          "the list would in future be checked and updated every week",
          "Mrs Arden", ["primary-care"]),
        # 18 referral to treatment
        q("18", "question",
          "whether patients sent to the Larchbank Treatment Centre were told",
          "Councillor T Hockenhull",
          "any patient who preferred to wait for treatment at Wenlow General Hospital",
          "Mr Stubbs", ["privatisation", "subcontracting"]),
        q("18", "comment",
          "were treated at Larchbank faced a round trip of more than 60 miles",
          "Councillor R Whitlow", None, None, []),
        q("18", "question",
          "sought clarification as to when the 18 week clock was stopped",
          "Councillor S J Leadbetter",
          "it was not reset when a patient cancelled an appointment",
          None, []),
        q("18", "concern",
          "had a waiting time of up to 38 weeks for a hearing assessment",
          "Councillor Mrs K Furber",
          "had commissioned an additional 1,500 assessments from a community provider",
          "Mr Stubbs", ["subcontracting"]),
        q("18", "question",
          "whether the drive to meet the target had led to follow-up outpatient appointments",
          "Chairman",
          "follow-up waiting lists were monitored monthly by the Trust Board",
          "Mr Stubbs", []),
        # 19 community health services
        q("19", "question",
          "to be run by a private company once the tenders had been evaluated",
          "Councillor R Whitlow",
          "private sector and voluntary sector organisations would be free to bid",
          "Mr Yoxall", ["privatisation", "subcontracting"]),
        q("19", "concern",
          "the effect of the tendering process on staff morale",
          None,
          "would require any new provider to offer continued access to the NHS Pension Scheme",
          None, ["workforce", "subcontracting"]),
        q("19", "question",
          "queried how patients and carers would be involved in drawing up the service specifications",
          "Councillor Mrs L Dodd",
          "invited to nominate two representatives to sit on the evaluation panel",
          "Mr Yoxall", ["patient-and-public-input", "subcontracting"]),
        q("19", "question",
          "what would happen to the sexual health clinic at Rowlesford Cottage Hospital",
          "Councillor S J Leadbetter", None, None, ["subcontracting", "public-health"]),
        q("19", "question",
          "asked whether the Committee would be formally consulted on the proposals",
          "Chairman",
          "the changes did not amount to a substantial variation in services",
          "Mr Hulse", ["governance"]),
        q("19", "question",
          "bringing district nursing together with the County Council's adult social care teams",
          "Vice-Chairman",
          "already provided a framework within which integrated teams could be piloted",
          "Director of Community Services", ["integration", "adult-social-care"]),
        # 20 LINk
        q("20", "question",
          "how the LINk would reach groups whose views were seldom heard",
          "Councillor S J Leadbetter",
          "two part-time outreach workers had been appointed",
          "Ms Okoro", ["patient-and-public-input"]),
        q("20", "concern",
          "former Forum members felt that they had lost their independence",
          "Councillor Mrs E Maddock",
          "31 former Forum members had joined the LINk",
          "Ms Okoro", ["patient-and-public-input"]),
        q("20", "question",
          "how matters raised by the LINk would be referred to the Committee",
          None,
          "a protocol between the Committee and the LINk was being drafted",
          "Scrutiny Manager", ["governance", "patient-and-public-input"]),
        q("20", "question",
          "asked what performance measures had been included in the host contract",
          "Councillor B Astbury",
          "required to submit quarterly monitoring returns to the Council",
          None, ["subcontracting"]),
        # 21 stop smoking
        q("21", "question",
          "the sale of counterfeit and smuggled tobacco, particularly to young people",
          "Councillor G Partington",
          "had carried out 62 test purchases since the age of sale",
          "Dr Oultram", ["public-health", "children-and-families"]),
        q("21", "question",
          "queried whether the pharmacy scheme represented good value for money",
          "Councillor P A Etchells",
          "the average cost per four-week quitter was £212 through community pharmacies",
          "Stop Smoking Service Manager", ["finance", "primary-care", "public-health"]),
        q("21", "request",
          "smoking in pregnancy, which she understood to be above the national average",
          "Councillor Mrs K Furber",
          "a specialist midwife post had been funded jointly with the hospital trust",
          "Dr Oultram", ["public-health"]),
        q("21", "question",
          "asked whether the service was reaching routine and manual workers",
          None,
          "workplace clinics had been held at the Brinemoor chemical works",
          None, ["public-health"]),
        # 22 work programme
        q("22", "request",
          "look at the increase in car parking charges at Wenlow General Hospital",
          "Councillor T Hockenhull",
          "the Trust had agreed to attend the October meeting",
          "Scrutiny Manager", ["finance"]),
    ],
    "resolutions": [
        res("15", "the minutes of the meeting held on 3rd June 2008 be approved",
            "agreed", []),
        res("16", "replies to Mr Wilbraham and Mrs Gorst, with copies to all Members",
            "agreed", []),
        res("17", "on the opening of the new practice in Brinemoor and on the numbers",
            "agreed", ["primary-care"]),
        res("18", "towards the 18 week referral to treatment target be noted",
            "noted", []),
        res("19", "expressing its opposition to the market testing of the podiatry",
            "rejected", ["subcontracting", "privatisation"]),
        res("19", "continuity of care and the protection of staff terms and conditions",
            "agreed", ["workforce", "subcontracting"]),
        res("20", "the progress made in establishing the Bollinshire LINk be noted",
            "agreed", ["patient-and-public-input"]),
        res("21", "the Executive be recommended to continue funding the tobacco control post",
            "recommended", ["public-health", "finance"]),
        res("22", "subject to the inclusion of hospital car parking charges at the meeting",
            "agreed", ["finance"]),
    ],
    "attendees": [
        att("Councillor Mrs J M Ravenscroft", "Chairman", "present"),
        att("Councillor D P Bramhall", "Vice-Chairman", "present"),
        att("Councillor P A Etchells", None, "present"),
        att("Councillor Mrs K Furber", None, "present"),
        att("Councillor T Hockenhull", None, "present"),
        att("Councillor S J Leadbetter", None, "present"),
        att("Councillor Mrs E Maddock", None, "present"),
        att("Councillor G Partington", None, "present"),
        att("Councillor R Whitlow", None, "present"),
        att("Councillor B Astbury", "Wenlow Borough Council",
            "present"),
        att("Councillor Mrs L Dodd", "Brinemoor Borough Council",
            "present"),
        att("Councillor A Cawley", None, "apologies"),
        att("Councillor Mrs V Tomkinson", None, "apologies"),
        att("Councillor H Kinsey", "Rowlesford District Council", "apologies"),
        att("Councillor W J Latham", "Executive Member for Adults and Health",
            "in_attendance"),
        att("Mrs H Goodier", "Director of Community Services", "in_attendance"),
        att("Dr S Oultram", "Joint Director of Public Health", "in_attendance"),
        att("Mr C Beswick", "Scrutiny Manager", "in_attendance"),
        att("Mrs A Lowndes", "Committee Officer", "in_attendance"),
        att("Mr J Hulse", "Director of Commissioning, Bollinshire Vale Primary Care Trust",
            "in_attendance"),
        att("Mrs G Arden",
            "Head of Primary Care Contracting, Bollinshire Vale Primary Care Trust",
            "in_attendance"),
        att("Mr P Yoxall",
            "Director of Provider Services, Bollinshire Vale Primary Care Trust",
            "in_attendance"),
        att("Mrs D Shone",
            "Stop Smoking Service Manager, Bollinshire Vale Primary Care Trust",
            "in_attendance"),
        att("Mr N Stubbs",
            "Chief Operating Officer, Wenlow and District Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Ms F Okoro", "LINk Development Manager, Community Action Bollinshire",
            "in_attendance"),
    ],
}

EIA_GOLD = {"document": EIA_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_eia(DOCS / EIA_NAME)
    for gold in (MINUTES_GOLD, EIA_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qh-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{answers} answers, {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / EIA_NAME}\ngold in {GOLD}")
