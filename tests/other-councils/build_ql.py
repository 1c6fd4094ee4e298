#!/usr/bin/env python3
"""Build the "ql-" documents of round 227 and their gold annotations.

Usage:  build_ql.py           build documents/ql-* and gold/ql-*.json
        build_ql.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "ql-saltcote-overview-scrutiny-panel-2025-01-21.pdf"
NOTICE_NAME = "ql-saltcote-cabinet-decision-notice-careline-2024-12-12.pdf"

FIXED = dt.datetime(2025, 1, 29, 10, 15, 0, tzinfo=dt.timezone.utc)
FIXED_NOTICE = dt.datetime(2024, 12, 13, 9, 30, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("head", text)            committee name, large bold, at the left margin
#   ("line", text)            a paragraph at the left margin
#   ("label", text)           a bold label at the left margin ("Present:")
#   ("item", number, title)   minute number in the margin, bold title beside it
#   text (a plain str)        a paragraph, indented to the title
#   ("bul", [texts])          bullets, indented to the title
#   ("plainlist", [texts])    lines with no bullet, indented to the title
#   ("vote", [(label, text)]) the recorded vote, label in bold
#   ("end", text)             the closing line

HEAD = [
    ("head", "Overview & Scrutiny Panel"),
    ("line", "Minutes of the meeting held on 21 January 2025 at 7.00 pm in Council Chamber, "
             "Council Offices, Harbour Street, Saltcote."),
    ("label", "Present:"),
    ("line", "Councillor Hartigan (Chair); Councillors Bellamy, Crouch, Dunmore, Fairweather, "
             "Gosling, Kemble, Lydford, Mbatha, Prewett, Quint and Tarrant"),
    ("label", "In Attendance:"),
    ("line", "Councillors Delahaye, Ockenden, Pardew, Rainsford and Whitcombe"),
]

BODY = [
    ("item", "58.", "Apologies for Absence"),
    "Apologies were received from the following Councillors:",
    ("plainlist", [
        "Councillor Ferrand, substituted by Councillor Quint;",
        "Councillor S. Orchard;",
        "Councillor Venn.",
    ]),

    ("item", "59.", "Declaration of Interests"),
    "Councillor Kemble declared that her mother was a Careline customer and a tenant at "
    "Marlowe Court sheltered housing scheme in Pegham Bay. Councillor Kemble said that this "
    "was not a disclosable pecuniary interest and that she would remain in the meeting for "
    "item 61. There were no other declarations of interest made at the meeting.",

    ("item", "60.", "Minutes of Previous Meeting"),
    "Councillor Lydford proposed, Councillor Gosling seconded and the Panel agreed the minutes "
    "to be a correct record of the meeting held on 19 November 2024, subject to the spelling "
    "of Councillor Dunmore\u2019s name being corrected at minute 51.",

    ("item", "61.", "Call-In of Cabinet Decision: Future Delivery of the Careline and "
                    "Sheltered Housing Support Service"),
    "The Chair stated that item 62 (Access to NHS Dental Services in Saltcote) would be "
    "taken before this item, to allow the representatives of the Integrated Care Board to "
    "leave for another engagement. The minutes are recorded in the order of the agenda.",
    "Tom Walcott, Scrutiny and Democratic Services Manager advised that the decision taken "
    "by Cabinet on 12 December 2024 had been called in by Councillors Mbatha, Crouch, "
    "Dunmore, Kemble and Tarrant, being five Members of the Panel from more than one "
    "political group, within the call-in period. The call-in request was attached to the "
    "report at Annex 1. He reminded Members that under Overview and Scrutiny Procedure Rule "
    "15 the Panel could either allow the decision to take effect from the date of this "
    "meeting, or ask Cabinet to reconsider it, setting out in writing the nature of its "
    "concerns. The Panel could not substitute a decision of its own for that of Cabinet.",
    "Helen Marchant, Head of Legal and Deputy Monitoring Officer advised that the contract "
    "with Beaconwatch Telecare Ltd had not been signed because of the call-in, although the "
    "standstill period under the procurement rules had ended on 6 January 2025.",
    "Councillor Mbatha, lead signatory to the call-in, introduced the call-in and made the "
    "following comments:",
    ("bul", [
        "The consultation had run for only four weeks in August and had been carried out "
        "mainly online, which was not suitable for a service where most customers were over "
        "75. Sheltered housing tenants had not been asked separately about losing their "
        "scheme officers;",
        "The Careline service had been run in-house for 32 years and was valued by its "
        "customers. Cabinet had not explained why the service could not be improved instead "
        "of being handed to a private company;",
        "The saving of \u00a3186,000 a year relied on the increase in the weekly charge, so "
        "that customers rather than the council would be paying for most of the saving;",
        "The equality impact assessment had been completed after the tenders had been "
        "evaluated and did not consider residents living with dementia or hearing loss.",
    ]),
    "Councillor Rainsford, Deputy Leader and Cabinet Member for Community Services said that "
    "Cabinet had taken the decision because the monitoring centre\u2019s call-handling "
    "equipment had to be replaced before the national switch from analogue to digital "
    "telephone lines, at a cost of around \u00a3420,000, and the council could not justify "
    "that investment for 2,340 customers. The in-house service had also struggled to cover "
    "night shifts, with 41 shifts covered by agency staff in 2023/24. She said that Cabinet "
    "had been satisfied that the tender process had been fair and that the new contract "
    "protected the standard of service customers received. She added that the provider "
    "already monitored alarms for fourteen councils and housing associations, and that "
    "customers would keep their existing alarm units until their telephone lines were "
    "switched over.",
    "Dawn Ferriday, Director of Communities said that the tender had been evaluated on 60% "
    "quality and 40% price, and that Beaconwatch Telecare Ltd had scored highest on quality "
    "as well as on price. A market engagement event had been held in May 2024, attended by "
    "seven providers, and four compliant bids had been received by the closing date in "
    "September. The evaluation panel had included the Careline and Independent Living "
    "Manager, an officer from the procurement team and a representative of the Saltcote "
    "Tenants\u2019 Forum.",
    "The Chair invited Mrs Brenda Sillitoe to speak under public speaking provisions. Mrs "
    "Sillitoe, a tenant at Marlowe Court, made the following comments:",
    ("bul", [
        "She had lived at Marlowe Court for nine years and the scheme officer was the only "
        "person many of the residents saw from one day to the next;",
        "Residents had not known that the scheme officer post would end until they received "
        "a letter from the council in the week before Christmas.",
    ]),
    "Councillor Delahaye spoke under Council Procedure Rule 20.1 and asked why ward "
    "councillors for Pegham Bay, where four of the eleven schemes were located, had not "
    "been briefed before the Cabinet report was published. Councillor Rainsford apologised "
    "and said that a briefing for all ward councillors would be arranged before the end of "
    "February.",
    "Members asked questions and made comments as follows:",
    ("bul", [
        "Where would the provider\u2019s monitoring centre be located and would its operators "
        "know the district and its local responder arrangements?",
        "What were the provider\u2019s target times for answering an alarm call and for a "
        "responder to arrive at a customer\u2019s home?",
        "Would the nine Careline operators and eleven scheme officers transfer to the new "
        "provider under TUPE, and what would happen to staff who did not wish to transfer?",
        "Members were concerned that the new weekly charge of \u00a35.25 would lead some "
        "customers on low incomes to cancel their alarms;",
        "Had the council asked whether the Better Care Fund could meet part of the cost of "
        "the service, given the savings it brought to the NHS by keeping people out of "
        "hospital?",
        "Could the contract be ended early if the provider\u2019s performance fell below the "
        "standard in the specification?",
    ]),
    "Councillor Rainsford, Dawn Ferriday and Priya Ramsden, Careline and Independent Living "
    "Manager responded to Member questions as follows:",
    ("bul", [
        "The provider\u2019s main monitoring centre was in the Midlands, with a second centre "
        "providing back-up. All operators would be trained on the district\u2019s responder "
        "arrangements and key safe procedures before the service transferred;",
        "The contract required 98.5% of alarm calls to be answered within 60 seconds and a "
        "mobile responder to arrive within 45 minutes, which was the same standard as the "
        "current service;",
        "All staff in scope would transfer to the provider under TUPE on their existing terms "
        "and conditions. Three scheme officers had asked about redeployment and the council "
        "would try to find them suitable posts;",
        "Customers in receipt of Pension Credit or Housing Benefit would continue to receive "
        "a 50% reduction, and no customer would pay the new charge before 1 July 2025;",
        "The contract included a break clause after two years and could be ended sooner for "
        "persistent poor performance, which would be monitored every quarter by the Careline "
        "and Independent Living Manager.",
    ]),
    "Councillor Quint asked whether Members could see the scores given to each bidder in "
    "the tender evaluation. Helen Marchant advised that the scores were contained in the "
    "exempt annex to the Cabinet report and could only be discussed if the press and public "
    "were excluded from the meeting. The Panel did not wish to go into closed session.",
    "Councillor Gosling commented that the decision had been a difficult one for Cabinet, "
    "but that the cost of replacing the equipment could not be ignored and the standard of "
    "response in the new contract was no lower than at present.",
    "The Chair summarised the discussion and said that the Panel\u2019s main concerns "
    "appeared to be the adequacy of the consultation, the effect of the revised charge on "
    "customers on low incomes and the timing of the equality impact assessment. He invited "
    "Members to put forward a proposal.",
    "Councillor Lydford proposed, Councillor Bellamy seconded that the Panel take no further "
    "action on the call-in and that the Cabinet decision be implemented. Upon being put to "
    "the vote, the motion was lost.",
    "Councillor Mbatha proposed, Councillor Crouch seconded that the decision be referred "
    "back to Cabinet for reconsideration, for the following reasons:",
    ("bul", [
        "Careline customers and sheltered housing tenants should be consulted again for at "
        "least eight weeks, with paper questionnaires and meetings at each scheme;",
        "Cabinet should receive a full comparison of the cost of replacing the equipment and "
        "keeping the service in-house against the cost of the contract;",
        "The equality impact assessment should be revised to cover residents living with "
        "dementia, sight loss or hearing loss.",
    ]),
    "Councillor Tarrant requested a recorded vote. Members voted as follows:",
    ("vote", [
        ("For:", "Councillors Crouch, Dunmore, Fairweather, Hartigan, Kemble, Mbatha, Quint "
                 "and Tarrant (8);"),
        ("Against:", "Councillors Bellamy, Gosling and Lydford (3);"),
        ("Abstain:", "Councillor Prewett (1)."),
    ]),
    "The motion was carried and the Panel agreed to refer the decision back to Cabinet "
    "for reconsideration for the reasons set out above.",

    ("item", "62.", "Access to NHS Dental Services in Saltcote"),
    "Dr Rosalind Ebbage, Associate Director of Primary Care Commissioning, Cantmoor and "
    "Estuary Integrated Care Board (ICB) made a presentation on access to NHS dental "
    "services in the district. Dr Ebbage was accompanied by Kerry Quilliam, Dental "
    "Commissioning Manager. In her presentation Dr Ebbage made the following points:",
    ("bul", [
        "There were 14 NHS dental practices in the district, two fewer than in 2022, after "
        "practices in Brindlecliff and Kelstone had handed back their contracts;",
        "41% of adults had seen an NHS dentist in the previous 24 months and 54% of children "
        "in the previous 12 months, both below the national average;",
        "The ICB had funded 6,200 additional urgent appointments in 2024/25 and had "
        "commissioned a new four-chair practice in Kelstone;",
        "Recruitment of dentists to coastal towns remained difficult, and the ICB was "
        "offering a payment of up to \u00a320,000 to dentists who agreed to work in the "
        "area for at least three years;",
        "Practices that had taken part in the ICB\u2019s access scheme had seen 1,480 new "
        "patients who had not seen a dentist for more than two years;",
        "A supervised toothbrushing scheme was now running in 23 primary schools and "
        "nurseries in the district.",
    ]),
    "Yusuf Atherley, Engagement Lead, Healthwatch Cantmoor said that dentistry remained the "
    "subject raised most often with Healthwatch by residents of the district. Healthwatch "
    "had received 96 enquiries about dentistry from Saltcote residents in the last six "
    "months, most of them from people who had been removed from a practice list after not "
    "attending for two years, or who had been offered private treatment only.",
    "Further to questions and comments from the Panel, it was noted:",
    ("bul", [
        "There was a question around why the new Kelstone practice had not opened in the "
        "autumn as planned. Kerry Quilliam advised that the provider had been unable to "
        "recruit a second dentist and that the opening had been put back to April 2025;",
        "Members were concerned that families in Pegham Bay were travelling more than ten "
        "miles for their children\u2019s check-ups, which was difficult for those without a "
        "car. Dr Ebbage acknowledged that access in the east of the district was the poorest "
        "and said that any further funding would be targeted there;",
        "In response to a Member\u2019s question on whether any practices were taking on new "
        "adult NHS patients, it was noted that three practices in the district were "
        "accepting adults and that the list on the ICB website was updated weekly;",
        "One Member asked whether the council could offer empty council premises to dental "
        "providers at a reduced rent. Dr Ebbage welcomed the suggestion and said that she "
        "would discuss it with the council\u2019s property team.",
    ]),
    "Councillor Ockenden spoke under Council Procedure Rule 20.1.",
    "Councillor Fairweather proposed, Councillor Gosling seconded and the Panel agreed to "
    "write to the ICB asking that any new dental contracts be prioritised for the east of "
    "the district, and for Pegham Bay in particular.",
    "The Chair thanked Dr Ebbage and Ms Quilliam and thereafter Members noted the "
    "presentation.",

    ("item", "63.", "Cabinet Member Presentation - Damp and Mould in Council Homes"),
    "Councillor Whitcombe, Cabinet Member for Housing introduced and outlined the "
    "presentation (see attached). The main points of the presentation were as follows:",
    ("bul", [
        "The council owned 3,012 homes, of which 146 had an open damp and mould case at the "
        "end of December 2024, down from 231 in April 2024;",
        "All reports were now inspected within ten working days, or within five working days "
        "where a child under five or a person with a respiratory condition lived in the home;",
        "Awaab\u2019s Law would apply to social landlords from October 2025 and a new damp and "
        "mould policy would be brought to Cabinet in the summer;",
        "Two additional surveyors and a damp and mould case officer had been appointed in "
        "2024, funded from the housing revenue account;",
        "Tenant satisfaction with the way the council dealt with repairs had risen from 58% "
        "to 64% in the latest tenant satisfaction measures survey.",
    ]),
    "Councillor Whitcombe said that the council had reviewed its approach after the Housing "
    "Ombudsman\u2019s national report on damp and mould and had stopped treating reports as "
    "a matter of lifestyle. Every tenant who reported damp now received a visit rather than "
    "a leaflet, and the council\u2019s repairs contractor had been set a new target of "
    "completing mould washes within 14 days of inspection. Stock condition surveys had been "
    "completed for 71% of the council\u2019s homes and would be completed for the rest by "
    "September 2025.",
    "The Panel made comments and asked questions as follows:",
    ("bul", [
        "How many of the open cases had been waiting more than six months for the repair "
        "work to be completed?",
        "Members expressed concern that tenants were still being told to open their windows "
        "and keep their homes heated, which many households could not afford;",
        "One Member requested that the Panel receive a breakdown of the open cases by ward "
        "at its next meeting.",
    ]),
    "Councillor Whitcombe and Lorna Kettle, Head of Housing Property Services responded to "
    "questions and comments as follows:",
    ("bul", [
        "Nineteen cases had been open for more than six months, mostly where major works "
        "such as new roofs or drainage were needed;",
        "The advice to tenants had been rewritten in 2024 and officers now checked whether a "
        "household was eligible for help with energy costs before giving advice on heating;",
        "A breakdown by ward would be circulated to all Members of the Panel before the next "
        "meeting.",
    ]),
    "Councillor Bellamy proposed, Councillor Quint seconded and Members noted the "
    "presentation.",

    ("item", "64.", "Draft Homelessness and Rough Sleeping Strategy 2025-2030"),
    "Neil Ashcroft, Head of Housing Options introduced the report and made the following "
    "comments:",
    ("bul", [
        "There were 318 households in temporary accommodation at the end of December 2024, "
        "including 402 children, compared with 187 households two years earlier;",
        "Spending on nightly-paid temporary accommodation was forecast to reach \u00a33.4m in "
        "2024/25, against a budget of \u00a32.1m;",
        "The number of people found sleeping rough on the single night count in November "
        "2024 had been 17, compared with 9 a year earlier;",
        "The council had been awarded \u00a31.26m of Homelessness Prevention Grant for "
        "2025/26, an increase of 14% on the previous year;",
        "The strategy had four priorities: preventing homelessness, reducing the use of bed "
        "and breakfast, ending rough sleeping and improving the health of people who were "
        "homeless;",
        "A public consultation on the draft strategy would run from February to April 2025.",
    ]),
    "Mr Ashcroft said that the strategy had been developed with partners through the "
    "Saltcote Homelessness Forum, which included the hospital trust, the probation service, "
    "two local churches running night shelters and the district\u2019s housing associations. "
    "The draft action plan would be finalised after the consultation and brought back to "
    "Cabinet with the final strategy in the summer.",
    "One Member asked how many families had been in bed and breakfast for longer than the "
    "six-week limit. Mr Ashcroft said that there were eleven such families at the end of "
    "December and that the council was buying 30 homes on the open market to reduce the "
    "number.",
    "Councillor Prewett raised concerns about the number of rough sleepers with mental "
    "health and substance misuse needs who were discharged from hospital with nowhere to go. "
    "Councillor Whitcombe said that a hospital discharge protocol had been agreed with the "
    "hospital trust and that a mental health worker funded by the ICB would join the outreach "
    "team in March.",
    "One Member requested that the strategy include a target for the number of households "
    "placed outside the district, to which the officers agreed, and Mr Ashcroft said that "
    "the target would be added before the consultation began.",
    "Councillor Pardew spoke under Council Procedure Rule 20.1 and asked whether the council "
    "would consider a selective licensing scheme for private rented homes in Saltcote town "
    "centre.",
    "Councillor Gosling proposed, Councillor Kemble seconded and the Panel agreed to "
    "recommend to Cabinet that the draft Homelessness and Rough Sleeping Strategy 2025-2030 "
    "be approved for public consultation, subject to the inclusion of a target for reducing "
    "placements outside the district.",

    ("item", "65.", "Forward Plan and Exempt Cabinet Decision Notice"),
    "Members considered the Forward Plan and Exempt Cabinet Decision Notice for the period "
    "February to May 2025, which listed eleven key decisions, including the award of the "
    "leisure management contract and the review of the Local Plan.",
    "One Member asked when Cabinet would decide on the new operator for the Saltcote and "
    "Kelstone leisure centres. Tom Walcott said that the decision was now scheduled for the "
    "Cabinet meeting on 20 March 2025 and that the Panel could consider the report "
    "beforehand if it wished.",
    "Members noted the Forward Plan and Exempt Cabinet Decision Notice.",

    ("item", "66.", "Review of Overview and Scrutiny Work Programme for 2024/25"),
    "Tom Walcott introduced the report and outlined the items planned for the remaining "
    "meetings of the municipal year. The meeting on 18 March 2025 would receive the Annual "
    "Community Safety Review, when the Panel would be sitting as the Crime and Disorder "
    "Committee, and the final report of the Tourism Working Party, which had been delayed "
    "from January.",
    "One Member requested that the Panel look at underage vaping and the sale of disposable "
    "vapes in the district once the national ban had come into force. The Chair agreed to "
    "discuss with Democratic Services how to progress this request.",
    "Councillor Tarrant suggested and Members agreed that the Panel invites Councillor "
    "Rainsford to the next scheduled Panel meeting on 18 March 2025 to report on Cabinet\u2019s "
    "reconsideration of the Careline decision.",
    "Tom Walcott added that the Panel\u2019s reasons for referring the Careline decision back "
    "would be sent to Cabinet within five working days, and that Cabinet would reconsider "
    "the decision at its meeting on 6 February 2025.",
    ("end", "Meeting concluded : 9.41 pm"),
]


def _fonts(pdf) -> None:
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("DejaVu", "B", 11)
                self.set_xy(20, 10)
                self.cell(170, 6, "Public Document Pack", align="R")
                self.set_y(24)
            else:
                self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    _fonts(pdf)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes 21st-Jan-2025 19.00 Overview & Scrutiny Panel")
    pdf.set_author("Saltcote District Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_page()

    lh = 5.6
    indent = 34
    width = 210 - 20 - indent

    def gap(h=3.0):
        pdf.ln(h)

    for block in HEAD + BODY:
        if isinstance(block, str):
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(indent)
            pdf.multi_cell(width, lh, block, align="J")
            gap()
            continue
        kind = block[0]
        if kind == "head":
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 9, block[1])
            gap(2)
        elif kind == "line":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, lh, block[1])
            gap()
        elif kind == "label":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, lh, block[1])
            gap(1.5)
        elif kind == "item":
            _, number, title = block
            if pdf.get_y() > 297 - 22 - 25:
                pdf.add_page()
            gap(3)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(indent - 20, lh, number)
            pdf.set_xy(indent, y)
            pdf.multi_cell(width, lh, title)
            gap()
        elif kind == "bul":
            pdf.set_font("DejaVu", "", 10.5)
            for entry in block[1]:
                if pdf.get_y() > 297 - 22 - lh * 2:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(indent + 2, y)
                pdf.cell(5, lh, "\u2022")
                pdf.set_xy(indent + 8, y)
                pdf.multi_cell(width - 8, lh, entry, align="J")
                gap(1.5)
            gap(1.5)
        elif kind == "plainlist":
            pdf.set_font("DejaVu", "", 10.5)
            for entry in block[1]:
                pdf.set_x(indent)
                pdf.multi_cell(width, lh, entry)
                gap(1.5)
            gap(1.5)
        elif kind == "vote":
            for label, text in block[1]:
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.set_xy(indent, y)
                pdf.cell(22, lh, label)
                pdf.set_font("DejaVu", "", 10.5)
                pdf.set_xy(indent + 22, y)
                pdf.multi_cell(width - 22, lh, text)
                gap(1.5)
            gap(1.5)
        elif kind == "end":
            gap(6)
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, lh, block[1])
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The paper that is not minutes: the Cabinet decision notice that was called in
# ---------------------------------------------------------------------------

NOTICE = [
    ("title", "SALTCOTE DISTRICT COUNCIL"),
    ("title", "CABINET DECISION NOTICE"),
    ("grid", [
        ("Meeting:", "Cabinet"),
        ("Date of meeting:", "Thursday 12 December 2024"),
        ("Date of publication:", "Friday 13 December 2024"),
        ("Call-in deadline:", "5.00 pm on Friday 20 December 2024"),
    ]),
    ("p", "The decision set out below was taken by Cabinet at the meeting shown above. In "
          "accordance with Overview and Scrutiny Procedure Rule 15, the decision will come "
          "into force and may be implemented on the expiry of five clear working days after "
          "the date of publication, unless it is called in by five Members of the Overview "
          "and Scrutiny Panel from more than one political group."),
    ("h", "Item 6: Future Delivery of the Careline and Sheltered Housing Support Service"),
    ("grid", [
        ("Decision maker:", "Cabinet"),
        ("Cabinet Member:", "Councillor Rainsford, Deputy Leader and Cabinet Member for "
                            "Community Services"),
        ("Lead officer:", "Dawn Ferriday, Director of Communities"),
        ("Key decision:", "Yes"),
        ("Forward Plan reference:", "FP/2024/117"),
        ("Wards affected:", "All Wards"),
    ]),
    ("h", "Decision"),
    ("p", "Cabinet agreed:"),
    ("num", [
        "To award a contract for the provision of a 24-hour community alarm monitoring and "
        "mobile response service to Beaconwatch Telecare Ltd for five years from 1 April "
        "2025, with an option to extend for up to two further years, at a total contract "
        "value of \u00a32.94m over the initial term;",
        "To close the council\u2019s in-house Careline monitoring centre at Harbour Street on "
        "31 March 2025 and to transfer the staff in scope to the provider under the Transfer "
        "of Undertakings (Protection of Employment) Regulations 2006;",
        "To replace the resident scheme officer role at the council\u2019s eleven sheltered "
        "housing schemes with a floating independent living support service delivered by the "
        "provider from 1 July 2025;",
        "To increase the weekly Careline charge from \u00a34.10 to \u00a35.25 from 1 July "
        "2025, retaining the 50% reduction for customers in receipt of Pension Credit or "
        "Housing Benefit;",
        "To delegate authority to the Director of Communities, in consultation with the "
        "Cabinet Member for Community Services, to finalise and enter into the contract.",
    ]),
    ("h", "Reasons for the decision"),
    ("p", "The call-handling equipment at the Careline monitoring centre reaches the end of its "
          "life in 2025 and is not compatible with the national switch from analogue to "
          "digital telephone lines. Replacing it would cost an estimated \u00a3420,000, with "
          "further annual licence costs, for a service with 2,340 customers. The in-house "
          "service has found it increasingly difficult to staff night shifts, and relied on "
          "agency staff for 41 night shifts in 2023/24."),
    ("p", "An open tender was carried out between June and October 2024. Four compliant bids "
          "were received and were evaluated on the basis of 60% quality and 40% price. "
          "Beaconwatch Telecare Ltd achieved the highest score for both quality and price. "
          "The contract is expected to deliver a net saving to the council of \u00a3186,000 a "
          "year once the revised charge is in place."),
    ("h", "Alternative options considered and rejected"),
    ("table", [
        ("Option", "Reason rejected"),
        ("Retain and re-equip the in-house monitoring centre",
         "Capital cost of around \u00a3420,000 and continuing difficulty in staffing night "
         "shifts; no saving to the council."),
        ("Share a monitoring centre with a neighbouring council",
         "No neighbouring council was able to offer capacity before the digital switchover."),
        ("Retain resident scheme officers at all eleven schemes",
         "Not affordable within the housing revenue account budget for 2025/26 without an "
         "increase in service charges to tenants."),
    ]),
    ("h", "Consultation"),
    ("p", "A consultation with Careline customers ran from 5 August to 2 September 2024. "
          "Questionnaires were available online and by telephone, and 212 responses were "
          "received. The main issues raised, and the council\u2019s response, are summarised "
          "below."),
    ("table", [
        ("You asked", "We said"),
        ("Will my alarm still be answered by someone who knows where I live?",
         "Operators will see your address, key safe details and medical information on "
         "screen, as they do now, and will be trained on local arrangements."),
        ("Will someone still come out if I fall?",
         "Yes. The mobile response service will continue, with a target arrival time of 45 "
         "minutes."),
        ("Why is the charge going up?",
         "The charge has not increased since 2019 and is below the charge made by most "
         "councils in the region. Customers on low incomes will keep their 50% reduction."),
        ("Will I need a new alarm unit?",
         "Customers with older analogue units will be offered a digital unit free of charge "
         "before their telephone line is switched over."),
    ]),
    ("h", "Matters raised by non-Cabinet Members"),
    ("p", "Councillors Mbatha and Delahaye spoke under Council Procedure Rule 20.1. The "
          "questions they raised, on the location of the monitoring centre and on the "
          "briefing of ward councillors, are recorded in the minutes of the Cabinet meeting, "
          "which will be published separately."),
    ("h", "Conflicts of interest declared"),
    ("p", "None."),
    ("h", "Dispensations granted"),
    ("p", "None."),
    ("h", "Questions the Overview and Scrutiny Panel may wish to ask if the decision is "
          "called in"),
    ("bul", [
        "How will the council monitor the provider\u2019s call answering and response times?",
        "What support will be given to scheme residents when the resident scheme officer "
        "role ends?",
        "How many customers are expected to cancel their service because of the revised "
        "charge?",
    ]),
    ("h", "Further information"),
    ("p", "Background papers: Cabinet report \u2018Future Delivery of the Careline and "
          "Sheltered Housing Support Service\u2019, 12 December 2024, with Annex 1 (tender "
          "evaluation summary, exempt under paragraph 3 of Schedule 12A to the Local "
          "Government Act 1972) and Annex 2 (equality impact assessment)."),
    ("p", "Contact: Tom Walcott, Scrutiny and Democratic Services Manager, Saltcote District "
          "Council, Council Offices, Harbour Street, Saltcote. Email: "
          "democratic.services@saltcote.gov.uk"),
    ("p", "Signed: Councillor Amberley, Leader of the Council          Date: 13 December 2024"),
]


def build_notice(path: Path) -> None:
    from fpdf import FPDF

    class Notice(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 6, f"Cabinet Decision Notice - 12 December 2024 - Page "
                            f"{self.page_no()} of {{nb}}", align="C")

    pdf = Notice(format="A4")
    _fonts(pdf)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(FIXED_NOTICE)
    pdf.set_title("Cabinet Decision Notice 12 December 2024")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.alias_nb_pages()
    pdf.add_page()
    lh = 5.4
    full = 210 - 44

    for kind, content in NOTICE:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 8, content, align="C")
            pdf.ln(1)
        elif kind == "h":
            if pdf.get_y() > 297 - 22 - 20:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, content)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, lh, content)
            pdf.ln(2)
        elif kind == "grid":
            pdf.ln(2)
            for label, value in content:
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_xy(22, y)
                pdf.cell(54, lh, label)
                pdf.set_font("DejaVu", "", 10)
                pdf.set_xy(76, y)
                pdf.multi_cell(full - 54, lh, value)
            pdf.ln(2)
        elif kind == "num":
            pdf.set_font("DejaVu", "", 10)
            for i, entry in enumerate(content, 1):
                y = pdf.get_y()
                pdf.set_xy(24, y)
                pdf.cell(8, lh, f"{i}.")
                pdf.set_xy(32, y)
                pdf.multi_cell(full - 10, lh, entry)
                pdf.ln(1)
            pdf.ln(1)
        elif kind == "bul":
            pdf.set_font("DejaVu", "", 10)
            for entry in content:
                y = pdf.get_y()
                pdf.set_xy(24, y)
                pdf.cell(6, lh, "\u2022")
                pdf.set_xy(30, y)
                pdf.multi_cell(full - 8, lh, entry)
                pdf.ln(1)
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(col_widths=(60, 106), line_height=5, text_align="LEFT",
                           first_row_as_headings=True) as table:
                for row in content:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(kind)

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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview & Scrutiny Panel",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "58", "title": "Apologies for Absence"},
        {"number": "59", "title": "Declaration of Interests"},
        {"number": "60", "title": "Minutes of Previous Meeting"},
        {"number": "61", "title": "Call-In of Cabinet Decision: Future Delivery of the "
                                  "Careline and Sheltered Housing Support Service"},
        {"number": "62", "title": "Access to NHS Dental Services in Saltcote"},
        {"number": "63", "title": "Cabinet Member Presentation - Damp and Mould in Council "
                                  "Homes"},
        {"number": "64", "title": "Draft Homelessness and Rough Sleeping Strategy 2025-2030"},
        {"number": "65", "title": "Forward Plan and Exempt Cabinet Decision Notice"},
        {"number": "66", "title": "Review of Overview and Scrutiny Work Programme for "
                                  "2024/25"},
    ],
    "questions": [
        # 61: the lead signatory's reasons for the call-in (no answer in the same point)
        q("61", "concern",
          "The consultation had run for only four weeks in August",
          "Councillor Mbatha", None, None, ["patient-and-public-input", "housing"]),
        q("61", "concern",
          "Cabinet had not explained why the service could not be improved instead",
          "Councillor Mbatha", None, None, ["privatisation", "subcontracting"]),
        q("61", "concern",
          "relied on the increase in the weekly charge, so that customers",
          "Councillor Mbatha", None, None, ["finance"]),
        q("61", "concern",
          "The equality impact assessment had been completed after the tenders had been evaluated",
          "Councillor Mbatha", None, None, ["subcontracting", "mental-health"]),
        # 61: public speaker
        q("61", "comment",
          "the scheme officer was the only person many of the residents saw",
          "Mrs Brenda Sillitoe", None, None, ["housing"]),
        q("61", "concern",
          "Residents had not known that the scheme officer post would end",
          "Mrs Brenda Sillitoe", None, None, ["housing"]),
        # 61: a ward councillor under CPR 20.1
        q("61", "question",
          "asked why ward councillors for Pegham Bay, where four of the eleven schemes",
          "Councillor Delahaye",
          "a briefing for all ward councillors would be arranged before the end of February",
          "Councillor Rainsford", []),
        # 61: Members' questions, answered in the list of responses that follows
        q("61", "question",
          "Where would the provider's monitoring centre be located",
          None,
          "The provider's main monitoring centre was in the Midlands",
          None, []),
        q("61", "question",
          "What were the provider's target times for answering an alarm call",
          None,
          "required 98.5% of alarm calls to be answered within 60 seconds",
          None, []),
        q("61", "question",
          "Would the nine Careline operators and eleven scheme officers transfer to the new provider",
          None,
          "All staff in scope would transfer to the provider under TUPE",
          None, ["workforce", "subcontracting"]),
        q("61", "concern",
          "Members were concerned that the new weekly charge of £5.25 would lead",
          None,
          "Customers in receipt of Pension Credit or Housing Benefit would continue to receive",
          None, ["finance"]),
        q("61", "question",
          "Had the council asked whether the Better Care Fund could meet part",
          None, None, None, ["integration", "finance"]),
        q("61", "question",
          "Could the contract be ended early if the provider's performance fell",
          None,
          "The contract included a break clause after two years",
          None, ["subcontracting"]),
        q("61", "question",
          "asked whether Members could see the scores given to each bidder",
          "Councillor Quint",
          "the scores were contained in the exempt annex to the Cabinet report",
          "Helen Marchant", ["governance", "subcontracting"]),
        q("61", "comment",
          "commented that the decision had been a difficult one for Cabinet",
          "Councillor Gosling", None, None, ["finance", "subcontracting"]),
        # 62: dental
        q("62", "question",
          "There was a question around why the new Kelstone practice had not opened",
          None,
          "the provider had been unable to recruit a second dentist",
          "Kerry Quilliam", ["primary-care", "workforce"]),
        q("62", "concern",
          "Members were concerned that families in Pegham Bay were travelling more than ten miles",
          None,
          "acknowledged that access in the east of the district was the poorest",
          "Dr Ebbage", ["primary-care", "children-and-families"]),
        q("62", "question",
          "whether any practices were taking on new adult NHS patients",
          None,
          "three practices in the district were accepting adults",
          None, ["primary-care"]),
        q("62", "question",
          "asked whether the council could offer empty council premises to dental providers",
          None,
          "Dr Ebbage welcomed the suggestion and said that she would discuss it",
          "Dr Ebbage", ["primary-care"]),
        # 63: damp and mould, answered in the list of responses that follows
        q("63", "question",
          "How many of the open cases had been waiting more than six months",
          None,
          "Nineteen cases had been open for more than six months",
          None, ["housing"]),
        q("63", "concern",
          "tenants were still being told to open their windows and keep their homes heated",
          None,
          "The advice to tenants had been rewritten in 2024",
          None, ["housing"]),
        q("63", "request",
          "requested that the Panel receive a breakdown of the open cases by ward",
          None,
          "A breakdown by ward would be circulated to all Members",
          None, ["housing"]),
        # 64: homelessness strategy
        q("64", "question",
          "asked how many families had been in bed and breakfast",
          None,
          "there were eleven such families at the end of December",
          "Mr Ashcroft", ["housing"]),
        q("64", "concern",
          "raised concerns about the number of rough sleepers with mental health",
          "Councillor Prewett",
          "a hospital discharge protocol had been agreed with the hospital trust",
          "Councillor Whitcombe",
          ["housing", "mental-health", "public-health", "adult-social-care"]),
        q("64", "request",
          "requested that the strategy include a target for the number of households",
          None,
          "the target would be added before the consultation began",
          "Mr Ashcroft", ["housing"]),
        q("64", "question",
          "would consider a selective licensing scheme for private rented homes",
          "Councillor Pardew", None, None, ["housing"]),
        # 65: forward plan
        q("65", "question",
          "asked when Cabinet would decide on the new operator for the Saltcote",
          None,
          "the decision was now scheduled for the Cabinet meeting on 20 March 2025",
          "Tom Walcott", ["subcontracting"]),
        # 66: work programme
        q("66", "request",
          "requested that the Panel look at underage vaping and the sale",
          None,
          "The Chair agreed to discuss with Democratic Services how to progress",
          "Chair", ["public-health", "children-and-families"]),
    ],
    "resolutions": [
        res("60", "the Panel agreed the minutes to be a correct record",
            "agreed", []),
        res("61", "seconded that the Panel take no further action on the call-in",
            "rejected", ["governance"]),
        res("61", "the Panel agreed to refer the decision back to Cabinet",
            "agreed", ["governance"]),
        res("62", "write to the ICB asking that any new dental contracts be prioritised",
            "agreed", ["primary-care"]),
        res("62", "The Chair thanked Dr Ebbage and Ms Quilliam and thereafter Members noted",
            "noted", ["primary-care"]),
        res("63", "Councillor Quint seconded and Members noted the presentation", "noted",
            ["housing"]),
        res("64", "recommend to Cabinet that the draft Homelessness and Rough Sleeping Strategy",
            "recommended", ["housing", "patient-and-public-input"]),
        res("65", "Members noted the Forward Plan and Exempt Cabinet Decision Notice",
            "noted", []),
        res("66", "Members agreed that the Panel invites Councillor Rainsford",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Hartigan", "Chair", "present"),
        att("Councillor Bellamy", None, "present"),
        att("Councillor Crouch", None, "present"),
        att("Councillor Dunmore", None, "present"),
        att("Councillor Fairweather", None, "present"),
        att("Councillor Gosling", None, "present"),
        att("Councillor Kemble", None, "present"),
        att("Councillor Lydford", None, "present"),
        att("Councillor Mbatha", None, "present"),
        att("Councillor Prewett", None, "present"),
        att("Councillor Quint", None, "present"),
        att("Councillor Tarrant", None, "present"),
        att("Councillor Delahaye", None, "in_attendance"),
        att("Councillor Ockenden", None, "in_attendance"),
        att("Councillor Pardew", None, "in_attendance"),
        att("Councillor Rainsford", None, "in_attendance"),
        att("Councillor Whitcombe", None, "in_attendance"),
        att("Councillor Ferrand", None, "apologies"),
        att("Councillor S. Orchard", None, "apologies"),
        att("Councillor Venn", None, "apologies"),
    ],
}

NOTICE_GOLD = {"document": NOTICE_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_notice(DOCS / NOTICE_NAME)
    for gold in (MINUTES_GOLD, NOTICE_GOLD):
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
    for gold_path in sorted(GOLD.glob("ql-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NOTICE_NAME}\ngold in {GOLD}")
