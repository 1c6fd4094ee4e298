#!/usr/bin/env python3
"""Build the "ps-" documents of round 218 and their gold annotations.

Usage:  build_ps.py           build documents/ps-* and gold/ps-*.json
        build_ps.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ps-kelderby-wrayton-awh-osc-2025-03-18.pdf"
NEWS_NAME = "ps-kelderby-wrayton-press-release-single-use-vapes-ban.html"

FIXED = dt.datetime(2025, 3, 26, 14, 5, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

COMMITTEE = "Adults, Wellbeing and Health Overview and Scrutiny Committee"
RUNNING_HEAD = "Adults, Wellbeing and Health Overview and Scrutiny Committee \u2013 18 March 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Attendance rows: (label, [lines]) printed in a borderless two-column grid.

ATTENDANCE = [
    ("PRESENT", [
        "Councillor M Thwaites (Chair)",
        "Councillor D Skelding (Vice Chair)",
        "Councillors Bulmer, Dowson, Garbutt, Hepple, Lazenby, Oxley, Rigg and Tweddle",
    ]),
    ("CO-OPTED MEMBER\n(NON-VOTING)", [
        "A Coverdale (Healthwatch Kelderby and Wrayton)",
    ]),
    ("OFFICERS", [
        "K Mallaby (Director of Adult Social Care)",
        "Dr F Catterick (Director of Public Health)",
        "N Hindmarch (Head of Commissioning and Contracts)",
        "C Pattison (Public Health Principal \u2013 Tobacco Control)",
        "S Marley (Trading Standards and Licensing Manager)",
        "G Brunskill (Housing Services Manager \u2013 Adaptations)",
        "L Fairlamb (Governance and Scrutiny Officer)",
    ]),
    ("ALSO IN\nATTENDANCE", [
        "Councillor A Pounder (Cabinet Member for Adults and Health)",
        "H Stobbart (Senior Commissioning Manager \u2013 Dental, Northern Vale Integrated "
        "Care Board)",
        "M Elstob (Consultant in Dental Public Health, NHS England)",
        "4 members of the public",
    ]),
    ("APOLOGIES FOR\nABSENCE", [
        "Councillors Jopson and Readman",
    ]),
    ("ABSENT", [
        "Councillor Wilkin",
    ]),
]

# Body blocks:
#   ("min", number, title)      minute number in the margin, bold capital title
#   ("p", text)                 paragraph (fpdf2 markdown: **bold**, __italic__)
#   ("bul", [text, ...])        bulleted list
#   ("dec", lead, [clauses])    decision: lead line then hanging clauses
#   ("sub", text)               bold sub-heading inside a minute
#   ("quote", text)             italic indented quotation
#   ("note", text)              italic note in brackets

BODY = [
    ("min", "47.", "DECLARATIONS OF INTEREST"),
    ("p", "Cllr Hepple declared a non-registrable interest in Minute 51 (Re-procurement "
          "of Care at Home Services), as a close family member was employed as a care worker "
          "by one of the Council\u2019s framework providers. Cllr Hepple remained in the "
          "meeting for that item."),

    ("min", "48.", "MINUTES"),
    ("p", "The minutes of the meeting of the Adults, Wellbeing and Health Overview and "
          "Scrutiny Committee held on 4 February 2025 were submitted."),
    ("p", "**AGREED** that the minutes of the meeting held on 4 February 2025 be confirmed "
          "as a correct record and signed by the Chair."),
    ("sub", "Matters arising"),
    ("p", "With reference to Minute 41 (Winter Pressures and Hospital Discharge), Cllr Rigg "
          "asked whether the figures on delayed discharges promised by the Integrated Care "
          "Board at the last meeting had been received. The Governance and Scrutiny Officer "
          "confirmed that the figures had been circulated to all Members by email on "
          "27 February 2025 and that a further copy would be placed in the Members\u2019 Room."),

    ("min", "49.", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
    ("p", "One question had been received from a member of the public in accordance with "
          "the Council\u2019s Procedure Rules."),
    ("sub", "Question from Mr K Dobing, Saltgrange"),
    ("quote", "\u201cSince the start of last year, how many shops in the borough have been "
              "caught selling vapes to children, and what is the Council doing about the "
              "number of vape shops opening on our high streets?\u201d"),
    ("sub", "Response from Cllr Pounder, Cabinet Member for Adults and Health"),
    ("quote", "\u201cThank you for your question. Between January 2024 and February 2025 "
              "Trading Standards carried out 52 test purchases at retailers across the "
              "borough, and 13 of those resulted in a sale to a young person under 18. Each "
              "of those businesses has received a warning letter or been referred for further "
              "action, and three cases are being prepared for prosecution. The Council cannot "
              "refuse planning permission simply because a shop intends to sell vapes, as "
              "this is an ordinary retail use, but we are working with partners to make sure "
              "every new shop knows the law from the day it opens.\u201d"),
    ("p", "Mr Dobing asked a supplementary question as to whether the Council would press the "
          "Government to introduce a licensing scheme for shops selling vapes. Cllr Pounder "
          "replied that the Council had already responded to the national consultation in "
          "support of a retail licensing scheme for tobacco and vapes and would continue to "
          "make that case through the Local Government Association."),

    ("min", "50.", "ACCESS TO NHS DENTAL SERVICES"),
    ("p", "The Chair welcomed H Stobbart, Senior Commissioning Manager (Dental), Northern "
          "Vale Integrated Care Board (ICB), and M Elstob, Consultant in Dental Public "
          "Health, NHS England, who gave a presentation on access to NHS dental services in "
          "Kelderby and Wrayton. The presentation had been requested by the Committee "
          "following a number of complaints from residents to ward councillors about the "
          "difficulty of finding an NHS dentist."),
    ("p", "The presentation highlighted the following:"),
    ("bul", [
        "responsibility for commissioning NHS dentistry had passed to the ICB in April 2023, "
        "and the ICB now held 19 general dental contracts with practices in the borough;",
        "44% of adults in the borough had seen an NHS dentist in the 24 months to December "
        "2024, compared with 51% across the ICB area, and 61% of children had been seen in "
        "the previous 12 months;",
        "four practices in the borough had reduced their NHS commitment since 2022 and one, "
        "the Marsh Lane Dental Practice in Fellcross, had handed back its contract in full "
        "in October 2024, affecting around 3,800 patients;",
        "the ICB had funded an additional 6,500 urgent dental appointments across its area "
        "in 2024/25 through its dental access scheme, of which 1,140 had been delivered in "
        "Kelderby and Wrayton; and",
        "tooth decay among five year olds in the borough remained well above the national "
        "average, with 31% having experience of visible decay compared with 23% in England.",
    ]),
    ("p", "Following the presentation, Members asked questions and made comments as follows:"),
    ("p", "Cllr Garbutt asked how many practices in the borough were currently accepting new "
          "adult NHS patients. Members were informed that, as of 3 March 2025, two of the 19 "
          "practices were accepting new adult patients and six were accepting children only, "
          "and that the position changed from week to week as practices managed their "
          "capacity."),
    ("p", "Cllr Tweddle queried what had happened to the contract previously held by the "
          "Marsh Lane Dental Practice. In reply, the Senior Commissioning Manager explained "
          "that the contract value had been re-procured as a new contract covering Fellcross "
          "and Brackenhowe, and that the successful provider was expected to start seeing "
          "patients at new premises on Brackenhowe Road in September 2025. In the meantime, "
          "former patients with urgent needs could be seen through the dental access scheme."),
    ("p", "Cllr Oxley expressed concern that residents in the east of the borough without a "
          "car had to travel to Kelderby town centre or further for an urgent appointment, a "
          "journey which could take over an hour by bus from Scarthby Bank. It was acknowledged "
          "that the urgent appointments were not spread evenly across the borough, and that "
          "the ICB was looking to add a second access site in the east as part of the new "
          "contract."),
    ("p", "Officers confirmed, in answer to a Member\u2019s query about whether NHS practices "
          "could require patients to pay for a private examination before being taken on as "
          "NHS patients, that this was not permitted and that any such cases should be "
          "reported to the ICB."),
    ("p", "The Vice Chair asked what was being done to reduce tooth decay in young children. "
          "The Director of Public Health advised that the supervised toothbrushing programme "
          "now operated in 38 nurseries and primary schools in the most deprived wards, and "
          "that free toothbrushes and toothpaste were handed out to families by health "
          "visitors at the one year and two year reviews."),
    ("p", "A Coverdale commented that dentistry remained the subject raised most often with "
          "Healthwatch Kelderby and Wrayton, accounting for roughly a quarter of all contacts "
          "in the last quarter, and that many callers were unaware that they could obtain an "
          "urgent appointment by contacting NHS 111."),
    ("p", "Cllr Dowson requested that ward councillors be sent an up to date list each month "
          "of the practices accepting new NHS patients, so that they could advise residents "
          "who contacted them. The Senior Commissioning Manager agreed to provide the list "
          "each month through the Governance and Scrutiny Officer."),
    ("p", "Cllr Lazenby asked why practices were reducing their NHS work when demand was so "
          "high. The Consultant in Dental Public Health explained that under the national "
          "contract a practice received the same payment for a course of treatment however "
          "many fillings were needed, which made patients with high needs a financial risk "
          "for practices, and that reform of the contract rested with the Government."),
    ("p", "The Chair thanked H Stobbart and M Elstob for their attendance and for the "
          "openness of their presentation."),
    ("dec", "**AGREED** that:", [
        ("(a)", "the presentation be noted;"),
        ("(b)", "the Chair write on behalf of the Committee to the Secretary of State for "
                "Health and Social Care urging early reform of the national dental contract; "
                "and"),
        ("(c)", "a further update on dental access, including progress on the Fellcross and "
                "Brackenhowe contract, be provided to the Committee in October 2025."),
    ]),

    ("min", "51.", "RE-PROCUREMENT OF CARE AT HOME SERVICES"),
    ("p", "Members considered a report of the Director of Adult Social Care, presented by the "
          "Head of Commissioning and Contracts, which sought the Committee\u2019s views on the "
          "proposed model for the re-procurement of care at home services ahead of a decision "
          "by Cabinet on 22 April 2025."),
    ("p", "The report outlined that:"),
    ("bul", [
        "the Council currently purchased around 11,200 hours of care at home each week from "
        "17 providers on a framework which would expire on 31 October 2025;",
        "around 1,150 people received care at home funded by the Council, of whom 64% were "
        "aged over 80;",
        "the current arrangement, under which each package was offered to all framework "
        "providers at once, had led to several providers working in the same streets, long "
        "travel times between calls and difficulty placing packages in the rural south of "
        "the borough;",
        "it was proposed to divide the borough into four zones, each with a lead provider "
        "holding a block contract for most of the hours in that zone, supported by a smaller "
        "framework of approved providers to pick up packages the lead provider could not "
        "cover;",
        "the proposed hourly rate from November 2025 was \u00a324.10, including an allowance "
        "for paid travel time; and",
        "a survey of people receiving care at home and their families had been carried out "
        "between October and December 2024, to which 212 people had responded.",
    ]),
    ("p", "During the discussion which followed:"),
    ("p", "Cllr Lazenby raised concerns that lead providers might pass packages on to smaller "
          "agencies which the Council had not vetted, and asked whether subcontracting would "
          "be allowed under the new contracts. The Head of Commissioning and Contracts advised "
          "that the contract would not permit subcontracting of any care without the written "
          "consent of the Council, and that any agency given consent would have to meet the "
          "same quality standards as the lead provider."),
    ("p", "Cllr Rigg asked whether bringing care at home back in-house had been considered. "
          "Members were advised that an in-house service had been looked at as part of the "
          "options appraisal but had been estimated to cost around \u00a32.3 million a year "
          "more than the preferred model, mainly because of pension and other employment "
          "costs, and would take at least two years to set up."),
    ("p", "Cllr Hepple asked whether the new contracts would guarantee that care workers were "
          "paid for their travel time between calls. The Head of Commissioning and Contracts "
          "confirmed that the specification would require providers to pay for travel time "
          "and to pay at least the Real Living Wage, and that this would be checked during "
          "the Council\u2019s contract monitoring visits."),
    ("p", "Cllr Bulmer raised concern that providers had been reluctant to take on packages "
          "in Wrayton Moors and the surrounding villages, and asked how the zoned model would "
          "address this. It was explained that a rural uplift of 9% would be applied to the "
          "hourly rate in Zone 4, and that the lead provider for that zone would be required "
          "to accept all packages offered to it within 48 hours."),
    ("p", "Members queried how the views of people who received care had shaped the "
          "proposals. In reply, it was confirmed that continuity of care workers and reliable "
          "call times had been the issues raised most often in the survey, and that both had "
          "been built into the key performance indicators for the new contracts."),
    ("p", "The Vice Chair asked what would happen to people whose current provider was not "
          "successful in the tender. The Director of Adult Social Care explained that care "
          "workers would be expected to transfer to the new lead provider under TUPE, so that "
          "wherever possible people would keep the same carers, and that a transition plan "
          "would be agreed with each outgoing provider before the contracts started."),
    ("p", "Cllr Garbutt commented that the rise in employers\u2019 National Insurance "
          "contributions from April 2025 would place further strain on providers, some of "
          "whom were already operating on very narrow margins."),
    ("note", "(Cllr Tweddle left the meeting at 11.35 am.)"),
    ("dec", "**RECOMMENDED** to Cabinet that:", [
        ("(1)", "the proposed zoned model for care at home, with a lead provider in each of "
                "the four zones supported by a framework of approved providers, be supported;"),
        ("(2)", "the new contracts include a clear restriction on subcontracting without the "
                "Council\u2019s written consent and a requirement to pay for travel time; and"),
        ("(3)", "the results of the engagement with people receiving care and their families "
                "continue to inform the evaluation of bids."),
    ]),

    ("min", "52.", "YOUTH VAPING AND ILLICIT VAPES"),
    ("p", "The Director of Public Health and the Trading Standards and Licensing Manager "
          "presented a joint report which updated Members on action to reduce vaping among "
          "young people and to tackle the sale of illegal vapes in the borough."),
    ("p", "It was highlighted that:"),
    ("bul", [
        "the 2024 Kelderby and Wrayton Schools Health Survey had found that 18% of Year 10 "
        "pupils described themselves as regular vapers, up from 11% in 2022, and that most "
        "had obtained vapes from friends, family members or online;",
        "Trading Standards had seized 4,260 illegal vapes from 14 premises during 2024, most "
        "of which exceeded the legal tank size or nicotine strength or had not been notified "
        "for sale in the UK;",
        "the sale of single use vapes would become illegal nationally from 1 June 2025, and "
        "the Council had received \u00a341,500 of additional funding to support enforcement; "
        "and",
        "the stop smoking service continued to offer vapes as a quitting aid to adult "
        "smokers, alongside behavioural support, through the Swap to Stop scheme.",
    ]),
    ("p", "Members then asked questions, which were responded to as follows:"),
    ("p", "Cllr Hepple asked what support was available for young people who wanted to stop "
          "vaping. The Public Health Principal (Tobacco Control) explained that the school "
          "nursing service offered individual support in every secondary school and that a "
          "text message advice service for 11 to 18 year olds had been launched in January "
          "2025."),
    ("p", "Cllr Oxley expressed concern that vapes were being sold to children from "
          "takeaways, ice cream vans and through social media rather than from shops. The "
          "Trading Standards and Licensing Manager advised that intelligence from schools and "
          "parents was used to target test purchases, and that accounts selling to children "
          "on social media were reported to the platforms and, where the sellers could be "
          "identified, visited by officers."),
    ("p", "Cllr Dowson asked how the ban on single use vapes would be enforced, given the "
          "number of shops in the borough selling them. Members were informed that "
          "enforcement would be intelligence led, that every known retailer had been written "
          "to in February, and that the additional funding would pay for a temporary "
          "enforcement officer for twelve months."),
    ("p", "Members sought clarification on how the Council balanced promoting vapes to adult "
          "smokers with discouraging their use by young people. The Director of Public Health "
          "advised that the evidence was clear that vaping was far less harmful than smoking "
          "for adults trying to quit, but that vapes were not risk free and young people who "
          "had never smoked should not vape."),
    ("p", "Cllr Lazenby requested that the results of the next Schools Health Survey be "
          "reported to the Committee once available. It was agreed that this would be added "
          "to the work programme for the autumn."),
    ("p", "**AGREED** that the report be noted."),

    ("min", "53.", "DISABLED FACILITIES GRANTS \u2013 WAITING TIMES FOR ADAPTATIONS"),
    ("p", "The Housing Services Manager (Adaptations) presented a report on the delivery of "
          "Disabled Facilities Grants (DFGs) and waiting times for home adaptations, which had "
          "been requested by the Committee following concerns raised by residents and by "
          "Healthwatch Kelderby and Wrayton."),
    ("p", "The report set out that:"),
    ("bul", [
        "the Council\u2019s DFG allocation for 2024/25, received through the Better Care "
        "Fund, was \u00a32.74 million;",
        "236 grants had been completed in the first ten months of 2024/25, mostly level "
        "access showers, stairlifts and ramps;",
        "the average time from a resident\u2019s first contact to the completion of works had "
        "been 43 weeks, against a local target of 30 weeks; and",
        "174 people were waiting for an occupational therapy assessment, the longest for "
        "31 weeks.",
    ]),
    ("p", "Cllr Rigg asked why people were waiting so long for an occupational therapy "
          "assessment. The Director of Adult Social Care explained that two of the six "
          "occupational therapist posts in the adaptations team had been vacant since the "
          "autumn, that agency occupational therapists had been engaged from January, and "
          "that the waiting list had begun to fall."),
    ("p", "Cllr Garbutt raised concerns that some patients were remaining in hospital or in "
          "short stay care home beds because the adaptations they needed to return home had "
          "not been completed. It was confirmed that hospital discharge cases were given "
          "priority, and that a fast track route for stairlifts and ramps meant that most "
          "could be fitted within four weeks of referral."),
    ("p", "The Chair asked whether the Council could make greater use of private contractors "
          "to complete works more quickly. Members were advised that the framework of "
          "approved contractors had recently been re-tendered and that nine contractors had "
          "been appointed from February 2025, compared with five previously, which should "
          "increase capacity."),
    ("p", "The Vice Chair queried who was responsible for adaptations for tenants of housing "
          "associations. The Housing Services Manager advised that registered providers were "
          "expected to fund minor adaptations costing under \u00a31,000 from their own "
          "resources, with larger works funded through a DFG in the usual way."),
    ("p", "Cllr Hepple asked whether any of the grant allocation had been returned unspent in "
          "previous years. Officers confirmed that the full allocation had been committed in "
          "each of the last three years and that no funding had been returned."),
    ("dec", "**AGREED** that:", [
        ("(a)", "the report be noted; and"),
        ("(b)", "an update on progress against the 30 week target, including the occupational "
                "therapy waiting list, be submitted to the Committee in September 2025."),
    ]),

    ("min", "54.", "HEALTHWATCH KELDERBY AND WRAYTON \u2013 ENTER AND VIEW PROGRAMME 2024/25"),
    ("p", "The Chair reported that the Chief Executive of Healthwatch Kelderby and Wrayton, "
          "who had been due to present the report, was unable to attend the meeting due to "
          "illness."),
    ("p", "**AGREED** that consideration of the Enter and View report be deferred to the next "
          "meeting of the Committee."),

    ("min", "55.", "WORK PROGRAMME"),
    ("p", "The Governance and Scrutiny Officer submitted the Committee\u2019s work programme "
          "for the remainder of 2024/25, together with a draft list of topics for 2025/26 for "
          "Members\u2019 consideration."),
    ("p", "Cllr Oxley requested that an item on the closure of community pharmacies, "
          "including the recent closure of the pharmacy in Scarthby Bank, be added to the "
          "programme for 2025/26. The Chair agreed that this would be included in the draft "
          "programme to be considered in June."),
    ("p", "**AGREED** that the work programme be approved, subject to the inclusion of the "
          "items identified during the meeting."),

    ("min", "56.", "ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE CHAIR SHOULD BE "
                   "CONSIDERED"),
    ("p", "There were no urgent items."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(130, 10)
                self.cell(60, 5, "Public Document Pack", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(20)
                return
            self.set_font("DejaVu", "I", 8)
            self.set_text_color(110, 110, 110)
            self.set_xy(20, 10)
            self.cell(170, 5, RUNNING_HEAD, align="R")
            self.set_draw_color(160, 160, 160)
            self.line(20, 16, 190, 16)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(0, 0, 0)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - " + COMMITTEE + " - 18 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Kelderby and Wrayton Borough Council")
    pdf.set_producer("Kelderby and Wrayton Borough Council")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LM, BODY_X, BODY_W = 20, 35, 155
    LH = 5.0

    # title block
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(170, 7, "KELDERBY AND WRAYTON BOROUGH COUNCIL", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(170, 6, "ADULTS, WELLBEING AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(170, LH, "A meeting of the Adults, Wellbeing and Health Overview and "
                   "Scrutiny Committee was held on Tuesday 18 March 2025 at 10.00 am in the "
                   "Council Chamber, Wrayton House, Fell Street, Kelderby.",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # attendance grid
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(LM, y0)
        pdf.multi_cell(45, LH, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y_label = pdf.get_y()
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(65, y0)
        for line in lines:
            pdf.set_x(65)
            pdf.multi_cell(125, LH, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y_label, pdf.get_y()) + 2.5)
    pdf.ln(3)

    def room(h: float) -> None:
        if pdf.get_y() + h > pdf.h - 22:
            pdf.add_page()

    for block in BODY:
        kind = block[0]
        if kind == "min":
            _, number, title = block
            room(22)
            pdf.ln(2)
            y0 = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_xy(LM, y0)
            pdf.cell(15, LH + 0.5, number)
            pdf.set_xy(BODY_X, y0)
            pdf.multi_cell(BODY_W, LH + 0.5, title, align="L", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="J", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sub":
            room(12)
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "quote":
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.set_x(BODY_X + 6)
            pdf.multi_cell(BODY_W - 12, LH, block[1], align="J", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "note":
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bul":
            pdf.set_font("DejaVu", "", 9.5)
            for entry in block[1]:
                y0 = pdf.get_y()
                if y0 + LH > pdf.h - 22:
                    pdf.add_page()
                    y0 = pdf.get_y()
                pdf.set_xy(BODY_X + 2, y0)
                pdf.cell(6, LH, "\u2022")
                pdf.set_xy(BODY_X + 8, y0)
                pdf.multi_cell(BODY_W - 8, LH, entry, align="J", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif kind == "dec":
            _, lead, clauses = block
            room(16)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, lead, align="L", markdown=True, new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(1.5)
            for mark, text in clauses:
                y0 = pdf.get_y()
                if y0 + LH > pdf.h - 22:
                    pdf.add_page()
                    y0 = pdf.get_y()
                pdf.set_xy(BODY_X, y0)
                pdf.cell(10, LH, mark)
                pdf.set_xy(BODY_X + 10, y0)
                pdf.multi_cell(BODY_W - 10, LH, text, align="J", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        else:
            raise ValueError(kind)

    room(40)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(BODY_X)
    pdf.multi_cell(BODY_W, LH, "The meeting closed at 12.20 pm.", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(12)
    pdf.set_x(BODY_X)
    pdf.cell(80, LH, "Chair ........................................")
    pdf.cell(60, LH, "Date ..............................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The press release (a page of the council's website)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Single use vapes ban: what it means for shops and families | Kelderby and Wrayton Borough Council</title>
<meta name="description" content="Trading Standards and Public Health explain the national ban on single use vapes, which starts on 1 June 2025.">
<link rel="stylesheet" href="/assets/css/kwbc-main.css">
</head>
<body class="page-news-article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on our website">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/kwbc-logo.svg" alt="Kelderby and Wrayton Borough Council"></a>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search this site</label>
    <input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/health-and-wellbeing">Health and wellbeing</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/business">Business and licensing</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/news/2025">2025</a></li>
    <li aria-current="page">Single use vapes ban: what it means for shops and families</li>
  </ol>
</nav>
<main id="main-content">
<article class="news-article">
  <p class="article-type">Press release</p>
  <h1>Single use vapes ban: what it means for shops and families</h1>
  <p class="article-meta">Published: Friday 30 May 2025 &middot; Topics: <a href="/news?topic=health">Health</a>, <a href="/news?topic=trading-standards">Trading Standards</a></p>

  <p class="lead">Shops across Kelderby and Wrayton are being reminded that it will be against the law to sell single use (disposable) vapes from Sunday 1 June, as the council steps up its work to stop young people getting hold of vapes.</p>

  <p>The ban, which applies across England, covers all vapes that cannot be refilled and recharged, whether or not they contain nicotine. From 1 June, businesses must not sell them, offer them for sale or hold them in stock to sell. Reusable vapes, including pod systems and refillable kits, can still be sold to adults aged 18 and over.</p>

  <p>The council&rsquo;s Trading Standards team has written to every known vape retailer in the borough &ndash; more than 90 businesses, from specialist vape shops to convenience stores, petrol stations and takeaways &ndash; to explain what they need to do before the deadline. Officers will be visiting premises over the summer and will take action where shops continue to sell single use products.</p>

  <p>Last year Trading Standards seized more than 4,000 illegal vapes from 14 premises in the borough. Most were oversized, too strong or had not been notified for sale in the UK. Test purchases by volunteers aged under 18 led to sales at 13 shops, each of which has been warned or referred for further action.</p>

  <h2>&ldquo;Children should not be vaping&rdquo;</h2>

  <p>Councillor Alan Pounder, Cabinet Member for Adults and Health, said:</p>

  <blockquote>
    <p>&ldquo;Parents tell me time and again how worried they are about vaping, and they are right to be. One in six of our Year 10 pupils now tells us they vape regularly, and almost all of them started with a cheap, brightly coloured disposable. Taking those products off the shelves is an important step, and our officers will be out making sure the law is followed.</p>
    <p>&ldquo;Most of our shopkeepers want to do the right thing, and we will help them to do it. But anyone who sells to children, or who keeps selling illegal products after 1 June, should expect a visit.&rdquo;</p>
  </blockquote>

  <p>Dr Fiona Catterick, the council&rsquo;s Director of Public Health, added:</p>

  <blockquote>
    <p>&ldquo;For adults who smoke, switching completely to a vape is far less harmful than carrying on smoking, and our stop smoking service will keep offering reusable vapes and support through Swap to Stop. But vapes are not risk free, and if you have never smoked, you should not start vaping &ndash; especially if you are young.&rdquo;</p>
  </blockquote>

  <h2>Your questions answered</h2>

  <h3>What exactly is being banned?</h3>
  <p>Any vape that is not both rechargeable and refillable. A product that has a USB port but cannot be refilled, or that can be refilled but not recharged, still counts as single use.</p>

  <h3>I still have disposable vapes at home. Is it illegal to use them?</h3>
  <p>No. The ban applies to selling and supplying vapes, not to using them. When you have finished with a vape, please do not put it in your household bin, as the lithium batteries can start fires in bin lorries and at recycling centres. Take it back to a shop that sells vapes or to one of the small electricals banks at our household waste recycling centres.</p>

  <h3>I run a shop. What should I do with my leftover stock?</h3>
  <p>You should stop selling single use vapes before 1 June and arrange for unsold stock to be returned to your supplier or disposed of properly. You must not give them away or sell them off cheaply after the deadline. Our Business Advice page has a short checklist, and the Trading Standards team can be contacted for free advice.</p>

  <h3>How can I report a shop or a person selling vapes to children?</h3>
  <p>You can report it online using our Trading Standards reporting form, or by calling the Citizens Advice consumer helpline. You do not need to give your name. Reports about accounts selling vapes on social media are also useful, as officers use this information to decide where to carry out test purchases.</p>

  <h3>My child is vaping and wants to stop. Where can we get help?</h3>
  <p>Young people can talk to their school nurse, who can offer individual support in every secondary school in the borough. There is also a free text message advice service for 11 to 18 year olds. Parents and carers can find advice on talking to children about vaping on our Health and wellbeing pages.</p>

  <h2>What young people told us</h2>
  <p>Earlier this year the council&rsquo;s Youth Council ran a survey about vaping, and 640 young people took part. Here are some of the things they asked, and how we responded.</p>

  <table class="you-asked">
    <caption>You asked, we said</caption>
    <thead>
      <tr><th scope="col">You asked</th><th scope="col">We said</th></tr>
    </thead>
    <tbody>
      <tr>
        <td>Why are vape shops allowed to open right next to schools?</td>
        <td>Selling vapes is an ordinary shop use in planning law, so the council cannot refuse a shop just because it sells vapes. We have backed a national licensing scheme for shops that sell tobacco and vapes, which would give councils more say.</td>
      </tr>
      <tr>
        <td>Can you do something about the adverts and bright packaging?</td>
        <td>Rules on flavours, packaging and displays are being set nationally. We have responded to the Government&rsquo;s consultation asking for plain packaging and an end to sweet-style flavour names.</td>
      </tr>
      <tr>
        <td>Will young people who vape get in trouble?</td>
        <td>No. Our job is to stop adults selling vapes to children, not to punish young people. If you want to stop, we will help you.</td>
      </tr>
    </tbody>
  </table>

  <h2>Councillors look at vaping</h2>
  <p>Vaping among young people was discussed by the council&rsquo;s Adults, Wellbeing and Health Overview and Scrutiny Committee in March. Councillors heard about the work of Trading Standards and the school nursing service, and asked for the results of the next Schools Health Survey to be brought back to them in the autumn. Papers and the minutes of the meeting are available on the <a href="/your-council/meetings">council meetings</a> pages.</p>

  <h2>Notes to editors</h2>
  <ul>
    <li>The Environmental Protection (Single-use Vapes) (England) Regulations 2024 come into force on 1 June 2025.</li>
    <li>The council has received &pound;41,500 of additional funding to support enforcement of the ban during 2025/26.</li>
    <li>The figures on vaping among Year 10 pupils come from the 2024 Kelderby and Wrayton Schools Health Survey, completed by 3,912 pupils in 11 secondary schools.</li>
    <li>Photographs of vapes seized by Trading Standards officers are available on request.</li>
  </ul>

  <h2>Media enquiries</h2>
  <p>Communications and Marketing Team, Kelderby and Wrayton Borough Council<br>
  Telephone: 01632 960 210 (office hours)<br>
  Email: press.office@kelderby-wrayton.example.gov.uk</p>
</article>

<aside class="related" aria-label="Related pages">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/health-and-wellbeing/stop-smoking">Stop smoking and Swap to Stop</a></li>
    <li><a href="/business/trading-standards/report-a-trader">Report a trader to Trading Standards</a></li>
    <li><a href="/bins-and-recycling/small-electricals">Recycling small electricals and batteries</a></li>
    <li><a href="/news">More news</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/jobs">Jobs</a></li>
  </ul>
  <p>Follow us: <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">LinkedIn</a></p>
  <p>&copy; 2025 Kelderby and Wrayton Borough Council, Wrayton House, Fell Street, Kelderby</p>
</footer>
</body>
</html>
"""


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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-18",
    "items": [
        {"number": "47", "title": "DECLARATIONS OF INTEREST"},
        {"number": "48", "title": "MINUTES"},
        {"number": "49", "title": "QUESTIONS FROM MEMBERS OF THE PUBLIC"},
        {"number": "50", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "51", "title": "RE-PROCUREMENT OF CARE AT HOME SERVICES"},
        {"number": "52", "title": "YOUTH VAPING AND ILLICIT VAPES"},
        {"number": "53", "title": "DISABLED FACILITIES GRANTS \u2013 WAITING TIMES FOR "
                                  "ADAPTATIONS"},
        {"number": "54", "title": "HEALTHWATCH KELDERBY AND WRAYTON \u2013 ENTER AND VIEW "
                                  "PROGRAMME 2024/25"},
        {"number": "55", "title": "WORK PROGRAMME"},
        {"number": "56", "title": "ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE CHAIR "
                                  "SHOULD BE CONSIDERED"},
    ],
    "questions": [
        # 48 minutes: matters arising
        q("48", "question",
          "asked whether the figures on delayed discharges promised by the Integrated Care Board",
          "Cllr Rigg",
          "the figures had been circulated to all Members by email on 27 February",
          "Governance and Scrutiny Officer", ["adult-social-care"]),
        # 49 public question and supplementary
        q("49", "question",
          "how many shops in the borough have been caught selling vapes to children",
          "Mr K Dobing",
          "Trading Standards carried out 52 test purchases at retailers across the borough",
          "Cllr Pounder", ["public-health", "children-and-families", "patient-and-public-input"]),
        q("49", "question",
          "whether the Council would press the Government to introduce a licensing scheme",
          "Mr Dobing",
          "had already responded to the national consultation in support of a retail licensing",
          "Cllr Pounder", ["public-health", "patient-and-public-input"]),
        # 50 dentistry
        q("50", "question",
          "asked how many practices in the borough were currently accepting new adult NHS patients",
          "Cllr Garbutt",
          "two of the 19 practices were accepting new adult patients",
          None, ["primary-care"]),
        q("50", "question",
          "queried what had happened to the contract previously held by the Marsh Lane",
          "Cllr Tweddle",
          "the contract value had been re-procured as a new contract covering Fellcross",
          "Senior Commissioning Manager", ["primary-care", "subcontracting"]),
        q("50", "concern",
          "expressed concern that residents in the east of the borough without a car",
          "Cllr Oxley",
          "the ICB was looking to add a second access site in the east",
          None, ["primary-care"]),
        q("50", "question",
          "in answer to a Member\u2019s query about whether NHS practices could require",
          None,
          "this was not permitted and that any such cases should be reported",
          None, ["primary-care", "privatisation"]),
        q("50", "question",
          "asked what was being done to reduce tooth decay in young children",
          "Vice Chair",
          "the supervised toothbrushing programme now operated in 38 nurseries and primary schools",
          "Director of Public Health",
          ["primary-care", "public-health", "children-and-families"]),
        q("50", "comment",
          "commented that dentistry remained the subject raised most often with Healthwatch",
          "A Coverdale", None, None, ["primary-care", "patient-and-public-input"]),
        q("50", "request",
          "requested that ward councillors be sent an up to date list each month",
          "Cllr Dowson",
          "The Senior Commissioning Manager agreed to provide the list each month",
          "Senior Commissioning Manager", ["primary-care"]),
        q("50", "question",
          "asked why practices were reducing their NHS work when demand was so high",
          "Cllr Lazenby",
          "a practice received the same payment for a course of treatment however many fillings",
          "Consultant in Dental Public Health", ["primary-care", "finance"]),
        # 51 care at home re-procurement
        q("51", "concern",
          "raised concerns that lead providers might pass packages on to smaller agencies",
          "Cllr Lazenby",
          "the contract would not permit subcontracting of any care without the written consent",
          "Head of Commissioning and Contracts", ["subcontracting", "adult-social-care"]),
        q("51", "question",
          "asked whether bringing care at home back in-house had been considered",
          "Cllr Rigg",
          "had been estimated to cost around \u00a32.3 million a year more than the preferred model",
          None, ["privatisation", "adult-social-care", "finance"]),
        q("51", "question",
          "asked whether the new contracts would guarantee that care workers were paid",
          "Cllr Hepple",
          "the specification would require providers to pay for travel time",
          "Head of Commissioning and Contracts",
          ["workforce", "subcontracting", "adult-social-care"]),
        q("51", "concern",
          "raised concern that providers had been reluctant to take on packages in Wrayton Moors",
          "Cllr Bulmer",
          "a rural uplift of 9% would be applied to the hourly rate in Zone 4",
          None, ["adult-social-care", "subcontracting", "finance"]),
        q("51", "question",
          "Members queried how the views of people who received care had shaped the proposals",
          None,
          "continuity of care workers and reliable call times had been the issues raised most often",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("51", "question",
          "asked what would happen to people whose current provider was not successful",
          "Vice Chair",
          "care workers would be expected to transfer to the new lead provider under TUPE",
          "Director of Adult Social Care",
          ["subcontracting", "workforce", "adult-social-care"]),
        q("51", "comment",
          "would place further strain on providers, some of whom were already operating",
          "Cllr Garbutt", None, None, ["finance", "adult-social-care"]),
        # 52 vaping
        q("52", "question",
          "asked what support was available for young people who wanted to stop vaping",
          "Cllr Hepple",
          "the school nursing service offered individual support in every secondary school",
          "Public Health Principal (Tobacco Control)",
          ["public-health", "children-and-families"]),
        q("52", "concern",
          "expressed concern that vapes were being sold to children from takeaways",
          "Cllr Oxley",
          "intelligence from schools and parents was used to target test purchases",
          "Trading Standards and Licensing Manager",
          ["public-health", "children-and-families"]),
        q("52", "question",
          "asked how the ban on single use vapes would be enforced",
          "Cllr Dowson",
          "every known retailer had been written to in February",
          None, ["public-health"]),
        q("52", "question",
          "Members sought clarification on how the Council balanced promoting vapes to adult smokers",
          None,
          "vaping was far less harmful than smoking for adults trying to quit",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("52", "request",
          "requested that the results of the next Schools Health Survey be reported",
          "Cllr Lazenby",
          "It was agreed that this would be added to the work programme",
          None, ["patient-and-public-input", "children-and-families"]),
        # 53 DFGs
        q("53", "question",
          "asked why people were waiting so long for an occupational therapy assessment",
          "Cllr Rigg",
          "two of the six occupational therapist posts in the adaptations team had been vacant",
          "Director of Adult Social Care", ["workforce", "adult-social-care", "housing"]),
        q("53", "concern",
          "raised concerns that some patients were remaining in hospital or in short stay",
          "Cllr Garbutt",
          "hospital discharge cases were given priority, and that a fast track route",
          None, ["adult-social-care", "housing"]),
        q("53", "question",
          "asked whether the Council could make greater use of private contractors",
          "Chair",
          "the framework of approved contractors had recently been re-tendered",
          None, ["subcontracting", "privatisation", "housing"]),
        q("53", "question",
          "queried who was responsible for adaptations for tenants of housing associations",
          "Vice Chair",
          "registered providers were expected to fund minor adaptations costing under",
          "Housing Services Manager", ["housing", "finance"]),
        q("53", "question",
          "asked whether any of the grant allocation had been returned unspent",
          "Cllr Hepple",
          "the full allocation had been committed in each of the last three years",
          None, ["finance", "housing"]),
        # 55 work programme
        q("55", "request",
          "requested that an item on the closure of community pharmacies",
          "Cllr Oxley",
          "The Chair agreed that this would be included in the draft programme",
          "Chair", ["primary-care"]),
    ],
    "resolutions": [
        res("48", "the minutes of the meeting held on 4 February 2025 be confirmed",
            "agreed", []),
        res("50", "the Chair write on behalf of the Committee to the Secretary of State",
            "agreed", ["primary-care", "governance"]),
        res("51", "the proposed zoned model for care at home, with a lead provider",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("52", "AGREED that the report be noted", "noted", ["public-health"]),
        res("53", "an update on progress against the 30 week target", "agreed",
            ["housing"]),
        res("54", "consideration of the Enter and View report be deferred", "deferred",
            ["patient-and-public-input"]),
        res("55", "the work programme be approved, subject to the inclusion of the items",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor M Thwaites", "Chair", "present"),
        att("Councillor D Skelding", "Vice Chair", "present"),
        att("Councillor Bulmer", None, "present"),
        att("Councillor Dowson", None, "present"),
        att("Councillor Garbutt", None, "present"),
        att("Councillor Hepple", None, "present"),
        att("Councillor Lazenby", None, "present"),
        att("Councillor Oxley", None, "present"),
        att("Councillor Rigg", None, "present"),
        att("Councillor Tweddle", None, "present"),
        att("A Coverdale", "Healthwatch Kelderby and Wrayton", "present"),
        att("K Mallaby", "Director of Adult Social Care", "in_attendance"),
        att("Dr F Catterick", "Director of Public Health", "in_attendance"),
        att("N Hindmarch", "Head of Commissioning and Contracts", "in_attendance"),
        att("C Pattison", "Public Health Principal \u2013 Tobacco Control", "in_attendance"),
        att("S Marley", "Trading Standards and Licensing Manager", "in_attendance"),
        att("G Brunskill", "Housing Services Manager \u2013 Adaptations", "in_attendance"),
        att("L Fairlamb", "Governance and Scrutiny Officer", "in_attendance"),
        att("Councillor A Pounder", "Cabinet Member for Adults and Health", "in_attendance"),
        att("H Stobbart",
            "Senior Commissioning Manager \u2013 Dental, Northern Vale Integrated Care Board",
            "in_attendance"),
        att("M Elstob", "Consultant in Dental Public Health, NHS England", "in_attendance"),
        att("Councillor Jopson", None, "apologies"),
        att("Councillor Readman", None, "apologies"),
        att("Councillor Wilkin", None, "absent"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_bytes(NEWS_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, NEWS_GOLD):
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
    for gold_path in sorted(GOLD.glob("ps-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
