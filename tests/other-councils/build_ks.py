#!/usr/bin/env python3
"""Build the "ks-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ks.py           build documents/ks-* and gold/ks-*.json
        build_ks.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "ks-kinderdale-police-crime-panel-2025-02-06.pdf"
REPORT_NAME = "ks-kinderdale-pcc-proposed-precept-report-2025-26.docx"

FIXED_PDF_DATE = dt.datetime(2025, 2, 12, 9, 30, 0, tzinfo=dt.timezone.utc)
FIXED_DOCX_DATE = dt.datetime(2025, 1, 27, 14, 5, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: ("item", number, title) | ("p", text) | ("clause", label, text)
# Text uses fpdf2 markdown (**bold**) for the RESOLVED labels.

HEADING = (
    "MINUTES of a meeting of the KINDERDALE POLICE AND CRIME PANEL held on "
    "6 February 2025 at County Hall, Wirksby."
)

CHAIR_LINE = "Councillor S Brailsford (in the Chair)"

MEMBERS_PARA = (
    "Councillors J Ambrose (Amberley Vale Borough Council), R Cubley (South Kinderdale "
    "District Council), L Fearn (Dervington City Council), D Kirkland (High Tor Borough "
    "Council), H Mistry (Dervington City Council), K Oakes (Chesterford Borough Council), "
    "T Ridgeway (Bolstone District Council), P Smedley (Erwash Valley Borough Council) and "
    "A Tideswell (North Kinderdale District Council)."
)

INDEPENDENT_PARA = "Independent Members: Dr E Hulland and Mrs V Cresswell."

ALSO_PARA = (
    "Also in attendance were N Stanhope (Police and Crime Commissioner), D Pryor (Chief "
    "Executive, OPCC), A Varley (Chief Finance Officer, OPCC), R Eyam (Head of "
    "Commissioning and Partnerships, OPCC), K Ollerenshaw (Deputy Chief Constable, "
    "Kinderdale Constabulary), J Bradwell (Director of Finance, Kinderdale Constabulary), "
    "and I Mellor and F Wragg (Kinderdale County Council)."
)

APOLOGIES_PARA = (
    "Apologies for absence were submitted on behalf of Councillors B Swindell (Dalesmoor "
    "District Council) and C Wheeldon (Kinderdale County Council)."
)

BODY = [
    ("item", "07/25", "DECLARATIONS OF INTEREST"),
    ("p", "**RESOLVED** to note the following declaration of interest:-"),
    ("p", "Councillor H Mistry declared a personal interest in Minute No. 12/25 as a trustee "
          "of Dervington Women’s Refuge, which received grant funding from the Commissioner."),

    ("item", "08/25", "MINUTES"),
    ("p", "**RESOLVED** to approve as a correct record the minutes of the meeting of the "
          "Kinderdale Police and Crime Panel held on 23 January 2025, subject to the deletion "
          "of Councillor Ridgeway from the list of those present."),

    ("item", "09/25", "PUBLIC QUESTIONS"),
    ("p", "One question had been received from a member of the public in accordance with "
          "the Panel’s procedure. Mr T Staley, a resident of Hartle Green, attended the "
          "meeting and asked the following question:"),
    ("quote", "“Since the front counter at Wirksby Police Station closed last year, residents "
              "of the villages north of the town have had to travel over twenty miles to "
              "report a crime in person. Will the Commissioner commit to reopening a front "
              "counter in the north of the county, and if not, why not?”"),
    ("p", "The Commissioner thanked Mr Staley for his question and responded that footfall at "
          "the Wirksby front counter had averaged fewer than six visitors a day before its "
          "closure, and that the great majority of crimes were now reported by telephone or "
          "online. He did not intend to reopen the counter, but the mobile police station "
          "vehicle would visit Hartle Green, Over Brackley and Stanedge Cross on a "
          "fortnightly rota from March 2025, and the dates would be published on the "
          "Constabulary’s website and through parish councils."),
    ("p", "In a supplementary question, Mr Staley asked whether the rota could include "
          "evenings, as many residents worked during the day. The Commissioner replied that "
          "he would ask the Chief Constable to consider an evening visit once a month, and "
          "would write to Mr Staley."),

    ("item", "10/25", "MEMBER QUESTION AND ANSWER SESSION"),
    ("p", "Questions had been submitted in advance by Panel members in accordance with the "
          "Panel’s Rules of Procedure. The questions and the responses given at the meeting "
          "are summarised below."),
    ("p", "Councillor K Oakes asked what assessment the Commissioner had made of the impact "
          "of the increase in employers’ National Insurance contributions on the "
          "Constabulary’s budget for 2025-26, and whether the grant announced by the Home "
          "Office would meet the full cost."),
    ("p", "The PCC responded by saying that the increase would cost the Constabulary "
          "approximately £4.1m in a full year. The Home Office had allocated £3.2m of "
          "specific grant to Kinderdale to offset the additional cost, leaving a shortfall "
          "of around £0.9m which had been built into the Medium Term Financial Plan. He had "
          "joined other Commissioners in writing to the Policing Minister to ask that the "
          "grant be based on the actual cost to each force rather than on the funding "
          "formula, but had not yet received a reply."),
    ("p", "Councillor A Tideswell asked what progress had been made with the Right Care, "
          "Right Person approach, and whether the Commissioner was satisfied that people in "
          "mental health crisis were not being left without support as a result."),
    ("p", "The PCC responded by saying that the third phase of Right Care, Right Person, "
          "covering concerns for welfare and patients who walked out of health settings, had "
          "gone live in November 2024. The Constabulary estimated that some 410 hours of "
          "officer time a month had been released so far. A joint group with the Integrated "
          "Care Board, the ambulance service and the County Council’s adult social care "
          "service met monthly to review every case where a partner had raised a concern; "
          "eleven cases had been reviewed to date, none of which had resulted in serious "
          "harm. He accepted that partners had raised concerns about the capacity of the "
          "mental health crisis service out of hours, and he would continue to press the "
          "Integrated Care Board on this."),
    ("p", "Councillor L Fearn asked how many student officers had left the Constabulary "
          "before completing their probation in the last twelve months, and what was being "
          "done to improve retention."),
    ("p", "The Deputy Chief Constable advised that 37 student officers had left during their "
          "probation in the twelve months to December 2024, a rate of 14%, which was slightly "
          "below the national average. Exit interviews showed that workload, shift patterns "
          "and the demands of the degree programme were the main reasons given. The "
          "Constabulary had introduced a tutor constable allowance, protected study days and "
          "a wellbeing check at six and twelve months, and a review of the entry routes would "
          "be reported to the Commissioner’s Strategic Governance Board in the summer."),
    ("p", "A question submitted by Councillor D Kirkland regarding the number of vacant posts "
          "in the Rural and Wildlife Crime Team was not reached in the time available. The "
          "Chair advised that a written response would be circulated to all Panel members."),

    ("item", "11/25", "POLICE AND CRIME COMMISSIONER’S PROPOSED PRECEPT FOR 2025-26"),
    ("p", "Consideration was given to a report of the Police and Crime Commissioner, which had "
          "been circulated in advance of the meeting, setting out the Commissioner’s proposal "
          "for the policing element of the council tax for 2025-26. Under the Police Reform "
          "and Social Responsibility Act 2011 and the Police and Crime Panels (Precepts and "
          "Chief Constable Appointments) Regulations 2012, the Panel was required to review "
          "the proposed precept and to make a report to the Commissioner, and had the power "
          "to veto the proposal by a two-thirds majority of its total membership."),
    ("p", "The Commissioner proposed to increase the Band D precept by £14.00, from £273.46 to "
          "£287.46, an increase of 5.12%, which was the maximum permitted without a "
          "referendum. The Chief Finance Officer explained that the increase would raise an "
          "additional £4.6m and, together with the core grant settlement, would allow the "
          "Constabulary to maintain officer numbers at 2,086 and to set a balanced budget for "
          "2025-26. Savings of £3.9m had been identified for 2025-26, mainly from estates "
          "rationalisation, the re-procurement of the vehicle fleet contract and the removal "
          "of vacant police staff posts, and a further gap of £6.2m was forecast by 2027-28. "
          "General reserves would be maintained at 3% of net revenue expenditure."),
    ("p", "The Commissioner’s public consultation had run from 2 December 2024 to 12 January "
          "2025. 2,914 people had responded to the online survey and 57% of respondents had "
          "supported an increase of £14 or more a year, with the strongest support in the "
          "urban areas of Dervington and Chesterford."),
    ("p", "Members discussed the proposal in detail. In response to a question from "
          "Councillor Smedley about how representative the survey had been, the Chief "
          "Executive, OPCC explained that respondents were weighted by age and district, that "
          "paper copies had been made available in libraries and that the consultation had "
          "been promoted through the Constabulary’s community messaging service, which had "
          "41,000 subscribers; she accepted that younger people remained under-represented."),
    ("p", "Councillor Ambrose expressed concern that households in Amberley Vale were facing "
          "increases in council tax from the County Council, the district council and the "
          "fire authority at the same time, and that the cumulative effect on low income "
          "families would be significant. The Commissioner said that he recognised the "
          "pressure on household budgets, but that a lower increase would mean the loss of "
          "around 60 officer posts over two years."),
    ("p", "Councillor Ridgeway asked whether the savings from the fleet contract had been "
          "achieved and whether any of the estates savings depended on the sale of the former "
          "Bolstone police station. The Chief Finance Officer confirmed that the new fleet "
          "contract had been awarded in October 2024 and that savings of £620,000 were already "
          "reflected in the base budget; the sale of the Bolstone site had been assumed in the "
          "capital programme and not in the revenue budget."),
    ("p", "Dr Hulland sought clarification on the risk to the budget if the pay award for "
          "officers in September 2025 exceeded the 2.5% assumed. The Chief Finance Officer "
          "advised that each additional 1% would cost approximately £1.3m, which would have "
          "to be met from the budget resilience reserve in the first instance."),
    ("p", "Councillor Mistry asked whether the Commissioner would consider using some of the "
          "additional income to restore funding for the neighbourhood youth diversion "
          "projects which had ended in March 2024. The Commissioner replied that youth "
          "diversion work in Dervington and Chesterford would continue to be funded through "
          "the Serious Violence Duty grant until March 2026, and that he would review the "
          "position as part of next year’s budget."),
    ("p", "Members also commented that the report had not included the outcome of the Home "
          "Office’s review of the police funding formula, and asked that future precept "
          "reports set out the implications of any changes for Kinderdale."),
    ("p", "Following a vote, with 11 members in favour and 1 against, it was"),
    ("p", "**RESOLVED** that the Panel:"),
    ("clause", "1)", "Supports the Commissioner’s proposal to increase the policing element "
                     "of the council tax by £14.00 for a Band D property in 2025-26; and"),
    ("clause", "2)", "Asks the Commissioner to provide an update on the delivery of the "
                     "2025-26 savings programme to the Panel’s meeting in July 2025."),

    ("item", "12/25", "POLICE AND CRIME PLAN 2024-2029: PRIORITY 2 – TACKLING VIOLENCE "
                      "AGAINST WOMEN AND GIRLS"),
    ("p", "Consideration was given to a report of the Police and Crime Commissioner, which had "
          "been circulated in advance of the meeting, providing the Panel with an overview of "
          "the activity undertaken by the Commissioner and partners in support of Priority 2 "
          "of the Police and Crime Plan 2024-2029, Tackling Violence against Women and Girls "
          "(VAWG). Appended to the report was a copy of the papers from the Commissioner’s "
          "Public Assurance Meeting held on 14 January 2025, at which the Chief Constable had "
          "been held to account for the Constabulary’s performance against the priority."),
    ("p", "The Head of Commissioning and Partnerships, OPCC introduced the report and "
          "highlighted that the Commissioner was investing £2.7m in 2024-25 in services for "
          "victims of domestic abuse and sexual violence, including the Independent Domestic "
          "Violence Advisor (IDVA) service, the Sexual Assault Referral Centre and the "
          "Kinderdale Rape Crisis counselling service, much of it funded from the Ministry of "
          "Justice victims’ grant. The IDVA and outreach contracts had been extended to March "
          "2026 while a joint commissioning exercise with the County Council and Dervington "
          "City Council was completed. The Deputy Chief Constable reported that domestic "
          "abuse-related crimes had fallen by 4% in the year to December 2024, while reports "
          "of stalking had risen by 23%, which was believed to reflect improved recording and "
          "greater confidence to report."),
    ("p", "Councillor Mistry asked how the Commissioner assured himself that the commissioned "
          "services were reaching women from Black, Asian and minority ethnic communities and "
          "women with no recourse to public funds. The Head of Commissioning and Partnerships "
          "explained that providers were required to report quarterly on the ethnicity, age "
          "and disability of service users against the local population, and that the new "
          "contracts would include a requirement to co-produce services with survivors. "
          "Take-up by women of South Asian heritage in Dervington remained below the expected "
          "level and a specialist outreach worker had been funded from January 2025."),
    ("p", "Concerns were expressed about the shortage of refuge spaces in the north of the "
          "county, where women were often placed in accommodation in other counties and away "
          "from their children’s schools and support networks. It was confirmed that the "
          "County Council, as the lead authority for the safe accommodation duty under the "
          "Domestic Abuse Act 2021, was opening eight additional units of dispersed safe "
          "accommodation in High Tor and Dalesmoor during 2025, to which the Commissioner had "
          "contributed £150,000 of capital funding."),
    ("p", "Dr Hulland sought clarification on the number of Stalking Protection Orders applied "
          "for by the Constabulary. The Deputy Chief Constable advised that 19 orders had been "
          "applied for in 2024, of which 17 had been granted, compared with six in 2023, and "
          "that a dedicated stalking coordinator post had been created within the Public "
          "Protection Unit."),
    ("p", "Councillor Cubley commented that the healthy relationships education delivered in "
          "secondary schools through the Commissioner’s Safer Schools programme had been well "
          "received, and should be extended to primary schools and to the county’s further "
          "education colleges."),
    ("p", "Councillor Fearn asked what proportion of officers had completed the Domestic "
          "Abuse Matters training, and was informed that 88% of frontline officers and staff "
          "had completed it, with refresher training being rolled out from April 2025."),
    ("p", "The Panel noted the report and thanked the Commissioner and the Deputy Chief "
          "Constable for the update."),

    ("item", "13/25", "COMPLAINTS AGAINST THE POLICE AND CRIME COMMISSIONER"),
    ("p", "Consideration was given to a report of the Director of Legal and Democratic "
          "Services, which updated the Panel on complaints against the Commissioner received "
          "since the last update in October 2024. Two complaints had been received. One "
          "concerned the Commissioner’s comments on social media about an unauthorised "
          "encampment in Erwash Valley, and had been resolved informally by the Complaints "
          "Sub-Committee on 9 December 2024 with an explanation to the complainant; the other "
          "related to operational policing matters and had been referred to the "
          "Constabulary’s Professional Standards Department, as it fell outside the Panel’s "
          "remit."),
    ("p", "Mrs Cresswell asked whether the outcome of complaints resolved informally could be "
          "published on the Panel’s web pages in an anonymised form, in the interests of "
          "transparency. The Monitoring Officer’s representative, Mr Mellor, advised that a "
          "summary could be included in the Panel’s annual report, but that details of "
          "individual complaints would not be published without the consent of the "
          "complainant and the Commissioner."),
    ("p", "**RESOLVED** to note the complaints received and the action taken."),

    ("item", "14/25", "COMMISSIONER’S VERBAL UPDATE"),
    ("p", "The Commissioner gave a verbal update on his activities since the last meeting, "
          "which included the opening of the new Dervington North custody suite, the launch "
          "of the Kinderdale Rural Crime Partnership with farming and landowner organisations, "
          "the fieldwork of His Majesty’s Inspectorate of Constabulary and Fire & Rescue "
          "Services (HMICFRS) for its inspection of the Constabulary’s response to the public, "
          "and his attendance at the general meeting of the Association of Police and Crime "
          "Commissioners."),
    ("p", "The Commissioner was questioned in detail by Panel members with regard to his "
          "verbal update and also gave members the opportunity to make comments which were "
          "duly noted or answered."),
    ("p", "Councillor Kirkland requested that the Panel be provided with the HMICFRS report "
          "once published, together with the Commissioner’s response to any areas for "
          "improvement. The Commissioner agreed to circulate both documents when available, "
          "which was expected to be in May 2025."),

    ("item", "15/25", "PANEL WORK PROGRAMME"),
    ("p", "The Panel considered its work programme for 2025, which had been circulated with "
          "the agenda. The Chair reminded members that the confirmation hearing for the "
          "proposed appointment of a Chief Finance Officer to the OPCC, following the "
          "retirement of Mr Varley, would be held before the Panel’s next meeting."),
    ("p", "Councillor Ridgeway requested that a report on the commissioning of victims’ "
          "services be brought to the Panel before the contracts were re-procured in 2026, so "
          "that the Panel could contribute to the service specification. The Chief Executive, "
          "OPCC said that market engagement would begin in the autumn and suggested that the "
          "item be scheduled for the Panel’s meeting in September 2025."),
    ("p", "**RESOLVED** that the Panel:"),
    ("clause", "1)", "Notes the work programme; and"),
    ("clause", "2)", "Agrees that reports on rural and wildlife crime and on the commissioning "
                     "of victims’ services be added to the work programme for the meetings in "
                     "July and September 2025 respectively."),

    ("item", "16/25", "DATE OF NEXT MEETING"),
    ("p", "The next meeting of the Panel would be held on Thursday 20 March 2025 at 10.00am in "
          "the Council Chamber, County Hall, Wirksby, preceded at 9.30am by the confirmation "
          "hearing for the Chief Finance Officer."),
    ("p", "The meeting concluded at 12.47pm."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 12)
                self.set_xy(20, 12)
                self.cell(40, 6, "PUBLIC")
                self.set_y(24)
            else:
                self.set_y(18)

        def footer(self):
            self.set_y(-16)
            self.set_font("Sans", "", 10)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Minutes(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_PDF_DATE)
    pdf.set_title("Minutes - Kinderdale Police and Crime Panel - 6 February 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.6
    full_w = 170
    body_x = 38
    body_w = 190 - body_x

    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(full_w, lh, HEADING.replace("KINDERDALE POLICE AND CRIME PANEL",
                                               "**KINDERDALE POLICE AND CRIME PANEL**"),
                   markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(full_w, lh, "PRESENT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 11)
    pdf.cell(full_w, lh, CHAIR_LINE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for para in (MEMBERS_PARA, INDEPENDENT_PARA, ALSO_PARA, APOLOGIES_PARA):
        pdf.multi_cell(full_w, lh, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(2)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            # keep a title with at least a few lines of its text
            if pdf.get_y() > 297 - 22 - 4 * lh:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(body_x - 20, lh, num)
            pdf.set_xy(body_x, y)
            pdf.multi_cell(body_w, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.set_font("Sans", "", 11)
        elif kind == "p":
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, lh, block[1], markdown=True, new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(3.5)
        elif kind == "quote":
            pdf.set_x(body_x + 8)
            pdf.multi_cell(body_w - 16, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
        elif kind == "clause":
            _, label, text = block
            if pdf.get_y() + lh > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(body_x, y)
            pdf.cell(9, lh, label)
            pdf.set_xy(body_x + 9, y)
            pdf.multi_cell(body_w - 9, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
        else:
            raise ValueError(kind)

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Kinderdale Police and Crime Panel",
    "meeting_date": "2025-02-06",
    "items": [
        {"number": "07/25", "title": "DECLARATIONS OF INTEREST"},
        {"number": "08/25", "title": "MINUTES"},
        {"number": "09/25", "title": "PUBLIC QUESTIONS"},
        {"number": "10/25", "title": "MEMBER QUESTION AND ANSWER SESSION"},
        {"number": "11/25", "title": "POLICE AND CRIME COMMISSIONER’S PROPOSED PRECEPT FOR 2025-26"},
        {"number": "12/25", "title": "POLICE AND CRIME PLAN 2024-2029: PRIORITY 2 – TACKLING VIOLENCE AGAINST WOMEN AND GIRLS"},
        {"number": "13/25", "title": "COMPLAINTS AGAINST THE POLICE AND CRIME COMMISSIONER"},
        {"number": "14/25", "title": "COMMISSIONER’S VERBAL UPDATE"},
        {"number": "15/25", "title": "PANEL WORK PROGRAMME"},
        {"number": "16/25", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "09/25", "kind": "question",
         "text": "Will the Commissioner commit to reopening a front counter in the north of the county",
         "asked_by": "Mr T Staley",
         "answer": "the mobile police station vehicle would visit Hartle Green, Over Brackley and Stanedge Cross",
         "given_by": "The Commissioner",
         "themes": ["patient-and-public-input"]},
        {"item": "09/25", "kind": "question",
         "text": "asked whether the rota could include evenings, as many residents worked during the day",
         "asked_by": "Mr Staley",
         "answer": "he would ask the Chief Constable to consider an evening visit once a month",
         "given_by": "The Commissioner",
         "themes": ["patient-and-public-input"]},
        {"item": "10/25", "kind": "question",
         "text": "what assessment the Commissioner had made of the impact of the increase in employers",
         "asked_by": "Councillor K Oakes",
         "answer": "the increase would cost the Constabulary approximately £4.1m in a full year",
         "given_by": "The PCC",
         "themes": ["finance", "workforce"]},
        {"item": "10/25", "kind": "question",
         "text": "asked what progress had been made with the Right Care, Right Person approach",
         "asked_by": "Councillor A Tideswell",
         "answer": "some 410 hours of officer time a month had been released so far",
         "given_by": "The PCC",
         "themes": ["mental-health", "integration"]},
        {"item": "10/25", "kind": "question",
         "text": "how many student officers had left the Constabulary before completing their probation",
         "asked_by": "Councillor L Fearn",
         "answer": "37 student officers had left during their probation in the twelve months to December 2024",
         "given_by": "The Deputy Chief Constable",
         "themes": ["workforce"]},
        {"item": "10/25", "kind": "question",
         "text": "regarding the number of vacant posts in the Rural and Wildlife Crime Team",
         "asked_by": "Councillor D Kirkland",
         "answer": None,
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "11/25", "kind": "question",
         "text": "a question from Councillor Smedley about how representative the survey had been",
         "asked_by": "Councillor Smedley",
         "answer": "respondents were weighted by age and district",
         "given_by": "the Chief Executive, OPCC",
         "themes": ["patient-and-public-input"]},
        {"item": "11/25", "kind": "concern",
         "text": "expressed concern that households in Amberley Vale were facing increases in council tax",
         "asked_by": "Councillor Ambrose",
         "answer": "a lower increase would mean the loss of around 60 officer posts",
         "given_by": "The Commissioner",
         "themes": ["finance"]},
        {"item": "11/25", "kind": "question",
         "text": "asked whether the savings from the fleet contract had been achieved",
         "asked_by": "Councillor Ridgeway",
         "answer": "the new fleet contract had been awarded in October 2024",
         "given_by": "The Chief Finance Officer",
         "themes": ["finance", "subcontracting"]},
        {"item": "11/25", "kind": "question",
         "text": "sought clarification on the risk to the budget if the pay award",
         "asked_by": "Dr Hulland",
         "answer": "each additional 1% would cost approximately £1.3m",
         "given_by": "The Chief Finance Officer",
         "themes": ["finance", "workforce"]},
        {"item": "11/25", "kind": "question",
         "text": "asked whether the Commissioner would consider using some of the additional income to restore",
         "asked_by": "Councillor Mistry",
         "answer": "would continue to be funded through the Serious Violence Duty grant until March 2026",
         "given_by": "The Commissioner",
         "themes": ["finance", "children-and-families"]},
        {"item": "11/25", "kind": "request",
         "text": "asked that future precept reports set out the implications of any changes",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["finance"]},
        {"item": "12/25", "kind": "question",
         "text": "how the Commissioner assured himself that the commissioned services were reaching women",
         "asked_by": "Councillor Mistry",
         "answer": "providers were required to report quarterly on the ethnicity, age and disability of service users",
         "given_by": "The Head of Commissioning and Partnerships",
         "themes": ["subcontracting", "patient-and-public-input"]},
        {"item": "12/25", "kind": "concern",
         "text": "Concerns were expressed about the shortage of refuge spaces in the north of the county",
         "asked_by": None,
         "answer": "was opening eight additional units of dispersed safe accommodation in High Tor and Dalesmoor",
         "given_by": None,
         "themes": ["housing"]},
        {"item": "12/25", "kind": "question",
         "text": "sought clarification on the number of Stalking Protection Orders applied for",
         "asked_by": "Dr Hulland",
         "answer": "19 orders had been applied for in 2024, of which 17 had been granted",
         "given_by": "The Deputy Chief Constable",
         "themes": []},
        {"item": "12/25", "kind": "comment",
         "text": "healthy relationships education delivered in secondary schools through the Commissioner’s Safer Schools programme",
         "asked_by": "Councillor Cubley",
         "answer": None,
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "12/25", "kind": "question",
         "text": "asked what proportion of officers had completed the Domestic Abuse Matters training",
         "asked_by": "Councillor Fearn",
         "answer": "88% of frontline officers and staff had completed it",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "13/25", "kind": "question",
         "text": "whether the outcome of complaints resolved informally could be published on the Panel’s web pages",
         "asked_by": "Mrs Cresswell",
         "answer": "a summary could be included in the Panel’s annual report",
         "given_by": "Mr Mellor",
         "themes": ["governance"]},
        {"item": "14/25", "kind": "question",
         "text": "The Commissioner was questioned in detail by Panel members with regard to his verbal update",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": []},
        {"item": "14/25", "kind": "request",
         "text": "requested that the Panel be provided with the HMICFRS report once published",
         "asked_by": "Councillor Kirkland",
         "answer": "The Commissioner agreed to circulate both documents when available",
         "given_by": "The Commissioner",
         "themes": ["governance"]},
        {"item": "15/25", "kind": "request",
         "text": "requested that a report on the commissioning of victims’ services be brought to the Panel",
         "asked_by": "Councillor Ridgeway",
         "answer": "suggested that the item be scheduled for the Panel’s meeting in September 2025",
         "given_by": "The Chief Executive, OPCC",
         "themes": ["subcontracting"]},
    ],
    "resolutions": [
        {"item": "07/25", "text": "RESOLVED to note the following declaration of interest",
         "outcome": "noted", "themes": []},
        {"item": "08/25", "text": "to approve as a correct record the minutes of the meeting",
         "outcome": "agreed", "themes": []},
        {"item": "11/25",
         "text": "Supports the Commissioner’s proposal to increase the policing element of the council tax",
         "outcome": "agreed", "themes": ["finance"]},
        {"item": "12/25",
         "text": "The Panel noted the report and thanked the Commissioner and the Deputy Chief Constable",
         "outcome": "noted", "themes": []},
        {"item": "13/25", "text": "RESOLVED to note the complaints received and the action taken",
         "outcome": "noted", "themes": []},
        {"item": "15/25",
         "text": "Agrees that reports on rural and wildlife crime and on the commissioning of victims",
         "outcome": "agreed", "themes": ["subcontracting"]},
    ],
    "attendees": [
        {"name": "Councillor S Brailsford", "role": "in the Chair", "attendance": "present"},
        {"name": "J Ambrose", "role": "Amberley Vale Borough Council", "attendance": "present"},
        {"name": "R Cubley", "role": "South Kinderdale District Council", "attendance": "present"},
        {"name": "L Fearn", "role": "Dervington City Council", "attendance": "present"},
        {"name": "D Kirkland", "role": "High Tor Borough Council", "attendance": "present"},
        {"name": "H Mistry", "role": "Dervington City Council", "attendance": "present"},
        {"name": "K Oakes", "role": "Chesterford Borough Council", "attendance": "present"},
        {"name": "T Ridgeway", "role": "Bolstone District Council", "attendance": "present"},
        {"name": "P Smedley", "role": "Erwash Valley Borough Council", "attendance": "present"},
        {"name": "A Tideswell", "role": "North Kinderdale District Council", "attendance": "present"},
        {"name": "Dr E Hulland", "role": "Independent Member", "attendance": "present"},
        {"name": "Mrs V Cresswell", "role": "Independent Member", "attendance": "present"},
        {"name": "N Stanhope", "role": "Police and Crime Commissioner", "attendance": "in_attendance"},
        {"name": "D Pryor", "role": "Chief Executive, OPCC", "attendance": "in_attendance"},
        {"name": "A Varley", "role": "Chief Finance Officer, OPCC", "attendance": "in_attendance"},
        {"name": "R Eyam", "role": "Head of Commissioning and Partnerships, OPCC", "attendance": "in_attendance"},
        {"name": "K Ollerenshaw", "role": "Deputy Chief Constable, Kinderdale Constabulary", "attendance": "in_attendance"},
        {"name": "J Bradwell", "role": "Director of Finance, Kinderdale Constabulary", "attendance": "in_attendance"},
        {"name": "I Mellor", "role": "Kinderdale County Council", "attendance": "in_attendance"},
        {"name": "F Wragg", "role": "Kinderdale County Council", "attendance": "in_attendance"},
        {"name": "B Swindell", "role": "Dalesmoor District Council", "attendance": "apologies"},
        {"name": "C Wheeldon", "role": "Kinderdale County Council", "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# The document that is not minutes: the Commissioner's precept report (Word)
# ---------------------------------------------------------------------------

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text, bold=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def numbered(num, text):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        p.add_run(f"{num}\t{text}")
        return p

    def heading(num, text):
        p = d.add_paragraph()
        r = p.add_run(f"{num}\t{text}")
        r.bold = True
        return p

    para("FOR PUBLICATION", bold=True, align="right")
    para("Agenda Item 6", align="right")
    para("KINDERDALE POLICE AND CRIME PANEL", bold=True, size=13)
    para("6 February 2025", bold=True)
    para("REPORT OF THE POLICE AND CRIME COMMISSIONER", bold=True)
    para("PROPOSED POLICE PRECEPT 2025/26", bold=True, size=13)

    heading("1.", "PURPOSE OF THE REPORT")
    numbered("1.1", "To notify the Panel of the Commissioner’s proposed precept for 2025/26, "
                    "as required by Schedule 5 of the Police Reform and Social Responsibility "
                    "Act 2011 and the Police and Crime Panels (Precepts and Chief Constable "
                    "Appointments) Regulations 2012.")
    numbered("1.2", "The Panel must review the proposal and make a report to the Commissioner "
                    "by 8 February 2025. The report may include recommendations, including "
                    "recommendations as to the precept that should be issued. The Panel may "
                    "veto the proposed precept if at least two-thirds of the persons who are "
                    "members of the Panel at the time vote in favour of that decision.")

    heading("2.", "RECOMMENDATION")
    numbered("2.1", "That the Panel reviews the Commissioner’s proposal to set a Band D "
                    "precept of £287.46 for 2025/26, an increase of £14.00 (5.12%), and "
                    "reports to the Commissioner whether it supports the proposal, makes "
                    "recommendations on it, or vetoes it.")

    heading("3.", "FUNDING SETTLEMENT")
    numbered("3.1", "The provisional Police Grant Report was published on 17 December 2024 "
                    "and confirmed that Police and Crime Commissioners could increase the "
                    "Band D precept by up to £14.00 without holding a referendum. Core grant "
                    "for Kinderdale has increased by £6.8m (3.9%), of which £3.2m is a "
                    "specific grant towards the cost of the increase in employers’ National "
                    "Insurance contributions.")
    numbered("3.2", "The table below summarises the funding available for 2025/26.")

    rows = [
        ("Funding source", "2024/25 £m", "2025/26 £m"),
        ("Core Home Office grant and MHCLG formula grant", "112.6", "116.2"),
        ("National Insurance compensation grant", "–", "3.2"),
        ("Council tax precept", "90.4", "95.0"),
        ("Collection fund surplus", "0.6", "0.4"),
        ("Total funding", "203.6", "214.8"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0 or i == len(rows) - 1:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    para("")

    heading("4.", "PUBLIC CONSULTATION")
    numbered("4.1", "The Commissioner’s precept survey ran from 2 December 2024 to 12 January "
                    "2025, online and on paper in libraries and police stations. It was "
                    "promoted through Kinderdale Alert, social media and the local press. "
                    "2,914 responses were received.")
    numbered("4.2", "Respondents were asked: “How much extra would you be willing to pay "
                    "each year for policing in Kinderdale?”")
    rows = [
        ("Response", "Number", "Percentage"),
        ("Nothing", "702", "24%"),
        ("Up to £10", "551", "19%"),
        ("£14 (the maximum without a referendum)", "1,083", "37%"),
        ("More than £14", "578", "20%"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    para("")
    numbered("4.3", "Some of the questions most often asked by respondents, and the "
                    "Commissioner’s answers, are set out below.")
    qa = [
        ("Why should I pay more when I never see an officer in my village?",
         "Every neighbourhood in Kinderdale has a named Safer Neighbourhood Team. The extra "
         "precept protects the 2,086 officers we have and keeps neighbourhood officers in "
         "neighbourhoods rather than backfilling response shifts."),
        ("Will the money go on head office and consultants?",
         "No. The Office of the Police and Crime Commissioner costs less than 1% of the "
         "policing budget. The precept is passed to the Chief Constable for operational "
         "policing."),
        ("Why is the increase higher than inflation?",
         "The Government’s settlement assumes that every Commissioner raises the precept by "
         "the maximum £14.00. Not doing so would leave a gap of £4.6m in 2025/26."),
    ]
    for q, a in qa:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        r = p.add_run("Q: " + q)
        r.bold = True
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.add_run("A: " + a)

    heading("5.", "SAVINGS AND RISKS")
    numbered("5.1", "Savings of £3.9m have been identified for 2025/26: estates "
                    "rationalisation (£1.6m), the re-procured vehicle fleet contract "
                    "(£0.6m), removal of vacant police staff posts (£1.2m) and other "
                    "efficiencies (£0.5m).")
    numbered("5.2", "The main risks to the budget are the 2025 pay award, which is assumed at "
                    "2.5% (each further 1% costs approximately £1.3m), the cost of the "
                    "National Insurance increase above the specific grant (£0.9m) and the "
                    "outcome of the review of the police funding formula.")
    numbered("5.3", "General reserves will be held at 3% of net revenue expenditure. The "
                    "budget resilience reserve (£4.0m) is available to manage in-year "
                    "pressures.")

    heading("6.", "BAND CHARGES")
    numbered("6.1", "The proposed precept for each council tax band is:")
    bands = [("A", "191.64"), ("B", "223.58"), ("C", "255.52"), ("D", "287.46"),
             ("E", "351.34"), ("F", "415.22"), ("G", "479.10"), ("H", "574.92")]
    t = d.add_table(rows=len(bands) + 1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Band"
    t.cell(0, 1).text = "2025/26 £"
    for i, (b, v) in enumerate(bands, start=1):
        t.cell(i, 0).text = b
        t.cell(i, 1).text = v
    para("")

    heading("7.", "ISSUES THE PANEL MAY WISH TO CONSIDER")
    for q in [
        "Is the Panel satisfied that the proposed increase is needed to deliver the Police "
        "and Crime Plan?",
        "Has the Commissioner shown how the views expressed in the consultation were taken "
        "into account?",
        "Are the savings for 2025/26 deliverable, and what happens if they are not?",
    ]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(q)

    heading("8.", "BACKGROUND PAPERS")
    numbered("8.1", "Police Grant Report (England and Wales) 2025/26; OPCC Medium Term "
                    "Financial Plan 2025/26 to 2028/29; precept survey results.")
    para("")
    para("Contact: A Varley, Chief Finance Officer, Office of the Police and Crime "
         "Commissioner for Kinderdale")
    para("N Stanhope")
    para("Police and Crime Commissioner for Kinderdale")

    cp = d.core_properties
    cp.author = "OPCC Kinderdale"
    cp.last_modified_by = "OPCC Kinderdale"
    cp.title = "Proposed Police Precept 2025/26"
    cp.created = FIXED_DOCX_DATE
    cp.modified = FIXED_DOCX_DATE
    cp.last_printed = FIXED_DOCX_DATE
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed member timestamps so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 27, 14, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Text extraction and checking
# ---------------------------------------------------------------------------

def normalise(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
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


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ks-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        text = normalise(document_text(doc))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        item_numbers = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in item_numbers:
                print(f"{gold_path.name}: unknown item {row['item']}")
                problems += 1
        for kind, ph in phrases:
            n = normalise(ph)
            words = len(n.split())
            count = len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text))
            if count != 1 or not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} found {count}x, {words} words: {ph!r}")
                problems += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
