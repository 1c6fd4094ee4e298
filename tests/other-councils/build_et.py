#!/usr/bin/env python3
"""Build the "et-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_et.py           build documents/et-* and gold/et-*.json
        build_et.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, datetime, zipfile
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0)

def fld(par, instr, text, bold=False):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:t"); t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text; r.append(t); f.append(r)
    par._p.append(f)

def fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.title = title
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Democratic Services"
    cp.revision = 1

def save(doc, name):
    """Save with every zip entry dated FIXED, so that builds are byte-identical."""
    path = os.path.join(DOCS, name)
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            z.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)

def run(par, text, bold=False, italic=False):
    r = par.add_run(text); r.bold = bold; r.italic = italic; return r

# ---------------------------------------------------------------- document 1
M_NAME = "et-ashvale-hasc-2025-03-12.docx"
COMMITTEE = "Health and Adult Social Care Scrutiny Committee"
DATE = "Wednesday, 12 March 2025"
VENUE = "Committee Room 2, Ashvale Civic Centre"

ITEMS = [
 ("38", "Apologies for Absence and Substitutions", None, [
   "Apologies for absence were received from Councillor Gail Monkton and Councillor Peter Orrell. Councillor Sian Brookes attended as substitute for Councillor Monkton.",
 ]),
 ("39", "Declarations of Interest", None, [
   "Councillor Derek Haslam declared a non-registerable interest in Item 42 as his daughter is employed as a care worker by one of the current home care providers. He remained in the meeting but took no part in the vote on that item.",
 ]),
 ("40", "Minutes of the Previous Meeting", None, [
   "The minutes of the meeting held on 22 January 2025 were submitted.",
   ("R", "That the minutes of the meeting held on 22 January 2025 be confirmed as a correct record and signed by the Chair."),
 ]),
 ("41", None, ("MERGEFIELD ReportTitle_41", "Primary Care Access and the Proposed Closure of Kettlewell Road Surgery"), [
   "The Director of Primary Care and Place Development, Ashvale and Tarnfield Integrated Care Board, introduced the report, which set out the position on GP appointment numbers across the borough and the proposal from the Kettlewell Road Surgery partners to hand back their contract and disperse the list of around 6,400 patients to neighbouring practices.",
   "Councillor Haslam asked how many of the patients registered at Kettlewell Road were over 75 or housebound and how they would reach the receiving practices. The Director responded that 712 registered patients were over 75 and that the ICB was commissioning a community transport pilot with Ashvale Voluntary Action for the first twelve months. Councillor Brookes asked whether the receiving practices had the capacity to take on the additional patients without longer waits. The Director explained that two of the three receiving practices had recruited additional clinical pharmacists and a salaried GP using the Additional Roles Reimbursement Scheme, and that appointment data would be published monthly.",
   "Councillor Akhtar expressed concern that the eight week engagement period had started during the school holidays and that many patients had only learnt of the proposal from the local newspaper. The Head of Communications and Engagement, Ashvale and Tarnfield ICB, acknowledged that the letters to patients had been delayed by a printing error and confirmed that the engagement period would be extended by four weeks. Councillor Akhtar requested that the full engagement report be shared with the Committee before any decision was taken by the ICB Primary Care Commissioning Committee.",
   "Councillor Whitlow asked whether the ICB had considered a caretaking contract with a private provider to keep the surgery open. The Director responded that an alternative provider had been sought through an expression of interest but no bids had been received that met the required standard.",
   ("R", "That (1) the report be noted; (2) the Committee's concern at the timing of the patient engagement be conveyed in writing to the Chief Executive of the Integrated Care Board; and (3) the final engagement report be presented to the Committee's meeting on 4 June 2025."),
 ]),
 ("42", None, ("MERGEFIELD ReportTitle_42", "Recommissioning of Home Care Services 2025 to 2030"), [
   "The Assistant Director of Commissioning and Market Development introduced the report on the proposed procurement of home care through a new framework of four geographical lots, replacing the current spot purchasing arrangements with 27 providers.",
   "Councillor Whitlow asked what hourly rate the Council would pay providers under the new framework and whether it would allow them to pay the Real Living Wage. The Assistant Director of Commissioning and Market Development responded that the proposed minimum rate was £24.60 per hour and that payment of the Real Living Wage would be a contractual requirement from April 2026. Councillor Brookes queried how the Council would prevent providers handing back packages in rural areas, as had happened in Upper Dunford last winter. The Assistant Director explained that each lot would include rural postcodes and that a rurality uplift of 8 per cent had been built into the pricing model.",
   "Councillor Haslam having declared an interest took no part in the discussion. Councillor Akhtar asked how the views of people receiving home care had shaped the specification. The Head of Quality and Contract Monitoring responded that 214 service users and carers had completed the survey and that a panel of three people with lived experience would sit on the evaluation panel.",
   ("R", "That the Committee endorse the proposed approach to the recommissioning of home care services and recommend to Cabinet that payment of the Real Living Wage be included as a contract condition from the start of the framework."),
 ]),
 ("43", "Public Health Grant 2025/26 and Stop Smoking Service", None, [
   "The Director of Public Health presented the report on the allocation of the public health grant for 2025/26, which had increased by 2.6 per cent, and on the proposal to bring the stop smoking service back in-house when the current contract with Breatheasy Health Ltd expired in September 2025.",
   "Councillor Brookes sought clarification on whether staff employed by the current provider would transfer to the Council. The Director of Public Health confirmed that TUPE would apply to eleven advisers and that the Council's pension arrangements would be offered to them. Councillor Whitlow asked whether the in-house service would be cheaper than the current contract. The Director of Public Health said that the in-house model was forecast to cost £41,000 a year less because no management fee or profit margin would be payable.",
   "Councillor Akhtar raised concern about the reduction in the sexual health outreach budget for young people. No response was recorded, and the Chair asked that the point be picked up in the work programme.",
   ("R", "That the report on the public health grant allocation for 2025/26 be noted."),
 ]),
 ("44", "Work Programme 2025/26", None, [
   "The Scrutiny Officer presented the draft work programme. Members agreed to add the sexual health outreach budget and the Kettlewell Road engagement report to the meeting on 4 June 2025.",
   ("R", "That the work programme, as amended, be agreed."),
 ]),
]

ATT = [
 ("Present:", [("Councillor Imran Akhtar", "Vice-Chair"), ("Councillor Sian Brookes", "substitute"),
   ("Councillor Derek Haslam", None), ("Councillor Tessa Whitlow", None), ("Councillor Ruth Calloway", None)]),
]

def build_minutes():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    fix_props(doc, "Minutes " + COMMITTEE)
    # header / footer like a council template
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ashvale Borough Council"
    fp = sec.footer.paragraphs[0]
    fp.text = "Chair's initials ........"
    p = doc.add_paragraph(); run(p, "ASHVALE BOROUGH COUNCIL", bold=True)
    p = doc.add_paragraph(); run(p, "Minutes of the meeting of the ", bold=True)
    fld(p, " DOCPROPERTY Committee ", COMMITTEE, bold=True)
    run(p, " held on ", bold=True)
    fld(p, " DOCPROPERTY MeetingDate ", DATE, bold=True)
    run(p, " at ", bold=True)
    fld(p, " DOCPROPERTY Venue ", VENUE, bold=True)
    p = doc.add_paragraph(); run(p, "Present: ", bold=True)
    run(p, "Councillor ")
    fld(p, " MERGEFIELD ChairName ", "Margaret Fenwick")
    run(p, " (Chair); Councillors Imran Akhtar (Vice-Chair), Sian Brookes (substitute), Derek Haslam, Tessa Whitlow and Ruth Calloway.")
    p = doc.add_paragraph(); run(p, "Co-opted Member: ", bold=True)
    run(p, "Mr Alan Pryce (Healthwatch Ashvale, non-voting).")
    p = doc.add_paragraph(); run(p, "Officers: ", bold=True)
    run(p, "Dr Helen Marsh (Director of Public Health); Karen Stubbs (Assistant Director of Commissioning and Market Development); "
           "Liam O'Connor (Head of Quality and Contract Monitoring); Joanne Reed (Scrutiny Officer).")
    p = doc.add_paragraph(); run(p, "Also in attendance: ", bold=True)
    run(p, "Sarah Okafor (Director of Primary Care and Place Development, Ashvale and Tarnfield Integrated Care Board); "
           "Tom Ellery (Head of Communications and Engagement, Ashvale and Tarnfield ICB).")
    p = doc.add_paragraph(); run(p, "Apologies: ", bold=True)
    run(p, "Councillors Gail Monkton and Peter Orrell.")
    for num, title, fldtitle, paras in ITEMS:
        h = doc.add_heading(level=2)
        h.add_run(num + ". ")
        if fldtitle:
            fld(h, " %s " % fldtitle[0], fldtitle[1])
        else:
            h.add_run(title)
        for para in paras:
            if isinstance(para, tuple):
                p = doc.add_paragraph(); run(p, "RESOLVED: ", bold=True); run(p, para[1])
            else:
                doc.add_paragraph(para)
    doc.add_paragraph("The meeting started at 6.30 pm and ended at 8.47 pm.")
    doc.add_paragraph("Chair ............................................")
    save(doc, M_NAME)

def gold_minutes():
    items = [{"number": n, "title": t if t else ft[1]} for n, t, ft, _ in ITEMS]
    Q = lambda item, kind, text, by, ans, giv, th: dict(item=item, kind=kind, text=text, asked_by=by, answer=ans, given_by=giv, themes=th)
    qs = [
     Q("41", "question", "asked how many of the patients registered at Kettlewell Road were over 75",
       "Councillor Haslam", "712 registered patients were over 75 and that the ICB was commissioning",
       "The Director", ["primary-care", "adult-social-care", "subcontracting"]),
     Q("41", "question", "asked whether the receiving practices had the capacity to take on the additional patients",
       "Councillor Brookes", "had recruited additional clinical pharmacists and a salaried GP",
       "The Director", ["primary-care", "workforce"]),
     Q("41", "concern", "expressed concern that the eight week engagement period had started during the school holidays",
       "Councillor Akhtar", "confirmed that the engagement period would be extended by four weeks",
       "The Head of Communications and Engagement, Ashvale and Tarnfield ICB", ["primary-care", "patient-and-public-input"]),
     Q("41", "request", "requested that the full engagement report be shared with the Committee",
       "Councillor Akhtar", None, None, ["primary-care", "patient-and-public-input", "governance"]),
     Q("41", "question", "considered a caretaking contract with a private provider to keep the surgery open",
       "Councillor Whitlow", "no bids had been received that met the required standard",
       "The Director", ["primary-care", "subcontracting", "privatisation"]),
     Q("42", "question", "asked what hourly rate the Council would pay providers under the new framework",
       "Councillor Whitlow", "the proposed minimum rate was £24.60 per hour",
       "The Assistant Director of Commissioning and Market Development", ["adult-social-care", "subcontracting", "finance", "workforce"]),
     Q("42", "question", "queried how the Council would prevent providers handing back packages in rural areas",
       "Councillor Brookes", "a rurality uplift of 8 per cent had been built into the pricing model",
       "The Assistant Director", ["adult-social-care", "subcontracting", "finance"]),
     Q("42", "question", "asked how the views of people receiving home care had shaped the specification",
       "Councillor Akhtar", "214 service users and carers had completed the survey",
       "The Head of Quality and Contract Monitoring", ["adult-social-care", "patient-and-public-input", "subcontracting"]),
     Q("43", "question", "sought clarification on whether staff employed by the current provider would transfer",
       "Councillor Brookes", "TUPE would apply to eleven advisers and that the Council's pension arrangements",
       "The Director of Public Health", ["public-health", "workforce", "privatisation", "subcontracting"]),
     Q("43", "question", "asked whether the in-house service would be cheaper than the current contract",
       "Councillor Whitlow", "forecast to cost £41,000 a year less because no management fee",
       "The Director of Public Health", ["public-health", "privatisation", "finance", "subcontracting"]),
     Q("43", "concern", "raised concern about the reduction in the sexual health outreach budget for young people",
       "Councillor Akhtar", None, None, ["public-health", "finance", "children-and-families"]),
    ]
    R = lambda item, text, out, th: dict(item=item, text=text, outcome=out, themes=th)
    rs = [
     R("40", "held on 22 January 2025 be confirmed as a correct record", "agreed", []),
     R("41", "concern at the timing of the patient engagement be conveyed in writing", "agreed",
       ["primary-care", "patient-and-public-input", "governance"]),
     R("42", "endorse the proposed approach to the recommissioning of home care services", "recommended",
       ["adult-social-care", "subcontracting", "workforce"]),
     R("43", "the report on the public health grant allocation for 2025/26 be noted", "noted", ["public-health", "finance"]),
     R("44", "That the work programme, as amended, be agreed", "agreed", []),
    ]
    A = lambda n, r, a: dict(name=n, role=r, attendance=a)
    att = [
     A("Councillor Margaret Fenwick", "Chair", "present"),
     A("Imran Akhtar", "Vice-Chair", "present"),
     A("Sian Brookes", "substitute", "present"),
     A("Derek Haslam", None, "present"),
     A("Tessa Whitlow", None, "present"),
     A("Ruth Calloway", None, "present"),
     A("Mr Alan Pryce", "Healthwatch Ashvale, non-voting", "present"),
     A("Dr Helen Marsh", "Director of Public Health", "in_attendance"),
     A("Karen Stubbs", "Assistant Director of Commissioning and Market Development", "in_attendance"),
     A("Liam O'Connor", "Head of Quality and Contract Monitoring", "in_attendance"),
     A("Joanne Reed", "Scrutiny Officer", "in_attendance"),
     A("Sarah Okafor", "Director of Primary Care and Place Development, Ashvale and Tarnfield Integrated Care Board", "in_attendance"),
     A("Tom Ellery", "Head of Communications and Engagement, Ashvale and Tarnfield ICB", "in_attendance"),
     A("Gail Monkton", None, "apologies"),
     A("Peter Orrell", None, "apologies"),
    ]
    return dict(document=M_NAME, doc_type="minutes", committee=COMMITTEE, meeting_date="2025-03-12",
                items=items, questions=qs, resolutions=rs, attendees=att)

# ---------------------------------------------------------------- document 2
L_NAME = "et-ashvale-casework-letter-kettlewell-surgery.docx"
LETTER = [
 "Councillor Imran Akhtar",
 "Member for Kettlewell Ward",
 "Ashvale Civic Centre, Market Street, Ashvale AV1 2QT",
 "Our ref: IA/CW/0311",
 "17 March 2025",
 "Mrs Doreen Hatherley",
 "14 Brambling Close",
 "Ashvale AV4 7LP",
 "Dear Mrs Hatherley,",
 "Re: Proposed closure of Kettlewell Road Surgery",
 "Thank you for your letter of 3 March and for taking the time to tell me how worried you and your husband are about the proposal to close Kettlewell Road Surgery. I know from my surgeries at the library that many neighbours share your concerns, particularly about getting to the Fernhill practice without a car.",
 "I raised your points at the Health and Adult Social Care Scrutiny Committee on 12 March. The Integrated Care Board told us that the patient engagement period will now be extended by four weeks because some letters went out late, so there is still time for you to give your views. You can respond online or by asking for a paper form at the surgery reception.",
 "The ICB also said it is arranging a community transport pilot for older and housebound patients for the first year. I have asked for details of how to book it and will write again as soon as I have them. I have also asked that the Committee sees the full engagement report before any decision is made.",
 "If your repeat prescriptions are affected in the meantime, the practice manager has assured me that no patient will be removed from the list until a new practice has been confirmed for them.",
 "Please do not hesitate to contact me again if I can help further.",
 "Yours sincerely,",
 "Councillor Imran Akhtar",
 "Kettlewell Ward, Ashvale Borough Council",
]

def build_letter():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    fix_props(doc, "Casework reply")
    for i, line in enumerate(LETTER):
        p = doc.add_paragraph()
        run(p, line, bold=line.startswith("Re:"))
    save(doc, L_NAME)

def gold_letter():
    return dict(document=L_NAME, doc_type="other", themes=["primary-care", "patient-and-public-input"])

# ---------------------------------------------------------------- check
def docx_text(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    return " ".join(s.split())

def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("et-"): continue
        gold = json.load(open(os.path.join(GOLD, g)))
        text = norm(docx_text(os.path.join(DOCS, gold["document"])))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]: phrases.append(q["answer"])
        for r in gold.get("resolutions", []):
            phrases.append(r["text"])
        for ph in phrases:
            n = norm(ph); c = text.count(n); wc = len(n.split())
            if c != 1 or not (6 <= wc <= 15):
                ok = False; print("FAIL %s: count=%d words=%d: %s" % (g, c, wc, ph))
        if gold["doc_type"] == "minutes":
            print("%s: items=%d questions=%d resolutions=%d attendees=%d" % (g, len(gold["items"]),
                  len(gold["questions"]), len(gold["resolutions"]), len(gold["attendees"])))
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in text: ok = False; print("FAIL name", a["name"])
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_minutes(); build_letter()
    for name, g in ((M_NAME, gold_minutes()), (L_NAME, gold_letter())):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
    check()

if __name__ == "__main__":
    main()
