#!/usr/bin/env python3
"""Build the "cx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cx.py           build documents/cx-* and gold/cx-*.json
        build_cx.py --check   verify every gold phrase occurs once in its document
"""
import html, json, re, sys, textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"

# ---------------------------------------------------------------- document 1 (HTML)
D1 = "cx-ashcombe-health-scrutiny-panel-2025-03-11.html"
ITEMS1 = [
 ("1", "Apologies for Absence and Substitute Members", [
   "Apologies for absence were received from Councillor Priya Nandra and Councillor Tom Ellery. Councillor Gareth Pope attended as a substitute for Councillor Ellery."], None),
 ("2", "Declarations of Interest", [
   "Councillor Hannah Whitcombe declared a non-pecuniary interest in item 5 as a close family member is employed by Ashcombe and District Hospitals NHS Trust. She remained in the meeting and took part in the discussion."], None),
 ("3", "Minutes of the Previous Meeting", [
   "The minutes of the meeting held on 14 January 2025 were submitted. There were no matters arising."],
   ["RESOLVED: That the minutes of the meeting held on 14 January 2025 be agreed as a correct record and signed by the Chair."]),
 ("4", "Community Health Services Contract – Re-procurement", [
   "The Director of Strategic Commissioning, Adults and Health introduced the report, which set out the outcome of the competitive procurement for community nursing, therapies and the community equipment service, currently delivered by Ashcombe Community Health Services under a contract that expires on 30 September 2025. Three compliant tenders had been received and the evaluation panel had identified a preferred bidder, Meridian Community Care Limited, on a 60/40 quality and price weighting. The contract would run for five years with an option to extend by two years, at an annual value of approximately £18.4 million.",
   "Members raised the following:",
   "• Concern that the preferred bidder was a private company whose parent group was owned by a private equity fund, and that profit would be taken out of local health services (response: the Director stated that ownership structure had been examined as part of the financial due diligence and the bidder had met every required standard of financial standing).",
   "• Whether staff transferring to the new provider under TUPE would keep membership of the NHS Pension Scheme (response: the Head of Commissioning and Contracts confirmed that all transferring staff would retain access to the NHS Pension Scheme through a direction order).",
   "• A request that the Panel see the key performance indicators and contract penalties before the contract was awarded (response: officers agreed to circulate the draft performance schedule to all Panel Members by the end of March).",
   "• How patient and carer feedback had been reflected in the evaluation of the tenders (response: ten per cent of the quality score had been allocated to service user engagement and co-production, and two Healthwatch volunteers had sat on the evaluation panel)."],
   ["RESOLVED: That (1) the report be noted; and (2) the Panel recommends to Cabinet that any award of the community health services contract be conditional on six-monthly performance reports to this Panel for the first two years of the contract."]),
 ("5", "Ashcombe and District Hospitals NHS Trust – Urgent and Emergency Care Winter Update", [
   "The Chief Operating Officer, Ashcombe and District Hospitals NHS Trust, gave a presentation on the Trust's performance over the winter period, including four-hour performance, ambulance handovers, bed occupancy and the numbers of patients who no longer met the criteria to reside.",
   "Members raised the following:",
   "• Concerns about the length of ambulance handover delays at Ashcombe General in January, when some crews waited over three hours (response: the Chief Operating Officer said that a new handover cohorting area had opened on 3 February and average handover times had since fallen to 41 minutes).",
   "• How many patients who were medically fit for discharge were still waiting for a package of home care (response: the Assistant Director of Adult Social Care reported that on the day of the meeting there were 27 such patients, most of them awaiting care in rural areas).",
   "• Whether patients were still being cared for in corridors and what was being done to protect their dignity (response: the Chief Operating Officer acknowledged that corridor care had been used on 19 days in January and said that every instance was logged and reviewed by the Chief Nurse).",
   "• The amount the Trust had spent on agency nurses over the winter (response: the Trust would provide the figure in writing after the meeting)."], None),
 ("6", "Stop Smoking and Vaping Service – Annual Report", [
   "The Director of Public Health presented the annual report of the stop smoking service, which is delivered by an external provider under contract to the Council with support from community pharmacies. In 2023/24 the service had supported 1,412 residents to set a quit date, of whom 58 per cent had quit at four weeks.",
   "Members raised the following:",
   "• Whether the additional Smokefree Generation grant would be used to expand the service into the most deprived wards (response: the Director of Public Health confirmed that £286,000 of the grant had been allocated to outreach in the four wards with the highest smoking prevalence).",
   "• A comment that vaping among secondary school pupils had become a serious concern for parents and head teachers (response: the Public Health Principal said that a schools education programme would begin in the summer term, jointly with the trading standards team).",
   "• A Member commented that several pharmacies in the north of the borough had stopped offering the stop smoking service altogether."],
   ["RESOLVED: That the annual report of the stop smoking and vaping service be noted."]),
 ("7", "Adult Social Care Workforce and Home Care Fee Rates 2025/26", [
   "The Assistant Director of Adult Social Care introduced the report, which proposed an uplift to the hourly rates paid to home care providers to reflect the increases in the National Living Wage and employer national insurance contributions from April 2025.",
   "Members raised the following:",
   "• Whether the proposed uplift would be passed on to care workers in higher wages rather than retained by providers (response: the Assistant Director explained that the new contract terms required providers to pay at least the Real Living Wage and that this would be checked through open-book accounting).",
   "• Concern about high turnover among care staff and the number of vacancies in the rural home care rounds (response: officers reported a vacancy rate of 11 per cent across commissioned providers and described a joint recruitment campaign with the ICB)."],
   ["RESOLVED: That the Panel endorses the proposed uplift of 6.2 per cent to home care hourly rates for 2025/26."]),
 ("8", "Work Programme 2025/26", [
   "The Scrutiny Officer presented the draft work programme for the 2025/26 municipal year."],
   ["RESOLVED: That the draft work programme be agreed, subject to the addition of an item on access to NHS dentistry."]),
]
ATT1 = [("Councillor Margaret Okafor", "Chair"), ("Councillor David Linley", "Vice-Chair"),
        ("Councillor Hannah Whitcombe", None), ("Councillor Stephen Arkwright", None),
        ("Councillor Joanne Fairley", None), ("Councillor Imran Saddiq", None),
        ("Councillor Gareth Pope", "Substitute")]
