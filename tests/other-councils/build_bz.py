#!/usr/bin/env python3
"""Build the "bz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bz.py           build documents/bz-* and gold/bz-*.json
        build_bz.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, html, datetime
from pathlib import Path


def _fixed_zip(path, when):
    """Re-pack a saved .docx with fixed timestamps so the build is byte-for-byte repeatable."""
    import io, zipfile
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())
HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"

# ---------------------------------------------------------------- doc 1 (docx)
D1 = "bz-northmoor-esk-jhosc-2025-10-14.docx"
D1_COMMITTEE = "Northmoor and Esk Valley Joint Health Overview and Scrutiny Committee"
D1_MEMBERS = [("Cllr Jane Brown (Chair)", "Northmoor County Council", "JB", "Cllr Jane Brown", "Chair"),
              ("Cllr Tariq Hussain (Vice-Chair)", "Esk Valley Borough Council", "TH", "Cllr Tariq Hussain", "Vice-Chair"),
              ("Cllr Moira Fenwick", "Northmoor County Council", "MF", "Cllr Moira Fenwick", None),
              ("Cllr Owen Pritchard", "Northmoor County Council", "OP", "Cllr Owen Pritchard", None),
              ("Cllr Gail Ashworth", "Esk Valley Borough Council", "GA", "Cllr Gail Ashworth", None),
              ("Cllr Dev Sandhu", "Esk Valley Borough Council", "DS", "Cllr Dev Sandhu", None)]
D1_OFFICERS = [("Sarah Pemberton", "Director of Adult Services, Northmoor County Council", "SP"),
               ("Dr Kofi Mensah", "Chief Medical Officer, Esk Valley Integrated Care Board", "KM"),
               ("Lorraine Hale", "Head of Commissioning and Contracts, Northmoor County Council", "LH"),
               ("Peter Quigley", "Scrutiny Officer", "PQ")]
# items: (number, title, [blocks]) ; block kinds: p text | q (asker, text, phrase, kind, themes, answer_text, given_by, aphrase) | action | agreed ([bullets], phrase, outcome, themes)
D1_ITEMS = [
 ("1", "Welcome, Introductions and Apologies", [
   ("p", "JB welcomed everyone to the meeting, which was held at Esk Valley Civic Centre. Apologies were received from Cllr Rita Okafor (Northmoor County Council). There were no substitutes.")]),
 ("2", "Declarations of Interest", [
   ("p", "DS declared a non-pecuniary interest as his daughter is employed as a staff nurse at Esk Valley Hospitals NHS Foundation Trust. No other declarations were made.")]),
 ("3", "Notes of the Previous Meeting", [
   ("agreed", ["that the notes of the meeting held on 8 July 2025 be approved as a correct record."],
    "the notes of the meeting held on 8 July 2025 be approved", "agreed", [])]),
 ("4", "Winter Resilience and Hospital Discharge", [
   ("p", "KM introduced the joint winter plan prepared by Esk Valley ICB, the two councils and Esk Valley Hospitals NHS Foundation Trust. SP outlined the adult social care contribution, including additional reablement capacity and a discharge hub open seven days a week."),
   ("q", "JB", "JB asked whether the additional reablement capacity would be in place before the December peak in admissions.",
    "whether the additional reablement capacity would be in place before the December peak", "question", ["adult-social-care"],
    "SP (Director of Adult Services) said that fourteen of the eighteen new reablement posts had been filled and the remainder were expected to start in November.",
    "SP", "fourteen of the eighteen new reablement posts had been filled"),
   ("q", "MF", "MF raised concerns that patients medically fit for discharge were still waiting more than a week for a care package in the rural east of the county.",
    "patients medically fit for discharge were still waiting more than a week", "concern", ["adult-social-care"],
    "SP confirmed that average waits in the eastern locality had fallen to five days, but recruitment of care workers in rural areas remained the main constraint.",
    "SP", "average waits in the eastern locality had fallen to five days"),
   ("q", "OP", "OP asked how much of the £3.2m winter funding from the ICB had been allocated to the councils and how it would be spent.",
    "how much of the £3.2m winter funding from the ICB had been allocated", "question", ["finance", "adult-social-care"],
    "KM said that £1.1m would pass to the two councils through the Better Care Fund to purchase short-term beds and bridging care.",
    "KM", "£1.1m would pass to the two councils through the Better Care Fund"),
   ("q", "GA", "GA requested that future reports show delayed discharges separately for each locality.",
    "requested that future reports show delayed discharges separately for each locality", "request", ["adult-social-care"],
    "KM agreed that the locality breakdown would be included from the January report onwards.",
    "KM", "the locality breakdown would be included from the January report onwards"),
   ("action", "ACTION: KM to provide delayed discharge figures by locality for the January 2026 meeting."),
   ("agreed", ["to note the joint winter resilience plan for 2025/26 and the progress reported on reablement recruitment."],
    "to note the joint winter resilience plan for 2025/26", "noted", ["adult-social-care"])]),
 ("5", "Home Care Recommissioning and Contract Award", [
   ("p", "LH (Head of Commissioning and Contracts) presented the outcome of the tender for home care across the four zones of Northmoor, which would move from 31 spot providers to six lead providers on five-year contracts from April 2026."),
   ("q", "TH", "TH asked whether any of the six preferred bidders were owned by private equity firms and what safeguards existed if a provider failed.",
    "whether any of the six preferred bidders were owned by private equity firms", "question", ["privatisation", "subcontracting", "adult-social-care"],
    "LH said that two of the bidders were part of larger groups with private equity backing and that the contracts included step-in rights and a provider failure protocol.",
    "LH", "the contracts included step-in rights and a provider failure protocol"),
   ("q", "DS", "DS questioned whether the new hourly rate of £24.60 was enough to pay care workers the Real Living Wage and cover travel time.",
    "whether the new hourly rate of £24.60 was enough to pay care workers", "question", ["finance", "workforce", "adult-social-care"],
    "LH confirmed that the rate had been modelled on the Real Living Wage plus paid travel time, and that compliance would be checked at quarterly contract meetings.",
    "LH", "compliance would be checked at quarterly contract meetings"),
   ("q", "MF", "MF commented that people who use home care had not been asked about the change of provider and that the Committee should have seen the results of any engagement.",
    "people who use home care had not been asked about the change of provider", "comment", ["patient-and-public-input", "adult-social-care", "subcontracting"],
    None, None, None),
   ("action", "ACTION: LH to circulate the transition plan for people changing provider."),
   ("agreed", ["to recommend to the Cabinet that the home care contracts be awarded to the six lead providers as set out in the report;",
               "that the Cabinet be asked to ensure that people receiving care are told of any change of carer at least four weeks in advance."],
    "to recommend to the Cabinet that the home care contracts be awarded", "recommended", ["subcontracting", "adult-social-care"])]),
 ("6", "GP Access and Primary Care Networks", [
   ("p", "KM presented the ICB's primary care access recovery update for Northmoor and Esk Valley."),
   ("q", "JB", "JB asked why patients in Esk Valley were still unable to book GP appointments more than two weeks ahead.",
    "still unable to book GP appointments more than two weeks ahead", "question", ["primary-care"],
    "KM explained that practices were moving to a total triage model and that the ICB was funding additional care navigators in each primary care network.",
    "KM", "practices were moving to a total triage model"),
   ("q", "OP", "OP sought clarification on the number of GP vacancies and whether staff recruited under the Additional Roles Reimbursement Scheme were being used to fill them.",
    "sought clarification on the number of GP vacancies", "question", ["primary-care", "workforce"],
    "KM said that there were 17 whole-time equivalent GP vacancies across the patch and that pharmacists and physician associates were not a substitute for GPs.",
    "KM", "17 whole-time equivalent GP vacancies across the patch"),
   ("agreed", ["to note the primary care access recovery update."],
    "to note the primary care access recovery update", "noted", ["primary-care"])]),
 ("7", "Community Mental Health Transformation", [
   ("p", "The update had been circulated for information. There was no discussion."),
   ("agreed", ["to note the update on community mental health transformation."],
    "to note the update on community mental health transformation", "noted", ["mental-health"])]),
 ("8", "Work Programme 2025/26", [
   ("q", "GA", "GA requested that the Committee receive a report on children's and young people's mental health waiting times before the end of the municipal year.",
    "receive a report on children's and young people's mental health waiting times", "request", ["mental-health", "children-and-families"],
    "PQ (Scrutiny Officer) said this could be scheduled for the March 2026 meeting alongside the CAMHS annual report.",
    "PQ", "could be scheduled for the March 2026 meeting alongside the CAMHS"),
   ("action", "ACTION: PQ to update the work programme and invite the CAMHS provider."),
   ("agreed", ["to approve the work programme for 2025/26, subject to the addition of CAMHS waiting times in March 2026."],
    "to approve the work programme for 2025/26, subject to the addition", "agreed", [])]),
]

def build_docx(path):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    cp = doc.core_properties
    cp.author = "Scrutiny Team"; cp.title = "JHOSC meeting note 14 October 2025"
    cp.created = cp.modified = datetime.datetime(2025, 10, 20, 9, 0, 0)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "NHS / Local Authority Joint Scrutiny – Meeting Note – OFFICIAL"
    fp = sec.footer.paragraphs[0]; fp.text = "JHOSC 14.10.25 – Page "
    r = fp.add_run()
    for t, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if t:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
    doc.add_paragraph().add_run(D1_COMMITTEE).bold = True
    doc.add_paragraph("Meeting note – Tuesday 14 October 2025, 2.00pm – Esk Valley Civic Centre, Committee Room 2")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Present", "Council", "Initials")): c.text = h
    for m in D1_MEMBERS:
        row = t.add_row().cells
        for c, v in zip(row, m[:3]): c.text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("In attendance (officers and NHS)", "Role", "Initials")): c.text = h
    for o in D1_OFFICERS:
        row = t.add_row().cells
        for c, v in zip(row, o): c.text = v
    doc.add_paragraph("Apologies: Cllr Rita Okafor")
    for num, title, blocks in D1_ITEMS:
        doc.add_heading(f"Item {num}: {title}", level=1)
        for b in blocks:
            if b[0] == "p": doc.add_paragraph(b[1])
            elif b[0] == "q":
                doc.add_paragraph(b[2])
                if b[6]: doc.add_paragraph(b[6])
            elif b[0] == "action":
                doc.add_paragraph().add_run(b[1]).bold = True
            elif b[0] == "agreed":
                doc.add_paragraph("The Committee agreed:")
                for li in b[1]: doc.add_paragraph(li, style="List Bullet")
    doc.add_paragraph("Date of next meeting: Tuesday 13 January 2026 at 2.00pm.")
    doc.add_paragraph("Notes taken by PQ. Meeting closed at 4.25pm.")
    doc.save(path)
    _fixed_zip(path, (2025, 10, 20, 9, 0, 0))

def gold_d1():
    g = {"document": D1, "doc_type": "minutes", "committee": D1_COMMITTEE, "meeting_date": "2025-10-14",
         "items": [], "questions": [], "resolutions": [], "attendees": []}
    for num, title, blocks in D1_ITEMS:
        g["items"].append({"number": num, "title": title})
        for b in blocks:
            if b[0] == "q":
                g["questions"].append({"item": num, "kind": b[4], "text": b[3], "asked_by": b[1],
                                       "answer": b[8], "given_by": b[7], "themes": b[5]})
            elif b[0] == "agreed":
                g["resolutions"].append({"item": num, "text": b[2], "outcome": b[3], "themes": b[4]})
    for m in D1_MEMBERS:
        g["attendees"].append({"name": m[3], "role": m[4], "attendance": "present"})
    for o in D1_OFFICERS:
        g["attendees"].append({"name": o[0], "role": o[1], "attendance": "in_attendance"})
    g["attendees"].append({"name": "Cllr Rita Okafor", "role": None, "attendance": "apologies"})
    return g

# ---------------------------------------------------------------- doc 2 (html)
D2 = "bz-halbury-adults-health-housing-scrutiny-2025-11-03.html"
D2_COMMITTEE = "Adults, Health and Housing Scrutiny Committee"
D2_ATT = [("Councillor Priya Nandra", "Chair", "Yes", "present"),
          ("Councillor Graham Lowe", "Vice-Chair", "Yes", "present"),
          ("Councillor Helen Staines", "Member", "No – apologies", "apologies"),
          ("Councillor Martin Osei", "Member", "Substitute for Cllr Staines", "present"),
          ("Councillor Fiona Drury", "Member", "Yes", "present"),
          ("Councillor Colin Barraclough", "Member", "Yes", "present"),
          ("Councillor Aisha Rahman", "Member", "No – apologies", "apologies"),
          ("Councillor Steven Whitlock", "Cabinet Member for Housing", "Yes", "in_attendance"),
          ("Matthew Ives", "Director of Adult Social Care", "Yes", "in_attendance"),
          ("Karen Doyle", "Head of Housing Needs", "Yes", "in_attendance"),
          ("Neil Farrant", "Head of Commissioning", "Yes", "in_attendance"),
          ("Dr Ruth Adeyemi", "Consultant in Public Health", "No", "absent"),
          ("Joanne Platt", "Democratic Services Officer", "Yes", "in_attendance")]
# q block: (asker, asker_suffix, question_rest, phrase, kind, themes, given_by, answer_rest, aphrase)
D2_ITEMS = [
 ("1", "Apologies and Substitutions", [
   ("p", "Apologies for absence were received from Councillors Staines and Rahman. Councillor Osei attended as substitute for Councillor Staines.")]),
 ("2", "Declarations of Interest", [
   ("p", "Councillor Drury declared a personal interest in Item 6 as her mother receives a home care package arranged by the Council. She remained in the meeting.")]),
 ("3", "Minutes of the Previous Meeting", [
   ("out", ["That the minutes of the meeting held on 22 September 2025 be approved as a correct record and signed by the Chair."],
    "minutes of the meeting held on 22 September 2025 be approved", "agreed", [])]),
 ("4", "Public Questions", [
   ("p", "One question had been received in accordance with the Committee Procedure Rules."),
   ("q", "Mr Alan Treece", ", a resident of Northgate ward,", " queried why families placed in bed and breakfast accommodation outside the borough were not told how long they would be there.",
    "why families placed in bed and breakfast accommodation outside the borough", "question", ["housing"],
    "The Cabinet Member for Housing", " responded that every household now received a written placement letter within 48 hours, including an estimated length of stay.",
    "every household now received a written placement letter within 48 hours")]),
 ("5", "Temporary Accommodation and Homelessness Pressures", [
   ("p", "The Head of Housing Needs presented the report, which showed 412 households in temporary accommodation, an increase of 19% on the previous year, and a forecast overspend of £2.7m on the homelessness budget."),
   ("q", "Councillor Lowe", "", " queried the cost to the Council of nightly paid accommodation compared with leasing properties directly.",
    "the cost to the Council of nightly paid accommodation compared with leasing", "question", ["housing", "finance"],
    "The Head of Housing Needs", " responded that nightly paid units cost on average £61 per night against £29 for leased homes, and that a private sector leasing scheme would start in January.",
    "nightly paid units cost on average £61 per night"),
   ("q", "Councillor Barraclough", "", " expressed concern about the number of children living in temporary accommodation for more than six months and the impact on their schooling.",
    "children living in temporary accommodation for more than six months", "concern", ["housing", "children-and-families"],
    None, None, None),
   ("q", "Councillor Osei", "", " queried whether the Council was working with the NHS to identify homeless patients before discharge from hospital.",
    "working with the NHS to identify homeless patients before discharge from hospital", "question", ["housing", "adult-social-care", "integration"],
    "The Director of Adult Social Care", " responded that a housing officer was now based at Halbury General Hospital three days a week as part of the integrated discharge team.",
    "a housing officer was now based at Halbury General Hospital"),
   ("out", ["That the temporary accommodation position and the forecast overspend of £2.7m be noted.",
            "That a further update on the private sector leasing scheme be brought to the March 2026 meeting."],
    "temporary accommodation position and the forecast overspend of £2.7m be noted", "noted", ["housing", "finance"])]),
 ("6", "Adult Social Care Charging Policy Consultation", [
   ("p", "The Director of Adult Social Care introduced proposals to consult on changes to the non-residential charging policy, including charging for a second carer and reducing the disability-related expenditure allowance."),
   ("q", "Councillor Drury", "", " queried how the Council would reach people with learning disabilities and their carers during the twelve-week consultation.",
    "how the Council would reach people with learning disabilities and their carers", "question", ["patient-and-public-input", "adult-social-care"],
    "The Head of Commissioning", " responded that easy-read materials had been co-produced with Halbury Speaking Up and that drop-in sessions would be held at each day centre.",
    "easy-read materials had been co-produced with Halbury Speaking Up"),
   ("q", "Councillor Nandra", "", " queried how much additional income the changes would raise and how many people would pay more.",
    "how much additional income the changes would raise", "question", ["finance", "adult-social-care"],
    "The Director of Adult Social Care", " responded that the proposals would raise about £640,000 a year and that around 1,150 people would see their weekly charge rise.",
    "the proposals would raise about £640,000 a year"),
   ("q", "Councillor Barraclough", "", " queried whether an equality impact assessment had been completed before the consultation was launched.",
    "whether an equality impact assessment had been completed before the consultation", "question", ["adult-social-care", "patient-and-public-input"],
    None, None, None),
   ("out", ["That Cabinet be recommended to approve the launch of the consultation, subject to the equality impact assessment being published alongside it.",
            "That the consultation responses be reported to this Committee before any decision is taken."],
    "Cabinet be recommended to approve the launch of the consultation", "recommended", ["adult-social-care", "patient-and-public-input"])]),
 ("7", "Occupational Therapy Service – Contract Performance", [
   ("p", "The Head of Commissioning reported on the first year of the contract with Meridian Therapy Services Ltd for community occupational therapy assessments and minor adaptations."),
   ("q", "Councillor Lowe", "", " queried why waiting times for an occupational therapy assessment had risen to 14 weeks despite the service being outsourced to reduce them.",
    "waiting times for an occupational therapy assessment had risen to 14 weeks", "question", ["subcontracting", "adult-social-care"],
    "The Head of Commissioning", " responded that the provider had lost five therapists over the summer and had been issued with a performance improvement notice in September.",
    "had been issued with a performance improvement notice in September"),
   ("q", "Councillor Osei", "", " queried whether bringing the service back in-house had been costed as an option.",
    "whether bringing the service back in-house had been costed as an option", "question", ["privatisation", "finance", "adult-social-care"],
    "The Head of Commissioning", " responded that an in-house option appraisal would be presented alongside the extension decision.",
    "an in-house option appraisal would be presented alongside the extension decision"),
   ("out", ["That consideration of the proposed two-year contract extension be deferred to the January 2026 meeting pending the in-house option appraisal."],
    "consideration of the proposed two-year contract extension be deferred", "deferred", ["subcontracting"])]),
 ("8", "Healthwatch Halbury Annual Report 2024/25", [
   ("p", "The annual report had been circulated with the agenda. There were no questions."),
   ("out", ["That the Healthwatch Halbury annual report for 2024/25 be noted."],
    "That the Healthwatch Halbury annual report for 2024/25 be noted", "noted", ["patient-and-public-input"])]),
 ("9", "Work Programme", [
   ("q", "Councillor Drury", "", " queried whether the Committee could visit the new Tollgate Lane supported housing scheme before it opened.",
    "whether the Committee could visit the new Tollgate Lane supported housing scheme", "request", ["housing"],
    "The Democratic Services Officer", " responded that a visit would be arranged for members in early December.",
    "a visit would be arranged for members in early December"),
   ("out", ["That the work programme for 2025/26 be agreed, including a site visit to Tollgate Lane."],
    "the work programme for 2025/26 be agreed, including a site visit", "agreed", ["housing"])]),
]

def build_html(path):
    e = html.escape
    o = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">',
         f'<title>{e(D2_COMMITTEE)} – 3 November 2025 | Halbury Borough Council</title>',
         '<link rel="stylesheet" href="/-/media/themes/halbury/styles/main.css">', '</head>',
         '<body class="sc-page template-content">',
         '<header class="site-header"><a class="logo" href="/">Halbury Borough Council</a>',
         '<nav class="primary-nav"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/your-council">Your council</a></li></ul></nav></header>',
         '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li><a href="/your-council/committees">Committees</a></li><li>Minutes</li></ol></nav>',
         '<main id="main-content" class="component rich-text">',
         f'<h1>{e(D2_COMMITTEE)} – Monday 3 November 2025</h1>',
         '<p class="meta">Held at 6.30pm in the Council Chamber, Halbury Town Hall. <span class="status">Status: Approved</span></p>',
         '<h2 class="attendance-heading">Attendance</h2>',
         '<div class="table-wrapper"><table class="sc-table"><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Attended</th></tr></thead><tbody>']
    for n, r, a, _ in D2_ATT:
        o.append(f'<tr><td>{e(n)}</td><td>{e(r)}</td><td>{e(a)}</td></tr>')
    o.append('</tbody></table></div>')
    for num, title, blocks in D2_ITEMS:
        o.append(f'<h2 id="item-{num}">Item {num} – {e(title)}</h2>')
        for b in blocks:
            if b[0] == "p": o.append(f'<p>{e(b[1])}</p>')
            elif b[0] == "q":
                o.append(f'<p><strong>{e(b[1])}</strong>{e(b[2])}{e(b[3])}</p>')
                if b[7]: o.append(f'<p><em>{e(b[7])}</em>{e(b[8])}</p>')
            elif b[0] == "out":
                o.append('<h3>Outcome</h3>'); o.append('<ol>')
                for li in b[1]: o.append(f'<li>{e(li)}</li>')
                o.append('</ol>')
    o += ['<p class="closing">The meeting ended at 8.52pm.</p>', '</main>',
          '<aside class="related"><h2 class="visually-hidden">Related</h2><ul><li><a href="/your-council/committees/ahh-scrutiny">Committee page</a></li><li><a href="/contact-democratic-services">Contact Democratic Services</a></li></ul></aside>',
          '<footer class="site-footer"><p>© Halbury Borough Council 2025</p><p>Page last updated: 18 November 2025</p></footer>',
          '</body>', '</html>']
    path.write_text("\n".join(o) + "\n", encoding="utf-8")

def gold_d2():
    g = {"document": D2, "doc_type": "minutes", "committee": D2_COMMITTEE, "meeting_date": "2025-11-03",
         "items": [], "questions": [], "resolutions": [], "attendees": []}
    for num, title, blocks in D2_ITEMS:
        g["items"].append({"number": num, "title": title})
        for b in blocks:
            if b[0] == "q":
                g["questions"].append({"item": num, "kind": b[5], "text": b[4], "asked_by": b[1],
                                       "answer": b[9], "given_by": b[7], "themes": b[6]})
            elif b[0] == "out":
                g["resolutions"].append({"item": num, "text": b[2], "outcome": b[3], "themes": b[4]})
    for n, r, a, att in D2_ATT:
        g["attendees"].append({"name": n, "role": r, "attendance": att})
    return g

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())

def text_of(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    raw = path.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))

def check():
    ok = True
    for gf in sorted(GOLD.glob("bz-*.json")):
        g = json.loads(gf.read_text())
        src = norm(text_of(DOCS / g["document"]))
        phrases = [q["text"] for q in g["questions"]] + [q["answer"] for q in g["questions"] if q["answer"]] + [r["text"] for r in g["resolutions"]]
        for ph in phrases:
            n = len(ph.split()); c = src.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False; print(f"FAIL {gf.name}: count={c} words={n}: {ph}")
        print(f"{gf.name}: items={len(g['items'])} questions={len(g['questions'])} resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)
    build_docx(DOCS / D1); build_html(DOCS / D2)
    for name, g in ((D1, gold_d1()), (D2, gold_d2())):
        (GOLD / (Path(name).stem + ".json")).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built")

if __name__ == "__main__":
    main()
