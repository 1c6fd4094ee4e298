#!/usr/bin/env python3
"""Build the "la-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_la.py           build documents/la-* and gold/la-*.json
        build_la.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "la-pevenbury-overview-scrutiny-2025-01-20.docx"
REPORT_NAME = "la-pevenbury-leisure-contract-annual-review-report.pdf"

FIXED = datetime(2025, 1, 28, 9, 30, 0, tzinfo=timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: ("minute", number, title), ("p", text), ("note", text), ("bullet", text),
# ("resolved", label, text), ("clause", text), ("interest", name, text),
# ("table", rows)

ATTENDANCE = [
    ("Committee Members present:",
     "Councillors R.P. Sayle (Chair), Mrs H.E. Mardon (Vice-Chair), J.A. Bristowe, "
     "T.C. Elbury, N.G. Ferrers, K.M. Gathorne, Mrs P. Hobcroft, S. Langstone, "
     "D.R. Pilcombe and A.J. Tresswell."),
    ("Other Members present:",
     "Councillors Mrs D.M. Ashdown, G.L. Threlfall and M.F. Quennell (remotely)."),
    ("Advisory Officers in attendance:",
     "Chief Executive, Interim Deputy Chief Executive, Director \u2013 Place and Climate "
     "Change, Head of Housing and Community, Head of Neighbourhood Services, Finance "
     "Manager, Democratic Services Manager and Democratic Services Officer."),
    ("Also present:",
     "Chief Inspector D. Kellaway (District Commander, Andredshire Police) and "
     "Ms R. Ockenden (Partnership Manager, Andredshire Safer Communities Team) for "
     "Minute OSC24/44; Mr S. Blackler (Contract Manager, Coastline Leisure Trust) for "
     "Minute OSC24/47; and 9 members of the public via the live webcast."),
]

MINUTES = [
    ("minute", "OSC24/41.", "MINUTES"),
    ("p", "The Chair was authorised to sign the minutes of the meeting of the Overview "
          "and Scrutiny Committee held on 25 November 2024 as a correct record of the "
          "proceedings."),

    ("minute", "OSC24/42.", "APOLOGIES FOR ABSENCE AND SUBSTITUTES"),
    ("p", "An apology for absence was received from Councillor C.W. Winborn. Councillor "
          "N.G. Ferrers was present as substitute for Councillor Winborn."),

    ("minute", "OSC24/43.", "DISCLOSURE OF INTEREST"),
    ("p", "Declarations of interest were made by Councillors in the Minutes as indicated "
          "below:"),
    ("interest", "Elbury", "Personal Interest in Minute OSC24/46 as a Member of "
                           "Andredshire County Council."),
    ("interest", "Langstone", "Personal Interest in Minute OSC24/47 as a trustee of "
                              "Hensfield Swimming Club, which hires pool time at Marhurst "
                              "Leisure Centre."),

    ("minute", "OSC24/44.", "CRIME AND DISORDER COMMITTEE: TO RECEIVE THE ANNUAL REPORT "
                            "OF THE PEVENBURY COMMUNITY SAFETY PARTNERSHIP"),
    ("p", "In accordance with the Police and Justice Act 2006, the Overview and Scrutiny "
          "Committee, sitting as the Council\u2019s Crime and Disorder Committee, received "
          "the annual report of the Pevenbury Community Safety Partnership (CSP) for "
          "2023/24. Chief Inspector Dawn Kellaway, District Commander, and Rachel "
          "Ockenden, Partnership Manager, Andredshire Safer Communities Team, attended "
          "the meeting and gave a presentation on the work of the Partnership over the "
          "past year and its priorities for 2024/25, which had been agreed following the "
          "Partnership\u2019s annual strategic assessment."),
    ("p", "Overall crime in the district had fallen by 4% compared with the previous year "
          "and remained among the lowest in the county. However, reported incidents of "
          "anti-social behaviour (ASB) had risen by 11%, largely in Marhurst-on-Sea and "
          "Cotsford town centres during the summer months, and there had been an increase "
          "in shoplifting. The Partnership\u2019s priorities for 2024/25 were: tackling ASB "
          "and street drinking; serious violence, including domestic abuse; drug-related "
          "harm and the exploitation of young people by \u2018county lines\u2019 gangs; and "
          "road safety on the rural network. The Partnership received an annual grant of "
          "\u00a332,000 from the Office of the Police and Crime Commissioner, which had "
          "been confirmed for 2024/25 only."),
    ("note", "(Councillor Mrs Hobcroft arrived at 6:41pm during the presentation.)"),
    ("p", "Members had been given the opportunity to ask questions, and the following "
          "points were noted during the discussion:"),
    ("bullet", "Members expressed concern at the closure of the front counter at Marhurst "
               "police station, which meant that residents had no face-to-face access to "
               "the police anywhere in the district. The District Commander explained that "
               "footfall at the counter had averaged fewer than five visitors a day and "
               "that the police were holding regular \u2018Meet the Beat\u2019 surgeries in "
               "libraries and supermarkets instead; details were published on the "
               "Andredshire Police website."),
    ("bullet", "a Member asked how many Police Community Support Officers (PCSOs) were "
               "deployed in the rural north of the district. It was confirmed that all six "
               "PCSO posts in the rural team were filled, although two officers were newly "
               "recruited and were still completing their training."),
    ("bullet", "concern was raised about persistent ASB and street drinking in Cotsford "
               "Memorial Gardens and whether the Public Spaces Protection Order (PSPO) was "
               "being enforced. Officers advised that 14 fixed penalty notices had been "
               "issued under the PSPO since April 2024 and that the Council\u2019s "
               "Neighbourhood Wardens were carrying out joint patrols with the police on "
               "Friday and Saturday evenings."),
    ("bullet", "Members requested that future annual reports include crime and ASB figures "
               "broken down by ward, so that Members could respond to concerns raised by "
               "residents. The Partnership Manager agreed to provide ward-level figures to "
               "all Members following the meeting."),
    ("bullet", "it was noted that the grant from the Police and Crime Commissioner had again "
               "been confirmed for one year only, which made it difficult for the "
               "Partnership to commission longer term projects; Members suggested that the "
               "Chair write to the Commissioner to ask for a three-year funding settlement."),
    ("bullet", "a Member commented that the youth diversion sessions run at the Hensfield "
               "Youth Hub had made a visible difference to ASB on the Northfields estate, "
               "and that funding for the sessions should be protected."),
    ("bullet", "in response to a question about the rise in shoplifting, the District "
               "Commander advised that a small number of prolific offenders were "
               "responsible for most incidents and that the police were working with "
               "retailers through the Marhurst Business Crime Reduction Partnership; the "
               "introduction of a shared radio scheme had led to several arrests."),
    ("bullet", "a Member asked whether Community Speedwatch groups could be given greater "
               "support, as volunteers in Sedgehurst had found it difficult to get the "
               "police to act on the data they collected. The District Commander undertook "
               "to look into the matter and respond to the Member directly."),
    ("p", "The Chair thanked Chief Inspector Kellaway and Ms Ockenden for their attendance "
          "and for the work of the Partnership."),
    ("resolved", "RESOLVED:", "That:"),
    ("clause", "1)\tthe annual report of the Pevenbury Community Safety Partnership for "
               "2023/24 be noted; and"),
    ("clause", "2)\tthe Chair write to the Police and Crime Commissioner, on behalf of the "
               "Committee, to request a multi-year funding settlement for the Partnership."),

    ("minute", "OSC24/45.", "TEMPORARY ACCOMMODATION \u2013 PROGRESS UPDATE"),
    ("p", "Members received the report of the Director \u2013 Place and Climate Change which "
          "provided an update on the demand for, and cost of, temporary accommodation (TA) "
          "and on progress against the Temporary Accommodation Action Plan agreed by "
          "Cabinet in March 2024. The report was introduced by Councillor Mrs Ashdown, "
          "Cabinet Portfolio Holder for Housing and Homelessness."),
    ("p", "The number of households in TA had risen from 118 in April 2023 to 164 at 31 "
          "December 2024, of which 97 were families with children. The net cost of TA to "
          "the Council was forecast to be \u00a32.94m in 2024/25, \u00a3640,000 above the "
          "budget, and represented the single largest pressure on the General Fund. Under "
          "the Action Plan, the Council, through its wholly owned company Pevenbury Homes "
          "Ltd, had purchased 31 properties for use as TA, and a further 12 were expected "
          "to be completed by the end of March 2025. The use of nightly-paid bed and "
          "breakfast accommodation had reduced from 58 placements to 39 over the same "
          "period; the Council had also appointed two additional Housing Options Officers, "
          "funded from the Homelessness Prevention Grant, to increase prevention work with "
          "households at risk of losing their private rented tenancies."),
    ("p", "A Member queried why families were still being placed in bed and breakfast "
          "accommodation outside the district, in some cases as far away as Northwood "
          "Marsh, which meant that children were travelling over an hour each way to "
          "school. The Head of Housing and Community explained that out of district "
          "placements were only made when no suitable accommodation was available "
          "locally, usually at short notice, and that every placement was reviewed weekly "
          "with the aim of bringing the household back into the district as soon as "
          "possible; 11 households were currently placed out of the district, compared "
          "with 26 a year earlier. Members were concerned about the condition of some "
          "privately owned TA, with reports of damp and mould in two blocks in "
          "Marhurst-on-Sea, and asked what inspections were carried out. It was confirmed "
          "that all TA was inspected before use and that the Council\u2019s Environmental "
          "Health team had served improvement notices on one landlord in December 2024; "
          "placements at the affected properties had been stopped until the works were "
          "completed."),
    ("p", "In response to a question about the cost of purchasing properties, the "
          "Portfolio Holder advised that the average purchase price, including "
          "refurbishment, had been \u00a3248,000, funded by borrowing from the Public Works "
          "Loan Board, and that each property saved the Council an estimated \u00a317,500 a "
          "year compared with nightly-paid accommodation. A Member asked whether the "
          "Council had considered working with registered providers or leasing properties "
          "from private landlords rather than purchasing; the Director \u2013 Place and "
          "Climate Change stated that a private sector leasing scheme had been trialled in "
          "2023 but had attracted very little interest from landlords, and that "
          "discussions with two registered providers were continuing."),
    ("p", "A Member commented that the underlying cause of the increase was the lack of "
          "affordable housing in the district and the gap between Local Housing Allowance "
          "rates and market rents, over which the Council had little control, and that "
          "the Government needed to do more."),
    ("p", "Members also sought clarification on the staffing of the Housing Options "
          "service, given the pressures on the team. The Head of Housing and Community "
          "reported that the service was now fully staffed for the first time in two "
          "years, although it remained reliant on two agency caseworkers, and that staff "
          "turnover had fallen following the introduction of a market supplement."),
    ("resolved", "RESOLVED:", "That:"),
    ("clause", "1)\tthe report be noted; and"),
    ("clause", "2)\ta further progress report on the Temporary Accommodation Action Plan be "
               "presented to the Committee in June 2025."),
    ("note", "(Councillor Bristowe left the meeting at 7:52pm.)"),

    ("minute", "OSC24/46.", "DRAFT REVENUE BUDGET 2025/26 PROPOSALS"),
    ("p", "Consideration was given to the report of the Interim Deputy Chief Executive "
          "which set out the draft Revenue Budget proposals for 2025/26 that had been "
          "considered by Cabinet on 6 January 2025. In accordance with the Council\u2019s "
          "Budget and Policy Framework, the Overview and Scrutiny Committee was invited to "
          "scrutinise the proposals and make any recommendations to Cabinet, which would "
          "consider the final budget on 10 February 2025 before it was presented to Full "
          "Council on 24 February 2025."),
    ("p", "The Finance Manager reported that the provisional Local Government Finance "
          "Settlement, published on 18 December 2024, had been slightly better than "
          "anticipated, but that the Council still faced a budget gap of \u00a31.62m in "
          "2025/26, rising to \u00a33.4m by 2028/29. The draft budget assumed a Council Tax "
          "increase of 2.99%, the maximum permitted without a referendum, which would "
          "increase the Band D charge by \u00a37.03 to \u00a3242.24 per year. It was proposed to "
          "use \u00a31.1m from the Financial Stability Reserve to balance the budget, with the "
          "remaining gap to be closed through the Financial Stability Programme, which "
          "included increased fees and charges (including the garden waste subscription, "
          "from \u00a358 to \u00a364), a review of discretionary grants and the closure of three "
          "public conveniences. General Fund reserves were forecast to fall to \u00a36.8m by "
          "March 2026, close to the minimum level recommended by the Council\u2019s Section "
          "151 Officer."),
    ("p", "Members had been given the opportunity to ask questions, and the following "
          "points were noted during the discussion:"),
    ("bullet", "Members expressed concern at the continued use of reserves to balance the "
               "budget and questioned how long this could be sustained. The Interim Deputy "
               "Chief Executive explained that reserves could only be used once and that "
               "the Financial Stability Programme would need to deliver \u00a32.2m of savings "
               "and additional income over the next three years if the Council was to "
               "remain financially sustainable."),
    ("bullet", "a Member asked what allowance had been made for the increase in employers\u2019 "
               "National Insurance contributions announced in the Autumn Budget. It was "
               "confirmed that the increase would cost the Council approximately \u00a3210,000 "
               "a year, of which around \u00a390,000 was expected to be met by Government "
               "grant; the balance had been included in the staffing budget."),
    ("bullet", "several Members objected to the proposed closure of the public conveniences "
               "at Sedgehurst Green, Eastling Quay and Bramling Cross, which were well used "
               "by visitors and older residents, and noted that a petition with over 1,200 "
               "signatures had been received. Officers advised that the parish councils had "
               "been offered the facilities through community asset transfer, and that two "
               "had expressed interest."),
    ("bullet", "a Member queried whether the increase in the garden waste charge would lead "
               "to a fall in subscriptions. The Head of Neighbourhood Services stated that "
               "the charge remained below that of neighbouring authorities and that "
               "subscriptions had not fallen when the charge was last increased in 2023."),
    ("bullet", "a Member asked for a breakdown of the savings expected from the review of "
               "discretionary grants to the voluntary sector, and the likely impact on "
               "organisations such as Citizens Advice Pevenbury. The Finance Manager "
               "undertook to circulate the information after the meeting."),
    ("p", "Councillor Pilcombe proposed, and Councillor Langstone seconded, that the "
          "Committee recommend to Cabinet that the proposed closure of the three public "
          "conveniences be removed from the budget proposals; on being put to the vote "
          "the motion was LOST."),
    ("resolved", "RESOLVED:", "That Cabinet be advised that the Overview and Scrutiny "
                              "Committee:"),
    ("clause", "1)\tsupports the draft Revenue Budget proposals for 2025/26; and"),
    ("clause", "2)\trecommends that the proposed closure of the public conveniences at "
               "Sedgehurst Green, Eastling Quay and Bramling Cross is not implemented until "
               "the outcome of discussions with the parish councils on community asset "
               "transfer is known."),
    ("note", "(Councillor Elbury declared a Personal Interest in this matter as a Member of "
             "Andredshire County Council and in accordance with the Members\u2019 Code of "
             "Conduct remained in the room during the consideration thereof.)"),

    ("minute", "OSC24/47.", "LEISURE FACILITIES CONTRACT \u2013 ANNUAL PERFORMANCE REVIEW "
                            "2023/24"),
    ("p", "Members received the report of the Director \u2013 Place and Climate Change which "
          "set out the performance of Coastline Leisure Trust, the Council\u2019s leisure "
          "operator, in the third year of the ten-year contract for the management of "
          "Marhurst Leisure Centre, Cotsford Pool and Hensfield Sports Hall. Mr Simon "
          "Blackler, Contract Manager for Coastline Leisure Trust, attended the meeting and "
          "presented the key highlights of the year."),
    ("p", "Total visits across the three sites had reached 612,000, an increase of 8% on "
          "2022/23 and above pre-pandemic levels for the first time. Membership numbers "
          "had grown to 5,140, and the GP exercise referral scheme, delivered in "
          "partnership with local practices, had received 486 referrals. The Council paid "
          "the Trust a management fee of \u00a3186,000 in 2023/24, reducing to nil from "
          "2026/27 under the terms of the contract; however, the Trust had requested a "
          "contribution towards increased utility costs, which was being considered under "
          "the contract\u2019s change mechanism."),
    ("table", [["Site", "2022/23 visits", "2023/24 visits", "Change"],
               ["Marhurst Leisure Centre", "348,200", "377,900", "+8.5%"],
               ["Cotsford Pool", "143,600", "152,300", "+6.1%"],
               ["Hensfield Sports Hall", "74,900", "81,800", "+9.2%"],
               ["Total", "566,700", "612,000", "+8.0%"]]),
    ("p", "During the discussion the following points were raised:"),
    ("bullet", "concern was expressed that the learner pool at Cotsford Pool had been closed "
               "for seven weeks during the summer holidays owing to a failure of the air "
               "handling unit, at a time when demand for swimming lessons was highest. Mr "
               "Blackler apologised for the disruption and explained that replacement parts "
               "had taken longer than expected to obtain; affected customers had been "
               "offered refunds or transfers to Marhurst."),
    ("bullet", "a Member asked whether the concessionary prices for residents on low incomes "
               "and for older people had been maintained. It was confirmed that the Leisure "
               "Card discount of 40% remained in place and that 1,380 residents held a "
               "Leisure Card at the end of March 2024."),
    ("bullet", "Members questioned whether the Trust was making a profit from the contract "
               "while at the same time seeking additional payments from the Council for "
               "utility costs. Mr Blackler stated that, as a not-for-profit charitable "
               "trust, any surplus was reinvested in the facilities, and that the Trust\u2019s "
               "accounts showed a small deficit across the Pevenbury contract in 2023/24."),
    ("bullet", "a Member asked whether, with the contract due to end in 2031, officers had "
               "considered bringing the service back in-house or setting up a local "
               "authority trading company. The Director \u2013 Place and Climate Change advised "
               "that an options appraisal would be undertaken in good time before the end "
               "of the contract and that Members would be involved in that process."),
    ("bullet", "in response to a question about staffing, Mr Blackler reported that the "
               "recruitment of qualified lifeguards and swimming teachers remained "
               "difficult, particularly at Cotsford, and that the Trust had started to "
               "train its own staff through an apprenticeship scheme."),
    ("bullet", "a Member commented that the exercise referral scheme was an excellent "
               "example of prevention and asked whether it could be extended to people "
               "referred by mental health services. Mr Blackler confirmed that the Trust "
               "was in discussion with the Andredshire and Coast Integrated Care Board "
               "about funding for such an extension."),
    ("resolved", "RESOLVED:", "That the annual performance of the leisure facilities "
                              "contract for 2023/24 be noted."),
    ("p", "The Chair thanked Mr Blackler for attending the meeting."),

    ("minute", "OSC24/48.", "ANDREDSHIRE HEALTH OVERVIEW AND SCRUTINY COMMITTEE \u2013 "
                            "MEMBER UPDATE"),
    ("p", "Councillor Mrs Mardon, the Council\u2019s representative on the Andredshire Health "
          "Overview and Scrutiny Committee (HOSC), gave a verbal update on the meeting of "
          "the HOSC held on 12 December 2024, at which the HOSC had considered the NHS "
          "winter plan, ambulance handover delays at Marhurst General Hospital and the "
          "proposed reconfiguration of stroke services across the county, on which a "
          "public consultation would begin in February 2025."),
    ("p", "A Member asked whether the HOSC had considered the difficulties residents in "
          "the rural villages were experiencing in obtaining GP appointments, particularly "
          "since the closure of the branch surgery at Bramling Cross. Councillor Mrs "
          "Mardon advised that access to primary care was scheduled for the HOSC meeting "
          "in March 2025 and undertook to raise the Bramling Cross closure at that "
          "meeting. Another Member requested that Members be sent the link to the stroke "
          "services consultation when it was launched, so that they could encourage "
          "residents to respond."),
    ("p", "The Committee noted the verbal update from Councillor Mrs Mardon."),

    ("minute", "OSC24/49.", "WORK PROGRAMME"),
    ("p", "Consideration was given to the Committee\u2019s Work Programme, which contained "
          "details of the reviews and reports to be considered by the Committee for the "
          "remainder of 2024/25 and into 2025/26. Members were reminded that the Work "
          "Programme would be reviewed at the annual work planning workshop in April 2025."),
    ("p", "A Member requested that a review of the Council\u2019s off-street car parking "
          "charges be added to the Work Programme, given the number of complaints from "
          "traders in Cotsford. The Democratic Services Manager advised that the car "
          "parking tariff review was scheduled to be reported to Cabinet in April 2025 and "
          "that it could be considered by the Committee at its meeting on 24 March 2025 as "
          "pre-scrutiny, and that the progress report on the Temporary Accommodation "
          "Action Plan requested at Minute OSC24/45 would also be added for June 2025."),
    ("resolved", "RESOLVED:", "That the Work Programme attached at Appendix A be "
                              "approved, as amended."),
]


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.0)
    sec.different_first_page_header_footer = True

    IND = Cm(2.6)

    def add_field(paragraph, instr):
        run = paragraph.add_run()
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        run._r.addnext(fld)

    # running header (pages 2+) and footers
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Overview and Scrutiny Committee \u2013 20 January 2025")
    r.font.size = Pt(8)
    r.italic = True
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.7), WD_TAB_ALIGNMENT.RIGHT)
        r = fp.add_run("OSC 20.01.25\t")
        r.font.size = Pt(8)
        add_field(fp, "PAGE")

    def para(text="", bold=False, size=None, align=None, indent=None, space_after=None,
             keep=False):
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = indent
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if keep:
            p.paragraph_format.keep_with_next = True
        return p

    para("PEVENBURY DISTRICT COUNCIL", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para("OVERVIEW AND SCRUTINY COMMITTEE", bold=True, size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para("Minutes of the meeting of the Overview and Scrutiny Committee held at the Town "
         "Hall, Marhurst-on-Sea on Monday 20 January 2025 at 6:30pm.",
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=10)
    for label, text in ATTENDANCE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(8)
        r = p.add_run(label)
        r.bold = True
        p.add_run(" " + text)

    for block in MINUTES:
        kind = block[0]
        if kind == "minute":
            _, num, title = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = IND
            pf.first_line_indent = -IND
            pf.tab_stops.add_tab_stop(IND)
            pf.space_before = Pt(10)
            pf.keep_with_next = True
            r = p.add_run(num + "\t" + title)
            r.bold = True
        elif kind == "p":
            p = para(block[1], align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=IND)
        elif kind == "note":
            p = para(block[1], align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=IND)
            p.runs[0].italic = False
        elif kind == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(block[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf = p.paragraph_format
            pf.left_indent = IND + Cm(0.63)
            pf.first_line_indent = Cm(-0.63)
            pf.space_after = Pt(6)
        elif kind == "resolved":
            _, label, text = block
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.left_indent = IND
            p.paragraph_format.keep_with_next = text.endswith(":")
            r = p.add_run(label)
            r.bold = True
            p.add_run(" " + text)
        elif kind == "clause":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf = p.paragraph_format
            pf.left_indent = IND + Cm(0.9)
            pf.first_line_indent = Cm(-0.9)
            pf.tab_stops.add_tab_stop(IND + Cm(0.9))
            p.add_run(block[1])
        elif kind == "interest":
            _, name, text = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = IND + Cm(3.0)
            pf.first_line_indent = Cm(-3.0)
            pf.tab_stops.add_tab_stop(IND + Cm(3.0))
            p.add_run(name + "\t" + text)
        elif kind == "table":
            rows = block[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.RIGHT
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cp = cell.paragraphs[0]
                    cp.paragraph_format.space_after = Pt(0)
                    rr = cp.add_run(val)
                    rr.font.size = Pt(10)
                    if i == 0 or i == len(rows) - 1:
                        rr.bold = True
                    if j > 0:
                        cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for row in t.rows:
                row.cells[0].width = Cm(5.6)
                for c in row.cells[1:]:
                    c.width = Cm(2.9)
            para("", space_after=4)
        else:
            raise ValueError(kind)

    para("The meeting closed at 9:07pm", indent=IND, space_after=36)
    para("CHAIR", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Overview and Scrutiny Committee minutes 20 January 2025"
    cp.created = datetime(2025, 1, 21, 10, 0, 0)
    cp.modified = datetime(2025, 1, 28, 9, 30, 0)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data: bytes, path: Path) -> None:
    """Re-pack a zip with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 28, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_DETAILS = [
    ("Report to:", "Overview and Scrutiny Committee"),
    ("Date:", "20 January 2025"),
    ("Title:", "Leisure Facilities Contract \u2013 Annual Performance Review 2023/24"),
    ("Report of:", "Director \u2013 Place and Climate Change"),
    ("Cabinet Member:", "Councillor G.L. Threlfall"),
    ("Ward(s):", "All"),
    ("Purpose of Report:", "To provide Members with an overview of the performance of the "
                           "Council\u2019s leisure operator, Coastline Leisure Trust, in "
                           "2023/24, the third year of the leisure facilities contract."),
    ("Officer Recommendation(s):", "It be RESOLVED: That the annual performance of the "
                                   "leisure facilities contract for 2023/24 be noted."),
]

