#!/usr/bin/env python3
"""Build the "lt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lt.py           build documents/lt-* and gold/lt-*.json
        build_lt.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "lt-tormead-scrutiny-committee-2025-01-30.docx"
REPORT_NAME = "lt-tormead-cabinet-report-leisure-delivery-model.pdf"
FIXED = dt.datetime(2025, 2, 4, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# The minutes.  Blocks:
#   ("title", text) ("meta", text) ("h", number, title) ("p", text)
#   ("b", text) bullet   ("label", text) bold label   ("cl", "1.", text) clause
# ---------------------------------------------------------------------------
MINUTES = [
    ("title", "TORMEAD DISTRICT COUNCIL"),
    ("title2", "Minutes of the meeting of Scrutiny Committee held at Council Chamber, "
               "Coldharbour House, Sidmere on Thursday, 30 January 2025"),
    ("meta", "Attendance list at end of document"),
    ("meta", "The meeting started at 6.00 pm and ended at 9.07 pm"),

    ("h", "41", "Minutes of the previous meeting"),
    ("p", "The minutes of the Scrutiny Committee held on 5 December 2024 were confirmed as "
          "a true record."),

    ("h", "42", "Declarations of interest"),
    ("p", "Minute 46. Councillor Sarah Kellow, Affects Non-registerable Interest, Patient at "
          "Brankwell Medical Practice."),
    ("p", "Minute 47. Councillor Paul Hext, Affects Non-registerable Interest, A close family "
          "member is a tenant of the Council."),
    ("p", "Minute 48. Councillor Jo Carswell, Affects Non-registerable Interest, Member of the "
          "Sidmere Swimming Club, which hires pool time from Coastline Leisure Trust."),

    ("h", "43", "Public speaking"),
    ("p", "Mr Derek Halse spoke on agenda item 8, access to primary care. He raised concerns "
          "that patients in the eastern part of the district, particularly around Axcombe, "
          "were being asked to travel to Sidmere for appointments when there was no bus that "
          "would get them there for a morning slot, and asked the Committee to press the "
          "integrated care board on when the Axcombe surgery would go back to full opening "
          "hours. The Chair thanked Mr Halse and advised that the points he had raised would "
          "be put to the representatives of NHS Southcombe under minute 46."),

    ("h", "44", "Matters of urgency"),
    ("p", "None."),

    ("h", "45", "Confidential/exempt item(s)"),
    ("p", "There were no confidential/exempt items."),

    ("h", "46", "Access to primary care in Tormead"),
    ("p", "The Chair welcomed Helen Brayshaw, Head of Primary Care (East), NHS Southcombe, and "
          "Dr Alison Pengelly, GP partner at Seabrook Regis Surgery and Clinical Director of the "
          "Otter Valley Primary Care Network (PCN), to the meeting. Their presentation, which "
          "had been circulated to Members in advance and is available with the agenda papers, "
          "covered:"),
    ("b", "the 14 GP practices in the district, grouped into three Primary Care Networks and "
          "serving a registered population of around 152,000;"),
    ("b", "the number of appointments offered in general practice, which had risen by 9% since "
          "2022/23, with 41% of appointments now taking place on the day they were booked;"),
    ("b", "the range of clinical and non-clinical staff now working in practices;"),
    ("b", "the national Primary Care Access Recovery Plan, including the move to \u2018modern "
          "general practice\u2019 and digital telephony; and"),
    ("b", "pressure on premises at Brankwell and Seabrook Regis arising from housing growth."),
    ("p", "Discussion and clarification included:"),
    ("b", "The Chair referred to the points made by Mr Halse and asked when the Axcombe branch "
          "surgery would return to its previous opening hours. The Head of Primary Care "
          "explained that the decision rested with the Riverside Partnership, which had been "
          "unable to recruit a salaried GP since one of its partners retired in 2024, and that "
          "the ICB had no power to require a branch surgery to remain open. The practice had "
          "agreed to review the position in April 2025 and the ICB would support it to "
          "advertise the post again."),
    ("b", "Concerns were expressed that telephone queues at several practices regularly went "
          "beyond 45 minutes at 8.00 am, and that residents without internet access or "
          "confidence in using online forms were disadvantaged by the move to online triage. "
          "Dr Pengelly acknowledged that this had been a problem over the winter and said that "
          "all practices in the Otter Valley PCN would be on a cloud-based telephone system "
          "with a call-back option by April 2025; practices would keep a telephone and "
          "walk-in route for patients who could not use the online forms."),
    ("b", "In response to a question about the Additional Roles Reimbursement Scheme, Dr "
          "Pengelly confirmed that the PCN now employed 23 staff under the scheme, including "
          "clinical pharmacists, paramedics, physician associates and social prescribers. "
          "Until the rules changed in 2024 the scheme could not be used to employ GPs, and she "
          "cautioned that the funding for 2025/26 had not yet been confirmed."),
    ("b", "A Member commented that the large housing developments at Brankwell and Hollowcombe "
          "should have provided contributions towards surgery premises, and asked whether the "
          "ICB had responded to the Council\u2019s Local Plan consultation. The Head of Primary "
          "Care stated that the ICB had responded at the Regulation 18 stage and was seeking "
          "Section 106 contributions towards an extension at Brankwell Medical Practice; she "
          "would provide a written update on the position."),
    ("b", "Councillor Ruddle raised the difficulty residents faced in registering with an NHS "
          "dentist, noting that she was not aware of any practice in the district accepting "
          "new adult patients. The Head of Primary Care advised that dental services were "
          "commissioned by a different team within the ICB and were outside the scope of the "
          "presentation, but undertook to ask the dental commissioning lead to provide a "
          "briefing for Members."),
    ("b", "A Member asked what support practices could offer young people waiting for an "
          "assessment by CAMHS, some of whom had waited more than a year. Dr Pengelly advised "
          "that each practice in the PCN now had a mental health practitioner for two days a "
          "week, employed jointly with the mental health trust, and that the social "
          "prescribers could refer young people to the youth hub in Sidmere."),
    ("b", "A Member requested that future updates include figures for each practice rather "
          "than for the district as a whole, so that the Committee could see where access was "
          "poorest."),
    ("label", "RESOLVED:"),
    ("p", "that the Scrutiny Committee:"),
    ("cl", "1.", "thanks the representatives of NHS Southcombe and the Otter Valley Primary Care "
                 "Network for their presentation;"),
    ("cl", "2.", "requests a written update on Section 106 contributions towards primary care "
                 "premises in Brankwell and Seabrook Regis;"),
    ("cl", "3.", "requests a briefing on access to NHS dentistry, to be circulated to all Members "
                 "before the June meeting of the Committee."),

    ("h", "47", "Housing Service \u2013 damp, mould and condensation update"),
    ("p", "The Assistant Director Housing presented the report, which updated Members on the "
          "Council\u2019s response to damp, mould and condensation across its stock of 4,180 "
          "homes and on preparations for Awaab\u2019s Law, which will apply to social landlords "
          "from 27 October 2025. The number of open damp and mould cases had fallen from 412 in "
          "April 2024 to 187 at the end of December 2024, and the average time from a report "
          "to the first inspection was now 6 working days against a target of 10. A dedicated "
          "team of four surveyors had been in place since July, and a stock condition survey "
          "covering 70% of homes would be completed by the end of March 2025. The report also "
          "set out proposed changes to the Damp, Mould and Condensation Policy, the draft "
          "timescales that would apply once Awaab\u2019s Law was in force, and the additional "
          "costs expected in 2025/26, estimated at \u00a3640,000, which would be met from the "
          "Housing Revenue Account (HRA)."),
    ("p", "Members\u2019 comments and questions included:"),
    ("b", "Concern was expressed that some tenants had been told that the damp in their homes "
          "was caused by their lifestyle, for example drying washing indoors, which they had "
          "found upsetting and which put them off reporting problems. The Assistant Director "
          "Housing agreed that this language was not acceptable and confirmed that all staff "
          "and contractors had been briefed to focus on the condition of the property and not "
          "on how tenants lived."),
    ("b", "A Member asked how many of the open cases had been assessed as category 1 hazards "
          "and how quickly these were dealt with. It was clarified that 14 cases had been "
          "assessed as category 1 hazards; all had been inspected within 48 hours and works "
          "were complete at nine of the properties, with the remaining five awaiting "
          "specialist works or access."),
    ("b", "A Member asked whether the Council\u2019s responsive repairs contractor had enough "
          "operatives to meet the much shorter timescales that Awaab\u2019s Law would require. "
          "The Property and Asset Manager advised that the contract allowed the Council to "
          "instruct additional resource at agreed rates, but recruiting specialist damp and "
          "mould operatives remained difficult across the region and officers were looking at "
          "whether some of this work should be brought in-house."),
    ("b", "Councillor Hext noted that the HRA had already funded \u00a31.2 million of unplanned "
          "damp and mould work this year and questioned whether this level of spending was "
          "sustainable alongside the retrofit programme. The Director of Finance advised that "
          "the HRA business plan would be refreshed in the summer and would include a specific "
          "provision for damp and mould, but that the Council would need to make choices about "
          "the pace of retrofit."),
    ("b", "Councillor Tanfield asked that tenants be involved in reviewing the revised policy. "
          "The Portfolio Holder Sustainable Homes and Communities welcomed the suggestion and "
          "confirmed that the draft policy would be taken to the Tenant Scrutiny Panel before "
          "it was considered by Cabinet."),
    ("b", "A Member commented that the work of the new damp and mould team had made a real "
          "difference in her ward and asked that the Committee\u2019s thanks be passed on to "
          "the team."),
    ("p", "The Committee noted the report and asked that a further update, including "
          "performance against the Awaab\u2019s Law timescales, be brought to its meeting in "
          "November 2025."),

    ("h", "48", "Leisure services: future delivery model"),
    ("p", "The Assistant Director Leisure and Countryside introduced the report, which would be "
          "considered by Cabinet on 12 February 2025. The Council\u2019s agreement with Coastline "
          "Leisure Trust for the operation of its four leisure centres and two swimming pools "
          "would end on 31 March 2026. Following an options appraisal carried out with the "
          "support of external advisers, three options had been assessed: A \u2013 a direct "
          "award of a new agreement to the Trust; B \u2013 procurement of an operator through a "
          "competitive tender; and C \u2013 bringing the service in-house through a local "
          "authority trading company. Option B had scored most highly, mainly because of the "
          "management fee the market was expected to offer and the transfer of risk to the "
          "operator. The Trust had indicated that it would bid."),
    ("p", "Discussion and clarification included:"),
    ("b", "A Member asked why the in-house option had scored lower than a procured contract, "
          "when several councils had recently brought leisure back under their own control. "
          "The Assistant Director Leisure and Countryside explained that an in-house service "
          "would lose the mandatory rate relief available to a charitable trust, worth around "
          "\u00a3310,000 a year, and that the Council would take on the pension and other "
          "liabilities for around 140 staff; the option also carried the greatest financial "
          "risk if income fell."),
    ("b", "Concerns were expressed that a commercial operator would put up prices and cut back "
          "activities that did not make a profit, such as sessions for older people and the "
          "exercise on referral scheme. It was clarified that the specification would set a "
          "maximum price for concessions and would require the operator to keep the exercise "
          "on referral scheme and the current programme for older and disabled residents."),
    ("b", "A Member asked whether staff would transfer to a new operator on their current terms "
          "and conditions. The Assistant Director confirmed that TUPE would apply and that "
          "staff in the Local Government Pension Scheme would keep their membership through an "
          "admitted body agreement."),
    ("b", "A Member commented that the Sidmere pool was close to the end of its life and that "
          "none of the options in the report dealt with the capital cost of replacing it, "
          "which would fall to the Council whichever option was chosen."),
    ("b", "Councillor Dunsford asked whether residents had been consulted on the options. The "
          "Portfolio Holder Culture, Leisure, Sport and Tourism replied that a public survey in "
          "the autumn had received 1,346 responses, summarised at Appendix C to the report, "
          "and that most respondents had been more concerned with prices and opening hours "
          "than with who ran the centres."),
    ("p", "Councillor Carswell proposed, and Councillor Ruddle seconded, that the Committee "
          "recommend to Cabinet that option C, in-house delivery through a local authority "
          "company, be developed to a full business case and reported back to this Committee "
          "before any decision was taken to procure an operator. Upon being put to the vote "
          "the proposal was lost (4 votes for, 6 against)."),
    ("label", "RECOMMENDED to Cabinet:"),
    ("cl", "1.", "that option B, the procurement of a leisure operator through a competitive "
                 "tender for a contract of ten years with the option to extend for up to five "
                 "years, be approved;"),
    ("cl", "2.", "that the specification protects concessionary prices, the exercise on referral "
                 "scheme and the programme for older and disabled residents;"),
    ("cl", "3.", "that a report on the future of Sidmere pool be brought to Cabinet, and to this "
                 "Committee, before the tender is issued."),

    ("h", "49", "Local government reorganisation \u2013 update"),
    ("p", "The Chief Executive gave a verbal update on the English Devolution White Paper "
          "published in December 2024 and the Government\u2019s invitation to the councils in "
          "the county area to submit initial proposals for unitary local government by 21 "
          "March 2025. She explained that the leaders of the district councils were working "
          "together on options, that the Council\u2019s position would be considered at an "
          "extraordinary meeting of Council on 12 March 2025, and that any proposal would need "
          "to show how it met the Government\u2019s criteria on size, financial sustainability "
          "and local engagement."),
    ("p", "In response to a question about how residents would be involved, the Chief Executive "
          "said that there would be a short online engagement exercise in February, but that "
          "formal consultation on any proposal would be carried out by the Government later in "
          "the year."),
    ("p", "Members expressed concern that a single large unitary council covering the east of "
          "the county would be remote from communities and that town and parish councils "
          "would be expected to take on services without the funding to do so. The Chief "
          "Executive acknowledged these concerns and said that the Government had indicated "
          "that stronger neighbourhood arrangements would be expected in all proposals."),
    ("p", "A Member asked what would happen to the Council\u2019s housing stock and Housing "
          "Revenue Account under a new unitary authority. The Chief Executive advised that the "
          "housing stock would transfer to the successor council, and that this was one of "
          "the matters being worked through with the other stock-holding district."),
    ("p", "The Committee noted the update and thanked the Chief Executive."),

    ("h", "50", "Scrutiny Committee forward plan"),
    ("p", "The Committee considered its forward plan for the remainder of 2024/25 and the early "
          "part of 2025/26. The Democratic Services Officer reminded Members that topic "
          "suggestions should be submitted using the scrutiny topic selection form."),
    ("p", "Councillor Weeks asked that the review of public toilet provision be brought forward "
          "to the March meeting, as several town councils were setting their budgets on the "
          "assumption that the Council would close facilities. The Chair advised that she "
          "would discuss the timing with the Assistant Director Streetscene, as the review "
          "depended on the outcome of the budget."),
    ("label", "RESOLVED:"),
    ("p", "that the forward plan be noted, with the addition of:"),
    ("b", "an update on temporary accommodation numbers and costs (March 2025);"),
    ("b", "the briefing on NHS dental access requested under minute 46 (June 2025)."),
]

ATTENDANCE = [
    ("Councillors present:", ["T Penwarden (Chair)", "S Kellow (Vice Chair)", "A Brindle",
                              "J Carswell", "M Dunsford", "P Hext", "K Ruddle", "C Tanfield",
                              "R Vosper", "H Weeks"]),
    ("Councillors also present (for some or all the meeting)",
     ["W Pascoe", "F Gribble", "G Lethaby", "N Yeo"]),
    ("Officers in attendance:",
     ["Rebecca Sowden, Chief Executive",
      "Giles Pardoe, Director of Housing and Health",
      "Martin Ellery, Director of Finance",
      "Amanda Trewin, Assistant Director Housing",
      "Kate Veale, Assistant Director Leisure and Countryside",
      "Simon Lethbridge, Property and Asset Manager",
      "Lucy Ashplant, Democratic Services Manager",
      "Fiona Crook, Democratic Services Officer"]),
    ("Also present:",
     ["Helen Brayshaw, Head of Primary Care (East), NHS Southcombe",
      "Dr Alison Pengelly, Clinical Director, Otter Valley Primary Care Network"]),
    ("Councillor apologies:", ["B Haskins", "E Moyle"]),
]

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Committee",
    "meeting_date": "2025-01-30",
    "items": [
        {"number": "41", "title": "Minutes of the previous meeting"},
        {"number": "42", "title": "Declarations of interest"},
        {"number": "43", "title": "Public speaking"},
        {"number": "44", "title": "Matters of urgency"},
        {"number": "45", "title": "Confidential/exempt item(s)"},
        {"number": "46", "title": "Access to primary care in Tormead"},
        {"number": "47", "title": "Housing Service \u2013 damp, mould and condensation update"},
        {"number": "48", "title": "Leisure services: future delivery model"},
        {"number": "49", "title": "Local government reorganisation \u2013 update"},
        {"number": "50", "title": "Scrutiny Committee forward plan"},
    ],
    "questions": [
        q("43", "concern",
          "patients in the eastern part of the district, particularly around Axcombe",
          "Mr Derek Halse",
          "the points he had raised would be put to the representatives of NHS Southcombe",
          "The Chair", ["primary-care"]),
        q("46", "question",
          "asked when the Axcombe branch surgery would return to its previous opening hours",
          "The Chair",
          "the decision rested with the Riverside Partnership, which had been unable to recruit",
          "Head of Primary Care", ["primary-care", "workforce"]),
        q("46", "concern",
          "residents without internet access or confidence in using online forms were disadvantaged",
          None,
          "acknowledged that this had been a problem over the winter",
          "Dr Pengelly", ["primary-care"]),
        q("46", "question",
          "In response to a question about the Additional Roles Reimbursement Scheme",
          None,
          "the PCN now employed 23 staff under the scheme, including clinical pharmacists",
          "Dr Pengelly", ["primary-care", "workforce", "finance"]),
        q("46", "question",
          "housing developments at Brankwell and Hollowcombe should have provided contributions towards surgery premises",
          None,
          "was seeking Section 106 contributions towards an extension at Brankwell Medical Practice",
          "Head of Primary Care", ["primary-care", "housing"]),
        q("46", "concern",
          "raised the difficulty residents faced in registering with an NHS dentist",
          "Councillor Ruddle",
          "undertook to ask the dental commissioning lead to provide a briefing",
          "Head of Primary Care", ["primary-care"]),
        q("46", "question",
          "asked what support practices could offer young people waiting for an assessment by CAMHS",
          None,
          "each practice in the PCN now had a mental health practitioner",
          "Dr Pengelly", ["mental-health", "children-and-families", "primary-care"]),
        q("46", "request",
          "requested that future updates include figures for each practice rather than for the district",
          None, None, None, []),
        q("47", "concern",
          "tenants had been told that the damp in their homes was caused",
          None,
          "agreed that this language was not acceptable",
          "Assistant Director Housing", ["housing"]),
        q("47", "question",
          "asked how many of the open cases had been assessed as category 1 hazards",
          None,
          "all had been inspected within 48 hours and works were complete",
          None, ["housing"]),
        q("47", "question",
          "responsive repairs contractor had enough operatives to meet the much shorter timescales",
          None,
          "the contract allowed the Council to instruct additional resource at agreed rates",
          "Property and Asset Manager", ["housing", "subcontracting", "workforce"]),
        q("47", "concern",
          "questioned whether this level of spending was sustainable alongside the retrofit programme",
          "Councillor Hext",
          "the HRA business plan would be refreshed in the summer",
          "Director of Finance", ["housing", "finance"]),
        q("47", "request",
          "asked that tenants be involved in reviewing the revised policy",
          "Councillor Tanfield",
          "the draft policy would be taken to the Tenant Scrutiny Panel",
          "Portfolio Holder Sustainable Homes and Communities",
          ["housing", "patient-and-public-input"]),
        q("47", "comment",
          "the work of the new damp and mould team had made a real difference",
          None, None, None, ["housing"]),
        q("48", "question",
          "had scored lower than a procured contract, when several councils had recently",
          None,
          "would lose the mandatory rate relief available to a charitable trust",
          "Assistant Director Leisure and Countryside",
          ["privatisation", "finance", "workforce"]),
        q("48", "concern",
          "a commercial operator would put up prices and cut back activities",
          None,
          "the specification would set a maximum price for concessions",
          None, ["privatisation", "subcontracting", "finance"]),
        q("48", "question",
          "asked whether staff would transfer to a new operator on their current terms",
          None,
          "confirmed that TUPE would apply and that staff in the Local Government Pension Scheme",
          "Assistant Director", ["workforce", "subcontracting"]),
        q("48", "comment",
          "dealt with the capital cost of replacing it",
          None, None, None, ["finance"]),
        q("48", "question",
          "asked whether residents had been consulted on the options",
          "Councillor Dunsford",
          "most respondents had been more concerned with prices and opening hours",
          "Portfolio Holder Culture, Leisure, Sport and Tourism",
          ["patient-and-public-input"]),
        q("49", "question",
          "In response to a question about how residents would be involved",
          None,
          "there would be a short online engagement exercise in February",
          "Chief Executive", ["patient-and-public-input", "governance"]),
        q("49", "concern",
          "would be remote from communities and that town and parish councils",
          None,
          "stronger neighbourhood arrangements would be expected in all proposals",
          "Chief Executive", ["governance", "finance"]),
        q("49", "question",
          "housing stock and Housing Revenue Account under a new unitary authority",
          None,
          "the housing stock would transfer to the successor council",
          "Chief Executive", ["housing", "governance"]),
        q("50", "request",
          "review of public toilet provision be brought forward to the March meeting",
          "Councillor Weeks",
          "she would discuss the timing with the Assistant Director Streetscene",
          "The Chair", ["finance"]),
    ],
    "resolutions": [
        r("41", "minutes of the Scrutiny Committee held on 5 December 2024 were confirmed",
          "agreed", []),
        r("46", "requests a written update on Section 106 contributions towards primary care premises",
          "agreed", ["primary-care"]),
        r("47", "The Committee noted the report and asked that a further update, including performance",
          "agreed", ["housing"]),
        r("48", "be developed to a full business case and reported back to this Committee",
          "rejected", ["privatisation"]),
        r("48", "the procurement of a leisure operator through a competitive tender for a contract",
          "recommended", ["privatisation", "subcontracting"]),
        r("49", "The Committee noted the update and thanked the Chief Executive",
          "noted", ["governance"]),
        r("50", "that the forward plan be noted, with the addition of",
          "agreed", ["housing", "primary-care"]),
    ],
    "attendees": [],
}


def _attendees():
    out = []
    kind = {"Councillors present:": "present",
            "Councillors also present (for some or all the meeting)": "in_attendance",
            "Officers in attendance:": "in_attendance",
            "Also present:": "in_attendance",
            "Councillor apologies:": "apologies"}
    for label, names in ATTENDANCE:
        for entry in names:
            m = re.match(r"^(.*?) \((.*)\)$", entry)
            if m and label.startswith("Councillors present"):
                name, role = m.group(1), m.group(2)
            elif ", " in entry:
                name, role = entry.split(", ", 1)
            else:
                name, role = entry, None
            out.append({"name": name, "role": role, "attendance": kind[label]})
    return out


MINUTES_GOLD["attendees"] = _attendees()

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Word document
# ---------------------------------------------------------------------------
def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run4._r.append(e)


def build_minutes(path: Path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(11)

    indent = Cm(1.5)

    # footer: committee and date on the left, page number on the right
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    fr = fp.add_run("Scrutiny Committee 30 January 2025\t")
    fr.font.size = Pt(9)
    _add_page_field(fp)
    for run in fp.runs:
        run.font.size = Pt(9)

    # first-page header: the council's name where the logo sits
    sec.different_first_page_header_footer = True
    hp = sec.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Tormead\nDistrict Council")
    hr.bold = True
    hr.font.size = Pt(14)
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    ffr = ffp.add_run("Scrutiny Committee 30 January 2025\t")
    ffr.font.size = Pt(9)
    _add_page_field(ffp)
    for run in ffp.runs:
        run.font.size = Pt(9)

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(14)
            p.paragraph_format.space_after = Pt(12)
        elif kind == "title2":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(12)
            p.paragraph_format.space_after = Pt(12)
        elif kind == "meta":
            p = doc.add_paragraph(block[1])
        elif kind == "h":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = indent
            pf.first_line_indent = -indent
            pf.tab_stops.add_tab_stop(indent)
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            run = p.add_run(f"{block[1]}\t{block[2]}")
            run.bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = indent
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(2.2)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(4)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "label":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(block[1])
            run.bold = True
        elif kind == "cl":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(2.5))
            p.add_run(f"{block[1]}\t{block[2]}")
        else:
            raise ValueError(kind)

    # attendance list and signature lines
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    p.add_run("Attendance List").bold = True
    for label, names in ATTENDANCE:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        p.add_run(label).bold = True
        for n in names:
            p = doc.add_paragraph(n)
            p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(36)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0))
    p.add_run("Chair\t" + "." * 40 + "\tDate:\t" + "." * 30)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Scrutiny Committee - 30 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path):
    """Rewrite the zip with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The report (not minutes), PDF
