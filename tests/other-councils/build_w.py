#!/usr/bin/env python
"""Build the "w-" documents of the other-councils evaluation set and their gold annotations.

  python tests/other-councils/build_w.py           build documents/w-* and gold/w-*.json
  python tests/other-councils/build_w.py --check   verify gold phrases against the built documents

Deterministic: fixed dates, no randomness.  All councils, people and figures are invented.
"""
import datetime
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

NAMES = {
    "pdf1": "w-kestermoor-hasc-minutes-2025-10-14.pdf",
    "docx": "w-wexcombe-cfe-scrutiny-minutes-2025-11-20.docx",
    "html": "w-fenwold-hhc-panel-minutes-2025-11-03.html",
    "yswd": "w-kestermoor-charging-you-said-we-did-2025-12.pdf",
}

# --------------------------------------------------------------------------- helpers

VOWELS = set("aeiouy")
NOSPLIT = {"ch", "sh", "th", "ph", "wh", "ck", "gh", "qu", "ng", "wr", "kn",
           "tr", "pr", "br", "cr", "dr", "gr", "bl", "pl", "cl", "fl", "fr"}


SPECIAL = {"handover": "hand\u00adover", "healthwatch": "health\u00adwatch"}


def _hyph_word(m):
    w = m.group(0)
    if w in SPECIAL:
        return SPECIAL[w]
    out = []
    last = 0
    n = len(w)
    for i in range(3, n - 3):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if a in VOWELS or b in VOWELS or (a + b) in NOSPLIT:
            continue
        if c in VOWELS:
            if i - last >= 3:
                out.append(w[last:i])
                last = i
    out.append(w[last:])
    return "\u00ad".join(out)


def hyphenate(text):
    """Insert soft hyphens into long lower-case words (never at a real hyphen)."""
    return re.sub(r"(?<![\w-])[a-z]{7,}(?![\w])", _hyph_word, text)


def curly(text):
    return text.replace("'", "\u2019")


def norm(text):
    text = text.replace("\u00ad", "")
    text = text.lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " " + " ".join(text.split()) + " "


# --------------------------------------------------------------------------- document 1
# Kestermoor Council (unitary) - Health and Adult Social Care Scrutiny Committee
# Item titles: white, NOT bold, slightly larger, on a dark filled banner.

K_DATE = "Tuesday 14 October 2025"

K_BOX = [
    ("Present:", "Councillor Margaret Oyelaran (Chair), Councillor Dafydd Pryce (Vice-Chair), "
     "Councillors Harriet Ashdown, Tom Bexley, Sunita Chaudhry, Neil Gorringe (substitute for "
     "Councillor Wendy Lister), Kieran McAleese, Paula Trevithick and Brian Yelland"),
    ("Co-opted member (non-voting):", "Geoffrey Tamblyn (Healthwatch Kestermoor)"),
    ("Also present:", "Councillor Stephen Harcourt-Vane (Cabinet Member for Adult Social Care "
     "and Public Health)"),
    ("Officers:", "Rachel Dunmore (Director of Adult Social Care and Health), Dr Imran Saleem "
     "(Director of Public Health), Joanne Petherick (Head of Commissioning \u2013 Adults, Health "
     "and Housing), Liam Kettering (Strategic Finance Business Partner \u2013 People Directorate) "
     "and Amy Colquhoun (Democratic Services Officer)"),
    ("In attendance:", "Clare Rowntree (Chief Operating Officer, Kestermoor Hospitals NHS "
     "Foundation Trust) and Simon Attwater (Director of Primary Care and Community Services, "
     "NHS Tamar and Moor Integrated Care Board)"),
    ("Apologies:", "Councillors Wendy Lister and Alan Quick"),
]

