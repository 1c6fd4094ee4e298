#!/usr/bin/env python3
"""Build the "dv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dv.py           build documents/dv-* and gold/dv-*.json
        build_dv.py --check   verify every gold phrase occurs once in its document
"""
import io, json, os, re, sys, zipfile, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 21, 9, 30, 0)

PPG = "dv-ashgrove-surgery-ppg-2025-03-18.docx"
JOB = "dv-wexcombe-scrutiny-officer-vacancy.txt"

# ---------------------------------------------------------------- PPG content
ITEMS = [
 ("1", "Welcome, introductions and apologies", "Margaret Holloway, Chair",
  ["The Chair welcomed everyone, in particular Susan Kaur who was attending her first meeting of the group. Apologies were noted as listed above. No declarations of interest were made."],
  "None.", []),
 ("2", "Notes of the last meeting and matters arising", "Margaret Holloway, Chair",
  ["Derek Pym asked whether the broken automatic door at the Mill Lane entrance had been reported to the building owners; the Practice Manager said the repair had been completed on 3 February and the door was now serviced quarterly. There were no other matters arising."],
  "The notes of the meeting held on 14 January 2025 were agreed as an accurate record.", []),
 ("3", "Getting through on the telephone and booking appointments online", "Sandra Okafor, Practice Manager",
  ["The Practice Manager reported that the new cloud-based telephone system had gone live on 10 February, with a call-back option and a message telling callers their position in the queue. The average wait at 8.00am had fallen from 24 minutes to 11 minutes.",
   "Alan Fenwick asked why patients were still told to ring back the next day once the morning appointments had gone; the Practice Manager said that since March every caller was now either booked, given a call back or sent to the care navigator. Joyce Abiola raised a concern that older patients without smartphones could not use the online booking form; Dr Marsh said reception staff would complete the form on the telephone for anyone who asked. Tom Brierley asked how many appointments were offered face to face; the Practice Manager said it was about 68 per cent in February, with the rest by telephone or video."],
  "The group agreed that three PPG members would test the call-back option and report back in May.",
  [("Test the call-back option and report back", "Derek Pym, Joyce Abiola, Tom Brierley", "20 May 2025")]),
 ("4", "Practice staffing update", "Dr Helen Marsh, GP Partner",
  ["Dr Marsh reported that a salaried GP had left in December and that the practice had taken on two new clinicians funded through the Primary Care Network: a clinical pharmacist and a first contact physiotherapist.",
   "Susan Kaur asked whether the practice was relying on locum GPs to fill the gap; Dr Marsh said two regular locums covered four sessions a week until a replacement started in June. Rev. Onslow questioned whether patients understood what a first contact physiotherapist could do; the Practice Manager said a leaflet and a page on the website would explain the new roles."],
  "The group noted the staffing update and welcomed the new clinical roles.",
  [("Draft leaflet on the new clinical roles for PPG comment", "Priya Chandran", "30 April 2025")]),
 ("5", "GP Patient Survey and Friends and Family Test results", "Priya Chandran, Patient Services Lead",
  ["Priya Chandran presented the results: 71 per cent of respondents described their overall experience as good, compared with 64 per cent last year, but satisfaction with getting through on the phone remained below the ICB average.",
   "Derek Pym requested that the results be shared on the noticeboard and in the next newsletter; Priya Chandran agreed to do so once the figures were checked. Joyce Abiola commented that only 112 surveys had been returned from a list of 9,400 patients, and asked how the practice could hear from younger patients; Dr Marsh suggested the PPG might run a short feedback stall at the Kelmford College freshers' fair."],
  "The group agreed to publish a one-page summary of the survey results in the April newsletter.",
  [("One-page survey summary for the newsletter", "Priya Chandran / Alan Fenwick", "15 April 2025"),
   ("Ask Kelmford College about a stall in September", "Joyce Abiola", "30 June 2025")]),
 ("6", "Proposal to move blood tests to an external provider", "Sandra Okafor, Practice Manager",
  ["The Practice Manager explained that the ICB was recommissioning phlebotomy across Kelmford and that Clearpath Diagnostics Ltd had been named as preferred bidder to run a blood test hub at Riverside Retail Park from October. The surgery's own phlebotomy clinic would close when the new arrangement began.",
   "Alan Fenwick raised a concern that patients without a car would struggle to reach the retail park; the Practice Manager said the hub would be on the 14 bus route and housebound patients would still be visited at home by the district nurses. Susan Kaur asked whether a private company would be paid per test and what would happen to the practice's healthcare assistant; Dr Marsh said the contract was a block contract and the healthcare assistant would be redeployed to long-term condition reviews, not made redundant. Tom Brierley asked whether the PPG had been consulted before the preferred bidder was chosen; the Practice Manager said she was not aware of any patient engagement and would ask the ICB. Margaret Holloway commented that members felt strongly that the service should stay in the surgery, where patients knew the staff."],
  "The group agreed that the Chair should write to the ICB asking for patient engagement before the contract is awarded.",
  [("Letter to Kelmford and District ICB about the phlebotomy proposal", "Margaret Holloway", "4 April 2025")]),
 ("7", "Extended access and Pharmacy First", "Gareth Lyle, Clinical Director, Kelmford Primary Care Network",
  ["Mr Lyle explained that evening and Saturday appointments were now offered at the Kelmford hub, and that under Pharmacy First seven common conditions could be treated by a community pharmacist without a GP appointment.",
   "Rev. Onslow asked whether Ashgrove patients could book the Saturday clinic directly; Mr Lyle said bookings had to be made through the practice reception or the NHS App. Derek Pym reported that the Station Road pharmacy had closed early on several days in February because of staff shortages; Mr Lyle said this had been raised with the pharmacy's owners and with the ICB's primary care team."],
  "The group noted the update on extended access and Pharmacy First.",
  [("Add extended access details to the practice website", "Sandra Okafor", "31 March 2025")]),
 ("8", "Any other business and date of next meeting", "Margaret Holloway, Chair",
  ["Joyce Abiola asked whether the flu and COVID-19 vaccination clinics in the autumn could again be held on Saturdays; Dr Marsh said the practice intended to run two Saturday clinics in October, subject to vaccine deliveries."],
  "The group agreed to hold the next meeting on Tuesday 20 May 2025 at 6.00pm.", []),
]

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def label(cell, text, fill="DEEAF6"):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text); r.bold = True
    shade(cell, fill)