# ---------------------------------------------------------------------------
REPORT_SUMMARY = (
    "The Council\u2019s agreement with Coastline Leisure Trust for the operation of four "
    "leisure centres and two swimming pools ends on 31 March 2026. This report sets out the "
    "results of an options appraisal of the ways in which leisure services could be delivered "
    "from April 2026, the views of residents gathered through a public survey, and a "
    "recommended way forward. Scrutiny Committee will consider the report on 30 January 2025 "
    "and its comments will be reported verbally to this meeting."
)

REPORT_SECTIONS = [
    ("1. Background", [
        "1.1 Since 2012 the Council\u2019s leisure facilities have been operated by Coastline "
        "Leisure Trust, a charitable trust, under a management agreement. The agreement was "
        "extended in 2022 following the pandemic and cannot be extended again without a "
        "procurement exercise.",
        "1.2 The Council pays the Trust a management fee, which in 2024/25 is \u00a3486,000. "
        "The Council remains responsible for the buildings and for major repairs, and the "
        "condition of Sidmere pool in particular is a growing concern.",
    ]),
    ("2. Options appraisal", [
        "2.1 Three options were assessed against criteria agreed with the Portfolio Holder: "
        "cost to the Council, risk, quality of service, social value, and the Council\u2019s "
        "ability to influence the service.",
        "Option A \u2013 direct award of a new agreement to Coastline Leisure Trust. Scored 58 "
        "out of 100. Legal advice is that a direct award of this value would be open to "
        "challenge.",
        "Option B \u2013 procurement of an operator through a competitive tender. Scored 74 out "
        "of 100. Soft market testing suggests that at least four operators, including the "
        "Trust, would bid, and that a management fee of close to nil is achievable over the "
        "life of a ten-year contract.",
        "Option C \u2013 in-house delivery through a local authority trading company. Scored "
        "55 out of 100. The Council would lose mandatory rate relief of around \u00a3310,000 a "
        "year and would take on pension and other liabilities for around 140 staff.",
    ]),
    ("3. What residents told us", [
        "3.1 A public survey ran from 16 September to 27 October 2024 and received 1,346 "
        "responses. Respondents were asked: \u201cWhat matters most to you about your local "
        "leisure centre?\u201d and \u201cWould it concern you if the centres were run by a "
        "different organisation?\u201d",
        "3.2 Price (71%) and opening hours (64%) were the things that mattered most. Fewer "
        "than a quarter of respondents said who ran the centres mattered to them, although "
        "several comments asked whether a commercial operator would cut concessions or "
        "classes for older people. The recommended specification responds to this by fixing "
        "concessionary prices and protecting the exercise on referral scheme.",
    ]),
    ("4. Financial implications", [
        "4.1 The cost of the procurement, including external advice, is estimated at "
        "\u00a385,000 and can be met from the Transformation Reserve. Any saving on the "
        "management fee will be reflected in the Medium Term Financial Plan from 2026/27. "
        "The capital cost of replacing Sidmere pool is not included in any option and will "
        "be the subject of a separate report.",
    ]),
    ("5. Legal implications", [
        "5.1 The procurement will be carried out under the Procurement Act 2023. Staff will "
        "transfer to any new operator under TUPE, and the operator will be required to "
        "become an admitted body of the Local Government Pension Scheme.",
    ]),
]


