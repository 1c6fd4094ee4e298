#!/usr/bin/env python3
"""Build the "iv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_iv.py           build documents/iv-* and gold/iv-*.json
        build_iv.py --check   verify every gold phrase occurs once in its document
"""
import datetime
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
FIXED = datetime.datetime(2025, 11, 12, 9, 30, 0, tzinfo=datetime.timezone.utc)

MINUTES_FILE = "iv-hetherburn-health-wellbeing-scrutiny-2025-11-04.pdf"
OTHER_FILE = "iv-hetherburn-icb-briefing-castledene-utc-overnight-opening.docx"

# --------------------------------------------------------------------------------------
# The minutes, as blocks
# --------------------------------------------------------------------------------------
M = []


def para(t):
    M.append(("para", t))


def head(t):
    M.append(("head", t))


def bullet(t):
    M.append(("bullet", t))


def res(n, t):
    M.append(("res", n, t))


def clause(n, t):
    M.append(("clause", n, t))


def copy_line():
    M.append(("para", "(for copy report – see original minutes)"))


M.append(("open", "At a meeting of the HEALTH AND WELLBEING SCRUTINY COMMITTEE held in the "
                  "CITY HALL, HETHERBURN on TUESDAY, 4th NOVEMBER, 2025 at 5.30 p.m."))
M.append(("label", "Present:-"))
M.append(("centre", "Councillor Heslop in the Chair"))
para("Councillors Armstrong, Bewick, Dodds, Fairless, Gallon, Hindmarch, McCabe, Oliver, "
     "Shotton and Tweddle.")
M.append(("label", "Also in attendance:-"))
ATTENDING = [
    ("Councillor Lesley Rutherford", "Cabinet Member for Healthy City"),
    ("Mr Graham Lister", "Executive Director of Health, Housing and Communities"),
    ("Ms Alison Brack", "Director of Public Health"),
    ("Mr Scott Ridley", "Director of Place (Hetherburn), North Coast and Pennine "
                        "Integrated Care Board"),
    ("Dr Helen Keough", "Chief Operating Officer, Hetherburn and Southmoor NHS "
                        "Foundation Trust"),
    ("Ms Paula Wardle", "Senior Commissioning Manager (Primary Care – Dental), North "
                        "Coast and Pennine Integrated Care Board"),
    ("Mrs Janice Lumsden", "Chief Executive, Healthwatch Hetherburn"),
    ("Ms Diane Trotter", "Independent Chair, Hetherburn Safeguarding Adults Board"),
    ("Mr Kevin Pattinson", "Scrutiny Officer"),
    ("Ms Christine Moss", "Democratic Services Officer"),
]
for name, role in ATTENDING:
    M.append(("attend", name, role))

head("Apologies for Absence")
para("Apologies for absence were submitted to the meeting on behalf of Councillors Craggs "
     "and Laverick.")

head("Minutes of the last meeting of the Committee held on 7th October, 2025")
res("1.", "**RESOLVED** that the minutes of the last meeting of the Health and Wellbeing "
          "Scrutiny Committee held on 7th October, 2025 (copy circulated) be confirmed and "
          "signed as a correct record.")

head("Declarations of Interest (including Whipping Declarations)")
para("Councillor Dodds made an open declaration in relation to the item on Access to NHS "
     "Dental Services in Hetherburn as a close family member was employed as a dental nurse "
     "at a practice in the city.")
para("Councillor Oliver made an open declaration in relation to the item on Winter "
     "Preparedness 2025/2026 as his wife was employed by Hetherburn and Southmoor NHS "
     "Foundation Trust.")
para("There were no whipping declarations made.")

head("Winter Preparedness 2025/2026")
para("The Executive Director of Health, Housing and Communities and the Director of Place "
     "(Hetherburn), North Coast and Pennine Integrated Care Board submitted a joint report "
     "(copy circulated) which provided Members with an overview of the arrangements that had "
     "been put in place across the Hetherburn health and care system to manage the "
     "additional demand expected during the winter period 2025/2026.")
copy_line()
para("Mr Ridley presented the report and advised that the winter plan had been developed "
     "jointly by partners through the Hetherburn Urgent and Emergency Care Delivery Board and "
     "built on the learning from the previous winter. The key actions included:-")