APOL1 = ["Councillor Priya Nandra", "Councillor Tom Ellery"]
OFF1 = [("Karen Holloway", "Director of Strategic Commissioning, Adults and Health"),
        ("Neil Castleton", "Head of Commissioning and Contracts"),
        ("Dr Ruth Amadi", "Director of Public Health"),
        ("Simon Prothero", "Assistant Director of Adult Social Care"),
        ("Lucy Brennand", "Chief Operating Officer, Ashcombe and District Hospitals NHS Trust"),
        ("Alison Tate", "Public Health Principal"),
        ("Mark Denby", "Scrutiny Officer")]

def build_html():
    e = html.escape
    rows = []
    for num, title, mins, dec in ITEMS1:
        r = [f'<tr>\n<td class="mgItemNumberCell" style="vertical-align:top"><p class="mgAiTitleTxt">{num}.</p></td>\n<td>',
             f'<p class="mgAiTitleTxt"><strong>{e(title)}</strong></p>',
             '<p class="mgSubItemTitleTxt">Minutes:</p>', '<div class="mgWordPara">']
        r += [f'<p>{e(p)}</p>' for p in mins]
        r.append('</div>')
        if dec:
            r += ['<p class="mgSubItemTitleTxt">Decision:</p>', '<div class="mgWordPara">']
            r += [f'<p>{e(p)}</p>' for p in dec]
            r.append('</div>')
        r.append('</td>\n</tr>')
        rows.append("\n".join(r))
    att = "\n".join(f'<li>{e(n)}{f" ({e(r)})" if r else ""}</li>' for n, r in ATT1)
    apol = "\n".join(f'<li>{e(n)}</li>' for n in APOL1)
    off = "\n".join(f'<li>{e(n)} ({e(r)})</li>' for n, r in OFF1)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Agenda for Health Scrutiny Panel on Tuesday, 11th March, 2025, 7.00 pm - Ashcombe Borough Council</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
