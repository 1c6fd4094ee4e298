#!/usr/bin/env python3
"""Build the "hz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hz.py           build documents/hz-* and gold/hz-*.json
        build_hz.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "hz-lodgefield-living-in-lodgefield-2025-01-13.pdf"
OTHER_NAME = "hz-lodgefield-complaint-handling-code-self-assessment-2024-25.docx"

COMMITTEE = "Living in Lodgefield Scrutiny Commission"
MEETING_DAY = "Monday, 13 January 2025"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

FRONT_SHEET = [
    ("Chair", "Cllr Fiona Kettering"),
    ("Councillors in Attendance",
     "Cllr Amir Chaudhury (Vice-Chair), Cllr Bola Adeyemi, Cllr Patrick Doyle, "
     "Cllr Hannah Greenaway and Cllr Samira Iqbal"),
    ("Apologies", "Cllr Tomasz Nowicki and Cllr Ruth Ellery"),
    ("Officers In Attendance",
     "Dawn Okafor (Director of Housing Management and Landlord Services)\n"
     "Gareth Pemberton (Head of Repairs and Building Safety)\n"
     "Lucy Marchetti (Damp and Mould Service Manager)\n"
     "Kwame Asante (Head of Benefits and Housing Needs)\n"
     "Imogen Hart (Temporary Accommodation Manager)\n"
     "Simon Rudd (Head of Community Safety, Enforcement and Business Regulation)"),
    ("Other People in Attendance",
     "Cllr Marcus Bellamy (Cabinet Member for Housing Services and Resident Participation)\n"
     "Cllr Yvette Osei (Cabinet Member for Community Safety and Regulatory Services)\n"
     "Chief Superintendent Neil Farrant (Borough Commander, North East Basic Command Unit, "
     "Metropolitan Police Service)\n"
     "Dr Alan Pryce (Consultant in Public Health)\n"
     "Beverley Quaye (Chair, Fenwick Gardens Tenants and Residents Association)"),
    ("Members of the Public", "11"),
    ("YouTube link",
     "The meeting can be viewed on the Council's YouTube channel at "
     "https://youtube.com/live/lodgefield-lils-130125"),
    ("Officer Contact",
     "Joel Sandford, Overview and Scrutiny Officer\n"
     "Tel: 020 8356 4471, joel.sandford@lodgefield.gov.uk"),
]

# Body blocks: ("item", number, title) / ("para", number, text) / ("head", number, text)
# ("sub", label, text) / ("bullet", text) / ("action", text) / ("resolved", text)
# ("plain", text)
BODY = [
    ("plain", "Councillor Fiona Kettering in the Chair"),

    ("item", "1", "Apologies for Absence"),
    ("para", "1.1", "Apologies for absence were received from Cllr Nowicki and Cllr Ellery."),
    ("para", "1.2", "Apologies for lateness were received from Cllr Doyle, who joined the "
                    "meeting at 7.20 pm during item 4."),
    ("para", "1.3", "Cllr Iqbal attended the meeting virtually."),

    ("item", "2", "Urgent Items / Order of Business"),
    ("para", "2.1", "There were no urgent items and the order of business was as set out in "
                    "the agenda."),

    ("item", "3", "Declarations of Interest"),
    ("para", "3.1", "Cllr Adeyemi declared that she was a leaseholder of the Council on the "
                    "Nightingale Rise estate."),
    ("para", "3.2", "Cllr Greenaway declared that she was a volunteer adviser with Lodgefield "
                    "Law Centre, which gives advice to homeless households."),

    ("item", "4", "Damp and Mould in Council Homes – Update"),
    ("para", "4.1", "The Chair introduced the item, noting that the Commission had last "
                    "considered the Council's response to damp and mould in March 2024, "
                    "following the Housing Ombudsman's spotlight report. The Commission had "
                    "asked for an update on the backlog of cases, the new Damp and Mould Policy "
                    "and the Council's preparations for Awaab's Law, which the Government had "
                    "confirmed would apply to social landlords during 2025."),
    ("para", "4.2", "The Cabinet Member for Housing Services and Resident Participation "
                    "introduced the report. He stated that damp and mould remained the single "
                    "largest cause of disrepair complaints received by the Council as a "
                    "landlord, and that an additional £4.2 million had been allocated from the "
                    "Housing Revenue Account in 2024/25 to clear the backlog of works. He "
                    "recognised that some residents had waited far too long and that the "
                    "service had not always communicated well with them."),
    ("para", "4.3", "The Director of Housing Management and Landlord Services gave a "
                    "presentation. The key points were:"),
    ("bullet", "3,412 reports of damp and mould had been received in the calendar year 2024, "
               "compared with 2,960 in 2023;"),
    ("bullet", "88% of initial inspections had been carried out within 10 working days, "
               "against a target of 95%;"),
    ("bullet", "the backlog of open cases awaiting remedial works stood at 640 at the end of "
               "December, down from 1,150 in June;"),
    ("bullet", "a dedicated in-house damp and mould team of 24 operatives and 8 surveyors had "
               "been established, supported by two external contractors for larger works;"),
    ("bullet", "the stock condition survey had now covered 9,800 of the Council's 21,600 "
               "tenanted homes, and would be complete by March 2026; and"),
    ("bullet", "the Council's Tenant Satisfaction Measures showed that 61% of tenants were "
               "satisfied that their home was well maintained, below the London average."),
    ("para", "4.4", "Dr Alan Pryce, Consultant in Public Health, outlined the health impacts of "
                    "living with damp and mould, which fell hardest on young children, older "
                    "people and residents with asthma or other respiratory conditions. The "
                    "public health team had worked with the housing service and GP practices "
                    "in the north of the borough to pilot a referral route so that clinicians "
                    "could flag patients whose conditions were being made worse by their "
                    "housing; 73 referrals had been received since September 2024, and the "
                    "pilot would be evaluated in the spring."),
    ("para", "4.5", "Beverley Quaye, Chair of the Fenwick Gardens Tenants and Residents "
                    "Association (TRA), addressed the Commission at the invitation of the "
                    "Chair. She said that residents on the estate had seen some improvement "
                    "since the summer, but raised concerns that many households still "
                    "experienced repeat visits where mould was treated with a wash and a coat "
                    "of paint rather than the cause being fixed. In response, the Director "
                    "accepted that this had happened too often in the past and said that "
                    "every case was now closed only after a follow-up check six weeks after "
                    "the works."),
    ("head", "4.6", "Questions, Answers and Discussion"),
    ("sub", "(i)", "Cllr Chaudhury asked how many of the 640 open cases involved households "
                   "with children or a resident with a respiratory condition, and how those "
                   "cases were prioritised. The Damp and Mould Service Manager replied that 212 "
                   "of the open cases carried a vulnerability flag; these were given a priority "
                   "rating under which remedial works should be completed within 20 working "
                   "days. She acknowledged that this target was being met in around 70% of "
                   "cases."),
    ("sub", "(ii)", "Cllr Greenaway expressed concern that residents were still being told by "
                    "some operatives that damp and mould was caused by their lifestyle, such as "
                    "drying clothes indoors. She said this was upsetting for families in "
                    "overcrowded homes who had no alternative. The Director stated that this "
                    "language was unacceptable and was no longer used in the Council's letters "
                    "or guidance; all frontline staff and contractors' operatives had received "
                    "refreshed training since October 2024, and she asked Members to pass on "
                    "any examples so that they could be followed up."),
    ("sub", "(iii)", "Cllr Adeyemi asked whether leaseholders in blocks with communal damp "
                     "problems would be recharged for the works. The Head of Repairs and "
                     "Building Safety explained that works to the structure or the communal "
                     "parts of a block were recoverable through service charges under the "
                     "terms of the lease, but that works inside individual tenanted homes were "
                     "not. Leaseholders would be consulted under Section 20 wherever their "
                     "share of the costs exceeded the statutory threshold."),
    ("sub", "(iv)", "The Chair asked why the Council continued to use external contractors for "
                    "damp and mould works and whether there were plans to bring all of this "
                    "work in-house."),
    ("sub", "(v)", "In response, the Head of Repairs and Building Safety said that the two "
                   "contractors, Castlerow Property Services and Amberline Ltd, were used for "
                   "larger works such as roof and render repairs that the in-house team did "
                   "not have the capacity to deliver. Both contracts ended in March 2026 and a "
                   "report on the future delivery model, including the option of expanding "
                   "the in-house team, would go to Cabinet in the autumn. Contractor "
                   "performance was monitored monthly against the same targets as the "
                   "in-house service."),
    ("sub", "(vi)", "Cllr Doyle asked about recruitment, noting that the report referred to "
                    "vacant surveyor posts. The Director confirmed that five of the thirteen "
                    "surveyor posts were vacant and were being covered by agency staff at a "
                    "higher cost. The Council would introduce a market supplement for surveyors "
                    "from April and had started a trainee surveyor apprenticeship scheme with "
                    "Lodgefield College, with four apprentices due to start in September."),
    ("sub", "(vii)", "Cllr Iqbal requested a breakdown of open damp and mould cases by ward and "
                     "by estate, so that Members could follow up with residents in their own "
                     "wards. The Director agreed to provide this after the meeting."),
    ("sub", "(viii)", "The Chair invited Mr Desmond Achebe, a tenant of Saltash House, to put a "
                      "question to the Commission. Mr Achebe asked what residents should do "
                      "when a contractor failed to turn up for an appointment and the contact "
                      "centre could not say when the contractor would return. The Cabinet "
                      "Member for Housing Services and Resident Participation responded that "
                      "this was not acceptable; a named case officer was now assigned to every "
                      "damp and mould case, and the officer's name and direct telephone number "
                      "should be given in the first letter a resident received. He undertook "
                      "to look into Mr Achebe's case personally."),
    ("sub", "(ix)", "Cllr Greenaway commented that the letters sent to residents about damp and "
                    "mould were long, used technical language and were only available in "
                    "English, even though more than 80 languages were spoken on the Council's "
                    "estates."),
    ("para", "4.7", "The Chair said that the Commission would want to return to this issue once "
                    "the Government had published its detailed guidance on Awaab's Law, and "
                    "thanked the officers, Dr Pryce and Ms Quaye for attending."),
    ("action", "ACTION: The Director of Housing Management and Landlord Services to provide a "
               "breakdown of open damp and mould cases by ward and by estate."),
    ("resolved", "That the report and the discussion be noted."),

    ("item", "5", "Temporary Accommodation – Demand, Costs and the Draft Placements Policy"),
    ("para", "5.1", "The Cabinet Member for Housing Services and Resident Participation "
                    "introduced the report, which set out the pressures on the temporary "
                    "accommodation budget and a draft Temporary Accommodation Placements "
                    "Policy, including the circumstances in which households would be offered "
                    "accommodation outside the borough. He said that Lodgefield, like every "
                    "London borough, faced a housing emergency, and that the cost of temporary "
                    "accommodation was now the largest single pressure on the Council's "
                    "General Fund."),
    ("para", "5.2", "The Head of Benefits and Housing Needs presented the report. At the end of "
                    "December 2024 there were 3,280 households living in temporary "
                    "accommodation arranged by the Council, including 5,910 children. Of these, "
                    "1,140 households were in nightly-paid accommodation, which was the most "
                    "expensive form of provision, and 38% of all households had been placed "
                    "outside the borough, mostly in outer London, Essex and Kent."),
    ("para", "5.3", "The net cost of temporary accommodation was forecast at £41.6 million in "
                    "2024/25 against a budget of £29.0 million, an overspend of £12.6 million. "
                    "To reduce reliance on nightly-paid accommodation the Council had bought "
                    "118 homes through its acquisitions programme since 2023, part funded by "
                    "grant from the Greater London Authority, and 1,020 households had been "
                    "prevented from becoming homeless during 2024 through the private rented "
                    "sector incentive scheme and tenancy sustainment work."),
    ("para", "5.4", "The draft Placements Policy would be considered by Cabinet in March 2025. "
                    "It set out a priority order for in-borough placements, based on factors "
                    "such as caring responsibilities, medical needs and children's education."),
    ("head", "5.5", "Questions, Answers and Discussion"),
    ("sub", "(i)", "Cllr Doyle asked what support was given to children placed outside the "
                   "borough who continued to attend schools in Lodgefield. The Temporary "
                   "Accommodation Manager explained that the Council worked with schools "
                   "through its education welfare service, that travel costs were met for the "
                   "first term where a child had a long journey, and that families with a "
                   "child at a critical stage of education, such as Year 11, were prioritised "
                   "for placements in the borough."),
    ("sub", "(ii)", "Cllr Iqbal expressed concern about families with children being kept in "
                    "bed and breakfast accommodation beyond the six-week legal limit. The Head "
                    "of Benefits and Housing Needs confirmed that 14 families had been in bed "
                    "and breakfast for longer than six weeks at the end of December, down from "
                    "41 in September. Each case was reviewed weekly. He accepted that any such "
                    "placement was unlawful and said the aim was to end them by the spring."),
    ("sub", "(iii)", "Cllr Adeyemi asked whether the Council was paying private providers of "
                     "nightly-paid accommodation too much, noting press reports of landlords "
                     "charging different boroughs different rates for the same property. The "
                     "Head of Benefits and Housing Needs explained that Lodgefield had signed "
                     "the pan-London Inter-Borough Accommodation Agreement, which capped the "
                     "rates that boroughs would pay, and that the Council had stopped using "
                     "two providers who had breached the agreement."),
    ("sub", "(iv)", "Cllr Chaudhury asked whether the acquisitions programme represented value "
                    "for money compared with continuing to pay for nightly-paid accommodation. "
                    "The Head of Benefits and Housing Needs said that on average each home "
                    "bought saved the Council around £19,000 a year against nightly-paid costs "
                    "and would repay the borrowing within 25 years; a further 60 homes were "
                    "proposed for 2025/26, subject to Cabinet approval."),
    ("sub", "(v)", "The Chair asked how residents and the voluntary sector were being involved "
                   "in shaping the draft Placements Policy. The Cabinet Member said that a "
                   "public consultation had opened on 6 January and would run until 17 "
                   "February, with drop-in sessions at Kingsbrook and Ember Lane libraries, and "
                   "that officers were also meeting the Lodgefield Renters' Union and the "
                   "Temporary Accommodation Residents' Panel."),
    ("sub", "(vi)", "Cllr Greenaway asked what mental health support was available to families "
                    "who had lived in temporary accommodation for long periods. The Temporary "
                    "Accommodation Manager said that a specialist health visitor and a mental "
                    "health practitioner, funded jointly with NHS North East London, now held "
                    "weekly sessions at the two largest hostels, and that families could also "
                    "be referred to the tenancy sustainment team."),
    ("sub", "(vii)", "Cllr Doyle commented that the root cause of the crisis was the gap between "
                     "Local Housing Allowance rates and private rents, and that the Government "
                     "should be lobbied to restore Local Housing Allowance to the 30th "
                     "percentile of local rents."),
    ("para", "5.6", "The Commission agreed to write to the Cabinet Member setting out its "
                    "comments on the draft Placements Policy before the policy was considered "
                    "by Cabinet in March 2025, the letter to be signed off by the Chair and "
                    "Vice-Chair."),
    ("action", "ACTION: Overview and Scrutiny Officer to draft the Commission's letter on the "
               "draft Placements Policy for the Chair and Vice-Chair by 31 January 2025."),

    ("item", "6", "Anti-social Behaviour on Council Estates – Community Safety Partnership "
                  "Update"),
    ("para", "6.1", "The Cabinet Member for Community Safety and Regulatory Services introduced "
                    "the item. She said that anti-social behaviour (ASB) on estates was the "
                    "issue most often raised with councillors at ward surgeries, and that the "
                    "joint ASB Hub launched in April 2024 now brought together the police, "
                    "housing officers, the estate patrol service and the Council's "
                    "enforcement team in one location."),
    ("para", "6.2", "The Head of Community Safety, Enforcement and Business Regulation "
                    "presented the report. The Council had received 4,870 reports of ASB in "
                    "2024, of which 42% related to its estates. In the same period the "
                    "Council and police had issued 36 Community Protection Notices and "
                    "obtained 11 closure orders, and the estate patrol service had attended "
                    "2,310 call-outs."),
    ("para", "6.3", "Chief Superintendent Farrant described the Metropolitan Police's "
                    "neighbourhood policing model. Each ward in Lodgefield now had two "
                    "dedicated ward officers and one Police Community Support Officer, and "
                    "the Basic Command Unit had recruited an additional 22 neighbourhood "
                    "officers over the year. He said that calls about ASB to 101 were being "
                    "answered more quickly than a year ago."),
    ("head", "6.4", "Questions, Answers and Discussion"),
    ("sub", "(i)", "The Chair asked how often dedicated ward officers were taken away from "
                   "their wards to cover events and protests in central London. Chief "
                   "Superintendent Farrant said that in the last quarter ward officers in "
                   "Lodgefield had been abstracted on average two and a half shifts a month, "
                   "lower than the London average, and that the Metropolitan Police had "
                   "committed to protecting ward officers from abstraction except in "
                   "exceptional circumstances."),
    ("sub", "(ii)", "Cllr Chaudhury expressed concern about persistent drug dealing and rough "
                    "sleeping in the stairwells of Marlow Court and Tennyson House, and said "
                    "that residents felt unsafe in their own blocks. The Head of Community "
                    "Safety, Enforcement and Business Regulation replied that the ASB Hub had "
                    "a problem-solving plan for both blocks, including a partial closure order "
                    "for one stairwell, new door entry systems and joint patrols with outreach "
                    "workers from the rough sleeping team."),
    ("sub", "(iii)", "Cllr Adeyemi asked about the performance of the estate patrol service "
                     "and when the contract would be renewed. The Head of Community Safety, "
                     "Enforcement and Business Regulation said that the contract with Sentinel "
                     "Estate Security had been extended until September 2025 while a new "
                     "specification was developed; average response times had improved to 34 "
                     "minutes, and residents would be surveyed on the new specification before "
                     "it was tendered."),
    ("sub", "(iv)", "Cllr Iqbal asked how many times residents had used the ASB Case Review, "
                    "also known as the Community Trigger, in the last year. The Head of "
                    "Community Safety, Enforcement and Business Regulation said there had been "
                    "nine applications, of which three had met the threshold for a review, and "
                    "that the outcomes were published on the Council's website."),
    ("sub", "(v)", "Cllr Greenaway requested that victims of persistent ASB be routinely offered "
                   "mental health support, given the impact she had seen on residents in her "
                   "ward. The Cabinet Member for Community Safety and Regulatory Services said "
                   "that victims were already referred to the victims' service commissioned by "
                   "the Council and agreed to consider how this could be linked with the local "
                   "mental health support offer."),
    ("sub", "(vi)", "Cllr Doyle commented that the closure of the front counter at Kingsbrook "
                    "police station had made residents less likely to report crime in person."),
    ("para", "6.5", "The Chair thanked Chief Superintendent Farrant, the Cabinet Member and "
                    "officers for attending and for their answers."),

    ("item", "7", "Minutes of the Previous Meeting"),
    ("para", "7.1", "The Commission considered the minutes of its meeting held on 18 November "
                    "2024."),
    ("para", "7.2", "Matters arising: the Chair noted that the response on leaseholder major "
                    "works charges had been circulated to Members on 9 January, and that the "
                    "outstanding action on tenant satisfaction results by estate would be "
                    "completed before the next meeting."),
    ("resolved", "The minutes of the meeting held on 18 November 2024 were agreed as an "
                 "accurate record."),

    ("item", "8", "Living in Lodgefield Scrutiny Commission – 2024/25 Work Programme"),
    ("para", "8.1", "The Chair introduced the work programme, which had been updated following "
                    "the last meeting."),
    ("para", "8.2", "Cllr Greenaway requested that the Commission consider a review of "
                    "selective licensing of private rented homes in 2025/26, given the number "
                    "of complaints about disrepair in the private rented sector. The Chair "
                    "responded that this would be considered at the Commission's work "
                    "planning session in May."),
    ("para", "8.3", "The Commission noted the work programme and agreed that the item on the "
                    "Housing Revenue Account Business Plan be moved to its meeting on 10 March "
                    "2025."),

    ("item", "9", "Any Other Business"),
    ("para", "9.1", "There was no other business."),

    ("end", "Duration of the meeting: 7.00 pm – 9.52 pm"),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(85, 5, COMMITTEE)
            self.cell(85, 5, MEETING_DAY, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2025, 1, 21, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title(f"Minutes - {COMMITTEE} - {MEETING_DAY}")
    pdf.set_author("London Borough of Lodgefield")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    lh = 5.2  # body line height

    # ---- front sheet ----
    top = [
        ("London Borough of Lodgefield", ""),
        (COMMITTEE, ""),
        ("Municipal Year 2024/25", "Date of Meeting " + MEETING_DAY),
    ]
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(20, 18)
    pdf.cell(170, 7, top[0][0], border="LTR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(170, 8, top[1][0], border="LR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.cell(85, 7, top[2][0], border="LB")
    pdf.cell(85, 7, top[2][1], border="RB", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(170, 5.5, "Minutes of the proceedings of the " + COMMITTEE + " held at "
                   "Lodgefield Town Hall, Market Row, London N23 1LF", border=1,
                   padding=(1.5, 2, 1.5, 2), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    label_w, value_w = 60, 110
    for label, value in FRONT_SHEET:
        lines_value = []
        pdf.set_font("Sans", "", 9.5)
        for part in value.split("\n"):
            lines_value += pdf.multi_cell(value_w - 4, 4.8, part, dry_run=True,
                                          output="LINES")
        height = max(len(lines_value) * 4.8, 4.8) + 3
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_xy(20, y0)
        pdf.multi_cell(label_w, height, "", border=1)
        pdf.set_xy(21.5, y0 + 1.5)
        pdf.multi_cell(label_w - 3, 4.8, label + ":" if label != "YouTube link" else label)
        pdf.set_xy(20 + label_w, y0)
        pdf.multi_cell(value_w, height, "", border=1)
        pdf.set_font("Sans", "", 9.5)
        y = y0 + 1.5
        for line in lines_value:
            pdf.set_xy(20 + label_w + 2, y)
            pdf.cell(value_w - 4, 4.8, line)
            y += 4.8
        pdf.set_xy(20, y0 + height)
    pdf.ln(5)

    # ---- body ----
    def para_text(x, w, text, bold=False, size=10):
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.set_left_margin(x)
        pdf.set_x(x)
        pdf.multi_cell(w, lh, text, align="J" if not bold else "L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(20)

    for block in BODY:
        kind = block[0]
        if kind == "plain":
            pdf.set_font("Sans", "B", 10)
            pdf.cell(170, 6, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "item":
            _, num, title = block
            pdf.ln(3)
            if pdf.get_y() > 262:
                pdf.add_page()
            pdf.set_font("Sans", "B", 11)
            pdf.set_x(20)
            pdf.cell(14, 6, num)
            para_text(34, 156, title, bold=True, size=11)
            pdf.ln(2)
        elif kind in ("para", "head"):
            _, num, text = block
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20)
            if pdf.get_y() > 272:
                pdf.add_page()
            pdf.cell(14, lh, num)
            para_text(34, 156, text, bold=(kind == "head"))
            pdf.ln(2)
        elif kind == "sub":
            _, label, text = block
            pdf.set_font("Sans", "", 10)
            if pdf.get_y() > 272:
                pdf.add_page()
            pdf.set_x(34)
            pdf.cell(12, lh, label)
            para_text(46, 144, text)
            pdf.ln(2)
        elif kind == "bullet":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(38)
            pdf.cell(6, lh, "•")
            para_text(44, 146, block[1])
            pdf.ln(1)
        elif kind == "action":
            pdf.ln(1)
            para_text(34, 156, block[1], bold=True)
            pdf.ln(2)
        elif kind == "resolved":
            pdf.ln(1)
            if pdf.get_y() > 270:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(34)
            pdf.cell(28, lh, "RESOLVED:")
            para_text(62, 128, block[1])
            pdf.ln(2)
        elif kind == "end":
            pdf.ln(6)
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20)
            pdf.cell(170, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
            pdf.cell(170, lh, "Contact:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.cell(170, lh, "Joel Sandford, Overview and Scrutiny Officer",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.cell(170, lh, "020 8356 4471", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.write_bytes(bytes(pdf.output()))


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-13",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Urgent Items / Order of Business"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Damp and Mould in Council Homes – Update"},
        {"number": "5", "title": "Temporary Accommodation – Demand, Costs and the Draft "
                                 "Placements Policy"},
        {"number": "6", "title": "Anti-social Behaviour on Council Estates – Community Safety "
                                 "Partnership Update"},
        {"number": "7", "title": "Minutes of the Previous Meeting"},
        {"number": "8", "title": "Living in Lodgefield Scrutiny Commission – 2024/25 Work "
                                 "Programme"},
        {"number": "9", "title": "Any Other Business"},
    ],
    "questions": [
        # ---- item 4 ----
        {"item": "4", "kind": "concern",
         "text": "many households still experienced repeat visits where mould was treated",
         "asked_by": "Beverley Quaye",
         "answer": "every case was now closed only after a follow-up check",
         "given_by": "Director",
         "themes": ["housing", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "how many of the 640 open cases involved households with children",
         "asked_by": "Cllr Chaudhury",
         "answer": "212 of the open cases carried a vulnerability flag",
         "given_by": "Damp and Mould Service Manager",
         "themes": ["housing", "children-and-families"]},
        {"item": "4", "kind": "concern",
         "text": "damp and mould was caused by their lifestyle, such as drying clothes indoors",
         "asked_by": "Cllr Greenaway",
         "answer": "all frontline staff and contractors' operatives had received refreshed training",
         "given_by": "Director",
         "themes": ["housing", "workforce"]},
        {"item": "4", "kind": "question",
         "text": "whether leaseholders in blocks with communal damp problems would be recharged",
         "asked_by": "Cllr Adeyemi",
         "answer": "recoverable through service charges under the terms of the lease",
         "given_by": "Head of Repairs and Building Safety",
         "themes": ["housing", "finance"]},
        {"item": "4", "kind": "question",
         "text": "why the Council continued to use external contractors for damp and mould works",
         "asked_by": "Chair",
         "answer": "used for larger works such as roof and render repairs",
         "given_by": "Head of Repairs and Building Safety",
         "themes": ["housing", "subcontracting", "privatisation"]},
        {"item": "4", "kind": "question",
         "text": "asked about recruitment, noting that the report referred to vacant surveyor posts",
         "asked_by": "Cllr Doyle",
         "answer": "five of the thirteen surveyor posts were vacant",
         "given_by": "Director",
         "themes": ["housing", "workforce"]},
        {"item": "4", "kind": "request",
         "text": "requested a breakdown of open damp and mould cases by ward",
         "asked_by": "Cllr Iqbal",
         "answer": "The Director agreed to provide this after the meeting",
         "given_by": "Director",
         "themes": ["housing"]},
        {"item": "4", "kind": "question",
         "text": "Mr Achebe asked what residents should do when a",
         "asked_by": "Mr Desmond Achebe",
         "answer": "a named case officer was now assigned to every damp and mould case",
         "given_by": "Cabinet Member for Housing Services and Resident Participation",
         "themes": ["housing", "subcontracting", "patient-and-public-input"]},
        {"item": "4", "kind": "comment",
         "text": "used technical language and were only available in English",
         "asked_by": "Cllr Greenaway",
         "answer": None,
         "given_by": None,
         "themes": ["housing"]},
        # ---- item 5 ----
        {"item": "5", "kind": "question",
         "text": "what support was given to children placed outside the borough",
         "asked_by": "Cllr Doyle",
         "answer": "travel costs were met for the first term where a child had a long journey",
         "given_by": "Temporary Accommodation Manager",
         "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "concern",
         "text": "families with children being kept in bed and breakfast accommodation",
         "asked_by": "Cllr Iqbal",
         "answer": "14 families had been in bed and breakfast for longer than six weeks",
         "given_by": "Head of Benefits and Housing Needs",
         "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "whether the Council was paying private providers of nightly-paid accommodation too much",
         "asked_by": "Cllr Adeyemi",
         "answer": "capped the rates that boroughs would pay",
         "given_by": "Head of Benefits and Housing Needs",
         "themes": ["housing", "finance", "privatisation"]},
        {"item": "5", "kind": "question",
         "text": "whether the acquisitions programme represented value for money",
         "asked_by": "Cllr Chaudhury",
         "answer": "each home bought saved the Council around £19,000 a year",
         "given_by": "Head of Benefits and Housing Needs",
         "themes": ["housing", "finance"]},
        {"item": "5", "kind": "question",
         "text": "how residents and the voluntary sector were being involved in shaping",
         "asked_by": "Chair",
         "answer": "a public consultation had opened on 6 January and would run until",
         "given_by": "Cabinet Member",
         "themes": ["housing", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "what mental health support was available to families who had lived",
         "asked_by": "Cllr Greenaway",
         "answer": "a specialist health visitor and a mental health practitioner, funded jointly",
         "given_by": "Temporary Accommodation Manager",
         "themes": ["housing", "mental-health"]},
        {"item": "5", "kind": "comment",
         "text": "the root cause of the crisis was the gap between Local Housing Allowance rates",
         "asked_by": "Cllr Doyle",
         "answer": None,
         "given_by": None,
         "themes": ["housing", "finance"]},
        # ---- item 6 ----
        {"item": "6", "kind": "question",
         "text": "how often dedicated ward officers were taken away from their wards",
         "asked_by": "Chair",
         "answer": "abstracted on average two and a half shifts a month",
         "given_by": "Chief Superintendent Farrant",
         "themes": ["workforce"]},
        {"item": "6", "kind": "concern",
         "text": "persistent drug dealing and rough sleeping in the stairwells of Marlow Court",
         "asked_by": "Cllr Chaudhury",
         "answer": "the ASB Hub had a problem-solving plan for both blocks",
         "given_by": "Head of Community Safety, Enforcement and Business Regulation",
         "themes": ["housing"]},
        {"item": "6", "kind": "question",
         "text": "asked about the performance of the estate patrol service",
         "asked_by": "Cllr Adeyemi",
         "answer": "the contract with Sentinel Estate Security had been extended until September 2025",
         "given_by": "Head of Community Safety, Enforcement and Business Regulation",
         "themes": ["housing", "subcontracting", "patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "how many times residents had used the ASB Case Review",
         "asked_by": "Cllr Iqbal",
         "answer": "nine applications, of which three had met the threshold for a review",
         "given_by": "Head of Community Safety, Enforcement and Business Regulation",
         "themes": []},
        {"item": "6", "kind": "request",
         "text": "victims of persistent ASB be routinely offered mental health support",
         "asked_by": "Cllr Greenaway",
         "answer": "victims were already referred to the victims' service commissioned by the Council",
         "given_by": "Cabinet Member for Community Safety and Regulatory Services",
         "themes": ["mental-health"]},
        {"item": "6", "kind": "comment",
         "text": "the closure of the front counter at Kingsbrook police station",
         "asked_by": "Cllr Doyle",
         "answer": None,
         "given_by": None,
         "themes": []},
        # ---- item 8 ----
        {"item": "8", "kind": "request",
         "text": "consider a review of selective licensing of private rented homes",
         "asked_by": "Cllr Greenaway",
         "answer": "would be considered at the Commission's work planning session in May",
         "given_by": "Chair",
         "themes": ["housing"]},
    ],
    "resolutions": [
        {"item": "4", "text": "That the report and the discussion be noted",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "5", "text": "The Commission agreed to write to the Cabinet Member setting out its comments",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "7", "text": "18 November 2024 were agreed as an accurate record",
         "outcome": "agreed", "themes": []},
        {"item": "8", "text": "The Commission noted the work programme and agreed that the item",
         "outcome": "agreed", "themes": ["housing", "finance"]},
    ],
    "attendees": [
        {"name": "Cllr Fiona Kettering", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Amir Chaudhury", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Bola Adeyemi", "role": None, "attendance": "present"},
        {"name": "Cllr Patrick Doyle", "role": None, "attendance": "present"},
        {"name": "Cllr Hannah Greenaway", "role": None, "attendance": "present"},
        {"name": "Cllr Samira Iqbal", "role": None, "attendance": "present"},
        {"name": "Cllr Tomasz Nowicki", "role": None, "attendance": "apologies"},
        {"name": "Cllr Ruth Ellery", "role": None, "attendance": "apologies"},
        {"name": "Dawn Okafor", "role": "Director of Housing Management and Landlord Services",
         "attendance": "in_attendance"},
        {"name": "Gareth Pemberton", "role": "Head of Repairs and Building Safety",
         "attendance": "in_attendance"},
        {"name": "Lucy Marchetti", "role": "Damp and Mould Service Manager",
         "attendance": "in_attendance"},
        {"name": "Kwame Asante", "role": "Head of Benefits and Housing Needs",
         "attendance": "in_attendance"},
        {"name": "Imogen Hart", "role": "Temporary Accommodation Manager",
         "attendance": "in_attendance"},
        {"name": "Simon Rudd",
         "role": "Head of Community Safety, Enforcement and Business Regulation",
         "attendance": "in_attendance"},
        {"name": "Cllr Marcus Bellamy",
         "role": "Cabinet Member for Housing Services and Resident Participation",
         "attendance": "in_attendance"},
        {"name": "Cllr Yvette Osei",
         "role": "Cabinet Member for Community Safety and Regulatory Services",
         "attendance": "in_attendance"},
        {"name": "Chief Superintendent Neil Farrant",
         "role": "Borough Commander, North East Basic Command Unit, Metropolitan Police Service",
         "attendance": "in_attendance"},
        {"name": "Dr Alan Pryce", "role": "Consultant in Public Health",
         "attendance": "in_attendance"},
        {"name": "Beverley Quaye",
         "role": "Chair, Fenwick Gardens Tenants and Residents Association",
         "attendance": "in_attendance"},
    ],
}

# --------------------------------------------------------------------------------------
# The document that is not minutes: a Complaint Handling Code self-assessment (DOCX)
# --------------------------------------------------------------------------------------

SELF_ASSESSMENT_ROWS = {
    "Section 1: Definition of a complaint": [
        ("1.2", "A complaint must be defined as: 'an expression of dissatisfaction, however "
                "made, about the standard of service, actions or lack of action by the "
                "organisation, its own staff, or those acting on its behalf, affecting an "
                "individual resident or group of residents.'",
         "Yes", "The Housing Complaints Policy (section 3.1) uses the Code definition word for "
                "word. The definition is also on the complaints pages of the Council's website."),
        ("1.3", "A resident does not have to use the word 'complaint' for it to be treated as "
                "such. Whenever a resident expresses dissatisfaction landlords must give them "
                "the choice to make a complaint.",
         "Yes", "Contact centre scripts were revised in July 2024. Call quality checks in "
                "Q3 found 4 calls out of 60 where the choice was not offered; coaching given."),
        ("1.6", "If a landlord decides not to accept a complaint, an explanation must be "
                "provided to the resident setting out the reasons why the matter is not "
                "suitable for the complaints process and the right to take that decision to "
                "the Ombudsman.",
         "Yes", "Template letter CL07 'Complaint not accepted' includes the reasons and the "
                "Ombudsman's contact details."),
    ],
    "Section 3: Accessibility and awareness": [
        ("3.1", "Landlords must make it easy for residents to complain by providing different "
                "channels through which they can make a complaint.",
         "Yes", "Complaints are accepted online, by email, by telephone, in writing, in person "
                "at the Lodgefield Service Centre and through councillors and MPs."),
        ("3.3", "High volumes of complaints must not be seen as a negative, as they can be "
                "indicative of a well-publicised and accessible complaints process.",
         "Yes", "Complaint volumes are reported quarterly with commentary. Stage 1 complaints "
                "rose by 18% in 2024/25, mainly about repairs and damp and mould."),
    ],
    "Section 5: The complaint handling process": [
        ("5.6", "Landlords must address all points raised in the complaint and provide clear "
                "reasons for any decisions, referencing the relevant policy, law and good "
                "practice where appropriate.",
         "Partly", "Quality audits found that 22% of stage 1 responses did not address every "
                   "point raised. A checklist has been added to the response template and "
                   "investigating officers will receive training by September 2025."),
    ],
    "Section 6: Complaints stages": [
        ("6.5", "Landlords must respond to the complaint within 10 working days of the "
                "complaint being acknowledged.",
         "No", "In 2024/25, 71% of stage 1 complaints were answered within 10 working days. "
               "An improvement plan is in place, with a target of 90% by March 2026."),
        ("6.13", "Landlords must respond to the stage 2 complaint within 20 working days of "
                 "the complaint being acknowledged.",
         "Yes", "93% of stage 2 complaints were answered within 20 working days; the "
                "remainder were extended by agreement with the resident."),
    ],
    "Section 9: Scrutiny & oversight": [
        ("9.2", "Landlords must have a member of the governing body (or equivalent) with "
                "lead responsibility for complaints to support a positive complaint handling "
                "culture. This person is referred to as the Member Responsible for Complaints "
                "('the MRC').",
         "Yes", "The Cabinet Member for Housing Services and Resident Participation is the "
                "MRC and receives a monthly complaints dashboard."),
        ("9.5", "The annual complaints performance and service improvement report must be "
                "reported to the landlord's governing body (or equivalent) and published on "
                "the section of its website relating to complaints.",
         "Yes", "The report is taken to Cabinet each year and to the Living in Lodgefield "
                "Scrutiny Commission for comment."),
    ],
}

PANEL_QUESTIONS = [
    ("Why do so many stage 1 complaints take longer than 10 working days?",
     "Most late responses relate to repairs, where the officer answering the complaint has "
     "to wait for a surveyor's inspection. From April 2025 a surveyor has been attached to "
     "the complaints team two days a week."),
    ("How will residents know what has changed because of their complaints?",
     "A 'You said, we did' section has been added to the quarterly residents' newsletter, "
     "and the annual report lists the service improvements made."),
    ("Can tenants' and residents' associations see complaint data for their own estate?",
     "Yes. Estate-level figures will be shared with recognised associations twice a year "
     "from October 2025."),
]


def build_self_assessment(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)

    p = d.add_paragraph()
    r = p.add_run("London Borough of Lodgefield")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    p = d.add_paragraph("Housing Services – Landlord Services")
    d.add_heading("Housing Ombudsman Complaint Handling Code: annual self-assessment 2024/25", 1)

    d.add_heading("Introduction", 2)
    d.add_paragraph(
        "The Housing Ombudsman's Complaint Handling Code became statutory on 1 April 2024. "
        "Every member landlord must assess itself against the Code each year, publish the "
        "self-assessment on its website and submit it to the Ombudsman together with its "
        "annual complaints performance and service improvement report.")
    d.add_paragraph(
        "This self-assessment covers the Council's role as landlord of around 21,600 tenanted "
        "homes and 9,300 leasehold homes. It does not cover complaints about homelessness, "
        "which are dealt with under the corporate complaints procedure and by the Local "
        "Government and Social Care Ombudsman.")
    d.add_paragraph(
        "Of the 52 requirements of the Code, the Council assesses itself as fully compliant "
        "with 47, partly compliant with 4 and not compliant with 1 (response times at stage 1). "
        "The table below shows selected provisions; the full self-assessment is available on "
        "request from the Resident Participation team.")

    for section, rows in SELF_ASSESSMENT_ROWS.items():
        d.add_heading(section, 2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        hdr = ["Provision", "Code requirement", "Comply: Yes/No",
               "Evidence, commentary and any explanations"]
        for cell, text in zip(t.rows[0].cells, hdr):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for prov, req, comply, evidence in rows:
            cells = t.add_row().cells
            cells[0].text = prov
            cells[1].text = req
            cells[2].text = comply
            cells[3].text = evidence
        d.add_paragraph()

    d.add_heading("Challenge from the Resident Complaints Panel", 2)
    d.add_paragraph(
        "The draft self-assessment was shared with the Resident Complaints Panel on 14 May "
        "2025. The Panel's questions and the service's answers are set out below.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Question from the Panel", "Our answer"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for q, a in PANEL_QUESTIONS:
        cells = t.add_row().cells
        cells[0].text = q
        cells[1].text = a
    d.add_paragraph()

    d.add_heading("Governing body's response", 2)
    d.add_paragraph(
        "The Cabinet considered this self-assessment and the annual complaints performance "
        "and service improvement report on 23 June 2025 and agreed that both be published "
        "and submitted to the Housing Ombudsman. Cabinet asked that progress against the "
        "stage 1 improvement plan be reported to the Member Responsible for Complaints each "
        "month.")
    d.add_paragraph(
        "Signed: Cllr Marcus Bellamy, Cabinet Member for Housing Services and Resident "
        "Participation (Member Responsible for Complaints)")
    d.add_paragraph("Date: 23 June 2025")

    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Complaint Handling Code self-assessment 2024/25 – London Borough of Lodgefield"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = d.core_properties
    fixed = dt.datetime(2025, 6, 24, 10, 0, 0)
    cp.author = "Resident Participation Team"
    cp.last_modified_by = "Resident Participation Team"
    cp.title = "Complaint Handling Code self-assessment 2024/25"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps the zip entries with the current time: rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 24, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "report"}

# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_self_assessment(DOCS / OTHER_NAME)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}\nwrote gold files in {GOLD}")


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def normalise(text: str, sep: str) -> str:
    """Lower-case, drop punctuation (or turn it into `sep`), collapse white space."""
    out = []
    for ch in text.lower():
        cat = unicodedata.category(ch)
        if cat.startswith("P") or cat.startswith("S"):
            out.append(sep)
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def count(hay: str, needle: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay))


def check() -> int:
    problems = 0
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        path = DOCS / gold["document"]
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        if not path.exists() or not gpath.exists():
            print(f"MISSING {path} or {gpath}")
            problems += 1
            continue
        if json.loads(gpath.read_text(encoding="utf-8")) != gold:
            print(f"STALE {gpath}: rebuild")
            problems += 1
        raw = doc_text(path)
        hays = {sep: normalise(raw, sep) for sep in ("", " ")}
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for what, phrase in phrases:
            n_words = len(phrase.split())
            if not 6 <= n_words <= 15:
                print(f"LENGTH {what} ({n_words} words): {phrase}")
                problems += 1
            for sep, hay in hays.items():
                n = count(hay, normalise(phrase, sep))
                if n != 1:
                    print(f"COUNT {n} ({what}, sep={sep!r}): {phrase}")
                    problems += 1
        for a in gold.get("attendees", []):
            if count(hays[" "], normalise(a["name"], " ")) < 1:
                print(f"ATTENDEE not found: {a['name']}")
                problems += 1
            if a["role"] and count(hays[" "], normalise(a["role"], " ")) < 1:
                print(f"ROLE not found: {a['role']}")
                problems += 1
        for it in gold.get("items", []):
            if count(hays[" "], normalise(it["title"], " ")) < 1:
                print(f"ITEM title not found: {it['title']}")
                problems += 1
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