bullet("the continued operation of the Integrated Discharge Hub at Hetherburn Royal "
       "Hospital, bringing together hospital, Council and community staff;")
bullet("an additional 24 step-down beds commissioned from independent sector care homes "
       "from 1st December, 2025 to 31st March, 2026, funded through the Better Care Fund;")
bullet("the extension of the Urgent Community Response service to 10.00 p.m., seven days a "
       "week;")
bullet("an expanded flu and COVID-19 vaccination offer for health and care staff and for "
       "residents aged 65 and over; and")
bullet("additional GP appointments to be made available through the extended access hubs "
       "over the Christmas and New Year period.")
para("Dr Keough then provided an update on performance within the Emergency Department at "
     "Hetherburn Royal Hospital, advising that 71.4% of patients had been seen within four "
     "hours during September against the national ambition of 78% by March 2026, and that "
     "average ambulance handover times had improved from 44 minutes to 31 minutes over the "
     "previous twelve months. The Trust had opened 28 additional beds on Ward E14 in October "
     "and would open a further 12 escalation beds if they were required.")
para("Councillor Armstrong referred to the step-down beds and asked where they would be "
     "located and whether families would be able to visit easily. Mr Ridley advised that the "
     "beds would be spread across four homes, three in the Hetherburn area and one in "
     "Castledene, and that families would be offered a choice wherever possible.")
para("Councillor Armstrong also queried why the beds were being purchased from private care "
     "homes rather than provided by the Council’s own Riverside Lodge, which had closed its "
     "short stay unit in 2024. Mr Lister explained that Riverside Lodge no longer had the "
     "registered nursing staff that would be required to support people leaving hospital and "
     "that it would not be possible to reopen the unit safely before the spring; however, the "
     "option of bringing the unit back in-house would be considered as part of the review of "
     "intermediate care which was due to be completed in 2026.")
para("Councillor Bewick commented that constituents continued to report waits of more than "
     "eight hours in the Emergency Department, particularly older people who had been brought "
     "in by ambulance overnight, and asked what was being done to end the practice of "
     "patients being cared for in corridors. Dr Keough acknowledged that waits remained too "
     "long at times of peak demand and that this was not the experience the Trust wanted for "
     "its patients. A new Same Day Emergency Care unit had opened in August and was diverting "
     "around 40 patients a day away from the Emergency Department, and the Trust’s aim was to "
     "eliminate corridor care by the end of the financial year, although she could not "
     "guarantee that it would not happen during periods of extreme pressure.")
para("Councillor Gallon asked what the staffing position was going into the winter and how "
     "much of the plan relied upon agency staff. Dr Keough advised that registered nurse "
     "vacancies at the Trust had fallen to 4.2%, the lowest level for five years, and that "
     "spending on agency staff had reduced by £3.1 million compared with the same point in "
     "the previous year, although there remained gaps in some medical specialties, including "
     "acute medicine, which continued to be covered by locums.")
para("In response to a further question from Councillor Gallon about whether the funding for "
     "the step-down beds was recurrent, Mr Ridley confirmed that it was non-recurrent funding "
     "for 2025/2026 only and that any decision on future years would be taken once national "
     "planning guidance had been received.")
para("Councillor Tweddle asked whether there was sufficient home care capacity in the city to "
     "support people to be discharged from hospital promptly over the winter months. "
     "Councillor Rutherford advised that the Council had increased the hourly rate paid to "
     "home care providers to £23.40 from April and that, as at the end of October, nobody was "
     "waiting in hospital for a package of care, although the position could change very "
     "quickly during periods of high demand.")
para("Councillor McCabe asked how residents were being made aware of the alternatives to the "
     "Emergency Department, such as community pharmacies and NHS 111. Mr Ridley advised that "
     "the ICB would be running a ‘Choose Well’ campaign from the middle of November, with "
     "information displayed in GP surgeries and pharmacies, on buses and on social media, and "
     "that the Council’s Community Hubs had also agreed to share the campaign material.")
para("The Chair commented that the Committee had received similar assurances in previous "
     "years and that what Members really wanted to see was evidence that the actions in the "
     "plan had made a difference to residents, rather than a list of activity.")
para("Consideration having been given to the report, it was:-")
res("2.", "**RESOLVED** that the report be received and noted and that an evaluation of the "
          "impact of the winter plan be submitted to the Committee in April, 2026.")

