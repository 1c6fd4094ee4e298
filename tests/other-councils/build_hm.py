#!/usr/bin/env python3
"""Build the "hm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hm.py           build documents/hm-* and gold/hm-*.json
        build_hm.py --check   verify every gold phrase occurs once in its document
"""
import io
import json
import os
import re
import sys
import zipfile
import datetime

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = (2025, 3, 20, 10, 0, 0)
FIXED_DT = datetime.datetime(2025, 3, 20, 10, 0, 0)

DOC1 = "hm-elvet-awhosc-2025-03-13.docx"
DOC2 = "hm-elvet-safeguarding-adults-annual-report-summary.docx"


# ---------------------------------------------------------------- helpers
def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(6)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)


def para(d, text="", bold=False, indent=None, hanging=None, align=None, size=None, italic=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if hanging is not None:
        p.paragraph_format.first_line_indent = Cm(-hanging)
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def pin_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- doc 1
def build_doc1(path):
    d = base_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, " PAGE ")
    fp.add_run(" of ")
    add_field(fp, " NUMPAGES ")

    para(d, "Elvet County Council", bold=True, size=14, align="c")
    para(d, "Adults, Wellbeing and Health Overview and Scrutiny Committee", bold=True, size=14, align="c")
    para(d, "")
    para(d, "At a Meeting of Adults, Wellbeing and Health Overview and Scrutiny Committee "
            "held in Committee Room 2, County Hall, Elvet on Thursday 13 March 2025 at 9.30 am",
         bold=True, align="j")
    para(d, "")
    para(d, "Present:", bold=True)
    para(d, "Councillor B Coulthard (Chair)", bold=True)
    para(d, "Members of the Committee:", bold=True)
    para(d, "Councillors K Armstrong-Lee (Vice-Chair), J Bainbridge, T Dodds, A Hartley, "
            "L Maddison, R Oyston, S Pattinson and V Trotter", align="j")
    para(d, "Co-opted Members:", bold=True)
    para(d, "Mr D Heslop and Mrs G Wardle")
    para(d, "Also Present:", bold=True)
    para(d, "Councillor M Fenwick (Cabinet Portfolio Holder for Adult and Health Services)", align="j")
    para(d, "")

    def item(num, title):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
        r = p.add_run(f"{num}\t{title}")
        r.bold = True

    def body(text):
        para(d, text, indent=1.5, align="j")

    def resolved(lines):
        p = para(d, "Resolved:", bold=True, indent=1.5)
        p.paragraph_format.keep_with_next = True
        for ln in lines:
            if re.match(r"^\([ivx]+\)", ln):
                lab, rest = ln.split(" ", 1)
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Cm(2.7)
                p.paragraph_format.first_line_indent = Cm(-1.2)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(2.7))
                p.add_run(f"{lab}\t{rest}")
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                body(ln)

    item("1", "Apologies")
    body("Apologies for absence were received from Councillors P Errington, M Wilkes "
         "and C Younger.")

    item("2", "Substitute Members")
    body("Councillor A Hartley substituted for Councillor M Wilkes.")

    item("3", "Minutes")
    body("The minutes of the meeting held on 30 January 2025 were agreed as a correct "
         "record and signed by the Chair.")
    body("Further to minute 7, the Principal Overview and Scrutiny Officer confirmed that "
         "the written information on ambulance handover times requested by Members had "
         "been circulated on 14 February 2025.")

    item("4", "Declarations of Interest")
    body("Councillor T Dodds declared a personal interest in item 6 as a family member "
         "was in receipt of a home care package commissioned by the Council.")

    item("5", "North Pennines and Tees Integrated Care Board – Urgent and Emergency Care Winter Update")
    body("The Committee received a report and presentation from the Director of Place "
         "(Elvet), North Pennines and Tees Integrated Care Board (ICB), which provided an "
         "update on the performance of the urgent and emergency care system over the "
         "winter period, including the position at Elvet University Hospital, the "
         "operation of the urgent treatment centres and the work of the integrated "
         "discharge team (for copy see file of minutes).")
    body("The Director of Place advised that December 2024 had seen the highest number of "
         "attendances at the emergency department on record, with flu admissions peaking "
         "in the first week of January, but that the average ambulance handover time had "
         "fallen to 31 minutes compared with 44 minutes the previous winter.")
    body("Councillor Bainbridge referred to the closure of the overnight service at "
         "Shildon Road urgent treatment centre and asked whether any assessment had been "
         "made of the impact on residents in the west of the county, who now had to "
         "travel a considerable distance to Elvet. The Director of Place responded that "
         "overnight attendances at Shildon Road had averaged fewer than four patients and "
         "that the NHS 111 service now directed those patients to the nearest open site. "
         "An equality impact assessment had been completed and would be shared with the "
         "Committee.")
    body("Mrs Wardle queried how patients and carers had been involved in the redesign of "
         "the urgent treatment centre model. She was informed that the ICB had held six "
         "drop-in sessions across the county and that Healthwatch Elvet had carried out "
         "an independent survey which had received 412 responses.")
    body("Councillor Oyston expressed concern that people were waiting many hours on "
         "trolleys in corridors and that this was not reflected in the headline figures. "
         "In response, the Associate Director of Nursing, Elvet and Tees Valley Hospitals "
         "NHS Foundation Trust, acknowledged that corridor care had been used on 23 days "
         "during January and that the Trust reported every instance to its Board, which "
         "was not acceptable to the Trust either.")
    body("Councillor Pattinson asked how many patients had been delayed in hospital "
         "because a care package could not be found. The Head of Integrated Commissioning "
         "explained that delays for home care packages had reduced to an average of 2.1 "
         "days, and that the discharge to assess beds at Bishops Court had been fully "
         "occupied throughout the winter.")
    body("Councillor Maddison commented that the staff at the hospital deserved the "
         "thanks of the Committee for their efforts over what had been an exceptionally "
         "difficult winter.")
    resolved(["(i) That the report and presentation be received.",
              "(ii) That the equality impact assessment on the Shildon Road urgent "
              "treatment centre be circulated to Members of the Committee.",
              "(iii) That a further update on urgent and emergency care performance be "
              "included in the Committee's work programme for October 2025."])

    item("6", "Recommissioning of Home Care and Support Services")
    body("The Committee considered a report of the Corporate Director of Adult and Health "
         "Services which set out the proposed approach to the recommissioning of home "
         "care and support services from April 2026, when the current contracts with 14 "
         "external providers were due to expire (for copy see file of minutes).")
    body("The Head of Integrated Commissioning reported that the Council spent "
         "approximately £64 million a year on home care and that the new model would "
         "move from a time-and-task approach to outcome-based zones, with a single lead "
         "provider in each of five geographical zones.")
    body("Councillor Trotter asked what would happen to smaller local providers who were "
         "unable to bid as a lead provider. The Head of Integrated Commissioning explained "
         "that lead providers would be required to subcontract at least 30 per cent of "
         "hours to local partners and that a market engagement event had been attended "
         "by 38 organisations.")
    body("Councillor Armstrong-Lee sought clarification on whether the hourly rate paid to "
         "providers would be sufficient to pay care workers the Real Living Wage. The "
         "Strategic Manager, Commissioning, confirmed that the proposed rate of £25.40 "
         "per hour had been modelled on the Real Living Wage plus mileage, and that "
         "compliance would be checked through the contract monitoring framework.")
    body("Mr Heslop requested that people who used home care services and their families "
         "be involved in evaluating the tenders. The Head of Integrated Commissioning "
         "welcomed the suggestion and agreed to work with Healthwatch Elvet to recruit "
         "experts by experience to the evaluation panel.")
    body("Councillor Hartley asked whether the Council had considered bringing any home "
         "care back in-house rather than relying on the independent sector. The Corporate "
         "Director advised that an options appraisal had been undertaken, which showed "
         "that an in-house service would cost an estimated £9.8 million more each year, "
         "but that the Council's in-house reablement service would continue.")
    resolved(["(i) That the report be noted.",
              "(ii) That the Committee supports the proposed outcome-based zonal model for "
              "home care and support services.",
              "(iii) That the comments of the Committee be forwarded to Cabinet for "
              "consideration at its meeting on 16 April 2025."])

    item("7", "Quarter 3 2024/25 Revenue and Capital Outturn Forecast – Adult and Health Services")
    body("The Committee received a report of the Corporate Director of Resources which "
         "provided details of the forecast outturn budget position for Adult and Health "
         "Services, highlighting major variances in comparison with the budget, based on "
         "the position at the end of December 2024 (for copy see file of minutes).")
    body("The Finance Manager, Adult and Health Services, reported a forecast overspend "
         "of £3.2 million, mainly due to increased demand for residential and nursing "
         "placements for older people and the cost of the national insurance increase "
         "for care providers.")
    body("Councillor Dodds asked whether the public health grant was fully committed. The "
         "Finance Manager confirmed that the public health grant would be fully spent by "
         "the year end and that £0.6 million of public health reserves had been "
         "earmarked for the stop smoking service.")
    body("Councillor Coulthard raised concerns about the reliance on one-off reserves to "
         "balance the adult social care budget and whether this was sustainable beyond "
         "2025/26. The Finance Manager acknowledged the risk and advised that it would be "
         "addressed in the Medium Term Financial Plan to be reported in the summer.")
    resolved(["That the Quarter 3 forecast outturn position for Adult and Health Services be received."])

    item("8", "Quarter 3 2024/25 Performance Management Report")
    body("The Committee considered a report of the Chief Executive which presented "
         "progress against the council's corporate performance framework for the "
         "Adults, Wellbeing and Health theme for the third quarter of 2024/25 (for copy "
         "see file of minutes).")
    body("Councillor Maddison asked why the number of adult safeguarding enquiries "
         "completed within timescale had fallen to 71 per cent. The Strategic Manager, "
         "Performance and Intelligence, explained that there had been three vacant social "
         "worker posts in the safeguarding team during the autumn, all of which had now "
         "been filled.")
    body("Councillor Bainbridge requested that future reports include a breakdown of "
         "delayed transfers of care by locality.")
    resolved(["That the report be noted and a breakdown of delayed transfers of care by "
              "locality be provided in the Quarter 4 report."])

    para(d, "")
    para(d, "The meeting closed at 12.05 pm.", indent=1.5)
    para(d, "")
    para(d, "Signed ………………………………… Chair", indent=1.5)
    d.save(path)
    pin_zip(path)


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adults, Wellbeing and Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "1", "title": "Apologies"},
        {"number": "2", "title": "Substitute Members"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Declarations of Interest"},
        {"number": "5", "title": "North Pennines and Tees Integrated Care Board – Urgent and Emergency Care Winter Update"},
        {"number": "6", "title": "Recommissioning of Home Care and Support Services"},
        {"number": "7", "title": "Quarter 3 2024/25 Revenue and Capital Outturn Forecast – Adult and Health Services"},
        {"number": "8", "title": "Quarter 3 2024/25 Performance Management Report"},
    ],
    "questions": [
        {"item": "5", "kind": "question",
         "text": "made of the impact on residents in the west of the county",
         "asked_by": "Councillor Bainbridge",
         "answer": "overnight attendances at Shildon Road had averaged fewer than four patients",
         "given_by": "The Director of Place", "themes": []},
        {"item": "5", "kind": "question",
         "text": "queried how patients and carers had been involved in the redesign",
         "asked_by": "Mrs Wardle",
         "answer": "Healthwatch Elvet had carried out an independent survey which had received",
         "given_by": None, "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "concern",
         "text": "people were waiting many hours on trolleys in corridors",
         "asked_by": "Councillor Oyston",
         "answer": "acknowledged that corridor care had been used on 23 days during January",
         "given_by": "the Associate Director of Nursing, Elvet and Tees Valley Hospitals NHS Foundation Trust",
         "themes": []},
        {"item": "5", "kind": "question",
         "text": "how many patients had been delayed in hospital because a care package",
         "asked_by": "Councillor Pattinson",
         "answer": "delays for home care packages had reduced to an average of 2.1 days",
         "given_by": "The Head of Integrated Commissioning",
         "themes": ["adult-social-care"]},
        {"item": "5", "kind": "comment",
         "text": "staff at the hospital deserved the thanks of the Committee",
         "asked_by": "Councillor Maddison", "answer": None, "given_by": None,
         "themes": ["workforce"]},
        {"item": "6", "kind": "question",
         "text": "what would happen to smaller local providers who were unable to bid",
         "asked_by": "Councillor Trotter",
         "answer": "lead providers would be required to subcontract at least 30 per cent",
         "given_by": "The Head of Integrated Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "would be sufficient to pay care workers the Real Living Wage",
         "asked_by": "Councillor Armstrong-Lee",
         "answer": "the proposed rate of £25.40 per hour had been modelled",
         "given_by": "The Strategic Manager, Commissioning",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "6", "kind": "request",
         "text": "be involved in evaluating the tenders",
         "asked_by": "Mr Heslop",
         "answer": "agreed to work with Healthwatch Elvet to recruit experts by experience",
         "given_by": "The Head of Integrated Commissioning",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "considered bringing any home care back in-house rather than relying",
         "asked_by": "Councillor Hartley",
         "answer": "an in-house service would cost an estimated £9.8 million more each year",
         "given_by": "The Corporate Director",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "asked whether the public health grant was fully committed",
         "asked_by": "Councillor Dodds",
         "answer": "public health grant would be fully spent by the year end",
         "given_by": "The Finance Manager",
         "themes": ["finance", "public-health"]},
        {"item": "7", "kind": "concern",
         "text": "reliance on one-off reserves to balance the adult social care budget",
         "asked_by": "Councillor Coulthard",
         "answer": "it would be addressed in the Medium Term Financial Plan",
         "given_by": "The Finance Manager",
         "themes": ["finance", "adult-social-care"]},
        {"item": "8", "kind": "question",
         "text": "adult safeguarding enquiries completed within timescale had fallen to 71 per cent",
         "asked_by": "Councillor Maddison",
         "answer": "there had been three vacant social worker posts in the safeguarding team",
         "given_by": "The Strategic Manager, Performance and Intelligence",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "8", "kind": "request",
         "text": "requested that future reports include a breakdown of delayed transfers",
         "asked_by": "Councillor Bainbridge", "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "were agreed as a correct record and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "That the report and presentation be received.",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "Committee supports the proposed outcome-based zonal model for home care",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "7", "text": "the Quarter 3 forecast outturn position for Adult and Health Services", "outcome": "noted", "themes": ["finance"]},
        {"item": "8", "text": "a breakdown of delayed transfers of care by locality be provided",
         "outcome": "agreed", "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor B Coulthard", "role": "Chair", "attendance": "present"},
        {"name": "Councillor K Armstrong-Lee", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor J Bainbridge", "role": None, "attendance": "present"},
        {"name": "Councillor T Dodds", "role": None, "attendance": "present"},
        {"name": "Councillor A Hartley", "role": None, "attendance": "present"},
        {"name": "Councillor L Maddison", "role": None, "attendance": "present"},
        {"name": "Councillor R Oyston", "role": None, "attendance": "present"},
        {"name": "Councillor S Pattinson", "role": None, "attendance": "present"},
        {"name": "Councillor V Trotter", "role": None, "attendance": "present"},
        {"name": "Mr D Heslop", "role": None, "attendance": "present"},
        {"name": "Mrs G Wardle", "role": None, "attendance": "present"},
        {"name": "Councillor M Fenwick", "role": "Cabinet Portfolio Holder for Adult and Health Services",
         "attendance": "in_attendance"},
        {"name": "Councillor P Errington", "role": None, "attendance": "apologies"},
        {"name": "Councillor M Wilkes", "role": None, "attendance": "apologies"},
        {"name": "Councillor C Younger", "role": None, "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------- doc 2
def build_doc2(path):
    d = base_doc()
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Elvet Safeguarding Adults Partnership – Annual Report 2024/25 – Page ")
    add_field(fp, " PAGE ")

    para(d, "Adults, Wellbeing and Health Overview and Scrutiny Committee", bold=True)
    para(d, "13 March 2025", bold=True)
    para(d, "")
    para(d, "Elvet Safeguarding Adults Partnership Annual Report 2024/25 – Summary", bold=True, size=14)
    para(d, "")
    para(d, "Report of the Independent Chair, Elvet Safeguarding Adults Partnership", bold=True)
    para(d, "Electoral division(s) affected:", bold=True)
    para(d, "Countywide.")

    def head(t):
        p = para(d, t, bold=True)
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True

    def np(n, t):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
        p.add_run(f"{n}\t{t}")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    head("Purpose of the Report")
    np("1", "To present a summary of the Elvet Safeguarding Adults Partnership (ESAP) "
            "Annual Report for 2024/25, prepared under section 43 and Schedule 2 of the "
            "Care Act 2014.")
    head("Executive summary")
    np("2", "The Partnership structures its annual report around the four questions that "
            "every safeguarding adults board should be able to answer. The answers below "
            "are drawn from partners' self-assessments, audits and what people told us.")
    head("How well are we keeping people safe?")
    np("3", "The Partnership received 4,118 safeguarding concerns in 2024/25, an increase of "
            "9 per cent. Of these, 1,036 progressed to a section 42 enquiry. Neglect and "
            "acts of omission remained the most common type of abuse, followed by "
            "financial abuse.")
    head("Are people's wishes at the centre of what we do?")
    np("4", "Making Safeguarding Personal outcomes were asked about in 88 per cent of "
            "enquiries, and 94 per cent of people who expressed an outcome said it had "
            "been fully or partly achieved.")
    head("What have we learned from Safeguarding Adults Reviews?")
    np("5", "Two Safeguarding Adults Reviews were published during the year. Both "
            "highlighted the need for professionals to ask whether an adult understood "
            "the risks of self-neglect and to record how mental capacity had been assessed.")
    head("What will we do differently next year?")
    np("6", "The Partnership will focus on self-neglect and hoarding, transitional "
            "safeguarding for young people moving into adult services, and exploitation "
            "linked to cuckooing.")
    head("Questions practitioners asked us")
    para(d, "The Partnership's practitioner forum collected the following questions, which "
            "have shaped the 2025/26 training programme:", align="j")
    for t in ["Who should I contact if I am worried about an adult who refuses help?",
              "When does self-neglect become a safeguarding concern?",
              "Can I share information without the person's consent?"]:
        d.add_paragraph(t, style="List Bullet")
    head("Recommendation")
    np("7", "Members of the Committee are asked to note the content of the annual report "
            "summary and to comment on the Partnership's priorities for 2025/26.")
    para(d, "")
    para(d, "Contact:\tJanet Kirkup, ESAP Business Manager\tTel: 03000 267 418")
    d.save(path)
    pin_zip(path)


GOLD2 = {"document": DOC2, "doc_type": "report"}


# ---------------------------------------------------------------- check
def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for doc, gold in [(DOC1, GOLD1), (DOC2, GOLD2)]:
        src = norm(docx_text(os.path.join(DOCS, doc)))
        gfile = os.path.join(GOLD, os.path.splitext(doc)[0] + ".json")
        g = json.load(open(gfile, encoding="utf-8"))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            wc = len(n.split())
            cnt = len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", src))
            if cnt != 1 or not (6 <= wc <= 15):
                ok = False
                print(f"FAIL {doc} {kind}: {ph!r} count={cnt} words={wc}")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    for doc, gold in [(DOC1, GOLD1), (DOC2, GOLD2)]:
        with open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
