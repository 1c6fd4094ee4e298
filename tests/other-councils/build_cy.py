#!/usr/bin/env python3
"""Build the "cy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cy.py           build documents/cy-* and gold/cy-*.json
        build_cy.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html
import json
import re
import sys
import textwrap
import zipfile
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0)

# ---------------------------------------------------------------- document 1
DOC1 = "cy-harwick-health-scrutiny-committee-2025-03-12.docx"

D1_ATT = [
    ("Present:", "Councillor Adaeze Okafor (Chair), Councillor Martin Threlfall (Vice-Chair), "
     "Councillors Priya Banerjee, Colin Ashworth, Helen Dunmore, Rashid Khan, Siobhan Rourke and "
     "Terence Vale (substitute for Councillor Gail Pennington)."),
    ("Also present:", "Councillor Neil Farrow (Executive Member for Adult Social Care and Health)."),
    ("Officers:", "Dr Imogen Castell (Director of Public Health), Ruth Ellingham (Strategic Director "
     "of Adults, Health and Wellbeing), Gareth Lowe (Head of Commissioning and Contract Management) "
     "and Femi Adeyemi (Scrutiny Support Officer)."),
    ("In attendance:", "Mark Haslam (Chief Operating Officer, Harwick Teaching Hospitals NHS Trust) "
     "and Dr Lucy Brennan (Associate Medical Director, Harwick and Dale Integrated Care Board)."),
]

# items: (number, title, [blocks]); block = ("p", text with {n} endnote refs) | ("res", label, [clauses])
D1_ITEMS = [
    ("58", "Apologies and Substitutions", [
        ("p", "Apologies for absence were received from Councillors Gail Pennington and Jonathan "
              "Reeve. Councillor Terence Vale attended as substitute for Councillor Pennington."),
    ]),
    ("59", "Declarations of Interest", [
        ("p", "Councillor Rourke declared a personal interest in Minute 63 as her daughter works for "
              "a home care agency which holds a framework place with the Council. Councillor Khan "
              "declared a personal interest in Minute 61 as a public governor of the Harwick Teaching "
              "Hospitals NHS Trust. Both Members remained in the meeting."),
    ]),
    ("60", "Minutes of the Previous Meeting", [
        ("res", "RESOLVED:", ["That the minutes of the meeting held on 5 February 2025 be approved as "
                              "a correct record and signed by the Chair."]),
    ]),
    ("61", "Harwick Teaching Hospitals NHS Trust – Winter Pressures and Urgent Care", [
        ("p", "Mark Haslam, Chief Operating Officer of the Trust, presented a report on the Trust’s "
              "performance over the winter period, which had seen the highest number of emergency "
              "attendances since the Trust was formed. Dr Lucy Brennan outlined the Integrated Care "
              "Board’s system-wide winter plan and the additional funding made available for "
              "same-day emergency care."),
        ("p", "Members asked about the longest waits in the emergency department.{1} Concern was "
              "expressed about the use of corridor care during January.{2} Members also sought "
              "clarification on delayed discharges and the role of the Council’s reablement "
              "service.{3} A Member asked about the Trust’s use of temporary nursing staff.{4}"),
        ("res", "RESOLVED:", ["That the report be noted.",
                              "That the Trust be requested to provide the Committee with monthly "
                              "figures on corridor care until the end of March 2025."]),
    ]),
    ("62", "Community Equipment Service – Contract Re-procurement", [
        ("p", "The Head of Commissioning and Contract Management introduced a report seeking the "
              "Committee’s comments on the proposed re-procurement of the Community Equipment "
              "Service, which supplies and maintains aids such as hoists, profiling beds and "
              "pressure mattresses for people living at home. The current contract, jointly "
              "funded with the Integrated Care Board, expires in March 2026."),
        ("p", "Members questioned the alternatives to a further tender.{5} A Member raised "
              "residents’ experience of the current provider.{6} Members made a request about the "
              "evaluation criteria.{7}"),
        ("res", "RESOLVED:", ["That the Committee endorses the proposal to re-procure the Community "
                              "Equipment Service for a term of five years.",
                              "That the options appraisal be circulated to all Members of the "
                              "Committee."]),
    ]),
    ("63", "Adult Social Care Workforce Strategy", [
        ("p", "The Strategic Director of Adults, Health and Wellbeing presented the draft Adult "
              "Social Care Workforce Strategy 2025–2028, developed with local providers, the "
              "Integrated Care Board and the further education college."),
        ("p", "Members asked about vacancies in home care.{8} A Member queried the level of fees "
              "paid to providers.{9} Members also commented on international recruitment.{10}"),
        ("res", "RESOLVED:", ["That the Adult Social Care Workforce Strategy 2025–2028 be noted."]),
    ]),
    ("64", "Sexual Health Services – Recommissioning", [
        ("p", "The Director of Public Health introduced the report on the recommissioning of the "
              "integrated sexual health service, including the outcome of public consultation on "
              "the proposed service model and the timetable for the procurement."),
        ("p", "Members asked about responses to the consultation.{11} Concern was raised about "
              "the proposed closure of the Eastgate clinic.{12} A Member asked about the effect of "
              "the public health grant settlement.{13}"),
        ("res", "RESOLVED:", ["That the Committee supports the proposed recommissioning of "
                              "integrated sexual health services from April 2026."]),
        ("res", "RECOMMENDED to the Executive Member for Adult Social Care and Health:",
         ["That a walk-in facility be retained in Eastgate within the new service specification."]),
    ]),
    ("65", "Work Programme 2024/25", [
        ("p", "The Scrutiny Support Officer presented the Committee’s work programme for the "
              "remainder of the municipal year."),
        ("res", "RESOLVED:", ["That the work programme be agreed, subject to the addition of an "
                              "item on access to NHS dentistry in June 2025."]),
    ]),
]

D1_NOTES = {
    1: "Councillor Banerjee asked how many patients had waited over twelve hours from arrival in "
       "the emergency department during December and January. Mr Haslam replied that there had "
       "been 1,412 such waits, down from 1,780 in the same period last year, but still well above "
       "where the Trust wished to be.",
    2: "Councillor Dunmore said that she was deeply concerned that patients were being treated in "
       "corridors for long periods. Mr Haslam acknowledged that corridor care had been used on 19 "
       "days in January and said that each occurrence was reported to the Trust Board.",
    3: "Councillor Threlfall asked how many patients who were medically fit to leave were still in "
       "hospital beds each day. Ruth Ellingham explained that the daily average had fallen to 96, "
       "and that the reablement service had taken on eleven additional staff since November.",
    4: "Councillor Ashworth asked what steps the Trust was taking to cut its spending on agency "
       "nurses. Mr Haslam replied that agency spend had fallen by 22 per cent after an overseas "
       "recruitment campaign and the launch of an internal staff bank.",
    5: "Councillor Khan asked whether officers had considered bringing the community equipment "
       "service back in-house when the current contract ends. Gareth Lowe said that an options "
       "appraisal had found in-house delivery would cost around £640,000 more each year.",
    6: "Councillor Rourke reported that residents had waited up to five weeks for hoists and "
       "hospital beds to be delivered. Gareth Lowe confirmed that the provider had missed its "
       "delivery target in four of the last six months and was on an improvement plan.",
    7: "Councillor Vale requested that the tender evaluation give at least twenty per cent "
       "weighting to social value. Councillor Farrow agreed to consider this before the tender "
       "documents were published.",
    8: "Councillor Okafor asked what the current vacancy rate was among home care workers employed "
       "by commissioned providers. Ruth Ellingham said the rate was 11.4 per cent, compared with "
       "13.9 per cent a year earlier.",
    9: "Councillor Dunmore asked whether the hourly rate paid to home care providers was enough "
       "for them to pay the Real Living Wage. Councillor Farrow said the rate would rise to £24.10 "
       "an hour from April, which had been modelled to allow the Real Living Wage to be paid.",
    10: "Councillor Banerjee commented that overseas recruits had been vital to the care sector but "
        "that some had been charged unlawful fees by recruitment agents. Ruth Ellingham said that "
        "the Council had signed the regional ethical recruitment charter and would report any such "
        "cases to the Gangmasters and Labour Abuse Authority.",
    11: "Councillor Threlfall asked how many service users had responded to the consultation on the "
        "new service model. Dr Castell said that 318 people had responded, including 74 young people "
        "reached through outreach sessions at the college.",
    12: "Councillor Khan expressed concern that closing the Eastgate walk-in clinic would make it "
        "harder for young people without a car to get tested. Dr Castell said the new provider "
        "would be required to offer evening sessions at two community hubs on Eastgate bus routes.",
    13: "Councillor Ashworth asked whether the real-terms cut in the public health grant would "
        "reduce the value of the new sexual health contract.",
}


def d1_gold():
    Q = lambda item, kind, text, by, ans, giv, th: dict(item=item, kind=kind, text=text, asked_by=by,
                                                        answer=ans, given_by=giv, themes=th)
    questions = [
        Q("61", "question", "asked how many patients had waited over twelve hours from arrival",
          "Councillor Banerjee", "there had been 1,412 such waits, down from 1,780", "Mr Haslam", []),
        Q("61", "concern", "deeply concerned that patients were being treated in corridors for long periods",
          "Councillor Dunmore", "corridor care had been used on 19 days in January", "Mr Haslam", []),
        Q("61", "question", "how many patients who were medically fit to leave were still in hospital beds",
          "Councillor Threlfall", "the reablement service had taken on eleven additional staff since November",
          "Ruth Ellingham", ["adult-social-care", "workforce"]),
        Q("61", "question", "what steps the Trust was taking to cut its spending on agency nurses",
          "Councillor Ashworth", "agency spend had fallen by 22 per cent after an overseas recruitment campaign",
          "Mr Haslam", ["workforce", "finance"]),
        Q("62", "question", "considered bringing the community equipment service back in-house",
          "Councillor Khan", "in-house delivery would cost around £640,000 more each year",
          "Gareth Lowe", ["privatisation", "subcontracting", "finance"]),
        Q("62", "concern", "residents had waited up to five weeks for hoists and hospital beds",
          "Councillor Rourke", "the provider had missed its delivery target in four of the last six months",
          "Gareth Lowe", ["subcontracting", "adult-social-care"]),
        Q("62", "request", "requested that the tender evaluation give at least twenty per cent weighting",
          "Councillor Vale", "agreed to consider this before the tender documents were published",
          "Councillor Farrow", ["subcontracting"]),
        Q("63", "question", "current vacancy rate was among home care workers employed by commissioned providers",
          "Councillor Okafor", "the rate was 11.4 per cent, compared with 13.9 per cent",
          "Ruth Ellingham", ["workforce", "adult-social-care"]),
        Q("63", "question", "whether the hourly rate paid to home care providers was enough",
          "Councillor Dunmore", "the rate would rise to £24.10 an hour from April",
          "Councillor Farrow", ["finance", "workforce", "adult-social-care"]),
        Q("63", "comment", "overseas recruits had been vital to the care sector",
          "Councillor Banerjee", "had signed the regional ethical recruitment charter",
          "Ruth Ellingham", ["workforce", "adult-social-care"]),
        Q("64", "question", "how many service users had responded to the consultation on the new service model",
          "Councillor Threlfall", "318 people had responded, including 74 young people",
          "Dr Castell", ["patient-and-public-input", "public-health"]),
        Q("64", "concern", "closing the Eastgate walk-in clinic would make it harder for young people",
          "Councillor Khan", "offer evening sessions at two community hubs on Eastgate bus routes",
          "Dr Castell", ["public-health", "children-and-families"]),
        Q("64", "question", "real-terms cut in the public health grant would reduce the value",
          "Councillor Ashworth", None, None, ["public-health", "finance", "subcontracting"]),
    ]
    R = lambda item, text, outcome, th: dict(item=item, text=text, outcome=outcome, themes=th)
    resolutions = [
        R("60", "minutes of the meeting held on 5 February 2025 be approved", "agreed", []),
        R("61", "requested to provide the Committee with monthly figures on corridor care", "agreed", []),
        R("62", "endorses the proposal to re-procure the Community Equipment Service", "agreed",
          ["subcontracting"]),
        R("63", "That the Adult Social Care Workforce Strategy 2025–2028 be noted", "noted",
          ["workforce", "adult-social-care"]),
        R("64", "supports the proposed recommissioning of integrated sexual health services from April 2026",
          "agreed", ["public-health", "subcontracting"]),
        R("64", "a walk-in facility be retained in Eastgate within the new service specification",
          "recommended", ["public-health"]),
        R("65", "subject to the addition of an item on access to NHS dentistry", "agreed", ["primary-care"]),
    ]
    A = lambda n, r, a: dict(name=n, role=r, attendance=a)
    attendees = [
        A("Adaeze Okafor", "Chair", "present"), A("Martin Threlfall", "Vice-Chair", "present"),
        A("Priya Banerjee", None, "present"), A("Colin Ashworth", None, "present"),
        A("Helen Dunmore", None, "present"), A("Rashid Khan", None, "present"),
        A("Siobhan Rourke", None, "present"),
        A("Terence Vale", "substitute for Councillor Gail Pennington", "present"),
        A("Neil Farrow", "Executive Member for Adult Social Care and Health", "in_attendance"),
        A("Dr Imogen Castell", "Director of Public Health", "in_attendance"),
        A("Ruth Ellingham", "Strategic Director of Adults, Health and Wellbeing", "in_attendance"),
        A("Gareth Lowe", "Head of Commissioning and Contract Management", "in_attendance"),
        A("Femi Adeyemi", "Scrutiny Support Officer", "in_attendance"),
        A("Mark Haslam", "Chief Operating Officer, Harwick Teaching Hospitals NHS Trust", "in_attendance"),
        A("Dr Lucy Brennan", "Associate Medical Director, Harwick and Dale Integrated Care Board",
          "in_attendance"),
        A("Gail Pennington", None, "apologies"), A("Jonathan Reeve", None, "apologies"),
    ]
    return dict(document=DOC1, doc_type="minutes", committee="Health Scrutiny Committee",
                meeting_date="2025-03-12",
                items=[dict(number=n, title=t) for n, t, _ in D1_ITEMS],
                questions=questions, resolutions=resolutions, attendees=attendees)


def _field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        elif kind == "text":
            el = OxmlElement("w:t"); el.text = text
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def build_doc1():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Femi Adeyemi"; cp.title = "Health Scrutiny Committee minutes 12 March 2025"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Democratic Services"; cp.revision = 3
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for s in ("Heading 1", "Title"):
        d.styles[s].font.name = "Arial"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Harwick City Council – Health Scrutiny Committee – 12 March 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    _field(fp.add_run(), "PAGE")
    fp.add_run("\t\tChair’s initials ..........")

    # numbering: one fresh w:num per RESOLVED list, based on List Number's abstractNum
    numbering = d.part.numbering_part.numbering_definitions._numbering
    base = d.styles["List Number"].element.pPr.numPr.numId.val
    abs_id = [n for n in numbering.num_lst if n.numId == base][0].abstractNumId.val

    def new_list():
        num = numbering.add_num(abs_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("HARWICK CITY COUNCIL"); r.bold = True; r.font.size = Pt(14)
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("HEALTH SCRUTINY COMMITTEE"); r.bold = True
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm in Committee Room 2, "
              "The Guildhall, Harwick")
    for label, text in D1_ATT:
        p = d.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)
    p = d.add_paragraph()
    p.add_run("The superscript numbers refer to the endnotes at the end of these minutes, which record "
              "the questions put by Members and the answers given.").italic = True

    for num, title, blocks in D1_ITEMS:
        d.add_heading(f"Minute {num}: {title}", level=1)
        for b in blocks:
            if b[0] == "p":
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                for part in re.split(r"(\{\d+\})", b[1]):
                    if not part:
                        continue
                    m = re.fullmatch(r"\{(\d+)\}", part)
                    if m:
                        rr = p.add_run(f"[{m.group(1)}]"); rr.font.superscript = True
                    else:
                        p.add_run(part)
            else:
                p = d.add_paragraph(); p.add_run(b[1]).bold = True
                nid = new_list()
                for clause in b[2]:
                    p = d.add_paragraph(clause, style="List Number")
                    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
                    numPr.get_or_add_ilvl().val = 0
                    numPr.get_or_add_numId().val = nid
    d.add_paragraph("The meeting closed at 8.12 pm.")
    p = d.add_paragraph("Chair ……………………………………")
    p = d.add_paragraph(); p.add_run("Endnotes").bold = True
    for n in sorted(D1_NOTES):
        p = d.add_paragraph(f"[{n}] {D1_NOTES[n]}")
        p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
        for rr in p.runs:
            rr.font.size = Pt(9)
    buf = io.BytesIO(); d.save(buf)
    _write_fixed_zip(buf.getvalue(), DOCS / DOC1)


def _write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


def doc1_text():
    import docx
    d = docx.Document(str(DOCS / DOC1))
    return "\n".join(p.text for p in d.paragraphs)


# ---------------------------------------------------------------- document 2
DOC2 = "cy-eastmoor-adult-social-care-health-panel-2025-01-23.html"

D2_ATT = [
    "PRESENT: Councillor J Marsden (Chair); Councillors T Aldridge, P Chaudhry, K Doherty, "
    "S Fenwick, L Harrop and M Quayle.",
    "ALSO PRESENT: Councillor R Whitlow (Cabinet Member for Health and Adult Services).",
    "OFFICERS: A Pryce (Head of Adult Social Care Commissioning), D Sowerby (Head of Housing "
    "Solutions) and C Nwosu (Democratic Services Officer).",
    "IN ATTENDANCE: Dr H Gillan (Head of Primary Care Commissioning, North Fells Integrated Care Board).",
]

D2_ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE", [
        "Apologies for absence were received from Councillors B Ingham and V Okonjo.",
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        "Councillor Harrop declared a non-pecuniary interest in item 6 as a trustee of Eastmoor "
        "Carers Together. There were no other declarations.",
    ]),
    ("3", "MINUTES", [
        "RESOLVED that the minutes of the meeting held on 28 November 2024 be approved as a correct "
        "record and signed by the Chair.",
    ]),
    ("4", "PUBLIC QUESTIONS", [
        "Mr Dennis Cole, a resident of Thornby, asked why the Council had not yet published the "
        "results of its survey of unpaid carers carried out in the summer. The Head of Adult Social "
        "Care Commissioning said that the survey results would be published on the Council’s "
        "website by the end of February, together with an action plan.",
    ]),
    ("5", "NHS DENTAL ACCESS IN EASTMOOR", [
        "Dr H Gillan, Head of Primary Care Commissioning at the North Fells Integrated Care Board, "
        "presented a report on access to NHS dentistry in the borough, including the dental "
        "recovery plan and the new patient premium introduced nationally.",
        "Councillor Chaudhry asked how many residents were currently waiting to register with an "
        "NHS dentist. The Head of Primary Care Commissioning said that there was no single waiting "
        "list, but the dental helpline had logged 4,260 calls from Eastmoor in the last quarter. "
        "Councillor Doherty asked whether the ICB would commission additional urgent dental "
        "appointments for children. The Head of Primary Care Commissioning said that 1,800 extra "
        "urgent sessions had been commissioned until March 2026, with priority for looked after "
        "children. Councillor Fenwick expressed concern that two practices in the borough had "
        "handed back their NHS contracts within a year. The Head of Primary Care Commissioning "
        "said that the ICB was procuring a replacement provider and expected to award the "
        "contract by the summer.",
        "RESOLVED that the update on NHS dental access in Eastmoor be noted.",
    ]),
    ("6", "HOME CARE FRAMEWORK – CONTRACT PERFORMANCE", [
        "The Head of Adult Social Care Commissioning presented the annual performance report on "
        "the home care framework, under which eleven independent providers deliver around 9,800 "
        "hours of care each week.",
        "Councillor Aldridge asked how many home care visits were being delivered late or missed "
        "under the framework. The Head of Adult Social Care Commissioning said that 2.1 per cent of "
        "visits had been missed in the last quarter, against a target of one per cent. Councillor "
        "Harrop asked whether any providers had been suspended from the framework since it "
        "started. The Head of Adult Social Care Commissioning said that one provider had been "
        "suspended in October following an inspection which rated it inadequate. Councillor "
        "Quayle asked whether the Council would consider employing home care workers directly "
        "where the market was failing. The Cabinet Member for Health and Adult Services said "
        "that a small in-house team was being piloted in the rural north of the borough.",
        "RESOLVED that (1) the performance of the home care framework be noted; and (2) a report "
        "on the in-house home care pilot be brought to the Panel in July 2025.",
    ]),
    ("7", "HOSPITAL DISCHARGE AND HOUSING NEEDS", [
        "The Head of Housing Solutions introduced a joint report with the hospital discharge team "
        "on patients whose discharge was delayed because they had no suitable home to return to.",
        "Councillor Marsden asked how many people had been kept in hospital because they had no "
        "suitable housing. The Head of Housing Solutions said that 37 patients had been delayed "
        "for housing reasons between April and December 2024. Councillor Doherty asked about the "
        "cost of using bed and breakfast accommodation for people leaving hospital. The Head of "
        "Housing Solutions said that the Council had spent £212,000 on such placements so far this "
        "year. Councillor Chaudhry requested that future reports include a breakdown of delayed "
        "discharges by ward.",
        "RESOLVED that it be RECOMMENDED to Cabinet that two step-down flats for people leaving "
        "hospital be funded from the Better Care Fund in 2025/26.",
    ]),
    ("8", "WORK PROGRAMME", [
        "RESOLVED that the Panel’s work programme for 2024/25 be approved without amendment.",
    ]),
]


def d2_gold():
    Q = lambda item, kind, text, by, ans, giv, th: dict(item=item, kind=kind, text=text, asked_by=by,
                                                        answer=ans, given_by=giv, themes=th)
    H_ASC = "The Head of Adult Social Care Commissioning"
    H_PC = "The Head of Primary Care Commissioning"
    H_H = "The Head of Housing Solutions"
    questions = [
        Q("4", "question", "asked why the Council had not yet published the results of its survey",
          "Mr Dennis Cole", "the survey results would be published on the Council’s website",
          H_ASC, ["patient-and-public-input", "adult-social-care"]),
        Q("5", "question", "how many residents were currently waiting to register with an NHS dentist",
          "Councillor Chaudhry", "the dental helpline had logged 4,260 calls from Eastmoor",
          H_PC, ["primary-care"]),
        Q("5", "question", "whether the ICB would commission additional urgent dental appointments for children",
          "Councillor Doherty", "1,800 extra urgent sessions had been commissioned until March 2026",
          H_PC, ["primary-care", "children-and-families", "subcontracting"]),
        Q("5", "concern", "two practices in the borough had handed back their NHS contracts",
          "Councillor Fenwick", "the ICB was procuring a replacement provider and expected to award",
          H_PC, ["primary-care", "subcontracting"]),
        Q("6", "question", "how many home care visits were being delivered late or missed",
          "Councillor Aldridge", "2.1 per cent of visits had been missed in the last quarter",
          H_ASC, ["adult-social-care", "subcontracting"]),
        Q("6", "question", "whether any providers had been suspended from the framework since it started",
          "Councillor Harrop", "one provider had been suspended in October following an inspection",
          H_ASC, ["adult-social-care", "subcontracting", "governance"]),
        Q("6", "question", "would consider employing home care workers directly where the market was failing",
          "Councillor Quayle", "a small in-house team was being piloted in the rural north",
          "The Cabinet Member for Health and Adult Services",
          ["privatisation", "adult-social-care", "workforce"]),
        Q("7", "question", "how many people had been kept in hospital because they had no suitable housing",
          "Councillor Marsden", "37 patients had been delayed for housing reasons between April and December",
          H_H, ["housing", "adult-social-care"]),
        Q("7", "question", "the cost of using bed and breakfast accommodation for people leaving hospital",
          "Councillor Doherty", "the Council had spent £212,000 on such placements so far this year",
          H_H, ["housing", "finance"]),
        Q("7", "request", "requested that future reports include a breakdown of delayed discharges by ward",
          "Councillor Chaudhry", None, None, ["adult-social-care"]),
    ]
    R = lambda item, text, outcome, th: dict(item=item, text=text, outcome=outcome, themes=th)
    resolutions = [
        R("3", "minutes of the meeting held on 28 November 2024 be approved", "agreed", []),
        R("5", "the update on NHS dental access in Eastmoor be noted", "noted", ["primary-care"]),
        R("6", "a report on the in-house home care pilot be brought to the Panel", "agreed",
          ["adult-social-care", "privatisation"]),
        R("7", "two step-down flats for people leaving hospital be funded from the Better Care Fund",
          "recommended", ["housing", "integration", "adult-social-care", "finance"]),
        R("8", "work programme for 2024/25 be approved without amendment", "agreed", []),
    ]
    A = lambda n, r, a: dict(name=n, role=r, attendance=a)
    attendees = [
        A("Councillor J Marsden", "Chair", "present"),
        A("Councillor T Aldridge", None, "present"), A("Councillor P Chaudhry", None, "present"),
        A("Councillor K Doherty", None, "present"), A("Councillor S Fenwick", None, "present"),
        A("Councillor L Harrop", None, "present"), A("Councillor M Quayle", None, "present"),
        A("Councillor R Whitlow", "Cabinet Member for Health and Adult Services", "in_attendance"),
        A("A Pryce", "Head of Adult Social Care Commissioning", "in_attendance"),
        A("D Sowerby", "Head of Housing Solutions", "in_attendance"),
        A("C Nwosu", "Democratic Services Officer", "in_attendance"),
        A("Dr H Gillan", "Head of Primary Care Commissioning, North Fells Integrated Care Board",
          "in_attendance"),
        A("Councillor B Ingham", None, "apologies"), A("Councillor V Okonjo", None, "apologies"),
    ]
    return dict(document=DOC2, doc_type="minutes",
                committee="Adult Social Care and Health Overview and Scrutiny Panel",
                meeting_date="2025-01-23",
                items=[dict(number=n, title=t) for n, t, _ in D2_ITEMS],
                questions=questions, resolutions=resolutions, attendees=attendees)


PAGE_H = 1188
LINE_H = 19


def build_doc2():
    lines = []  # (kind, text, left, bold)

    def para(text, left=94, width=92, bold=False, first=None):
        for i, ln in enumerate(textwrap.wrap(text, width=width)):
            lines.append((left if i == 0 or first is None else first, ln, bold))
        lines.append(None)  # paragraph gap

    para("EASTMOOR BOROUGH COUNCIL", left=300, bold=True)
    para("ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY PANEL", left=190, bold=True)
    para("MINUTES of the meeting held on Thursday, 23 January 2025 at 2.00 pm in the Council "
         "Chamber, Town Hall, Eastmoor", left=94)
    for a in D2_ATT:
        para(a, left=94)
    for num, title, paras in D2_ITEMS:
        lines.append((94, f"{num}.", True, 130, title))
        lines.append(None)
        for p in paras:
            para(p, left=130, width=86)
    para("The meeting closed at 4.05 pm.", left=130)
    para("Chair", left=130)

    out = []
    page = 1
    y = 110
    divs = []

    def header(pg):
        top = (pg - 1) * PAGE_H
        divs.append(f'<div class="pc" style="position:absolute;top:{top + 40}px;left:0px" id="pf{pg}"></div>')
        divs.append(f'<div class="t f3" style="position:absolute;top:{top + 48}px;left:94px">'
                    f'Adult Social Care and Health Overview and Scrutiny Panel – 23 January 2025</div>')

    def footer(pg):
        top = (pg - 1) * PAGE_H
        divs.append(f'<div class="t f3" style="position:absolute;top:{top + 1120}px;left:94px">'
                    f'Eastmoor Borough Council</div>')
        divs.append(f'<div class="t f3" style="position:absolute;top:{top + 1120}px;left:420px">'
                    f'Page {pg}</div>')
        divs.append(f'<div class="t f3" style="position:absolute;top:{top + 1120}px;left:560px">'
                    f'Chair’s initials ..........</div>')

    header(1)
    for ln in lines:
        if y > 1070:
            footer(page); page += 1; y = 110; header(page)
        if ln is None:
            y += 9
            continue
        top = (page - 1) * PAGE_H + y
        if len(ln) == 5:
            left, num, bold, left2, title = ln
            divs.append(f'<div class="t f2" style="position:absolute;top:{top}px;left:{left}px">'
                        f'{html.escape(num)}</div>')
            divs.append(f'<div class="t f2" style="position:absolute;top:{top}px;left:{left2}px">'
                        f'{html.escape(title)}</div>')
        else:
            left, text, bold = ln
            cls = "t f2" if bold else "t f1"
            divs.append(f'<div class="{cls}" style="position:absolute;top:{top}px;left:{left}px">'
                        f'{html.escape(text)}</div>')
        y += LINE_H
    footer(page)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="PDF2HTML Converter 4.2.1">
<meta name="created" content="2025-02-03T10:14:22Z">
<title>Minutes 23-Jan-2025 Adult Social Care and Health OSP.pdf</title>
<style>
body{{margin:0;background:#808080}}
.pc{{position:absolute;width:794px;height:1123px;background:#fff;box-shadow:0 0 4px #333}}
.t{{white-space:pre;font-family:Arial,sans-serif;color:#000}}
.f1{{font-size:13px}} .f2{{font-size:13px;font-weight:bold}} .f3{{font-size:10px;color:#444}}
</style>
</head>
<body>
<!-- Exported by PDF2HTML from Minutes 23-Jan-2025 Adult Social Care and Health OSP.pdf ({page} pages) -->
<div id="page-container" style="position:relative;width:794px;height:{page * PAGE_H}px">
{chr(10).join(divs)}
</div>
</body>
</html>
"""
    (DOCS / DOC2).write_text(doc, encoding="utf-8")


def doc2_text():
    s = (DOCS / DOC2).read_text(encoding="utf-8")
    body = s.split("<body>", 1)[1]
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", body))


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for name, text_fn in ((DOC1, doc1_text), (DOC2, doc2_text)):
        src = norm(text_fn())
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = src.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name}: {kind} {ph!r} occurs {c} times, {n} words")
        print(f"{name}: items={len(g['items'])} questions={len(g['questions'])} "
              f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])} "
              f"phrases checked={len(phrases)}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    build_doc1(); build_doc2()
    for name, g in ((DOC1, d1_gold()), (DOC2, d2_gold())):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