head("Access to NHS Dental Services in Hetherburn")
para("The Director of Place (Hetherburn), North Coast and Pennine Integrated Care Board "
     "submitted a report (copy circulated) which provided Members with an update on access to "
     "NHS dental services in Hetherburn and on the actions taken by the ICB since it had "
     "assumed responsibility for the commissioning of dental services in April 2023.")
copy_line()
para("Ms Wardle presented the report and highlighted that:-")
bullet("46% of adults and 61% of children in Hetherburn had seen an NHS dentist in the "
       "previous 24 months, both of which were below the averages for England;")
bullet("two practices in the city had handed back their NHS contracts during 2024/2025, "
       "resulting in the loss of approximately 9,800 units of dental activity;")
bullet("the ICB had commissioned additional urgent dental care sessions from eight practices "
       "across the city, providing around 350 extra appointments each month; and")
bullet("a procurement exercise to replace the activity lost in the Southmoor area was "
       "underway, with the new contracts expected to commence in April 2026.")
para("Ms Brack added that the Council’s oral health improvement team continued to deliver "
     "supervised toothbrushing in 64 nurseries and primary schools and that the fluoride "
     "varnish programme had been extended to all of the city’s family hubs during the summer.")
para("Councillor Dodds stated that the figures were deeply worrying and that she was "
     "regularly contacted by residents who had been told that their practice was no longer "
     "accepting NHS patients and who had then been offered private treatment or a monthly "
     "payment plan instead, and asked what the ICB was doing to prevent practices from moving "
     "NHS patients on to private plans. Ms Wardle advised that dental practices were "
     "independent contractors and were able to decide how much NHS activity they provided "
     "within the terms of their contract, but that the ICB monitored delivery closely and had "
     "recovered £1.2 million from under-performing contracts during 2024/2025, all of which "
     "had been reinvested in urgent access sessions.")
para("Councillor Fairless asked whether the changes to the national dental contract announced "
     "by the Government would make any difference locally. Ms Wardle advised that the detail "
     "of the reformed contract was still awaited and that the ICB would brief the Committee "
     "once it had been published.")
para("Councillor Hindmarch queried whether the ICB had considered employing salaried dentists "
     "directly, as had happened in some other parts of the country, rather than relying on "
     "high street practices. Ms Wardle explained that the ICB did not have the powers to "
     "employ dentists itself, but that the Community Dental Service provided by Hetherburn and "
     "Southmoor NHS Foundation Trust had received additional funding in 2025/2026 to treat "
     "patients with additional needs and to take referrals from practices for children "
     "requiring specialist care.")
para("Councillor Tweddle referred to the supervised toothbrushing programme and asked how many "
     "schools in the most deprived wards of the city were not yet taking part. Ms Brack did "
     "not have the figure to hand but agreed to circulate it to Members following the "
     "meeting.")
para("Councillor Oliver commented that the number of young children who had needed teeth "
     "removed under general anaesthetic was shocking given that tooth decay was almost "
     "entirely preventable, and that the Committee should continue to keep a close watch on "
     "the issue.")
para("The Chair thanked Ms Wardle and Ms Brack for their attendance and it was:-")
res("3.", "**RESOLVED** that:-")
clause("(i)", "the report be received and noted; and")
clause("(ii)", "the Chair write to the North Coast and Pennine Integrated Care Board on behalf "
               "of the Committee seeking a timetable for the re-procurement of dental activity "
               "in the Southmoor area.")

head("Healthwatch Hetherburn Annual Report 2024/2025")
para("Mrs Lumsden, Chief Executive of Healthwatch Hetherburn, presented the Healthwatch "
     "Hetherburn Annual Report 2024/2025 (copy circulated), which set out the work undertaken "
     "by the organisation during the year to gather the views of local people on health and "
     "social care services and to influence the way in which those services were planned and "
     "delivered.")
copy_line()
para("Mrs Lumsden highlighted that Healthwatch had heard from 3,412 people during the year, "
     "had carried out 11 Enter and View visits to care homes and hospital wards, and had "
     "published reports on access to GP appointments, the experiences of unpaid carers and "
     "hospital discharge. The most common issues raised by the public had been difficulty "
     "getting through to GP practices by telephone, a lack of NHS dentists and long waits for "
     "autism and ADHD assessments for children and young people.")
