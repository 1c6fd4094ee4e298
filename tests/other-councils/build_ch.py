#!/usr/bin/env python3
"""Build the "ch-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ch.py           build documents/ch-* and gold/ch-*.json
        build_ch.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, copy, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1
D1 = "ch-thornbury-vale-health-scrutiny-panel-2025-06-17.docx"
D1_ATT_MEMBERS = ("Panel Members present: Councillor Margaret Ellery (Chair); Councillor Dev Sandhu "
    "(Vice-Chair); Councillor Alan Pritchard; Councillor Ruth Okonjo; Councillor Peter Hallam; "
    "Councillor Sinead Farrow (substitute for Councillor Brian Tulley); Mrs Janet Coombes "
    "(co-opted member, Healthwatch Thornbury Vale)")
D1_ATT_OFFICERS = ("Officers: Dr Helen Marsh, Director of Public Health; Andrew Kettering, Head of "
    "Public Health Commissioning and Partnerships; Lorraine Bates, Assistant Director of Adult "
    "Social Care (Operations and Safeguarding); Simon Wade, Associate Director of Primary Care "
    "Contracting, Severn Downs Integrated Care Board; Claire Dunmore, Scrutiny and Democratic "
    "Services Officer")
D1_APOL = ("Apologies: Councillor Brian Tulley; Councillor Gwen Ashdown")

# items: (number, title, summary paragraphs, questions [(q, resp_label, resp_text)], resolutions [clauses] or None)
D1_ITEMS = [
 ("14", "Apologies for Absence and Substitutions",
  ["Apologies for absence were received from Councillor Brian Tulley and Councillor Gwen Ashdown. "
   "Councillor Sinead Farrow attended as substitute for Councillor Tulley."], [], None),
 ("15", "Declarations of Interest",
  ["Councillor Ruth Okonjo declared a non-pecuniary interest in item 18 as her daughter is employed "
   "as a care worker by an agency providing home care in the borough. Councillor Peter Hallam "
   "declared a non-pecuniary interest as a patient of Orchard Lane Surgery. No other declarations "
   "were made."], [], None),
 ("16", "Minutes of the Previous Meeting",
  ["The minutes of the meeting held on 8 April 2025 were submitted."], [],
  ("The Panel RESOLVED that:", ["(a)\tthe minutes of the meeting held on 8 April 2025 be approved as a correct record and signed by the Chair."])),
 ("17", "Recommissioning of the Integrated Lifestyle and Stop Smoking Service",
  ["The Head of Public Health Commissioning and Partnerships introduced the report, which set out "
   "the proposed approach to recommissioning the integrated lifestyle and stop smoking service when "
   "the current contract with Wellpath Community Interest Company expires on 31 March 2026. The "
   "report proposed a five-year contract with an option to extend for two further years, with a "
   "reduced annual value of £1.12 million reflecting the public health grant allocation."],
  [("Councillor Pritchard asked why the contract value was being reduced when smoking prevalence "
    "in the most deprived wards had risen to 19 per cent.",
    "The Head of Public Health Commissioning and Partnerships said",
    "that the reduction reflected back-office savings from moving to a single digital referral "
    "platform and that frontline advisor hours would be protected in the specification."),
   ("Councillor Okonjo asked whether private companies would be able to bid and whether the "
    "Council had considered bringing the service in-house.",
    "The Director of Public Health said",
    "that an options appraisal had looked at in-house delivery but the set-up costs were "
    "prohibitive; the tender would be open to any qualified provider."),
   ("Mrs Coombes asked how service users had been involved in shaping the new specification.",
    "The Head of Public Health Commissioning and Partnerships said",
    "that 412 people had responded to the online survey and two focus groups had been held with "
    "pregnant smokers and with people in recovery."),
   ("Councillor Sandhu requested that vaping cessation support for young people be included as a "
    "named outcome in the contract.",
    "The Director of Public Health said",
    "that this would be added as a key performance indicator alongside school-based education "
    "sessions."),
  ],
  ("The Panel RESOLVED that:",
   ["(a)\tthe proposed approach to recommissioning the integrated lifestyle and stop smoking service be endorsed;",
    "(b)\tthe Cabinet Member for Public Health be asked to include a youth vaping outcome in the final specification; and",
    "(c)\ta summary of the consultation responses be circulated to Panel Members before the tender is published."])),
 ("18", "Adult Social Care Workforce and Home Care Market",
  ["The Assistant Director of Adult Social Care (Operations and Safeguarding) presented an update on "
   "the home care market. Eleven framework providers currently delivered around 9,400 hours of care "
   "each week. Vacancy rates among care workers had fallen from 14 per cent to 9 per cent over the "
   "year, helped by international recruitment, but providers continued to report pressure from the "
   "increase in employer national insurance contributions."],
  [("Councillor Hallam asked what hourly rate the Council paid framework providers compared with "
    "neighbouring authorities.",
    "The Assistant Director of Adult Social Care said",
    "that the rate for 2025/26 was £24.60 an hour, which placed the borough in the middle of the "
    "regional range."),
   ("Councillor Farrow raised concerns about care workers recruited from overseas being tied to "
    "sponsoring employers and the risk of exploitation.",
    "The Assistant Director of Adult Social Care said",
    "that contract monitoring visits now included confidential conversations with sponsored staff "
    "and two referrals had been made to the Home Office."),
   ("Councillor Okonjo asked whether any providers had handed back packages of care in the last quarter.",
    "The Assistant Director of Adult Social Care said",
    "that one provider had handed back 23 packages in April, all of which had been picked up "
    "within five working days."),
  ],
  ("The Panel RESOLVED that:",
   ["(a)\tthe update on the home care market be noted; and",
    "(b)\ta further report on the retention of international recruits be brought to the November meeting."])),
 ("19", "Access to GP Services and the Primary Care Access Recovery Plan",
  ["The Associate Director of Primary Care Contracting, Severn Downs Integrated Care Board, gave a "
   "presentation on access to general practice in the borough. Appointments had increased by 6 per "
   "cent year on year and 71 per cent of patients were seen within two weeks of booking. The ICB was "
   "supporting 14 practices to move to cloud-based telephony."],
  [("The Chair asked why residents in the north of the borough still reported waits of over an hour "
    "on the phone at 8am.",
    "The Associate Director of Primary Care Contracting said",
    "that three practices in the north had not yet moved to the new telephony and would do so by "
    "September."),
   ("Councillor Pritchard asked whether the proposed merger of Orchard Lane Surgery with Brookfield "
    "Medical Centre would be subject to public consultation.",
    "The Associate Director of Primary Care Contracting said",
    "that patient engagement would run for eight weeks from July and the Panel would be consulted "
    "on whether it was a substantial variation."),
   ("Mrs Coombes commented that Healthwatch had received a large number of complaints about online "
    "booking forms closing by mid-morning.",
    None, None),
  ],
  ("The Panel RESOLVED that:",
   ["(a)\tthe presentation be noted;",
    "(b)\tthe Integrated Care Board be requested to report the outcome of the Orchard Lane and Brookfield engagement to the Panel; and",
    "(c)\tthe Chair write to the ICB Chief Executive regarding telephone waiting times in the north of the borough."])),
 ("20", "Panel Work Programme 2025/26",
  ["The Scrutiny and Democratic Services Officer presented the draft work programme."],
  [("Councillor Sandhu requested that the annual report of the Safeguarding Adults Board be "
    "scheduled for the September meeting.",
    "The Scrutiny and Democratic Services Officer said",
    "that the Board's independent chair had been invited and the item would be added."),
  ],
  ("The Panel RESOLVED that:",
   ["(a)\tthe work programme for 2025/26 be agreed, subject to the addition of the Safeguarding Adults Board annual report."])),
]

D1_GOLD = {
 "document": D1, "doc_type": "minutes", "committee": "Health Scrutiny Panel", "meeting_date": "2025-06-17",
 "items": [{"number": n, "title": t} for n, t, *_ in D1_ITEMS],
 "questions": [
  {"item": "17", "kind": "question", "text": "asked why the contract value was being reduced when smoking prevalence",
   "asked_by": "Councillor Pritchard", "answer": "reflected back-office savings from moving to a single digital referral platform",
   "given_by": "The Head of Public Health Commissioning and Partnerships", "themes": ["public-health", "subcontracting", "finance"]},
  {"item": "17", "kind": "question", "text": "asked whether private companies would be able to bid and whether the Council",
   "asked_by": "Councillor Okonjo", "answer": "an options appraisal had looked at in-house delivery but the set-up costs",
   "given_by": "The Director of Public Health", "themes": ["privatisation", "subcontracting", "public-health"]},
  {"item": "17", "kind": "question", "text": "asked how service users had been involved in shaping the new specification",
   "asked_by": "Mrs Coombes", "answer": "412 people had responded to the online survey and two focus groups",
   "given_by": "The Head of Public Health Commissioning and Partnerships",
   "themes": ["patient-and-public-input", "public-health"]},
  {"item": "17", "kind": "request", "text": "requested that vaping cessation support for young people be included as a named outcome",
   "asked_by": "Councillor Sandhu", "answer": "this would be added as a key performance indicator alongside school-based",
   "given_by": "The Director of Public Health", "themes": ["public-health", "children-and-families", "subcontracting"]},
  {"item": "18", "kind": "question", "text": "asked what hourly rate the Council paid framework providers compared with",
   "asked_by": "Councillor Hallam", "answer": "the rate for 2025/26 was £24.60 an hour, which placed the borough",
   "given_by": "The Assistant Director of Adult Social Care", "themes": ["adult-social-care", "finance"]},
  {"item": "18", "kind": "concern", "text": "raised concerns about care workers recruited from overseas being tied to sponsoring employers",
   "asked_by": "Councillor Farrow", "answer": "contract monitoring visits now included confidential conversations with sponsored staff",
   "given_by": "The Assistant Director of Adult Social Care", "themes": ["workforce", "adult-social-care", "subcontracting"]},
  {"item": "18", "kind": "question", "text": "asked whether any providers had handed back packages of care in the last quarter",
   "asked_by": "Councillor Okonjo", "answer": "one provider had handed back 23 packages in April",
   "given_by": "The Assistant Director of Adult Social Care", "themes": ["adult-social-care"]},
  {"item": "19", "kind": "question", "text": "asked why residents in the north of the borough still reported waits",
   "asked_by": "The Chair", "answer": "three practices in the north had not yet moved to the new telephony",
   "given_by": "The Associate Director of Primary Care Contracting", "themes": ["primary-care"]},
  {"item": "19", "kind": "question", "text": "asked whether the proposed merger of Orchard Lane Surgery with Brookfield Medical Centre",
   "asked_by": "Councillor Pritchard", "answer": "patient engagement would run for eight weeks from July",
   "given_by": "The Associate Director of Primary Care Contracting", "themes": ["primary-care", "patient-and-public-input", "governance"]},
  {"item": "19", "kind": "comment", "text": "commented that Healthwatch had received a large number of complaints about online booking",
   "asked_by": "Mrs Coombes", "answer": None, "given_by": None, "themes": ["primary-care", "patient-and-public-input"]},
  {"item": "20", "kind": "request", "text": "requested that the annual report of the Safeguarding Adults Board be scheduled",
   "asked_by": "Councillor Sandhu", "answer": "the Board's independent chair had been invited and the item would be added",
   "given_by": "The Scrutiny and Democratic Services Officer", "themes": ["adult-social-care", "governance"]},
 ],
 "resolutions": [
  {"item": "16", "text": "the minutes of the meeting held on 8 April 2025 be approved", "outcome": "agreed", "themes": []},
  {"item": "17", "text": "the proposed approach to recommissioning the integrated lifestyle and stop smoking service be endorsed",
   "outcome": "agreed", "themes": ["public-health", "subcontracting"]},
  {"item": "18", "text": "the update on the home care market be noted", "outcome": "noted", "themes": ["adult-social-care"]},
  {"item": "19", "text": "the Integrated Care Board be requested to report the outcome of the Orchard Lane",
   "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
  {"item": "20", "text": "the work programme for 2025/26 be agreed, subject to the addition",
   "outcome": "agreed", "themes": ["governance"]},
 ],
 "attendees": [
  {"name": "Councillor Margaret Ellery", "role": "Chair", "attendance": "present"},
  {"name": "Councillor Dev Sandhu", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Councillor Alan Pritchard", "role": None, "attendance": "present"},
  {"name": "Councillor Ruth Okonjo", "role": None, "attendance": "present"},
  {"name": "Councillor Peter Hallam", "role": None, "attendance": "present"},
  {"name": "Councillor Sinead Farrow", "role": "substitute for Councillor Brian Tulley", "attendance": "present"},
  {"name": "Mrs Janet Coombes", "role": "co-opted member, Healthwatch Thornbury Vale", "attendance": "present"},
  {"name": "Dr Helen Marsh", "role": "Director of Public Health", "attendance": "in_attendance"},
  {"name": "Andrew Kettering", "role": "Head of Public Health Commissioning and Partnerships", "attendance": "in_attendance"},
  {"name": "Lorraine Bates", "role": "Assistant Director of Adult Social Care (Operations and Safeguarding)", "attendance": "in_attendance"},
  {"name": "Simon Wade", "role": "Associate Director of Primary Care Contracting, Severn Downs Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Claire Dunmore", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
  {"name": "Councillor Brian Tulley", "role": None, "attendance": "apologies"},
  {"name": "Councillor Gwen Ashdown", "role": None, "attendance": "apologies"},
 ],
}
# Resolution blocks: one row per "The Panel RESOLVED that:" block; the gold text is taken from a clause.


def _numbering_setup(doc):
    numbering = doc.part.numbering_part.element
    absid = 90
    a = OxmlElement("w:abstractNum"); a.set(qn("w:abstractNumId"), str(absid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "hybridMultilevel"); a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "720"); ind.set(qn("w:hanging"), "360")
    ppr.append(ind); lvl.append(ppr); a.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    return numbering, absid


def _new_num(numbering, absid, numid):
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(numid))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(absid)); n.append(an)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); n.append(ov)
    numbering.append(n)
    return numid


def _set_num(par, numid):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(numid)); numpr.append(ni)
    ppr.insert(0, numpr)


def build_d1():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    h1 = doc.styles["Heading 1"]; h1.font.name = "Arial"; h1.font.size = Pt(12)
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.title = "Health Scrutiny Panel minutes 17 June 2025"
    cp.created = datetime.datetime(2025, 6, 24, 9, 0, 0); cp.modified = datetime.datetime(2025, 6, 24, 9, 0, 0)
    cp.last_modified_by = "Democratic Services"; cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Thornbury Vale Borough Council – Health Scrutiny Panel – 17 June 2025"
    sec.footer.paragraphs[0].text = "Chair's initials ........"
    numbering, absid = _numbering_setup(doc)
    nextnum = 200
    p = doc.add_paragraph(); r = p.add_run("THORNBURY VALE BOROUGH COUNCIL"); r.bold = True
    p = doc.add_paragraph(); r = p.add_run("HEALTH SCRUTINY PANEL"); r.bold = True
    doc.add_paragraph("Minutes of the meeting held on Tuesday 17 June 2025 at 6.30 pm in Committee Room 2, "
                      "Civic Offices, Market Square, Thornbury")
    doc.add_paragraph(D1_ATT_MEMBERS)
    doc.add_paragraph(D1_ATT_OFFICERS)
    doc.add_paragraph(D1_APOL)
    for num, title, summary, qs, res in D1_ITEMS:
        doc.add_heading(f"{num}. {title}", level=1)
        for s in summary:
            pp = doc.add_paragraph(s); pp.paragraph_format.alignment = 3
        if qs:
            p = doc.add_paragraph(); r = p.add_run("Questions and responses"); r.bold = True
            numid = _new_num(numbering, absid, nextnum); nextnum += 1
            for q, who, ans in qs:
                qp = doc.add_paragraph(q); _set_num(qp, numid)
                if who:
                    ap = doc.add_paragraph(); ap.paragraph_format.left_indent = Cm(1.27)
                    rr = ap.add_run("Response:"); rr.bold = True
                    ap.add_run(f" {who} {ans}")
        if res:
            intro, clauses = res
            p = doc.add_paragraph(); r = p.add_run(intro); r.bold = True
            for c in clauses:
                cp_ = doc.add_paragraph(c); cp_.paragraph_format.left_indent = Cm(1.27)
                cp_.paragraph_format.first_line_indent = Cm(-0.63)
    doc.add_paragraph("The meeting closed at 8.47 pm.")
    doc.add_paragraph("Chair ............................................  Date ....................")
    path = os.path.join(DOCS, D1)
    doc.save(path)
    _fix_zip(path)
    return path


def _fix_zip(path):
    """Rewrite the zip with fixed timestamps so the build is byte-for-byte deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def text_d1(path):
    d = Document(path)
    return "\n".join(p.text for p in d.paragraphs)

