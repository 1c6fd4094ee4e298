#!/usr/bin/env python3
"""Build the "kt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kt.py           build documents/kt-* and gold/kt-*.json
        build_kt.py --check   verify every gold phrase occurs once in its document
"""
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

MINUTES_NAME = "kt-mottbridge-health-asc-scrutiny-panel-2025-01-16.docx"
REPORT_NAME = "kt-mottbridge-report-asc-cqc-assessment-2025-01-16.pdf"

FIXED = dt.datetime(2025, 1, 21, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------
# Block kinds: ("p", text) body paragraph; ("item", number, title); ("resolved", intro,
# [clauses]) where clauses may be empty; ("bullets", [texts]); ("decl", rows)

PANEL = "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL"

PRESENT = ("Councillors Dalgleish (Chair), Hurst (Deputy Chair), Ashcroft, Buckley, Chadwick, "
           "Fairhurst, Lees, Ogden and Whitehead")
IN_ATTENDANCE = [
    ("Councillor Rita Shawcross", "Executive Member (Adult Social Care, Homelessness and Inclusivity)"),
    ("Councillor Imran Sabir", "Executive Member (Population Health and Wellbeing)"),
    ("Councillor Neil Thornley", "Executive Member (Finance, Resources and Transformation)"),
    ("Joanne Threlfall", "Director of Adult Services"),
    ("Martin Ridehalgh", "Assistant Director, Adult Services"),
    ("Dr Sunita Varma", "Director of Population Health"),
    ("Kathryn Bramall", "Assistant Director of Finance"),
    ("Dr Helen Oakes", "Chief Operating Officer, Mottbridge and Glossdale Integrated Care NHS Foundation Trust"),
    ("Peter Gartside", "Associate Director of Primary Care, NHS Pennine Cross Integrated Care Board (Mottbridge Locality)"),
    ("Gemma Haworth", "Policy and Strategy Lead (Scrutiny)"),
]
APOLOGIES = "Councillors Kenworthy and Pickford"

BLOCKS = [
    ("item", "31.", "MINUTES"),
    ("p", "The minutes of the meeting of the Health and Adult Social Care Scrutiny Panel held on "
          "14 November 2024 were approved as a correct record and signed by the Chair."),

    ("item", "32.", "DECLARATIONS OF INTEREST"),
    ("decl", [
        ("Members", "Subject Matter", "Type of Interest", "Nature of Interest"),
        ("Councillor Chadwick", "Item 34 – Urgent and Emergency Care – Winter 2024/25", "Personal",
         "Employed by Mottbridge and Glossdale Integrated Care NHS Foundation Trust"),
        ("Councillor Lees", "Item 35 – Access to General Practice", "Personal",
         "Spouse is a salaried GP at a practice in the borough"),
    ]),

    ("item", "33.", "ADULT SOCIAL CARE – CQC ASSESSMENT AND IMPROVEMENT PLAN"),
    ("p", "The Panel welcomed Councillor Rita Shawcross, Executive Member (Adult Social Care, "
          "Homelessness and Inclusivity), Joanne Threlfall, Director of Adult Services, and Martin "
          "Ridehalgh, Assistant Director, Adult Services, to present the outcome of the Care Quality "
          "Commission (CQC) assessment of the Council’s adult social care functions and the "
          "improvement plan developed in response."),
    ("p", "The Executive Member reminded Members that local authority assurance had been introduced "
          "under the Health and Care Act 2022 and that Mottbridge had been notified of its assessment "
          "in June 2024, with the on-site visit taking place over three days in September. The final "
          "report, published on 5 December 2024, gave the Council an overall rating of ‘Requires "
          "Improvement’, with a score of 2 (evidence shows some shortfalls) against six of the nine "
          "quality statements. The Executive Member stated that the outcome was disappointing but not "
          "unexpected, and reflected the Council’s own self-assessment submitted to CQC in July 2024."),
    ("p", "The Director explained that the inspectors had spoken to 72 people who drew on care and "
          "support, unpaid carers, staff, partners and providers. CQC had recognised strong "
          "partnership working with the NHS through the neighbourhood teams, a committed and "
          "knowledgeable workforce, and good practice in the reablement service, where 84% of people "
          "remained at home 91 days after discharge. The areas for improvement identified in the "
          "report were waiting times for Care Act assessments and annual reviews, the offer to unpaid "
          "carers, the use of data to understand outcomes for people, and the consistency of "
          "information and advice available to self-funders. The improvement plan attached to the "
          "report contained 38 actions across these areas and would be overseen by an Adult Social "
          "Care Improvement Board chaired by the Chief Executive, with progress reported to the "
          "Executive Cabinet quarterly."),
    ("p", "Members sought clarification on the number of people currently waiting for a Care Act "
          "assessment and how long they were waiting. The Assistant Director advised that at the end "
          "of December 2024 there were 412 people waiting for an assessment, down from 586 in June "
          "2024, and that the median wait was nine weeks, with the longest wait 31 weeks. Every person "
          "on the waiting list had been risk-rated and was contacted at least every six weeks so that "
          "any change in their circumstances could be picked up, and additional capacity had been "
          "brought in through overtime and a temporary team focused on the oldest cases."),
    ("p", "Councillor Whitehead asked how the Council would know whether the improvement plan was "
          "making a difference to the people who used services, rather than simply completing "
          "actions. The Director acknowledged the point and advised that the plan included a set of "
          "outcome measures developed with the Making It Real board, a group of people with lived "
          "experience of care and support, who would also sit on the Improvement Board. The annual "
          "adult social care survey and the biennial carers’ survey would provide further evidence, "
          "alongside feedback gathered by Healthwatch Mottbridge."),
    ("p", "Concerns were expressed regarding the findings on support for unpaid carers, with Members "
          "noting that only 19% of carers who responded to the most recent survey were satisfied with "
          "the support they received. Councillor Ashcroft stated that carers in her ward had told her "
          "they did not know a carers’ assessment was available to them. The Director accepted that "
          "the carers’ offer had not kept pace with demand and explained that the carers’ support "
          "service, currently provided by Mottbridge Carers Centre under a contract due to end in "
          "September 2025, would be recommissioned with a stronger focus on identifying carers through "
          "GP practices and the hospital, and that a refreshed Carers Strategy would be co-produced "
          "with carers during spring 2025."),
    ("p", "A Member raised concerns about the reliance on agency social workers in the locality teams "
          "and the effect this had on continuity for residents. In response, the Assistant Director "
          "reported that the number of agency social workers had fallen from 24 to 11 since April "
          "2024, following a recruitment campaign, a refreshed market supplement and the Council’s "
          "first cohort of social work apprentices, who would qualify in 2026. Staff turnover in adult "
          "social care was now 13.2%, compared with 17.8% a year earlier."),
    ("p", "Councillor Buckley asked whether there was enough capacity in the home care market to meet "
          "the additional demand that would follow from clearing the assessment backlog. The Executive "
          "Member responded that there were currently no people waiting for a package of home care in "
          "the borough and that the Council’s framework of 14 external providers had capacity, although "
          "recruitment of care workers remained difficult in the more rural parts of the borough. She "
          "added that the increase in employers’ National Insurance contributions from April 2025 "
          "would put pressure on providers, which would be considered as part of the fee setting "
          "process for 2025/26."),
    ("p", "The Panel requested that future updates include the waiting list figures broken down by "
          "locality team and by the length of wait."),
    ("resolved", "That:", [
        ("(i)", "the outcome of the CQC assessment and the Adult Social Care Improvement Plan be noted;"),
        ("(ii)", "a progress report on the Improvement Plan, including the information requested by "
                 "Members, be presented to the Panel in July 2025; and"),
        ("(iii)", "Councillor Shawcross, Joanne Threlfall and Martin Ridehalgh be thanked for attending "
                  "the meeting."),
    ]),

    ("item", "34.", "URGENT AND EMERGENCY CARE – WINTER 2024/25"),
    ("p", "Dr Helen Oakes, Chief Operating Officer, Mottbridge and Glossdale Integrated Care NHS "
          "Foundation Trust, gave a presentation on the performance of urgent and emergency care "
          "services at Mottbridge General Hospital over the winter period, a copy of which had been "
          "circulated with the agenda."),
    ("p", "Dr Oakes advised that December 2024 had been the busiest month on record for the Emergency "
          "Department, with an average of 389 attendances a day and a peak of 451 on 30 December. "
          "Performance against the four-hour standard had been 68.4% in December, against a national "
          "planning target of 78% by March 2025. Ambulance handover times had improved following the "
          "opening of a dedicated handover area in November, with the average handover now taking 27 "
          "minutes. Bed occupancy had remained above 97% throughout the period, and flu admissions had "
          "peaked in the first week of January, when 64 patients with flu were in the hospital at one "
          "time. The Trust had declared an internal critical incident on 2 January 2025, which had "
          "lasted for 36 hours. On an average day there were 78 patients in the hospital who no longer "
          "met the criteria to reside, the majority of whom were waiting for a care home placement or "
          "for a package of care in a neighbouring borough."),
    ("p", "Councillor Ogden asked about the length of time that people in mental health crisis were "
          "waiting in the Emergency Department for a specialist bed. Dr Oakes acknowledged that this "
          "remained a significant problem; in December, 23 patients had waited more than 24 hours in "
          "the department for a mental health bed, the longest wait being 61 hours. The Trust was "
          "working with the mental health trust and the ICB on a crisis assessment unit on the "
          "hospital site, which was expected to open in the spring."),
    ("p", "Members raised concerns about the number of patients who were medically fit to leave "
          "hospital but remained on a ward, and asked what the Council was doing to help. The "
          "Assistant Director, Adult Services, explained that the integrated discharge team, which "
          "brought together hospital and Council staff in a single team, had supported an average of "
          "41 discharges a day in December under the Home First approach. Twelve additional step-down "
          "beds had been block purchased at Fernlea Court from November using the Better Care Fund, "
          "and the Council’s reablement service had extended its hours to 10.00pm. He added that most "
          "of the patients who remained in hospital were residents of neighbouring boroughs, and that "
          "discussions were taking place with those councils through the locality board."),
    ("p", "The Chair queried whether patients were still being cared for on trolleys in corridors. "
          "Dr Oakes confirmed that at times of peak pressure patients had been cared for in temporary "
          "escalation spaces, including the corridor outside the Emergency Department, and that this "
          "was recorded on the Trust’s risk register and reported to its Board. She stressed that every "
          "patient in a temporary escalation space was allocated a named nurse, but accepted that this "
          "was not the standard of care that the Trust wanted to provide."),
    ("p", "In response to a question about staff sickness over the winter, Dr Oakes reported that "
          "sickness absence across the Trust had reached 6.1% in December, with the highest rates among "
          "nursing staff on the medical wards, and that the Trust had offered the flu vaccination to "
          "all staff, with uptake at 44%."),
    ("p", "Councillor Fairhurst commented that residents in Haughfield and Stonecliffe continued to "
          "tell her that they had waited many hours for an ambulance after a fall, and that the Panel "
          "should consider inviting the ambulance service to a future meeting."),
    ("p", "The Panel noted the presentation and thanked Dr Oakes for her attendance."),

    ("item", "35.", "ACCESS TO GENERAL PRACTICE"),
    ("p", "The Panel welcomed Peter Gartside, Associate Director of Primary Care, NHS Pennine Cross "
          "Integrated Care Board (Mottbridge Locality), who presented a report on access to general "
          "practice in the borough. The report set out that there were 31 GP practices in Mottbridge, "
          "working together in six primary care networks, with a registered population of 236,400. "
          "Practices had delivered 1.41 million appointments in 2023/24, an increase of 7% on the "
          "previous year, and 44% of appointments were now with a GP, the remainder being with "
          "practice nurses, pharmacists, physiotherapists and other roles funded through the "
          "Additional Roles Reimbursement Scheme. Mr Gartside drew Members’ attention to the results of "
          "the 2024 GP Patient Survey, in which 66% of respondents in Mottbridge described their "
          "experience of contacting their practice as good, compared with 67% nationally, and to the "
          "collective action taken by GPs since August 2024, which had so far had a limited effect on "
          "appointment numbers locally."),
    ("p", "Councillor Lees asked what was being done to end the 8am rush for appointments, which "
          "residents continued to raise with her as their biggest frustration. Mr Gartside explained "
          "that all but two practices had moved to cloud-based telephony, which allowed callers to be "
          "told their place in the queue or to request a call back, and that 19 practices now offered "
          "an online consultation form throughout opening hours. The ICB was supporting practices to "
          "adopt a ‘modern general practice’ model, in which every request was assessed and directed "
          "to the right member of the practice team, and this had been shown to spread demand more "
          "evenly across the day."),
    ("p", "Councillor Buckley expressed concern at the proposed closure of the Ashbrow branch surgery "
          "of Millhey Family Practice, and asked what consultation had taken place with patients, many "
          "of whom were older people without access to a car. Mr Gartside advised that the practice "
          "had applied to close the branch in October 2024, citing the condition of the building and "
          "difficulties in recruiting. The practice had written to all 3,200 patients registered at "
          "the branch and held two drop-in sessions, and the ICB’s Primary Care Commissioning "
          "Committee had deferred a decision in December so that the practice could carry out further "
          "engagement with patients and its Patient Participation Group, and consider a transport "
          "offer. A decision was now expected in March 2025."),
    ("p", "A Member asked why, when residents were struggling to get appointments, newly qualified "
          "GPs in the area were reported to be unable to find work. Mr Gartside explained that the way "
          "in which practices were funded meant that many could not afford to employ additional "
          "salaried GPs, particularly following increases in staff costs. Since October 2024 practices "
          "had been able to claim for newly qualified GPs through the Additional Roles Reimbursement "
          "Scheme, and 11 GPs had been recruited in Mottbridge under the scheme so far."),
    ("p", "The Panel requested that the appointment data for each practice, and the GP Patient Survey "
          "results by practice, be circulated to Members. Mr Gartside agreed to provide this following "
          "the meeting."),
    ("resolved", "That Peter Gartside be thanked for attending the meeting, and the Chair write to the "
                 "ICB’s Mottbridge Locality Board setting out the Panel’s concerns regarding the proposed "
                 "closure of the Ashbrow branch surgery.", []),

    ("item", "36.", "BUDGET CONSULTATION 2025/26"),
    ("p", "The Panel welcomed Councillor Neil Thornley, Executive Member (Finance, Resources and "
          "Transformation), and Kathryn Bramall, Assistant Director of Finance, to present the budget "
          "position for 2025/26 and the savings proposals relevant to the Panel’s remit, which were "
          "currently subject to public consultation."),
    ("p", "The Assistant Director of Finance advised that the provisional local government finance "
          "settlement published on 18 December 2024 had provided an increase in core spending power of "
          "6.4% for Mottbridge, which assumed an increase in council tax of 4.99%, including the 2% "
          "adult social care precept. Despite this, the Council faced a budget gap of £19.6 million for "
          "2025/26 before savings, rising to £41.2 million by 2027/28, largely as a result of demand in "
          "adult and children’s social care and the cost of home to school transport. Adult social care "
          "accounted for 43% of the Council’s net revenue budget. Savings proposals of £6.8 million had "
          "been identified within Adult Services, including a review of the transport offer to day "
          "services, the use of assistive technology to reduce the size of some care packages, and "
          "changes to the charging policy for non-residential care, for which a separate consultation "
          "would be required."),
    ("p", "The following comments and questions were raised by Members:"),
    ("bullets", [
        "Councillor Hurst asked how much the increase in employers’ National Insurance contributions "
        "would cost providers of care commissioned by the Council, and whether the Council would be "
        "compensated. The Assistant Director of Finance advised that the estimated cost to "
        "commissioned providers was £3.1 million and that the Council was not expecting this to be met "
        "by Government, although the additional Social Care Grant announced in the settlement would "
        "partly offset the pressure.",
        "Members expressed concern that reducing the transport offer to day services would leave some "
        "older and disabled residents unable to attend, and increase isolation. The Executive Member "
        "stated that no decisions had been made and that the consultation responses would be "
        "considered carefully; each person’s transport needs would be reassessed individually and "
        "nobody with an eligible need would lose transport.",
        "A Member asked how many responses had been received to the Big Conversation budget "
        "consultation. In response, it was reported that 1,146 responses had been received by 10 "
        "January, with the consultation closing on 3 February 2025; responses from people under 25 "
        "were low and officers were working with the Youth Council to address this.",
        "Councillor Chadwick questioned the level of reserves the Council was planning to use to "
        "balance the budget. The Executive Member advised that the draft budget assumed the use of "
        "£4.5 million of reserves in 2025/26, which was not sustainable, and that the Council’s general "
        "fund reserves were among the lowest of comparable metropolitan boroughs.",
        "Councillor Ogden commented that the Council should continue to lobby Government, with other "
        "councils, for a multi-year funding settlement and long-term reform of adult social care "
        "funding.",
    ]),
    ("resolved", "That:", [
        ("(i)", "the budget position for 2025/26 and the savings proposals within the Panel’s remit be "
                "noted;"),
        ("(ii)", "the Executive Cabinet be recommended to ensure that the outcome of the consultation on "
                 "day services transport is reported to Members before any decision is taken; and"),
        ("(iii)", "Councillor Thornley and Kathryn Bramall be thanked for attending the meeting."),
    ]),

    ("item", "37.", "STOP SMOKING SERVICES AND VAPING"),
    ("p", "Councillor Imran Sabir, Executive Member (Population Health and Wellbeing), and Dr Sunita "
          "Varma, Director of Population Health, presented an update on the borough’s tobacco control "
          "activity and the Be Smoke Free Mottbridge stop smoking service. Smoking prevalence among "
          "adults in Mottbridge had fallen from 19.8% in 2019 to 14.1% in 2023, but remained above the "
          "England average of 11.9%, with much higher rates among people in routine and manual "
          "occupations and people with a serious mental illness. The stop smoking service had been "
          "brought back in-house in April 2023 when the previous contract with a private provider came "
          "to an end, and the Council had received an additional £398,000 through the Local Stop "
          "Smoking Services and Support Grant in 2024/25, which had been used to recruit three "
          "additional advisers and to offer a free vape starter kit to smokers setting a quit date."),
    ("p", "Members welcomed the improvement in the quit rate, which at 58% at four weeks was above the "
          "regional average, and commented that the service should be promoted more widely in the east "
          "of the borough."),
    ("p", "Councillor Hurst raised concern about the number of children and young people who were "
          "vaping, and asked what was being done to enforce the ban on sales to under 18s. Dr Varma "
          "advised that the 2024 Mottbridge school health survey had found that 9% of pupils in Year 10 "
          "vaped regularly. Trading Standards had carried out 46 test purchases at shops across the "
          "borough in 2024, resulting in 11 sales to under-age volunteers, and had seized more than "
          "6,000 illegal vapes. Dr Varma added that the Tobacco and Vapes Bill, currently before "
          "Parliament, would give councils further powers."),
    ("p", "A Member asked whether the service would be put out to tender again in future. The "
          "Executive Member stated that there were no plans to do so; bringing the service in-house had "
          "reduced management costs and allowed it to work closely with the Council’s health "
          "improvement team and NHS partners."),
    ("p", "Councillor Lees asked what support was available for pregnant smokers. Dr Varma explained "
          "that the Trust’s maternity tobacco dependence service offered support to every pregnant "
          "woman who smoked at the time of booking, including shopping vouchers for those who "
          "remained smoke free, and that smoking at time of delivery had fallen to 8.2%."),
    ("resolved", "That Councillor Sabir and Dr Varma be thanked for attending the meeting.", []),

    ("item", "38.", "CHAIR’S UPDATE AND WORK PROGRAMME"),
    ("p", "The Chair provided a verbal update on the activity of the Panel since the last meeting. "
          "Members of the Panel had visited the integrated discharge team at Mottbridge General "
          "Hospital on 9 December 2024, and the Chair and Deputy Chair had met the Director of Adult "
          "Services to agree the scope of the Panel’s review of support for unpaid carers, which would "
          "begin in February. The work programme for the remainder of 2024/25 was circulated at the "
          "meeting."),
    ("p", "Councillor Whitehead requested that the Panel consider the waiting times for home "
          "adaptations funded through the Disabled Facilities Grant as part of the work programme for "
          "2025/26. The Chair agreed that this would be considered when the work programme was drawn "
          "up in June 2025."),
    ("resolved", "That the Chair’s update and the work programme for 2024/25 be noted.", []),

    ("item", "39.", "DATE OF NEXT MEETING"),
    ("p", "To note that the next meeting of the Health and Adult Social Care Scrutiny Panel is "
          "scheduled to take place on Thursday 13 March 2025 at 6.00pm."),

    ("item", "40.", "URGENT ITEMS"),
    ("p", "The Chair reported that there were no urgent items had been received for consideration at "
          "this meeting."),
]


def _set_cell_borders(table, show):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if show else "nil")
        if show:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def build_minutes(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.0)

    # running header and footer
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    hr = hp.add_run("Health and Adult Social Care Scrutiny Panel\t16 January 2025")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp)

    INDENT = Cm(1.4)

    def body(text, bold=False, indent=INDENT, first=None, after=8, justify=True):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = indent
        if first is not None:
            pf.first_line_indent = first
        pf.space_after = Pt(after)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(text)
        r.bold = bold
        return p

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(PANEL)
    r.bold = True
    r.font.size = Pt(12)
    t.paragraph_format.space_after = Pt(0)
    d = doc.add_paragraph()
    d.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_run("16 January 2025").bold = True
    d.paragraph_format.space_after = Pt(12)

    for label, value in (("Commenced:", "6.00pm"), ("Terminated:", "7.52pm")):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        p.paragraph_format.space_after = Pt(0)
        p.add_run(label).bold = True
        p.add_run("\t" + value)
    doc.add_paragraph()

    # attendance: a borderless two-column table
    att = doc.add_table(rows=3, cols=2)
    att.alignment = WD_TABLE_ALIGNMENT.LEFT
    _set_cell_borders(att, False)
    widths = (Cm(4.2), Cm(12.2))
    for row in att.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    labels = ("Present:", "In Attendance:", "Apologies for Absence:")
    for row, label in zip(att.rows, labels):
        row.cells[0].paragraphs[0].add_run(label).bold = True
    att.rows[0].cells[1].paragraphs[0].add_run(PRESENT)
    att.rows[0].cells[1].paragraphs[0].paragraph_format.space_after = Pt(10)
    cell = att.rows[1].cells[1]
    for i, (name, role) in enumerate(IN_ATTENDANCE):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(0) if i < len(IN_ATTENDANCE) - 1 else Pt(10)
        pf.tab_stops.add_tab_stop(Cm(5.2))
        pf.left_indent = Cm(5.2)
        pf.first_line_indent = Cm(-5.2)
        p.add_run(f"{name}\t{role}")
    att.rows[2].cells[1].paragraphs[0].add_run(APOLOGIES)
    doc.add_paragraph()

    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = INDENT
            pf.first_line_indent = -INDENT
            pf.tab_stops.add_tab_stop(INDENT)
            pf.space_before = Pt(10)
            pf.space_after = Pt(8)
            pf.keep_with_next = True
            p.add_run(f"{num}\t{title}").bold = True
        elif kind == "p":
            body(block[1])
        elif kind == "bullets":
            for text in block[1]:
                p = doc.add_paragraph(style="List Bullet")
                pf = p.paragraph_format
                pf.left_indent = Cm(2.1)
                pf.first_line_indent = Cm(-0.7)
                pf.space_after = Pt(6)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.add_run(text)
        elif kind == "decl":
            rows = block[1]
            tbl = doc.add_table(rows=len(rows), cols=4)
            tbl.style = doc.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            tw = (Cm(3.4), Cm(4.6), Cm(2.4), Cm(5.2))
            for ri, vals in enumerate(rows):
                for ci, val in enumerate(vals):
                    c = tbl.rows[ri].cells[ci]
                    c.width = tw[ci]
                    run = c.paragraphs[0].add_run(val)
                    run.font.size = Pt(10)
                    run.bold = ri == 0
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "resolved":
            _, intro, clauses = block
            body("RESOLVED", bold=True, after=4, justify=False).paragraph_format.keep_with_next = True
            body(intro, after=4 if clauses else 8)
            for n, (lab, text) in enumerate(clauses):
                p = doc.add_paragraph()
                pf = p.paragraph_format
                pf.left_indent = Cm(2.6)
                pf.first_line_indent = Cm(-1.2)
                pf.tab_stops.add_tab_stop(Cm(2.6))
                pf.space_after = Pt(4 if n < len(clauses) - 1 else 8)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.add_run(f"{lab}\t{text}")

    for _ in range(3):
        doc.add_paragraph()
    c = doc.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run("CHAIR").bold = True

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Health and Adult Social Care Scrutiny Panel - 16 January 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_deterministic_zip(buf.getvalue(), path)


