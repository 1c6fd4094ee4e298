#!/usr/bin/env python3
"""Build the "ay-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_ay.py [--check]
"""
import html
import json
import os
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)

# ---------------------------------------------------------------------------
# Document 1: London Borough of Wexbridge, HASC Scrutiny Sub-Committee (PDF)
# ---------------------------------------------------------------------------
PDF_NAME = "ay-wexbridge-hasc-scrutiny-sub-committee-2025-03-11.pdf"
PDF_HEADER = "London Borough of Wexbridge \u2013 Health and Adult Social Care Scrutiny Sub-Committee \u2013 11 March 2025"

PDF_TITLE = [
    "LONDON BOROUGH OF WEXBRIDGE",
    "MINUTES of the meeting of the HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE "
    "held on Tuesday 11 March 2025 at 7.00 pm in Committee Room 2, Wexbridge Town Hall, Kingsmead Road",
]

PDF_ATTEND = (
    "Councillors present: Councillor Priya Ramdhanie (Chair), Councillor Tom Astley (Vice-Chair), "
    "Councillor Bola Adeyemi, Councillor Helen Cordwell and Councillor Marcus Finlay (substituting for "
    "Councillor Rhiannon Pugh); Co-opted: Ms Dorothy Okafor (Healthwatch Wexbridge, non-voting); "
    "Also present: Councillor Sandra Kemble (Cabinet Member for Adult Social Care and Health); "
    "Officers: Alison Threlfall (Corporate Director of Adults, Health and Commissioning), Dr Imran Qureshi "
    "(Director of Public Health), Gavin Penrose (Head of Commissioning, Market Management and Quality "
    "Assurance), Kerry Lowther (Principal Scrutiny and Democratic Services Officer); In attendance: "
    "Joanne Mbeki (Associate Director of Primary Care Transformation, Thames North Integrated Care Board)."
)

