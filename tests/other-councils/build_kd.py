#!/usr/bin/env python3
"""Build the "kd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kd.py           build documents/kd-* and gold/kd-*.json
        build_kd.py --check   verify every gold phrase occurs once in its document
"""
import datetime as _dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = _dt.datetime(2025, 10, 27, 9, 30, 0, tzinfo=_dt.timezone.utc)

MIN_NAME = "kd-marchdale-health-care-wellbeing-scrutiny-2025-10-20.pdf"
REP_NAME = "kd-marchdale-report-access-to-nhs-dental-services.docx"

COMMITTEE = "Health, care and wellbeing scrutiny committee"
RUNNING = "Health, care and wellbeing scrutiny committee – Monday 20 October 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("item", "31", "TITLE")
#   ("p", text)                 body paragraph
#   ("pt", "1.", text)          numbered point with a hanging indent
#   ("res", [lines])            "Resolved:" label with lines (a clause may start "a)")
#   ("note", text)              an italic note in brackets

ATTENDANCE = [
    ("Present:", ["Councillor Helena Brightwell (chairperson)",
                  "Councillor Tom Ashford-Lyle (vice-chairperson)"]),
    ("", ["Councillors: Rachel Dunmore, Sunita Kaur, Ifor Price-Jenkins, "
          "Bernadette Quill and Graham Tolley"]),
    ("In attendance:", ["Councillor Joanna Fairweather (Cabinet member adults, health and "
                        "wellbeing), Claire Haddon (Chief Operating Officer, NHS Marchdale and "
                        "Severnvale Integrated Care Board), Dr Peter Vance (Chief Medical Officer, "
                        "Marchford Hospitals NHS Trust), Susan Ridley (Associate Director of "
                        "Primary Care, NHS Marchdale and Severnvale Integrated Care Board) and "
                        "Jo Kettleby (Chief Officer, Healthwatch Marchdale)"]),
    ("Officers:", ["Martin Ellery (Corporate Director – Community Wellbeing), Dr Nadia Fenwick "
                   "(Director of Public Health), Kerry Lomax (Service Director – All Ages "
                   "Commissioning), Owen Pritchard (Statutory Scrutiny Officer) and Lucy Garside "
                   "(Democratic Services Officer)"]),
]