def _write_deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 21, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------------------
COVER = [
    ("Report to:", "HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL"),
    ("Date:", "16 January 2025"),
    ("Executive Member:", "Councillor Rita Shawcross – Executive Member (Adult Social Care, Homelessness "
                          "and Inclusivity)"),
    ("Reporting Officer:", "Joanne Threlfall – Director of Adult Services"),
    ("Subject:", "ADULT SOCIAL CARE – CQC ASSESSMENT OUTCOME AND IMPROVEMENT PLAN"),
    ("Report Summary:", "The Care Quality Commission (CQC) assessed how Mottbridge Council meets its "
                        "duties under Part 1 of the Care Act 2014 during 2024. The final assessment "
                        "report was published on 5 December 2024 and rated the Council as Requires "
                        "Improvement. This report summarises the findings and sets out the Adult Social "
                        "Care Improvement Plan prepared in response."),
    ("Recommendations:", "That the Panel:\n(i) notes the outcome of the CQC assessment;\n(ii) considers "
                         "and comments on the draft Improvement Plan at Appendix 1; and\n(iii) agrees to "
                         "receive a progress report in July 2025."),
    ("Corporate Plan:", "The Improvement Plan supports the Corporate Plan priorities to help people live "
                        "independent lifestyles supported by responsible communities, and to support "
                        "longer and healthier lives with good mental health."),
    ("Policy Implications:", "There are no direct policy implications arising from this report."),
    ("Financial Implications:\n(Authorised by the statutory Section 151 Officer & Chief Finance "
     "Officer)", "The actions in the Improvement Plan will be delivered within the approved Adult "
                 "Services revenue budget for 2024/25, supplemented by £0.35 million of the Market "
                 "Sustainability and Improvement Fund. Any recurrent costs arising from 2025/26 onwards "
                 "will need to be considered as part of the Council's budget setting process."),
    ("Legal Implications:\n(Authorised by the Borough Solicitor)", "Section 46 of the Health and Care "
     "Act 2022 inserted section 46A into the Health and Social Care Act 2008, placing a duty on CQC to "
     "review and assess local authorities' performance of their adult social care functions. The "
     "Secretary of State has powers of intervention where a council is failing to discharge those "
     "functions to an acceptable standard."),
    ("Risk Management:", "Failure to deliver the Improvement Plan may result in a further assessment "
                         "and, in the most serious cases, intervention. Risks are recorded on the "
                         "Adult Services risk register."),
    ("Background Information:", "The background papers relating to this report can be inspected by "
                                "contacting Martin Ridehalgh, Assistant Director, Adult Services:\n"
                                "Telephone: 0161 496 0741\n"
                                "e-mail: martin.ridehalgh@mottbridge.gov.uk"),
]