para("Councillor McCabe asked how Healthwatch made sure that it heard from people who did not "
     "use the internet or attend public meetings. Mrs Lumsden advised that the organisation’s "
     "outreach worker and a team of 23 volunteers regularly attended foodbanks, community "
     "centres, carers’ groups and the city’s two hospital sites, and that paper surveys and a "
     "freephone number were always available.")
para("Councillor Bewick referred to the Enter and View visit to Fernlea Court care home in "
     "Castledene and sought clarification as to whether the recommendations made in the "
     "report had been acted upon. Mrs Lumsden confirmed that the provider had produced an "
     "action plan and that a follow-up visit in September had found that most of the "
     "recommendations had been implemented, although concerns about staffing levels at night "
     "remained and had been shared with the Council’s commissioning team and the Care Quality "
     "Commission.")
para("Councillor Armstrong requested that future annual reports include a breakdown of the "
     "feedback received by ward, so that Members could better understand the issues affecting "
     "their own communities. Mrs Lumsden undertook to look at how this could be presented in "
     "next year’s report.")
para("Consideration having been given to the report, it was:-")
res("4.", "**RESOLVED** that the Healthwatch Hetherburn Annual Report 2024/2025 be received "
          "and noted.")

head("Hetherburn Safeguarding Adults Board Annual Report 2024/2025")
para("The Independent Chair of the Hetherburn Safeguarding Adults Board submitted a report "
     "(copy circulated) which presented the Board’s Annual Report for 2024/2025 and outlined "
     "the Board’s strategic priorities for the coming year.")
copy_line()
para("Ms Trotter presented the report and informed the Committee that 2,184 safeguarding "
     "concerns had been received during the year, an increase of 9% on 2023/2024, of which "
     "612 had progressed to a formal enquiry under Section 42 of the Care Act 2014. Neglect "
     "and acts of omission remained the most common type of abuse, followed by financial "
     "abuse, and the most common location was the person’s own home. The Board had "
     "commissioned two Safeguarding Adults Reviews during the year and its priorities for "
     "2025/2026 were self-neglect, the transition of young people into adult services, and "
     "making safeguarding personal.")
para("Councillor Shotton asked what lay behind the increase in safeguarding concerns and "
     "whether it reflected more abuse taking place or better reporting. Ms Trotter advised "
     "that the Board believed that the increase largely reflected greater awareness among "
     "partners following a programme of training delivered to care homes, home care agencies "
     "and housing providers, but that the Board was not complacent and was analysing the data "
     "by type and location.")
para("Councillor Fairless expressed concern at the rise in financial abuse, in particular "
     "scams targeting older people living alone, and asked what support was available. Ms "
     "Trotter explained that the Board had worked with the police and the Council’s Trading "
     "Standards service on a scams awareness campaign, and that residents who had been "
     "targeted could be referred to the Safe at Home service, which could fit call blockers "
     "free of charge.")
para("Councillor Gallon asked when the findings of the two Safeguarding Adults Reviews would "
     "be made public. Ms Trotter advised that the first review was expected to be published "
     "in January 2026, but that publication of the second had been delayed until the "
     "conclusion of related criminal proceedings.")
res("5.", "**RESOLVED** that the Annual Report of the Hetherburn Safeguarding Adults Board for "
          "2024/2025 be received and noted.")

head("Work Programme 2025/2026")
para("The Scrutiny and Members’ Support Co-ordinator submitted a report (copy circulated) for "
     "the Committee to receive an update on the work programme for the Committee’s work being "
     "undertaken during the 2025/2026 council year.")
copy_line()
para("Mr Pattinson advised that, at the request of the Integrated Care Board, the update on "
     "the Community Mental Health Transformation Programme had been moved from the December "
     "meeting to January 2026, and that a visit to the new Same Day Emergency Care unit at "
     "Hetherburn Royal Hospital was being arranged for Members of the Committee.")
para("Councillor Hindmarch asked whether the Committee could look at waiting times for autism "
     "and ADHD assessments for children and young people, which had been highlighted in the "
     "Healthwatch report and was a recurring theme in her casework. Mr Pattinson advised that "
     "this could be scheduled for the March meeting, subject to the availability of "
     "representatives from Coastal Valleys NHS Foundation Trust, which provided the service.")