REPORT_SECTIONS = [
    ("Introduction", [
        "The Council entered into a ten-year contract with Coastline Leisure Trust (the "
        "Trust) for the management and operation of Marhurst Leisure Centre, Cotsford "
        "Pool and Hensfield Sports Hall from 1 April 2021. The Trust is a not-for-profit "
        "charitable trust and operates leisure facilities on behalf of six local "
        "authorities in the South East.",
        "Under the contract the Trust is responsible for the day-to-day running of the "
        "facilities, including staffing, programming, pricing within agreed limits and "
        "routine maintenance. The Council retains responsibility for the structure of the "
        "buildings and major plant, and monitors performance through quarterly contract "
        "meetings and an annual review reported to this Committee.",
    ]),
    ("Performance in 2023/24", [
        "Total visits across the three sites reached 612,000 in 2023/24, an increase of 8% "
        "on the previous year, and exceeded the pre-pandemic figure of 598,000 for the "
        "first time. Membership increased from 4,720 to 5,140. The GP exercise referral "
        "scheme received 486 referrals, of whom 61% completed the twelve-week programme.",
        "Customer satisfaction, measured through the Trust\u2019s annual survey, was 84% "
        "(2022/23: 81%). The number of complaints fell from 212 to 167; the most common "
        "subjects were the temperature of the pools, the availability of changing "
        "facilities and the closure of the learner pool at Cotsford during summer 2023.",
        "The learner pool at Cotsford Pool was closed between 24 July and 11 September "
        "2023 following the failure of the air handling unit. The Council, as owner of "
        "the plant, met the cost of the replacement unit (\u00a348,600) from the Asset "
        "Maintenance Reserve.",
    ]),
    ("Financial Position", [
        "The management fee payable by the Council in 2023/24 was \u00a3186,000. Under the "
        "contract the fee reduces each year and becomes nil from 2026/27. In October 2024 "
        "the Trust submitted a request under the contract\u2019s change mechanism for a "
        "contribution of \u00a395,000 towards increased utility costs in 2023/24. Officers "
        "are assessing the request against the contract\u2019s utility price protection "
        "clause and will report the outcome to Cabinet.",
    ]),
    ("Questions Raised at the Member Briefing", [
        "A briefing on the contract was held for all Members on 9 December 2024. The "
        "questions raised, and the responses given, are summarised below for the "
        "Committee\u2019s information.",
        "Q: Will the Leisure Card concession continue? A: Yes. The Leisure Card discount "
        "of 40% is a requirement of the contract and cannot be withdrawn by the Trust.",
        "Q: Why was the learner pool at Cotsford closed for so long? A: Replacement parts "
        "for the air handling unit had a lead time of six weeks. A spare parts agreement "
        "has since been put in place.",
        "Q: Does the Trust make a profit from the contract? A: The Trust is a charity and "
        "any surplus must be reinvested in the facilities or in its charitable "
        "objectives. Its audited accounts are published on the Charity Commission "
        "website.",
        "Q: What happens when the contract ends in 2031? A: An options appraisal, "
        "including the option of in-house provision, will be brought to Members no later "
        "than 2028.",
    ]),
    ("Conclusion", [
        "The Trust has continued to improve usage and customer satisfaction across the "
        "three sites in 2023/24. Members are asked to note the annual performance of the "
        "contract.",
    ]),
]