SECTIONS = [
    ("1.", "INTRODUCTION", [
        ("1.1", "The Health and Care Act 2022 gave CQC a new duty to assess how local authorities meet "
                "their duties under Part 1 of the Care Act 2014. Assessments began nationally in "
                "December 2023. Mottbridge was notified of its assessment on 11 June 2024 and submitted "
                "its information return and self-assessment on 19 July 2024."),
        ("1.2", "The on-site element of the assessment took place between 17 and 19 September 2024. "
                "Inspectors met 72 people who draw on care and support, unpaid carers, frontline staff, "
                "managers, partners and providers, and reviewed the records of 10 people."),
    ]),
    ("2.", "THE ASSESSMENT FRAMEWORK", [
        ("2.1", "CQC assesses local authorities against nine quality statements grouped under four "
                "themes. Each theme is framed as a question:"),
        ("", "Theme 1 – Working with people: how does the local authority work with people to assess "
             "needs, plan care and support, and promote independence?"),
        ("", "Theme 2 – Providing support: how does the local authority work with partners and the "
             "market to make sure care and support is available?"),
        ("", "Theme 3 – How the local authority ensures safety within the system: are people safe, and "
             "are transitions and safeguarding well managed?"),
        ("", "Theme 4 – Leadership: is there clear leadership, governance and a culture of learning and "
             "improvement?"),
        ("2.2", "Each quality statement is scored from 1 to 4 and the scores are combined into an "
                "overall rating of Outstanding, Good, Requires Improvement or Inadequate."),
    ]),
    ("3.", "THE OUTCOME OF THE ASSESSMENT", [
        ("3.1", "The Council received an overall rating of Requires Improvement, with an aggregated "
                "score of 49%. Three quality statements were scored 3 (evidence shows a good standard) "
                "and six were scored 2 (evidence shows some shortfalls)."),
        ("3.2", "Strengths identified by CQC included partnership working with the NHS through the "
                "neighbourhood teams, the reablement service, where 84% of people were still at home 91 "
                "days after discharge, and a committed and knowledgeable workforce."),
        ("3.3", "Areas for improvement were: waiting times for Care Act assessments and reviews; the "
                "support offer to unpaid carers; the use of data to understand people's outcomes; and "
                "the consistency of information and advice, particularly for people who fund their own "
                "care."),
    ]),
    ("4.", "THE IMPROVEMENT PLAN", [
        ("4.1", "The Improvement Plan at Appendix 1 contains 38 actions. It has been developed with the "
                "Making It Real board and will be overseen by an Adult Social Care Improvement Board "
                "chaired by the Chief Executive. Progress will be reported quarterly to the Executive "
                "Cabinet. The key actions are summarised below."),
    ]),
]

