#!/usr/bin/env python3
"""Build the "ct-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ct.py           build documents/ct-* and gold/ct-*.json
        build_ct.py --check   verify every gold phrase occurs once in its document
"""
import html
import io
import json
import re
import sys
import zipfile
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

# ---------------------------------------------------------------------------
# Document 1: Westmarsh County Council, Children and Young People's Scrutiny
# Committee, DOCX, Heading 1 titles without numbers, "Min 112" grey small caps
# ---------------------------------------------------------------------------
D1 = "ct-westmarsh-cc-cyp-scrutiny-2025-03-12.docx"

D1_ATT = [
    ("Members present:",
     "Councillor Helen Marchbank (Chairman), Councillor Owen Triggs (Vice-Chairman), "
     "Councillors Neil Ashcombe (substitute for Councillor Stanhope), Priya Dasgupta, "
     "Martin Ellery, Josephine Farrant, Graham Kettle and Sandra Lowther."),
    ("Co-opted members (voting):",
     "Mrs Angela Pendry (Church of England Diocesan representative) and "
     "Mr Tomasz Wilk (Parent Governor representative)."),
    ("Co-opted members (non-voting):",
     "Miss Keira Doyle (Youth Council representative) and Mr Declan Roe "
     "(Westmarsh Parent Carer Forum)."),
    ("Officers in attendance:",
     "Mrs Lorraine Quayle (Director of Children's Services); Mr Stephen Hallam "
     "(Head of SEND and Inclusion); Ms Ruth Okafor (Assistant Director, Children's "
     "Social Care, Safeguarding and Corporate Parenting); Dr Imran Sheikh (Associate "
     "Director of Children and Young People's Commissioning, Westmarsh and Dene Integrated "
     "Care Board); Mr Paul Venn (Senior Democratic Services Officer)."),
]

