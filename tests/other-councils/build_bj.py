#!/usr/bin/env python3
"""Build the "bj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bj.py          build documents and gold
        build_bj.py --check  verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from html import escape, unescape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0)

DOC1 = "bj-kingsmere-city-council-health-scrutiny-committee-2025-03-12.docx"
DOC2 = "bj-kingsmere-city-council-children-and-families-scrutiny-panel-2025-02-24.html"

HPCC = "Head of Primary Care Commissioning"
ADCM = "Assistant Director – Commissioning and Market Management"
DPH = "Director of Public Health"
ADMH = "Associate Director of Mental Health Transformation"
SGO = "Scrutiny and Governance Officer"

# ---------------------------------------------------------------- document 1 content
# Each item: (number, title, list of blocks). Blocks: ("p", text) plain paragraph,
# ("m", SURNAME, text) member paragraph, ("r", role, text) response, ("d", [clauses]) decision.
ITEMS1 = [
    ("HSC 45", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Okafor and Councillor Brierley. "
              "Councillor Lindqvist attended as substitute for Councillor Okafor."),
    ]),
    ("HSC 46", "Declarations of Interest", [
        ("p", "Councillor Hughes declared a non-registrable interest in minute HSC 48 as a member of his "
              "family is a practising dental nurse in the city. He remained in the meeting and took part in "
              "the discussion. No other declarations were made."),
    ]),
    ("HSC 47", "Minutes of the Previous Meeting", [
        ("d", ["That the minutes of the meeting held on 29 January 2025 be approved as a correct record "
               "and signed by the Chair."]),
    ]),
    ("HSC 48", "NHS Dental Access", [
        ("p", "The Committee considered a report of the Kingsmere and Wyre Valley Integrated Care Board (ICB) on "
              "access to NHS dental services in the city, which had been requested following the Committee's "
              "meeting in October 2024. Mark Denholm, Head of Primary Care Commissioning, introduced the report "
              "and explained that the ICB had taken over the commissioning of dental services from NHS England "
              "in April 2023. Since then two practices in the city had handed back their NHS contracts, "
              "representing around 14,600 units of dental activity, and the ICB had used a flexible "
              "commissioning scheme to buy additional urgent care sessions from eleven practices."),
        ("m", "PATEL", "asked whether the ICB knew how many residents were currently waiting to register with an "
                       "NHS dentist, as constituents told her that no practice in the east of the city was accepting "
                       "new adult patients. She also asked whether the ICB had considered opening a salaried dental "
                       "service of its own rather than relying on practices to take on extra activity."),
        ("r", HPCC, "There was no single waiting list for NHS dentistry, because patients were not registered "
                    "with a practice in the way they were with a GP; the ICB estimated from the national patient "
                    "survey that about 38 per cent of adults in Kingsmere had not seen a dentist in the last two "
                    "years. A salaried service was being looked at as part of the dental recovery plan, but it "
                    "would need capital funding and the ICB had not yet identified a suitable site."),
        ("m", "HUGHES", "expressed concern that the national dental contract paid practices the same for a course "
                        "of treatment regardless of how complex it was, which he said discouraged practices from "
                        "taking on patients with high needs, and asked what the ICB could do locally."),
        ("r", HPCC, "The contract was set nationally and the ICB could not change the payment rules, but it had "
                    "used its local flexibilities to pay an enhanced rate for high needs patients referred "
                    "through the community dental service. Forty-two patients had been treated under that "
                    "scheme since November."),
        ("m", "MORGAN", "requested that future reports break down urgent dental sessions by ward so that Members "
                        "could see whether provision matched need in the most deprived areas."),
        ("r", HPCC, "The ward breakdown would be included in the next update to the Committee."),
        ("m", "NOWAK", "commented that children's oral health was getting worse and that the supervised "
                       "toothbrushing programme in nurseries should be extended to all primary schools."),
        ("d", ["That the report be noted.",
               "That the ICB be requested to provide a ward-level breakdown of urgent dental sessions in its "
               "next update.",
               "That the Chair write to the Minister for Care on behalf of the Committee calling for reform "
               "of the national dental contract."]),
    ]),
    ("HSC 49", "Home Care Recommissioning 2025", [
        ("p", "Jo Ferris, Assistant Director – Commissioning and Market Management, presented a report setting "
              "out proposals to recommission home care services from October 2025. The current framework, under "
              "which 23 independent providers delivered around 31,000 hours of care each week, would expire in "
              "September. The proposed model would divide the city into six geographical zones, each with a "
              "lead provider, with a framework of approved providers to pick up packages the lead provider "
              "could not cover."),
        ("m", "ASHWORTH", "asked how the Council would make sure that the zone contracts did not simply go to "
                          "the large national companies, and whether small local providers and social "
                          "enterprises would be able to compete."),
        ("r", ADCM, "The tender would be split into lots and the evaluation would give weight to local presence "
                    "and social value; a series of market engagement events had been held and 41 organisations "
                    "had attended, a third of them based in Kingsmere."),
        ("m", "BEGUM", "raised concern about the pay of care workers and asked whether the new contracts would "
                       "require providers to pay the Real Living Wage, noting that staff turnover in the sector "
                       "was over 30 per cent."),
        ("r", ADCM, "The proposed hourly rate of £24.60 had been calculated to allow providers to pay the Real "
                    "Living Wage, and paying it would be a contract condition; the cost of this was £1.9m a "
                    "year and was included in the draft budget."),
        ("m", "LINDQVIST", "asked whether bringing some home care back in-house had been considered, given the "
                           "difficulties in rural wards where providers had handed back packages."),
        ("r", ADCM, "An in-house option had been appraised, and the options appraisal was at Appendix 3. It had "
                    "been rejected on cost grounds, as it would cost an estimated £4.2m more each year, but the "
                    "Council would keep a small in-house reablement team and would use it as a provider of last "
                    "resort in the rural zones."),
        ("d", ["That Cabinet be recommended to approve the zonal lead provider model for home care from "
               "October 2025.",
               "That Cabinet be asked to ensure that payment of the Real Living Wage is a condition of every "
               "contract awarded under the new arrangements."]),
    ]),
    ("HSC 50", "Public Health Grant 2025/26 and Stop Smoking Services", [
        ("p", "Dr Helen Carver, Director of Public Health, reported that the Public Health Grant for 2025/26 had "
              "been confirmed at £27.3m, an increase of 5.1 per cent, and that the additional stop smoking grant "
              "of £612,000 would continue for a second year. The report set out how the grant would be "
              "allocated, including the transfer of the stop smoking service from the current community "
              "interest company to an in-house team from July 2025."),
        ("m", "NOWAK", "asked what would happen to the staff of the community interest company when the service "
                       "transferred."),
        ("r", DPH, "The eleven advisers employed by the company would transfer to the Council under TUPE on "
                   "their existing terms and conditions, and the Council had met the trade unions twice."),
        ("m", "PATEL", "queried whether the grant increase was real growth once the pay award for "
                       "NHS-commissioned services was taken into account, and sought clarification about how "
                       "much of the grant was spent on services commissioned from the NHS."),
        ("r", DPH, "Most of the increase would be absorbed by the Agenda for Change pay award for sexual health "
                   "and health visiting staff, so there was little real growth. About £11.8m of the grant was "
                   "spent through NHS contracts, mainly for sexual health, health visiting and school nursing."),
        ("m", "MORGAN", "welcomed the decision to bring the stop smoking service in-house and asked that the "
                        "Committee receive data on quit rates by ward after the first six months."),
        ("d", ["That the allocation of the Public Health Grant for 2025/26 as set out in the report be noted.",
               "That the Committee's support for the transfer of the stop smoking service in-house be noted."]),
    ]),
    ("HSC 51", "Mental Health Crisis Services", [
        ("p", "Samuel Reid, Associate Director of Mental Health Transformation at Riverside Partnership NHS "
              "Foundation Trust, gave a presentation on the Trust's crisis pathway, including the 24-hour crisis "
              "line, the crisis café at Ferry Street and the planned mental health emergency department at "
              "Kingsmere General Hospital. He reported that out-of-area placements for adult acute beds had "
              "fallen from 19 in April 2024 to 7 in January 2025."),
        ("m", "HUGHES", "said that he had been contacted by families who had waited more than eight hours in the "
                        "emergency department for a mental health assessment, and asked what the Trust was doing "
                        "to reduce these waits."),
        ("r", ADMH, "The Trust recognised that long waits were unacceptable; the new mental health emergency "
                    "department, due to open in September, would provide a separate calm space with psychiatric "
                    "liaison staff on site 24 hours a day."),
        ("m", "BEGUM", "expressed concern that the crisis café was run by a charity on a one-year grant and asked "
                       "whether its funding was secure beyond March 2026."),
        ("r", ADMH, "The ICB had agreed to extend the funding on a three-year contract from April 2025, which "
                    "would give the charity more stability."),
        ("m", "ASHWORTH", "suggested that the Committee look in more depth at how well the crisis pathway worked "
                          "for young people moving from CAMHS to adult services."),
        ("d", ["That the presentation be noted.",
               "That a task group of five Members be established to review the transition from CAMHS to adult "
               "mental health crisis services, and that the Chair and Vice-Chair agree its membership."]),
    ]),
    ("HSC 52", "Work Programme 2024/25", [
        ("p", "The Scrutiny and Governance Officer presented the Committee's work programme for the remainder "
              "of the municipal year."),
        ("m", "MORGAN", "asked that ambulance handover delays at Kingsmere General Hospital be scheduled for the "
                        "June meeting."),
        ("r", SGO, "The item would be added for June, subject to the availability of the ambulance trust."),
        ("d", ["That the work programme be approved, subject to the addition of an item on ambulance handover "
               "delays at the June meeting."]),
    ]),
]

ATT1 = [
    ("Chair", "Councillor Margaret Ellison"),
    ("Vice-Chair", "Councillor Rukhsana Begum"),
    ("Members", "Councillor Anita Patel, Councillor Gareth Hughes, Councillor Siobhan Morgan, Councillor Tomasz "
                "Nowak, Councillor Peter Ashworth, Councillor Ruth Lindqvist (substitute for Councillor Okafor)"),
    ("Officers", "Dr Helen Carver (Director of Public Health), Mark Denholm (Head of Primary Care Commissioning, "
                 "Kingsmere and Wyre Valley ICB), Jo Ferris (Assistant Director – Commissioning and Market "
                 "Management), Samuel Reid (Associate Director of Mental Health Transformation, Riverside "
                 "Partnership NHS Foundation Trust), Claire Whitcombe (Scrutiny and Governance Officer)"),
    ("Apologies", "Councillor Femi Okafor, Councillor Janet Brierley"),
]


def q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS1],
    "questions": [
        q("HSC 48", "question", "how many residents were currently waiting to register with an NHS dentist",
          "PATEL", "the ICB estimated from the national patient survey that about 38 per cent", HPCC,
          ["primary-care"]),
        q("HSC 48", "question", "considered opening a salaried dental service of its own",
          "PATEL", "A salaried service was being looked at as part of the dental recovery plan", HPCC,
          ["primary-care", "privatisation"]),
        q("HSC 48", "concern", "the national dental contract paid practices the same for a course of treatment",
          "HUGHES", "used its local flexibilities to pay an enhanced rate for high needs patients", HPCC,
          ["primary-care", "finance"]),
        q("HSC 48", "request", "future reports break down urgent dental sessions by ward",
          "MORGAN", "The ward breakdown would be included in the next update", HPCC,
          ["primary-care", "public-health"]),
        q("HSC 48", "comment", "supervised toothbrushing programme in nurseries should be extended to all primary schools",
          "NOWAK", None, None, ["public-health", "children-and-families", "primary-care"]),
        q("HSC 49", "question", "zone contracts did not simply go to the large national companies",
          "ASHWORTH", "The tender would be split into lots and the evaluation would give weight", ADCM,
          ["subcontracting", "privatisation", "adult-social-care"]),
        q("HSC 49", "concern", "whether the new contracts would require providers to pay the Real Living Wage",
          "BEGUM", "the Real Living Wage, and paying it would be a contract condition", ADCM,
          ["workforce", "subcontracting", "adult-social-care", "finance"]),
        q("HSC 49", "question", "whether bringing some home care back in-house had been considered",
          "LINDQVIST", "It had been rejected on cost grounds, as it would cost an estimated", ADCM,
          ["privatisation", "adult-social-care", "finance"]),
        q("HSC 50", "question", "what would happen to the staff of the community interest company",
          "NOWAK", "would transfer to the Council under TUPE on their existing terms", DPH,
          ["workforce", "public-health", "privatisation"]),
        q("HSC 50", "question", "whether the grant increase was real growth once the pay award",
          "PATEL", "Most of the increase would be absorbed by the Agenda for Change pay award", DPH,
          ["finance", "public-health", "workforce"]),
        q("HSC 50", "question", "how much of the grant was spent on services commissioned from the NHS",
          "PATEL", "About £11.8m of the grant was spent through NHS contracts", DPH,
          ["finance", "public-health", "subcontracting"]),
        q("HSC 50", "request", "receive data on quit rates by ward after the first six months",
          "MORGAN", None, None, ["public-health"]),
        q("HSC 51", "question", "waited more than eight hours in the emergency department for a mental health assessment",
          "HUGHES", "the new mental health emergency department, due to open in September", ADMH,
          ["mental-health"]),
        q("HSC 51", "concern", "the crisis café was run by a charity on a one-year grant",
          "BEGUM", "agreed to extend the funding on a three-year contract from April 2025", ADMH,
          ["mental-health", "finance", "subcontracting"]),
        q("HSC 51", "request", "how well the crisis pathway worked for young people moving from CAMHS",
          "ASHWORTH", None, None, ["mental-health", "children-and-families"]),
        q("HSC 52", "request", "ambulance handover delays at Kingsmere General Hospital be scheduled for the June meeting",
          "MORGAN", "The item would be added for June, subject to the availability", SGO,
          ["governance"]),
    ],
    "resolutions": [
        {"item": "HSC 47", "text": "minutes of the meeting held on 29 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "HSC 48", "text": "ICB be requested to provide a ward-level breakdown of urgent dental sessions",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "HSC 49", "text": "Cabinet be recommended to approve the zonal lead provider model for home care",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "HSC 50", "text": "That the allocation of the Public Health Grant for 2025/26",
         "outcome": "noted", "themes": ["public-health", "finance", "privatisation"]},
        {"item": "HSC 51", "text": "a task group of five Members be established to review the transition",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families", "governance"]},
        {"item": "HSC 52", "text": "the work programme be approved, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellison", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Rukhsana Begum", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Anita Patel", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Hughes", "role": None, "attendance": "present"},
        {"name": "Councillor Siobhan Morgan", "role": None, "attendance": "present"},
        {"name": "Councillor Tomasz Nowak", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Ashworth", "role": None, "attendance": "present"},
        {"name": "Councillor Ruth Lindqvist", "role": "substitute for Councillor Okafor", "attendance": "present"},
        {"name": "Dr Helen Carver", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mark Denholm", "role": "Head of Primary Care Commissioning, Kingsmere and Wyre Valley ICB",
         "attendance": "in_attendance"},
        {"name": "Jo Ferris", "role": ADCM, "attendance": "in_attendance"},
        {"name": "Samuel Reid", "role": "Associate Director of Mental Health Transformation, Riverside "
                                        "Partnership NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Claire Whitcombe", "role": SGO, "attendance": "in_attendance"},
        {"name": "Councillor Femi Okafor", "role": None, "attendance": "apologies"},
        {"name": "Councillor Janet Brierley", "role": None, "attendance": "apologies"},
    ],
}


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)


def justify(p):
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p


def build_doc1(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    h1 = d.styles["Heading 1"]; h1.font.size = Pt(12); h1.font.name = "Arial"
    sec = d.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    # first-page header: council, meeting, attendance table (rows)
    fh = sec.first_page_header
    p = fh.paragraphs[0]; r = p.add_run("KINGSMERE CITY COUNCIL"); r.bold = True; r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = fh.add_paragraph(); r = p.add_run("HEALTH SCRUTINY COMMITTEE"); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = fh.add_paragraph("MINUTES of the meeting held on Wednesday 12 March 2025 at 6.00 pm in Committee Room 2, "
                         "Kingsmere Guildhall")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = fh.add_table(rows=len(ATT1), cols=2, width=Cm(16.6))
    t.style = d.styles["Table Grid"]
    for i, (lab, names) in enumerate(ATT1):
        c0, c1 = t.rows[i].cells
        c0.width = Cm(3.2); c1.width = Cm(13.4)
        c0.paragraphs[0].add_run(lab).bold = True
        c1.paragraphs[0].add_run(names).font.size = Pt(9)
    fh.add_paragraph("")
    # running header on later pages
    hh = sec.header
    p = hh.paragraphs[0]
    p.add_run("Kingsmere City Council – Health Scrutiny Committee – 12 March 2025").italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for ft in (sec.footer, sec.first_page_footer):
        p = ft.paragraphs[0]
        p.add_run("Page ")
        add_field(p, "PAGE")
        p.add_run("\tChair's initials ..............")
    # body
    for num, title, blocks in ITEMS1:
        d.add_heading(f"[{num}] {title}", level=1)
        for b in blocks:
            if b[0] == "p":
                justify(d.add_paragraph(b[1]))
            elif b[0] == "m":
                p = justify(d.add_paragraph())
                p.add_run(b[1] + ":").bold = True
                p.add_run(" " + b[2])
            elif b[0] == "r":
                p = justify(d.add_paragraph())
                p.add_run(f"RESPONSE ({b[1]}):").bold = True
                p.add_run(" " + b[2])
            elif b[0] == "d":
                tb = d.add_table(rows=1, cols=1)
                tb.style = d.styles["Table Grid"]
                cell = tb.rows[0].cells[0]
                cp = cell.paragraphs[0]; cp.add_run("DECISION").bold = True
                for i, cl in enumerate(b[1], 1):
                    pp = cell.add_paragraph(f"{i}.\t{cl}")
                    pp.paragraph_format.left_indent = Cm(0.8)
                    pp.paragraph_format.first_line_indent = Cm(-0.8)
                    pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                d.add_paragraph("")
    d.add_paragraph("The meeting commenced at 6.00 pm and concluded at 8.47 pm.")
    d.add_paragraph("")
    d.add_paragraph("Chair ..............................................")
    cp = d.core_properties
    cp.author = "Democratic Services"; cp.title = "Health Scrutiny Committee minutes 12 March 2025"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Democratic Services"; cp.revision = 3
    buf = io.BytesIO(); d.save(buf)
    # rewrite the zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- document 2 content
DCS = "Director of Children's Services"
HSEND = "Head of SEND and Inclusion"
HCPP = "Head of Corporate Parenting and Placements"
CMCYP = "Cabinet Member for Children and Young People"
CAMHS_LEAD = "Clinical Lead, Kingsmere CAMHS"

ATT2 = [
    ("Cllr Lorraine Oduya", "Chair", "Present"),
    ("Cllr Martin Feeney", "Vice-Chair", "Present"),
    ("Cllr Asha Raman", "Panel Member", "Present"),
    ("Cllr Gwen Talbot", "Panel Member", "Apologies"),
    ("Cllr Colin Marsh", "Panel Member", "Present"),
    ("Cllr Imran Sadiq", "Panel Member", "Absent"),
    ("Rev. Paul Kerridge", "Co-opted Member (Diocesan representative)", "Present"),
    ("Cllr Deborah Quayle", CMCYP, "In attendance"),
    ("Sarah Lomax", DCS, "In attendance"),
    ("Neil Atherton", HSEND, "In attendance"),
    ("Priya Chandran", HCPP, "In attendance"),
    ("Dr Owen Blake", "Clinical Lead, Kingsmere CAMHS (Riverside Partnership NHS Foundation Trust)", "In attendance"),
    ("Tessa Grainger", "Democratic Services Officer", "In attendance"),
]

# blocks: ("p", html-text), ("q", asker, text), ("a", role, text), ("d", [bullets])
ITEMS2 = [
    (1, "Apologies and substitutions", [
        ("p", "Apologies were received from Cllr Talbot. There were no substitutions. Cllr Sadiq was not present."),
    ]),
    (2, "Declarations of interest", [
        ("p", "Cllr Raman declared a personal interest in Item 5 as she is an approved foster carer for the "
              "Council. Rev. Kerridge declared that he is a governor of St Oswald's C of E Primary School."),
    ]),
    (3, "Minutes of the meeting held on 13 January 2025", [
        ("d", ["The minutes of the meeting held on 13 January 2025 were agreed as a correct record."]),
    ]),
    (4, "Education, Health and Care Plans: timeliness", [
        ("p", "Neil Atherton, Head of SEND and Inclusion, introduced the report. In the twelve months to December "
              "2024, 41% of new EHCPs had been issued within the statutory 20 weeks, compared with 28% the year "
              "before and a national average of 50%. Requests for assessment had risen by 19% over the same period."),
        ("q", "Cllr Marsh", "What is the Council doing about the backlog of educational psychology assessments, "
                            "and how many psychologists are currently vacant?"),
        ("a", HSEND, "Four of the eleven educational psychologist posts are vacant. The service has bought in "
                     "assessments from two locum agencies at a cost of £380,000 this year, and the backlog has "
                     "fallen from 212 to 134 cases."),
        ("q", "Cllr Raman", "Parents tell us they are not kept informed while they wait. Will the service "
                            "commit to a named caseworker for every family?"),
        ("a", HSEND, "A named caseworker is now allocated at the point the assessment is agreed, and the Parent "
                     "Carer Forum helped design the new fortnightly update letters."),
        ("q", "Rev. Kerridge", "I remain concerned that schools are being asked to fund more of the first £6,000 "
                               "of support from budgets that are already stretched."),
        ("p", "The Chair noted that the Schools Forum would consider the high needs block at its March meeting."),
        ("d", ["The Panel noted the report.",
               "The Panel asked the Director of Children's Services to report EHCP timeliness figures to every "
               "meeting until the 20-week rate exceeds 60%."]),
    ]),
    (5, "Children's residential placements and the use of private providers", [
        ("p", "Priya Chandran, Head of Corporate Parenting and Placements, presented the report. Of the 47 "
              "children in residential care, 39 were placed with private providers. The average weekly cost of a "
              "placement was £6,850 and the highest was £14,200. The Council plans to open two council-run "
              "children's homes."),
        ("q", "Cllr Feeney", "How much profit are the private companies making from these placements, and what "
                             "is the Council doing to reduce reliance on them?"),
        ("a", HCPP, "The Council does not see providers' accounts, but the Competition and Markets Authority "
                    "found average profit margins of over 20 per cent in the largest providers. The two new homes, "
                    "at Alder Road and Beechcroft, will open in 2026 and will provide eight places."),
        ("q", "Cllr Marsh", "How many of our children in residential care are placed more than 20 miles from "
                            "Kingsmere?"),
        ("a", HCPP, "Twenty-three of them, including nine who are placed outside the region."),
        ("p", "In response to a question from Cllr Oduya about staffing of the new homes, the Director of "
              "Children's Services said that recruitment of registered managers would begin in the autumn and "
              "that the homes would pay a retention supplement."),
        ("d", ["That Cabinet be recommended to support the opening of two council-run children's homes in 2026.",
               "That Cabinet be recommended to write to the Secretary of State for Education seeking a cap on "
               "profits in children's placements."]),
    ]),
    (6, "Care leavers: housing and the local offer", [
        ("p", "Cllr Deborah Quayle, Cabinet Member for Children and Young People, gave an update on the refreshed "
              "local offer for care leavers, which was published in November 2024."),
        ("q", "Cllr Raman", "How many care leavers are currently living in bed and breakfast or other temporary "
                            "accommodation?"),
        ("a", HCPP, "Six care leavers aged 18 to 21 are in temporary accommodation, none of them in bed and "
                    "breakfast. Each has a personal adviser and a move-on plan."),
        ("q", "Cllr Feeney", "Will the Council exempt care leavers from council tax up to the age of 25, as "
                             "neighbouring councils have done?"),
        ("a", CMCYP, "The exemption currently runs to 21; extending it to 25 would cost around £95,000 a year "
                     "and is being considered as part of the budget."),
        ("q", "Cllr Marsh", "The young people we met at the Care Leavers' Forum said the local offer was hard to "
                            "find online; it should be written with them, not for them."),
        ("d", ["The Panel noted the update on the care leavers' local offer."]),
    ]),
    (7, "CAMHS waiting times", [
        ("p", "Dr Owen Blake, Clinical Lead for Kingsmere CAMHS, presented the Trust's report on waiting times "
              "and the actions in the CAMHS recovery plan."),
        ("q", "Cllr Oduya", "What is the current longest wait for a first CAMHS appointment, and what is being "
                            "done for children while they wait?"),
        ("a", CAMHS_LEAD, "The longest wait is 61 weeks for neurodevelopmental assessment; for other referrals "
                          "it is 18 weeks. Children on the waiting list can use the Kooth online service and the "
                          "school mental health support teams."),
        ("q", "Cllr Feeney", "Is the ICB going to fund the extra mental health support teams it promised for "
                             "secondary schools?"),
        ("a", CAMHS_LEAD, "Two further teams were approved in January and will cover 14 more schools from "
                          "September 2025."),
        ("d", ["The Panel noted the report.",
               "The Panel agreed to invite the ICB's Director of Mental Health Commissioning to its June meeting."]),
    ]),
    (8, "Work programme 2025/26", [
        ("p", "The Democratic Services Officer presented the draft work programme for 2025/26."),
        ("d", ["The work programme was agreed, with the addition of a report on school exclusions in July."]),
    ]),
]

GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Children and Families Scrutiny Panel",
    "meeting_date": "2025-02-24",
    "items": [{"number": str(n), "title": t} for n, t, _ in ITEMS2],
    "questions": [
        q("4", "question", "doing about the backlog of educational psychology assessments",
          "Cllr Marsh", "Four of the eleven educational psychologist posts are vacant", HSEND,
          ["children-and-families", "workforce"]),
        q("4", "request", "commit to a named caseworker for every family",
          "Cllr Raman", "A named caseworker is now allocated at the point the assessment", HSEND,
          ["children-and-families", "patient-and-public-input"]),
        q("4", "concern", "schools are being asked to fund more of the first £6,000 of support",
          "Rev. Kerridge", None, None, ["children-and-families", "finance"]),
        q("5", "question", "How much profit are the private companies making from these placements",
          "Cllr Feeney", "found average profit margins of over 20 per cent in the largest providers", HCPP,
          ["privatisation", "children-and-families", "finance"]),
        q("5", "question", "placed more than 20 miles from Kingsmere",
          "Cllr Marsh", "including nine who are placed outside the region", HCPP,
          ["children-and-families"]),
        q("5", "question", "In response to a question from Cllr Oduya about staffing of the new homes",
          "Cllr Oduya", "recruitment of registered managers would begin in the autumn", DCS,
          ["workforce", "children-and-families"]),
        q("6", "question", "care leavers are currently living in bed and breakfast",
          "Cllr Raman", "Six care leavers aged 18 to 21 are in temporary accommodation", HCPP,
          ["housing", "children-and-families"]),
        q("6", "question", "exempt care leavers from council tax up to the age of 25",
          "Cllr Feeney", "extending it to 25 would cost around £95,000 a year", CMCYP,
          ["finance", "children-and-families"]),
        q("6", "comment", "the local offer was hard to find online",
          "Cllr Marsh", None, None, ["patient-and-public-input", "children-and-families"]),
        q("7", "question", "current longest wait for a first CAMHS appointment",
          "Cllr Oduya", "The longest wait is 61 weeks for neurodevelopmental assessment", CAMHS_LEAD,
          ["mental-health", "children-and-families"]),
        q("7", "question", "fund the extra mental health support teams it promised for secondary schools",
          "Cllr Feeney", "Two further teams were approved in January and will cover 14 more schools", CAMHS_LEAD,
          ["mental-health", "children-and-families", "finance"]),
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 13 January 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "report EHCP timeliness figures to every meeting until the 20-week rate",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "5", "text": "Cabinet be recommended to write to the Secretary of State for Education",
         "outcome": "recommended", "themes": ["children-and-families", "privatisation"]},
        {"item": "6", "text": "noted the update on the care leavers' local offer",
         "outcome": "noted", "themes": ["children-and-families"]},
        {"item": "7", "text": "agreed to invite the ICB's Director of Mental Health Commissioning",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "8", "text": "work programme was agreed, with the addition of a report on school exclusions",
         "outcome": "agreed", "themes": ["children-and-families"]},
    ],
    "attendees": [
        {"name": n, "role": r, "attendance": a.lower().replace(" ", "_")} for n, r, a in ATT2
    ],
}


def build_doc2(path):
    h = []
    w = h.append
    w("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"generator\" content=\"Hugo 0.121.1\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Children and Families Scrutiny Panel – 24 February 2025 | Kingsmere Democracy</title>\n"
      "<link rel=\"stylesheet\" href=\"/css/main.min.css\">\n</head>\n<body>\n")
    w("<header class=\"site-header\"><a class=\"site-title\" href=\"/\">Kingsmere Democracy</a>\n"
      "<nav><ul><li><a href=\"/meetings/\">Meetings</a></li><li><a href=\"/committees/\">Committees</a></li>"
      "<li><a href=\"/councillors/\">Councillors</a></li><li><a href=\"/about/\">About</a></li></ul></nav></header>\n")
    w("<main class=\"page-content\">\n<article class=\"post\">\n<header class=\"post-header\">\n"
      "<h1 class=\"post-title\">Children and Families Scrutiny Panel – minutes, 24 February 2025</h1>\n"
      "<p class=\"post-meta\"><time datetime=\"2025-03-04T10:15:00+00:00\">4 March 2025</time> · "
      "Kingsmere City Council · 6 min read</p>\n</header>\n<div class=\"post-content\">\n")
    w("<p>Minutes of the meeting of the Children and Families Scrutiny Panel held on Monday 24 February 2025 at "
      "5.30 pm in the Council Chamber, Kingsmere Guildhall. These minutes are subject to approval at the next "
      "meeting of the Panel.</p>\n")
    w("<nav id=\"TableOfContents\">\n<ul>\n")
    for n, t, _ in ITEMS2:
        w(f"<li><a href=\"#item-{n}\">Item {n} — {escape(t, quote=False)}</a></li>\n")
    w("</ul>\n</nav>\n")
    w("<h2 id=\"attendance\">Attendance</h2>\n<table>\n<thead>\n<tr>\n<th>Name</th>\n<th>Role</th>\n"
      "<th>Attendance</th>\n</tr>\n</thead>\n<tbody>\n")
    for n, r, a in ATT2:
        w(f"<tr>\n<td>{escape(n, quote=False)}</td>\n<td>{escape(r, quote=False)}</td>\n<td>{a}</td>\n</tr>\n")
    w("</tbody>\n</table>\n")
    for n, t, blocks in ITEMS2:
        w(f"<h2 id=\"item-{n}\">Item {n} — {escape(t, quote=False)}</h2>\n")
        for b in blocks:
            if b[0] == "p":
                w(f"<p>{escape(b[1], quote=False)}</p>\n")
            elif b[0] == "q":
                w(f"<blockquote>\n<p><strong>Q ({escape(b[1], quote=False)}):</strong> "
                  f"{escape(b[2], quote=False)}</p>\n</blockquote>\n")
            elif b[0] == "a":
                w(f"<p><em>A ({escape(b[1], quote=False)}):</em> {escape(b[2], quote=False)}</p>\n")
            elif b[0] == "d":
                w("<div class=\"callout decision\">\n<p><strong>Decision</strong></p>\n<ul>\n")
                for li in b[1]:
                    w(f"<li>{escape(li, quote=False)}</li>\n")
                w("</ul>\n</div>\n")
    w("<p>The meeting closed at 7.42 pm.</p>\n")
    w("</div>\n<footer class=\"post-footer\">\n<ul class=\"post-tags\"><li><a href=\"/tags/scrutiny/\">scrutiny</a>"
      "</li><li><a href=\"/tags/children/\">children</a></li></ul>\n"
      "<p class=\"edit-link\"><a href=\"https://git.kingsmere.example/democracy/site/edit/main/content/meetings/"
      "2025-02-24-cfsp.md\">Suggest an edit</a></p>\n</footer>\n</article>\n</main>\n")
    w("<footer class=\"site-footer\"><p>© 2025 Kingsmere City Council · Democratic Services, The Guildhall, "
      "Kingsmere</p></footer>\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(h))


# ---------------------------------------------------------------- check
def norm(s):
    return " " + re.sub(r"[^\w]+", " ", s.lower()).strip() + " "


def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        parts = []
        for name in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        return unescape("\n".join(parts))
    with open(path, encoding="utf-8") as f:
        s = f.read()
    s = re.sub(r"<[^>]+>", " ", s)
    return unescape(s)


def check():
    ok = True
    for doc, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        txt = norm(text_of(os.path.join(DOCS, doc)))
        phrases = []
        for qq in gold["questions"]:
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            c = txt.count(n)
            if c != 1 or not (6 <= words <= 15):
                ok = False
                print(f"FAIL {doc} {kind}: count={c} words={words}: {ph}")
        print(f"{doc}: items={len(gold['items'])} questions={len(gold['questions'])} "
              f"resolutions={len(gold['resolutions'])} attendees={len(gold['attendees'])} phrases={len(phrases)}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    for doc, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        with open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
