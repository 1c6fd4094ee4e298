#!/usr/bin/env python3
"""Build the "df-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_df.py           build documents/df-* and gold/df-*.json
        build_df.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, datetime, html as htmlmod, zipfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 11, 12, 9, 30, 0)

DOCX_NAME = "df-wrexley-health-community-wellbeing-scrutiny-2025-11-04.docx"
HTML_NAME = "df-wrexley-scrutiny-update-november-2025.html"
BASE = "https://democracy.wrexley.gov.uk/documents/"

# ---------------------------------------------------------------- DOCX helpers
def add_link(par, text, url):
    r_id = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), r_id); h.set(qn("w:history"), "1")
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rpr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    r.append(rpr); t = OxmlElement("w:t"); t.text = text
    t.set(qn("xml:space"), "preserve"); r.append(t); h.append(r); par._p.append(h)

def para(doc, parts, style=None, justify=True):
    """parts: str or list of str / ('link', text, url) / ('b', text)."""
    p = doc.add_paragraph(style=style)
    if justify:
        p.paragraph_format.alignment = 3  # justify
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple) and part[0] == "link":
            add_link(p, part[1], part[2])
        elif isinstance(part, tuple) and part[0] == "b":
            p.add_run(part[1]).bold = True
        else:
            p.add_run(part)
    return p

def minute_heading(doc, number, title):
    p = doc.add_paragraph(style="Heading 2")
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "SEQ Minute \\* ARABIC")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = number; r.append(t); fld.append(r)
    p._p.append(fld)
    r2 = p.add_run(); r2._r.append(OxmlElement("w:tab")); r2.add_text(title)
    return p

def field_run(par, instr, cached):
    for kind in ("begin", None, "separate", "cached", "end"):
        r = OxmlElement("w:r")
        if kind in ("begin", "separate", "end"):
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r.append(f)
        elif kind is None:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r.append(it)
        else:
            t = OxmlElement("w:t"); t.text = cached; r.append(t)
        par._p.append(r)

# ---------------------------------------------------------------- DOCX content
ATT = [
    ("Members of the Committee", None, None),
    ("Cllr Margaret Ellery", "Chairman", "Present"),
    ("Cllr Simon Pemberton", "Vice-Chairman", "Present"),
    ("Cllr Nadia Akhtar", "Member", "Present"),
    ("Cllr Peter Dunmore", "Member", "Present"),
    ("Cllr Joan Harcombe", "Member", "Apologies"),
    ("Cllr Gareth Lindqvist", "Member", "Present"),
    ("Cllr Fiona Ormerod", "Member", "Present"),
    ("Cllr Rhys Tilley", "Substitute for Cllr Harcombe", "Present"),
    ("Cllr Ben Wragge", "Member", "Absent"),
    ("Officers and others in attendance", None, None),
    ("Anthony Breen", "Head of Commissioning and Contracts", "Present"),
    ("Lorna Featherstone", "Housing Services Manager", "Present"),
    ("Dr Kemi Adeyemi", "Public Health Lead (Hollinshire County Council)", "Present"),
    ("Rachel Okafor", "Associate Director of Primary Care Commissioning, NHS Severn Vale Integrated Care Board", "Present"),
    ("Tom Gresley", "Democratic Services Officer", "Present"),
]

def build_docx():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"; doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Wrexley District Council – Health and Community Wellbeing Scrutiny Committee – 4 November 2025"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ").font.size = Pt(8)
    field_run(fp, " PAGE ", "1")
    fp.add_run("\t\tChairman's initials ..........").font.size = Pt(8)
    cp = doc.core_properties
    cp.author = "Tom Gresley"; cp.title = "Minutes – Health and Community Wellbeing Scrutiny Committee"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Democratic Services"; cp.revision = 3

    doc.add_paragraph("WREXLEY DISTRICT COUNCIL", style="Heading 1")
    para(doc, [("b", "HEALTH AND COMMUNITY WELLBEING SCRUTINY COMMITTEE")], justify=False)
    para(doc, "Minutes of a meeting of the Health and Community Wellbeing Scrutiny Committee held in "
              "the Council Chamber, Wrexley House, Halsbury on Tuesday 4 November 2025 at 6.00 pm.", justify=False)
    para(doc, [("b", "Attendance")], justify=False)
    tbl = doc.add_table(rows=1, cols=3); tbl.style = "Table Grid"
    for i, h in enumerate(("Name", "Role", "Attendance")):
        c = tbl.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for name, role, att in ATT:
        row = tbl.add_row().cells
        if role is None:
            m = row[0].merge(row[1]).merge(row[2]); m.text = ""
            m.paragraphs[0].add_run(name).italic = True
        else:
            row[0].text, row[1].text, row[2].text = name, role, att
    doc.add_paragraph()

    minute_heading(doc, "23", "Apologies for Absence and Substitutions")
    para(doc, "Apologies for absence were received from Cllr Harcombe. Cllr Tilley attended as her substitute. "
              "Cllr Wragge was not present and no apology had been received.")

    minute_heading(doc, "24", "Declarations of Interest")
    para(doc, "Cllr Ormerod declared a non-registrable interest in Minute 28 as she is employed as a practice "
              "nurse at a surgery in the district. She remained in the meeting but took no part in the "
              "questioning on that item.")

    minute_heading(doc, "25", "Minutes of the Previous Meeting")
    para(doc, ["The Committee considered the ",
               ("link", "minutes of the meeting held on 9 September 2025", BASE + "s41207/Minutes%209%20September%202025.pdf"),
               ". There were no matters arising."])
    para(doc, [("b", "Resolved:")], justify=False)
    para(doc, "That the minutes of the meeting held on 9 September 2025 be approved as a correct record and "
              "signed by the Chairman.", style="List Bullet")

    minute_heading(doc, "26", "Community Wellbeing Contract – Annual Performance Review")
    para(doc, ["The Head of Commissioning and Contracts introduced the ",
               ("link", "Community Wellbeing Contract – Annual Performance Review 2024/25", BASE + "s41311/CWC%20Annual%20Review.pdf"),
               " report, which covered the second year of the ten-year contract with Activa Leisure Trust Ltd for "
               "the operation of the district's four leisure centres and the healthy lifestyles service "
               "commissioned jointly with the County Council. Visits had risen by 6 per cent, but the "
               "healthy lifestyles targets had not been met in two of the four quarters."])
    para(doc, "Cllr Pemberton sought clarification on how the management fee had been calculated following the "
              "contract variation agreed in March. The Head of Commissioning clarified that the fee had been "
              "reduced by £184,000 a year in exchange for a share of any surplus above an agreed threshold, so "
              "that the Council would benefit if income recovered. Cllr Pemberton further asked whether the "
              "operator's parent company had made a profit from the contract; the Head of Commissioning said "
              "that the trust's accounts were published each year and would be circulated to Members after the "
              "meeting.")
    para(doc, "A member raised concerns about the fall in attendance at the stop smoking and weight management "
              "sessions in the north of the district, particularly in Wexcombe, where the evening bus service had "
              "been withdrawn. The Public Health Lead explained that an outreach clinic would open at Wexcombe "
              "Village Hall in January 2026 and that sessions would also be offered online.")
    para(doc, "Cllr Dunmore sought clarification on whether staff had been consulted before the transfer of the "
              "gym instructors to the operator's subsidiary company. The Head of Commissioning clarified that the "
              "transfer had taken place under TUPE and that the recognised trade unions had been consulted over a "
              "45-day period. Cllr Ormerod requested that future performance reports include the results of the "
              "customer satisfaction survey broken down by site, and the Chairman confirmed that this would be "
              "added to the template from the next annual review.")
    para(doc, [("b", "Resolved:")], justify=False)
    para(doc, "That the annual performance review of the Community Wellbeing Contract be noted.", style="List Bullet")
    para(doc, "That Cabinet be recommended to commission an independent review of the profit share mechanism "
              "before the contract break point in April 2027.", style="List Bullet")

    minute_heading(doc, "27", "Disabled Facilities Grants and Home Adaptations")
    para(doc, ["The Housing Services Manager presented the report on the Disabled Facilities Grant programme, "
               "together with ",
               ("link", "Appendix A – DFG Delivery Data 2024/25", BASE + "s41318/Appendix%20A.pdf"),
               " and the proposed revised discretionary policy at Appendix B, which would allow grants of up to "
               "£10,000 above the mandatory limit to help residents return home from hospital."])
    para(doc, "Cllr Tilley sought clarification on the average time between referral by an occupational therapist "
              "and the completion of works. The Housing Services Manager clarified that the average was 38 weeks "
              "against a national guide of 22 weeks, largely because of the backlog of occupational therapy "
              "assessments held by the County Council. A member raised concerns about the underspend on the "
              "Better Care Fund allocation for adaptations while residents waited many months for stairlifts and "
              "level-access showers.")
    para(doc, "Cllr Akhtar asked whether the Council could appoint its own approved contractors rather than "
              "requiring elderly residents to obtain two quotes for each job. The Housing Services Manager said "
              "that a framework of approved contractors would be procured in spring 2026 through the regional "
              "procurement hub.")
    para(doc, [("b", "Resolved:")], justify=False)
    para(doc, "That the report be noted.", style="List Bullet")
    para(doc, "That the revised discretionary Disabled Facilities Grant policy at Appendix B be endorsed.",
         style="List Bullet")

    minute_heading(doc, "28", "Access to Primary Care in the District – NHS Severn Vale ICB")
    para(doc, ["Rachel Okafor, Associate Director of Primary Care Commissioning, NHS Severn Vale Integrated Care "
               "Board, gave a ",
               ("link", "presentation on access to general practice, pharmacy and dentistry", BASE + "s41322/ICB%20presentation.pdf"),
               " in the district, including the results of the national GP patient survey."])
    para(doc, "Cllr Lindqvist sought clarification on the number of residents who were unable to register with an "
              "NHS dentist. The Associate Director clarified that the ICB did not hold a list of unregistered "
              "patients but that 61 per cent of adults in the district had not seen an NHS dentist in the last "
              "two years. Cllr Lindqvist then asked how many additional urgent dental appointments had been "
              "commissioned; the Associate Director said that 1,400 extra urgent sessions had been commissioned "
              "across the county this year, of which around 300 were in Wrexley.")
    para(doc, "A member raised concerns about the closure of the pharmacy in Halsbury Market Place and the distance "
              "that older residents now had to travel to collect prescriptions. The Associate Director explained "
              "that the pharmaceutical needs assessment was the responsibility of the Health and Wellbeing Board, "
              "and that the ICB had written to the Board asking it to review the gap in provision.")
    para(doc, "Cllr Pemberton asked why patients at Brookside Surgery were still being told to telephone at 8.00 am "
              "for an appointment. The Associate Director said that the practice would move to online total "
              "triage in December and that Healthwatch Hollinshire would be asked to gather patients' experience "
              "of the change.")
    para(doc, [("b", "Resolved:")], justify=False)
    para(doc, "That the presentation be noted.", style="List Bullet")
    para(doc, "That the ICB be requested to provide a written update on NHS dental access in Wrexley to the "
              "meeting in March 2026.", style="List Bullet")

    minute_heading(doc, "29", "Work Programme 2025/26")
    para(doc, ["The Democratic Services Officer presented the ",
               ("link", "Committee's work programme for 2025/26", BASE + "s41330/Work%20Programme.pdf"),
               ". Cllr Dunmore requested that an item on the rising cost of temporary accommodation for "
               "homeless families be added to the February meeting."])
    para(doc, [("b", "Resolved:")], justify=False)
    para(doc, "That the work programme be agreed, subject to the addition of an item on temporary accommodation "
              "costs in February 2026.", style="List Bullet")
    para(doc, "The meeting closed at 8.12 pm.", justify=False)
    para(doc, "Chairman ....................................        Date ....................", justify=False)

    out = os.path.join(DOCS, DOCX_NAME)
    doc.save(out)
    normalise_zip(out)

def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def docx_gold():
    def q(item, kind, text, asked_by, answer, given_by, themes):
        return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer, given_by=given_by, themes=themes)
    HoC = "The Head of Commissioning"; AD = "The Associate Director"; HSM = "The Housing Services Manager"
    questions = [
        q("26", "question", "sought clarification on how the management fee had been calculated", "Cllr Pemberton",
          "the fee had been reduced by £184,000 a year in exchange for a share", HoC, ["subcontracting", "finance"]),
        q("26", "question", "asked whether the operator's parent company had made a profit from the contract",
          "Cllr Pemberton", "the trust's accounts were published each year and would be circulated", HoC,
          ["privatisation", "subcontracting", "finance"]),
        q("26", "concern", "raised concerns about the fall in attendance at the stop smoking", None,
          "an outreach clinic would open at Wexcombe Village Hall in January 2026", "The Public Health Lead",
          ["public-health"]),
        q("26", "question", "sought clarification on whether staff had been consulted before the transfer",
          "Cllr Dunmore", "the transfer had taken place under TUPE and that the recognised trade unions",
          HoC, ["workforce", "privatisation"]),
        q("26", "request", "requested that future performance reports include the results of the customer satisfaction survey",
          "Cllr Ormerod", "the Chairman confirmed that this would be added to the template", "The Chairman",
          ["patient-and-public-input", "subcontracting"]),
        q("27", "question", "sought clarification on the average time between referral by an occupational therapist",
          "Cllr Tilley", "the average was 38 weeks against a national guide of 22 weeks", HSM,
          ["housing", "adult-social-care"]),
        q("27", "concern", "raised concerns about the underspend on the Better Care Fund allocation for adaptations",
          None, None, None, ["housing", "finance", "integration"]),
        q("27", "question", "asked whether the Council could appoint its own approved contractors", "Cllr Akhtar",
          "a framework of approved contractors would be procured in spring 2026", HSM,
          ["housing", "subcontracting"]),
        q("28", "question", "sought clarification on the number of residents who were unable to register",
          "Cllr Lindqvist", "the ICB did not hold a list of unregistered patients", AD, ["primary-care"]),
        q("28", "question", "asked how many additional urgent dental appointments had been commissioned",
          "Cllr Lindqvist", "1,400 extra urgent sessions had been commissioned across the county this year", AD,
          ["primary-care", "subcontracting"]),
        q("28", "concern", "raised concerns about the closure of the pharmacy in Halsbury Market Place", None,
          "the pharmaceutical needs assessment was the responsibility of the Health and Wellbeing Board", AD,
          ["primary-care"]),
        q("28", "question", "asked why patients at Brookside Surgery were still being told to telephone",
          "Cllr Pemberton", "the practice would move to online total triage in December", AD,
          ["primary-care", "patient-and-public-input"]),
        q("29", "request", "requested that an item on the rising cost of temporary accommodation",
          "Cllr Dunmore", None, None, ["housing", "finance", "governance"]),
    ]
    resolutions = [
        dict(item="25", text="be approved as a correct record and signed by the Chairman", outcome="agreed", themes=[]),
        dict(item="26", text="Cabinet be recommended to commission an independent review of the profit share mechanism",
             outcome="recommended", themes=["subcontracting", "finance"]),
        dict(item="27", text="the revised discretionary Disabled Facilities Grant policy at Appendix B be endorsed",
             outcome="agreed", themes=["housing"]),
        dict(item="28", text="the ICB be requested to provide a written update on NHS dental access",
             outcome="agreed", themes=["primary-care"]),
        dict(item="29", text="the work programme be agreed, subject to the addition of an item",
             outcome="agreed", themes=["governance", "housing"]),
    ]
    attendees = []
    for name, role, att in ATT:
        if role is None:
            continue
        officer = not name.startswith("Cllr")
        a = {"Present": "present", "Apologies": "apologies", "Absent": "absent"}[att]
        if officer:
            a = "in_attendance"
        attendees.append(dict(name=name, role=role, attendance=a))
    return {
        "document": DOCX_NAME, "doc_type": "minutes",
        "committee": "Health and Community Wellbeing Scrutiny Committee", "meeting_date": "2025-11-04",
        "items": [dict(number="23", title="Apologies for Absence and Substitutions"),
                  dict(number="24", title="Declarations of Interest"),
                  dict(number="25", title="Minutes of the Previous Meeting"),
                  dict(number="26", title="Community Wellbeing Contract – Annual Performance Review"),
                  dict(number="27", title="Disabled Facilities Grants and Home Adaptations"),
                  dict(number="28", title="Access to Primary Care in the District – NHS Severn Vale ICB"),
                  dict(number="29", title="Work Programme 2025/26")],
        "questions": questions, "resolutions": resolutions, "attendees": attendees,
    }

# ---------------------------------------------------------------- HTML newsletter
def build_html():
    F = "font-family:Helvetica,Arial,sans-serif;"
    def block(kicker, title, date, paras, link_text, url):
        ps = "".join(f'<p style="{F}font-size:15px;line-height:150%;color:#404040;margin:0 0 12px 0;">{p}</p>' for p in paras)
        return f'''
<!-- BEGIN MODULE: meeting -->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
 <tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
  <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer">
   <tbody><tr><td valign="top" class="mcnTextContent" style="padding:0 18px 9px 18px;border-top:3px solid #00736b;">
    <p style="{F}font-size:12px;text-transform:uppercase;letter-spacing:1px;color:#00736b;margin:14px 0 4px 0;"><strong>{kicker}</strong></p>
    <h2 style="{F}font-size:21px;line-height:125%;color:#202020;margin:0 0 4px 0;">{title}</h2>
    <p style="{F}font-size:13px;color:#808080;margin:0 0 12px 0;"><em>{date}</em></p>
    {ps}
    <table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-radius:3px;background-color:#00736b;">
     <tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="{F}font-size:14px;padding:10px 16px;">
      <a class="mcnButton" title="{link_text}" href="{url}" target="_blank" style="font-weight:bold;color:#FFFFFF;text-decoration:none;">{link_text}</a>
     </td></tr></tbody>
    </table>
   </td></tr></tbody>
  </table>
 </td></tr></tbody>
</table>
<!-- END MODULE: meeting -->'''
    m1 = block("Health and Community Wellbeing Scrutiny Committee", "Leisure contract, home adaptations and GP access",
               "Tuesday 4 November 2025",
               ["Members spent most of the evening on the leisure contract with Activa Leisure Trust. Councillors "
                "asked why the management fee had fallen by &pound;184,000; officers said the Council now shares "
                "any surplus above a threshold instead. The Committee will ask Cabinet to commission an independent "
                "review of the profit-share deal before the 2027 break point.",
                "On disabled facilities grants, councillors asked why adaptations take 38 weeks on average; the "
                "Housing Services Manager said the main cause was a backlog of occupational therapy assessments.",
                "NHS Severn Vale ICB came to talk about primary care. Councillors asked why patients in Halsbury "
                "still have to ring at 8am for a GP appointment; the ICB said Brookside Surgery will move to online "
                "triage in December, and it will send a written update on NHS dentistry in March."],
               "Read the full minutes", BASE + "g5120/Printed%20minutes%2004th-Nov-2025.pdf")
    m2 = block("Housing and Communities Overview Panel", "Temporary accommodation and damp in council homes",
               "Wednesday 12 November 2025",
               ["The Panel looked at the cost of bed and breakfast placements for homeless families, which has "
                "doubled in two years. Councillors asked why more families were not being placed in the Council's "
                "own temporary flats; officers said 14 units were empty awaiting repairs and would be back in use "
                "by February.",
                "Tenants' representatives told the Panel about damp and mould complaints. Members asked how quickly "
                "inspections now happen; the Head of Housing said all reports are inspected within ten working days, "
                "in line with Awaab's Law."],
               "Read the full minutes", BASE + "g5133/Printed%20minutes%2012th-Nov-2025.pdf")
    m3 = block("Hollinshire Joint Health Overview and Scrutiny Committee", "Winter plans and the hospital discharge hub",
               "Thursday 20 November 2025",
               ["Our two district representatives joined county colleagues to question the ICB and Severn Vale "
                "Hospitals NHS Foundation Trust on winter pressures. Councillors asked why people are waiting in "
                "hospital for home care packages; the ICB said a new discharge-to-assess contract with two independent "
                "providers starts on 1 December.",
                "Members also raised concerns about the number of agency nurses on the frailty wards. The trust said "
                "its international recruitment campaign had filled 42 posts since the summer."],
               "Read the full minutes (Hollinshire County Council website)",
               "https://hollinshire.moderngov.example/ieListDocuments.aspx?CId=412&amp;MId=9981")
    page = f'''<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scrutiny Update – November 2025</title>
<style type="text/css">
 p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}
 body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}} .ExternalClass{{width:100%;}}
 @media only screen and (max-width:480px){{ .mcnTextContent{{padding-right:18px !important;padding-left:18px !important;}} }}
</style>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#f2f2f2;">
<!--*|IF:MC_PREVIEW_TEXT|*-->
<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">Leisure contract, temporary accommodation and winter pressures – what your scrutiny committees did this month</span>
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#f2f2f2;">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;border:0;">
 <tr><td valign="top" id="templatePreheader" style="background-color:#f2f2f2;padding:9px 18px;">
  <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
   <td style="{F}font-size:11px;color:#656565;">Scrutiny Update from Wrexley District Council</td>
   <td align="right" style="{F}font-size:11px;color:#656565;"><a href="https://us5.campaign-archive.example/?u=7f3c1a&amp;id=b92e04" target="_blank" style="color:#656565;">View this email in your browser</a></td>
  </tr></table>
 </td></tr>
 <tr><td valign="top" id="templateHeader" style="background-color:#00736b;padding:24px 18px;">
  <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>
   <img align="left" alt="Wrexley District Council" src="https://mcusercontent.example/7f3c1a/images/wrexley-logo-white.png" width="180" style="max-width:180px;padding-bottom:12px;display:inline !important;vertical-align:bottom;">
  </td></tr><tr><td>
   <h1 style="{F}font-size:30px;line-height:120%;color:#ffffff;margin:0;">Scrutiny Update – November 2025</h1>
   <p style="{F}font-size:15px;color:#e0f2f1;margin:8px 0 0 0;">News from the Council's overview and scrutiny committees</p>
  </td></tr></table>
 </td></tr>
 <tr><td valign="top" id="templateBody" style="background-color:#ffffff;padding-bottom:18px;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td style="padding:18px 18px 0 18px;">
   <p style="{F}font-size:15px;line-height:150%;color:#404040;">Welcome to the November edition of Scrutiny Update. Three committee meetings took place this month. Below is a short round-up of what was discussed &ndash; the formal minutes are the official record and can be found through the links.</p>
  </td></tr></table>
  {m1}
  {m2}
  {m3}
  <table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td style="padding:18px;border-top:1px solid #e5e5e5;">
   <h3 style="{F}font-size:17px;color:#202020;margin:0 0 6px 0;">Have your say</h3>
   <p style="{F}font-size:15px;line-height:150%;color:#404040;margin:0;">Members of the public can ask a question at any scrutiny meeting. Questions must reach Democratic Services by noon three working days before the meeting. Email <a href="mailto:scrutiny@wrexley.gov.uk" style="color:#00736b;">scrutiny@wrexley.gov.uk</a>.</p>
  </td></tr></table>
 </td></tr>
 <tr><td valign="top" id="templateFooter" style="background-color:#333333;padding:18px;">
  <p style="{F}font-size:12px;line-height:150%;color:#cccccc;text-align:center;">
   <em>Copyright &copy; 2025 Wrexley District Council, All rights reserved.</em><br>
   You are receiving this email because you signed up for scrutiny news on our website.<br><br>
   <strong>Our mailing address is:</strong><br>Wrexley District Council, Wrexley House, Market Street, Halsbury, HX7 2QT<br><br>
   Want to change how you receive these emails?<br>
   You can <a href="https://wrexley.us5.list-manage.example/profile?u=7f3c1a&amp;id=44d0e1" style="color:#ffffff;">update your preferences</a> or <a href="https://wrexley.us5.list-manage.example/unsubscribe?u=7f3c1a&amp;id=44d0e1" style="color:#ffffff;">unsubscribe from this list</a>.
  </p>
 </td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr>
</table>
</center>
</body>
</html>
'''
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)

def html_gold():
    return {"document": HTML_NAME, "doc_type": "news",
            "themes": ["subcontracting", "finance", "privatisation", "housing", "adult-social-care",
                       "primary-care", "workforce", "integration"]}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_text(path):
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml") and (
                    "document" in name or "header" in name or "footer" in name):
                root = etree.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag == W + "tab":
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out)

def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?s)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)

def check():
    ok = True
    for fn in sorted(os.listdir(GOLD)):
        if not fn.startswith("df-"):
            continue
        g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
        path = os.path.join(DOCS, g["document"])
        if not os.path.exists(path):
            print("MISSING", path); ok = False; continue
        text = norm(docx_text(path) if path.endswith(".docx") else html_text(path))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = len(re.findall(r"(?<!\w)" + re.escape(norm(ph)) + r"(?!\w)", text))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {fn} {kind} count={c} words={n}: {ph}")
        for it in g.get("items", []):
            if norm(it["title"]) not in text:
                ok = False; print(f"FAIL {fn} item title not found: {it['title']}")
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False; print(f"FAIL {fn} attendee not found: {a['name']}")
        print(f"{fn}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_docx(); build_html()
    for name, g in ((DOCX_NAME, docx_gold()), (HTML_NAME, html_gold())):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print("built")

if __name__ == "__main__":
    main()
