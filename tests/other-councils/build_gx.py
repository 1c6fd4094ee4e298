#!/usr/bin/env python3
"""Build the "gx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gx.py           build documents/gx-* and gold/gx-*.json
        build_gx.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, zipfile, io
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = (2025, 10, 21, 9, 0, 0)

MIN = "gx-merebrook-asc-public-health-committee-2025-10-14.docx"
QST = "gx-merebrook-day-services-consultation-questionnaire.docx"


def fld(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r3._r.append(e)
    par.add_run("1")
    r4 = par.add_run()
    e2 = OxmlElement("w:fldChar"); e2.set(qn("w:fldCharType"), "end"); r4._r.append(e2)


def new_doc(header_text, footer_left):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    cp = d.core_properties
    import datetime
    cp.created = cp.modified = datetime.datetime(2025, 10, 21, 9, 0, 0)
    cp.author = "Democratic Services"; cp.last_modified_by = "Democratic Services"; cp.revision = 1
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]; hp.text = header_text; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run(footer_left + "\t\tPage ")
    fld(fp, " PAGE ")
    return d


def para(d, text="", bold=False, align=None, indent=None, space=6):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space)
    return p


def item(d, num, title):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.5); p.paragraph_format.first_line_indent = Cm(-1.5)
    p.paragraph_format.space_before = Pt(12); p.paragraph_format.keep_with_next = True
    r = p.add_run(f"{num}\t{title}"); r.bold = True


def body(d, text):
    return para(d, text, align="j", indent=1.5)


def save_pinned(d, path):
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda x: (x != "[Content_Types].xml", x)):
            zi = zipfile.ZipInfo(n, date_time=FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_minutes():
    d = new_doc("Merebrook Metropolitan Borough Council", "Adult Social Care and Public Health Committee – 14 October 2025")
    para(d, "ADULT SOCIAL CARE AND PUBLIC HEALTH COMMITTEE", bold=True)
    para(d, "Tuesday, 14 October 2025", bold=True, space=14)
    # Wirral-like attendance: labels at left, names run on, tab-indented continuation
    t = d.add_table(rows=0, cols=2)
    rows = [
        ("Present:", "Councillor H Lightfoot (Chair)"),
        ("", "Councillors\tD Ashcroft\t\tM Quayle\n\t\tR Bainbridge (Vice-Chair)\tT Sefton\n\t\tC Dearden\t\tA Whitlow\n\t\tN Farooqui\t\tP Yelland"),
        ("Deputies:", "Councillor G Ormerod (In place of Councillor S Kinsella)"),
        ("In attendance:", "Graham Tuckett, Director of Care and Health\nDr Sunita Varma, Director of Public Health\n"
         "Lorraine Pickavance, Assistant Director, Commissioning, Integration and Provider Services\n"
         "Joe Marland, Senior Finance Business Partner – People Services\n"
         "Karen Hesketh, Chief Operating Officer, Merebrook Community Health and Care NHS Foundation Trust\n"
         "Andrew Platt, Legal Advisor\nBeth Ollerenshaw, Committee and Civic Officer"),
        ("Apologies:", "Councillor S Kinsella"),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].width = Cm(3.5); c[1].width = Cm(12.5)
        c[0].paragraphs[0].add_run(a).bold = True
        c[1].paragraphs[0].add_run(b)
    para(d, "")

    item(d, "31", "WELCOME AND INTRODUCTION")
    body(d, "The Chair welcomed everyone to the meeting and those watching the webcast, and reminded "
            "everyone that the meeting was being webcast and that a copy of the recording would be retained "
            "on the Council’s website for two years.")

    item(d, "32", "APOLOGIES")
    body(d, "Apologies for absence were received from Councillor S Kinsella, for whom Councillor G Ormerod "
            "was deputising.")

    item(d, "33", "MEMBERS' CODE OF CONDUCT - DECLARATIONS OF INTEREST")
    body(d, "Members were asked to consider whether they had any disclosable pecuniary interests and/or any "
            "other relevant interest in connection with any item(s) on the agenda and, if so, to declare them "
            "and state the nature of the interest.")
    body(d, "The following declarations were made:")
    t2 = d.add_table(rows=0, cols=2)
    for a, b in [("Councillor C Dearden", "Personal interest by virtue of her daughter’s employment with Merebrook Community Health and Care NHS Foundation Trust."),
                 ("Councillor P Yelland", "Personal interest as an unpaid trustee of Merebrook Carers’ Centre.")]:
        c = t2.add_row().cells
        c[0].paragraphs[0].add_run(a); c[1].paragraphs[0].add_run(b)

    item(d, "34", "MINUTES")
    body(d, "Resolved – That the minutes of the meeting held on 2 September 2025 be approved and adopted as a "
            "correct record.")

    item(d, "35", "PUBLIC AND MEMBER QUESTIONS")
    para(d, "Public Questions", bold=True, indent=1.5)
    body(d, "The Chair reported that one public question had been received within the deadline set out in the "
            "Constitution.")
    body(d, "Mrs Jean Caddick asked whether the Council would publish the number of complaints received about "
            "the community equipment service since the contract began, and why relatives of people waiting for "
            "hospital beds at home were being told to chase the provider themselves.")
    body(d, "The Chair responded that complaint numbers for the service were reported quarterly to the Committee, "
            "that the latest figures were contained in the report at item 36, and that relatives should not be "
            "asked to chase deliveries; the Director of Care and Health would write to Mrs Caddick about her "
            "family’s case.")

    para(d, "Statements and Petitions", bold=True, indent=1.5)
    body(d, "No statements or petitions had been received.")
    para(d, "Questions by Members", bold=True, indent=1.5)
    body(d, "Councillor T Sefton had submitted a question asking how many residents had been placed in care homes "
            "outside the borough in the last twelve months because no local bed was available. The Chair "
            "informed the Committee that 47 residents had been placed outside the borough in that period, and "
            "that a written answer setting out the reasons would be circulated to all Members.")

    item(d, "36", "COMMUNITY EQUIPMENT SERVICE - CONTRACT PERFORMANCE AND OPTIONS FOR RECOMMISSIONING")
    body(d, "The Assistant Director, Commissioning, Integration and Provider Services introduced the report, which "
            "set out the performance of the Integrated Community Equipment Service, delivered under contract by "
            "Ablemove Living Ltd since April 2022 on behalf of the Council and the NHS Merebrook Place of the "
            "Integrated Care Board. The contract would expire on 31 March 2026 and the report sought approval to "
            "extend it for twelve months while a joint recommissioning exercise was carried out.")
    body(d, "Members questioned the performance of the provider against the two working day delivery standard, "
            "noting that only 71 per cent of urgent deliveries had met the target in quarter one. The Assistant "
            "Director acknowledged that performance was below the contractual standard and explained that a "
            "performance improvement notice had been issued to the provider in July. A Member raised concerns "
            "about the recycling of returned equipment and asked what happened to items that were not collected; "
            "it was confirmed that uncollected items were written off after ninety days and that the value written "
            "off in 2024/25 had been £212,000.")
    body(d, "In response to a query from Councillor Whitlow regarding the cost of the contract extension, the "
            "Senior Finance Business Partner informed Members that the extension would cost approximately "
            "£4.3 million, shared with the Integrated Care Board under the existing pooled budget arrangement.")
    body(d, "Councillor Farooqui questioned whether bringing the service back in-house had been considered as "
            "one of the options. The Director of Care and Health stated that an in-house option would be "
            "appraised alongside a joint procurement with neighbouring councils and that the appraisal would be "
            "reported to the Committee before any decision to tender. Members also requested that the views of "
            "service users and carers be gathered before the options appraisal was finalised, and the Chief "
            "Operating Officer of Merebrook Community Health and Care NHS Foundation Trust offered the support of "
            "the Trust’s patient experience team.")
    body(d, "Councillor Bainbridge commented that the staff of the provider were working hard under difficult "
            "circumstances and that driver vacancies appeared to be at the root of the delays.")
    body(d, "An amendment was moved by Councillor Sefton and seconded by Councillor Farooqui that the contract be "
            "extended for six months only rather than twelve months. The amendment was put and lost (4:7).")
    body(d, "On a motion by the Chair, seconded by Councillor Bainbridge, it was –")
    body(d, "Resolved (7:4) – That")
    for i, c in enumerate([
        "the Director of Care and Health be authorised to extend the contract with Ablemove Living Ltd for a "
        "period of twelve months from 1 April 2026;",
        "a joint recommissioning exercise with the Integrated Care Board be undertaken, including an appraisal "
        "of an in-house delivery option; and",
        "a report on the outcome of the options appraisal be brought to this Committee no later than June 2026."], 1):
        para(d, f"({i})\t{c}", align="j", indent=2.5)

    item(d, "37", "2025/26 BUDGET MONITORING FOR QUARTER ONE (THE PERIOD TO 30 JUNE 2025)")
    body(d, "The Senior Finance Business Partner – People Services introduced the report, which set out a "
            "forecast adverse variance of £3.9 million on the Adult Social Care and Public Health budget at the "
            "end of quarter one, largely due to the cost of residential and nursing placements.")
    body(d, "Members asked what assumptions had been made about the fee uplift for care providers; officers "
            "advised that a 4.8 per cent uplift had been built into the forecast and that no further uplift was "
            "assumed. Councillor Quayle sought clarification on whether the public health grant was being used to "
            "support the overspend and was informed by the Director of Public Health that the ring-fenced grant "
            "could only be spent on public health outcomes and was fully committed. Concern was expressed that "
            "savings from the review of day services had not yet been achieved, and Members asked that the "
            "consultation results be shared with them before any proposal came to Committee.")
    body(d, "Resolved – That the forecast adverse variance for Adult Social Care and Public Health at quarter one "
            "be noted.")

    item(d, "38", "WORK PROGRAMME")
    body(d, "The Committee and Civic Officer presented the Committee’s work programme for the remainder of the "
            "municipal year. Councillor Dearden requested that a workshop on the Trust’s community nursing waiting "
            "times be added to the programme before the end of the year.")
    body(d, "Resolved – That the work programme be noted, subject to the addition of a workshop on community "
            "nursing waiting times.")
    para(d, "")
    para(d, "The meeting closed at 8.52 pm.")
    para(d, "")
    para(d, "Chair ……………………………………\t\tDate ……………………")
    save_pinned(d, os.path.join(DOCS, MIN))


def build_questionnaire():
    d = new_doc("Merebrook Metropolitan Borough Council – Have your say", "Day services consultation questionnaire")
    para(d, "Have your say: the future of day services for adults in Merebrook", bold=True)
    para(d, "Consultation questionnaire – open from 1 September to 27 October 2025", bold=True)
    body_ = lambda s: para(d, s, align="j")
    body_("The Council provides day services for around 240 adults with learning disabilities, physical "
          "disabilities or dementia at four centres. We are proposing to change how these services are provided, "
          "and we would like to know what you think. You can fill in this questionnaire online, return it to any "
          "of our day centres, or post it free of charge to Freepost MEREBROOK CONSULTATION.")
    body_("Your answers will be reported to the Adult Social Care and Public Health Committee before any decision "
          "is made. Please answer as many questions as you wish; you do not have to answer them all.")
    para(d, "Section 1 – About you", bold=True)
    qs = [
        ("Q1.", "Are you answering as:", ["A person who uses day services", "A family member or carer",
                                           "A member of staff", "A resident of Merebrook", "Other (please say)"]),
        ("Q2.", "Which day centre do you, or the person you care for, attend?",
         ["Linnet Court", "Harbourside Centre", "Oakfield Resource Centre", "Moss Lane", "None of these"]),
        ("Q3.", "How many days a week do you, or the person you care for, attend?",
         ["One", "Two or three", "Four or five"]),
    ]
    def q(n, text, opts):
        p = para(d, "", space=2); p.add_run(n + " ").bold = True; p.add_run(text)
        for o in opts:
            para(d, "☐  " + o, indent=1.0, space=0)
        para(d, "")
    for x in qs: q(*x)
    para(d, "Section 2 – Our proposals", bold=True)
    body_("We are proposing to bring services at Moss Lane and Oakfield Resource Centre together at Oakfield, and "
          "to offer more support in the community through outreach and direct payments.")
    q("Q4.", "To what extent do you agree or disagree with the proposal to bring Moss Lane and Oakfield together?",
      ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree", "Don’t know"])
    q("Q5.", "If the proposal went ahead, what would concern you most? (tick up to three)",
      ["Travel and transport", "Losing contact with friends", "Changes of staff", "Cost", "Something else"])
    q("Q6.", "Would you be interested in receiving a direct payment to arrange your own support?",
      ["Yes", "No", "I would like more information"])
    p = para(d, "", space=2); p.add_run("Q7. ").bold = True
    p.add_run("Is there anything else you would like us to think about before a decision is made?")
    for _ in range(4):
        para(d, "_" * 70, space=4)
    para(d, "Section 3 – Equality monitoring", bold=True)
    body_("These questions help us check that we have heard from a wide range of people. You do not have to "
          "answer them.")
    q("Q8.", "What is your age group?", ["Under 25", "25 to 44", "45 to 64", "65 and over", "Prefer not to say"])
    q("Q9.", "Do you consider yourself to have a disability?", ["Yes", "No", "Prefer not to say"])
    body_("Thank you for taking part. A summary of what people told us will be published on the Council’s website "
          "in December 2025. If you need this questionnaire in another format, please telephone 0151 555 0143.")
    save_pinned(d, os.path.join(DOCS, QST))


def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("gx-"): continue
        gd = json.load(open(os.path.join(GOLD, g)))
        text = norm(doc_text(os.path.join(DOCS, gd["document"])))
        phrases = []
        for q in gd.get("questions", []):
            phrases.append(q["text"])
            if q.get("answer"): phrases.append(q["answer"])
        for r in gd.get("resolutions", []):
            phrases.append(r["text"])
        for ph in phrases:
            n = len(ph.split()); c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False; print(f"FAIL {g}: count={c} words={n}: {ph}")
        print(f"{g}: {len(gd.get('items', []))} items, {len(gd.get('questions', []))} questions, "
              f"{len(gd.get('resolutions', []))} resolutions, {len(gd.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    build_minutes(); build_questionnaire()
    print("built")
