#!/usr/bin/env python3
"""Build the "kr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kr.py           build documents/kr-* and gold/kr-*.json
        build_kr.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime.datetime(2025, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)

MINUTES = "kr-greyhaven-audit-governance-2025-11-13.pdf"
REPORT = "kr-greyhaven-gp-access-evidence-report.docx"

# ---------------------------------------------------------------------------
# The minutes.  Block kinds: title, p (paragraph), item (number, title),
# sub (bold subheading), dec (decision text, indented), att (label, lines), sign
# ---------------------------------------------------------------------------
B = []
def title(t): B.append(("title", t))
def p(t): B.append(("p", t))
def item(n, t): B.append(("item", n, t))
def sub(t): B.append(("sub", t))
def dec(t): B.append(("dec", t))
def att(label, lines): B.append(("att", label, lines))
def gap(): B.append(("gap",))

title("AUDIT AND GOVERNANCE COMMITTEE")
title("MINUTES AND DECISION RECORD")
title("13 NOVEMBER 2025")
gap()
p("The meeting commenced at 10.00 am in the Civic Centre, Greyhaven.")
p("Present:")
p("Councillor Rachel Morland (In the Chair)")
att("Councillors:", ["Alan Bewick, Tom Dunning, Shirley Graythorp, Kevin Hesledon, Paula Leeming and Brian Oxley."])
att("Also Present:", [
    "In accordance with Council Procedure Rule 4.2 Councillor Ian Storr was in attendance as substitute for Councillor Graham Stott.",
    "Councillor Linda Raine, Chair of Adult and Community Based Services Committee",
    "Margaret Fenwick, Healthwatch Greyhaven",
    "Lisa Calvert, Director of Operations, Greyhaven and Tarnside NHS Foundation Trust",
    "Helen Armitage, Head of Primary Care Commissioning, Northern Coast Integrated Care Board",
    "Dr Sanjay Mehra, Clinical Director, Greyhaven Central Primary Care Network",
    "Chief Inspector Mark Ridley, Tarnmouth Police",
])
att("Officers:", [
    "Jill Harker, Director of Adult and Community Based Services",
    "Tony Sanderson, Assistant Director, Joint Commissioning",
    "Sarah Bainbridge, Community Safety and Operations Manager",
    "Noel Hewson, Head of Audit and Governance",
    "Claire Wardle, Statutory Scrutiny Manager",
    "Peter Lister, Democratic Services Team",
])
gap()

item("38.", "Apologies for Absence")
p("Apologies for absence were submitted by Councillor Dawn Pickering and Councillor Graham Stott.")

item("39.", "Declarations of Interest")
p("Councillor Graythorp declared a personal interest in minute 43 as a family member is employed "
  "by a home care provider in the town. Councillor Leeming declared a personal interest in minute 42 "
  "as she is registered with a practice in the Greyhaven Central Primary Care Network.")

item("40.", "Minutes of the meeting held on 16 October 2025")
p("The minutes of the meeting held on 16 October 2025 were confirmed.")

item("41.", "Greyhaven and Tarnside NHS Foundation Trust – Winter Plan 2025/26 "
     "(Director of Operations, Greyhaven and Tarnside NHS Foundation Trust)")
sub("Issue(s) for consideration")
p("The Director of Operations, Greyhaven and Tarnside NHS Foundation Trust, provided a presentation "
  "on the Trust's winter plan for 2025/26, which had been developed jointly with the Council, the "
  "Northern Coast Integrated Care Board and the ambulance service. The presentation covered expected "
  "demand over the winter period, escalation arrangements, additional bed capacity at the University "
  "Hospital of Greyhaven, the vaccination programme for staff and the arrangements for hospital "
  "discharge over the Christmas and New Year period. Members were informed that attendances at the "
  "emergency department in October 2025 had been 6% higher than in October 2024.")
p("A Member questioned how many additional beds would be opened at the University Hospital and "
  "whether these would be staffed by permanent staff or agency staff. The Director of Operations "
  "advised that 28 additional beds would be opened in a phased way from December and that the "
  "majority of shifts had been filled through the Trust's internal staff bank, with agency staff "
  "used only as a last resort.")
p("Members expressed concern at the length of time some patients had waited in the emergency "
  "department last winter, with a number of residents having reported waits of over twelve hours on "
  "a trolley. The Director of Operations acknowledged that this had been unacceptable and reported "
  "that a new same day emergency care unit had opened in September which was expected to reduce the "
  "number of patients waiting in the department for a bed.")
p("The Healthwatch representative referred to feedback from patients who had been discharged late "
  "in the evening without transport home and asked what was being done to prevent this. The Director "
  "of Operations indicated that the discharge lounge would now remain open until 8.00 pm and that the "
  "Trust would share its revised discharge policy with Healthwatch Greyhaven. The Director of Adult "
  "and Community Based Services added that the Council's reablement team would operate seven days a "
  "week over the holiday period.")
p("A Member commented that flu vaccination uptake among the Trust's own staff had fallen in each of "
  "the last three years and that this set a poor example to the public at a time when the Trust was "
  "urging residents to be vaccinated.")
p("The Chair requested that the staff vaccination uptake figures be provided to Members of the "
  "Committee. The Director of Operations agreed to provide the figures once the campaign had closed "
  "at the end of December.")
sub("Decision")
dec("(i)\tThat the presentation be noted.")
dec("(ii)\tThat the staff flu vaccination uptake figures be circulated to Members when available.")

item("42.", "Investigation into Access to GP Services – Evidence from the Northern Coast Integrated "
     "Care Board and Greyhaven Central Primary Care Network (Statutory Scrutiny Manager)")
sub("Issue(s) for consideration")
p("As part of its investigation into access to GP services in Greyhaven, the Committee received "
  "evidence from representatives of the Northern Coast Integrated Care Board (ICB) and Greyhaven "
  "Central Primary Care Network (PCN). The Head of Primary Care Commissioning outlined the number of "
  "appointments delivered in general practice across the town, the proportion delivered face to face "
  "and the actions set out in the ICB's recovery plan, including the roll out of cloud based "
  "telephony to all 14 practices. The Clinical Director of the PCN described the additional roles "
  "now working in practices, including clinical pharmacists, physician associates and care "
  "coordinators, and the work of the PCN's frailty team.")
p("Members highlighted the number of complaints they had received from residents who had been "
  "unable to get through to their practice at 8.00 am and questioned whether the new telephone "
  "systems had made any difference. The Head of Primary Care Commissioning explained that the cloud "
  "based systems allowed callers to be held in a queue or offered a call back, and that early data "
  "showed the average wait to answer had fallen from eleven minutes to just under six.")
p("A Member sought clarification on the role of physician associates and whether patients were "
  "always told that they were not seeing a doctor. The Clinical Director confirmed that all "
  "practices in the network had been asked to make this clear in their reception scripts and on "
  "their websites.")
p("Concern was expressed that the closure of the branch surgery at Westgate Road in 2024 had left "
  "older residents in the north of the town having to take two buses to see a GP. In response, the "
  "Head of Primary Care Commissioning stated that the ICB had no plans to reopen the branch surgery "
  "but would look at whether a community pharmacy in the area could offer blood pressure checks and "
  "minor ailment consultations.")
p("The Healthwatch representative asked whether the results of the national GP patient survey for "
  "each Greyhaven practice could be shared with the Committee. The Head of Primary Care Commissioning "
  "undertook to circulate the practice level results following the meeting.")
p("A Member asked how much of the additional funding announced by the Government for general "
  "practice would reach Greyhaven practices and whether any of it would be used to employ extra GPs "
  "rather than other roles. The Head of Primary Care Commissioning advised that the allocation for "
  "the ICB area had not yet been confirmed and that a written response would be provided to the "
  "Committee once it was known. The Clinical Director added that recently qualified GPs in the town "
  "were struggling to find salaried posts, which Members found surprising given the difficulties "
  "residents were experiencing.")
sub("Decision")
dec("(i)\tThat the evidence provided be noted and used to inform the Committee's final report.")
dec("(ii)\tThat the Statutory Scrutiny Manager arrange a visit to a GP practice for Members of the "
    "Committee in January 2026.")

item("43.", "Home Care Recommissioning – Update (Director of Adult and Community Based Services)")
sub("Issue(s) for consideration")
p("The Assistant Director, Joint Commissioning, reported that the current contracts for home care "
  "would end on 31 March 2026 and that in July 2025 the Adult and Community Based Services Committee "
  "had approved a new model based on four geographical zones, each with a lead provider. The tender "
  "had closed on 3 October 2025 and twelve bids had been received. The evaluation was under way and "
  "contracts were expected to be awarded in December 2025 to allow a three month mobilisation period.")
p("A Member asked whether the new hourly rate would allow providers to pay care workers the Real "
  "Living Wage. The Assistant Director confirmed that the rate of £26.40 per hour had been set "
  "following a cost of care exercise with providers and that payment of the Real Living Wage was a "
  "condition of the contract.")
p("Members were concerned that people receiving care would have to change carer if their current "
  "provider was not successful, and about the impact this would have on people living with dementia "
  "in particular. The Director of Adult and Community Based Services acknowledged the concern and "
  "explained that TUPE would apply so that in most cases care workers would transfer to the new "
  "provider along with the people they supported.")
p("A Member queried whether any of the bidders were owned by private equity companies and expressed "
  "the view that home care should be brought back in-house. The Chair reminded Members that details "
  "of bidders were commercially confidential while the procurement was live.")
p("In response to a question about the number of people currently waiting for a package of care, "
  "the Director of Adult and Community Based Services reported that there were 17 people waiting at "
  "the date of the meeting, compared with 64 at the same point in 2024.")
sub("Decision")
dec("That the update and the comments of Members be noted.")

item("44.", "Community Safety Plan 2024-27 – Annual Progress Update (Director of Neighbourhoods and "
     "Regulatory Services)")
sub("Issue(s) for consideration")
p("The Community Safety and Operations Manager presented the annual progress report on the Safer "
  "Greyhaven Partnership's Community Safety Plan 2024-27, which set out performance against the four "
  "priorities of the plan: anti-social behaviour, substance misuse, domestic abuse and serious "
  "violence. Chief Inspector Ridley of Tarnmouth Police updated Members on neighbourhood policing in "
  "the town, including the introduction of a dedicated town centre team in the summer, and reported "
  "that overall recorded crime had fallen by 4% over the previous twelve months.")
p("A Member asked what action was being taken about the use of off-road motorcycles on the "
  "Brackenfield estate, which residents had raised repeatedly at ward surgeries. Chief Inspector "
  "Ridley advised that Operation Throttle had resulted in 23 bikes being seized since April and "
  "encouraged residents to continue to report incidents with as much detail as possible.")
p("Members questioned the reduction in the number of people entering structured treatment for "
  "alcohol and whether this was linked to the change of treatment provider in April. The Community "
  "Safety and Operations Manager explained that the figures for the first quarter had been affected "
  "by the transfer of data between the two providers and that the numbers in treatment had since "
  "recovered.")
p("A Member commented that the closure of the police front desk at the town centre station had "
  "made it harder for older residents to report crime in person. Chief Inspector Ridley explained "
  "that residents could report in person at the Civic Centre on Tuesday and Thursday mornings.")
p("The Chair requested that future reports include a breakdown of anti-social behaviour incidents "
  "by ward.")
p("Members noted the progress made against the priorities of the Community Safety Plan and thanked "
  "Chief Inspector Ridley for his attendance.")

item("45.", "Internal Audit Plan 2025/26 – Progress Report (Head of Audit and Governance)")
sub("Issue(s) for consideration")
p("The Head of Audit and Governance reported on progress against the Internal Audit Plan for "
  "2025/26. Of the 31 audits in the plan, 14 had been completed, 9 were in progress and 2 had been "
  "deferred to 2026/27 at the request of the service. Two audits had resulted in a limited assurance "
  "opinion, Direct Payments and Home to School Transport, and management actions had been agreed in "
  "both cases. Details of the audits completed since the last meeting were set out in Appendix A.")
p("A Member questioned why the Direct Payments audit had received a limited assurance opinion. The "
  "Head of Audit and Governance explained that annual reviews of direct payment accounts had not "
  "been carried out in 40% of the cases sampled, which meant that unspent funds were not being "
  "recovered promptly.")
p("Members asked that the Director of Adult and Community Based Services attend a future meeting "
  "to explain the action being taken to address the audit findings.")
p("A Member asked whether the two deferred audits presented a risk to the Council. The Head of "
  "Audit and Governance advised that both were low risk areas and that the deferral had been agreed "
  "with the Director of Finance.")
sub("Decision")
dec("(i)\tThat the progress against the Internal Audit Plan 2025/26 be noted.")
dec("(ii)\tThat the Director of Adult and Community Based Services be invited to the next meeting to "
    "report on the Direct Payments management actions.")

item("46.", "Audit and Governance Committee – Work Programme 2025/26 (Statutory Scrutiny Manager)")
sub("Issue(s) for consideration")
p("The Statutory Scrutiny Manager presented the Committee's work programme for the remainder of the "
  "2025/26 municipal year, which included an additional meeting on 4 December 2025 to consider the "
  "draft final report of the investigation into access to GP services.")
p("A Member suggested that the Committee look at the effect of damp and mould in social housing on "
  "the health of children in the town. The Chair indicated that this would be considered when the "
  "2026/27 work programme was developed.")
sub("Decision")
dec("That the work programme be noted and the additional meeting on 4 December 2025 at 10.00 am be "
    "confirmed.")

item("47.", "Any Other Items which the Chair Considers are Urgent")
p("None.")
gap()
p("The meeting concluded at 12.08 pm.")
gap()
B.append(("sign", "CHAIR"))


class MinutesPDF:
    pass


def build_minutes(path):
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_xy(20, 10)
            self.cell(150, 5, "Audit and Governance Committee – Minutes and Decision Record – 13 November 2025", align="R")
            self.set_font("DV", "B", 11)
            self.cell(20, 5, "3.1", align="R")
            self.set_y(24)

        def footer(self):
            self.set_y(-16)
            self.set_font("DV", "", 7)
            self.set_x(20)
            self.cell(90, 4, "25.11.13 Audit and Governance Committee Minutes and Decision Record")
            self.cell(20, 4, str(self.page_no()), align="C")
            self.cell(60, 4, "Greyhaven Borough Council", align="R")

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DV", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 24, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = 170
    for b in B:
        k = b[0]
        if k == "title":
            pdf.set_font("DV", "B", 13)
            pdf.cell(W, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(4)
        elif k == "p":
            pdf.set_font("DV", "", 10)
            pdf.set_x(32)
            pdf.multi_cell(W - 12, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif k == "att":
            pdf.set_font("DV", "", 10)
            y = pdf.get_y()
            pdf.set_x(20)
            pdf.cell(30, 5.2, b[1])
            pdf.set_xy(50, y)
            for line in b[2]:
                pdf.set_x(50)
                pdf.multi_cell(W - 30, 5.2, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif k == "item":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DV", "B", 10.5)
            y = pdf.get_y()
            pdf.set_x(20)
            pdf.cell(12, 5.5, b[1])
            pdf.set_xy(32, y)
            pdf.multi_cell(W - 12, 5.5, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif k == "sub":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(32)
            pdf.cell(W - 12, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "dec":
            pdf.set_font("DV", "", 10)
            txt = b[1]
            if "\t" in txt:
                lab, rest = txt.split("\t", 1)
                y = pdf.get_y()
                pdf.set_x(32)
                pdf.cell(10, 5.2, lab)
                pdf.set_xy(42, y)
                pdf.multi_cell(W - 22, 5.2, rest, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(32)
                pdf.multi_cell(W - 12, 5.2, txt, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif k == "sign":
            pdf.ln(10)
            pdf.set_font("DV", "B", 10)
            pdf.set_x(32)
            pdf.cell(60, 5, b[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: scrutiny cover report (Word)
# ---------------------------------------------------------------------------
def build_report(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "Democratic Services"
    d.core_properties.title = "Investigation into Access to GP Services"

    r = d.add_paragraph().add_run("3.1")
    r.bold = True
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t in ("AUDIT AND GOVERNANCE COMMITTEE", "13 November 2025"):
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(t)
        run.bold = True

    tb = d.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    tb.cell(0, 0).text = "Report of:"
    tb.cell(0, 1).text = "Statutory Scrutiny Manager"
    tb.cell(1, 0).text = "Subject:"
    tb.cell(1, 1).text = ("INVESTIGATION INTO ACCESS TO GP SERVICES – EVIDENCE FROM THE NORTHERN "
                          "COAST INTEGRATED CARE BOARD AND GREYHAVEN CENTRAL PRIMARY CARE NETWORK")

    def head(t):
        para = d.add_paragraph()
        para.add_run(t).bold = True

    def num(n, t):
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.first_line_indent = Cm(-1.25)
        para.add_run(n + "\t" + t)

    head("1.\tPURPOSE OF REPORT")
    num("1.1", "To introduce representatives of the Northern Coast Integrated Care Board (ICB) and "
        "Greyhaven Central Primary Care Network (PCN) who will be in attendance at today's meeting "
        "to provide evidence in relation to the Committee's investigation into access to GP services.")
    head("2.\tBACKGROUND INFORMATION")
    num("2.1", "At its meeting on 19 June 2025 the Committee agreed that access to GP services would "
        "be the subject of its main investigation for 2025/26, following concerns raised by "
        "residents, ward Members and Healthwatch Greyhaven about the difficulty of obtaining an "
        "appointment, particularly by telephone at 8.00 am.")
    num("2.2", "The terms of reference for the investigation, agreed on 17 July 2025, are:")
    for x in ("(a)\tTo gain an understanding of how GP services in Greyhaven are commissioned and "
              "delivered, including the role of the ICB and the PCN;",
              "(b)\tTo examine the ways in which patients can currently book an appointment and the "
              "experience of patients in doing so;",
              "(c)\tTo consider the impact of the closure of the Westgate Road branch surgery;",
              "(d)\tTo explore the contribution of the additional roles now working in general "
              "practice; and",
              "(e)\tTo make recommendations to the ICB and the Council on how access could be improved."):
        para = d.add_paragraph(x)
        para.paragraph_format.left_indent = Cm(2.25)
        para.paragraph_format.first_line_indent = Cm(-1.0)
    num("2.3", "To assist Members in gathering evidence, the ICB and PCN have been asked to address "
        "the following questions in their presentation:")
    for x in ("(a)\tHow many appointments were delivered in Greyhaven practices in the last twelve "
              "months, and what proportion were face to face?",
              "(b)\tWhat difference has cloud based telephony made to the time patients wait for "
              "their call to be answered?",
              "(c)\tAre patients told when they are seeing a physician associate rather than a GP?",
              "(d)\tWhat plans are there to improve access for residents affected by the closure of "
              "the Westgate Road branch surgery?",
              "(e)\tHow will additional national funding for general practice be used in Greyhaven?"):
        para = d.add_paragraph(x)
        para.paragraph_format.left_indent = Cm(2.25)
        para.paragraph_format.first_line_indent = Cm(-1.0)
    num("2.4", "A draft final report will be presented to the Committee on 4 December 2025, "
        "subject to agreement of the Committee's work programme.")

    head("3.\tOTHER CONSIDERATIONS/IMPLICATIONS")
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for a, bb in (
        ("RISK IMPLICATIONS", "None."),
        ("FINANCIAL CONSIDERATIONS", "None."),
        ("SUBSIDY CONTROL", "None."),
        ("LEGAL CONSIDERATIONS", "The Committee exercises the Council's health scrutiny functions "
         "under the Local Authority (Public Health, Health and Wellbeing Boards and Health "
         "Scrutiny) Regulations 2013."),
        ("CHILD AND FAMILY POVERTY", "None."),
        ("EQUALITY AND DIVERSITY CONSIDERATIONS", "The investigation will consider whether "
         "particular groups, including older residents and people without internet access, "
         "experience greater difficulty in obtaining an appointment."),
        ("STAFF CONSIDERATIONS", "None."),
        ("ASSET MANAGEMENT CONSIDERATIONS", "None."),
        ("ENVIRONMENT, SUSTAINABILITY AND CLIMATE CHANGE CONSIDERATIONS", "None."),
        ("CONSULTATION", "Healthwatch Greyhaven will be asked to share the views of patients "
         "gathered through its engagement programme."),
    ):
        row = t2.add_row().cells
        row[0].text = a
        row[1].text = bb

    head("4.\tRECOMMENDATION")
    num("4.1", "That Members consider the evidence from the representatives in attendance and seek "
        "clarification on any relevant issues where required.")
    head("5.\tREASON FOR RECOMMENDATION")
    num("5.1", "To enable the Committee to gather evidence for its investigation into access to GP "
        "services.")
    head("6.\tBACKGROUND PAPERS")
    num("6.1", "Minutes of the Audit and Governance Committee held on 19 June 2025 and 17 July 2025.")
    head("7.\tCONTACT OFFICER")
    for x in ("Claire Wardle", "Statutory Scrutiny Manager", "Legal Services",
              "Greyhaven Borough Council", "Tel: 01632 960412",
              "E-mail: claire.wardle@greyhaven.gov.uk"):
        para = d.add_paragraph(x)
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.space_after = Pt(0)
    d.save(str(path))
    # python-docx stamps zip entries with the current time: rewrite them with a fixed one
    import io, zipfile
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}

def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}

GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": "Audit and Governance Committee",
    "meeting_date": "2025-11-13",
    "items": [
        {"number": "38", "title": "Apologies for Absence"},
        {"number": "39", "title": "Declarations of Interest"},
        {"number": "40", "title": "Minutes of the meeting held on 16 October 2025"},
        {"number": "41", "title": "Greyhaven and Tarnside NHS Foundation Trust – Winter Plan 2025/26 (Director of Operations, Greyhaven and Tarnside NHS Foundation Trust)"},
        {"number": "42", "title": "Investigation into Access to GP Services – Evidence from the Northern Coast Integrated Care Board and Greyhaven Central Primary Care Network (Statutory Scrutiny Manager)"},
        {"number": "43", "title": "Home Care Recommissioning – Update (Director of Adult and Community Based Services)"},
        {"number": "44", "title": "Community Safety Plan 2024-27 – Annual Progress Update (Director of Neighbourhoods and Regulatory Services)"},
        {"number": "45", "title": "Internal Audit Plan 2025/26 – Progress Report (Head of Audit and Governance)"},
        {"number": "46", "title": "Audit and Governance Committee – Work Programme 2025/26 (Statutory Scrutiny Manager)"},
        {"number": "47", "title": "Any Other Items which the Chair Considers are Urgent"},
    ],
    "questions": [
        Q("41", "question", "how many additional beds would be opened at the University Hospital",
          "A Member", "the majority of shifts had been filled through the Trust's internal staff bank",
          "The Director of Operations", ["workforce"]),
        Q("41", "concern", "expressed concern at the length of time some patients had waited",
          "Members", "a new same day emergency care unit had opened in September",
          "The Director of Operations", []),
        Q("41", "question", "discharged late in the evening without transport home and asked what was being done",
          "The Healthwatch representative", "the discharge lounge would now remain open until 8.00 pm",
          "The Director of Operations", ["patient-and-public-input", "adult-social-care"]),
        Q("41", "comment", "flu vaccination uptake among the Trust's own staff had fallen",
          "A Member", None, None, ["public-health", "workforce"]),
        Q("41", "request", "requested that the staff vaccination uptake figures be provided to Members",
          "The Chair", "agreed to provide the figures once the campaign had closed",
          "The Director of Operations", ["public-health", "workforce"]),
        Q("42", "question", "unable to get through to their practice at 8.00 am",
          "Members", "allowed callers to be held in a queue or offered a call back",
          "The Head of Primary Care Commissioning", ["primary-care"]),
        Q("42", "question", "sought clarification on the role of physician associates",
          "A Member", "all practices in the network had been asked to make this clear",
          "The Clinical Director", ["primary-care", "workforce"]),
        Q("42", "concern", "the closure of the branch surgery at Westgate Road in 2024",
          None, "the ICB had no plans to reopen the branch surgery",
          "the Head of Primary Care Commissioning", ["primary-care"]),
        Q("42", "question", "asked whether the results of the national GP patient survey",
          "The Healthwatch representative", "undertook to circulate the practice level results following the meeting",
          "The Head of Primary Care Commissioning", ["primary-care", "patient-and-public-input"]),
        Q("42", "question", "how much of the additional funding announced by the Government for general practice",
          "A Member", "the allocation for the ICB area had not yet been confirmed",
          "The Head of Primary Care Commissioning", ["primary-care", "finance", "workforce"]),
        Q("43", "question", "whether the new hourly rate would allow providers to pay care workers",
          "A Member", "payment of the Real Living Wage was a condition of the contract",
          "The Assistant Director", ["adult-social-care", "finance", "workforce", "subcontracting"]),
        Q("43", "concern", "people receiving care would have to change carer if their current provider",
          "Members", "TUPE would apply so that in most cases care workers would transfer",
          "The Director of Adult and Community Based Services",
          ["adult-social-care", "mental-health", "workforce", "subcontracting"]),
        Q("43", "question", "queried whether any of the bidders were owned by private equity companies",
          "A Member", "details of bidders were commercially confidential while the procurement was live",
          "The Chair", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("43", "question", "a question about the number of people currently waiting for a package of care",
          None, "there were 17 people waiting at the date of the meeting",
          "the Director of Adult and Community Based Services", ["adult-social-care"]),
        Q("44", "question", "what action was being taken about the use of off-road motorcycles",
          "A Member", "Operation Throttle had resulted in 23 bikes being seized since April",
          "Chief Inspector Ridley", []),
        Q("44", "question", "the reduction in the number of people entering structured treatment for alcohol",
          "Members", "affected by the transfer of data between the two providers",
          "The Community Safety and Operations Manager", ["public-health", "subcontracting"]),
        Q("44", "comment", "the closure of the police front desk at the town centre station",
          "A Member", "residents could report in person at the Civic Centre on Tuesday and Thursday mornings",
          "Chief Inspector Ridley", []),
        Q("44", "request", "future reports include a breakdown of anti-social behaviour incidents by ward",
          "The Chair", None, None, []),
        Q("45", "question", "why the Direct Payments audit had received a limited assurance opinion",
          "A Member", "annual reviews of direct payment accounts had not been carried out",
          "The Head of Audit and Governance", ["governance", "adult-social-care", "finance"]),
        Q("45", "request", "attend a future meeting to explain the action being taken to address the audit findings",
          "Members", None, None, ["governance", "adult-social-care"]),
        Q("45", "question", "whether the two deferred audits presented a risk to the Council",
          "A Member", "both were low risk areas and that the deferral had been agreed",
          "The Head of Audit and Governance", ["governance"]),
        Q("46", "request", "the effect of damp and mould in social housing on the health of children",
          "A Member", "this would be considered when the 2026/27 work programme was developed",
          "The Chair", ["housing", "children-and-families"]),
    ],
    "resolutions": [
        R("40", "held on 16 October 2025 were confirmed", "agreed", []),
        R("41", "That the staff flu vaccination uptake figures be circulated to Members when available",
          "agreed", ["public-health", "workforce"]),
        R("42", "That the evidence provided be noted and used to inform the Committee's final report",
          "agreed", ["primary-care"]),
        R("43", "That the update and the comments of Members be noted", "noted", []),
        R("44", "noted the progress made against the priorities of the Community Safety Plan",
          "noted", []),
        R("45", "be invited to the next meeting to report on the Direct Payments management actions",
          "agreed", ["governance", "adult-social-care"]),
        R("46", "the additional meeting on 4 December 2025 at 10.00 am be confirmed", "agreed", []),
    ],
    "attendees": [
        A("Rachel Morland", "In the Chair", "present"),
        A("Alan Bewick", None, "present"),
        A("Tom Dunning", None, "present"),
        A("Shirley Graythorp", None, "present"),
        A("Kevin Hesledon", None, "present"),
        A("Paula Leeming", None, "present"),
        A("Brian Oxley", None, "present"),
        A("Ian Storr", None, "present"),
        A("Linda Raine", "Chair of Adult and Community Based Services Committee", "in_attendance"),
        A("Margaret Fenwick", "Healthwatch Greyhaven", "in_attendance"),
        A("Lisa Calvert", "Director of Operations, Greyhaven and Tarnside NHS Foundation Trust", "in_attendance"),
        A("Helen Armitage", "Head of Primary Care Commissioning, Northern Coast Integrated Care Board", "in_attendance"),
        A("Dr Sanjay Mehra", "Clinical Director, Greyhaven Central Primary Care Network", "in_attendance"),
        A("Chief Inspector Mark Ridley", "Tarnmouth Police", "in_attendance"),
        A("Jill Harker", "Director of Adult and Community Based Services", "in_attendance"),
        A("Tony Sanderson", "Assistant Director, Joint Commissioning", "in_attendance"),
        A("Sarah Bainbridge", "Community Safety and Operations Manager", "in_attendance"),
        A("Noel Hewson", "Head of Audit and Governance", "in_attendance"),
        A("Claire Wardle", "Statutory Scrutiny Manager", "in_attendance"),
        A("Peter Lister", "Democratic Services Team", "in_attendance"),
        A("Dawn Pickering", None, "apologies"),
        A("Graham Stott", None, "apologies"),
    ],
}

GOLD_REPORT = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = "".join(ch for ch in s if not (ch in string.punctuation or ch in "–—‘’“”£•"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [pp.text for pp in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for g in sorted(GOLD.glob("kr-*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        path = DOCS / gold["document"]
        text = norm(doc_text(path))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: {c} hits, {n} words: {ph!r}")
        if path.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(str(path)) as pdf:
                print(f"{gold['document']}: {len(pdf.pages)} pages, {len(phrases)} phrases")
        else:
            print(f"{gold['document']}: {len(phrases)} phrases")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for gold in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written")


if __name__ == "__main__":
    main()