# each item: (number, title, [blocks]); block = ("p", text) | ("resolved", [bullets]) | ("note", text)
K_ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillors Wendy Lister and Alan Quick. "
              "Councillor Neil Gorringe attended as a substitute for Councillor Lister."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor Paula Trevithick declared a non-registrable interest in item 7 (Adult "
              "Social Care Charging Policy) as a close family member receives a home care package "
              "arranged by the Council; she remained in the meeting and took part in the debate. "
              "Councillor Kieran McAleese declared a registrable interest in item 5 as an employee "
              "of Kestermoor Hospitals NHS Foundation Trust and, having taken advice from the "
              "Monitoring Officer, did not take part in the discussion of that item. No other "
              "declarations were made."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "The minutes of the meeting held on 9 September 2025 were submitted."),
        ("resolved", ["That the minutes of the meeting held on 9 September 2025 be confirmed as a "
                      "correct record and signed by the Chair."]),
    ]),
    ("4", "Public Questions and Petitions", [
        ("p", "There were no public questions or petitions for this meeting."),
    ]),
    ("5", "Urgent and Emergency Care: Performance and Winter Readiness", [
        ("p", "The Committee received a report and presentation from Clare Rowntree, Chief "
              "Operating Officer of Kestermoor Hospitals NHS Foundation Trust, on the performance of "
              "urgent and emergency care services at Kestermoor General Hospital and the Trust's "
              "preparations for winter 2025/26. Ms Rowntree reported that performance against the "
              "four-hour emergency access standard had improved from 61.2% in April to 68.4% in "
              "August, against an interim national target of 78% by March 2026, and that the new "
              "same day emergency care unit, opened in July, was now seeing around 40 patients a day "
              "who would previously have waited in the emergency department."),
        ("p", "Councillor Bexley asked why ambulance handover delays at Kestermoor General remained "
              "worse than at neighbouring acute hospitals and whether patients were still being held "
              "in ambulances outside the department. Ms Rowntree acknowledged that the average "
              "handover time in August had been 47 minutes and explained that a twelve-space "
              "ambulance receiving area had opened on 1 October so that crews could be released "
              "within 45 minutes in almost all cases. Councillor Chaudhry expressed concern that "
              "residents in the east of the borough faced journeys of more than an hour to the only "
              "type 1 emergency department and asked whether the Polcarrow minor injuries unit would "
              "return to 24-hour opening. In reply, Ms Rowntree stated that overnight opening at "
              "Polcarrow would not be restored this winter because of gaps in emergency nurse "
              "practitioner cover, but that this would be reviewed in April. Mr Tamblyn reported "
              "that Healthwatch Kestermoor had received 63 comments about long waits in the "
              "emergency department since June and asked how patient feedback was being used to "
              "shape the winter plan. Ms Rowntree said that the Trust's patient experience team "
              "reviewed every comment each month and that she would welcome a joint session with "
              "Healthwatch before Christmas."),
        ("p", "Members then turned to delays in discharging patients from hospital. Councillor Pryce "
              "asked how many patients who were medically fit to leave hospital remained on a ward "
              "waiting for care to be arranged. The Director of Adult Social Care and Health "
              "explained that the number of patients with no criteria to reside had fallen from 112 "
              "in April to 71 at the end of September, largely because the Council had block-booked "
              "30 reablement beds at Chyvean House, and that most of the remaining delays involved "
              "people who needed specialist dementia nursing placements. Councillor Yelland "
              "commented that the Committee had been given similar assurances every autumn and that "
              "Members should see the discharge figures every month rather than once a quarter."),
        ("resolved", [
            "That the report and presentation be noted.",
            "That the Trust be asked to provide Members with monthly figures on ambulance handover "
            "times and on patients with no criteria to reside.",
            "That the Trust's winter plan be brought to the meeting on 9 December 2025.",
        ]),
    ]),
    ("6", "Community Equipment Service \u2013 Re-procurement of Contract", [
        ("p", "Joanne Petherick, Head of Commissioning \u2013 Adults, Health and Housing, introduced "
              "the report, which set out the options for the community equipment service when the "
              "current contract with Provectus Mobility Ltd expires on 31 March 2026. The service "
              "delivers, installs and collects beds, hoists, commodes and other equipment for around "
              "9,400 people a year and is jointly funded by the Council (62%) and the Integrated Care "
              "Board (38%). Three options had been appraised: a further two-year extension, bringing "
              "the service in-house, and a joint competitive tender with the Integrated Care Board "
              "for a five-year contract with an option to extend by two years, which was the "
              "recommended option."),
        ("p", "Councillor Ashdown asked whether bringing the service back in-house had been properly "
              "costed, given the problems Members had heard about with the current private provider. "
              "Ms Petherick replied that the in-house option would require capital investment of "
              "approximately \u00a31.9 million in a depot, decontamination facility and vehicles, and "
              "that the Council did not currently have the specialist stock management systems "
              "needed to run the service. Councillor Gorringe queried the contractor's performance, "
              "noting that 14% of urgent next-day deliveries had been late in the last quarter, and "
              "asked what penalties had been applied. He was informed that service credits totalling "
              "\u00a338,000 had been deducted during 2024/25 and that an improvement plan had been in "
              "place since May. Councillor Trevithick sought clarification on whether the 46 staff "
              "currently employed by the contractor would transfer to any new provider; the Head of "
              "Commissioning confirmed that TUPE would apply and that the tender would require "
              "bidders to pay at least the Real Living Wage. Mr Tamblyn requested that people who "
              "use the equipment service be involved in evaluating the bids, and Ms Petherick agreed "
              "that two members of the Healthwatch readers' panel would be invited to score the "
              "quality questions."),
        ("resolved", [
            "That Cabinet be recommended to approve a joint competitive tender with NHS Tamar and "
            "Moor Integrated Care Board for a five-year contract with an option to extend by up to "
            "two years.",
            "That Cabinet be asked to ensure that the in-house option is re-examined before any "
            "decision is taken to extend the new contract.",
        ]),
    ]),
    ("7", "Adult Social Care Charging Policy", [
        ("p", "Councillor Harcourt-Vane, Cabinet Member for Adult Social Care and Public Health, "
              "introduced the report, which set out the outcome of the twelve-week consultation on "
              "proposed changes to the Council's charging policy for non-residential care and "
              "support. The proposals were to take the higher rate of Attendance Allowance and the "
              "care component of Disability Living Allowance into account in financial assessments, "
              "to reduce the standard disability-related expenditure disregard from \u00a325 to "
              "\u00a315 a week, and to introduce a charge where two carers were needed for each visit. "
              "A total of 1,143 responses had been received, 71% of which disagreed with the "
              "proposals."),
        ("p", "Councillor McAleese asked how many people would pay more and by how much. The "
              "Strategic Finance Business Partner advised that around 1,850 people would see their "
              "weekly charge rise, by an average of \u00a311.40, and that the changes would raise "
              "approximately \u00a31.6 million in a full year towards a forecast overspend of "
              "\u00a37.2 million in adult social care. Councillor Chaudhry was concerned that the "
              "consultation had been promoted mainly online and that older residents without "
              "internet access had not been properly heard. The Director of Adult Social Care and "
              "Health responded that paper questionnaires had been sent to every person currently "
              "paying a charge, that 212 paper responses had been received, and that officers had "
              "attended eleven meetings of carers' and disability groups. Councillor Ashdown asked "
              "what assessment had been made of the impact on unpaid carers, particularly where the "
              "second carer charge would apply to people with complex needs living at home. The "
              "Cabinet Member said that the equality impact assessment had identified a "
              "disproportionate impact on disabled people and carers and that a hardship fund of "
              "\u00a3150,000 would be available to waive charges in individual cases."),
        ("p", "Councillor Bexley commented that it was wrong in principle to ask disabled residents "
              "to close a funding gap caused by a decade of inadequate government funding for social "
              "care. Councillor Pryce requested that the Committee receive a report twelve months "
              "after implementation showing how many people had cancelled or reduced their care "
              "because of the charges; the Cabinet Member agreed to this request and said that the "
              "data would be reported to the Committee in October 2026."),
        ("resolved", [
            "That the outcome of the consultation be noted.",
            "That Cabinet be recommended to defer the introduction of the charge for a second carer "
            "until the impact on unpaid carers has been fully assessed.",
            "That a report on the effects of the revised policy, including the number of people who "
            "have cancelled or reduced their care, be submitted to the Committee in October 2026.",
        ]),
        ("note", "(The second recommendation above was agreed by six votes to three.)"),
    ]),
    ("8", "Access to GP and Dental Services", [
        ("p", "Simon Attwater, Director of Primary Care and Community Services at NHS Tamar and Moor "
              "Integrated Care Board, presented an update on the primary care access recovery plan. "
              "He reported that general practices in Kestermoor had provided 1.21 million "
              "appointments in the year to August, 6% more than the previous year, and that 44% of "
              "appointments now took place on the same day they were booked."),
        ("p", "Councillor Yelland asked why patients registered at the Wheal Rose Surgery still "
              "could not get through on the telephone at 8 am. Mr Attwater explained that "
              "cloud-based telephony had been installed at 41 of the 44 practices in the borough and "
              "that Wheal Rose would switch over in November, which would allow callers to be given "
              "a queue position or a call back. Councillor Trevithick raised the lack of NHS "
              "dentists accepting new adult patients anywhere in the borough and asked what the "
              "Integrated Care Board was doing about it. In response, Mr Attwater said that the "
              "Integrated Care Board had commissioned an extra 1,300 urgent dental appointments a "
              "year and was offering a golden hello of \u00a320,000 to dentists who committed to "
              "three years in the area, but he accepted that routine access remained very poor. "
              "Councillor Gorringe queried whether physician associates and other additional roles "
              "were being used in place of GPs, and the Chair asked how patients would know which "
              "professional they were seeing. Mr Attwater confirmed that all practices had been "
              "asked to display the roles of their clinical staff and that physician associates "
              "worked under the supervision of a named GP."),
        ("resolved", ["That the update on the primary care access recovery plan be noted."]),
    ]),
    ("9", "Work Programme 2025/26", [
        ("p", "The Committee considered its work programme for the remainder of 2025/26. Councillor "
              "Chaudhry requested that the Committee look at the health effects of damp and mould in "
              "temporary accommodation, following a recent coroner's report in a neighbouring "
              "authority. The Director of Public Health advised that a joint health and housing "
              "needs assessment on damp and mould would be completed in January and suggested that "
              "the item be scheduled for the March meeting, when its findings would be available."),
        ("resolved", ["That the work programme be agreed, subject to the addition of an item on "
                      "damp and mould in temporary accommodation at the March 2026 meeting."]),
    ]),
    ("10", "Date of Next Meeting", [
        ("p", "The next meeting will be held on Tuesday 9 December 2025 at 10.00 am in the Council "
              "Chamber, Civic Centre, Lostwenna."),
    ]),
]


def _pdf_base():
    from fpdf import FPDF
    return FPDF