D1_ITEMS = [
    ("112", "Apologies and Substitutions", [
        "Apologies for absence were received from Councillor Rebecca Stanhope and from "
        "Mrs Carol Benfield (Roman Catholic Diocesan representative). Councillor Neil "
        "Ashcombe attended as substitute for Councillor Stanhope.",
    ]),
    ("113", "Declarations of Interest", [
        "Councillor Josephine Farrant declared a personal interest in Min 116 as an "
        "approved foster carer for the County Council. She remained in the meeting and "
        "took part in the discussion.",
    ]),
    ("114", "Minutes of the Previous Meeting", [
        "RESOLVED: That the minutes of the meeting held on 22 January 2025 be approved "
        "as a correct record and signed by the Chairman.",
    ]),
    ("115", "Special Educational Needs and Disabilities: Sufficiency and EHCP Timeliness", [
        "The Head of SEND and Inclusion introduced the report, which set out progress "
        "against the SEND Sufficiency Plan 2023–2027 and the timeliness of Education, "
        "Health and Care needs assessments. He reported that 1,412 requests for "
        "assessment had been received in the first three quarters of 2024/25, an increase "
        "of 27 per cent on two years earlier, and that the opening of the new resourced "
        "provision at Hatherley Primary School had been delayed until September 2025.",
        "Councillor Dasgupta asked why only 38 per cent of new plans had been issued "
        "within the statutory twenty weeks – the Head of SEND responded that the "
        "educational psychology service was carrying four vacancies and that assessments "
        "were being prioritised for children without a school place. Councillor Kettle "
        "sought assurance that new placements in independent special schools would be "
        "made on fixed-price contracts with agreed annual uplifts. The Director of "
        "Children's Services gave assurance that every placement agreed since October "
        "had been procured through the regional dynamic purchasing system and that no "
        "spot purchases had been made without her approval.",
        "Mr Roe, for the Parent Carer Forum, raised concern that some families were "
        "being advised informally to wait for a finalised plan before asking for a "
        "specialist place; the Head of SEND responded that this was not the Council's "
        "policy and undertook to reissue guidance to all SENCOs before the summer term. "
        "Councillor Ellery asked what the projected deficit on the high needs block "
        "would be at the year end – the Director of Children's Services responded that "
        "it was forecast at £14.2 million, held under the statutory override until "
        "March 2026, and that the Department for Education had not yet confirmed what "
        "would follow.",
        "The Youth Council representative commented that young people with SEND wanted "
        "to be asked directly about their own plans rather than only through their "
        "parents and teachers. The Chairman thanked Miss Doyle for the point, which would "
        "be passed to the SEND Partnership Board.",
        "RESOLVED: (a) That the report be noted. (b) That the Head of SEND and Inclusion "
        "provide a further report on EHCP timeliness and educational psychology "
        "recruitment to the September 2025 meeting.",
    ]),
    ("116", "Fostering Service Annual Report 2024/25 and Foster Carer Recruitment Strategy", [
        "The Assistant Director, Children's Social Care, Safeguarding and Corporate "
        "Parenting presented the annual report of the fostering service and the draft "
        "Foster Carer Recruitment and Retention Strategy 2025–2028. There were 284 "
        "approved fostering households at 31 December 2024, a net loss of eleven over "
        "the year.",
        "Councillor Lowther asked how many in-house foster carers had transferred to "
        "independent fostering agencies during the year – the Assistant Director "
        "responded that nineteen households had done so, most of them citing the higher "
        "allowances paid by agencies, and that exit interviews were now offered to every "
        "departing carer. Councillor Triggs sought assurance that brothers and sisters "
        "would not be separated simply because of a shortage of in-house carers. The "
        "Director of Children's Services gave assurance that any decision to separate "
        "siblings was taken on the child's care plan alone and was reviewed by an "
        "independent reviewing officer within ten working days.",
        "Mrs Pendry asked whether the proposed uplift to fostering allowances had been "
        "costed within the budget – the Assistant Director responded that £640,000 had "
        "been set aside in the 2025/26 budget for the uplift and the new loyalty payment. "
        "The Youth Council representative commented that care-experienced members of "
        "the Youth Council would like to help deliver the skills to foster training for "
        "new carers.",
        "RESOLVED: (a) That the Fostering Service Annual Report 2024/25 be noted. "
        "(b) That the Committee endorses the Foster Carer Recruitment and Retention "
        "Strategy 2025–2028 and the offer from the Youth Council to contribute to carer "
        "training.",
    ]),
    ("117", "Children's Residential Care: Re-letting of the Block Contract", [
        "The Director of Children's Services introduced the report on the proposal to "
        "re-let the block contract for twelve residential beds, which expires on 31 "
        "August 2025, following an open tender. Three bidders had been shortlisted.",
        "Councillor Ashcombe asked why the Council was proposing to re-let the block "
        "contract to an external provider when its own homes cost less per week – the "
        "Assistant Director responded that the average weekly cost in-house was £6,100 "
        "against £7,450 under the block contract, but that opening further in-house homes "
        "would need capital the Council had not yet identified. The Chairman expressed "
        "concern that two of the three shortlisted bidders were owned by private equity "
        "funds and asked what safeguards there would be if a provider failed. The "
        "Director of Children's Services explained that the evaluation included a "
        "financial resilience test and a parent company guarantee, and that a step-in "
        "clause would allow the Council to take over a home at short notice.",
        "Mr Wilk requested that the Ofsted judgements for every home within the contract "
        "be reported to the Committee each quarter, and the Director agreed to include "
        "them in the quarterly performance report.",
        "RESOLVED: (a) That the Committee RECOMMENDS to Cabinet that a business case for "
        "two additional in-house children's homes be prepared before the contract award "
        "is made. (b) That progress with the procurement be reported to the July 2025 "
        "meeting.",
    ]),
    ("118", "Emotional Wellbeing and Mental Health Support for Children and Young People", [
        "Dr Sheikh gave a presentation on behalf of the Integrated Care Board on CAMHS "
        "access, the Mental Health Support Teams now covering 61 per cent of pupils, and "
        "the new single point of access launched in January.",
        "Councillor Ellery asked how long children were waiting for a first CAMHS "
        "appointment after referral – Dr Sheikh responded that the median wait was "
        "eighteen weeks but that one in five children waited more than a year for a "
        "neurodevelopmental assessment. Councillor Dasgupta sought assurance that the "
        "Mental Health Support Teams would continue once the national transformation "
        "funding ended. Dr Sheikh gave assurance that the Integrated Care Board had "
        "included the teams in its recurrent baseline from April 2025.",
        "The Youth Council representative commented that many pupils still did not "
        "know how to contact the mental health team in their own school.",
        "RESOLVED: (a) That the presentation be noted. (b) That the Integrated Care Board "
        "be invited to report on neurodevelopmental waiting times to the November 2025 "
        "meeting.",
    ]),
    ("119", "Work Programme 2025/26", [
        "The Senior Democratic Services Officer presented the draft work programme. "
        "Councillor Kettle requested that an item on home to school transport for "
        "children with SEND be added for the autumn.",
        "RESOLVED: That the work programme be agreed, subject to the addition of "
        "home to school transport in the autumn.",
    ]),
]

