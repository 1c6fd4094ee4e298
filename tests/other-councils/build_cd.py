#!/usr/bin/env python3
"""Build the "cd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cd.py           build documents/cd-* and gold/cd-*.json
        build_cd.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, datetime, html as H
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


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

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")

# ---------------- Document 1: DOCX ----------------
D1 = "cd-stourmead-health-wellbeing-scrutiny-panel-2025-06-17.docx"
D1_META = dict(council="Stourmead District Council", committee="Health and Wellbeing Scrutiny Panel",
               date="2025-06-17", dateprint="Tuesday 17 June 2025 at 6.30 pm",
               venue="Council Chamber, Stourmead House, Mill Lane, Ashcombe")
D1_ATT = dict(
    Councillors=[("Cllr Helen Marchetti", "Chair"), ("Cllr Owen Pritchard", "Vice-Chair"),
                 ("Cllr Sunita Bhakta", None), ("Cllr Graham Lowther", None),
                 ("Cllr Rosemary Tillett", None), ("Cllr Dev Okafor", None),
                 ("Cllr Ann Feeney (substitute for Cllr Colin Ashby)", None)],
    Officers=[("Karen Whitlow", "Director of Communities and Wellbeing"),
              ("Marcus Dyer", "Head of Housing Options and Private Sector Housing"),
              ("Priya Ramsden", "Procurement and Contracts Manager"),
              ("Leanne Cole", "Democratic Services Officer")],
    Partners=[("Dr Fiona Garside", "Deputy Director of Public Health, Wessex Vale County Council"),
              ("Tom Haverley", "Associate Director of Place, Wessex Vale ICB"),
              ("Jo Brennan", "Chief Executive, Healthwatch Wessex Vale")])
D1_APOL = [("Cllr Colin Ashby", None), ("Cllr Maureen Kelsall", None)]

D1_ITEMS = [
 ("1", "Apologies for absence and substitutions", [
   ("p", "Apologies for absence were received from Cllr Colin Ashby and Cllr Maureen Kelsall. Cllr Ann Feeney attended as substitute for Cllr Ashby.")]),
 ("2", "Declarations of interest", [
   ("p", "Cllr Sunita Bhakta declared a non-registerable interest in Item 6 as her daughter is employed as a community pharmacist in Ashcombe. She remained in the meeting but took no part in the discussion of that item.")]),
 ("3", "Minutes of the previous meeting", [
   ("res", ["That the minutes of the meeting held on 11 March 2025 be approved as a correct record and signed by the Chair."],
    "minutes of the meeting held on 11 March 2025 be approved", "agreed", [])]),
 ("4", "Healthy Stourmead – Year One Update on the Prevention Plan", [
   ("p", "Dr Fiona Garside introduced the report, which set out progress in the first year of the district's prevention plan, including the stop smoking service, the healthy weight programme for families and targeted NHS Health Checks in the three most deprived wards."),
   ("q", "Cllr Helen Marchetti", "Cllr Helen Marchetti asked whether the reduction in the public health grant would put the stop smoking service at risk next year.",
    "whether the reduction in the public health grant would put", "question", ["public-health", "finance"],
    "Dr Garside said that the service was funded until March 2027 from a ring-fenced allocation and there were no plans to reduce it.",
    "funded until March 2027 from a ring-fenced allocation", "Dr Garside"),
   ("q", "Cllr Dev Okafor", "Cllr Dev Okafor asked how many residents from Northgate and Priory wards had taken up an NHS Health Check compared with the more affluent parts of the district.",
    "had taken up an NHS Health Check compared with the more affluent", "question", ["public-health"],
    "Dr Garside said that uptake in Northgate was 31 per cent against 48 per cent district-wide; an outreach van would visit both wards over the summer.",
    "uptake in Northgate was 31 per cent against 48 per cent", "Dr Garside"),
   ("q", "Cllr Rosemary Tillett", "Cllr Rosemary Tillett expressed concern that the healthy weight programme was delivered only in school hours, which excluded many working parents.",
    "healthy weight programme was delivered only in school hours", "concern", ["public-health", "children-and-families"],
    "The Deputy Director of Public Health accepted the point and said that two evening sessions would be piloted from September.",
    "two evening sessions would be piloted from September", "Deputy Director of Public Health"),
   ("q", "Cllr Graham Lowther", "Cllr Graham Lowther commented that the vaping campaign in secondary schools had been well received by his local academy trust.",
    "vaping campaign in secondary schools had been well received", "comment", ["public-health", "children-and-families"], None, None, None),
   ("res", ["That the update on the prevention plan be noted.",
            "That the Panel receive a further report on Health Check uptake by ward in twelve months' time."],
    "receive a further report on Health Check uptake by ward", "noted", ["public-health"])]),
 ("5", "Home Adaptations and Disabled Facilities Grant Service", [
   ("p", "Marcus Dyer presented the report on the disabled facilities grant service, which had been delivered by an external contractor, Keystone Home Improvements Ltd, since April 2022. The contract was due to expire in March 2026."),
   ("q", "Cllr Owen Pritchard", "Cllr Owen Pritchard asked why the average time from referral to completion of a stairlift or level-access shower had risen to 41 weeks.",
    "average time from referral to completion of a stairlift", "question", ["housing", "adult-social-care"],
    "The Head of Housing Options said that delays were mainly in occupational therapy assessments carried out by the County Council, where there were vacancies.",
    "delays were mainly in occupational therapy assessments", "Head of Housing Options"),
   ("q", "Cllr Ann Feeney", "Cllr Ann Feeney asked whether the Council had considered bringing the adaptations service back in-house when the current contract ended.",
    "bringing the adaptations service back in-house when the current contract ended", "question", ["housing", "privatisation", "subcontracting"],
    "The Procurement and Contracts Manager said that an options appraisal comparing in-house delivery, a shared service and re-tendering would come to Cabinet in October.",
    "options appraisal comparing in-house delivery, a shared service and re-tendering", "Procurement and Contracts Manager"),
   ("q", "Cllr Sunita Bhakta", "Cllr Sunita Bhakta requested that the options appraisal include the views of service users and their carers.",
    "options appraisal include the views of service users and their carers", "request", ["patient-and-public-input", "adult-social-care"],
    "The Director of Communities and Wellbeing agreed and said Healthwatch would be asked to help run a short survey of recent grant recipients.",
    "Healthwatch would be asked to help run a short survey", "Director of Communities and Wellbeing"),
   ("q", "Cllr Dev Okafor", "Cllr Dev Okafor questioned whether the contractor's profit margin on each grant was reported to the Council.",
    "whether the contractor's profit margin on each grant was reported", "question", ["subcontracting", "finance", "privatisation"],
    "Ms Ramsden said that the contract was priced on a schedule of rates and margins were not disclosed, but open-book accounting could be required in any new contract.",
    "open-book accounting could be required in any new contract", "Ms Ramsden"),
   ("res", ["That the performance of the disabled facilities grant service be noted.",
            "That the Panel's views on in-house delivery and on consulting grant recipients be submitted to Cabinet alongside the options appraisal."],
    "views on in-house delivery and on consulting grant recipients be submitted to Cabinet", "recommended", ["housing", "privatisation", "patient-and-public-input"])]),
 ("6", "Access to Community Pharmacy and GP Services in Ashcombe", [
   ("p", "Tom Haverley gave a presentation on the closure of two community pharmacies in Ashcombe town centre and the ICB's plans for the new Ashcombe Health Centre."),
   ("q", "Cllr Rosemary Tillett", "Cllr Rosemary Tillett asked what the ICB was doing to make sure older residents without a car could still collect prescriptions after the closures.",
    "older residents without a car could still collect prescriptions", "question", ["primary-care", "adult-social-care"],
    "Mr Haverley said that the remaining pharmacy had extended its hours and a free delivery service had been commissioned for housebound patients.",
    "a free delivery service had been commissioned for housebound patients", "Mr Haverley"),
   ("q", "Cllr Graham Lowther", "Cllr Graham Lowther raised concern that patients at the Priory Surgery were waiting three weeks for a routine GP appointment.",
    "patients at the Priory Surgery were waiting three weeks", "concern", ["primary-care"],
    "The Associate Director said that the practice had recruited two salaried GPs and a clinical pharmacist who would start in August.",
    "recruited two salaried GPs and a clinical pharmacist", "Associate Director"),
   ("q", "Cllr Helen Marchetti", "Cllr Helen Marchetti asked whether the public would be consulted before the ICB decided where the new health centre would be built.",
    "public would be consulted before the ICB decided where", "question", ["patient-and-public-input", "primary-care"],
    "Jo Brennan said that Healthwatch had been asked to run three drop-in events in July, and the ICB confirmed that no site had yet been chosen.",
    "Healthwatch had been asked to run three drop-in events in July", "Jo Brennan"),
   ("q", "Cllr Owen Pritchard", "Cllr Owen Pritchard asked for a breakdown of pharmacy opening hours across the district to be circulated after the meeting.",
    "breakdown of pharmacy opening hours across the district to be circulated", "request", ["primary-care"], None, None, None),
   ("res", ["That the presentation be noted.",
            "That the ICB be asked to report back on the outcome of the engagement events and the preferred site at the Panel's meeting in November."],
    "report back on the outcome of the engagement events and the preferred site", "agreed", ["patient-and-public-input", "primary-care"])]),
 ("7", "Work Programme 2025/26", [
   ("p", "The Democratic Services Officer presented the draft work programme."),
   ("q", "Cllr Sunita Bhakta", "Cllr Sunita Bhakta asked whether an item on the mental health of young carers could be added for the winter.",
    "mental health of young carers could be added for the winter", "request", ["mental-health", "children-and-families"],
    "Ms Cole said that this would be added to the January meeting, subject to the Chair's agreement.",
    "this would be added to the January meeting, subject to the Chair's agreement", "Ms Cole"),
   ("res", ["That the work programme for 2025/26 be agreed, with the addition of an item on young carers' mental health in January 2026."],
    "work programme for 2025/26 be agreed, with the addition of an item", "agreed", [])]),
]

# ---------------- Document 2: OneNote HTML ----------------
D2 = "cd-harrowfield-adult-care-housing-scrutiny-2025-09-09.html"
D2_META = dict(council="Harrowfield Borough Council", committee="Adult Care and Housing Scrutiny Committee",
               date="2025-09-09", dateprint="Tuesday, 9 September 2025", time="10:00 AM")
D2_ATT_LINE = ("Attendees: Cllr Bernard Quilley (Chair); Cllr Nadia Farouk (Vice-Chair); Cllr Philip Sowerby; "
               "Cllr Janet Morrell; Cllr Aled Price; Cllr Yvonne Catterall; Cllr Hugh Denning")
D2_OFF_LINE = ("Officers: Sarah Lindqvist (Strategic Director of Adult Social Care and Health); "
               "Daniel Oyelaran (Assistant Director, Commissioning and Market Shaping); "
               "Rachel Tuft (Head of Housing Needs and Homelessness); Ian Gosforth (Scrutiny Officer)")
D2_OTHER_LINE = "Also present: Lisa Bramwell (Director of Nursing, Harrowfield and District NHS Foundation Trust)"
D2_APOL_LINE = "Apologies: Cllr Trevor Haig; Cllr Mandeep Sahota"
D2_ATT = [("Cllr Bernard Quilley", "Chair", "present"), ("Cllr Nadia Farouk", "Vice-Chair", "present"),
          ("Cllr Philip Sowerby", None, "present"), ("Cllr Janet Morrell", None, "present"),
          ("Cllr Aled Price", None, "present"), ("Cllr Yvonne Catterall", None, "present"),
          ("Cllr Hugh Denning", None, "present"),
          ("Sarah Lindqvist", "Strategic Director of Adult Social Care and Health", "in_attendance"),
          ("Daniel Oyelaran", "Assistant Director, Commissioning and Market Shaping", "in_attendance"),
          ("Rachel Tuft", "Head of Housing Needs and Homelessness", "in_attendance"),
          ("Ian Gosforth", "Scrutiny Officer", "in_attendance"),
          ("Lisa Bramwell", "Director of Nursing, Harrowfield and District NHS Foundation Trust", "in_attendance"),
          ("Cllr Trevor Haig", None, "apologies"), ("Cllr Mandeep Sahota", None, "apologies")]

D2_ITEMS = [
 ("1", "Welcome and apologies", [("p", "The Chair welcomed everyone. Apologies were noted from Cllr Haig and Cllr Sahota. No substitutes.")]),
 ("2", "Declarations of interest", [("p", "Cllr Morrell – personal interest in Item 5, her mother receives home care from one of the framework providers. Stayed in the room.")]),
 ("3", "Minutes of 8 July", [("res", ["Agreed – minutes of 8 July 2025 a correct record, Chair to sign."],
    "minutes of 8 July 2025 a correct record, Chair to sign", "agreed", [])]),
 ("4", "Hospital discharge and reablement – winter readiness", [
   ("p", "Sarah Lindqvist and Lisa Bramwell presented joint paper. Discharge to assess beds up from 22 to 30; reablement team still 9 FTE short."),
   ("q", "Cllr Nadia Farouk", "Cllr Farouk raised the number of patients medically fit for discharge still in Harrowfield General each day – was it getting better?",
    "number of patients medically fit for discharge still in Harrowfield General", "question", ["adult-social-care"],
    "Average of 47 a day in August against 63 last winter. Target is under 40 by December.",
    "average of 47 a day in August against 63 last winter", "Lisa Bramwell"),
   ("q", "Cllr Philip Sowerby", "Cllr Sowerby raised reablement vacancies – how long have the 9 posts been empty and is agency cover being used?",
    "how long have the 9 posts been empty and is agency cover", "question", ["workforce", "adult-social-care"],
    "Some since March. Agency cover used for 4 of them at roughly twice the cost. New recruitment campaign with a £1,500 welcome payment.",
    "new recruitment campaign with a £1,500 welcome payment", "Sarah Lindqvist"),
   ("q", "Cllr Aled Price", "Cllr Price raised concern about people being discharged late at night without carers being told.",
    "discharged late at night without carers being told", "concern", ["adult-social-care"],
    "Trust policy is no discharges after 8pm unless the patient asks. Lisa Bramwell to look into the two cases Cllr Price mentioned.",
    "no discharges after 8pm unless the patient asks", "Lisa Bramwell"),
   ("q", "Cllr Yvonne Catterall", "Cllr Catterall raised whether the Better Care Fund could pay for more discharge to assess beds over winter.",
    "whether the Better Care Fund could pay for more discharge", "question", ["integration", "finance", "adult-social-care"],
    None, None, None),
   ("res", ["Agreed – committee notes the winter readiness plan and asks for a data update on delayed discharges at the January meeting."],
    "notes the winter readiness plan and asks for a data update", "noted", ["adult-social-care"])]),
 ("5", "Home care framework – recommissioning", [
   ("p", "Daniel Oyelaran introduced the proposal to retender the home care framework from April 2026: 14 current providers, new model with 5 zones and a lead provider in each."),
   ("q", "Cllr Janet Morrell", "Cllr Morrell raised whether the zone model would push out the small local agencies in favour of the large national private providers.",
    "push out the small local agencies in favour of the large national", "concern", ["subcontracting", "privatisation", "adult-social-care"],
    "Lots sized so local agencies can bid; social value is 15% of the evaluation and there is a local employment question.",
    "social value is 15% of the evaluation and there is", "Daniel Oyelaran"),
   ("q", "Cllr Hugh Denning", "Cllr Denning raised the hourly rate – whether the new rate will let providers pay care workers the Real Living Wage.",
    "whether the new rate will let providers pay care workers", "question", ["finance", "workforce", "adult-social-care"],
    "Proposed minimum of £24.60 an hour includes the Real Living Wage plus travel time; this will be a contract condition.",
    "proposed minimum of £24.60 an hour includes the Real Living", "Daniel Oyelaran"),
   ("q", "Cllr Nadia Farouk", "Cllr Farouk raised whether people who receive home care had been consulted on the zones.",
    "whether people who receive home care had been consulted on the zones", "question", ["patient-and-public-input", "adult-social-care"],
    "112 survey responses and two carers' forums; a summary is in Appendix C.",
    "112 survey responses and two carers' forums", "Daniel Oyelaran"),
   ("q", "Cllr Bernard Quilley", "Cllr Quilley raised that the council should look at a small in-house home care team as a provider of last resort.",
    "small in-house home care team as a provider of last resort", "comment", ["privatisation", "adult-social-care"],
    "Sarah Lindqvist said this was being costed and would come back with the final procurement report.",
    "this was being costed and would come back with the final procurement", "Sarah Lindqvist"),
   ("res", ["Agreed – recommend to Cabinet that the recommissioning of home care goes ahead on the five-zone model, with the Real Living Wage as a contract condition and an in-house provider of last resort costed before award."],
    "recommend to Cabinet that the recommissioning of home care goes ahead", "recommended", ["subcontracting", "workforce", "privatisation"])]),
 ("6", "Temporary accommodation – use of B&B for families", [
   ("p", "Rachel Tuft gave the quarterly update. 38 households in B&B at end of August, 11 of them families with children beyond the six-week limit."),
   ("q", "Cllr Aled Price", "Cllr Price raised the eleven families past six weeks – what is being done to move them and are the schools told?",
    "eleven families past six weeks – what is being done to move them", "question", ["housing", "children-and-families"],
    "Each family has a named officer; 6 should move into leased homes by October. Schools and health visitors are notified on placement.",
    "schools and health visitors are notified on placement", "Rachel Tuft"),
   ("q", "Cllr Yvonne Catterall", "Cllr Catterall raised the cost of B&B to the general fund this year.",
    "cost of B&B to the general fund this year", "question", ["housing", "finance"],
    "£2.3m forecast against £1.4m budget. Buying 20 homes through the capital programme to reduce this.",
    "£2.3m forecast against £1.4m budget", "Rachel Tuft"),
   ("q", "Cllr Philip Sowerby", "Cllr Sowerby raised that a recent inspection of one B&B found damp and broken smoke alarms and asked that it be removed from the list.",
    "inspection of one B&B found damp and broken smoke alarms", "request", ["housing", "governance"],
    "Already suspended; no new placements there since 21 August.",
    "already suspended; no new placements there since 21 August", "Rachel Tuft"),
   ("res", ["Agreed – update noted; Head of Housing Needs to circulate monthly B&B figures to members of the committee."],
    "circulate monthly B&B figures to members of the committee", "agreed", ["housing"])]),
 ("7", "Any other business", [("p", "None. Next meeting 11 November 2025, 10am, Committee Room 2.")]),
]

ALL_Q = lambda items: [(n, e) for n, t, es in items for e in es if e[0] == "q"]

# ---------- DOCX builder ----------
NUMBERING_ABS = 9001

def add_bullet_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), str(NUMBERING_ABS))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "hybridMultilevel"); absn.append(mlt)
    for ilvl, (sym, left, font) in enumerate([("\u2022", 720, "Symbol"), ("o", 1440, "Courier New")]):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", sym), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left)); ind.set(qn("w:hanging"), "360"); ppr.append(ind); lvl.append(ppr)
        rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:hint"):
            rf.set(qn(a), font if a != "w:hint" else "default")
        rpr.append(rf); lvl.append(rpr)
        absn.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(absn)
    else: numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "901")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(NUMBERING_ABS)); num.append(an)
    numbering.append(num)
    return 901

def bullet(doc, text, numid, ilvl, style="List Paragraph"):
    p = doc.add_paragraph(text, style=style)
    ppr = p._p.get_or_add_pPr(); numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(numid))
    numpr.append(il); numpr.append(ni); ppr.append(numpr)
    return p

def fmt_person(n, r):
    return n if not r else f"{n} ({r})" if n.startswith("Cllr") else f"{n} – {r}"

def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    numid = add_bullet_numbering(doc)
    m = D1_META
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = f"{m['council']} – {m['committee']} – 17 June 2025"
    fp = sec.footer.paragraphs[0]; fp.text = "Chair's initials ……………"
    doc.add_paragraph(m["council"]).runs[0].bold = True
    doc.add_heading(f"Minutes of the {m['committee']}", level=1)
    doc.add_paragraph(f"held on {m['dateprint']} in the {m['venue']}")
    doc.add_paragraph("Present:").runs[0].bold = True
    keys = list(D1_ATT)
    t = doc.add_table(rows=2, cols=3); t.style = "Table Grid"
    for i, k in enumerate(keys):
        c = t.cell(0, i); c.paragraphs[0].text = k; c.paragraphs[0].runs[0].bold = True
        c2 = t.cell(1, i)
        for j, (n, r) in enumerate(D1_ATT[k]):
            para = c2.paragraphs[0] if j == 0 else c2.add_paragraph()
            para.text = fmt_person(n, r)
    doc.add_paragraph("Apologies: " + "; ".join(n for n, r in D1_APOL))
    for num, title, entries in D1_ITEMS:
        doc.add_heading(f"Item {num} – {title}", level=2)
        for e in entries:
            if e[0] == "p":
                doc.add_paragraph(e[1])
            elif e[0] == "q":
                bullet(doc, e[2], numid, 0)
                if e[6]: bullet(doc, e[6], numid, 1)
            elif e[0] == "res":
                p = doc.add_paragraph(); p.add_run("Resolved:").bold = True
                for c in e[1]: bullet(doc, c, numid, 0)
    doc.add_paragraph("The meeting closed at 8.47 pm.")
    doc.add_paragraph("Chair ……………………………   Date ……………")
    cp = doc.core_properties
    cp.author = "Leanne Cole"; cp.title = "Health and Wellbeing Scrutiny Panel minutes"
    cp.created = cp.modified = datetime.datetime(2025, 6, 20, 9, 0, 0); cp.last_modified_by = "Leanne Cole"; cp.revision = 1
    doc.save(path)
    _fixed_zip(path, (2025, 6, 20, 9, 0, 0))

def docx_text(path):
    d = Document(path); parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells: parts += [p.text for p in c.paragraphs]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)

# ---------- OneNote HTML builder ----------
BASE = "margin:0in;font-family:Calibri;font-size:11.0pt"
def P(text, extra=""):
    return f"<p style='{BASE}{(';' + extra) if extra else ''}'>{H.escape(text, quote=False)}</p>"

def build_html(path):
    m = D2_META; L = []
    L.append("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>")
    L.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")
    L.append("<meta name=Generator content=\"Microsoft OneNote 15\">")
    L.append(f"<title>{m['committee']} {m['date']}</title></head>")
    L.append("<body lang=en-GB style='font-family:Calibri;font-size:11.0pt'>")
    L.append("<div style='direction:ltr;border-width:100%'><div style='direction:ltr;margin-top:0in;margin-left:0in;width:7.5in'>")
    L.append(f"<div style='direction:ltr;margin-top:0in;margin-left:0in;width:6.8in'>")
    L.append(P(f"{m['committee']} – {m['date']}", "font-size:20.0pt"))
    L.append(P(f"{m['dateprint']}  {m['time']}", "color:#767676"))
    L.append(P(" "))
    L.append(P(m["council"] + " – Committee Room 1, Town Hall"))
    L.append(P(D2_ATT_LINE)); L.append(P(D2_OFF_LINE)); L.append(P(D2_OTHER_LINE)); L.append(P(D2_APOL_LINE))
    L.append(P(" "))
    for num, title, entries in D2_ITEMS:
        L.append(P(f"Item {num} – {title}", "font-size:14.0pt;font-weight:bold"))
        for e in entries:
            if e[0] == "p": L.append(P(e[1]))
            elif e[0] == "q":
                L.append(P(e[2]))
                if e[6]: L.append(P(e[6], "margin-left:.375in"))
            elif e[0] == "res":
                for c in e[1]: L.append(P(c))
        L.append(P(" "))
    L.append(P("Notes taken by Ian Gosforth – to be typed up as formal minutes.", "color:#767676"))
    L.append("</div></div></div></body></html>")
    with open(path, "w", encoding="utf-8") as f: f.write("\n".join(L) + "\n")

def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<title>.*?</title>", " ", s, flags=re.S)
    return H.unescape(re.sub(r"<[^>]+>", "\n", s))

# ---------- Gold ----------
def gold_for(doc, meta, items, attendees):
    qs, rs = [], []
    for num, title, entries in items:
        for e in entries:
            if e[0] == "q":
                qs.append(dict(item=num, kind=e[4], text=e[3], asked_by=e[1], answer=e[7],
                               given_by=e[8] if (e[7] and e[8] and e[8] in e[6]) else None, themes=e[5]))
            elif e[0] == "res":
                rs.append(dict(item=num, text=e[2], outcome=e[3], themes=e[4]))
    return dict(document=doc, doc_type="minutes", committee=meta["committee"], meeting_date=meta["date"],
                items=[dict(number=n, title=t) for n, t, _ in items], questions=qs, resolutions=rs,
                attendees=[dict(name=n, role=r, attendance=a) for n, r, a in attendees])

def d1_attendees():
    out = []
    for n, r in D1_ATT["Councillors"]:
        if "substitute" in n:
            out.append(("Cllr Ann Feeney", "substitute for Cllr Colin Ashby", "present"))
        else: out.append((n, r, "present"))
    for k in ("Officers", "Partners"):
        out += [(n, r, "in_attendance") for n, r in D1_ATT[k]]
    out += [(n, r, "apologies") for n, r in D1_APOL]
    return out

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def check(doc_path, gold):
    src = norm({"docx": docx_text, "html": html_text}[doc_path.rsplit(".", 1)[1]](doc_path))
    bad = 0
    phrases = [q["text"] for q in gold["questions"]] + [q["answer"] for q in gold["questions"] if q["answer"]] + \
              [r["text"] for r in gold["resolutions"]]
    for ph in phrases:
        n = norm(ph); wc = len(n.split())
        cnt = len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", src))
        if cnt != 1 or not (6 <= wc <= 15):
            bad += 1; print(f"FAIL {os.path.basename(doc_path)}: count={cnt} words={wc}: {ph}")
    print(f"{os.path.basename(doc_path)}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
          f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees, {len(phrases)} phrases checked, {bad} failures")
    return bad

def main():
    p1, p2 = os.path.join(DOCS, D1), os.path.join(DOCS, D2)
    g1 = gold_for(D1, D1_META, D1_ITEMS, d1_attendees())
    g2 = gold_for(D2, D2_META, D2_ITEMS, D2_ATT)
    if "--check" in sys.argv:
        bad = check(p1, g1) + check(p2, g2)
        print("CHECK PASSED" if not bad else "CHECK FAILED"); sys.exit(1 if bad else 0)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_docx(p1); build_html(p2)
    for name, g in ((D1, g1), (D2, g2)):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built", D1, D2)

if __name__ == "__main__":
    main()
