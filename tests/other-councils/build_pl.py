#!/usr/bin/env python3
"""Build the "pl-" documents of round 214 and their gold annotations.

Usage:  build_pl.py           build documents/pl-* and gold/pl-*.json
        build_pl.py --check   verify every gold phrase occurs once in its document

Everything here is invented: the councils, the NHS bodies, the people and the figures.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pl-flitmoor-ivelbury-wrestmoor-jhosc-2025-10-16.pdf"
BRIEFING_NAME = "pl-flitmoor-jhosc-trust-briefing-elective-recovery-2025-10-16.pdf"

FIXED = dt.datetime(2025, 10, 21, 14, 30, 0, tzinfo=dt.timezone.utc)
FIXED_BRIEFING = dt.datetime(2025, 10, 6, 11, 15, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

ICB = "Flit, Ivel and Wrest Integrated Care Board"
TRUST = "Ivelbury and Stotbury Hospitals NHS Foundation Trust"
CRANFOLD = "Cranfold Community Healthcare NHS Trust"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# The host council prints its minutes with a margin column: the minute reference
# ("JHOSC/25/21.") sits in the margin level with the bold title, the text runs in the
# wider column to its right.  Attendance labels sit in the same margin column.

ATTENDANCE = [
    ("PRESENT", [
        ("b", "Cllr P Hemmingway (Chairman)"),
        ("b", "Cllr R Dhaliwal (Vice-Chairman)"),
        ("", ""),
        ("", "Flitmoor Council: Cllrs J Okonkwo-Reid, S Tarrant and L Brightmore"),
        ("", "Ivelbury Borough Council: Cllrs A Pennington and M Fairlie"),
        ("", "Wrestmoor Council: Cllrs G Attwater, D Sowden and K Lomax-Hughes"),
    ]),
    ("Co-opted Member (non-voting):", [
        ("", "Mrs F Adeyemi-Lloyd (Healthwatch Flitmoor)"),
    ]),
    ("Apologies for Absence:", [
        ("", "Cllrs T Broadbent (Wrestmoor Council) and H Varley (Flitmoor Council)"),
    ]),
    ("Substitutes:", [
        ("", "Cllr E Quennell (In place of Cllr T Broadbent)"),
    ]),
    ("Members in Attendance:", [
        ("", "Cllr N Cherrington \u2013 Executive Member for Health, Flitmoor Council"),
    ]),
    ("Officers in Attendance:", [
        ("", "Mr M Holloway \u2013 Director of Public Health"),
        ("", "Mrs C Danvers \u2013 Head of Public Health Commissioning"),
        ("", "Ms R Osei \u2013 Scrutiny Policy Adviser"),
        ("", "Mr J Pritchard \u2013 Committee Services Officer"),
    ]),
    ("Others in Attendance:", [
        ("", f"Dr S Venkataraman \u2013 Chief Medical Officer, {ICB}"),
        ("", f"Mrs L Gowland \u2013 Director of Primary Care Commissioning, {ICB}"),
        ("", f"Ms J Nakamura \u2013 Deputy Director of Contracting, {ICB}"),
        ("", f"Mr O Fairburn \u2013 Chief Operating Officer, {TRUST}"),
        ("", f"Mr K Abara \u2013 Director of Operations, {CRANFOLD}"),
        ("", "Ms P Draycott \u2013 Consultant in Dental Public Health, NHS England"),
    ]),
]

IN_LIGHT = "In light of the report Members discussed the following in detail:-"

# Blocks: ("title", ref, title); ("p", text); ("bullets", [text]); ("bold", text);
# ("num", [text]) numbered clauses; ("table", header, rows); ("gap",)
BODY = [
    ("title", "JHOSC/25/21.", "Chairman's Announcements and Communications"),
    ("p", "The Chairman welcomed Members, officers and representatives of the NHS to the "
          "meeting, the first of the Joint Committee to be hosted by Flitmoor Council under "
          "the rotation agreed in the Joint Committee's Terms of Reference. The Chairman "
          "reminded those present that the meeting was being audio recorded and that the "
          "recording would be published on the host authority's website."),
    ("p", "The Chairman advised that the ICB had written to the Joint Committee on "
          "2 October 2025 to confirm that its consultation on the relocation of the audiology "
          "clinic from Wrestmoor Health Centre would close on 30 November 2025, and that the "
          "letter had been circulated to all Members of the three councils."),
    ("p", "The Chairman also reported that Cllr H Varley had been appointed by Flitmoor Council "
          "in place of Cllr W Ingleby, and thanked Cllr Ingleby for her work on the Joint "
          "Committee since 2021, in particular her chairing of the task and finish group on "
          "hospital discharge whose report had been received by the three Executives in the "
          "spring."),

    ("title", "JHOSC/25/22.", "Minutes"),
    ("p", "RESOLVED that the minutes of the meeting of the Flitmoor, Ivelbury and Wrestmoor "
          "Joint Health Overview and Scrutiny Committee held on 10 July 2025 be confirmed and "
          "signed by the Chairman as a correct record."),

    ("title", "JHOSC/25/23.", "Members' Interests"),
    ("p", "(a)  Personal Interests:-"),
    ("table", ("Member", "Item", "Nature of Interest", "Present or Absent during discussion"),
     [("Cllr K Lomax-Hughes", "JHOSC/25/27", "Spouse employed as a theatre nurse at "
       "Stotbury Hospital", "Present"),
      ("Cllr M Fairlie", "JHOSC/25/26", "Registered patient of a dental practice named in "
       "the report", "Present")]),
    ("p", "(b)  Personal and Prejudicial Interests:-"),
    ("p", "None."),
    ("p", "(c)  Any Political Whip in relation to items on the agenda:-"),
    ("p", "None."),

    ("title", "JHOSC/25/24.", "Petitions"),
    ("p", "No petitions were received from members of the public in accordance with the "
          "Public Participation Procedure as set out in Annex 2 of Part A4 of the "
          "Constitution."),

    ("title", "JHOSC/25/25.", "Questions, Statements or Deputations"),
    ("p", "In accordance with the Public Participation Procedure as set out in Annex 1 of "
          "Part A4 of the Constitution, Mr B Castellan, a resident of Wrestmoor, addressed the "
          "Committee on the subject of the wheelchair service. Mr Castellan explained that his "
          "wife had waited fourteen months for a replacement powered wheelchair, and queried "
          "why the service could not tell the family when a chair would be delivered. He asked "
          "that the Joint Committee establish whether the delays were the result of the service "
          "having been subcontracted to a private company."),
    ("p", "The Chairman thanked Mr Castellan for attending and advised that his questions would "
          "be put to the ICB and the provider under minute JHOSC/25/28 below, and that a "
          "written response would be sent to him within 20 working days."),

    ("title", "JHOSC/25/26.", "NHS Dental Services and the Re-procurement of Community and "
                              "Urgent Dental Care"),
    ("p", f"The Director of Primary Care Commissioning, {ICB}, introduced a report which set "
          "out access to NHS dentistry across the three council areas, the position since the "
          "commissioning of dental services had been delegated from NHS England to the ICB, and "
          "the proposal to re-procure the community dental service and the urgent dental care "
          "service with effect from 1 April 2026. The Committee was advised that 41% of adults "
          "in the area had seen an NHS dentist in the previous 24 months, against 40% nationally, "
          "and that 63% of children had been seen in the previous 12 months. Since April 2024 "
          "five practices had handed back their NHS contracts in whole or in part, three of them "
          "in Wrestmoor, and the units of dental activity released had been re-offered to "
          "practices across the ICB area."),
    ("p", "The report explained that the community dental service, which provided care for "
          "children and adults who could not be treated in a high street practice, and the urgent "
          "dental care service, which offered appointments through NHS 111 to patients without a "
          "regular dentist, were both provided under contracts that would expire on 31 March "
          "2026. The ICB proposed to procure the two services as separate lots, with a combined "
          "annual value of \u00a34.2 million, and had opened an engagement exercise with patients, "
          "carers and dental professionals which would close on 7 November 2025."),
    ("p", "The Consultant in Dental Public Health, NHS England, gave a presentation on oral "
          "health among children in the three areas. In the most recent national survey 27% of "
          "five year olds in Ivelbury had visible tooth decay compared with 19% in Flitmoor and "
          "22% in Wrestmoor, and tooth extraction remained the most common reason for a child "
          "to be admitted to Ivelbury Hospital for a planned operation."),
    ("p", IN_LIGHT),
    ("bullets", [
        "Cllr Attwater expressed concern that not one dental practice in Wrestmoor was "
        "accepting new adult NHS patients, and that residents had been told to join waiting "
        "lists of more than two years. The Director of Primary Care Commissioning acknowledged "
        "the position and advised that two practices in Wrestmoor had been offered additional "
        "units of dental activity from January 2026, which would allow around 2,500 new adult "
        "patients to be seen.",

        "Whether the flexible commissioning scheme would continue beyond the pilot year, under "
        "which practices were paid a higher rate to see patients who had not been seen for two "
        "years. Members were advised that the scheme had been extended to March 2027 and that "
        "11,400 additional appointments had been provided in its first year.",

        "The re-procurement of the community dental service, which treated children and adults "
        "with additional needs, and whether the current provider of the community dental service "
        "would be able to bid. The Deputy Director of Contracting explained that the service "
        "would be procured through the competitive process under the Provider Selection Regime, "
        "that any qualified provider, including the incumbent, could bid, and that the evaluation "
        "criteria would give a 20% weighting to access for patients with additional needs.",

        "Mrs Adeyemi-Lloyd reported that dental access remained the subject most often raised "
        "with Healthwatch Flitmoor, and raised concern that patients in pain were being told to "
        "travel up to 40 miles for an urgent appointment. In response the Director of Primary "
        "Care Commissioning advised that the new urgent dental care service would include a hub "
        "in each of the three areas, so that no patient would be offered an appointment more "
        "than 15 miles from home.",

        "The engagement with patients that would inform the service specification. Cllr "
        "Okonkwo-Reid requested that the engagement report be shared with the Joint Committee "
        "before the specification was finalised, and the ICB agreed to circulate the "
        "engagement report by the end of November 2025.",

        "Whether the supervised toothbrushing programme would be extended to Wrestmoor, where "
        "it currently ran in 14 of the 31 early years settings. The Director of Public Health "
        "advised that the programme was funded by a national grant until March 2026 and that no "
        "decision had yet been taken on its continuation.",

        "Cllr Tarrant commented that the ICB's averaged figures for Flitmoor masked very poor "
        "access in the rural wards in the north of the area, where the nearest NHS practice "
        "accepting children was in Ivelbury.",
    ]),
    ("bold", "RESOLVED that the Committee:-"),
    ("num", [
        "notes the position on NHS dental access across the three council areas; and",
        "requests that the ICB reports back to the Joint Committee in March 2026 on the outcome "
        "of the procurement and the number of new adult patients accepted in Wrestmoor.",
    ]),
    ("bold", "RECOMMENDED to the Executive of each constituent council that the supervised "
             "toothbrushing programme be continued from April 2026 and funded from the public "
             "health grant."),

    ("title", "JHOSC/25/27.", "Elective Waiting Times and the Stotbury Surgical Hub"),
    ("p", f"The Chief Operating Officer, {TRUST}, presented an update on elective waiting times "
          "and on the first months of the surgical hub, which had opened at Stotbury Hospital in "
          "June 2025 with four theatres dedicated to planned day case and short stay surgery. The "
          "Trust's waiting list stood at 48,200 patients at the end of August 2025, of whom 1,140 "
          "had waited more than 65 weeks, and 58.4% of patients were being treated within 18 "
          "weeks against the national ambition of 65% by March 2026. The hub had carried out "
          "3,870 procedures in its first three months, and cancellations on the day of surgery had "
          "fallen from 9% to 3% because the hub's beds could not be taken by emergency admissions."),
    ("p", f"The Chief Medical Officer, {ICB}, added that the hub was one of three planned across "
          "the ICB area and that the ICB's winter plan assumed that planned surgery at Stotbury "
          "would continue throughout the winter, while some inpatient surgery at Ivelbury Hospital "
          "might be postponed at times of very high emergency demand. He advised that the ICB "
          "monitored waiting times by the council area in which patients lived, and that the "
          "proportion of patients waiting more than 52 weeks was highest among residents of "
          "Wrestmoor."),
    ("p", "Cllr K Lomax-Hughes, having declared an interest, remained in the room and took part in "
          "the discussion."),
    ("p", IN_LIGHT),
    ("bullets", [
        "The longest waits, which were in orthopaedics and ear, nose and throat. Cllr "
        "Brightmore queried when patients waiting over 65 weeks would be treated, and the Chief "
        "Operating Officer advised that the Trust expected to have no patient waiting more than "
        "65 weeks by the end of December 2025, other than those who had chosen to wait.",

        "Concern that residents of Ivelbury had to travel to Stotbury for their surgery when "
        "the hub was not served by a direct bus route. The Chief Operating Officer acknowledged "
        "the concern and advised that patients eligible for non-emergency patient transport "
        "would be taken to the hub, and that the Trust was working with the councils' passenger "
        "transport teams on a shuttle from Ivelbury bus station.",

        "Whether any surgery at the hub was carried out by independent sector providers, and how "
        "much activity was sent elsewhere. Members were advised that around 900 cataract and hip "
        "procedures a year had been sent to two independent sector hospitals under the national "
        "patient choice arrangements, and that this had fallen since the hub opened.",

        "Staffing of the hub, and whether theatres were being cancelled for lack of "
        "anaesthetists. The Chief Operating Officer advised that 4% of theatre sessions had "
        "been lost in August, mainly through vacancies in anaesthetics, and that six consultant "
        "anaesthetists had been recruited and would start by January 2026.",

        "How patients on the waiting list were kept informed while they waited. The Chief "
        "Operating Officer advised that every patient waiting more than 40 weeks had been "
        "contacted by text message or letter to check that they still needed treatment, and that "
        "6% had been removed from the list as a result.",

        "Cllr Fairlie asked whether planned operations at the hub would be protected if the "
        "winter were as severe as the last. The Chief Medical Officer confirmed that the hub's "
        "beds were ring-fenced and would not be used for emergency admissions except in a major "
        "incident.",
    ]),
    ("p", "Cllr Pennington commented that the validation exercise should not be used to remove "
          "patients who did not respond to a single letter, particularly older patients and those "
          "whose first language was not English. The Chief Operating Officer gave an assurance "
          "that no patient was removed without a clinician's review and at least two attempts at "
          "contact."),
    ("p", "RESOLVED that the update on elective waiting times and the Stotbury surgical hub be "
          "noted."),

    ("title", "JHOSC/25/28.", "Adult Community Health Services Contract \u2013 Subcontracted "
                              "Therapy and Wheelchair Services"),
    ("p", f"The Deputy Director of Contracting, {ICB}, introduced a report on the performance of "
          f"the adult community health services contract held by {CRANFOLD}. Under the contract "
          "the musculoskeletal physiotherapy service and the wheelchair service had been "
          "subcontracted since April 2023 to Harrowsfield Therapy Partners Ltd. The report set out "
          "that 612 people were waiting for the wheelchair service, of whom 214 had waited more "
          "than 18 weeks, and that the ICB had issued a contract performance notice to Cranfold "
          "in July 2025."),
    ("p", "The Deputy Director reminded Members that the subcontracting arrangement had been "
          "proposed by Cranfold at the time the main contract was awarded, and had been approved "
          "by the former clinical commissioning group on the basis that Harrowsfield Therapy "
          "Partners Ltd could offer evening and weekend clinics which Cranfold could not. "
          "Performance had been good in the first year but had deteriorated from the spring of "
          "2024, when two of the service's three rehabilitation engineers had left."),
    ("p", f"The Director of Operations, {CRANFOLD}, set out the remedial action plan agreed with "
          "the subcontractor, which included a second assessment clinic in Ivelbury, an "
          "additional rehabilitation engineer and a weekly review of every person waiting more "
          "than 26 weeks. He advised that Mr Castellan's wife had been contacted the previous week "
          "and that her chair would be delivered in November, and apologised for the delay."),
    ("p", IN_LIGHT),
    ("bullets", [
        "Cllr Attwater asked why a service that had been failing for two years had not been "
        "brought back in-house. The Deputy Director of Contracting explained that the subcontract "
        "was a matter for Cranfold as the prime provider, and that the ICB's options were limited "
        "to the performance notice until the main contract expired in March 2027.",

        "Concern that public money was paying the profits of a private company while patients "
        "waited. Members were advised that the subcontract was paid on a block basis with a "
        "deduction of up to 2% for missed targets, and that \u00a346,000 had been withheld in "
        "2024/25.",

        "The ICB's oversight of subcontracted services and whether it had access to the "
        "subcontractor's performance data. The Deputy Director confirmed that the ICB received "
        "monthly data from Cranfold but had no direct contractual relationship with the "
        "subcontractor.",

        "What would happen to the staff if the subcontract were terminated early. The Director of "
        "Operations advised that staff would transfer under TUPE to whichever provider took on "
        "the service, and that most of the therapists had transferred from the NHS in 2023.",

        "Mrs Adeyemi-Lloyd requested that wheelchair users be involved in the evaluation of any "
        "future bids for the service. The Deputy Director of Contracting undertook to include "
        "service users on the evaluation panel.",
    ]),
    ("p", "Cllr Attwater proposed, and Cllr Sowden seconded, that the Joint Committee write to the "
          "Secretary of State asking that the wheelchair service be returned to NHS provision. On "
          "being put to the vote the proposal was LOST (3 votes for and 7 against)."),
    ("bold", f"RECOMMENDED to the {ICB} that:-"),
    ("num", [
        f"the ICB requires {CRANFOLD} to report wheelchair waiting times to each meeting of the "
        "Joint Committee until fewer than 50 people have waited more than 18 weeks; and",
        "the ICB shares with the Joint Committee, before any decision is taken, its options for "
        "the service after March 2027.",
    ]),

    ("title", "JHOSC/25/29.", "Youth Vaping and Tobacco Control"),
    ("p", "The Director of Public Health introduced a report on youth vaping and on the tobacco "
          "control plan shared by the three councils. The 2025 schools survey had found that 11% "
          "of 14 and 15 year olds in the area vaped regularly, and that 58% of those who vaped had "
          "bought vapes from a shop. The Head of Public Health Commissioning outlined the "
          "re-commissioned stop smoking service, which since April 2025 had included behavioural "
          "support for young people who wished to stop vaping, delivered in schools and at the "
          "three councils' youth hubs."),
    ("p", "The Executive Member for Health, Flitmoor Council, advised that the three Executives "
          "had agreed to pool a share of the new national funding for stop smoking services so "
          "that the same offer was available to young people in all three areas, and that a "
          "campaign designed with pupils from six secondary schools would be launched in "
          "January 2026."),
    ("p", IN_LIGHT),
    ("bullets", [
        "Enforcement against shops selling vapes to children. The Director of Public Health "
        "advised that trading standards had carried out 62 test purchases in 2024/25, of which "
        "14 had resulted in a sale, and that two retailers had been prosecuted.",

        "Concern that disposable vapes were still being sold after the national ban came into "
        "force in June 2025. Members were advised that trading standards had seized over 3,000 "
        "illegal disposable vapes since June, most of them from three shops in Ivelbury.",

        "The number of young people who had taken up vaping support. The Head of Public Health "
        "Commissioning advised that 37 young people had been referred in the first six months, "
        "mostly through school nurses.",

        "Cllr Quennell commented that vaping remained a useful aid for adult smokers trying to "
        "quit, and that the message to adults should not be confused with the message to "
        "children.",
    ]),
    ("bold", "RESOLVED that the Committee:-"),
    ("num", [
        "notes the report; and",
        "endorses the three councils' joint youth vaping action plan set out at Appendix B to "
        "the report.",
    ]),

    ("title", "JHOSC/25/30.", "Work Programme 2025/26"),
    ("p", "The Scrutiny Policy Adviser introduced the Joint Committee's work programme for "
          "2025/26. Cllr Dhaliwal requested that an item on maternity services at Ivelbury "
          "Hospital be added for the January meeting, following the recent inspection. The "
          "Scrutiny Policy Adviser advised that the Trust had agreed to attend in January."),
    ("p", "The Scrutiny Policy Adviser reminded Members that the next meeting of the Joint "
          "Committee would be hosted by Ivelbury Borough Council on Thursday, 22 January 2026, "
          "and that the ICB's joint forward plan would be considered at that meeting alongside "
          "the item on maternity services."),
    ("p", "RESOLVED that the Joint Committee's work programme for 2025/26 be approved, subject to "
          "the addition of maternity services at Ivelbury Hospital."),
]

END_NOTE = "(Note: The meeting commenced at 10.00 a.m. and concluded at 12.47 p.m.)"


def _fonts(pdf) -> None:
    pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Body", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Body", "", 8)
            self.set_x(20)
            self.cell(85, 5, "JHOSC - 16.10.25")
            self.cell(85, 5, f"Page {self.page_no()}", align="R")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Flitmoor, Ivelbury and Wrestmoor JHOSC - 16 October 2025")
    pdf.set_author("Committee Services")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    _fonts(pdf)
    pdf.add_page()

    LEFT, MARGIN_W, BODY_X = 20, 34, 56
    BODY_W = 210 - 20 - BODY_X
    LH = 5.2

    pdf.set_font("Body", "B", 15)
    pdf.cell(0, 8, "FLITMOOR COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Body", "", 10)
    pdf.multi_cell(0, LH, "At a meeting of the FLITMOOR, IVELBURY AND WRESTMOOR JOINT HEALTH "
                          "OVERVIEW AND SCRUTINY COMMITTEE held in the Council Chamber, Ashcroft "
                          "House, Meadow Walk, Stotbury on Thursday, 16 October 2025.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for label, lines in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_xy(LEFT, y)
        pdf.set_font("Body", "B", 9.5)
        pdf.multi_cell(MARGIN_W, LH, label, align="L", new_x="RIGHT", new_y="TOP")
        label_bottom = y + LH * max(1, len(pdf.multi_cell(MARGIN_W, LH, label, dry_run=True,
                                                          output="LINES")))
        pdf.set_xy(BODY_X, y)
        for style, text in lines:
            pdf.set_font("Body", style.upper(), 10)
            pdf.set_x(BODY_X)
            if text:
                pdf.multi_cell(BODY_W, LH, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(2)
        pdf.set_y(max(pdf.get_y(), label_bottom) + 2.5)

    pdf.ln(2)
    pdf.set_draw_color(0)
    pdf.line(LEFT, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(5)

    def body_para(text: str, style: str = "") -> None:
        pdf.set_font("Body", style, 10)
        pdf.set_x(BODY_X)
        pdf.multi_cell(BODY_W, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)

    for block in BODY:
        kind = block[0]
        if kind == "title":
            _, ref, title = block
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(1.5)
            y = pdf.get_y()
            pdf.set_font("Body", "B", 10)
            pdf.set_xy(LEFT, y)
            pdf.cell(MARGIN_W, LH, ref)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(BODY_W, LH, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        elif kind == "p":
            body_para(block[1])
        elif kind == "bold":
            body_para(block[1], "B")
        elif kind == "bullets":
            pdf.set_font("Body", "", 10)
            for entry in block[1]:
                y = pdf.get_y()
                if y > 262:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(BODY_X, y)
                pdf.cell(6, LH, "\u2022")
                pdf.set_xy(BODY_X + 6, y)
                pdf.multi_cell(BODY_W - 6, LH, entry, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.8)
            pdf.ln(0.6)
        elif kind == "num":
            pdf.set_font("Body", "B", 10)
            for n, entry in enumerate(block[1], 1):
                y = pdf.get_y()
                pdf.set_xy(BODY_X, y)
                pdf.cell(8, LH, f"{n}.")
                pdf.set_xy(BODY_X + 8, y)
                pdf.multi_cell(BODY_W - 8, LH, entry, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(1.2)
        elif kind == "table":
            _, header, rows = block
            widths = (30, 24, 50, BODY_W - 104)
            pdf.set_font("Body", "B", 8.5)
            with pdf.table(col_widths=widths, width=BODY_W, align="RIGHT",
                           line_height=4.4, first_row_as_headings=True,
                           text_align="LEFT") as table:
                r = table.row()
                for h in header:
                    r.cell(h)
                pdf.set_font("Body", "", 8.5)
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        else:
            raise ValueError(kind)

    pdf.ln(6)
    pdf.set_font("Body", "", 10)
    pdf.set_x(BODY_X)
    pdf.multi_cell(BODY_W, LH, END_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    for label in ("Chairman", "Dated"):
        pdf.set_x(BODY_X + 40)
        pdf.cell(22, LH, label)
        pdf.cell(0, LH, "\u2026" * 30, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The briefing (not minutes)
# ---------------------------------------------------------------------------

BRIEFING = [
    ("h", "1. Purpose"),
    ("p", "This briefing has been prepared by Ivelbury and Stotbury Hospitals NHS Foundation "
          "Trust for the meeting of the Flitmoor, Ivelbury and Wrestmoor Joint Health Overview "
          "and Scrutiny Committee on 16 October 2025. It updates the Joint Committee on elective "
          "(planned) care waiting times and on the first months of the Stotbury Surgical Hub, and "
          "follows up the questions the Joint Committee put to the Trust at its meeting in July."),
    ("h", "2. Background"),
    ("p", "Like most acute trusts, we entered 2025/26 with a waiting list far larger than before "
          "the pandemic. Our plan for the year, agreed with Flit, Ivel and Wrest Integrated Care "
          "Board, has three aims: to treat patients who have waited longest first, to increase the "
          "share of patients treated within 18 weeks towards the national ambition of 65% by March "
          "2026, and to protect planned surgery from the pressure of emergency admissions, "
          "particularly over the winter."),
    ("p", "The Stotbury Surgical Hub opened on 2 June 2025. It has four theatres, a 20-bed short "
          "stay ward and its own pre-operative assessment unit, and it is used only for planned "
          "day case and short stay surgery in orthopaedics, general surgery, gynaecology, urology "
          "and ear, nose and throat."),
    ("h", "3. Where we are now"),
    ("p", "At the end of August 2025 the Trust's waiting list stood at 48,200 patients. The table "
          "below shows the position by specialty for the patients who have waited longest."),
    ("table", ("Specialty", "Waiting list", "Over 52 weeks", "Over 65 weeks"),
     [("Trauma and orthopaedics", "8,940", "1,210", "512"),
      ("Ear, nose and throat", "5,310", "640", "301"),
      ("Gynaecology", "4,720", "388", "164"),
      ("General surgery", "6,105", "297", "98"),
      ("Other specialties", "23,125", "402", "65"),
      ("Total", "48,200", "2,937", "1,140")]),
    ("p", "In August 58.4% of patients on the list had waited less than 18 weeks, compared with "
          "55.1% in March 2025. We expect to have no patient waiting more than 65 weeks by the end "
          "of December 2025, apart from patients who choose to delay their treatment."),
    ("h", "4. The Stotbury Surgical Hub: first three months"),
    ("bullets", [
        "3,870 procedures carried out between June and August 2025.",
        "Cancellations on the day of surgery down from 9% to 3%, because the hub's beds are "
        "ring-fenced and cannot be used for emergency admissions.",
        "Theatre utilisation of 84%, against a target of 85%.",
        "4% of theatre sessions lost in August, mainly because of vacancies in anaesthetics.",
    ]),
    ("p", "We have recruited six consultant anaesthetists, who will all be in post by January "
          "2026. Until then we are covering sessions with our own staff working additional shifts "
          "rather than with agency staff wherever we can."),
    ("h", "5. You asked, we said"),
    ("p", "At its meeting on 10 July 2025 the Joint Committee asked the Trust a number of "
          "questions which could not be answered in full on the day. Our responses are set out "
          "below."),
    ("qa", "You asked:", "How will patients from Ivelbury get to the hub, which has no direct bus "
                         "service?"),
    ("qa", "We said:", "Patients who meet the eligibility criteria for non-emergency patient "
                       "transport will be taken to the hub and home again. We are also working "
                       "with the three councils' passenger transport teams on a shuttle service "
                       "from Ivelbury bus station, and we will report on this in the new year."),
    ("qa", "You asked:", "Is any of the Trust's planned surgery being done by private hospitals?"),
    ("qa", "We said:", "Patients may choose to be treated by an independent sector hospital under "
                       "the national patient choice arrangements. In 2024/25 around 900 cataract "
                       "and hip procedures were carried out in this way for our patients. We "
                       "expect the number to fall as the hub's capacity grows."),
    ("qa", "You asked:", "Will patients be taken off the waiting list if they do not reply to a "
                         "letter?"),
    ("qa", "We said:", "No. We are contacting everyone who has waited more than 40 weeks to check "
                       "that they still need treatment. Nobody is removed from the list without "
                       "a review by a clinician and at least two attempts to reach them, and we "
                       "offer the letter in other languages and formats."),
    ("h", "6. Keeping patients informed"),
    ("p", "Every patient on the waiting list can now see their expected waiting time on the "
          "Trust's website and through the NHS App. Patients whose condition changes while they "
          "wait are asked to contact their GP or the hospital department that referred them, and "
          "a clinician will review whether their priority should change."),
    ("h", "7. Questions the Joint Committee may wish to ask"),
    ("p", "Members may find the following questions helpful when considering this briefing:"),
    ("bullets", [
        "How confident is the Trust that it will meet the December target for 65-week waits?",
        "What will happen to planned surgery at Stotbury if winter pressures are severe?",
        "How is the Trust making sure that the validation exercise does not disadvantage "
        "older patients or those whose first language is not English?",
        "What difference has the hub made for patients from each of the three council areas?",
    ]),
    ("h", "8. Recommendation"),
    ("p", "The Joint Committee is asked to note this briefing. The Trust will be pleased to "
          "provide a further update at a future meeting."),
    ("p", "Mr O Fairburn, Chief Operating Officer\n"
          "Ivelbury and Stotbury Hospitals NHS Foundation Trust\n"
          "October 2025"),
]


def build_briefing(path: Path) -> None:
    from fpdf import FPDF

    class Briefing(FPDF):
        def header(self):
            self.set_font("Body", "B", 9)
            self.set_text_color(0, 70, 140)
            self.cell(0, 6, "Ivelbury and Stotbury Hospitals", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_font("Body", "", 8)
            self.cell(0, 4, "NHS Foundation Trust", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.ln(6)

        def footer(self):
            self.set_y(-14)
            self.set_font("Body", "", 8)
            self.cell(0, 5, f"Briefing for the Joint Health Overview and Scrutiny Committee  |  "
                            f"{self.page_no()}", align="C")

    pdf = Briefing(format="A4")
    pdf.set_creation_date(FIXED_BRIEFING)
    pdf.set_title("Elective recovery and the Stotbury Surgical Hub - briefing")
    pdf.set_author("Ivelbury and Stotbury Hospitals NHS Foundation Trust")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 20)
    _fonts(pdf)
    pdf.add_page()
    W = 210 - 44

    pdf.set_font("Body", "B", 16)
    pdf.multi_cell(W, 8, "Elective recovery and the Stotbury Surgical Hub",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 11)
    pdf.multi_cell(W, 6, "Briefing for the Flitmoor, Ivelbury and Wrestmoor Joint Health "
                         "Overview and Scrutiny Committee \u2013 16 October 2025",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for block in BRIEFING:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Body", "B", 11.5)
            pdf.set_text_color(0, 70, 140)
            pdf.multi_cell(W, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Body", "", 10)
            pdf.multi_cell(W, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullets":
            pdf.set_font("Body", "", 10)
            for entry in block[1]:
                y = pdf.get_y()
                pdf.set_xy(26, y)
                pdf.cell(5, 5.2, "\u2022")
                pdf.set_xy(31, y)
                pdf.multi_cell(W - 9, 5.2, entry, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(1.5)
        elif kind == "qa":
            _, label, text = block
            y = pdf.get_y()
            pdf.set_font("Body", "B", 10)
            pdf.set_xy(22, y)
            pdf.cell(26, 5.2, label)
            pdf.set_font("Body", "I" if label == "You asked:" else "", 10)
            pdf.set_xy(48, y)
            pdf.multi_cell(W - 26, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            _, header, rows = block
            pdf.set_font("Body", "", 9)
            pdf.set_draw_color(120)
            with pdf.table(col_widths=(62, 34, 34, 34), width=W, line_height=5,
                           text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as table:
                r = table.row()
                for h in header:
                    r.cell(h)
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(str(path))


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


DPCC = "Director of Primary Care Commissioning"
COO = "Chief Operating Officer"
DDC = "Deputy Director of Contracting"
DPH = "Director of Public Health"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Flitmoor, Ivelbury and Wrestmoor Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-16",
    "items": [
        {"number": "JHOSC/25/21", "title": "Chairman's Announcements and Communications"},
        {"number": "JHOSC/25/22", "title": "Minutes"},
        {"number": "JHOSC/25/23", "title": "Members' Interests"},
        {"number": "JHOSC/25/24", "title": "Petitions"},
        {"number": "JHOSC/25/25", "title": "Questions, Statements or Deputations"},
        {"number": "JHOSC/25/26", "title": "NHS Dental Services and the Re-procurement of "
                                          "Community and Urgent Dental Care"},
        {"number": "JHOSC/25/27", "title": "Elective Waiting Times and the Stotbury Surgical Hub"},
        {"number": "JHOSC/25/28", "title": "Adult Community Health Services Contract \u2013 "
                                          "Subcontracted Therapy and Wheelchair Services"},
        {"number": "JHOSC/25/29", "title": "Youth Vaping and Tobacco Control"},
        {"number": "JHOSC/25/30", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        # JHOSC/25/25 public statement
        q("JHOSC/25/25", "question",
          "queried why the service could not tell the family when a chair",
          "Mr B Castellan",
          "a written response would be sent to him within 20 working days",
          "Chairman", []),
        q("JHOSC/25/25", "request",
          "establish whether the delays were the result of the service having been subcontracted",
          "Mr B Castellan",
          "his questions would be put to the ICB and the provider",
          "Chairman", ["subcontracting", "privatisation"]),
        # JHOSC/25/26 dentistry
        q("JHOSC/25/26", "concern",
          "expressed concern that not one dental practice in Wrestmoor was accepting",
          "Cllr Attwater",
          "two practices in Wrestmoor had been offered additional units of dental activity",
          DPCC, ["primary-care"]),
        q("JHOSC/25/26", "question",
          "Whether the flexible commissioning scheme would continue beyond the pilot year",
          None,
          "the scheme had been extended to March 2027 and that 11,400 additional appointments",
          None, ["primary-care"]),
        q("JHOSC/25/26", "question",
          "whether the current provider of the community dental service would be able to bid",
          None,
          "any qualified provider, including the incumbent, could bid",
          DDC, ["primary-care", "subcontracting"]),
        q("JHOSC/25/26", "concern",
          "patients in pain were being told to travel up to 40 miles",
          "Mrs Adeyemi-Lloyd",
          "would include a hub in each of the three areas",
          DPCC, ["primary-care", "patient-and-public-input"]),
        q("JHOSC/25/26", "request",
          "requested that the engagement report be shared with the Joint Committee",
          "Cllr Okonkwo-Reid",
          "the ICB agreed to circulate the engagement report by the end of November",
          None, ["patient-and-public-input", "primary-care"]),
        q("JHOSC/25/26", "question",
          "Whether the supervised toothbrushing programme would be extended to Wrestmoor",
          None,
          "no decision had yet been taken on its continuation",
          DPH, ["public-health", "children-and-families", "finance"]),
        q("JHOSC/25/26", "comment",
          "masked very poor access in the rural wards in the north",
          "Cllr Tarrant", None, None, ["primary-care", "children-and-families"]),
        # JHOSC/25/27 waiting times
        q("JHOSC/25/27", "question",
          "queried when patients waiting over 65 weeks would be treated",
          "Cllr Brightmore",
          "no patient waiting more than 65 weeks by the end of December 2025",
          COO, []),
        q("JHOSC/25/27", "concern",
          "the hub was not served by a direct bus route",
          None,
          "patients eligible for non-emergency patient transport would be taken to the hub",
          COO, []),
        q("JHOSC/25/27", "question",
          "Whether any surgery at the hub was carried out by independent sector providers",
          None,
          "around 900 cataract and hip procedures a year had been sent",
          None, ["subcontracting", "privatisation"]),
        q("JHOSC/25/27", "question",
          "whether theatres were being cancelled for lack of anaesthetists",
          None,
          "six consultant anaesthetists had been recruited and would start by January 2026",
          COO, ["workforce"]),
        q("JHOSC/25/27", "question",
          "How patients on the waiting list were kept informed while they waited",
          None,
          "every patient waiting more than 40 weeks had been contacted",
          COO, []),
        q("JHOSC/25/27", "question",
          "whether planned operations at the hub would be protected if the winter",
          "Cllr Fairlie",
          "beds were ring-fenced and would not be used for emergency admissions",
          "Chief Medical Officer", []),
        q("JHOSC/25/27", "comment",
          "the validation exercise should not be used to remove patients",
          "Cllr Pennington",
          "no patient was removed without a clinician's review",
          COO, []),
        # JHOSC/25/28 subcontracted community services
        q("JHOSC/25/28", "question",
          "had been failing for two years had not been brought back in-house",
          "Cllr Attwater",
          "the subcontract was a matter for Cranfold as the prime provider",
          DDC, ["privatisation", "subcontracting"]),
        q("JHOSC/25/28", "concern",
          "public money was paying the profits of a private company while patients waited",
          None,
          "a deduction of up to 2% for missed targets",
          None, ["privatisation", "subcontracting", "finance"]),
        q("JHOSC/25/28", "question",
          "whether it had access to the subcontractor's performance data",
          None,
          "had no direct contractual relationship with the subcontractor",
          "Deputy Director", ["subcontracting", "governance"]),
        q("JHOSC/25/28", "question",
          "What would happen to the staff if the subcontract were terminated early",
          None,
          "staff would transfer under TUPE to whichever provider took on the service",
          "Director of Operations", ["workforce", "subcontracting"]),
        q("JHOSC/25/28", "request",
          "wheelchair users be involved in the evaluation of any future bids",
          "Mrs Adeyemi-Lloyd",
          "undertook to include service users on the evaluation panel",
          DDC, ["patient-and-public-input", "subcontracting"]),
        # JHOSC/25/29 youth vaping
        q("JHOSC/25/29", "question",
          "Enforcement against shops selling vapes to children",
          None,
          "62 test purchases in 2024/25, of which 14 had resulted in a sale",
          DPH, ["public-health", "children-and-families"]),
        q("JHOSC/25/29", "concern",
          "disposable vapes were still being sold after the national ban",
          None,
          "trading standards had seized over 3,000 illegal disposable vapes since June",
          None, ["public-health"]),
        q("JHOSC/25/29", "question",
          "The number of young people who had taken up vaping support",
          None,
          "37 young people had been referred in the first six months",
          "Head of Public Health Commissioning", ["public-health", "children-and-families"]),
        q("JHOSC/25/29", "comment",
          "vaping remained a useful aid for adult smokers trying to quit",
          "Cllr Quennell", None, None, ["public-health", "children-and-families"]),
        # JHOSC/25/30 work programme
        q("JHOSC/25/30", "request",
          "an item on maternity services at Ivelbury Hospital be added",
          "Cllr Dhaliwal",
          "the Trust had agreed to attend in January",
          "Scrutiny Policy Adviser", ["governance"]),
    ],
    "resolutions": [
        res("JHOSC/25/22", "held on 10 July 2025 be confirmed and signed by the Chairman",
            "agreed", []),
        res("JHOSC/25/26", "reports back to the Joint Committee in March 2026 on the outcome",
            "agreed", ["primary-care", "subcontracting"]),
        res("JHOSC/25/26", "toothbrushing programme be continued from April 2026 and funded",
            "recommended", ["public-health", "finance"]),
        res("JHOSC/25/27", "update on elective waiting times and the Stotbury surgical hub be noted",
            "noted", []),
        res("JHOSC/25/28", "asking that the wheelchair service be returned to NHS provision",
            "rejected", ["privatisation", "governance"]),
        res("JHOSC/25/28", "report wheelchair waiting times to each meeting of the Joint Committee",
            "recommended", ["subcontracting", "governance"]),
        res("JHOSC/25/29", "endorses the three councils' joint youth vaping action plan",
            "agreed", ["public-health", "children-and-families"]),
        res("JHOSC/25/30", "work programme for 2025/26 be approved, subject to the addition",
            "agreed", []),
    ],
    "attendees": [
        att("Cllr P Hemmingway", "Chairman", "present"),
        att("Cllr R Dhaliwal", "Vice-Chairman", "present"),
        att("Cllr J Okonkwo-Reid", None, "present"),
        att("Cllr S Tarrant", None, "present"),
        att("Cllr L Brightmore", None, "present"),
        att("Cllr A Pennington", None, "present"),
        att("Cllr M Fairlie", None, "present"),
        att("Cllr G Attwater", None, "present"),
        att("Cllr D Sowden", None, "present"),
        att("Cllr K Lomax-Hughes", None, "present"),
        att("Cllr E Quennell", "Substitute", "present"),
        att("Mrs F Adeyemi-Lloyd", "Co-opted Member (non-voting)", "present"),
        att("Cllr T Broadbent", None, "apologies"),
        att("Cllr H Varley", None, "apologies"),
        att("Cllr N Cherrington", "Executive Member for Health, Flitmoor Council",
            "in_attendance"),
        att("Mr M Holloway", "Director of Public Health", "in_attendance"),
        att("Mrs C Danvers", "Head of Public Health Commissioning", "in_attendance"),
        att("Ms R Osei", "Scrutiny Policy Adviser", "in_attendance"),
        att("Mr J Pritchard", "Committee Services Officer", "in_attendance"),
        att("Dr S Venkataraman", f"Chief Medical Officer, {ICB}", "in_attendance"),
        att("Mrs L Gowland", f"Director of Primary Care Commissioning, {ICB}", "in_attendance"),
        att("Ms J Nakamura", f"Deputy Director of Contracting, {ICB}", "in_attendance"),
        att("Mr O Fairburn", f"Chief Operating Officer, {TRUST}", "in_attendance"),
        att("Mr K Abara", f"Director of Operations, {CRANFOLD}", "in_attendance"),
        att("Ms P Draycott", "Consultant in Dental Public Health, NHS England", "in_attendance"),
    ],
}

BRIEFING_GOLD = {"document": BRIEFING_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_briefing(DOCS / BRIEFING_NAME)
    for gold in (MINUTES_GOLD, BRIEFING_GOLD):
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
    for gold_path in sorted(GOLD.glob("pl-*.json")):
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
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}\ngold in {GOLD}")