def fill_cell(cell, paras):
    cell.text = paras[0]
    for p in paras[1:]:
        cell.add_paragraph(p)

def save_deterministic(doc, path):
    cp = doc.core_properties
    cp.author = "Priya Chandran"; cp.last_modified_by = "Priya Chandran"
    cp.title = "PPG meeting minutes 18 March 2025"; cp.revision = 3
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    buf = io.BytesIO(); doc.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))

def build_ppg():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    t = doc.add_paragraph(style="Title"); t.add_run("Meeting Minutes")
    s = doc.add_paragraph(); r = s.add_run("Ashgrove Surgery Patient Participation Group (PPG)")
    r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    det = doc.add_table(rows=2, cols=5); det.style = "Table Grid"
    heads = ["Date", "Time", "Location", "Facilitator", "Note taker"]
    vals = ["18 March 2025", "6.00pm – 7.35pm", "Patient waiting room, Ashgrove Surgery, Mill Lane, Kelmford",
            "Margaret Holloway (PPG Chair)", "Priya Chandran"]
    for i, (h, v) in enumerate(zip(heads, vals)):
        label(det.cell(0, i), h); det.cell(1, i).text = v
    doc.add_paragraph()
    h = doc.add_paragraph(style="Heading 1"); h.add_run("Attendees")
    doc.add_paragraph("PPG members: Margaret Holloway (Chair), Derek Pym (Vice-Chair), Alan Fenwick, "
                      "Joyce Abiola, Tom Brierley, Susan Kaur, Rev. Philip Onslow.")
    doc.add_paragraph("From the practice: Dr Helen Marsh (GP Partner), Sandra Okafor (Practice Manager), "
                      "Priya Chandran (Patient Services Lead).")
    doc.add_paragraph("Also present: Gareth Lyle (Clinical Director, Kelmford Primary Care Network) for item 7.")
    doc.add_paragraph("Apologies: Bernard Quayle, Linda Forsyth, Dr Anil Mehta (GP Partner).")
    for num, title, presenter, disc, concl, actions in ITEMS:
        doc.add_paragraph()
        tb = doc.add_table(rows=4, cols=2); tb.style = "Table Grid"
        label(tb.cell(0, 0), "Agenda item:"); tb.cell(0, 1).text = ""
        rr = tb.cell(0, 1).paragraphs[0].add_run(f"{num}. {title}"); rr.bold = True
        label(tb.cell(1, 0), "Presenter:"); tb.cell(1, 1).text = presenter
        label(tb.cell(2, 0), "Discussion:"); fill_cell(tb.cell(2, 1), disc)
        label(tb.cell(3, 0), "Conclusions:"); tb.cell(3, 1).text = concl
        at = doc.add_table(rows=1, cols=3); at.style = "Table Grid"
        for i, hh in enumerate(["Action items", "Person responsible", "Deadline"]):
            label(at.cell(0, i), hh, "F2F2F2")
        for a in (actions or [("—", "", "")]):
            row = at.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Minutes to be agreed at the next meeting. Ashgrove Surgery, Mill Lane, Kelmford KF3 7DP.")
    save_deterministic(doc, os.path.join(DOCS, PPG))