# ---------------------------------------------------------------- document 2
D2 = "ch-millbrook-surgery-ppg-minutes-2025-09-10.txt"
D2_TEXT = """MILLBROOK SURGERY PATIENT PARTICIPATION GROUP (PPG)
Minutes of meeting held Wednesday 10th September 2025, 6pm, Patient Waiting Room (upstairs)

Present:  Jean Hartley (Chair, patient member), Ray Osei (patient member),
          Margaret Quinn (patient member, Secretary), Tom Bellamy (patient member),
          Priya Nair (patient member), Dennis Fairbrother (patient member),
          Karen Whitlow (Practice Manager), Dr Sam Ellison (GP Partner, for items 1-5)
Apologies: Brenda Cole, Alun Price
In attendance: Lucy Hammond (Engagement Officer, Healthwatch Wessex Vale) for item 6

------------------------------------------------------------------

1. Welcome
Jean welcomed everyone, in particular Priya who was attending her first meeting. Apologies as above.

2. Matters arising
Minutes of 11th June agreed as accurate. Hearing loop in reception now fixed (action from last time - done).
Q. (from a member) Has the practice put the new repeat prescription ordering times on the website yet?
A. (Practice Manager) Karen said this was done in July and the leaflet is being reprinted this month.
Agreed: minutes of 11th June to be signed by the Chair as a true record.

3. Telephone access
Karen reported the new cloud phone system went live on 4th August. Average wait at 8am was
now 6 minutes (was 19 minutes in May). Call-back option available when queue is over 10.
Q. (from a member) Why does the call-back sometimes come when you have said you are at work all day?
A. (Practice Manager) The system calls back in queue order and cannot yet take a preferred time; the
supplier says this feature is due in the spring.
Q. (from Ray Osei) Patients who are hard of hearing cannot use the phone queue at all - what can they do?
A. (Practice Manager) They can ask reception to add a flag to their record so the team contacts
them by text or email instead; Karen will put a notice up.
Action: Karen to put notice in waiting room and newsletter about communication flags.
Agreed: PPG to carry out a short telephone access check in November by ringing at 8am on three days.

4. Online booking
Dr Ellison explained that since the national contract change all routine requests can be made
online 8am-6:30pm. Around 40% of requests now come in online.
Q. (from a member) Concern was raised that older patients without smartphones feel pushed to the back of the queue.
A. (GP Partner) Dr Ellison said phone and online requests go into the same triage list and are
prioritised on clinical need, not how they arrived.
Q. (from Tom Bellamy) Could the PPG run a help session to show patients how to use the NHS App?
A. (Practice Manager) Yes - room can be booked on a Tuesday morning; the library digital champions have offered to help.
Action: Tom and Priya to arrange first NHS App help session in October.

5. ICB plan to merge Millbrook Surgery and Castle Street Medical Practice
Karen explained the Integrated Care Board (ICB) has written to both practices about a possible merger
into one partnership with two sites. Nothing decided yet. Staff have been told.
Q. (from Margaret Quinn) Will the Castle Street building close and will patients have to travel further?
A. (Practice Manager) Both sites would stay open under the current proposal but the ICB is reviewing
the estate; any closure would need a formal consultation.
Q. (from a member) Is a private company behind the merger, as people are saying on Facebook?
A. (GP Partner) Dr Ellison said no - the partners would remain NHS GP partners holding an NHS contract;
no private provider is involved.
Q. (from Dennis Fairbrother) Will the PPG get a say before the ICB makes a decision?
A. (Practice Manager) The ICB has promised an 8-week patient engagement period and wants to meet the PPG in October.
Agreed: Chair to write to the ICB asking for the PPG to be formally consulted on the merger and for
the engagement documents to be shared with members in advance.

6. Healthwatch survey
Lucy Hammond from Healthwatch presented the results of the GP access survey for the area (312 replies,
41 from Millbrook patients). Millbrook scored above average for kindness of reception staff but below
average for getting through on the phone (survey was before the new phone system).
Q. (from a member) Can Healthwatch repeat the survey next year so we can see if the new phones made a difference?
A. (Healthwatch) Lucy said it is planned for spring 2026 and she will share the Millbrook results separately.
Agreed: the Healthwatch survey findings to be noted and a summary put in the practice newsletter.

7. Any other business
Dennis asked about the flu clinic dates - Saturday 4th and 18th October (Practice Manager).
Agreed: PPG stall at the flu clinic on 4th October to recruit new members, especially younger patients.

8. Date of next meeting
Wednesday 10th December 2025, 6pm.

Meeting closed 7.40pm.                                                      MQ 12/09/25
"""

