#!/usr/bin/env python3
"""Build the "he-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_he.py           build documents/he-* and gold/he-*.json
        build_he.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = (2025, 11, 20, 9, 0, 0)
FIXED_DT = datetime.datetime(*FIXED)

COUNCIL = "Brackwell Metropolitan Borough Council"
COMMITTEE = "Health and Adult Social Care Scrutiny Committee"


# ---------------------------------------------------------------- helpers
def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
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
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


def para(d, text="", bold=False, indent=None, hanging=None, align=None, space_after=8,
         underline=False, italic=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.underline = underline
        r.italic = italic
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save_pinned(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- document 1
def item(d, num, title):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    r = p.add_run(f"{num}\t{title}")
    r.bold = True


def body(d, text):
    return para(d, text, indent=1.5, align="j")


def lettered(d, letter, text):
    p = para(d, f"({letter})\t{text}", indent=2.75, hanging=1.25, align="j")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.75))
    return p


def resolved(d, clauses):
    para(d, "RESOLVED", bold=True, indent=1.5, space_after=6)
    if len(clauses) == 1:
        body(d, clauses[0])
    else:
        for i, c in enumerate(clauses, 1):
            p = para(d, f"({i})\t{c}", indent=2.75, hanging=1.25, align="j")
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.75))


def build_minutes():
    d = base_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "HASC/32"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("HASC/")
    add_field(fp, "PAGE")
    fp2 = sec.footer.add_paragraph("Chair's initials …………")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(d, COUNCIL.upper(), bold=True, align="c", space_after=12)
    para(d, COMMITTEE.upper(), bold=True, align="c", space_after=12)
    para(d, "Thursday 13th November, 2025 at 6.00 pm\nin Committee Room 2 at the Council House, Brackwell",
         align="c", space_after=18)

    para(d, "PRESENT:-", bold=True, space_after=6)
    para(d, "Councillor P Ashworth (Chair)\nCouncillor R Kaur-Bains (Vice-Chair)\n"
            "Councillors S Dempsey, T Greatbatch, M Hussain, L Oakley, J Penrose and "
            "W Tranter (as substitute for Councillor C Moorcroft).")
    para(d, "Brackwell MBC Officers:", bold=True, space_after=6)
    para(d, "H Lindqvist (Director of Adult Social Care), D Okafor (Director of Public "
            "Health and Wellbeing), F Rowlands (Head of Commissioning and Market "
            "Development – Adult Social Care), G Sandhu (Lead Officer to the Committee) "
            "and A Whitehouse (Democratic Services Officer).")
    para(d, "Also in attendance:", bold=True, space_after=6)
    para(d, "K Merriman (Director of Urgent and Emergency Care, Black Country Integrated "
            "Care Board), Dr N Achebe (Associate Medical Director, Brackwell Group of "
            "Hospitals NHS Foundation Trust) and B Yeomans (Chief Officer, Healthwatch "
            "Brackwell).", space_after=14)

    item(d, "27", "Apologies for Absence")
    body(d, "An apology for absence from the meeting was submitted on behalf of "
            "Councillor C Moorcroft.")

    item(d, "28", "Appointment of Substitute Member")
    body(d, "It was reported that Councillor W Tranter had been appointed as a "
            "substitute Member for Councillor C Moorcroft for this meeting of the "
            "Committee only.")

    item(d, "29", "Declarations of Interest")
    body(d, "Councillor L Oakley declared a non-pecuniary interest in respect of Agenda "
            "Item No. 8 (Recommissioning of Home Care Services) in view of her "
            "daughter being employed as a care worker by a home care provider operating "
            "in the Borough.")

    item(d, "30", "Minutes")
    resolved(d, ["That the minutes of the meeting of the Committee held on 18th "
                 "September, 2025, be approved as a correct record and signed."])

    item(d, "31", "Adult Social Care Workforce and International Recruitment")
    body(d, "A report of the Director of Adult Social Care was submitted on the adult "
            "social care workforce in the Borough, including the recruitment of care "
            "workers from overseas under the Health and Care Worker visa route and the "
            "action taken following changes to the Immigration Rules in 2025.")
    body(d, "The Director of Adult Social Care presented the report and advised that the "
            "vacancy rate among independent sector care providers in the Borough had "
            "fallen from 11.2% to 8.4% over the previous twelve months, although "
            "turnover remained high at 29%.")
    body(d, "Arising from the presentation of the report, Members asked questions and made "
            "comments and responses were given where appropriate, as follows:-")
    lettered(d, "a", "Councillor S Dempsey queried how many international recruits had "
             "left their sponsoring employer within the first year. In responding, the "
             "Director of Adult Social Care stated that 41 of the 212 workers sponsored "
             "since 2023 had moved employer, and that the Council had supported 17 of "
             "them to find new sponsors within the Borough.")
    lettered(d, "b", "Concern was expressed by Councillor M Hussain that some providers had "
             "charged overseas workers recruitment fees and deducted accommodation costs "
             "from their wages. The Director of Adult Social Care confirmed that two "
             "providers had been referred to the Gangmasters and Labour Abuse Authority "
             "and that the ethical recruitment clause would be written into all new "
             "contracts.")
    lettered(d, "c", "In response to a question from the Vice-Chair about the pay of "
             "domestic care workers, it was reported that the Council had funded providers "
             "to pay at least the Real Living Wage from April 2025, and compliance was "
             "checked through quarterly returns.")
    lettered(d, "d", "Councillor J Penrose commented that the report did not include the "
             "views of care workers themselves and requested that a workforce survey be "
             "undertaken before the Committee next considered the matter. The Chair "
             "supported the request.")
    lettered(d, "e", "Councillor T Greatbatch asked whether the Council would consider "
             "establishing an in-house bank of care staff to reduce reliance on agency "
             "workers. The Director advised that an options appraisal was under way and "
             "would be reported to Cabinet in the new year.")
    resolved(d, ["That the information contained in the report, and presented at the "
                 "meeting, on the adult social care workforce be noted.",
                 "That the Director of Adult Social Care be requested to carry out a "
                 "survey of care workers and report the findings to the Committee in "
                 "March 2026."])

    item(d, "32", "Urgent and Emergency Care – Winter Plan 2025/26")
    body(d, "The Committee received a presentation from the Director of Urgent and "
            "Emergency Care, Black Country Integrated Care Board, and the Associate "
            "Medical Director, Brackwell Group of Hospitals NHS Foundation Trust, on "
            "the arrangements in place across the health and care system for the winter "
            "period.")
    body(d, "Arising from the presentation, Members asked questions and made comments "
            "and responses were given where appropriate, as follows:-")
    lettered(d, "a", "Councillor L Oakley asked what was being done about patients waiting "
             "more than twelve hours in the Emergency Department. The Associate Medical "
             "Director stated that 12-hour waits had reduced by a third since January "
             "but acknowledged that performance remained below the national standard.")
    lettered(d, "b", "Councillor W Tranter raised concern about ambulance handover delays "
             "at Brackwell Royal Hospital. In responding, it was stated that a new "
             "ambulance receiving area with ten trolley spaces would open in December.")
    lettered(d, "c", "A Member sought clarification on whether the virtual ward would be "
             "expanded to care homes. The Director of Urgent and Emergency Care "
             "confirmed that 40 additional virtual ward beds for frailty would be "
             "available from 1st December.")
    lettered(d, "d", "The Chief Officer of Healthwatch Brackwell commented that patients "
             "had reported confusion about when to use the Urgent Treatment Centre "
             "instead of their GP practice.")
    resolved(d, ["That the information contained in the presentation on the Urgent and "
                 "Emergency Care Winter Plan 2025/26 be noted."])

    item(d, "33", "Recommissioning of Home Care Services")
    body(d, "A joint report of the Director of Adult Social Care and the Head of "
            "Commissioning and Market Development was submitted on the proposed "
            "recommissioning of home care services, the current contracts for which "
            "expire on 31st August, 2026. The proposed model would replace 34 spot "
            "providers with six zoned lead providers on a framework of up to eight years.")
    body(d, "Arising from the presentation of the report, Members asked questions and made "
            "comments and responses were given where appropriate, as follows:-")
    lettered(d, "a", "Councillor M Hussain expressed concern that smaller local providers "
             "would be squeezed out of the market by national companies backed by "
             "private equity. The Head of Commissioning and Market Development explained "
             "that the tender would be divided into lots and that social value would "
             "carry 20% of the evaluation.")
    lettered(d, "b", "Councillor S Dempsey queried how people currently receiving care "
             "would be protected from a change of carer. It was confirmed that existing "
             "packages would transfer only where the person and their family agreed.")
    lettered(d, "c", "Councillor J Penrose requested that the outcome of the consultation "
             "with people who use home care be shared with all Members before Cabinet "
             "took a decision.")
    lettered(d, "d", "In response to a question from the Chair about the cost of the new "
             "arrangements, the Head of Commissioning and Market Development reported "
             "that the estimated annual value was £31.6 million, an increase of £2.4 "
             "million funded from the social care precept.")
    resolved(d, ["That Cabinet be recommended to approve the recommissioning of home care "
                 "services on the basis of the zoned lead provider model set out in the "
                 "report, subject to the outcome of the consultation being reported to "
                 "Cabinet."])

    item(d, "34", "Work Programme 2025/26")
    body(d, "The Committee considered its work programme for the remainder of the "
            "municipal year. Councillor R Kaur-Bains suggested that the Committee look "
            "at the closure of the Stourbank Walk-in Centre at a future meeting.")
    resolved(d, ["That the work programme for 2025/26 be agreed, with an item on the "
                 "Stourbank Walk-in Centre added to the meeting on 22nd January, 2026."])

    para(d, "The meeting ended at 8.12 pm.", space_after=18)
    para(d, "CHAIR", bold=True, align="c")

    path = os.path.join(DOCS, "he-brackwell-hasc-2025-11-13.docx")
    save_pinned(d, path)
    return path


GOLD_MINUTES = {
    "document": "he-brackwell-hasc-2025-11-13.docx",
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-13",
    "items": [
        {"number": "27", "title": "Apologies for Absence"},
        {"number": "28", "title": "Appointment of Substitute Member"},
        {"number": "29", "title": "Declarations of Interest"},
        {"number": "30", "title": "Minutes"},
        {"number": "31", "title": "Adult Social Care Workforce and International Recruitment"},
        {"number": "32", "title": "Urgent and Emergency Care – Winter Plan 2025/26"},
        {"number": "33", "title": "Recommissioning of Home Care Services"},
        {"number": "34", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "31", "kind": "question",
         "text": "queried how many international recruits had left their sponsoring employer",
         "asked_by": "Councillor S Dempsey",
         "answer": "41 of the 212 workers sponsored since 2023 had moved employer",
         "given_by": "Director of Adult Social Care",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "31", "kind": "concern",
         "text": "some providers had charged overseas workers recruitment fees and deducted accommodation costs",
         "asked_by": "Councillor M Hussain",
         "answer": "the ethical recruitment clause would be written into all new contracts",
         "given_by": "Director of Adult Social Care",
         "themes": ["workforce", "adult-social-care", "subcontracting"]},
        {"item": "31", "kind": "question",
         "text": "In response to a question from the Vice-Chair about the pay of domestic care workers",
         "asked_by": "Vice-Chair",
         "answer": "funded providers to pay at least the Real Living Wage from April 2025",
         "given_by": None,
         "themes": ["workforce", "adult-social-care", "finance"]},
        {"item": "31", "kind": "request",
         "text": "requested that a workforce survey be undertaken before the Committee next considered",
         "asked_by": "Councillor J Penrose",
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "patient-and-public-input", "adult-social-care"]},
        {"item": "31", "kind": "question",
         "text": "establishing an in-house bank of care staff to reduce reliance on agency workers",
         "asked_by": "Councillor T Greatbatch",
         "answer": "an options appraisal was under way and would be reported to Cabinet",
         "given_by": "Director",
         "themes": ["workforce", "privatisation", "adult-social-care"]},
        {"item": "32", "kind": "question",
         "text": "asked what was being done about patients waiting more than twelve hours",
         "asked_by": "Councillor L Oakley",
         "answer": "12-hour waits had reduced by a third since January",
         "given_by": "Associate Medical Director",
         "themes": []},
        {"item": "32", "kind": "concern",
         "text": "raised concern about ambulance handover delays at Brackwell Royal Hospital",
         "asked_by": "Councillor W Tranter",
         "answer": "a new ambulance receiving area with ten trolley spaces would open in December",
         "given_by": None,
         "themes": []},
        {"item": "32", "kind": "question",
         "text": "sought clarification on whether the virtual ward would be expanded to care homes",
         "asked_by": "A Member",
         "answer": "40 additional virtual ward beds for frailty would be available",
         "given_by": "Director of Urgent and Emergency Care",
         "themes": ["adult-social-care", "integration"]},
        {"item": "32", "kind": "comment",
         "text": "patients had reported confusion about when to use the Urgent Treatment Centre",
         "asked_by": "Chief Officer of Healthwatch Brackwell",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "33", "kind": "concern",
         "text": "smaller local providers would be squeezed out of the market by national companies",
         "asked_by": "Councillor M Hussain",
         "answer": "the tender would be divided into lots and that social value",
         "given_by": "Head of Commissioning and Market Development",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "33", "kind": "question",
         "text": "how people currently receiving care would be protected from a change of carer",
         "asked_by": "Councillor S Dempsey",
         "answer": "existing packages would transfer only where the person and their family agreed",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "33", "kind": "request",
         "text": "requested that the outcome of the consultation with people who use home care",
         "asked_by": "Councillor J Penrose",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting"]},
        {"item": "33", "kind": "question",
         "text": "In response to a question from the Chair about the cost of the new arrangements",
         "asked_by": "Chair",
         "answer": "the estimated annual value was £31.6 million, an increase of £2.4 million",
         "given_by": "Head of Commissioning and Market Development",
         "themes": ["finance", "subcontracting", "adult-social-care"]},
        {"item": "34", "kind": "request",
         "text": "suggested that the Committee look at the closure of the Stourbank Walk-in Centre",
         "asked_by": "Councillor R Kaur-Bains",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "governance"]},
    ],
    "resolutions": [
        {"item": "30", "text": "be approved as a correct record and signed",
         "outcome": "agreed", "themes": []},
        {"item": "31", "text": "on the adult social care workforce be noted",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care", "patient-and-public-input"]},
        {"item": "32", "text": "Emergency Care Winter Plan 2025/26 be noted",
         "outcome": "noted", "themes": []},
        {"item": "33", "text": "That Cabinet be recommended to approve the recommissioning of home care services",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "patient-and-public-input"]},
        {"item": "34", "text": "That the work programme for 2025/26 be agreed, with an item",
         "outcome": "agreed", "themes": ["governance", "primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor P Ashworth", "role": "Chair", "attendance": "present"},
        {"name": "Councillor R Kaur-Bains", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor S Dempsey", "role": None, "attendance": "present"},
        {"name": "Councillor T Greatbatch", "role": None, "attendance": "present"},
        {"name": "Councillor M Hussain", "role": None, "attendance": "present"},
        {"name": "Councillor L Oakley", "role": None, "attendance": "present"},
        {"name": "Councillor J Penrose", "role": None, "attendance": "present"},
        {"name": "Councillor W Tranter", "role": "substitute for Councillor C Moorcroft", "attendance": "present"},
        {"name": "Councillor C Moorcroft", "role": None, "attendance": "apologies"},
        {"name": "H Lindqvist", "role": "Director of Adult Social Care", "attendance": "in_attendance"},
        {"name": "D Okafor", "role": "Director of Public Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "F Rowlands", "role": "Head of Commissioning and Market Development – Adult Social Care", "attendance": "in_attendance"},
        {"name": "G Sandhu", "role": "Lead Officer to the Committee", "attendance": "in_attendance"},
        {"name": "A Whitehouse", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "K Merriman", "role": "Director of Urgent and Emergency Care, Black Country Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr N Achebe", "role": "Associate Medical Director, Brackwell Group of Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "B Yeomans", "role": "Chief Officer, Healthwatch Brackwell", "attendance": "in_attendance"},
    ],
}


# ---------------------------------------------------------------- document 2
def build_form():
    d = base_doc()
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Brackwell MBC – Scrutiny Topic Suggestion Form (rev. September 2025)"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, COUNCIL, bold=True, align="c", space_after=4)
    para(d, "Scrutiny Topic Suggestion Form", bold=True, align="c", space_after=14)
    para(d, "Do you have an idea for an issue that one of the Council's scrutiny "
            "committees should look at? Anyone who lives or works in the Borough can "
            "suggest a topic. Please answer the questions below and return the form to "
            "the Scrutiny Team, Council House, Brackwell, or by email to "
            "scrutiny@brackwell.example.gov.uk. Suggestions are considered by the "
            "relevant committee when it reviews its work programme.", align="j")
    rows = [
        ("1. Your name and contact details", ""),
        ("2. Are you a councillor, a resident, a member of staff or a partner organisation?", ""),
        ("3. What issue would you like scrutiny to look at?", ""),
        ("4. Why is this issue important to the people of Brackwell?", ""),
        ("5. What do you think scrutiny could achieve by looking at it?", ""),
        ("6. Has the issue been raised with a councillor, the Council or an NHS body already? "
         "If so, what was the response?", ""),
        ("7. Is the issue the subject of a complaint, legal action or a planning application?", ""),
        ("8. Which committee do you think should consider it? (Health and Adult Social Care; "
         "Children's Services; Place; Corporate) ", ""),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a in rows:
        cells = t.add_row().cells
        cells[0].width = Cm(9)
        cells[1].width = Cm(7.5)
        cells[0].paragraphs[0].add_run(q).bold = True
        cells[1].paragraphs[0].add_run(a)
    para(d, "")
    para(d, "What happens next?", bold=True, space_after=4)
    para(d, "The Lead Officer for Scrutiny will acknowledge your suggestion within ten "
            "working days. Topics are assessed against the following questions: Is it a "
            "priority for the Council or its partners? Is it already being looked at "
            "elsewhere? Can scrutiny make a difference within a reasonable time? You will "
            "be told whether your topic has been added to a work programme.", align="j")
    para(d, "Please note that scrutiny cannot consider individual complaints, decisions on "
            "planning or licensing applications, or matters that are before the courts.",
         align="j", italic=True)
    path = os.path.join(DOCS, "he-brackwell-scrutiny-topic-suggestion-form.docx")
    save_pinned(d, path)
    return path


GOLD_FORM = {
    "document": "he-brackwell-scrutiny-topic-suggestion-form.docx",
    "doc_type": "other",
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    d = Document(path)
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs]
        parts += [p.text for p in sec.footer.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)


def check():
    ok = True
    for g in (GOLD_MINUTES, GOLD_FORM):
        path = os.path.join(DOCS, g["document"])
        text = " " + norm(docx_text(path)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']} {kind}: count={c} words={n}: {ph}")
        print(f"{g['document']}: {len(g.get('items', []))} items, "
              f"{len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, "
              f"{len(g.get('attendees', []))} attendees, {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_minutes()
    build_form()
    for g in (GOLD_MINUTES, GOLD_FORM):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