para("Members agreed that waiting times for children’s autism and ADHD assessments be included "
     "in the work programme for the meeting to be held in March 2026.")
res("6.", "**RESOLVED** that the information contained in the work programme be received and "
          "noted.")

head("Notice of Key Decisions")
para("The Scrutiny and Members’ Support Co-ordinator submitted a report (copy circulated) "
     "providing Members with an opportunity to consider the items on the Executive’s Notice of "
     "Key Decisions for the 28 day period from 21st October, 2025.")
copy_line()
para("Councillor Bewick referred to the key decision regarding the award of a contract for "
     "the provision of integrated sexual health services and asked whether the Committee "
     "would have the opportunity to comment on the proposals before the decision was taken. "
     "Mr Pattinson advised that the decision was scheduled to be considered by Cabinet in "
     "December and that he would arrange for a briefing note to be circulated to Members of "
     "the Committee in advance.")
para("Councillor Oliver noted that the proposed changes to charging for non-residential adult "
     "social care services were also listed, and asked that the Committee be kept informed of "
     "the outcome of the consultation.")
res("7.", "**RESOLVED** that the Notice of Key Decisions be received and noted.")

para("The Chair then closed the meeting having thanked Members and Officers for their "
     "attendance and contributions to the meeting.")
M.append(("sign", "(Signed) J. HESLOP,\nChair."))

# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------
ITEMS = [
    "Apologies for Absence",
    "Minutes of the last meeting of the Committee held on 7th October, 2025",
    "Declarations of Interest (including Whipping Declarations)",
    "Winter Preparedness 2025/2026",
    "Access to NHS Dental Services in Hetherburn",
    "Healthwatch Hetherburn Annual Report 2024/2025",
    "Hetherburn Safeguarding Adults Board Annual Report 2024/2025",
    "Work Programme 2025/2026",
    "Notice of Key Decisions",
]


