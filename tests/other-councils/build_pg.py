#!/usr/bin/env python3
"""Build the "pg-" documents of round 212 and their gold annotations.

Usage:  build_pg.py           build documents/pg-* and gold/pg-*.json
        build_pg.py --check   verify every gold phrase occurs once in its document

pg-holmswold-health-care-wellbeing-sub-committee-2025-03-19.pdf
    printed minutes (fpdf2) of an invented Yorkshire unitary council's health scrutiny
    sub-committee.
pg-holmswold-healthwatch-waiting-well-report.docx
    a Healthwatch report to the same sub-committee (not minutes).
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

MINUTES_NAME = "pg-holmswold-health-care-wellbeing-sub-committee-2025-03-19.pdf"
REPORT_NAME = "pg-holmswold-healthwatch-waiting-well-report.docx"

COMMITTEE = "Health, Care and Wellbeing Overview and Scrutiny Sub-Committee"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PDF_DATE = dt.datetime(2025, 3, 27, 14, 12, 0, tzinfo=dt.timezone.utc)
DOCX_DATE = dt.datetime(2025, 3, 10, 11, 45, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks of the body:
#   ("minute", number, title, text)   number in the margin, title run into the text
#   ("para", text)                    a paragraph at the body indent (markdown bold allowed)
#   ("quote", text)                   an indented italic paragraph
#   ("list", [(label, text), ...])    labelled sub-paragraphs with a hanging indent
#   ("closing", text)                 a paragraph at the left margin

ATTENDANCE = [
    ("label", "PRESENT:",
     "Councillors Pickering (Chair), Ashworth-Lunn (Vice-Chair), Bielby, Dunwell, "
     "Fairweather, D Hodgson, M Hodgson, Mrs Kettlewell, Lazenby, Oxtoby and Stainthorpe."),
    ("plain",
     "Councillor Tennant, Portfolio Holder for Adult Social Care and Public Health, attended "
     "the meeting at the invitation of the Chair. Councillor Wrightson, Ward Member for "
     "Sallowby East, attended for Minute 59."),
    ("plain",
     "Helen Garbutt (Director of Adults, Health and Housing), Dr Rohan Mistry (Director of "
     "Public Health), Andrew Loftus (Head of Commissioning and Quality Assurance), Karen "
     "Ibbitson (Trading Standards and Licensing Manager) and Philippa Nunns (Senior Scrutiny "
     "Officer) were also in attendance."),
    ("plain",
     "Nisha Baines, Head of Dental Commissioning, Carrfield and Wolds Integrated Care Board, "
     "attended for Minute 58; Matthew Sowden, Place Director (Holmswold), Carrfield and Wolds "
     "Integrated Care Board, attended for Minutes 60 and 61; and Grace Etherington, Chief "
     "Officer, Healthwatch Holmswold, attended for Minute 60."),
    ("plain",
     "The meeting was held in the Council Chamber, County Hall, Sallowby, and was webcast "
     "live on the Council's website."),
]

BODY = [
    ("minute", "52", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS",
     "Apologies for absence were submitted on behalf of Councillors Grayburn and Tindall. "
     "Councillor Lazenby attended as substitute for Councillor Grayburn in accordance with "
     "Procedure Rule 23.2. Councillor Moxon was absent."),

    ("minute", "53", "DECLARATIONS OF INTEREST",
     "Members were reminded of the requirement to declare any disclosable pecuniary interest "
     "or personal interest in items on the agenda, and of the need to leave the meeting "
     "where a disclosable pecuniary interest arose. Councillor Fairweather declared a "
     "personal interest in Minute 58 as her daughter was employed as a dental nurse at a "
     "practice in Kirkbeck. Councillor Oxtoby declared a personal interest in Minute 57 as a "
     "trustee of Holmswold Carers' Link, which received grant funding from the Council. Both "
     "Members remained in the meeting and took part in the discussion and voting."),

    ("minute", "54", "MINUTES",
     "Arising from Minute 47 (Hospital Discharge and Intermediate Care), the Vice-Chair asked "
     "whether the figures on the number of people waiting in hospital for a package of care "
     "had been circulated to Members as agreed at the last meeting. The Senior Scrutiny "
     "Officer confirmed that the figures had been circulated by email on 4 February 2025 and "
     "would be appended to the signed minutes for completeness."),
    ("para",
     "**Resolved**\u2014That the minutes of the meeting of the Sub-Committee held on "
     "22 January 2025 be approved as a correct record and signed by the Chair."),

    ("minute", "55", "PUBLIC QUESTIONS",
     "The Chair reported that one question had been received from a member of the public in "
     "accordance with Procedure Rule 11. Mr Derek Ainsty, of Skelmarsh, attended the meeting "
     "and put the following question:"),
    ("quote",
     "\u2018The Council\u2019s home care contracts are to be re-let later this year. Will the "
     "Council guarantee that no company given a place on the new framework will be allowed "
     "to hand visits on to another agency, as happened to my mother last winter when three "
     "different firms visited her in a single week?\u2019"),
    ("para", "The Portfolio Holder for Adult Social Care and Public Health replied as follows:"),
    ("quote",
     "\u2018I am sorry to hear of Mr Ainsty\u2019s mother\u2019s experience. Under the new "
     "framework, no provider will be able to subcontract any package of care without the "
     "prior written consent of the Council, and the Council will only give that consent "
     "where it is satisfied that the quality of care will be maintained. Any consent given "
     "will be reported to this Sub-Committee as part of the regular contract monitoring "
     "report.\u2019"),
    ("para",
     "By way of a supplementary question, Mr Ainsty asked how people receiving care would be "
     "told which agency was actually providing their visits. The Portfolio Holder undertook "
     "to provide Mr Ainsty with a written reply within ten working days."),

    ("minute", "56", "PORTFOLIO HOLDER UPDATE",
     "The Portfolio Holder for Adult Social Care and Public Health updated the Sub-Committee "
     "on matters within her portfolio since the last meeting, including:"),
    ("list", [
        ("(a)", "the publication on 6 March 2025 of the Care Quality Commission\u2019s "
                "assessment of the Council\u2019s adult social care functions, which had given "
                "an overall rating of \u2018Good\u2019;"),
        ("(b)", "the allocation of a further \u00a31.9m through the Better Care Fund for the "
                "remainder of 2024/25 to support discharge from hospital over the winter; and"),
        ("(c)", "the opening of the consultation on the draft Holmswold Carers\u2019 Strategy "
                "2025\u20132030, which would run until 30 April 2025."),
    ]),
    ("para",
     "Enquiry was made as to which areas the Care Quality Commission had identified for "
     "improvement. The Director of Adults, Health and Housing stated that the assessment had "
     "highlighted waiting times for occupational therapy assessments and the timeliness of "
     "annual reviews, and that an improvement plan would be brought to the Sub-Committee in "
     "June."),
    ("para", "The Sub-Committee noted the update and thanked the Portfolio Holder."),

    ("minute", "57", "RE-PROCUREMENT OF THE HOME CARE FRAMEWORK",
     "Consideration was given to a report of the Director of Adults, Health and Housing "
     "setting out the proposed approach to the re-procurement of the Council\u2019s framework "
     "for home care services, which was due to expire on 30 November 2025."),
    ("para",
     "The Head of Commissioning and Quality Assurance presented the report and explained that "
     "19 providers currently delivered approximately 14,200 hours of care each week to around "
     "1,650 people, with 63 per cent of those hours delivered by the four largest providers. "
     "Under the existing arrangements each new package was offered to every provider on the "
     "framework at the same time and awarded to the first to accept it, which had led to "
     "long delays in the rural east of the county where no provider would accept a package. "
     "It was proposed to replace this with a model of eight geographical zones, each with a "
     "lead provider and up to two secondary providers, on contracts of four years with an "
     "option to extend for up to two further years. The proposals had been shaped by three "
     "market engagement events attended by 31 providers and by a survey completed by 412 "
     "people who received care at home and 96 family carers. Subject to Cabinet approval "
     "on 15 April 2025, the tender would be published in May 2025 and the new contracts "
     "would commence on 1 December 2025, with a transition plan agreed with each current "
     "provider to keep changes of care worker to a minimum."),
    ("para",
     "Members raised a number of matters, which are summarised below together with the "
     "responses given:"),
    ("list", [
        ("(a)", "Concern was voiced regarding the number of visits in the rural east of "
                "Holmswold which were delivered late or cut short. In reply, the Head of "
                "Commissioning and Quality Assurance said that the zoned model was intended to "
                "reduce travelling time by grouping packages geographically, and that "
                "electronic call monitoring data would in future be published for each zone."),
        ("(b)", "Councillor Lazenby asked whether lead providers would be permitted to "
                "subcontract packages to other agencies when they lacked capacity. The Head "
                "of Commissioning and Quality Assurance confirmed that subcontracting would "
                "require the Council\u2019s prior written consent in every case, and that the "
                "lead provider would remain accountable for the quality of all care delivered "
                "in its zone."),
        ("(c)", "Enquiry was made as to whether the new contracts would require providers to "
                "pay care workers for their travelling time between visits. Members were "
                "advised that the specification would require providers to pay at least the "
                "Real Living Wage for all time worked, including travel, and that this had "
                "been reflected in the proposed hourly rate of \u00a325.40."),
        ("(d)", "Members expressed concern that smaller, locally based providers could be "
                "squeezed out of the market if the lead provider contracts were won by "
                "national companies. The Director of Adults, Health and Housing stated that "
                "the secondary provider places in each zone were intended to give smaller "
                "providers a route onto the framework, and that social value would account "
                "for 15 per cent of the evaluation."),
        ("(e)", "Councillor Oxtoby asked how people who used home care and their carers had "
                "been involved in designing the new service specification. The Head of "
                "Commissioning and Quality Assurance explained that, in addition to the "
                "survey, a reference group of eleven people with lived experience had "
                "co-designed the outcomes in the specification, and that two members of the "
                "group would sit on the evaluation panel."),
        ("(f)", "A Member asked whether bringing home care back in-house had been considered "
                "as an alternative. The Director of Adults, Health and Housing confirmed that "
                "an in-house option had been appraised but was estimated to cost an "
                "additional \u00a33.6m a year, and that the Council\u2019s own reablement service "
                "would instead be expanded to cover the first six weeks of care following "
                "discharge from hospital."),
        ("(g)", "Councillor Stainthorpe requested that Members of the Sub-Committee be given "
                "sight of the evaluation criteria before the tender was published. The "
                "Director of Adults, Health and Housing agreed to circulate the draft criteria "
                "to Members by 30 April 2025."),
    ]),
    ("para",
     "**Resolved**\u2014(a) that the proposed zoned approach to the re-procurement of the "
     "home care framework, as set out in the report, be supported; and"),
    ("list", [
        ("(b)", "that the draft evaluation criteria be circulated to Members of the "
                "Sub-Committee before the tender is published."),
    ]),
    ("para",
     "**Recommended to Cabinet**\u2014That, when awarding contracts under the new home care "
     "framework, Cabinet require all providers to pay care workers for travelling time "
     "between visits, and that compliance be reported annually to this Sub-Committee."),

    ("minute", "58", "ACCESS TO NHS DENTAL SERVICES",
     "The Sub-Committee received a presentation from Ms Baines, Head of Dental Commissioning, "
     "Carrfield and Wolds Integrated Care Board, on access to NHS dental services in "
     "Holmswold. The presentation covered:"),
    ("list", [
        ("(i)", "the number of practices holding NHS contracts in Holmswold, which had fallen "
                "from 41 in 2021 to 35;"),
        ("(ii)", "the proportion of adults seen by an NHS dentist in the previous 24 months, "
                 "which stood at 36 per cent against an England average of 40 per cent;"),
        ("(iii)", "the handing back of two contracts in Kirkbeck and Fleetby during 2024, "
                  "representing some 21,000 units of dental activity;"),
        ("(iv)", "the procurement of replacement activity, with two new contracts due to "
                 "start in July 2025; and"),
        ("(v)", "the urgent dental care service, which had provided 6,480 urgent appointments "
                "in 2024 through the Holmswold Dental Access Centre."),
    ]),
    ("para",
     "Ms Baines added that, pending the start of the new contracts, the ICB had funded "
     "additional access sessions at six practices for patients with a clinical need who did "
     "not have a regular dentist, and that these sessions were booked through the dental "
     "helpline."),
    ("para",
     "A Member asked how many residents were waiting for an NHS dentist. Ms Baines explained "
     "that there was no waiting list held nationally or locally, but that 9,800 callers to "
     "the ICB\u2019s dental helpline since April 2024 had been seeking a practice taking on "
     "new patients."),
    ("para",
     "Councillor Dunwell expressed concern that families in the coastal villages were "
     "travelling to Sallowby or beyond for routine treatment for their children, and asked "
     "what was being done for the east of Holmswold. Ms Baines stated that one of the two "
     "new contracts would be located in Fleetby and would include a requirement to see "
     "children within four weeks of first contact."),
    ("para",
     "Councillor Bielby enquired whether the national new patient premium had increased the "
     "number of new patients seen locally. Members were informed that 14 of the 35 practices "
     "had claimed the premium and that around 2,300 additional new patients had been seen in "
     "its first nine months."),
    ("para",
     "Enquiry was made about the Council\u2019s own oral health work with children. The "
     "Director of Public Health advised that supervised toothbrushing now took place in 71 "
     "nurseries and primary schools in the areas with the highest levels of tooth decay, and "
     "that fluoride varnish was offered through the community dental service."),
    ("para",
     "Councillor Stainthorpe commented that the national dental contract was at the root of "
     "the problem and that local commissioners could do little while practices were paid by "
     "units of dental activity."),
    ("para",
     "Councillor Mrs Kettlewell requested a breakdown by ward of the practices currently "
     "accepting new adult NHS patients."),
    ("para",
     "**Resolved**\u2014(a) that the presentation be noted; and"),
    ("list", [
        ("(b)", "that the Chair write to the Integrated Care Board requesting a breakdown by "
                "ward of the practices accepting new adult patients and an update on the "
                "mobilisation of the two new contracts."),
    ]),

    ("minute", "59", "YOUTH VAPING \u2013 ENFORCEMENT AND PREVENTION",
     "The Sub-Committee considered a joint report of the Director of Public Health and the "
     "Trading Standards and Licensing Manager on the action being taken to reduce vaping "
     "among children and young people in Holmswold. The report indicated that the 2024 "
     "Holmswold schools survey had found that 19 per cent of pupils in Year 10 vaped at "
     "least occasionally, compared with 11 per cent in 2021, and that most young people who "
     "vaped obtained their vapes from local shops or from older friends and relatives. The "
     "Trading Standards and Licensing Manager outlined the service’s programme of test "
     "purchasing, the seizure of illegal products and its advice visits to retailers, and the "
     "Director of Public Health described the prevention work being carried out with "
     "schools, colleges and youth services."),
    ("para",
     "At the invitation of the Chair, Councillor Wrightson, Ward Member for Sallowby East, "
     "addressed the Sub-Committee. He expressed concern that two convenience stores close to "
     "Sallowby Academy were openly selling brightly coloured disposable vapes to pupils in "
     "school uniform. The Trading Standards and Licensing Manager confirmed that both premises "
     "had been visited following complaints, that one had been the subject of a failed test "
     "purchase, and that a review of its premises licence had been requested."),
    ("para",
     "A Member asked how many test purchases had been carried out during the year. Ms "
     "Ibbitson reported that 52 test purchase attempts had been made in 2024/25, of which 14 "
     "had resulted in an illegal sale to a person under 18."),
    ("para",
     "Councillor Fairweather queried what was being done about illegal vapes which exceeded "
     "the legal limits on nicotine content and tank size. Members were informed that 2,140 "
     "non-compliant vapes had been seized from 23 premises since April 2024, and that two "
     "prosecutions were pending."),
    ("para",
     "Councillor M Hodgson asked whether young people themselves had been consulted on the "
     "prevention campaign. The Director of Public Health said that the Holmswold Youth Council "
     "had helped to design the \u2018Vape Truth\u2019 campaign and that a lesson plan "
     "developed with pupils had been offered to all 19 secondary schools."),
    ("para",
     "The Vice-Chair felt that the forthcoming ban on disposable vapes would simply move "
     "young people on to cheap refillable devices, and that enforcement resources were "
     "thinly spread. The Director of Public Health acknowledged the risk and stated that the "
     "Council would continue to press for a licensing scheme for all retailers of vapes."),
    ("para",
     "**Resolved**\u2014That the joint report on youth vaping enforcement and prevention be "
     "noted."),

    ("minute", "60", "HEALTHWATCH HOLMSWOLD \u2013 \u2018WAITING WELL\u2019 REPORT",
     "The Chief Officer of Healthwatch Holmswold presented the report \u2018Waiting Well: "
     "people\u2019s experiences of waiting for planned hospital care in Holmswold\u2019, which "
     "set out the findings of a survey of 618 people carried out between September and "
     "December 2024, together with four focus groups. Of those responding, 43 per cent had "
     "been waiting for more than a year, and 58 per cent said that they had not been told "
     "how long they were likely to wait. The report made six recommendations to Sallowby and "
     "Carrfield Hospitals NHS Trust and the Integrated Care Board, covering communication "
     "with people on waiting lists, a single point of contact, support to manage pain while "
     "waiting, and the recording of the impact of waiting on people\u2019s work and caring "
     "responsibilities."),
    ("para",
     "The Place Director welcomed the report on behalf of the Integrated Care Board, said "
     "that the ICB accepted the recommendations in principle, and noted that several of the "
     "issues raised were already being addressed through the Trust’s elective recovery "
     "programme."),
    ("para",
     "Councillor Oxtoby asked whether the survey had reached people who did not use the "
     "internet. Ms Etherington stated that paper copies had been distributed through "
     "libraries, GP surgeries and 14 community groups, and that 131 of the responses had "
     "been received on paper."),
    ("para",
     "Members expressed concern that people on waiting lists were being advised to go back "
     "to their GP if their condition worsened, adding to the pressure on general practice. "
     "The Place Director advised that the Integrated Care Board was funding a waiting list "
     "support line, to be run by the Trust from June 2025, which would offer a named contact "
     "for people waiting more than 18 weeks."),
    ("para",
     "The Vice-Chair sought clarification as to whether the Trust was obliged to respond to "
     "the recommendations. Ms Etherington confirmed that providers were required to respond "
     "to Healthwatch reports within 20 working days, and that the Trust had acknowledged the "
     "report and indicated that a full response would follow by 4 April 2025."),
    ("para",
     "Councillor D Hodgson asked whether Healthwatch intended to repeat the survey. It was "
     "indicated that a follow-up survey would be considered as part of the Healthwatch work "
     "plan for 2025/26."),
    ("para",
     "Councillor Dunwell commented that the case studies in the report, in particular that of "
     "a woman who had waited 22 months for a hip replacement while looking after her "
     "husband, should be required reading for the Trust\u2019s board."),
    ("para",
     "**Resolved**\u2014(a) that the report be received and Healthwatch Holmswold be thanked "
     "for its work; and"),
    ("list", [
        ("(b)", "that the responses of Sallowby and Carrfield Hospitals NHS Trust and the "
                "Integrated Care Board to the recommendations be submitted to the meeting of "
                "the Sub-Committee in September 2025."),
    ]),

    ("minute", "61",
     "PLANNED CARE WAITING TIMES \u2013 SALLOWBY AND CARRFIELD HOSPITALS NHS TRUST",
     "The Chair reported that the Trust\u2019s Chief Operating Officer had been unable to attend "
     "owing to a critical incident declared at Sallowby General Hospital earlier that "
     "morning, and that the Trust\u2019s report had been received after the agenda had been "
     "published. The report, which had been circulated to Members by email on 17 March 2025, "
     "showed that 2,940 Holmswold residents had been waiting more than 52 weeks for planned "
     "treatment at the end of January 2025, of whom 1,180 were waiting for orthopaedic care."),
    ("para",
     "Councillor Stainthorpe expressed disappointment that, for the second time in the "
     "municipal year, the Trust had been unable to present its waiting times report as "
     "planned. The Chair agreed to raise the matter with the Trust\u2019s Chief Executive."),
    ("para",
     "**Resolved**\u2014That consideration of the planned care waiting times report be "
     "deferred to the meeting of the Sub-Committee on 11 June 2025."),

    ("minute", "62", "WORK PROGRAMME",
     "The Senior Scrutiny Officer presented the draft work programme for 2025/26, which had "
     "been compiled following a workshop for Members of the Sub-Committee held on "
     "26 February 2025. The draft programme included items on the adult social care "
     "improvement plan following the Care Quality Commission assessment, suicide prevention, "
     "the annual report of the Director of Public Health and the winter plan for 2025/26."),
    ("para",
     "Councillor Bielby requested that an item be added on the proposed closure of the "
     "Carrfield walk-in centre. The Senior Scrutiny Officer advised that the Integrated Care "
     "Board expected to begin public engagement on the proposal in the summer and that the "
     "item would be scheduled for the September meeting."),
    ("para",
     "A Member asked whether the Sub-Committee could hold a joint session with the Children "
     "and Young People Overview and Scrutiny Sub-Committee on child and adolescent mental "
     "health services. The Chair indicated that she would discuss this with the Chair of that "
     "Sub-Committee."),
    ("para",
     "**Resolved**\u2014That the work programme for 2025/26 be approved, subject to the "
     "inclusion of an item on the proposed closure of the Carrfield walk-in centre at the "
     "September meeting."),

    ("closing", "The meeting closed at 12.58 pm."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "B", 9)
                self.set_xy(140, 10)
                self.cell(50, 5, "Public Document Pack", align="R")
                self.set_y(22)
                return
            self.set_font("DejaVu", "", 8)
            self.set_xy(20, 10)
            self.cell(170, 4, "Health, Care and Wellbeing Overview and Scrutiny "
                              "Sub-Committee \u2013 19 March 2025", align="R")
            self.set_draw_color(120, 120, 120)
            self.line(20, 15, 190, 15)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(PDF_DATE)
    pdf.set_title("Printed minutes 19th-Mar-2025 10.00 Health, Care and Wellbeing Overview "
                  "and Scrutiny Sub-Committee")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("modern.gov")
    pdf.add_page()

    LH = 5.0      # line height
    NUM_X, BODY_X, RIGHT = 20.0, 34.0, 190.0
    GAP = 3.0

    def space_for(lines: int) -> None:
        if pdf.get_y() + lines * LH > pdf.h - 22:
            pdf.add_page()

    # title block
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_x(20)
    pdf.cell(170, 7, "HOLMSWOLD COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(170, 6, "HEALTH, CARE AND WELLBEING OVERVIEW AND SCRUTINY\nSUB-COMMITTEE",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(170, 6, "19 MARCH 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)

    pdf.set_font("DejaVu", "", 10)
    for block in ATTENDANCE:
        if block[0] == "label":
            _, label, text = block
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_xy(20, y)
            pdf.cell(28, LH, label)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(48, y)
            pdf.multi_cell(RIGHT - 48, LH, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(48)
            pdf.multi_cell(RIGHT - 48, LH, block[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(GAP)
    pdf.ln(3)

    for block in BODY:
        kind = block[0]
        if kind == "minute":
            _, number, title, text = block
            space_for(4)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_xy(NUM_X, y)
            pdf.cell(BODY_X - NUM_X, LH, f"{number}.")
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(RIGHT - BODY_X, LH, f"**{title}** \u2013 {text}", markdown=True,
                           align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(GAP)
        elif kind == "para":
            space_for(2)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(RIGHT - BODY_X, LH, block[1], markdown=True, align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(GAP)
        elif kind == "quote":
            space_for(2)
            pdf.set_font("DejaVu", "I", 10)
            pdf.set_x(BODY_X + 8)
            pdf.multi_cell(RIGHT - BODY_X - 16, LH, block[1], align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            pdf.ln(GAP)
        elif kind == "list":
            pdf.set_font("DejaVu", "", 10)
            for label, text in block[1]:
                space_for(2)
                y = pdf.get_y()
                pdf.set_xy(BODY_X, y)
                pdf.cell(11, LH, label)
                pdf.set_xy(BODY_X + 11, y)
                pdf.multi_cell(RIGHT - BODY_X - 11, LH, text, align="J",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(GAP - 0.5)
            pdf.ln(0.5)
        elif kind == "closing":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(NUM_X)
            pdf.multi_cell(RIGHT - NUM_X, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(GAP)
        else:
            raise ValueError(kind)

    # signature block
    space_for(8)
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(110)
    pdf.cell(80, LH, "Chair ........................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(110)
    pdf.cell(80, LH, "Date .........................................................",
             new_x="LMARGIN", new_y="NEXT")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The Healthwatch report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    def para(text: str, bold: bool = False, italic: bool = False, size: int | None = None,
             align=None, style: str | None = None):
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def labelled(label: str, text: str):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)

    p = para("Agenda Item 8", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para("healthwatch", bold=True, size=22)
    p.runs[0].font.color.rgb = RGBColor(0xE7, 0x3E, 0x97)
    para("Holmswold", bold=True, size=14)

    labelled("Report to: ", "Health, Care and Wellbeing Overview and Scrutiny Sub-Committee")
    labelled("Date of meeting: ", "19 March 2025")
    labelled("Report of: ", "Grace Etherington, Chief Officer, Healthwatch Holmswold")
    labelled("Title: ", "Waiting Well \u2013 people\u2019s experiences of waiting for planned "
                        "hospital care in Holmswold")

    doc.add_heading("1. Purpose of this report", level=1)
    para("This report shares with the Sub-Committee what local people have told Healthwatch "
         "Holmswold about waiting for planned (non-urgent) hospital treatment, such as hip "
         "and knee replacements, cataract operations and first outpatient appointments. It "
         "sets out our six recommendations to Sallowby and Carrfield Hospitals NHS Trust and "
         "Carrfield and Wolds Integrated Care Board, and suggests some areas the "
         "Sub-Committee may wish to explore with them.")

    doc.add_heading("2. About Healthwatch Holmswold", level=1)
    para("Healthwatch Holmswold is the independent champion for people who use health and "
         "social care services in Holmswold. We listen to what people like about services "
         "and what could be improved, and we share their views with the organisations that "
         "plan and run those services. We are a small team of five staff supported by 38 "
         "volunteers. Our work is funded by Holmswold Council under the Health and Social "
         "Care Act 2012.")

    doc.add_heading("3. Why we looked at waiting", level=1)
    para("Waiting for treatment was the most common subject raised with our information "
         "and signposting service in 2023/24, accounting for 212 of the 1,046 enquiries we "
         "received. Many people contacted us more than once, often because they had heard "
         "nothing from the hospital for many months and did not know whether they were "
         "still on the list. Our volunteers and our Board agreed that this should be a "
         "priority for our 2024/25 work plan.")

    doc.add_heading("4. What we did", level=1)
    para("Between September and December 2024 we ran a survey which was completed by 618 "
         "people who were waiting, or had recently waited, for planned hospital care. 487 "
         "people completed the survey online and 131 on paper. Paper copies were left in "
         "all 16 libraries, in GP surgeries and with 14 community groups, and our "
         "volunteers helped people to fill them in at coffee mornings and markets.")
    para("We also held four focus groups, in Fleetby, Sallowby and Kirkbeck and with "
         "members of a carers\u2019 group, attended by 41 people in total. We have written "
         "up six case studies, with people\u2019s permission, which are available in the full "
         "report.")

    doc.add_heading("5. What people told us", level=1)
    table = doc.add_table(rows=6, cols=2)
    table.style = "Table Grid"
    for row, (a, b) in zip(table.rows, (
        ("Key figures", "Survey respondents (618)"),
        ("Waiting more than 52 weeks", "43%"),
        ("Not told how long they were likely to wait", "58%"),
        ("Did not know who to contact about their place on the list", "64%"),
        ("Said their pain had got worse while waiting", "51%"),
        ("Had to reduce work or caring because of their condition", "29%"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    doc.add_heading("Not knowing", level=2)
    para("The strongest theme was uncertainty. More than half of the people who responded "
         "had not been given any idea of how long they would wait, and many had received "
         "no contact from the hospital since they were referred.")
    para("\u201cI rang the hospital in May and was told I was on the list. That is all I have "
         "heard in fourteen months. I don\u2019t know whether to book a holiday or not.\u201d",
         italic=True)

    doc.add_heading("Who to contact", level=2)
    para("Nearly two thirds of people did not know who to contact about their place on the "
         "list. Many had been told by the hospital to speak to their GP if their condition "
         "got worse, and some had been told by their GP to ring the hospital. Several people "
         "described being passed between the two.")
    para("\u201cEveryone is very kind but nobody owns the problem. I have rung six different "
         "numbers.\u201d", italic=True)

    doc.add_heading("Living with pain", level=2)
    para("Half of the people waiting for orthopaedic treatment said that their pain had got "
         "worse. Some were taking strong painkillers for long periods without any review, "
         "and a number said that they had become less active and had put on weight, which "
         "they worried might delay their operation further.")

    doc.add_heading("Work, money and caring", level=2)
    para("Almost three in ten people had reduced their working hours, given up work or "
         "found it harder to look after someone because of their condition. Carers in our "
         "focus group told us that nobody had asked them how waiting was affecting the "
         "person they looked after.")
    para("\u201cMy husband has dementia. I am his carer and I am waiting for a new hip. If I "
         "go into hospital, who looks after him? Nobody has asked me that.\u201d", italic=True)

    doc.add_heading("What went well", level=2)
    para("People who had been contacted by the Trust\u2019s waiting list validation team, "
         "or who had been offered treatment at another hospital, were much more positive. "
         "Several praised the physiotherapy \u2018prehab\u2019 classes at Kirkbeck Community "
         "Hospital, which they said had helped them to stay active while they waited.")

    doc.add_heading("6. You asked, we said", level=1)
    para("During the project people asked us many questions. Some of the most common are "
         "below, with the information we gave. We have shared these with the Trust so that "
         "the answers can be included in its letters to patients.")
    ya = doc.add_table(rows=5, cols=2)
    ya.style = "Table Grid"
    for row, (a, b) in zip(ya.rows, (
        ("You asked", "We said"),
        ("Can I ask to be treated at a different hospital with a shorter wait?",
         "In many cases, yes. If you have waited a long time you can ask your GP or the "
         "hospital about being moved to another provider. We can explain how this works."),
        ("Will I lose my place if I say no to a date?",
         "Not automatically. Tell the hospital why the date does not suit you. If you "
         "decline two reasonable offers your case may be reviewed."),
        ("Who do I call if my pain gets worse?",
         "Your GP practice can review your pain relief. If your condition changes a lot, "
         "ask the practice to let the hospital know."),
        ("Is there any help while I wait?",
         "The Trust runs prehab classes and some voluntary groups offer support. Our "
         "information line can tell you what is available near you."),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    doc.add_heading("7. Our recommendations", level=1)
    for text in (
        "The Trust should write to everyone who has waited more than 18 weeks at least every "
        "three months, giving an estimated date or range and a named point of contact.",
        "The Trust and the Integrated Care Board should set up a single telephone and "
        "email contact for people on waiting lists, so that people are not passed between "
        "the hospital and their GP.",
        "People waiting for orthopaedic treatment should be offered a review of their pain "
        "relief and access to prehab classes, with transport help for those in rural areas.",
        "Referral and pre-assessment forms should ask whether the person is a carer, and "
        "carers should be given priority support to plan for their treatment.",
        "The Trust should record the impact of waiting on people\u2019s work and caring "
        "responsibilities and use it when prioritising its lists.",
        "The Integrated Care Board should publish waiting times for Holmswold residents "
        "every quarter in a form that the public can easily understand.",
    ):
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("8. Questions the Sub-Committee may wish to ask", level=1)
    para("Members may find the following questions helpful when they discuss this report and "
         "the Trust\u2019s planned care report later in the year:")
    for text in (
        "How will the Trust make sure that nobody waits more than three months without "
        "hearing from the hospital?",
        "When will people on waiting lists have one number to call, and who will answer it?",
        "What support is available to people whose pain is getting worse while they wait?",
        "How are carers identified, and what happens to the person they care for while they "
        "are in hospital?",
        "How does the Trust know whether its letters are understood by the people who "
        "receive them?",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("9. Next steps", level=1)
    para("We have sent this report to the Trust and to the Integrated Care Board and have "
         "asked them to respond to our recommendations within 20 working days, as they are "
         "required to do. We will publish their responses on our website. We will consider "
         "whether to repeat the survey when we agree our work plan for 2025/26.")

    doc.add_heading("10. Recommendation to the Sub-Committee", level=1)
    para("The Sub-Committee is asked to receive this report and to consider asking the Trust "
         "and the Integrated Care Board to report back on their response to our "
         "recommendations.")

    doc.add_heading("Contact", level=1)
    para("Grace Etherington, Chief Officer, Healthwatch Holmswold")
    para("Telephone: 01632 960418")
    para("Email: enquiries@healthwatchholmswold.example")
    para("Unit 4, The Old Maltings, Kirkbeck")

    cp = doc.core_properties
    cp.author = "Grace Etherington"
    cp.last_modified_by = "Grace Etherington"
    cp.title = "Waiting Well - report to Health, Care and Wellbeing OSC"
    cp.revision = 4
    cp.created = DOCX_DATE
    cp.modified = DOCX_DATE
    cp.last_printed = DOCX_DATE

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 11, 45, 0))
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


DAH = "Director of Adults, Health and Housing"
HCQ = "Head of Commissioning and Quality Assurance"
DPH = "Director of Public Health"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-19",
    "items": [
        {"number": "52", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "53", "title": "DECLARATIONS OF INTEREST"},
        {"number": "54", "title": "MINUTES"},
        {"number": "55", "title": "PUBLIC QUESTIONS"},
        {"number": "56", "title": "PORTFOLIO HOLDER UPDATE"},
        {"number": "57", "title": "RE-PROCUREMENT OF THE HOME CARE FRAMEWORK"},
        {"number": "58", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "59", "title": "YOUTH VAPING \u2013 ENFORCEMENT AND PREVENTION"},
        {"number": "60", "title": "HEALTHWATCH HOLMSWOLD \u2013 \u2018WAITING WELL\u2019 REPORT"},
        {"number": "61", "title": "PLANNED CARE WAITING TIMES \u2013 SALLOWBY AND CARRFIELD "
                                  "HOSPITALS NHS TRUST"},
        {"number": "62", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        # 54 minutes: a matter arising
        q("54", "question",
          "whether the figures on the number of people waiting in hospital for a package",
          "Vice-Chair",
          "the figures had been circulated by email on 4 February 2025",
          "Senior Scrutiny Officer", ["adult-social-care"]),
        # 55 public questions
        q("55", "question",
          "Will the Council guarantee that no company given a place on the new framework",
          "Mr Derek Ainsty",
          "no provider will be able to subcontract any package of care without",
          "Portfolio Holder for Adult Social Care and Public Health",
          ["subcontracting", "adult-social-care", "patient-and-public-input"]),
        q("55", "question",
          "asked how people receiving care would be told which agency was actually providing",
          "Mr Derek Ainsty",
          "undertook to provide Mr Ainsty with a written reply within ten working days",
          "Portfolio Holder", ["subcontracting", "adult-social-care"]),
        # 56 portfolio holder update
        q("56", "question",
          "Enquiry was made as to which areas the Care Quality Commission had identified",
          None,
          "the assessment had highlighted waiting times for occupational therapy assessments",
          DAH, ["governance", "adult-social-care"]),
        # 57 home care framework
        q("57", "concern",
          "the number of visits in the rural east of Holmswold which were delivered late",
          None,
          "the zoned model was intended to reduce travelling time by grouping packages",
          HCQ, ["adult-social-care"]),
        q("57", "question",
          "asked whether lead providers would be permitted to subcontract packages to other "
          "agencies",
          "Councillor Lazenby",
          "the lead provider would remain accountable for the quality of all care",
          HCQ, ["subcontracting", "adult-social-care"]),
        q("57", "question",
          "whether the new contracts would require providers to pay care workers for their",
          None,
          "the specification would require providers to pay at least the Real Living Wage",
          None, ["workforce", "subcontracting", "adult-social-care"]),
        q("57", "concern",
          "smaller, locally based providers could be squeezed out of the market",
          None,
          "the secondary provider places in each zone were intended to give smaller providers",
          DAH, ["subcontracting", "privatisation", "adult-social-care"]),
        q("57", "question",
          "asked how people who used home care and their carers had been involved",
          "Councillor Oxtoby",
          "a reference group of eleven people with lived experience had co-designed the outcomes",
          HCQ, ["patient-and-public-input", "adult-social-care"]),
        q("57", "question",
          "asked whether bringing home care back in-house had been considered as an alternative",
          None,
          "an in-house option had been appraised but was estimated to cost an additional",
          DAH, ["privatisation", "adult-social-care", "finance"]),
        q("57", "request",
          "requested that Members of the Sub-Committee be given sight of the evaluation criteria",
          "Councillor Stainthorpe",
          "agreed to circulate the draft criteria to Members by 30 April 2025",
          DAH, ["subcontracting"]),
        # 58 dental services
        q("58", "question",
          "asked how many residents were waiting for an NHS dentist",
          None,
          "there was no waiting list held nationally or locally",
          "Ms Baines", ["primary-care"]),
        q("58", "concern",
          "expressed concern that families in the coastal villages were travelling to Sallowby",
          "Councillor Dunwell",
          "one of the two new contracts would be located in Fleetby",
          "Ms Baines", ["primary-care", "children-and-families"]),
        q("58", "question",
          "whether the national new patient premium had increased the number of new patients",
          "Councillor Bielby",
          "14 of the 35 practices had claimed the premium",
          None, ["primary-care"]),
        q("58", "question",
          "Enquiry was made about the Council's own oral health work with children",
          None,
          "supervised toothbrushing now took place in 71 nurseries and primary schools",
          DPH, ["public-health", "children-and-families"]),
        q("58", "comment",
          "the national dental contract was at the root of the problem",
          "Councillor Stainthorpe", None, None, ["primary-care"]),
        q("58", "request",
          "requested a breakdown by ward of the practices currently accepting new adult",
          "Councillor Mrs Kettlewell", None, None, ["primary-care"]),
        # 59 youth vaping
        q("59", "concern",
          "two convenience stores close to Sallowby Academy were openly selling brightly coloured",
          "Councillor Wrightson",
          "one had been the subject of a failed test purchase",
          "Trading Standards and Licensing Manager",
          ["public-health", "children-and-families"]),
        q("59", "question",
          "asked how many test purchases had been carried out during the year",
          None,
          "52 test purchase attempts had been made in 2024/25",
          "Ms Ibbitson", ["public-health"]),
        q("59", "question",
          "queried what was being done about illegal vapes which exceeded the legal limits",
          "Councillor Fairweather",
          "2,140 non-compliant vapes had been seized from 23 premises since April 2024",
          None, ["public-health"]),
        q("59", "question",
          "asked whether young people themselves had been consulted on the prevention campaign",
          "Councillor M Hodgson",
          "the Holmswold Youth Council had helped to design the Vape Truth campaign",
          DPH, ["patient-and-public-input", "children-and-families", "public-health"]),
        q("59", "comment",
          "the forthcoming ban on disposable vapes would simply move young people on",
          "Vice-Chair",
          "would continue to press for a licensing scheme for all retailers of vapes",
          DPH, ["public-health", "children-and-families"]),
        # 60 Healthwatch report
        q("60", "question",
          "asked whether the survey had reached people who did not use the internet",
          "Councillor Oxtoby",
          "paper copies had been distributed through libraries, GP surgeries and 14 community",
          "Ms Etherington", ["patient-and-public-input"]),
        q("60", "concern",
          "people on waiting lists were being advised to go back to their GP",
          None,
          "the Integrated Care Board was funding a waiting list support line",
          "Place Director", ["primary-care"]),
        q("60", "question",
          "sought clarification as to whether the Trust was obliged to respond to the "
          "recommendations",
          "Vice-Chair",
          "providers were required to respond to Healthwatch reports within 20 working days",
          "Ms Etherington", ["governance", "patient-and-public-input"]),
        q("60", "question",
          "asked whether Healthwatch intended to repeat the survey",
          "Councillor D Hodgson",
          "a follow-up survey would be considered as part of the Healthwatch work plan",
          None, ["patient-and-public-input"]),
        q("60", "comment",
          "should be required reading for the Trust's board",
          "Councillor Dunwell", None, None, []),
        # 61 waiting times (deferred)
        q("61", "concern",
          "for the second time in the municipal year, the Trust had been unable",
          "Councillor Stainthorpe",
          "The Chair agreed to raise the matter with the Trust's Chief Executive",
          "Chair", ["governance"]),
        # 62 work programme
        q("62", "request",
          "requested that an item be added on the proposed closure of the Carrfield",
          "Councillor Bielby",
          "the item would be scheduled for the September meeting",
          "Senior Scrutiny Officer", ["primary-care"]),
        q("62", "question",
          "asked whether the Sub-Committee could hold a joint session with the Children",
          None,
          "she would discuss this with the Chair of that Sub-Committee",
          "Chair", ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        res("54", "the minutes of the meeting of the Sub-Committee held on 22 January 2025",
            "agreed", []),
        res("56", "The Sub-Committee noted the update and thanked the Portfolio Holder",
            "noted", []),
        res("57", "the proposed zoned approach to the re-procurement of the home care framework",
            "agreed", ["subcontracting", "adult-social-care"]),
        res("57", "require all providers to pay care workers for travelling time between visits",
            "recommended", ["workforce", "subcontracting", "adult-social-care"]),
        res("58", "the Chair write to the Integrated Care Board requesting a breakdown by ward",
            "agreed", ["primary-care"]),
        res("59", "the joint report on youth vaping enforcement and prevention be noted",
            "noted", ["public-health", "children-and-families"]),
        res("60", "the report be received and Healthwatch Holmswold be thanked for its work",
            "agreed", ["patient-and-public-input"]),
        res("61", "consideration of the planned care waiting times report be deferred",
            "deferred", []),
        res("62", "the work programme for 2025/26 be approved, subject to the inclusion",
            "agreed", ["primary-care"]),
    ],
    "attendees": [
        att("Councillor Pickering", "Chair", "present"),
        att("Councillor Ashworth-Lunn", "Vice-Chair", "present"),
        att("Councillor Bielby", None, "present"),
        att("Councillor Dunwell", None, "present"),
        att("Councillor Fairweather", None, "present"),
        att("Councillor D Hodgson", None, "present"),
        att("Councillor M Hodgson", None, "present"),
        att("Councillor Mrs Kettlewell", None, "present"),
        att("Councillor Lazenby", None, "present"),
        att("Councillor Oxtoby", None, "present"),
        att("Councillor Stainthorpe", None, "present"),
        att("Councillor Grayburn", None, "apologies"),
        att("Councillor Tindall", None, "apologies"),
        att("Councillor Moxon", None, "absent"),
        att("Councillor Tennant", "Portfolio Holder for Adult Social Care and Public Health",
            "in_attendance"),
        att("Councillor Wrightson", "Ward Member for Sallowby East", "in_attendance"),
        att("Helen Garbutt", DAH, "in_attendance"),
        att("Dr Rohan Mistry", DPH, "in_attendance"),
        att("Andrew Loftus", HCQ, "in_attendance"),
        att("Karen Ibbitson", "Trading Standards and Licensing Manager", "in_attendance"),
        att("Philippa Nunns", "Senior Scrutiny Officer", "in_attendance"),
        att("Nisha Baines",
            "Head of Dental Commissioning, Carrfield and Wolds Integrated Care Board",
            "in_attendance"),
        att("Matthew Sowden",
            "Place Director (Holmswold), Carrfield and Wolds Integrated Care Board",
            "in_attendance"),
        att("Grace Etherington", "Chief Officer, Healthwatch Holmswold", "in_attendance"),
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
            return "\n\f".join(page.extract_text() or "" for page in pdf.pages)
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
    for gold_path in sorted(GOLD.glob("pg-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        pages = text.count("\f") + 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {pages} pages, "
              f"{len(phrases)} phrases checked, {len(gold['items'])} items, "
              f"{len(gold['questions'])} questions ({answers} answered), "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
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
