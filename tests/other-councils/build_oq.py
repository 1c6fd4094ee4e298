#!/usr/bin/env python3
"""Build the "oq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oq.py           build documents/oq-* and gold/oq-*.json
        build_oq.py --check   verify every gold phrase occurs once in its document
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

FIXED = dt.datetime(2025, 2, 3, 10, 15, 0, tzinfo=dt.timezone.utc)

MINUTES_FILE = "oq-marchbank-health-care-scrutiny-2025-01-27.docx"
OTHER_FILE = "oq-marchbank-scrutiny-initiation-document-primary-care.pdf"

COMMITTEE = "Health and Care Scrutiny Committee"
HEADER_TEXT = "Health and Care Scrutiny Committee -  27 January 2025"

# ---------------------------------------------------------------------------------------
# The minutes. Each item: (minute number, title, item no., list of blocks)
# block kinds: ("p", text) plain body paragraph; ("b", text) bullet; ("res", [lines])
# a bold "RESOLVED:" over its clauses; ("pb", text) a bold body paragraph.
# ---------------------------------------------------------------------------------------

ITEMS = [
    ("48", "INTRODUCTIONS", "1", [
        ("p", "The Chair welcomed everyone to the meeting. Members of the Committee and "
              "officers introduced themselves and the Chair outlined the procedures for the "
              "meeting, including the fire evacuation procedure and the arrangements for "
              "webcasting."),
    ]),
    ("49", "APOLOGIES FOR ABSENCE", "2", [
        ("p", "Apologies for absence were received from Councillor Calloway and for lateness "
              "from Councillor Lusk."),
    ]),
    ("50", "DECLARATIONS OF SUBSTITUTE MEMBERS", "3", [
        ("p", "Councillor Ibbotson substituted for Councillor Calloway."),
    ]),
    ("51", "DECLARATIONS OF INTEREST", "4", [
        ("p", "Councillor Rawal declared a personal interest in Item 10, Scrutiny Review: "
              "Access to Primary Care, as she was employed as a practice nurse at a general "
              "practice in a neighbouring borough. She remained in the meeting and took part "
              "in the discussion."),
    ]),
    ("52", "MINUTES OF THE PREVIOUS MEETING", "5", [
        ("res", ["That the minutes of the meeting held on 25 November 2024 be confirmed as an "
                 "accurate record of proceedings and the Chair be authorised to sign them."]),
    ]),
    ("53", "CHAIR'S REPORT", "6", [
        ("p", "The Chair informed the Committee that she had agreed to vary the order of "
              "business so that Item 10, Scrutiny Review: Access to Primary Care – Witness "
              "Evidence, would be taken before Item 9, as the witnesses from the Integrated "
              "Care Board needed to leave the meeting by 8.45 pm."),
        ("p", "The Chair also reported that she and the Vice-Chair had visited the new "
              "Community Diagnostic Centre at Calder Road on 14 January 2025, and thanked the "
              "staff for their time. The Centre was now offering CT, MRI and ultrasound "
              "appointments seven days a week. Members who wished to visit were asked to "
              "contact the Scrutiny Officer."),
    ]),
    ("54", "PUBLIC QUESTIONS", "7", [
        ("p", "The Chair outlined the procedures for Public Questions. Two questions had been "
              "received."),
        ("p", "Mr Colin Ashworth asked whether the Council would object to any proposal to "
              "close the walk-in service at Farrant Street Health Centre, which many residents "
              "without a registered GP relied upon in the evenings. In response, Councillor "
              "Pettifer, Executive Member for Health and Social Care, stated that no proposal "
              "had yet been made by the ICB, that the Council had asked for a full equality "
              "impact assessment before any options were developed, and that any substantial "
              "variation in services would be brought to this Committee for consideration."),
        ("p", "Ms Dolores Fane, on behalf of Marchbank Keep Our NHS Public, asked what "
              "proportion of planned operations for Marchbank residents at Northway Hospital "
              "were now carried out by private sector providers, and requested that these "
              "figures be published regularly. The Chair advised that the question would be "
              "put to the Trust's representatives under Item 9 later in the meeting."),
    ]),
    ("55", "EXECUTIVE MEMBER UPDATE", "8", [
        ("p", "Councillor Pettifer, Executive Member for Health and Social Care, was present "
              "and gave a verbal update on key areas of her portfolio, during which the "
              "following main points were noted –"),
        ("b", "The Council's draft budget proposals for 2025/26, which would be considered by "
              "the Executive on 13 February 2025, included growth of £6.2 million for adult "
              "social care to meet demographic and cost pressures, alongside savings of £1.4 "
              "million from the review of day opportunities."),
        ("b", "The home care contracts would expire in October 2025 and the Council was "
              "preparing to re-tender the service on a zoned model, with the London Living "
              "Wage and paid travel time as contract requirements."),
        ("b", "The Carers' Hub had supported 1,120 unpaid carers in the first half of the "
              "year, and a refreshed Carers' Strategy would be co-produced with carers during "
              "the spring."),
        ("b", "The Executive Member had written to the Secretary of State about the impact of "
              "the increase in employers' national insurance contributions on local care "
              "providers, and had not yet received a reply."),
        ("p", "Following the update, the following main points were made in discussion –"),
        ("b", "A Member asked how the savings from the review of day opportunities would be "
              "achieved without reducing the support available to people with learning "
              "disabilities. In response, the Executive Member stated that no day centre "
              "would close, and that the savings would come mainly from transport and from "
              "bringing two externally commissioned services back in-house."),
        ("b", "In response to a question as to whether the zoned model would squeeze smaller "
              "local providers out of the market, it was stated that the procurement would "
              "include a lot reserved for local and voluntary sector organisations, and that "
              "market engagement events had been held in December."),
        ("b", "Concern was expressed that unpaid carers were often not identified until they "
              "reached crisis point, particularly young carers and carers from the Turkish, "
              "Kurdish and Bengali speaking communities. The Executive Member agreed, and "
              "stated that the Carers' Hub was recruiting two community link workers to "
              "address this."),
        ("b", "Councillor Ibbotson requested that the Committee receive a copy of the "
              "Executive Member's letter to the Secretary of State on national insurance "
              "contributions, and any reply. It was agreed that this would be circulated to "
              "Members."),
        ("p", "The Chair thanked Councillor Pettifer for her update."),
    ]),
    ("56", "SCRUTINY REVIEW: ACCESS TO PRIMARY CARE - WITNESS EVIDENCE", "10", [
        ("p", "The Committee received evidence from Liam Prothero, Director of Primary Care, "
              "North Riverside Integrated Care Board (ICB), and Dr Farah Siddiqui, Clinical "
              "Director, Marchbank Central Primary Care Network (PCN), as part of the "
              "Committee's scrutiny review of access to primary care, during which the "
              "following main points were noted –"),
        ("b", "There were 31 GP practices in the borough, grouped into five primary care "
              "networks, serving a registered population of approximately 262,000."),
        ("b", "The number of appointments offered in general practice had risen by 9 per cent "
              "compared with the previous year, and 71 per cent of appointments were now face "
              "to face. Around 43 per cent of appointments took place on the same day as the "
              "request."),
        ("b", "Practices were moving to the modern general practice access model, so that all "
              "requests were received and assessed through a single route, whether by "
              "telephone, online or in person, and directed to the most appropriate member of "
              "the practice team."),
        ("b", "The additional roles reimbursement scheme had funded 118 posts across the "
              "borough, including clinical pharmacists, physician associates, social "
              "prescribers and first contact physiotherapists, although some practices had "
              "found it difficult to accommodate the new staff in their premises."),
        ("b", "The GP patient survey showed that 64 per cent of patients in the borough "
              "described their experience of contacting their practice as good, slightly "
              "below the London average of 67 per cent."),
        ("b", "Dr Siddiqui explained that the main pressures on practices were the '8 am "
              "rush', a rising number of patients with complex long term conditions, and "
              "estates, as a number of practices operated from converted residential premises "
              "which were no longer fit for purpose."),
        ("p", "During consideration of the evidence the following main points were made –"),
        ("b", "A Member asked what was being done for patients who could not use online "
              "consultation tools. In response, it was stated that every practice was "
              "required to keep telephone and walk-in routes open, and that the digital "
              "inclusion project run with the libraries service had helped over 400 residents "
              "to use the NHS App."),
        ("b", "Concern was expressed that residents without internet access were being pushed "
              "to the back of the queue by online booking systems."),
        ("b", "In response to a question about the roles of physician associates, Dr Siddiqui "
              "stated that physician associates in her network always worked under the "
              "supervision of a named GP and did not see undifferentiated patients."),
        ("b", "A Member queried how many GP practices in the borough had closed their lists to "
              "new patients. Mr Prothero stated that no practice had formally closed its list, "
              "although two practices had applied to do so and had been supported by the ICB "
              "to remain open."),
        ("b", "Members expressed concern that patients on the south side of the borough, "
              "particularly in the Kestrel Estate area, had to travel further to see a GP "
              "since the Ellery Road branch surgery had closed in 2023, and asked whether the "
              "ICB would consider re-opening it. In response, it was stated that the ICB had "
              "no plans to re-open the branch surgery, but would review access in the area as "
              "part of its primary care estates strategy."),
        ("b", "Monica Stavrou, Co-opted Member, commented that Healthwatch Marchbank's mystery "
              "shopping exercise had found that only 11 of 31 practice websites explained "
              "clearly how to request an appointment, and offered to share the findings with "
              "the ICB. Mr Prothero welcomed the offer and stated that the ICB would include "
              "website standards in its practice support programme."),
        ("b", "A Member requested that the ICB provide a breakdown of appointment figures by "
              "practice, including the proportion of face to face appointments and the "
              "average wait for a routine appointment. It was agreed that this would be "
              "provided before the next meeting."),
        ("p", "The Chair thanked Mr Prothero and Dr Siddiqui for attending."),
        ("res", ["That the evidence from the ICB and the Primary Care Network be noted."]),
    ]),
    ("57", "NORTHWAY HEALTH NHS TRUST - WINTER PERFORMANCE UPDATE", "9", [
        ("p", "Rosalind Thew, Chief Executive, and Dr Kwabena Osei, Medical Director, Northway "
              "Health NHS Trust, were present and made a presentation to the Committee, copy "
              "interleaved, during which the following main points were noted –"),
        ("b", "Demand at the Northway Hospital emergency department had been 8 per cent higher "
              "in December 2024 than in December 2023, with a peak of 412 attendances on 30 "
              "December."),
        ("b", "Performance against the four hour standard had been 71.4 per cent in December, "
              "against the national target of 78 per cent by March 2025."),
        ("b", "The Trust had opened 22 additional winter beds and a same day emergency care "
              "unit, and the virtual ward now had capacity for 60 patients."),
        ("b", "Flu admissions had peaked earlier than expected, and staff vaccination uptake "
              "was 38 per cent, which was lower than in previous years."),
        ("b", "There were on average 45 patients each day who were medically fit for discharge "
              "but remained in hospital, the majority of whom were awaiting a package of care "
              "or a nursing home placement outside the borough."),
        ("b", "The Trust was forecasting a deficit of £9.8 million for 2024/25 and was "
              "required to agree a financial recovery plan with the ICB."),
        ("p", "During consideration of the presentation the following main points were made –"),
        ("b", "Members asked about the use of corridor care and the number of patients waiting "
              "more than 12 hours in the emergency department. In response, Dr Osei stated "
              "that 12 hour waits from arrival had averaged 190 a week in December, that "
              "corridor care had been used on 11 days during the month, and that each "
              "occasion was reviewed as a patient safety incident."),
        ("b", "In response to a question as to what the Council and the Trust were doing "
              "together to reduce delayed discharges, it was stated that the joint discharge "
              "hub had been moved into the hospital, that social workers now attended the "
              "daily board rounds, and that the discharge to assess pathway had been extended "
              "to weekends."),
        ("b", "A Member asked why staff flu vaccination uptake had fallen. Ms Thew stated that "
              "vaccine hesitancy among staff had increased since the pandemic and that the "
              "Trust was running peer vaccinator sessions on every ward."),
        ("b", "Councillor Demirci expressed concern about reports from residents that "
              "interpreters were not always available in the emergency department, and that "
              "relatives, including children, were being asked to interpret. Dr Osei stated "
              "that this should not happen, that a 24 hour telephone interpreting service was "
              "available, and undertook to look into the cases raised."),
        ("b", "Responding to the question asked by Ms Fane under Public Questions, Ms Thew "
              "stated that approximately 4 per cent of the Trust's planned operations were "
              "carried out by independent sector providers, under contracts managed by the "
              "ICB, and that the figures were published in the Trust's board papers."),
        ("b", "A Member asked how the financial recovery plan would affect frontline services "
              "and staffing. It was stated that the plan was still being developed, that "
              "there would be no reduction in nursing establishments, and that details would "
              "be shared with the Committee once the plan had been agreed by the Trust Board."),
        ("b", "A Member commented that the Committee had heard similar assurances about "
              "discharge the previous winter and that the position did not appear to have "
              "improved."),
        ("p", "The Chair thanked Ms Thew and Dr Osei for attending."),
        ("res", ["(a) That the presentation be noted.",
                 "(b) That the Trust be requested to provide the Committee with a breakdown "
                 "of 12 hour waits in the emergency department by age and ethnicity."]),
    ]),
    ("58", "QUARTER 2 PERFORMANCE REPORT 2024/25 - HEALTH AND SOCIAL CARE", "11", [
        ("p", "Sarah Quennell, Corporate Director of Adult Social Care, and Dr Helen Marwick, "
              "Director of Public Health, introduced the report, which set out performance "
              "against the Council's health and social care indicators for the period July to "
              "September 2024. The Corporate Director drew Members' attention to the number of "
              "safeguarding concerns received, which was 14 per cent higher than in the same "
              "period last year, and to the continued improvement in the proportion of older "
              "people who were still at home 91 days after discharge from hospital into "
              "reablement, which was now 86 per cent. The Director of Public Health reported "
              "that the number of residents setting a quit date with the stop smoking service "
              "was below target, and that uptake of the second dose of MMR at age five "
              "remained at 79 per cent, well below the 95 per cent needed to prevent "
              "outbreaks."),
        ("p", "In response to a question from Councillor Adebayo-Price about the reasons for "
              "the rise in safeguarding concerns, the Corporate Director stated that a large "
              "part of the increase was due to better reporting from care homes and the "
              "London Ambulance Service, but that concerns relating to self-neglect and "
              "hoarding had also increased and were being looked at by the Safeguarding "
              "Adults Board. Councillor Fitzmaurice asked why the stop smoking service was "
              "below target, and the Director of Public Health explained that the service had "
              "been recommissioned from July, that there had been a short gap in provision "
              "during the transfer to the new provider, and that referrals had since "
              "recovered. Councillor Haverley requested that future performance reports "
              "include benchmarking against statistical neighbours and London averages, and "
              "the Corporate Director agreed to do so from the Quarter 3 report. A Member "
              "asked what the Council was doing to increase MMR uptake among families who had "
              "recently arrived in the borough, and the Director of Public Health stated that "
              "health visitors were checking the immunisation status of every new family, and "
              "that GP practices were offering evening and weekend catch-up clinics."),
        ("p", "The Committee noted the Quarter 2 performance report."),
    ]),
    ("59", "WORK PROGRAMME 2024/25", "12", [
        ("p", "The Committee considered its work programme for the remainder of the municipal "
              "year. It was noted that the meeting on 10 March 2025 would receive the Annual "
              "Report of the Marchbank Safeguarding Adults Board, an update from Canal Side "
              "NHS Foundation Trust on the mental health crisis pathway, and the draft "
              "recommendations of the scrutiny review of access to primary care."),
        ("p", "Councillor Rawal suggested that the Committee should consider the transition of "
              "young people with learning disabilities from children's to adult services as a "
              "possible topic for a scrutiny review in 2025/26. The Chair stated that this "
              "would be considered when the work programme for 2025/26 was agreed in June."),
        ("res", ["That the work programme be noted."]),
    ]),
]

PRESENT_ROWS = [
    ("Present:", "Councillors:",
     "Okonjo-Ward (Chair), Haverley (Vice-Chair), Adebayo-Price, Demirci, Fitzmaurice, "
     "Ibbotson, Lusk and Rawal"),
    ("", "Co-opted Member:", "Monica Stavrou"),
    ("", "", ""),
    ("Also Present:", "Councillors:", "Pettifer"),
]

# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-27",
    "items": [{"number": n, "title": t} for n, t, _no, _b in ITEMS],
    "questions": [
        q("54", "question",
          "whether the Council would object to any proposal to close the walk-in service",
          "Mr Colin Ashworth",
          "no proposal had yet been made by the ICB",
          "Councillor Pettifer", ["primary-care"]),
        q("54", "question",
          "what proportion of planned operations for Marchbank residents at Northway Hospital",
          "Ms Dolores Fane",
          "the question would be put to the Trust's representatives under Item 9",
          "The Chair", ["privatisation"]),
        q("55", "question",
          "how the savings from the review of day opportunities would be achieved",
          None,
          "no day centre would close, and that the savings would come mainly from transport",
          "the Executive Member", ["adult-social-care", "finance"]),
        q("55", "question",
          "whether the zoned model would squeeze smaller local providers out of the market",
          None,
          "the procurement would include a lot reserved for local and voluntary sector organisations",
          None, ["subcontracting", "adult-social-care"]),
        q("55", "concern",
          "unpaid carers were often not identified until they reached crisis point",
          None,
          "the Carers' Hub was recruiting two community link workers to address this",
          "the Executive Member", ["adult-social-care"]),
        q("55", "request",
          "receive a copy of the Executive Member's letter to the Secretary of State",
          "Councillor Ibbotson",
          "It was agreed that this would be circulated to Members",
          None, ["finance"]),
        q("56", "question",
          "what was being done for patients who could not use online consultation tools",
          None,
          "every practice was required to keep telephone and walk-in routes open",
          None, ["primary-care"]),
        q("56", "concern",
          "residents without internet access were being pushed to the back of the queue",
          None, None, None, ["primary-care"]),
        q("56", "question",
          "In response to a question about the roles of physician associates",
          None,
          "physician associates in her network always worked under the supervision of a named GP",
          "Dr Siddiqui", ["primary-care", "workforce"]),
        q("56", "question",
          "how many GP practices in the borough had closed their lists to new patients",
          None,
          "no practice had formally closed its list, although two practices had applied",
          "Mr Prothero", ["primary-care"]),
        q("56", "concern",
          "patients on the south side of the borough, particularly in the Kestrel Estate area",
          None,
          "the ICB had no plans to re-open the branch surgery",
          None, ["primary-care"]),
        q("56", "comment",
          "mystery shopping exercise had found that only 11 of 31 practice websites",
          "Monica Stavrou",
          "the ICB would include website standards in its practice support programme",
          "Mr Prothero", ["primary-care", "patient-and-public-input"]),
        q("56", "request",
          "breakdown of appointment figures by practice, including the proportion of face to face appointments",
          None,
          "It was agreed that this would be provided before the next meeting",
          None, ["primary-care"]),
        q("57", "question",
          "Members asked about the use of corridor care and the number of patients",
          None,
          "12 hour waits from arrival had averaged 190 a week in December",
          "Dr Osei", []),
        q("57", "question",
          "what the Council and the Trust were doing together to reduce delayed discharges",
          None,
          "the joint discharge hub had been moved into the hospital",
          None, ["integration", "adult-social-care"]),
        q("57", "question",
          "A Member asked why staff flu vaccination uptake had fallen",
          None,
          "vaccine hesitancy among staff had increased since the pandemic",
          "Ms Thew", ["public-health", "workforce"]),
        q("57", "concern",
          "interpreters were not always available in the emergency department",
          "Councillor Demirci",
          "a 24 hour telephone interpreting service was available",
          "Dr Osei", []),
        q("57", "question",
          "Responding to the question asked by Ms Fane under Public Questions",
          "Ms Fane",
          "approximately 4 per cent of the Trust's planned operations were carried out by",
          "Ms Thew", ["privatisation", "subcontracting"]),
        q("57", "question",
          "how the financial recovery plan would affect frontline services and staffing",
          None,
          "there would be no reduction in nursing establishments",
          None, ["finance", "workforce"]),
        q("57", "comment",
          "similar assurances about discharge the previous winter and that the position",
          None, None, None, ["adult-social-care"]),
        q("58", "question",
          "about the reasons for the rise in safeguarding concerns",
          "Councillor Adebayo-Price",
          "better reporting from care homes and the London Ambulance Service",
          "the Corporate Director", ["adult-social-care"]),
        q("58", "question",
          "Councillor Fitzmaurice asked why the stop smoking service was below target",
          "Councillor Fitzmaurice",
          "the service had been recommissioned from July",
          "the Director of Public Health", ["public-health", "subcontracting"]),
        q("58", "request",
          "include benchmarking against statistical neighbours and London averages",
          "Councillor Haverley",
          "the Corporate Director agreed to do so from the Quarter 3 report",
          "the Corporate Director", []),
        q("58", "question",
          "what the Council was doing to increase MMR uptake",
          None,
          "GP practices were offering evening and weekend catch-up clinics",
          "the Director of Public Health", ["public-health", "children-and-families"]),
        q("59", "request",
          "the transition of young people with learning disabilities from children's to adult services",
          "Councillor Rawal",
          "this would be considered when the work programme for 2025/26 was agreed",
          "The Chair", ["children-and-families", "adult-social-care"]),
    ],
    "resolutions": [
        r("52", "the minutes of the meeting held on 25 November 2024 be confirmed",
          "agreed", []),
        r("56", "That the evidence from the ICB and the Primary Care Network be noted",
          "noted", ["primary-care"]),
        r("57", "the Trust be requested to provide the Committee with a breakdown of 12 hour waits",
          "agreed", []),
        r("58", "The Committee noted the Quarter 2 performance report", "noted", []),
        r("59", "That the work programme be noted", "noted", []),
    ],
    "attendees": [
        {"name": "Okonjo-Ward", "role": "Chair", "attendance": "present"},
        {"name": "Haverley", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Adebayo-Price", "role": None, "attendance": "present"},
        {"name": "Demirci", "role": None, "attendance": "present"},
        {"name": "Fitzmaurice", "role": None, "attendance": "present"},
        {"name": "Ibbotson", "role": None, "attendance": "present"},
        {"name": "Lusk", "role": None, "attendance": "present"},
        {"name": "Rawal", "role": None, "attendance": "present"},
        {"name": "Monica Stavrou", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Pettifer", "role": None, "attendance": "in_attendance"},
        {"name": "Councillor Calloway", "role": None, "attendance": "apologies"},
    ],
}

OTHER_GOLD = {"document": OTHER_FILE, "doc_type": "report"}

# ---------------------------------------------------------------------------------------
# Writing the Word minutes
# ---------------------------------------------------------------------------------------


def _add_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r_el = OxmlElement("w:r")
    t_el = OxmlElement("w:t")
    t_el.text = "1"
    r_el.append(t_el)
    fld.append(r_el)
    run._r.addnext(fld)


def _zip_fixed(data: bytes) -> bytes:
    """Rewrite a .docx zip with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 3, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path):
    from docx import Document
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Health and Care Scrutiny Committee - 27 January 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    h1 = doc.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(11)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.element.rPr.rFonts.set(qn("w:asciiTheme"), "")
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True
    h1.paragraph_format.left_indent = Cm(1.5)
    h1.paragraph_format.first_line_indent = Cm(-1.5)
    h1.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    # drop the theme font attributes so Arial is used
    rfonts = h1.element.rPr.rFonts
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn("w:ascii"), "Arial")
    rfonts.set(qn("w:hAnsi"), "Arial")

    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.paragraph_format.left_indent = Cm(2.13)
    lb.paragraph_format.first_line_indent = Cm(-0.63)
    lb.paragraph_format.space_after = Pt(4)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True

    hp = sec.header.paragraphs[0]
    hp.text = HEADER_TEXT
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in hp.runs:
        run.font.size = Pt(9)
        run.font.name = "Arial"
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_field(fp, "PAGE")

    def body(text, bold=False, indent=True, align=None, size=None, space_after=None):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if indent:
            p.paragraph_format.left_indent = Cm(1.5)
        if align is not None:
            p.alignment = align
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    # Front of the minutes
    body("London Borough of Marchbank", bold=True, indent=False, size=14, space_after=2)
    body("Health and Care Scrutiny Committee -  Monday, 27 January 2025", bold=True,
         indent=False, size=12, space_after=12)
    body("Minutes of the meeting of the Health and Care Scrutiny Committee held at Committee "
         "Room 4, Town Hall, Hanley Street, London N1 4QT on  Monday, 27 January 2025 at "
         "7.30 pm.", indent=False, space_after=12)

    table = doc.add_table(rows=len(PRESENT_ROWS), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Cm(3.0), Cm(3.6), Cm(9.8))
    for i, row in enumerate(PRESENT_ROWS):
        for j, val in enumerate(row):
            cell = table.cell(i, j)
            cell.width = widths[j]
            para = cell.paragraphs[0]
            para.paragraph_format.space_after = Pt(2)
            if val:
                run = para.add_run(val)
                run.bold = (j == 0)
    body("", indent=False, space_after=0)
    body("Councillor Nadia Okonjo-Ward in the Chair", bold=True, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    for number, title, item_no, blocks in ITEMS:
        doc.add_paragraph(f"{number}\t{title} (ITEM NO. {item_no})", style="Heading 1")
        for kind, content in blocks:
            if kind == "p":
                body(content)
            elif kind == "pb":
                body(content, bold=True)
            elif kind == "b":
                doc.add_paragraph(content, style="List Bullet")
            elif kind == "res":
                body("RESOLVED:", bold=True, space_after=4)
                for line in content:
                    body(line)
            else:
                raise ValueError(kind)

    body("", indent=False)
    body("MEETING CLOSED AT 9.52 pm", bold=True, indent=False, space_after=36)
    body("Chair", bold=True, indent=False)

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_zip_fixed(buf.getvalue()))


