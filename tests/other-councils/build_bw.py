#!/usr/bin/env python3
"""Build the "bw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bw.py          build documents and gold
        build_bw.py --check  verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)

D1 = "bw-thornmoor-health-scrutiny-committee-2025-03-12.docx"
D2 = "bw-thornmoor-cabinet-report-community-equipment-recommissioning.docx"


def fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = title


def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


def shade(par, fill="D9D9D9"):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def strike(run):
    rPr = run._r.get_or_add_rPr()
    s = OxmlElement("w:strike")
    rPr.append(s)


def base_doc(header_text, footer_left):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run(footer_left + "\t\tPage ")
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)
    return doc


# ---------------------------------------------------------------- document 1
def para(doc, text=None, bold_prefix=None, indent=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.left_indent = Cm(2.5)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    if text:
        p.add_run(text)
    return p


def minute(doc, num, title):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(2.5); pf.first_line_indent = Cm(-2.5)
    pf.tab_stops.add_tab_stop(Cm(2.5))
    pf.space_before = Pt(12); pf.keep_with_next = True
    p.add_run(f"Minute {num}\t")
    p.add_run(title).bold = True
    return p


def qr(doc, q, r=None, strike_parts=None):
    """q may be a list of (text, struck) segments."""
    p = para(doc)
    if isinstance(q, list):
        for seg, s in q:
            run = p.add_run(seg)
            if s:
                strike(run)
    else:
        p.add_run(q)
    if r is not None:
        p2 = para(doc)
        if isinstance(r, list):
            for seg, s in r:
                run = p2.add_run(seg)
                if s:
                    strike(run)
        else:
            p2.add_run(r)


def decision(doc, clauses, lead=None):
    p = para(doc, bold_prefix="DECISION:")
    shade(p)
    if lead:
        p.add_run(" " + lead)
    for i, c in enumerate(clauses, 1):
        cp = doc.add_paragraph()
        cp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        cp.paragraph_format.left_indent = Cm(3.3)
        cp.paragraph_format.first_line_indent = Cm(-0.8)
        cp.paragraph_format.tab_stops.add_tab_stop(Cm(3.3))
        cp.add_run(f"{i}.\t{c}")


def build_doc1():
    doc = base_doc("THORNMOOR COUNTY COUNCIL – Health Scrutiny Committee – 12 March 2025 – DRAFT MINUTES (subject to approval)",
                   "Chairman's initials ……………")
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("DRAFT – NOT YET APPROVED").bold = True
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("THORNMOOR COUNTY COUNCIL"); r.bold = True; r.font.size = Pt(14)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("HEALTH SCRUTINY COMMITTEE"); r.bold = True; r.font.size = Pt(13)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Minutes of the meeting held on Wednesday 12 March 2025 at 10.00 am in the Exe Room, County Hall, Brackford")

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Members present: ").bold = True
    p.add_run("Cllr Margaret Hollins (Chairman); Cllr Peter Ashdown (Vice-Chairman); Cllr Anjali Barot; "
              "Cllr Stephen Crewe; Cllr Felicity Dunmore; Cllr Owen Pritchard; Cllr Rosalind Tapp; "
              "Mrs Jean Oakley (co-opted, Healthwatch Thornmoor)")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Substitutes: ").bold = True
    p.add_run("Cllr Derek Mayhew (for Cllr Lorna Fitch); Cllr Yasmin Quayle (for Cllr Trevor Bale)")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Officers: ").bold = True
    p.add_run("Helen Marchbank, Director of Adult Social Care and Health Partnerships; "
              "Dr Simon Achebe, Director of Public Health; "
              "Karen Lyle, Head of Commissioning (Adults, Ageing and Disability); "
              "Gareth Rowe, Senior Democratic Services and Scrutiny Officer")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Also present: ").bold = True
    p.add_run("Amanda Keane, Director of Primary Care, NHS Thornmoor and Wessex Integrated Care Board; "
              "Cllr Neil Faraday, Cabinet Member for Adult Social Care")

    # Minute 38
    minute(doc, 38, "Apologies for absence and substitutions")
    para(doc, "Apologies for absence were received from Cllr Lorna Fitch and Cllr Trevor Bale. "
              "The substitutions were as set out above. Apologies were also received from Mr Colin Daws (co-opted, Thornmoor Carers Network).")

    minute(doc, 39, "Declarations of interest")
    para(doc, "Cllr Anjali Barot declared a personal interest in Minute 41 as her mother receives equipment "
              "through the community equipment service. Cllr Rosalind Tapp declared a personal interest as a "
              "retained pharmacist at a community pharmacy in Lydbury. Neither Member took any further part "
              "in voting on matters relating to those interests.")

    minute(doc, 40, "Minutes of the previous meeting")
    para(doc, "The draft minutes of the meeting held on 15 January 2025 were considered. Cllr Crewe noted a "
              "typographical error in Minute 29 (the year of the Lydbury surgery closure should read 2024).")
    decision(doc, ["That, subject to the correction in Minute 29, the minutes of the meeting held on 15 January 2025 be confirmed as a correct record and signed by the Chairman."])

    minute(doc, 41, "Recommissioning of the Integrated Community Equipment Service")
    para(doc, "The Head of Commissioning (Adults, Ageing and Disability) introduced the report, which set out "
              "options for the recommissioning of the integrated community equipment service jointly with the "
              "Integrated Care Board when the current contract with Medequip Solutions Ltd expires on 31 March 2026. "
              "The preferred option was a competitive tender for a single prime contractor for seven years.")
    qr(doc, "Q – Cllr Pritchard: asked why an in-house or joint local authority trading company option had been "
            "ruled out at the first stage of the options appraisal, given other councils had brought the service back.",
        "R – Head of Commissioning: the appraisal had scored an in-house service lower on mobilisation risk because "
        "the Council had no warehouse or fleet of its own, but the detailed scoring would be circulated to Members.")
    qr(doc, [("Q – Cllr Dunmore: raised concern that delivery times for urgent equipment had ", False),
             ("fallen sharply", True),
             (" slipped over the last year and that hospital discharges were being held up waiting for beds and hoists.", False)],
        "R – Director of Adult Social Care and Health Partnerships: performance against the four-hour urgent delivery "
        "standard had dropped to 81 per cent in the autumn; a contract improvement notice had been issued and the "
        "figure had recovered to 93 per cent in February.")
    qr(doc, "Q – Mrs Oakley: requested that people who use the service and their carers be involved in writing the "
            "specification, not only consulted once it was drafted.",
        "R – Head of Commissioning: an engagement plan was being prepared with Healthwatch Thornmoor and a reference "
        "group of service users would be set up in April.")
    qr(doc, "Q – Cllr Barot: queried how much of the pooled budget was lost each year through equipment that was "
            "never returned for recycling.",
        "R – Head of Commissioning: the recycling credit rate was 72 per cent, and roughly £410,000 of stock a year "
        "was not recovered; a new collections incentive would be written into the contract.")
    qr(doc, "Q – Cllr Mayhew: commented that the Committee should see the tender evaluation criteria before Cabinet "
            "took a decision on the award.")
    decision(doc, [
        "That the report be noted.",
        "That the Committee's comments on the options appraisal, and in particular its concern about the exclusion of an in-house option, be forwarded to Cabinet for its meeting on 8 April 2025.",
        "That Cabinet be recommended to require the tender evaluation criteria to give at least 20 per cent weighting to social value and user experience.",
    ])

    minute(doc, 42, "Access to NHS Dentistry – update from the Integrated Care Board")
    para(doc, "The Director of Primary Care, NHS Thornmoor and Wessex Integrated Care Board, presented an update on "
              "dental access, including the urgent dental care sessions commissioned since October and the "
              "flexible commissioning scheme.")
    qr(doc, "Q – Cllr Crewe: asked how many residents were on the waiting list to register with an NHS dentist in "
            "the north of the county.",
        "R – Director of Primary Care (ICB): there was no single waiting list, but the dental helpline had logged "
        "3,900 calls from the northern districts in the last quarter.")
    qr(doc, [("Q – Cllr Quayle: expressed concern that children in care were ", False),
             ("routinely", True),
             (" waiting too long for check-ups after placement moves.", False)],
        "R – Director of Primary Care (ICB): a ring-fenced number of appointments for looked after children had been "
        "agreed with four practices from 1 March.")
    qr(doc, "Q – Cllr Ashdown: asked whether practices handing back their contracts could be replaced quickly.",
        "R – Director of Primary Care (ICB): procurement of replacement activity took about nine months, and two "
        "lots were currently out to tender for Lydbury and Carnford.")
    decision(doc, [
        "That the update be noted.",
        "That the Integrated Care Board be asked to provide a written breakdown of dental access by district for the July meeting.",
    ])

    minute(doc, 43, "Adult Social Care Workforce Strategy")
    para(doc, "The Director of Adult Social Care and Health Partnerships introduced the draft workforce strategy "
              "2025–2028. The vacancy rate among home care workers across the county had fallen to 9.8 per cent.")
    qr(doc, "Q – Cllr Tapp: asked whether the Council would require care providers to pay the real living wage to care workers.",
        "R – Cabinet Member for Adult Social Care: this was an aspiration, but the cost of around £6.2 million a year "
        "could not be met within the current medium term financial plan.")
    qr(doc, "Q – Cllr Barot: sought clarification on how many international recruits had left their sponsoring "
            "employer within the first year.",
        "R – Director of Adult Social Care and Health Partnerships: figures were not held centrally and a survey of "
        "providers would be undertaken.")
    qr(doc, "Q – Cllr Dunmore: requested that exit interview data from providers be reported to the Committee every six months.")
    decision(doc, [
        "That the draft Adult Social Care Workforce Strategy 2025–2028 be endorsed.",
        "That six-monthly updates on recruitment and retention in the care sector be added to the work programme.",
    ])

    minute(doc, 44, "Drug and Alcohol Treatment Service – contract extension")
    para(doc, "The Director of Public Health reported on the proposal to use the two-year extension option in "
              "the contract with Renew Pathways CIC for the adult drug and alcohol treatment service.")
    qr(doc, "Q – Cllr Pritchard: asked what the outcomes had been on successful completions of treatment for opiate users.",
        "R – Director of Public Health: completions stood at 5.1 per cent against a national average of 5.0 per cent, "
        "and deaths in treatment had fallen for the second year.")
    qr(doc, "Q – Cllr Mayhew: queried whether the grant funding for the service was secure beyond March 2026.",
        "R – Director of Public Health: the supplementary substance misuse grant had only been confirmed for one "
        "further year, which was a risk the extension clause allowed for.")
    decision(doc, [
        "That the Committee supports the proposed two-year extension of the drug and alcohol treatment contract.",
    ])

    minute(doc, 45, "Work Programme")
    para(doc, "The Senior Democratic Services and Scrutiny Officer presented the work programme. "
              "There was no discussion.")
    decision(doc, [
        "That the work programme be agreed, subject to the addition of the items agreed at Minutes 42 and 43.",
    ])

    p = doc.add_paragraph(); p.add_run("The meeting closed at 12.47 pm.").italic = True
    p = doc.add_paragraph(); p.add_run("Chairman ……………………………………        Date ……………………")
    fix_props(doc, "Health Scrutiny Committee draft minutes 12 March 2025")
    doc.save(os.path.join(DOCS, D1))


def gold1():
    Q = []
    def q(item, kind, text, asked, answer, given, themes):
        Q.append(dict(item=item, kind=kind, text=text, asked_by=asked, answer=answer, given_by=given, themes=themes))
    q("41", "question", "ruled out at the first stage of the options appraisal", "Cllr Pritchard",
      "the appraisal had scored an in-house service lower on mobilisation risk", "Head of Commissioning",
      ["privatisation", "subcontracting", "governance"])
    q("41", "concern", "raised concern that delivery times for urgent equipment had", "Cllr Dunmore",
      "a contract improvement notice had been issued and the figure had recovered", "Director of Adult Social Care and Health Partnerships",
      ["adult-social-care", "subcontracting"])
    q("41", "request", "requested that people who use the service and their carers be involved", "Mrs Oakley",
      "a reference group of service users would be set up in April", "Head of Commissioning",
      ["patient-and-public-input", "subcontracting", "adult-social-care"])
    q("41", "question", "queried how much of the pooled budget was lost each year", "Cllr Barot",
      "a new collections incentive would be written into the contract", "Head of Commissioning",
      ["finance", "integration", "subcontracting"])
    q("41", "comment", "should see the tender evaluation criteria before Cabinet took a decision", "Cllr Mayhew",
      None, None, ["subcontracting", "governance"])
    q("42", "question", "how many residents were on the waiting list to register with an NHS dentist", "Cllr Crewe",
      "the dental helpline had logged 3,900 calls from the northern districts", "Director of Primary Care (ICB)",
      ["primary-care"])
    q("42", "concern", "expressed concern that children in care were", "Cllr Quayle",
      "a ring-fenced number of appointments for looked after children had been agreed", "Director of Primary Care (ICB)",
      ["primary-care", "children-and-families"])
    q("42", "question", "asked whether practices handing back their contracts could be replaced quickly", "Cllr Ashdown",
      "procurement of replacement activity took about nine months", "Director of Primary Care (ICB)",
      ["primary-care", "subcontracting"])
    q("43", "question", "require care providers to pay the real living wage to care workers", "Cllr Tapp",
      "could not be met within the current medium term financial plan", "Cabinet Member for Adult Social Care",
      ["workforce", "adult-social-care", "finance"])
    q("43", "question", "how many international recruits had left their sponsoring employer", "Cllr Barot",
      "figures were not held centrally and a survey of providers would be undertaken", "Director of Adult Social Care and Health Partnerships",
      ["workforce", "adult-social-care"])
    q("43", "request", "requested that exit interview data from providers be reported to the Committee", "Cllr Dunmore",
      None, None, ["workforce", "adult-social-care"])
    q("44", "question", "what the outcomes had been on successful completions of treatment for opiate users", "Cllr Pritchard",
      "completions stood at 5.1 per cent against a national average", "Director of Public Health",
      ["public-health"])
    q("44", "question", "queried whether the grant funding for the service was secure beyond March 2026", "Cllr Mayhew",
      "the supplementary substance misuse grant had only been confirmed for one further year", "Director of Public Health",
      ["finance", "public-health", "subcontracting"])
    R = [
        dict(item="40", text="minutes of the meeting held on 15 January 2025 be confirmed as a correct record", outcome="agreed", themes=[]),
        dict(item="41", text="in particular its concern about the exclusion of an in-house option", outcome="recommended",
             themes=["subcontracting", "privatisation", "adult-social-care", "patient-and-public-input"]),
        dict(item="42", text="provide a written breakdown of dental access by district for the July meeting", outcome="noted",
             themes=["primary-care"]),
        dict(item="43", text="the draft Adult Social Care Workforce Strategy 2025–2028 be endorsed", outcome="agreed",
             themes=["workforce", "adult-social-care"]),
        dict(item="44", text="supports the proposed two-year extension of the drug and alcohol treatment contract", outcome="agreed",
             themes=["public-health", "subcontracting"]),
        dict(item="45", text="the work programme be agreed, subject to the addition of the items", outcome="agreed", themes=["governance"]),
    ]
    A = []
    def a(name, role, att):
        A.append(dict(name=name, role=role, attendance=att))
    a("Cllr Margaret Hollins", "Chairman", "present")
    a("Cllr Peter Ashdown", "Vice-Chairman", "present")
    for n in ["Cllr Anjali Barot", "Cllr Stephen Crewe", "Cllr Felicity Dunmore", "Cllr Owen Pritchard", "Cllr Rosalind Tapp"]:
        a(n, None, "present")
    a("Mrs Jean Oakley", "co-opted, Healthwatch Thornmoor", "present")
    a("Cllr Derek Mayhew", "Substitute for Cllr Lorna Fitch", "present")
    a("Cllr Yasmin Quayle", "Substitute for Cllr Trevor Bale", "present")
    a("Cllr Lorna Fitch", None, "apologies")
    a("Cllr Trevor Bale", None, "apologies")
    a("Mr Colin Daws", "co-opted, Thornmoor Carers Network", "apologies")
    a("Helen Marchbank", "Director of Adult Social Care and Health Partnerships", "in_attendance")
    a("Dr Simon Achebe", "Director of Public Health", "in_attendance")
    a("Karen Lyle", "Head of Commissioning (Adults, Ageing and Disability)", "in_attendance")
    a("Gareth Rowe", "Senior Democratic Services and Scrutiny Officer", "in_attendance")
    a("Amanda Keane", "Director of Primary Care, NHS Thornmoor and Wessex Integrated Care Board", "in_attendance")
    a("Cllr Neil Faraday", "Cabinet Member for Adult Social Care", "in_attendance")
    return dict(
        document=D1, doc_type="minutes", committee="Health Scrutiny Committee", meeting_date="2025-03-12",
        items=[dict(number=str(n), title=t) for n, t in [
            (38, "Apologies for absence and substitutions"), (39, "Declarations of interest"),
            (40, "Minutes of the previous meeting"), (41, "Recommissioning of the Integrated Community Equipment Service"),
            (42, "Access to NHS Dentistry – update from the Integrated Care Board"), (43, "Adult Social Care Workforce Strategy"),
            (44, "Drug and Alcohol Treatment Service – contract extension"), (45, "Work Programme")]],
        questions=Q, resolutions=R, attendees=A)


# ---------------------------------------------------------------- document 2
def build_doc2():
    doc = base_doc("Thornmoor County Council – Cabinet – 8 April 2025 – Agenda Item 9", "OFFICIAL")
    def h(text, size=12):
        p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
        p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
    def body(text):
        p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    h("THORNMOOR COUNTY COUNCIL", 14)
    h("Report to Cabinet – 8 April 2025", 12)
    h("Recommissioning of the Integrated Community Equipment Service", 13)
    tbl = doc.add_table(rows=5, cols=2); tbl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Report of", "Director of Adult Social Care and Health Partnerships"),
        ("Cabinet Member", "Cllr Neil Faraday, Cabinet Member for Adult Social Care"),
        ("Key decision", "Yes – expenditure over £500,000 (Forward Plan ref. FP/2025/014)"),
        ("Divisions affected", "All"),
        ("Exempt information", "None – this report is for publication"),
    ]):
        tbl.cell(i, 0).text = k; tbl.cell(i, 1).text = v
    h("1. Purpose of the report")
    body("1.1 To seek Cabinet approval to recommission the integrated community equipment service (ICES) jointly "
         "with NHS Thornmoor and Wessex Integrated Care Board, from 1 April 2026, and to delegate the award of "
         "contract to the Director of Adult Social Care and Health Partnerships.")
    h("2. Recommendations")
    body("2.1 That Cabinet approves a competitive procurement for a single provider of the integrated community "
         "equipment service for a term of five years with an option to extend by up to two years.")
    body("2.2 That Cabinet approves a Section 75 pooled budget agreement with the Integrated Care Board, with the "
         "Council as lead commissioner.")
    body("2.3 That authority to award the contract be delegated to the Director of Adult Social Care and Health "
         "Partnerships, in consultation with the Cabinet Member for Adult Social Care.")
    h("3. Background")
    body("3.1 The service supplies, delivers, installs, collects and recycles equipment such as hoists, profiling beds, "
         "pressure care mattresses and bathing aids for around 21,000 residents a year. It supports hospital discharge, "
         "reablement and people living safely at home. The current contract with Medequip Solutions Ltd ends on 31 March 2026 "
         "and cannot be further extended.")
    body("3.2 The combined annual spend is £7.4 million, of which the Council contributes 58 per cent and the Integrated "
         "Care Board 42 per cent. Demand has grown by 11 per cent in two years, and the value of stock not returned is "
         "estimated at £410,000 a year.")
    h("4. Options considered")
    body("4.1 Four options were appraised: (a) an in-house service; (b) a local authority trading company jointly owned "
         "with Wessex County Council; (c) a competitive tender for a single provider; and (d) a retail prescription model. "
         "Option (c) is recommended. Options (a) and (b) would require capital investment of about £3.1 million in a "
         "warehouse, decontamination facility and fleet, and carry significant mobilisation risk in the time available.")
    h("5. Comments from the Health Scrutiny Committee")
    body("5.1 The Health Scrutiny Committee considered the proposals on 12 March 2025 (Minute 41). Members questioned "
         "the exclusion of an in-house option, raised concerns about urgent delivery times affecting hospital discharges, "
         "and asked that service users and carers help to write the specification. The Committee made the following "
         "recommendations, which are quoted below together with the Cabinet Member's proposed response.")
    tbl = doc.add_table(rows=1, cols=2); tbl.style = "Table Grid"
    tbl.cell(0, 0).text = "Scrutiny recommendation"; tbl.cell(0, 1).text = "Cabinet response"
    for c in tbl.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    rows = [
        ("Recommendation 1: “That the Committee's concern about the exclusion of an in-house option be forwarded to "
         "Cabinet, and that the detailed scoring of the options appraisal be published.”",
         "Accepted in part. The scoring matrix is published as Appendix B. Cabinet remains of the view that an in-house "
         "service cannot be mobilised safely by April 2026, but will commission a review of an in-house or trading company "
         "model in year three of the contract."),
        ("Recommendation 2: “That the tender evaluation criteria give at least 20 per cent weighting to social value "
         "and user experience.”",
         "Accepted. The evaluation will weight price at 40 per cent, quality at 40 per cent and social value and user "
         "experience at 20 per cent."),
        ("Recommendation 3: “That a reference group of people who use the service and their carers be involved in "
         "writing the specification.”",
         "Accepted. A reference group facilitated by Healthwatch Thornmoor met for the first time on 2 April 2025 and "
         "will take part in the evaluation of method statements."),
    ]
    for a, b in rows:
        cells = tbl.add_row().cells
        cells[0].text = a; cells[1].text = b
    h("6. Financial implications")
    body("6.1 The estimated contract value over seven years is £54 million including the pooled NHS contribution. "
         "The Council's share is contained within the adult social care budget in the medium term financial plan.")
    h("7. Legal and governance implications")
    body("7.1 The procurement will be run under the Procurement Act 2023 using the competitive flexible procedure. "
         "Existing staff of the incumbent provider may transfer under TUPE to a new provider.")
    h("8. Consultation and engagement")
    body("8.1 A survey of 640 equipment users and carers was carried out in January 2025; the main concerns were delivery "
         "times, communication about collection, and the cleanliness of recycled equipment.")
    h("Background papers")
    body("Health Scrutiny Committee, 12 March 2025 – report and draft minutes (Minute 41).")
    body("Contact officer: Karen Lyle, Head of Commissioning (Adults, Ageing and Disability), tel. 01632 960 418")
    fix_props(doc, "Cabinet report – Recommissioning of the Integrated Community Equipment Service")
    doc.save(os.path.join(DOCS, D2))


def gold2():
    return dict(document=D2, doc_type="report",
                themes=["subcontracting", "adult-social-care", "integration", "finance", "privatisation",
                        "patient-and-public-input", "governance"])


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so builds are byte-identical."""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())


def check():
    ok = True
    for fn in sorted(os.listdir(GOLD)):
        if not fn.startswith("bw-"):
            continue
        g = json.load(open(os.path.join(GOLD, fn)))
        text = " " + norm(doc_text(os.path.join(DOCS, g["document"]))) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(q["text"])
            if q.get("answer"):
                phrases.append(q["answer"])
        for r in g.get("resolutions", []):
            phrases.append(r["text"])
        for ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {fn}: count={c} words={n}: {ph}")
        print(f"{fn}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_doc1(); build_doc2()
    for d in (D1, D2):
        normalise_zip(os.path.join(DOCS, d))
    for g in (gold1(), gold2()):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
    print("built")