def build_pdf1(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class PDF(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 7)
            self.set_text_color(130, 130, 130)
            self.set_y(9)
            self.cell(0, 4, "Kestermoor Council \u2013 Health and Adult Social Care Scrutiny "
                      "Committee", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, K_DATE, align="R")
            self.set_draw_color(170, 170, 170)
            self.set_line_width(0.2)
            self.line(self.l_margin, 13.5, self.w - self.r_margin, 13.5)
            self.set_text_color(0, 0, 0)
            self.set_y(19)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="C")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chair\u2019s initials ..............", align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 10, 21, 9, 15, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health and Adult Social Care Scrutiny Committee - 14 October 2025")
    pdf.set_author("Democratic Services, Kestermoor Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 19, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, "KESTERMOOR COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.cell(0, 6.5, "HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 4.8, "MINUTES of a meeting of the Health and Adult Social Care Scrutiny "
                   "Committee held in the Council Chamber, Civic Centre, Lostwenna on Tuesday "
                   "14 October 2025 at 10.00 am", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    # shaded attendance box
    pdf.set_fill_color(228, 233, 240)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 2.5, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, (label, text) in enumerate(K_BOX):
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(W, 4.6, "**%s** %s" % (label, curly(text)), markdown=True, fill=True,
                       align="L", padding=(0, 4, 0, 4), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.cell(0, 1.8 if i < len(K_BOX) - 1 else 2.5, "", fill=True,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    body = 10
    lh = 5.0
    for num, title, blocks in K_ITEMS:
        if pdf.get_y() > pdf.h - 52:
            pdf.add_page()
        # banner: white, regular weight, slightly larger than body
        pdf.set_fill_color(31, 52, 84)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "", 11.5)
        pdf.cell(0, 8.2, "%s  %s" % (num, title), fill=True, align="L",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2.5)
        for kind, content in blocks:
            if kind == "p":
                pdf.set_font("DejaVu", "", body)
                pdf.multi_cell(0, lh, hyphenate(curly(content)), align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.2)
            elif kind == "note":
                pdf.set_font("DejaVu", "I", 9)
                pdf.multi_cell(0, lh, curly(content), align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.2)
            elif kind == "resolved":
                if pdf.get_y() > pdf.h - 40:
                    pdf.add_page()
                pdf.set_font("DejaVu", "B", body)
                pdf.cell(0, lh, "Resolved:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
                pdf.set_font("DejaVu", "", body)
                for b in content:
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.cell(5, lh, "\u2022")
                    pdf.multi_cell(W - 9, lh, hyphenate(curly(b)), align="J",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.ln(1)
                pdf.ln(1.5)
        pdf.ln(2)

    pdf.set_font("DejaVu", "", body)
    pdf.cell(0, lh, "The meeting ended at 12.47 pm.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(12)
    pdf.cell(0, lh, "Chair ............................................", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4, "Contact: Amy Colquhoun, Democratic Services Officer, tel 01872 554 219, "
                   "email democratic.services@kestermoor.gov.uk", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.output(str(path))


# --------------------------------------------------------------------------- document 2
# Wexcombe County Council - Children, Families and Education Scrutiny Committee (DOCX)
# The whole body sits inside one single-cell layout table.

X_ATT = [
    ("PRESENT:", "Councillor Mrs J Ferrabee (Chairman)"),
    ("", "Councillors R Ilsley (Vice-Chairman), D Amoah, C Blenkinsop, S Cottle, "
         "M Heseltine-Brown, T Jaworski, K Nandra and A Whitlock (substitute)"),
    ("Co-opted Members:", "The Reverend P Okonjo (Church of England Diocese) and Mrs L Sharrock "
                          "(Parent Governor Representative)"),
    ("Also in attendance:", "Councillor G Varley (Cabinet Member for Children's Services)"),
    ("Officers:", "Helen Gidley (Executive Director of Children's Services), Nathan Pascoe "
                  "(Assistant Director \u2013 Education, Inclusion and SEND), Fiona O'Rourke (Head "
                  "of Children's Commissioning and Placement Sufficiency), Dr Aisha Bello "
                  "(Principal Social Worker and Head of Workforce Development) and Jon Dempster "
                  "(Scrutiny and Governance Officer)"),
    ("Apologies:", "Councillor B Tolhurst and Mr S Ferris (Roman Catholic Diocese)"),
]

# block kinds: ("p", text) | ("resolved", [clauses]) | ("resolved1", text)
X_ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Tolhurst and from Mr Ferris. "
              "Councillor Whitlock attended as substitute for Councillor Tolhurst."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor Nandra declared an other registrable interest in minute 7 as an approved "
              "foster carer for the County Council. Mrs Sharrock declared a non-registrable "
              "interest in minute 6 as her son has an Education, Health and Care Plan. Neither "
              "Member considered that the interest required them to withdraw from the meeting."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "The minutes of the meeting held on 18 September 2025 were considered. Arising from "
              "minute 24, Councillor Cottle asked whether the promised breakdown of home to school "
              "transport costs by route had been circulated, and the Scrutiny and Governance "
              "Officer confirmed that it had been emailed to all Members of the Committee on "
              "2 October 2025."),
        ("resolved1", "That the minutes of the meeting held on 18 September 2025 be approved as a "
                      "correct record and signed by the Chairman."),
    ]),
    ("4", "Public Questions", [
        ("p", "No public questions had been received."),
    ]),
    ("5", "Chairman's Announcements", [
        ("p", "The Chairman reported that Ofsted had carried out a focused visit to the County "
              "Council's front door arrangements on 4 and 5 November 2025 and that the outcome "
              "letter would be published on 11 December. She also thanked Mr Dempster, who was "
              "leaving the authority at the end of the month, for his support to the Committee "
              "over the past six years."),
    ]),
    ("6", "Special Educational Needs and Disabilities: Sufficiency and Timeliness of Education, "
          "Health and Care Plans", [
        ("p", "Nathan Pascoe, Assistant Director \u2013 Education, Inclusion and SEND, introduced "
              "the report. The number of children and young people with an Education, Health and "
              "Care Plan had risen to 7,412, an increase of 14% in a year, and only 44% of new "
              "plans had been issued within the statutory 20 weeks in the year to September. The "
              "high needs block of the Dedicated Schools Grant was forecast to overspend by "
              "\u00a318.6 million in 2025/26, taking the cumulative deficit to \u00a361 million."),
        ("p", "Councillor Amoah asked what was being done to bring the timeliness of new plans "
              "closer to the national average. Mr Pascoe replied that eight additional educational "
              "psychologists had been recruited since April, five of them through an agency, and "
              "that a backlog of 390 overdue assessments was expected to be cleared by the end of "
              "March 2026. Councillor Blenkinsop expressed concern about the number of children "
              "being placed in independent special schools, where the average annual cost was now "
              "\u00a363,000 per place, compared with around \u00a324,000 in the County's own special "
              "schools. Mr Pascoe acknowledged that the proportion of placements in the independent "
              "sector had risen to 21% and explained that 260 new maintained specialist places "
              "would open between September 2026 and September 2027, including a new free special "
              "school at Hollins Cross. Mrs Sharrock said that many parents felt they had to fight "
              "the system at every stage and asked how families' views were being used to improve "
              "the service; the Executive Director said that the Parent Carer Forum now co-chaired "
              "the SEND Partnership Board and that a survey of 1,600 families would be repeated in "
              "January."),
        ("p", "Councillor Jaworski asked whether the Council was confident that it could meet the "
              "statutory override deadline for the high needs deficit in March 2028. The Cabinet "
              "Member replied that no council in the county's position could balance the high needs "
              "block without national reform and that the Council was lobbying the Department for "
              "Education through the County Councils Network."),
        ("resolved", [
            "That the report be noted.",
            "That the Cabinet Member be asked to write to the Secretary of State for Education "
            "setting out the Committee's concerns about the high needs deficit.",
            "That a further report on the timeliness of Education, Health and Care Plans be "
            "presented to the Committee in June 2026.",
        ]),
    ]),
    ("7", "Fostering Sufficiency and the Independent Fostering Agency Framework", [
        ("p", "Fiona O'Rourke, Head of Children's Commissioning and Placement Sufficiency, presented "
              "the report. Of the 912 children in the County Council's care, 318 lived with in-house "
              "foster carers and 201 with carers approved by independent fostering agencies, 87 were "
              "in residential children's homes and the remainder were placed with family and "
              "friends carers, with parents, or in supported accommodation. The current regional "
              "framework for independent fostering agency placements expires in July 2026 and the "
              "report sought the Committee's views on a proposal to join the new South West "
              "Peninsula framework."),
        ("p", "Councillor Heseltine-Brown asked how much of the \u00a39.3 million spent on "
              "independent fostering agency placements last year had gone to agencies owned by "
              "private equity investors, and whether the Council knew what profits those agencies "
              "made. Ms O'Rourke said that four of the six largest agencies used by the County were "
              "owned by private equity funds, and that the new framework would for the first time "
              "require providers to publish their accounts and cap annual fee increases at "
              "inflation. Councillor Nandra, having declared an interest, commented that in-house "
              "foster carers had not had an increase in their allowances for two years while agency "
              "fees had continued to rise, and that this was one reason experienced carers were "
              "transferring to agencies. Councillor Ilsley asked how many new in-house fostering "
              "households had been approved this year. In reply, the Head of Commissioning reported "
              "that 23 new households had been approved against a target of 40, while 31 households "
              "had stopped fostering, and that a refreshed recruitment campaign would be launched in "
              "January. Councillor Whitlock asked whether any children were living in unregistered "
              "children's homes; Ms O'Rourke confirmed that there were two such placements, both "
              "reported to Ofsted, and that neither had lasted more than nineteen days."),
        ("resolved", [
            "That the Committee supports the proposal to join the South West Peninsula independent "
            "fostering agency framework from August 2026.",
            "That the Cabinet be recommended to review the allowances paid to in-house foster "
            "carers as part of the 2026/27 budget.",
            "That Members receive information on the ownership of the independent fostering "
            "agencies used by the County Council.",
        ]),
    ]),
    ("8", "Children's Social Care Workforce", [
        ("p", "Dr Aisha Bello, Principal Social Worker and Head of Workforce Development, introduced "
              "the report on the recruitment and retention of children's social workers. At "
              "30 September 2025, 31% of social worker posts in the children's safeguarding teams "
              "were filled by agency workers, compared with 17% two years earlier, at an additional "
              "cost of around \u00a34.1 million a year."),
        ("p", "Councillor Cottle asked why the County's reliance on agency social workers had almost "
              "doubled when neighbouring authorities had reduced theirs. Dr Bello explained that the "
              "County had lost 38 permanent social workers in 2024/25, mainly to agencies and to "
              "authorities paying higher market supplements, and that exit interviews pointed to "
              "caseloads and travel times across a large rural area. Councillor Jaworski asked what "
              "the average caseload was, and was told that it was 21 children per social worker in "
              "the assessment teams and 17 in the long-term teams, against the Council's target of "
              "15. Councillor Amoah expressed concern that children were having to tell their "
              "stories to several different social workers in a year, and asked whether the Council "
              "had considered the social worker apprenticeship route. The Executive Director said "
              "that twelve apprentices were currently in training and that a further ten places had "
              "been funded from September 2026."),
        ("resolved", [
            "That the report be noted.",
            "That the Committee endorses the County Council signing the regional memorandum of "
            "understanding on agency social worker pay rates.",
            "That a progress report be brought to the Committee in six months' time.",
        ]),
    ]),
    ("9", "Accommodation for Care Leavers", [
        ("p", "The Committee considered a joint report of the Executive Director of Children's "
              "Services and the four district housing authorities on accommodation for care leavers "
              "aged 18 to 25. Since October 2023 all supported accommodation for 16 and 17 year olds "
              "has been required to register with Ofsted, and four local providers had withdrawn "
              "from the market as a result."),
        ("p", "Councillor Blenkinsop asked how many care leavers had been placed in bed and "
              "breakfast accommodation in the last year. The Head of Commissioning reported that "
              "nine care leavers had spent time in bed and breakfast, the longest for 26 nights, and "
              "that the joint housing protocol agreed with the four district councils in June now "
              "gave care leavers priority banding up to the age of 25. Councillor Heseltine-Brown "
              "asked whether the Council would consider building its own supported accommodation "
              "rather than relying on private providers, and the Cabinet Member replied that a "
              "business case for a 12-bed scheme on the former Marlpit Lane depot site would be "
              "presented to Cabinet in February. Councillor Ilsley requested that the district "
              "councils be invited to attend a future meeting to explain how the protocol was "
              "working in practice."),
        ("resolved", [
            "That the report be noted.",
            "That the four district councils be invited to attend the Committee's meeting in "
            "March 2026 to discuss the joint housing protocol.",
        ]),
    ]),
    ("10", "Work Programme", [
        ("resolved1", "That the Committee's work programme for 2025/26, as set out in Appendix A "
                      "to the report, be noted."),
    ]),
]


def _fld(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run5._r.append(e)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def build_docx(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.8)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Children, Families and Education Scrutiny Committee \u2013 20 November 2025")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("Page ").font.size = Pt(8)
    _fld(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    _fld(fp, "NUMPAGES")
    fp.add_run("\tChairman\u2019s initials \u2026\u2026\u2026\u2026").font.size = Pt(8)
    for run in fp.runs:
        run.font.size = Pt(8)

    # small header table with the council "logo" text
    ht = d.add_table(rows=1, cols=2)
    _no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = ht.rows[0].cells
    c0.width = Cm(9.5)
    c1.width = Cm(7.5)
    p = c0.paragraphs[0]
    r = p.add_run("WEXCOMBE")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x00, 0x6E, 0x7F)
    p2 = c0.add_paragraph()
    r = p2.add_run("County Council")
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x6E, 0x7F)
    for i, line in enumerate(["Democratic Services", "County Hall, Castle Street",
                              "Wexcombe WX1 4DJ", "democracy@wexcombe.gov.uk"]):
        q = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rr = q.add_run(line)
        rr.font.size = Pt(8)
    d.add_paragraph()

    # the single-cell layout table holding the whole body
    t = d.add_table(rows=1, cols=1)
    t.style = d.styles["Table Grid"]
    cell = t.cell(0, 0)
    cell.width = Cm(17.0)
    first = [True]

    def para(text="", bold=False, size=None, align=None, italic=False, before=0, after=6,
             indent=None, hanging=None):
        p = cell.paragraphs[0] if first[0] else cell.add_paragraph()
        first[0] = False
        pf = p.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if align:
            p.alignment = align
        if indent is not None:
            pf.left_indent = Cm(indent)
        if hanging is not None:
            pf.first_line_indent = Cm(-hanging)
        if text:
            r = p.add_run(curly(text))
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return p

    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    para("UNCONFIRMED \u2013 subject to approval at the next meeting", italic=True, size=9,
         align=WD_ALIGN_PARAGRAPH.RIGHT, before=4)
    para("CHILDREN, FAMILIES AND EDUCATION SCRUTINY COMMITTEE", bold=True, size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    para("MINUTES of a meeting of the Children, Families and Education Scrutiny Committee held at "
         "County Hall, Wexcombe on Thursday, 20 November 2025 at 2.00 pm", align=J, after=10)
    for label, text in X_ATT:
        p = para(after=3, indent=3.5, hanging=3.5)
        if label:
            rl = p.add_run(label)
            rl.bold = True
        p.add_run("\t" + curly(text))
    para("", after=6)

    for num, title, blocks in X_ITEMS:
        para("%s. %s" % (num, title), bold=True, before=10, after=6)
        for kind, content in blocks:
            if kind == "p":
                para(content, align=J)
            elif kind == "resolved1":
                p = para(after=6, align=J)
                rb = p.add_run("RESOLVED: ")
                rb.bold = True
                p.add_run(curly(content))
            elif kind == "resolved":
                para("RESOLVED:", bold=True, after=3)
                for i, cl in enumerate(content, 1):
                    para("(%d)\t%s" % (i, cl), indent=1.25, hanging=1.0, align=J, after=3)
                para("", after=3)
    para("The meeting ended at 4.41 pm.", before=10, after=24)
    para("CHAIRMAN", bold=True, after=12)
    d.add_paragraph()

    cp = d.core_properties
    fixed = datetime.datetime(2025, 11, 24, 10, 2, 0)
    cp.author = "jdempster"
    cp.last_modified_by = "jdempster"
    cp.title = "Minutes CFE Scrutiny 20.11.25"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 7
    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 24, 10, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------- document 3
# Fenwold Council - SharePoint intranet page (HTML)

B = '<span style="font-weight:bold">%s</span>'
NB = "&#160;"


def hp(inner, cls=None):
    c = ' class="%s"' % cls if cls else ""
    # the SharePoint rich text editor keeps typed double spaces after full stops as &#160;
    inner = inner.replace(". ", ".&#160; ").replace("? ", "?&#160; ")
    return "<p%s>%s</p>" % (c, inner)


def e(s):
    return html.escape(s, quote=False)


def qa(pairs):
    """One <p> with Q:/A: lines separated by <br>. pairs: [(q, a or None), ...]"""
    lines = []
    for q, a in pairs:
        lines.append("Q:" + NB + e(q))
        if a is not None:
            lines.append("A:" + NB + e(a))
    return hp("<br/>".join(lines))


def resolved(clauses, label="Resolved:"):
    if len(clauses) == 1:
        return hp(B % label + NB + e(clauses[0]))
    lis = "".join("<li>%s</li>" % e(c) for c in clauses)
    return hp(B % label) + '<ol class="ms-rteElement-OL">%s</ol>' % lis


def h3(num, title):
    return '<h3 class="ms-rteElement-H3">Item %s:%s%s</h3>' % (num, NB, e(title))


EMPTY = "<p>" + NB + "</p>"

F_BODY = [
    hp('<span class="ms-rteFontSize-4" style="font-weight:bold">Housing, Health and Communities '
       'Scrutiny Panel</span>'),
    hp("Minutes of the meeting held on Monday 3" + NB + "November 2025 at 6.30pm in Committee Room "
       "1, Fenwold Town Hall"),
    EMPTY,
    hp(B % "Present:" + NB + NB + "Cllr Rosalind Hames (Chair), Cllr Omar Siddiqui (Vice-Chair), "
       "Cllr Bethany Curnow, Cllr Graham Lusty, Cllr Priya Venkatesan, Cllr Declan Worrall and "
       "Cllr Marion Ebdon (substitute for Cllr Pike)"),
    hp(B % "Also in attendance:" + NB + NB + "Cllr Trevor Allard (Portfolio Holder for Housing "
       "and Homelessness), Cllr Nasreen Dar (Portfolio Holder for Public Health and Communities)"),
    hp(B % "Officers:" + NB + NB + "Kate Whitelaw (Head of Housing Options and Homelessness), "
       "Martin Ekwueme (Assistant Director \u2013 Housing Property Services), Dr Lucy Fairhurst "
       "(Consultant in Public Health), Paul Grimsditch (Senior Democratic Services Officer)"),
    hp(B % "Apologies:" + NB + NB + "Cllr Heather Pike"),
    hp(B % "Absent:" + NB + NB + "Cllr Victor Sandeman"),
    EMPTY,
    h3("1", "Apologies and Substitutions"),
    hp("Apologies were received from Cllr Pike. Cllr Ebdon attended as her substitute." + NB
       + NB + "Cllr Sandeman was absent."),
    EMPTY,
    h3("2", "Declarations of Interest"),
    hp("Cllr Lusty declared a personal interest in Item 6 as the leaseholder of a flat managed by "
       "the Council. He remained in the meeting."),
    EMPTY,
    h3("3", "Minutes of the Previous Meeting"),
    resolved(["That the minutes of the meeting held on 8 September 2025 be approved as a correct "
              "record."], label="RESOLVED:"),
    EMPTY,
    h3("4", "Petition \u2013 Orchard Lane Health Centre"),
    hp("Mr Ken Dobbs presented a petition containing 2,312 signatures calling on NHS Fenwold and "
       "Wash Integrated Care Board to keep the Orchard Lane branch surgery open. Mr Dobbs said that "
       "many of the signatories were older people without cars and that the nearest alternative "
       "surgery was two bus journeys away."),
    qa([("Cllr Worrall \u2013 Has the ICB carried out any formal consultation with Orchard Lane "
         "patients before proposing the closure?",
         "Paul Grimsditch (Senior Democratic Services Officer) \u2013 The ICB has advised in writing "
         "that a six-week engagement period will run until 12" + " December and that it does not "
         "consider formal consultation to be required. The ICB has been invited to attend the "
         "January meeting.")]),
    resolved(["That the petition be noted and referred to the Fenwold Place Partnership Board, "
              "and that NHS Fenwold and Wash Integrated Care Board be invited to the Panel's "
              "meeting in January 2026."]),
    EMPTY,
    h3("5", "Temporary Accommodation and Homelessness Prevention"),
    hp("Cllr Allard introduced the report. There were 486 households in temporary accommodation on "
       "30" + NB + "September, including 112 in bed and breakfast, and the net cost to the Council "
       "of temporary accommodation was forecast to reach \u00a35.9m this year. Kate Whitelaw "
       "outlined the prevention work of the Housing Options team."),
    qa([("Cllr Curnow \u2013 How many families with children have been in bed and breakfast for "
         "longer than the six-week legal limit, and what is being done about it?",
         "Kate Whitelaw (Head of Housing Options and Homelessness) \u2013 38 families were over six "
         "weeks on 30 September. Twenty-two self-contained flats at Mill Race House come into use "
         "in December, which should bring the number below ten by February."),
        ("Cllr Siddiqui \u2013 Is the Council still placing households outside the district, and are "
         "schools told when children have to move?",
         "Kate Whitelaw \u2013 61 households are placed out of district, mostly in Kelsby. The team "
         "notifies the child's school and the receiving council within two working days.")]),
    qa([("Cllr Venkatesan raised concern about the condition of some private sector leased "
         "properties, including reports of damp and mould affecting young children.",
         "Cllr Allard (Portfolio Holder) \u2013 All leased properties are now inspected before they "
         "are used and every six months after that; two landlords have been removed from the "
         "scheme this year.")]),
    qa([("Cllr Lusty asked whether the homelessness prevention grant would continue beyond March "
         "2026 and at what level.", None)]),
    resolved(["That the report be noted.",
              "That the Panel recommends to Cabinet that the temporary accommodation acquisition "
              "programme be expanded by a further 40 homes in 2026/27."]),
    EMPTY,
    h3("6", "Housing Repairs Contract \u2013 Annual Performance Review"),
    hp("Martin Ekwueme presented the annual review of the responsive repairs and voids contract "
       "with Kelbrook Property Services Ltd, which began in April 2021 for ten years with a break "
       "clause at year five and is worth about \u00a314.2m a year. 79% of repairs had been "
       "completed right first time against a target of 90%, and complaints escalated to the "
       "Housing Ombudsman had risen from 9 to 23."),
    qa([("Cllr Lusty \u2013 Why are tenants waiting up to 14 weeks for non-urgent repairs?",
         "Martin Ekwueme (Assistant Director \u2013 Housing Property Services) \u2013 There is a "
         "regional shortage of skilled trades and Kelbrook now subcontracts plastering and roofing "
         "to smaller local firms. The backlog is 2,140 jobs, down from just over 3,000 in June."),
        ("Cllr Ebdon \u2013 Has the Council considered using the break clause and bringing repairs "
         "back in-house, as neighbouring councils have done?",
         "Martin Ekwueme \u2013 The break clause can be exercised from April 2026. An options "
         "appraisal, including a direct labour organisation, will come to the Panel in February.")]),
    qa([("Cllr Worrall \u2013 Are tenants being asked about the quality of the repairs carried out?",
         "Martin Ekwueme \u2013 Every tenant receives a text survey after each job. Satisfaction is 71% "
         "and the Tenants' Scrutiny Group reviews the results each quarter."),
        ("Cllr Hames (Chair) \u2013 What financial penalties have been applied to the contractor "
         "this year?",
         "Martin Ekwueme \u2013 Deductions of \u00a3212,000 have been made under the performance "
         "framework in the contract.")]),
    resolved(["That the report be noted and that the options appraisal for the contract break "
              "clause, including an in-house option, be presented to the Panel in February 2026."]),
    EMPTY,
    h3("7", "Stop Smoking and Vaping Services \u2013 Re-commissioning"),
    hp("Dr Lucy Fairhurst introduced the report. Adult smoking prevalence in Fenwold was 14.9% "
       "compared with 11.6% for England. The current stop smoking contract with Breathe Easy Fenwold "
       "CIC and community pharmacies ends on 31" + NB + "March 2026, and the report proposed that "
       "the core service be delivered in-house by the public health team, with the pharmacy "
       "element recommissioned."),
    qa([("Cllr Venkatesan \u2013 What is being done about vaping among secondary school pupils?",
         "Dr Lucy Fairhurst (Consultant in Public Health) \u2013 Trading Standards test purchases "
         "found that 9 of 23 shops sold vapes to under-age volunteers. A schools programme is now "
         "running in 14 of the 16 secondary schools.")]),
    qa([("Cllr Siddiqui \u2013 Will staff at the current provider transfer to the Council?",
         "Dr Lucy Fairhurst \u2013 Nine staff are expected to transfer under TUPE on their existing "
         "terms and conditions.")]),
    qa([("Cllr Curnow asked how the service would reach routine and manual workers, where smoking "
         "rates are highest.",
         "Dr Lucy Fairhurst \u2013 Outreach clinics will be held at the three largest employers in "
         "the district and evening sessions at the Kelsby Road pharmacy.")]),
    resolved(["That the Panel supports bringing the core stop smoking service in-house from April "
              "2026 and recommends the proposal to Cabinet for approval."]),
    EMPTY,
    h3("8", "Disabled Facilities Grants \u2013 Quarterly Update"),
    hp("The Panel received the quarterly update. There were no questions."),
    resolved(["That the quarterly Disabled Facilities Grant update be noted."]),
    EMPTY,
    h3("9", "Work Programme 2025/26"),
    resolved(["That the Panel's work programme for 2025/26 be agreed as circulated."]),
    EMPTY,
    h3("10", "Any Other Business"),
    hp("None."),
    EMPTY,
    hp("The meeting closed at 8.52pm."),
    EMPTY,
    hp('<span style="font-style:italic">These minutes are draft until approved at the next '
       'meeting of the Panel.</span>'),
]


def build_html(path):
    cut = F_BODY.index(EMPTY, 3) + 1        # attendance block | minutes proper
    zone = ('<div class="ms-rte-layoutszone-outer" style="width:100%%"><div '
            'class="ms-rte-layoutszone-inner" style="word-wrap:break-word;margin:0px;'
            'border:0px">\n%s\n</div></div>')
    body = "\n".join([zone % "\n".join(F_BODY[:cut]),
                      '<div class="ms-rte-layoutszone-outer" style="width:100%"><div '
                      'class="ms-rte-layoutszone-inner" style="word-wrap:break-word;margin:0px;'
                      'border:0px">' + NB + '</div></div>',
                      zone % "\n".join(F_BODY[cut:])])
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="en-GB" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/>
<meta http-equiv="Content-type" content="text/html; charset=utf-8"/>
<title>
	Minutes - Housing, Health and Communities Scrutiny Panel - 3 November 2025
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2bOHWbOcyz%2FUbTOEzCzQSA%3D%3D"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZhkUnsRSfNQ"></script>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo={webServerRelativeUrl:"\\u002fsites\\u002fdemocracy",webAbsoluteUrl:"https:\\u002f\\u002fhub.fenwold.gov.uk\\u002fsites\\u002fdemocracy",pageListId:"{6b1d0c2e-77a1-4d0b-9f3e-2f5e0c9a4b11}",pageItemId:412,userId:0,alertsEnabled:false,siteServerRelativeUrl:"\\u002fsites\\u002fdemocracy",currentLanguage:2057,currentUICultureName:"en-GB"};
function ProcessImn(){if(typeof(ProcessImnMarkers)!='undefined'){ProcessImnMarkers();}}
//]]>
</script>
<style type="text/css">
.ms-rtestate-field p{margin:0 0 6px 0}
.ms-rteElement-H3{font-size:1.2em;color:#0b5e57;font-weight:normal;margin:14px 0 6px 0}
</style>
</head>
<body onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./Minutes-HHC-Panel-2025-11-03.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value=""/>
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5A1F0E2C9B7D,03 Nov 2025 20:58:11 -0000"/>
</div>
<div id="ms-designer-ribbon">
 <div id="suiteBarDelta"><div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarLeft"><div class="ms-table ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignMiddle"><div class="ms-core-brandingText">Fenwold Hub</div></div></div></div></div></div></div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
 <div class="ms-breadcrumb-box"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><a href="/sites/democracy">Democracy</a>&#160;&gt;&#160;<a href="/sites/democracy/Committees">Committees</a>&#160;&gt;&#160;<a href="/sites/democracy/Committees/HHC">Housing, Health and Communities Scrutiny Panel</a>&#160;&gt;&#160;<span>Minutes 3 November 2025</span></span></div>
</div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
 <div class="ms-core-navigation" role="navigation">
  <ul class="root ms-core-listMenu-root static">
   <li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/democracy/Committees/HHC/Agendas"><span class="menu-item-text">Agendas and reports</span></a></li>
   <li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/democracy/Committees/HHC/Minutes"><span class="menu-item-text">Minutes</span></a></li>
   <li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/democracy/Committees/HHC/Membership"><span class="menu-item-text">Membership</span></a></li>
   <li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/democracy/Committees/HHC/WorkProgramme"><span class="menu-item-text">Work programme</span></a></li>
  </ul>
 </div>
</div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="welcome welcome-content" data-name="Page Layout: Article">
 <div class="ms-webpart-zone ms-fullWidth">
  <div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
   <div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
    <div class="ms-rtestate-field" id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">
     <div class="ms-rtestate-field">
      <div class="ms-rteThemeFontFace-1 ms-rteFontSize-2">
%BODY%
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
 <div class="article-footer ms-dialogHidden">
  <p class="ms-metadata">Page owner: Democratic Services&#160;|&#160;Last modified: 17/11/2025 09:41 by Grimsditch, Paul</p>
 </div>
</div>
</div>
</div>
</div>
</div>
</div>
</form>
<script type="text/javascript">
//<![CDATA[
var g_Workspace = "s4-workspace";
ExecuteOrDelayUntilScriptLoaded(function(){ProcessImn();}, "sp.js");
//]]>
</script>
</body>
</html>
"""
    page = page.replace("%BODY%", body)
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- document 4
# Kestermoor Council "You said, we did" consultation feedback (not minutes)

YSWD_PAIRS = [
    ("Counting the higher rate of Attendance Allowance would leave some people without enough "
     "money to pay for things they need because of their disability.",
     "We have kept a disability-related expenditure disregard and will now set it at \u00a320 a "
     "week rather than the \u00a315 we proposed. Anyone can ask for an individual assessment of "
     "their disability costs instead."),
    ("Charging for a second carer is unfair on people with the most complex needs, who already "
     "pay the most.",
     "Cabinet agreed on 19 November 2025 not to introduce the second carer charge at this stage. "
     "We will look at the impact on unpaid carers first and report back before making any further "
     "decision."),
    ("The consultation was hard to find if you are not online.",
     "We posted paper questionnaires to everyone who pays a charge, held eleven meetings with "
     "carers' and disability groups and accepted responses by telephone. For future consultations "
     "we will also use GP surgeries and libraries to promote paper copies."),
    ("People are worried about falling into debt if their charge goes up.",
     "We have set up a hardship fund of \u00a3150,000. The financial assessment team will also "
     "check that everyone is claiming the benefits they are entitled to before any new charge "
     "starts."),
    ("You wanted more notice before changes take effect.",
     "The new charges will not start until 6 April 2026, and everyone affected will receive a "
     "letter at least six weeks beforehand showing their new charge."),
]

YSWD_QA = [
    ("Will my charge go up straight away?",
     "No. Nobody will pay a higher charge before 6 April 2026. We will write to you first."),
    ("How do I ask for a review of my financial assessment?",
     "Call the Financial Assessment Team on 01872 554 600 or email "
     "financial.assessments@kestermoor.gov.uk. A review will be completed within 28 days."),
    ("Can I get help to fill in the forms?",
     "Yes. Our partners at Kestermoor Age Concern and the Carers' Hub can help you for free, at "
     "home or by phone."),
    ("Where can I read the full consultation report?",
     "The full report and the equality impact assessment are on the Council's website, and "
     "printed copies are available in all libraries."),
]


def build_yswd(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class PDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 4, "kestermoor.gov.uk/haveyoursay", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, str(self.page_no()), align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 12, 2, 14, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("You said, we did - Adult Social Care Charging Policy consultation")
    pdf.set_author("Kestermoor Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 36

    pdf.set_fill_color(0, 102, 94)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 10)
    pdf.set_font("DejaVu", "B", 22)
    pdf.cell(0, 10, "You said, we did", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 7, "Adult Social Care Charging Policy consultation \u2013 what happened next",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(46)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.2, curly(
        "Thank you to everyone who took part in our consultation on changes to how we charge for "
        "care and support at home, which ran from 7 July to 28 September 2025. We received 1,143 "
        "responses: 931 online, 212 on paper, and notes from eleven meetings with carers' and "
        "disability groups. Your views were reported to the Health and Adult Social Care Scrutiny "
        "Committee on 14 October 2025 and to Cabinet on 19 November 2025, which made the final "
        "decision. This leaflet explains what you told us and what we have changed as a result."),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(0, 102, 94)
    pdf.cell(0, 8, "What you told us and what we did", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 9.8)
    for said, did in YSWD_PAIRS:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.set_fill_color(238, 238, 238)
        pdf.multi_cell(W, 5.2, "**You said:** " + curly(said), markdown=True, fill=True,
                       padding=(2, 3, 2, 3), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_fill_color(219, 238, 235)
        pdf.multi_cell(W, 5.2, "**We did:** " + curly(did), markdown=True, fill=True,
                       padding=(2, 3, 2, 3), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    pdf.ln(6)

    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(0, 102, 94)
    pdf.cell(0, 8, "Q&A", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    for q, a in YSWD_QA:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5.2, "Q: " + curly(q), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.2, "A: " + curly(a), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 4.4, curly(
        "If you need this information in another format or language, please contact us on "
        "0300 123 4567 or email accessible.info@kestermoor.gov.uk. Kestermoor Council, Civic "
        "Centre, Lostwenna. Published December 2025."), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# --------------------------------------------------------------------------- gold

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_PDF1 = {
    "document": NAMES["pdf1"],
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in K_ITEMS],
    "questions": [
        Q("5", "question", "asked why ambulance handover delays at Kestermoor General remained worse",
          "Councillor Bexley",
          "a twelve-space ambulance receiving area had opened on 1 October", "Ms Rowntree", []),
        Q("5", "concern", "expressed concern that residents in the east of the borough faced journeys",
          "Councillor Chaudhry",
          "overnight opening at Polcarrow would not be restored this winter", "Ms Rowntree",
          ["workforce"]),
        Q("5", "question", "asked how patient feedback was being used to shape the winter plan",
          "Mr Tamblyn",
          "patient experience team reviewed every comment each month", "Ms Rowntree",
          ["patient-and-public-input"]),
        Q("5", "question", "asked how many patients who were medically fit to leave hospital",
          "Councillor Pryce",
          "the number of patients with no criteria to reside had fallen from 112",
          "The Director of Adult Social Care and Health", ["adult-social-care"]),
        Q("5", "comment", "commented that the Committee had been given similar assurances every autumn",
          "Councillor Yelland", None, None, ["adult-social-care", "governance"]),
        Q("6", "question", "asked whether bringing the service back in-house had been properly costed",
          "Councillor Ashdown",
          "the in-house option would require capital investment of approximately £1.9 million",
          "Ms Petherick", ["privatisation", "finance"]),
        Q("6", "question", "queried the contractor's performance, noting that 14% of urgent next-day deliveries",
          "Councillor Gorringe",
          "service credits totalling £38,000 had been deducted during 2024/25", None,
          ["subcontracting"]),
        Q("6", "question", "sought clarification on whether the 46 staff currently employed by the contractor",
          "Councillor Trevithick",
          "confirmed that TUPE would apply and that the tender would require bidders",
          "the Head of Commissioning", ["workforce", "subcontracting"]),
        Q("6", "request", "requested that people who use the equipment service be involved in evaluating the bids",
          "Mr Tamblyn",
          "two members of the Healthwatch readers' panel would be invited", "Ms Petherick",
          ["patient-and-public-input", "subcontracting"]),
        Q("7", "question", "asked how many people would pay more and by how much",
          "Councillor McAleese",
          "around 1,850 people would see their weekly charge rise",
          "The Strategic Finance Business Partner", ["finance", "adult-social-care"]),
        Q("7", "concern", "was concerned that the consultation had been promoted mainly online",
          "Councillor Chaudhry",
          "paper questionnaires had been sent to every person currently paying a charge",
          "The Director of Adult Social Care and Health",
          ["patient-and-public-input", "adult-social-care"]),
        Q("7", "question", "asked what assessment had been made of the impact on unpaid carers",
          "Councillor Ashdown",
          "a hardship fund of £150,000 would be available to waive charges",
          "The Cabinet Member", ["adult-social-care", "finance"]),
        Q("7", "comment", "commented that it was wrong in principle to ask disabled residents",
          "Councillor Bexley", None, None, ["finance", "adult-social-care"]),
        Q("7", "request", "requested that the Committee receive a report twelve months after implementation",
          "Councillor Pryce",
          "the Cabinet Member agreed to this request and said that the data",
          "the Cabinet Member", ["adult-social-care", "finance"]),
        Q("8", "question", "asked why patients registered at the Wheal Rose Surgery still could not",
          "Councillor Yelland",
          "cloud-based telephony had been installed at 41 of the 44 practices", "Mr Attwater",
          ["primary-care"]),
        Q("8", "question", "raised the lack of NHS dentists accepting new adult patients",
          "Councillor Trevithick",
          "commissioned an extra 1,300 urgent dental appointments a year", "Mr Attwater",
          ["primary-care", "workforce"]),
        Q("8", "question", "queried whether physician associates and other additional roles were being used",
          "Councillor Gorringe",
          "physician associates worked under the supervision of a named GP", "Mr Attwater",
          ["primary-care", "workforce"]),
        Q("8", "question", "the Chair asked how patients would know which professional they were seeing",
          "the Chair",
          "all practices had been asked to display the roles of their clinical staff", "Mr Attwater",
          ["primary-care"]),
        Q("9", "request", "requested that the Committee look at the health effects of damp and mould",
          "Councillor Chaudhry",
          "a joint health and housing needs assessment on damp and mould",
          "The Director of Public Health", ["housing", "public-health"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 9 September 2025 be confirmed", "agreed", []),
        R("5", "asked to provide Members with monthly figures on ambulance handover times",
          "agreed", []),
        R("6", "Cabinet be recommended to approve a joint competitive tender with NHS",
          "recommended", ["subcontracting", "privatisation"]),
        R("7", "defer the introduction of the charge for a second carer until",
          "recommended", ["finance", "adult-social-care"]),
        R("8", "the update on the primary care access recovery plan be noted", "noted",
          ["primary-care"]),
        R("9", "the work programme be agreed, subject to the addition of an item", "agreed",
          ["housing", "public-health"]),
    ],
    "attendees": [
        A("Councillor Margaret Oyelaran", "Chair", "present"),
        A("Councillor Dafydd Pryce", "Vice-Chair", "present"),
        A("Councillor Harriet Ashdown", None, "present"),
        A("Councillor Tom Bexley", None, "present"),
        A("Councillor Sunita Chaudhry", None, "present"),
        A("Councillor Neil Gorringe", "substitute for Councillor Wendy Lister", "present"),
        A("Councillor Kieran McAleese", None, "present"),
        A("Councillor Paula Trevithick", None, "present"),
        A("Councillor Brian Yelland", None, "present"),
        A("Geoffrey Tamblyn", "Healthwatch Kestermoor", "present"),
        A("Councillor Stephen Harcourt-Vane",
          "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        A("Rachel Dunmore", "Director of Adult Social Care and Health", "in_attendance"),
        A("Dr Imran Saleem", "Director of Public Health", "in_attendance"),
        A("Joanne Petherick", "Head of Commissioning \u2013 Adults, Health and Housing",
          "in_attendance"),
        A("Liam Kettering", "Strategic Finance Business Partner \u2013 People Directorate",
          "in_attendance"),
        A("Amy Colquhoun", "Democratic Services Officer", "in_attendance"),
        A("Clare Rowntree", "Chief Operating Officer, Kestermoor Hospitals NHS Foundation Trust",
          "in_attendance"),
        A("Simon Attwater", "Director of Primary Care and Community Services, NHS Tamar and Moor "
          "Integrated Care Board", "in_attendance"),
        A("Councillor Wendy Lister", None, "apologies"),
        A("Councillor Alan Quick", None, "apologies"),
    ],
}

GOLD_DOCX = {
    "document": NAMES["docx"],
    "doc_type": "minutes",
    "committee": "Children, Families and Education Scrutiny Committee",
    "meeting_date": "2025-11-20",
    "items": [{"number": n, "title": t} for n, t, _ in X_ITEMS],
    "questions": [
        Q("3", "question", "asked whether the promised breakdown of home to school transport costs",
          "Councillor Cottle",
          "confirmed that it had been emailed to all Members of the Committee",
          "the Scrutiny and Governance Officer", ["children-and-families", "finance"]),
        Q("6", "question", "asked what was being done to bring the timeliness of new plans",
          "Councillor Amoah",
          "eight additional educational psychologists had been recruited since April", "Mr Pascoe",
          ["children-and-families", "workforce"]),
        Q("6", "concern", "expressed concern about the number of children being placed in independent special schools",
          "Councillor Blenkinsop",
          "the proportion of placements in the independent sector had risen to 21%", "Mr Pascoe",
          ["children-and-families", "finance", "subcontracting"]),
        Q("6", "question", "asked how families' views were being used to improve the service",
          "Mrs Sharrock",
          "the Parent Carer Forum now co-chaired the SEND Partnership Board",
          "the Executive Director", ["children-and-families", "patient-and-public-input"]),
        Q("6", "question", "could meet the statutory override deadline for the high needs deficit",
          "Councillor Jaworski",
          "no council in the county's position could balance the high needs block",
          "The Cabinet Member", ["children-and-families", "finance"]),
        Q("7", "question", "had gone to agencies owned by private equity investors",
          "Councillor Heseltine-Brown",
          "four of the six largest agencies used by the County were owned", "Ms O'Rourke",
          ["privatisation", "subcontracting", "children-and-families", "finance"]),
        Q("7", "comment", "commented that in-house foster carers had not had an increase in their allowances",
          "Councillor Nandra", None, None, ["children-and-families", "finance"]),
        Q("7", "question", "asked how many new in-house fostering households had been approved this year",
          "Councillor Ilsley",
          "23 new households had been approved against a target of 40",
          "the Head of Commissioning", ["children-and-families"]),
        Q("7", "question", "asked whether any children were living in unregistered children's homes",
          "Councillor Whitlock",
          "there were two such placements, both reported to Ofsted", "Ms O'Rourke",
          ["children-and-families", "governance"]),
        Q("8", "question", "asked why the County's reliance on agency social workers had almost doubled",
          "Councillor Cottle",
          "the County had lost 38 permanent social workers in 2024/25", "Dr Bello",
          ["workforce", "children-and-families"]),
        Q("8", "question", "Councillor Jaworski asked what the average caseload was",
          "Councillor Jaworski",
          "it was 21 children per social worker in the assessment teams", None,
          ["workforce", "children-and-families"]),
        Q("8", "concern", "expressed concern that children were having to tell their stories",
          "Councillor Amoah",
          "twelve apprentices were currently in training and that a further ten",
          "The Executive Director", ["workforce", "children-and-families"]),
        Q("9", "question", "asked how many care leavers had been placed in bed and breakfast",
          "Councillor Blenkinsop",
          "nine care leavers had spent time in bed and breakfast",
          "The Head of Commissioning", ["housing", "children-and-families"]),
        Q("9", "question", "would consider building its own supported accommodation rather than relying on private providers",
          "Councillor Heseltine-Brown",
          "a business case for a 12-bed scheme on the former Marlpit Lane",
          "the Cabinet Member", ["housing", "privatisation", "children-and-families"]),
        Q("9", "request", "requested that the district councils be invited to attend a future meeting",
          "Councillor Ilsley", None, None, ["housing", "children-and-families"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 18 September 2025 be approved", "agreed", []),
        R("6", "Cabinet Member be asked to write to the Secretary of State for Education",
          "agreed", ["children-and-families", "finance"]),
        R("7", "Cabinet be recommended to review the allowances paid to in-house foster carers",
          "recommended", ["children-and-families", "subcontracting", "finance"]),
        R("8", "endorses the County Council signing the regional memorandum of understanding",
          "agreed", ["workforce", "children-and-families"]),
        R("9", "the four district councils be invited to attend the Committee's meeting",
          "agreed", ["housing", "children-and-families"]),
        R("10", "work programme for 2025/26, as set out in Appendix A", "noted", []),
    ],
    "attendees": [
        A("Councillor Mrs J Ferrabee", "Chairman", "present"),
        A("Councillor R Ilsley", "Vice-Chairman", "present"),
        A("Councillor D Amoah", None, "present"),
        A("Councillor C Blenkinsop", None, "present"),
        A("Councillor S Cottle", None, "present"),
        A("Councillor M Heseltine-Brown", None, "present"),
        A("Councillor T Jaworski", None, "present"),
        A("Councillor K Nandra", None, "present"),
        A("Councillor A Whitlock", "substitute", "present"),
        A("The Reverend P Okonjo", "Church of England Diocese", "present"),
        A("Mrs L Sharrock", "Parent Governor Representative", "present"),
        A("Councillor G Varley", "Cabinet Member for Children's Services", "in_attendance"),
        A("Helen Gidley", "Executive Director of Children's Services", "in_attendance"),
        A("Nathan Pascoe", "Assistant Director \u2013 Education, Inclusion and SEND",
          "in_attendance"),
        A("Fiona O'Rourke", "Head of Children's Commissioning and Placement Sufficiency",
          "in_attendance"),
        A("Dr Aisha Bello", "Principal Social Worker and Head of Workforce Development",
          "in_attendance"),
        A("Jon Dempster", "Scrutiny and Governance Officer", "in_attendance"),
        A("Councillor B Tolhurst", None, "apologies"),
        A("Mr S Ferris", "Roman Catholic Diocese", "apologies"),
    ],
}

GOLD_HTML = {
    "document": NAMES["html"],
    "doc_type": "minutes",
    "committee": "Housing, Health and Communities Scrutiny Panel",
    "meeting_date": "2025-11-03",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Petition \u2013 Orchard Lane Health Centre"},
        {"number": "5", "title": "Temporary Accommodation and Homelessness Prevention"},
        {"number": "6", "title": "Housing Repairs Contract \u2013 Annual Performance Review"},
        {"number": "7", "title": "Stop Smoking and Vaping Services \u2013 Re-commissioning"},
        {"number": "8", "title": "Disabled Facilities Grants \u2013 Quarterly Update"},
        {"number": "9", "title": "Work Programme 2025/26"},
        {"number": "10", "title": "Any Other Business"},
    ],
    "questions": [
        Q("4", "question", "Has the ICB carried out any formal consultation with Orchard Lane patients",
          "Cllr Worrall",
          "a six-week engagement period will run until 12 December",
          "Paul Grimsditch", ["patient-and-public-input", "primary-care"]),
        Q("5", "question", "How many families with children have been in bed and breakfast",
          "Cllr Curnow",
          "Twenty-two self-contained flats at Mill Race House come into use",
          "Kate Whitelaw", ["housing", "children-and-families"]),
        Q("5", "question", "Is the Council still placing households outside the district",
          "Cllr Siddiqui",
          "The team notifies the child's school and the receiving council",
          "Kate Whitelaw", ["housing", "children-and-families"]),
        Q("5", "concern", "raised concern about the condition of some private sector leased properties",
          "Cllr Venkatesan",
          "All leased properties are now inspected before they are used",
          "Cllr Allard", ["housing"]),
        Q("5", "question", "asked whether the homelessness prevention grant would continue beyond March",
          "Cllr Lusty", None, None, ["housing", "finance"]),
        Q("6", "question", "Why are tenants waiting up to 14 weeks for non-urgent repairs",
          "Cllr Lusty",
          "Kelbrook now subcontracts plastering and roofing to smaller local firms",
          "Martin Ekwueme", ["housing", "subcontracting", "workforce"]),
        Q("6", "question", "Has the Council considered using the break clause and bringing repairs back in-house",
          "Cllr Ebdon",
          "An options appraisal, including a direct labour organisation, will come",
          "Martin Ekwueme", ["housing", "privatisation", "subcontracting"]),
        Q("6", "question", "Are tenants being asked about the quality of the repairs carried out",
          "Cllr Worrall",
          "Every tenant receives a text survey after each job",
          "Martin Ekwueme", ["housing", "patient-and-public-input"]),
        Q("6", "question", "What financial penalties have been applied to the contractor this year",
          "Cllr Hames",
          "Deductions of £212,000 have been made under the performance framework",
          "Martin Ekwueme", ["subcontracting", "finance", "housing"]),
        Q("7", "question", "What is being done about vaping among secondary school pupils",
          "Cllr Venkatesan",
          "found that 9 of 23 shops sold vapes to under-age volunteers",
          "Dr Lucy Fairhurst", ["public-health", "children-and-families"]),
        Q("7", "question", "Will staff at the current provider transfer to the Council",
          "Cllr Siddiqui",
          "Nine staff are expected to transfer under TUPE on their existing terms",
          "Dr Lucy Fairhurst", ["workforce", "public-health", "privatisation"]),
        Q("7", "question", "asked how the service would reach routine and manual workers",
          "Cllr Curnow",
          "Outreach clinics will be held at the three largest employers",
          "Dr Lucy Fairhurst", ["public-health"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 8 September 2025 be approved", "agreed", []),
        R("4", "That the petition be noted and referred to the Fenwold Place", "agreed",
          ["patient-and-public-input", "primary-care"]),
        R("5", "temporary accommodation acquisition programme be expanded by a further 40 homes",
          "recommended", ["housing"]),
        R("6", "the options appraisal for the contract break clause, including an in-house option",
          "agreed", ["housing", "subcontracting", "privatisation"]),
        R("7", "supports bringing the core stop smoking service in-house from April", "recommended",
          ["public-health", "privatisation", "subcontracting"]),
        R("8", "That the quarterly Disabled Facilities Grant update be noted", "noted",
          ["housing"]),
        R("9", "work programme for 2025/26 be agreed as circulated", "agreed", []),
    ],
    "attendees": [
        A("Cllr Rosalind Hames", "Chair", "present"),
        A("Cllr Omar Siddiqui", "Vice-Chair", "present"),
        A("Cllr Bethany Curnow", None, "present"),
        A("Cllr Graham Lusty", None, "present"),
        A("Cllr Priya Venkatesan", None, "present"),
        A("Cllr Declan Worrall", None, "present"),
        A("Cllr Marion Ebdon", "substitute for Cllr Pike", "present"),
        A("Cllr Trevor Allard", "Portfolio Holder for Housing and Homelessness", "in_attendance"),
        A("Cllr Nasreen Dar", "Portfolio Holder for Public Health and Communities",
          "in_attendance"),
        A("Kate Whitelaw", "Head of Housing Options and Homelessness", "in_attendance"),
        A("Martin Ekwueme", "Assistant Director \u2013 Housing Property Services",
          "in_attendance"),
        A("Dr Lucy Fairhurst", "Consultant in Public Health", "in_attendance"),
        A("Paul Grimsditch", "Senior Democratic Services Officer", "in_attendance"),
        A("Cllr Heather Pike", None, "apologies"),
        A("Cllr Victor Sandeman", None, "absent"),
    ],
}

GOLD_YSWD = {"document": NAMES["yswd"], "doc_type": "report"}


def _deep_curly(obj):
    """The PDF and DOCX print typographic apostrophes: copy them into the gold as printed."""
    if isinstance(obj, str):
        return curly(obj)
    if isinstance(obj, list):
        return [_deep_curly(x) for x in obj]
    if isinstance(obj, dict):
        return {k: (v if k == "document" else _deep_curly(v)) for k, v in obj.items()}
    return obj


GOLD_PDF1 = _deep_curly(GOLD_PDF1)
GOLD_DOCX = _deep_curly(GOLD_DOCX)

ALL_GOLD = [GOLD_PDF1, GOLD_DOCX, GOLD_HTML, GOLD_YSWD]


# --------------------------------------------------------------------------- text extraction

def text_of(path):
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            raw = "\n".join((p.extract_text() or "") for p in pdf.pages)
        # undo end-of-line hyphenation (the build never breaks a line at a real hyphen)
        return re.sub(r"(\w)-\n(\w)", r"\1\2", raw)
    if suf == ".docx":
        import docx
        from docx.oxml.ns import qn
        d = docx.Document(str(path))
        paras = []
        for p in d.element.body.iter(qn("w:p")):
            paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
        return "\n".join(paras)
    if suf in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for s in soup(["script", "style"]):
            s.decompose()
        return soup.get_text("\n")
    return path.read_text(encoding="utf-8")


def check():
    import yaml
    themes = set(yaml.safe_load((Path(__file__).resolve().parent.parent.parent / "minutes" / "themes.yml").read_text())) - {"ignore_names"}
    kinds = {"question", "concern", "request", "comment"}
    outcomes = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
    atts = {"present", "apologies", "in_attendance", "absent"}
    problems = []
    for g in ALL_GOLD:
        gp = GOLD / (g["document"] + ".json")
        dp = DOCS / g["document"]
        if not gp.exists() or not dp.exists():
            problems.append("missing %s or its gold" % g["document"])
            continue
        if json.loads(gp.read_text(encoding="utf-8")) != g:
            problems.append("%s: gold file differs from script" % gp.name)
        text = norm(text_of(dp))
        if "\u00ad" in text_of(dp):
            problems.append("%s: soft hyphen leaked into text" % dp.name)
        nums = {it["number"] for it in g.get("items", [])}
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            if q["kind"] not in kinds:
                problems.append("bad kind %r" % q["kind"])
            if q["item"] not in nums:
                problems.append("%s: question item %s not in items" % (dp.name, q["item"]))
            for who in (q["asked_by"], q["given_by"]):
                if who and norm(who) not in text:
                    problems.append("%s: name %r not in text" % (dp.name, who))
            for t in q["themes"]:
                if t not in themes:
                    problems.append("bad theme %r" % t)
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
            if r["outcome"] not in outcomes:
                problems.append("bad outcome %r" % r["outcome"])
            if r["item"] not in nums:
                problems.append("%s: resolution item %s not in items" % (dp.name, r["item"]))
            for t in r["themes"]:
                if t not in themes:
                    problems.append("bad theme %r" % t)
        for a in g.get("attendees", []):
            if a["attendance"] not in atts:
                problems.append("bad attendance %r" % a["attendance"])
            surname = a["name"].split()[-1]
            if norm(surname) not in text:
                problems.append("%s: attendee %r not in text" % (dp.name, a["name"]))
        for it in g.get("items", []):
            if norm(it["title"]) not in text:
                problems.append("%s: item title %r not in text" % (dp.name, it["title"]))
        for kind, ph in phrases:
            n_words = len(norm(ph).split())
            if not 6 <= n_words <= 15:
                problems.append("%s: %s phrase has %d words: %r" % (dp.name, kind, n_words, ph))
            c = text.count(norm(ph))
            if c != 1:
                problems.append("%s: %s phrase found %d times: %r" % (dp.name, kind, c, ph))
        print("%-50s items=%-3d questions=%-3d resolutions=%-3d attendees=%-3d phrases=%d" % (
            g["document"], len(g.get("items", [])), len(g.get("questions", [])),
            len(g.get("resolutions", [])), len(g.get("attendees", [])), len(phrases)))
    if problems:
        print("\nCHECK FAILED:")
        for p in problems:
            print("  -", p)
        return 1
    print("\ncheck passed: every gold phrase occurs exactly once in its document")
    return 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf1(DOCS / NAMES["pdf1"])
    build_docx(DOCS / NAMES["docx"])
    build_html(DOCS / NAMES["html"])
    build_yswd(DOCS / NAMES["yswd"])
    for g in ALL_GOLD:
        (GOLD / (g["document"] + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", ", ".join(NAMES.values()))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
