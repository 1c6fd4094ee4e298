#!/usr/bin/env python3
"""Build the "hq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hq.py           build documents/hq-* and gold/hq-*.json
        build_hq.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "hq-havenstoke-corporate-parenting-board-2025-03-05.docx"
REPORT_FILE = "hq-havenstoke-corporate-parenting-annual-report-2024-25.docx"

FIXED = dt.datetime(2025, 3, 12, 9, 30, 0)
REPORT_FIXED = dt.datetime(2025, 5, 28, 14, 0, 0)


# --------------------------------------------------------------------------- helpers

def smart(text: str) -> str:
    """Word's AutoFormat: curly quotes and apostrophes."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text


def add_runs(par, text: str, bold=False, italic=False):
    """Add text to a paragraph; **...** marks bold runs."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(smart(part[2:-2]))
            r.bold = True
        else:
            r = par.add_run(smart(part))
            if bold:
                r.bold = True
        if italic:
            r.italic = True
    return par


def add_field(par, instr: str, placeholder: str = "1"):
    """A complex field (PAGE, NUMPAGES) with a cached result."""
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    par.add_run(placeholder)
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def bottom_border(par, size=6):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "auto")
    bdr.append(b)
    pPr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                              "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                              "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                              "w:rPr", "w:sectPr", "w:pPrChange")


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_core(doc, title, author, when, subject=""):
    cp = doc.core_properties
    cp.title = title
    cp.subject = subject
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""


def save_deterministic(doc, path: Path, when: dt.datetime):
    """python-docx stamps zip entries with the current time; rewrite them."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def new_numbering(doc, fmt: str, text: str, left_cm: float, hanging_cm: float) -> int:
    """Add an abstract numbering definition; return its abstractNumId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "num")
    tab.set(qn("w:pos"), str(int(left_cm * 567)))
    tabs.append(tab)
    ppr.append(tabs)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(left_cm * 567)))
    ind.set(qn("w:hanging"), str(int(hanging_cm * 567)))
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return aid


def new_num(doc, abstract_id: int) -> int:
    """A w:num instance that restarts at 1."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abstract_id))
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


def set_num(par, num_id: int, ilvl: int = 0):
    numPr = par._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# --------------------------------------------------------------------------- minutes text

HEADER_LEFT = "CORPORATE PARENTING BOARD"
HEADER_RIGHT = "5 MARCH 2025"

ATTENDANCE = [
    ("Present:", "Councillors Hartigan (Chair), Okafor (Deputy Chair), Penhaligon (Opposition "
                 "Spokesperson), Delacourt (Group Spokesperson), Asante, Ruddick and Sowerby"),
    ("Other Members present:", "Tamsin R. and Kyle B. (Children in Care Council), Jade M. "
                               "(Care Leavers' Forum), Carol Whitlow (Havenstoke Foster Carers' "
                               "Association)"),
    ("Also in attendance:", "Councillor Taverner (Cabinet Member for Children, Families & Youth), "
                            "Dr Ruth Adeyemi (Designated Doctor for Children in Care, NHS Downs and "
                            "Coast Integrated Care Board)"),
    ("Officers in attendance:", "Marcus Ellery (Executive Director, Families, Children & Learning), "
                                "Sophie Lindqvist (Assistant Director, Safeguarding & Care), Andrea "
                                "Tolland (Headteacher, Virtual School), Nadia Baptiste (Head of "
                                "Service, Fostering & Adoption), Owen Prescott (Head of Service, "
                                "Children in Care & Care Leavers), Leona Fairweather (Participation "
                                "Lead) and Gemma Holloway (Democratic Services Officer)"),
]

