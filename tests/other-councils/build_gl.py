#!/usr/bin/env python3
"""Build the "gl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gl.py           build documents/gl-* and gold/gl-*.json
        build_gl.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, io, zipfile, datetime
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 4, 2, 9, 0, 0)

def pin(path):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in entries:
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)

def newdoc(title):
    d = Document()
    cp = d.core_properties
    cp.author = "Democratic Services"; cp.title = title; cp.created = FIXED; cp.modified = FIXED
    cp.last_modified_by = "Democratic Services"; cp.revision = 1
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    return d

def lp(d, text):
    return d.add_paragraph(text, style="List Paragraph")

# ---------------- document 1: minutes ----------------
M1 = "gl-wealdshire-adult-social-care-and-health-select-committee-2025-03-12.docx"

def build_minutes():
    d = newdoc("Adult Social Care and Health Select Committee - Minutes 12 March 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Wealdshire County Council – Adult Social Care and Health Select Committee – 12 March 2025"
    sec.footer.paragraphs[0].text = "Minutes – unconfirmed until agreed at the next meeting. Chairman's initials ........"
    d.add_heading("Wealdshire County Council", level=1)
    d.add_paragraph("Minutes of the meeting of the Adult Social Care and Health Select Committee held on "
                    "Wednesday 12 March 2025 at 10.00am in the Ashdown Room, County Hall, Lewesbridge.")
    d.add_paragraph("Attendance", style="Heading 3")
    rows = [("Cllr Margaret Oakley (Chairman)", "Y"), ("Cllr Tom Reddaway (Vice-Chairman)", "Y"),
            ("Cllr Priya Sandhu", "Y"), ("Cllr Dennis Hollingbury", "Y"), ("Cllr Sarah Pemberton", "N"),
            ("Cllr Gareth Lowe", "Y"), ("Cllr Anne Whitcombe", "N"), ("Cllr Kieran Batt", "Y"),
            ("Cllr Louise Fairhall", "Y")]
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Member"; t.rows[0].cells[1].text = "Attended (Y/N)"
    for a, b in rows:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
    d.add_paragraph("")
    d.add_paragraph("Also present: Cllr Julian Forde, Cabinet Member for Adult Social Care and Health; "
                    "Helen Marchant, Executive Director of Adults, Health and Communities; "
                    "Colin Aske, Head of Commissioning (Adults and Health); "
                    "Dr Nadia Ferris, Director of Public Health; "
                    "Ruth Castellan, Director of Strategic Partnerships, Sussex Weald Integrated Care Board; "
                    "Ben Tolhurst, Scrutiny and Democratic Services Officer.")

    d.add_heading("1. Apologies for absence and substitutions", level=2)
    d.add_paragraph("Apologies were received from Cllr Sarah Pemberton. Cllr Anne Whitcombe was not present "
                    "and had not sent apologies. There were no substitutions.")

    d.add_heading("2. Declarations of interest", level=2)
    d.add_paragraph("Cllr Priya Sandhu declared a personal interest in item 5 as her mother receives a home care "
                    "package arranged by the County Council. She remained in the meeting and took part in the discussion.")

    d.add_heading("3. Minutes of the previous meeting", level=2)
    d.add_paragraph("The minutes of the meeting held on 15 January 2025 were looked at. Cllr Lowe pointed out that "
                    "his name had been spelt wrongly on page 4 and this has now been put right.")
    d.add_paragraph("Resolved:")
    lp(d, "• That the minutes of the meeting held on 15 January 2025 be confirmed as a correct record and signed by the Chairman.")

    d.add_heading("4. Public questions", level=2)
    d.add_paragraph("There were no public questions received for this meeting.")

    d.add_heading("5. Recommissioning of home care – the Wealdshire Care at Home contract", level=2)
    d.add_paragraph("The Head of Commissioning introduced the report, which set out the plan to recommission the "
                    "home care framework when the current contracts end in March 2026. The new model would divide the "
                    "county into nine zones, each with a lead provider, and would pay a single hourly rate across "
                    "urban and rural areas. He explained that around 2,400 people currently receive home care and "
                    "that market engagement events had been held with 38 providers in the autumn. The Committee "
                    "then asked questions, which are set out below.")
    lp(d, "• Q. Cllr Reddaway – Will the contract guarantee that rural areas such as the High Weald are covered, "
          "given that providers have handed back packages there before? A. The Head of Commissioning – Yes, the zone "
          "contracts will make rural coverage a condition of the award and a rural travel supplement will be paid on top "
          "of the base rate.")
    lp(d, "• Q. Cllr Sandhu – How many of the current providers are owned by private equity firms, and does the "
          "Council know how much profit leaves the county? A. The Head of Commissioning – Four of the eleven largest "
          "providers are owned by investment groups; the Council does not hold profit figures but will ask for "
          "open book accounting in the new framework.")
    lp(d, "• Q. Cllr Hollingbury – Had the Council looked at bringing some home care back in-house, as other "
          "counties had started to do? A. The Executive Director – An in-house option was appraised but was "
          "estimated to cost £4.1m more a year, mainly because of pension and terms and conditions costs.")
    lp(d, "• Q. Cllr Batt – What will the hourly rate be and does it allow providers to pay the Real Living Wage? "
          "A. The Head of Commissioning – The proposed rate is £25.40 an hour, which has been modelled to allow "
          "the Real Living Wage plus mileage.")
    d.add_paragraph("Cllr Fairhall said she was worried that people who use the service had not been asked what they "
                    "wanted from the new contract. Q. Cllr Fairhall – Will service users and carers sit on the tender "
                    "evaluation panels? A. The Head of Commissioning – Two experts by experience will score the quality "
                    "questions alongside officers, and a survey of 600 people receiving care was completed in January.")
    d.add_paragraph("Resolved:")
    lp(d, "– That the Committee notes the proposed model for recommissioning home care.")
    lp(d, "– That the Cabinet Member be asked to share the provider market analysis, including ownership, with all Members before the award.")
    lp(d, "– That a progress report on the tender is brought back to the Committee in September 2025.")

    d.add_heading("6. Adult social care workforce", level=2)
    d.add_paragraph("The Executive Director gave a presentation on recruitment and retention across the care sector. "
                    "The vacancy rate for care workers in the county is 11.2%, above the regional average, and the "
                    "Council's own social worker vacancy rate is 17%. International recruitment has filled 140 posts "
                    "over two years but changes to visa rules mean this route is now closing.")
    lp(d, "• Q. Cllr Lowe – How much is the Council spending on agency social workers this year? A. The Executive "
          "Director – Agency spend is forecast at £3.2m for 2024/25, down from £4.0m, and the aim is to halve it by 2026.")
    lp(d, "• Q. Cllr Oakley – What is being done for overseas care workers left without a sponsor when a provider "
          "loses its licence? A. The Executive Director – The Council has a matching service with other providers and "
          "has so far found new sponsors for 23 of the 31 workers affected.")
    lp(d, "• Cllr Batt raised concerns that newly qualified social workers were being given complex cases too soon. "
          "No answer was given at the meeting and the Executive Director agreed to reply in writing.")
    d.add_paragraph("Resolved:")
    lp(d, "• That the Committee notes the workforce update and asks for the agency spend figures by team in writing.")

    d.add_heading("7. Integrated Care Board – community health services and hospital discharge", level=2)
    d.add_paragraph("Ruth Castellan from the ICB updated the Committee on the plans to move community nursing into "
                    "integrated neighbourhood teams and on delays in discharge from the Princess Royal and Lewesbridge "
                    "General hospitals. On an average day 96 people who are medically fit stay in hospital waiting for "
                    "care, and the Better Care Fund is paying for 40 extra discharge to assess beds until the end of June.")
    lp(d, "• Q. Cllr Reddaway – Is the ICB going to consult the public before community nursing is moved into "
          "neighbourhood teams? A. The Director of Strategic Partnerships – The ICB does not consider this a "
          "substantial variation but will run an engagement exercise through Healthwatch in the spring.")
    lp(d, "• Q. Cllr Hollingbury – What happens to the discharge to assess beds when the funding stops in June? "
          "A. The Director of Strategic Partnerships – A decision will be taken by the joint commissioning board in "
          "May; the ICB hopes to keep at least half of them.")
    lp(d, "• Q. Cllr Sandhu – Who is accountable when a discharge goes wrong and a person is readmitted within a week? "
          "A. The Executive Director – Each case is reviewed by the joint discharge hub and serious cases go to the "
          "Safeguarding Adults Board.")
    d.add_paragraph("Resolved:")
    lp(d, "• That the Committee notes the update and recommends to the ICB that the public is formally consulted on the community nursing changes.")

    d.add_heading("8. Public health grant and the drug and alcohol treatment service", level=2)
    d.add_paragraph("The Director of Public Health presented the report on the 2025/26 public health grant, which has "
                    "increased by 5.1%, and the plan to extend the drug and alcohol treatment contract with Forward Path "
                    "for one year while a joint procurement with Brighthaven City Council is carried out.")
    lp(d, "• Q. Cllr Lowe – Why is the contract being extended again rather than going out to tender now? A. The "
          "Director of Public Health – Extending for one year allows the two councils to buy together and save an "
          "estimated £350,000 a year in management costs.")
    lp(d, "• Q. Cllr Fairhall – Has the stop smoking service met its target for pregnant women this year? "
          "A. The Director of Public Health – Not yet; 212 women have quit against a target of 260, and a new "
          "incentive scheme started in February.")
    d.add_paragraph("Resolved:")
    lp(d, "• That the Committee supports the one year extension of the drug and alcohol treatment contract.")
    lp(d, "• That the Committee notes the public health grant allocation for 2025/26.")

    d.add_heading("9. Work programme", level=2)
    d.add_paragraph("The Scrutiny and Democratic Services Officer went through the work programme. Members suggested "
                    "adding an item on the Council's own care homes and the CQC inspection results.")
    d.add_paragraph("Resolved:")
    lp(d, "• That the work programme be agreed with a care homes item added for July 2025.")
    d.add_paragraph("The meeting closed at 12.48pm.")
    d.add_paragraph("Chairman ........................................   Date ....................")
    p = os.path.join(DOCS, M1); d.save(p); pin(p)

GOLD1 = {
    "document": M1, "doc_type": "minutes",
    "committee": "Adult Social Care and Health Select Committee", "meeting_date": "2025-03-12",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Recommissioning of home care – the Wealdshire Care at Home contract"},
        {"number": "6", "title": "Adult social care workforce"},
        {"number": "7", "title": "Integrated Care Board – community health services and hospital discharge"},
        {"number": "8", "title": "Public health grant and the drug and alcohol treatment service"},
        {"number": "9", "title": "Work programme"},
    ],
    "questions": [
        {"item": "5", "kind": "question", "text": "Will the contract guarantee that rural areas such as the High Weald are covered",
         "asked_by": "Cllr Reddaway", "answer": "will make rural coverage a condition of the award", "given_by": "The Head of Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "How many of the current providers are owned by private equity firms",
         "asked_by": "Cllr Sandhu", "answer": "Four of the eleven largest providers are owned by investment groups", "given_by": "The Head of Commissioning",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "Had the Council looked at bringing some home care back in-house",
         "asked_by": "Cllr Hollingbury", "answer": "An in-house option was appraised but was estimated to cost £4.1m more a year", "given_by": "The Executive Director",
         "themes": ["privatisation", "finance", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "does it allow providers to pay the Real Living Wage",
         "asked_by": "Cllr Batt", "answer": "The proposed rate is £25.40 an hour, which has been modelled", "given_by": "The Head of Commissioning",
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "5", "kind": "concern", "text": "said she was worried that people who use the service had not been asked",
         "asked_by": "Cllr Fairhall", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "Will service users and carers sit on the tender evaluation panels",
         "asked_by": "Cllr Fairhall", "answer": "Two experts by experience will score the quality questions alongside officers", "given_by": "The Head of Commissioning",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question", "text": "How much is the Council spending on agency social workers this year",
         "asked_by": "Cllr Lowe", "answer": "Agency spend is forecast at £3.2m for 2024/25, down from £4.0m", "given_by": "The Executive Director",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "6", "kind": "question", "text": "What is being done for overseas care workers left without a sponsor",
         "asked_by": "Cllr Oakley", "answer": "has so far found new sponsors for 23 of the 31 workers affected", "given_by": "The Executive Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "6", "kind": "concern", "text": "raised concerns that newly qualified social workers were being given complex cases too soon",
         "asked_by": "Cllr Batt", "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "kind": "question", "text": "Is the ICB going to consult the public before community nursing is moved",
         "asked_by": "Cllr Reddaway", "answer": "will run an engagement exercise through Healthwatch in the spring", "given_by": "The Director of Strategic Partnerships",
         "themes": ["patient-and-public-input", "integration", "governance"]},
        {"item": "7", "kind": "question", "text": "What happens to the discharge to assess beds when the funding stops in June",
         "asked_by": "Cllr Hollingbury", "answer": "A decision will be taken by the joint commissioning board in May", "given_by": "The Director of Strategic Partnerships",
         "themes": ["integration", "finance", "adult-social-care"]},
        {"item": "7", "kind": "question", "text": "Who is accountable when a discharge goes wrong and a person is readmitted",
         "asked_by": "Cllr Sandhu", "answer": "Each case is reviewed by the joint discharge hub and serious cases", "given_by": "The Executive Director",
         "themes": ["governance", "integration", "adult-social-care"]},
        {"item": "8", "kind": "question", "text": "Why is the contract being extended again rather than going out to tender now",
         "asked_by": "Cllr Lowe", "answer": "allows the two councils to buy together and save an estimated £350,000", "given_by": "The Director of Public Health",
         "themes": ["subcontracting", "finance", "public-health"]},
        {"item": "8", "kind": "question", "text": "Has the stop smoking service met its target for pregnant women this year",
         "asked_by": "Cllr Fairhall", "answer": "212 women have quit against a target of 260", "given_by": "The Director of Public Health",
         "themes": ["public-health"]},
        {"item": "9", "kind": "request", "text": "Members suggested adding an item on the Council's own care homes",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care", "governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 15 January 2025 be confirmed as a correct record", "outcome": "agreed", "themes": []},
        {"item": "5", "text": "That the Committee notes the proposed model for recommissioning home care", "outcome": "agreed",
         "themes": ["subcontracting", "adult-social-care", "privatisation"]},
        {"item": "6", "text": "notes the workforce update and asks for the agency spend figures by team", "outcome": "agreed",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "7", "text": "recommends to the ICB that the public is formally consulted on the community nursing changes", "outcome": "recommended",
         "themes": ["patient-and-public-input", "integration"]},
        {"item": "8", "text": "supports the one year extension of the drug and alcohol treatment contract", "outcome": "agreed",
         "themes": ["subcontracting", "public-health", "finance"]},
        {"item": "9", "text": "That the work programme be agreed with a care homes item added", "outcome": "agreed",
         "themes": ["adult-social-care", "governance"]},
    ],
    "attendees": [
        {"name": "Cllr Margaret Oakley", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr Tom Reddaway", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Cllr Priya Sandhu", "role": None, "attendance": "present"},
        {"name": "Cllr Dennis Hollingbury", "role": None, "attendance": "present"},
        {"name": "Cllr Sarah Pemberton", "role": None, "attendance": "apologies"},
        {"name": "Cllr Gareth Lowe", "role": None, "attendance": "present"},
        {"name": "Cllr Anne Whitcombe", "role": None, "attendance": "absent"},
        {"name": "Cllr Kieran Batt", "role": None, "attendance": "present"},
        {"name": "Cllr Louise Fairhall", "role": None, "attendance": "present"},
        {"name": "Cllr Julian Forde", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Helen Marchant", "role": "Executive Director of Adults, Health and Communities", "attendance": "in_attendance"},
        {"name": "Colin Aske", "role": "Head of Commissioning (Adults and Health)", "attendance": "in_attendance"},
        {"name": "Dr Nadia Ferris", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Ruth Castellan", "role": "Director of Strategic Partnerships, Sussex Weald Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Ben Tolhurst", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------- document 2: annual report ----------------
M2 = "gl-wealdshire-asch-select-committee-annual-report-2024-25.docx"

def build_report():
    d = newdoc("Annual report of the Select Committee 2024/25")
    d.sections[0].footer.paragraphs[0].text = "Wealdshire County Council – Council, 22 May 2025 – Agenda item 9"
    d.add_heading("Adult Social Care and Health Select Committee", level=1)
    d.add_heading("Annual report of the Select Committee 2024/25", level=2)
    d.add_paragraph("Report to: Full Council, 22 May 2025. Report by: Cllr Margaret Oakley, Chairman of the Select Committee.")
    d.add_heading("Foreword from the Chairman", level=3)
    d.add_paragraph("This has been a busy year for the Committee. We met seven times, held two evidence sessions and "
                    "completed one in-depth review. Pressure on adult social care budgets and on hospital discharge has "
                    "shaped much of our work, and I thank Members, officers and our NHS partners for their openness.")
    d.add_heading("Work done during the year", level=3)
    for t in ["• Scrutiny of the recommissioning of home care, including the ownership of providers and the hourly rate paid.",
              "• Regular updates from the Integrated Care Board on hospital discharge and the Better Care Fund.",
              "• The adult social care workforce, including agency spend and international recruitment.",
              "• The public health grant, the drug and alcohol treatment contract and stop smoking services.",
              "• Dementia support and carers' breaks, following concerns raised by Healthwatch Wealdshire."]:
        lp(d, t)
    d.add_heading("Review: Living well at home", level=3)
    d.add_paragraph("A task group of five Members looked at how people can be supported to stay in their own homes "
                    "for longer. It heard from carers, care providers, occupational therapists and the housing teams "
                    "of three district councils, and ran a survey that received 412 responses. The group made eight "
                    "recommendations to the Cabinet.")
    d.add_heading("Recommendations accepted", level=3)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Recommendation"; t.rows[0].cells[1].text = "Cabinet response (February 2025)"
    for a, b in [("Speed up disabled facilities grant adaptations with the district councils", "Accepted"),
                 ("Publish the ownership of all contracted home care providers", "Accepted in part"),
                 ("Fund a carers' breaks pilot in two localities", "Accepted"),
                 ("Set a target to reduce agency social work spend", "Accepted")]:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
    d.add_heading("Looking ahead to 2025/26", level=3)
    d.add_paragraph("Next year the Committee will follow the home care tender, look at the Council's own care homes "
                    "after their CQC inspections, and review mental health support for older people with the ICB.")
    d.add_heading("Recommendation to Council", level=3)
    d.add_paragraph("Council is asked to note the annual report of the Adult Social Care and Health Select Committee.")
    p = os.path.join(DOCS, M2); d.save(p); pin(p)

GOLD2 = {"document": M2, "doc_type": "report",
         "themes": ["adult-social-care", "subcontracting", "integration", "workforce", "public-health",
                    "finance", "housing", "patient-and-public-input", "governance"]}

# ---------------- check ----------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    return " ".join(s.split())

def docx_text(path):
    d = Document(path); parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)

def check():
    ok = True
    for g in (GOLD1, GOLD2):
        txt = " " + norm(docx_text(os.path.join(DOCS, g["document"]))) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]: phrases.append(q["answer"])
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split()); c = txt.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False; print("FAIL", g["document"], repr(ph), "count", c, "words", n)
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json")) as f:
            if json.load(f) != g: ok = False; print("FAIL gold file differs", g["document"])
    print("check passed" if ok else "check FAILED"); return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_minutes(); build_report()
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")

if __name__ == "__main__":
    main()
