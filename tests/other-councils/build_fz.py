#!/usr/bin/env python3
"""Build the "fz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fz.py           build documents/fz-* and gold/fz-*.json
        build_fz.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0)

def pin_zip(path):
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.last_modified_by = "Democratic Services"
    cp.created = FIXED; cp.modified = FIXED; cp.title = title; cp.revision = 1

def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)

def justified(doc, text, bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p

# ---------------------------------------------------------------- document 1
D1 = "fz-cardenfield-health-scrutiny-committee-2025-03-11.docx"
COUNCIL = "Cardenfield Metropolitan Borough Council"

# each item: (number, title, paragraphs, bullets, resolved)
# bullet: (topic, text)
ITEMS = [
 ("34", "Apologies for Absence and Substitutions",
  ["Apologies for absence were received from Councillor J Lees and Councillor A Mahmood. "
   "Councillor T Whitworth attended as substitute for Councillor Lees."], [], None),
 ("35", "Declarations of Interest",
  ["Councillor N Okafor declared a non-pecuniary interest in Minute 37 (Community Health "
   "Services) as a close family member is employed by Pennine Vale Community NHS Trust. She "
   "remained in the meeting and took part in the discussion. No other declarations were made."], [], None),
 ("36", "Minutes of the Previous Meeting",
  [], [], ["That the minutes of the meeting of the Health Scrutiny Committee held on 4 February 2025 "
           "be approved as a correct record and signed by the Chair."]),
 ("37", "Community Health Services – Performance and Workforce Update",
  ["The Committee considered a report of the Chief Operating Officer, Pennine Vale Community NHS "
   "Trust, which set out performance against the community services dataset for the third quarter "
   "of 2024/25, progress on the two-hour urgent community response standard and the Trust’s "
   "workforce plan for district nursing and therapy teams. Ruth Okonjo introduced the report and "
   "highlighted that referrals to the urgent community response service had risen by 18 per cent "
   "compared with the same period last year.",
   "Members commented as follows:"],
  [("Workforce", " – Members asked about vacancy rates in the community teams, particularly district "
    "nursing in the east of the borough. Officers advised that the district nursing vacancy rate stood at "
    "14 per cent against a Trust target of 8 per cent, and that eleven newly qualified nurses would start "
    "in September. Councillor Crossley questioned how much the Trust was relying on agency staff to fill "
    "rotas; the Chief Operating Officer explained that agency use had fallen to 4.2 per cent of the pay "
    "bill since the bank staff incentive scheme was introduced in November."),
   ("Waiting times", " – Councillor Fairclough asked why waits for community musculoskeletal physiotherapy "
    "had lengthened to 19 weeks. The Chief Operating Officer said that two long-term vacancies and a rise in "
    "self-referrals had caused the backlog, and a waiting list validation exercise was under way."),
   ("Finance", " – Councillor Bashir questioned whether the Trust’s savings plan for 2025/26 would reduce "
    "the number of community beds; the Director explained that the plan assumed no reduction in beds and "
    "that savings would come mainly from estates and reduced agency spend."),
   ("Patient experience", " – Councillor Royle commented that residents in Holmbridge continued to report "
    "difficulty getting through to the single point of access telephone line, and urged the Trust to "
    "publicise the online referral form more widely."),
  ],
  ["That (1) the report be noted; and",
   "(2) the Trust be requested to provide a breakdown of district nursing vacancy rates by locality to "
   "the next meeting of the Committee."]),
 ("38", "Home Care Recommissioning – Outcome of Procurement",
  ["Claire Dunne, Head of Commissioning (Adult Social Care and Health), presented a report on the outcome "
   "of the procurement of home care services, which had been let as four zonal lots with effect from "
   "1 April 2025. The report explained that three of the four lots had been awarded to existing providers "
   "and one lot to a new provider, and that an hourly rate of £24.10 had been agreed.",
   "Members commented as follows:"],
  [("Procurement", " – Councillor Hirst asked how many bids had been received for the northern lot, which "
    "had previously been difficult to cover. The Head of Commissioning stated that six compliant bids had "
    "been received for that lot, compared with two at the last tender in 2019."),
   ("In-house provision", " – Councillor Okafor questioned whether the Council had considered bringing "
    "a share of home care back in-house rather than relying entirely on independent providers; the Director "
    "of Adult Social Services responded that an options appraisal had been carried out in 2024 but had shown "
    "that an in-house service could not be established within the timescale. Councillor Okafor asked that the "
    "options appraisal be shared with the Committee. The Director agreed to circulate it to Members."),
   ("Care worker pay", " – Members sought clarification on whether the new contracts required providers to "
    "pay the Real Living Wage. The Head of Commissioning confirmed that payment of the Real Living Wage and "
    "paid travel time were conditions of the contract and would be monitored quarterly."),
   ("Service user voice", " – The Chair commented that she was pleased to see that people who receive home "
    "care had sat on the evaluation panel, and asked that this approach be used in future procurements."),
  ],
  ["That (1) the outcome of the home care procurement be noted; and",
   "(2) it be recommended to the Cabinet Member for Adult Social Care that quarterly contract monitoring "
   "reports, including compliance with the Real Living Wage condition, be shared with this Committee."]),
 ("39", "Public Health Grant 2025/26 and Stop Smoking Service",
  ["Dr Fiona Marsh, Director of Public Health, gave a presentation on the public health grant allocation for "
   "2025/26 and the proposed expansion of the stop smoking service funded through the Local Stop Smoking "
   "Services and Support Grant.",
   "Members commented as follows:"],
  [("Finance", " – Councillor Whitworth asked whether the grant uplift would cover the cost of the NHS pay award "
    "for staff in commissioned services. The Director of Public Health advised that the uplift of 5.9 per cent "
    "was expected to cover the pay award but left little room for new investment."),
   ("Stop smoking", " – Councillor Crossley queried why quit rates among pregnant women remained below the regional "
    "average. The Director of Public Health replied that a new incentive scheme with the maternity service had "
    "started in January and early figures were encouraging. Councillor Crossley also commented that vaping among "
    "secondary school pupils was a growing concern raised with her by parents."),
  ],
  ["That the report and the proposed expansion of the stop smoking service be noted."]),
 ("40", "Children and Young People’s Mental Health – CAMHS Waiting Times",
  ["Mark Tolley, Associate Director for Children and Young People’s Mental Health, Calderbrook Integrated Care "
   "Board, reported on waiting times for the child and adolescent mental health service and the roll-out of "
   "mental health support teams in schools.",
   "Members commented as follows:"],
  [("Access", " – Councillor Fairclough expressed concern that some children were waiting more than a year for "
    "an autism assessment. The Associate Director acknowledged that this was unacceptable and said that an "
    "additional provider had been commissioned to clear the longest waits by the end of the year."),
   ("Schools", " – Councillor Royle asked when mental health support teams would cover all secondary schools in "
    "the borough. The Associate Director stated that coverage would reach 80 per cent of pupils by September "
    "2025, subject to national funding."),
   ("Crisis care", " – Councillor Hirst requested figures on the number of young people held on adult wards while "
    "awaiting a specialist bed; no figures were available at the meeting."),
  ],
  ["That (1) the update be noted; and",
   "(2) a further report on autism assessment waiting times be brought to the July 2025 meeting."]),
 ("41", "Work Programme 2024/25",
  ["The Democratic Services Officer presented the Committee’s work programme for the remainder of the "
   "municipal year."],
  [], ["That the work programme be agreed, subject to the addition of an item on hospital discharge "
       "and the Better Care Fund for the June 2025 meeting."]),
]

ATT = [
 ("Present:", "Councillor M Ashworth (Chair), Councillor I Bashir (Vice-Chair), Councillors H Crossley, "
  "D Fairclough, S Hirst, N Okafor, P Royle and T Whitworth (substitute for Councillor J Lees)."),
 ("In attendance:", "Gareth Pilling – Director of Adult Social Services and Integrated Commissioning; "
  "Dr Fiona Marsh – Director of Public Health; Claire Dunne – Head of Commissioning (Adult Social Care and "
  "Health); Ruth Okonjo – Chief Operating Officer, Pennine Vale Community NHS Trust; Mark Tolley – Associate "
  "Director for Children and Young People’s Mental Health, Calderbrook Integrated Care Board; Simon Haigh – "
  "Democratic Services Officer."),
 ("Apologies:", "Councillor J Lees and Councillor A Mahmood."),
]

def build_d1():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for h in ("Heading 1",):
        doc.styles[h].font.name = "Arial"; doc.styles[h].font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = COUNCIL + "\tHealth Scrutiny Committee – 11 March 2025"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run("\t\tChair’s initials ……….")
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(COUNCIL.upper()); r.bold = True
    t2 = doc.add_paragraph(); t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("HEALTH SCRUTINY COMMITTEE"); r.bold = True
    doc.add_paragraph("MINUTES of the meeting held on Tuesday, 11 March 2025 at 6.00 pm in Committee "
                      "Room 2, Cardenfield Town Hall").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for lab, txt in ATT:
        justified(doc, " " + txt, bold_lead=lab)
    for num, title, paras, bullets, resolved in ITEMS:
        doc.add_heading(f"{num}. {title}", level=1)
        for ptxt in paras:
            justified(doc, ptxt)
        for topic, txt in bullets:
            p = doc.add_paragraph(style="List Bullet"); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(topic).bold = True; p.add_run(txt)
        if resolved:
            p = doc.add_paragraph(); r = p.add_run("RESOLVED – "); r.bold = True
            p.add_run(resolved[0])
            for clause in resolved[1:]:
                q = doc.add_paragraph(clause); q.paragraph_format.left_indent = Pt(28)
    doc.add_paragraph("The meeting closed at 8.14 pm.")
    doc.add_paragraph("Chair ……………………………………")
    fix_props(doc, "Health Scrutiny Committee minutes 11 March 2025")
    path = os.path.join(DOCS, D1); doc.save(path); pin_zip(path)

def Q(item, kind, text, asked, answer, given, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked, answer=answer, given_by=given, themes=themes)

GOLD1 = {
 "document": D1, "doc_type": "minutes", "committee": "Health Scrutiny Committee", "meeting_date": "2025-03-11",
 "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
 "questions": [
  Q("37", "question", "Members asked about vacancy rates in the community teams, particularly district nursing",
    None, "district nursing vacancy rate stood at 14 per cent against a Trust target", "Officers", ["workforce"]),
  Q("37", "question", "questioned how much the Trust was relying on agency staff to fill rotas",
    "Councillor Crossley", "agency use had fallen to 4.2 per cent of the pay bill",
    "the Chief Operating Officer", ["workforce"]),
  Q("37", "question", "asked why waits for community musculoskeletal physiotherapy had lengthened to 19 weeks",
    "Councillor Fairclough", "two long-term vacancies and a rise in self-referrals had caused the backlog",
    "The Chief Operating Officer", ["workforce"]),
  Q("37", "question", "questioned whether the Trust’s savings plan for 2025/26 would reduce the number of community beds",
    "Councillor Bashir", "savings would come mainly from estates and reduced agency spend", "the Director", ["finance"]),
  Q("37", "comment", "residents in Holmbridge continued to report difficulty getting through to the single point of access",
    "Councillor Royle", None, None, ["patient-and-public-input"]),
  Q("38", "question", "asked how many bids had been received for the northern lot",
    "Councillor Hirst", "six compliant bids had been received for that lot, compared with two",
    "The Head of Commissioning", ["subcontracting", "adult-social-care"]),
  Q("38", "question", "questioned whether the Council had considered bringing a share of home care back in-house",
    "Councillor Okafor", "an in-house service could not be established within the timescale",
    "the Director of Adult Social Services", ["privatisation", "adult-social-care"]),
  Q("38", "request", "asked that the options appraisal be shared with the Committee",
    "Councillor Okafor", "The Director agreed to circulate it to Members", "The Director",
    ["privatisation", "adult-social-care"]),
  Q("38", "question", "sought clarification on whether the new contracts required providers to pay the Real Living Wage",
    None, "paid travel time were conditions of the contract and would be monitored quarterly",
    "The Head of Commissioning", ["workforce", "subcontracting", "adult-social-care"]),
  Q("38", "comment", "people who receive home care had sat on the evaluation panel",
    "The Chair", None, None, ["patient-and-public-input", "subcontracting", "adult-social-care"]),
  Q("39", "question", "asked whether the grant uplift would cover the cost of the NHS pay award",
    "Councillor Whitworth", "was expected to cover the pay award but left little room for new investment",
    "The Director of Public Health", ["finance", "workforce", "public-health"]),
  Q("39", "question", "queried why quit rates among pregnant women remained below the regional average",
    "Councillor Crossley", "a new incentive scheme with the maternity service had started in January",
    "The Director of Public Health", ["public-health"]),
  Q("39", "comment", "vaping among secondary school pupils was a growing concern raised with her by parents",
    "Councillor Crossley", None, None, ["public-health", "children-and-families"]),
  Q("40", "concern", "expressed concern that some children were waiting more than a year for an autism assessment",
    "Councillor Fairclough", "an additional provider had been commissioned to clear the longest waits",
    "The Associate Director", ["children-and-families", "mental-health", "subcontracting"]),
  Q("40", "question", "asked when mental health support teams would cover all secondary schools",
    "Councillor Royle", "coverage would reach 80 per cent of pupils by September 2025",
    "The Associate Director", ["mental-health", "children-and-families"]),
  Q("40", "request", "requested figures on the number of young people held on adult wards",
    "Councillor Hirst", None, None, ["mental-health", "children-and-families"]),
 ],
 "resolutions": [
  {"item": "36", "text": "held on 4 February 2025 be approved as a correct record", "outcome": "agreed", "themes": []},
  {"item": "37", "text": "provide a breakdown of district nursing vacancy rates by locality to the next meeting",
   "outcome": "agreed", "themes": ["workforce"]},
  {"item": "38", "text": "it be recommended to the Cabinet Member for Adult Social Care that quarterly contract monitoring",
   "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"]},
  {"item": "39", "text": "the report and the proposed expansion of the stop smoking service be noted",
   "outcome": "noted", "themes": ["public-health"]},
  {"item": "40", "text": "a further report on autism assessment waiting times be brought to the July 2025 meeting",
   "outcome": "agreed", "themes": ["children-and-families", "mental-health"]},
  {"item": "41", "text": "the work programme be agreed, subject to the addition of an item on hospital discharge",
   "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
 ],
 "attendees": [
  {"name": "Councillor M Ashworth", "role": "Chair", "attendance": "present"},
  {"name": "Councillor I Bashir", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Councillor H Crossley", "role": None, "attendance": "present"},
  {"name": "Councillor D Fairclough", "role": None, "attendance": "present"},
  {"name": "Councillor S Hirst", "role": None, "attendance": "present"},
  {"name": "Councillor N Okafor", "role": None, "attendance": "present"},
  {"name": "Councillor P Royle", "role": None, "attendance": "present"},
  {"name": "Councillor T Whitworth", "role": "substitute for Councillor J Lees", "attendance": "present"},
  {"name": "Gareth Pilling", "role": "Director of Adult Social Services and Integrated Commissioning", "attendance": "in_attendance"},
  {"name": "Dr Fiona Marsh", "role": "Director of Public Health", "attendance": "in_attendance"},
  {"name": "Claire Dunne", "role": "Head of Commissioning (Adult Social Care and Health)", "attendance": "in_attendance"},
  {"name": "Ruth Okonjo", "role": "Chief Operating Officer, Pennine Vale Community NHS Trust", "attendance": "in_attendance"},
  {"name": "Mark Tolley", "role": "Associate Director for Children and Young People’s Mental Health, Calderbrook Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Simon Haigh", "role": "Democratic Services Officer", "attendance": "in_attendance"},
  {"name": "Councillor J Lees", "role": None, "attendance": "apologies"},
  {"name": "Councillor A Mahmood", "role": None, "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- document 2
D2 = "fz-cardenfield-scrutiny-guide-for-new-councillors.docx"

def build_d2():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = COUNCIL + " – Member Development Programme"
    fp = sec.footer.paragraphs[0]; fp.add_run("Page "); add_field(fp.add_run(), "PAGE")
    fp.add_run("\tVersion 2 – May 2025")
    doc.add_heading("Scrutiny: a guide for new councillors", level=0)
    justified(doc, "This guide is for councillors elected in May 2025 who sit on one of the Council’s "
              "four scrutiny committees. It explains what overview and scrutiny is for, how committees "
              "work in Cardenfield and how to prepare questions that get useful answers.")
    doc.add_heading("What scrutiny does", level=1)
    justified(doc, "Scrutiny holds the Cabinet and partner organisations to account for their decisions "
              "and performance. In Cardenfield this includes the NHS: the Health Scrutiny Committee has "
              "statutory powers to review any matter relating to the planning, provision and operation of "
              "health services, and NHS bodies must consult it about substantial variations to services.")
    for b in ["Holding the Executive to account – examining decisions before or after they are taken, "
              "including through call-in.",
              "Policy development – contributing evidence and recommendations while policies are still being shaped.",
              "Reviewing performance – looking at outcomes for residents, not just activity figures.",
              "Amplifying the public voice – bringing the views of residents, patients and Healthwatch into decisions."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("How to ask good questions", level=1)
    justified(doc, "The best scrutiny questions are open, focused and linked to evidence. Read the report "
              "before the pre-meeting, agree a small number of lines of enquiry with colleagues and decide "
              "who will lead on each. Avoid asking officers to repeat what is already in the report.")
    doc.add_heading("Example questions", level=2)
    for b in ["How do you know this service is making a difference to residents?",
              "What are the main risks to delivering this plan, and how are they being managed?",
              "How were service users and carers involved in designing this proposal?",
              "What would happen to costs and outcomes if we did nothing?",
              "How does this contract ensure that the provider is paying care workers fairly?",
              "What is the impact on staff vacancies and recruitment?"]:
        doc.add_paragraph(b, style="List Number")
    doc.add_heading("Dos and don’ts", level=1)
    tbl = doc.add_table(rows=1, cols=2); tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Do"; tbl.rows[0].cells[1].text = "Don’t"
    for a, b in [("Prepare with colleagues at the pre-meeting", "Use the meeting to raise individual casework"),
                 ("Ask one question at a time", "Make long statements before your question"),
                 ("Follow up if an answer is unclear", "Treat scrutiny as a party-political debate"),
                 ("Ask for information in writing if it is not available", "Forget to check the response arrives")]:
        row = tbl.add_row(); row.cells[0].text = a; row.cells[1].text = b
    doc.add_heading("Further support", level=1)
    justified(doc, "The Scrutiny and Democratic Services team can help you prepare for meetings, arrange "
              "briefings and training, and track responses to committee recommendations. Contact "
              "scrutiny@cardenfield.example.gov.uk.")
    fix_props(doc, "Scrutiny: a guide for new councillors")
    path = os.path.join(DOCS, D2); doc.save(path); pin_zip(path)

GOLD2 = {"document": D2, "doc_type": "other",
         "themes": ["governance", "patient-and-public-input"]}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)

def check():
    ok = True
    for gname in sorted(os.listdir(GOLD)):
        if not gname.startswith("fz-"):
            continue
        g = json.load(open(os.path.join(GOLD, gname)))
        src = norm(doc_text(os.path.join(DOCS, g["document"])))
        phrases = []
        for q in g.get("questions", []):
            phrases += [q["text"]] + ([q["answer"]] if q["answer"] else [])
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split()); c = src.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False; print(f"FAIL {gname}: count={c} words={n}: {ph}")
        print(gname, "phrases:", len(phrases))
    print("CHECK", "PASSED" if ok else "FAILED"); return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_d1(); build_d2()
    for name, g in ((D1, GOLD1), (D2, GOLD2)):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

if __name__ == "__main__":
    main()
