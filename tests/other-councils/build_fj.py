#!/usr/bin/env python3
"""Build the "fj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fj.py           build documents/fj-* and gold/fj-*.json
        build_fj.py --check   verify every gold phrase occurs once in its document
"""
import copy, datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 11, 14, 9, 30, 0)
ZIPDATE = (2025, 11, 14, 9, 30, 0)

# --------------------------------------------------------------------------------------
# Document 1: minutes
# --------------------------------------------------------------------------------------
D1 = "fj-wexcombe-adult-social-care-health-scrutiny-commission-2025-11-12.docx"
COUNCIL = "Wexcombe City Council"
COMMITTEE = "Adult Social Care and Health Scrutiny Commission"

COMMISSIONERS = [
    ("Councillor Helen Dunmore", "Chair"),
    ("Councillor Rajesh Bhatt", "Vice-Chair"),
    ("Councillor Tom Aldridge", None),
    ("Councillor Priya Kaur", None),
    ("Councillor Graham Oakes", None),
    ("Councillor Siân Morley", "substitute for Councillor Janet Pugh"),
]
OFFICERS = [
    ("Margaret Ellery", "Strategic Director of Adults, Health and Housing"),
    ("Dev Sharma", "Head of Procurement and Commercial Assurance"),
    ("Dr Alison Crane", "Director of Public Health"),
    ("Corinne Adebayo", "Assistant Director, Commissioning and Market Development"),
    ("Kieran Walsh", "Scrutiny and Democratic Services Officer"),
]
GUESTS = [
    ("Fiona Laidlaw", "Deputy Chief Operating Officer, Wexcombe and Lyne Integrated Care Board"),
    ("Peter Hollis", "Chief Officer, Healthwatch Wexcombe"),
    ("Councillor Lydia Grant", "Executive Member for Adult Social Care and Health"),
]
APOLOGIES = ["Councillor Janet Pugh", "Councillor Owen Ferris"]