</head>
<body>
<div id="mgHeader"><a href="ieListMeetings.aspx?CommitteeId=318">Ashcombe Borough Council</a> &gt; Councillors and committees &gt; Meetings</div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Health Scrutiny Panel - Tuesday, 11th March, 2025 7.00 pm</h2>
<p><span class="mgLabel">Venue: </span>Committee Room 2, Ashcombe Civic Centre, Market Street, Ashcombe AS1 4RT</p>
<p><span class="mgLabel">Contact: </span>Mark Denby, Scrutiny Officer&nbsp; 01632 960 418</p>
<ul class="mgActionList"><li><a href="mgAi.aspx?ID=9921">Printed minutes</a> PDF 412 KB</li><li><a href="ieIssueDetails.aspx">Webcast</a></li></ul>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items">
<tr><th class="mgHide" scope="col">No.</th><th class="mgHide" scope="col">Item</th></tr>
{chr(10).join(rows)}
</table>
<h2 class="mgSectionTitle">Attendance</h2>
<div class="mgAttendance">
<p><strong>Present:</strong></p>
<ul class="mgBulletList">
{att}
</ul>
<p><strong>Apologies:</strong></p>
<ul class="mgBulletList">
{apol}
</ul>
<p><strong>Officers in attendance:</strong></p>
<ul class="mgBulletList">
{off}
</ul>
</div>
<p class="mgLastUpdated">Minutes published: 19 March 2025</p>
</div></div>
<div id="mgFooter">&copy; Ashcombe Borough Council | <a href="mgContact.aspx">Contact us</a> | Powered by modern.gov</div>
</body>
</html>
"""

def q(item, kind, text, answer, asked=None, given=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": list(themes)}

def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}

GOLD1 = {
 "document": D1, "doc_type": "minutes", "committee": "Health Scrutiny Panel", "meeting_date": "2025-03-11",
 "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS1],
 "questions": [
  q("4", "concern", "the preferred bidder was a private company whose parent group was owned",
    "ownership structure had been examined as part of the financial due diligence", None, "the Director",
    ["privatisation", "subcontracting"]),
  q("4", "question", "Whether staff transferring to the new provider under TUPE would keep",
    "all transferring staff would retain access to the NHS Pension Scheme", None, "the Head of Commissioning and Contracts",
    ["workforce", "subcontracting"]),
  q("4", "request", "A request that the Panel see the key performance indicators and contract penalties",
    "officers agreed to circulate the draft performance schedule to all Panel Members", None, "officers",
    ["subcontracting", "governance"]),
  q("4", "question", "How patient and carer feedback had been reflected in the evaluation of the tenders",
    "ten per cent of the quality score had been allocated to service user engagement", None, None,
    ["patient-and-public-input", "subcontracting"]),
  q("5", "concern", "Concerns about the length of ambulance handover delays at Ashcombe General",
    "a new handover cohorting area had opened on 3 February", None, "the Chief Operating Officer", []),
  q("5", "question", "How many patients who were medically fit for discharge were still waiting",
    "on the day of the meeting there were 27 such patients", None, "the Assistant Director of Adult Social Care",
    ["adult-social-care"]),
  q("5", "question", "Whether patients were still being cared for in corridors and what was being done",
    "corridor care had been used on 19 days in January", None, "the Chief Operating Officer", []),
  q("5", "question", "The amount the Trust had spent on agency nurses over the winter",
    "the Trust would provide the figure in writing after the meeting", None, "the Trust", ["workforce", "finance"]),
  q("6", "question", "Whether the additional Smokefree Generation grant would be used to expand the service",
    "£286,000 of the grant had been allocated to outreach in the four wards", None, "the Director of Public Health",
    ["public-health", "finance"]),
  q("6", "comment", "vaping among secondary school pupils had become a serious concern for parents",
    "a schools education programme would begin in the summer term", None, "the Public Health Principal",
    ["public-health", "children-and-families"]),
  q("6", "comment", "several pharmacies in the north of the borough had stopped offering the stop smoking service",
    None, None, None, ["public-health", "primary-care"]),
  q("7", "question", "Whether the proposed uplift would be passed on to care workers in higher wages",
    "the new contract terms required providers to pay at least the Real Living Wage", None, "the Assistant Director",
    ["adult-social-care", "workforce", "finance", "subcontracting"]),
  q("7", "concern", "Concern about high turnover among care staff and the number of vacancies",
    "officers reported a vacancy rate of 11 per cent across commissioned providers", None, "officers",
    ["adult-social-care", "workforce", "integration"]),
 ],
 "resolutions": [
  r("3", "meeting held on 14 January 2025 be agreed as a correct record", "agreed"),
  r("4", "the Panel recommends to Cabinet that any award of the community health services contract",
    "recommended", ["subcontracting", "governance"]),
  r("6", "the annual report of the stop smoking and vaping service be noted", "noted", ["public-health"]),
  r("7", "the Panel endorses the proposed uplift of 6.2 per cent to home care hourly rates",
    "agreed", ["adult-social-care", "finance"]),
  r("8", "the draft work programme be agreed, subject to the addition of an item",
    "agreed", ["primary-care"]),
 ],
 "attendees": [{"name": n, "role": ro, "attendance": "present"} for n, ro in ATT1]
   + [{"name": n, "role": None, "attendance": "apologies"} for n in APOL1]
   + [{"name": n, "role": ro, "attendance": "in_attendance"} for n, ro in OFF1],
}

# ---------------------------------------------------------------- document 2 (TXT)
D2 = "cx-marcheston-health-social-care-committee-2025-06-17.txt"
W = 72
IND = " " * 11

def para(text, first="", indent=IND):
    return textwrap.fill(text, W, initial_indent=first or indent, subsequent_indent=indent,
                         break_on_hyphens=False)

ITEMS2 = [
 ("HSC.14/25", "APOLOGIES AND SUBSTITUTES", [
   ("p", "Apologies for absence were received from Cllr T. Griffiths. No substitute had been nominated.")]),
 ("HSC.15/25", "DECLARATIONS OF INTEREST", [
   ("p", "Cllr S. Mathias declared a personal interest in minute HSC.18/25 as a volunteer driver with Teme Valley Community Transport, which receives patient transport referrals.")]),
 ("HSC.16/25", "MINUTES", [
   ("p", "RESOLVED – that the minutes of the meeting held on 15 April 2025 be confirmed as a correct record and signed by the Chairman.")]),
 ("HSC.17/25", "GP ACCESS AND PROPOSED CLOSURE OF THE KNIGHTON ROAD BRANCH SURGERY", [
   ("p", "Mr A. Gwilliam, Associate Director of Primary Care, Marches and Teme Integrated Care Board, reported that the Clunbury Medical Practice had applied to close its Knighton Road branch surgery because of the retirement of two partners and the condition of the building. Patients would be transferred to the main surgery in Clunbury, seven miles away. A six week patient engagement exercise had started on 2 June.")
   , ("q", "Q. Cllr R. Powell – asked how patients without a car would reach the main surgery, given that the 552 bus ran only twice a day.")
   , ("q", "R. Mr Gwilliam – said the practice was discussing a home visiting arrangement for housebound patients and that the ICB would fund a volunteer car scheme for twelve months.")
   , ("q", "Q. Cllr K. Lloyd – expressed concern that six weeks was too short for a rural engagement exercise that ran through the haymaking season.")
   , ("q", "R. Mr Gwilliam – accepted the point and undertook to ask the practice to extend the engagement period and to hold a drop-in session at the village hall.")
   , ("q", "Q. Cllr D. Hinton – asked whether the ICB had considered offering the branch premises to another GP provider.")
   , ("q", "R. Mr Gwilliam – said two neighbouring practices had been approached but neither had the clinical staff to take it on.")
   , ("p", "RESOLVED – that (a) the update be noted; and (b) the Chairman writes to the Integrated Care Board asking that the engagement period on the Knighton Road branch be extended to twelve weeks.")]),
 ("HSC.18/25", "NON-EMERGENCY PATIENT TRANSPORT – CONTRACT PERFORMANCE", [
   ("p", "Ms L. Pugh, Deputy Director of Contracting, Marches and Teme Integrated Care Board, presented the first annual performance report on the non-emergency patient transport contract held by Welland Medical Transport Ltd since April 2024.")
   , ("q", "Q. Cllr E. Vaughan – asked why renal dialysis patients from the district were still waiting more than an hour to be collected after treatment.")
   , ("q", "R. Ms Pugh – explained that the contractor had been issued with a contract performance notice in March and that a dedicated renal vehicle would be based at Ludham from July.")
   , ("q", "Q. Cllr S. Mathias – asked what financial penalties had been applied to the contractor for missed journeys.")
   , ("q", "R. Ms Pugh – said service credits of £48,500 had been deducted in the first year and reinvested in the volunteer driver scheme.")
   , ("q", "Q. Cllr R. Powell – commented that the previous NHS ambulance trust service had been more reliable and that the contract should be brought back into the public sector.")
   , ("p", "RESOLVED – that the non-emergency patient transport performance report be noted.")]),
 ("HSC.19/25", "DISABLED FACILITIES GRANTS AND HOUSING ADAPTATIONS", [
   ("p", "Mr M. Bevan, Head of Housing and Community Services, introduced the report on the delivery of disabled facilities grants, noting that the average time from referral to completion had risen to 41 weeks owing to a shortage of occupational therapists and local builders.")
   , ("q", "Q. Cllr J. Probert – asked whether the Council could employ its own occupational therapist rather than rely on the county's assessment queue.")
   , ("q", "R. Mr Bevan – said a business case for a shared occupational therapist post with the neighbouring district was being prepared for the autumn.")
   , ("q", "Q. Cllr K. Lloyd – sought clarification on whether unspent grant from last year could be carried forward.")
   , ("q", "R. Mrs C. Jenkins – confirmed that £212,000 of the Better Care Fund allocation had been carried forward with the agreement of the county council.")
   , ("p", "RESOLVED – that the Committee recommends to Cabinet that a shared occupational therapist post be funded from the disabled facilities grant allocation for two years.")]),
 ("HSC.20/25", "COMMUNITY HOSPITAL BEDS – ENGAGEMENT ON FUTURE USE", [
   ("p", "The Chairman reported that Wye and Teme Community Health NHS Trust had been unable to send a representative and that the engagement document on the future of the twelve inpatient beds at Ludham Community Hospital had not yet been published.")
   , ("q", "Q. Cllr D. Hinton – asked whether the Committee could be told if the Trust regarded the proposal as a substantial variation requiring formal consultation.")
   , ("q", "R. Mrs C. Jenkins – advised that the Trust had not yet said, but that the Committee could ask the Trust to attend in September to explain its position.")
   , ("p", "RESOLVED – that consideration of the Ludham Community Hospital beds be deferred to the meeting on 16 September 2025 and that the Trust be invited to attend.")]),
 ("HSC.21/25", "WORK PROGRAMME", [
   ("p", "The Committee considered its work programme for the remainder of the year.")
   , ("p", "RESOLVED – that the work programme be approved with the addition of dementia diagnosis rates in the district.")]),
]

ATT2_PRESENT = [("Cllr J. Probert", "Chair"), ("Cllr E. Vaughan", "Vice-Chair"), ("Cllr R. Powell", None),
                ("Cllr S. Mathias", None), ("Cllr K. Lloyd", None), ("Cllr D. Hinton", None)]
ATT2_OFF = [("M. Bevan", "Head of Housing and Community Services"),
            ("C. Jenkins", "Democratic and Scrutiny Services Manager"),
            ("P. Hollings", "Committee Administrator")]
ATT2_ALSO = [("Mr A. Gwilliam", "Associate Director of Primary Care, Marches and Teme Integrated Care Board"),
             ("Ms L. Pugh", "Deputy Director of Contracting, Marches and Teme Integrated Care Board")]

def build_txt():
    out = []
    out.append("MARCHESTON DISTRICT COUNCIL".center(W).rstrip())
    out.append("")
    out.append("HEALTH AND SOCIAL CARE OVERVIEW COMMITTEE".center(W).rstrip())
    out.append("")
    out.append(para("Minutes of a meeting of the Health and Social Care Overview Committee held in the Council Chamber, The Guildhall, Ludham, on Tuesday 17 June 2025 at 2.00 p.m.", indent=""))
    out.append("")
    out.append(para("Present: Cllrs J. Probert (Chair), E. Vaughan (Vice-Chair), R. Powell, S. Mathias, K. Lloyd, D. Hinton.", indent=""))
    out.append("")
    out.append(para("Officers: M. Bevan (Head of Housing and Community Services), C. Jenkins (Democratic and Scrutiny Services Manager), P. Hollings (Committee Administrator).", indent=""))
    out.append("")
    out.append(para("Also present: Mr A. Gwilliam (Associate Director of Primary Care, Marches and Teme Integrated Care Board), Ms L. Pugh (Deputy Director of Contracting, Marches and Teme Integrated Care Board).", indent=""))
    out.append("")
    out.append("-" * W)
    for num, title, body in ITEMS2:
        out.append("")
        out.append(para(title, first=f"{num:<11}"))
        out.append("")
        for kind, text in body:
            if kind == "q":
                out.append(para(text[3:], first=IND + text[:3], indent=IND + "   "))
            else:
                out.append(para(text))
            out.append("")
    out.append("-" * W)
    out.append("")
    out.append("The meeting closed at 4.12 p.m.")
    out.append("")
    out.append("Chairman .................................   Date ....................")
    return "\n".join(out) + "\n"

GOLD2 = {
 "document": D2, "doc_type": "minutes", "committee": "Health and Social Care Overview Committee",
 "meeting_date": "2025-06-17",
 "items": [{"number": n, "title": t} for n, t, _ in ITEMS2],
 "questions": [
  q("HSC.17/25", "question", "asked how patients without a car would reach the main surgery",
    "the ICB would fund a volunteer car scheme for twelve months", "Cllr R. Powell", "Mr Gwilliam", ["primary-care"]),
  q("HSC.17/25", "concern", "expressed concern that six weeks was too short for a rural engagement exercise",
    "undertook to ask the practice to extend the engagement period", "Cllr K. Lloyd", "Mr Gwilliam",
    ["patient-and-public-input", "primary-care"]),
  q("HSC.17/25", "question", "asked whether the ICB had considered offering the branch premises to another GP provider",
    "two neighbouring practices had been approached but neither had the clinical staff", "Cllr D. Hinton", "Mr Gwilliam",
    ["primary-care", "workforce"]),
  q("HSC.18/25", "question", "why renal dialysis patients from the district were still waiting more than an hour",
    "the contractor had been issued with a contract performance notice in March", "Cllr E. Vaughan", "Ms Pugh",
    ["subcontracting"]),
  q("HSC.18/25", "question", "asked what financial penalties had been applied to the contractor for missed journeys",
    "service credits of £48,500 had been deducted in the first year", "Cllr S. Mathias", "Ms Pugh",
    ["subcontracting", "finance"]),
  q("HSC.18/25", "comment", "the contract should be brought back into the public sector",
    None, "Cllr R. Powell", None, ["privatisation", "subcontracting"]),
  q("HSC.19/25", "question", "asked whether the Council could employ its own occupational therapist",
    "a business case for a shared occupational therapist post with the neighbouring district", "Cllr J. Probert", "Mr Bevan",
    ["housing", "workforce"]),
  q("HSC.19/25", "question", "sought clarification on whether unspent grant from last year could be carried forward",
    "£212,000 of the Better Care Fund allocation had been carried forward", "Cllr K. Lloyd", "Mrs C. Jenkins",
    ["housing", "finance", "integration"]),
  q("HSC.20/25", "question", "if the Trust regarded the proposal as a substantial variation requiring formal consultation",
    "the Committee could ask the Trust to attend in September to explain its position", "Cllr D. Hinton", "Mrs C. Jenkins",
    ["governance", "patient-and-public-input"]),
 ],
 "resolutions": [
  r("HSC.16/25", "meeting held on 15 April 2025 be confirmed as a correct record", "agreed"),
  r("HSC.17/25", "the Chairman writes to the Integrated Care Board asking that the engagement period",
    "agreed", ["primary-care", "patient-and-public-input"]),
  r("HSC.18/25", "the non-emergency patient transport performance report be noted", "noted", ["subcontracting"]),
  r("HSC.19/25", "the Committee recommends to Cabinet that a shared occupational therapist post be funded",
    "recommended", ["housing", "workforce", "finance"]),
  r("HSC.20/25", "consideration of the Ludham Community Hospital beds be deferred to the meeting", "deferred", []),
  r("HSC.21/25", "the work programme be approved with the addition of dementia diagnosis rates", "agreed",
    ["mental-health"]),
 ],
 "attendees": [{"name": n, "role": ro, "attendance": "present"} for n, ro in ATT2_PRESENT]
   + [{"name": "Cllr T. Griffiths", "role": None, "attendance": "apologies"}]
   + [{"name": n, "role": ro, "attendance": "in_attendance"} for n, ro in ATT2_OFF + ATT2_ALSO],
}

# ---------------------------------------------------------------- build / check
def norm(s):
    s = html.unescape(s).lower().replace("’", "'")
    s = re.sub(r"[^\w£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "

def source_text(path):
    t = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        t = re.sub(r"<[^>]+>", " ", t)
    return t

def check():
    ok = True
    for gold in (GOLD1, GOLD2):
        doc = norm(source_text(DOCS / gold["document"]))
        phrases = [x["text"] for x in gold["questions"]] + [x["answer"] for x in gold["questions"] if x["answer"]] \
                  + [x["text"] for x in gold["resolutions"]]
        for p in phrases:
            n = len(p.split())
            c = doc.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gold['document']}: count={c} words={n}: {p}")
        print(gold["document"], len(gold["items"]), "items", len(gold["questions"]), "questions",
              len(gold["resolutions"]), "resolutions", len(gold["attendees"]), "attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def build():
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    (DOCS / D1).write_text(build_html(), encoding="utf-8")
    (DOCS / D2).write_text(build_txt(), encoding="utf-8")
    for g in (GOLD1, GOLD2):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    check()
