#!/usr/bin/env python3
"""Build the "ld-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ld.py           build documents/ld-* and gold/ld-*.json
        build_ld.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 11, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "ld-wellandbridge-adults-health-scrutiny-2025-03-04.pdf"
OTHER_NAME = "ld-wellandbridge-cmdn-care-at-home-recommissioning.docx"

# --------------------------------------------------------------------------------------
# The minutes, as a list of blocks
# --------------------------------------------------------------------------------------

TITLE = ("MINUTES OF THE ADULTS AND HEALTH SCRUTINY COMMITTEE MEETING HELD AT 6:30PM, "
         "ON TUESDAY 4 MARCH 2025 IN THE COUNCIL CHAMBER, SESSIONS HOUSE, "
         "PRIORY STREET, WELLANDBRIDGE")

ATTENDANCE = [
    ("Committee Members Present:",
     ["Councillors Haldane (Chair), Qureshi (Vice Chair), Ashdown, Brennan, Dunmore, "
      "Farrow, Iqbal, Kerridge, Okafor and Stanbridge"]),
    ("Co-opted Member:", ["Parish Councillor Rhoda Quince"]),
    ("Officers Present:",
     ["Graham Ostler, Executive Director of Adults and Health",
      "Dr Alison Trevelyan, Director of Public Health",
      "Nadia Barros, Head of Commissioning – Adults",
      "Leon Whitcombe, Assistant Director Finance (People)",
      "Philippa Crewe, Democratic Services Officer"]),
    ("Also Present:",
     ["Councillor Desmond Farrant, Cabinet Member for Adult Social Care, Health and "
      "Public Health",
      "Caroline Hextall, Associate Director of Primary Care, Fens and Nene Integrated "
      "Care Board",
      "Dr Imran Sethi, Consultant in Dental Public Health, NHS England",
      "Joanne Pilbeam, Chief Executive, Healthwatch Wellandbridge",
      "Martin Cowell, Service Manager, Pathways Recovery Wellandbridge"]),
]

B = []  # blocks: (kind, *args)


def item(num, title):
    B.append(("item", num, title))


def p(text):
    B.append(("p", text))


def bold(text):
    B.append(("bold", text))


def bullet(text):
    B.append(("bullet", text))


def num(n, text):
    B.append(("num", n, text))


item("1.", "APOLOGIES FOR ABSENCE")
p("Apologies for absence were received from Councillor Lomax and Councillor Pettifer. "
  "Councillor Ashdown was in attendance as substitute for Councillor Lomax.")

item("2.", "DECLARATIONS OF INTEREST AND WHIPPING DECLARATIONS")
p("Councillor Okafor declared a non-statutory disclosable interest in item 6, Care at "
  "Home Recommissioning 2025 – 2030, as a close family member was employed as a care "
  "worker by a home care provider operating in the city. Councillor Okafor remained in "
  "the meeting and took part in the discussion of the item.")
p("There were no whipping declarations.")

item("3.", "MINUTES OF THE ADULTS AND HEALTH SCRUTINY COMMITTEE MEETING HELD ON 14 "
     "JANUARY 2025")
p("The minutes of the meeting held on 14 January 2025 were agreed as a true and accurate "
  "record.")

item("4.", "CALL IN OF ANY CABINET, CABINET MEMBER OR KEY OFFICER DECISIONS")
p("There were no requests for call-in to consider.")

item("5.", "ACCESS TO NHS DENTAL SERVICES IN WELLANDBRIDGE")
p("The Adults and Health Scrutiny Committee received a report in relation to access to "
  "NHS dental services in Wellandbridge.")
p("The purpose of the report was to provide the Committee with an update on the "
  "commissioning of NHS dental services across the city, following the delegation of "
  "dental commissioning from NHS England to the Fens and Nene Integrated Care Board (ICB) "
  "in April 2023, and on the actions being taken locally to improve access to routine and "
  "urgent dental care.")
p("The Associate Director of Primary Care, Fens and Nene Integrated Care Board, "
  "introduced the report and highlighted key points including:")
bullet("There were 41 dental practices in the city holding NHS contracts, four fewer than "
       "in 2019. Two practices had handed back their NHS contracts in the last twelve "
       "months, with a combined loss of around 19,000 units of dental activity.")
bullet("The ICB had commissioned additional urgent dental care sessions through its "
       "Dental Access Scheme, providing around 180 extra urgent appointments each week "
       "across the ICB area, of which roughly a third were in Wellandbridge.")
bullet("The national Dental Recovery Plan had introduced a new patient premium from March "
       "2024, although uptake by local practices had been lower than expected.")
bullet("Dental activity delivered in 2023/24 had reached 84 percent of the contracted "
       "level, compared with 71 percent in the previous year.")
p("The Adults and Health Scrutiny Committee debated the report and in summary, key points "
  "raised and responses to questions included:")
bullet("Members queried how many residents in the city were currently unable to register "
       "with an NHS dentist. The Associate Director advised that there was no longer a "
       "formal system of registration for NHS dentistry and patients could approach any "
       "practice, however the ICB estimated that around 38 percent of adults in "
       "Wellandbridge had seen an NHS dentist in the previous 24 months, against 41 "
       "percent nationally.")
bullet("Members expressed concern that children in the east of the city were being "
       "admitted to Wellandbridge City Hospital for tooth extractions under general "
       "anaesthetic, and asked what was being done to prevent this. The Consultant in "
       "Dental Public Health advised that tooth decay remained the most common reason for "
       "hospital admission among children aged five to nine, and that a supervised "
       "toothbrushing programme had been commissioned in 46 early years settings and "
       "primary schools in the most deprived wards, with fluoride varnish to follow from "
       "September 2025.")
bullet("A Member asked whether the two practices that had handed back their contracts "
       "had been replaced. The Associate Director stated that the contract value from the "
       "first practice had been re-procured and a new provider would open at Northmoor "
       "Park in May 2025; the procurement for the second practice, in Castleholme, had "
       "received no compliant bids and would be re-run in the summer with an enhanced "
       "rate per unit of dental activity.")
bullet("Members sought clarification on whether any underspend on the dental budget "
       "could be used locally. The Associate Director advised that the dental budget had "
       "been ring-fenced nationally for 2024/25, so any underspend would be reinvested in "
       "dental services within the ICB area rather than being used for other NHS "
       "services.")
bullet("Councillor Kerridge commented that residents regularly contacted him having been "
       "told by practices that they were only accepting new patients privately, and that "
       "this was creating a two-tier service in which those who could not afford private "
       "fees went without treatment.")
bullet("Members asked what was being done to recruit and retain dentists in the area. "
       "The Associate Director advised that the ICB was funding a scheme of up to "
       "£20,000 for dentists who committed to working in NHS practices in under-served "
       "areas for three years, and was working with the regional dental school on a "
       "dental therapy training programme; eleven dentists had been recruited under the "
       "scheme to date.")
bullet("The Chief Executive of Healthwatch Wellandbridge reported that Healthwatch had "
       "received 212 pieces of feedback about dentistry in the last year, more than for "
       "any other service, and asked that the ICB share its plan for telling residents "
       "which practices were taking on NHS patients. The Associate Director agreed to "
       "share the communications plan with Healthwatch before it was published.")
p("In response to a question from Councillor Iqbal regarding people who were unable to "
  "find a dentist when in pain, the Consultant in Dental Public Health explained that "
  "residents should contact NHS 111, who would book them into one of the urgent care "
  "sessions, and that nobody should attend the Emergency Department with toothache "
  "unless they had facial swelling or difficulty breathing or swallowing.")
bold("AGREED ACTIONS")
p("The Adults and Health Scrutiny Committee considered the report and RESOLVED to:")
num("1.", "Note the update on access to NHS dental services in Wellandbridge; and")
num("2.", "Request that the Fens and Nene Integrated Care Board provide a written update on "
    "the re-procurement of the Castleholme dental contract to a future meeting of the "
    "Committee.")

item("6.", "CARE AT HOME RECOMMISSIONING 2025 – 2030")
p("The Adults and Health Scrutiny Committee received a report in relation to the "
  "recommissioning of care at home services for adults.")
p("The purpose of the report was to seek the views of the Committee on the proposed "
  "commissioning model for care at home services from October 2025, prior to a key "
  "decision being taken by the Cabinet Member for Adult Social Care, Health and Public "
  "Health in April 2025 (KEY/14APR25/03).")
p("The Cabinet Member for Adult Social Care, Health and Public Health and the Head of "
  "Commissioning – Adults introduced the report and highlighted key points including:")
bullet("The current home care framework would expire on 30 September 2025. The Council "
       "spent approximately £21.4 million a year on care at home, supporting around 1,150 "
       "people each week through 38 providers.")
bullet("The proposed model would divide the city and its rural parishes into five zones, "
       "each with a lead provider guaranteed a share of the hours, supported by a "
       "framework of other approved providers.")
bullet("A proposed minimum hourly rate of £24.10 would be paid to providers, together "
       "with a rural uplift for visits in the northern parishes.")
bullet("Engagement had taken place with 340 people who used the service and their "
       "families, as well as with 27 providers at two market engagement events.")
p("The Adults and Health Scrutiny Committee debated the report and in summary, key points "
  "raised and responses to questions included:")
bullet("Members queried whether the Council had considered bringing any of the care at "
       "home service in-house. The Executive Director of Adults and Health advised that an "
       "options appraisal had been carried out in 2024. The Council already delivered "
       "reablement through its own in-house team, however the cost of establishing an "
       "in-house home care service for the whole city had been estimated at an additional "
       "£3.2 million a year, and this had not been considered affordable at the present "
       "time.")
bullet("Members expressed concern that the zone model could leave villages in the north "
       "of the authority without a provider willing to take on packages of care. The Head "
       "of Commissioning – Adults stated that a rural uplift of 75p per hour would apply "
       "and that the lead provider in each zone would be contractually required to accept "
       "any package offered within its zone.")
bullet("Members sought assurance that care workers would be paid at least the Real "
       "Living Wage under the new contracts. The Head of Commissioning – Adults confirmed "
       "that payment of the Real Living Wage would be a condition of the contract, and "
       "that providers would also be required to pay care workers for travel time between "
       "visits.")
bullet("A Member queried how the Council would monitor the quality of care delivered by "
       "the lead providers. The Head of Commissioning – Adults advised that the Quality "
       "Assurance Team undertook an annual monitoring visit to every provider, took "
       "account of Care Quality Commission ratings and complaints, and would hold "
       "quarterly contract review meetings with each lead provider.")
bullet("Parish Councillor Quince commented that people who funded their own care often "
       "struggled to find a provider and were not always aware that the Council could "
       "arrange care on their behalf.")
bullet("Members asked whether the increase in employer National Insurance contributions "
       "from April 2025 had been reflected in the proposed rate. The Assistant Director "
       "Finance (People) stated that providers had estimated the effect of the increase "
       "at around 68p per hour, which had been built into the proposed rate of £24.10, "
       "and that the additional cost to the Council of approximately £1.1 million had "
       "been included in the Medium Term Financial Strategy.")
bullet("Councillor Stanbridge requested that Members of the Committee be given sight of "
       "the full engagement report before the decision was taken. The Cabinet Member for "
       "Adult Social Care, Health and Public Health agreed that the engagement report "
       "would be circulated to all Members of the Committee.")
p("Councillor Okafor proposed, and Councillor Brennan seconded, an additional "
  "recommendation that the Cabinet Member be asked to defer the decision until a full "
  "appraisal of a wholly in-house home care service had been brought back to the "
  "Committee. On being put to the vote, the proposal was defeated, with three votes in "
  "favour and seven against.")
bold("AGREED ACTIONS")
p("The Adults and Health Scrutiny Committee considered the report and RESOLVED to:")
num("1.", "Note the proposed commissioning model for care at home services for 2025 – "
    "2030; and")
num("2.", "Recommend to the Cabinet Member for Adult Social Care, Health and Public Health "
    "that the rural uplift be reviewed after the first six months of the new contracts "
    "and the outcome reported back to the Committee.")

item("7.", "DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICE – ANNUAL UPDATE")
p("The Adults and Health Scrutiny Committee received a report in relation to the drug "
  "and alcohol treatment and recovery service for adults in Wellandbridge.")
p("The purpose of the report was to update the Committee on the performance of the "
  "service in its second year, delivered under contract to the Council by Pathways "
  "Recovery Wellandbridge, and on the use of the Supplementary Substance Misuse "
  "Treatment and Recovery Grant.")
p("The Director of Public Health and the Service Manager, Pathways Recovery "
  "Wellandbridge, introduced the report and highlighted key points including:")
bullet("There were 1,640 adults in treatment at the end of December 2024, an increase of "
       "11 percent over two years, the largest increase being among people using alcohol "
       "only.")
bullet("The rate of successful completions for people using opiates was 5.1 percent, "
       "slightly above the national figure of 5.0 percent.")
bullet("Grant funding of £1.3 million in 2024/25 had been used to reduce caseloads, "
       "extend opening hours at the Bridge Street hub and fund a peer mentor programme.")
p("The Adults and Health Scrutiny Committee debated the report and in summary, key points "
  "raised and responses to questions included:")
bullet("Members queried what proportion of people in treatment also needed support with "
       "their mental health. The Service Manager advised that around 62 percent of adults "
       "entering treatment had an identified mental health need, and that a worker from "
       "the community mental health team was now based at the hub two days a week.")
bullet("Members expressed concern at the number of drug-related deaths recorded in the "
       "city in 2023, which had risen to 27. The Director of Public Health stated that "
       "every death was reviewed by a multi-agency panel, and that naloxone was now "
       "supplied to every person leaving prison and to hostels for homeless people in "
       "the city.")
bullet("Members asked about the future of the grant beyond March 2026. The Director of "
       "Public Health advised that allocations for 2025/26 had only been confirmed in "
       "February and that no commitment had been given by government for later years, "
       "which made it difficult to recruit to fixed-term posts.")
bullet("Councillor Farrow queried why so few people leaving prison went on to engage "
       "with community treatment. The Service Manager explained that only 38 percent of "
       "people released from prison with a treatment need were picked up by community "
       "services within three weeks, and that a dedicated criminal justice worker had "
       "been appointed in January to meet people on the day of their release.")
bullet("A Member requested that future reports include a breakdown of people in "
       "treatment by ward. The Director of Public Health agreed to provide figures by "
       "ward where the numbers were large enough to avoid individuals being identified.")
bullet("Members praised the work of the peer mentors and volunteers with lived "
       "experience, and asked that the thanks of the Committee be passed on to them.")
p("The Adults and Health Scrutiny Committee RESOLVED to note the Drug and Alcohol "
  "Treatment and Recovery Service annual update.")

item("8.", "MONITORING SCRUTINY RECOMMENDATIONS")
p("The Adults and Health Scrutiny Committee received a report which enabled it to "
  "monitor and track the progress of recommendations made to the Executive or Officers "
  "at previous meetings.")
p("Councillor Brennan noted that the response to the recommendation made at the meeting "
  "in November 2024 on transport for patients being discharged from hospital was still "
  "shown as awaiting a response, and asked when it would be received. The Democratic "
  "Services Officer advised that the response had been chased with the Integrated Care "
  "Board and would be circulated to Members as soon as it was received.")
p("The Adults and Health Scrutiny Committee RESOLVED to note the responses from Cabinet "
  "Members and Officers to recommendations made at previous meetings.")

item("9.", "FORWARD PLAN OF EXECUTIVE DECISIONS")
p("The Committee received the latest version of the Council's Forward Plan of Executive "
  "Decisions, containing key decisions that the Leader of the Council anticipated the "
  "Cabinet or individual Cabinet Members would make during the forthcoming month. "
  "Members were invited to identify any relevant items for inclusion within their work "
  "programme or to request further information.")
p("The Committee noted the Forward Plan of Executive Decisions and did not identify any "
  "further items for scrutiny.")

item("10.", "WORK PROGRAMME 2024/2025")
p("The Committee considered the Work Programme for 2024/2025 and discussed possible "
  "items for inclusion in the work programme for the 2025/2026 municipal year.")
p("Councillor Iqbal requested that an item on ambulance handover delays at Wellandbridge "
  "City Hospital be included in the work programme for 2025/2026. The Chair advised that "
  "the request would be taken to the work programming session to be held in May.")
p("The Adults and Health Scrutiny Committee RESOLVED to note the Work Programme for "
  "2024/2025 and agree that the items raised be considered at the work programming "
  "session for 2025/2026.")

item("11.", "DATE OF NEXT MEETING")
p("The next meetings of the Committee would be held on:")
bullet("Tuesday 17 June 2025 – Adults and Health Scrutiny Committee")
bullet("Tuesday 9 September 2025 – Adults and Health Scrutiny Committee")

B.append(("end", "CHAIR", "6:30pm – 8:52pm"))


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Adults and Health Scrutiny Committee - 4 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 5.2
    width = pdf.w - pdf.l_margin - pdf.r_margin
    indent = 14

    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(width, lh, TITLE, align="C")
    pdf.ln(5)

    label_w = 52
    for label, lines in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(label_w - 2, lh, label, align="L")
        y_label = pdf.get_y()
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(pdf.l_margin + label_w, y)
        for line in lines:
            pdf.set_x(pdf.l_margin + label_w)
            pdf.multi_cell(width - label_w, lh, line, align="L")
        pdf.set_y(max(pdf.get_y(), y_label))
        pdf.ln(2.5)
    pdf.ln(3)

    for block in B:
        kind = block[0]
        if kind == "item":
            _, n, title = block
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(indent, lh, n)
            pdf.set_xy(pdf.l_margin + indent, y)
            pdf.multi_cell(width - indent, lh, title)
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, lh, block[1], align="J")
            pdf.ln(2.5)
        elif kind == "bold":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, lh, block[1])
            pdf.ln(2.5)
        elif kind in ("bullet", "num"):
            marker = "•" if kind == "bullet" else block[1]
            text = block[-1]
            pdf.set_font("Sans", "", 10.5)
            if pdf.get_y() > pdf.h - pdf.b_margin - lh:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + indent + 2, y)
            pdf.cell(7, lh, marker)
            pdf.set_xy(pdf.l_margin + indent + 9, y)
            pdf.multi_cell(width - indent - 9, lh, text, align="J")
            pdf.ln(2)
        elif kind == "end":
            pdf.ln(14)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(width, lh, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("Sans", "", 10.5)
            pdf.cell(width, lh, block[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet Member Decision Notice (Word)
# --------------------------------------------------------------------------------------

CMDN_FIELDS = [
    ("Decision reference:", "APR25/CMDN/118"),
    ("Forward Plan reference:", "KEY/14APR25/03"),
    ("Title of decision:", "Care at Home Recommissioning 2025 – 2030"),
    ("Cabinet Member(s) responsible:",
     "Councillor Desmond Farrant, Cabinet Member for Adult Social Care, Health and "
     "Public Health"),
    ("Key decision:", "Yes"),
    ("Date of decision:", "14 April 2025"),
    ("Call-in expiry date:", "25 April 2025"),
    ("Report author and contact:",
     "Nadia Barros, Head of Commissioning – Adults, Tel: 01733 452 870"),
]

CMDN_SECTIONS = [
    ("DECISION", [
        "The Cabinet Member for Adult Social Care, Health and Public Health, having "
        "considered the report and the comments of the Adults and Health Scrutiny "
        "Committee, DECIDES to:",
        ("1.", "Approve the commissioning of care at home services for adults from 1 "
               "October 2025 to 30 September 2030, with an option to extend for up to two "
               "further years, on the basis of five geographical zones each served by a "
               "lead provider and a supporting framework of approved providers;"),
        ("2.", "Approve a minimum hourly rate of £24.10 for 2025/26, with a rural uplift "
               "of 75p per hour for visits in the northern parishes, the uplift to be "
               "reviewed after six months as recommended by the Adults and Health "
               "Scrutiny Committee;"),
        ("3.", "Authorise the Executive Director of Adults and Health, in consultation with "
               "the Cabinet Member, to award the lead provider contracts and admit "
               "providers to the framework following the procurement; and"),
        ("4.", "Authorise the Director of Law and Governance to enter into the contracts "
               "and any associated documents."),
    ]),
    ("REASONS FOR THE DECISION", [
        "The current home care framework expires on 30 September 2025 and the Council has "
        "a statutory duty under the Care Act 2014 to meet the eligible needs of adults "
        "and to promote a diverse and sustainable market of care providers. The zone model "
        "is intended to reduce travel between visits, give providers enough certainty of "
        "hours to recruit and retain care workers, and make sure that packages in rural "
        "areas are picked up promptly.",
    ]),
    ("ALTERNATIVE OPTIONS CONSIDERED", [
        ("1.", "Do nothing and allow the framework to expire. Rejected: the Council would "
               "have no compliant arrangement in place to buy care at home."),
        ("2.", "Extend the current framework. Rejected: the framework has no further "
               "extension available and has not addressed delays in rural areas."),
        ("3.", "Deliver the whole service in-house. Rejected: the options appraisal "
               "estimated the additional cost at £3.2 million a year, which is not "
               "affordable within the Medium Term Financial Strategy."),
    ]),
    ("CONSULTATION", [
        "Engagement took place between September and December 2024 with people who use "
        "the service, their families and carers, and with providers. The questions most "
        "often asked, and the Council's answers, were:",
        ("Q.", "Will I keep the same care workers when the new contracts start? – Where "
               "a provider is not successful, staff may transfer to the new provider under "
               "TUPE, and continuity of care will be a priority in the transition plan."),
        ("Q.", "Will the rate paid to providers cover the Real Living Wage? – Yes. The rate "
               "has been modelled to allow providers to pay at least the Real Living Wage "
               "and to pay for travel time."),
        "The proposals were considered by the Adults and Health Scrutiny Committee on 4 "
        "March 2025. The Committee noted the proposed model and recommended that the rural "
        "uplift be reviewed after the first six months of the new contracts. A proposal "
        "that the decision be deferred for a full in-house appraisal was not supported. "
        "The Cabinet Member has accepted the Committee's recommendation (see decision 2).",
    ]),
    ("FINANCIAL IMPLICATIONS", [
        "The estimated annual cost of the new arrangements is £22.9 million in 2025/26, "
        "within the approved budget for adult social care, including approximately £1.1 "
        "million to meet the increase in employer National Insurance contributions.",
    ]),
    ("DECLARATIONS / CONFLICTS OF INTEREST", [
        "Conflicts of interest declared by the Cabinet Member and/or any other Member "
        "consulted in relation to this decision: None.",
        "Dispensations granted by the Head of Paid Service: None.",
    ]),
]


def build_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Mm

    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.last_printed = FIXED.replace(tzinfo=None)
    d.core_properties.author = "Democratic Services"
    d.core_properties.last_modified_by = "Democratic Services"
    d.core_properties.title = "Cabinet Member Decision Notice APR25/CMDN/118"
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(22)

    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("WELLANDBRIDGE CITY COUNCIL")
    r.bold = True
    r.font.size = Pt(13)
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("CABINET MEMBER DECISION NOTICE")
    r.bold = True
    r.font.size = Pt(14)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in CMDN_FIELDS:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    d.add_paragraph()

    for heading, parts in CMDN_SECTIONS:
        hp = d.add_paragraph()
        hp.add_run(heading).bold = True
        for part in parts:
            if isinstance(part, tuple):
                para = d.add_paragraph()
                para.paragraph_format.left_indent = Mm(10)
                para.paragraph_format.first_line_indent = Mm(-8)
                para.add_run(part[0] + "\t" + part[1])
            else:
                d.add_paragraph(part)

    d.add_paragraph()
    d.add_paragraph("Signed: Councillor Desmond Farrant")
    d.add_paragraph("Cabinet Member for Adult Social Care, Health and Public Health")
    d.add_paragraph("Date: 14 April 2025")
    d.add_paragraph("This decision will come into force, and may be implemented, at the "
                    "expiry of the call-in period unless it is called in by the relevant "
                    "scrutiny committee.")
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """python-docx stamps zip members with the current time; pin them for determinism."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 14, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Committee",
    "meeting_date": "2025-03-04",
    "items": [{"number": n.rstrip("."), "title": t}
              for kind, n, t in (b for b in B if b[0] == "item")],
    "questions": [
        # 5 dental
        Q("5", "question",
          "Members queried how many residents in the city were currently unable to register",
          "Members",
          "there was no longer a formal system of registration for NHS dentistry",
          "Associate Director", ["primary-care"]),
        Q("5", "concern",
          "children in the east of the city were being admitted to Wellandbridge City Hospital",
          "Members",
          "a supervised toothbrushing programme had been commissioned in 46 early years settings",
          "Consultant in Dental Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        Q("5", "question",
          "whether the two practices that had handed back their contracts had been replaced",
          "A Member",
          "the contract value from the first practice had been re-procured",
          "Associate Director", ["primary-care", "subcontracting"]),
        Q("5", "question",
          "whether any underspend on the dental budget could be used locally",
          "Members",
          "the dental budget had been ring-fenced nationally for 2024/25",
          "Associate Director", ["primary-care", "finance"]),
        Q("5", "comment",
          "told by practices that they were only accepting new patients privately",
          "Councillor Kerridge", None, None, ["primary-care", "privatisation"]),
        Q("5", "question",
          "Members asked what was being done to recruit and retain dentists in the area",
          "Members",
          "the ICB was funding a scheme of up to £20,000 for dentists",
          "Associate Director", ["primary-care", "workforce"]),
        Q("5", "request",
          "asked that the ICB share its plan for telling residents which practices",
          "Chief Executive of Healthwatch Wellandbridge",
          "agreed to share the communications plan with Healthwatch before it was published",
          "Associate Director", ["primary-care", "patient-and-public-input"]),
        Q("5", "question",
          "regarding people who were unable to find a dentist when in pain",
          "Councillor Iqbal",
          "residents should contact NHS 111, who would book them into one",
          "Consultant in Dental Public Health", ["primary-care"]),
        # 6 care at home
        Q("6", "question",
          "whether the Council had considered bringing any of the care at home service in-house",
          "Members",
          "the cost of establishing an in-house home care service for the whole city",
          "Executive Director of Adults and Health",
          ["adult-social-care", "privatisation", "finance"]),
        Q("6", "concern",
          "the zone model could leave villages in the north of the authority",
          "Members",
          "the lead provider in each zone would be contractually required to accept",
          "Head of Commissioning – Adults", ["adult-social-care", "subcontracting"]),
        Q("6", "question",
          "Members sought assurance that care workers would be paid at least the Real",
          "Members",
          "payment of the Real Living Wage would be a condition of the contract",
          "Head of Commissioning – Adults",
          ["adult-social-care", "workforce", "subcontracting"]),
        Q("6", "question",
          "how the Council would monitor the quality of care delivered by the lead providers",
          "A Member",
          "the Quality Assurance Team undertook an annual monitoring visit to every provider",
          "Head of Commissioning – Adults",
          ["adult-social-care", "governance", "subcontracting"]),
        Q("6", "comment",
          "people who funded their own care often struggled to find a provider",
          "Parish Councillor Quince", None, None, ["adult-social-care"]),
        Q("6", "question",
          "whether the increase in employer National Insurance contributions from April 2025",
          "Members",
          "providers had estimated the effect of the increase at around 68p per hour",
          "Assistant Director Finance (People)",
          ["adult-social-care", "finance", "workforce"]),
        Q("6", "request",
          "be given sight of the full engagement report before the decision was taken",
          "Councillor Stanbridge",
          "agreed that the engagement report would be circulated to all Members of the Committee",
          "Cabinet Member for Adult Social Care, Health and Public Health",
          ["adult-social-care", "patient-and-public-input"]),
        # 7 drugs and alcohol
        Q("7", "question",
          "what proportion of people in treatment also needed support with their mental health",
          "Members",
          "around 62 percent of adults entering treatment had an identified mental health need",
          "Service Manager", ["public-health", "mental-health"]),
        Q("7", "concern",
          "the number of drug-related deaths recorded in the city in 2023",
          "Members",
          "every death was reviewed by a multi-agency panel",
          "Director of Public Health", ["public-health"]),
        Q("7", "question",
          "Members asked about the future of the grant beyond March 2026",
          "Members",
          "allocations for 2025/26 had only been confirmed in February",
          "Director of Public Health", ["public-health", "finance", "workforce"]),
        Q("7", "question",
          "queried why so few people leaving prison went on to engage with community treatment",
          "Councillor Farrow",
          "a dedicated criminal justice worker had been appointed in January",
          "Service Manager", ["public-health"]),
        Q("7", "request",
          "future reports include a breakdown of people in treatment by ward",
          "A Member",
          "agreed to provide figures by ward where the numbers were large enough",
          "Director of Public Health", ["public-health"]),
        Q("7", "comment",
          "Members praised the work of the peer mentors and volunteers with lived experience",
          "Members", None, None, ["public-health", "patient-and-public-input"]),
        # 8 monitoring
        Q("8", "question",
          "on transport for patients being discharged from hospital was still shown as awaiting",
          "Councillor Brennan",
          "the response had been chased with the Integrated Care Board",
          "Democratic Services Officer", ["adult-social-care", "governance"]),
        # 10 work programme
        Q("10", "request",
          "requested that an item on ambulance handover delays at Wellandbridge City Hospital",
          "Councillor Iqbal",
          "the request would be taken to the work programming session to be held in May",
          "Chair", []),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 14 January 2025 were agreed", "agreed", []),
        R("5", "Request that the Fens and Nene Integrated Care Board provide a written update",
          "agreed", ["primary-care", "subcontracting"]),
        R("6", "defer the decision until a full appraisal of a wholly in-house home care service",
          "rejected", ["adult-social-care", "privatisation"]),
        R("6", "that the rural uplift be reviewed after the first six months of the new contracts",
          "recommended", ["adult-social-care", "subcontracting"]),
        R("7", "RESOLVED to note the Drug and Alcohol Treatment and Recovery Service annual update",
          "noted", ["public-health"]),
        R("8", "RESOLVED to note the responses from Cabinet Members and Officers",
          "noted", ["governance"]),
        R("9", "The Committee noted the Forward Plan of Executive Decisions and did not identify",
          "noted", ["governance"]),
        R("10", "agree that the items raised be considered at the work programming session",
          "agreed", ["governance"]),
    ],
    "attendees": [
        A("Councillor Haldane", "Chair", "present"),
        A("Councillor Qureshi", "Vice Chair", "present"),
        A("Councillor Ashdown", None, "present"),
        A("Councillor Brennan", None, "present"),
        A("Councillor Dunmore", None, "present"),
        A("Councillor Farrow", None, "present"),
        A("Councillor Iqbal", None, "present"),
        A("Councillor Kerridge", None, "present"),
        A("Councillor Okafor", None, "present"),
        A("Councillor Stanbridge", None, "present"),
        A("Parish Councillor Rhoda Quince", "Co-opted Member", "present"),
        A("Graham Ostler", "Executive Director of Adults and Health", "in_attendance"),
        A("Dr Alison Trevelyan", "Director of Public Health", "in_attendance"),
        A("Nadia Barros", "Head of Commissioning – Adults", "in_attendance"),
        A("Leon Whitcombe", "Assistant Director Finance (People)", "in_attendance"),
        A("Philippa Crewe", "Democratic Services Officer", "in_attendance"),
        A("Councillor Desmond Farrant",
          "Cabinet Member for Adult Social Care, Health and Public Health", "in_attendance"),
        A("Caroline Hextall",
          "Associate Director of Primary Care, Fens and Nene Integrated Care Board",
          "in_attendance"),
        A("Dr Imran Sethi", "Consultant in Dental Public Health, NHS England",
          "in_attendance"),
        A("Joanne Pilbeam", "Chief Executive, Healthwatch Wellandbridge", "in_attendance"),
        A("Martin Cowell", "Service Manager, Pathways Recovery Wellandbridge",
          "in_attendance"),
        A("Councillor Lomax", None, "apologies"),
        A("Councillor Pettifer", None, "apologies"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def _norm(text: str, punct_to_space: bool) -> str:
    out = []
    for ch in text.lower():
        cat = unicodedata.category(ch)
        if cat[0] in "PS":
            out.append(" " if punct_to_space else "")
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ld-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = document_text(doc)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            nwords = len(phrase.split())
            if not 6 <= nwords <= 15:
                print(f"{doc.name}: {kind} phrase has {nwords} words: {phrase!r}")
                bad += 1
            for mode in (False, True):
                n = _norm(text, mode).count(_norm(phrase, mode))
                if n != 1:
                    print(f"{doc.name}: {kind} phrase found {n} times "
                          f"(punct_to_space={mode}): {phrase!r}")
                    bad += 1
                    break
        if gold.get("doc_type") == "minutes" and doc.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(str(doc)) as pdf:
                print(f"{doc.name}: {len(pdf.pages)} pages")
    print("check passed" if not bad else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / OTHER_NAME)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print("wrote", MINUTES_NAME, "and", OTHER_NAME)