# ---------------------------------------------------------------------------------------
# The document that is not minutes: a Scrutiny Initiation Document (PDF)
# ---------------------------------------------------------------------------------------

SID_SECTIONS = [
    ("Review:", "Access to Primary Care"),
    ("Scrutiny Review Committee:", "Health and Care Scrutiny Committee"),
    ("Director leading the review:", "Dr Helen Marwick, Director of Public Health"),
    ("Lead officer:", "Gareth Lindqvist, Scrutiny Officer"),
]

SID_AIM = (
    "To examine how easily Marchbank residents are able to obtain an appointment with their "
    "GP practice, whether access differs between groups of residents and parts of the "
    "borough, and what the Council, the North Riverside Integrated Care Board and local "
    "practices could do together to improve it."
)

SID_OBJECTIVES = [
    "How do residents currently request an appointment, and how has this changed since "
    "practices moved to the modern general practice access model?",
    "Are some residents, such as older people, residents without internet access, carers "
    "and people who do not speak English, less able to get an appointment than others?",
    "What is the role of the additional roles in general practice (clinical pharmacists, "
    "physician associates, social prescribers), and do residents understand it?",
    "Is the primary care estate in the south of the borough adequate for its growing "
    "population following the closure of the Ellery Road branch surgery?",
    "How well do practices, NHS 111, the walk-in service and the emergency department work "
    "together, and are residents using the right service?",
    "What could the Council do through its own services, including libraries, adult social "
    "care and public health, to support residents to access primary care?",
]