def build_report(path: Path):
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("DV", "", 8)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Leisure services: future delivery model from April 2026")
    pdf.set_author("Tormead District Council")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)

    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "Tormead District Council", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    pdf.set_font("DV", "", 10)
    rows = [
        ("Report to:", "Cabinet"),
        ("Date of Meeting:", "12 February 2025"),
        ("Document classification:", "Part A Public Document"),
        ("Exemption applied:", "None"),
        ("Review date for release:", "None"),
    ]
    for a, b in rows:
        pdf.set_font("DV", "B", 10)
        pdf.cell(55, 6, a)
        pdf.set_font("DV", "", 10)
        pdf.cell(0, 6, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(0, 7, "Leisure services: future delivery model from April 2026",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def label(t):
        pdf.set_font("DV", "B", 10)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    def body(t):
        pdf.set_font("DV", "", 10)
        pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    label("Report summary:")
    body(REPORT_SUMMARY)
    label("Is the proposed decision in accordance with:")
    body("Budget        Yes \u2612  No \u2610\nPolicy Framework        Yes \u2612  No \u2610")
    label("Recommendation:")
    body("1. That Cabinet approves option B, the procurement of an operator for the Council\u2019s "
         "leisure centres and pools through a competitive tender, for a contract of ten years "
         "with the option to extend for up to five years.\n"
         "2. That delegated authority is given to the Director of Place, in consultation with "
         "the Portfolio Holder Culture, Leisure, Sport and Tourism, to agree the final "
         "specification and award criteria.")
    label("Reason for recommendation:")
    body("Option B offers the best balance of cost, risk and quality, keeps the benefits of a "
         "specification that the Council controls, and allows the existing Trust to compete. "
         "A direct award (option A) carries legal risk, and in-house delivery (option C) would "
         "add an estimated \u00a3310,000 a year to the Council\u2019s costs through the loss of "
         "rate relief.")
    label("Officer:")
    body("Kate Veale, Assistant Director Leisure and Countryside, kveale@tormead.gov.uk, "
         "01395 000417")
    label("Portfolio(s) (check which apply):")
    body("\u2610 Climate Action and Emergency Response\n"
         "\u2610 Coast, Country and Environment\n"
         "\u2610 Council and Corporate Co-ordination\n"
         "\u2612 Culture, Leisure, Sport and Tourism\n"
         "\u2610 Economy\n"
         "\u2612 Finance and Assets\n"
         "\u2610 Strategic Planning\n"
         "\u2610 Sustainable Homes and Communities")
    label("Equalities impact: Medium Impact")
    body("An equality impact assessment is attached at Appendix D. Concessionary pricing and "
         "the exercise on referral scheme will be protected in the specification.")
    label("Climate change: Medium Impact")
    label("Risk: High Risk;")
    body("The main risks are a lack of bidders, challenge to the procurement, and the "
         "condition of Sidmere pool. These are set out in the risk register at Appendix E.")
    label("Links to background information:")
    body("Scrutiny Committee, 30 January 2025; Leisure Strategy 2021\u20132031; Appendix C, "
         "leisure survey results.")
    label("Link to Council Plan")
    body("Priorities (check which apply)\n"
         "\u2612 A supported and engaged community\n"
         "\u2610 Carbon neutrality and ecological recovery\n"
         "\u2610 Resilient economy that supports local business\n"
         "\u2612 Financially secure and improving quality of services")

    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Report in full", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for heading, paras in REPORT_SECTIONS:
        label(heading)
        for t in paras:
            body(t)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}


def doc_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s: str, repl: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", repl, s)
    s = s.replace("_", repl)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def count(text: str, phrase: str, repl: str) -> int:
    t, p = norm(text, repl), norm(phrase, repl)
    n, i = 0, t.find(p)
    while i != -1:
        n += 1
        i = t.find(p, i + 1)
    return n


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("lt-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print("MISSING", dpath)
            bad += 1
            continue
        text = doc_text(dpath)
        if g["doc_type"] != "minutes":
            print(f"{g['document']}: {g['doc_type']}, {len(text.split())} words")
            continue
        items = {it["number"] for it in g["items"]}
        phrases = []
        for qq in g["questions"]:
            assert qq["kind"] in KINDS, qq
            assert qq["item"] in items, qq
            assert set(qq["themes"]) <= THEMES, qq
            phrases.append(("question", qq["text"]))
            if qq["answer"] is not None:
                phrases.append(("answer", qq["answer"]))
        for rr in g["resolutions"]:
            assert rr["outcome"] in OUTCOMES, rr
            assert rr["item"] in items, rr
            assert set(rr["themes"]) <= THEMES, rr
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            words = len(norm(ph, "").split())
            c1, c2 = count(text, ph, ""), count(text, ph, " ")
            ok = c1 == 1 and c2 == 1 and 6 <= words <= 15
            if not ok:
                bad += 1
            print(f"{'ok ' if ok else 'BAD'} {kind:10s} n={c1}/{c2} w={words:2d} {ph}")
        for a in g["attendees"]:
            if a["name"] not in text:
                print("BAD attendee", a)
                bad += 1
        print(f"{g['document']}: {len(text.split())} words, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
