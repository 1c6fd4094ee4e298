#!/usr/bin/env python3
"""Build the "cf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cf.py           build documents/cf-* and gold/cf-*.json
        build_cf.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, textwrap
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
W = 72

# ---------------------------------------------------------------- document 1 (txt)
TXT_NAME = "cf-ravensmoor-hasc-osc-2025-03-11.txt"


def centre(s):
    return s.center(W).rstrip()


def dots(name, role):
    n = W - 16 - len(name) - len(role) - 2
    return ("        " + name + " " + "." * n + " " + role).rstrip()


def para(num, text):
    lead = "(%d)  " % num
    return textwrap.fill(text, W, initial_indent="    " + lead, subsequent_indent=" " * (4 + len(lead)))


def clause(lab, text):
    lead = "(%s)  " % lab
    return textwrap.fill(text, W, initial_indent="        " + lead, subsequent_indent=" " * (8 + len(lead)))


def plain(text, ind=4):
    return textwrap.fill(text, W, initial_indent=" " * ind, subsequent_indent=" " * ind)


def off(name, role):
    lead = name + "  -  "
    return textwrap.fill(lead + role, W, initial_indent=" " * 8, subsequent_indent=" " * (8 + len(lead)))


def minute(no, title):
    return ["MINUTE %s." % no, title, "-" * len(title)]


TXT_PAGES = []
p1 = [
    centre("RAVENSMOOR COUNTY COUNCIL"),
    "",
    centre("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE"),
    "",
    centre("MINUTES of a meeting held at County Hall, Ravensmoor"),
    centre("on Tuesday, 11th March, 2025 at 10.00 a.m."),
    "",
    centre("P R E S E N T"),
    "",
    dots("Councillor Mrs P. A. Hebblethwaite", "Chairman"),
    dots("Councillor D. R. Oakenshaw", "Vice-Chairman"),
    dots("Councillor J. Fairbairn", "Member"),
    dots("Councillor Mrs S. Kettlewell", "Member"),
    dots("Councillor T. Mallinson", "Member"),
    dots("Councillor R. Nuttall", "Member"),
    dots("Councillor Miss A. Pickersgill", "(Substitute)"),
    dots("Mr G. Threlfall", "Co-opted Member"),
    "",
    centre("A P O L O G I E S"),
    "",
    dots("Councillor B. Sowerby", "Member"),
    dots("Councillor K. Lumb", "Member"),
    "",
    centre("O F F I C E R S"),
    "",
    off("Mrs H. Garside", "Executive Director of Adult Social Care and Health"),
    off("Dr M. Entwistle", "Director of Public Health"),
    off("Mr C. Ormerod", "Assistant Director, Commissioning, Contracts and Market Development"),
    off("Miss L. Dewhurst", "Democratic Services Officer"),
    "",
    centre("A L S O   P R E S E N T"),
    "",
    off("Ms F. Bannister", "Director of Strategic Commissioning, Pennine Moors Integrated Care Board"),
    "",
]
p1 += minute("14", "APOLOGIES FOR ABSENCE AND SUBSTITUTES")
p1 += ["", plain("Apologies for absence were received from Councillors Sowerby and Lumb. Councillor Miss Pickersgill attended as substitute for Councillor Sowerby."), ""]
p1 += minute("15", "DECLARATIONS OF INTEREST")
p1 += ["", plain("Councillor Nuttall declared a personal interest in Minute 17 as his daughter is employed by a home care agency operating in the County. He remained in the meeting and took part in the discussion."), ""]
TXT_PAGES.append(p1)

p2 = []
p2 += minute("16", "MINUTES OF THE PREVIOUS MEETING")
p2 += ["", plain("RESOLVED:"), "", clause("i", "That the Minutes of the meeting held on 14th January, 2025 be confirmed as a correct record and signed by the Chairman."), ""]
p2 += minute("17", "RECOMMISSIONING OF DOMICILIARY CARE SERVICES")
p2 += ["",
       plain("The Committee considered a report of the Executive Director of Adult Social Care and Health on the proposed recommissioning of domiciliary care from April 2026, which would replace the existing framework of twenty-three providers with six lead providers working in geographical zones."),
       "",
       para(1, "Councillor Fairbairn asked why the number of providers was being reduced so sharply when several of the smaller local agencies had given good service. The Assistant Director replied that the zonal model would cut travelling time between calls and that smaller agencies would be able to join as sub-contractors to the lead providers."),
       "",
       para(2, "Councillor Mrs Kettlewell asked what proportion of the contract value was expected to go to national companies backed by private equity. The Assistant Director replied that it was not possible to predict the outcome of the tender, but the evaluation gave forty per cent of the marks to quality and social value. Councillor Mrs Kettlewell expressed concern that the specification did not require providers to pay the Real Living Wage. The Executive Director replied that the hourly rate had been set at a level that would allow the Real Living Wage to be paid and that this would be monitored through open book accounting."),
       "",
       para(3, "Mr Threlfall asked how people who currently receive care had been involved in drawing up the specification. The Executive Director replied that two workshops had been held with service users and carers and that Healthwatch Ravensmoor had surveyed 312 people receiving home care."),
       "",
       para(4, "Councillor Mallinson requested that the Committee receive the evaluation criteria before the invitation to tender was published. The Chairman agreed that this would be circulated to all Members of the Committee."),
       "",
       plain("RESOLVED:"),
       "",
       clause("i", "That the report be noted."),
       clause("ii", "That the Executive Director be requested to circulate the tender evaluation criteria to Members before publication."),
       clause("iii", "That a further report on the outcome of the procurement be submitted to the Committee in November 2025."),
       "",
       ]
TXT_PAGES.append(p2)

p3 = []
p3 += minute("18", "COMMUNITY MENTAL HEALTH SERVICES - PENNINE MOORS INTEGRATED CARE BOARD")
p3 += ["",
       plain("Ms Bannister presented an update on the transformation of community mental health services for adults, including the new neighbourhood mental health teams."),
       "",
       para(1, "Councillor Oakenshaw asked how long adults referred by their GP were currently waiting for a first appointment. Ms Bannister replied that the median wait was eleven weeks, against an ambition of four weeks, and that the longest waits were in the Calderside locality."),
       "",
       para(2, "Councillor Nuttall asked whether the voluntary sector organisations delivering talking therapies had been given secure funding beyond March 2026. Ms Bannister replied that the Integrated Care Board had agreed one-year grant extensions while a longer-term commissioning plan was prepared."),
       "",
       para(3, "Councillor Miss Pickersgill raised concern about the number of vacant psychiatrist posts in the neighbourhood teams. Ms Bannister replied that four of the eleven consultant posts were filled by locums and that a joint recruitment campaign with the mental health trust was under way."),
       "",
       plain("RESOLVED:"),
       "",
       clause("i", "That the update from the Integrated Care Board be noted and a further update be received in September 2025."),
       "",
       ]
TXT_PAGES.append(p3)

p4 = []
p4 += minute("19", "PROCUREMENT OF INTEGRATED STOP SMOKING AND WEIGHT MANAGEMENT SERVICE")
p4 += ["",
       plain("The Director of Public Health reported on the proposal to procure a single integrated lifestyle service funded from the Public Health Grant, at an estimated value of 2.4 million pounds over five years."),
       "",
       para(1, "Councillor Fairbairn asked why the Council was not considering bringing the service back in-house as neighbouring authorities had done. The Director of Public Health replied that an options appraisal had been carried out and that an in-house service would cost an estimated 180,000 pounds a year more."),
       "",
       para(2, "Councillor Mrs Hebblethwaite asked what would happen to the pharmacies that currently provided stop smoking support. The Director of Public Health replied that community pharmacies would continue to be paid for each quit attempt under a separate local agreement."),
       "",
       para(3, "Councillor Mallinson commented that the service should be targeted at the wards with the lowest life expectancy. No response was recorded."),
       "",
       plain("RESOLVED:"),
       "",
       clause("i", "That Cabinet be recommended to approve the procurement of an integrated lifestyle service for five years from 1st April, 2026."),
       clause("ii", "That Cabinet be asked to ensure that the specification prioritises the wards with the greatest health inequalities."),
       "",
       ]
TXT_PAGES.append(p4)

p5 = []
p5 += minute("20", "ADULT SOCIAL CARE WORKFORCE - INTERNATIONAL RECRUITMENT")
p5 += ["",
       plain("The Executive Director of Adult Social Care and Health reported on the recruitment of care workers from overseas and the Council's role in supporting sponsored workers whose employers had lost their sponsor licences."),
       "",
       para(1, "Councillor Oakenshaw asked how many sponsored care workers in the County had been left without work in the past year. The Executive Director replied that 64 workers had been affected and that 51 had been found new employment with other care providers."),
       "",
       para(2, "Mr Threlfall sought clarification on whether the Council checked the accommodation provided to overseas workers by their employers. The Executive Director replied that housing conditions were not a contractual requirement but would be included in the new domiciliary care contracts."),
       "",
       plain("RESOLVED:"),
       "",
       clause("i", "That the report on international recruitment in the care sector be noted."),
       "",
       ]
p5 += minute("21", "WORK PROGRAMME 2025/26")
p5 += ["",
       plain("RESOLVED:"),
       "",
       clause("i", "That the work programme for 2025/26 be approved, subject to the addition of an item on hospital discharge."),
       "",
       plain("The meeting closed at 12.41 p.m."),
       "",
       "",
       plain("CHAIRMAN .........................................", 36),
       ]
TXT_PAGES.append(p5)


def build_txt():
    out = []
    for i, page in enumerate(TXT_PAGES, 1):
        head = [("Health and Adult Social Care O&S Committee" + "11.3.2025".rjust(W - 42)), ""]
        body = (head if i > 1 else []) + page
        body += ["", centre("- %d -" % i), "", ("Chairman's initials ........").rjust(W)]
        out.append("\n".join(body))
    text = "\f\n".join(out) + "\n"
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)
    return text


TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Overview and Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "14", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTES"},
        {"number": "15", "title": "DECLARATIONS OF INTEREST"},
        {"number": "16", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "17", "title": "RECOMMISSIONING OF DOMICILIARY CARE SERVICES"},
        {"number": "18", "title": "COMMUNITY MENTAL HEALTH SERVICES - PENNINE MOORS INTEGRATED CARE BOARD"},
        {"number": "19", "title": "PROCUREMENT OF INTEGRATED STOP SMOKING AND WEIGHT MANAGEMENT SERVICE"},
        {"number": "20", "title": "ADULT SOCIAL CARE WORKFORCE - INTERNATIONAL RECRUITMENT"},
        {"number": "21", "title": "WORK PROGRAMME 2025/26"},
    ],
    "questions": [
        {"item": "17", "kind": "question", "text": "asked why the number of providers was being reduced so sharply",
         "asked_by": "Councillor Fairbairn", "answer": "smaller agencies would be able to join as sub-contractors to the lead providers",
         "given_by": "The Assistant Director", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "17", "kind": "question", "text": "what proportion of the contract value was expected to go to national companies",
         "asked_by": "Councillor Mrs Kettlewell", "answer": "the evaluation gave forty per cent of the marks to quality and social value",
         "given_by": "The Assistant Director", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "17", "kind": "concern", "text": "the specification did not require providers to pay the Real Living Wage",
         "asked_by": "Councillor Mrs Kettlewell", "answer": "this would be monitored through open book accounting",
         "given_by": "The Executive Director", "themes": ["workforce", "subcontracting", "finance", "adult-social-care"]},
        {"item": "17", "kind": "question", "text": "how people who currently receive care had been involved in drawing up the specification",
         "asked_by": "Mr Threlfall", "answer": "Healthwatch Ravensmoor had surveyed 312 people receiving home care",
         "given_by": "The Executive Director", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "17", "kind": "request", "text": "requested that the Committee receive the evaluation criteria before the invitation to tender",
         "asked_by": "Councillor Mallinson", "answer": "The Chairman agreed that this would be circulated to all Members",
         "given_by": "The Chairman", "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "18", "kind": "question", "text": "how long adults referred by their GP were currently waiting for a first appointment",
         "asked_by": "Councillor Oakenshaw", "answer": "the median wait was eleven weeks, against an ambition of four weeks",
         "given_by": "Ms Bannister", "themes": ["mental-health", "primary-care"]},
        {"item": "18", "kind": "question", "text": "organisations delivering talking therapies had been given secure funding beyond March 2026",
         "asked_by": "Councillor Nuttall", "answer": "had agreed one-year grant extensions while a longer-term commissioning plan was prepared",
         "given_by": "Ms Bannister", "themes": ["mental-health", "subcontracting", "finance"]},
        {"item": "18", "kind": "concern", "text": "raised concern about the number of vacant psychiatrist posts in the neighbourhood teams",
         "asked_by": "Councillor Miss Pickersgill", "answer": "four of the eleven consultant posts were filled by locums",
         "given_by": "Ms Bannister", "themes": ["mental-health", "workforce"]},
        {"item": "19", "kind": "question", "text": "asked why the Council was not considering bringing the service back in-house",
         "asked_by": "Councillor Fairbairn", "answer": "an in-house service would cost an estimated 180,000 pounds a year more",
         "given_by": "The Director of Public Health", "themes": ["privatisation", "subcontracting", "finance", "public-health"]},
        {"item": "19", "kind": "question", "text": "what would happen to the pharmacies that currently provided stop smoking support",
         "asked_by": "Councillor Mrs Hebblethwaite", "answer": "community pharmacies would continue to be paid for each quit attempt",
         "given_by": "The Director of Public Health", "themes": ["primary-care", "public-health"]},
        {"item": "19", "kind": "comment", "text": "the service should be targeted at the wards with the lowest life expectancy",
         "asked_by": "Councillor Mallinson", "answer": None, "given_by": None, "themes": ["public-health"]},
        {"item": "20", "kind": "question", "text": "how many sponsored care workers in the County had been left without work",
         "asked_by": "Councillor Oakenshaw", "answer": "51 had been found new employment with other care providers",
         "given_by": "The Executive Director", "themes": ["workforce", "adult-social-care"]},
        {"item": "20", "kind": "question", "text": "whether the Council checked the accommodation provided to overseas workers by their employers",
         "asked_by": "Mr Threlfall", "answer": "housing conditions were not a contractual requirement but would be included",
         "given_by": "The Executive Director", "themes": ["housing", "workforce", "subcontracting", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "16", "text": "Minutes of the meeting held on 14th January, 2025 be confirmed", "outcome": "agreed", "themes": []},
        {"item": "17", "text": "circulate the tender evaluation criteria to Members before publication", "outcome": "agreed",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "18", "text": "the update from the Integrated Care Board be noted and a further update", "outcome": "noted",
         "themes": ["mental-health"]},
        {"item": "19", "text": "Cabinet be recommended to approve the procurement of an integrated lifestyle service",
         "outcome": "recommended", "themes": ["subcontracting", "public-health"]},
        {"item": "20", "text": "the report on international recruitment in the care sector be noted", "outcome": "noted",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "21", "text": "work programme for 2025/26 be approved, subject to the addition", "outcome": "agreed",
         "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Mrs P. A. Hebblethwaite", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor D. R. Oakenshaw", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor J. Fairbairn", "role": "Member", "attendance": "present"},
        {"name": "Councillor Mrs S. Kettlewell", "role": "Member", "attendance": "present"},
        {"name": "Councillor T. Mallinson", "role": "Member", "attendance": "present"},
        {"name": "Councillor R. Nuttall", "role": "Member", "attendance": "present"},
        {"name": "Councillor Miss A. Pickersgill", "role": "Substitute", "attendance": "present"},
        {"name": "Mr G. Threlfall", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Councillor B. Sowerby", "role": "Member", "attendance": "apologies"},
        {"name": "Councillor K. Lumb", "role": "Member", "attendance": "apologies"},
        {"name": "Mrs H. Garside", "role": "Executive Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Dr M. Entwistle", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr C. Ormerod", "role": "Assistant Director, Commissioning, Contracts and Market Development", "attendance": "in_attendance"},
        {"name": "Miss L. Dewhurst", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Ms F. Bannister", "role": "Director of Strategic Commissioning, Pennine Moors Integrated Care Board", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2 (pdf)
PDF_NAME = "cf-harrowfield-teaching-hospitals-council-of-governors-2025-06-19.pdf"
TRUST = "Harrowfield Teaching Hospitals NHS Foundation Trust"

# blocks: ("h", text) heading; ("p", text) paragraph; ("b", text) bold paragraph; ("l", label, text) labelled attendance
PDF_BLOCKS = [
    ("title", TRUST),
    ("title2", "COUNCIL OF GOVERNORS"),
    ("c", "Minutes of the meeting held in public on Thursday 19 June 2025 at 5.30pm in the Boardroom, Harrowfield Royal Infirmary"),
    ("l", "Public Governors:", "Mrs Eileen Brackenbury (Lead Governor, Harrowfield North); Mr Dennis Ollerenshaw (Harrowfield South); Ms Priya Chaudhry (Moorside); Mr Keith Haworth (Moorside); Mrs Janet Sunderland (Rest of England); Mr Olu Adeyemi (Wharfe Valley)"),
    ("l", "Staff Governors:", "Ms Rachel Cottam (Nursing and Midwifery); Mr Sanjay Mistry (Allied Health Professionals and Scientists)"),
    ("l", "Appointed Governors:", "Councillor Helen Whitworth (Harrowfield Metropolitan Borough Council); Professor Anne Greaves (University of West Pennine)"),
    ("l", "In attendance:", "Mr Jonathan Ackroyd (Chair of the Trust, presiding); Ms Lorraine Fitton (Chief Executive); Mr Martin Crabtree (Non-Executive Director and Chair of the Audit Committee); Dr Nadia Rahman (Non-Executive Director and Chair of the Quality Committee); Mrs Gillian Pybus (Chief Nurse and Director of Patient Experience); Mr Steven Holroyd (Chief Operating Officer); Miss Amy Firth (Company Secretary, minutes)"),
    ("l", "Apologies:", "Mr Trevor Sugden (Public Governor, Harrowfield North); Ms Bethany Lord (Staff Governor, Medical and Dental)"),
    ("h", "CoG 25/14   Welcome, Apologies and Quoracy"),
    ("p", "The Chair welcomed governors and members of the public. Apologies were noted as above and the meeting was confirmed as quorate."),
    ("h", "CoG 25/15   Declarations of Interest"),
    ("p", "Mr Mistry declared an interest in item CoG 25/17 as an employee of the pathology department whose service was under discussion. No other interests were declared."),
    ("h", "CoG 25/16   Minutes of the Meeting held on 13 March 2025 and Action Log"),
    ("p", "The Council of Governors APPROVED the minutes of the meeting held on 13 March 2025 as an accurate record. All actions on the log were complete."),
    ("h", "CoG 25/17   Pathology Services: Proposed Partnership with a Private Provider"),
    ("p", "Mr Crabtree, on behalf of the non-executive directors, set out the Board's consideration of the proposal to transfer blood sciences and microbiology to a ten-year managed service contract with a private laboratory company, in partnership with two neighbouring trusts."),
    ("p", "Governor Brackenbury asked how the non-executive directors had satisfied themselves that the savings claimed in the business case were realistic; the Chief Executive responded that the independent review had tested the figures and the Audit Committee had received assurance on the savings of 1.9 million pounds a year. A public governor queried whether the 140 pathology staff would keep their NHS pensions and terms and conditions after transfer. Mr Crabtree explained that staff would transfer under TUPE and that the Board had required the contractor to offer access to the NHS Pension Scheme."),
    ("p", "Governor Cottam asked what would happen to turnaround times for urgent samples from the emergency department; the Chief Operating Officer responded that an essential services laboratory would remain on site with a guaranteed one-hour turnaround. Governor Haworth expressed concern that the public had not been consulted before the Board reached its decision. Dr Rahman said that the Board had taken legal advice that formal consultation was not required but accepted that engagement with patients could have been better. Governor Haworth requested that a summary of the business case be published on the Trust's website. The Chair agreed to take this forward with the Company Secretary."),
    ("p", "The Council of Governors NOTED the report and the assurance provided by the non-executive directors."),
    ("h", "CoG 25/18   Elective Waiting Lists and Referral to Treatment Performance"),
    ("p", "The Chief Operating Officer presented the latest performance, noting that 58,400 patients were waiting for planned treatment, of whom 1,210 had waited over 65 weeks."),
    ("p", "Governor Chaudhry asked why patients from the Moorside area appeared to wait longer for orthopaedic surgery than other patients; the Chief Operating Officer responded that the difference reflected a backlog at the Moorside day surgery unit, which was now running weekend lists. Governor Adeyemi asked how many operations were being sent to independent sector hospitals and at what cost; the Chief Executive responded that around 900 procedures a quarter were outsourced at national tariff prices. A public governor queried how patients waiting a long time were kept informed and supported while they waited. The Chief Nurse said that a validation team contacted every patient waiting over 52 weeks and offered a named contact."),
    ("p", "The Council of Governors NOTED the elective recovery position and asked for a further update in September."),
    ("h", "CoG 25/19   Patient Experience and Complaints Report"),
    ("p", "Mrs Pybus presented the quarterly patient experience report, including Friends and Family Test results and themes from complaints."),
    ("p", "Governor Sunderland asked why the number of complaints about discharge arrangements had risen by a third; the Chief Nurse responded that most related to delays in medication and transport and that a discharge lounge would open in August. Councillor Whitworth asked how the Trust worked with the Council's social care teams to avoid delayed discharges. Mrs Pybus explained that a joint discharge hub with the Council had been established and was reviewed weekly. Governor Ollerenshaw commented that the response rate to the Friends and Family Test on the children's wards was very low. There was no response recorded."),
    ("p", "The Council of Governors NOTED the patient experience report."),
    ("h", "CoG 25/20   Reappointment of Non-Executive Director"),
    ("p", "Professor Greaves, as Chair of the Nominations and Remuneration Committee, presented the committee's recommendation. Dr Rahman left the room for this item."),
    ("p", "The Council of Governors APPROVED the reappointment of Dr Nadia Rahman as a Non-Executive Director for a further term of three years from 1 September 2025."),
    ("h", "CoG 25/21   Appointment of External Auditor"),
    ("p", "Mr Crabtree reported on the tender process undertaken by the Audit Committee and the governors' working group."),
    ("p", "The Council of Governors APPROVED the appointment of Hallam Waite LLP as external auditor for three years, with an option to extend by two further years."),
    ("h", "CoG 25/22   Any Other Business and Date of Next Meeting"),
    ("p", "There was no other business. The next meeting will be held on Thursday 18 September 2025 at 5.30pm."),
]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("dv", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, TRUST + "  |  Council of Governors  |  19 June 2025", align="L")
            self.cell(0, 4, "DRAFT - subject to approval", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(20, 15, 190, 15)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 7.5)
            self.cell(0, 4, "Chair's initials ..........", align="L")
            self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(datetime(2025, 6, 24, 9, 0, 0, tzinfo=timezone.utc))
    pdf.set_title("Council of Governors minutes 19 June 2025")
    pdf.set_author(TRUST)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    for b in PDF_BLOCKS:
        kind = b[0]
        if kind == "title":
            pdf.set_font("dv", "B", 14)
            pdf.multi_cell(0, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "title2":
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(0, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "c":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "l":
            pdf.set_font("dv", "B", 9.5)
            pdf.cell(40, 5, b[1])
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, b[2], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h":
            pdf.ln(2)
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.set_x(40)
            pdf.multi_cell(0, 5, b[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(os.path.join(DOCS, PDF_NAME))
    return "\n".join(" ".join(x for x in b[1:]) for b in PDF_BLOCKS)


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Council of Governors",
    "meeting_date": "2025-06-19",
    "items": [
        {"number": "CoG 25/14", "title": "Welcome, Apologies and Quoracy"},
        {"number": "CoG 25/15", "title": "Declarations of Interest"},
        {"number": "CoG 25/16", "title": "Minutes of the Meeting held on 13 March 2025 and Action Log"},
        {"number": "CoG 25/17", "title": "Pathology Services: Proposed Partnership with a Private Provider"},
        {"number": "CoG 25/18", "title": "Elective Waiting Lists and Referral to Treatment Performance"},
        {"number": "CoG 25/19", "title": "Patient Experience and Complaints Report"},
        {"number": "CoG 25/20", "title": "Reappointment of Non-Executive Director"},
        {"number": "CoG 25/21", "title": "Appointment of External Auditor"},
        {"number": "CoG 25/22", "title": "Any Other Business and Date of Next Meeting"},
    ],
    "questions": [
        {"item": "CoG 25/17", "kind": "question", "text": "had satisfied themselves that the savings claimed in the business case were realistic",
         "asked_by": "Governor Brackenbury", "answer": "the Audit Committee had received assurance on the savings of 1.9 million pounds",
         "given_by": "the Chief Executive", "themes": ["finance", "governance", "privatisation"]},
        {"item": "CoG 25/17", "kind": "question", "text": "whether the 140 pathology staff would keep their NHS pensions",
         "asked_by": "A public governor", "answer": "staff would transfer under TUPE and that the Board had required",
         "given_by": "Mr Crabtree", "themes": ["workforce", "subcontracting", "privatisation"]},
        {"item": "CoG 25/17", "kind": "question", "text": "what would happen to turnaround times for urgent samples from the emergency department",
         "asked_by": "Governor Cottam", "answer": "an essential services laboratory would remain on site with a guaranteed one-hour turnaround",
         "given_by": "the Chief Operating Officer", "themes": ["privatisation"]},
        {"item": "CoG 25/17", "kind": "concern", "text": "expressed concern that the public had not been consulted before the Board reached its decision",
         "asked_by": "Governor Haworth", "answer": "the Board had taken legal advice that formal consultation was not required",
         "given_by": "Dr Rahman", "themes": ["patient-and-public-input", "governance", "privatisation"]},
        {"item": "CoG 25/17", "kind": "request", "text": "requested that a summary of the business case be published",
         "asked_by": "Governor Haworth", "answer": "The Chair agreed to take this forward with the Company Secretary",
         "given_by": "The Chair", "themes": ["governance", "privatisation"]},
        {"item": "CoG 25/18", "kind": "question", "text": "why patients from the Moorside area appeared to wait longer for orthopaedic surgery",
         "asked_by": "Governor Chaudhry", "answer": "reflected a backlog at the Moorside day surgery unit",
         "given_by": "the Chief Operating Officer", "themes": []},
        {"item": "CoG 25/18", "kind": "question", "text": "how many operations were being sent to independent sector hospitals and at what cost",
         "asked_by": "Governor Adeyemi", "answer": "around 900 procedures a quarter were outsourced at national tariff prices",
         "given_by": "the Chief Executive", "themes": ["subcontracting", "privatisation", "finance"]},
        {"item": "CoG 25/18", "kind": "question", "text": "how patients waiting a long time were kept informed and supported",
         "asked_by": "A public governor", "answer": "a validation team contacted every patient waiting over 52 weeks",
         "given_by": "The Chief Nurse", "themes": ["patient-and-public-input"]},
        {"item": "CoG 25/19", "kind": "question", "text": "why the number of complaints about discharge arrangements had risen by a third",
         "asked_by": "Governor Sunderland", "answer": "most related to delays in medication and transport",
         "given_by": "the Chief Nurse", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "CoG 25/19", "kind": "question", "text": "how the Trust worked with the Council's social care teams to avoid delayed discharges",
         "asked_by": "Councillor Whitworth", "answer": "a joint discharge hub with the Council had been established",
         "given_by": "Mrs Pybus", "themes": ["adult-social-care", "integration"]},
        {"item": "CoG 25/19", "kind": "comment", "text": "the response rate to the Friends and Family Test on the children's wards",
         "asked_by": "Governor Ollerenshaw", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "CoG 25/16", "text": "APPROVED the minutes of the meeting held on 13 March 2025", "outcome": "agreed", "themes": []},
        {"item": "CoG 25/17", "text": "NOTED the report and the assurance provided by the non-executive directors",
         "outcome": "noted", "themes": ["privatisation", "governance"]},
        {"item": "CoG 25/18", "text": "NOTED the elective recovery position and asked for a further update",
         "outcome": "noted", "themes": []},
        {"item": "CoG 25/19", "text": "The Council of Governors NOTED the patient experience report", "outcome": "noted",
         "themes": ["patient-and-public-input"]},
        {"item": "CoG 25/20", "text": "APPROVED the reappointment of Dr Nadia Rahman as a Non-Executive Director",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "CoG 25/21", "text": "APPROVED the appointment of Hallam Waite LLP as external auditor",
         "outcome": "agreed", "themes": ["governance", "subcontracting"]},
    ],
    "attendees": [
        {"name": "Mrs Eileen Brackenbury", "role": "Lead Governor, Harrowfield North", "attendance": "present"},
        {"name": "Mr Dennis Ollerenshaw", "role": "Public Governor, Harrowfield South", "attendance": "present"},
        {"name": "Ms Priya Chaudhry", "role": "Public Governor, Moorside", "attendance": "present"},
        {"name": "Mr Keith Haworth", "role": "Public Governor, Moorside", "attendance": "present"},
        {"name": "Mrs Janet Sunderland", "role": "Public Governor, Rest of England", "attendance": "present"},
        {"name": "Mr Olu Adeyemi", "role": "Public Governor, Wharfe Valley", "attendance": "present"},
        {"name": "Ms Rachel Cottam", "role": "Staff Governor, Nursing and Midwifery", "attendance": "present"},
        {"name": "Mr Sanjay Mistry", "role": "Staff Governor, Allied Health Professionals and Scientists", "attendance": "present"},
        {"name": "Councillor Helen Whitworth", "role": "Appointed Governor, Harrowfield Metropolitan Borough Council", "attendance": "present"},
        {"name": "Professor Anne Greaves", "role": "Appointed Governor, University of West Pennine", "attendance": "present"},
        {"name": "Mr Jonathan Ackroyd", "role": "Chair of the Trust, presiding", "attendance": "present"},
        {"name": "Ms Lorraine Fitton", "role": "Chief Executive", "attendance": "in_attendance"},
        {"name": "Mr Martin Crabtree", "role": "Non-Executive Director and Chair of the Audit Committee", "attendance": "in_attendance"},
        {"name": "Dr Nadia Rahman", "role": "Non-Executive Director and Chair of the Quality Committee", "attendance": "in_attendance"},
        {"name": "Mrs Gillian Pybus", "role": "Chief Nurse and Director of Patient Experience", "attendance": "in_attendance"},
        {"name": "Mr Steven Holroyd", "role": "Chief Operating Officer", "attendance": "in_attendance"},
        {"name": "Miss Amy Firth", "role": "Company Secretary, minutes", "attendance": "in_attendance"},
        {"name": "Mr Trevor Sugden", "role": "Public Governor, Harrowfield North", "attendance": "apologies"},
        {"name": "Ms Bethany Lord", "role": "Staff Governor, Medical and Dental", "attendance": "apologies"},
    ],
}


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check(name, source, gold):
    errs = []
    src = norm(source)
    phrases = [("q", q["text"]) for q in gold["questions"]]
    phrases += [("a", q["answer"]) for q in gold["questions"] if q["answer"]]
    phrases += [("r", r["text"]) for r in gold["resolutions"]]
    for k, p in phrases:
        n = len(p.split())
        if not 6 <= n <= 15:
            errs.append("%s: %s phrase has %d words: %s" % (name, k, n, p))
        c = src.count(norm(p))
        if c != 1:
            errs.append("%s: %s phrase found %d times: %s" % (name, k, c, p))
    return errs


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    t = build_txt()
    ptext = build_pdf()
    for g in (TXT_GOLD, PDF_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        errs = check(TXT_NAME, open(os.path.join(DOCS, TXT_NAME), encoding="utf-8").read(), TXT_GOLD)
        errs += check(PDF_NAME, ptext, PDF_GOLD)
        try:
            import pdfplumber
            with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
                ext = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
            errs += ["(extracted) " + e for e in check(PDF_NAME, ext, PDF_GOLD)]
        except Exception as e:  # pragma: no cover
            errs.append("pdf extraction failed: %s" % e)
        for e in errs:
            print("FAIL", e)
        print("check %s" % ("FAILED" if errs else "passed"))
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