def Q(item, kind, text, by, ans, giv, th):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans, "given_by": giv, "themes": th}

def R(item, text, outcome, th):
    return {"item": item, "text": text, "outcome": outcome, "themes": th}

PPG_GOLD = {
 "document": PPG, "doc_type": "minutes",
 "committee": "Ashgrove Surgery Patient Participation Group",
 "meeting_date": "2025-03-18",
 "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
 "questions": [
  Q("2", "question", "asked whether the broken automatic door at the Mill Lane entrance", "Derek Pym",
    "the repair had been completed on 3 February and the door was now serviced quarterly", "the Practice Manager", []),
  Q("3", "question", "asked why patients were still told to ring back the next day", "Alan Fenwick",
    "every caller was now either booked, given a call back", "the Practice Manager", ["primary-care"]),
  Q("3", "concern", "older patients without smartphones could not use the online booking form", "Joyce Abiola",
    "reception staff would complete the form on the telephone for anyone who asked", "Dr Marsh", ["primary-care"]),
  Q("3", "question", "asked how many appointments were offered face to face", "Tom Brierley",
    "it was about 68 per cent in February", "the Practice Manager", ["primary-care"]),
  Q("4", "question", "asked whether the practice was relying on locum GPs to fill the gap", "Susan Kaur",
    "two regular locums covered four sessions a week until a replacement started in June", "Dr Marsh",
    ["workforce", "primary-care"]),
  Q("4", "question", "questioned whether patients understood what a first contact physiotherapist could do", "Rev. Onslow",
    "a leaflet and a page on the website would explain the new roles", "the Practice Manager",
    ["primary-care", "workforce"]),
  Q("5", "request", "requested that the results be shared on the noticeboard and in the next newsletter", "Derek Pym",
    "Priya Chandran agreed to do so once the figures were checked", "Priya Chandran", ["patient-and-public-input"]),
  Q("5", "question", "asked how the practice could hear from younger patients", "Joyce Abiola",
    "the PPG might run a short feedback stall at the Kelmford College freshers' fair", "Dr Marsh",
    ["patient-and-public-input"]),
  Q("6", "concern", "patients without a car would struggle to reach the retail park", "Alan Fenwick",
    "the hub would be on the 14 bus route", "the Practice Manager", ["subcontracting"]),
  Q("6", "question", "asked whether a private company would be paid per test", "Susan Kaur",
    "the contract was a block contract and the healthcare assistant would be redeployed", "Dr Marsh",
    ["privatisation", "subcontracting", "finance", "workforce"]),
  Q("6", "question", "asked whether the PPG had been consulted before the preferred bidder was chosen", "Tom Brierley",
    "she was not aware of any patient engagement and would ask the ICB", "the Practice Manager",
    ["patient-and-public-input", "subcontracting"]),
  Q("6", "comment", "members felt strongly that the service should stay in the surgery", "Margaret Holloway",
    None, None, ["privatisation"]),
  Q("7", "question", "asked whether Ashgrove patients could book the Saturday clinic directly", "Rev. Onslow",
    "bookings had to be made through the practice reception or the NHS App", "Mr Lyle", ["primary-care"]),
  Q("7", "concern", "the Station Road pharmacy had closed early on several days in February", "Derek Pym",
    "this had been raised with the pharmacy's owners and with the ICB", "Mr Lyle",
    ["primary-care", "workforce"]),
  Q("8", "question", "vaccination clinics in the autumn could again be held on Saturdays", "Joyce Abiola",
    "the practice intended to run two Saturday clinics in October", "Dr Marsh", ["public-health", "primary-care"]),
 ],
 "resolutions": [
  R("2", "The notes of the meeting held on 14 January 2025 were agreed", "agreed", []),
  R("3", "three PPG members would test the call-back option and report back in May", "agreed",
    ["primary-care", "patient-and-public-input"]),
  R("4", "The group noted the staffing update and welcomed the new clinical roles", "noted", ["workforce", "primary-care"]),
  R("5", "publish a one-page summary of the survey results in the April newsletter", "agreed", ["patient-and-public-input"]),
  R("6", "the Chair should write to the ICB asking for patient engagement before the contract", "agreed",
    ["subcontracting", "patient-and-public-input"]),
  R("7", "The group noted the update on extended access and Pharmacy First", "noted", ["primary-care"]),
  R("8", "hold the next meeting on Tuesday 20 May 2025 at 6.00pm", "agreed", []),
 ],
 "attendees": [
  {"name": "Margaret Holloway", "role": "Chair", "attendance": "present"},
  {"name": "Derek Pym", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Alan Fenwick", "role": None, "attendance": "present"},
  {"name": "Joyce Abiola", "role": None, "attendance": "present"},
  {"name": "Tom Brierley", "role": None, "attendance": "present"},
  {"name": "Susan Kaur", "role": None, "attendance": "present"},
  {"name": "Rev. Philip Onslow", "role": None, "attendance": "present"},
  {"name": "Dr Helen Marsh", "role": "GP Partner", "attendance": "present"},
  {"name": "Sandra Okafor", "role": "Practice Manager", "attendance": "present"},
  {"name": "Priya Chandran", "role": "Patient Services Lead", "attendance": "present"},
  {"name": "Gareth Lyle", "role": "Clinical Director, Kelmford Primary Care Network", "attendance": "in_attendance"},
  {"name": "Bernard Quayle", "role": None, "attendance": "apologies"},
  {"name": "Linda Forsyth", "role": None, "attendance": "apologies"},
  {"name": "Dr Anil Mehta", "role": "GP Partner", "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- job advert
JOB_TEXT = """WEXCOMBE BOROUGH COUNCIL
Jobs and careers  >  Current vacancies  >  Scrutiny Officer

SCRUTINY OFFICER
Reference: WBC/DEM/0457
Directorate: Law and Governance (Democratic Services)
Grade: Band 8, SCP 23 - 27 (GBP 36,124 - GBP 39,513 a year, pro rata)
Hours: 37 hours a week, permanent. Hybrid working - Civic Offices, Market Street, Wexcombe WX1 2AB
Closing date: midnight, Sunday 13 April 2025
Interviews: week commencing 28 April 2025

About the role
--------------
Do you want to help councillors hold decision makers to account? Our small
scrutiny team supports four overview and scrutiny committees and a programme of
task and finish reviews. We are looking for a Scrutiny Officer who can turn a
long agenda into clear questions and who enjoys working with councillors, NHS
partners and residents.

You will take the lead in supporting the Health Scrutiny Committee, which
reviews local NHS services, the work of the integrated care board and the two
hospital trusts serving the borough, and you will also support the Adults and
Communities Scrutiny Panel.

What you will do
----------------
  * Plan and manage the committee's work programme with the Chair and Vice-Chair.
  * Brief members before meetings and suggest lines of questioning.
  * Commission reports from council directorates and NHS bodies and make sure they
    arrive on time.
  * Attend meetings, take notes and draft clear, accurate minutes and action logs.
  * Track recommendations and chase responses from the Cabinet and partners.
  * Research topics such as hospital discharge, access to GP appointments and
    the procurement of care services, and write evidence-based review reports.
  * Arrange site visits and evidence sessions, including sessions with service users
    and voluntary organisations.
  * Keep the scrutiny web pages up to date.

About you
---------
Essential:
  - Educated to degree level or with equivalent experience.
  - Excellent writing skills, including minute-taking.
  - Experience of supporting meetings or boards in a public sector setting.
  - Able to stay politically impartial and to handle confidential information.
Desirable:
  - Knowledge of local government and the NHS.
  - Experience of research or policy work.

What we offer
-------------
  * 26 days' annual leave rising to 31 after five years, plus bank holidays.
  * Local Government Pension Scheme.
  * Flexible working and a paid volunteering day.
  * Some evening meetings (about two a month) with time off in lieu.

How to apply
------------
Apply online at wexcombe.gov.uk/jobs using the reference WBC/DEM/0457. We do not
accept CVs. Please use the supporting statement to show how you meet each
essential criterion.

For an informal conversation about the role, contact Hannah Reeve, Scrutiny
and Member Support Manager, on 01632 960 418 or scrutiny@wexcombe.gov.uk.

Wexcombe Borough Council is a Disability Confident employer. We guarantee an
interview to disabled applicants who meet the essential criteria.
"""

JOB_GOLD = {"document": JOB, "doc_type": "other", "themes": ["governance", "workforce"]}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace("\u2019", "'").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "

def docx_text(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))

def source_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()

def check():
    ok = True
    for gf in sorted(os.listdir(GOLD)):
        if not gf.startswith("dv-"):
            continue
        g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
        text = norm(source_text(os.path.join(DOCS, g["document"])))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]:
                phrases.append(q["answer"])
        for r in g.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            n = norm(p); wc = len(n.split()); cnt = text.count(n)
            if cnt != 1 or not (6 <= wc <= 15):
                ok = False
                print(f"FAIL {gf}: count={cnt} words={wc}: {p}")
        print(f"{gf}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_ppg()
    with open(os.path.join(DOCS, JOB), "w", encoding="utf-8", newline="\n") as f:
        f.write(JOB_TEXT)
    for name, g in ((PPG, PPG_GOLD), (JOB, JOB_GOLD)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")

if __name__ == "__main__":
    main()