PLAN_TABLE = [
    ("Area for improvement", "Key action", "Lead", "By"),
    ("Waiting times", "Reduce the number waiting for a Care Act assessment to below 250, with no wait "
                      "over 12 weeks", "Assistant Director, Adult Services", "Sep 2025"),
    ("Unpaid carers", "Recommission the carers' support service and co-produce a refreshed Carers "
                      "Strategy", "Head of Commissioning", "Oct 2025"),
    ("Data and outcomes", "Introduce an outcomes dashboard reported to the Improvement Board",
     "Head of Performance", "Jun 2025"),
    ("Information and advice", "Relaunch the online information hub and a self-funder advice offer",
     "Head of Early Help", "Jul 2025"),
]

AFTER = [
    ("5.", "MATTERS FOR THE PANEL", [
        ("5.1", "The Panel may wish to consider whether the Improvement Plan addresses the areas for "
                "improvement identified by CQC, how the Panel would like progress to be reported, and "
                "whether the outcome measures will show the difference the plan makes to residents."),
    ]),
    ("6.", "RECOMMENDATIONS", [
        ("6.1", "As set out on the front of the report."),
    ]),
]


def build_report(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author("Mottbridge Metropolitan Borough Council")
    pdf.set_title("Adult Social Care - CQC Assessment Outcome and Improvement Plan")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("Sans", "", 8)
        pdf.cell(0, 5, f"Page {pdf.page_no()}", align="C")

    pdf.footer = footer
    pdf.add_page()
    pdf.set_font("Sans", "B", 8)
    pdf.cell(0, 5, "Agenda Item 5", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(48, 122), line_height=5, text_align=("LEFT", "LEFT"),
                   first_row_as_headings=False) as table:
        for label, value in COVER:
            row = table.row()
            pdf.set_font("Sans", "B", 9.5)
            row.cell(label)
            pdf.set_font("Sans", "", 9.5)
            row.cell(value)

    pdf.add_page()

    def sections(secs):
        for num, title, paras in secs:
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(12, 6, num)
            pdf.cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            pdf.set_font("Sans", "", 10)
            for pnum, text in paras:
                if pnum:
                    pdf.cell(12, 5.2, pnum)
                    pdf.multi_cell(0, 5.2, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    pdf.set_x(pdf.l_margin + 18)
                    pdf.multi_cell(0, 5.2, "•  " + text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)

    sections(SECTIONS)
    pdf.set_font("Sans", "", 9)
    with pdf.table(col_widths=(36, 70, 40, 20), line_height=4.8,
                   text_align=("LEFT", "LEFT", "LEFT", "LEFT")) as table:
        for vals in PLAN_TABLE:
            row = table.row()
            for v in vals:
                row.cell(v)
    pdf.ln(3)
    sections(AFTER)
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-01-16",
    "items": [
        {"number": "31", "title": "Minutes"},
        {"number": "32", "title": "Declarations of Interest"},
        {"number": "33", "title": "Adult Social Care – CQC Assessment and Improvement Plan"},
        {"number": "34", "title": "Urgent and Emergency Care – Winter 2024/25"},
        {"number": "35", "title": "Access to General Practice"},
        {"number": "36", "title": "Budget Consultation 2025/26"},
        {"number": "37", "title": "Stop Smoking Services and Vaping"},
        {"number": "38", "title": "Chair’s Update and Work Programme"},
        {"number": "39", "title": "Date of Next Meeting"},
        {"number": "40", "title": "Urgent Items"},
    ],
    "questions": [
        # 33 CQC assessment
        Q("33", "question",
          "sought clarification on the number of people currently waiting for a Care Act assessment",
          None, "at the end of December 2024 there were 412 people waiting for an assessment",
          "Assistant Director", ["adult-social-care"]),
        Q("33", "question",
          "asked how the Council would know whether the improvement plan was making a difference",
          "Councillor Whitehead",
          "the plan included a set of outcome measures developed with the Making It Real board",
          "Director", ["adult-social-care", "patient-and-public-input"]),
        Q("33", "concern",
          "Concerns were expressed regarding the findings on support for unpaid carers",
          None, "The Director accepted that the carers’ offer had not kept pace with demand",
          "Director", ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        Q("33", "concern",
          "raised concerns about the reliance on agency social workers in the locality teams",
          None, "the number of agency social workers had fallen from 24 to 11 since April",
          "Assistant Director", ["adult-social-care", "workforce"]),
        Q("33", "question",
          "asked whether there was enough capacity in the home care market",
          "Councillor Buckley",
          "there were currently no people waiting for a package of home care in the borough",
          "Executive Member", ["adult-social-care", "subcontracting", "workforce", "finance"]),
        Q("33", "request",
          "requested that future updates include the waiting list figures broken down by locality team",
          None, None, None, ["adult-social-care"]),
        # 34 urgent and emergency care
        Q("34", "question",
          "asked about the length of time that people in mental health crisis were waiting",
          "Councillor Ogden",
          "in December, 23 patients had waited more than 24 hours in the department",
          "Dr Oakes", ["mental-health"]),
        Q("34", "concern",
          "raised concerns about the number of patients who were medically fit to leave hospital",
          None,
          "the integrated discharge team, which brought together hospital and Council staff in a single team",
          "Assistant Director, Adult Services", ["adult-social-care", "integration"]),
        Q("34", "question",
          "queried whether patients were still being cared for on trolleys in corridors",
          "Chair", "this was recorded on the Trust’s risk register and reported to its Board",
          "Dr Oakes", ["governance"]),
        Q("34", "question",
          "In response to a question about staff sickness over the winter",
          None, "sickness absence across the Trust had reached 6.1% in December",
          "Dr Oakes", ["workforce", "public-health"]),
        Q("34", "comment",
          "residents in Haughfield and Stonecliffe continued to tell her that they had waited",
          "Councillor Fairhurst", None, None, []),
        # 35 access to general practice
        Q("35", "question",
          "asked what was being done to end the 8am rush for appointments",
          "Councillor Lees", "Mr Gartside explained that all but two practices had moved to",
          "Mr Gartside", ["primary-care"]),
        Q("35", "concern",
          "expressed concern at the proposed closure of the Ashbrow branch surgery",
          "Councillor Buckley", "the practice had applied to close the branch in October 2024",
          "Mr Gartside", ["primary-care", "patient-and-public-input"]),
        Q("35", "question",
          "newly qualified GPs in the area were reported to be unable to find work",
          None, "the way in which practices were funded meant that many could not afford",
          "Mr Gartside", ["primary-care", "workforce", "finance"]),
        Q("35", "request",
          "appointment data for each practice, and the GP Patient Survey results by practice",
          None, "Mr Gartside agreed to provide this following the meeting",
          "Mr Gartside", ["primary-care"]),
        # 36 budget consultation
        Q("36", "question",
          "asked how much the increase in employers’ National Insurance contributions would cost providers",
          "Councillor Hurst", "the Council was not expecting this to be met by Government",
          "Assistant Director of Finance", ["finance", "workforce", "subcontracting"]),
        Q("36", "concern",
          "reducing the transport offer to day services would leave some older and disabled residents",
          None, "no decisions had been made and that the consultation responses would be considered carefully",
          "Executive Member", ["adult-social-care", "finance", "patient-and-public-input"]),
        Q("36", "question",
          "asked how many responses had been received to the Big Conversation budget consultation",
          None, "with the consultation closing on 3 February 2025",
          None, ["patient-and-public-input", "finance"]),
        Q("36", "question",
          "questioned the level of reserves the Council was planning to use to balance",
          "Councillor Chadwick",
          "the Council’s general fund reserves were among the lowest of comparable metropolitan boroughs",
          "Executive Member", ["finance"]),
        Q("36", "comment",
          "the Council should continue to lobby Government, with other councils",
          "Councillor Ogden", None, None, ["finance", "adult-social-care"]),
        # 37 stop smoking
        Q("37", "comment",
          "Members welcomed the improvement in the quit rate",
          None, None, None, ["public-health"]),
        Q("37", "concern",
          "raised concern about the number of children and young people who were vaping",
          "Councillor Hurst",
          "the 2024 Mottbridge school health survey had found that 9% of pupils in Year 10",
          "Dr Varma", ["children-and-families", "public-health"]),
        Q("37", "question",
          "asked whether the service would be put out to tender again in future",
          None, "there were no plans to do so",
          "Executive Member", ["subcontracting", "privatisation", "public-health"]),
        Q("37", "question",
          "asked what support was available for pregnant smokers",
          "Councillor Lees",
          "offered support to every pregnant woman who smoked at the time of booking",
          "Dr Varma", ["public-health"]),
        # 38 chair's update
        Q("38", "request",
          "requested that the Panel consider the waiting times for home adaptations",
          "Councillor Whitehead",
          "The Chair agreed that this would be considered when the work programme was drawn",
          "Chair", ["housing"]),
    ],
    "resolutions": [
        R("31", "held on 14 November 2024 were approved as a correct record", "agreed", []),
        R("33", "the outcome of the CQC assessment and the Adult Social Care Improvement Plan be noted",
          "agreed", ["adult-social-care", "governance"]),
        R("34", "The Panel noted the presentation and thanked Dr Oakes for her attendance", "noted", []),
        R("35", "the Chair write to the ICB’s Mottbridge Locality Board setting out the Panel’s concerns",
          "agreed", ["primary-care"]),
        R("36", "the Executive Cabinet be recommended to ensure that the outcome of the consultation",
          "recommended", ["finance", "adult-social-care", "patient-and-public-input"]),
        R("37", "That Councillor Sabir and Dr Varma be thanked for attending the meeting", "other", []),
        R("38", "the Chair’s update and the work programme for 2024/25 be noted", "noted", []),
        R("39", "is scheduled to take place on Thursday 13 March 2025", "noted", []),
    ],
    "attendees": [
        A("Dalgleish", "Chair", "present"),
        A("Hurst", "Deputy Chair", "present"),
        A("Ashcroft", None, "present"),
        A("Buckley", None, "present"),
        A("Chadwick", None, "present"),
        A("Fairhurst", None, "present"),
        A("Lees", None, "present"),
        A("Ogden", None, "present"),
        A("Whitehead", None, "present"),
    ] + [A(n, r, "in_attendance") for n, r in IN_ATTENDANCE] + [
        A("Kenworthy", None, "apologies"),
        A("Pickford", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def _strip_punct(s, repl):
    return "".join(repl if unicodedata.category(ch).startswith("P") else ch for ch in s)


def norm(s, repl=""):
    s = _strip_punct(s.lower(), repl)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("kt-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / gold["document"]
        text = doc_text(dpath)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n_words = len(norm(ph).split())
            for repl in ("", " "):
                count = norm(text, repl).count(norm(ph, repl))
                if count != 1:
                    ok = False
                    print(f"FAIL {gold['document']}: {kind} occurs {count}x ({'space' if repl else 'drop'}): {ph!r}")
            if not 6 <= n_words <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} has {n_words} words: {ph!r}")
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in norm(text):
                ok = False
                print(f"FAIL attendee not in text: {a['name']}")
            if a["role"] and norm(a["role"]) not in norm(text):
                ok = False
                print(f"FAIL role not in text: {a['role']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