def q(kind, text, asked_by, answer, given_by, themes):
    return {"item": "", "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


QUESTIONS = [
    # Winter Preparedness 2025/2026
    q("question", "asked where they would be located and whether families would be able to "
                  "visit easily", "Councillor Armstrong",
      "the beds would be spread across four homes, three in the Hetherburn area",
      "Mr Ridley", ["adult-social-care"]),
    q("question", "queried why the beds were being purchased from private care homes rather "
                  "than", "Councillor Armstrong",
      "the option of bringing the unit back in-house would be considered", "Mr Lister",
      ["privatisation", "subcontracting", "adult-social-care"]),
    q("concern", "constituents continued to report waits of more than eight hours in the "
                 "Emergency", "Councillor Bewick",
      "the Trust’s aim was to eliminate corridor care by the end of the", "Dr Keough", []),
    q("question", "asked what the staffing position was going into the winter and how much",
      "Councillor Gallon",
      "registered nurse vacancies at the Trust had fallen to 4.2%, the lowest level",
      "Dr Keough", ["workforce"]),
    q("question", "whether the funding for the step-down beds was recurrent",
      "Councillor Gallon", "it was non-recurrent funding for 2025/2026 only", "Mr Ridley",
      ["finance"]),
    q("question", "asked whether there was sufficient home care capacity in the city to support",
      "Councillor Tweddle",
      "the Council had increased the hourly rate paid to home care providers",
      "Councillor Rutherford", ["adult-social-care"]),
    q("question", "asked how residents were being made aware of the alternatives to the "
                  "Emergency", "Councillor McCabe",
      "the ICB would be running a ‘Choose Well’ campaign from the middle of November",
      "Mr Ridley", ["primary-care"]),
    q("comment", "the Committee had received similar assurances in previous years",
      "The Chair", None, None, []),
    # Access to NHS Dental Services in Hetherburn
    q("question", "asked what the ICB was doing to prevent practices from moving NHS patients",
      "Councillor Dodds",
      "the ICB monitored delivery closely and had recovered £1.2 million from "
      "under-performing contracts", "Ms Wardle", ["privatisation", "primary-care"]),
    q("question", "asked whether the changes to the national dental contract announced by the "
                  "Government", "Councillor Fairless",
      "the detail of the reformed contract was still awaited", "Ms Wardle", ["primary-care"]),
    q("question", "queried whether the ICB had considered employing salaried dentists directly",
      "Councillor Hindmarch", "the ICB did not have the powers to employ dentists itself",
      "Ms Wardle", ["primary-care"]),
    q("question", "asked how many schools in the most deprived wards of the city were",
      "Councillor Tweddle", "did not have the figure to hand but agreed to circulate it",
      "Ms Brack", ["public-health", "children-and-families"]),
    q("comment", "the number of young children who had needed teeth removed under general "
                 "anaesthetic", "Councillor Oliver", None, None,
      ["public-health", "children-and-families"]),
    # Healthwatch Hetherburn Annual Report 2024/2025
    q("question", "asked how Healthwatch made sure that it heard from people who did not",
      "Councillor McCabe",
      "a team of 23 volunteers regularly attended foodbanks, community centres, carers’ groups",
      "Mrs Lumsden", ["patient-and-public-input"]),
    q("question", "sought clarification as to whether the recommendations made in the report "
                  "had been", "Councillor Bewick",
      "a follow-up visit in September had found that most of the recommendations",
      "Mrs Lumsden", ["adult-social-care", "patient-and-public-input"]),
    q("request", "requested that future annual reports include a breakdown of the feedback "
                 "received by", "Councillor Armstrong",
      "undertook to look at how this could be presented in next year’s", "Mrs Lumsden",
      ["patient-and-public-input"]),
    # Hetherburn Safeguarding Adults Board Annual Report 2024/2025
    q("question", "asked what lay behind the increase in safeguarding concerns and whether it "
                  "reflected", "Councillor Shotton",
      "the increase largely reflected greater awareness among partners following a programme "
      "of training", "Ms Trotter", ["adult-social-care"]),
    q("concern", "expressed concern at the rise in financial abuse, in particular scams "
                 "targeting older", "Councillor Fairless",
      "the Board had worked with the police and the Council’s Trading Standards service",
      "Ms Trotter", ["adult-social-care"]),
    q("question", "asked when the findings of the two Safeguarding Adults Reviews would be made",
      "Councillor Gallon", "the first review was expected to be published in January 2026",
      "Ms Trotter", ["adult-social-care"]),
    # Work Programme 2025/2026
    q("request", "asked whether the Committee could look at waiting times for autism and ADHD",
      "Councillor Hindmarch",
      "this could be scheduled for the March meeting, subject to the availability",
      "Mr Pattinson", ["children-and-families"]),
    # Notice of Key Decisions
    q("question", "asked whether the Committee would have the opportunity to comment on the "
                  "proposals", "Councillor Bewick",
      "he would arrange for a briefing note to be circulated to Members", "Mr Pattinson",
      ["subcontracting", "public-health"]),
    q("request", "asked that the Committee be kept informed of the outcome of the consultation",
      "Councillor Oliver", None, None,
      ["adult-social-care", "finance", "patient-and-public-input"]),
]


def r(text, outcome, themes):
    return {"item": "", "text": text, "outcome": outcome, "themes": themes}


RESOLUTIONS = [
    r("be confirmed and signed as a correct record", "agreed", []),
    r("an evaluation of the impact of the winter plan be submitted to", "agreed", []),
    r("seeking a timetable for the re-procurement of dental activity in the Southmoor area",
      "agreed", ["subcontracting", "primary-care"]),
    r("the Healthwatch Hetherburn Annual Report 2024/2025 be received and noted", "noted",
      ["patient-and-public-input"]),
    r("Annual Report of the Hetherburn Safeguarding Adults Board for 2024/2025 be received",
      "noted", ["adult-social-care"]),
    r("waiting times for children’s autism and ADHD assessments be included in the work",
      "agreed", ["children-and-families"]),
    r("the information contained in the work programme be received and noted", "noted", []),
    r("the Notice of Key Decisions be received and noted", "noted", []),
]

ATTENDEES = (
    [{"name": "Councillor Heslop", "role": "Chair", "attendance": "present"}]
    + [{"name": "Councillor " + n, "role": None, "attendance": "present"}
       for n in ["Armstrong", "Bewick", "Dodds", "Fairless", "Gallon", "Hindmarch", "McCabe",
                 "Oliver", "Shotton", "Tweddle"]]
    + [{"name": "Councillor " + n, "role": None, "attendance": "apologies"}
       for n in ["Craggs", "Laverick"]]
    + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in ATTENDING]
)

MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2025-11-04",
    "items": [{"number": "", "title": t} for t in ITEMS],
    "questions": QUESTIONS,
    "resolutions": RESOLUTIONS,
    "attendees": ATTENDEES,
}
OTHER_GOLD = {"document": OTHER_FILE, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------
def build_minutes_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health and Wellbeing Scrutiny Committee - Minutes - 4 November 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 5.3
    nl = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def room(h=lh):
        # a hanging block (number or bullet in its own cell) must start on the page it ends on
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
    for b in M:
        kind = b[0]
        if kind == "open":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(0, lh, b[1], align="J", **nl)
            pdf.ln(4)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10.5)
            pdf.multi_cell(0, lh, b[1], **nl)
            pdf.ln(3)
        elif kind == "centre":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(0, lh, b[1], align="C", **nl)
            pdf.ln(3)
        elif kind == "attend":
            pdf.set_font("Sans", "", 10)
            pdf.cell(60, lh, b[1])
            pdf.multi_cell(0, lh, "– " + b[2], **nl)
            pdf.ln(0.8)
        elif kind == "head":
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10.5)
            pdf.multi_cell(0, lh, b[1], **nl)
            pdf.ln(2.5)
        elif kind == "para":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(0, lh, b[1], align="J", **nl)
            pdf.ln(3)
        elif kind == "bullet":
            pdf.set_font("Sans", "", 10.5)
            room()
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(6, lh, "•")
            pdf.set_xy(pdf.l_margin + 13, y)
            pdf.multi_cell(pdf.epw - 13, lh, b[1], align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "res":
            pdf.set_font("Sans", "", 10.5)
            room()
            y = pdf.get_y()
            pdf.cell(12, lh, b[1])
            pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(pdf.epw - 12, lh, b[2], align="J", markdown=True,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "clause":
            pdf.set_font("Sans", "", 10.5)
            room()
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 12)
            pdf.cell(11, lh, b[1])
            pdf.set_xy(pdf.l_margin + 23, y)
            pdf.multi_cell(pdf.epw - 23, lh, b[2], align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "sign":
            pdf.ln(6)
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin + 95)
            pdf.multi_cell(0, lh, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            raise ValueError(kind)
    pdf.output(str(path))
    return pdf.pages_count


# --------------------------------------------------------------------------------------
# The ICB briefing (not minutes), as a Word document
# --------------------------------------------------------------------------------------
def build_briefing_docx(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        fp = s.footer.paragraphs[0]
        fp.text = "North Coast and Pennine ICB – OFFICIAL"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("North Coast and Pennine\nIntegrated Care Board")
    run.bold = True
    d.add_heading("Briefing paper", level=1)
    d.add_paragraph("Hetherburn City Council – Health and Wellbeing Scrutiny Committee")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Date of meeting", "2 December 2025"),
        ("Subject", "Proposed temporary change to overnight opening at Castledene Urgent "
                    "Treatment Centre"),
        ("Prepared by", "Scott Ridley, Director of Place (Hetherburn), North Coast and Pennine "
                        "Integrated Care Board"),
        ("Purpose", "For information and comment"),
    ]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    d.add_paragraph()

    def h(text):
        d.add_heading(text, level=2)

    def p_(text):
        d.add_paragraph(text)

    h("1. Purpose of this briefing")
    p_("1.1 This paper briefs the Committee on a proposal to close Castledene Urgent Treatment "
       "Centre (UTC) between midnight and 8.00am for a temporary period of twelve months from "
       "1 February 2026. It seeks the Committee’s views on the proposal and on our plans to "
       "engage with patients and the public before any decision is made.")
    h("2. Background")
    p_("2.1 Castledene UTC is open 24 hours a day, 365 days a year. It is run by Hetherburn and "
       "Southmoor NHS Foundation Trust on behalf of the ICB and sees around 41,000 patients a "
       "year, most of them between 10.00am and 10.00pm.")
    p_("2.2 Between midnight and 8.00am the centre sees an average of six patients a night. "
       "Around a third of these patients are subsequently directed to the Emergency Department "
       "at Hetherburn Royal Hospital, which is 4.5 miles away.")
    p_("2.3 The overnight rota requires an emergency nurse practitioner and a GP or advanced "
       "clinical practitioner. Over the last six months 38% of overnight GP shifts have been "
       "unfilled, and the Trust has had to move staff from the day service at short notice, "
       "which has lengthened waits for patients during the busiest hours.")
    h("3. What is being proposed?")
    p_("3.1 The ICB and the Trust propose that, for a temporary period, the UTC would open from "
       "8.00am until midnight, seven days a week. The staff who currently work overnight would "
       "be redeployed to the daytime and evening service, where waits are longest.")
    p_("3.2 Patients who need urgent care overnight would continue to be able to use NHS 111, "
       "which can book appointments with the out-of-hours GP service, and the Emergency "
       "Department at Hetherburn Royal Hospital. The ambulance service has been consulted and "
       "does not expect the change to affect its response times.")
    h("4. Questions people have asked us")
    p_("4.1 The following questions were raised at the Castledene Patient Reference Group and by "
       "local councillors in October 2025.")
    qa = d.add_table(rows=1, cols=2)
    qa.style = "Table Grid"
    qa.rows[0].cells[0].text = "Question"
    qa.rows[0].cells[1].text = "Our response"
    for c in qa.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for qq, aa in [
        ("What should I do if I need urgent care in the night?",
         "Call NHS 111 or go to NHS 111 online. If it is an emergency, call 999 or go to the "
         "Emergency Department at Hetherburn Royal Hospital."),
        ("Is this a cut to save money?",
         "No. The change is being proposed because we cannot safely staff the overnight "
         "service. Any savings will be reinvested in the daytime service at Castledene."),
        ("Will the UTC close permanently?",
         "No decision has been made about the longer-term future of the service. Any permanent "
         "change would be subject to full public consultation."),
        ("How will people without a car get to Hetherburn Royal Hospital at night?",
         "We are working with the local authority and transport operators to understand the "
         "impact and will publish the findings in our equality impact assessment."),
        ("Has the decision already been made?",
         "No. The ICB Board will not take a decision until it has considered the views of the "
         "Scrutiny Committee and the outcome of the engagement described below."),
    ]:
        cells = qa.add_row().cells
        cells[0].text = qq
        cells[1].text = aa
    d.add_paragraph()
    h("5. Engagement")
    p_("5.1 We will run a six-week engagement exercise from 8 December 2025, including an online "
       "survey, three drop-in sessions in Castledene and a session with Healthwatch Hetherburn. "
       "Paper copies of the survey will be available at the UTC and in local GP practices.")
    h("6. Substantial variation")
    p_("6.1 The ICB’s view is that, because the change is temporary and affects a small number "
       "of patients, it does not amount to a substantial development or variation in the "
       "provision of health services. We would welcome the Committee’s view on this.")
    h("7. Recommendations")
    p_("The Committee is asked to:")
    for x in [
        "a) note the contents of this briefing;",
        "b) consider whether the proposal constitutes a substantial variation in the provision "
        "of health services requiring formal consultation with the local authority; and",
        "c) comment on the proposed engagement plan.",
    ]:
        pp = d.add_paragraph(x)
        pp.paragraph_format.left_indent = Cm(1)

    cp = d.core_properties
    cp.author = "Scott Ridley"
    cp.last_modified_by = "Scott Ridley"
    cp.title = "Briefing - Castledene UTC overnight opening"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Text extraction and check
# --------------------------------------------------------------------------------------
def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gpath in sorted(GOLD.glob("iv-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            ok = False
            continue
        if gpath.stem != dpath.stem:
            print(f"gold name {gpath.name} does not match {dpath.name}")
            ok = False
        text = " " + norm(doc_text(dpath)) + " "
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq.get("answer"):
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n = text.count(" " + norm(ph) + " ")
            words = len(norm(ph).split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"{g['document']}: {kind} phrase found {n} times, {words} words: {ph!r}")
        for a in g.get("attendees", []):
            if norm(a["name"].replace("Councillor ", "")) not in text:
                ok = False
                print(f"{g['document']}: attendee not found: {a['name']}")
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pages = build_minutes_pdf(DOCS / MINUTES_FILE)
    build_briefing_docx(DOCS / OTHER_FILE)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_FILE} ({pages} pages), {OTHER_FILE} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
