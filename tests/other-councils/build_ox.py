#!/usr/bin/env python3
"""Build the "ox-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ox.py           build documents/ox-* and gold/ox-*.json
        build_ox.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ox-chessbury-housing-community-osc-2025-03-12.pdf"
REPORT_NAME = "ox-chessbury-cabinet-report-damp-mould-policy.docx"

FIXED = dt.datetime(2025, 3, 20, 9, 15, 0, tzinfo=dt.timezone.utc)
FIXED_DOCX = dt.datetime(2025, 7, 8, 10, 30, 0)

COMMITTEE = "Housing and Community Overview and Scrutiny Committee"
RUNNING_HEADER = "Housing and Community Overview and Scrutiny Committee – 12 March 2025"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

MEMBERS_LEFT = ["Harcourt (Chair)", "Okafor-Lyle (Vice-Chair)", "Brennan", "Dowsett",
                "Fairweather", "Hallam"]
MEMBERS_RIGHT = ["Mirza", "Pettifer", "Quennell", "Sandhu (substitute for Councillor Tarrant)"]

ALSO_ATTENDANCE = [
    ("Councillor Stanbridge", "Portfolio Holder for Housing and Property Services"),
    ("Councillor Adeyemi", "Portfolio Holder for Neighbourhood Delivery"),
]

OFFICERS = [
    ("Alison Kerridge", "Strategic Director, Housing and Property Services"),
    ("Mark Delaporte", "Assistant Director, Housing Operations"),
    ("Priya Castellan", "Head of Housing Solutions"),
    ("Owen Tremlett", "Community Safety and Partnerships Lead"),
    ("Fern Gathercole", "Tenant Involvement Manager"),
    ("Jo Wimbush", "Democratic Services Officer (Minutes)"),
]

OTHERS = [
    ("Inspector Dan Hollier", "Chessbury Safer Neighbourhood Team"),
]

# Body blocks: ("item", number, title) | ("p", text) | ("action", text)
#              | ("bold", text) | ("clause", number, text)
BODY = [
    ("item", "41", "MINUTES"),
    ("p", "The minutes of the meeting held on 12 February 2025 were agreed by the Members "
          "present and signed by the Chair."),

    ("item", "42", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors Tarrant and Whitcombe. "
          "Councillor Sandhu attended as substitute for Councillor Tarrant."),

    ("item", "43", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Mirza declared a personal interest in item 47 as she is a Council tenant "
          "in Ashlyn Green. She remained in the meeting and took part in the discussion."),

    ("item", "44", "PUBLIC PARTICIPATION"),
    ("p", "Mr P Vardy, a leaseholder at Farrow Court, Holmbury Cross, had registered to speak "
          "and addressed the Committee. He asked why the major works programme for the block, "
          "which included the replacement of the roof and windows, had been deferred for a "
          "second year when residents had been told in 2023 that work would start in spring "
          "2025. He also asked whether leaseholders would be consulted before any revised "
          "estimate of their service charges was issued."),
    ("p", "Councillor Stanbridge thanked Mr Vardy for attending. She explained that the "
          "programme had been re-phased after the stock condition survey identified higher "
          "priority fire safety works in three other blocks, and that Farrow Court was now "
          "included in the 2026/27 programme. She confirmed that every leaseholder would "
          "receive a Section 20 notice and would be consulted before any estimate was issued, "
          "and offered to meet residents at the block."),
    ("action", "Action: M Delaporte to arrange a meeting with Farrow Court residents and the "
               "Portfolio Holder."),

    ("item", "45", "CONSIDERATION OF ANY MATTER REFERRED TO THE COMMITTEE IN RELATION TO "
                   "CALL-IN"),
    ("p", "None."),

    ("item", "46", "ACTION POINTS FROM THE PREVIOUS MEETING"),
    ("p", "The Committee reviewed the action points from the meeting held on 12 February 2025."),
    ("p", "Cllr Brennan noted that the breakdown of void turnaround times by property type, "
          "which had been requested at the last meeting, had still not been circulated to "
          "Members. M Delaporte apologised for the delay and confirmed that the breakdown "
          "would be sent to all Members of the Committee by the end of the week."),
    ("p", "All other actions were confirmed as complete."),

    ("item", "47", "HOUSING SERVICES QUARTER 3 PERFORMANCE REPORT 2024/25"),
    ("p", "M Delaporte introduced the report, which set out performance against the Housing "
          "Service's key performance indicators for October to December 2024 and the "
          "Council's results against the tenant satisfaction measures set by the Regulator of "
          "Social Housing. He highlighted that 10 of the 16 indicators were on target, that "
          "gas safety compliance remained at 100% and that only one complaint had been upheld "
          "by the Housing Ombudsman during the quarter. He drew Members' attention to the "
          "indicators that were off target, in particular void turnaround times, repairs "
          "satisfaction and rent collection, and to the improvement actions set out in "
          "section 4 of the report."),
    ("p", "Cllr Quennell referred to the average void turnaround time of 41 days against a "
          "target of 28 days and asked what was being done to bring it back on target. "
          "M Delaporte advised that the increase was largely due to a number of long-term "
          "voids needing major works, including asbestos removal, and that if these were "
          "excluded the average was 31 days. A new voids contract had started in January and "
          "officers expected to see an improvement in quarter 4."),
    ("p", "Cllr Fairweather asked how many damp and mould cases were currently open and "
          "whether the Council was ready for Awaab's Law coming into force in October. "
          "A Kerridge confirmed that there had been 214 open cases at the end of December, of "
          "which 37 were classed as category 1 hazards. Officers had carried out a gap "
          "analysis against the draft guidance and a revised damp and mould policy would be "
          "brought to the Committee in the summer before it went to Cabinet. She added that "
          "two additional surveyors had been recruited on fixed-term contracts to clear the "
          "backlog of inspections."),
    ("p", "Cllr Dowsett expressed concern that satisfaction with repairs had fallen to 71%, "
          "with residents in her ward reporting repeat visits for the same job, often by "
          "different subcontractors who did not bring the right parts, and asked whether the "
          "repairs contractor was being held to account for its first-time fix rate."),
    ("p", "M Delaporte acknowledged the concerns. He explained that the contract with Wenmore "
          "Property Services included a first-time fix target of 85% and that current "
          "performance was 78%. The contractor had submitted an improvement plan, performance "
          "was reviewed at monthly contract meetings and the contract allowed for financial "
          "deductions if targets continued to be missed."),
    ("p", "Cllr Okafor-Lyle asked about the fall in rent collection and whether the cost of "
          "living was having an effect on the level of arrears. A Kerridge advised that "
          "collection stood at 97.2% against a target of 98%. Arrears had increased mainly "
          "among tenants moving onto Universal Credit, and the Income team was working with "
          "the local Citizens Advice service to offer budgeting support. No tenant had been "
          "evicted for rent arrears alone during the year."),
    ("p", "Cllr Hallam commented that the tenant satisfaction survey had been completed by "
          "only 612 tenants out of more than 10,000 households and that the results could "
          "not be regarded as representative. She felt that more should be done to reach "
          "younger tenants and those who did not use email."),
    ("p", "Cllr Pettifer asked whether the vacancies in the Housing Officer team had now been "
          "filled, as tenants had told him they did not know who their officer was. "
          "M Delaporte confirmed that four of the six vacant posts had been filled and that "
          "recruitment to the remaining two was under way; agency staff were covering the "
          "affected patches in the meantime and tenants would be written to with the name of "
          "their new officer."),
    ("p", "Cllr Sandhu asked what support was available to older tenants in general needs "
          "housing who were no longer able to manage their homes safely. A Kerridge explained "
          "that the Tenancy Sustainment team carried out welfare visits and could refer "
          "tenants to the County Council for a social care assessment, and that the "
          "Council's own lifeline alarm service was available to all tenants over 60."),
    ("p", "The Committee noted the report and the improvement actions proposed in section 4."),
    ("action", "Action: M Delaporte to circulate first-time fix figures for each trade to "
               "Members."),

    ("item", "48", "TEMPORARY ACCOMMODATION AND HOMELESSNESS UPDATE"),
    ("p", "P Castellan introduced the report, which provided an update on homelessness "
          "demand and the use of temporary accommodation. She advised that there were 187 "
          "households in temporary accommodation at the end of February, including 96 "
          "families with children, and that 23 households were in nightly-paid "
          "accommodation outside the borough. Approaches to the service had risen by 18% "
          "compared with the same period last year, with the ending of private tenancies "
          "remaining the most common reason."),
    ("p", "In response to a question from Cllr Harcourt about the cost of nightly-paid "
          "accommodation, P Castellan said that the Council had spent just under two million "
          "pounds on nightly-paid placements so far this year, only part of which could be "
          "recovered through housing benefit subsidy. The purchase of 20 properties for use "
          "as temporary accommodation, approved by Cabinet in October, would reduce this cost "
          "over time."),
    ("p", "Cllr Brennan asked how long families with children were staying in bed and "
          "breakfast accommodation and whether the six-week legal limit had been breached. "
          "P Castellan confirmed that there had been three breaches of the six-week limit "
          "during the quarter, all of which had been reported as required, and that each "
          "family had since moved into self-contained accommodation."),
    ("p", "Cllr Quennell raised concerns about the effect on children's schooling of "
          "placements outside the borough, with some families travelling more than an hour "
          "each way to school. P Castellan acknowledged this and advised that families with "
          "children in school were given priority for placements within the borough and that "
          "the Council paid travel costs where a family had to be placed further away."),
    ("p", "Cllr Fairweather asked whether the Council was working with the NHS to support "
          "homeless residents with mental health needs. P Castellan advised that a mental "
          "health practitioner from the local NHS trust was now based with the Housing "
          "Solutions team two days a week, funded through the Rough Sleeping Initiative "
          "grant, and that this had helped several long-term rough sleepers into "
          "accommodation."),
    ("p", "Cllr Pettifer asked whether the Council would consider setting up its own "
          "private sector leasing scheme, as some neighbouring councils had done. Councillor "
          "Stanbridge responded that a leasing scheme was being looked at as part of the "
          "review of the Homelessness Strategy and that the findings would be shared with "
          "the Committee."),
    ("bold", "RESOLVED:"),
    ("p", "That the update be noted and that a further report on the temporary accommodation "
          "acquisition programme be brought to the Committee in September 2025."),

    ("item", "49", "COMMUNITY SAFETY PARTNERSHIP UPDATE"),
    ("p", "O Tremlett and Inspector Hollier gave a presentation on the work of the Chessbury "
          "Community Safety Partnership during 2024/25. Reports of anti-social behaviour had "
          "fallen by 9% across the borough, although there had been increases in Kingsfold "
          "and around the bus station in Holmbury Cross. Inspector Hollier outlined the "
          "neighbourhood policing priorities agreed with residents at the last round of "
          "ward panel meetings."),
    ("p", "Cllr Mirza asked what action was being taken about the rise in reports of drug "
          "dealing around the Kingsfold shopping parade. Inspector Hollier explained that a "
          "closure order had been obtained on one flat, that plain clothes patrols had been "
          "increased and that two arrests had been made in February. He encouraged residents "
          "to keep reporting incidents, as the intelligence had been essential."),
    ("p", "Cllr Sandhu requested that ward councillors be told in advance when a dispersal "
          "order was to be used in their ward. Inspector Hollier agreed that the Safer "
          "Neighbourhood Team would email ward councillors whenever a dispersal order was "
          "authorised."),
    ("p", "Cllr Dowsett asked how the youth diversion project at the Kingsfold Community "
          "Centre would be funded once the current grant ended in March. O Tremlett said "
          "that the Partnership had secured funding from the Police and Crime Commissioner "
          "for a further twelve months and was looking for a longer-term source."),
    ("p", "Cllr Okafor-Lyle expressed concern about alcohol-related anti-social behaviour "
          "in Holmbury Cross town centre on weekday evenings, which had been raised with her "
          "by several shopkeepers. O Tremlett advised that the Public Spaces Protection Order "
          "covering the town centre was due for renewal and that a public consultation on "
          "the renewal would begin in April."),
    ("p", "The Chair thanked Inspector Hollier and O Tremlett for attending and the Committee "
          "noted the update."),

    ("item", "50", "DRAFT TENANT INVOLVEMENT STRATEGY 2025-2028"),
    ("p", "F Gathercole introduced the draft strategy, which had been developed with the "
          "Tenant and Leaseholder Committee and informed by a consultation in which 340 "
          "tenants had taken part. The strategy proposed a new digital tenant panel, a "
          "refreshed Tenant Scrutiny Panel with a small payment for its members, and an "
          "annual involvement report to the Committee."),
    ("p", "Cllr Hallam welcomed the proposal for a digital tenant panel but asked how "
          "tenants without internet access would be able to take part. F Gathercole "
          "confirmed that paper surveys and telephone interviews would continue to be "
          "offered, and that drop-in sessions would be held at community centres across the "
          "borough."),
    ("p", "Cllr Quennell asked whether the proposed payment to members of the Tenant "
          "Scrutiny Panel would affect tenants who were in receipt of benefits. "
          "F Gathercole advised that payments would be made in shopping vouchers within the "
          "limits allowed and that individual advice would be offered to any panel member "
          "who was concerned."),
    ("p", "Cllr Pettifer suggested that the strategy should include a clear target for the "
          "number of tenants involved each year, so that the Committee could monitor "
          "progress. A Kerridge agreed that a target would be added to the version of the "
          "strategy going to Cabinet."),
    ("p", "Councillor Harcourt proposed and Councillor Okafor-Lyle seconded the "
          "recommendation, which was agreed unanimously."),
    ("bold", "RESOLVED:"),
    ("p", "That the Committee:"),
    ("clause", "1.", "recommends the draft Tenant Involvement Strategy 2025-2028 to Cabinet "
                     "for approval; and"),
    ("clause", "2.", "asks that a target for the number of tenants actively involved each "
                     "year be included before the strategy is submitted to Cabinet."),

    ("item", "51", "WORK PROGRAMME"),
    ("p", "The Committee considered its work programme for the remainder of 2024/25 and for "
          "2025/26."),
    ("p", "Cllr Hallam requested that an item on disabled facilities grants and the waiting "
          "list for adaptations be added to the work programme. The Chair agreed and asked "
          "the Democratic Services Officer to discuss the timing with officers."),
    ("p", "The work programme was agreed with the above addition."),
]

CLOSING = "The meeting ended at 9.41 pm."


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, RUNNING_HEADER, align="R")
                self.ln(9)
                self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Housing and Community Overview and Scrutiny Committee 12/03/2025")
    pdf.set_author("Chessbury Borough Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = 5.4

    # title block
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(width, 6, "CHESSBURY BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(width, 7, "HOUSING AND COMMUNITY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 7, "OVERVIEW AND SCRUTINY COMMITTEE", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    pdf.cell(width, 7, "MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(width, 7, "12 MARCH 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    label_w = 34
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(width, lh, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(width, lh, "Members:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10.5)
    col_w = 62
    rows = max(len(MEMBERS_LEFT), len(MEMBERS_RIGHT))
    for i in range(rows):
        pdf.set_x(pdf.l_margin)
        pdf.cell(label_w, lh, "Councillors:" if i == 0 else "")
        left = MEMBERS_LEFT[i] if i < len(MEMBERS_LEFT) else ""
        right = MEMBERS_RIGHT[i] if i < len(MEMBERS_RIGHT) else ""
        pdf.cell(col_w, lh, left)
        pdf.cell(width - label_w - col_w, lh, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(width, lh, "Also Attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for name, role in ALSO_ATTENDANCE:
        pdf.set_x(pdf.l_margin + label_w)
        pdf.cell(width - label_w, lh, f"{name} – {role}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(width, lh, "Officers:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    name_w = 44
    for name, role in OFFICERS:
        pdf.set_x(pdf.l_margin + label_w)
        pdf.cell(name_w, lh, name)
        pdf.cell(width - label_w - name_w, lh, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(width, lh, "Others:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for name, role in OTHERS:
        pdf.set_x(pdf.l_margin + label_w)
        pdf.cell(name_w, lh, name)
        pdf.cell(width - label_w - name_w, lh, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.cell(width, lh, "The meeting began at 7.30 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    num_w = 14
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(num_w, lh, f"{num}.")
            pdf.set_xy(pdf.l_margin + num_w, y)
            pdf.multi_cell(width - num_w, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("DejaVu", "", 10.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.multi_cell(width - num_w, lh, block[1], align="J", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "action":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.multi_cell(width - num_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10.5)
            pdf.ln(2.5)
        elif kind == "bold":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.cell(width - num_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10.5)
            pdf.ln(1.5)
        elif kind == "clause":
            _, num, text = block
            pdf.set_font("DejaVu", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + num_w, y)
            pdf.cell(8, lh, num)
            pdf.set_xy(pdf.l_margin + num_w + 8, y)
            pdf.multi_cell(width - num_w - 8, lh, text, align="J", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(width, lh, CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_x(pdf.l_margin + width - 60)
    pdf.cell(60, lh, "Chair", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def minutes_gold() -> dict:
    def q(item, kind, text, asked_by, answer, given_by, themes):
        return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
                "answer": answer, "given_by": given_by, "themes": themes}

    def r(item, text, outcome, themes):
        return {"item": item, "text": text, "outcome": outcome, "themes": themes}

    def a(name, role, attendance):
        return {"name": name, "role": role, "attendance": attendance}

    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-03-12",
        "items": [
            {"number": "41", "title": "MINUTES"},
            {"number": "42", "title": "APOLOGIES FOR ABSENCE"},
            {"number": "43", "title": "DECLARATIONS OF INTEREST"},
            {"number": "44", "title": "PUBLIC PARTICIPATION"},
            {"number": "45", "title": "CONSIDERATION OF ANY MATTER REFERRED TO THE COMMITTEE "
                                      "IN RELATION TO CALL-IN"},
            {"number": "46", "title": "ACTION POINTS FROM THE PREVIOUS MEETING"},
            {"number": "47", "title": "HOUSING SERVICES QUARTER 3 PERFORMANCE REPORT 2024/25"},
            {"number": "48", "title": "TEMPORARY ACCOMMODATION AND HOMELESSNESS UPDATE"},
            {"number": "49", "title": "COMMUNITY SAFETY PARTNERSHIP UPDATE"},
            {"number": "50", "title": "DRAFT TENANT INVOLVEMENT STRATEGY 2025-2028"},
            {"number": "51", "title": "WORK PROGRAMME"},
        ],
        "questions": [
            q("44", "question",
              "asked why the major works programme for the block",
              "Mr P Vardy",
              "the programme had been re-phased after the stock condition survey",
              "Councillor Stanbridge", ["housing"]),
            q("44", "question",
              "whether leaseholders would be consulted before any revised estimate of their "
              "service charges",
              "Mr P Vardy",
              "every leaseholder would receive a Section 20 notice and would be consulted",
              "Councillor Stanbridge", ["housing", "patient-and-public-input", "finance"]),
            q("46", "comment",
              "the breakdown of void turnaround times by property type",
              "Cllr Brennan",
              "the breakdown would be sent to all Members of the Committee",
              "M Delaporte", ["housing"]),
            q("47", "question",
              "asked what was being done to bring it back on target",
              "Cllr Quennell",
              "the increase was largely due to a number of long-term voids",
              "M Delaporte", ["housing"]),
            q("47", "question",
              "asked how many damp and mould cases were currently open",
              "Cllr Fairweather",
              "there had been 214 open cases at the end of December",
              "A Kerridge", ["housing"]),
            q("47", "concern",
              "expressed concern that satisfaction with repairs had fallen to 71%",
              "Cllr Dowsett",
              "the contract with Wenmore Property Services included a first-time fix target",
              "M Delaporte", ["housing", "subcontracting"]),
            q("47", "question",
              "asked about the fall in rent collection and whether the cost of living",
              "Cllr Okafor-Lyle",
              "collection stood at 97.2% against a target of 98%",
              "A Kerridge", ["housing", "finance"]),
            q("47", "comment",
              "the tenant satisfaction survey had been completed by only 612 tenants",
              "Cllr Hallam", None, None,
              ["housing", "patient-and-public-input"]),
            q("47", "question",
              "asked whether the vacancies in the Housing Officer team had now been filled",
              "Cllr Pettifer",
              "four of the six vacant posts had been filled",
              "M Delaporte", ["workforce", "housing"]),
            q("47", "question",
              "what support was available to older tenants in general needs housing",
              "Cllr Sandhu",
              "the Tenancy Sustainment team carried out welfare visits",
              "A Kerridge", ["housing", "adult-social-care"]),
            q("48", "question",
              "In response to a question from Cllr Harcourt about the cost",
              "Cllr Harcourt",
              "the Council had spent just under two million pounds on nightly-paid placements",
              "P Castellan", ["housing", "finance"]),
            q("48", "question",
              "asked how long families with children were staying in bed and breakfast",
              "Cllr Brennan",
              "there had been three breaches of the six-week limit",
              "P Castellan", ["housing", "children-and-families"]),
            q("48", "concern",
              "raised concerns about the effect on children's schooling of placements",
              "Cllr Quennell",
              "families with children in school were given priority for placements",
              "P Castellan", ["housing", "children-and-families"]),
            q("48", "question",
              "asked whether the Council was working with the NHS to support homeless",
              "Cllr Fairweather",
              "a mental health practitioner from the local NHS trust was now based",
              "P Castellan", ["mental-health", "housing"]),
            q("48", "question",
              "would consider setting up its own private sector leasing scheme",
              "Cllr Pettifer",
              "a leasing scheme was being looked at as part of the review",
              "Councillor Stanbridge", ["housing"]),
            q("49", "question",
              "asked what action was being taken about the rise in reports of drug dealing",
              "Cllr Mirza",
              "a closure order had been obtained on one flat",
              "Inspector Hollier", []),
            q("49", "request",
              "requested that ward councillors be told in advance when a dispersal order",
              "Cllr Sandhu",
              "would email ward councillors whenever a dispersal order was authorised",
              "Inspector Hollier", []),
            q("49", "question",
              "asked how the youth diversion project at the Kingsfold Community Centre",
              "Cllr Dowsett",
              "had secured funding from the Police and Crime Commissioner",
              "O Tremlett", ["children-and-families", "finance"]),
            q("49", "concern",
              "expressed concern about alcohol-related anti-social behaviour in Holmbury Cross",
              "Cllr Okafor-Lyle",
              "the Public Spaces Protection Order covering the town centre was due for renewal",
              "O Tremlett", ["public-health"]),
            q("50", "question",
              "tenants without internet access would be able to take part",
              "Cllr Hallam",
              "paper surveys and telephone interviews would continue to be offered",
              "F Gathercole", ["patient-and-public-input", "housing"]),
            q("50", "question",
              "asked whether the proposed payment to members of the Tenant Scrutiny Panel",
              "Cllr Quennell",
              "payments would be made in shopping vouchers within the limits allowed",
              "F Gathercole", ["finance", "patient-and-public-input"]),
            q("50", "request",
              "suggested that the strategy should include a clear target for the number",
              "Cllr Pettifer",
              "a target would be added to the version of the strategy going to Cabinet",
              "A Kerridge", ["patient-and-public-input"]),
            q("51", "request",
              "requested that an item on disabled facilities grants and the waiting list",
              "Cllr Hallam",
              "The Chair agreed and asked the Democratic Services Officer",
              "the Chair", ["housing"]),
        ],
        "resolutions": [
            r("41", "minutes of the meeting held on 12 February 2025 were agreed by the Members",
              "agreed", []),
            r("47", "The Committee noted the report and the improvement actions proposed", "noted",
              ["housing"]),
            r("48", "That the update be noted and that a further report on the temporary",
              "agreed", ["housing"]),
            r("49", "thanked Inspector Hollier and O Tremlett for attending and the Committee "
                    "noted", "noted", []),
            r("50", "recommends the draft Tenant Involvement Strategy 2025-2028 to Cabinet",
              "recommended", ["patient-and-public-input", "housing"]),
            r("51", "The work programme was agreed with the above addition", "agreed", []),
        ],
        "attendees": [
            a("Councillor Harcourt", "Chair", "present"),
            a("Councillor Okafor-Lyle", "Vice-Chair", "present"),
            a("Councillor Brennan", None, "present"),
            a("Councillor Dowsett", None, "present"),
            a("Councillor Fairweather", None, "present"),
            a("Councillor Hallam", None, "present"),
            a("Councillor Mirza", None, "present"),
            a("Councillor Pettifer", None, "present"),
            a("Councillor Quennell", None, "present"),
            a("Councillor Sandhu", None, "present"),
            a("Councillor Stanbridge", "Portfolio Holder for Housing and Property Services",
              "in_attendance"),
            a("Councillor Adeyemi", "Portfolio Holder for Neighbourhood Delivery",
              "in_attendance"),
            a("Alison Kerridge", "Strategic Director, Housing and Property Services",
              "in_attendance"),
            a("Mark Delaporte", "Assistant Director, Housing Operations", "in_attendance"),
            a("Priya Castellan", "Head of Housing Solutions", "in_attendance"),
            a("Owen Tremlett", "Community Safety and Partnerships Lead", "in_attendance"),
            a("Fern Gathercole", "Tenant Involvement Manager", "in_attendance"),
            a("Jo Wimbush", "Democratic Services Officer (Minutes)", "in_attendance"),
            a("Inspector Dan Hollier", "Chessbury Safer Neighbourhood Team", "in_attendance"),
            a("Councillor Tarrant", None, "apologies"),
            a("Councillor Whitcombe", None, "apologies"),
        ],
    }


# --------------------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report in Word
# --------------------------------------------------------------------------------------

REPORT_HEADER_ROWS = [
    ("Report for:", "Cabinet"),
    ("Title of report:", "Damp and Mould Policy 2025"),
    ("Date:", "22 July 2025"),
    ("Report on behalf of:", "Councillor Stanbridge, Portfolio Holder for Housing and "
                             "Property Services"),
    ("Part:", "I"),
    ("If Part II, reason:", "N/A"),
    ("Appendices:", "Appendix 1 – Damp and Mould Policy 2025\n"
                    "Appendix 2 – Equality Impact Assessment\n"
                    "Appendix 3 – What tenants asked us and our response"),
    ("Background papers:", "Housing and Community Overview and Scrutiny Committee, "
                           "11 June 2025 – Draft Damp and Mould Policy"),
    ("Glossary of acronyms and any other abbreviations used in this report:",
     "HHSRS – Housing Health and Safety Rating System\nTSM – Tenant Satisfaction Measures"),
]

REPORT_SIGNOFF_ROWS = [
    ("Report Author / Responsible Officer",
     "Mark Delaporte, Assistant Director, Housing Operations\n"
     "housing.operations@chessbury.gov.example / 01446 228 410"),
    ("Corporate Priorities",
     "Providing good quality affordable homes, in particular for those most in need\n"
     "Ensuring efficient, effective and modern service delivery"),
    ("Wards affected", "All"),
    ("Purpose of the report:",
     "1. To seek approval of a revised Damp and Mould Policy that meets the requirements of "
     "Awaab's Law, which comes into force for social landlords on 27 October 2025.\n"
     "2. To set out how the Council will investigate and put right reports of damp and "
     "mould within the new statutory timescales."),
    ("Recommendation (s) to the decision maker (s):",
     "That Cabinet:\n"
     "1. approves the Damp and Mould Policy 2025 attached at Appendix 1;\n"
     "2. delegates authority to the Strategic Director, Housing and Property Services, in "
     "consultation with the Portfolio Holder for Housing and Property Services, to make minor "
     "amendments to the policy following the publication of final government guidance; and\n"
     "3. notes the additional revenue cost of £148,000 a year set out in section 6."),
    ("Period for post policy/project review:",
     "The policy will be reviewed after twelve months of operation and reported to the "
     "Housing and Community Overview and Scrutiny Committee."),
]

REPORT_SECTIONS = [
    ("1. Introduction", [
        "1.1 The Council owns and manages just over 10,200 homes. At the end of June 2025 there "
        "were 198 open cases of damp and mould, of which 31 had been assessed as category 1 "
        "hazards under the HHSRS.",
        "1.2 The current policy was adopted in 2023. It does not set the fixed timescales for "
        "investigation and repair that will be required under Awaab's Law, and it relies on "
        "tenants reporting problems rather than on the Council identifying homes at risk.",
    ]),
    ("2. Awaab's Law", [
        "2.1 From 27 October 2025 social landlords must investigate reported damp and mould "
        "hazards that present a significant risk of harm within 10 working days, and begin "
        "repairs within a further 5 working days. Emergency hazards must be investigated and "
        "made safe within 24 hours.",
        "2.2 Where a home cannot be made safe within these timescales the landlord must offer "
        "suitable alternative accommodation at its own cost.",
    ]),
    ("3. Key changes in the revised policy", [
        "3.1 The revised policy introduces fixed response times in line with the new law, a "
        "single point of contact for each case, a follow-up inspection six weeks after "
        "repairs are completed, and the use of property data to identify homes at higher "
        "risk before tenants report a problem.",
        "3.2 The policy also makes clear that tenants will not be blamed for damp and mould "
        "caused by the condition of their home, and that advice on ventilation and heating "
        "will be given alongside, and not instead of, repairs.",
    ]),
    ("4. Consultation", [
        "4.1 The draft policy was shared with the Tenant and Leaseholder Committee in May 2025 "
        "and 127 tenants responded to an online and paper survey. The main points raised, and "
        "the Council's response, are set out in Appendix 3.",
        "4.2 The Housing and Community Overview and Scrutiny Committee considered the draft "
        "policy on 11 June 2025. Members asked how the Council would find tenants who were "
        "living with damp but had not reported it, and whether the additional surveyors "
        "recruited in 2025 would be made permanent. The Committee supported the draft policy "
        "and asked that the number of repeat cases be included in future performance reports.",
    ]),
    ("5. Options and alternatives considered", [
        "5.1 The Council could continue with the current policy and amend working practices "
        "only. This is not recommended, as it would leave the Council without a clear, "
        "published standard against which tenants and the Regulator can hold it to account.",
    ]),
    ("6. Financial and value for money implications", [
        "6.1 Meeting the new timescales will require two permanent surveyor posts and an "
        "additional damp and mould operative team, at a cost of £148,000 a year, which will "
        "be met from the Housing Revenue Account. The cost of alternative accommodation is "
        "estimated at up to £60,000 a year and will be met from the existing decant budget.",
    ]),
    ("7. Legal, risk and equalities implications", [
        "7.1 Failure to comply with Awaab's Law would expose the Council to enforcement action "
        "by the Regulator of Social Housing and to claims from tenants. The risk is recorded "
        "on the Housing Service risk register.",
        "7.2 An Equality Impact Assessment is attached at Appendix 2. Households with young "
        "children, older tenants and tenants with respiratory conditions are most affected "
        "by damp and mould and are expected to benefit most from the policy.",
    ]),
    ("8. Statutory comments", [
        "Monitoring Officer: The policy will assist the Council in meeting its duties under "
        "the Social Housing (Regulation) Act 2023 and the regulations made under it.",
        "S.151 Officer: The additional costs have been included in the Housing Revenue Account "
        "business plan and are affordable within the approved budget.",
    ]),
]

APPENDIX3_ROWS = [
    ("What tenants asked", "Our response"),
    ("Will I be blamed for the mould because I dry washing indoors?",
     "No. We will look first at the condition of your home, including ventilation, "
     "insulation and any leaks. We will give advice, but advice will never replace a repair."),
    ("How quickly will someone come out once I report damp?",
     "If there is a significant risk to your health we will inspect within 10 working days, "
     "and within 24 hours in an emergency."),
    ("Can I be moved while the work is done?",
     "Yes. If your home cannot be made safe in time we will offer you somewhere suitable to "
     "stay, at no cost to you."),
    ("Will you check again after the work is finished?",
     "Yes. We will contact you six weeks after the repair is completed and inspect again if "
     "the problem has returned."),
    ("Can leaseholders report damp coming from a neighbouring council flat?",
     "Yes. Any resident can report damp or mould affecting a council home or coming from "
     "one, and we will investigate."),
]


def build_report_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = d.add_paragraph()
    run = p.add_run("AGENDA ITEM: 9")
    run.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = d.add_paragraph()
    run = p.add_run("CHESSBURY BOROUGH COUNCIL")
    run.bold = True
    run.font.size = Pt(14)

    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in REPORT_HEADER_ROWS:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    d.add_paragraph()

    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in REPORT_SIGNOFF_ROWS:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    d.add_paragraph()

    for heading, paras in REPORT_SECTIONS:
        p = d.add_paragraph()
        p.add_run(heading).bold = True
        for text in paras:
            d.add_paragraph(text)

    d.add_page_break()
    p = d.add_paragraph()
    p.add_run("Appendix 3 – What tenants asked us and our response").bold = True
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for i, (left, right) in enumerate(APPENDIX3_ROWS):
        cells = table.add_row().cells
        cells[0].text = ""
        cells[1].text = ""
        r1 = cells[0].paragraphs[0].add_run(left)
        r2 = cells[1].paragraphs[0].add_run(right)
        if i == 0:
            r1.bold = r2.bold = True

    cp = d.core_properties
    cp.author = "Mark Delaporte"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Cabinet report - Damp and Mould Policy 2025"
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX
    cp.revision = 4

    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed timestamps so that the output is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml",
                                                           i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 8, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ox-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            problems += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"gold file name {gold_path.name} does not match {doc.name}")
            problems += 1
        text = normalise(document_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {phrase!r}")
                problems += 1
            count = text.count(normalise(phrase))
            if count != 1:
                print(f"{doc.name}: {kind} phrase found {count} times: {phrase!r}")
                problems += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("OK: every gold phrase occurs exactly once")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")
    print(f"wrote gold files in {GOLD}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
