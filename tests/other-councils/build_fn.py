#!/usr/bin/env python3
"""Build the "fn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fn.py           build documents/fn-* and gold/fn-*.json
        build_fn.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, zipfile, io, datetime
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)

def pin_zip(path):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())

def fix_props(doc, title, author):
    cp = doc.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.title = title; cp.author = author; cp.last_modified_by = author; cp.revision = 1

def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), "51")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "51"), ("w:numFmt", "decimal"), ("w:lvlText", "OS.%1"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "1134"); ind.set(qn("w:hanging"), "1134"); ppr.append(ind); lvl.append(ppr)
    absn.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(absn)
    else: numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "51")
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), "51"); num.append(a)
    numbering.append(num)

def numbered_heading(doc, title):
    p = doc.add_heading(title, level=1)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), "51")
    numpr.append(il); numpr.append(ni); ppr.append(numpr)
    return p

def para(doc, text, bold_prefix=None, justify=True):
    p = doc.add_paragraph()
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    if justify: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

# ---------------------------------------------------------------- document 1
D1 = "fn-wyvern-vale-overview-and-scrutiny-2025-10-14.docx"
def build_doc1():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    add_heading_numbering(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "Wyvern Vale District Council"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.text = "Chairman's initials ......"; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_paragraph(); r = t.add_run("WYVERN VALE DISTRICT COUNCIL"); r.bold = True; r.font.size = Pt(14)
    t = doc.add_paragraph(); r = t.add_run("Minutes of a meeting of the Overview and Scrutiny Committee held in the Council Chamber, Vale House, Ashcombe on Tuesday 14 October 2025 at 6.30 pm"); r.bold = True
    para(doc, "Councillors M. Ellery (Chairman), P. Dunmore (Vice-Chairman), A. Benbow (substitute for Councillor B. Hartley), R. Cathcart, J. Okafor, S. Pridmore, L. Venn and T. Whitlock.", "Present: ")
    para(doc, "Karen Lomas (Strategic Director – Place and Communities), David Achterberg (Head of Housing and Environmental Health Services) and Priya Nandra (Democratic Services and Scrutiny Officer).", "Officers: ")
    para(doc, "Councillor G. Fairclough (Portfolio Holder for Housing and Health) and Dr Helen Marsh (Associate Director of Primary Care, Mid-Wyvern Integrated Care Board).", "Also in attendance: ")
    para(doc, "Councillors B. Hartley and N. Quayle.", "Apologies: ")

    numbered_heading(doc, "Apologies for Absence and Substitutions")
    para(doc, "Apologies for absence were received from Councillors Hartley and Quayle. Councillor Benbow was present as a substitute for Councillor Hartley.")

    numbered_heading(doc, "Declarations of Interest")
    para(doc, "Councillor Okafor declared a non-registrable interest in minute OS.55 as her mother received a disabled facilities grant in 2024. She remained in the room and took part in the discussion.")

    numbered_heading(doc, "Minutes")
    para(doc, "The Committee RESOLVED to:")
    para(doc, "1. approve the minutes of the meeting held on 9 September 2025 as a correct record, to be signed by the Chairman.")

    numbered_heading(doc, "Housing Register and Temporary Accommodation")
    para(doc, "The Head of Housing and Environmental Health Services introduced the report, which set out the position on the housing register and the use of temporary accommodation since April. There were 1,412 households on the register and 86 households in temporary accommodation, of which 31 were in bed and breakfast.")
    para(doc, "Councillor Cathcart wondered whether the council could buy more of its own temporary accommodation rather than relying on nightly-paid bed and breakfast rooms in neighbouring towns. The Head of Housing acknowledged that buying units would be cheaper over five years and said a business case for twelve flats would come to Cabinet in December.")
    para(doc, "Councillor Venn was keen to understand how long families with children were staying in bed and breakfast, given the six-week legal limit. The Head of Housing confirmed that four families had exceeded six weeks in the last quarter, all now moved into self-contained units.")
    para(doc, "It was noted that the homelessness prevention grant for 2025/26 had been confirmed at £318,000, a small increase on the previous year.")
    para(doc, "Councillor Whitlock put it to the Portfolio Holder that the council was losing too many tenancies in the private rented sector to no-fault evictions ahead of the Renters’ Rights Act. Responding to Councillor Whitlock, the Portfolio Holder stated that a landlord incentive scheme offering a deposit and two months’ rent in advance had secured 19 tenancies since June.")
    para(doc, "The Committee RESOLVED to:")
    para(doc, "1. note the update on the housing register and temporary accommodation; and")
    para(doc, "2. ask for a further report in March 2026 including the outcome of the temporary accommodation purchase business case.")

    numbered_heading(doc, "Disabled Facilities Grants and Home Adaptations")
    para(doc, "The Strategic Director presented the report on the delivery of disabled facilities grants, which are funded through the Better Care Fund and delivered jointly with the county council’s occupational therapy service. The average time from referral to completion was 41 weeks against a target of 26.")
    para(doc, "Councillor Dunmore sought clarification on why the waiting list for occupational therapy assessments had doubled since the county council restructured its adult social care teams. The Strategic Director explained that the county had lost three occupational therapists and had used agency staff to cover two of the vacancies.")
    para(doc, "Councillor Pridmore raised the matter of older residents unable to leave hospital because adaptations were not in place; the Strategic Director undertook to obtain figures on delayed hospital discharges linked to adaptations from the county council.")
    para(doc, "Councillor Okafor asked whether the council’s in-house technical officers or the framework contractors were quicker to complete works. The Head of Housing said the contractors on the framework were on average four weeks quicker but cost around eight per cent more.")
    para(doc, "The Committee RESOLVED to:")
    para(doc, "1. recommend to Cabinet that a discretionary fast-track grant of up to £7,500 be introduced for hospital discharge cases; and")
    para(doc, "2. recommend to Cabinet that the council seek a joint review of occupational therapy capacity with the county council.")
    para(doc, "The recommendations were agreed without a vote.")

    numbered_heading(doc, "Leisure and Wellbeing Contract – Annual Performance of the Operator")
    para(doc, "The Portfolio Holder for Housing and Health introduced the annual performance report of Ashcombe Active Ltd, the private operator of the district’s three leisure centres under a fifteen-year contract let in 2019. The management fee paid to the council had fallen from £410,000 to £120,000.")
    para(doc, "Councillor Benbow questioned whether the council had any real leverage over a private operator which had failed four of its eleven key performance indicators. The Strategic Director said the contract allowed deductions from the management fee and that £18,400 had been deducted in the year.")
    para(doc, "Councillor Cathcart was concerned that the operator had cut the swimming lessons offered to primary school pupils from Kingsford and Lower Ashby. Responding to Councillor Cathcart, the Portfolio Holder stated that the operator had agreed to restore the school swimming programme from January.")
    para(doc, "Councillor Venn requested that the results of the operator’s customer satisfaction survey be shared with all Members, as it had not been published.")
    para(doc, "Councillor Whitlock proposed, seconded by Councillor Benbow, that the matter be referred to Full Council for a debate on bringing the leisure service back in-house at the next break clause; on being put to the vote this was CARRIED (5 for, 3 against).")
    para(doc, "The Committee RESOLVED to:")
    para(doc, "1. note the annual performance report of the leisure operator; and")
    para(doc, "2. ask the Strategic Director to circulate the customer satisfaction survey results to all Members before the Full Council debate.")

    numbered_heading(doc, "Access to GP Services and Health Inequalities")
    para(doc, "Dr Marsh of the Mid-Wyvern Integrated Care Board presented an update on the primary care access recovery plan and the joint work with the district’s public health team on health inequalities in the Kingsford wards, where life expectancy for men was 7.2 years lower than in the least deprived parts of the district.")
    para(doc, "Councillor Pridmore wondered whether the new total triage telephone system was putting off older patients who were not confident online. Dr Marsh accepted that some practices had seen complaints rise and said the ICB was funding digital champions in four surgeries.")
    para(doc, "Councillor Okafor was keen to understand what had happened to the branch surgery in Lower Ashby, which had closed temporarily in May and had not reopened. Dr Marsh said that the practice partners were still trying to recruit a salaried GP and that no decision had been made to close the branch permanently.")
    para(doc, "Councillor Dunmore raised the matter of the smoking cessation service no longer being offered in community pharmacies; the Strategic Director undertook to write to the county’s Director of Public Health and share the reply with the Committee.")
    para(doc, "The Committee RESOLVED to note the update from the Integrated Care Board on GP access and health inequalities.")

    numbered_heading(doc, "Work Programme 2025/26")
    para(doc, "The Democratic Services and Scrutiny Officer presented the work programme.")
    para(doc, "The Committee RESOLVED to:")
    para(doc, "1. agree the work programme with the addition of a review of damp and mould in social housing for the February 2026 meeting.")
    para(doc, "The meeting closed at 8.52 pm.")
    para(doc, "Chairman ........................................        Date ....................", justify=False)
    fix_props(doc, "Overview and Scrutiny Committee minutes 14 October 2025", "Democratic Services")
    path = os.path.join(DOCS, D1); doc.save(path); pin_zip(path)

GOLD1 = {
  "document": D1, "doc_type": "minutes", "committee": "Overview and Scrutiny Committee", "meeting_date": "2025-10-14",
  "items": [{"number": "OS.%d" % n, "title": t} for n, t in [
      (51, "Apologies for Absence and Substitutions"), (52, "Declarations of Interest"), (53, "Minutes"),
      (54, "Housing Register and Temporary Accommodation"), (55, "Disabled Facilities Grants and Home Adaptations"),
      (56, "Leisure and Wellbeing Contract – Annual Performance of the Operator"),
      (57, "Access to GP Services and Health Inequalities"), (58, "Work Programme 2025/26")]],
  "questions": [
    {"item": "OS.54", "kind": "question", "text": "wondered whether the council could buy more of its own temporary accommodation",
     "asked_by": "Councillor Cathcart", "answer": "buying units would be cheaper over five years", "given_by": "Head of Housing", "themes": ["housing", "finance"]},
    {"item": "OS.54", "kind": "question", "text": "keen to understand how long families with children were staying in bed and breakfast",
     "asked_by": "Councillor Venn", "answer": "four families had exceeded six weeks in the last quarter", "given_by": "Head of Housing", "themes": ["housing", "children-and-families"]},
    {"item": "OS.54", "kind": "concern", "text": "the council was losing too many tenancies in the private rented sector",
     "asked_by": "Councillor Whitlock", "answer": "a landlord incentive scheme offering a deposit and two months’ rent in advance", "given_by": "Portfolio Holder", "themes": ["housing"]},
    {"item": "OS.55", "kind": "question", "text": "sought clarification on why the waiting list for occupational therapy assessments had doubled",
     "asked_by": "Councillor Dunmore", "answer": "the county had lost three occupational therapists and had used agency staff", "given_by": "Strategic Director", "themes": ["adult-social-care", "workforce", "housing"]},
    {"item": "OS.55", "kind": "concern", "text": "raised the matter of older residents unable to leave hospital because adaptations",
     "asked_by": "Councillor Pridmore", "answer": "undertook to obtain figures on delayed hospital discharges linked to adaptations", "given_by": "Strategic Director", "themes": ["adult-social-care", "housing", "integration"]},
    {"item": "OS.55", "kind": "question", "text": "asked whether the council’s in-house technical officers or the framework contractors were quicker",
     "asked_by": "Councillor Okafor", "answer": "the contractors on the framework were on average four weeks quicker", "given_by": "Head of Housing", "themes": ["subcontracting", "finance", "housing"]},
    {"item": "OS.56", "kind": "question", "text": "questioned whether the council had any real leverage over a private operator",
     "asked_by": "Councillor Benbow", "answer": "the contract allowed deductions from the management fee", "given_by": "Strategic Director", "themes": ["subcontracting", "privatisation", "finance"]},
    {"item": "OS.56", "kind": "concern", "text": "concerned that the operator had cut the swimming lessons offered to primary school pupils",
     "asked_by": "Councillor Cathcart", "answer": "the operator had agreed to restore the school swimming programme from January", "given_by": "Portfolio Holder", "themes": ["subcontracting", "children-and-families"]},
    {"item": "OS.56", "kind": "request", "text": "requested that the results of the operator’s customer satisfaction survey be shared with all Members",
     "asked_by": "Councillor Venn", "answer": None, "given_by": None, "themes": ["patient-and-public-input", "subcontracting"]},
    {"item": "OS.57", "kind": "question", "text": "wondered whether the new total triage telephone system was putting off older patients",
     "asked_by": "Councillor Pridmore", "answer": "the ICB was funding digital champions in four surgeries", "given_by": "Dr Marsh", "themes": ["primary-care"]},
    {"item": "OS.57", "kind": "question", "text": "keen to understand what had happened to the branch surgery in Lower Ashby",
     "asked_by": "Councillor Okafor", "answer": "the practice partners were still trying to recruit a salaried GP", "given_by": "Dr Marsh", "themes": ["primary-care", "workforce"]},
    {"item": "OS.57", "kind": "concern", "text": "raised the matter of the smoking cessation service no longer being offered in community pharmacies",
     "asked_by": "Councillor Dunmore", "answer": "undertook to write to the county’s Director of Public Health", "given_by": "Strategic Director", "themes": ["public-health", "primary-care"]},
  ],
  "resolutions": [
    {"item": "OS.53", "text": "approve the minutes of the meeting held on 9 September 2025", "outcome": "agreed", "themes": []},
    {"item": "OS.54", "text": "note the update on the housing register and temporary accommodation", "outcome": "agreed", "themes": ["housing"]},
    {"item": "OS.55", "text": "recommend to Cabinet that a discretionary fast-track grant of up to £7,500", "outcome": "recommended", "themes": ["housing", "adult-social-care", "finance"]},
    {"item": "OS.56", "text": "that the matter be referred to Full Council for a debate", "outcome": "agreed", "themes": ["privatisation", "governance"]},
    {"item": "OS.56", "text": "note the annual performance report of the leisure operator", "outcome": "agreed", "themes": ["subcontracting", "patient-and-public-input"]},
    {"item": "OS.57", "text": "note the update from the Integrated Care Board on GP access", "outcome": "noted", "themes": ["primary-care", "public-health"]},
    {"item": "OS.58", "text": "agree the work programme with the addition of a review of damp and mould", "outcome": "agreed", "themes": ["housing"]},
  ],
  "attendees": [
    {"name": "M. Ellery", "role": "Chairman", "attendance": "present"},
    {"name": "P. Dunmore", "role": "Vice-Chairman", "attendance": "present"},
    {"name": "A. Benbow", "role": "substitute for Councillor B. Hartley", "attendance": "present"},
    {"name": "R. Cathcart", "role": None, "attendance": "present"},
    {"name": "J. Okafor", "role": None, "attendance": "present"},
    {"name": "S. Pridmore", "role": None, "attendance": "present"},
    {"name": "L. Venn", "role": None, "attendance": "present"},
    {"name": "T. Whitlock", "role": None, "attendance": "present"},
    {"name": "Karen Lomas", "role": "Strategic Director – Place and Communities", "attendance": "in_attendance"},
    {"name": "David Achterberg", "role": "Head of Housing and Environmental Health Services", "attendance": "in_attendance"},
    {"name": "Priya Nandra", "role": "Democratic Services and Scrutiny Officer", "attendance": "in_attendance"},
    {"name": "Councillor G. Fairclough", "role": "Portfolio Holder for Housing and Health", "attendance": "in_attendance"},
    {"name": "Dr Helen Marsh", "role": "Associate Director of Primary Care, Mid-Wyvern Integrated Care Board", "attendance": "in_attendance"},
    {"name": "B. Hartley", "role": None, "attendance": "apologies"},
    {"name": "N. Quayle", "role": None, "attendance": "apologies"},
  ],
}

# ---------------------------------------------------------------- document 2
D2 = "fn-wyvern-vale-portfolio-holder-report-housing-and-health.docx"
def build_doc2():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Wyvern Vale District Council – Council, 22 October 2025 – Agenda Item 9(c)"
    sec.footer.paragraphs[0].text = "Portfolio Holder’s report – Housing and Health"
    doc.add_heading("Portfolio Holder’s Report to Council", level=1)
    para(doc, "Councillor G. Fairclough, Portfolio Holder for Housing and Health", justify=False)
    para(doc, "Period covered: July to September 2025", justify=False)
    doc.add_heading("Homelessness and temporary accommodation", level=2)
    para(doc, "We have had a busy quarter. Our housing options team took 402 approaches, up 14 per cent on the same quarter last year, and we prevented or relieved homelessness for 188 households. We still have 86 households in temporary accommodation and I am not content that 31 of them are in bed and breakfast. We are preparing a business case to buy twelve flats for use as our own temporary accommodation, which we expect to save around £210,000 a year against nightly-paid rooms.")
    para(doc, "Our landlord incentive scheme has now secured 19 tenancies since June, and I thank the Overview and Scrutiny Committee for its challenge on this at its October meeting.")
    doc.add_heading("Disabled facilities grants", level=2)
    para(doc, "We completed 47 adaptations in the quarter from a Better Care Fund allocation of £1.26 million for the year. Waiting times remain too long, largely because of the shortage of occupational therapists at the county council, and we are working with the county and the hospital trust on a fast-track route for people waiting to be discharged from hospital.")
    doc.add_heading("Health and wellbeing", level=2)
    para(doc, "With the county’s public health team we have launched a healthy weight programme for families in the Kingsford wards, and our environmental health officers carried out 63 inspections of food businesses, with 94 per cent now rated four or five.")
    doc.add_heading("Questions I have been asked by residents", level=2)
    para(doc, "Residents have asked me why the Lower Ashby branch surgery has not reopened, whether the council can do more about damp and mould in housing association homes, and when the leisure centre swimming lessons for schools will return. I have raised the surgery with the Integrated Care Board, we have written to every registered provider in the district about damp and mould, and the operator has told us that school swimming will restart in January.")
    doc.add_heading("Looking ahead", level=2)
    para(doc, "Over the next quarter we will bring the temporary accommodation business case to Cabinet, consult tenants and residents on our draft Housing Strategy 2026–2031, and publish our first annual report on private sector housing standards.")
    para(doc, "Councillor G. Fairclough", justify=False)
    fix_props(doc, "Portfolio Holder report to Council – Housing and Health", "Democratic Services")
    path = os.path.join(DOCS, D2); doc.save(path); pin_zip(path)

GOLD2 = {"document": D2, "doc_type": "report",
         "themes": ["housing", "public-health", "finance", "adult-social-care", "primary-care", "patient-and-public-input"],
         "items": [], "questions": [], "resolutions": [], "attendees": []}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return norm("\n".join(parts))

def check():
    ok = True
    for g in (GOLD1, GOLD2):
        text = doc_text(os.path.join(DOCS, g["document"]))
        phrases = []
        for q in g["questions"]:
            phrases.append(q["text"])
            if q["answer"]: phrases.append(q["answer"])
        phrases += [r["text"] for r in g["resolutions"]]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False; print("FAIL", g["document"], repr(ph), "count", c, "words", n)
        print(g["document"], "phrases checked:", len(phrases))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_doc1(); build_doc2()
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    check()

if __name__ == "__main__":
    main()
