#!/usr/bin/env python3
"""Build the "ep-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ep.py           build documents/ep-* and gold/ep-*.json
        build_ep.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 2, 11, 9, 30, 0)

# ---------------------------------------------------------------------------
# helpers


def fix_zip(path):
    """Rewrite the zip with fixed timestamps and sorted-as-written order (determinism)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 11, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def set_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def link_heading1_numbering(doc):
    """Multilevel list linked to Heading 1: numPr lives in the style, not the paragraphs."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "73")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); absn.append(mlt)
    for lvl_i, (fmt, txt, ind) in enumerate([("decimal", "%1.", 567), ("lowerLetter", "(%2)", 1134),
                                              ("lowerRoman", "(%3)", 1701)]):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(lvl_i))
        st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); lvl.append(nf)
        if lvl_i == 0:
            ps = OxmlElement("w:pStyle"); ps.set(qn("w:val"), "Heading1"); lvl.append(ps)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), txt); lvl.append(lt)
        lj = OxmlElement("w:lvlJc"); lj.set(qn("w:val"), "left"); lvl.append(lj)
        ppr = OxmlElement("w:pPr")
        ind_el = OxmlElement("w:ind"); ind_el.set(qn("w:left"), str(ind)); ind_el.set(qn("w:hanging"), "567")
        ppr.append(ind_el); lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "73")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "73"); num.append(an)
    numbering.append(num)
    # put numPr into the Heading 1 style definition (after keepLines, before spacing)
    st = doc.styles["Heading 1"]
    ppr = st.element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), "0"); numpr.append(ilvl)
    nid = OxmlElement("w:numId"); nid.set(qn("w:val"), "73"); numpr.append(nid)
    kl = ppr.find(qn("w:keepLines"))
    kl.addnext(numpr)
    sp = ppr.find(qn("w:spacing"))
    sp.set(qn("w:before"), "280"); sp.set(qn("w:after"), "120")
    ind_el = OxmlElement("w:ind"); ind_el.set(qn("w:left"), "567"); ind_el.set(qn("w:hanging"), "567")
    sp.addnext(ind_el)
    st.font.color.rgb = RGBColor(0, 0, 0)
    st.font.size = Pt(12)
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:ascii"), "Arial")
    st.element.rPr.rFonts.set(qn("w:hAnsi"), "Arial")


def body_text_docx(path):
    d = docx.Document(path)
    parts = []
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    # headers / footers
    for s in d.sections:
        for hf in (s.header, s.first_page_header, s.footer, s.first_page_footer):
            for p in hf.paragraphs:
                parts.append(p.text)
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Document 1: minutes

MIN_NAME = "ep-thornbury-osc-health-2025-02-04.docx"
HEADER_FIRST = ("Thornbury Borough Council – Overview and Scrutiny Committee (Health) – "
                "Minutes of the meeting held on 4 February 2025")

ATTEND_PARAS = [
    ("PRESENT:", "Councillor M Ellison (Chairman); Councillors D Okafor (Vice-Chairman), P Haworth, "
     "S Nandra, R Treloar, J Whitcombe and K Abernethy (substituting for Councillor L Fenwick)."),
    ("Apologies:", "Councillors L Fenwick and T Barraclough."),
    ("Also present:", "Councillor A Pryce (Cabinet Member for Adult Social Care and Health)."),
    ("Officers:", "Dr H Marwood (Director of Public Health); G Lyle (Head of Service, Commissioning, "
     "Market Development and Quality Assurance, Adult Social Care); Mrs C Ventham (Assistant Director, "
     "Finance – People Directorate); S Cole (Democratic Services and Scrutiny Support Officer)."),
    ("In attendance:", "P Desai (Associate Director of Operations, Community Mental Health Services, "
     "Severnvale Partnership NHS Foundation Trust) and Ms J Arkwright (Manager, Healthwatch Severnvale)."),
]

# each item: (title, [blocks]); block = ("p", text) | ("table", rows) | ("agreed", intro, [clauses])
ITEMS = [
    ("Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillors L Fenwick and T Barraclough. "
              "Councillor K Abernethy attended as substitute for Councillor Fenwick."),
    ]),
    ("Declarations of Interest", [
        ("p", "Councillor S Nandra declared a non-registerable interest in item 5 as a close family "
              "member is employed as a community psychiatric nurse by the Trust; she remained in the "
              "meeting and took part in the discussion. No other declarations were made."),
    ]),
    ("Minutes", [
        ("agreed", "AGREED – that the minutes of the meeting held on 10 December 2024 be confirmed as a "
                   "correct record and signed by the Chairman.", []),
    ]),
    ("Matters Arising and Action Log", [
        ("p", "The Democratic Services and Scrutiny Support Officer introduced the action log, which is "
              "reproduced below."),
        ("table", [
            ("Action", "Update", "Status"),
            ("Minute 41 (10 Dec 2024) – circulate waiting-time data for adult ADHD assessments by "
             "postcode", "Data circulated to Members by email on 6 January 2025", "Complete"),
            ("Minute 42 – ICB to confirm date of the urgent treatment centre engagement events",
             "ICB has confirmed events in March; dates to be published on the ICB website",
             "Ongoing"),
            ("Minute 43 – provide breakdown of care home placements made out of borough",
             "Figures to be included in the home care report at item 6", "Complete"),
            ("Minute 44 – invite the Ambulance Trust to a future meeting",
             "Invitation accepted for the June meeting", "Complete"),
        ]),
        ("p", "Councillor R Treloar enquired why the out-of-borough placement figures had been marked "
              "complete when they appeared only as a total, and asked whether a breakdown by care home "
              "could be provided. The Head of Service stated that the total had been given to protect "
              "the confidentiality of residents in very small homes, but that a breakdown by district "
              "would be circulated before the next meeting."),
        ("agreed", "AGREED – that the action log be noted and the out-of-borough placement action be "
                   "re-opened until the breakdown by district has been circulated.", []),
    ]),
    ("Community Mental Health Transformation – Progress Report", [
        ("p", "The Associate Director of Operations presented the report of Severnvale Partnership NHS "
              "Foundation Trust on the second year of the community mental health transformation "
              "programme, including the new integrated neighbourhood teams and the move away from "
              "single-point referral."),
        ("p", "Councillor D Okafor enquired how many of the neighbourhood mental health posts funded by "
              "the transformation money were currently vacant, and whether agency staff were being used "
              "to cover them. The Associate Director stated that 14 of the 61 new posts remained "
              "vacant, mainly psychologists and peer support workers, and that agency cover was being "
              "used for four posts only. Councillor Okafor went on to ask what would happen to the "
              "peer support roles when the national transformation funding ended in March 2026. The "
              "Associate Director stated that the Trust had made a case to the ICB for the roles to "
              "be funded recurrently and a decision was expected in the summer."),
        ("p", "Councillor J Whitcombe expressed concern that the voluntary sector partners delivering "
              "the community wellbeing hubs had only been given one-year contracts, which made it "
              "difficult for them to recruit and keep staff. The Associate Director acknowledged the "
              "point and stated that the ICB intended to move to three-year grant agreements from "
              "April 2025 for the hub providers."),
        ("p", "The Healthwatch Manager reported that people who had fed back to Healthwatch "
              "described long waits between the first assessment and starting therapy. Councillor P "
              "Haworth asked whether the Trust could publish waiting times for psychological therapies "
              "by neighbourhood so that Members could see where the pressures lay. The Associate "
              "Director stated that waiting times were published quarterly at Trust level and that "
              "she would take the request for neighbourhood figures back to the Trust's performance "
              "team. Councillor S Nandra requested that service users with lived experience be invited "
              "to speak to the Committee when the item next came forward; this was not answered at "
              "the meeting but the Chairman undertook to discuss it with the Trust."),
        ("agreed", "AGREED – that:", [
            "(a) the progress made in the second year of the transformation programme be noted; and",
            "(b) the Trust be asked to provide waiting times for psychological therapies by "
            "neighbourhood, and a further progress report, to the meeting in September 2025.",
        ]),
    ]),
    ("Recommissioning of Home Care Services", [
        ("p", "The Cabinet Member for Adult Social Care and Health introduced the report, which set out "
              "the proposed approach to recommissioning home care from October 2025, moving from 23 "
              "spot-purchased providers to a zoned model with a lead provider in each of six zones. "
              "The Head of Service outlined the timetable and the outcome of the market engagement "
              "events held in the autumn."),
        ("p", "Councillor M Ellison enquired how the Council would make sure the zoned contracts did "
              "not simply hand the market to a few large national companies, and whether local and "
              "family-run agencies would be able to compete. The Head of Service stated that the "
              "tender would be divided into lots with a cap of two zones for any one bidder, and that "
              "smaller agencies could bid as part of a consortium or be appointed as a framework "
              "provider below the lead provider."),
        ("p", "Councillor R Treloar enquired what hourly rate had been assumed in the financial model and "
              "whether it would allow providers to pay care workers at least the Real Living Wage. The "
              "Assistant Director, Finance stated that the model assumed an average rate of £26.40 per "
              "hour, and the Head of Service added that payment of the Real Living Wage would be a "
              "contractual requirement monitored through quarterly returns. Councillor Treloar "
              "questioned whether £26.40 was realistic given the increase in employers' national "
              "insurance contributions; the Assistant Director stated that a contingency of £1.2 "
              "million was held within the adult social care budget for that purpose."),
        ("p", "Councillor K Abernethy sought clarification on what would happen to people currently "
              "receiving care from a provider that was not successful, and asked whether they would "
              "be forced to change carer. The Head of Service stated that no one would be moved "
              "against their wishes and that existing packages could be continued under transitional "
              "arrangements for up to twelve months."),
        ("agreed", "AGREED – that:", [
            "(a) the proposed zoned approach to the recommissioning of home care be noted; and",
            "(b) the Cabinet be recommended to include a requirement that the Real Living Wage is paid "
            "to care workers in every zone contract, and to report to this Committee on the "
            "transitional arrangements before contracts are awarded.",
        ]),
    ]),
    ("Public Health Grant 2025/26 and Stop Smoking Services", [
        ("p", "The Director of Public Health presented the report on the indicative public health grant "
              "allocation for 2025/26 and the proposed use of the additional local stop smoking "
              "services and support grant."),
        ("p", "Councillor P Haworth enquired whether any of the public health grant was being used to "
              "prop up services that were really the responsibility of other parts of the Council. "
              "The Director of Public Health stated that all spending had to meet the grant conditions "
              "and was signed off by the Section 151 Officer, and that the grant no longer funded any "
              "posts outside the public health team. Councillor Haworth then asked why the report "
              "proposed to bring the stop smoking service back in-house rather than re-tendering it. "
              "The Director stated that the current provider had served notice and that an in-house "
              "service would allow closer links with the maternity and mental health pathways."),
        ("p", "Councillor J Whitcombe raised concern about the growth of vaping among secondary school "
              "pupils and asked what the Council was doing about illegal sales. The Director stated "
              "that Trading Standards had carried out 38 test purchases in 2024 and that a schools "
              "vaping toolkit would be launched with head teachers in the spring term."),
        ("agreed", "AGREED – that:", [
            "(a) the indicative public health grant allocation for 2025/26 be noted; and",
            "(b) the Committee supports the proposal to deliver the stop smoking service in-house "
            "from July 2025, and the Director of Public Health be asked to report on smoking in "
            "pregnancy rates in twelve months' time.",
        ]),
    ]),
    ("Work Programme", [
        ("p", "The Committee considered its work programme for the remainder of the municipal year. "
              "Councillor D Okafor requested that the closure of the dental practice in Nether Stowey "
              "and access to NHS dentistry be added for the March meeting. The Democratic Services "
              "and Scrutiny Support Officer stated that the ICB had been contacted and had agreed to "
              "attend in March."),
        ("agreed", "AGREED – that the work programme be approved, subject to the addition of NHS "
                   "dentistry access at the meeting on 18 March 2025.", []),
    ]),
]

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee (Health)",
    "meeting_date": "2025-02-04",
    "items": [{"number": str(i + 1), "title": t} for i, (t, _) in enumerate(ITEMS)],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "enquired why the out-of-borough placement figures had been marked complete",
         "asked_by": "Councillor R Treloar",
         "answer": "a breakdown by district would be circulated before the next meeting",
         "given_by": "The Head of Service", "themes": ["adult-social-care", "governance"]},
        {"item": "5", "kind": "question",
         "text": "neighbourhood mental health posts funded by the transformation money were currently vacant",
         "asked_by": "Councillor D Okafor",
         "answer": "14 of the 61 new posts remained vacant, mainly psychologists",
         "given_by": "The Associate Director", "themes": ["mental-health", "workforce", "finance"]},
        {"item": "5", "kind": "question",
         "text": "what would happen to the peer support roles when the national transformation funding ended",
         "asked_by": "Councillor Okafor",
         "answer": "made a case to the ICB for the roles to be funded recurrently",
         "given_by": "The Associate Director", "themes": ["mental-health", "finance", "workforce"]},
        {"item": "5", "kind": "concern",
         "text": "delivering the community wellbeing hubs had only been given one-year contracts",
         "asked_by": "Councillor J Whitcombe",
         "answer": "intended to move to three-year grant agreements from April 2025",
         "given_by": "The Associate Director",
         "themes": ["mental-health", "subcontracting", "workforce"]},
        {"item": "5", "kind": "comment",
         "text": "described long waits between the first assessment and starting therapy",
         "asked_by": "The Healthwatch Manager", "answer": None, "given_by": None,
         "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "5", "kind": "request",
         "text": "could publish waiting times for psychological therapies by neighbourhood so that Members",
         "asked_by": "Councillor P Haworth",
         "answer": "take the request for neighbourhood figures back to the Trust's performance team",
         "given_by": "The Associate Director", "themes": ["mental-health", "governance"]},
        {"item": "5", "kind": "request",
         "text": "requested that service users with lived experience be invited to speak",
         "asked_by": "Councillor S Nandra", "answer": None, "given_by": None,
         "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "did not simply hand the market to a few large national companies",
         "asked_by": "Councillor M Ellison",
         "answer": "tender would be divided into lots with a cap of two zones",
         "given_by": "The Head of Service",
         "themes": ["adult-social-care", "subcontracting", "privatisation"]},
        {"item": "6", "kind": "question",
         "text": "what hourly rate had been assumed in the financial model",
         "asked_by": "Councillor R Treloar",
         "answer": "the model assumed an average rate of £26.40 per hour",
         "given_by": "The Assistant Director, Finance",
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "6", "kind": "question",
         "text": "was realistic given the increase in employers' national insurance contributions",
         "asked_by": "Councillor Treloar",
         "answer": "a contingency of £1.2 million was held within the adult social care budget",
         "given_by": "the Assistant Director",
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "6", "kind": "question",
         "text": "what would happen to people currently receiving care from a provider that was not successful",
         "asked_by": "Councillor K Abernethy",
         "answer": "no one would be moved against their wishes",
         "given_by": "The Head of Service", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "grant was being used to prop up services that were really the responsibility",
         "asked_by": "Councillor P Haworth",
         "answer": "all spending had to meet the grant conditions and was signed off",
         "given_by": "The Director of Public Health", "themes": ["public-health", "finance"]},
        {"item": "7", "kind": "question",
         "text": "proposed to bring the stop smoking service back in-house rather than re-tendering it",
         "asked_by": "Councillor Haworth",
         "answer": "the current provider had served notice and that an in-house service",
         "given_by": "The Director",
         "themes": ["public-health", "privatisation", "subcontracting"]},
        {"item": "7", "kind": "concern",
         "text": "raised concern about the growth of vaping among secondary school pupils",
         "asked_by": "Councillor J Whitcombe",
         "answer": "Trading Standards had carried out 38 test purchases in 2024",
         "given_by": "The Director", "themes": ["public-health", "children-and-families"]},
        {"item": "8", "kind": "request",
         "text": "closure of the dental practice in Nether Stowey and access to NHS dentistry",
         "asked_by": "Councillor D Okafor",
         "answer": "the ICB had been contacted and had agreed to attend in March",
         "given_by": "The Democratic Services and Scrutiny Support Officer",
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 10 December 2024 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the action log be noted and the out-of-borough placement action be re-opened",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "5", "text": "the progress made in the second year of the transformation programme be noted",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "6", "text": "the proposed zoned approach to the recommissioning of home care be noted",
         "outcome": "recommended",
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "7", "text": "the indicative public health grant allocation for 2025/26 be noted",
         "outcome": "agreed", "themes": ["public-health", "finance", "privatisation"]},
        {"item": "8", "text": "the work programme be approved, subject to the addition of NHS dentistry",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor M Ellison", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor D Okafor", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor P Haworth", "role": None, "attendance": "present"},
        {"name": "Councillor S Nandra", "role": None, "attendance": "present"},
        {"name": "Councillor R Treloar", "role": None, "attendance": "present"},
        {"name": "Councillor J Whitcombe", "role": None, "attendance": "present"},
        {"name": "Councillor K Abernethy", "role": "substituting for Councillor L Fenwick",
         "attendance": "present"},
        {"name": "Councillor L Fenwick", "role": None, "attendance": "apologies"},
        {"name": "Councillor T Barraclough", "role": None, "attendance": "apologies"},
        {"name": "Councillor A Pryce", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr H Marwood", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "G Lyle", "role": "Head of Service, Commissioning, Market Development and Quality "
                                   "Assurance, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Mrs C Ventham", "role": "Assistant Director, Finance – People Directorate",
         "attendance": "in_attendance"},
        {"name": "S Cole", "role": "Democratic Services and Scrutiny Support Officer",
         "attendance": "in_attendance"},
        {"name": "P Desai", "role": "Associate Director of Operations, Community Mental Health "
                                    "Services, Severnvale Partnership NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Ms J Arkwright", "role": "Manager, Healthwatch Severnvale",
         "attendance": "in_attendance"},
    ],
}


def build_minutes():
    doc = docx.Document()
    set_props(doc, "Minutes", "Democratic Services")
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    link_heading1_numbering(doc)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    fh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fh.add_run(HEADER_FIRST); r.bold = True; r.font.size = Pt(10)
    # default header on later pages: page number only (no council name)
    dh = sec.header.paragraphs[0]
    dh.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = dh.add_run("Page "); r.font.size = Pt(9)
    r = dh.add_run(); r.font.size = Pt(9); add_field(r, "PAGE")
    for ft in (sec.footer, sec.first_page_footer):
        p = ft.paragraphs[0]
        p.add_run("Chairman's initials ..............").font.size = Pt(9)
        p.add_run("\t\t")
        r = p.add_run("Page "); r.font.size = Pt(9)
        r = p.add_run(); r.font.size = Pt(9); add_field(r, "PAGE")

    for label, text in ATTEND_PARAS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(3.0)
        p.paragraph_format.first_line_indent = Cm(-3.0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        rr = p.add_run(label); rr.bold = True
        p.add_run("\t" + text)

    for title, blocks in ITEMS:
        doc.add_paragraph(title.upper(), style="Heading 1")
        for b in blocks:
            if b[0] == "p":
                p = doc.add_paragraph(b[1])
                p.paragraph_format.left_indent = Cm(1.0)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif b[0] == "table":
                rows = b[1]
                t = doc.add_table(rows=len(rows), cols=3)
                t.style = doc.styles["Table Grid"]
                for i, row in enumerate(rows):
                    for j, val in enumerate(row):
                        c = t.cell(i, j)
                        c.text = val
                        if i == 0:
                            c.paragraphs[0].runs[0].bold = True
                for i, w in enumerate((Cm(7.0), Cm(6.5), Cm(2.5))):
                    for row in t.rows:
                        row.cells[i].width = w
                doc.add_paragraph()
            elif b[0] == "agreed":
                intro, clauses = b[1], b[2]
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.0)
                head, rest = intro.split("–", 1)
                rr = p.add_run(head + "–"); rr.bold = True
                p.add_run(rest)
                for c in clauses:
                    q = doc.add_paragraph(c)
                    q.paragraph_format.left_indent = Cm(2.0)
                    q.paragraph_format.first_line_indent = Cm(-0.8)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    p.add_run("The meeting began at 10.00 am and ended at 12.48 pm.")
    doc.add_paragraph()
    doc.add_paragraph("CHAIRMAN ....................................................")
    path = os.path.join(DOCS, MIN_NAME)
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# Document 2: Easy Read consultation summary (not minutes)

ER_NAME = "ep-thornbury-day-services-easy-read.docx"
ER_ROWS = [
    ("[Picture: a building with a sign saying Day Centre]",
     "The council runs 2 day centres. They are called Brook Lodge and The Orchard."),
    ("[Picture: people doing art together]",
     "About 140 people go to the day centres each week. Many of them have a learning disability "
     "or are older people."),
    ("[Picture: a pound coin and a piggy bank]",
     "The council has less money. Running the buildings costs a lot of money."),
    ("[Picture: a map with places marked]",
     "We want to change day services. We want more activities in the community, like at the "
     "library, the leisure centre and the garden project."),
    ("[Picture: two people shaking hands]",
     "Some activities might be run by local charities and groups, not by the council. The "
     "council would pay them to do this."),
    ("[Picture: a person with a speech bubble]",
     "We asked people what they think. This is called a consultation. It happened from "
     "October to December 2024."),
    ("[Picture: a group of people at a meeting]",
     "312 people told us what they think. This included people who use day services, family "
     "carers and staff."),
    ("[Picture: a thumbs up and a thumbs down]",
     "Lots of people said they like the idea of more activities in the community. Lots of "
     "people were worried about losing friends and staff they know."),
    ("[Picture: a minibus]",
     "People were worried about transport. They said it must be easy to get to the new places."),
    ("[Picture: a calendar]",
     "The council will look at what people said. The Cabinet will decide in April 2025."),
    ("[Picture: a telephone and an email symbol]",
     "If you want to know more, phone 01454 000 000 or email daysupport@example.gov.uk"),
]

ER_GOLD = {
    "document": ER_NAME,
    "doc_type": "other",
    "themes": ["adult-social-care", "patient-and-public-input", "finance", "subcontracting"],
}


def build_easy_read():
    doc = docx.Document()
    set_props(doc, "Easy Read – day services consultation", "Adult Social Care")
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.font.size = Pt(16)
    normal.paragraph_format.space_after = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Changes to day services"); r.bold = True; r.font.size = Pt(28)
    p = doc.add_paragraph()
    r = p.add_run("What people told us"); r.bold = True; r.font.size = Pt(22)
    doc.add_paragraph("Easy Read summary of the consultation")
    doc.add_paragraph("Hard words are in bold. We explain them.")
    t = doc.add_table(rows=len(ER_ROWS), cols=2)
    for i, (pic, text) in enumerate(ER_ROWS):
        c0, c1 = t.cell(i, 0), t.cell(i, 1)
        c0.width = Cm(5.5); c1.width = Cm(11.0)
        r = c0.paragraphs[0].add_run(pic); r.italic = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        para = c1.paragraphs[0]
        if "consultation" in text:
            a, b = text.split("consultation", 1)
            para.add_run(a); rr = para.add_run("consultation"); rr.bold = True; para.add_run(b)
        else:
            para.add_run(text)
    path = os.path.join(DOCS, ER_NAME)
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------


def write_gold():
    for g in (MIN_GOLD, ER_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


def check():
    ok = True
    for g in (MIN_GOLD, ER_GOLD):
        path = os.path.join(DOCS, g["document"])
        if not os.path.exists(path):
            print("MISSING", path); ok = False; continue
        src = norm(body_text_docx(path))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = src.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {g['document']} {kind} count={c} words={n}: {ph}")
        if g["doc_type"] == "minutes":
            if "thornbury" in norm(" ".join(
                    "".join(t.text or "" for t in p.iter(qn("w:t")))
                    for p in docx.Document(path).element.body.iter(qn("w:p")))):
                ok = False; print("FAIL council name in body")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_minutes()
    build_easy_read()
    write_gold()
    print("built")