SID_EVIDENCE = [
    ("1.", "Documentary submissions: GP patient survey results for Marchbank practices; "
           "appointments in general practice data; the ICB's primary care access recovery "
           "plan and estates strategy; Healthwatch Marchbank's mystery shopping report."),
    ("2.", "Witness evidence from: the North Riverside ICB; clinical directors of the "
           "borough's primary care networks; the Marchbank GP Federation; the Local Medical "
           "Committee; Healthwatch Marchbank; a patient participation group; the Executive "
           "Member for Health and Social Care."),
    ("3.", "Visits: a practice operating the modern general practice access model and a "
           "practice operating from converted residential premises."),
    ("4.", "A short resident survey, to be run with Healthwatch Marchbank and promoted "
           "through libraries, community centres and the Council's website."),
]

SID_PROGRAMME = [
    ("16 September 2024", "Approval of the Scrutiny Initiation Document"),
    ("25 November 2024", "Introductory presentation from the ICB; Healthwatch Marchbank"),
    ("27 January 2025", "Witness evidence: ICB and primary care networks"),
    ("10 March 2025", "Witness evidence: GP Federation, Local Medical Committee and patient "
                      "representatives; draft recommendations"),
    ("June 2025", "Final report and recommendations"),
]


def build_sid(path: Path):
    from fpdf import FPDF

    fontdir = "/usr/share/fonts/truetype/dejavu/"

    class SID(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "Health and Care Scrutiny Committee – 16 September 2024", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()}", align="R")

    pdf = SID(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Scrutiny Initiation Document - Access to Primary Care")
    pdf.set_author("London Borough of Marchbank")
    pdf.add_font("DejaVu", "", fontdir + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", fontdir + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(w, 7, "London Borough of Marchbank", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(w, 5, "Scrutiny Team, Town Hall, Hanley Street, London N1 4QT",
             new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(w, 7, "SCRUTINY INITIATION DOCUMENT (SID)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "", 10)
    for label, val in SID_SECTIONS:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(62, 6, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(w - 62, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(text):
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    def para(text):
        pdf.multi_cell(w, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    heading("Overall aim:")
    para(SID_AIM)
    heading("Objectives of the review:")
    for obj in SID_OBJECTIVES:
        pdf.cell(6, 5.5, "•")
        pdf.multi_cell(w - 6, 5.5, obj, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    heading("How is the review to be carried out:")
    para("Scope of the review: The review will focus on access to general practice for "
         "adults and children registered with Marchbank practices. It will not consider "
         "dentistry, community pharmacy or the GP contract, which are the responsibility of "
         "NHS England and the ICB, except where they affect access to general practice.")
    heading("Types of evidence that will be assessed by the review:")
    for num, text in SID_EVIDENCE:
        pdf.cell(8, 5.5, num)
        pdf.multi_cell(w - 8, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    heading("Additional information:")
    para("In carrying out the review the Committee will consider equalities implications "
         "and resident impacts identified by witnesses. The Executive is required to have "
         "due regard to these, and any other relevant considerations, when responding to "
         "the review's recommendations. The Committee may wish to ask: Should the Council "
         "write to the ICB asking it to publish appointment data by practice? Should "
         "practices be asked to adopt common website standards?")

    heading("Programme")
    para("Key areas to explore at each meeting (subject to change):")
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(45, 7, "Meeting", border=1, fill=True)
    pdf.cell(w - 45, 7, "Evidence", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for date, ev in SID_PROGRAMME:
        y0 = pdf.get_y()
        pdf.set_x(pdf.l_margin + 45)
        pdf.multi_cell(w - 45, 6, ev, border=1, new_x="LMARGIN", new_y="NEXT")
        h = pdf.get_y() - y0
        pdf.set_xy(pdf.l_margin, y0)
        pdf.cell(45, h, date, border=1)
        pdf.set_xy(pdf.l_margin, y0 + h)
    pdf.ln(6)
    heading("Timescale:")
    para("September 2024 to June 2025. The final report will be submitted to the Executive "
         "for a response within two months of its agreement by the Committee.")
    heading("Recommendation:")
    para("That the Committee approves the Scrutiny Initiation Document for the review of "
         "access to primary care, and agrees that the Chair, in consultation with the "
         "Scrutiny Officer, may make minor changes to the programme of witnesses.")

    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------


def norm(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("oq-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(norm(phrase))
            if count != 1 or not 6 <= n_words <= 15:
                print(f"{gold['document']}: {kind} {phrase!r}: {count} matches, {n_words} words")
                bad += 1
        print(f"{gold['document']}: {len(phrases)} phrases checked, {len(text.split())} words")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_sid(DOCS / OTHER_FILE)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / OTHER_FILE}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