PDF_ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS", [
        "Apologies for absence were received from Councillor Rhiannon Pugh and Councillor Devinder Sahota. "
        "Councillor Marcus Finlay attended as substitute for Councillor Pugh.",
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        "Councillor Adeyemi declared a non-pecuniary interest in Item 5 as a patient registered with the "
        "Hollins Road Medical Practice. Ms Okafor declared that Healthwatch Wexbridge receives grant funding "
        "from the Council. No other declarations were made.",
    ]),
    ("3", "MINUTES OF THE PREVIOUS MEETING", [
        "Arising from the minutes, Councillor Cordwell asked whether the inspection report on Ashdown Court "
        "care home had now been published. The Corporate Director confirmed that the CQC had published its "
        "report on 14 February and had rated the home as requires improvement in two domains; an action plan "
        "would be shared with Members.",
        "RESOLVED: That the minutes of the meeting held on 21 January 2025 be agreed as a correct record and "
        "signed by the Chair.",
    ]),
    ("4", "RECOMMISSIONING OF HOME CARE SERVICES", [
        "Gavin Penrose introduced the report, which set out the proposed recommissioning of home care through "
        "four locality-based lead providers from October 2025, replacing the current framework of 31 agencies. "
        "Members asked how the proposed hourly rate of \u00a323.40 compared with neighbouring boroughs and whether "
        "it would enable providers to pay the London Living Wage. Mr Penrose responded that the rate was the "
        "second highest in the sub-region and had been modelled on paying care workers the London Living Wage "
        "including travel time between visits. A Member sought assurance that smaller local agencies, many of "
        "which employed Wexbridge residents, would not be squeezed out by the move to lead providers. The "
        "Cabinet Member responded that a quarter of the value of each lot had been reserved for "
        "subcontracting to small local agencies and that this would be a contractual requirement. Councillor "
        "Cordwell expressed concern that the new model had been designed without sufficient involvement of the "
        "people who actually receive care at home. Officers undertook to circulate the engagement report, which "
        "summarised 214 survey responses and six focus groups with service users and carers.",
        "Ms Okafor asked whether Healthwatch would have a role in monitoring the quality of the new contracts "
        "once they had been awarded. The Corporate Director confirmed that Healthwatch would sit on the contract "
        "monitoring board and would carry out Enter and View visits during the first year. Councillor Finlay "
        "queried why the option of bringing the service back in-house had been discounted at the options "
        "appraisal stage. The Cabinet Member responded that a wholly in-house service would cost an estimated "
        "\u00a34.1 million more each year and could not be contained within the medium term financial strategy.",
        "RESOLVED: That the Sub-Committee\n(a) notes the proposed model for the recommissioning of home care;\n"
        "(b) recommends to Cabinet that the service specification require all providers and subcontractors to "
        "pay the London Living Wage; and\n(c) requests a report on the performance of the new contracts after "
        "their first six months of operation.",
    ]),
    ("5", "ACCESS TO GENERAL PRACTICE \u2013 THAMES NORTH ICB UPDATE", [
        "Joanne Mbeki presented the update on the ICB's primary care access recovery plan, including the roll-out "
        "of cloud telephony and the additional roles reimbursement scheme. Members asked what proportion of "
        "patients in the borough were now able to obtain a same-day appointment. Ms Mbeki explained that 41 per "
        "cent of appointments in January had taken place on the day they were booked, against a London average "
        "of 44 per cent. A Member sought clarification about the proposed closure of the Hollins Road branch "
        "surgery and whether patients would be consulted. Ms Mbeki stated that the practice had applied to "
        "close the branch site and that a six-week patient consultation would begin in April before any decision "
        "was taken by the ICB.",
        "Councillor Adeyemi raised serious concerns about the length of waits for NHS dental treatment for "
        "children living in the east of the borough. Members requested that the ICB provide ward-level figures "
        "for GP list sizes per full-time clinician before the next meeting. Ms Mbeki undertook to provide the "
        "data to the Scrutiny Officer by the end of April. Councillor Astley asked how many of the new clinical "
        "pharmacists and physician associates had been recruited on permanent contracts. Ms Mbeki replied that "
        "she did not have the breakdown with her and would respond in writing.",
        "RESOLVED: That the Sub-Committee\n(a) notes the update on access to general practice; and\n(b) asks "
        "the ICB to report the outcome of the Hollins Road consultation to its meeting in July 2025.",
    ]),
    ("6", "PUBLIC HEALTH GRANT 2025/26 AND SEXUAL HEALTH SERVICES", [
        "Dr Qureshi introduced the report on the allocation of the ring-fenced public health grant for 2025/26, "
        "noting that the uplift of 2.1 per cent represented a real-terms reduction. Members asked whether the "
        "reduction would affect opening hours at the Marlowe Street sexual health clinic. Dr Qureshi responded "
        "that no reduction in clinic hours was planned for 2025/26 but that online testing would be expanded to "
        "manage demand. A Member sought an explanation of the rising cost of out-of-borough sexual health "
        "attendances charged to the Council under open access arrangements. Dr Qureshi explained that around a "
        "third of residents chose to attend clinics in central London close to their workplaces. Councillor "
        "Astley asked whether the new vape swap scheme was reaching pregnant women who smoke. The Director of "
        "Public Health replied that 38 pregnant women had taken part since September and that a midwife-led "
        "referral route was being introduced.",
        "RESOLVED: That the report be noted.",
    ]),
    ("7", "MENTAL HEALTH SUPPORTED ACCOMMODATION PATHWAY", [
        "The Chair reported that the report for this item had not been published within the statutory "
        "deadline because the Council, the ICB and the mental health trust had not yet agreed the revised "
        "pathway for step-down accommodation.",
        "RESOLVED: That consideration of this item be deferred to the meeting on 3 June 2025.",
    ]),
    ("8", "WORK PROGRAMME 2024/25", [
        "Kerry Lowther presented the work programme. Members requested that a session on the adult social care "
        "workforce, including the use of international recruitment and sponsorship, be added to the programme. "
        "The Scrutiny Officer advised that this could be scheduled for the September meeting.",
        "RESOLVED: That the work programme, as amended at the meeting, be agreed.",
    ]),
]

PDF_CLOSE = "The meeting closed at 9.42 pm."