# Each qa: (bold question, asker or None, answer or None, gold_q, gold_a, kind, given_by, themes)
ITEMS = [
    dict(num="53", title="Apologies for absence and substitutions",
         narrative=["Apologies for absence were received from Councillor Janet Pugh and Councillor "
                    "Owen Ferris. Councillor Siân Morley attended as a substitute for Councillor Pugh."],
         qa=[], decisions=None),
    dict(num="54", title="Declarations of interest",
         narrative=["Councillor Priya Kaur declared a non-registrable interest in Minute 56 as a close "
                    "family member receives a package of home care arranged by the Council. She remained "
                    "in the meeting and took part in the discussion. No other declarations were made."],
         qa=[], decisions=None),
    dict(num="55", title="Minutes of the previous meeting",
         narrative=["The minutes of the meeting held on 17 September 2025 were agreed as a correct "
                    "record and signed by the Chair, subject to the spelling of Councillor Oakes' name "
                    "being corrected in Minute 41."],
         qa=[], decisions=None,
         res=("minutes of the meeting held on 17 September 2025 were agreed as a correct record",
              "agreed", [])),
    dict(num="56", title="Home care market sustainability",
         narrative=["Corinne Adebayo, Assistant Director, Commissioning and Market Development, introduced "
                    "the report, which set out the position of the home care market ahead of the "
                    "recommissioning of community home care from April 2026. Forty-one providers were "
                    "currently on the framework, delivering around 21,400 hours a week; four providers had "
                    "handed back packages in the last six months, two of them citing fuel costs and "
                    "recruitment difficulties. The proposed model would divide the city into four "
                    "geographical lots with a guaranteed minimum volume of hours for each lead provider.",
                    "Peter Hollis, Healthwatch Wexcombe, summarised feedback from 212 people who use home "
                    "care, the most common complaints being late or shortened visits and frequent changes "
                    "of care worker."],
         qa=[
             ("Would the new contract require providers to pay the Real Living Wage to care workers?",
              "Cllr Dunmore",
              "The Head of Procurement and Commercial Assurance confirmed that it would, from April 2026, "
              "and that the hourly rate paid to providers had been modelled to make that affordable.",
              "Would the new contract require providers to pay the Real Living Wage",
              "hourly rate paid to providers had been modelled to make that affordable",
              "question", "Head of Procurement and Commercial Assurance",
              ["workforce", "subcontracting", "finance", "adult-social-care"]),
             ("How many of the current providers were owned by private equity investors?",
              "Cllr Aldridge",
              "The Assistant Director said that three of the larger providers, together delivering about "
              "a fifth of all hours, were owned by private equity funds; the Council's financial "
              "checks at tender would look at debt levels and parent company guarantees.",
              "How many of the current providers were owned by private equity investors",
              "three of the larger providers, together delivering about a fifth of all hours",
              "question", "Assistant Director",
              ["privatisation", "adult-social-care"]),
             ("Had the Council considered bringing part of the service back in-house as a provider of last resort?",
              None,
              "The Strategic Director replied that an in-house reablement team already picked up handed-back "
              "packages in emergencies, and an options appraisal on a wider in-house service would come "
              "to the Commission in the spring.",
              "considered bringing part of the service back in-house as a provider of last resort",
              "an options appraisal on a wider in-house service would come to the Commission",
              "question", "Strategic Director",
              ["privatisation", "adult-social-care"]),
             ("Members were concerned that fifteen-minute visits were still being commissioned for personal care.",
              "Cllr Morley",
              "The Assistant Director confirmed that fifteen-minute calls would only be used for medication "
              "prompts and welfare checks under the new specification.",
              "concerned that fifteen-minute visits were still being commissioned for personal care",
              "fifteen-minute calls would only be used for medication prompts and welfare checks",
              "concern", "Assistant Director",
              ["subcontracting", "adult-social-care"]),
             ("Would people receiving care be involved in evaluating the tenders?",
              "Cllr Kaur",
              "It was confirmed that two experts by experience recruited through Healthwatch would sit on "
              "the evaluation panel for the quality questions.",
              "Would people receiving care be involved in evaluating the tenders",
              "two experts by experience recruited through Healthwatch would sit on the evaluation panel",
              "question", None,
              ["patient-and-public-input", "subcontracting", "adult-social-care"]),
         ],
         decisions=["noted the report and the feedback presented by Healthwatch Wexcombe;",
                    "requested that the options appraisal on in-house home care provision be reported to the "
                    "Commission in March 2026;",
                    "recommended to the Executive that the home care specification should include a requirement "
                    "for providers to pay care workers for travel time between visits."],
         res=("recommended to the Executive that the home care specification should include a requirement",
              "recommended", ["adult-social-care", "subcontracting", "workforce"])),
    dict(num="57", title="Public health grant and the prevention programme 2026/27",
         narrative=["Dr Alison Crane, Director of Public Health, presented the proposed allocation of the "
                    "public health grant of £28.6 million for 2026/27. The grant had risen by 5.1 per cent "
                    "but the increase would be largely absorbed by NHS pay awards passed through to the "
                    "sexual health and drug and alcohol treatment contracts."],
         qa=[
             ("Why was the budget for the stop smoking service being reduced again?",
              "Cllr Oakes",
              "The Director of Public Health explained that the national Smokefree Generation grant now "
              "paid for most of the service, so the core budget could be released without reducing capacity.",
              "Why was the budget for the stop smoking service being reduced again",
              "national Smokefree Generation grant now paid for most of the service",
              "question", "Director of Public Health",
              ["public-health", "finance"]),
             ("What evidence showed that the healthy weight programme for families was working?",
              None,
              "The Director said that a twelve-month evaluation by the University of Lyne would report in "
              "January and would be shared with Commissioners.",
              "What evidence showed that the healthy weight programme for families was working",
              "a twelve-month evaluation by the University of Lyne would report in January",
              "question", "Director",
              ["public-health", "children-and-families"]),
             ("Could the Commission see the ward-level breakdown of health checks uptake?",
              "Cllr Bhatt",
              None,
              "Could the Commission see the ward-level breakdown of health checks uptake",
              None,
              "request", None,
              ["public-health"]),
         ],
         decisions=["noted the proposed allocation of the public health grant for 2026/27;",
                    "requested a ward-level breakdown of NHS Health Checks uptake and the evaluation of the "
                    "healthy weight programme when available."],
         res=("requested a ward-level breakdown of NHS Health Checks uptake and the evaluation",
              "agreed", ["public-health"])),
    dict(num="58", title="Hospital discharge and winter planning",
         narrative=["Fiona Laidlaw, Deputy Chief Operating Officer of the Wexcombe and Lyne Integrated Care "
                    "Board, gave a presentation on winter plans for Wexcombe General Hospital. On an average "
                    "day 63 patients who no longer met the criteria to reside remained in hospital; the "
                    "target for January was 45. The Strategic Director outlined the Council's contribution "
                    "through the Better Care Fund, including 30 additional discharge to assess beds."],
         qa=[
             ("What was the main cause of delays for patients waiting to go home?",
              "Cllr Aldridge",
              "Ms Laidlaw said that the largest single group were waiting for a package of care at home, "
              "followed by people waiting for a nursing home placement.",
              "What was the main cause of delays for patients waiting to go home",
              "largest single group were waiting for a package of care at home",
              "question", "Ms Laidlaw",
              ["adult-social-care", "integration"]),
             ("Members were concerned that the discharge to assess beds were in care homes outside the city.",
              None,
              "The Strategic Director acknowledged this and said that 22 of the 30 beds were now within the "
              "city boundary, with transport provided for visiting relatives.",
              "concerned that the discharge to assess beds were in care homes outside the city",
              "22 of the 30 beds were now within the city boundary",
              "concern", "Strategic Director",
              ["adult-social-care", "integration"]),
             ("Was the Integrated Care Board's deficit putting the Better Care Fund schemes at risk?",
              "Cllr Dunmore",
              "Ms Laidlaw replied that the Board's contribution to the pooled budget was protected for "
              "2025/26 but decisions for the following year had not yet been taken.",
              "deficit putting the Better Care Fund schemes at risk",
              "contribution to the pooled budget was protected for 2025/26",
              "question", "Ms Laidlaw",
              ["finance", "integration"]),
         ],
         decisions=["noted the winter plan and the update on hospital discharge;",
                    "noted that the Integrated Care Board would attend the February meeting to present its "
                    "financial recovery plan."],
         res=("noted the winter plan and the update on hospital discharge",
              "noted", ["adult-social-care", "integration"])),
    dict(num="59", title="Adult social care workforce strategy",
         narrative=["The Strategic Director introduced the draft Adult Social Care Workforce Strategy "
                    "2026–2029. The vacancy rate across the independent sector in Wexcombe was 9.8 per cent "
                    "and turnover 27 per cent; the Council's own social work vacancy rate had fallen to 11 "
                    "per cent following a recruitment campaign in Kerala and the Philippines."],
         qa=[
             ("What support was given to international recruits whose sponsoring employer had lost its licence?",
              "Cllr Morley",
              "The Strategic Director said that the Council had helped 37 workers find new sponsors through "
              "the regional international recruitment hub, and none had been required to leave the country.",
              "support was given to international recruits whose sponsoring employer had lost its licence",
              "helped 37 workers find new sponsors through the regional international recruitment hub",
              "question", "Strategic Director",
              ["workforce", "adult-social-care"]),
             ("Members felt that agency social workers were still too heavily relied upon in the hospital team.",
              None,
              "It was reported that agency staff had reduced from 14 to six and a market supplement had "
              "been approved for hospital social work posts.",
              "agency social workers were still too heavily relied upon in the hospital team",
              "agency staff had reduced from 14 to six",
              "comment", None,
              ["workforce", "adult-social-care"]),
         ],
         decisions=["noted the draft Adult Social Care Workforce Strategy 2026–2029;",
                    "recommended to the Executive that the strategy include a commitment to a care worker "
                    "pay floor above the Real Living Wage in all new contracts."],
         res=("recommended to the Executive that the strategy include a commitment to a care worker",
              "recommended", ["workforce", "adult-social-care", "subcontracting"])),
    dict(num="60", title="Work programme 2025/26",
         narrative=["Kieran Walsh, Scrutiny and Democratic Services Officer, presented the work programme. "
                    "Councillor Bhatt suggested that the Commission look at access to dentistry for care home "
                    "residents, and this was supported."],
         qa=[], extra_q=[("Councillor Bhatt suggested that the Commission look at access to dentistry",
                          "Councillor Bhatt", "request", ["primary-care", "adult-social-care"])],
         decisions=["approved the work programme 2025/26, subject to the addition of an item on access to "
                    "dental care for care home residents in April 2026."],
         res=("subject to the addition of an item on access to dental care",
              "agreed", ["primary-care", "adult-social-care"])),
]



