#!/usr/bin/env python3
"""Build the "il-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_il.py           build documents/il-* and gold/il-*.json
        build_il.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = dt.datetime(2025, 1, 20, 9, 30, 0)

MINUTES_NAME = "il-harrowburn-asch-select-committee-2025-01-14.docx"
SCOPE_NAME = "il-harrowburn-hospital-discharge-review-scope-and-project-plan.docx"

# --------------------------------------------------------------------------- helpers


def base_document(font="Arial", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.space_before = Pt(0)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def add_field(paragraph, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def set_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def para(doc, text="", bold_label=None, indent=None, bold=False, italic=False, size=None,
         align=None, space_after=None, underline=False, first_line=None, keep_next=False):
    p = doc.add_paragraph()
    if bold_label:
        r = p.add_run(bold_label)
        r.bold = True
        if size:
            r.font.size = Pt(size)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    pf = p.paragraph_format
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first_line is not None:
        pf.first_line_indent = Cm(first_line)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if keep_next:
        pf.keep_with_next = True
    return p


# --------------------------------------------------------------------------- minutes

COMMITTEE = "Adult Social Care and Health Select Committee"
IND = 2.5  # indent of minute text under the number column

PRESENT = ("Cllr Marion Aske (Chair), Cllr Dev Rathore (Vice-Chair), Cllr Paula Brennick, "
           "Cllr Ged Coultas, Cllr Hilary Fenwick, Cllr Shaun Lister, Cllr Naomi Oyelaran, "
           "Cllr Trevor Pybus.")
OFFICERS = "Jon Cawthorn, Ellie Marsh (A,H&W); Sean Pledger, Kirsty Ward (CS)."
ALSO = ("Cllr Ann Gilderdale (Cabinet Member for Adult Social Care and Public Health); "
        "Helen Dransfield, Mark Oduya (Harrowburn and Yarnby Hospitals NHS Foundation Trust); "
        "Dr Rachel Sim (Tarn Valley and Wearside ICB); Carol Pennock (Brightholme Care); "
        "Amy Leckenby (Healthwatch Harrowburn).")
APOLOGIES = "Cllr Lynn Hargreave, Cllr Mick Dobing."

# Each minute: (number, title, [blocks]); a block is ("p", text) | ("b", [bullets]) |
# ("h", subheading) | ("agreed", text) | ("agreed_list", [clauses]) | ("table", rows)
MINUTES = [
    ("ASCH/33/24", "Evacuation Procedure", [
        ("p", "The evacuation procedure was noted by the Committee."),
    ]),
    ("ASCH/34/24", "Declarations of Interest", [
        ("p", "Cllr Naomi Oyelaran declared a personal non-prejudicial interest in respect of "
              "agenda item 4 (Scrutiny Review of Hospital Discharge) as she was employed by "
              "Harrowburn and Yarnby Hospitals NHS Foundation Trust as a physiotherapist at "
              "Tarnside University Hospital."),
    ]),
    ("ASCH/35/24", "Minutes", [
        ("p", "Consideration was given to the minutes from the meeting held on 10 December 2024 "
              "for approval and signature."),
        ("agreed", "that the minutes of the meeting on 10 December 2024 be approved as a correct "
                   "record and signed by the Chair."),
    ]),
    ("ASCH/36/24", "Scrutiny Review of Hospital Discharge", [
        ("p", "The Committee was reminded that its current in-depth review was examining "
              "hospital discharge arrangements for Harrowburn-on-Tarn residents, including the "
              "operation of the Discharge to Assess model and the support available to people "
              "once they had returned home. This was the third of four planned evidence-gathering "
              "sessions, and representatives from Harrowburn and Yarnby Hospitals NHS Foundation "
              "Trust (HYHFT), Tarn Valley and Wearside Integrated Care Board (ICB), Brightholme "
              "Care and Healthwatch Harrowburn were in attendance to address the key lines of "
              "enquiry set out in the Committee's agreed scope and project plan."),
        ("h", "Harrowburn and Yarnby Hospitals NHS Foundation Trust (HYHFT)"),
        ("p", "The Trust's Director of Integrated Care, supported by the Head of Patient Flow, "
              "gave a presentation which covered the following key areas:"),
        ("b", [
            "Current position: an average of 31 patients per day at Tarnside University "
            "Hospital no longer met the criteria to reside during December 2024, compared with "
            "44 in December 2023. Of these, around half were waiting for a package of care or a "
            "reablement place.",
            "Integrated Discharge Team (IDT): a joint team of Trust discharge co-ordinators, "
            "therapists and Council social workers, based on the hospital site seven days a "
            "week between 8am and 8pm.",
            "Discharge pathways: pathway 0 (home with no new support, approximately 78% of "
            "discharges), pathway 1 (home with support, 15%), pathway 2 (a short-term "
            "bed-based rehabilitation place, 4%) and pathway 3 (a care home placement, 3%).",
            "Transfer of Care Hub: launched in April 2024 to bring together health, social care "
            "and voluntary sector partners, with a daily 'board round' on every adult inpatient "
            "ward.",
            "Ongoing challenges: the timing of discharges (over half still took place after "
            "4pm), delays in medicines to take home, and pressure on patient transport.",
        ]),
        ("p", "Reflecting on the figures presented, the Committee asked how many of the 31 "
              "patients who no longer met the criteria to reside were Harrowburn-on-Tarn "
              "residents, as opposed to people living in neighbouring boroughs. The Director of "
              "Integrated Care stated that the number varied from day to day, but that around "
              "two-thirds were usually Harrowburn-on-Tarn residents, with most of the remainder "
              "living in Yarnby; a breakdown by local authority area would be provided following "
              "the meeting."),
        ("p", "A Member queried why so many discharges still took place late in the afternoon "
              "or early evening, noting accounts from residents of elderly relatives arriving "
              "home after dark to a cold house with no food in. The Head of Patient Flow "
              "acknowledged that this was not acceptable and explained that the 'Home for Lunch' "
              "initiative had increased the proportion of discharges before midday from 14% to "
              "19% since September 2024. The main causes of delay remained medicines from the "
              "hospital pharmacy and the availability of patient transport, and the pharmacy "
              "team was testing the preparation of medicines the day before discharge on two "
              "wards, with a view to rolling this out across the hospital by the summer."),
        ("p", "Concerns were expressed about the number of patients readmitted to hospital "
              "within 30 days of discharge, and Members sought clarification as to whether this "
              "was monitored for each pathway. Assurance was given that readmissions were "
              "monitored monthly through the Transfer of Care Hub and that the rate for those "
              "discharged on pathway 1 was 8.2%, which was below the regional average. Cllr "
              "Hilary Fenwick asked whether the Trust tracked the outcomes of people discharged "
              "to a temporary care home bed on pathway 3, and how many of them subsequently "
              "returned to their own home. In response, it was stated that this information was "
              "not held by the Trust but could be drawn from Council records, and the Council's "
              "Assistant Director for Adult Social Care offered to provide the figures for the "
              "next evidence-gathering session."),
        ("p", "Members were keen to understand the staffing position within the IDT and whether "
              "any gaps were being covered by agency staff. It was noted that the team currently "
              "had two vacant social worker posts (employed by the Council) and one vacant "
              "discharge co-ordinator post, and that agency staff were not being used at present; "
              "the Assistant Director for Adult Social Care added that one of the social worker "
              "posts had since been filled and the new starter would be in post by March 2025."),
        ("p", "The Vice-Chair commented that the Committee had previously heard of patients who "
              "were waiting for a package of care being moved between wards several times before "
              "they were discharged, which could be particularly distressing for those living "
              "with dementia, and urged the Trust to consider this as part of its improvement "
              "work."),
        ("h", "Tarn Valley and Wearside Integrated Care Board (ICB)"),
        ("p", "Dr Rachel Sim, Director of Place (Harrowburn-on-Tarn) for the ICB, outlined the "
              "ICB's role in commissioning the community health services that supported "
              "discharge, and the way in which discharge-related schemes were funded through the "
              "Better Care Fund (BCF), which was overseen jointly by the ICB and the Council "
              "through the Harrowburn-on-Tarn Health and Wellbeing Board. In 2024-2025, £2.9m of "
              "the Borough's BCF allocation (including the national Discharge Fund) was being "
              "spent on discharge-related schemes, the largest of which were additional "
              "reablement capacity, 'bridging' care at home, and the temporary purchase of "
              "step-down beds in three local care homes. The Committee was also informed of the "
              "ICB's work with GP practices on the follow-up of patients who had recently been "
              "discharged, and of the virtual ward service, which currently had 60 'beds' across "
              "the Borough and Yarnby."),
        ("p", "The Committee queried whether the Discharge Fund would continue beyond March "
              "2025, and what the consequences would be for local schemes if it did not. It was "
              "confirmed that the funding had been rolled into the overall BCF for 2025-2026, "
              "although final local allocations had not yet been published; the ICB and the "
              "Council were jointly reviewing all discharge schemes to establish which gave the "
              "best value for money, and Members were advised that some schemes may need to be "
              "reduced or stopped."),
        ("p", "Cllr Paula Brennick asked whether GPs were informed promptly when their patients "
              "left hospital, citing a recent case in which a Thornleigh GP surgery had not "
              "received a discharge summary for more than a week. The Director of Place stated "
              "that discharge summaries were sent electronically within 24 hours in the large "
              "majority of cases, but that problems remained with a small number of practices "
              "whose systems did not accept them automatically; she would look into the "
              "specific case if the details were passed to her."),
        ("p", "Reference was made to the role of the voluntary sector in helping people to "
              "settle back at home, and Members asked whether the 'Home from Hospital' service "
              "delivered by Age Concern Harrowburn was commissioned on a long-term basis. In "
              "response, it was stated that the service was funded through a twelve-month "
              "contract which ran until September 2025, and that a decision on recommissioning "
              "would be taken in the spring once an evaluation had been completed. Members "
              "expressed their support for the service, which had been praised by several "
              "residents who had contacted them."),
        ("h", "Brightholme Care"),
        ("p", "Carol Pennock, Registered Manager of Brightholme Care, one of the Council's "
              "framework providers of care at home, outlined the provider's experience of "
              "hospital discharge. Brightholme Care supported around 340 people across the "
              "Borough and received between eight and twelve new referrals each week for people "
              "leaving hospital. Key issues highlighted included:"),
        ("b", [
            "short notice of discharge, with referrals often received on the day the person "
            "was due to leave hospital;",
            "incomplete or inaccurate information about people's care and support needs, "
            "particularly around moving and handling and medication;",
            "equipment (such as profiling beds and hoists) not being in place when the person "
            "arrived home; and",
            "continuing difficulty recruiting care workers who could drive, given the rural "
            "nature of the east of the Borough.",
        ]),
        ("p", "Cllr Ged Coultas asked what single change would make the greatest difference to "
              "discharges from a provider's point of view. Ms Pennock stated that receiving "
              "accurate information about a person's needs at least 24 hours before they left "
              "hospital would make the most difference, as this allowed the right staff to be "
              "allocated and a proper introduction to be arranged; she added that the "
              "relationship with the Transfer of Care Hub had improved significantly over the "
              "last year."),
        ("p", "In response to a question about staff pay and conditions, the Committee heard "
              "that Brightholme Care paid its care workers above the Real Living Wage and paid "
              "for travel time, but that the increase in employer National Insurance "
              "contributions from April 2025 would add around £120,000 a year to its costs. Ms "
              "Pennock stated that without an increase in the hourly rates paid by the Council, "
              "some providers in the area may have to hand back packages of care. The Cabinet "
              "Member for Adult Social Care and Public Health acknowledged the pressure on "
              "providers and informed the Committee that the Council had made representations "
              "to the Government for the increase to be funded for the care sector."),
        ("p", "Concerns were raised about the Council's reliance on private providers for care "
              "at home, and a Member asked whether consideration had been given to expanding the "
              "Council's in-house reablement service instead. The Assistant Director for Adult "
              "Social Care explained that the in-house Rosedene Reablement Service had been "
              "expanded by twelve posts during 2024 using BCF monies and now supported around 70 "
              "people at any one time, but that longer-term care at home would continue to be "
              "commissioned from the independent sector; the Council's fee-setting exercise for "
              "2025-2026 was under way and would be reported to Cabinet in March."),
        ("h", "Healthwatch Harrowburn"),
        ("p", "Amy Leckenby, Engagement Lead for Healthwatch Harrowburn, presented the key "
              "findings of its 'Going Home' report, which was based on a survey of 164 patients "
              "and carers who had been discharged from Tarnside University Hospital between June "
              "and October 2024, and follow-up conversations with 22 of them. Most respondents "
              "(71%) were positive about the care they had received on the ward, but fewer than "
              "half (46%) said they had been given enough information about what would happen "
              "after they left hospital, and a number of people reported waiting several hours "
              "in the discharge lounge. The report made seven recommendations to the Trust and "
              "the Council, including a single named contact for each patient during discharge "
              "planning and a follow-up telephone call within 48 hours of arriving home."),
        ("p", "The Chair asked whether carers had reported being involved in planning the "
              "discharge of the person they cared for. Ms Leckenby stated that just under half of "
              "the carers who responded felt they had been involved, and that several had only "
              "found out about the discharge on the day itself; some carers had described "
              "feeling pressured into taking on more caring than they could manage."),
        ("p", "A Member requested that the full Healthwatch report be shared with all Members of "
              "the Committee, and that the Trust provide a written response to its "
              "recommendations for consideration as part of the review. The Director of "
              "Integrated Care confirmed that the Trust would provide a written response by the "
              "end of February 2025."),
        ("p", "Cllr Trevor Pybus commented that the survey findings echoed the experience of his "
              "own family and stressed the importance of listening to patients and carers "
              "throughout the review."),
        ("p", "The Chair thanked all contributors for attending and for their openness, and "
              "noted that the final evidence-gathering session on 11 February 2025 would focus "
              "on the Council's own adult social care processes and the views of people with "
              "lived experience of hospital discharge."),
        ("agreed_list", [
            "the information be noted.",
            "a breakdown of delayed discharges by local authority area, and figures on the "
            "outcomes of pathway 3 placements, be provided to the next meeting of the "
            "Committee.",
            "the Healthwatch Harrowburn 'Going Home' report be circulated to all Members of the "
            "Committee.",
        ]),
    ]),
    ("ASCH/37/24", "Monitoring the Impact of Previously Agreed Recommendations", [
        ("p", "Consideration was given to the assessments of progress on the implementation of "
              "previously agreed recommendations from the Committee's review of Day "
              "Opportunities for Adults (completed in October 2023), which were presented by the "
              "Council's Service Manager for Commissioning. This was the second progress update "
              "for this review, and covered the four recommendations which had not been fully "
              "achieved at the time of the first update in January 2024."),
        ("p", "The progress updates were assessed as follows:"),
        ("table", [
            ("Recommendation", "Assessment of progress"),
            ("2. Co-production of day services with the people who use them and their carers",
             "Fully achieved"),
            ("3. Transport to day services for people living in the east of the Borough",
             "Slipped"),
            ("5. Consultation on the proposed changes to day service charges",
             "Fully achieved"),
            ("6. Development of a directory of community-based day activities", "On-track"),
        ]),
        ("p", "Regarding recommendation 3, Members queried the reasons for the slippage and "
              "expressed disappointment that people in Yarnby East and Billow Green were still "
              "unable to reach the Harrowburn Road day centre without relying on family members. "
              "The Service Manager for Commissioning explained that the procurement of a "
              "dedicated transport contract had been delayed after the only tender received was "
              "withdrawn, and that a revised approach, using the Council's own fleet in "
              "partnership with community transport, would be tested from April 2025."),
        ("p", "In relation to recommendation 5, the Committee asked whether the outcome of the "
              "consultation had been fed back to the people who took part. It was confirmed that "
              "a 'You said, we did' summary had been sent to all 212 respondents and was "
              "available on the Council's website, and that the revised charges had been "
              "introduced from October 2024 with a twelve-month transition period for existing "
              "service users."),
        ("p", "A Member commented that the directory of activities under recommendation 6 should "
              "also be produced in paper form for those residents without internet access."),
        ("agreed", "that the progress update for the Day Opportunities for Adults review be "
                   "noted, and the assessments for progress be confirmed."),
    ]),
    ("ASCH/38/24",
     "Care Quality Commission (CQC) Inspection Results - Quarterly Summary (Q2 2024-2025)", [
        ("p", "Consideration was given to the latest quarterly summary of Care Quality "
              "Commission (CQC) inspection results for adult social care providers in the "
              "Borough, covering reports published between 1 July and 30 September 2024. Six "
              "inspection reports had been published during the quarter: four services were "
              "rated 'Good', one was rated 'Outstanding' (Hollins Court, a supported living "
              "service for adults with learning disabilities) and one was rated 'Requires "
              "Improvement' (Fernbank Lodge care home, which had previously been rated 'Good'). "
              "Attention was drawn to the latest national position, with Harrowburn-on-Tarn "
              "continuing to compare favourably with regional and England averages for the "
              "proportion of providers rated 'Good' or 'Outstanding'."),
        ("p", "A Member asked what action was taken when a provider the Council contracted with "
              "was rated 'Requires Improvement', and whether new admissions to Fernbank Lodge had "
              "been suspended. The Service Manager for Commissioning explained that the "
              "Council's Quality Assurance and Compliance Team had visited the home within a week "
              "of the report being published and agreed an action plan with the provider, "
              "focusing on medicines management and staff training; admissions had not been "
              "suspended, as no immediate risks to residents had been identified, but the home "
              "was being visited fortnightly until the actions had been completed."),
        ("p", "Members welcomed the 'Outstanding' rating for Hollins Court and requested that "
              "the Committee's congratulations be passed on to the staff and the people who "
              "lived there."),
        ("p", "The Committee noted the latest CQC inspection results for the Borough."),
    ]),
    ("ASCH/39/24", "Chair's Update and Select Committee Work Programme 2024-2025", [
        ("p", "Consideration was given to the Committee's current work programme. The next "
              "meeting was scheduled for 11 February 2025 and would include the final "
              "evidence-gathering session for the Scrutiny Review of Hospital Discharge, as well "
              "as the annual update from the Harrowburn-on-Tarn Safeguarding Adults Board. "
              "Members were reminded that the draft recommendations of the review would be "
              "considered in March 2025, ahead of the final report being presented to Cabinet in "
              "April 2025."),
        ("p", "The Chair informed the Committee that she and the Vice-Chair had attended the "
              "recent meeting of the Tarn Valley Joint Health Scrutiny Committee, where the ICB's "
              "proposals for the future of urgent treatment centres had been discussed; a "
              "further update would be brought to the Committee once the ICB's engagement "
              "exercise had closed."),
        ("p", "Cllr Shaun Lister asked whether the Committee could examine access to NHS "
              "dentistry in the new municipal year, given the number of residents who were "
              "unable to register with a practice. The Chair advised that this would be "
              "considered when the 2025-2026 work programme was developed, and that the Tarn "
              "Valley Joint Health Scrutiny Committee had received an update on dental access in "
              "November 2024."),
        ("agreed", "that the Adult Social Care and Health Select Committee Work Programme "
                   "2024-2025 be noted."),
    ]),
]


def minute_heading(doc, number, title):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(IND)
    pf.first_line_indent = Cm(-IND)
    pf.tab_stops.add_tab_stop(Cm(IND))
    pf.space_before = Pt(12)
    pf.keep_with_next = True
    r = p.add_run(number + "\t" + title)
    r.bold = True


def bordered(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def build_minutes(path):
    doc = base_document()
    set_props(doc, "Adult Social Care and Health Select Committee - Minutes - 14 January 2025",
              "Sean Pledger")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Adult Social Care and Health Select Committee – 14 January 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    add_field(fp, "PAGE", "1")
    r = fp.add_run(" of ")
    r.font.size = Pt(9)
    add_field(fp, "NUMPAGES", "6")

    para(doc, COMMITTEE, bold=True, size=14, space_after=12)
    para(doc, "A meeting of Adult Social Care and Health Select Committee was held on Tuesday, "
              "14th January, 2025.", space_after=12)
    for label, text in (("Present:", PRESENT), ("Officers:", OFFICERS),
                        ("Also in attendance:", ALSO), ("Apologies:", APOLOGIES)):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(4.0)
        pf.first_line_indent = Cm(-4.0)
        pf.tab_stops.add_tab_stop(Cm(4.0))
        pf.space_after = Pt(8)
        r = p.add_run(label)
        r.bold = True
        p.add_run("\t" + text)

    for number, title, blocks in MINUTES:
        minute_heading(doc, number, title)
        for kind, content in blocks:
            if kind == "p":
                para(doc, content, indent=IND)
            elif kind == "h":
                para(doc, content, indent=IND, bold=True, underline=False, keep_next=True)
            elif kind == "b":
                for b in content:
                    p = doc.add_paragraph(style="List Bullet")
                    p.add_run(b)
                    p.paragraph_format.left_indent = Cm(IND + 0.75)
                    p.paragraph_format.first_line_indent = Cm(-0.6)
                    p.paragraph_format.space_after = Pt(3)
            elif kind == "agreed":
                p = para(doc, "", indent=IND)
                r = p.add_run("AGREED")
                r.bold = True
                p.add_run(" " + content)
            elif kind == "agreed_list":
                p = para(doc, "", indent=IND, space_after=3)
                r = p.add_run("AGREED")
                r.bold = True
                p.add_run(" that:")
                for i, clause in enumerate(content, 1):
                    q = para(doc, f"{i})\t{clause}", indent=IND + 1.0, first_line=-1.0,
                             space_after=3)
                    q.paragraph_format.tab_stops.add_tab_stop(Cm(IND + 1.0))
                doc.paragraphs[-1].paragraph_format.space_after = Pt(6)
            elif kind == "table":
                t = doc.add_table(rows=0, cols=2)
                bordered(t)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for ri, (a, b) in enumerate(content):
                    cells = t.add_row().cells
                    cells[0].width = Cm(10.5)
                    cells[1].width = Cm(4.0)
                    for c, txt in zip(cells, (a, b)):
                        c.paragraphs[0].text = ""
                        run = c.paragraphs[0].add_run(txt)
                        run.bold = ri == 0
                        run.font.size = Pt(10)
                        c.paragraphs[0].paragraph_format.space_after = Pt(2)
                para(doc, "", space_after=0)
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- scope

SCOPE_ROWS = [
    ("Which Select Committee?", ["Adult Social Care and Health Select Committee"]),
    ("Lead Officer", ["Jon Cawthorn, Assistant Director – Adult Social Care"]),
    ("Link Officer", ["Sean Pledger, Scrutiny Officer"]),
    ("Title of review", ["Hospital Discharge"]),
    ("Topic selection – which Council Plan ambition does this review support?",
     ["A place where people are healthy, safe and protected from harm."]),
    ("What are the main issues?", [
        "Delays in discharging people from hospital are bad for patients, particularly older "
        "people, who can lose mobility and independence quickly when they stay in a hospital "
        "bed longer than they need to. On an average day in 2023-2024 around 40 patients at "
        "Tarnside University Hospital no longer met the criteria to reside but remained in "
        "hospital.",
        "Since 2022 local health and care partners have moved to a 'Discharge to Assess' model, "
        "in which people's longer-term needs are assessed after they have left hospital. "
        "Members have heard anecdotal evidence of people being discharged late in the day, "
        "without the right equipment, or without their carers being told.",
        "Discharge schemes are largely funded through the Better Care Fund and the national "
        "Discharge Fund, the future of which is uncertain beyond March 2025. The care at home "
        "market continues to face workforce pressures.",
    ]),
    ("The Select Committee's overall aim / objectives in doing this work is / are to:", [
        "Understand how well current hospital discharge arrangements work for "
        "Harrowburn-on-Tarn residents and their carers, and identify any improvements that "
        "the Council and its partners could make so that people leave hospital safely, at the "
        "right time and with the right support.",
    ]),
    ("Terms of Reference for the review", [
        "1. What are the current arrangements for discharging Harrowburn-on-Tarn residents "
        "from hospital, and how do health and social care partners work together to deliver "
        "them?",
        "2. How effective is the Discharge to Assess model, and what are the outcomes for "
        "people discharged on each pathway?",
        "3. What is the experience of patients and carers, and how are they involved in "
        "planning discharge?",
        "4. How is discharge-related activity funded, and is it sustainable?",
        "5. What workforce and capacity challenges affect discharge, in the hospital, in the "
        "Council and among care at home providers?",
        "6. What good practice exists elsewhere that could be adopted locally?",
    ]),
    ("Expected duration of review", ["Seven months (September 2024 – April 2025)"]),
    ("What information do we need?", [
        "Existing information: national discharge guidance; local performance data on delayed "
        "discharges, readmissions and pathway outcomes; Better Care Fund plan 2024-2025; "
        "Healthwatch Harrowburn reports.",
        "New information: evidence from the Council, the Trust, the ICB, care at home "
        "providers and the voluntary sector; the views of people with lived experience of "
        "hospital discharge and their carers.",
    ]),
    ("Who can provide us with further relevant evidence? (Cabinet Member, officer, service "
     "user, relevant experts, etc.)", [
        "Cabinet Member for Adult Social Care and Public Health; Assistant Director – Adult "
        "Social Care; Harrowburn and Yarnby Hospitals NHS Foundation Trust; Tarn Valley and "
        "Wearside ICB; care at home providers; Age Concern Harrowburn; Healthwatch Harrowburn; "
        "Harrowburn Carers Centre.",
    ]),
    ("What specific areas do we want them to cover when they give evidence?", [
        "Council: the role of social workers in the Integrated Discharge Team; reablement "
        "capacity; the commissioning of care at home; outcomes of pathway 3 placements.",
        "Trust: performance against the criteria to reside; the timing of discharges; "
        "medicines and transport; readmissions; the Transfer of Care Hub.",
        "ICB: funding of discharge schemes; community health services; virtual wards; "
        "communication with GP practices.",
        "Providers and voluntary sector: the quality of referral information; notice periods; "
        "recruitment and retention of care workers.",
        "Healthwatch and carers: the experience of patients and carers, including how well "
        "they are informed and involved.",
    ]),
    ("How will key partners and the public be involved in this review?", [
        "Partners will be invited to give evidence at formal meetings of the Select Committee. "
        "Members will also visit the Transfer of Care Hub, and the views of people with lived "
        "experience will be gathered with the help of Healthwatch Harrowburn and the "
        "Harrowburn Carers Centre.",
    ]),
    ("How will this review contribute towards equality of opportunity and sustainability?", [
        "Older people, disabled people and carers are disproportionately affected by delays "
        "in discharge. The review will consider whether arrangements meet the needs of "
        "residents in more rural parts of the Borough.",
    ]),
]

PROJECT_PLAN = [
    ("Key Task", "Details/Activities", "Date", "Responsibility"),
    ("Scope and Project Plan", "Agree scope of review and project plan", "10 September 2024",
     "Select Committee"),
    ("Evidence gathering (1)", "Council overview: adult social care role in discharge, "
     "reablement, BCF", "15 October 2024", "Assistant Director – Adult Social Care"),
    ("Evidence gathering (2)", "Visit to Transfer of Care Hub, Tarnside University Hospital",
     "November 2024", "Scrutiny Officer / Trust"),
    ("Evidence gathering (3)", "Trust, ICB, care at home provider, Healthwatch Harrowburn",
     "14 January 2025", "Scrutiny Officer"),
    ("Evidence gathering (4)", "Council processes; people with lived experience and carers",
     "11 February 2025", "Scrutiny Officer"),
    ("Members' decision-making meeting", "Draft conclusions and recommendations",
     "11 March 2025", "Select Committee"),
    ("Final report", "Final report to Select Committee, then Cabinet", "April 2025",
     "Scrutiny Officer"),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def build_scope(path):
    doc = base_document()
    set_props(doc, "Scrutiny Review of Hospital Discharge - Scope and Project Plan",
              "Sean Pledger")
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE", "1")
    para(doc, "HARROWBURN-ON-TARN BOROUGH COUNCIL", bold=True, size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "SCRUTINY REVIEW OF HOSPITAL DISCHARGE", bold=True, size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "SCOPE AND PROJECT PLAN", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=12)
    t = doc.add_table(rows=0, cols=2)
    bordered(t)
    for head, lines in SCOPE_ROWS:
        cells = t.add_row().cells
        cells[0].width = Cm(5.5)
        cells[1].width = Cm(11.1)
        shade(cells[0], "D9E2F3")
        cells[0].paragraphs[0].add_run(head).bold = True
        for i, line in enumerate(lines):
            p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            p.add_run(line)
            p.paragraph_format.space_after = Pt(4)
    para(doc, "", space_after=6)
    para(doc, "Provisional Project Plan", bold=True, space_after=6)
    t2 = doc.add_table(rows=0, cols=4)
    bordered(t2)
    for ri, row in enumerate(PROJECT_PLAN):
        cells = t2.add_row().cells
        for c, txt, w in zip(cells, row, (3.6, 6.4, 3.0, 3.6)):
            c.width = Cm(w)
            run = c.paragraphs[0].add_run(txt)
            run.bold = ri == 0
            run.font.size = Pt(10)
            if ri == 0:
                shade(c, "D9E2F3")
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- gold

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Select Committee",
    "meeting_date": "2025-01-14",
    "items": [{"number": n, "title": t} for n, t, _ in MINUTES],
    "questions": [
        q("ASCH/36/24", "question",
          "the Committee asked how many of the 31 patients who no longer met",
          "the Committee",
          "around two-thirds were usually Harrowburn-on-Tarn residents",
          "Director of Integrated Care", ["adult-social-care"]),
        q("ASCH/36/24", "question",
          "queried why so many discharges still took place late in the afternoon",
          "A Member",
          "the 'Home for Lunch' initiative had increased the proportion of discharges before midday",
          "Head of Patient Flow", ["adult-social-care"]),
        q("ASCH/36/24", "concern",
          "Concerns were expressed about the number of patients readmitted to hospital",
          None,
          "readmissions were monitored monthly through the Transfer of Care Hub",
          None, ["adult-social-care"]),
        q("ASCH/36/24", "question",
          "asked whether the Trust tracked the outcomes of people discharged to a temporary",
          "Cllr Hilary Fenwick",
          "this information was not held by the Trust but could be drawn from Council records",
          None, ["adult-social-care"]),
        q("ASCH/36/24", "question",
          "Members were keen to understand the staffing position within the IDT",
          "Members",
          "had two vacant social worker posts (employed by the Council)",
          None, ["workforce", "adult-social-care"]),
        q("ASCH/36/24", "comment",
          "patients who were waiting for a package of care being moved between wards",
          "Vice-Chair", None, None, ["adult-social-care", "mental-health"]),
        q("ASCH/36/24", "question",
          "queried whether the Discharge Fund would continue beyond March 2025",
          "The Committee",
          "the funding had been rolled into the overall BCF for 2025-2026",
          None, ["finance", "integration"]),
        q("ASCH/36/24", "question",
          "asked whether GPs were informed promptly when their patients left hospital",
          "Cllr Paula Brennick",
          "discharge summaries were sent electronically within 24 hours in the large majority of cases",
          "Director of Place", ["primary-care"]),
        q("ASCH/36/24", "question",
          "Members asked whether the 'Home from Hospital' service delivered by Age Concern Harrowburn",
          "Members",
          "the service was funded through a twelve-month contract which ran until September 2025",
          None, ["subcontracting", "adult-social-care"]),
        q("ASCH/36/24", "comment",
          "expressed their support for the service, which had been praised by several residents",
          "Members", None, None, []),
        q("ASCH/36/24", "question",
          "asked what single change would make the greatest difference to discharges",
          "Cllr Ged Coultas",
          "receiving accurate information about a person's needs at least 24 hours before",
          "Ms Pennock", ["adult-social-care", "subcontracting"]),
        q("ASCH/36/24", "question",
          "In response to a question about staff pay and conditions",
          None,
          "paid its care workers above the Real Living Wage and paid for travel time",
          None, ["workforce", "finance", "adult-social-care"]),
        q("ASCH/36/24", "concern",
          "Concerns were raised about the Council's reliance on private providers for care at home",
          "a Member",
          "the in-house Rosedene Reablement Service had been expanded by twelve posts during 2024",
          "Assistant Director for Adult Social Care",
          ["privatisation", "subcontracting", "adult-social-care", "workforce"]),
        q("ASCH/36/24", "question",
          "asked whether carers had reported being involved in planning the discharge",
          "Chair",
          "just under half of the carers who responded felt they had been involved",
          "Ms Leckenby", ["adult-social-care", "patient-and-public-input"]),
        q("ASCH/36/24", "request",
          "requested that the full Healthwatch report be shared with all Members of the Committee",
          "A Member",
          "the Trust would provide a written response by the end of February 2025",
          "Director of Integrated Care", ["patient-and-public-input"]),
        q("ASCH/36/24", "comment",
          "commented that the survey findings echoed the experience of his own family",
          "Cllr Trevor Pybus", None, None, ["patient-and-public-input", "adult-social-care"]),
        q("ASCH/37/24", "question",
          "Members queried the reasons for the slippage and expressed disappointment",
          "Members",
          "the procurement of a dedicated transport contract had been delayed after the only tender",
          "Service Manager for Commissioning", ["subcontracting", "adult-social-care"]),
        q("ASCH/37/24", "question",
          "asked whether the outcome of the consultation had been fed back to the people",
          "the Committee",
          "a 'You said, we did' summary had been sent to all 212 respondents",
          None, ["patient-and-public-input", "finance", "adult-social-care"]),
        q("ASCH/37/24", "comment",
          "the directory of activities under recommendation 6 should also be produced in paper form",
          "A Member", None, None, ["adult-social-care"]),
        q("ASCH/38/24", "question",
          "asked what action was taken when a provider the Council contracted with",
          "A Member",
          "had visited the home within a week of the report being published",
          "Service Manager for Commissioning",
          ["governance", "subcontracting", "adult-social-care", "workforce"]),
        q("ASCH/38/24", "request",
          "requested that the Committee's congratulations be passed on to the staff",
          "Members", None, None, ["adult-social-care"]),
        q("ASCH/39/24", "request",
          "asked whether the Committee could examine access to NHS dentistry",
          "Cllr Shaun Lister",
          "this would be considered when the 2025-2026 work programme was developed",
          "Chair", ["primary-care"]),
    ],
    "resolutions": [
        res("ASCH/33/24", "The evacuation procedure was noted by the Committee", "noted", []),
        res("ASCH/35/24", "the minutes of the meeting on 10 December 2024 be approved as a correct record",
            "agreed", []),
        res("ASCH/36/24", "a breakdown of delayed discharges by local authority area", "agreed",
            ["adult-social-care"]),
        res("ASCH/37/24", "the progress update for the Day Opportunities for Adults review be noted",
            "agreed", ["adult-social-care"]),
        res("ASCH/38/24", "The Committee noted the latest CQC inspection results for the Borough",
            "noted", ["governance", "adult-social-care"]),
        res("ASCH/39/24", "Adult Social Care and Health Select Committee Work Programme 2024-2025 be noted",
            "noted", []),
    ],
    "attendees": [
        att("Cllr Marion Aske", "Chair", "present"),
        att("Cllr Dev Rathore", "Vice-Chair", "present"),
        att("Cllr Paula Brennick", None, "present"),
        att("Cllr Ged Coultas", None, "present"),
        att("Cllr Hilary Fenwick", None, "present"),
        att("Cllr Shaun Lister", None, "present"),
        att("Cllr Naomi Oyelaran", None, "present"),
        att("Cllr Trevor Pybus", None, "present"),
        att("Jon Cawthorn", "A,H&W", "in_attendance"),
        att("Ellie Marsh", "A,H&W", "in_attendance"),
        att("Sean Pledger", "CS", "in_attendance"),
        att("Kirsty Ward", "CS", "in_attendance"),
        att("Cllr Ann Gilderdale", "Cabinet Member for Adult Social Care and Public Health",
            "in_attendance"),
        att("Helen Dransfield", "Harrowburn and Yarnby Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Mark Oduya", "Harrowburn and Yarnby Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Dr Rachel Sim", "Tarn Valley and Wearside ICB", "in_attendance"),
        att("Carol Pennock", "Brightholme Care", "in_attendance"),
        att("Amy Leckenby", "Healthwatch Harrowburn", "in_attendance"),
        att("Cllr Lynn Hargreave", None, "apologies"),
        att("Cllr Mick Dobing", None, "apologies"),
    ],
}

SCOPE_GOLD = {"document": SCOPE_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------- check

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def check():
    ok = True
    for gold in (MINUTES_GOLD, SCOPE_GOLD):
        path = DOCS / gold["document"]
        if not path.exists():
            print("missing", path)
            ok = False
            continue
        text = norm(docx_text(path))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            cnt = text.count(norm(ph))
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} x{cnt} ({n} words): {ph}")
        words = len(text.split())
        print(f"{gold['document']}: {len(phrases)} phrases checked, {words} words")
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False
                print("FAIL attendee not found:", a["name"])
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_scope(DOCS / SCOPE_NAME)
    for gold in (MINUTES_GOLD, SCOPE_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, "and", SCOPE_NAME)


if __name__ == "__main__":
    main()