def pdf_source_text():
    parts = [PDF_HEADER] + PDF_TITLE + [PDF_ATTEND]
    for num, title, paras in PDF_ITEMS:
        parts.append("ITEM %s \u2013 %s" % (num, title))
        parts.extend(paras)
    parts.append(PDF_CLOSE)
    parts.append("CHAIR")
    return "\n".join(parts)


VOWELS = set("aeiouy")


def soft_hyphenate(text):
    """Insert soft hyphens into long words so fpdf2 can hyphenate at line ends."""
    def fix(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        mid = len(w) // 2
        for d in range(0, mid - 3):
            for i in (mid - d, mid + d):
                if 4 <= i <= len(w) - 4 and w[i - 1].lower() in VOWELS and w[i].lower() not in VOWELS:
                    return w[:i] + "\u00ad" + w[i:]
        return w
    return re.sub(r"[A-Za-z]+", fix, text)


def build_pdf(path):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, PDF_HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(60, 5, "Chair's initials ............", align="L")
            self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Adult Social Care Scrutiny Sub-Committee - 11 March 2025")
    pdf.set_author("London Borough of Wexbridge Democratic Services")
    pdf.add_font("DV", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, PDF_TITLE[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5, PDF_TITLE[1], align="C")
    pdf.ln(4)
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 4.8, soft_hyphenate(PDF_ATTEND), align="J")
    pdf.ln(5)
    for num, title, paras in PDF_ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("DV", "B", 10)
        pdf.multi_cell(0, 5, "ITEM %s \u2013 %s" % (num, title), align="L")
        pdf.ln(1.5)
        for p in paras:
            if p.startswith("RESOLVED:"):
                lines = p.split("\n")
                pdf.set_font("DV", "B", 9.5)
                pdf.multi_cell(0, 4.8, lines[0], align="L")
                pdf.set_font("DV", "", 9.5)
                for ln in lines[1:]:
                    pdf.set_x(pdf.l_margin + 8)
                    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 8, 4.8, soft_hyphenate(ln), align="J")
            else:
                pdf.set_font("DV", "", 9.5)
                pdf.multi_cell(0, 4.8, soft_hyphenate(p), align="J")
            pdf.ln(2.5)
        pdf.ln(2)
    pdf.set_font("DV", "I", 9.5)
    pdf.multi_cell(0, 5, PDF_CLOSE)
    pdf.ln(12)
    pdf.set_font("DV", "", 9.5)
    pdf.cell(0, 5, "CHAIR", align="R")
    pdf.output(path)


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, att):
    return {"name": name, "role": role, "attendance": att}


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Sub-Committee",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in PDF_ITEMS],
    "questions": [
        Q("3", "question", "asked whether the inspection report on Ashdown Court care home had now been published",
          "Councillor Cordwell", "had rated the home as requires improvement in two domains",
          "The Corporate Director", ["governance", "adult-social-care"]),
        Q("4", "question", "how the proposed hourly rate of £23.40 compared with neighbouring boroughs",
          None, "modelled on paying care workers the London Living Wage including travel time",
          "Mr Penrose", ["adult-social-care", "finance", "workforce", "subcontracting"]),
        Q("4", "concern", "sought assurance that smaller local agencies, many of which employed Wexbridge residents",
          None, "a quarter of the value of each lot had been reserved for subcontracting",
          "The Cabinet Member", ["adult-social-care", "subcontracting"]),
        Q("4", "concern", "the new model had been designed without sufficient involvement of the people",
          "Councillor Cordwell", "summarised 214 survey responses and six focus groups with service users and carers",
          "Officers", ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        Q("4", "question", "asked whether Healthwatch would have a role in monitoring the quality of the new contracts",
          "Ms Okafor", "Healthwatch would sit on the contract monitoring board",
          "The Corporate Director", ["adult-social-care", "patient-and-public-input", "subcontracting", "governance"]),
        Q("4", "question", "queried why the option of bringing the service back in-house had been discounted",
          "Councillor Finlay", "a wholly in-house service would cost an estimated £4.1 million more each year",
          "The Cabinet Member", ["adult-social-care", "privatisation", "finance"]),
        Q("5", "question", "what proportion of patients in the borough were now able to obtain a same-day appointment",
          None, "41 per cent of appointments in January had taken place on the day",
          "Ms Mbeki", ["primary-care"]),
        Q("5", "question", "sought clarification about the proposed closure of the Hollins Road branch surgery",
          None, "a six-week patient consultation would begin in April before any decision",
          "Ms Mbeki", ["primary-care", "patient-and-public-input"]),
        Q("5", "concern", "raised serious concerns about the length of waits for NHS dental treatment",
          "Councillor Adeyemi", None, None, ["primary-care", "children-and-families"]),
        Q("5", "request", "requested that the ICB provide ward-level figures for GP list sizes",
          "Members", "undertook to provide the data to the Scrutiny Officer by the end of April",
          "Ms Mbeki", ["primary-care", "workforce"]),
        Q("5", "question", "how many of the new clinical pharmacists and physician associates had been recruited",
          "Councillor Astley", "she did not have the breakdown with her and would respond in writing",
          "Ms Mbeki", ["primary-care", "workforce"]),
        Q("6", "question", "whether the reduction would affect opening hours at the Marlowe Street sexual health clinic",
          None, "no reduction in clinic hours was planned for 2025/26",
          "Dr Qureshi", ["public-health", "finance"]),
        Q("6", "question", "rising cost of out-of-borough sexual health attendances charged to the Council",
          None, "around a third of residents chose to attend clinics in central London",
          "Dr Qureshi", ["public-health", "finance"]),
        Q("6", "question", "asked whether the new vape swap scheme was reaching pregnant women who smoke",
          "Councillor Astley", "38 pregnant women had taken part since September",
          "The Director of Public Health", ["public-health"]),
        Q("8", "request", "a session on the adult social care workforce, including the use of international recruitment",
          "Members", "this could be scheduled for the September meeting",
          "The Scrutiny Officer", ["adult-social-care", "workforce", "governance"]),
    ],
    "resolutions": [
        R("3", "minutes of the meeting held on 21 January 2025 be agreed",
          "agreed", []),
        R("4", "notes the proposed model for the recommissioning of home care", "recommended",
          ["adult-social-care", "subcontracting", "workforce"]),
        R("5", "notes the update on access to general practice", "noted",
          ["primary-care", "patient-and-public-input"]),
        R("6", "RESOLVED: That the report be noted", "noted", ["public-health", "finance"]),
        R("7", "consideration of this item be deferred to the meeting on 3 June 2025", "deferred",
          ["mental-health", "housing"]),
        R("8", "the work programme, as amended at the meeting, be agreed", "agreed", ["governance"]),
    ],
    "attendees": [
        A("Councillor Priya Ramdhanie", "Chair", "present"),
        A("Councillor Tom Astley", "Vice-Chair", "present"),
        A("Councillor Bola Adeyemi", None, "present"),
        A("Councillor Helen Cordwell", None, "present"),
        A("Councillor Marcus Finlay", "substituting for Councillor Rhiannon Pugh", "present"),
        A("Ms Dorothy Okafor", "Healthwatch Wexbridge, non-voting", "present"),
        A("Councillor Sandra Kemble", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
        A("Alison Threlfall", "Corporate Director of Adults, Health and Commissioning", "in_attendance"),
        A("Dr Imran Qureshi", "Director of Public Health", "in_attendance"),
        A("Gavin Penrose", "Head of Commissioning, Market Management and Quality Assurance", "in_attendance"),
        A("Kerry Lowther", "Principal Scrutiny and Democratic Services Officer", "in_attendance"),
        A("Joanne Mbeki", "Associate Director of Primary Care Transformation, Thames North Integrated Care Board",
          "in_attendance"),
        A("Councillor Rhiannon Pugh", None, "apologies"),
        A("Councillor Devinder Sahota", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Calderholme Council Health Scrutiny Committee (static-site HTML)
# ---------------------------------------------------------------------------
HTML_NAME = "ay-calderholme-health-scrutiny-committee-2025-02-19.html"

H_ITEMS = [
    ("1", "Apologies for absence and substitutions", [
        ("p", "Apologies were received from Councillor Neil Bracegirdle and Councillor Fatima Rahman. "
              "Councillor Owen Lumb attended as a substitute for Councillor Bracegirdle."),
    ]),
    ("2", "Declarations of interest", [
        ("p", "Councillor Sheila Ormerod declared an other registrable interest in item 6 as her daughter is "
              "employed in the pathology laboratory at Calderholme Royal Infirmary. She remained in the room but "
              "did not take part in the discussion of that item."),
    ]),
    ("3", "Minutes of the meeting held on 11 December 2024", [
        ("decision", "<strong>Resolved:</strong> That the minutes of the meeting held on 11 December 2024 be "
                     "approved as a correct record."),
    ]),
    ("4", "Public questions", [
        ("p", "One question had been received in advance under the Committee's procedure for public participation."),
        ("question", "<strong>Mr Derek Haworth</strong>, a resident of Brindle Bridge, asked what assessment had "
                     "been made of the impact on older residents without cars of moving the walk-in centre from "
                     "the town centre to the hospital site."),
        ("answer", "<strong>The Chair</strong> replied that the ICB had published an equality impact assessment "
                   "and had agreed to fund an extension of the 581 bus route to the hospital entrance from May."),
    ]),
    ("5", "Urgent and emergency care: winter 2024/25", [
        ("p", "Martin Ashworth (Chief Operating Officer, Calderholme Hospitals NHS Foundation Trust) and Lisa Greenhalgh "
              "(Place Director, Calder and Pennine ICB) presented a joint report on performance over the winter."),
        ("question", "<strong>Councillor Ormerod</strong> asked why the number of patients waiting more than twelve "
                     "hours in the emergency department had doubled since October."),
        ("answer", "<strong>Mr Ashworth</strong> said that bed occupancy had averaged 97 per cent and that up to 80 "
                   "patients each day were medically fit for discharge but awaiting a package of care."),
        ("question", "<strong>Councillor Lumb</strong> raised concern about patients being cared for on trolleys in "
                     "corridors and the effect on their dignity."),
        ("answer", "<strong>Mr Ashworth</strong> acknowledged that corridor care was unacceptable and said a "
                   "dedicated team of nurses had been assigned to the corridor at all times."),
        ("question", "<strong>Councillor Patel</strong> asked whether the discharge to assess beds commissioned "
                     "from private care homes had reduced delays."),
        ("answer", "<strong>Ms Greenhalgh</strong> replied that the 40 beds had saved around 1,100 bed days but "
                   "that the scheme's funding ended on 31 March."),
        ("decision", "<strong>Resolved:</strong> That the Committee notes the report and thanks hospital staff for "
                     "their work during a very difficult winter."),
    ]),
    ("6", "Pathology services: proposed joint venture", [
        ("p", "Dr Claire Whitworth (Medical Director, Calderholme Hospitals NHS Foundation Trust) outlined the "
              "proposal to transfer pathology services into a joint venture with a private diagnostics company."),
        ("question", "<strong>Councillor Patel</strong> asked what share of any profits the private partner would "
                     "take and how the public interest would be protected."),
        ("answer", "<strong>Dr Whitworth</strong> explained that the Trust would hold 51 per cent of the shares and "
                   "that any surplus would be reinvested in equipment for ten years."),
        ("question", "<strong>Councillor Lumb</strong> expressed concern for the 230 laboratory staff who would "
                     "transfer under TUPE and asked whether their NHS pensions would be protected."),
        ("answer", "<strong>Dr Whitworth</strong> confirmed that all transferring staff would keep access to the NHS "
                   "Pension Scheme through a direction order."),
        ("question", "<strong>Councillor Stansfield</strong> requested that the full business case be shared with "
                     "the Committee before the Trust Board took its decision."),
        ("answer", "<strong>Dr Whitworth</strong> said that commercially confidential sections would be redacted "
                   "but a summary would be provided."),
        ("decision", "<strong>Resolved:</strong> That the Committee recommends to the Board of Calderholme Hospitals "
                     "NHS Foundation Trust that:<ol type=\"i\"><li>no decision on the joint venture be taken until "
                     "staff and the public have been consulted;</li><li>the full business case be made available to "
                     "the Committee in confidence.</li></ol>"),
    ]),
    ("7", "Children and young people's emotional wellbeing and mental health", [
        ("p", "Rachel Nuttall (Head of Children's Commissioning) presented the report on waiting times for the "
              "Healthy Minds Calderholme service."),
        ("question", "<strong>Councillor Stansfield</strong> asked why children referred for an autism assessment "
                     "were waiting up to three years."),
        ("answer", "<strong>Ms Nuttall</strong> said that demand had trebled since 2019 and that a second provider "
                   "had been commissioned to clear the backlog by 2026."),
        ("question", "<strong>Councillor Ormerod</strong> asked what support was available to schools while pupils "
                     "were on the waiting list."),
        ("answer", "<strong>Ms Nuttall</strong> replied that mental health support teams now covered 34 of the 61 "
                   "schools in the borough."),
        ("decision", "<strong>Resolved:</strong> That the report be noted and a further update be received in "
                     "September 2025."),
    ]),
    ("8", "Adult social care budget proposals 2025/26", [
        ("p", "Councillor Joan Pickup (Cabinet Member for Adults and Wellbeing) and Stephen Duckworth (Strategic "
              "Director, Adult Care, Health and Housing) presented the savings proposals."),
        ("question", "<strong>Councillor Lumb</strong> asked how the proposed increase in charges for day services "
                     "would affect people on low incomes."),
        ("answer", "<strong>Mr Duckworth</strong> explained that around 60 per cent of people using day services "
                   "paid no charge following a financial assessment."),
        ("question", "<strong>Councillor Patel</strong> questioned whether the planned reduction of 12 posts in the "
                     "reablement service was consistent with the pressures described under item 5."),
        ("answer", "<strong>Councillor Pickup</strong> replied that the posts were currently vacant and that "
                   "the service would be remodelled with the NHS community team."),
        ("decision", "<strong>Resolved:</strong> That the Committee recommends to Cabinet that the proposed reduction "
                     "in reablement posts be reconsidered in light of the winter pressures."),
    ]),
    ("9", "Work programme", [
        ("decision", "<strong>Resolved:</strong> That the work programme for 2025/26 be agreed, subject to the "
                     "addition of an item on the pathology joint venture in April."),
    ]),
]

H_ATTEND = {
    "Members present": [
        "Councillor Alan Hirst (Chair)", "Councillor Meena Patel (Vice-Chair)", "Councillor Owen Lumb (substitute)",
        "Councillor Sheila Ormerod", "Councillor Graham Stansfield",
    ],
    "Apologies": ["Councillor Neil Bracegirdle", "Councillor Fatima Rahman"],
    "In attendance": [
        "Councillor Joan Pickup – Cabinet Member for Adults and Wellbeing",
        "Stephen Duckworth – Strategic Director, Adult Care, Health and Housing",
        "Rachel Nuttall – Head of Children's Commissioning",
        "Martin Ashworth – Chief Operating Officer, Calderholme Hospitals NHS Foundation Trust",
        "Dr Claire Whitworth – Medical Director, Calderholme Hospitals NHS Foundation Trust",
        "Lisa Greenhalgh – Place Director, Calder and Pennine ICB",
        "Hannah Crabtree – Democratic Services Officer",
    ],
}


def build_html(path):
    out = []
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"generator\" content=\"Eleventy v2.0.1\">\n"
               "<title>Health Scrutiny Committee – 19 February 2025 – minutes | Calderholme Council</title>\n"
               "<link rel=\"stylesheet\" href=\"/assets/css/site.css\">\n</head>\n<body>\n"
               "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n"
               "<header class=\"site-header\"><a href=\"/\" class=\"logo\">Calderholme Council</a>"
               "<nav><a href=\"/council-and-democracy/\">Council and democracy</a> &rsaquo; "
               "<a href=\"/council-and-democracy/committees/health-scrutiny/\">Health Scrutiny Committee</a></nav></header>\n"
               "<main id=\"main\" class=\"minutes\">\n"
               "<h1>Health Scrutiny Committee</h1>\n"
               "<p class=\"meeting-meta\">Minutes of the meeting held on <time datetime=\"2025-02-19T14:00\">Wednesday "
               "19 February 2025, 2.00pm</time> at Calderholme Town Hall, Council Chamber</p>\n"
               "<p class=\"status\">Status: approved at the meeting on 2 April 2025</p>\n")
    out.append("<section class=\"attendance\">\n<h2>Attendance</h2>\n")
    for label, names in H_ATTEND.items():
        out.append("<h4>%s</h4>\n<ul class=\"people\">\n" % html.escape(label))
        for n in names:
            out.append("  <li>%s</li>\n" % html.escape(n))
        out.append("</ul>\n")
    out.append("</section>\n<hr>\n")
    for num, title, blocks in H_ITEMS:
        out.append("<article class=\"item\" id=\"item-%s\">\n<h3>%s. %s</h3>\n" % (num, num, html.escape(title)))
        for kind, text in blocks:
            t = text.replace("'", "&#8217;")
            if kind == "p":
                out.append("<p>%s</p>\n" % t)
            elif kind == "decision":
                if "<ol" in t:
                    out.append("<div class=\"decision\">%s</div>\n" % t)
                else:
                    out.append("<p class=\"decision\">%s</p>\n" % t)
            else:
                out.append("<p class=\"%s\">%s</p>\n" % (kind, t))
        out.append("</article>\n")
    out.append("<p class=\"closing\">The meeting ended at 4.51pm.</p>\n</main>\n"
               "<footer class=\"site-footer\"><p>&copy; Calderholme Council. Page last updated 3 April 2025.</p>"
               "</footer>\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-02-19",
    "items": [{"number": n, "title": t} for n, t, _ in H_ITEMS],
    "questions": [
        Q("4", "question", "moving the walk-in centre from the town centre to the hospital site",
          "Mr Derek Haworth", "agreed to fund an extension of the 581 bus route",
          "The Chair", ["primary-care", "patient-and-public-input"]),
        Q("5", "question", "hours in the emergency department had doubled since October",
          "Councillor Ormerod", "patients each day were medically fit for discharge but awaiting a package of care",
          "Mr Ashworth", ["adult-social-care"]),
        Q("5", "concern", "raised concern about patients being cared for on trolleys in corridors",
          "Councillor Lumb", "a dedicated team of nurses had been assigned to the corridor",
          "Mr Ashworth", ["workforce"]),
        Q("5", "question", "whether the discharge to assess beds commissioned from private care homes",
          "Councillor Patel", "the 40 beds had saved around 1,100 bed days",
          "Ms Greenhalgh", ["integration", "adult-social-care", "subcontracting", "finance"]),
        Q("6", "question", "what share of any profits the private partner would take",
          "Councillor Patel", "the Trust would hold 51 per cent of the shares",
          "Dr Whitworth", ["privatisation"]),
        Q("6", "concern", "expressed concern for the 230 laboratory staff who would transfer under TUPE",
          "Councillor Lumb", "all transferring staff would keep access to the NHS Pension Scheme",
          "Dr Whitworth", ["workforce", "privatisation"]),
        Q("6", "request", "requested that the full business case be shared with the Committee",
          "Councillor Stansfield", "commercially confidential sections would be redacted but a summary would be provided",
          "Dr Whitworth", ["governance", "privatisation"]),
        Q("7", "question", "asked why children referred for an autism assessment were waiting up to three years",
          "Councillor Stansfield", "a second provider had been commissioned to clear the backlog by 2026",
          "Ms Nuttall", ["children-and-families", "mental-health", "subcontracting"]),
        Q("7", "question", "what support was available to schools while pupils were on the waiting list",
          "Councillor Ormerod", "mental health support teams now covered 34 of the 61 schools",
          "Ms Nuttall", ["children-and-families", "mental-health"]),
        Q("8", "question", "proposed increase in charges for day services would affect people on low incomes",
          "Councillor Lumb", "paid no charge following a financial assessment",
          "Mr Duckworth", ["adult-social-care", "finance"]),
        Q("8", "question", "planned reduction of 12 posts in the reablement service",
          "Councillor Patel", "the posts were currently vacant and that the service would be remodelled",
          "Councillor Pickup", ["adult-social-care", "workforce", "finance", "integration"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 11 December 2024 be approved", "agreed", []),
        R("5", "notes the report and thanks hospital staff for their work", "noted", ["workforce"]),
        R("6", "no decision on the joint venture be taken until staff and the public",
          "recommended", ["privatisation", "patient-and-public-input", "governance"]),
        R("7", "That the report be noted and a further update be received", "noted",
          ["children-and-families", "mental-health"]),
        R("8", "the proposed reduction in reablement posts be reconsidered in light of the winter pressures",
          "recommended", ["adult-social-care", "workforce", "finance"]),
        R("9", "the work programme for 2025/26 be agreed, subject to the addition", "agreed",
          ["governance", "privatisation"]),
    ],
    "attendees": [
        A("Councillor Alan Hirst", "Chair", "present"),
        A("Councillor Meena Patel", "Vice-Chair", "present"),
        A("Councillor Owen Lumb", "substitute", "present"),
        A("Councillor Sheila Ormerod", None, "present"),
        A("Councillor Graham Stansfield", None, "present"),
        A("Councillor Neil Bracegirdle", None, "apologies"),
        A("Councillor Fatima Rahman", None, "apologies"),
        A("Councillor Joan Pickup", "Cabinet Member for Adults and Wellbeing", "in_attendance"),
        A("Stephen Duckworth", "Strategic Director, Adult Care, Health and Housing", "in_attendance"),
        A("Rachel Nuttall", "Head of Children's Commissioning", "in_attendance"),
        A("Martin Ashworth", "Chief Operating Officer, Calderholme Hospitals NHS Foundation Trust", "in_attendance"),
        A("Dr Claire Whitworth", "Medical Director, Calderholme Hospitals NHS Foundation Trust", "in_attendance"),
        A("Lisa Greenhalgh", "Place Director, Calder and Pennine ICB", "in_attendance"),
        A("Hannah Crabtree", "Democratic Services Officer", "in_attendance"),
    ],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace("\u00ad", "").replace("\u2019", "'").lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def html_text(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return "\n".join(pg.extract_text() or "" for pg in p.pages)


def check_one(gold, text, label, extracted=None):
    errors = 0
    nt = norm(text)
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    squash = re.sub(r"[^a-z0-9]", "", extracted.replace("-\n", "").lower()) if extracted else None
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            print("%s: %s phrase has %d words: %r" % (label, kind, n, ph)); errors += 1
        c = nt.count(norm(ph))
        if c != 1:
            print("%s: %s phrase occurs %d times: %r" % (label, kind, c, ph)); errors += 1
        if squash is not None and re.sub(r"[^a-z0-9]", "", ph.lower()) not in squash:
            print("%s: (warning) not found in extracted PDF text: %r" % (label, ph))
    return errors


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    pdf_path = os.path.join(DOCS, PDF_NAME)
    html_path = os.path.join(DOCS, HTML_NAME)
    if "--check" in sys.argv:
        errors = check_one(PDF_GOLD, pdf_source_text(), PDF_NAME, extracted=pdf_text(pdf_path))
        errors += check_one(HTML_GOLD, html_text(html_path), HTML_NAME)
        for g in (PDF_GOLD, HTML_GOLD):
            print("%s: %d items, %d questions, %d resolutions, %d attendees" % (
                g["document"], len(g["items"]), len(g["questions"]), len(g["resolutions"]), len(g["attendees"])))
        print("CHECK FAILED: %d errors" % errors if errors else "CHECK PASSED")
        sys.exit(1 if errors else 0)
    build_pdf(pdf_path)
    build_html(html_path)
    for g in (PDF_GOLD, HTML_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", PDF_NAME, HTML_NAME)


if __name__ == "__main__":
    main()