def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def setup_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "(%1)"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "1080"); ind.set(qn("w:hanging"), "540"); ppr.append(ind); lvl.append(ppr)
    absn.append(lvl)
    numbering.insert(0, absn)
    return numbering


def new_num(numbering, num_id):
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), "90"); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)


def set_numpr(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il); numpr.append(ni); ppr.insert(0, numpr)


def fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.last_modified_by = "Kieran Walsh"
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.revision = 3; cp.title = title


def save_pinned(doc, path):
    buf = io.BytesIO(); doc.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))


def base_doc(header_text, footer_extra):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]; hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Page "); r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8); add_field(r2, "PAGE")
    r3 = fp.add_run(footer_extra); r3.font.size = Pt(8)
    return doc


def build_d1():
    doc = base_doc(f"{COUNCIL} – {COMMITTEE} – 12 November 2025",
                   "\t\tChair's initials ..........")
    numbering = setup_numbering(doc)
    t = doc.add_paragraph(); r = t.add_run(COUNCIL.upper()); r.bold = True; r.font.size = Pt(14)
    t = doc.add_paragraph(); r = t.add_run(COMMITTEE); r.bold = True; r.font.size = Pt(13)
    doc.add_paragraph("MINUTES of the meeting held on Wednesday, 12 November 2025 at 2.00 pm in "
                      "Committee Room 2, The Guildhall, Wexcombe")
    doc.add_paragraph("Present:")
    tbl = doc.add_table(rows=2, cols=3); tbl.style = "Table Grid"
    for i, h in enumerate(("Commissioners", "Officers", "Guests")):
        c = tbl.rows[0].cells[i]; c.paragraphs[0].add_run(h).bold = True
    for i, group in enumerate((COMMISSIONERS, OFFICERS, GUESTS)):
        cell = tbl.rows[1].cells[i]
        first = True
        for name, role in group:
            txt = name if not role else (f"{name} ({role})" if i == 0 else f"{name}, {role}")
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            p.add_run(txt); p.paragraph_format.space_after = Pt(3); first = False
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run("Apologies: ").bold = True
    p.add_run(", ".join(APOLOGIES) + ".")
    num_id = 200
    for it in ITEMS:
        doc.add_heading(f"{it['title']} (Minute {it['num']})", level=2)
        for para in it["narrative"]:
            pp = doc.add_paragraph(para); pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if it["qa"]:
            pp = doc.add_paragraph(); pp.add_run("Questions and answers").bold = True
            for q, asker, ans, *_ in it["qa"]:
                b = doc.add_paragraph(style="List Bullet")
                b.add_run(q).bold = True
                if asker:
                    b.add_run(f" ({asker})")
                if ans:
                    b.add_run(" " + ans)
        if it["decisions"]:
            doc.add_paragraph("The Commission:")
            new_num(numbering, num_id)
            for d in it["decisions"]:
                dp = doc.add_paragraph(d); set_numpr(dp, num_id)
            num_id += 1
    doc.add_paragraph()
    doc.add_paragraph("The meeting closed at 4.42 pm.")
    doc.add_paragraph("Chair ....................................................")
    fix_props(doc, f"{COMMITTEE} minutes 12 November 2025")
    save_pinned(doc, os.path.join(DOCS, D1))

    gold = {"document": D1, "doc_type": "minutes", "committee": COMMITTEE,
            "meeting_date": "2025-11-12",
            "items": [{"number": it["num"], "title": it["title"]} for it in ITEMS],
            "questions": [], "resolutions": [], "attendees": []}
    for it in ITEMS:
        for q, asker, ans, gq, ga, kind, gb, th in it["qa"]:
            gold["questions"].append({"item": it["num"], "kind": kind, "text": gq,
                                      "asked_by": asker, "answer": ga,
                                      "given_by": gb if ans else None, "themes": th})
        for gq, asker, kind, th in it.get("extra_q", []):
            gold["questions"].append({"item": it["num"], "kind": kind, "text": gq, "asked_by": asker,
                                      "answer": None, "given_by": None, "themes": th})
        if it.get("res"):
            txt, out, th = it["res"]
            gold["resolutions"].append({"item": it["num"], "text": txt, "outcome": out, "themes": th})
    for name, role in COMMISSIONERS:
        gold["attendees"].append({"name": name, "role": role, "attendance": "present"})
    for name, role in OFFICERS + GUESTS:
        gold["attendees"].append({"name": name, "role": role, "attendance": "in_attendance"})
    for name in APOLOGIES:
        gold["attendees"].append({"name": name, "role": None, "attendance": "apologies"})
    return gold