IMPLICATIONS = [
    ("Human Rights", "No", "Equalities and Diversity", "No"),
    ("Crime and Disorder", "No", "External Consultation", "No"),
    ("Environmental", "Yes", "Access to Information", "No"),
    ("Risk Management", "Yes", "Exempt from publication", "No"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"osc250120 \u2013 Leisure contract annual review    "
                            f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Leisure Facilities Contract - Annual Performance Review 2023/24")
    pdf.set_author("Pevenbury District Council")
    pdf.set_producer("Pevenbury DC report template")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    width = pdf.w - 40

    pdf.set_font("Sans", "B", 9)
    pdf.cell(width, 5, "Agenda Item: 8", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 15)
    pdf.cell(width, 9, "Pevenbury District Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    label_w = 48
    for label, value in REPORT_DETAILS:
        pdf.set_font("Sans", "B", 10)
        y = pdf.get_y()
        pdf.multi_cell(label_w, 5.5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(width - label_w, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 5.5) + 2)
    pdf.ln(2)

    n = 0
    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("Sans", "B", 11)
        pdf.cell(width, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for text in paras:
            n += 1
            y = pdf.get_y()
            pdf.cell(10, 5.2, f"{n}.")
            pdf.set_xy(pdf.l_margin + 10, y)
            pdf.multi_cell(width - 10, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        if heading == "Performance in 2023/24":
            rows = [("Site", "2022/23", "2023/24"),
                    ("Marhurst Leisure Centre", "348,200", "377,900"),
                    ("Cotsford Pool", "143,600", "152,300"),
                    ("Hensfield Sports Hall", "74,900", "81,800"),
                    ("Total visits", "566,700", "612,000")]
            for i, row in enumerate(rows):
                pdf.set_x(pdf.l_margin + 10)
                pdf.set_font("Sans", "B" if i in (0, len(rows) - 1) else "", 9.5)
                pdf.cell(70, 6, row[0], border=1)
                pdf.cell(30, 6, row[1], border=1, align="R")
                pdf.cell(30, 6, row[2], border=1, align="R", new_x="LMARGIN",
                         new_y="NEXT")
            pdf.ln(4)

    pdf.set_font("Sans", "B", 10)
    pdf.cell(width, 7, "Other Implications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    for a, b, c, d in IMPLICATIONS:
        pdf.cell(50, 6, a, border=1)
        pdf.cell(15, 6, b, border=1, align="C")
        pdf.cell(50, 6, c, border=1)
        pdf.cell(15, 6, d, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, value in [
        ("Chief Executive:", "Alison Marchant"),
        ("Report Contact Officer:", "Head of Neighbourhood Services"),
        ("e-mail address:", "neighbourhood.services@pevenbury.gov.uk"),
        ("Appendices:", "None"),
        ("Relevant Previous Minutes:", "OSC23/38"),
        ("Background Papers:", "None"),
        ("Reference Documents:", "Leisure Facilities Contract 2021\u20132031"),
    ]:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(50, 5.5, label)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 50, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

DPCC = "Director \u2013 Place and Climate Change"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-20",
    "items": [
        {"number": "OSC24/41", "title": "MINUTES"},
        {"number": "OSC24/42", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTES"},
        {"number": "OSC24/43", "title": "DISCLOSURE OF INTEREST"},
        {"number": "OSC24/44", "title": "CRIME AND DISORDER COMMITTEE: TO RECEIVE THE "
                                        "ANNUAL REPORT OF THE PEVENBURY COMMUNITY SAFETY "
                                        "PARTNERSHIP"},
        {"number": "OSC24/45", "title": "TEMPORARY ACCOMMODATION \u2013 PROGRESS UPDATE"},
        {"number": "OSC24/46", "title": "DRAFT REVENUE BUDGET 2025/26 PROPOSALS"},
        {"number": "OSC24/47", "title": "LEISURE FACILITIES CONTRACT \u2013 ANNUAL "
                                        "PERFORMANCE REVIEW 2023/24"},
        {"number": "OSC24/48", "title": "ANDREDSHIRE HEALTH OVERVIEW AND SCRUTINY "
                                        "COMMITTEE \u2013 MEMBER UPDATE"},
        {"number": "OSC24/49", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        # OSC24/44 Community Safety Partnership
        {"item": "OSC24/44", "kind": "concern",
         "text": "Members expressed concern at the closure of the front counter at Marhurst "
                 "police station",
         "asked_by": None,
         "answer": "footfall at the counter had averaged fewer than five visitors a day",
         "given_by": "District Commander", "themes": []},
        {"item": "OSC24/44", "kind": "question",
         "text": "a Member asked how many Police Community Support Officers (PCSOs) were "
                 "deployed",
         "asked_by": None,
         "answer": "all six PCSO posts in the rural team were filled",
         "given_by": None, "themes": ["workforce"]},
        {"item": "OSC24/44", "kind": "concern",
         "text": "concern was raised about persistent ASB and street drinking in Cotsford "
                 "Memorial Gardens",
         "asked_by": None,
         "answer": "14 fixed penalty notices had been issued under the PSPO since April 2024",
         "given_by": "Officers", "themes": []},
        {"item": "OSC24/44", "kind": "request",
         "text": "Members requested that future annual reports include crime and ASB "
                 "figures broken down by ward",
         "asked_by": None,
         "answer": "The Partnership Manager agreed to provide ward-level figures to all "
                   "Members",
         "given_by": "Partnership Manager", "themes": []},
        {"item": "OSC24/44", "kind": "request",
         "text": "Members suggested that the Chair write to the Commissioner to ask",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["finance"]},
        {"item": "OSC24/44", "kind": "comment",
         "text": "a Member commented that the youth diversion sessions run at the Hensfield "
                 "Youth Hub",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["children-and-families", "finance"]},
        {"item": "OSC24/44", "kind": "question",
         "text": "in response to a question about the rise in shoplifting",
         "asked_by": None,
         "answer": "a small number of prolific offenders were responsible for most "
                   "incidents",
         "given_by": "District Commander", "themes": []},
        {"item": "OSC24/44", "kind": "question",
         "text": "a Member asked whether Community Speedwatch groups could be given greater "
                 "support",
         "asked_by": None,
         "answer": "undertook to look into the matter and respond to the Member directly",
         "given_by": "District Commander", "themes": []},
        # OSC24/45 Temporary accommodation
        {"item": "OSC24/45", "kind": "question",
         "text": "queried why families were still being placed in bed and breakfast "
                 "accommodation",
         "asked_by": None,
         "answer": "out of district placements were only made when no suitable "
                   "accommodation was available locally",
         "given_by": "Head of Housing and Community",
         "themes": ["housing", "children-and-families"]},
        {"item": "OSC24/45", "kind": "concern",
         "text": "Members were concerned about the condition of some privately owned TA",
         "asked_by": None,
         "answer": "served improvement notices on one landlord in December 2024",
         "given_by": None, "themes": ["housing"]},
        {"item": "OSC24/45", "kind": "question",
         "text": "In response to a question about the cost of purchasing properties",
         "asked_by": None,
         "answer": "the average purchase price, including refurbishment, had been "
                   "\u00a3248,000",
         "given_by": "Portfolio Holder", "themes": ["housing", "finance"]},
        {"item": "OSC24/45", "kind": "question",
         "text": "A Member asked whether the Council had considered working with registered "
                 "providers",
         "asked_by": None,
         "answer": "a private sector leasing scheme had been trialled in 2023",
         "given_by": DPCC, "themes": ["housing"]},
        {"item": "OSC24/45", "kind": "comment",
         "text": "the underlying cause of the increase was the lack of affordable housing",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["housing"]},
        {"item": "OSC24/45", "kind": "question",
         "text": "Members also sought clarification on the staffing of the Housing Options "
                 "service",
         "asked_by": None,
         "answer": "the service was now fully staffed for the first time in two years",
         "given_by": "Head of Housing and Community",
         "themes": ["workforce", "housing"]},
        # OSC24/46 Draft revenue budget
        {"item": "OSC24/46", "kind": "concern",
         "text": "Members expressed concern at the continued use of reserves to balance the "
                 "budget",
         "asked_by": None,
         "answer": "reserves could only be used once and that the Financial Stability "
                   "Programme",
         "given_by": "Interim Deputy Chief Executive", "themes": ["finance"]},
        {"item": "OSC24/46", "kind": "question",
         "text": "a Member asked what allowance had been made for the increase in "
                 "employers\u2019 National Insurance",
         "asked_by": None,
         "answer": "the increase would cost the Council approximately \u00a3210,000 a year",
         "given_by": None, "themes": ["finance", "workforce"]},
        {"item": "OSC24/46", "kind": "concern",
         "text": "several Members objected to the proposed closure of the public "
                 "conveniences at Sedgehurst Green",
         "asked_by": None,
         "answer": "the parish councils had been offered the facilities through community "
                   "asset transfer",
         "given_by": "Officers", "themes": ["finance", "patient-and-public-input"]},
        {"item": "OSC24/46", "kind": "question",
         "text": "whether the increase in the garden waste charge would lead to a fall",
         "asked_by": None,
         "answer": "the charge remained below that of neighbouring authorities",
         "given_by": "Head of Neighbourhood Services", "themes": ["finance"]},
        {"item": "OSC24/46", "kind": "request",
         "text": "asked for a breakdown of the savings expected from the review of "
                 "discretionary grants",
         "asked_by": None,
         "answer": "The Finance Manager undertook to circulate the information after the "
                   "meeting",
         "given_by": "Finance Manager", "themes": ["finance"]},
        # OSC24/47 Leisure contract
        {"item": "OSC24/47", "kind": "concern",
         "text": "the learner pool at Cotsford Pool had been closed for seven weeks",
         "asked_by": None,
         "answer": "replacement parts had taken longer than expected to obtain",
         "given_by": "Mr Blackler", "themes": []},
        {"item": "OSC24/47", "kind": "question",
         "text": "a Member asked whether the concessionary prices for residents on low "
                 "incomes",
         "asked_by": None,
         "answer": "the Leisure Card discount of 40% remained in place",
         "given_by": None, "themes": ["finance"]},
        {"item": "OSC24/47", "kind": "question",
         "text": "Members questioned whether the Trust was making a profit from the contract",
         "asked_by": None,
         "answer": "as a not-for-profit charitable trust, any surplus was reinvested in the "
                   "facilities",
         "given_by": "Mr Blackler",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "OSC24/47", "kind": "question",
         "text": "officers had considered bringing the service back in-house or setting up",
         "asked_by": None,
         "answer": "an options appraisal would be undertaken in good time before the end of "
                   "the contract",
         "given_by": DPCC, "themes": ["privatisation", "subcontracting"]},
        {"item": "OSC24/47", "kind": "question",
         "text": "in response to a question about staffing, Mr Blackler reported",
         "asked_by": None,
         "answer": "the recruitment of qualified lifeguards and swimming teachers remained "
                   "difficult",
         "given_by": "Mr Blackler", "themes": ["workforce"]},
        {"item": "OSC24/47", "kind": "comment",
         "text": "a Member commented that the exercise referral scheme was an excellent "
                 "example of prevention",
         "asked_by": None,
         "answer": "the Trust was in discussion with the Andredshire and Coast Integrated "
                   "Care Board",
         "given_by": "Mr Blackler", "themes": ["public-health", "mental-health"]},
        # OSC24/48 HOSC update
        {"item": "OSC24/48", "kind": "question",
         "text": "A Member asked whether the HOSC had considered the difficulties residents "
                 "in the rural villages",
         "asked_by": None,
         "answer": "access to primary care was scheduled for the HOSC meeting in March 2025",
         "given_by": "Councillor Mrs Mardon", "themes": ["primary-care"]},
        {"item": "OSC24/48", "kind": "request",
         "text": "Another Member requested that Members be sent the link to the stroke "
                 "services consultation",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        # OSC24/49 Work programme
        {"item": "OSC24/49", "kind": "request",
         "text": "A Member requested that a review of the Council\u2019s off-street car "
                 "parking charges be added",
         "asked_by": None,
         "answer": "the car parking tariff review was scheduled to be reported to Cabinet "
                   "in April 2025",
         "given_by": "Democratic Services Manager", "themes": ["finance"]},
    ],
    "resolutions": [
        {"item": "OSC24/41",
         "text": "The Chair was authorised to sign the minutes of the meeting",
         "outcome": "agreed", "themes": []},
        {"item": "OSC24/44",
         "text": "the annual report of the Pevenbury Community Safety Partnership for "
                 "2023/24 be noted",
         "outcome": "agreed", "themes": ["finance"]},
        {"item": "OSC24/45",
         "text": "a further progress report on the Temporary Accommodation Action Plan be "
                 "presented",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "OSC24/46",
         "text": "on being put to the vote the motion was LOST",
         "outcome": "rejected", "themes": ["finance"]},
        {"item": "OSC24/46",
         "text": "supports the draft Revenue Budget proposals for 2025/26",
         "outcome": "recommended", "themes": ["finance"]},
        {"item": "OSC24/47",
         "text": "That the annual performance of the leisure facilities contract for "
                 "2023/24 be noted",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "OSC24/48",
         "text": "The Committee noted the verbal update from Councillor Mrs Mardon",
         "outcome": "noted", "themes": []},
        {"item": "OSC24/49",
         "text": "That the Work Programme attached at Appendix A be approved, as amended",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor R.P. Sayle", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Mrs H.E. Mardon", "role": "Vice-Chair",
         "attendance": "present"},
        {"name": "Councillor J.A. Bristowe", "role": None, "attendance": "present"},
        {"name": "Councillor T.C. Elbury", "role": None, "attendance": "present"},
        {"name": "Councillor N.G. Ferrers", "role": None, "attendance": "present"},
        {"name": "Councillor K.M. Gathorne", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs P. Hobcroft", "role": None, "attendance": "present"},
        {"name": "Councillor S. Langstone", "role": None, "attendance": "present"},
        {"name": "Councillor D.R. Pilcombe", "role": None, "attendance": "present"},
        {"name": "Councillor A.J. Tresswell", "role": None, "attendance": "present"},
        {"name": "Councillor C.W. Winborn", "role": None, "attendance": "apologies"},
        {"name": "Councillor Mrs D.M. Ashdown", "role": None,
         "attendance": "in_attendance"},
        {"name": "Councillor G.L. Threlfall", "role": None, "attendance": "in_attendance"},
        {"name": "Councillor M.F. Quennell", "role": None, "attendance": "in_attendance"},
        {"name": "Chief Inspector D. Kellaway",
         "role": "District Commander, Andredshire Police", "attendance": "in_attendance"},
        {"name": "Ms R. Ockenden",
         "role": "Partnership Manager, Andredshire Safer Communities Team",
         "attendance": "in_attendance"},
        {"name": "Mr S. Blackler", "role": "Contract Manager, Coastline Leisure Trust",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold files")


def check() -> int:
    problems = 0
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / gold["document"]
        gpath = GOLD / f"{path.stem}.json"
        if not path.exists() or not gpath.exists():
            print(f"MISSING: {path.name} or its gold file (run without --check first)")
            problems += 1
            continue
        if json.loads(gpath.read_text(encoding="utf-8")) != gold:
            print(f"STALE gold file: {gpath.name}")
            problems += 1
        text = " " + normalise(document_text(path)) + " "
        items = {i["number"] for i in gold.get("items", [])}
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            if q["item"] not in items:
                print(f"  unknown item {q['item']}")
                problems += 1
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
            if r["item"] not in items:
                print(f"  unknown item {r['item']}")
                problems += 1
        for kind, phrase in phrases:
            norm = normalise(phrase)
            n = text.count(" " + norm + " ")
            words = len(norm.split())
            if n != 1 or not 6 <= words <= 15:
                print(f"  {path.name}: {kind} phrase found {n}x, {words} words: {phrase!r}")
                problems += 1
        print(f"{path.name}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
