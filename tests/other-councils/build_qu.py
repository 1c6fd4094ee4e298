#!/usr/bin/env python3
"""Build the "qu-" documents (round 232) and their gold annotations.

Usage:  build_qu.py           build documents/qu-* and gold/qu-*.json
        build_qu.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qu-threxby-health-scrutiny-commission-2025-03-11.pdf"
REPORT_NAME = "qu-threxby-healthwatch-enter-and-view-larkspur-fields-care-home.docx"

FIXED = dt.datetime(2025, 3, 19, 14, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

COMMITTEE = "Health Scrutiny Commission"
RUNNING_HEAD = "Health Scrutiny Commission \u2013 11th March 2025"
FIRST_PAGE_NUMBER = 9  # the minutes are printed in the next agenda pack

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("item", letter, title)          lettered item heading
#   ("para", number, text)           numbered paragraph within an item
#   ("sub", label, text)             lettered sub-paragraph under a paragraph
#   ("box", [lines])                 shaded decision box; a line starting "**" is bold
#   ("gap",)                         a little vertical space

MEMBERS = [
    ("Councillor Dawn Pilbeam (Chair)", "Councillor Raj Mistry (Vice-Chair)"),
    ("Councillor Keith Aldgate", "Councillor Sharon Bewick"),
    ("Councillor Tom Ellingworth", "Councillor Margaret Fossey"),
    ("Councillor Imran Hafeez", "Councillor Lesley Oakden"),
]
SUBSTITUTE = "Councillor Philip Tranter (substitute for Councillor Yvonne Skeet)"
CO_OPTED = ("Gail Summerfield", "Healthwatch Threxby")
ALSO = [("Councillor Neil Garthwaite", "Executive Member for Adults, Health and Wellbeing")]
OFFICERS = [
    ("Stuart Lingard", "Executive Director of Adults, Communities and Wellbeing"),
    ("Dr Fiona Cattermole", "Director of Public Health"),
    ("Hannah Bickerstaff", "Assistant Director, Commissioning and Performance"),
    ("Dr Rosalind Hebden", "Consultant in Public Health"),
    ("Colin Merriweather", "Trading Standards Manager"),
    ("Elspeth Waring", "Senior Democratic Services Officer"),
    ("Joel Anstey", "Democratic Services Officer"),
]
GUESTS = [
    ("Priya Venkatesan", "Head of Primary Care Commissioning (Dental), Threxby and Ashwold "
                         "Integrated Care Board"),
    ("Gareth Lyle", "Managing Director, Harrowmead Care Ltd"),
]

BODY = [
    ("item", "A", "Apologies for non-attendance"),
    ("para", "1", "Apologies for non-attendance were received from Councillor Yvonne Skeet and "
                  "Councillor Bernard Quilliam. Councillor Philip Tranter attended as "
                  "substitute for Councillor Skeet."),

    ("item", "B", "Members\u2019 Declarations of Interests"),
    ("para", "1", "The Chair invited those who wished to do so to declare interests in respect "
                  "of items on the agenda."),
    ("para", "2", "Councillor Margaret Fossey declared a non-registerable interest in item G "
                  "as a close relative received home care from an agency on the council\u2019s "
                  "framework. Councillor Fossey remained in the meeting and took part in the "
                  "discussion of that item."),
    ("para", "3", "Councillor Imran Hafeez declared a non-registerable interest in item H as a "
                  "family member was employed as a dental nurse at a practice in Threxby."),
    ("para", "4", "No further declarations were made."),

    ("item", "C", "Notification of requests to address the meeting"),
    ("para", "1", "The Chair reported that two requests to address the meeting had been "
                  "received: from Mrs Janet Orpwood in respect of item F and from Mr Derek "
                  "Honeybourne in respect of item H. Each speaker would be invited to address "
                  "the Commission for up to three minutes at the relevant item."),

    ("item", "D", "Minutes of the meeting held on 14th January 2025"),
    ("para", "1", "The minutes of the meeting held on 14th January 2025 were considered."),
    ("para", "2", "Further to minute F.6 of that meeting, the Senior Democratic Services Officer "
                  "confirmed that the written response from the Integrated Care Board on "
                  "delayed discharges over the Christmas period had been circulated to "
                  "members by email on 3rd February 2025."),
    ("box", ["**RESOLVED that:",
             "The minutes of the meeting of the Health Scrutiny Commission held on 14th "
             "January 2025 be approved as a correct record and signed by the Chair."]),

    ("item", "E", "Chair\u2019s Announcements"),
    ("para", "1", "The Chair reminded those present that the meeting was being recorded and "
                  "streamed live on the council\u2019s YouTube channel, and that the recording "
                  "would remain available for six months."),
    ("para", "2", "The Chair drew members\u2019 attention to the Enter and View report on "
                  "Larkspur Fields Care Home, Irthwick, published by Healthwatch Threxby in "
                  "February, which had been circulated with the agenda for information "
                  "together with the provider\u2019s response. Members were asked to send any "
                  "comments on the report to the Senior Democratic Services Officer."),
    ("para", "3", "The Chair welcomed Dr Rosalind Hebden, who had joined the council as "
                  "Consultant in Public Health in January, to her first meeting of the "
                  "Commission."),

    # ----------------------------------------------------------------- F
    ("item", "F", "Re-procurement of the Integrated Sexual Health Service"),
    ("para", "1", "The Commission considered a report of the Director of Public Health (copies "
                  "of which had been previously circulated) setting out the proposed approach "
                  "to the re-procurement of the Integrated Sexual Health Service. The service "
                  "was currently delivered by Vellacare Community Health Ltd under a contract "
                  "which had already been extended once and would expire on 31st March 2026. "
                  "The views of the Commission were sought ahead of a decision by the "
                  "Executive on 17th April 2025."),
    ("para", "2", "The Director of Public Health introduced the report and highlighted the "
                  "following:"),
    ("sub", "(a)", "the service had recorded 41,300 contacts in 2023/24, of which 46% had been "
                   "test kits ordered online through the service\u2019s website;"),
    ("sub", "(b)", "the annual contract value was \u00a33.42m, funded from the ring-fenced "
                   "Public Health Grant, and the new contract would run for five years with "
                   "the option to extend for up to two further periods of two years;"),
    ("sub", "(c)", "the proposed model was a single lead provider, which would be permitted to "
                   "subcontract specialist elements of the service, such as outreach to sex "
                   "workers and HIV prevention work, to voluntary sector organisations;"),
    ("sub", "(d)", "chlamydia detection rates among 15 to 24 year olds remained below the "
                   "national benchmark, and diagnoses of gonorrhoea had risen by 18% since "
                   "2022; and"),
    ("sub", "(e)", "a market engagement event held in January 2025 had been attended by seven "
                   "organisations, four of which had indicated an interest in bidding."),
    ("para", "3", "The Chair invited Mrs Janet Orpwood, a resident of Pellingborough, to "
                  "address the Commission. Mrs Orpwood explained that the clinic at "
                  "Pellingborough Health Centre had been cut to a single afternoon a week in "
                  "2023 and that young women in the town without a car found it very "
                  "difficult to reach the hub clinic in Threxby, which was two bus journeys "
                  "away. She asked whether the new specification would require the provider "
                  "to run a walk-in clinic in Pellingborough."),
    ("para", "4", "In response, the Executive Member for Adults, Health and Wellbeing thanked "
                  "Mrs Orpwood and advised that the draft specification required "
                  "face-to-face clinics in each of the four main towns, and that the number "
                  "and timing of sessions would be informed by the results of the public "
                  "consultation and by activity data. He undertook to send Mrs Orpwood a "
                  "written response once the specification had been finalised."),
    ("para", "5", "The Chair thanked Mrs Orpwood for her address."),
    ("para", "6", "The Chair then invited questions and comments from members of the "
                  "Commission."),
    ("para", "7", "A member queried why the service was being re-procured rather than brought "
                  "back in-house, given that the council had commissioned it from external "
                  "providers for more than ten years. It was heard that the options appraisal "
                  "at Appendix A had considered in-house delivery, but that the council did "
                  "not hold the clinical registration, the clinical governance arrangements or "
                  "the specialist workforce needed to run the service safely, and that the "
                  "one-off cost of establishing them had been estimated at \u00a3640,000."),
    ("para", "8", "Councillor Keith Aldgate expressed concern that allowing the lead provider to "
                  "subcontract parts of the service would make it harder to hold anyone to "
                  "account when things went wrong, and referred to the difficulties "
                  "experienced in 2022 when a subcontractor had withdrawn at short notice from "
                  "the drug and alcohol service. The Director of Public Health responded that "
                  "any subcontract would need the council\u2019s prior written consent, that the "
                  "lead provider would remain contractually responsible for the whole "
                  "service, and that subcontractors would be subject to the same performance "
                  "reporting as the lead provider."),
    ("para", "9", "Councillor Sharon Bewick sought clarification on how young people had been "
                  "involved in shaping the proposed specification. It was heard that 612 "
                  "people had responded to an online survey in the autumn, 38% of whom were "
                  "under 25, that two focus groups had been held with students at Threxby "
                  "College, and that members of the Youth Council would be invited to sit on "
                  "the evaluation panel for the quality questions."),
    ("para", "10", "A member raised concerns about waiting times for the fitting of long-acting "
                   "reversible contraception (LARC), noting that constituents had been told to "
                   "wait up to eleven weeks. Officers advised that the average wait in quarter "
                   "three had been 6.2 weeks, that some fittings were carried out by GP "
                   "practices under a separate arrangement, and that the new specification "
                   "would set a maximum wait of four weeks as a key performance indicator."),
    ("para", "11", "Councillor Tom Ellingworth queried whether the proposed contract value took "
                   "account of the increase in employers\u2019 national insurance contributions "
                   "from April 2025, which would affect any provider. The Director of Public "
                   "Health acknowledged that this was a risk and explained that the financial "
                   "model included an annual uplift in line with the Public Health Grant, "
                   "although the grant allocation beyond 2025/26 had not yet been confirmed."),
    ("para", "12", "The Vice-Chair requested that the evaluation criteria give appropriate "
                   "weight to social value, including the employment of local people and "
                   "payment of the Real Living Wage. The Assistant Director, Commissioning and "
                   "Performance confirmed that social value would account for 10% of the "
                   "overall evaluation and that the Real Living Wage would be a condition of "
                   "the contract."),
    ("para", "13", "A member commented that online testing, while popular, should not be "
                   "regarded as a substitute for face-to-face appointments for vulnerable "
                   "residents, including people with learning disabilities and those whose "
                   "first language was not English."),
    ("box", ["**RECOMMENDED to the Executive that:",
             "(i)\tthe proposed model for the re-procurement of the Integrated Sexual Health "
             "Service, as set out in section 5 of the report, be supported;",
             "(ii)\tthe service specification require a walk-in or drop-in clinic in each of the "
             "four main towns, including Pellingborough; and",
             "(iii)\ta maximum waiting time for LARC fittings be included as a key performance "
             "indicator in the new contract."]),

    # ----------------------------------------------------------------- G
    ("item", "G", "Home Care Lead Provider Framework \u2013 Performance and Subcontracting"),
    ("para", "1", "The Commission considered a report of the Executive Director of Adults, "
                  "Communities and Wellbeing on the performance of the Home Care Lead Provider "
                  "Framework in its second year of operation, with particular reference to the "
                  "use of subcontracted agencies by the three zone lead providers. The report "
                  "had been requested by the Commission at its meeting on 17th September 2024."),
    ("para", "2", "The Assistant Director, Commissioning and Performance presented the report. "
                  "It was heard that:"),
    ("sub", "(a)", "2,140 people were receiving home care arranged by the council at the end of "
                   "January 2025, amounting to around 31,600 hours each week;"),
    ("sub", "(b)", "71% of hours were delivered directly by the three lead providers and 29% by "
                   "seventeen subcontracted agencies;"),
    ("sub", "(c)", "unmet need had fallen from 4,300 hours a week in January 2024 to 610 hours a "
                   "week in January 2025;"),
    ("sub", "(d)", "the council paid lead providers an average of \u00a323.84 an hour in "
                   "2024/25, rising to \u00a325.10 an hour from April 2025; and"),
    ("sub", "(e)", "two subcontracted agencies had been suspended from taking new packages "
                   "during the year following safeguarding concerns, one of which had since "
                   "been rated Requires Improvement by the Care Quality Commission."),
    ("para", "3", "Mr Gareth Lyle, Managing Director of Harrowmead Care Ltd, the lead provider "
                  "for the northern zone, attended for this item and described how his "
                  "company allocated packages of care to its subcontractors and monitored "
                  "their performance."),
    ("para", "4", "During the discussion the following points were raised:"),
    ("sub", "(a)", "Councillor Margaret Fossey sought clarification on how much of the hourly "
                   "rate paid to a lead provider was passed on to the agency delivering the "
                   "care. The Assistant Director advised that the framework capped the "
                   "management fee retained by a lead provider at 8% of the hourly rate, and "
                   "that lead providers were required to pass on the remainder in full."),
    ("sub", "(b)", "Councillor Lesley Oakden expressed concern at the number of care workers "
                   "employed by subcontracted agencies on zero-hours contracts, and asked "
                   "whether their travel time between calls was paid. It was heard that all "
                   "three lead providers paid for travel time but that the council did not "
                   "currently collect this information from subcontractors. The Executive "
                   "Director of Adults, Communities and Wellbeing undertook to request it."),
    ("sub", "(c)", "A member asked how the council assured itself about the quality of care "
                   "provided by agencies with which it held no contract of its own. Officers "
                   "explained that the quality assurance team visited every agency on the "
                   "framework, including subcontractors, at least once a year, and that visits "
                   "were unannounced where concerns had been raised."),
    ("sub", "(d)", "Councillor Imran Hafeez queried whether people were told when their care was "
                   "to be delivered by a different company from the one named in their care "
                   "plan. Mr Lyle confirmed that people were informed by letter and by "
                   "telephone, but acknowledged that feedback from people using the service "
                   "showed this was not always understood, particularly by people living with "
                   "dementia."),
    ("sub", "(e)", "The Chair asked what had happened to people whose care had been provided by "
                   "the two suspended agencies. It was heard that 46 people had been moved to "
                   "other providers within a fortnight without any break in their care, and "
                   "that each family had been contacted by a social worker."),
    ("sub", "(f)", "Councillor Philip Tranter requested that future reports include the views of "
                   "people who use home care and of their carers, gathered independently of "
                   "the providers."),
    ("box", ["**RESOLVED that the Health Scrutiny Commission:",
             "(i)\tnoted the performance of the Home Care Lead Provider Framework in 2024/25; "
             "and",
             "(ii)\trequested a further report in September 2025 to include the terms and "
             "conditions of care workers employed by subcontracted agencies and the views "
             "of people receiving care."]),

    # ----------------------------------------------------------------- H
    ("item", "H", "Access to NHS Dental Services"),
    ("para", "1", "The Commission received a presentation from Priya Venkatesan, Head of "
                  "Primary Care Commissioning (Dental), Threxby and Ashwold Integrated Care "
                  "Board (ICB), on access to NHS dental services in Threxby. The presentation "
                  "had been published as a supplement to the agenda."),
    ("para", "2", "It was heard that:"),
    ("sub", "(a)", "there were 29 dental practices holding NHS contracts in Threxby, three fewer "
                   "than in April 2023, following the handing back of contracts by practices "
                   "in Brixford, Irthwick and Threxby town centre;"),
    ("sub", "(b)", "41% of adults had seen an NHS dentist in the previous 24 months, compared "
                   "with 40% across England, and 54% of children had been seen in the previous "
                   "12 months;"),
    ("sub", "(c)", "the ICB had commissioned 7,600 additional urgent appointments in 2024/25 "
                   "through two Dental Access Hubs in Threxby and Pellingborough; and"),
    ("sub", "(d)", "following a procurement exercise, a contract for a new six-chair NHS "
                   "practice in Brixford had been awarded in January 2025."),
    ("para", "3", "The Chair invited Mr Derek Honeybourne, a resident of Brixford, to address "
                  "the Commission. Mr Honeybourne explained that since his practice had handed "
                  "back its NHS contract he had been unable to find an NHS dentist within "
                  "fifteen miles of his home and had paid \u00a3780 for private treatment for a "
                  "broken crown. He asked when the new practice in Brixford would begin "
                  "accepting NHS patients, and whether existing residents of the town would be "
                  "given priority."),
    ("para", "4", "The Head of Primary Care Commissioning (Dental) responded that the provider "
                  "expected to open in July 2025 and that, whilst practices could not restrict "
                  "access by postcode, the ICB would work with the provider on local publicity "
                  "so that residents of Brixford heard about the practice first."),
    ("para", "5", "The Chair thanked Mr Honeybourne for his address."),
    ("para", "6", "Councillor Tom Ellingworth asked how many children in the borough had needed "
                  "teeth removed under general anaesthetic in the last year. It was heard that "
                  "214 children from Threxby had had extractions under general anaesthetic at "
                  "Ashwold General Hospital in 2023/24, most of them because of tooth decay, "
                  "and that the average wait for the procedure was 31 weeks."),
    ("para", "7", "A member expressed concern that the Dental Access Hubs offered urgent "
                  "treatment only, so that patients were left to return to a hub each time "
                  "the problem recurred. The Head of Primary Care Commissioning (Dental) "
                  "acknowledged that the hubs were not a substitute for continuing care but "
                  "advised that, since October 2024, 1,100 hub patients had been offered a "
                  "full course of treatment at a participating practice."),
    ("para", "8", "Councillor Sharon Bewick asked whether any of the ICB\u2019s dental budget had "
                  "gone unspent in 2023/24. It was heard that \u00a31.9m had not been spent "
                  "because practices had not delivered all of their contracted activity, and "
                  "that the ICB had since ring-fenced its dental allocation so that any "
                  "underspend would be reinvested in access schemes in the following year."),
    ("para", "9", "The Vice-Chair asked whether the supervised toothbrushing programme could be "
                  "extended to reception classes in primary schools in the most deprived "
                  "wards. The Director of Public Health advised that the programme currently "
                  "ran in 44 early years settings, that an extension to reception classes in "
                  "20 schools was being costed, and that a decision would be made in the "
                  "summer."),
    ("para", "10", "A member commented that the national dental contract was not fit for purpose "
                   "and that the Commission should add its voice to those calling for reform."),
    ("para", "11", "Councillor Keith Aldgate moved that the Commission recommend to the "
                   "Executive that the council explore opening a council-run dental practice "
                   "in Brixford. The motion was seconded by Councillor Lesley Oakden. On being "
                   "put to the vote, with 3 votes for and 6 against, the motion was lost."),
    ("box", ["**RESOLVED that the Health Scrutiny Commission:",
             "(i)\tnoted the presentation on access to NHS dental services;",
             "(ii)\tasked the Chair to write to the Secretary of State for Health and Social "
             "Care on behalf of the Commission calling for urgent reform of the national "
             "dental contract; and",
             "(iii)\trequested a written update from the ICB on the opening of the Brixford "
             "practice by September 2025."]),

    # ----------------------------------------------------------------- I
    ("item", "I", "Youth Vaping \u2013 Trading Standards and Public Health Update"),
    ("para", "1", "The Commission considered a joint report of the Director of Public Health and "
                  "the Trading Standards Manager which updated members on youth vaping in "
                  "Threxby and on the enforcement of the law on underage and illegal sales."),
    ("para", "2", "It was heard that 19% of Year 10 pupils taking part in the 2024 Threxby "
                  "Schools Health Survey had reported vaping at least once a week; that "
                  "Trading Standards had seized 9,400 illegal vapes during 2024; that 14 of "
                  "52 test purchases had resulted in a sale to a person under 18; and that the "
                  "national ban on the sale of single-use vapes would take effect on 1st June "
                  "2025. The council\u2019s stop smoking service had supported 1,280 quit "
                  "attempts in 2024, with 61% of people quitting at four weeks."),
    ("para", "3", "In the discussion that followed:"),
    ("sub", "(a)", "Councillor Lesley Oakden asked what powers were available to stop shops that "
                   "repeatedly sold vapes to children. The Trading Standards Manager explained "
                   "that the council could apply to the magistrates\u2019 court for a restricted "
                   "premises order, which would ban a shop from selling tobacco and vapes for "
                   "up to a year, and that the first such application was due to be heard in "
                   "April."),
    ("sub", "(b)", "A member queried how the ban on single-use vapes would be enforced given the "
                   "size of the Trading Standards team. It was heard that the team had 3.6 "
                   "full-time equivalent officers working on tobacco and vapes, and that the "
                   "council had received a one-off grant of \u00a328,000 for enforcement of the "
                   "ban in 2025/26."),
    ("sub", "(c)", "The Vice-Chair expressed concern that the council\u2019s \u201cSwap to Stop\u201d "
                   "scheme gave free vape kits to adult smokers at the same time as the "
                   "council was trying to discourage young people from vaping, and asked how "
                   "the two messages were reconciled. The Director of Public Health responded "
                   "that vaping was substantially less harmful than smoking for adults who "
                   "smoked, but that nobody who did not smoke should vape, and that the scheme "
                   "was open only to people aged 18 and over."),
    ("sub", "(d)", "Councillor Margaret Fossey asked what support was available to schools "
                   "dealing with pupils who vaped during the school day. It was heard that a "
                   "vaping education resource had been offered to all secondary schools and "
                   "that 11 of the 14 schools had taken it up."),
    ("sub", "(e)", "Gail Summerfield commented that young people who had responded to a recent "
                   "Healthwatch Threxby survey had described vapes as easy to buy through "
                   "social media and delivery apps."),
    ("para", "4", "The Chair thanked officers for a comprehensive report and for the work of the "
                  "Trading Standards team."),
    ("box", ["**RESOLVED that:",
             "The Health Scrutiny Commission noted the report and the joint work of Trading "
             "Standards and Public Health to reduce youth vaping."]),

    # ----------------------------------------------------------------- J
    ("item", "J", "Health Scrutiny Commission Work Programme"),
    ("para", "1", "The Commission considered its work programme for the remainder of the "
                  "2024/25 municipal year and the draft programme for 2025/26. The Senior "
                  "Democratic Services Officer advised that the ICB\u2019s update on the "
                  "community diagnostic centre had been moved from April to June 2025 at the "
                  "ICB\u2019s request."),
    ("para", "2", "Councillor Sharon Bewick requested that an item on waiting times for adult "
                  "autism and ADHD assessments be added to the work programme, noting the "
                  "number of residents who had contacted her about delays. The Chair agreed "
                  "that this would be included in the 2025/26 programme and discussed at the "
                  "informal planning session in May."),
    ("para", "3", "A member asked whether members of the Commission could visit Larkspur Fields "
                  "Care Home in light of the Healthwatch report referred to under item E. The "
                  "Senior Democratic Services Officer undertook to approach the provider about "
                  "a visit and to report back to members by email."),
    ("box", ["**RESOLVED that:",
             "The Health Scrutiny Commission agreed the work programme, subject to the "
             "addition of an item on adult autism and ADHD assessment waiting times in "
             "2025/26."]),

    # ----------------------------------------------------------------- K
    ("item", "K", "Close of Meeting"),
    ("para", "1", "The Chair thanked members, officers, partners and members of the public for "
                  "their attendance and closed the meeting at 8.47pm."),
]

ACTIONS = [
    ("Item", "Action", "Lead officer", "By"),
    ("F", "Circulate the full options appraisal (Appendix A) to all Commission members",
     "Director of Public Health", "31 March 2025"),
    ("F", "Written reply to Mrs Orpwood once the service specification is final",
     "Exec. Member for Adults, Health and Wellbeing", "May 2025"),
    ("G", "Ask subcontracted agencies for data on zero-hours contracts and paid travel time",
     "Exec. Director of Adults, Communities and Wellbeing", "Sept 2025"),
    ("H", "Draft letter on dental contract reform to the Secretary of State for Cllr Pilbeam "
          "to sign", "Senior Democratic Services Officer", "April 2025"),
    ("H", "Provide waiting times for extractions under general anaesthetic, by age group",
     "Head of Primary Care Commissioning (Dental), ICB", "June 2025"),
    ("I", "Circulate the 2024 test purchase results by ward",
     "Trading Standards Manager", "May 2025"),
    ("J", "Contact Tennerby Care Group about a visit by the Commission",
     "Senior Democratic Services Officer", "April 2025"),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                self.set_font("DejaVu", "", 8)
                self.set_xy(150, 8)
                self.cell(40, 5, "Public Document Pack", align="R")
                self.set_y(20)
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 5, RUNNING_HEAD, align="R")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(150, 150, 150)
            self.line(20, 16, 190, 16)
            self.set_y(20)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, f"Page {self.page_no() + FIRST_PAGE_NUMBER - 1}", align="C")

    pdf = Minutes(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_author("Elspeth Waring")
    pdf.set_title("Minutes - Health Scrutiny Commission - 11 March 2025")
    pdf.add_page()

    # Title block
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "Threxby Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Minutes of a meeting of the Health Scrutiny Commission",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5.5, "At 6.00 pm on Tuesday 11th March, 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "in the Council Chamber, Tollgate House, Threxby",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def label(text: str) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    label("Present:-")
    pdf.set_font("DejaVu", "I", 10)
    pdf.cell(0, 5.5, "Members", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for left, right in MEMBERS:
        pdf.cell(85, 5.5, left)
        pdf.cell(85, 5.5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, SUBSTITUTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 10)
    pdf.cell(0, 5.5, "Co-opted Member (non-voting)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5.5, f"{CO_OPTED[0]} \u2013 {CO_OPTED[1]}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def people(rows) -> None:
        for name, role in rows:
            pdf.set_x(20)
            pdf.cell(50, 5.5, name)
            pdf.multi_cell(120, 5.5, role, align="L", new_x="LMARGIN", new_y="NEXT")

    label("Also in attendance:-")
    people(ALSO)
    pdf.ln(2)
    label("Officers")
    people(OFFICERS)
    pdf.ln(2)
    label("Partners and guests")
    people(GUESTS)
    pdf.ln(4)

    LH = 5.4
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, letter, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_x(20)
            pdf.cell(12, 6.5, letter)
            pdf.multi_cell(158, 6.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "", 10)
        elif kind == "para":
            _, num, text = block
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(32)
            pdf.cell(9, LH, num + ".")
            pdf.multi_cell(149, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            _, lab, text = block
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(41)
            pdf.cell(9, LH, lab)
            pdf.multi_cell(140, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "box":
            lines = block[1]
            pdf.ln(1)
            pdf.set_fill_color(221, 221, 221)
            pdf.set_x(32)
            pdf.cell(158, 2.5, "", fill=True, new_x="LMARGIN", new_y="NEXT")
            for line in lines:
                if line.startswith("**"):
                    pdf.set_font("DejaVu", "B", 10)
                    pdf.set_x(32)
                    pdf.multi_cell(158, LH, line[2:], fill=True, align="L",
                                   padding=(0, 3, 0, 3), new_x="LMARGIN", new_y="NEXT")
                    pdf.set_x(32)
                    pdf.cell(158, 1.5, "", fill=True, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("DejaVu", "", 10)
                    continue
                if "\t" in line:
                    lab, text = line.split("\t", 1)
                    y = pdf.get_y()
                    pdf.set_x(32)
                    pdf.cell(12, LH, "  " + lab, fill=True)
                    pdf.multi_cell(146, LH, text, fill=True, align="L",
                                   padding=(0, 3, 0, 0), new_x="LMARGIN", new_y="NEXT")
                    # fill the label column down to the end of the wrapped text
                    h = pdf.get_y() - y
                    if h > LH and pdf.get_y() > y:
                        pdf.rect(32, y + LH, 12, h - LH, style="F")
                else:
                    pdf.set_x(32)
                    pdf.multi_cell(158, LH, line, fill=True, align="L",
                                   padding=(0, 3, 0, 3), new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(32)
                pdf.cell(158, 1.5, "", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(32)
            pdf.cell(158, 1.5, "", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            raise ValueError(kind)

    # Signature lines
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 8, "Chair  ..................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 8, "Date  ...................................................",
             new_x="LMARGIN", new_y="NEXT")

    # Summary of actions
    pdf.ln(10)
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Summary of Actions", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(0, 0, 0)
    from fpdf.fonts import FontFace
    heads = FontFace(emphasis="BOLD", fill_color=(221, 221, 221))
    with pdf.table(col_widths=(12, 78, 52, 28), text_align="LEFT", line_height=5,
                   headings_style=heads, first_row_as_headings=True) as table:
        for row in ACTIONS:
            r = table.row()
            for cell in row:
                r.cell(cell)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The Healthwatch Enter and View report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    teal = RGBColor(0x00, 0x6D, 0x77)

    def heading(text: str, level: int = 1) -> None:
        h = doc.add_heading(text, level=level)
        for run in h.runs:
            run.font.color.rgb = teal

    def para(text: str, bold: bool = False, italic: bool = False) -> None:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic

    def bullets(items) -> None:
        for text in items:
            doc.add_paragraph(text, style="List Bullet")

    def shade(cell, hex_fill: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hex_fill)
        tc_pr.append(shd)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("healthwatch Threxby")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = teal

    p = doc.add_paragraph()
    r = p.add_run("Enter and View Report")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = teal
    p = doc.add_paragraph()
    r = p.add_run("Larkspur Fields Care Home, Irthwick")
    r.bold = True
    r.font.size = Pt(16)
    para("Published February 2025", italic=True)

    heading("Visit details")
    details = [
        ("Service visited", "Larkspur Fields Care Home, Orchard Rise, Irthwick, TX7 4LP"),
        ("Service provider", "Tennerby Care Group Ltd"),
        ("Type of service", "Residential and nursing care for up to 58 older people, "
                            "including people living with dementia"),
        ("Date and time of visit", "Tuesday 21 January 2025, 10.00am to 1.30pm"),
        ("Type of visit", "Announced"),
        ("Authorised Representatives", "Gail Summerfield (lead), Trevor Mabbott, "
                                       "Anjali Dorsey"),
        ("Contact", "Healthwatch Threxby, Unit 4, Cobbler\u2019s Yard, Threxby TX1 2RS"),
    ]
    t = doc.add_table(rows=len(details), cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, details):
        row.cells[0].text = a
        row.cells[1].text = b
        shade(row.cells[0], "D9EEF0")

    heading("Acknowledgements")
    para("Healthwatch Threxby would like to thank the registered manager, staff, residents "
         "and relatives at Larkspur Fields for the welcome they gave our Authorised "
         "Representatives and for taking the time to talk to us.")

    heading("Disclaimer")
    para("This report relates only to the visit described above. It is not a representative "
         "portrayal of the experiences of all residents, relatives and staff, only an account "
         "of what was observed and contributed at the time.")

    heading("What is Enter and View?")
    para("Part of the local Healthwatch programme is to carry out Enter and View visits. "
         "Local Healthwatch representatives carry out these visits to health and social care "
         "services to find out how they are being run and make recommendations where there "
         "are areas for improvement. The Health and Social Care Act 2012 allows local "
         "Healthwatch Authorised Representatives to observe service delivery and talk to "
         "service users, their families and carers on premises such as hospitals, "
         "residential homes, GP practices, dental surgeries, optometrists and pharmacies.")
    para("Enter and View is not an inspection. If safeguarding concerns arise during a visit "
         "they are reported in accordance with Healthwatch safeguarding policies and the "
         "local authority\u2019s procedures.")

    heading("Purpose of the visit")
    bullets([
        "To hear about residents\u2019 experiences of daily life in the home, including food, "
        "activities and contact with family.",
        "To observe how residents living with dementia are supported, particularly at "
        "mealtimes.",
        "To follow up comments received by Healthwatch Threxby during 2024 about call bells "
        "not being answered promptly at night.",
    ])

    heading("How we carried out the visit")
    para("The visit was announced two weeks in advance. Three Authorised Representatives "
         "spent three and a half hours in the home. We spoke with 14 residents, 6 relatives "
         "and 9 members of staff, including the registered manager, two nurses, care "
         "assistants, the activities coordinator and the chef. We used a short set of "
         "prompts to guide conversations and observed the lunchtime meal in both the "
         "ground floor and first floor dining rooms. Relatives who could not be there on "
         "the day were invited to complete a short feedback form; 5 forms were returned.")

    heading("Summary of findings")
    bullets([
        "The home was clean, warm and free of odours, and residents\u2019 rooms were "
        "personalised with photographs and their own furniture.",
        "Residents and relatives spoke warmly about the care staff, many of whom had worked "
        "at the home for several years.",
        "Lunch in the first floor dining room was rushed and some residents who needed help "
        "to eat waited more than 20 minutes for support.",
        "Activities were varied on weekdays but there was little to do at weekends.",
        "Several relatives told us that night-time staffing had improved since the autumn, "
        "but two residents said they still waited a long time for help at night.",
        "Signage on the first floor, where most residents living with dementia have their "
        "rooms, was limited.",
    ])

    heading("What we found")
    heading("Environment", 2)
    para("The entrance and lounges were bright and welcoming. A visitors\u2019 book, the most "
         "recent Care Quality Commission rating (Good) and a board showing the staff on duty "
         "were displayed in reception. The garden was accessible from the ground floor "
         "lounge, though the path was uneven in places. On the first floor, corridors were "
         "painted in a single colour and bedroom doors were not easy to tell apart. Staff "
         "told us a refurbishment of the first floor was planned for the summer.")
    heading("Care and support", 2)
    para("We observed staff speaking kindly and patiently to residents and knocking before "
         "entering rooms. One resident told us, \u201cThey treat me like one of their own "
         "family.\u201d Residents said they could get up and go to bed when they chose. "
         "Relatives valued the monthly care plan reviews but two said they were not always "
         "told promptly when their relative had had a fall.")
    heading("Food and drink", 2)
    para("Most residents were positive about the food and said they were offered a choice. "
         "The chef knew residents\u2019 likes and dietary needs well. In the first floor "
         "dining room, however, three staff were supporting eleven residents and two "
         "residents\u2019 meals had gone cold before help arrived. Picture menus were "
         "available but were not being used on the day of our visit.")
    heading("Activities", 2)
    para("The activities coordinator works Monday to Friday. During our visit a music "
         "session in the ground floor lounge was well attended and clearly enjoyed. "
         "Relatives told us that at weekends residents often sat in front of the television "
         "with little to do, and several residents said they would like more trips out.")
    heading("Staffing", 2)
    para("The registered manager told us the home had reduced its use of agency staff from "
         "around 30% of night shifts in the spring of 2024 to under 10%, following the "
         "recruitment of eight care assistants through an international recruitment "
         "scheme. Staff said they felt supported, although some felt stretched at mealtimes "
         "and at shift changes.")

    heading("What residents and relatives told us")
    for quote in (
        "\u201cI can\u2019t fault the girls, they are lovely, but at night you can wait a long "
        "time if you ring.\u201d \u2013 Resident",
        "\u201cMum has been here three years and we have never had to worry about her being "
        "clean and comfortable.\u201d \u2013 Relative",
        "\u201cWeekends are very quiet. It would be nice if there was something going on.\u201d "
        "\u2013 Relative",
    ):
        para(quote, italic=True)

    heading("Recommendations")
    recs = [
        "Review the deployment of staff at lunchtime on the first floor so that residents "
        "who need help to eat receive it while their meal is hot.",
        "Use picture menus and show plated choices to residents living with dementia.",
        "Introduce dementia-friendly signage and contrasting colours on the first floor as "
        "part of the planned refurbishment.",
        "Provide some activities at weekends, drawing on volunteers and local community "
        "groups.",
        "Audit night-time call bell response times and share the results with residents "
        "and relatives.",
        "Make sure relatives are told promptly when a resident has had a fall, in line with "
        "each resident\u2019s wishes.",
    ]
    for i, text in enumerate(recs, 1):
        doc.add_paragraph(f"{i}.\t{text}")

    heading("Service provider response")
    resp = doc.add_table(rows=4, cols=2)
    resp.style = "Table Grid"
    for row, (a, b) in zip(resp.rows, (
        ("Recommendation", "Response from Tennerby Care Group"),
        ("1 and 2", "A senior carer will now coordinate each mealtime on the first floor and "
                    "an additional care assistant has been rostered from 12 noon to 2pm. "
                    "Picture menus will be used at every meal from March."),
        ("3 and 4", "Dementia-friendly signage is included in the refurbishment starting in "
                    "June. We are recruiting a weekend activities assistant."),
        ("5 and 6", "Call bell response times are now audited monthly and will be shared at "
                    "residents\u2019 and relatives\u2019 meetings. The falls procedure has "
                    "been reissued to all staff."),
    )):
        row.cells[0].text = a
        row.cells[1].text = b
    for cell in resp.rows[0].cells:
        shade(cell, "D9EEF0")

    heading("You asked, we said")
    para("Relatives asked us a number of questions during the visit. Here are our answers.")
    for asked, said in (
        ("Will this report be made public?",
         "Yes. It is published on our website and shared with the provider, the Care "
         "Quality Commission, Threxby Council and the Integrated Care Board."),
        ("Can Healthwatch deal with a complaint about my mother\u2019s care?",
         "We cannot investigate individual complaints, but we can explain how to complain "
         "and put you in touch with the independent advocacy service."),
        ("Will you come back?",
         "We plan to return within twelve months to see what has changed."),
    ):
        p = doc.add_paragraph()
        p.add_run("You asked: ").bold = True
        p.add_run(asked)
        p = doc.add_paragraph()
        p.add_run("We said: ").bold = True
        p.add_run(said)

    heading("Questions the Health Scrutiny Commission may wish to consider")
    bullets([
        "How does the council monitor call bell response times in the care homes it "
        "commissions?",
        "What support is available to care homes to improve the mealtime experience for "
        "people living with dementia?",
        "Are weekend activities included in the council\u2019s quality framework for care "
        "homes?",
        "How are families told when a resident has had a fall, and is this checked at "
        "quality visits?",
    ])

    heading("Distribution")
    para("Tennerby Care Group Ltd; Care Quality Commission; Threxby Council Adults, "
         "Communities and Wellbeing (Quality Assurance Team); Threxby and Ashwold Integrated "
         "Care Board; Health Scrutiny Commission; Healthwatch England.")

    section = doc.sections[0]
    fp = section.footer.paragraphs[0]
    fp.text = "Healthwatch Threxby \u2013 Enter and View: Larkspur Fields Care Home"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = doc.core_properties
    cp.author = "Gail Summerfield"
    cp.last_modified_by = "Gail Summerfield"
    cp.title = "Enter and View Report - Larkspur Fields Care Home"
    cp.revision = 4
    naive = FIXED.replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


DPH = "Director of Public Health"
ADCP = "Assistant Director, Commissioning and Performance"
DENTAL = "Head of Primary Care Commissioning (Dental)"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Commission",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "A", "title": "Apologies for non-attendance"},
        {"number": "B", "title": "Members\u2019 Declarations of Interests"},
        {"number": "C", "title": "Notification of requests to address the meeting"},
        {"number": "D", "title": "Minutes of the meeting held on 14th January 2025"},
        {"number": "E", "title": "Chair\u2019s Announcements"},
        {"number": "F", "title": "Re-procurement of the Integrated Sexual Health Service"},
        {"number": "G", "title": "Home Care Lead Provider Framework \u2013 Performance and "
                                 "Subcontracting"},
        {"number": "H", "title": "Access to NHS Dental Services"},
        {"number": "I", "title": "Youth Vaping \u2013 Trading Standards and Public Health "
                                 "Update"},
        {"number": "J", "title": "Health Scrutiny Commission Work Programme"},
        {"number": "K", "title": "Close of Meeting"},
    ],
    "questions": [
        # F sexual health re-procurement
        q("F", "question",
          "asked whether the new specification would require the provider to run a walk-in clinic",
          "Mrs Janet Orpwood",
          "the draft specification required face-to-face clinics in each of the four main towns",
          "Executive Member for Adults, Health and Wellbeing", ["public-health"]),
        q("F", "question",
          "queried why the service was being re-procured rather than brought back in-house",
          None,
          "the council did not hold the clinical registration, the clinical governance arrangements",
          None, ["privatisation", "subcontracting", "public-health"]),
        q("F", "concern",
          "expressed concern that allowing the lead provider to subcontract parts of the service",
          "Councillor Keith Aldgate",
          "any subcontract would need the council's prior written consent",
          DPH, ["subcontracting", "governance", "public-health"]),
        q("F", "question",
          "sought clarification on how young people had been",
          "Councillor Sharon Bewick",
          "612 people had responded to an online survey in the autumn",
          None, ["patient-and-public-input", "children-and-families", "public-health"]),
        q("F", "concern",
          "raised concerns about waiting times for the fitting of long-acting reversible contraception",
          None,
          "the new specification would set a maximum wait of four weeks",
          None, ["public-health"]),
        q("F", "question",
          "queried whether the proposed contract value took account of the increase",
          "Councillor Tom Ellingworth",
          "the financial model included an annual uplift in line with the Public Health Grant",
          DPH, ["finance", "subcontracting", "workforce", "public-health"]),
        q("F", "request",
          "requested that the evaluation criteria give appropriate weight to social value",
          "Vice-Chair",
          "social value would account for 10% of the overall evaluation",
          ADCP, ["subcontracting", "workforce", "public-health"]),
        q("F", "comment",
          "online testing, while popular, should not be regarded as a substitute",
          None, None, None, ["public-health"]),
        # G home care framework
        q("G", "question",
          "sought clarification on how much of the hourly rate paid to a lead provider",
          "Councillor Margaret Fossey",
          "capped the management fee retained by a lead provider at 8%",
          "Assistant Director", ["subcontracting", "finance", "adult-social-care"]),
        q("G", "concern",
          "expressed concern at the number of care workers employed by subcontracted agencies",
          "Councillor Lesley Oakden",
          "the council did not currently collect this information from subcontractors",
          None, ["workforce", "subcontracting", "adult-social-care"]),
        q("G", "question",
          "asked how the council assured itself about the quality of care provided",
          None,
          "the quality assurance team visited every agency on the framework, including subcontractors",
          None, ["subcontracting", "adult-social-care"]),
        q("G", "question",
          "queried whether people were told when their care was to be delivered",
          "Councillor Imran Hafeez",
          "people were informed by letter and by telephone, but acknowledged that feedback",
          "Mr Lyle", ["subcontracting", "adult-social-care"]),
        q("G", "question",
          "asked what had happened to people whose care had been provided",
          "Chair",
          "46 people had been moved to other providers within a fortnight",
          None, ["adult-social-care"]),
        q("G", "request",
          "requested that future reports include the views of people who use home care",
          "Councillor Philip Tranter", None, None,
          ["patient-and-public-input", "adult-social-care"]),
        # H dentistry
        q("H", "question",
          "asked when the new practice in Brixford would begin accepting NHS patients",
          "Mr Derek Honeybourne",
          "the provider expected to open in July 2025",
          DENTAL, ["primary-care"]),
        q("H", "question",
          "asked how many children in the borough had needed teeth removed under general anaesthetic",
          "Councillor Tom Ellingworth",
          "214 children from Threxby had had extractions under general anaesthetic",
          None, ["primary-care", "children-and-families", "public-health"]),
        q("H", "concern",
          "expressed concern that the Dental Access Hubs offered urgent",
          None,
          "1,100 hub patients had been offered a full course of treatment",
          DENTAL, ["primary-care"]),
        q("H", "question",
          "asked whether any of the ICB's dental budget had gone unspent",
          "Councillor Sharon Bewick",
          "the ICB had since ring-fenced its dental allocation so that any underspend",
          None, ["primary-care", "finance"]),
        q("H", "question",
          "asked whether the supervised toothbrushing programme could be extended to reception classes",
          "Vice-Chair",
          "the programme currently ran in 44 early years settings",
          DPH, ["primary-care", "public-health", "children-and-families"]),
        q("H", "comment",
          "commented that the national dental contract was not fit for purpose",
          None, None, None, ["primary-care"]),
        # I youth vaping
        q("I", "question",
          "asked what powers were available to stop shops that repeatedly sold vapes to children",
          "Councillor Lesley Oakden",
          "the council could apply to the magistrates' court for a restricted premises order",
          "Trading Standards Manager", ["public-health", "children-and-families"]),
        q("I", "question",
          "queried how the ban on single-use vapes would be enforced",
          None,
          "the team had 3.6 full-time equivalent officers working on tobacco and vapes",
          None, ["public-health", "workforce"]),
        q("I", "concern",
          "expressed concern that the council's \u201cSwap to Stop\u201d scheme gave free vape kits",
          "Vice-Chair",
          "vaping was substantially less harmful than smoking for adults who smoked",
          DPH, ["public-health", "children-and-families"]),
        q("I", "question",
          "asked what support was available to schools dealing with pupils who vaped",
          "Councillor Margaret Fossey",
          "a vaping education resource had been offered to all secondary schools",
          None, ["public-health", "children-and-families"]),
        q("I", "comment",
          "young people who had responded to a recent Healthwatch Threxby survey",
          "Gail Summerfield", None, None,
          ["patient-and-public-input", "children-and-families", "public-health"]),
        # J work programme
        q("J", "request",
          "requested that an item on waiting times for adult autism and ADHD assessments",
          "Councillor Sharon Bewick",
          "The Chair agreed that this would be included in the 2025/26 programme",
          "Chair", []),
        q("J", "question",
          "asked whether members of the Commission could visit Larkspur Fields",
          None,
          "undertook to approach the provider about a visit and to report back",
          "Senior Democratic Services Officer",
          ["adult-social-care", "patient-and-public-input"]),
    ],
    "resolutions": [
        res("D", "held on 14th January 2025 be approved as a correct record", "agreed", []),
        res("F", "the proposed model for the re-procurement of the Integrated Sexual Health Service",
            "recommended", ["subcontracting", "public-health"]),
        res("G", "noted the performance of the Home Care Lead Provider Framework in 2024/25",
            "agreed", ["adult-social-care", "subcontracting", "workforce"]),
        res("H", "the council explore opening a council-run dental practice in Brixford",
            "rejected", ["primary-care", "privatisation"]),
        res("H", "noted the presentation on access to NHS dental services", "agreed",
            ["primary-care"]),
        res("I", "noted the report and the joint work of Trading Standards and Public Health",
            "noted", ["public-health", "children-and-families"]),
        res("J", "agreed the work programme, subject to the addition of an item on adult autism",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Dawn Pilbeam", "Chair", "present"),
        att("Councillor Raj Mistry", "Vice-Chair", "present"),
        att("Councillor Keith Aldgate", None, "present"),
        att("Councillor Sharon Bewick", None, "present"),
        att("Councillor Tom Ellingworth", None, "present"),
        att("Councillor Margaret Fossey", None, "present"),
        att("Councillor Imran Hafeez", None, "present"),
        att("Councillor Lesley Oakden", None, "present"),
        att("Councillor Philip Tranter", "substitute for Councillor Yvonne Skeet", "present"),
        att("Gail Summerfield", "Co-opted Member (non-voting), Healthwatch Threxby", "present"),
        att("Councillor Yvonne Skeet", None, "apologies"),
        att("Councillor Bernard Quilliam", None, "apologies"),
        att("Councillor Neil Garthwaite", "Executive Member for Adults, Health and Wellbeing",
            "in_attendance"),
        *[att(name, role, "in_attendance") for name, role in OFFICERS],
        *[att(name, role, "in_attendance") for name, role in GUESTS],
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    gold_paths = sorted(GOLD.glob("qu-*.json"))
    if len(gold_paths) != 2:
        print(f"FAIL expected 2 gold files, found {len(gold_paths)}")
        problems += 1
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