MINUTES = [
    ("item", "31", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillor Alan Pybus."),
    ("p", "It was noted that Councillor Sunita Kaur would need to leave the meeting at "
          "approximately 4.00 pm."),

    ("item", "32", "NAMED SUBSTITUTES"),
    ("p", "Councillor Bernadette Quill was present as the named substitute for Councillor "
          "Alan Pybus."),

    ("item", "33", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Ifor Price-Jenkins declared an ‘other interest’ in agenda item 9 (minute "
          "39), Access to NHS dental services, as a close family member was employed at a "
          "dental practice in Kingsbourne."),

    ("item", "34", "MINUTES"),
    ("p", "The minutes of the previous meeting were received."),
    ("res", ["That the minutes of the meeting held on 15 September 2025 be confirmed as a "
             "correct record and be signed by the chairperson."]),

    ("item", "35", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
    ("p", "A document containing the questions received from members of the public and the "
          "responses given, together with a supplementary question and the response given, is "
          "attached as appendix 1 to these minutes."),

    ("item", "36", "QUESTIONS FROM MEMBERS OF THE COUNCIL"),
    ("p", "No questions had been received from councillors."),

    ("item", "37", "URGENT AND EMERGENCY CARE: WINTER PLAN 2025/26"),
    ("p", "The committee received a report on the preparations made by health and care "
          "partners in Marchdale for winter 2025/26, including urgent and emergency care, "
          "hospital discharge and the council’s contribution through the Better Care Fund."),
    ("p", "Claire Haddon, Chief Operating Officer of NHS Marchdale and Severnvale Integrated Care "
          "Board (ICB), and Dr Peter Vance, Chief Medical Officer of Marchford Hospitals NHS "
          "Trust, presented the report, supported by Kerry Lomax, Service Director – All Ages "
          "Commissioning."),
    ("p", "The principal points of the discussion are summarised below:"),
    ("pt", "1.", "The winter plan had been developed by the ICB, the trust, the council and the "
                 "two primary care networks in the north of the county working together through "
                 "the Marchdale Urgent and Emergency Care Board. It assumed a peak of flu and "
                 "COVID-19 admissions in the last two weeks of December and again in mid-January, "
                 "and included 52 ‘virtual ward’ beds, an expanded frailty assessment unit and an "
                 "additional 14 community beds at Wellbrook Community Hospital from 1 December."),
    ("pt", "2.", "A committee member asked how the trust would avoid a repeat of the corridor care "
                 "seen at Marchford County Hospital in January 2025. The chief medical officer "
                 "explained that a new same day emergency care unit would open in November, "
                 "taking up to 40 patients a day away from the emergency department, and that a "
                 "full capacity protocol had been agreed with the ambulance service, but he could "
                 "not give an assurance that patients would never be cared for in corridors on the "
                 "busiest days."),
    ("pt", "3.", "Members expressed concern that ambulance handover delays at the county hospital "
                 "remained among the longest in the region, with an average handover time of 74 "
                 "minutes in September. The chief operating officer acknowledged the position and "
                 "explained that a handover improvement trajectory had been agreed with the "
                 "ambulance trust, with a target of 45 minutes by the end of December, and that "
                 "performance would be reported monthly to the ICB board."),
    ("pt", "4.", "The vice-chairperson asked what proportion of frontline staff had received the "
                 "flu vaccination so far and how this compared with last year. It was reported "
                 "that uptake among trust staff stood at 38 per cent after four weeks of the "
                 "campaign, slightly ahead of the same point in 2024, and that peer vaccinators "
                 "were now visiting wards on night shifts."),
    ("pt", "5.", "Concerns were raised about the number of people who remained in hospital after "
                 "they were medically fit to leave, particularly in the rural west of the county "
                 "where home care was hard to find. The service director all ages commissioning "
                 "explained that the council had block booked an additional 1,200 hours of home "
                 "care a week for the winter, funded from the Better Care Fund, and that the "
                 "discharge to assess beds at Harcombe Court would remain open until the end of "
                 "March 2026. On an average day in September 61 people had been waiting to leave "
                 "hospital, compared with 83 a year earlier."),
    ("pt", "6.", "A committee member queried whether the block booked hours would be delivered by "
                 "the council’s own reablement service or by external providers. In response, the "
                 "service director confirmed that around two thirds of the hours would be "
                 "delivered by independent providers under the existing home care framework, with "
                 "the remainder provided by the in-house reablement team, which had recruited "
                 "eleven additional staff since June."),
    ("pt", "7.", "Members commented that the winter health messages in previous years had not "
                 "reached older residents who did not use social media, and suggested that printed "
                 "information be sent out with parish magazines or left at pharmacies and village "
                 "halls."),
    ("pt", "8.", "In response to a question about the cost of the winter schemes, the chief "
                 "operating officer confirmed that the ICB had allocated £3.4m of non-recurrent "
                 "funding for 2025/26, but said there was a risk that some schemes would not "
                 "continue beyond March 2026 if national funding was not confirmed in the new "
                 "year."),
    ("pt", "9.", "The chairperson asked how the views of patients and carers had shaped the plan. "
                 "It was explained that Healthwatch Marchdale had shared the findings of its "
                 "survey of 420 people discharged from hospital in the last year, and that the ICB "
                 "would publish a ‘you said, we did’ summary in December. The chief officer of "
                 "Healthwatch Marchdale added that one in four carers who responded had not been "
                 "told the date of discharge in advance."),
    ("p", "At the conclusion of the debate the committee agreed the following resolution and "
          "recommendations."),
    ("res", ["That:",
             "a) the committee notes the system winter plan for 2025/26 and the progress made "
             "since last winter;",
             "b) it be recommended to the ICB and Marchford Hospitals NHS Trust that a report on "
             "ambulance handover performance over the winter be provided to the committee in "
             "April 2026; and",
             "c) it be recommended to the cabinet member adults, health and wellbeing that "
             "printed information on winter services be made available to households without "
             "internet access."]),

    ("item", "38", "ADULT SOCIAL CARE CHARGING POLICY: PROPOSED CHANGES"),
    ("p", "The cabinet member adults, health and wellbeing introduced the item. She explained "
          "that the proposed changes to the council’s charging policy for care and support "
          "provided outside a care home would be the subject of a cabinet member decision in "
          "December 2025, and that the committee’s views were being sought while the public "
          "consultation remained open. The service director all ages commissioning gave a "
          "presentation, a copy of which is available on the council’s website."),
    ("p", "The principal points of the discussion are summarised below:"),
    ("pt", "1.", "The proposals would bring the council into line with neighbouring authorities by "
                 "taking the higher rate of attendance allowance into account in the financial "
                 "assessment and by introducing an arrangement fee of £290 for people who fund "
                 "their own care and ask the council to arrange it. The changes were expected to "
                 "raise additional income of £610,000 a year towards a forecast overspend of "
                 "£4.2m in adult social care."),
    ("pt", "2.", "Several members expressed concern that people on the lowest incomes would see "
                 "the largest percentage increase in their weekly charges and asked whether the "
                 "equality impact assessment had modelled this. The service director explained "
                 "that around 340 people were expected to pay more, by an average of £14 a week, "
                 "and that the full equality impact assessment would be published with the "
                 "decision report."),
    ("pt", "3.", "A committee member asked how many people had responded to the consultation so far "
                 "and whether those without internet access were able to take part. It was "
                 "reported that 512 responses had been received, including 96 paper "
                 "questionnaires, and that officers had held drop-in sessions at the libraries in "
                 "Kingsbourne, Wellbrook and Harcombe Magna."),
    ("pt", "4.", "In response to a question about whether anyone would be left without enough "
                 "money to live on, the cabinet member gave an assurance that the minimum income "
                 "guarantee would continue to be applied in full and that no one would be asked to "
                 "pay more than a financial assessment showed they could afford."),
    ("pt", "5.", "A member queried whether carers would be charged for respite under the new "
                 "policy. The service director confirmed that services provided directly to "
                 "carers would remain free of charge and that this was not part of the "
                 "consultation."),
    ("pt", "6.", "Members commented that the arrangement fee could discourage people who paid for "
                 "their own care from asking the council for advice, leaving them to deal with "
                 "care providers on their own, and requested that the level of the fee be looked "
                 "at again once it had been in place for a year."),
    ("pt", "7.", "The chief officer of Healthwatch Marchdale said that people who had contacted "
                 "Healthwatch about the consultation had found the examples in the consultation "
                 "document hard to follow, and asked whether a simpler version could be produced. "
                 "The cabinet member agreed that an easy read version would be published within "
                 "the week and that the consultation period would be extended by two weeks to "
                 "allow for this."),
    ("res", ["That the committee recommends to the cabinet member adults, health and wellbeing "
             "that:",
             "1. the arrangement fee for people who fund their own care be reviewed twelve "
             "months after it is introduced;",
             "2. the equality impact assessment set out the effect of the changes on people "
             "with the lowest incomes before any decision is taken; and",
             "3. a summary of the consultation responses be shared with the committee before "
             "the decision is made."]),
    ("note", "(Councillor Kaur left the meeting at 4.02 pm.)"),

    ("item", "39", "ACCESS TO NHS DENTAL SERVICES"),
    ("p", "The committee received a report from NHS Marchdale and Severnvale Integrated Care "
          "Board on access to NHS dentistry in the county. Susan Ridley, Associate Director of "
          "Primary Care, presented the report and the director of public health gave an "
          "overview of the oral health of children and young people in Marchdale."),
    ("p", "The principal points of the discussion are summarised below:"),
    ("pt", "1.", "Only 31 per cent of adults in Marchdale had seen an NHS dentist in the last 24 "
                 "months, compared with 40 per cent in England. Three practices had handed back "
                 "their NHS contracts since 2023, the largest in Wellbrook, and around 9,000 "
                 "people were on the ICB’s list of patients looking for a dentist. Tooth decay "
                 "remained the most common reason for children aged five to nine being admitted "
                 "to hospital."),
    ("pt", "2.", "A committee member asked why the ICB had not yet been able to replace the "
                 "contract in Wellbrook, which had been handed back eighteen months earlier. The "
                 "associate director explained that two procurement exercises had failed to "
                 "attract any bidders, because the rate paid for each unit of dental activity was "
                 "not viable for practices in a rural area, and that a third procurement, offering "
                 "a higher rate, would go out to tender in January 2026."),
    ("pt", "3.", "Members raised concerns about the distance that families in the west of the "
                 "county had to travel for a child to see a dentist. The director of public health "
                 "stated that the supervised toothbrushing programme now reached 64 nurseries and "
                 "primary schools, and that fluoride varnish was being offered to children at "
                 "higher risk through the community dental service."),
    ("pt", "4.", "The vice-chairperson asked whether the ICB would support a dental training "
                 "academy in Marchford to help recruit and retain dentists in the county. In "
                 "response, the associate director said that early discussions were taking place "
                 "with the University of Severnvale, but that any scheme was at least three years "
                 "away."),
    ("pt", "5.", "Members commented that the national dental contract was the root of the "
                 "problem and that no local scheme could make up for it."),
    ("pt", "6.", "In response to a question from the chairperson about people in pain who could "
                 "not find a dentist, it was confirmed that 1,100 additional urgent dental "
                 "appointments had been funded this year and that patients should call NHS 111, "
                 "which would book them into a practice taking part in the urgent access scheme."),
    ("res", ["That:",
             "a) the report be noted;",
             "b) the chairperson writes on behalf of the committee to the Secretary of State for "
             "Health and Social Care setting out its concerns about the national dental "
             "contract; and",
             "c) an update on the procurement of a replacement dental contract for Wellbrook be "
             "brought to the committee in March 2026."]),

    ("item", "40", "WORK PROGRAMME"),
    ("p", "The statutory scrutiny officer introduced the committee’s work programme for the "
          "remainder of 2025/26."),
    ("p", "A committee member requested that the item on children and young people’s mental "
          "health be brought forward to December because of continuing concerns about CAMHS "
          "waiting times. The statutory scrutiny officer advised that the mental health trust had "
          "asked for the item to remain in February so that the outcome of its review of the "
          "neurodevelopmental pathway could be included, and the committee accepted this."),
    ("p", "The committee agreed the work programme, subject to the addition of a briefing on the "
          "winter vaccination campaign at its meeting in January 2026."),
]

APPENDIX = [
    ("Question 1", [
        ("Question from:", "Mrs Angela Thorne, Kingsbourne"),
        ("Question to:", "Cabinet member adults, health and wellbeing"),
        ("Question:", "My son attends the Brook Centre in Kingsbourne and we already pay for his "
                      "transport there. Will the council promise that day service transport will "
                      "not be charged at a higher rate under the new charging policy?"),
        ("Response:", "Transport to day services is not part of the proposals that are currently "
                      "out to consultation, and there are no plans to change the current charge "
                      "of £4.50 a journey. All of the responses to the consultation will be "
                      "considered carefully before any decision is taken."),
        ("Supplementary question:", "Will the cabinet member come and meet the families at the "
                                    "Brook Centre before a decision is made?"),
        ("Response:", "I would be very happy to meet families at the Brook Centre and I will ask "
                      "officers to arrange a date in November."),
    ]),
    ("Question 2", [
        ("Question from:", "Mr Dev Sharma, Marchford"),
        ("Question to:", "Chairperson of the health, care and wellbeing scrutiny committee"),
        ("Question:", "How many patients waited more than four hours in an ambulance outside "
                      "Marchford County Hospital in September 2025, and what is being done to "
                      "stop this happening this winter?"),
        ("Response:", "The ICB has advised that 212 patients waited more than four hours to be "
                      "handed over in September 2025. The actions being taken are set out in the "
                      "winter plan considered at this meeting (minute 37), and the committee will "
                      "continue to monitor handover performance."),
    ]),
]


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 10)
                self.cell(0, 5, RUNNING, align="L")
                self.set_text_color(0, 0, 0)
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health, care and wellbeing scrutiny committee - 20 October 2025")
    pdf.set_author("Marchdale Council")
    pdf.set_creator("Marchdale Council committee management system")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.alias_nb_pages()
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # masthead: the council's name where the logo stands
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(0, 84, 97)
    pdf.set_xy(110, 14)
    pdf.cell(80, 8, "Marchdale", align="R")
    pdf.set_xy(110, 21)
    pdf.set_font("Sans", "", 10)
    pdf.cell(80, 5, "Council", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 34)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(170, 6,
                   "Minutes of the meeting of Health, care and wellbeing scrutiny committee held "
                   "at Conference Room 1 - Marchdale Council, Carrick Lane Offices, Marchford, "
                   "MF4 0LE on Monday 20 October 2025 at 2.00 pm")
    pdf.ln(4)

    label_w = 32
    for label, lines in ATTENDANCE:
        pdf.set_font("Sans", "B", 10)
        y = pdf.get_y()
        pdf.set_x(20)
        pdf.cell(label_w, 5, label)
        pdf.set_font("Sans", "", 10)
        for line in lines:
            pdf.set_xy(20 + label_w, y)
            pdf.multi_cell(170 - label_w, 5, line)
            y = pdf.get_y()
        pdf.ln(3)
    pdf.ln(2)

    num_x, body_x = 20, 34
    body_w = 190 - body_x
    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 10)
            y = pdf.get_y()
            pdf.set_x(num_x)
            pdf.cell(14, 6, block[1] + ".")
            pdf.set_xy(body_x, y)
            pdf.multi_cell(body_w, 6, block[2])
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 5, block[1])
            pdf.ln(2.5)
        elif kind == "note":
            pdf.set_font("Sans", "I", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 5, block[1])
            pdf.ln(2.5)
        elif kind == "pt":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 262:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_x(body_x)
            pdf.cell(8, 5, block[1])
            pdf.set_xy(body_x + 8, y)
            pdf.multi_cell(body_w - 8, 5, block[2])
            pdf.ln(2.5)
        elif kind == "res":
            pdf.set_font("Sans", "B", 10)
            y = pdf.get_y()
            pdf.set_x(body_x)
            pdf.cell(22, 5, "Resolved:")
            pdf.set_font("Sans", "", 10)
            first = True
            for line in block[1]:
                m = re.match(r"^([a-z]\)|\d\.)\s+(.*)$", line)
                if not first:
                    y = pdf.get_y() + 1.5
                if m:
                    pdf.set_xy(body_x + 22, y)
                    pdf.cell(8, 5, m.group(1))
                    pdf.set_xy(body_x + 30, y)
                    pdf.multi_cell(body_w - 30, 5, m.group(2))
                else:
                    pdf.set_xy(body_x + 22, y)
                    pdf.multi_cell(body_w - 22, 5, line)
                first = False
            pdf.ln(3)

    pdf.ln(8)
    pdf.set_font("Sans", "", 10)
    y = pdf.get_y()
    pdf.set_x(20)
    pdf.cell(80, 5, "The meeting ended at 4.41 pm")
    pdf.set_xy(130, y)
    pdf.cell(60, 5, "Chairperson", align="R")

    # appendix 1: the public questions
    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.set_x(20)
    pdf.cell(0, 6, "Appendix 1", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(170, 5, "Questions from members of the public – Health, care and wellbeing "
                           "scrutiny committee, 20 October 2025")
    pdf.ln(4)
    for heading, rows in APPENDIX:
        pdf.set_font("Sans", "B", 10)
        pdf.set_x(20)
        pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for label, text in rows:
            pdf.set_font("Sans", "B", 10)
            y = pdf.get_y()
            pdf.set_x(20)
            pdf.multi_cell(56, 5, label)
            y_after_label = pdf.get_y()
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(77, y)
            pdf.multi_cell(113, 5, text)
            pdf.set_y(max(pdf.get_y(), y_after_label))
            pdf.ln(2.5)
        pdf.ln(4)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------
REPORT_TOP = [
    ("Title of report:", "Access to NHS dental services in Marchdale"),
    ("Meeting:", "Health, care and wellbeing scrutiny committee"),
    ("Meeting date:", "Monday 20 October 2025"),
    ("Report by:", "Statutory scrutiny officer"),
]
REPORT_BODY = [
    ("h", "Classification"),
    ("p", "Open"),
    ("h", "Decision type"),
    ("p", "This is not an executive decision"),
    ("h", "Wards affected"),
    ("p", "(All Wards);"),
    ("h", "Purpose"),
    ("p", "To provide the committee with information from NHS Marchdale and Severnvale "
          "Integrated Care Board (ICB) on access to NHS dental services in the county, so that "
          "the committee can consider whether it wishes to make any recommendations to the ICB "
          "or to the executive."),
    ("h", "Recommendation(s)"),
    ("p", "That:"),
    ("l", "a)\tthe committee considers the report of the ICB at appendix 1 and determines any "
          "recommendations it wishes to make; and"),
    ("l", "b)\tthe committee considers whether it wishes to write to the Secretary of State for "
          "Health and Social Care about the national dental contract."),
    ("h", "Alternative options"),
    ("n", "1.\tThe committee could decide not to scrutinise this topic. This is not recommended, "
          "as access to NHS dentistry has been raised by residents and by councillors at every "
          "meeting of the council since May 2025."),
    ("h", "Key considerations"),
    ("n", "2.\tSince 1 July 2023 the ICB has been responsible for commissioning primary, "
          "secondary and community dental services in Marchdale and Severnvale. There are 27 "
          "dental practices in Marchdale holding NHS contracts, three fewer than in 2023."),
    ("n", "3.\tThe ICB’s report (appendix 1) sets out the number of people seen by an NHS "
          "dentist, the practices that have handed back contracts, the steps taken to replace "
          "them, and the urgent access scheme introduced in April 2025."),
    ("n", "4.\tThe director of public health will attend to give an overview of oral health among "
          "children and young people, including the supervised toothbrushing programme "
          "funded from the public health grant."),
    ("n", "5.\tIn preparing for the item, the chairperson and vice-chairperson identified the "
          "following lines of enquiry, which members may find helpful:"),
    ("b", "Why has the Wellbrook contract not been replaced, and when will it be?"),
    ("b", "What is the ICB doing to recruit and retain dentists in a rural county?"),
    ("b", "How do families in the west of the county reach a dentist for their children?"),
    ("b", "What should someone in pain do if they cannot find an NHS dentist?"),
    ("b", "What can the council do, within its own powers, to help?"),
    ("h", "Community impact"),
    ("n", "6.\tPoor access to dentistry falls hardest on children, older people in care homes and "
          "people on low incomes who cannot pay for private treatment."),
    ("h", "Environmental impact"),
    ("n", "7.\tThere are no direct environmental impacts arising from this report."),
    ("h", "Equality duty"),
    ("n", "8.\tThis report is for information and scrutiny and no decision is being taken that "
          "requires an equality impact assessment. The ICB has its own duties under the Equality "
          "Act 2010."),
    ("h", "Resource implications"),
    ("n", "9.\tThere are no resource implications for the council arising from the "
          "recommendations."),
    ("h", "Legal implications"),
    ("n", "10.\tThe committee has power under section 244 of the National Health Service Act "
          "2006 and the associated regulations to review and scrutinise any matter relating to "
          "the planning, provision and operation of the health service in the area."),
    ("h", "Risk management"),
    ("n", "11.\tThere are no risks to the council arising from the recommendations."),
    ("h", "Consultees"),
    ("n", "12.\tNone in relation to this report."),
    ("h", "Appendices"),
    ("p", "Appendix 1 – Access to NHS dentistry in Marchdale: report of NHS Marchdale and "
          "Severnvale ICB, October 2025"),
    ("h", "Background papers"),
    ("p", "None identified."),
]


def build_docx(path):
    import docx
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    head = sec.header.paragraphs[0]
    head.text = "Marchdale Council"
    foot = sec.footer.paragraphs[0]
    foot.text = "Further information on the subject of this report is available from Owen " \
                "Pritchard, Statutory Scrutiny Officer"

    t = d.add_table(rows=len(REPORT_TOP), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(REPORT_TOP):
        t.cell(i, 0).text = ""
        r = t.cell(i, 0).paragraphs[0].add_run(k)
        r.bold = True
        t.cell(i, 1).text = v
    d.add_paragraph("")
    for kind, text in REPORT_BODY:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        elif kind in ("l", "n"):
            p = d.add_paragraph(text)
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        else:
            d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Owen Pritchard"
    cp.last_modified_by = "Owen Pritchard"
    cp.title = "Access to NHS dental services in Marchdale"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """python-docx stamps each zip entry with the current time: make them fixed."""
    import zipfile
    with zipfile.ZipFile(str(path)) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 27, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


GOLD_MINUTES = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-20",
    "items": [
        {"number": "31", "title": "Apologies for absence"},
        {"number": "32", "title": "Named substitutes"},
        {"number": "33", "title": "Declarations of interest"},
        {"number": "34", "title": "Minutes"},
        {"number": "35", "title": "Questions from members of the public"},
        {"number": "36", "title": "Questions from members of the council"},
        {"number": "37", "title": "Urgent and emergency care: winter plan 2025/26"},
        {"number": "38", "title": "Adult social care charging policy: proposed changes"},
        {"number": "39", "title": "Access to NHS dental services"},
        {"number": "40", "title": "Work programme"},
    ],
    "questions": [
        # 35 - public questions, printed in appendix 1
        q("35", "question",
          "Will the council promise that day service transport will not be charged",
          "there are no plans to change the current charge of £4.50 a journey",
          "Mrs Angela Thorne, Kingsbourne", "Cabinet member adults, health and wellbeing",
          ["finance", "adult-social-care"]),
        q("35", "question",
          "Will the cabinet member come and meet the families at the Brook Centre",
          "I will ask officers to arrange a date in November",
          "Mrs Angela Thorne, Kingsbourne", "Cabinet member adults, health and wellbeing",
          ["patient-and-public-input"]),
        q("35", "question",
          "How many patients waited more than four hours in an ambulance",
          "212 patients waited more than four hours to be handed over",
          "Mr Dev Sharma, Marchford",
          "Chairperson of the health, care and wellbeing scrutiny committee",
          []),
        # 37 - winter plan
        q("37", "question",
          "asked how the trust would avoid a repeat of the corridor care",
          "a new same day emergency care unit would open in November",
          None, "chief medical officer", []),
        q("37", "concern",
          "Members expressed concern that ambulance handover delays at the county hospital",
          "a handover improvement trajectory had been agreed with the ambulance trust",
          None, "chief operating officer", []),
        q("37", "question",
          "what proportion of frontline staff had received the flu vaccination",
          "uptake among trust staff stood at 38 per cent after four weeks",
          "vice-chairperson", None, ["public-health", "workforce"]),
        q("37", "concern",
          "Concerns were raised about the number of people who remained in hospital",
          "had block booked an additional 1,200 hours of home care a week",
          None, "service director all ages commissioning",
          ["adult-social-care", "integration", "finance"]),
        q("37", "question",
          "queried whether the block booked hours would be delivered by the council’s own "
          "reablement service",
          "around two thirds of the hours would be delivered by independent providers",
          None, "service director",
          ["privatisation", "subcontracting", "adult-social-care", "workforce"]),
        q("37", "comment",
          "the winter health messages in previous years had not reached older residents",
          None, None, None, []),
        q("37", "question",
          "In response to a question about the cost of the winter schemes",
          "the ICB had allocated £3.4m of non-recurrent funding for 2025/26",
          None, "chief operating officer", ["finance", "governance"]),
        q("37", "question",
          "asked how the views of patients and carers had shaped the plan",
          "Healthwatch Marchdale had shared the findings of its survey of 420 people",
          "chairperson", None, ["patient-and-public-input", "adult-social-care"]),
        # 38 - charging policy
        q("38", "concern",
          "people on the lowest incomes would see the largest percentage increase",
          "around 340 people were expected to pay more, by an average of £14 a week",
          None, "service director", ["finance", "adult-social-care"]),
        q("38", "question",
          "asked how many people had responded to the consultation so far",
          "512 responses had been received, including 96 paper questionnaires",
          None, None, ["patient-and-public-input", "adult-social-care"]),
        q("38", "question",
          "In response to a question about whether anyone would be left without enough money",
          "the minimum income guarantee would continue to be applied in full",
          None, "cabinet member", ["finance", "adult-social-care"]),
        q("38", "question",
          "A member queried whether carers would be charged for respite",
          "services provided directly to carers would remain free of charge",
          None, "service director", ["finance", "adult-social-care"]),
        q("38", "request",
          "the arrangement fee could discourage people who paid for their own care",
          None, None, None, ["finance", "adult-social-care"]),
        q("38", "request",
          "asked whether a simpler version could be produced",
          "an easy read version would be published within the week",
          "chief officer of Healthwatch Marchdale", "cabinet member",
          ["patient-and-public-input", "adult-social-care"]),
        # 39 - dentistry
        q("39", "question",
          "asked why the ICB had not yet been able to replace the contract in Wellbrook",
          "two procurement exercises had failed to attract any bidders",
          None, "associate director", ["primary-care", "subcontracting", "finance"]),
        q("39", "concern",
          "Members raised concerns about the distance that families in the west of the county",
          "the supervised toothbrushing programme now reached 64 nurseries and primary schools",
          None, "director of public health",
          ["primary-care", "children-and-families", "public-health"]),
        q("39", "question",
          "asked whether the ICB would support a dental training academy in Marchford",
          "early discussions were taking place with the University of Severnvale",
          "vice-chairperson", "associate director", ["primary-care", "workforce"]),
        q("39", "comment",
          "the national dental contract was the root of the problem",
          None, None, None, ["primary-care"]),
        q("39", "question",
          "In response to a question from the chairperson about people in pain",
          "1,100 additional urgent dental appointments had been funded this year",
          "chairperson", None, ["primary-care"]),
        # 40 - work programme
        q("40", "request",
          "requested that the item on children and young people’s mental health be brought "
          "forward",
          "the mental health trust had asked for the item to remain in February",
          None, "statutory scrutiny officer",
          ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        r("34", "minutes of the meeting held on 15 September 2025 be confirmed as a correct "
                "record", "agreed"),
        r("37", "the committee notes the system winter plan for 2025/26", "recommended"),
        r("38", "the arrangement fee for people who fund their own care be reviewed",
          "recommended", ["finance", "adult-social-care", "patient-and-public-input"]),
        r("39", "writes on behalf of the committee to the Secretary of State", "agreed",
          ["primary-care", "subcontracting"]),
        r("40", "The committee agreed the work programme, subject to the addition of a briefing",
          "agreed", ["public-health"]),
    ],
    "attendees": [
        {"name": "Helena Brightwell", "role": "chairperson", "attendance": "present"},
        {"name": "Tom Ashford-Lyle", "role": "vice-chairperson", "attendance": "present"},
        {"name": "Rachel Dunmore", "role": None, "attendance": "present"},
        {"name": "Sunita Kaur", "role": None, "attendance": "present"},
        {"name": "Ifor Price-Jenkins", "role": None, "attendance": "present"},
        {"name": "Bernadette Quill", "role": None, "attendance": "present"},
        {"name": "Graham Tolley", "role": None, "attendance": "present"},
        {"name": "Alan Pybus", "role": None, "attendance": "apologies"},
        {"name": "Joanna Fairweather", "role": "Cabinet member adults, health and wellbeing",
         "attendance": "in_attendance"},
        {"name": "Claire Haddon",
         "role": "Chief Operating Officer, NHS Marchdale and Severnvale Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Dr Peter Vance", "role": "Chief Medical Officer, Marchford Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Susan Ridley",
         "role": "Associate Director of Primary Care, NHS Marchdale and Severnvale Integrated "
                 "Care Board",
         "attendance": "in_attendance"},
        {"name": "Jo Kettleby", "role": "Chief Officer, Healthwatch Marchdale",
         "attendance": "in_attendance"},
        {"name": "Martin Ellery", "role": "Corporate Director – Community Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Dr Nadia Fenwick", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Kerry Lomax", "role": "Service Director – All Ages Commissioning",
         "attendance": "in_attendance"},
        {"name": "Owen Pritchard", "role": "Statutory Scrutiny Officer",
         "attendance": "in_attendance"},
        {"name": "Lucy Garside", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

GOLD_REPORT = {"document": REP_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
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
    for gold_file in sorted(GOLD.glob("kd-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        body = norm(text_of(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = body.count(norm(ph))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gold_file.name} {kind} count={n} words={words}: {ph}")
        print(f"{gold_file.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MIN_NAME)
    build_docx(DOCS / REP_NAME)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MIN_NAME, REP_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