D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Children and Young People's Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "115", "kind": "question",
         "text": "asked why only 38 per cent of new plans had been issued",
         "asked_by": "Councillor Dasgupta",
         "answer": "the educational psychology service was carrying four vacancies",
         "given_by": "the Head of SEND", "themes": ["children-and-families", "workforce"]},
        {"item": "115", "kind": "request",
         "text": "new placements in independent special schools would be made on fixed-price contracts",
         "asked_by": "Councillor Kettle",
         "answer": "procured through the regional dynamic purchasing system",
         "given_by": "The Director of Children's Services",
         "themes": ["children-and-families", "subcontracting", "finance"]},
        {"item": "115", "kind": "concern",
         "text": "being advised informally to wait for a finalised plan before asking",
         "asked_by": "Mr Roe",
         "answer": "this was not the Council's policy and undertook to reissue guidance",
         "given_by": "the Head of SEND", "themes": ["children-and-families"]},
        {"item": "115", "kind": "question",
         "text": "asked what the projected deficit on the high needs block",
         "asked_by": "Councillor Ellery",
         "answer": "it was forecast at £14.2 million, held under the statutory override",
         "given_by": "the Director of Children's Services",
         "themes": ["children-and-families", "finance"]},
        {"item": "115", "kind": "comment",
         "text": "young people with SEND wanted to be asked directly about their own plans",
         "asked_by": "The Youth Council representative",
         "answer": "which would be passed to the SEND Partnership Board",
         "given_by": "The Chairman",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "116", "kind": "question",
         "text": "asked how many in-house foster carers had transferred to independent fostering agencies",
         "asked_by": "Councillor Lowther",
         "answer": "nineteen households had done so, most of them citing the higher allowances",
         "given_by": "the Assistant Director",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "116", "kind": "request",
         "text": "brothers and sisters would not be separated simply because of a shortage",
         "asked_by": "Councillor Triggs",
         "answer": "siblings was taken on the child's care plan alone",
         "given_by": "The Director of Children's Services",
         "themes": ["children-and-families"]},
        {"item": "116", "kind": "question",
         "text": "whether the proposed uplift to fostering allowances had been costed within the budget",
         "asked_by": "Mrs Pendry",
         "answer": "£640,000 had been set aside in the 2025/26 budget",
         "given_by": "the Assistant Director",
         "themes": ["children-and-families", "finance"]},
        {"item": "116", "kind": "comment",
         "text": "would like to help deliver the skills to foster training",
         "asked_by": "The Youth Council representative",
         "answer": None, "given_by": None,
         "themes": ["children-and-families", "patient-and-public-input", "workforce"]},
        {"item": "117", "kind": "question",
         "text": "re-let the block contract to an external provider when its own homes cost less",
         "asked_by": "Councillor Ashcombe",
         "answer": "the average weekly cost in-house was £6,100 against £7,450",
         "given_by": "the Assistant Director",
         "themes": ["children-and-families", "subcontracting", "privatisation", "finance"]},
        {"item": "117", "kind": "concern",
         "text": "two of the three shortlisted bidders were owned by private equity funds",
         "asked_by": "The Chairman",
         "answer": "the evaluation included a financial resilience test and a parent company guarantee",
         "given_by": "Director of Children's Services",
         "themes": ["children-and-families", "privatisation", "subcontracting"]},
        {"item": "117", "kind": "request",
         "text": "requested that the Ofsted judgements for every home within the contract",
         "asked_by": "Mr Wilk",
         "answer": "agreed to include them in the quarterly performance report",
         "given_by": "the Director",
         "themes": ["children-and-families", "governance", "subcontracting"]},
        {"item": "118", "kind": "question",
         "text": "asked how long children were waiting for a first CAMHS appointment",
         "asked_by": "Councillor Ellery",
         "answer": "the median wait was eighteen weeks",
         "given_by": "Dr Sheikh", "themes": ["mental-health", "children-and-families"]},
        {"item": "118", "kind": "request",
         "text": "Mental Health Support Teams would continue once the national transformation funding ended",
         "asked_by": "Councillor Dasgupta",
         "answer": "included the teams in its recurrent baseline from April 2025",
         "given_by": "Dr Sheikh",
         "themes": ["mental-health", "children-and-families", "finance"]},
        {"item": "118", "kind": "comment",
         "text": "many pupils still did not know how to contact the mental health team",
         "asked_by": "The Youth Council representative",
         "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
        {"item": "119", "kind": "request",
         "text": "requested that an item on home to school transport for children",
         "asked_by": "Councillor Kettle",
         "answer": None, "given_by": None, "themes": ["children-and-families"]},
    ],
    "resolutions": [
        {"item": "114", "text": "the minutes of the meeting held on 22 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "115", "text": "provide a further report on EHCP timeliness and educational psychology recruitment",
         "outcome": "agreed", "themes": ["children-and-families", "workforce"]},
        {"item": "116", "text": "the Committee endorses the Foster Carer Recruitment and Retention Strategy",
         "outcome": "agreed", "themes": ["children-and-families", "workforce"]},
        {"item": "117", "text": "RECOMMENDS to Cabinet that a business case for two additional in-house children's homes",
         "outcome": "recommended",
         "themes": ["children-and-families", "privatisation", "subcontracting"]},
        {"item": "118", "text": "be invited to report on neurodevelopmental waiting times to the November 2025",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "119", "text": "That the work programme be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["children-and-families"]},
    ],
    "attendees": [
        {"name": "Councillor Helen Marchbank", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Owen Triggs", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Neil Ashcombe", "role": "substitute for Councillor Stanhope", "attendance": "present"},
        {"name": "Priya Dasgupta", "role": None, "attendance": "present"},
        {"name": "Martin Ellery", "role": None, "attendance": "present"},
        {"name": "Josephine Farrant", "role": None, "attendance": "present"},
        {"name": "Graham Kettle", "role": None, "attendance": "present"},
        {"name": "Sandra Lowther", "role": None, "attendance": "present"},
        {"name": "Mrs Angela Pendry", "role": "Church of England Diocesan representative", "attendance": "present"},
        {"name": "Mr Tomasz Wilk", "role": "Parent Governor representative", "attendance": "present"},
        {"name": "Miss Keira Doyle", "role": "Youth Council representative", "attendance": "present"},
        {"name": "Mr Declan Roe", "role": "Westmarsh Parent Carer Forum", "attendance": "present"},
        {"name": "Mrs Lorraine Quayle", "role": "Director of Children's Services", "attendance": "in_attendance"},
        {"name": "Mr Stephen Hallam", "role": "Head of SEND and Inclusion", "attendance": "in_attendance"},
        {"name": "Ms Ruth Okafor", "role": "Assistant Director, Children's Social Care, Safeguarding and Corporate Parenting", "attendance": "in_attendance"},
        {"name": "Dr Imran Sheikh", "role": "Associate Director of Children and Young People's Commissioning, Westmarsh and Dene Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr Paul Venn", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Rebecca Stanhope", "role": None, "attendance": "apologies"},
        {"name": "Mrs Carol Benfield", "role": "Roman Catholic Diocesan representative", "attendance": "apologies"},
    ],
}


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Children and Young People's Scrutiny Committee - Minutes - 12 March 2025"
    cp.created = datetime(2025, 3, 14, 9, 0, 0)
    cp.modified = datetime(2025, 3, 14, 9, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(12)
    h1.font.color.rgb = RGBColor(0, 0, 0)

    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Westmarsh County Council\tChildren and Young People's Scrutiny Committee\t12 March 2025"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    # PAGE field
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r2._r.append(el)
    r3 = fp.add_run("\t\tChairman's initials ..........")
    r3.font.size = Pt(8)

    def para(text, bold_label=None, justify=True):
        p = doc.add_paragraph()
        if bold_label:
            rb = p.add_run(bold_label + " ")
            rb.bold = True
        p.add_run(text)
        if justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    t = doc.add_paragraph()
    rt = t.add_run("WESTMARSH COUNTY COUNCIL")
    rt.bold = True
    rt.font.size = Pt(14)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2 = doc.add_paragraph()
    rt2 = t2.add_run("CHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE")
    rt2.bold = True
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para("MINUTES of a meeting of the Children and Young People's Scrutiny Committee held "
         "in the Council Chamber, County Hall, Westmarsh on Wednesday, 12 March 2025 at "
         "10.00 am.", justify=True)
    for label, text in D1_ATT:
        para(text, bold_label=label)

    for num, title, paras in D1_ITEMS:
        doc.add_heading(title, level=1)
        for i, text in enumerate(paras):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if i == 0:
                rm = p.add_run(f"Min {num}")
                rm.font.small_caps = True
                rm.font.size = Pt(9)
                rm.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                p.add_run("\u2003")
            if text.startswith("RESOLVED:"):
                rb = p.add_run("RESOLVED:")
                rb.bold = True
                p.add_run(text[len("RESOLVED:"):])
            else:
                p.add_run(text)

    para("The meeting closed at 12.47 pm.", justify=False)
    para("Chairman ....................................   Date ....................", justify=False)

    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data):
    """Rewrite a zip with fixed timestamps so the output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Document 2: Brookvale District Council, Community and Wellbeing Overview
# Committee, HTML page with the minutes inside <iframe srcdoc="...">
# ---------------------------------------------------------------------------
D2 = "ct-brookvale-dc-community-wellbeing-2025-06-18.html"

D2_ITEMS = [
    ("23/25", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor M Ogunleye and Councillor "
        "T Brierley. Councillor S Fenwick attended as substitute for Councillor Brierley.",
    ], None),
    ("24/25", "Declarations of Interest", [
        "Councillor R Castellano declared a non-registrable interest in Minute 26/25 as a "
        "member of the board of Brookvale Community Leisure Trust and left the room for "
        "that item.",
    ], None),
    ("25/25", "Minutes", [], "That the minutes of the meeting held on 16 April 2025 be "
     "confirmed as a correct record and signed by the Chair."),
    ("26/25", "Leisure Centres Management Contract – Options Appraisal", [
        "The Leisure Client Manager introduced the report, which set out three options "
        "for the management of Brookvale and Thornbury leisure centres when the current "
        "contract with Actiplex Leisure Ltd expires in March 2026: extending the contract "
        "for three years, re-tendering, or bringing the service in-house through a "
        "local authority trading company.",
        "Councillor Hartley questioned whether the management fee paid to Actiplex had "
        "represented value for money, given that the company had reported a surplus in "
        "each of the last three years. The Leisure Client Manager replied that the fee "
        "had fallen from £410,000 to £96,000 a year over the life of the contract and "
        "that a profit-share clause had returned £58,000 to the Council in 2024/25.",
        "Councillor Patel asked what the in-house option would mean for staff currently "
        "employed by Actiplex. The Head of Community Services advised that all 142 staff "
        "would transfer under TUPE and that the Council would need to offer access to the "
        "Local Government Pension Scheme, at an estimated additional cost of £180,000 a "
        "year.",
        "Councillor Fenwick raised concern that customers had not been asked for their "
        "views before the options were drawn up. The Portfolio Holder for Communities and "
        "Wellbeing said that a six-week user survey would run over the summer before "
        "Cabinet made a decision.",
    ], "That Cabinet be recommended to pursue the in-house option through a local "
       "authority trading company, subject to the results of the user survey."),
    ("27/25", "Homelessness and Temporary Accommodation – Quarterly Update", [
        "The Housing Options Manager reported that 96 households were in temporary "
        "accommodation on 31 May 2025, of which 41 were in bed and breakfast, and that "
        "the average stay in bed and breakfast for families had risen to nine weeks.",
        "Councillor Whitcombe asked how many of the families in bed and breakfast had "
        "been there longer than the six-week legal limit. The Housing Options Manager "
        "confirmed that eleven families had exceeded six weeks and that each case was "
        "reviewed weekly by the Head of Housing.",
        "Councillor Lindqvist sought clarification on the cost of nightly paid "
        "accommodation to the Council this year. It was confirmed that net spending on "
        "temporary accommodation was forecast at £1.3 million, against a budget of "
        "£850,000.",
        "Councillor Castellano requested that the Committee receive a breakdown of "
        "households placed outside the district and the effect on children's schooling.",
    ], "That the quarterly update on homelessness and temporary accommodation be noted."),
    ("28/25", "Community Wellbeing Grants and the Healthy Brookvale Programme", [
        "The Community Wellbeing Officer presented the annual report of the Healthy "
        "Brookvale programme, which is funded through a grant from the County Council's "
        "public health team and delivers the local stop smoking service, healthy weight "
        "classes and the social prescribing link workers.",
        "Councillor Patel asked why the number of people setting a quit date had fallen "
        "in the second half of the year. The Community Wellbeing Officer explained that "
        "the stop smoking adviser post had been vacant for five months and had now been "
        "filled.",
        "Councillor Hartley commented that the social prescribing scheme appeared to rely "
        "heavily on voluntary sector groups whose own funding was uncertain. The "
        "Portfolio Holder for Communities and Wellbeing acknowledged this and said the "
        "Council would seek three-year grant agreements with the main partners.",
    ], "That the Committee notes the annual report and endorses the move to three-year "
       "grant agreements with voluntary sector partners."),
    ("29/25", "Disabled Facilities Grants – Performance and Waiting Times", [
        "The Private Sector Housing Manager reported that the average time from referral "
        "to completion of a disabled facilities grant adaptation was 38 weeks.",
        "Councillor Lindqvist asked whether the delays were caused by the shortage of "
        "occupational therapists at the County Council. The Private Sector Housing Manager "
        "replied that assessments by the County Council's occupational therapists "
        "accounted for fourteen weeks of the total waiting time.",
        "Councillor Whitcombe expressed concern that older people were being discharged "
        "from hospital to homes that had not been adapted. This would be raised with the "
        "Integrated Care Board at the next meeting of the Better Care Fund steering group.",
    ], "That a letter be sent on behalf of the Committee to the Integrated Care Board "
       "and the County Council about occupational therapy waiting times."),
    ("30/25", "Work Programme", [
        "The Democratic Services Officer presented the work programme for 2025/26.",
    ], "That the work programme be approved, with the leisure centres user survey results "
       "added for the September meeting."),
]

D2_ATT = [
    ("Present:", "Councillor D Whitcombe (Chair), Councillor A Lindqvist (Vice-Chair), "
     "Councillors R Castellano, S Fenwick (substitute), J Hartley, K Patel and L Sumner."),
    ("Also present:", "Councillor E Rowntree (Portfolio Holder for Communities and Wellbeing)."),
    ("Officers:", "G Abara (Head of Community Services), N Price (Leisure Client Manager), "
     "H Doherty (Housing Options Manager), F Malik (Community Wellbeing Officer), "
     "C Yates (Private Sector Housing Manager) and B Ellwood (Democratic Services Officer)."),
]

D2_GOLD = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Community and Wellbeing Overview Committee",
    "meeting_date": "2025-06-18",
    "items": [{"number": n, "title": t} for n, t, _, _ in D2_ITEMS],
    "questions": [
        {"item": "26/25", "kind": "question",
         "text": "whether the management fee paid to Actiplex had represented value for money",
         "asked_by": "Councillor Hartley",
         "answer": "the fee had fallen from £410,000 to £96,000 a year",
         "given_by": "The Leisure Client Manager",
         "themes": ["finance", "subcontracting", "privatisation"]},
        {"item": "26/25", "kind": "question",
         "text": "what the in-house option would mean for staff currently employed by Actiplex",
         "asked_by": "Councillor Patel",
         "answer": "all 142 staff would transfer under TUPE",
         "given_by": "The Head of Community Services",
         "themes": ["workforce", "privatisation"]},
        {"item": "26/25", "kind": "concern",
         "text": "customers had not been asked for their views before the options",
         "asked_by": "Councillor Fenwick",
         "answer": "a six-week user survey would run over the summer",
         "given_by": "The Portfolio Holder for Communities and Wellbeing",
         "themes": ["patient-and-public-input"]},
        {"item": "27/25", "kind": "question",
         "text": "been there longer than the six-week legal limit",
         "asked_by": "Councillor Whitcombe",
         "answer": "eleven families had exceeded six weeks and that each case was reviewed",
         "given_by": "The Housing Options Manager",
         "themes": ["housing", "children-and-families"]},
        {"item": "27/25", "kind": "question",
         "text": "sought clarification on the cost of nightly paid accommodation",
         "asked_by": "Councillor Lindqvist",
         "answer": "net spending on temporary accommodation was forecast at £1.3 million",
         "given_by": None, "themes": ["housing", "finance"]},
        {"item": "27/25", "kind": "request",
         "text": "receive a breakdown of households placed outside the district",
         "asked_by": "Councillor Castellano",
         "answer": None, "given_by": None,
         "themes": ["housing", "children-and-families"]},
        {"item": "28/25", "kind": "question",
         "text": "why the number of people setting a quit date had fallen",
         "asked_by": "Councillor Patel",
         "answer": "the stop smoking adviser post had been vacant for five months",
         "given_by": "The Community Wellbeing Officer",
         "themes": ["public-health", "workforce"]},
        {"item": "28/25", "kind": "comment",
         "text": "heavily on voluntary sector groups whose own funding was uncertain",
         "asked_by": "Councillor Hartley",
         "answer": "the Council would seek three-year grant agreements with the main partners",
         "given_by": "The Portfolio Holder for Communities and Wellbeing",
         "themes": ["public-health", "finance", "subcontracting"]},
        {"item": "29/25", "kind": "question",
         "text": "whether the delays were caused by the shortage of occupational therapists",
         "asked_by": "Councillor Lindqvist",
         "answer": "accounted for fourteen weeks of the total waiting time",
         "given_by": "The Private Sector Housing Manager",
         "themes": ["housing", "workforce", "adult-social-care"]},
        {"item": "29/25", "kind": "concern",
         "text": "older people were being discharged from hospital to homes",
         "asked_by": "Councillor Whitcombe",
         "answer": "This would be raised with the Integrated Care Board",
         "given_by": None,
         "themes": ["adult-social-care", "housing", "integration"]},
    ],
    "resolutions": [
        {"item": "25/25", "text": "the minutes of the meeting held on 16 April 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "26/25", "text": "Cabinet be recommended to pursue the in-house option through",
         "outcome": "recommended",
         "themes": ["privatisation", "patient-and-public-input"]},
        {"item": "27/25", "text": "the quarterly update on homelessness and temporary accommodation be noted", "outcome": "noted",
         "themes": ["housing"]},
        {"item": "28/25", "text": "notes the annual report and endorses the move to three-year",
         "outcome": "agreed", "themes": ["public-health", "finance"]},
        {"item": "29/25", "text": "a letter be sent on behalf of the Committee to the Integrated Care Board",
         "outcome": "agreed", "themes": ["housing", "adult-social-care", "workforce"]},
        {"item": "30/25", "text": "That the work programme be approved, with the leisure centres",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor D Whitcombe", "role": "Chair", "attendance": "present"},
        {"name": "Councillor A Lindqvist", "role": "Vice-Chair", "attendance": "present"},
        {"name": "R Castellano", "role": None, "attendance": "present"},
        {"name": "S Fenwick", "role": "substitute", "attendance": "present"},
        {"name": "J Hartley", "role": None, "attendance": "present"},
        {"name": "K Patel", "role": None, "attendance": "present"},
        {"name": "L Sumner", "role": None, "attendance": "present"},
        {"name": "Councillor E Rowntree", "role": "Portfolio Holder for Communities and Wellbeing", "attendance": "in_attendance"},
        {"name": "G Abara", "role": "Head of Community Services", "attendance": "in_attendance"},
        {"name": "N Price", "role": "Leisure Client Manager", "attendance": "in_attendance"},
        {"name": "H Doherty", "role": "Housing Options Manager", "attendance": "in_attendance"},
        {"name": "F Malik", "role": "Community Wellbeing Officer", "attendance": "in_attendance"},
        {"name": "C Yates", "role": "Private Sector Housing Manager", "attendance": "in_attendance"},
        {"name": "B Ellwood", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor M Ogunleye", "role": None, "attendance": "apologies"},
        {"name": "Councillor T Brierley", "role": None, "attendance": "apologies"},
    ],
}


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    inner = []
    inner.append('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                 '<title>Minutes</title><style>body{font-family:Arial,sans-serif;'
                 'font-size:11pt;margin:24px}h4{margin:18px 0 6px;font-size:12pt}'
                 'p{text-align:justify}</style></head><body>')
    inner.append("<h2>BROOKVALE DISTRICT COUNCIL</h2>")
    inner.append("<h3>Minutes of the meeting of the Community and Wellbeing Overview "
                 "Committee held at the Civic Offices, Market Street, Brookvale on "
                 "Wednesday 18 June 2025 at 6.30 pm</h3>")
    for label, text in D2_ATT:
        inner.append(f"<p><strong>{esc(label)}</strong> {esc(text)}</p>")
    for num, title, paras, decision in D2_ITEMS:
        inner.append(f"<h4>Minute {esc(num)} \u2013 {esc(title)}</h4>")
        for t in paras:
            inner.append(f"<p>{esc(t)}</p>")
        if decision:
            inner.append(f"<p><strong>Decision:</strong> {esc(decision)}</p>")
    inner.append("<p>The meeting ended at 8.52 pm.</p><p>Chair</p>")
    inner.append("</body></html>")
    srcdoc = html.escape("\n".join(inner), quote=True)

    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Community and Wellbeing Overview Committee – 18 June 2025 – minutes | Brookvale District Council</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="page-meeting">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container">
<a class="logo" href="/">Brookvale District Council</a>
<nav aria-label="Main"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/housing">Housing</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
</div></header>
<main id="main" class="container">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li><a href="/meetings">Meetings</a></li><li>Community and Wellbeing Overview Committee</li></ol></nav>
<h1>Community and Wellbeing Overview Committee – 18 June 2025</h1>
<p class="meta">Status: approved minutes · Published 21 July 2025</p>
<p>The minutes below are shown as they were exported from the committee management system. <a href="/downloads/cwoc-2025-06-18-minutes.pdf">Download the minutes (PDF, 184KB)</a>.</p>
<div class="embedded-document">
<iframe title="Minutes of the Community and Wellbeing Overview Committee, 18 June 2025" width="100%" height="1800" style="border:1px solid #b1b4b6" sandbox="" srcdoc="{srcdoc}"></iframe>
</div>
<h2>Related</h2>
<ul><li><a href="/meetings/cwoc-2025-06-18/agenda">Agenda</a></li><li><a href="/meetings/cwoc">All meetings of this committee</a></li></ul>
</main>
<footer class="site-footer"><div class="container"><p>© Brookvale District Council 2025</p><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></div></footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def text_of(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        return "\n".join(p.text for p in d.paragraphs)

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out = []

        def handle_starttag(self, tag, attrs):
            for k, v in attrs:
                if k == "srcdoc" and v:
                    q = P()
                    q.feed(v)
                    self.out.append(" ".join(q.out))

        def handle_data(self, data):
            self.out.append(data)

    p = P()
    p.feed(path.read_text(encoding="utf-8"))
    return " ".join(p.out)


def check():
    ok = True
    for gpath in sorted(GOLD.glob("ct-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        body = norm(text_of(doc))
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            c = body.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gpath.name}: {kind} {ph!r}: occurs {c}x, {n} words")
        print(f"{gpath.name}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / D1).write_bytes(build_docx())
    (DOCS / D2).write_bytes(build_html())
    for g in (D1_GOLD, D2_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("built", D1, D2)


if __name__ == "__main__":
    main()