# --------------------------------------------------------------------------------------
# Document 2: procurement clarification log (not minutes)
# --------------------------------------------------------------------------------------
D2 = "fj-wexcombe-home-care-tender-clarification-questions-log.docx"
CQS = [
    ("Will TUPE apply to care workers currently delivering packages in each lot?",
     "The Council's view is that TUPE is likely to apply where a worker spends the majority of their time on "
     "packages transferring to a new lead provider. Anonymised workforce information from incumbents is "
     "provided in Appendix F.", "03/10/2025"),
    ("Please confirm the guaranteed minimum volume of hours for Lot 3 (North and Harbourside).",
     "The guaranteed minimum is 3,900 hours per week for the first contract year, reviewed quarterly.",
     "03/10/2025"),
    ("Is the hourly rate in the pricing schedule a ceiling or can bidders submit a higher rate?",
     "The rate of £25.40 per hour is fixed. Bids are evaluated on quality (80%) and social value (20%) only.",
     "06/10/2025"),
    ("Can a bidder submit a tender for more than one lot?",
     "Yes. A bidder may bid for all four lots but may be awarded a maximum of two as lead provider.",
     "06/10/2025"),
    ("Must the Real Living Wage be paid for travel time as well as contact time?",
     "Yes. Clause 14.3 of the draft contract requires payment of at least the Real Living Wage for all "
     "working time, including travel between visits.", "09/10/2025"),
    ("Will sub-contracting to other registered providers be permitted within a lot?",
     "Sub-contracting of up to 25% of hours is permitted with the Council's prior written consent. "
     "Sub-contractors must be registered with the CQC and rated at least Requires Improvement.",
     "09/10/2025"),
    ("What is the word limit for quality question Q4 (safeguarding)?",
     "1,500 words, excluding the organisational chart.", "10/10/2025"),
    ("Please can the Council provide current numbers of double-handed calls per lot?",
     "See revised Appendix C (version 2), uploaded to the portal on 13 October 2025.", "13/10/2025"),
    ("Will the Council accept electronic call monitoring data from our existing system?",
     "Yes, provided it can export to the Council's format described in Schedule 6.", "14/10/2025"),
    ("Is a parent company guarantee required if the bidder's accounts show net liabilities?",
     "A parent company guarantee or performance bond of 10% of annual contract value will be required.",
     "16/10/2025"),
    ("How will service user experience be assessed during the contract?",
     "Through quarterly surveys carried out by Healthwatch Wexcombe and annual reviews; see KPI 7.",
     "16/10/2025"),
    ("Can the submission deadline be extended due to the portal outage on 15 October?",
     "The deadline has been extended to 12 noon on 31 October 2025. All bidders have been notified.",
     "17/10/2025"),
    ("Is there a requirement to deliver reablement within the lots?",
     "No. Reablement remains with the Council's in-house team and is outside the scope of this procurement.",
     "20/10/2025"),
    ("Please confirm whether the 15-minute call restriction applies to medication prompts.",
     "Fifteen-minute calls are permitted only for medication prompts and welfare checks.", "24/10/2025"),
]


