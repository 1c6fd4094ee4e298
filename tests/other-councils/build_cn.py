#!/usr/bin/env python3
"""Build the "cn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cn.py           build documents/cn-* and gold/cn-*.json
        build_cn.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# Document 1: conversational DOCX minutes
# ---------------------------------------------------------------------------
D1 = "cn-ashworth-health-scrutiny-panel-2025-03-11.docx"
D1_COUNCIL = "Ashworth Metropolitan Borough Council"

D1_INTRO = [
    ("p", "Health Scrutiny Panel – notes of the meeting held on Tuesday 11 March 2025 "
          "at 6.00pm in Committee Room 2, Ashworth Town Hall"),
    ("p", "Present were Cllrs Helen Barraclough (Chair), Imran Ahmed, Steve Lee, Joanne Pickles, "
          "Tariq Hussain, Maureen Oldroyd and Gary Whitworth, with officers Dr Sunita Rao (Director "
          "of Public Health), Mark Ellison (Assistant Director, Commissioning and Partnerships, "
          "Adult Social Care and Health) and Kirsty Dyson (Democratic Services Officer). Also there "
          "for items 4 and 5 were Angela Ford (Associate Director of Place, NHS West Pennine "
          "Integrated Care Board) and Paul Greenhalgh (Chief Operating Officer, Ashworth Teaching "
          "Hospitals NHS Foundation Trust), and Lorraine Kaye (Healthwatch Ashworth) sat in as the "
          "panel's co-opted observer. Cllr Kath Moss sent apologies."),
]

D1_ITEMS = [
    ("1", "Apologies and substitutes", [
        "As above, Cllr Moss gave her apologies and Cllr Hussain came along as her substitute. "
        "Nobody else was missing, so the meeting was quorate."]),
    ("2", "Declarations of interest", [
        "Cllr Pickles mentioned for openness that her daughter works as a staff nurse at Ashworth "
        "Royal Infirmary, but the Chair was happy that this wasn't a pecuniary interest and she "
        "stayed for the whole meeting. Nobody else had anything to declare."]),
    ("3", "Minutes of the last meeting (21 January 2025)", [
        "Panel agreed that the minutes of the meeting on 21 January 2025 were a correct record "
        "and the Chair signed them. On matters arising, Cllr Whitworth asked whether the letter to "
        "the ICB about the Moorside walk-in centre had actually been sent; Kirsty Dyson "
        "confirmed it went on 3 February and we are still waiting for a reply."]),
    ("4", "Winter pressures and hospital discharge", [
        "Paul Greenhalgh took the panel through the trust's winter report. In short, January was "
        "the busiest month the Royal has ever had, with an average of 61 patients a day who were "
        "medically fit but still in a hospital bed, and corridor care used on 19 days. Angela Ford "
        "added that the ICB had bought 30 extra discharge-to-assess beds in local care homes from "
        "December to help with flow.",
        "Cllr Ahmed wanted to know whether the extra beds bought over the winter would still be "
        "there after the end of March; Ms Ford (ICB) told the panel that the money for the extra "
        "beds runs out on 31 March and no decision had been taken yet about next year. Cllr Lee "
        "wasn't convinced that the corridor care figures told the whole story and asked for the "
        "number of patients waiting over twelve hours in A&E each week since November; "
        "Mr Greenhalgh said he would circulate the weekly breakdown after the meeting. Cllr "
        "Oldroyd said she was really worried about older people being sent home late at night "
        "with no care package in place and gave the example of a constituent who was sent home "
        "by taxi at 11pm. Mr Ellison said the council's reablement team now works until 10pm on "
        "weekdays, and asked members to pass any late discharges straight to him.",
        "There was a question about how many care home beds in the borough were being block "
        "booked by the ICB, which officers agreed to look into and report back on. Cllr "
        "Whitworth asked why agency nursing spend at the trust was still so high after all the "
        "recruitment last summer, and Mr Greenhalgh explained that 42 international nurses had "
        "started since September but the trust still had about 180 registered nurse vacancies, "
        "mostly on the medical wards.",
        "The panel agreed to ask the ICB for a written update on the funding of discharge beds "
        "in time for the June meeting. Panel noted the winter pressures update from the trust "
        "and the ICB."]),
    ("5", "Community mental health services – new contract", [
        "Mark Ellison explained that the joint community mental health contract with the ICB "
        "started on 1 January with Brightpath Care Partnership as the lead provider, replacing "
        "the three separate contracts we had before. The contract runs for five years with an "
        "option to extend for two more.",
        "Cllr Hussain asked whether Brightpath was a profit making company or a charity; "
        "Mr Ellison told the panel it is a registered charity but some of its talking therapy "
        "sessions are subcontracted to a private company based in Leeds. Cllr Pickles raised "
        "concerns that people who actually use the service were never asked about the new model "
        "before the tender went out, and Lorraine Kaye said Healthwatch had logged 37 complaints "
        "about the switchover since January. Mr Ellison accepted that engagement had been "
        "limited and said a survey of service users and carers would go out in April. Cllr Lee "
        "asked for the full contract value and the key performance indicators to be shared "
        "with the panel, and the Chair said she would write to the ICB and Brightpath asking "
        "for both before the summer.",
        "Panel noted the update on the new community mental health contract. The panel agreed "
        "to add a six month review of the Brightpath contract to its September agenda."]),
    ("6", "Stop smoking service – future delivery", [
        "Dr Rao introduced her report. The stop smoking service has been run by an outside "
        "provider since 2019 and the contract ends in September; her proposal is to bring it "
        "back in-house and run it through the council's wellbeing team and community pharmacies. "
        "She said this would save roughly £85,000 a year.",
        "Cllr Ahmed asked what was being done about vaping among secondary school pupils, and "
        "Dr Rao said trading standards had done 14 test purchases since Christmas and five shops "
        "had sold vapes to under 18s. Cllr Oldroyd asked if local pharmacies would still be able "
        "to offer the service under the new arrangements, and Dr Rao said yes, 22 pharmacies "
        "had already signed up. Cllr Whitworth thought the quit rates looked good but said the "
        "service had to reach far more smokers in the east of the borough, where rates are "
        "nearly double the average.",
        "The panel agreed to recommend to Cabinet that the stop smoking service is brought "
        "back in-house from October 2025."]),
    ("7", "Work programme", [
        "Kirsty Dyson went through the work programme for the rest of the year. There was a "
        "question about whether children's mental health waiting times could come to the July "
        "meeting, and Kirsty said she would check with the Children's Scrutiny Panel chair so "
        "that the two panels don't double up.",
        "The panel agreed the work programme with dental access added for the July meeting."]),
    ("8", "Date of next meeting", [
        "Tuesday 10 June 2025, 6.00pm, Ashworth Town Hall."]),
]

D1_OUTRO = "The meeting finished at 8.12pm."


def d1_source_text():
    parts = [t for _, t in D1_INTRO]
    for num, title, paras in D1_ITEMS:
        parts.append(f"Item {num} – {title}")
        parts.extend(paras)
    parts.append(D1_OUTRO)
    return "\n".join(parts)


def build_d1():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Kirsty Dyson"
    cp.title = "Health Scrutiny Panel 11 March 2025 notes"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Kirsty Dyson"
    cp.revision = 3

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{D1_COUNCIL} – Health Scrutiny Panel – 11 March 2025 (DRAFT)"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    # PAGE field
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r2._r.append(el)
        elif txt.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
            r2._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = txt
            r2._r.append(el)
    r3 = fp.add_run("\t\tChair's initials ........")
    r3.font.size = Pt(8)

    p = doc.add_paragraph()
    run = p.add_run(D1_COUNCIL)
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph(D1_INTRO[0][1]).runs[0].italic = True
    doc.add_paragraph(D1_INTRO[1][1])
    for num, title, paras in D1_ITEMS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        run = p.add_run(f"Item {num} – {title}")
        run.bold = True
        for t in paras:
            doc.add_paragraph(t)
    doc.add_paragraph(D1_OUTRO)
    p = doc.add_paragraph("Chair ………………………………    Date ……………………")
    p.paragraph_format.space_before = Pt(24)
    out = DOCS / D1
    doc.save(out)
    _fix_docx_zip_dates(out)


def _fix_docx_zip_dates(path):
    import zipfile
    data = {}
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for n in names:
            data[n] = z.read(n)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data[n])


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, att):
    return {"name": name, "role": role, "attendance": att}


G1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        q("3", "question", "asked whether the letter to the ICB about the Moorside walk-in centre",
          "Cllr Whitworth", "confirmed it went on 3 February and we are still waiting",
          "Kirsty Dyson", ["primary-care"]),
        q("4", "question", "wanted to know whether the extra beds bought over the winter",
          "Cllr Ahmed", "the money for the extra beds runs out on 31 March",
          "Ms Ford (ICB)", ["adult-social-care", "finance"]),
        q("4", "request", "asked for the number of patients waiting over twelve hours",
          "Cllr Lee", "said he would circulate the weekly breakdown after the meeting",
          "Mr Greenhalgh", []),
        q("4", "concern", "really worried about older people being sent home late at night",
          "Cllr Oldroyd", "reablement team now works until 10pm on weekdays",
          "Mr Ellison", ["adult-social-care"]),
        q("4", "question", "how many care home beds in the borough were being block booked",
          None, "which officers agreed to look into and report back on",
          "officers", ["adult-social-care", "subcontracting"]),
        q("4", "question", "asked why agency nursing spend at the trust was still so high",
          "Cllr Whitworth", "42 international nurses had started since September",
          "Mr Greenhalgh", ["workforce", "finance"]),
        q("5", "question", "asked whether Brightpath was a profit making company or a charity",
          "Cllr Hussain", "sessions are subcontracted to a private company based in Leeds",
          "Mr Ellison", ["privatisation", "subcontracting", "mental-health"]),
        q("5", "concern", "people who actually use the service were never asked about the new model",
          "Cllr Pickles", "a survey of service users and carers would go out in April",
          "Mr Ellison", ["patient-and-public-input", "subcontracting", "mental-health"]),
        q("5", "request", "asked for the full contract value and the key performance indicators",
          "Cllr Lee", "the Chair said she would write to the ICB and Brightpath",
          "the Chair", ["subcontracting", "finance", "mental-health"]),
        q("6", "question", "asked what was being done about vaping among secondary school pupils",
          "Cllr Ahmed", "trading standards had done 14 test purchases since Christmas",
          "Dr Rao", ["public-health", "children-and-families"]),
        q("6", "question", "asked if local pharmacies would still be able to offer the service",
          "Cllr Oldroyd", "Dr Rao said yes, 22 pharmacies had already signed up",
          "Dr Rao", ["primary-care", "public-health"]),
        q("6", "comment", "the service had to reach far more smokers in the east of the borough",
          "Cllr Whitworth", None, None, ["public-health"]),
        q("7", "question", "whether children's mental health waiting times could come to the July meeting",
          None, "she would check with the Children's Scrutiny Panel chair",
          "Kirsty", ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        r("3", "the minutes of the meeting on 21 January 2025 were a correct record",
          "agreed", []),
        r("4", "ask the ICB for a written update on the funding of discharge beds",
          "agreed", ["adult-social-care", "finance"]),
        r("4", "Panel noted the winter pressures update from the trust and the ICB",
          "noted", []),
        r("5", "Panel noted the update on the new community mental health contract",
          "noted", ["mental-health", "subcontracting"]),
        r("5", "add a six month review of the Brightpath contract to its September agenda",
          "agreed", ["mental-health", "subcontracting"]),
        r("6", "recommend to Cabinet that the stop smoking service is brought back in-house",
          "recommended", ["public-health", "privatisation"]),
        r("7", "The panel agreed the work programme with dental access added",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Helen Barraclough", "Chair", "present"),
        a("Imran Ahmed", None, "present"),
        a("Steve Lee", None, "present"),
        a("Joanne Pickles", None, "present"),
        a("Tariq Hussain", None, "present"),
        a("Maureen Oldroyd", None, "present"),
        a("Gary Whitworth", None, "present"),
        a("Dr Sunita Rao", "Director of Public Health", "in_attendance"),
        a("Mark Ellison", "Assistant Director, Commissioning and Partnerships, Adult Social Care and Health",
          "in_attendance"),
        a("Kirsty Dyson", "Democratic Services Officer", "in_attendance"),
        a("Angela Ford", "Associate Director of Place, NHS West Pennine Integrated Care Board",
          "in_attendance"),
        a("Paul Greenhalgh", "Chief Operating Officer, Ashworth Teaching Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Lorraine Kaye", "Healthwatch Ashworth", "in_attendance"),
        a("Kath Moss", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: HOSC scrutiny review final report (PDF, not minutes)
# ---------------------------------------------------------------------------
D2 = "cn-wrexford-dental-access-review-final-report.pdf"
D2_COUNCIL = "Wrexford County Council"
D2_TITLE = "Scrutiny Review: Access to NHS Dentistry – Final Report"

D2_SECTIONS = [
    ("1. Chair's foreword", [
        "When this Committee agreed in June 2024 to look at NHS dentistry, we expected to hear "
        "about long waits. We did not expect to hear from a parent in Holbrook who drove ninety "
        "miles to find a dentist for a seven-year-old with an abscess, or from a care home "
        "manager who had given up trying to get residents seen at all. The evidence we gathered "
        "over five months shows a system that has quietly stopped working for many residents of "
        "Wrexford, particularly children, older people in care homes and people on low incomes.",
        "I want to thank the dentists, practice managers, NHS colleagues and members of the "
        "public who gave up their time, and the officers who supported the review. Our six "
        "recommendations are practical and, we believe, achievable within existing budgets.",
        "Councillor Margaret Ashdown, Chair of the Health Overview and Scrutiny Committee"]),
    ("2. Summary of recommendations", [
        "R1 – That the Integrated Care Board publishes, every six months, the number of NHS "
        "dental practices in Wrexford accepting new adult and child patients, by district.",
        "R2 – That the Integrated Care Board uses the whole of its ring-fenced dental allocation "
        "for 2025/26 in Wrexford, including any underspend returned by practices, to commission "
        "additional urgent and stabilisation sessions.",
        "R3 – That the County Council and the Integrated Care Board jointly fund a supervised "
        "toothbrushing programme in all nurseries and infant schools in the three most deprived "
        "districts from September 2025.",
        "R4 – That the Integrated Care Board commissions a domiciliary dental service for care "
        "home residents and housebound people, with a named lead in each locality.",
        "R5 – That the Integrated Care Board works with Health Education England's successor "
        "body and the University of Wrexford to develop a dental therapist training and "
        "retention scheme for the county.",
        "R6 – That Healthwatch Wrexford is commissioned to repeat its dental access survey in "
        "spring 2026, and that the Committee receives a progress report on R1 to R5 in "
        "March 2026."]),
    ("3. Background and scope", [
        "Since April 2023 responsibility for commissioning primary, community and secondary "
        "dental services has sat with the Integrated Care Board (ICB). Before then it sat with "
        "NHS England. The Committee received a short briefing in March 2024 showing that only 31% "
        "of adults in Wrexford had seen an NHS dentist in the previous two years, against 40% "
        "nationally, and that tooth extraction was the most common reason for a child to have a "
        "general anaesthetic at Wrexford General Hospital.",
        "The review set out to answer three questions: how easy is it for residents to get NHS "
        "dental care; why has access fallen; and what can local partners realistically do about "
        "it, given that the national dental contract is outside local control."]),
    ("4. Methodology", [
        "A task and finish group of five members of the Committee met eight times between July "
        "and November 2024. The group held three witness sessions in public, received written "
        "evidence from eleven organisations, visited two practices and the community dental "
        "service clinic in Eastbridge, and considered the results of a Healthwatch Wrexford "
        "survey of 1,264 residents carried out in summer 2024.",
        "Witnesses included the ICB's Director of Primary Care, the Local Dental Committee, the "
        "Director of Public Health, two practice owners, the community dental service and "
        "Healthwatch. A full list is at Appendix A. The quotations in section 5 are taken from "
        "the clerk's notes of the witness sessions and have been checked with the witnesses."]),
    ("5. Findings", [
        "5.1 Finding an NHS dentist. Healthwatch told the group that 58% of survey respondents "
        "who had tried to register with an NHS practice in the last year had been unable to "
        "do so. In the first witness session Cllr Pryce asked the ICB whether it knew how many "
        "practices were taking on new patients. The ICB said it did not hold reliable data: the "
        "NHS website is updated by practices themselves and many entries were more than a year "
        "old. Members found this unacceptable and it is the basis of R1.",
        "5.2 Money and the contract. Several practice owners described the national contract as "
        "unworkable for patients with high needs. One told the group: \"I lose money on every "
        "new patient who needs more than two fillings, so in the end you stop taking them.\" "
        "Cllr Nwosu asked the ICB whether any of the dental budget had been handed back in "
        "2023/24. The ICB said £2.1 million had not been spent because practices could not "
        "deliver their contracted activity, and that the money had been used elsewhere in the "
        "ICB's budget. The group considered that money allocated for dentistry should stay in "
        "dentistry (R2).",
        "5.3 Children's oral health. The Director of Public Health reported that 29% of "
        "five-year-olds in Wrexford have visible tooth decay, rising to 41% in Eastbridge. The "
        "supervised toothbrushing scheme funded in 2019 ended when the grant ran out. Asked by "
        "Cllr Hale what would make the biggest difference, she said: \"Put toothbrushes back in "
        "nurseries. It is cheap, it is evidence-based, and it works within a year.\" (R3)",
        "5.4 Care homes and housebound people. A care home manager told the group that none of "
        "her 46 residents had seen a dentist in two years. The community dental service "
        "confirmed it had a waiting list of 14 months for domiciliary visits and only one "
        "mobile unit for the whole county (R4).",
        "5.5 Workforce. The Local Dental Committee said that eight practices had reduced or "
        "handed back their NHS contracts since 2022 because they could not recruit dentists. "
        "Cllr Pryce asked whether dental therapists could take on more routine work. The "
        "Local Dental Committee said therapists could deliver much of the routine care children "
        "need, but there were only twelve working in the county and no local training places "
        "(R5).",
        "5.6 Listening to patients. The group was struck by how little the ICB's plans had been "
        "shaped by patients' experience. The Healthwatch survey was the only recent source of "
        "residents' views, and the group wants it repeated so that progress can be measured (R6)."]),
    ("6. Conclusion", [
        "The Committee recognises that the biggest levers – the national contract and the number "
        "of dentists trained – sit with Government. But local partners are not powerless. The "
        "ICB controls how the dental budget is spent in Wrexford and the Council controls its "
        "public health grant. The recommendations in this report ask both to use those levers "
        "now. The Committee will ask the ICB and the Cabinet Member for Adult Social Care and "
        "Public Health to respond within two months."]),
    ("Appendix A – Witnesses", [
        "Session 1 (16 July 2024): Dr Owen Barrett, Director of Primary Care, Wrexford and "
        "Marlshire Integrated Care Board; Jenna Cole, Chief Executive, Healthwatch Wrexford.",
        "Session 2 (10 September 2024): Dr Farida Shah, Chair, Wrexford Local Dental Committee; "
        "Mr Colin Dempsey and Ms Laura Kwan, practice owners; Sam Whitlock, care home manager.",
        "Session 3 (22 October 2024): Dr Ruth Okafor, Director of Public Health; Alan Jeffs, "
        "Clinical Director, Wrexford Community Dental Service.",
        "Task and finish group: Cllrs Margaret Ashdown (Chair), Rhys Pryce, Chika Nwosu, "
        "Daniel Hale and Susan Tremlett. Supported by Gemma Long, Senior Scrutiny Officer."]),
]

G2 = {
    "document": D2,
    "doc_type": "report",
    "themes": ["primary-care", "subcontracting", "finance", "workforce",
               "children-and-families", "public-health", "adult-social-care",
               "patient-and-public-input"],
}


def d2_source_text():
    parts = [D2_COUNCIL, "Health Overview and Scrutiny Committee", D2_TITLE]
    for h, paras in D2_SECTIONS:
        parts.append(h)
        parts.extend(paras)
    return "\n".join(parts)


SHY = "\u00ad"


def hyphenate(text):
    """Insert soft hyphens into long words so that justified lines break mid-word."""
    def fix(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        cut = [i for i in range(4, len(w) - 3) if w[i - 1] in "aeiou" and w[i] not in "aeiou"]
        if not cut:
            return w
        pts = cut[:: 2]
        out, last = [], 0
        for p in pts:
            out.append(w[last:p])
            last = p
        out.append(w[last:])
        return SHY.join(out)
    return re.sub(r"[A-Za-z]+", fix, text)


def build_d2():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{D2_COUNCIL} – Health Overview and Scrutiny Committee",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "Access to NHS Dentistry – Final Report – March 2025",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(D2_TITLE)
    pdf.set_author("Wrexford County Council Scrutiny Team")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_font("dv", "I", FONT_I)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("dv", "", 11)
    pdf.cell(0, 8, D2_COUNCIL, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Health Overview and Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("dv", "B", 22)
    pdf.multi_cell(0, 11, "Scrutiny Review:\nAccess to NHS Dentistry")
    pdf.ln(4)
    pdf.set_font("dv", "", 16)
    pdf.cell(0, 9, "Final Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 6, "Report of the Dental Access Task and Finish Group\n"
                         "To be presented to the Health Overview and Scrutiny Committee, 19 March 2025\n"
                         "Contact: Gemma Long, Senior Scrutiny Officer, scrutiny@wrexford.example.gov.uk")
    for h, paras in D2_SECTIONS:
        pdf.add_page() if h.startswith(("1.", "Appendix")) else pdf.ln(4)
        pdf.set_font("dv", "B", 13)
        pdf.multi_cell(0, 8, h)
        pdf.ln(1)
        for t in paras:
            if t.startswith("R") and t[1].isdigit():
                pdf.set_font("dv", "B", 10)
                pdf.set_fill_color(232, 238, 246)
                pdf.multi_cell(0, 5.6, hyphenate(t), align="J", fill=True)
            elif t.startswith("Councillor Margaret"):
                pdf.set_font("dv", "I", 10)
                pdf.multi_cell(0, 5.6, t)
            else:
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(0, 5.6, hyphenate(t), align="J")
            pdf.ln(2.5)
    pdf.output(str(DOCS / D2))


# ---------------------------------------------------------------------------

def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def count(hay, needle):
    h, n = " " + norm(hay) + " ", " " + norm(needle) + " "
    return h.count(n)


def docx_text(path):
    from docx import Document
    d = Document(path)
    return "\n".join(p.text for p in d.paragraphs)


def check():
    ok = True
    pairs = [(G1, docx_text(DOCS / D1)), (G2, d2_source_text())]
    for g, text in pairs:
        gf = GOLD / (Path(g["document"]).stem + ".json")
        on_disk = json.loads(gf.read_text())
        if on_disk != g:
            print("STALE gold", gf)
            ok = False
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            c = count(text, ph)
            if c != 1 or not 6 <= n <= 15:
                print(f"FAIL {g['document']} {kind}: count={c} words={n}: {ph}")
                ok = False
        items = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                print("bad item", row)
                ok = False
    # PDF text sanity: extracted text should contain the title words
    import pdfplumber
    with pdfplumber.open(DOCS / D2) as pdf:
        t = "\n".join(p.extract_text() or "" for p in pdf.pages)
    if "Final Report" not in t:
        print("PDF text missing")
        ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_d1()
    build_d2()
    for g in (G1, G2):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    print("built", D1, D2)


if __name__ == "__main__":
    main()
