#!/usr/bin/env python3
"""Build the "jq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jq.py           build documents/jq-* and gold/jq-*.json
        build_jq.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2025, 10, 28, 9, 30, 0, tzinfo=timezone.utc)

MINUTES_NAME = "jq-hornfleet-oet-jhosc-2025-10-21.pdf"
REPORT_NAME = "jq-hornfleet-oet-jhosc-report-stroke-rehabilitation.docx"

COMMITTEE = "Outer East Thames Joint Health Overview and Scrutiny Committee"
RUNNING_HEAD = "Outer East Thames Joint Health Overview & Scrutiny Committee, 21 October 2025"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("London Borough of Barkwell & Daneford:", "Sabina Okafor and Dermot Fenwick"),
    ("London Borough of Hornfleet:", "Carol Whitlow (Chairman) and Graham Pettit"),
    ("London Borough of Redmere:", "Beverley Ashdown and Lionel Barraclough"),
    ("London Borough of Wealdstow Forest:", "Richard Tennant (Vice-Chairman)"),
    ("Thamesmere County Council:", "Marcus Vellacott"),
]

CO_OPTED = "Ivor Penhaligon (Healthwatch Hornfleet) and Cathy Dunmore (Healthwatch Redmere)"

ALSO_PRESENT = [
    "Councillor Harriet Loveday (Cabinet Member for Adults and Health, London Borough of Hornfleet)",
    "Sheila Marchbank (Chief Operating Officer, DHRUT)",
    "Dr Ama Rowntree (Chief Medical Officer, DHRUT)",
    "Tomasz Wilding (Director of Strategy and Transformation, East Thames ICB)",
    "Dr Kwame Asante-Lowe (Clinical Lead for Stroke, East Thames ICB)",
    "Priya Venkataraman (Director of Children's Services, Northmarsh NHS Foundation Trust)",
    "Joanne Frith (Assistant Director, Adult Social Care, London Borough of Hornfleet)",
    "Martin Okonjo-Clarke (Principal Democratic Services Officer, London Borough of Hornfleet)",
]

# Each item: (number, title, blocks). A block is ("p", text), ("list", [texts]) for
# bullets or ("num", [texts]) for a numbered list.
ITEMS = [
    ("9", "CHAIRMAN'S ANNOUNCEMENTS", [
        ("p", "The Chairman welcomed Councillor Marcus Vellacott, who had replaced Councillor "
              "Geraldine Fosse as the representative of Thamesmere County Council, to his first "
              "meeting of the Joint Committee. The Chairman also reminded those present that the "
              "meeting was being webcast and that the recording would be available on the "
              "Council's website for twelve months."),
    ]),
    ("10", "APOLOGIES FOR ABSENCE AND ANNOUNCEMENT OF SUBSTITUTE MEMBERS (IF ANY)", [
        ("p", "Apologies were received from Councillor Nadia Qureshi (London Borough of Redmere), "
              "Councillor Yasmin Halloran (London Borough of Wealdstow Forest) and Ruth Abernethy "
              "(Healthwatch Barkwell & Daneford)."),
        ("p", "Councillor Lionel Barraclough substituted for Councillor Qureshi."),
    ]),
    ("11", "DISCLOSURE OF INTERESTS", [
        ("p", "Councillor Dermot Fenwick disclosed a non-pecuniary interest in item 15 (Children "
              "and Young People's Mental Health Services) as a close family member was employed by "
              "Northmarsh NHS Foundation Trust. Councillor Graham Pettit disclosed a non-pecuniary "
              "interest in item 14 as a volunteer driver for the Hornfleet Stroke Club. Neither "
              "Member considered that the interest prevented them from taking part in the "
              "discussion."),
    ]),
    ("12", "MINUTES OF PREVIOUS MEETING", [
        ("p", "The minutes of the meeting of the Joint Committee held on 15 July 2025 were agreed "
              "as a correct record and signed by the Chairman."),
        ("p", "It was noted, further to minute 6 of that meeting, that the written information on "
              "maternity staffing at Kingsmead Hospital had been circulated to Members by e-mail "
              "on 2 September 2025."),
    ]),
    ("13", "DHRUT - WINTER PLANNING AND HOSPITAL DISCHARGE", [
        ("p", "Sheila Marchbank, Chief Operating Officer at Daneford, Hornfleet and Redmere "
              "University Hospitals NHS Trust (DHRUT), explained that planning for the winter of "
              "2025/26 had started in June and had been carried out jointly with the ICB, the four "
              "borough councils, Thamesmere County Council and Northmarsh NHS Foundation Trust. The "
              "Trust expected demand to peak in the first two weeks of January 2026 and had "
              "modelled a need for around 64 additional beds across Kingsmead and Fairlawn "
              "Hospitals at that point. Some 38 of these would be provided by an escalation ward "
              "at Kingsmead Hospital, due to open on 1 December 2025, with the remainder met by "
              "the virtual ward, which could currently care for up to 120 patients in their own "
              "homes. Performance against the four-hour standard in the emergency department had "
              "been 74.2% in September 2025, against a national target of 78% by March 2026, and "
              "average ambulance handover times at Kingsmead had fallen from 47 minutes to 31 "
              "minutes over the last year."),
        ("p", "A Member asked how many patients at the two hospitals were currently medically fit "
              "for discharge but remained in an acute bed. The Chief Operating Officer advised "
              "that the figure had been 142 on the previous day, of whom around a third were "
              "waiting for a package of care or a care home placement and the remainder were "
              "awaiting community rehabilitation, equipment or a decision by the patient or their "
              "family. Joanne Frith, Assistant Director, Adult Social Care, London Borough of "
              "Hornfleet, added that the joint discharge hub at Kingsmead now operated seven days "
              "a week and that Hornfleet residents were on average discharged within 1.6 days of "
              "being declared fit to leave."),
        ("p", "Councillor Okafor expressed concern that residents of Barkwell & Daneford appeared "
              "to wait longer for a care package on leaving hospital than those from the other "
              "boroughs, and that some older patients were being placed in care homes outside the "
              "borough. The Chief Operating Officer accepted that there was variation between the "
              "boroughs and agreed to provide a breakdown of delayed discharges by borough of "
              "residence for the next meeting of the Joint Committee."),
        ("p", "The Healthwatch Hornfleet representative felt that patients and carers were too "
              "often given little notice of discharge, in some cases late in the evening, and "
              "that written information was not always given to families. It was accepted that "
              "communication with families had not always been good enough and the Trust was "
              "rewriting its discharge leaflet with the help of Healthwatch Hornfleet, with a "
              "revised version due in November."),
        ("p", "In response to a question about staffing of the escalation ward, the Chief "
              "Operating Officer explained that the ward would be staffed mainly from the Trust's "
              "own staff bank, with agency staff used only as a last resort. Recruitment to 46 "
              "registered nurse posts was under way and 30 nurses recruited from overseas were due "
              "to start in November. The Trust's vacancy rate for nursing was currently 7.9%, the "
              "lowest it had been for five years."),
        ("p", "A Member asked what proportion of frontline staff had been vaccinated against flu. "
              "Dr Ama Rowntree, Chief Medical Officer, DHRUT, stated that uptake among frontline "
              "staff stood at 41% so far, compared to 38% at the same point last year, and that "
              "peer vaccinators were now visiting every ward and the emergency department at "
              "night. Members felt that uptake remained too low and urged the Trust to do more to "
              "encourage its staff to be vaccinated."),
        ("p", "The Vice-Chairman questioned whether the virtual ward was a genuine alternative to "
              "a hospital bed for frail older people living alone, many of whom had no family "
              "nearby to support them. Councillor Vellacott asked whether Thamesmere residents "
              "treated at Kingsmead Hospital would be able to use the discharge hub, given that "
              "their social care was arranged by the County Council. It was confirmed that the "
              "County Council had a social worker based in the hub three days a week and that "
              "discussions were taking place about increasing this to five days."),
        ("p", "The Joint Committee noted the position and AGREED that the Trust should provide "
              "figures for delayed discharges by borough of residence to its next meeting."),
    ]),
    ("14", "STROKE REHABILITATION - PROPOSED CONSOLIDATION OF INPATIENT BEDS", [
        ("p", "Tomasz Wilding, Director of Strategy and Transformation, East Thames Integrated "
              "Care Board (ICB), explained that inpatient stroke rehabilitation for the area was "
              "currently provided on two sites: Beacon Ward at Daneford Community Hospital (20 "
              "beds) and the Orchard Unit at Redmere Community Hospital (24 beds), both run by "
              "Northmarsh NHS Foundation Trust. Neither unit was able to provide the recommended "
              "level of therapy seven days a week and both relied heavily on agency therapists. "
              "The ICB's preferred option was to bring the two units together in a refurbished 40 "
              "bed unit at the Wellmead Centre in Hornfleet, alongside an expanded early supported "
              "discharge service which would allow more patients to complete their rehabilitation "
              "at home. The proposals had been reviewed by the Clinical Senate, which had "
              "supported the clinical case for change. Subject to the views of the Joint "
              "Committee, a twelve week public consultation would begin on 3 November 2025."),
        ("p", "Dr Kwame Asante-Lowe, Clinical Lead for Stroke, East Thames ICB, added that "
              "patients on the current units received on average 24 minutes of therapy a day "
              "against a national standard of 45 minutes, and that a single unit would be able to "
              "offer a full seven day therapy service."),
        ("p", "Members expressed concern at the travel times for families from Thamesmere and "
              "the east of Barkwell & Daneford, some of whom would need to take two buses to reach "
              "the Wellmead Centre. The Director of Strategy and Transformation explained that a "
              "travel analysis had been commissioned which showed that 86% of the population "
              "could reach the Wellmead Centre within 45 minutes by public transport. The ICB "
              "would also work with the voluntary sector on a volunteer driver scheme for "
              "visitors and would include travel as a specific question in the consultation."),
        ("p", "A Member asked whether any staff would be made redundant as a result of the "
              "proposals. It was explained that no redundancies were expected; staff on both "
              "units would be offered posts at the Wellmead Centre and formal consultation with "
              "staff and trade unions would run alongside the public consultation. The Trust "
              "hoped that a larger unit would be more attractive to therapists and would reduce "
              "its reliance on agency staff."),
        ("p", "Councillor Barraclough questioned whether the proposals were being driven by the "
              "need to make savings rather than by the quality of care. The Director of Strategy "
              "and Transformation responded that the change was expected to save around "
              "£1.1 million a year, mainly from lower agency costs, and that all of this would be "
              "reinvested in the early supported discharge service and in community stroke "
              "rehabilitation."),
        ("p", "The Healthwatch Redmere representative requested that consultation materials be "
              "produced in easy read format and in the main community languages of the area, and "
              "that some consultation events be held in the evening so that working carers could "
              "attend. The ICB agreed to do this and to share the consultation plan with the "
              "Healthwatch organisations in all five areas before it was finalised."),
        ("p", "The Chairman noted that the number of beds would fall from 44 to 40 and asked how "
              "the ICB could be confident that this would be sufficient as the population grew. "
              "Dr Asante-Lowe explained that length of stay was expected to fall by around five "
              "days once a full therapy service was in place, and that the expanded early "
              "supported discharge service would be able to care for an additional 150 patients a "
              "year at home. Bed occupancy would be monitored closely during the first year and "
              "reported to the Joint Committee."),
        ("p", "Officers advised that the legislation had changed since the Joint Committee last "
              "considered a substantial variation. Under the regulations in force since 31 "
              "January 2024 the Joint Committee could no longer refer a proposal to the Secretary "
              "of State, but it could ask the Secretary of State to consider calling in a decision "
              "once it had been made. The Joint Committee would however still need to respond to "
              "the consultation on behalf of the five councils."),
        ("p", "The Joint Committee AGREED:"),
        ("num", [
            "That the proposals for stroke rehabilitation represented a substantial variation in "
            "the provision of health services in the Outer East Thames area.",
            "That a sub-group of the Chairman, the Vice-Chairman and Councillor Okafor prepare a "
            "draft response to the consultation, for agreement by the Joint Committee at its "
            "meeting on 20 January 2026.",
        ]),
    ]),
    ("15", "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH SERVICES", [
        ("p", "Priya Venkataraman, Director of Children's Services, Northmarsh NHS Foundation "
              "Trust, gave a presentation on the Trust's child and adolescent mental health "
              "services (CAMHS) in the four boroughs. Referrals had risen by 18% over the last two "
              "years, to around 9,400 a year. The average wait from referral to first appointment "
              "was 14 weeks, although urgent cases were seen within 48 hours and the crisis line "
              "for young people was now available 24 hours a day. Mental Health Support Teams now "
              "covered 60% of pupils in the area's schools. The longest waits were for "
              "neurodevelopmental assessments for autism and ADHD, where some children had waited "
              "more than two years."),
        ("p", "A Member asked how many young people had spent more than 24 hours in the "
              "emergency department at Kingsmead Hospital while waiting for a mental health bed. "
              "The Director advised that this had happened on 23 occasions in the six months to "
              "September 2025, usually because no specialist inpatient bed was available anywhere "
              "in London. A paediatric mental health liaison team was now based in the emergency "
              "department from 8 am to 10 pm each day."),
        ("p", "Concern was expressed that some families were being advised to pay for a private "
              "assessment for ADHD because of the length of the waiting list, which Members felt "
              "was unfair to families on low incomes. The Director explained that patients could "
              "choose to be assessed by another provider under the NHS Right to Choose "
              "arrangements at no cost to the family and that the ICB was reviewing how this was "
              "communicated to parents. A Member commented that families in her ward had never "
              "been told about this option."),
        ("p", "Councillor Pettit asked what was being done for schools that did not yet have a "
              "Mental Health Support Team. The Director responded that the Trust and the ICB had "
              "bid for two further teams from April 2026, which would increase coverage to around "
              "75% of pupils, and that schools without a team could use the CAMHS advice line for "
              "school staff."),
        ("p", "The Healthwatch Hornfleet representative praised the young people's crisis café in "
              "Hornfleet town centre, which had been very well received by young people and their "
              "families."),
        ("p", "The Vice-Chairman requested that waiting times be broken down by borough and by "
              "ethnicity in future reports, as Members were aware of concerns that young people "
              "from some communities were less likely to be referred. The Director agreed to "
              "provide this information to the Joint Committee."),
        ("p", "The Joint Committee noted the presentation and the information provided by the "
              "Trust."),
    ]),
    ("16", "EAST THAMES ICB - FINANCIAL POSITION AND FUTURE ARRANGEMENTS", [
        ("p", "The Director of Strategy and Transformation explained that the ICB was forecasting "
              "a deficit of £18.6 million for 2025/26 across the local health system, after the "
              "delivery of savings of £94 million. NHS England had required all integrated care "
              "boards to reduce their running costs by 50%, and the ICB would merge with the "
              "neighbouring Lea Valley ICB from April 2026, subject to approval. Around 180 posts "
              "at the ICB were expected to be lost, and a voluntary redundancy scheme had opened "
              "in September."),
        ("p", "A Member asked whether the merger would reduce local accountability, given that "
              "the new ICB would cover a population of more than 2.5 million people. The Director "
              "responded that the borough-based place partnerships would remain in each of the "
              "five areas, with their own directors, and that the ICB would continue to attend "
              "the Joint Committee and the individual borough scrutiny committees."),
        ("p", "Councillor Fenwick expressed concern that a growing share of planned operations "
              "was being sent to private sector providers, and asked whether this was taking "
              "money away from NHS hospitals. In response, it was stated that independent sector "
              "providers carried out around 9% of elective activity in the area, paid at the same "
              "tariff as NHS providers, and that this had helped to reduce waiting lists for "
              "orthopaedics and ophthalmology."),
        ("p", "Members were concerned that the savings required could lead to reductions in "
              "services such as community nursing and asked to be told of any proposals affecting "
              "local services as early as possible."),
        ("p", "The Joint Committee noted the update and asked that the ICB report back on the "
              "outcome of the merger proposals at its meeting in April 2026."),
    ]),
    ("17", "JOINT COMMITTEE'S WORK PROGRAMME", [
        ("p", "The Joint Committee considered its work programme for the remainder of the "
              "municipal year. A Member asked that access to NHS dentistry, particularly for "
              "children, be added to the work programme and it was agreed that this would be "
              "considered at the April 2026 meeting."),
        ("p", "The following items were agreed for the meeting on 20 January 2026:"),
        ("list", [
            "Stroke rehabilitation - response to consultation",
            "DHRUT - winter update and delayed discharges by borough",
            "Community diagnostic centres",
            "Healthwatch annual reports",
        ]),
        ("p", "The Joint Committee AGREED the work programme, as amended."),
    ]),
    ("18", "URGENT BUSINESS", [
        ("p", "There was no urgent business."),
    ]),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8.5)
                self.set_xy(20, 10)
                self.cell(150, 5, RUNNING_HEAD, align="L")
                self.set_xy(20, 10)
                self.cell(170, 5, f"{self.page_no()}M", align="R")
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"{self.page_no()}M", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Outer East Thames Joint Health Overview and Scrutiny Committee")
    pdf.set_author("London Borough of Hornfleet")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.0
    # title block
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(0, 6, "MINUTES OF A MEETING OF THE\nOUTER EAST THAMES JOINT HEALTH OVERVIEW AND "
                         "SCRUTINY COMMITTEE\nCouncil Chamber, Hornfleet Town Hall\n"
                         "21 October 2025 (4.00 - 6.20 pm)", align="C")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, lh, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, lh, "COUNCILLORS", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for body, names in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(72, lh, body)
        y1 = pdf.get_y()
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(95, y)
        pdf.multi_cell(95, lh, names)
        pdf.set_y(max(y1, pdf.get_y()) + 1.5)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(20, y)
    pdf.multi_cell(72, lh, "Co-opted Members:")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(95, y)
    pdf.multi_cell(95, lh, CO_OPTED)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, lh, "Also present:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 10)
    for line in ALSO_PRESENT:
        pdf.multi_cell(0, lh, line)
        pdf.ln(0.8)
    pdf.ln(2)
    pdf.multi_cell(0, lh, "Four members of the public were also present.")
    pdf.ln(3)
    pdf.multi_cell(0, lh, "All decisions were taken with no votes against.")
    pdf.ln(3)
    pdf.multi_cell(0, lh, "The Chairman reminded Members of the action to be taken in an emergency.")
    pdf.ln(6)

    indent = 34
    width = 190 - indent
    for number, title, blocks in ITEMS:
        if pdf.get_y() > 297 - 22 - 20:
            pdf.add_page()
        pdf.set_font("Sans", "B", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(12, lh, number)
        pdf.set_xy(indent, y)
        pdf.multi_cell(width, lh, title)
        pdf.ln(2.5)
        pdf.set_font("Sans", "", 10)
        for kind, content in blocks:
            if kind == "p":
                pdf.set_x(indent)
                pdf.multi_cell(width, lh, content, align="J")
                pdf.ln(2.5)
            elif kind == "list":
                for entry in content:
                    y = pdf.get_y()
                    pdf.set_xy(indent + 2, y)
                    pdf.cell(6, lh, "•")
                    pdf.set_xy(indent + 8, y)
                    pdf.multi_cell(width - 8, lh, entry)
                    pdf.ln(1)
                pdf.ln(1.5)
            elif kind == "num":
                for i, entry in enumerate(content, 1):
                    y = pdf.get_y()
                    pdf.set_xy(indent, y)
                    pdf.cell(8, lh, f"{i}.")
                    pdf.set_xy(indent + 8, y)
                    pdf.multi_cell(width - 8, lh, entry, align="J")
                    pdf.ln(1.5)
                pdf.ln(1)
        pdf.ln(3)

    pdf.ln(14)
    pdf.set_x(120)
    pdf.cell(60, lh, "_" * 30, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(120)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(60, lh, "Chairman", align="C")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a committee report (Word)
# --------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("OUTER EAST THAMES JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE")
    r.bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("21 October 2025")
    r.bold = True

    rows = [
        ("Subject Heading:", "Stroke Rehabilitation - Proposed Consolidation of Inpatient Beds"),
        ("Report Author and contact details:",
         "Martin Okonjo-Clarke, Principal Democratic Services Officer, London Borough of "
         "Hornfleet. Tel: 020 7946 0418. E-mail: martin.okonjo-clarke@hornfleet.example.gov.uk"),
        ("Policy context:",
         "The Joint Committee scrutinises proposals for substantial developments or variations "
         "in the health service affecting more than one of the five participating councils, "
         "under the Local Authority (Public Health, Health and Wellbeing Boards and Health "
         "Scrutiny) Regulations 2013."),
        ("Financial summary:",
         "There are no financial implications for the participating councils arising from this "
         "report."),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(a).bold = True
        cells[1].text = b

    def heading(text):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text)
        r.bold = True

    heading("SUMMARY")
    d.add_paragraph(
        "East Thames Integrated Care Board (ICB) has written to the Chairman setting out "
        "proposals to bring together the two inpatient stroke rehabilitation units in the area, "
        "Beacon Ward at Daneford Community Hospital and the Orchard Unit at Redmere Community "
        "Hospital, into a single unit at the Wellmead Centre, Hornfleet. The ICB intends to "
        "begin a twelve week public consultation on 3 November 2025. Representatives of the ICB "
        "will attend the meeting to present the proposals.")
    d.add_paragraph(
        "This report sets out the Joint Committee's role in relation to the proposals and the "
        "decisions it is asked to take.")

    heading("RECOMMENDATIONS")
    d.add_paragraph(
        "1.\tThat the Joint Committee considers the proposals of the ICB and determines whether "
        "they constitute a substantial variation in the provision of health services in the "
        "Outer East Thames area.")
    d.add_paragraph(
        "2.\tThat, if the Joint Committee so determines, it agrees how it wishes to respond to "
        "the public consultation, including whether a sub-group of Members should be "
        "established to prepare a draft response for agreement at the meeting on 20 January "
        "2026.")

    heading("REPORT DETAIL")
    paras = [
        "1.\tBackground",
        "1.1\tThe ICB first briefed the Joint Committee on the future of stroke rehabilitation "
        "at its meeting in January 2025, when Members asked to be kept informed as the "
        "proposals developed. A summary of the case for change, prepared by the ICB, is "
        "attached as Appendix 1.",
        "1.2\tThe two existing units have 44 beds between them. The ICB proposes a 40 bed unit "
        "at the Wellmead Centre together with an expanded early supported discharge service. "
        "The ICB states that the proposals are expected to release approximately £1.1 million "
        "a year, which it intends to reinvest in community stroke rehabilitation.",
        "2.\tThe role of the Joint Committee",
        "2.1\tNHS bodies must consult the relevant health scrutiny body on any proposal for a "
        "substantial development or variation of services. Where a proposal affects more than "
        "one council area, the councils concerned must appoint a joint committee for the "
        "purpose of the consultation, and only that joint committee may respond.",
        "2.2\tSince 31 January 2024 the power of health scrutiny committees to refer contested "
        "proposals to the Secretary of State has been replaced by a power for the Secretary of "
        "State to call in proposals. A committee may write to the Secretary of State asking "
        "that a call-in be considered, but it should first have sought to resolve its concerns "
        "with the NHS body.",
        "3.\tIssues the Joint Committee may wish to explore",
        "3.1\tMembers may find it helpful to consider the following questions when the ICB "
        "presents its proposals:",
        "\u2022\tHow will patients and visitors without access to a car reach the Wellmead "
        "Centre, particularly from Thamesmere and the east of Barkwell & Daneford?",
        "\u2022\tIs a reduction from 44 to 40 beds realistic given the expected growth in the "
        "population over the next ten years?",
        "\u2022\tWhat will happen to the staff currently working on Beacon Ward and the Orchard "
        "Unit, and how will the new unit reduce reliance on agency therapists?",
        "\u2022\tHow will the views of stroke survivors, carers and the Healthwatch "
        "organisations be sought during the consultation, and will materials be available in "
        "easy read format and community languages?",
        "\u2022\tWhat will happen to the two community hospital buildings if the proposals are "
        "agreed?",
        "3.2\tThe Joint Committee is not being asked to support or oppose the proposals at this "
        "meeting. Its formal view will be given in its response to the consultation.",
    ]
    for text in paras:
        p = d.add_paragraph(text)
        if re.match(r"^\d\.\t", text):
            p.runs[0].bold = True

    heading("IMPLICATIONS AND RISKS")
    for label, text in [
        ("Financial implications and risks:",
         "There are no direct financial implications for the participating councils. Any "
         "officer time supporting a sub-group will be met from existing resources."),
        ("Legal implications and risks:",
         "The Joint Committee must respond to the consultation within the timescale set by the "
         "ICB. A failure to respond would not prevent the ICB from reaching a decision."),
        ("Human Resources implications and risks:",
         "None for the participating councils."),
        ("Equalities implications and risks:",
         "The ICB has published an initial equality impact assessment, which identifies older "
         "people, disabled people and people on low incomes as the groups most likely to be "
         "affected by longer journeys. Members may wish to satisfy themselves that the "
         "consultation will reach these groups."),
    ]:
        p = d.add_paragraph()
        p.add_run(label).bold = True
        d.add_paragraph(text)

    heading("BACKGROUND PAPERS")
    d.add_paragraph("Letter from the Director of Strategy and Transformation, East Thames ICB, "
                    "to the Chairman of the Joint Committee, 22 September 2025.")

    cp = d.core_properties
    cp.author = "Martin Okonjo-Clarke"
    cp.last_modified_by = "Martin Okonjo-Clarke"
    cp.title = "Stroke Rehabilitation - Proposed Consolidation of Inpatient Beds"
    cp.created = datetime(2025, 10, 8, 11, 0, 0)
    cp.modified = datetime(2025, 10, 10, 15, 20, 0)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps each zip member with the current time: rewrite with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 10, 15, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-21",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        # 13 DHRUT - winter planning and hospital discharge
        q("13", "question",
          "asked how many patients at the two hospitals were currently medically fit",
          "the figure had been 142 on the previous day",
          None, "Chief Operating Officer", ["adult-social-care"]),
        q("13", "concern",
          "expressed concern that residents of Barkwell & Daneford appeared to wait longer",
          "agreed to provide a breakdown of delayed discharges by borough of residence",
          "Councillor Okafor", "Chief Operating Officer", ["adult-social-care"]),
        q("13", "concern",
          "given little notice of discharge, in some cases late in the evening",
          "communication with families had not always been good enough",
          "Healthwatch Hornfleet representative", None,
          ["adult-social-care", "patient-and-public-input"]),
        q("13", "question",
          "a question about staffing of the escalation ward",
          "the ward would be staffed mainly from the Trust's own staff bank",
          None, "Chief Operating Officer", ["workforce"]),
        q("13", "question",
          "asked what proportion of frontline staff had been vaccinated against flu",
          "uptake among frontline staff stood at 41% so far",
          None, "Dr Ama Rowntree", ["public-health", "workforce"]),
        q("13", "request",
          "urged the Trust to do more to encourage its staff to be vaccinated",
          None, "Members", None, ["public-health", "workforce"]),
        q("13", "question",
          "questioned whether the virtual ward was a genuine alternative to a hospital bed",
          None, "Vice-Chairman", None, ["adult-social-care"]),
        q("13", "question",
          "whether Thamesmere residents treated at Kingsmead Hospital would be able to use",
          "the County Council had a social worker based in the hub",
          "Councillor Vellacott", None, ["adult-social-care", "integration"]),
        # 14 Stroke rehabilitation
        q("14", "concern",
          "expressed concern at the travel times for families from Thamesmere and the east",
          "a travel analysis had been commissioned which showed that 86% of the population",
          "Members", "Director of Strategy and Transformation", ["patient-and-public-input"]),
        q("14", "question",
          "asked whether any staff would be made redundant as a result of the proposals",
          "no redundancies were expected; staff on both units would be offered posts",
          None, None, ["workforce"]),
        q("14", "question",
          "questioned whether the proposals were being driven by the need to make savings",
          "all of this would be reinvested in the early supported discharge service",
          "Councillor Barraclough", "Director of Strategy and Transformation", ["finance"]),
        q("14", "request",
          "requested that consultation materials be produced in easy read format",
          "The ICB agreed to do this and to share the consultation plan",
          "Healthwatch Redmere representative", "ICB", ["patient-and-public-input"]),
        q("14", "question",
          "asked how the ICB could be confident that this would be sufficient",
          "length of stay was expected to fall by around five days",
          "Chairman", "Dr Asante-Lowe", []),
        # 15 CYP mental health
        q("15", "question",
          "spent more than 24 hours in the emergency department at Kingsmead Hospital",
          "this had happened on 23 occasions in the six months to September 2025",
          None, "Director", ["mental-health", "children-and-families"]),
        q("15", "concern",
          "some families were being advised to pay for a private assessment for ADHD",
          "patients could choose to be assessed by another provider under the NHS",
          None, "Director", ["mental-health", "children-and-families"]),
        q("15", "comment",
          "A Member commented that families in her ward had never been told",
          None, None, None, ["mental-health", "children-and-families"]),
        q("15", "question",
          "asked what was being done for schools that did not yet have",
          "bid for two further teams from April 2026",
          "Councillor Pettit", "Director", ["mental-health", "children-and-families"]),
        q("15", "comment",
          "praised the young people's crisis café in Hornfleet town centre",
          None, "Healthwatch Hornfleet representative", None,
          ["mental-health", "children-and-families"]),
        q("15", "request",
          "requested that waiting times be broken down by borough and by ethnicity",
          "The Director agreed to provide this information to the Joint Committee",
          "Vice-Chairman", "Director", ["mental-health", "children-and-families"]),
        # 16 ICB finance and merger
        q("16", "question",
          "asked whether the merger would reduce local accountability",
          "the borough-based place partnerships would remain in each of the five areas",
          None, "Director", ["governance", "integration"]),
        q("16", "concern",
          "a growing share of planned operations was being sent to private sector providers",
          "independent sector providers carried out around 9% of elective activity in the area",
          "Councillor Fenwick", None, ["privatisation", "subcontracting", "finance"]),
        q("16", "concern",
          "savings required could lead to reductions in services such as community nursing",
          None, "Members", None, ["finance"]),
        # 17 Work programme
        q("17", "request",
          "asked that access to NHS dentistry, particularly for children, be added",
          "it was agreed that this would be considered at the April 2026 meeting",
          None, None, ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        {"item": "12", "text": "minutes of the meeting of the Joint Committee held on 15 July 2025",
         "outcome": "agreed", "themes": []},
        {"item": "13", "text": "noted the position and AGREED that the Trust should provide figures",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "14",
         "text": "the proposals for stroke rehabilitation represented a substantial variation",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "15", "text": "noted the presentation and the information provided by the Trust",
         "outcome": "noted", "themes": ["mental-health", "children-and-families"]},
        {"item": "16",
         "text": "asked that the ICB report back on the outcome of the merger proposals",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "17", "text": "The Joint Committee AGREED the work programme, as amended",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Sabina Okafor", "role": None, "attendance": "present"},
        {"name": "Dermot Fenwick", "role": None, "attendance": "present"},
        {"name": "Carol Whitlow", "role": "Chairman", "attendance": "present"},
        {"name": "Graham Pettit", "role": None, "attendance": "present"},
        {"name": "Beverley Ashdown", "role": None, "attendance": "present"},
        {"name": "Lionel Barraclough", "role": None, "attendance": "present"},
        {"name": "Richard Tennant", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Marcus Vellacott", "role": None, "attendance": "present"},
        {"name": "Ivor Penhaligon", "role": "Healthwatch Hornfleet", "attendance": "present"},
        {"name": "Cathy Dunmore", "role": "Healthwatch Redmere", "attendance": "present"},
        {"name": "Councillor Harriet Loveday",
         "role": "Cabinet Member for Adults and Health, London Borough of Hornfleet",
         "attendance": "in_attendance"},
        {"name": "Sheila Marchbank", "role": "Chief Operating Officer, DHRUT",
         "attendance": "in_attendance"},
        {"name": "Dr Ama Rowntree", "role": "Chief Medical Officer, DHRUT",
         "attendance": "in_attendance"},
        {"name": "Tomasz Wilding", "role": "Director of Strategy and Transformation, East Thames ICB",
         "attendance": "in_attendance"},
        {"name": "Dr Kwame Asante-Lowe", "role": "Clinical Lead for Stroke, East Thames ICB",
         "attendance": "in_attendance"},
        {"name": "Priya Venkataraman",
         "role": "Director of Children's Services, Northmarsh NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Joanne Frith",
         "role": "Assistant Director, Adult Social Care, London Borough of Hornfleet",
         "attendance": "in_attendance"},
        {"name": "Martin Okonjo-Clarke",
         "role": "Principal Democratic Services Officer, London Borough of Hornfleet",
         "attendance": "in_attendance"},
        {"name": "Councillor Nadia Qureshi", "role": None, "attendance": "apologies"},
        {"name": "Councillor Yasmin Halloran", "role": None, "attendance": "apologies"},
        {"name": "Ruth Abernethy", "role": "Healthwatch Barkwell & Daneford",
         "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def count(phrase: str, text: str) -> int:
    p = norm(phrase)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text))


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("jq-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"{gpath.name}: item {row['item']} not in items")
                bad += 1
        for kind, ph in phrases:
            n = count(ph, text)
            words = len(norm(ph).split())
            if n != 1 or not 6 <= words <= 15:
                print(f"{gpath.name}: {kind} found {n}x, {words} words: {ph!r}")
                bad += 1
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