def build_d2():
    doc = base_doc("Wexcombe City Council – Commercial Services – OFFICIAL",
                   "    Ref WCC/ASC/2025/117 – Clarification Questions Log v6")
    t = doc.add_paragraph(); r = t.add_run("Procurement of Community Home Care Services (Lots 1–4)")
    r.bold = True; r.font.size = Pt(14)
    t = doc.add_paragraph(); r = t.add_run("Clarification Questions Log – Version 6 – published 24 October 2025")
    r.bold = True
    for para in [
        "This log records clarification questions received from bidders through the e-tendering portal "
        "during the tender period for Ref WCC/ASC/2025/117, together with the Council's responses. "
        "Questions have been anonymised and, where necessary, edited to remove information that could "
        "identify the bidder. Responses form part of the tender documents and bidders should read them "
        "alongside the Invitation to Tender.",
        "Clarification questions must be submitted through the portal message facility no later than "
        "12 noon on 24 October 2025. Questions received after that time will not be answered. Bidders "
        "must not contact councillors or officers other than through the portal.",
        "New entries since version 5 are CQ13 and CQ14.",
    ]:
        p = doc.add_paragraph(para); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    tbl = doc.add_table(rows=1, cols=4); tbl.style = "Table Grid"
    for i, h in enumerate(("CQ", "Question", "Response", "Date published")):
        tbl.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for n, (q, a, d) in enumerate(CQS, 1):
        row = tbl.add_row().cells
        row[0].text = f"CQ{n}"; row[1].text = q; row[2].text = a; row[3].text = d
    doc.add_paragraph()
    doc.add_paragraph("Commercial Services, Wexcombe City Council, The Guildhall, Wexcombe WX1 2GH. "
                      "procurement@wexcombe.gov.example")
    fix_props(doc, "Home care tender – clarification questions log")
    save_pinned(doc, os.path.join(DOCS, D2))
    return {"document": D2, "doc_type": "other",
            "themes": ["subcontracting", "adult-social-care", "workforce", "finance"],
            "items": [], "questions": [], "resolutions": [], "attendees": []}

# --------------------------------------------------------------------------------------

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def doc_text(path):
    d = Document(path)
    parts = []
    sec = d.sections[0]
    parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return "\n".join(parts)


def check():
    ok = True
    for fn in sorted(os.listdir(GOLD)):
        if not fn.startswith("fj-"):
            continue
        g = json.load(open(os.path.join(GOLD, fn)))
        text = " " + norm(doc_text(os.path.join(DOCS, g["document"]))) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(q["text"])
            if q.get("answer"):
                phrases.append(q["answer"])
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {fn}: count={c} words={n}: {ph}")
        print(f"{fn}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    for g in (build_d1(), build_d2()):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