# Blocks: ("h1", num, title) ("h2", num, title) ("p", num, text) ("bul", [texts])
# ("quote", text) ("res", num, text, [clauses] or None) ("plain", text)
BODY = [
    ("part", "PART ONE"),

    ("h1", "28", "PROCEDURAL BUSINESS"),
    ("h2", "28a", "Declarations of substitutes"),
    ("p", "28.1", "Apologies were received from Councillor Fenwick-Lowe, and from Helen Marsh, "
                  "Designated Nurse for Children in Care. Councillor Asante attended as a substitute "
                  "for Councillor Fenwick-Lowe."),
    ("h2", "28b", "Declarations of interests"),
    ("p", "28.2", "Councillor Ruddick declared a personal interest in Item 36 as she is an approved "
                  "foster carer with an independent fostering agency. She remained in the meeting and "
                  "took part in the discussion of the item."),
    ("h2", "28c", "Exclusion of the press and public"),
    ("p", "28.3", "In accordance with Section 100A of the Local Government Act 1972 (\"the Act\"), the "
                  "Board considered whether the public should be excluded from the meeting during "
                  "consideration of any item of business on the grounds that it is likely in view of "
                  "the business to be transacted or the nature of the proceedings, that if members of "
                  "the public were present during it, there would be disclosure to them of "
                  "confidential information as defined in Section 100A(3) of the Act, or exempt "
                  "information as defined in Section 100I of the Act."),
    ("res", "28.4", "That the public are not excluded from any item of business on the agenda.", None),

    ("h1", "29", "MINUTES OF THE PREVIOUS MEETING"),
    ("res", "29.1", "That the minutes of the meeting held on 4 December 2024 be agreed and signed as "
                    "a correct record.", None),

    ("h1", "30", "CHAIR'S COMMUNICATIONS"),
    ("p", "30.1", "The Chair gave the following communications:"),
    ("bul", [
        "Congratulations to the eleven care leavers who had graduated from university or completed "
        "an apprenticeship this year, and thanks to the Virtual School and the Leaving Care Service "
        "for the support they had given them.",
        "The Board's thanks to the Children in Care Council for organising the Winter Celebration at "
        "the Pavilion Rooms on 13 December, which had been attended by over 120 children and young "
        "people and their carers.",
        "Ofsted had carried out a focused visit to the Council's front door services on 21 and 22 "
        "January 2025. The outcome letter was expected shortly and would be shared with Board "
        "members when it was published.",
        "The corporate parenting training for councillors would run again on 2 April 2025, and "
        "members who had not yet attended were strongly encouraged to do so.",
    ]),
    ("p", "30.2", "Councillor Penhaligon asked whether the Ofsted letter would come to the Board or to "
                  "committee. The Chair stated that it would go to the Children, Families & Schools "
                  "Committee in the first instance and would be circulated to Board members at the "
                  "same time."),

    ("h1", "31", "PUBLIC INVOLVEMENT"),
    ("h2", "31a", "Petitions"),
    ("p", "31.1", "There were none."),
    ("h2", "31b", "Written questions"),
    ("p", "31.2", "Mr Daniel Pryce submitted the following question:"),
    ("quote", "\"I have been a foster carer in Havenstoke for nine years. The mileage rate paid to "
              "foster carers has not changed since 2019, while fuel and car insurance have gone up a "
              "great deal, and many of us drive hundreds of miles a month to family time, school and "
              "health appointments. When will the Council review the mileage rate, and will foster "
              "carers be consulted before any change is made?\""),
    ("p", "31.3", "The Chair provided the following reply:"),
    ("quote", "\"Thank you for your question, and for everything that you do for the children in your "
              "care. The fostering allowances and fees, including mileage, are being reviewed as part "
              "of the Fostering Sufficiency Strategy, and proposals will be brought to the Children, "
              "Families & Schools Committee in June 2025. The Foster Carers' Association has been "
              "invited to a workshop in April so that carers' views can shape the proposals before "
              "they are finalised, and I would encourage you to take part.\""),
    ("p", "31.4", "Mr Pryce asked the following supplementary question:"),
    ("quote", "\"Will any increase be backdated to April, as happened with the allowances in 2023?\""),
    ("p", "31.5", "The Chair provided the following reply:"),
    ("quote", "\"I cannot commit to that tonight, as it will depend on the budget position, but I will "
              "ask officers to include the option of backdating in the report to committee, and I will "
              "write to you.\""),
    ("h2", "31c", "Deputations"),
    ("p", "31.6", "There were none."),

    ("h1", "32", "MEMBER INVOLVEMENT"),
    ("p", "32.1", "There were none."),

    ("h1", "33", "CHILDREN IN CARE COUNCIL AND CARE LEAVERS' FORUM UPDATE"),
    ("p", "33.1", "Tamsin and Kyle from the Children in Care Council (CiCC), supported by the "
                  "Participation Lead, gave a presentation on the work of the CiCC since the last "
                  "meeting. This had included the Winter Celebration, sitting on the interview panels "
                  "for two new Independent Reviewing Officers, and the 'Bright Spots' survey of "
                  "children in care, in which 312 children and young people had taken part. The top "
                  "three issues raised in the survey were being moved without enough notice, not "
                  "being able to see brothers and sisters often enough, and having too many changes "
                  "of social worker."),
    ("p", "33.2", "Jade from the Care Leavers' Forum updated the Board on the Forum's campaign for care "
                  "leavers to be given free leisure passes up to the age of 25, and on the 'Home "
                  "Ready' sessions that the Forum had designed with Housing Needs to help care leavers "
                  "get ready for their first tenancy."),
    ("p", "33.3", "Councillor Okafor thanked the young people for their presentation and asked what the "
                  "Board could do straight away about children not seeing their brothers and sisters. "
                  "Kyle answered that it would help if family time was arranged at weekends and not in "
                  "school time, and if foster carers were given help with transport so that visits did "
                  "not fall through. The Assistant Director, Safeguarding & Care, added that a sibling "
                  "contact audit had been completed in January and that its findings would come to "
                  "the next meeting."),
    ("p", "33.4", "Councillor Penhaligon expressed concern that a third of the children who responded "
                  "to the survey had had three or more social workers in the past year, and asked what "
                  "was being done to keep social workers in post. The Assistant Director, Safeguarding "
                  "& Care, explained that agency use had fallen from 31% to 19% of social worker posts "
                  "over the year, that a market supplement and a protected caseload for newly "
                  "qualified staff had been introduced, and that the 'grow our own' social work "
                  "apprenticeship had 14 staff in training. She acknowledged that the improvement had "
                  "not yet been felt by children and that the service had more to do."),
    ("p", "33.5", "Councillor Sowerby asked Jade whether the Forum had had a reply from the Council "
                  "about the leisure passes. Jade stated that the Forum had met the Cabinet Member in "
                  "February but was still waiting for a decision. The Cabinet Member for Children, "
                  "Families & Youth stated that she supported the proposal and was discussing the "
                  "cost with the leisure operator, and she hoped to be able to give the Forum an "
                  "answer before the summer."),
    ("p", "33.6", "Kyle asked why children in care had to wait for a social worker to sign a form before "
                  "they could go on a sleepover at a friend's house. The Head of Service, Children in "
                  "Care & Care Leavers, stated that this should not be happening, as foster carers had "
                  "delegated authority to agree sleepovers, and that the guidance to carers and "
                  "social workers would be reissued."),
    ("p", "33.7", "Councillor Delacourt commented that the 'Home Ready' sessions were an excellent "
                  "example of young people shaping services and that they should also be offered to "
                  "young people leaving residential care outside the city."),
    ("res", "33.8", "That the Board \u2013", [
        "thanks the Children in Care Council and the Care Leavers' Forum for their update; and",
        "asks that the findings of the sibling contact audit are reported to the next meeting of "
        "the Board.",
    ]),

    ("h1", "34", "HEALTH OF CHILDREN IN CARE ANNUAL REPORT 2023/24"),
    ("p", "34.1", "Dr Ruth Adeyemi, Designated Doctor for Children in Care, introduced the report on "
                  "behalf of NHS Downs and Coast Integrated Care Board. The report set out performance "
                  "on initial and review health assessments, immunisations, dental checks and the "
                  "emotional health of children in care during 2023/24. Initial health assessments "
                  "completed within 20 working days of a child coming into care had improved from 38% "
                  "to 61%, but remained below the regional average. Review health assessments were up "
                  "to date for 88% of children, and 84% had had a dental check in the year."),
    ("p", "34.2", "Councillor Penhaligon asked why initial health assessments were still being done "
                  "late for almost four in ten children. Dr Adeyemi explained that the main cause was "
                  "late notification: health colleagues were not always told in time that a child had "
                  "come into care, and the consent forms were often missing. A shared notification "
                  "form had been introduced in November and performance in the third quarter of "
                  "2024/25 had been 74%. The Assistant Director, Safeguarding & Care, added that social "
                  "workers had been reminded that the notification and consent must be sent within "
                  "two working days."),
    ("p", "34.3", "Councillor Asante asked about children placed outside the city and whether they were "
                  "waiting longer for their health assessments. Dr Adeyemi confirmed that children "
                  "placed more than 20 miles away waited on average 9 days longer, as the assessment "
                  "had to be requested from the health provider in the area where they lived; the ICB "
                  "was working with designated professionals across the region on a reciprocal "
                  "agreement."),
    ("p", "34.4", "Councillor Ruddick raised concerns about the waiting times for children in care to be "
                  "seen by Child and Adolescent Mental Health Services (CAMHS), and said that she had "
                  "been told by carers of children waiting over a year. The Head of Service, Children "
                  "in Care & Care Leavers, stated that children in care were prioritised for a CAMHS "
                  "assessment and that the median wait for a first appointment was 11 weeks; however, "
                  "some children waited much longer for specialist treatment such as trauma therapy, "
                  "and the Council was funding a clinical psychologist in the Children in Care team, "
                  "who had seen 46 children and their carers in the year. Dr Adeyemi added that the "
                  "ICB had commissioned additional capacity from Weald Partnership NHS Foundation Trust "
                  "from April 2025."),
    ("p", "34.5", "Councillor Sowerby asked whether the dental figures included children who had only "
                  "been seen for an emergency appointment. Dr Adeyemi said that she would need to "
                  "check this and would confirm to the Board after the meeting."),
    ("p", "34.6", "Councillor Delacourt expressed disappointment that only 56% of eligible care leavers "
                  "had received their health passport when they left care, and said that young people "
                  "had told the Care Leavers' Forum that they did not know their own health history."),
    ("p", "34.7", "Jade stated that many care leavers did not know how to register with a GP or a "
                  "dentist when they moved to a new area, and asked whether this could be part of the "
                  "health passport. Dr Adeyemi agreed that it could, undertook to take this to the "
                  "next meeting of the health passport working group, and invited Jade to join it."),
    ("res", "34.8", "That the Board notes the Health of Children in Care Annual Report 2023/24.", None),

    ("h1", "35", "VIRTUAL SCHOOL HEADTEACHER'S ANNUAL REPORT 2023/24"),
    ("p", "35.1", "The Headteacher of the Virtual School introduced the report, which set out the "
                  "attainment, attendance and exclusions of children in care in Havenstoke schools and "
                  "in schools elsewhere during the 2023/24 academic year, and the use of the Pupil "
                  "Premium Plus grant. Key points included that:"),
    ("bul", [
        "97% of children in care had a Personal Education Plan (PEP) completed in the autumn term, "
        "and 81% of PEPs were rated good or better in the Virtual School's quality assurance;",
        "overall attendance of children in care was 89.6%, compared to 91.8% in 2022/23, with "
        "persistent absence increasing at secondary school;",
        "there had been no permanent exclusions of children in care for the fourth year running, but "
        "suspensions had risen; and",
        "58% of children in care had special educational needs, and 37% had an Education, Health and "
        "Care Plan (EHCP).",
    ]),
    ("p", "35.2", "In response to a question from Councillor Okafor about the fall in attendance, the "
                  "Headteacher of the Virtual School said that the fall was mostly among young people "
                  "in Years 10 and 11 who had moved placement during the year, and that an attendance "
                  "officer had been appointed to the Virtual School from January 2025, funded from "
                  "Pupil Premium Plus."),
    ("p", "35.3", "Councillor Penhaligon asked how many children in care were not in full-time "
                  "education, and how many were on a reduced timetable. The Headteacher of the Virtual "
                  "School stated that, on the day the report was written, 17 children of statutory "
                  "school age were not in full-time education: 9 were on a reduced timetable agreed "
                  "by the school as part of a plan to return to full-time, 5 were waiting for a school "
                  "place after moving into the city, and 3 were awaiting a specialist placement named "
                  "in their EHCP. Each child was reviewed weekly by the Virtual School."),
    ("p", "35.4", "Councillor Penhaligon requested that the Board receive these figures at every "
                  "meeting. The Chair agreed that this be added to the performance dashboard."),
    ("p", "35.5", "Councillor Asante asked about the rise in suspensions, and whether some schools were "
                  "more likely to suspend children in care than others. The Headteacher replied that "
                  "the numbers were small, and that suspensions were concentrated in four secondary "
                  "schools; the Virtual School had met each of them and had offered training on "
                  "attachment and trauma-informed practice to their staff. Two academies outside the "
                  "city accounted for a fifth of all suspension days, and she had written to their "
                  "trusts."),
    ("p", "35.6", "Councillor Sowerby noted from the report that only 9 of the 64 care leavers aged 19 "
                  "to 21 were in higher education, and asked what support was available to those who "
                  "wanted to go to university. The Head of Service, Children in Care & Care Leavers, "
                  "explained that care leavers received a bursary of \u00a32,000 from the Council in "
                  "addition to the statutory bursary, and had year-round accommodation paid for in "
                  "the vacations; the Council had also signed the Care Leaver Covenant with both "
                  "universities in the city."),
    ("p", "35.7", "Councillor Ruddick asked whether the Virtual School's extended duties for children "
                  "with a social worker and in kinship care were adequately funded. The Executive "
                  "Director, Families, Children & Learning, stated that the grant for the extended "
                  "duties was \u00a3187,000 for 2024/25, which paid for 2.5 posts, and that the grant "
                  "had not yet been confirmed for 2025/26."),
    ("res", "35.8", "That the Board \u2013", [
        "notes the Virtual School Headteacher's Annual Report 2023/24; and",
        "agrees that the number of children in care not in full-time education is included in the "
        "performance dashboard reported to each meeting.",
    ]),

    ("h1", "36", "PLACEMENT SUFFICIENCY AND FOSTERING RECRUITMENT UPDATE"),
    ("p", "36.1", "The Head of Service, Fostering & Adoption, introduced the report, which updated the "
                  "Board on progress against the Placement Sufficiency Strategy 2023-2026. There were "
                  "402 children in care at the end of January 2025, of whom 41% lived with in-house "
                  "foster carers, 22% with independent fostering agency carers and 14% in residential "
                  "care, with the remainder living with kinship carers or parents or in supported "
                  "accommodation. The Council had approved 19 new fostering households in 2024 against "
                  "a target of 30, while 24 households had left, mostly through retirement. The report "
                  "also described the Council's membership of the South East Fostering Recruitment Hub "
                  "and the progress of the Council's two new children's homes, the first of which had "
                  "been registered by Ofsted in December 2024."),
    ("p", "36.2", "Councillor Penhaligon expressed concern at the cost of placements with private "
                  "providers, noting from the report that the average weekly cost of a residential "
                  "placement was now \u00a36,200 and that three children were placed in homes costing "
                  "more than \u00a312,000 a week, and asked how much of this went in profit to the "
                  "companies that owned the homes. The Executive Director, Families, Children & "
                  "Learning, said that the Council did not have access to providers' accounts, but "
                  "that the Competition and Markets Authority had found that the largest providers "
                  "made profits of around 20%; the Council supported the Government's proposals to "
                  "cap profits and was part of a regional commissioning group that was negotiating "
                  "prices jointly, and the new in-house homes would cost less and, more importantly, "
                  "allow children to stay close to the city. Councillor Penhaligon further asked when "
                  "the second home would open. The Head of Service, Fostering & Adoption, replied that "
                  "building work had been delayed by the discovery of asbestos, and the home was now "
                  "expected to open in September 2025."),
    ("p", "36.3", "Councillor Ruddick, who had declared an interest, said that foster carers with "
                  "independent agencies were often not told about the training and support groups run "
                  "by the Council, and that many would welcome being invited. The Head of Service, "
                  "Fostering & Adoption, agreed and said this would be raised at the next meeting with "
                  "agencies."),
    ("p", "36.4", "Councillor Sowerby asked whether the Council was losing foster carers to independent "
                  "agencies because of the difference in fees. The Head of Service said that exit "
                  "interviews showed that 4 of the 24 households that had left had transferred to an "
                  "agency, and fees had been the main reason given by three of them; the review of "
                  "fees referred to under Item 31 would look at this."),
    ("p", "36.5", "Carol Whitlow stated that carers valued the support of their supervising social "
                  "workers, but that the out-of-hours support line was often not answered, and asked "
                  "that this be looked at urgently. The Assistant Director, Safeguarding & Care, "
                  "apologised and stated that the out-of-hours line was now staffed by the Emergency "
                  "Duty Service, and that she would look into the specific cases if Ms Whitlow could "
                  "share them."),
    ("p", "36.6", "Councillor Delacourt asked about the use of unregistered children's homes. The "
                  "Assistant Director, Safeguarding & Care stated that on 31 January there had been two "
                  "children in unregistered placements, both with complex needs and for whom no "
                  "registered home could be found; each was reviewed by her weekly and notified to "
                  "Ofsted, and one of the two had since moved to a registered home."),
    ("p", "36.7", "The Chair put the recommendations to the vote, which passed."),
    ("res", "36.8", "That the Board \u2013", [
        "notes the progress made against the Placement Sufficiency Strategy 2023-2026; and",
        "requests a further update on the opening of the second children's home at its meeting "
        "in September 2025.",
    ]),

    ("h1", "37", "CORPORATE PARENTING STRATEGY 2025-2028"),
    ("p", "37.1", "The Head of Service, Children in Care & Care Leavers, and the Participation Lead "
                  "presented the draft Corporate Parenting Strategy 2025-2028, which had been written "
                  "with the Children in Care Council and the Care Leavers' Forum over the autumn. The "
                  "strategy set out seven pledges to children in care and care leavers, including a "
                  "pledge that every care leaver would have a safe and suitable home, and proposed "
                  "that the Council extend its council tax exemption for care leavers from age 21 to "
                  "age 25 and that care experience be treated as if it were a protected "
                  "characteristic in the Council's equality impact assessments."),
    ("p", "37.2", "Councillor Okafor welcomed the proposal on council tax and asked what it would cost. "
                  "The Head of Service stated that the estimated cost of extending the exemption to "
                  "25 was \u00a396,000 a year, which had been included in the budget approved by "
                  "Council in February."),
    ("p", "37.3", "Councillor Penhaligon asked how many care leavers were currently in temporary "
                  "accommodation or sofa surfing. The Head of Service stated that 11 care leavers were "
                  "in temporary accommodation, of whom 3 were in bed and breakfast, and that the "
                  "number sofa surfing was not known with any certainty. The Cabinet Member for "
                  "Children, Families & Youth stated that no care leaver should be in bed and "
                  "breakfast, that she had asked the Cabinet Member for Housing to meet with her to "
                  "agree a joint plan, and that the strategy included a pledge to set aside a number "
                  "of council homes each year for care leavers."),
    ("p", "37.4", "Councillor Delacourt requested that the strategy include a measure of how many "
                  "councillors had completed corporate parenting training, as the pledges applied to "
                  "all 54 councillors and not only to the members of the Board."),
    ("p", "37.5", "Tamsin said that young people wanted the strategy to be written in words that young "
                  "people would understand, and that the Children in Care Council would like to "
                  "produce a young people's version of it. The Chair thanked Tamsin and agreed that "
                  "this should be done before the strategy was launched."),
    ("res", "37.6", "That the Board \u2013", [
        "endorses the draft Corporate Parenting Strategy 2025-2028, subject to the addition of a "
        "measure of councillors' completion of corporate parenting training, and recommends it to "
        "the Children, Families & Schools Committee for approval; and",
        "agrees that a young people's version of the strategy is produced with the Children in Care "
        "Council.",
    ]),

    ("h1", "38", "CORPORATE PARENTING BOARD WORK PROGRAMME"),
    ("p", "38.1", "The Democratic Services Officer introduced the Board's work programme for 2025."),
    ("p", "38.2", "Councillor Sowerby requested that a report on the impact of the cost of living on "
                  "care leavers, including the setting-up home allowance, be added to the work "
                  "programme. The Chair agreed that it should be scheduled for the September meeting."),
    ("p", "38.3", "The Board agreed the work programme, as amended, and noted that its next meeting "
                  "would be held on 11 June 2025."),

    ("h1", "39", "ITEMS REFERRED FOR COUNCIL"),
    ("p", "39.1", "There were none."),
]

