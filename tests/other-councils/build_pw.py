#!/usr/bin/env python3
"""Build the "pw-" documents of round 220 and their gold annotations.

Usage:  build_pw.py           build documents/pw-* and gold/pw-*.json
        build_pw.py --check   verify every gold phrase occurs once in its document

Two PDFs from an invented East of England borough council:
  * the printed minutes of its Environment and Community Panel (an overview and
    scrutiny panel), minute numbers and titles in a narrow left column beside the text;
  * a pre-screening equality impact assessment, which is not minutes.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pw-wexlow-west-fenmere-environment-community-panel-2025-03-12.pdf"
EIA_NAME = "pw-wexlow-west-fenmere-equality-impact-assessment-adaptations-framework.pdf"

FIXED = dt.datetime(2025, 3, 20, 10, 15, 0, tzinfo=dt.timezone.utc)
FIXED_EIA = dt.datetime(2025, 2, 14, 15, 40, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
COUNCIL = "BOROUGH COUNCIL OF WEXLOW & WEST FENMERE"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Each item: (number, title, blocks).  A block is
#   "text"                   a paragraph (fpdf2 markdown: **bold**)
#   ("link", url)            the clerk's "Click here to view the recording" line
#   ("bullets", [texts])     a bulleted list
#   ("numbered", [texts])    "1)" clauses with a hanging indent
#   ("italic", text)         an italic note

REC = "Click here to view the recording of this item on You Tube."

ATTENDANCE = [
    ("PRESENT:",
     "Councillor R Pennock (Chair)\n"
     "Councillor S Dhaliwal (Vice-Chair)\n"
     "Councillors T Abbey-Warne, J Blyth-Carter, M de Winton, K Fairweather, L Holgate, "
     "P Marchant, A Okonedo (present on Teams) and B Threlfall (sub)"),
    ("Portfolio Holders:",
     "Councillor H Goldsby \u2013 Portfolio Holder for People and Communities\n"
     "Councillor E Varney \u2013 Portfolio Holder for Housing and Health"),
    ("Present under Standing Order 34:",
     "Councillor N Quennell"),
    ("Officers:",
     "Fiona Lathbury \u2013 Assistant Director, Health, Wellbeing and Public Protection\n"
     "Darren Moxey \u2013 Housing Services Manager\n"
     "Hannah Pryor \u2013 Private Sector Housing and Adaptations Manager\n"
     "Sam Kettleborough \u2013 Democratic Services Officer"),
    ("By Invitation:",
     "Dr Imran Sadiq \u2013 Associate Director of Primary Care (Dental), Fenshire and "
     "Wendmouth Integrated Care Board\n"
     "Jenny Osei \u2013 Chief Officer, Healthwatch Fenshire\n"
     "Carol Henty \u2013 Consultant in Public Health, Fenshire County Council\n"
     "Mark Yallop \u2013 Trading Standards Team Manager, Fenshire County Council"),
]

ITEMS = [
    ("EC88:", "APOLOGIES FOR ABSENCE", [
        "Apologies for absence were received from Councillor Mrs V Stannard and Councillor "
        "C Ruddock. Councillor Threlfall attended the meeting as substitute for Councillor "
        "Mrs Stannard.",
    ]),
    ("EC89:", "MINUTES OF THE PREVIOUS MEETING", [
        "**RESOLVED:** The Minutes from the meeting held on 22nd January 2025 were agreed "
        "as a correct record and signed by the Chair.",
    ]),
    ("EC90:", "DECLARATIONS OF INTEREST", [
        "Councillor Holgate declared an interest in item EC96 as she was a volunteer at the "
        "Wexlow Night Shelter.",
        "Councillor Marchant declared an interest in item EC95 as a close family member had "
        "received a Disabled Facilities Grant within the last twelve months.",
        "Neither interest was a disclosable pecuniary interest and both Members remained in "
        "the meeting for the items concerned.",
    ]),
    ("EC91:", "URGENT BUSINESS UNDER STANDING ORDER 7", [
        "There was none.",
    ]),
    ("EC92:", "MEMBERS PRESENT PURSUANT TO STANDING ORDER 34", [
        "Councillor N Quennell was present under Standing Order 34 for item EC94 \u2013 "
        "Access to NHS Dentistry in West Fenmere.",
    ]),
    ("EC93:", "CHAIR'S CORRESPONDENCE (IF ANY)", [
        "The Chair reported that she had received a letter from Ollerby Drove Parish "
        "Council about the closure of the village's dental surgery. The letter had been "
        "circulated to Members of the Panel by the Democratic Services Officer in advance "
        "of the meeting and would be taken into account under item EC94.",
    ]),
    ("EC94:", "ACCESS TO NHS DENTISTRY IN WEST FENMERE \u2013 PRESENTATION FROM THE "
              "INTEGRATED CARE BOARD", [
        ("link", "https://youtu.be/wfEC94m25"),
        "The Chair welcomed Dr Imran Sadiq, Associate Director of Primary Care (Dental) at "
        "Fenshire and Wendmouth Integrated Care Board (ICB), and Jenny Osei, Chief Officer "
        "of Healthwatch Fenshire, to the meeting. The Chair reminded Members that the Panel "
        "had asked for the item after a number of enquiries from residents about the "
        "difficulty of finding an NHS dentist in the Borough, and that the commissioning of "
        "dental services was the responsibility of the ICB and not of the Borough Council.",
        "The Associate Director of Primary Care gave a presentation, a copy of which had "
        "been circulated with the agenda, which covered the following areas:",
        ("bullets", [
            "The responsibility for commissioning NHS dentistry, which had been delegated "
            "from NHS England to the ICB in April 2023.",
            "There were 14 NHS dental practices in West Fenmere, of which two were "
            "accepting new adult NHS patients at the time of the meeting.",
            "In 2023/2024 practices in the Borough had delivered 78% of their contracted "
            "Units of Dental Activity, against 84% across the ICB area as a whole.",
            "The new patient premium and the national \u2018golden hello\u2019 scheme, "
            "under which dentists received a payment for working in an under-served area "
            "for three years.",
            "The Urgent Dental Care Service, which provided around 190 urgent appointments "
            "a week across Fenshire from four sites, one of which was in Wexlow.",
            "The ICB\u2019s plan to procure a Dental Care Centre in Wexlow during "
            "2025/2026, offering both routine and urgent care.",
        ]),
        "The Chief Officer, Healthwatch Fenshire, informed the Panel that NHS dentistry had "
        "been the largest single subject of feedback received by Healthwatch from West "
        "Fenmere residents during 2024, accounting for 31% of all contacts. Common themes "
        "were patients being removed from a practice\u2019s list after not attending for "
        "two years, long journeys to urgent appointments and people in pain paying for "
        "private treatment which they could not afford.",
        "The Chair thanked the Associate Director of Primary Care and the Chief Officer for "
        "their presentations and invited questions and comments from the Panel, as "
        "summarised below.",
        "The Vice-Chair, Councillor Dhaliwal, asked how many residents of West Fenmere were "
        "currently waiting for an NHS dentist. The Associate Director of Primary Care "
        "explained that there was no single waiting list held by the ICB, as patients "
        "registered their interest directly with individual practices, but the ICB "
        "estimated that around 9,400 adults in the Borough were seeking an NHS dentist.",
        "Councillor Fairweather referred to the golden hello scheme and asked how many "
        "dentists had taken up the offer in the Borough. In response, the Associate "
        "Director of Primary Care confirmed that three posts had been offered in West "
        "Fenmere under the scheme and that two had been filled, both at practices in "
        "Wexlow. The third post, at Tattlesham St Giles, had been advertised twice without "
        "success.",
        "Councillor Abbey-Warne expressed concern that children in the rural parts of the "
        "Borough were missing out on check-ups, and pointed out that tooth decay remained "
        "the most common reason for a child aged between five and nine to be admitted to "
        "hospital. He asked what was being done to reach families who could not easily "
        "travel into Wexlow. The Consultant in Public Health explained that the supervised "
        "toothbrushing programme funded by the County Council was now running in 22 "
        "nurseries and primary schools in the Borough, and that the ICB had agreed to pilot "
        "a mobile dental unit visiting Ollerby Drove and Hennerby from September 2025.",
        "Councillor de Winton asked why so many dental practices were handing back their "
        "NHS contracts or reducing the number of NHS patients that they saw. The Associate "
        "Director of Primary Care explained that the national dental contract paid a "
        "practice the same amount for a course of treatment whether it involved one filling "
        "or several, which made it difficult for practices to treat patients with high "
        "needs. Changes to the contract were a matter for the Government, although the ICB "
        "had used its flexible commissioning powers to pay some practices a higher rate for "
        "patients who had not seen a dentist for two years or more.",
        "Under Standing Order 34, Councillor Quennell addressed the Panel. He explained that "
        "the only NHS dental practice in Ollerby Drove had closed in October 2024 and that "
        "residents were now being told to travel to Wexlow, a round trip of 46 miles, which "
        "was not possible for many older residents who did not drive. He asked whether the "
        "ICB intended to re-commission a service in the village. The Associate Director of "
        "Primary Care explained that the funding from the closed practice had been retained "
        "by the ICB and would be re-procured, but that two previous procurement exercises in "
        "rural parts of Fenshire had attracted no bidders. The mobile dental unit was "
        "intended to provide some cover in the meantime.",
        "Councillor Okonedo asked whether the proposed Dental Care Centre would be run by "
        "the NHS or by a private company. The Associate Director of Primary Care explained "
        "that the ICB would run a competitive procurement process for the Centre and that, "
        "as with all high street dentistry, it was likely to be delivered by an independent "
        "provider working under an NHS contract. Patients would pay no more than the "
        "standard NHS charges.",
        "Councillor Holgate commented that residents had told her that some practices which "
        "had closed their NHS lists were offering private appointments within a fortnight, "
        "while NHS patients had been waiting for more than a year, and she felt that this "
        "was creating a two-tier service in the Borough.",
        "The Chair requested that the ICB provide the Panel with a breakdown, by practice, "
        "of the number of NHS patients seen in the Borough in each of the last three years. "
        "The Associate Director of Primary Care agreed to provide this information to the "
        "Democratic Services Officer for circulation to the Panel.",
        "The Chair thanked Dr Sadiq and Ms Osei for attending the meeting.",
        "**RESOLVED:**",
        ("numbered", [
            "The Panel noted the presentation.",
            "The Panel requested that the Integrated Care Board attend a future meeting of "
            "the Panel to provide an update on the procurement of the Dental Care Centre and "
            "the mobile dental unit pilot.",
        ]),
    ]),
    ("EC95:", "CABINET REPORT \u2013 HOME IMPROVEMENT AGENCY: RE-PROCUREMENT OF THE "
              "ADAPTATIONS CONTRACTOR FRAMEWORK AND HANDYPERSON SERVICE", [
        ("link", "https://youtu.be/wfEC95m25"),
        "The Private Sector Housing and Adaptations Manager presented the report, which was "
        "due to be considered by Cabinet on 1st April 2025. She explained that the "
        "Council\u2019s Home Improvement Agency (HIA) helped older and disabled residents "
        "to remain safely in their own homes, principally through the delivery of mandatory "
        "Disabled Facilities Grants (DFGs). In 2023/2024 the HIA had completed 312 "
        "adaptations at a cost of \u00a32.9 million, funded from the Council\u2019s "
        "allocation through the Better Care Fund.",
        "The building works were carried out by contractors appointed through an Adaptations "
        "Contractor Framework, which would expire on 30th June 2025. The report sought "
        "approval to re-procure the framework for a period of up to four years, with an "
        "estimated total value of \u00a36.8 million, divided into three lots:",
        ("bullets", [
            "Lot 1 \u2013 stairlifts, through-floor lifts and hoists;",
            "Lot 2 \u2013 level access showers and bathroom adaptations; and",
            "Lot 3 \u2013 extensions, ramps and major works.",
        ]),
        "The report also proposed that the handyperson service, which carried out small "
        "repairs and minor adaptations such as grab rails and key safes and which had been "
        "subcontracted to Fenmere Care and Repair Ltd since 2019, be brought back in-house "
        "when the current agreement ended on 30th September 2025.",
        "The Chair thanked the Private Sector Housing and Adaptations Manager for the report "
        "and invited questions and comments from the Panel, as summarised below.",
        "Councillor Blyth-Carter asked what the average waiting time currently was from an "
        "Occupational Therapist\u2019s referral to the completion of the works. The Private "
        "Sector Housing and Adaptations Manager explained that the average was 38 weeks, of "
        "which around 14 weeks was spent waiting for an assessment by an Occupational "
        "Therapist from the County Council. The HIA had recently agreed with the County "
        "Council that its own Technical Officers could assess straightforward cases such as "
        "grab rails and stair rails, which was expected to reduce the wait for those "
        "residents.",
        "Councillor de Winton expressed concern that contractors on the current framework "
        "had subcontracted some of the work to smaller firms which were not themselves on "
        "the framework, and asked how the quality of that work was monitored. It was "
        "explained that subcontracting was permitted under the framework only with the "
        "written agreement of the Council, and that every completed adaptation was "
        "inspected by a Technical Officer before the final payment was released to the "
        "contractor. There had been 17 complaints about the quality of work in 2023/2024, "
        "all of which had been resolved.",
        "Councillor Fairweather asked whether local building firms would be able to bid for "
        "a place on the framework. In response, the Private Sector Housing and Adaptations "
        "Manager explained that the framework had been divided into lots so that smaller "
        "contractors could bid for one type of work without having to cover the whole of "
        "the Borough, and that a market engagement event held in January 2025 had been "
        "attended by eleven firms, seven of them based in West Fenmere.",
        "Councillor Okonedo welcomed the proposal to bring the handyperson service back "
        "in-house and asked whether the staff currently employed by Fenmere Care and Repair "
        "Ltd would transfer to the Council. The Assistant Director, Health, Wellbeing and "
        "Public Protection confirmed that the two handypersons and the part-time "
        "administrator would transfer to the Council under TUPE on their existing terms and "
        "conditions, and that the company had been consulted and supported the proposal.",
        "The Vice-Chair, Councillor Dhaliwal, sought clarification on whether bringing the "
        "service in-house would result in any additional cost to the Council. The Portfolio "
        "Holder for Housing and Health, Councillor Varney, explained that the handyperson "
        "service would continue to be funded from the Better Care Fund allocation and that "
        "the management fee currently paid to the company, of around \u00a338,000 a year, "
        "would be saved. She added that the service would be better joined up with the "
        "HIA\u2019s caseworkers.",
        "Councillor Marchant asked what help was available to residents who did not qualify "
        "for a grant following the means test. The Private Sector Housing and Adaptations "
        "Manager explained that the Council\u2019s discretionary Housing Assistance Policy "
        "allowed a loan of up to \u00a315,000, secured on the property, to be offered in "
        "those cases.",
        "Councillor Threlfall commented that the report did not explain how the views of "
        "residents who had received adaptations had been taken into account, and felt that "
        "their experience should inform the new framework. The Private Sector Housing and "
        "Adaptations Manager explained that a satisfaction form was sent to every applicant "
        "when the works were completed, but accepted that only around a quarter were "
        "returned.",
        "Councillor Threlfall proposed an additional recommendation to Cabinet, as set out "
        "below, which was seconded by Councillor Abbey-Warne. On being put to the vote, the "
        "additional recommendation was carried.",
        ("italic", "Councillor Okonedo, who was present on Teams, did not take part in the "
                   "vote."),
        "**RESOLVED:** The Panel supported the recommendations to Cabinet as set out below:",
        ("numbered", [
            "That the re-procurement of the Adaptations Contractor Framework for a period of "
            "up to four years from 1st July 2025, with an estimated total value of "
            "\u00a36.8 million, be approved.",
            "That authority be delegated to the Assistant Director, Health, Wellbeing and "
            "Public Protection, in consultation with the Portfolio Holder for Housing and "
            "Health, to award places on the framework following the procurement process.",
            "That the handyperson service be brought in-house from 1st October 2025.",
        ]),
        "**RESOLVED:** The Panel made the following additional recommendation to Cabinet:",
        ("numbered", [
            "That a survey of residents who have received adaptations in the last two years "
            "be carried out, and that the results be reflected in the evaluation criteria "
            "for the new framework.",
        ]),
    ]),
    ("EC96:", "TEMPORARY ACCOMMODATION AND HOMELESSNESS PREVENTION \u2013 SIX MONTHLY "
              "UPDATE", [
        ("link", "https://youtu.be/wfEC96m25"),
        "The Housing Services Manager presented the six monthly update on homelessness and "
        "the use of temporary accommodation, as requested by the Panel at its meeting in "
        "September 2024. The following points were highlighted:",
        ("bullets", [
            "On 28th February 2025 there were 142 households in temporary accommodation, "
            "compared with 118 a year earlier; 61 of these households included children.",
            "19 households were in bed and breakfast or hotel accommodation, of which four "
            "were placed outside the Borough.",
            "The Council had purchased 12 properties for use as temporary accommodation "
            "during 2024/2025 through its capital programme, and a further 8 were being "
            "leased from private landlords through the Private Sector Leasing scheme.",
            "The net cost of temporary accommodation was forecast to be \u00a31.46 million "
            "in 2024/2025, an overspend of \u00a3410,000 against the budget.",
            "Homelessness had been prevented or relieved for 488 households between April "
            "and December 2024, with the end of a private rented tenancy remaining the most "
            "common reason for approaching the Council.",
            "The most recent rough sleeping count, in November 2024, had found seven people "
            "sleeping rough in the Borough, compared with thirteen in 2023.",
        ]),
        "The Chair thanked the Housing Services Manager for the update and invited questions "
        "and comments from the Panel, as summarised below.",
        "Councillor Holgate asked how many families with children had been in bed and "
        "breakfast accommodation for longer than the six week legal limit. The Housing "
        "Services Manager explained that there were currently four families in that "
        "position, all of whom were in hotels in Wexlow because no self-contained units had "
        "been available, and that each family had a named officer and a plan to move them "
        "on within the next month.",
        "Councillor Marchant raised concerns about reports he had received of damp and mould "
        "in some of the leased properties used as temporary accommodation. It was explained "
        "that every property was inspected by the Private Sector Housing Team before it was "
        "first used and at least once a year after that, and that two properties had been "
        "handed back to their landlords in the last six months because repairs had not been "
        "carried out.",
        "Councillor Abbey-Warne asked how the overspend on temporary accommodation would be "
        "met and whether it would affect other services. The Portfolio Holder for Housing "
        "and Health explained that the overspend would be met from the Homelessness "
        "Prevention Grant and the homelessness reserve in 2024/2025, but that pressure on "
        "the budget was expected to continue and the purchase of further properties was the "
        "most effective way of reducing the cost over time.",
        "Councillor Fairweather commented that she was pleased to see that the number of "
        "people sleeping rough had almost halved, and asked that the Panel\u2019s thanks be "
        "passed on to the Outreach Team for their work over the winter.",
        "Councillor Okonedo asked what support was available for people in temporary "
        "accommodation who had mental health needs. The Housing Services Manager explained "
        "that a mental health practitioner from the Fenshire Community Mental Health Team "
        "was based at the Housing Hub two days a week and could see residents without a "
        "referral from their GP, and that this arrangement had been extended to March 2026.",
        "**RESOLVED:** The Panel noted the six monthly update on temporary accommodation and "
        "homelessness prevention.",
    ]),
    ("EC97:", "YOUTH VAPING AND UNDERAGE SALES \u2013 UPDATE FROM PUBLIC HEALTH AND "
              "TRADING STANDARDS", [
        ("link", "https://youtu.be/wfEC97m25"),
        "The Consultant in Public Health and the Trading Standards Team Manager, both from "
        "Fenshire County Council, gave a joint presentation on vaping among young people in "
        "West Fenmere and the enforcement of the law on underage sales. The presentation "
        "covered:",
        ("bullets", [
            "The results of the 2024 Fenshire Young People\u2019s Health Survey, completed "
            "by 2,300 pupils in Years 8 and 10 at schools in the Borough, which showed that "
            "one in five had tried a vape and 7% vaped at least once a week.",
            "Most young people who vaped said that they obtained vapes from friends or "
            "family, but 28% said they had bought them from a shop themselves.",
            "Trading Standards had carried out 31 test purchases at shops in the Borough in "
            "2024, of which 14 had resulted in a sale to a volunteer aged under 18.",
            "Over 4,100 illegal vapes, most of them exceeding the legal tank size or "
            "nicotine strength, had been seized from nine premises in Wexlow and Hennerby.",
            "The ban on the sale of single-use vapes, which would come into force on 1st "
            "June 2025, and the Tobacco and Vapes Bill.",
            "The \u2018Clear the Air\u2019 campaign for secondary schools, launched in "
            "January 2025.",
        ]),
        "The Chair thanked the presenters and invited questions and comments from the Panel, "
        "as summarised below.",
        "Councillor Blyth-Carter asked how the ban on single-use vapes would be enforced, "
        "given the number of premises selling them. The Trading Standards Team Manager "
        "explained that enforcement of the ban would be intelligence-led and would focus on "
        "premises where there had been complaints or previous test purchase failures. The "
        "County Council had received a one-off grant of \u00a368,000 to support enforcement "
        "across Fenshire in 2025/2026.",
        "Councillor de Winton raised concerns about the number of shops selling vapes which "
        "had opened in Wexlow town centre over the last two years, and asked whether the "
        "Council could use its licensing powers to limit them. The Assistant Director, "
        "Health, Wellbeing and Public Protection advised that there was currently no "
        "licensing regime for the retail sale of vapes, although the Tobacco and Vapes Bill "
        "would introduce a national registration scheme for retailers, and that the planning "
        "system could not distinguish between a vape shop and any other shop.",
        "The Chair, Councillor Pennock, asked whether young people had been involved in "
        "designing the \u2018Clear the Air\u2019 campaign. The Consultant in Public Health "
        "confirmed that the campaign had been co-designed with the Wexlow Youth Council and "
        "with pupils from three secondary schools, who had chosen the name and appeared in "
        "the campaign videos.",
        "Councillor Threlfall asked what help was available for young people who were "
        "already addicted to nicotine and wanted to stop vaping. The Consultant in Public "
        "Health explained that young people aged 12 and over could be referred to the "
        "Fenshire stop smoking service, which now offered a programme for young people who "
        "vaped, and that school nurses had been trained to give brief advice.",
        "Councillor Holgate requested that future reports show the results of test purchases "
        "broken down by ward, so that Members could see where the problems were greatest.",
        "**RESOLVED:**",
        ("numbered", [
            "The Panel noted the presentation on youth vaping and underage sales.",
            "The Chair would write on behalf of the Panel to the Borough\u2019s Member of "
            "Parliament in support of the Tobacco and Vapes Bill.",
        ]),
    ]),
    ("EC98:", "WORK PROGRAMME AND FORWARD DECISION LIST 2024/2025", [
        ("link", "https://youtu.be/wfEC98m25"),
        "The Panel considered its Work Programme for the remainder of the 2024/2025 "
        "Municipal Year and the Cabinet Forward Decision List. The Democratic Services "
        "Officer reminded Members that the April meeting would include the annual report of "
        "the West Fenmere Community Safety Partnership.",
        "Councillor Fairweather requested that an update on the exercise referral scheme run "
        "by Wexlow Active Ltd, the Council\u2019s wholly owned leisure company, be added to "
        "the Work Programme for the June meeting. The Democratic Services Officer confirmed "
        "that this would be added and that the Managing Director of Wexlow Active would be "
        "invited to attend.",
        "**RESOLVED:** The Panel\u2019s Work Programme and the Forward Decision List were "
        "noted, subject to the addition of an update on the exercise referral scheme to the "
        "June 2025 meeting.",
    ]),
    ("EC99:", "DATE OF THE NEXT MEETING", [
        "The next meeting of the Environment and Community Panel is scheduled to take place "
        "on Wednesday, 16th April, 2025 at 4.30 pm in the Assembly Room, Guildhall, "
        "Chequer Street, Wexlow.",
    ]),
]

# geometry (mm)
LEFT = 20.0
LEFT_W = 38.0
BODY_X = 62.0
BODY_W = 128.0
LH = 5.0


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DejaVu", "B", 9)
            self.set_xy(130, 8)
            self.cell(60, 5, "Public Document Pack", align="R")
        else:
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(LEFT, 9)
            self.cell(170, 4, "Environment and Community Panel \u2013 Wednesday, 12th March, 2025",
                      align="R")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(160, 160, 160)
            self.line(LEFT, 14, 190, 14)
            self.set_draw_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_x(LEFT)
        self.set_font("DejaVu", "", 9)
        self.cell(170, 5, str(self.page_no()), align="C")


def add_fonts(pdf: FPDF) -> None:
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))


def body_para(pdf: FPDF, text: str, x: float, w: float, style: str = "",
              gap: float = 2.5) -> None:
    pdf.set_left_margin(x)
    pdf.set_x(x)
    pdf.set_font("DejaVu", style, 9.5)
    pdf.multi_cell(w, LH, text, align="J", markdown=True,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def hanging(pdf: FPDF, label: str, text: str, indent: float) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - LH:
        pdf.add_page()
    y = pdf.get_y()
    page = pdf.page
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_xy(BODY_X, y)
    pdf.cell(indent, LH, label)
    if pdf.page != page:
        y = pdf.get_y()
    pdf.set_left_margin(BODY_X + indent)
    pdf.set_xy(BODY_X + indent, y)
    pdf.multi_cell(BODY_W - indent, LH, text, align="J", markdown=True,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def render_block(pdf: FPDF, block) -> None:
    if isinstance(block, str):
        body_para(pdf, block, BODY_X, BODY_W)
        return
    kind, content = block
    if kind == "link":
        pdf.set_left_margin(BODY_X)
        pdf.set_x(BODY_X)
        pdf.set_font("DejaVu", "U", 9.5)
        pdf.set_text_color(5, 99, 193)
        pdf.cell(BODY_W, LH, REC, link=content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2.5)
    elif kind == "bullets":
        for entry in content:
            hanging(pdf, "\u2022", entry, 6)
        pdf.ln(1)
    elif kind == "numbered":
        for i, entry in enumerate(content, 1):
            hanging(pdf, f"{i})", entry, 7)
        pdf.ln(1)
    elif kind == "italic":
        body_para(pdf, content, BODY_X, BODY_W, style="I")
    else:
        raise ValueError(kind)


def build_minutes(path: Path) -> None:
    pdf = MinutesPDF(format="A4")
    pdf.set_margins(LEFT, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Environment and Community Panel - 12 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_subject("Environment and Community Panel")
    pdf.set_creator("Microsoft Word")
    add_fonts(pdf)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.set_x(LEFT)
    pdf.cell(170, 6, COUNCIL, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(170, 6, "ENVIRONMENT AND COMMUNITY PANEL", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(170, LH,
                   "Minutes from the Meeting of the Environment and Community Panel held on "
                   "Wednesday, 12th March, 2025 at 4.30 pm in the Assembly Room, Guildhall, "
                   "Chequer Street, Wexlow WX30 1HH",
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    # attendance in a table: labels in bold on the left
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(42, 128), width=170, align="L", text_align=("LEFT", "LEFT"),
                   borders_layout="HORIZONTAL_LINES", first_row_as_headings=False,
                   line_height=LH, padding=(1.2, 1.5, 1.2, 0.5), v_align="TOP") as table:
        for label, names in ATTENDANCE:
            row = table.row()
            pdf.set_font("DejaVu", "B", 9.5)
            row.cell(label)
            pdf.set_font("DejaVu", "", 9.5)
            row.cell(names)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(8)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - pdf.b_margin - 28:
            pdf.add_page()
        y0 = pdf.get_y()
        page0 = pdf.page
        pdf.set_left_margin(LEFT)
        pdf.set_xy(LEFT, y0)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(LEFT_W, LH, number, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.multi_cell(LEFT_W, 4.4, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y_title = pdf.get_y()
        pdf.set_xy(BODY_X, y0)
        for block in blocks:
            render_block(pdf, block)
        if pdf.page == page0:
            pdf.set_y(max(pdf.get_y(), y_title + 2))
        pdf.set_left_margin(LEFT)
        pdf.set_x(LEFT)
        pdf.ln(3)

    pdf.set_left_margin(LEFT)
    pdf.set_x(LEFT)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(4)
    pdf.cell(170, LH, "The meeting closed at 6.52 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The paper that is not minutes: a pre-screening equality impact assessment
# ---------------------------------------------------------------------------

EIA_HEAD = [
    ("Name of policy/service/function",
     "Home Improvement Agency \u2013 re-procurement of the Adaptations Contractor "
     "Framework (2025 \u2013 2029) and return of the handyperson service to in-house "
     "delivery"),
    ("Is this a new or existing policy/service/function?",
     "Existing (revised delivery arrangements)"),
    ("Brief summary/description of the main aims of the policy/service/function being "
     "screened.\n\nPlease state if this policy/service is rigidly constrained by statutory "
     "obligations",
     "The Home Improvement Agency (HIA) helps older and disabled residents of West Fenmere "
     "to live safely and independently in their own homes. Its main work is the delivery "
     "of mandatory Disabled Facilities Grants (DFGs) of up to \u00a330,000 under the "
     "Housing Grants, Construction and Regeneration Act 1996, which the Council must "
     "provide to eligible applicants following a recommendation from an Occupational "
     "Therapist. The Council also offers discretionary assistance under its Housing "
     "Assistance Policy.\n\n"
     "Building works are carried out by contractors on the Adaptations Contractor "
     "Framework, which expires on 30th June 2025. It is proposed to re-procure the "
     "framework for up to four years in three lots (stairlifts and hoists; level access "
     "showers and bathrooms; extensions, ramps and major works). It is also proposed that "
     "the handyperson service, currently delivered under a subcontract by Fenmere Care and "
     "Repair Ltd, returns to in-house delivery from 1st October 2025.\n\n"
     "The grant itself, the means test and the maximum grant are set by statute and are "
     "not changed by this proposal. The screening considers only the way in which the "
     "works are procured and delivered."),
]

EIA_Q1 = (
    "Question 1 \u2013 Is there any reason to believe that the policy/service/function "
    "could have a specific impact on people from one or more of the following groups "
    "according to their different protected characteristic, for example, because they have "
    "particular needs, experiences, issues or priorities or in terms of ability to access "
    "the service?\n\nPlease tick the relevant box for each group.\n\nNB. Equality neutral "
    "means no negative impact on any group."
)

# (group, positive, negative, neutral, unsure)
EIA_GRID = [
    ("Age", 1, 0, 0, 0),
    ("Disability", 1, 0, 0, 0),
    ("Gender", 0, 0, 1, 0),
    ("Gender Re-assignment", 0, 0, 1, 0),
    ("Marriage/civil partnership", 0, 0, 1, 0),
    ("Pregnancy & maternity", 0, 0, 1, 0),
    ("Race", 0, 0, 0, 1),
    ("Religion or belief", 0, 0, 1, 0),
    ("Sexual orientation", 0, 0, 1, 0),
    ("Other (eg low income)", 1, 0, 0, 0),
]

EIA_Q1_COMMENTS = (
    "Age and disability: of the 312 adaptations completed in 2023/2024, 71% were for "
    "residents aged 65 or over and every applicant had a disability or long-term health "
    "condition. A framework with more contractors, divided into lots, is expected to "
    "reduce the time that applicants wait between approval of a grant and the start of "
    "works, which is a positive impact for both groups. Bringing the handyperson service "
    "in-house will allow small jobs such as grab rails to be booked by the HIA caseworker "
    "at the first visit.\n\n"
    "Race: 96% of applicants in 2023/2024 recorded their ethnicity as White British, "
    "compared with around 88% of the Borough population (2021 Census). This may indicate "
    "that some communities, including the Eastern European community in Wexlow and "
    "Hennerby, are less aware of the service. The impact of the procurement itself is "
    "thought to be neutral, but this has been marked as unsure until monitoring data from "
    "the new framework is available.\n\n"
    "Low income: DFGs are means tested and most applicants receive a full grant. The loan "
    "offered under the Housing Assistance Policy will continue to be available to "
    "applicants who are not eligible for a grant."
)

EIA_QUESTIONS = [
    ("Question 2 \u2013 Is the proposed policy/service likely to affect relations between "
     "certain equality communities or to damage relations between the equality communities "
     "and the Council, for example because it is seen as favouring a particular community or "
     "denying opportunities to another?",
     "No",
     "The service is available to all eligible residents regardless of where they live in "
     "the Borough."),
    ("Question 3 \u2013 Could this policy/service be perceived as impacting on communities "
     "differently?",
     "No",
     "Contractors in every lot will be required to cover the whole of the Borough, "
     "including rural areas such as Ollerby Drove and Tattlesham St Giles."),
    ("Question 4 \u2013 Is the policy/service specifically designed to tackle evidence of "
     "disadvantage or potential discrimination?",
     "Yes",
     "The DFG exists to remove or reduce the disadvantage faced by disabled people in "
     "their own homes."),
    ("Question 5 \u2013 Are any impacts identified above minor and if so, can these be "
     "eliminated or reduced by minor actions?\n\nIf yes, please agree actions with a member "
     "of the Corporate Equalities Working Group and list agreed actions in the comments "
     "section",
     "Yes",
     "Actions:\n"
     "1. Include in the specification a requirement that contractors provide information "
     "in other languages and accessible formats on request, and use interpreters where "
     "needed.\n"
     "2. Add equality monitoring questions to the satisfaction form sent to applicants on "
     "completion of works, and report the results to the Corporate Equalities Working "
     "Group each year.\n"
     "3. Promote the HIA through community groups working with Eastern European residents "
     "in Wexlow and Hennerby.\n\n"
     "Actions agreed by EWG member: L. Ferraby"),
    ("Question 6 \u2013 If there is any difference in the impact of the policy/service on "
     "people from the groups above, can this be justified on the grounds of promoting "
     "equality of opportunity for one group, or for any other reason?",
     "Yes",
     "The positive impacts for older and disabled residents are the purpose of the service "
     "and are justified."),
    ("Question 7 \u2013 Having considered the potential impacts identified above, will "
     "this policy/service require a full impact assessment?",
     "No",
     "No negative impacts have been identified. The screening will be reviewed when the "
     "framework is awarded."),
]

EIA_ENGAGEMENT_INTRO = (
    "A market engagement event for contractors was held on 22nd January 2025 and the HIA "
    "held two drop-in sessions for residents who had received adaptations, at the "
    "Guildhall in Wexlow and at Hennerby Library. The questions most often put to officers, "
    "and the answers given, are summarised below because they are relevant to the "
    "screening."
)

YOU_ASKED = [
    ("Will I have to wait longer for my adaptation while the new framework is set up?",
     "No. The current framework runs until 30th June 2025 and any works already ordered "
     "will be completed by the same contractor."),
    ("Will the handyperson still fit grab rails and key safes free of charge?",
     "Yes. There will be no charge for minor adaptations of up to \u00a31,000, and the same "
     "two handypersons will carry out the work."),
    ("Can small local firms bid for one type of work only?",
     "Yes. The framework is divided into three lots and a firm may bid for one, two or all "
     "three."),
    ("How will you check work done by subcontractors?",
     "Subcontracting will only be allowed with the Council\u2019s written agreement and "
     "every job will be inspected by a Technical Officer before final payment."),
    ("Can I get information in another language or in large print?",
     "Yes. We will make this a requirement for all contractors on the new framework (see "
     "action 1)."),
]

EIA_CONSIDER = [
    "Does the evaluation of tenders give enough weight to the experience of working in "
    "the homes of older and disabled people?",
    "How will the Council know whether residents from minority ethnic communities are "
    "taking up grants in line with need?",
    "Should the satisfaction form be offered by telephone for applicants who find written "
    "forms difficult?",
]

EIA_SIGN = [
    ("Assessment completed by:\nName", "Hannah Pryor"),
    ("Job title", "Private Sector Housing and Adaptations Manager"),
    ("Date", "14th February 2025"),
]


class EIAPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(LEFT, 8)
        self.cell(170, 4, "Borough Council of Wexlow & West Fenmere \u2013 Equality Impact "
                          "Assessment", align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def eia_heading(pdf: FPDF, text: str, size: float = 10.5) -> None:
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(170, 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def build_eia(path: Path) -> None:
    pdf = EIAPDF(format="A4")
    pdf.set_margins(LEFT, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED_EIA)
    pdf.set_title("Pre-Screening Equality Impact Assessment - Adaptations Contractor Framework")
    pdf.set_author("Housing Standards")
    pdf.set_creator("Microsoft Word")
    add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(170, 7, COUNCIL, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(170, 7, "Pre-Screening Equality Impact Assessment", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    fs = 9
    with pdf.table(col_widths=(60, 110), width=170, first_row_as_headings=False,
                   line_height=4.6, padding=1.5, v_align="TOP",
                   text_align=("LEFT", "LEFT")) as table:
        for label, value in EIA_HEAD:
            row = table.row()
            pdf.set_font("DejaVu", "B", fs)
            row.cell(label)
            pdf.set_font("DejaVu", "", fs)
            row.cell(value)
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", fs)
    pdf.set_fill_color(225, 225, 225)
    pdf.multi_cell(170, 4.6, EIA_Q1, border=1, fill=True, align="L", padding=1.5,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    with pdf.table(col_widths=(70, 25, 25, 25, 25), width=170, line_height=4.6,
                   padding=1.2, text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
                   first_row_as_headings=False) as table:
        pdf.set_font("DejaVu", "B", fs)
        head = table.row()
        for h in ("", "Positive", "Negative", "Neutral", "Unsure"):
            head.cell(h)
        pdf.set_font("DejaVu", "", fs)
        for group, *marks in EIA_GRID:
            row = table.row()
            row.cell(group)
            for m in marks:
                row.cell("\u2713" if m else "")
    pdf.set_font("DejaVu", "B", fs)
    pdf.multi_cell(170, 4.6, "Comments (please explain any impacts identified):", border="LR",
                   align="L", padding=(1.5, 1.5, 0, 1.5), new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", fs)
    pdf.multi_cell(170, 4.6, EIA_Q1_COMMENTS, border="LRB", align="L", padding=1.5,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    with pdf.table(col_widths=(95, 15, 60), width=170, line_height=4.6, padding=1.5,
                   v_align="TOP", first_row_as_headings=False,
                   text_align=("LEFT", "CENTER", "LEFT")) as table:
        for question, answer, comment in EIA_QUESTIONS:
            row = table.row()
            pdf.set_font("DejaVu", "B", fs)
            row.cell(question)
            row.cell(answer)
            pdf.set_font("DejaVu", "", fs)
            row.cell(comment)
    pdf.ln(6)

    eia_heading(pdf, "Supporting information: engagement with residents and contractors")
    pdf.set_font("DejaVu", "", fs)
    pdf.multi_cell(170, 4.6, EIA_ENGAGEMENT_INTRO, align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    with pdf.table(col_widths=(70, 100), width=170, line_height=4.6, padding=1.5,
                   v_align="TOP", text_align=("LEFT", "LEFT"),
                   first_row_as_headings=False) as table:
        pdf.set_font("DejaVu", "B", fs)
        head = table.row()
        head.cell("You asked")
        head.cell("We said")
        pdf.set_font("DejaVu", "", fs)
        for asked, said in YOU_ASKED:
            row = table.row()
            row.cell(asked)
            row.cell(said)
    pdf.ln(6)

    eia_heading(pdf, "Points for decision makers to consider")
    pdf.set_font("DejaVu", "", fs)
    pdf.multi_cell(170, 4.6, "Members considering the Cabinet report on the framework may "
                   "wish to ask:", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    for entry in EIA_CONSIDER:
        y = pdf.get_y()
        pdf.set_x(LEFT + 2)
        pdf.cell(5, 4.6, "\u2022")
        pdf.set_xy(LEFT + 7, y)
        pdf.multi_cell(163, 4.6, entry, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.ln(5)

    with pdf.table(col_widths=(60, 110), width=170, line_height=4.6, padding=1.5,
                   first_row_as_headings=False, text_align=("LEFT", "LEFT")) as table:
        for label, value in EIA_SIGN:
            row = table.row()
            pdf.set_font("DejaVu", "B", fs)
            row.cell(label)
            pdf.set_font("DejaVu", "", fs)
            row.cell(value)
    pdf.ln(4)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(170, 4, "Please retain a copy of this form with the report to which it "
                   "relates and send an electronic copy to the Corporate Equalities Working "
                   "Group.", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


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


AD_PC = "Associate Director of Primary Care"
PSHAM = "Private Sector Housing and Adaptations Manager"
AD_HW = "Assistant Director, Health, Wellbeing and Public Protection"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Environment and Community Panel",
    "meeting_date": "2025-03-12",
    "items": [{"number": n.rstrip(":"), "title": t} for n, t, _ in ITEMS],
    "questions": [
        # EC94 dentistry
        q("EC94", "question",
          "asked how many residents of West Fenmere were currently waiting for an NHS dentist",
          "Councillor Dhaliwal",
          "there was no single waiting list held by the ICB",
          AD_PC, ["primary-care"]),
        q("EC94", "question",
          "asked how many dentists had taken up the offer in the Borough",
          "Councillor Fairweather",
          "three posts had been offered in West Fenmere under the scheme",
          AD_PC, ["primary-care", "workforce"]),
        q("EC94", "concern",
          "expressed concern that children in the rural parts of the Borough were missing out",
          "Councillor Abbey-Warne",
          "the supervised toothbrushing programme funded by the County Council was now running",
          "Consultant in Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("EC94", "question",
          "asked why so many dental practices were handing back their NHS contracts",
          "Councillor de Winton",
          "paid a practice the same amount for a course of treatment",
          AD_PC, ["primary-care", "finance"]),
        q("EC94", "question",
          "asked whether the ICB intended to re-commission a service in the village",
          "Councillor Quennell",
          "the funding from the closed practice had been retained by the ICB",
          AD_PC, ["primary-care", "subcontracting"]),
        q("EC94", "question",
          "asked whether the proposed Dental Care Centre would be run by the NHS",
          "Councillor Okonedo",
          "likely to be delivered by an independent provider working under an NHS contract",
          AD_PC, ["primary-care", "privatisation", "subcontracting"]),
        q("EC94", "comment",
          "some practices which had closed their NHS lists were offering private appointments",
          "Councillor Holgate", None, None, ["primary-care", "privatisation"]),
        q("EC94", "request",
          "requested that the ICB provide the Panel with a breakdown, by practice",
          "Chair",
          "agreed to provide this information to the Democratic Services Officer for circulation",
          AD_PC, ["primary-care"]),
        # EC95 Home Improvement Agency re-procurement
        q("EC95", "question",
          "asked what the average waiting time currently was from an Occupational Therapist's "
          "referral",
          "Councillor Blyth-Carter",
          "of which around 14 weeks was spent waiting for an assessment",
          PSHAM, ["housing", "adult-social-care"]),
        q("EC95", "concern",
          "expressed concern that contractors on the current framework had subcontracted some "
          "of the work",
          "Councillor de Winton",
          "subcontracting was permitted under the framework only with the written agreement",
          None, ["subcontracting", "housing"]),
        q("EC95", "question",
          "asked whether local building firms would be able to bid for a place",
          "Councillor Fairweather",
          "the framework had been divided into lots so that smaller contractors could bid",
          PSHAM, ["subcontracting"]),
        q("EC95", "question",
          "asked whether the staff currently employed by Fenmere Care and Repair Ltd would "
          "transfer",
          "Councillor Okonedo",
          "would transfer to the Council under TUPE on their existing terms and conditions",
          AD_HW, ["privatisation", "subcontracting", "workforce"]),
        q("EC95", "question",
          "sought clarification on whether bringing the service in-house would result in any "
          "additional cost",
          "Councillor Dhaliwal",
          "would continue to be funded from the Better Care Fund allocation",
          "Portfolio Holder for Housing and Health",
          ["finance", "privatisation", "integration"]),
        q("EC95", "question",
          "asked what help was available to residents who did not qualify for a grant",
          "Councillor Marchant",
          "allowed a loan of up to £15,000, secured on the property",
          PSHAM, ["housing", "finance"]),
        q("EC95", "comment",
          "felt that their experience should inform the new framework",
          "Councillor Threlfall",
          "a satisfaction form was sent to every applicant when the works were completed",
          PSHAM, ["patient-and-public-input", "housing"]),
        # EC96 temporary accommodation
        q("EC96", "question",
          "asked how many families with children had been in bed and breakfast accommodation",
          "Councillor Holgate",
          "there were currently four families in that position, all of whom were in hotels",
          "Housing Services Manager", ["housing", "children-and-families"]),
        q("EC96", "concern",
          "raised concerns about reports he had received of damp and mould",
          "Councillor Marchant",
          "every property was inspected by the Private Sector Housing Team",
          None, ["housing"]),
        q("EC96", "question",
          "asked how the overspend on temporary accommodation would be met",
          "Councillor Abbey-Warne",
          "the overspend would be met from the Homelessness Prevention Grant and the "
          "homelessness reserve",
          "Portfolio Holder for Housing and Health", ["finance", "housing"]),
        q("EC96", "comment",
          "pleased to see that the number of people sleeping rough had almost halved",
          "Councillor Fairweather", None, None, ["housing"]),
        q("EC96", "question",
          "asked what support was available for people in temporary accommodation who had "
          "mental health needs",
          "Councillor Okonedo",
          "a mental health practitioner from the Fenshire Community Mental Health Team",
          "Housing Services Manager", ["mental-health", "housing"]),
        # EC97 youth vaping
        q("EC97", "question",
          "asked how the ban on single-use vapes would be enforced",
          "Councillor Blyth-Carter",
          "enforcement of the ban would be intelligence-led and would focus on premises",
          "Trading Standards Team Manager", ["public-health"]),
        q("EC97", "concern",
          "raised concerns about the number of shops selling vapes which had opened",
          "Councillor de Winton",
          "there was currently no licensing regime for the retail sale of vapes",
          AD_HW, ["public-health"]),
        q("EC97", "question",
          "asked whether young people had been involved in designing the 'Clear the Air' "
          "campaign",
          "Councillor Pennock",
          "had been co-designed with the Wexlow Youth Council and with pupils",
          "Consultant in Public Health",
          ["patient-and-public-input", "children-and-families", "public-health"]),
        q("EC97", "question",
          "asked what help was available for young people who were already addicted to nicotine",
          "Councillor Threlfall",
          "could be referred to the Fenshire stop smoking service",
          "Consultant in Public Health", ["public-health", "children-and-families"]),
        q("EC97", "request",
          "requested that future reports show the results of test purchases broken down by ward",
          "Councillor Holgate", None, None, ["public-health"]),
        # EC98 work programme
        q("EC98", "request",
          "requested that an update on the exercise referral scheme run by Wexlow Active Ltd",
          "Councillor Fairweather",
          "confirmed that this would be added and that the Managing Director",
          "Democratic Services Officer", ["public-health"]),
    ],
    "resolutions": [
        res("EC89", "were agreed as a correct record and signed by the Chair", "agreed", []),
        res("EC94", "attend a future meeting of the Panel to provide an update on the procurement",
            "agreed", ["primary-care", "subcontracting"]),
        res("EC95", "The Panel supported the recommendations to Cabinet as set out below",
            "recommended", ["subcontracting", "privatisation", "housing"]),
        res("EC95", "a survey of residents who have received adaptations in the last two years",
            "recommended", ["patient-and-public-input", "subcontracting"]),
        res("EC96", "The Panel noted the six monthly update on temporary accommodation",
            "noted", ["housing"]),
        res("EC97", "write on behalf of the Panel to the Borough's Member of Parliament",
            "agreed", ["public-health"]),
        res("EC98", "subject to the addition of an update on the exercise referral scheme",
            "agreed", ["public-health"]),
    ],
    "attendees": [
        att("Councillor R Pennock", "Chair", "present"),
        att("Councillor S Dhaliwal", "Vice-Chair", "present"),
        att("Councillor T Abbey-Warne", None, "present"),
        att("Councillor J Blyth-Carter", None, "present"),
        att("Councillor M de Winton", None, "present"),
        att("Councillor K Fairweather", None, "present"),
        att("Councillor L Holgate", None, "present"),
        att("Councillor P Marchant", None, "present"),
        att("Councillor A Okonedo", None, "present"),
        att("Councillor B Threlfall", "sub", "present"),
        att("Councillor Mrs V Stannard", None, "apologies"),
        att("Councillor C Ruddock", None, "apologies"),
        att("Councillor H Goldsby", "Portfolio Holder for People and Communities",
            "in_attendance"),
        att("Councillor E Varney", "Portfolio Holder for Housing and Health", "in_attendance"),
        att("Councillor N Quennell", None, "in_attendance"),
        att("Fiona Lathbury", AD_HW, "in_attendance"),
        att("Darren Moxey", "Housing Services Manager", "in_attendance"),
        att("Hannah Pryor", PSHAM, "in_attendance"),
        att("Sam Kettleborough", "Democratic Services Officer", "in_attendance"),
        att("Dr Imran Sadiq",
            "Associate Director of Primary Care (Dental), Fenshire and Wendmouth Integrated "
            "Care Board", "in_attendance"),
        att("Jenny Osei", "Chief Officer, Healthwatch Fenshire", "in_attendance"),
        att("Carol Henty", "Consultant in Public Health, Fenshire County Council",
            "in_attendance"),
        att("Mark Yallop", "Trading Standards Team Manager, Fenshire County Council",
            "in_attendance"),
    ],
}

EIA_GOLD = {"document": EIA_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_eia(DOCS / EIA_NAME)
    for gold in (MINUTES_GOLD, EIA_GOLD):
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
    for gold_path in sorted(GOLD.glob("pw-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{sum(1 for r in gold['questions'] if r['answer'])} answers, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / EIA_NAME}\ngold in {GOLD}")