D2_GOLD = {
 "document": D2, "doc_type": "minutes", "committee": "Patient Participation Group", "meeting_date": "2025-09-10",
 "items": [{"number": "1", "title": "Welcome"}, {"number": "2", "title": "Matters arising"},
           {"number": "3", "title": "Telephone access"}, {"number": "4", "title": "Online booking"},
           {"number": "5", "title": "ICB plan to merge Millbrook Surgery and Castle Street Medical Practice"},
           {"number": "6", "title": "Healthwatch survey"}, {"number": "7", "title": "Any other business"},
           {"number": "8", "title": "Date of next meeting"}],
 "questions": [
  {"item": "2", "kind": "question", "text": "Has the practice put the new repeat prescription ordering times on the website",
   "asked_by": None, "answer": "this was done in July and the leaflet is being reprinted",
   "given_by": "Practice Manager", "themes": ["primary-care"]},
  {"item": "3", "kind": "question", "text": "Why does the call-back sometimes come when you have said you are at work",
   "asked_by": None, "answer": "The system calls back in queue order and cannot yet take a preferred time",
   "given_by": "Practice Manager", "themes": ["primary-care"]},
  {"item": "3", "kind": "question", "text": "Patients who are hard of hearing cannot use the phone queue at all",
   "asked_by": "Ray Osei", "answer": "ask reception to add a flag to their record so the team contacts",
   "given_by": "Practice Manager", "themes": ["primary-care"]},
  {"item": "4", "kind": "concern", "text": "older patients without smartphones feel pushed to the back of the queue",
   "asked_by": None, "answer": "phone and online requests go into the same triage list",
   "given_by": "GP Partner", "themes": ["primary-care"]},
  {"item": "4", "kind": "question", "text": "Could the PPG run a help session to show patients how",
   "asked_by": "Tom Bellamy", "answer": "room can be booked on a Tuesday morning; the library digital champions",
   "given_by": "Practice Manager", "themes": ["primary-care", "patient-and-public-input"]},
  {"item": "5", "kind": "question", "text": "Will the Castle Street building close and will patients have to travel further",
   "asked_by": "Margaret Quinn", "answer": "Both sites would stay open under the current proposal but the ICB is reviewing",
   "given_by": "Practice Manager", "themes": ["primary-care", "governance"]},
  {"item": "5", "kind": "question", "text": "Is a private company behind the merger, as people are saying on Facebook",
   "asked_by": None, "answer": "the partners would remain NHS GP partners holding an NHS contract",
   "given_by": "GP Partner", "themes": ["privatisation", "primary-care", "governance"]},
  {"item": "5", "kind": "question", "text": "Will the PPG get a say before the ICB makes a decision",
   "asked_by": "Dennis Fairbrother", "answer": "The ICB has promised an 8-week patient engagement period",
   "given_by": "Practice Manager", "themes": ["patient-and-public-input", "primary-care", "governance"]},
  {"item": "6", "kind": "question", "text": "Can Healthwatch repeat the survey next year so we can see",
   "asked_by": None, "answer": "it is planned for spring 2026 and she will share the Millbrook results",
   "given_by": "Healthwatch", "themes": ["patient-and-public-input", "primary-care"]},
  {"item": "7", "kind": "question", "text": "Dennis asked about the flu clinic dates",
   "asked_by": "Dennis", "answer": "Saturday 4th and 18th October (Practice Manager)",
   "given_by": "Practice Manager", "themes": ["public-health"]},
 ],
 "resolutions": [
  {"item": "2", "text": "minutes of 11th June to be signed by the Chair as a true record", "outcome": "agreed", "themes": []},
  {"item": "3", "text": "PPG to carry out a short telephone access check in November", "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
  {"item": "5", "text": "Chair to write to the ICB asking for the PPG to be formally consulted", "outcome": "agreed", "themes": ["patient-and-public-input", "primary-care", "governance"]},
  {"item": "6", "text": "the Healthwatch survey findings to be noted and a summary put in the practice newsletter", "outcome": "noted", "themes": ["patient-and-public-input"]},
  {"item": "7", "text": "PPG stall at the flu clinic on 4th October to recruit new members", "outcome": "agreed", "themes": ["patient-and-public-input", "public-health"]},
 ],
 "attendees": [
  {"name": "Jean Hartley", "role": "Chair, patient member", "attendance": "present"},
  {"name": "Ray Osei", "role": "patient member", "attendance": "present"},
  {"name": "Margaret Quinn", "role": "patient member, Secretary", "attendance": "present"},
  {"name": "Tom Bellamy", "role": "patient member", "attendance": "present"},
  {"name": "Priya Nair", "role": "patient member", "attendance": "present"},
  {"name": "Dennis Fairbrother", "role": "patient member", "attendance": "present"},
  {"name": "Karen Whitlow", "role": "Practice Manager", "attendance": "present"},
  {"name": "Dr Sam Ellison", "role": "GP Partner, for items 1-5", "attendance": "present"},
  {"name": "Brenda Cole", "role": None, "attendance": "apologies"},
  {"name": "Alun Price", "role": None, "attendance": "apologies"},
  {"name": "Lucy Hammond", "role": "Engagement Officer, Healthwatch Wessex Vale", "attendance": "in_attendance"},
 ],
}


def build_d2():
    path = os.path.join(DOCS, D2)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(D2_TEXT)
    return path


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check(text, gold):
    t = norm(text); errs = []
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = norm(ph)
        c = t.count(n)
        wc = len(n.split())
        if c != 1:
            errs.append(f"{gold['document']}: {kind} phrase found {c} times: {ph!r}")
        if not (6 <= wc <= 15) and kind != "answer_short":
            errs.append(f"{gold['document']}: {kind} phrase has {wc} words: {ph!r}")
    return errs


def main():
    p1 = build_d1(); p2 = build_d2()
    for g in (D1_GOLD, D2_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    if "--check" in sys.argv:
        errs = check(text_d1(p1), D1_GOLD) + check(open(p2, encoding="utf-8").read(), D2_GOLD)
        for e in errs:
            print(e)
        print("CHECK FAILED" if errs else "CHECK PASSED")
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