# --------------------------------------------------------------------------- gold

MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Corporate Parenting Board",
    "meeting_date": "2025-03-05",
    "items": [
        {"number": "28", "title": "PROCEDURAL BUSINESS"},
        {"number": "28a", "title": "Declarations of substitutes"},
        {"number": "28b", "title": "Declarations of interests"},
        {"number": "28c", "title": "Exclusion of the press and public"},
        {"number": "29", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "30", "title": "CHAIR'S COMMUNICATIONS"},
        {"number": "31", "title": "PUBLIC INVOLVEMENT"},
        {"number": "31a", "title": "Petitions"},
        {"number": "31b", "title": "Written questions"},
        {"number": "31c", "title": "Deputations"},
        {"number": "32", "title": "MEMBER INVOLVEMENT"},
        {"number": "33", "title": "CHILDREN IN CARE COUNCIL AND CARE LEAVERS' FORUM UPDATE"},
        {"number": "34", "title": "HEALTH OF CHILDREN IN CARE ANNUAL REPORT 2023/24"},
        {"number": "35", "title": "VIRTUAL SCHOOL HEADTEACHER'S ANNUAL REPORT 2023/24"},
        {"number": "36", "title": "PLACEMENT SUFFICIENCY AND FOSTERING RECRUITMENT UPDATE"},
        {"number": "37", "title": "CORPORATE PARENTING STRATEGY 2025-2028"},
        {"number": "38", "title": "CORPORATE PARENTING BOARD WORK PROGRAMME"},
        {"number": "39", "title": "ITEMS REFERRED FOR COUNCIL"},
    ],
    "questions": [
        {"item": "30", "kind": "question",
         "text": "asked whether the Ofsted letter would come to the Board or to committee",
         "asked_by": "Councillor Penhaligon",
         "answer": "it would go to the Children, Families & Schools Committee in the first instance",
         "given_by": "The Chair", "themes": ["governance"]},
        {"item": "31b", "kind": "question",
         "text": "When will the Council review the mileage rate, and will foster carers be consulted",
         "asked_by": "Mr Daniel Pryce",
         "answer": "The fostering allowances and fees, including mileage, are being reviewed",
         "given_by": "The Chair",
         "themes": ["finance", "patient-and-public-input", "children-and-families"]},
        {"item": "31b", "kind": "question",
         "text": "Will any increase be backdated to April, as happened with the allowances in 2023",
         "asked_by": "Mr Pryce",
         "answer": "I cannot commit to that tonight, as it will depend on the budget position",
         "given_by": "The Chair", "themes": ["finance", "children-and-families"]},
        {"item": "33", "kind": "question",
         "text": "asked what the Board could do straight away about children not seeing their brothers",
         "asked_by": "Councillor Okafor",
         "answer": "it would help if family time was arranged at weekends and not in school time",
         "given_by": "Kyle", "themes": ["children-and-families"]},
        {"item": "33", "kind": "concern",
         "text": "expressed concern that a third of the children who responded to the survey",
         "asked_by": "Councillor Penhaligon",
         "answer": "agency use had fallen from 31% to 19% of social worker posts",
         "given_by": "The Assistant Director, Safeguarding & Care",
         "themes": ["workforce", "children-and-families", "patient-and-public-input"]},
        {"item": "33", "kind": "question",
         "text": "whether the Forum had had a reply from the Council about the leisure passes",
         "asked_by": "Councillor Sowerby",
         "answer": "the Forum had met the Cabinet Member in February but was still waiting",
         "given_by": "Jade", "themes": ["children-and-families"]},
        {"item": "33", "kind": "question",
         "text": "why children in care had to wait for a social worker to sign a form",
         "asked_by": "Kyle",
         "answer": "foster carers had delegated authority to agree sleepovers",
         "given_by": "The Head of Service, Children in Care & Care Leavers",
         "themes": ["children-and-families"]},
        {"item": "33", "kind": "comment",
         "text": "the 'Home Ready' sessions were an excellent example of young people shaping services",
         "asked_by": "Councillor Delacourt", "answer": None, "given_by": None,
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "34", "kind": "question",
         "text": "asked why initial health assessments were still being done late for almost four",
         "asked_by": "Councillor Penhaligon",
         "answer": "Dr Adeyemi explained that the main cause was late notification",
         "given_by": "Dr Adeyemi", "themes": ["children-and-families"]},
        {"item": "34", "kind": "question",
         "text": "asked about children placed outside the city and whether they were waiting longer",
         "asked_by": "Councillor Asante",
         "answer": "children placed more than 20 miles away waited on average 9 days longer",
         "given_by": "Dr Adeyemi", "themes": ["children-and-families"]},
        {"item": "34", "kind": "concern",
         "text": "raised concerns about the waiting times for children in care to be seen",
         "asked_by": "Councillor Ruddick",
         "answer": "children in care were prioritised for a CAMHS assessment",
         "given_by": "The Head of Service, Children in Care & Care Leavers",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "34", "kind": "question",
         "text": "asked whether the dental figures included children who had only been seen",
         "asked_by": "Councillor Sowerby",
         "answer": "she would need to check this and would confirm to the Board",
         "given_by": "Dr Adeyemi", "themes": ["primary-care", "children-and-families"]},
        {"item": "34", "kind": "concern",
         "text": "expressed disappointment that only 56% of eligible care leavers had received their health passport",
         "asked_by": "Councillor Delacourt", "answer": None, "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "34", "kind": "request",
         "text": "many care leavers did not know how to register with a GP or a dentist",
         "asked_by": "Jade",
         "answer": "undertook to take this to the next meeting of the health passport working group",
         "given_by": "Dr Adeyemi", "themes": ["primary-care", "children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "In response to a question from Councillor Okafor about the fall in attendance",
         "asked_by": "Councillor Okafor",
         "answer": "the fall was mostly among young people in Years 10 and 11",
         "given_by": "the Headteacher of the Virtual School", "themes": ["children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "asked how many children in care were not in full-time education",
         "asked_by": "Councillor Penhaligon",
         "answer": "17 children of statutory school age were not in full-time education",
         "given_by": "The Headteacher of the Virtual School", "themes": ["children-and-families"]},
        {"item": "35", "kind": "request",
         "text": "requested that the Board receive these figures at every meeting",
         "asked_by": "Councillor Penhaligon",
         "answer": "The Chair agreed that this be added to the performance dashboard",
         "given_by": "The Chair", "themes": []},
        {"item": "35", "kind": "question",
         "text": "whether some schools were more likely to suspend children in care than others",
         "asked_by": "Councillor Asante",
         "answer": "the numbers were small, and that suspensions were concentrated in four secondary schools",
         "given_by": "The Headteacher", "themes": ["children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "asked what support was available to those who wanted to go to university",
         "asked_by": "Councillor Sowerby",
         "answer": "had year-round accommodation paid for in the vacations",
         "given_by": "The Head of Service, Children in Care & Care Leavers",
         "themes": ["children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "extended duties for children with a social worker and in kinship care were adequately funded",
         "asked_by": "Councillor Ruddick",
         "answer": "the grant had not yet been confirmed for 2025/26",
         "given_by": "The Executive Director, Families, Children & Learning",
         "themes": ["finance", "children-and-families"]},
        {"item": "36", "kind": "concern",
         "text": "expressed concern at the cost of placements with private providers",
         "asked_by": "Councillor Penhaligon",
         "answer": "the Council did not have access to providers' accounts",
         "given_by": "The Executive Director, Families, Children & Learning",
         "themes": ["privatisation", "finance", "children-and-families"]},
        {"item": "36", "kind": "question",
         "text": "Councillor Penhaligon further asked when the second home would open",
         "asked_by": "Councillor Penhaligon",
         "answer": "the home was now expected to open in September 2025",
         "given_by": "The Head of Service, Fostering & Adoption",
         "themes": ["children-and-families"]},
        {"item": "36", "kind": "comment",
         "text": "foster carers with independent agencies were often not told about the training",
         "asked_by": "Councillor Ruddick",
         "answer": "agreed and said this would be raised at the next meeting with agencies",
         "given_by": "The Head of Service, Fostering & Adoption",
         "themes": ["children-and-families"]},
        {"item": "36", "kind": "question",
         "text": "was losing foster carers to independent agencies because of the difference in fees",
         "asked_by": "Councillor Sowerby",
         "answer": "exit interviews showed that 4 of the 24 households that had left",
         "given_by": "The Head of Service", "themes": ["finance", "children-and-families"]},
        {"item": "36", "kind": "request",
         "text": "the out-of-hours support line was often not answered, and asked that this be looked at",
         "asked_by": "Carol Whitlow",
         "answer": "the out-of-hours line was now staffed by the Emergency Duty Service",
         "given_by": "The Assistant Director, Safeguarding & Care",
         "themes": ["children-and-families"]},
        {"item": "36", "kind": "question",
         "text": "Councillor Delacourt asked about the use of unregistered children's homes",
         "asked_by": "Councillor Delacourt",
         "answer": "each was reviewed by her weekly and notified to Ofsted",
         "given_by": "The Assistant Director, Safeguarding & Care",
         "themes": ["governance", "children-and-families"]},
        {"item": "37", "kind": "question",
         "text": "welcomed the proposal on council tax and asked what it would cost",
         "asked_by": "Councillor Okafor",
         "answer": "which had been included in the budget approved by Council in February",
         "given_by": "The Head of Service", "themes": ["finance", "children-and-families"]},
        {"item": "37", "kind": "question",
         "text": "asked how many care leavers were currently in temporary accommodation or sofa surfing",
         "asked_by": "Councillor Penhaligon",
         "answer": "11 care leavers were in temporary accommodation, of whom 3 were in bed and breakfast",
         "given_by": "The Head of Service", "themes": ["housing", "children-and-families"]},
        {"item": "37", "kind": "request",
         "text": "include a measure of how many councillors had completed corporate parenting training",
         "asked_by": "Councillor Delacourt", "answer": None, "given_by": None, "themes": []},
        {"item": "37", "kind": "comment",
         "text": "wanted the strategy to be written in words that young people would understand",
         "asked_by": "Tamsin",
         "answer": "agreed that this should be done before the strategy was launched",
         "given_by": "The Chair",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "38", "kind": "request",
         "text": "requested that a report on the impact of the cost of living on care leavers",
         "asked_by": "Councillor Sowerby",
         "answer": "The Chair agreed that it should be scheduled for the September meeting",
         "given_by": "The Chair", "themes": ["finance", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "28c", "text": "That the public are not excluded from any item of business on the agenda",
         "outcome": "agreed", "themes": []},
        {"item": "29", "text": "the minutes of the meeting held on 4 December 2024 be agreed and signed",
         "outcome": "agreed", "themes": []},
        {"item": "33", "text": "asks that the findings of the sibling contact audit are reported to the next meeting",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "34", "text": "That the Board notes the Health of Children in Care Annual Report",
         "outcome": "noted", "themes": ["children-and-families"]},
        {"item": "35", "text": "agrees that the number of children in care not in full-time education is included",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "36", "text": "requests a further update on the opening of the second children's home",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "37", "text": "recommends it to the Children, Families & Schools Committee for approval",
         "outcome": "recommended", "themes": ["children-and-families"]},
        {"item": "38", "text": "The Board agreed the work programme, as amended, and noted that its next meeting",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Hartigan", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Okafor", "role": "Deputy Chair", "attendance": "present"},
        {"name": "Councillor Penhaligon", "role": "Opposition Spokesperson", "attendance": "present"},
        {"name": "Councillor Delacourt", "role": "Group Spokesperson", "attendance": "present"},
        {"name": "Councillor Asante", "role": None, "attendance": "present"},
        {"name": "Councillor Ruddick", "role": None, "attendance": "present"},
        {"name": "Councillor Sowerby", "role": None, "attendance": "present"},
        {"name": "Tamsin R.", "role": "Children in Care Council", "attendance": "present"},
        {"name": "Kyle B.", "role": "Children in Care Council", "attendance": "present"},
        {"name": "Jade M.", "role": "Care Leavers' Forum", "attendance": "present"},
        {"name": "Carol Whitlow", "role": "Havenstoke Foster Carers' Association", "attendance": "present"},
        {"name": "Councillor Taverner", "role": "Cabinet Member for Children, Families & Youth",
         "attendance": "in_attendance"},
        {"name": "Dr Ruth Adeyemi",
         "role": "Designated Doctor for Children in Care, NHS Downs and Coast Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Marcus Ellery", "role": "Executive Director, Families, Children & Learning",
         "attendance": "in_attendance"},
        {"name": "Sophie Lindqvist", "role": "Assistant Director, Safeguarding & Care",
         "attendance": "in_attendance"},
        {"name": "Andrea Tolland", "role": "Headteacher, Virtual School", "attendance": "in_attendance"},
        {"name": "Nadia Baptiste", "role": "Head of Service, Fostering & Adoption",
         "attendance": "in_attendance"},
        {"name": "Owen Prescott", "role": "Head of Service, Children in Care & Care Leavers",
         "attendance": "in_attendance"},
        {"name": "Leona Fairweather", "role": "Participation Lead", "attendance": "in_attendance"},
        {"name": "Gemma Holloway", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Fenwick-Lowe", "role": None, "attendance": "apologies"},
        {"name": "Helen Marsh", "role": "Designated Nurse for Children in Care", "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# --------------------------------------------------------------------------- build minutes

def minutes_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    h1 = st["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(11)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)
    pf = h1.paragraph_format
    pf.space_before = Pt(12)
    pf.space_after = Pt(6)
    pf.left_indent = Cm(1.5)
    pf.first_line_indent = Cm(-1.5)
    pf.keep_with_next = True
    pf.tab_stops.add_tab_stop(Cm(1.5))

    h2 = st["Heading 2"]
    h2.font.name = "Arial"
    h2.font.size = Pt(11)
    h2.font.bold = True
    h2.font.italic = False
    h2.font.color.rgb = RGBColor(0, 0, 0)
    pf = h2.paragraph_format
    pf.space_before = Pt(6)
    pf.space_after = Pt(6)
    pf.left_indent = Cm(1.5)
    pf.first_line_indent = Cm(-1.5)
    pf.keep_with_next = True
    pf.tab_stops.add_tab_stop(Cm(1.5))

    for h in (h1, h2):
        rpr = h.element.rPr
        rfonts = rpr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
        rfonts.set(qn("w:ascii"), "Arial")
        rfonts.set(qn("w:hAnsi"), "Arial")

    mp = st.add_style("Minute Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    mp.base_style = normal
    mp.quick_style = True
    pf = mp.paragraph_format
    pf.left_indent = Cm(1.5)
    pf.first_line_indent = Cm(-1.5)
    pf.space_after = Pt(8)
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.tab_stops.add_tab_stop(Cm(1.5))

    mq = st.add_style("Minute Quote", WD_STYLE_TYPE.PARAGRAPH)
    mq.base_style = normal
    mq.quick_style = True
    mq.font.italic = True
    pf = mq.paragraph_format
    pf.left_indent = Cm(2.5)
    pf.right_indent = Cm(1.0)
    pf.space_after = Pt(8)
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    lb = st["List Bullet"]
    lb.font.name = "Arial"
    lb.paragraph_format.space_after = Pt(4)

    rc = st.add_style("Resolution Clause", WD_STYLE_TYPE.PARAGRAPH)
    rc.base_style = normal
    rc.quick_style = True
    rc.paragraph_format.space_after = Pt(4)
    rc.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def minutes_header_footer(doc, section):
    section.different_first_page_header_footer = True
    # first page: the council's name block, no running header
    fh = section.first_page_header
    p = fh.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("HAVENSTOKE CITY COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p2 = fh.add_paragraph()
    r = p2.add_run("Democratic Services \u2022 Havenstoke Town Hall \u2022 Civic Way \u2022 Havenstoke HV1 2QA")
    r.font.size = Pt(8)
    bottom_border(p2, 8)

    # following pages: running header, committee left and date right
    hd = section.header
    p = hd.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin,
                                              WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(f"{HEADER_LEFT}\t{HEADER_RIGHT}")
    r.bold = True
    r.font.size = Pt(9)
    bottom_border(p, 4)

    for ft in (section.footer, section.first_page_footer):
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_field(p, "PAGE", "1")
        for r in p.runs:
            r.font.size = Pt(9)


def build_minutes(path: Path):
    doc = Document()
    minutes_styles(doc)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)
    minutes_header_footer(doc, sec)

    clause_abs = new_numbering(doc, "decimal", "(%1)", 2.5, 1.0)

    # title block
    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    for i, (text, size, space) in enumerate([
        ("CORPORATE PARENTING BOARD", 14, 6),
        ("4.00pm 5 MARCH 2025", 11, 6),
        ("COUNCIL CHAMBER, HAVENSTOKE TOWN HALL", 11, 12),
        ("MINUTES", 12, 18),
    ]):
        p = first if i == 0 else doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)

    for label, text in ATTENDANCE:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(10)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(label)
        r.bold = True
        p.add_run(" " + smart(text))

    for block in BODY:
        kind = block[0]
        if kind == "part":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(6)
            r = p.add_run(block[1])
            r.bold = True
            r.underline = True
        elif kind == "h1":
            p = doc.add_paragraph(style="Heading 1")
            p.add_run(f"{block[1]}\t{smart(block[2])}")
        elif kind == "h2":
            p = doc.add_paragraph(style="Heading 2")
            p.add_run(f"{block[1]}\t{smart(block[2])}")
        elif kind == "p":
            p = doc.add_paragraph(style="Minute Paragraph")
            add_runs(p, f"{block[1]}\t{block[2]}")
        elif kind == "quote":
            p = doc.add_paragraph(style="Minute Quote")
            add_runs(p, block[1])
        elif kind == "bul":
            for t in block[1]:
                p = doc.add_paragraph(style="List Bullet")
                p.paragraph_format.left_indent = Cm(2.2)
                p.paragraph_format.first_line_indent = Cm(-0.7)
                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                add_runs(p, t)
        elif kind == "res":
            num, text, clauses = block[1], block[2], block[3]
            p = doc.add_paragraph(style="Minute Paragraph")
            p.paragraph_format.keep_with_next = bool(clauses)
            add_runs(p, f"{num}\t**RESOLVED:** {text}")
            if clauses:
                nid = new_num(doc, clause_abs)
                for c in clauses:
                    cp = doc.add_paragraph(style="Resolution Clause")
                    set_num(cp, nid)
                    add_runs(cp, c)
                cp.paragraph_format.space_after = Pt(8)
        else:
            raise ValueError(kind)

    # close
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("The meeting concluded at 6.12pm")
    for label, right in (("Signed", "Chair"), ("Dated this", "day of")):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(24)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
        p.add_run(f"{label}\t{right}")

    set_core(doc, "Corporate Parenting Board - Minutes - 5 March 2025", "Gemma Holloway", FIXED,
             "Minutes")
    save_deterministic(doc, path, FIXED)


# --------------------------------------------------------------------------- build report

def build_report(path: Path):
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Arial"
    st["Normal"].font.size = Pt(11)
    st["Normal"].paragraph_format.space_after = Pt(6)
    for name, size, colour in (("Title", 24, (0x6A, 0x1B, 0x9A)), ("Heading 1", 16, (0x6A, 0x1B, 0x9A)),
                               ("Heading 2", 13, (0x00, 0x6D, 0x77))):
        s = st[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(*colour)
        rfonts = s.element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
        rfonts.set(qn("w:ascii"), "Arial")
        rfonts.set(qn("w:hAnsi"), "Arial")

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Havenstoke City Council \u2013 Corporate Parenting Annual Report 2024/25")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE", "1")

    doc.add_paragraph(smart("Our Promise to You"), style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Corporate Parenting Annual Report 2024/25")
    r.bold = True
    r.font.size = Pt(14)
    tbl = doc.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Report to:", "Corporate Parenting Board, 11 June 2025"),
        ("Report of:", "Executive Director, Families, Children & Learning"),
        ("Contact officer:", "Owen Prescott, Head of Service, Children in Care & Care Leavers"),
        ("Ward(s) affected:", "All"),
    ]):
        tbl.cell(i, 0).text = k
        tbl.cell(i, 1).text = smart(v)
        tbl.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade_cell(tbl.cell(i, 0), "EDE4F5")

    doc.add_heading("1. Foreword from the Chair of the Corporate Parenting Board", level=1)
    for t in [
        "Every councillor in Havenstoke is a corporate parent. That means we should want for the 402 "
        "children in our care, and the 287 care leavers we support, what any good parent wants for "
        "their own child: a safe and loving home, a good education, good health, and someone who is "
        "on their side long after they turn 18.",
        "This report is written for the Board and for every member of the Council. It sets out what "
        "children and young people told us this year, what we did about it, and where we have not yet "
        "done well enough. It was put together with the Children in Care Council and the Care Leavers' "
        "Forum, and their words appear throughout.",
        "Councillor M. Hartigan, Chair of the Corporate Parenting Board",
    ]:
        add_runs(doc.add_paragraph(), t)

    doc.add_heading("2. Our children and young people at a glance", level=1)
    data = [("Measure", "31 March 2024", "31 March 2025"),
            ("Children in care", "389", "402"),
            ("Rate per 10,000 children", "71", "73"),
            ("Care leavers aged 18 to 25 we support", "264", "287"),
            ("Children living with in-house foster carers", "43%", "41%"),
            ("Children placed more than 20 miles from Havenstoke", "19%", "17%"),
            ("Care leavers aged 19 to 21 in education, employment or training", "54%", "58%"),
            ("Initial health assessments within 20 working days", "38%", "61%")]
    t = doc.add_table(rows=len(data), cols=3)
    t.style = "Light Grid Accent 4"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            t.cell(i, j).text = v

    doc.add_heading("3. You said, we did", level=1)
    add_runs(doc.add_paragraph(),
             "In the 'Bright Spots' survey, at Children in Care Council meetings and at the Care Leavers' "
             "Forum, young people told us what mattered most to them. This is what we have done.")
    ysd = [("You said", "We did"),
           ("You did not know why you had to change social worker so often.",
            "We reduced the number of agency social workers from 31% to 19% and started a 'grow our own' "
            "apprenticeship. Every child now gets a letter from a new social worker before they meet."),
           ("You wanted to see your brothers and sisters more.",
            "We audited family time for every sibling group living apart. The findings and an action "
            "plan will come to the Board in June 2025."),
           ("Care leavers wanted help to get ready for their first home.",
            "The Care Leavers' Forum and Housing Needs designed the 'Home Ready' sessions. 38 young "
            "people have taken part so far."),
           ("You told us council tax bills were frightening when you first moved out.",
            "From April 2025 care leavers living in Havenstoke will not pay council tax until they are "
            "25."),
           ("You wanted sleepovers to be agreed without waiting for a social worker.",
            "We reissued the delegated authority guidance to every foster carer and social worker.")]
    t = doc.add_table(rows=len(ysd), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(ysd):
        t.cell(i, 0).text = smart(a)
        t.cell(i, 1).text = smart(b)
        if i == 0:
            for c in (0, 1):
                t.cell(i, c).paragraphs[0].runs[0].bold = True
                shade_cell(t.cell(i, c), "6A1B9A")
                t.cell(i, c).paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)

    doc.add_heading("4. Questions you asked your corporate parents", level=1)
    add_runs(doc.add_paragraph(),
             "At Takeover Day in November, members of the Children in Care Council interviewed the "
             "Leader of the Council and the Cabinet Member for Children, Families & Youth. Here are some "
             "of their questions and the answers they were given.")
    for q, a in [
        ("Why can't care leavers get free leisure passes like in other cities?",
         "The Cabinet Member said she supported the idea and was working out the cost with the leisure "
         "operator. A decision is expected in summer 2025."),
        ("What happens if my foster carer retires?",
         "Your social worker will plan any move with you well in advance, and we will always try to find "
         "you a new home close to your school and friends."),
        ("Do councillors actually read what we write in the survey?",
         "Yes. The Corporate Parenting Board discussed the survey results in March 2025 and three of the "
         "actions in this report come from it."),
    ]:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(smart(q) + " ")
        r.bold = True
        p.add_run(smart(a))

    doc.add_heading("5. Where we need to do better", level=1)
    for tx in [
        "Too many initial health assessments are still late, especially for children placed outside "
        "the city.",
        "Attendance at school has fallen, and 17 children of statutory school age are not in full-time "
        "education.",
        "We approved 19 new fostering households against a target of 30.",
        "Eleven care leavers are in temporary accommodation, and three are in bed and breakfast.",
    ]:
        doc.add_paragraph(smart(tx), style="List Number")

    doc.add_heading("6. Our priorities for 2025/26", level=1)
    for tx in [
        "Launch the Corporate Parenting Strategy 2025-2028 and a young people's version of it.",
        "Open our second children's home in September 2025.",
        "Agree a joint plan with Housing so that no care leaver is placed in bed and breakfast.",
        "Make sure every councillor completes corporate parenting training.",
    ]:
        doc.add_paragraph(smart(tx), style="List Bullet")

    doc.add_heading("7. Recommendation", level=1)
    add_runs(doc.add_paragraph(),
             "That the Corporate Parenting Board notes the annual report and agrees that it is shared "
             "with all members of the Council and with the Children in Care Council.")

    set_core(doc, "Corporate Parenting Annual Report 2024/25", "Owen Prescott", REPORT_FIXED, "Report")
    save_deterministic(doc, path, REPORT_FIXED)


# --------------------------------------------------------------------------- check

def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)
    walk(d.tables)
    return "\n".join(parts)


def check() -> int:
    bad = 0
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        doc_path = DOCS / gold["document"]
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        if not doc_path.exists() or not gpath.exists():
            print(f"MISSING {doc_path} or {gpath}")
            bad += 1
            continue
        on_disk = json.loads(gpath.read_text())
        if on_disk != json.loads(json.dumps(gold)):
            print(f"STALE gold file {gpath.name}")
            bad += 1
        text = " " + norm(docx_text(doc_path)) + " "
        items = {it["number"] for it in gold.get("items", [])}
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["item"], q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["item"], q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["item"], r["text"]))
        for kind, item, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            count = text.count(" " + n + " ")
            problems = []
            if count != 1:
                problems.append(f"occurs {count} times")
            if not 6 <= words <= 15:
                problems.append(f"{words} words")
            if item not in items:
                problems.append(f"unknown item {item}")
            if problems:
                bad += 1
                print(f"FAIL {gold['document']} {kind} [{item}] {ph!r}: {', '.join(problems)}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main(argv):
    if "--check" in argv:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / REPORT_FILE}\nwrote gold files in {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
