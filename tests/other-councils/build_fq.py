#!/usr/bin/env python3
"""Build the "fq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fq.py           build documents/fq-* and gold/fq-*.json
        build_fq.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 27, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"
VOW = set("aeiouy")


def soft(text):
    """Put one soft hyphen in long words so justified lines break them like a typesetter."""
    def fix(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        mid = len(w) // 2
        for d in range(0, len(w) // 2 - 3):
            for i in (mid - d, mid + d):
                if 4 <= i <= len(w) - 4 and w[i - 1].lower() in VOW and w[i].lower() not in VOW:
                    return w[:i] + SHY + w[i:]
        return w
    return re.sub(r"[A-Za-z]+", fix, text)


class Doc(FPDF):
    head_l = head_r = ""
    initials = False

    def __init__(self):
        super().__init__(format="A4")
        self.add_font("D", "", FONT + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 24)
        self.set_creation_date(FIXED)
        self.set_producer("fpdf2")

    def header(self):
        self.set_font("D", "", 8)
        self.set_text_color(90)
        self.set_y(10)
        self.cell(0, 4, self.head_l, align="L")
        self.set_x(22)
        self.cell(0, 4, self.head_r, align="R")
        self.set_draw_color(150)
        self.line(22, 15, 188, 15)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("D", "", 8)
        self.set_text_color(90)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")
        if self.initials:
            self.set_x(22)
            self.cell(0, 4, "Chair's initials ..........", align="R")
        self.set_text_color(0)

    def para(self, text, size=10, style="", gap=2.5, align="J"):
        self.set_font("D", style, size)
        self.multi_cell(0, 5, soft(text), align=align)
        self.ln(gap)

    def heading(self, text, size=10.5):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("D", "B", size)
        self.multi_cell(0, 5.5, text, align="L")
        self.ln(1.5)

    def lines(self, rows, size=10):
        self.set_font("D", "", size)
        for r in rows:
            self.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


# ---------------------------------------------------------------- document 1: minutes
MIN_NAME = "fq-northmoor-health-scrutiny-2025-06-19.pdf"


def build_minutes(path):
    d = Doc()
    d.head_l = "Northmoor County Council"
    d.head_r = "Health Scrutiny Committee – Thursday, 19 June 2025"
    d.initials = True
    d.add_page()
    d.set_font("D", "B", 14)
    d.cell(0, 7, "Northmoor County Council", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("Minutes of the meeting of the Health Scrutiny Committee held on Thursday, 19 June 2025 "
           "at 10.00 am in Committee Room B, County Hall, Ravensholme", 11, "B", 4, "L")
    d.set_font("D", "B", 10)
    d.cell(0, 5, "Present:", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("D", "I", 10)
    d.cell(0, 5, "County Councillors", new_x="LMARGIN", new_y="NEXT")
    d.lines(["County Councillor A Smith (Chair)",
             "County Councillor H Fairbrother (Vice-Chair)",
             "County Councillor M Dawson",
             "County Councillor K Iqbal",
             "County Councillor T Nuttall",
             "County Councillor E Pickup",
             "County Councillor S Rawcliffe",
             "County Councillor L Whittaker (substitute for County Councillor J Ormerod)"])
    d.set_font("D", "I", 10)
    d.cell(0, 5, "Co-opted members", new_x="LMARGIN", new_y="NEXT")
    d.lines(["Mrs D Kershaw, Healthwatch Northmoor",
             "Mr G Entwistle, District Councils' representative (Pendleford Borough Council)"])
    d.set_font("D", "I", 10)
    d.cell(0, 5, "Officers", new_x="LMARGIN", new_y="NEXT")
    d.lines(["Ms R Adeyemi, Head of Service – Adult Social Care Commissioning and Market Development",
             "Mr P Lomax, Director of Public Health and Wellbeing",
             "Mr J Tattersall, Head of Service – Children's Emotional Health and Wellbeing",
             "Mrs C Haworth, Senior Scrutiny and Democratic Services Officer"])
    d.set_font("D", "I", 10)
    d.cell(0, 5, "Also in attendance", new_x="LMARGIN", new_y="NEXT")
    d.lines(["Dr S Whitlock, Associate Director of Primary Care and Dental Commissioning, "
             "North Moorland Integrated Care Board",
             "Ms N Okafor, Director of Operations, Moorside Teaching Hospitals NHS Foundation Trust"])
    d.ln(2)

    d.heading("1.\tApologies".replace("\t", "  "))
    d.para("Apologies for absence were received from County Councillors P Hartley and J Ormerod. "
           "County Councillor L Whittaker attended as a substitute for County Councillor Ormerod.")

    d.heading("2.  Disclosure of Pecuniary and Non-Pecuniary Interests")
    d.para("County Councillor K Iqbal disclosed a non-pecuniary interest in Item 4 as a close family "
           "member is employed as a dental nurse by a community dental provider in the county. "
           "No pecuniary interests were disclosed.")

    d.heading("3.  Minutes of the Meeting held on 10 April 2025")
    d.para("Resolved: That the minutes of the meeting held on 10 April 2025 be confirmed as a correct "
           "record and signed by the Chair.")

    d.heading("4.  Community Dental Services: Re-procurement of the Special Care and Paediatric Dental Service")
    d.para("Dr S Whitlock, Associate Director of Primary Care and Dental Commissioning, North Moorland "
           "Integrated Care Board (ICB), presented the report, which set out the ICB's intention to "
           "re-procure the Community Dental Service with effect from 1 April 2026. The Committee was "
           "advised that the current contract, held by Pennine Smiles Community Interest Company, had "
           "already been extended twice and could not lawfully be extended again under the Provider "
           "Selection Regime. Members were informed that waiting times for a first assessment under "
           "general anaesthetic had reached 58 weeks for children, and it was reported that an "
           "engagement exercise with families, carers and special schools would run over the summer.")
    d.para("Members queried whether the service could be brought back under the direct management of "
           "an NHS trust rather than being tendered on the open market; it was explained that the ICB "
           "had considered a direct award to the Moorside trust but the trust had indicated that it "
           "did not have the capacity to take on the service at present. Clarity was sought as to "
           "whether the value of the contract would increase to reflect the growth in referrals, and "
           "Members were advised that the indicative annual contract value would rise from £3.1m to "
           "£3.6m. A question was raised regarding the ability of families in the rural north of the "
           "county to reach the two proposed clinic sites, and reassurance was given that a third "
           "outreach clinic at Hawksby Community Hospital would be a requirement of the specification. "
           "Responding to a query from County Councillor M Dawson regarding the length of waits for "
           "children needing a general anaesthetic, Dr Whitlock reported that additional theatre lists "
           "had been secured at Moorside from September 2025.")
    d.para("Concern was expressed that the engagement exercise would take place during the school "
           "summer holidays, when parents and special schools would be least able to respond, and Dr "
           "Whitlock undertook to extend the engagement period to the end of September. It was asked "
           "whether the Committee could see the draft service specification before the tender was "
           "issued; it was confirmed that the draft specification would be shared with Members in "
           "confidence once it had been cleared by the ICB's procurement panel.")
    d.para("Resolved: That (i) the report be noted; (ii) the ICB be requested to extend the engagement "
           "period on the Community Dental Service to at least eight weeks, ending no earlier than 30 "
           "September 2025; and (iii) a further report on the outcome of the engagement and the final "
           "procurement route be presented to the Committee in November 2025.")

    d.heading("5.  Adult Social Care Workforce: Recruitment and Retention Update")
    d.para("Ms R Adeyemi, Head of Service – Adult Social Care Commissioning and Market Development, "
           "introduced the update. The Committee was advised that the vacancy rate across commissioned "
           "home care providers had fallen from 11.4 per cent to 8.9 per cent over the year. It was "
           "reported that 212 care workers had been recruited through the international recruitment "
           "programme, and Members were informed that the Northmoor Care Academy had delivered "
           "induction training to 640 new starters since April 2024.")
    d.para("Members queried what proportion of internationally recruited staff remained with their "
           "sponsoring employer after twelve months; it was explained that retention stood at 71 per "
           "cent, and that the Council had supported 38 workers to move to new sponsors after their "
           "employers' licences had been revoked by the Home Office. Clarity was sought as to whether "
           "the uplift in the hourly rate paid to providers had been passed on to care workers in their "
           "wages; reassurance was given that contract monitoring had confirmed that all 43 framework "
           "providers paid at least the Real Living Wage. Responding to a query from County Councillor "
           "E Pickup regarding the use of zero-hours contracts, the Head of Service reported that the "
           "Council's framework now required providers to offer guaranteed-hours contracts to all staff "
           "after twelve weeks. It was asked whether the Council would consider paying travel time "
           "separately for rural home care rounds, and it was explained that a pilot in the Upper Dale "
           "area would be evaluated in the autumn.")
    d.para("Resolved: That the update on recruitment and retention in the adult social care workforce "
           "be noted.")

    d.heading("6.  Winter Pressures and Hospital Discharge 2024/25: Review and Plans for 2025/26")
    d.para("Ms N Okafor, Director of Operations, Moorside Teaching Hospitals NHS Foundation Trust, gave "
           "a presentation on the winter period. Members were informed that the number of patients with "
           "no criteria to reside had averaged 146 a day across the Trust's two acute sites during "
           "January and February. The Committee was advised that the discharge to assess model had "
           "reduced the average delay for patients awaiting a care home placement from 9.2 to 6.1 days.")
    d.para("A question was raised regarding the continued use of spot-purchased beds in private nursing "
           "homes outside the county, and it was explained that 31 placements had been made out of "
           "county during the winter, all of which had been reviewed within six weeks. Members expressed "
           "concern that the Better Care Fund allocation for 2025/26 had not been confirmed; it was "
           "explained that the ICB and the Council expected to sign the section 75 agreement in July. "
           "Responding to a query from County Councillor T Nuttall regarding ambulance handover delays, "
           "the Director of Operations reported that handovers over sixty minutes had fallen by 40 per "
           "cent since the opening of the new assessment area. Concern was also expressed about the "
           "reliance on family carers to support discharge at weekends.")
    d.para("Resolved: That (i) the report be noted; and (ii) the Cabinet Member for Adult Social Care be "
           "recommended to ensure that the 2025/26 Better Care Fund plan includes a seven-day discharge "
           "support offer for unpaid carers.")

    d.heading("7.  Children and Young People's Emotional Wellbeing and Mental Health Services")
    d.para("Mr J Tattersall, Head of Service – Children's Emotional Health and Wellbeing, presented the "
           "report. It was reported that 2,140 children and young people were waiting for a first CAMHS "
           "appointment at the end of March 2025, of whom 390 had waited for more than a year.")
    d.para("Members queried the role of the Mental Health Support Teams in schools; it was explained "
           "that teams now covered 61 per cent of pupils, with full coverage expected by 2027. Clarity "
           "was sought as to how many children on the waiting list had been offered interim support, and "
           "Members were advised that every child was contacted at least every twelve weeks by the "
           "Single Point of Access. A question was raised regarding the neurodevelopmental assessment "
           "pathway, which was being re-commissioned from a private provider, and reassurance was given "
           "that the new contract would include waiting time penalties.")
    d.para("Resolved: That (i) the report be noted; and (ii) the Head of Service be asked to provide "
           "Members with a breakdown of waiting times by district before the next meeting.")

    d.heading("8.  Work Programme 2025/26")
    d.para("Mrs C Haworth, Senior Scrutiny and Democratic Services Officer, presented the draft work "
           "programme.")
    d.para("Resolved: That the Committee's work programme for 2025/26, as set out at Appendix A, be "
           "agreed, subject to the addition of an item on community pharmacy closures.")
    d.ln(4)
    d.para("The meeting closed at 12.47 pm.", gap=10, align="L")
    d.para("Chair", style="B", align="L")
    d.output(path)


def Q(item, kind, text, answer, themes, asked_by=None, given_by=None):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-06-19",
    "items": [
        {"number": "1", "title": "Apologies"},
        {"number": "2", "title": "Disclosure of Pecuniary and Non-Pecuniary Interests"},
        {"number": "3", "title": "Minutes of the Meeting held on 10 April 2025"},
        {"number": "4", "title": "Community Dental Services: Re-procurement of the Special Care and Paediatric Dental Service"},
        {"number": "5", "title": "Adult Social Care Workforce: Recruitment and Retention Update"},
        {"number": "6", "title": "Winter Pressures and Hospital Discharge 2024/25: Review and Plans for 2025/26"},
        {"number": "7", "title": "Children and Young People's Emotional Wellbeing and Mental Health Services"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        Q("4", "question", "whether the service could be brought back under the direct management of an NHS trust",
          "the ICB had considered a direct award to the Moorside trust",
          ["privatisation", "subcontracting", "primary-care"]),
        Q("4", "question", "Clarity was sought as to whether the value of the contract would increase",
          "the indicative annual contract value would rise from £3.1m to £3.6m",
          ["finance", "subcontracting", "primary-care"]),
        Q("4", "question", "A question was raised regarding the ability of families in the rural north",
          "a third outreach clinic at Hawksby Community Hospital would be a requirement",
          ["primary-care", "children-and-families"]),
        Q("4", "question", "a query from County Councillor M Dawson regarding the length of waits",
          "additional theatre lists had been secured at Moorside from September 2025",
          ["primary-care", "children-and-families"], "County Councillor M Dawson", "Dr Whitlock"),
        Q("4", "concern", "the engagement exercise would take place during the school summer holidays",
          "undertook to extend the engagement period to the end of September",
          ["patient-and-public-input", "children-and-families", "primary-care"], None, "Dr Whitlock"),
        Q("4", "request", "whether the Committee could see the draft service specification before the tender",
          "the draft specification would be shared with Members in confidence",
          ["subcontracting", "governance", "primary-care"]),
        Q("5", "question", "what proportion of internationally recruited staff remained with their sponsoring employer",
          "retention stood at 71 per cent, and that the Council had supported 38 workers",
          ["workforce", "adult-social-care"]),
        Q("5", "question", "whether the uplift in the hourly rate paid to providers had been passed on",
          "all 43 framework providers paid at least the Real Living Wage",
          ["workforce", "finance", "adult-social-care"]),
        Q("5", "question", "a query from County Councillor E Pickup regarding the use of zero-hours contracts",
          "required providers to offer guaranteed-hours contracts to all staff after twelve weeks",
          ["workforce", "adult-social-care"], "County Councillor E Pickup", "Head of Service"),
        Q("5", "question", "whether the Council would consider paying travel time separately for rural home care rounds",
          "a pilot in the Upper Dale area would be evaluated in the autumn",
          ["workforce", "finance", "adult-social-care"]),
        Q("6", "question", "the continued use of spot-purchased beds in private nursing homes outside the county",
          "31 placements had been made out of county during the winter",
          ["adult-social-care", "subcontracting"]),
        Q("6", "concern", "the Better Care Fund allocation for 2025/26 had not been confirmed",
          "expected to sign the section 75 agreement in July",
          ["integration", "finance"]),
        Q("6", "question", "a query from County Councillor T Nuttall regarding ambulance handover delays",
          "handovers over sixty minutes had fallen by 40 per cent",
          [], "County Councillor T Nuttall", "Director of Operations"),
        Q("6", "concern", "reliance on family carers to support discharge at weekends",
          None, ["adult-social-care"]),
        Q("7", "question", "Members queried the role of the Mental Health Support Teams in schools",
          "teams now covered 61 per cent of pupils, with full coverage expected by 2027",
          ["mental-health", "children-and-families"]),
        Q("7", "question", "how many children on the waiting list had been offered interim support",
          "every child was contacted at least every twelve weeks by the Single Point",
          ["mental-health", "children-and-families"]),
        Q("7", "question", "the neurodevelopmental assessment pathway, which was being re-commissioned from a private provider",
          "the new contract would include waiting time penalties",
          ["mental-health", "children-and-families", "subcontracting", "privatisation"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 10 April 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "a further report on the outcome of the engagement and the final procurement route",
         "outcome": "agreed", "themes": ["subcontracting", "patient-and-public-input", "primary-care"]},
        {"item": "5", "text": "the update on recruitment and retention in the adult social care workforce be noted",
         "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        {"item": "6", "text": "includes a seven-day discharge support offer for unpaid carers",
         "outcome": "recommended", "themes": ["integration", "adult-social-care"]},
        {"item": "7", "text": "provide Members with a breakdown of waiting times by district before the next meeting",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "8", "text": "the Committee's work programme for 2025/26, as set out at Appendix A",
         "outcome": "agreed", "themes": ["governance", "primary-care"]},
    ],
    "attendees": [
        {"name": "A Smith", "role": "Chair", "attendance": "present"},
        {"name": "H Fairbrother", "role": "Vice-Chair", "attendance": "present"},
        {"name": "M Dawson", "role": None, "attendance": "present"},
        {"name": "K Iqbal", "role": None, "attendance": "present"},
        {"name": "T Nuttall", "role": None, "attendance": "present"},
        {"name": "E Pickup", "role": None, "attendance": "present"},
        {"name": "S Rawcliffe", "role": None, "attendance": "present"},
        {"name": "L Whittaker", "role": "substitute for County Councillor J Ormerod", "attendance": "present"},
        {"name": "Mrs D Kershaw", "role": "Healthwatch Northmoor", "attendance": "present"},
        {"name": "Mr G Entwistle", "role": "District Councils' representative (Pendleford Borough Council)", "attendance": "present"},
        {"name": "Ms R Adeyemi", "role": "Head of Service – Adult Social Care Commissioning and Market Development", "attendance": "in_attendance"},
        {"name": "Mr P Lomax", "role": "Director of Public Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Mr J Tattersall", "role": "Head of Service – Children's Emotional Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Mrs C Haworth", "role": "Senior Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Dr S Whitlock", "role": "Associate Director of Primary Care and Dental Commissioning, North Moorland Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Ms N Okafor", "role": "Director of Operations, Moorside Teaching Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "P Hartley", "role": None, "attendance": "apologies"},
        {"name": "J Ormerod", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2: PNA report
PNA_NAME = "fq-northmoor-pharmaceutical-needs-assessment-2025.pdf"


def build_pna(path):
    d = Doc()
    d.head_l = "Northmoor Health and Wellbeing Board"
    d.head_r = "Pharmaceutical Needs Assessment 2025 – CONSULTATION DRAFT"
    d.add_page()
    d.set_font("D", "B", 16)
    d.multi_cell(0, 8, "Pharmaceutical Needs Assessment 2025: consultation draft", align="L")
    d.ln(1)
    d.para("Northmoor Health and Wellbeing Board – extract: sections 2, 4 and 7 and Appendix D", 10, "I", 5, "L")

    d.heading("2. Statutory background", 12)
    d.para("2.1 Under section 128A of the National Health Service Act 2006 and the NHS (Pharmaceutical "
           "and Local Pharmaceutical Services) Regulations 2013, every Health and Wellbeing Board must "
           "publish a statement of the needs for pharmaceutical services of the population in its area, "
           "known as a Pharmaceutical Needs Assessment (PNA). A revised assessment must be published "
           "within three years of the previous one; Northmoor's last PNA was published in October 2022.")
    d.para("2.2 The PNA is used by NHS North Moorland Integrated Care Board, which took on the "
           "delegated commissioning of pharmacy services in April 2023, when determining applications "
           "to join the pharmaceutical list. It also informs the commissioning of locally enhanced "
           "services, such as stop smoking support and emergency hormonal contraception, by the "
           "County Council's public health team.")
    d.para("2.3 Regulation 8 requires the Board to consult on a draft for a minimum of 60 days. The "
           "statutory consultees include the Local Pharmaceutical Committee, the Local Medical "
           "Committee, every pharmacy contractor and dispensing doctor in the area, Healthwatch "
           "Northmoor, NHS trusts in the area, and the neighbouring Health and Wellbeing Boards.")

    d.heading("4. Current provision by ward", 12)
    d.para("4.1 At 31 March 2025 there were 96 community pharmacies, 3 distance-selling pharmacies and "
           "11 dispensing GP practices serving a registered population of 612,400. This equates to 15.7 "
           "community pharmacies per 100,000 population, compared with 18.9 in 2022 and an England "
           "average of 17.9. Table 4.1 shows provision in the twelve wards with the lowest ratios.")
    d.set_font("D", "B", 8.5)
    cols = [("Ward", 40), ("Population", 24), ("Community pharmacies", 28), ("Distance-selling", 24),
            ("Dispensing practices", 26), ("Per 100,000", 24)]
    rows = [("Hawksby and Upper Dale", "14,820", "1", "0", "2", "6.7"),
            ("Ravensholme North", "22,310", "2", "0", "0", "9.0"),
            ("Pendleford East", "18,960", "2", "1", "0", "10.5"),
            ("Calder Moor", "11,470", "1", "0", "1", "8.7"),
            ("Brookfold", "19,880", "2", "0", "0", "10.1"),
            ("Oakworth Fell", "9,340", "0", "0", "2", "0.0"),
            ("Kirkholme South", "21,150", "3", "0", "0", "14.2"),
            ("Scarside", "16,400", "2", "0", "1", "12.2"),
            ("Thornley Bridge", "17,090", "2", "1", "0", "11.7"),
            ("Ravensholme Central", "24,600", "4", "1", "0", "16.3"),
            ("Wolds Edge", "12,730", "1", "0", "1", "7.9"),
            ("Lowgill", "15,260", "2", "0", "0", "13.1")]
    d.set_fill_color(225)
    x0 = d.get_x()
    for name, w in cols:
        d.cell(w, 9, name if len(name) < 16 else name.split()[0], border=1, fill=True, align="C")
    d.ln()
    d.set_font("D", "", 8.5)
    for r in rows:
        for (name, w), v in zip(cols, r):
            d.cell(w, 6, v, border=1, align="L" if name == "Ward" else "R")
        d.ln()
    d.set_font("D", "I", 8)
    d.multi_cell(0, 4.5, "Table 4.1: Pharmaceutical provision in the twelve lowest-ratio wards, 31 March 2025. "
                 "Source: ICB pharmaceutical list; ONS mid-2023 estimates.", align="L")
    d.ln(3)
    d.para("4.2 Eleven community pharmacies have closed since the 2022 assessment, seven of them "
           "branches of national multiples, and a further four have reduced their supplementary "
           "opening hours. Two of the former 100-hour pharmacies now open for 72 hours a week. No "
           "ward is without access to a pharmacy within 20 minutes by car, but residents of Oakworth "
           "Fell and Hawksby without a car face public transport journeys of over 45 minutes.")
    d.para("4.3 The draft assessment concludes that there is no current gap in the provision of "
           "necessary services in normal working hours, but that there is a gap in access to essential "
           "services on Sunday afternoons in the north of the county, and a future gap in Ravensholme "
           "North once the 1,800-home Moor Lane development is occupied.")

    d.heading("7. The consultation", 12)
    d.para("7.1 The consultation runs from 7 July to 5 September 2025. Responses may be made online at "
           "northmoor.gov.uk/pna, by email, or on a paper form available from libraries and pharmacies. "
           "An easy read summary is available on request.")
    d.heading("Appendix D: Consultation questions", 11)
    qs = ["Has the purpose of the pharmaceutical needs assessment been explained clearly?",
          "Does the draft reflect the current provision of pharmaceutical services in your area?",
          "Are there any pharmaceutical services that are not identified in the draft?",
          "Do you agree with the conclusion that there is no gap in necessary services in normal hours?",
          "Do you agree that there is a gap in Sunday afternoon access in the north of the county?",
          "Has the draft taken sufficient account of planned housing growth?",
          "Is there anything else you would like the Health and Wellbeing Board to consider?"]
    for i, q in enumerate(qs, 1):
        d.para(f"Q{i}. {q}", 10, "", 1, "L")
        d.set_font("D", "", 9)
        d.cell(0, 5, "      ☐ Yes     ☐ No     ☐ Don't know     Comments: ______________________________",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.output(path)


PNA_GOLD = {"document": PNA_NAME, "doc_type": "report",
            "themes": ["primary-care", "patient-and-public-input", "public-health"]}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    import pdfplumber
    pages = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            ls = (p.extract_text() or "").split("\n")
            ls = [l for l in ls[1:] if not re.match(r"^Page \d+", l.strip())]
            pages.append("\n".join(ls))
    t = "\n".join(pages).replace(SHY, "-")
    return re.sub(r"-\n(?=[a-z])", "", t)


def check():
    ok = True
    for name, gold in ((MIN_NAME, MIN_GOLD), (PNA_NAME, PNA_GOLD)):
        text = norm(pdf_text(os.path.join(DOCS, name)))
        phrases = [q["text"] for q in gold.get("questions", [])]
        phrases += [q["answer"] for q in gold.get("questions", []) if q["answer"]]
        phrases += [r["text"] for r in gold.get("resolutions", [])]
        for p in phrases:
            n = len(p.split())
            c = text.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name}: count={c} words={n}: {p}")
        print(f"{name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_minutes(os.path.join(DOCS, MIN_NAME))
    build_pna(os.path.join(DOCS, PNA_NAME))
    for name, gold in ((MIN_NAME, MIN_GOLD), (PNA_NAME, PNA_GOLD)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
