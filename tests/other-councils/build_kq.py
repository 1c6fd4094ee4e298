#!/usr/bin/env python3
"""Build the "kq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kq.py           build documents/kq-* and gold/kq-*.json
        build_kq.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 19, 10, 0, 0, tzinfo=dt.timezone.utc)

MINUTES = "kq-ashcombe-healthier-communities-older-people-osp-2025-03-12.pdf"
REPORT = "kq-ashcombe-gp-access-task-group-final-report.docx"

COMMITTEE = "Healthier Communities and Older People Overview and Scrutiny Panel"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("PRESENT",
     "Councillors Councillor Rosalind Okafor (in the Chair), Councillor Daniel Whitcombe, "
     "Councillor Priya Raghavan, Councillor Tom Felling, Councillor Helen Marchetti and "
     "Councillor Kwame Asante-Boateng"),
    ("ALSO PRESENT",
     "Councillor Joanne Ledbury (Cabinet Member for Health and Social Care), Marcus Heywood "
     "(Executive Director of Adult Social Care, Integrated Care and Public Health), Dr Yasmin "
     "Qureshi (Director of Public Health), Claire Dunmore (Assistant Director, Commissioning "
     "and Market Management), Aled Prys (Borough Place Director (Ashcombe), South Wyvern "
     "Integrated Care Board), Dr Nikhil Bhaskaran (GP and Clinical Lead for Primary Care, "
     "Ashcombe), Gwen Arkwright (Independent Chair, Ashcombe Safeguarding Adults Board) and "
     "Louise Trant (Scrutiny Officer)"),
    ("ATTENDING REMOTELY",
     "Councillor Caroline Veale and Jemima Hart (Healthwatch Ashcombe)"),
]

# Each item: (number, title, [paragraphs]).  A paragraph starting with "RESOLVED" is set
# with the label in bold.
ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE", [
        "Apologies for absence were received from Councillor Stuart Lennard and from "
        "co-opted member Hilary Bascombe. Councillor Tom Felling gave apologies for lateness "
        "and joined the meeting during Item 5.",
    ]),
    ("2", "DECLARATIONS OF PECUNIARY INTEREST", [
        "Councillor Priya Raghavan declared that she was employed by an NHS trust outside "
        "the borough. This was not a pecuniary interest in any item on the agenda and she "
        "remained in the meeting. There were no other declarations of interest.",
    ]),
    ("3", "MINUTES OF THE PREVIOUS MEETING", [
        "Councillor Daniel Whitcombe asked whether the figures on delayed hospital discharges "
        "requested at the last meeting had been circulated. The Scrutiny Officer confirmed "
        "that they had been sent to Panel Members by email on 4 February 2025.",
        "RESOLVED: That the minutes of the meeting held on 21 January 2025 are agreed as an "
        "accurate record.",
    ]),
    ("4", "CABINET MEMBER UPDATE", [
        "The Cabinet Member for Health and Social Care, Councillor Joanne Ledbury, gave a "
        "verbal update on her portfolio. She highlighted that the council had been allocated "
        "an additional £1.2m through the Market Sustainability and Improvement Fund for "
        "2025/26; that the Care Quality Commission assessment of the council’s adult social "
        "care functions was now expected in the summer; and that the new Carers Hub at "
        "Wickham Lane Library had opened in February, with over 140 carers registering in "
        "its first month.",
        "Councillor Helen Marchetti asked how the council was preparing for the CQC "
        "assessment and whether the Panel would see the self-assessment. The Executive "
        "Director of Adult Social Care, Integrated Care and Public Health said that a mock "
        "inspection had been carried out by a peer authority in November and that the "
        "self-assessment would be shared with Panel Members in confidence before the "
        "assessment began.",
        "Councillor Kwame Asante-Boateng welcomed the Carers Hub but said that carers in the "
        "east of the borough found Wickham Lane difficult to reach, and asked whether outreach "
        "sessions could be held in Pollards Green. The Cabinet Member said she would ask the "
        "Hub provider to run monthly sessions at Pollards Green Community Centre.",
        "The Panel noted the verbal update from the Cabinet Member.",
    ]),
    ("5", "PRIMARY CARE ACCESS IN ASHCOMBE", [
        "Aled Prys, Borough Place Director (Ashcombe), South Wyvern Integrated Care Board, "
        "introduced the report, which set out progress against the local plan for recovering "
        "access to primary care. He was joined by Dr Nikhil Bhaskaran, GP and Clinical Lead "
        "for Primary Care. The report showed that the 21 GP practices in Ashcombe had "
        "delivered 4.6% more appointments in 2024 than in 2023, that 68% of appointments were "
        "face to face and that all practices had now moved to cloud-based telephony, which "
        "gave callers a queue position and the option of a call back.",
        "Councillor Daniel Whitcombe said that residents continued to tell him that they "
        "could not get through to their practice at 8am and were told to ring again the next "
        "day. He asked what the ICB was doing about practices that were not meeting the "
        "expected standard. In response, the Borough Place Director said that the ICB looked "
        "at call data for every practice each month and that four practices were receiving "
        "additional support from the primary care team. The national contract did not allow "
        "the ICB to require a particular appointment system, but all practices were expected "
        "to assess a patient’s need on the day they made contact.",
        "Councillor Priya Raghavan asked about the use of additional roles such as clinical "
        "pharmacists, physician associates and care coordinators, and whether patients "
        "understood who they were seeing. Dr Bhaskaran said that the Additional Roles "
        "Reimbursement Scheme had funded 74 posts across the borough’s three primary care "
        "networks and that practices were improving how they explained these roles on their "
        "websites and at reception. He acknowledged that some patients would prefer to see a "
        "GP and said that they could always ask to do so.",
        "Jemima Hart, Healthwatch Ashcombe, said that a Healthwatch survey of 612 residents "
        "had found that satisfaction with online booking was lowest among people over 75 and "
        "people whose first language was not English, and asked that the ICB work with "
        "Healthwatch on digital inclusion. The Borough Place Director welcomed the survey and "
        "said that the ICB would be pleased to take this forward with Healthwatch and the "
        "council’s libraries service.",
        "Councillor Tom Felling asked whether there were any plans to increase NHS dentistry "
        "in the borough, as he was not aware of any practice that was taking on new adult "
        "patients. The Borough Place Director said that dental commissioning had been "
        "delegated to the ICB in 2023 and that he would provide a written answer on dental "
        "access in Ashcombe after the meeting.",
        "A Panel Member raised concern that since the closure of the Hatch Road branch "
        "surgery in October older residents on the Fairlawn estate no longer had a surgery "
        "within walking distance.",
        "RESOLVED: The Panel noted the report and requested that the ICB provide an update "
        "on dental access and on the four practices receiving support at its meeting in "
        "September 2025.",
    ]),
    ("6", "HOME CARE RECOMMISSIONING", [
        "Claire Dunmore, Assistant Director, Commissioning and Market Management, introduced "
        "the report, which would be considered by Cabinet on 24 March 2025. The current "
        "home care contracts with eight providers would expire at the end of September 2025. "
        "The report proposed a new model of four geographical patches, each with a lead "
        "provider, paid at a minimum hourly rate of £24.10, with a requirement that all care "
        "workers be paid at least the London Living Wage and be paid for travel time.",
        "Councillor Helen Marchetti asked whether moving to four lead providers would mean "
        "that some residents had to change their carer. The Assistant Director said that "
        "continuity of care was a priority and that TUPE would apply where care workers "
        "moved between providers, so that most residents would keep the same carers. "
        "Councillor Marchetti also asked how the council would know if a lead provider was "
        "passing visits to other agencies; officers said that the contract would only permit "
        "subcontracting with the council’s written agreement, and that this would be "
        "monitored through the electronic call monitoring system.",
        "Councillor Kwame Asante-Boateng expressed concern that most home care in the borough "
        "was now delivered by private companies, several of them owned by private equity, "
        "and asked whether the council had considered bringing some home care back in-house. "
        "The Cabinet Member said that an in-house service had been appraised as one of the "
        "options at Appendix B, but that it would cost around £7m a year more than the "
        "proposed model and was not affordable at present.",
        "Councillor Caroline Veale asked what weight had been given to quality in the tender "
        "evaluation. The Assistant Director said that quality would account for 60 per cent "
        "of the evaluation and price for 40 per cent, and that people who use home care "
        "services had helped to write the quality questions and would sit on the evaluation "
        "panel.",
        "Councillor Daniel Whitcombe commented that the proposed rate was still below the "
        "minimum price for homecare published by the Homecare Association and that the "
        "council should keep this under review over the life of the contracts.",
        "RESOLVED: The Panel agreed to make the following recommendation to Cabinet: That "
        "the new home care contracts include a requirement that providers report quarterly "
        "on staff turnover and on any visits subcontracted to other agencies, and that this "
        "information is shared with the Panel.",
    ]),
    ("7", "ASHCOMBE SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2023/24", [
        "Gwen Arkwright, Independent Chair of the Ashcombe Safeguarding Adults Board, "
        "presented the Board’s annual report. The number of safeguarding concerns raised had "
        "risen by 11% to 2,384, of which 29% had led to a section 42 enquiry. Self-neglect and "
        "financial abuse were the two areas where concerns had grown fastest, and the Board "
        "had published one Safeguarding Adults Review during the year, concerning a man who "
        "had died in a house in multiple occupation in Crane Street.",
        "Councillor Caroline Veale asked what was being done about the rise in self-neglect "
        "referrals and whether hoarding was a factor. The Independent Chair said that hoarding "
        "featured in around a third of self-neglect cases and that the Board had launched a "
        "multi-agency hoarding protocol in January, with training for housing officers, the "
        "London Fire Brigade and social workers.",
        "Councillor Tom Felling asked whether the police were represented at the right level "
        "on the Board. The Independent Chair confirmed that a detective superintendent from "
        "the local Basic Command Unit attended every meeting and chaired the Board’s "
        "performance sub-group.",
        "Councillor Rosalind Okafor asked about the learning from the Safeguarding Adults "
        "Review and how the Panel could be assured that the recommendations had been "
        "implemented. The Executive Director said that an action plan was monitored by the "
        "Board’s case review sub-group and that seven of the nine actions had been completed, "
        "including new joint visits by housing enforcement and adult social care to licensed "
        "houses in multiple occupation. The remaining two actions related to information "
        "sharing with the ICB and would be completed by June.",
        "RESOLVED: That the Panel notes the Safeguarding Adults Board annual report and thanks "
        "the Independent Chair for attending.",
    ]),
    ("8", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024", [
        "Dr Yasmin Qureshi, Director of Public Health, presented her annual report, which "
        "this year focused on ageing well in Ashcombe. The report highlighted a gap of 7.8 "
        "years in healthy life expectancy between the most and the least deprived wards, and "
        "made six recommendations to the council and its partners on falls, social isolation, "
        "physical activity and vaccination.",
        "Councillor Tom Felling asked why uptake of the flu vaccination among people aged 65 "
        "and over had fallen for the third year running. The Director of Public Health said "
        "that the fall was seen across London and reflected vaccine fatigue since the "
        "pandemic. This winter the council had funded community pharmacies to vaccinate "
        "residents in sheltered housing schemes, and uptake in those schemes had risen to 71%.",
        "Councillor Priya Raghavan asked about falls prevention and whether the strength and "
        "balance classes at the borough’s leisure centres would continue when the current "
        "funding ended in March 2026. The Director of Public Health said that the classes were "
        "paid for from the public health grant and that there were no plans to reduce them, "
        "although the grant for 2026/27 had not yet been announced.",
        "Councillor Helen Marchetti asked about dementia diagnosis rates, which the report "
        "showed were below the London average. The Director of Public Health said that the "
        "rate had improved to 61.3% and that the ICB was funding a memory assessment nurse "
        "in each primary care network.",
        "The Chair asked what the Panel could do to support the report’s recommendations. The "
        "Director suggested that the Panel might wish to look at social isolation and "
        "loneliness among older residents as part of its work programme for next year.",
        "RESOLVED: That the Panel notes the Director of Public Health Annual Report 2024.",
    ]),
    ("9", "WORK PROGRAMME 2024/25", [
        "Louise Trant, Scrutiny Officer, introduced the work programme. She reminded Members "
        "that this was the last meeting of the municipal year and that the work programme "
        "for 2025/26 would be agreed at the Panel’s first meeting, following a topic "
        "selection workshop in May.",
        "Councillor Kwame Asante-Boateng asked that the Panel consider a task group review of "
        "social isolation and loneliness among older people in the coming year. The Chair "
        "said that this would be put forward for discussion at the topic selection workshop.",
        "RESOLVED: That the Panel agrees the work programme.",
    ]),
]

FOOTER = ("All minutes are draft until agreed at the next meeting of the committee/panel.  To "
          "find out the date of the next meeting please check the calendar of events at your "
          "local library or online at www.ashcombe.gov.uk/committee.")


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-24)
            self.set_font("DejaVu", "", 8)
            self.multi_cell(0, 4, FOOTER, align="C")
            self.ln(1)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author("Democratic Services")
    pdf.set_title("Minutes")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=30)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "HEALTHIER COMMUNITIES AND OLDER PEOPLE OVERVIEW AND SCRUTINY PANEL",
             new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 6, "12 MARCH 2025", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "(7.15 pm - 9.48 pm)", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(5)

    label_w = 42
    for label, text in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(label_w - 2, 5, label)
        pdf.set_xy(20 + label_w, y)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text)
        pdf.ln(3)
    pdf.ln(3)

    num_w = 12
    for number, title, paras in ITEMS:
        if pdf.get_y() > 240:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(num_w, 5, number)
        pdf.set_xy(20 + num_w, y)
        pdf.multi_cell(0, 5, f"{title} (Agenda Item {number})")
        pdf.ln(2)
        for para in paras:
            pdf.set_x(20 + num_w)
            if para.startswith("RESOLVED"):
                label, rest = para.split(":", 1)
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(0, 5, label + ":", new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(20 + num_w)
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5, rest.strip(), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT", align="J")
            pdf.ln(3)
        pdf.ln(2)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The document that is not minutes: a scrutiny task group's final report (Word)
# ---------------------------------------------------------------------------

REPORT_BLOCKS = [
    ("title", "London Borough of Ashcombe"),
    ("title", "Healthier Communities and Older People Overview and Scrutiny Panel"),
    ("h1", "Getting through to your GP: final report of the GP Access Task Group"),
    ("p", "Cabinet: 24 March 2025 | Wards: All | Lead officer: Louise Trant, Scrutiny Officer"),
    ("h2", "1. Foreword by the task group chair"),
    ("p", "When the Panel set up this task group in June 2024, members had heard the same "
          "story from residents in every ward: ring at 8am, wait in a queue, and be told that "
          "all of the day's appointments have gone. We wanted to know whether that picture was "
          "still true, what the South Wyvern Integrated Care Board and our 21 practices were "
          "doing about it, and what the council could do to help. I would like to thank the "
          "practice managers, patients and Healthwatch Ashcombe volunteers who gave their time. "
          "— Councillor Daniel Whitcombe, Chair of the task group"),
    ("h2", "2. What we asked"),
    ("p", "The task group met six times between July and December 2024. It took evidence "
          "from the ICB, the local medical committee, three practice managers and two patient "
          "participation groups, and visited the Hatch Road and Mill Lane surgeries. The key "
          "lines of enquiry were:"),
    ("li", "Can patients get through to their practice by telephone, and how long do they wait?"),
    ("li", "Do patients understand the roles of the new clinical staff they are offered?"),
    ("li", "How are older people and people without internet access able to book appointments?"),
    ("li", "What happens to patients when a branch surgery closes?"),
    ("li", "How can the council's libraries, community centres and sheltered housing help?"),
    ("h2", "3. What we found"),
    ("p", "Telephone access has improved since all practices moved to cloud-based telephony, "
          "but waits of over 20 minutes at 8am remain common at four practices. Patients are "
          "often unaware that a clinical pharmacist or physiotherapist may be the right person "
          "to see, and the task group heard that receptionists feel exposed when explaining "
          "this. Online booking works well for most younger patients, but the Healthwatch "
          "survey showed that people over 75 were least satisfied with it."),
    ("table", [
        ["Measure", "2023", "2024"],
        ["GP appointments delivered", "1,102,000", "1,152,700"],
        ["Share of appointments face to face", "66%", "68%"],
        ["Practices with cloud telephony", "14 of 21", "21 of 21"],
        ["Patients rating their experience as good (GP Patient Survey)", "64%", "66%"],
    ]),
    ("h2", "4. Recommendations"),
    ("p", "The task group recommends that Cabinet:"),
    ("li", "R1 – Asks the ICB to publish monthly call answering data for each practice in Ashcombe."),
    ("li", "R2 – Agrees to offer library and community centre space for digital help sessions "
           "on booking GP appointments online."),
    ("li", "R3 – Asks the ICB to consult patients before any further branch surgery closure "
           "and to report the results to the Panel."),
    ("li", "R4 – Asks the Director of Public Health to include primary care access in the next "
           "Joint Strategic Needs Assessment."),
    ("h2", "5. Next steps"),
    ("p", "Cabinet is asked to agree its response to the recommendations within two months. "
          "The ICB has been invited to respond to recommendations R1 and R3. The Panel will "
          "review progress on the recommendations in September 2025."),
]


def build_report_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.last_modified_by = "Scrutiny"
    d.core_properties.author = "Scrutiny"
    d.core_properties.revision = 1
    d.core_properties.title = "GP Access Task Group final report"
    for kind, content in REPORT_BLOCKS:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(content)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(content)
    buf = io.BytesIO()
    d.save(buf)
    # Rewrite the zip with fixed timestamps so the output is byte-for-byte deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 19, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
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
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("3", "question",
          "asked whether the figures on delayed hospital discharges requested at the last meeting",
          "Councillor Daniel Whitcombe",
          "they had been sent to Panel Members by email on 4 February",
          "The Scrutiny Officer", ["adult-social-care"]),
        q("4", "question",
          "asked how the council was preparing for the CQC assessment",
          "Councillor Helen Marchetti",
          "a mock inspection had been carried out by a peer authority in November",
          "The Executive Director of Adult Social Care, Integrated Care and Public Health",
          ["governance", "adult-social-care"]),
        q("4", "request",
          "asked whether outreach sessions could be held in Pollards Green",
          "Councillor Kwame Asante-Boateng",
          "ask the Hub provider to run monthly sessions at Pollards Green Community Centre",
          "The Cabinet Member", ["adult-social-care"]),
        q("5", "question",
          "He asked what the ICB was doing about practices that were not meeting",
          "Councillor Daniel Whitcombe",
          "four practices were receiving additional support from the primary care team",
          "the Borough Place Director", ["primary-care"]),
        q("5", "question",
          "asked about the use of additional roles such as clinical pharmacists",
          "Councillor Priya Raghavan",
          "had funded 74 posts across the borough’s three primary care networks",
          "Dr Bhaskaran", ["primary-care", "workforce"]),
        q("5", "request",
          "asked that the ICB work with Healthwatch on digital inclusion",
          "Jemima Hart",
          "the ICB would be pleased to take this forward with Healthwatch",
          "The Borough Place Director", ["primary-care", "patient-and-public-input"]),
        q("5", "question",
          "asked whether there were any plans to increase NHS dentistry in the borough",
          "Councillor Tom Felling",
          "he would provide a written answer on dental access in Ashcombe",
          "The Borough Place Director", ["primary-care"]),
        q("5", "concern",
          "A Panel Member raised concern that since the closure of the Hatch Road",
          "A Panel Member", None, None, ["primary-care"]),
        q("6", "question",
          "asked whether moving to four lead providers would mean that some residents",
          "Councillor Helen Marchetti",
          "TUPE would apply where care workers moved between providers",
          "The Assistant Director", ["adult-social-care", "subcontracting", "workforce"]),
        q("6", "question",
          "asked how the council would know if a lead provider was passing visits",
          "Councillor Marchetti",
          "the contract would only permit subcontracting with the council’s written agreement",
          "officers", ["adult-social-care", "subcontracting"]),
        q("6", "concern",
          "expressed concern that most home care in the borough was now delivered",
          "Councillor Kwame Asante-Boateng",
          "it would cost around £7m a year more than the proposed model",
          "The Cabinet Member", ["adult-social-care", "privatisation", "finance"]),
        q("6", "question",
          "asked what weight had been given to quality in the tender evaluation",
          "Councillor Caroline Veale",
          "quality would account for 60 per cent of the evaluation",
          "The Assistant Director",
          ["adult-social-care", "subcontracting", "patient-and-public-input"]),
        q("6", "comment",
          "commented that the proposed rate was still below the minimum price for homecare",
          "Councillor Daniel Whitcombe", None, None, ["adult-social-care", "finance"]),
        q("7", "question",
          "asked what was being done about the rise in self-neglect referrals",
          "Councillor Caroline Veale",
          "hoarding featured in around a third of self-neglect cases",
          "The Independent Chair", ["adult-social-care"]),
        q("7", "question",
          "asked whether the police were represented at the right level on the Board",
          "Councillor Tom Felling",
          "a detective superintendent from the local Basic Command Unit attended every meeting",
          "The Independent Chair", ["governance"]),
        q("7", "question",
          "asked about the learning from the Safeguarding Adults Review",
          "Councillor Rosalind Okafor",
          "seven of the nine actions had been completed",
          "The Executive Director", ["adult-social-care", "housing", "governance"]),
        q("8", "question",
          "asked why uptake of the flu vaccination among people aged 65",
          "Councillor Tom Felling",
          "funded community pharmacies to vaccinate residents in sheltered housing schemes",
          "The Director of Public Health", ["public-health", "primary-care"]),
        q("8", "question",
          "asked about falls prevention and whether the strength and balance classes",
          "Councillor Priya Raghavan",
          "the classes were paid for from the public health grant",
          "The Director of Public Health", ["public-health", "finance"]),
        q("8", "question",
          "asked about dementia diagnosis rates, which the report showed were below",
          "Councillor Helen Marchetti",
          "the ICB was funding a memory assessment nurse in each primary care network",
          "The Director of Public Health", ["mental-health", "primary-care", "public-health"]),
        q("8", "question",
          "The Chair asked what the Panel could do to support",
          "The Chair",
          "look at social isolation and loneliness among older residents",
          "The Director", ["public-health", "governance"]),
        q("9", "request",
          "asked that the Panel consider a task group review of social isolation",
          "Councillor Kwame Asante-Boateng",
          "this would be put forward for discussion at the topic selection workshop",
          "The Chair", ["governance", "adult-social-care"]),
    ],
    "resolutions": [
        r("3", "the minutes of the meeting held on 21 January 2025 are agreed",
          "agreed", []),
        r("4", "The Panel noted the verbal update from the Cabinet Member", "noted", []),
        r("5", "requested that the ICB provide an update on dental access",
          "agreed", ["primary-care"]),
        r("6", "providers report quarterly on staff turnover and on any visits subcontracted",
          "recommended", ["adult-social-care", "workforce", "subcontracting"]),
        r("7", "notes the Safeguarding Adults Board annual report and thanks",
          "noted", ["adult-social-care"]),
        r("8", "That the Panel notes the Director of Public Health Annual Report",
          "noted", ["public-health"]),
        r("9", "That the Panel agrees the work programme", "agreed", ["governance"]),
    ],
    "attendees": [
        a("Councillor Rosalind Okafor", "in the Chair", "present"),
        a("Councillor Daniel Whitcombe", None, "present"),
        a("Councillor Priya Raghavan", None, "present"),
        a("Councillor Tom Felling", None, "present"),
        a("Councillor Helen Marchetti", None, "present"),
        a("Councillor Kwame Asante-Boateng", None, "present"),
        a("Councillor Caroline Veale", None, "present"),
        a("Councillor Joanne Ledbury", "Cabinet Member for Health and Social Care",
          "in_attendance"),
        a("Marcus Heywood",
          "Executive Director of Adult Social Care, Integrated Care and Public Health",
          "in_attendance"),
        a("Dr Yasmin Qureshi", "Director of Public Health", "in_attendance"),
        a("Claire Dunmore", "Assistant Director, Commissioning and Market Management",
          "in_attendance"),
        a("Aled Prys",
          "Borough Place Director (Ashcombe), South Wyvern Integrated Care Board",
          "in_attendance"),
        a("Dr Nikhil Bhaskaran", "GP and Clinical Lead for Primary Care, Ashcombe",
          "in_attendance"),
        a("Gwen Arkwright", "Independent Chair, Ashcombe Safeguarding Adults Board",
          "in_attendance"),
        a("Louise Trant", "Scrutiny Officer", "in_attendance"),
        a("Jemima Hart", "Healthwatch Ashcombe", "in_attendance"),
        a("Councillor Stuart Lennard", None, "apologies"),
        a("Hilary Bascombe", "co-opted member", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
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


def norm(s: str, sep: str) -> str:
    s = s.lower()
    s = "".join(sep if unicodedata.category(c).startswith("P") else c for c in s)
    return " ".join(s.split())


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("kq-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        text = doc_text(doc)
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(norm(phrase, " ").split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {phrase!r}")
                bad += 1
            for sep in (" ", ""):
                count = norm(text, sep).count(norm(phrase, sep))
                if count != 1:
                    print(f"{doc.name}: {kind} phrase found {count} times "
                          f"(sep={sep!r}): {phrase!r}")
                    bad += 1
                    break
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES)
    build_report_docx(DOCS / REPORT)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES}\nwrote {DOCS / REPORT}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
