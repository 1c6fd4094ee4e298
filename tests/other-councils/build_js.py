#!/usr/bin/env python3
"""Build the "js-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_js.py           build documents/js-* and gold/js-*.json
        build_js.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import html
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "js-stainmoor-osc-2025-02-11.html"
REPORT_NAME = "js-stainmoor-osc-cover-report-primary-care-access.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# HTML helpers (Word-pasted ModernGov minute text)
# ---------------------------------------------------------------------------

def e(text: str) -> str:
    return html.escape(text, quote=False)


def p(text: str, indent: bool = True) -> str:
    style = "margin-left:36.0pt;text-align:justify" if indent else "text-align:justify"
    return f'<p class="MsoNormal" style="{style}">{e(text)}</p>\n'


def p_bold_lead(lead: str, rest: str) -> str:
    return (f'<p class="MsoNormal" style="margin-left:36.0pt;text-align:justify">'
            f'<b>{e(lead)}</b>{e(rest)}</p>\n')


def bullets(lines: list[str]) -> str:
    out = []
    n = len(lines)
    for i, line in enumerate(lines):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == n - 1 else "MsoListParagraphCxSpMiddle")
        out.append(
            f'<p class="{cls}" style="margin-left:54.0pt;mso-add-space:auto;text-indent:-18.0pt;'
            f'mso-list:l0 level1 lfo1"><span style="font-family:Symbol;mso-fareast-font-family:Symbol">'
            f'<span style="mso-list:Ignore">\u00b7<span style="font:7.0pt &quot;Times New Roman&quot;">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>{e(line)}</p>\n')
    return "".join(out)


def resolved(intro: str, clauses: list[str]) -> str:
    out = [f'<p class="MsoNormal" style="margin-left:36.0pt;text-align:justify"><b>RESOLVED</b>{e(intro)}</p>\n']
    for label, text in clauses:
        out.append(
            f'<p class="MsoListParagraph" style="margin-left:72.0pt;text-indent:-36.0pt;mso-list:l1 level1 lfo2">'
            f'<span style="mso-list:Ignore">{label}<span style="font:7.0pt &quot;Times New Roman&quot;">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{e(text)}</p>\n')
    return "".join(out)


def item(number: str, title: str, iid: int, agenda: str, docs: list[tuple[str, str, str]],
         minutes_html: str) -> str:
    doc_lis = "".join(
        f'<li><a href="documents/s{sid}/{href}" title="Link to document">{e(label)}'
        f' <span class="mgFileSize">PDF {size}</span></a></li>\n'
        for sid, href, label, size in [(1040 + iid % 97, d[0].replace(' ', '%20') + '.pdf', d[0], d[1])
                                       for d in docs]
    ) if docs else ""
    docs_block = f'<ul class="mgActionList">\n{doc_lis}</ul>\n' if docs else ""
    agenda_block = (f'<div class="mgWordPara"><p class="MsoNormal">{e(agenda)}</p></div>\n'
                    if agenda else "")
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgIssueHistoryHome.aspx?IId={iid}" title="View the background to item {number}.">{e(title)}</a></p>
{agenda_block}{docs_block}<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{minutes_html}</div>
</td>
</tr>
"""


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

DISCUSSION_INTRO = ("In the ensuing discussion, and in response to detailed questioning and "
                    "challenge, the following matters were highlighted:")

ITEM_54 = p("No apologies for absence were received in accordance with Regulation 7(6) of the "
            "Parent Governor Representatives (England) Regulations 2001.")

ITEM_55 = (
    p("Councillor Kilner declared a non-pecuniary interest in Minute 58 as she is employed by a "
      "community pharmacy in the borough.")
    + p("Councillor Roebuck declared a non-pecuniary interest in Minute 59 in his capacity as a "
        "Council-nominated member of the Moorgate Homes Board.")
)

ITEM_56 = p("The minutes of the meeting held on 14th January 2025 were approved as a true and "
            "accurate record.")

ITEM_57 = (
    p("The following witnesses were welcomed to the meeting:")
    + bullets([
        "Bernadette Halloran, Independent Chair, Stainmoor Safeguarding Adults Board (SSAB)",
        "Lorna Whitehead, Service Director, Adult Social Care and Health, SMBC",
        "Simon Ackroyd, Head of Safeguarding and Quality Assurance, SMBC",
        "Detective Chief Inspector Amir Rashid, Public Protection Unit, South Pennine Police",
        "Helen Dyson, Designated Professional for Safeguarding Adults, NHS South Pennines ICB "
        "(Stainmoor Place)",
        "Cllr Margaret Pashley, Cabinet Spokesperson, Adults and Communities",
    ])
    + p("The Chair welcomed witnesses to the meeting and invited the Independent Chair of the SSAB to "
        "introduce the annual report. Members were informed that the Board had received 2,914 "
        "safeguarding concerns in 2023-24, an increase of 11% on the previous year, of which 27% had "
        "progressed to an enquiry under Section 42 of the Care Act 2014. Self-neglect, domestic abuse "
        "and financial abuse remained the most common categories of concern, and neglect and acts of "
        "omission were the most common category where the concern related to a care setting. Two "
        "Safeguarding Adults Reviews (SARs) had been commissioned during the year, one of which, "
        "relating to \u2018Adult D\u2019, had been published in December 2024. The Board\u2019s "
        "strategic priorities for 2024-26 were set out in section 5 of the report, together with the "
        "revised Multi-Agency Risk Management (MARM) protocol which had been launched in September "
        "2024. The Cabinet Spokesperson thanked the Board and its partners for their work and "
        "highlighted the importance of the Board\u2019s independence.")
    + p(DISCUSSION_INTRO)
    + p("Members queried the reasons for the continued rise in the number of safeguarding concerns "
        "and whether this reflected more abuse taking place or simply better reporting. The "
        "Independent Chair explained that the increase was largely attributed to improved awareness "
        "among partner agencies, particularly following the Board\u2019s training campaign with care "
        "providers, but acknowledged that the proportion of concerns progressing to a Section 42 "
        "enquiry had fallen and that this was being audited to ensure that thresholds were being "
        "applied consistently across teams.")
    + p("A Member expressed concern that cases of self-neglect, particularly those involving hoarding, "
        "appeared to come back to services repeatedly without any lasting change for the individual. "
        "Members were advised that the MARM protocol had been introduced precisely to address this, "
        "allowing a lead agency to be identified and multi-agency meetings to be convened where a "
        "person was at high risk but did not meet the criteria for a Section 42 enquiry. Early "
        "evaluation showed fewer repeat referrals for the 46 people who had been supported under the "
        "protocol since September.")
    + p("In response to a question about how learning from the Adult D review was being embedded "
        "across the partnership, the Head of Safeguarding and Quality Assurance reported that "
        "seven-minute briefings had been circulated to all partners, a practitioner learning event "
        "had been attended by over 120 staff, and the action plan was being monitored by the "
        "Board\u2019s Performance and Quality Sub-Group, with progress to be reported in next "
        "year\u2019s annual report.")
    + p("Members asked what was being done to protect older residents from financial abuse, including "
        "doorstep crime and online scams. The Detective Chief Inspector outlined the work of the "
        "force\u2019s Economic Crime Unit and the joint \u2018Scam Aware Stainmoor\u2019 campaign with "
        "Trading Standards, noting that victims were often reluctant to report what had happened to "
        "them, and that banks now alerted the police under the Banking Protocol where they suspected "
        "that a customer was being coerced into withdrawing money.")
    + p("Concerns were raised about the number of safeguarding concerns relating to care homes and home "
        "care providers and whether the Council took action against providers where the quality of "
        "care fell short. It was confirmed that concerns about the quality of a provider were always "
        "shared with the Care Quality Commission (CQC) and that the Council\u2019s Quality Assurance "
        "Team could suspend new placements; three providers had been subject to a suspension during "
        "the year, two of which had since been lifted following improvement.")
    + p("A Member queried whether partner contributions to the Board were sufficient given the growth "
        "in demand. The Independent Chair advised that the Board\u2019s budget of \u00a3186,000 was "
        "funded jointly by the Council, the ICB and the police, that contributions had been frozen for "
        "two years, and that partners had agreed to review the funding formula ahead of 2025-26.")
    + p("Members commented that the annual report was lengthy and that a short summary in plain "
        "English would make it more accessible to residents, service users and their carers.")
    + p("Members requested a breakdown of safeguarding concerns by ward, to be circulated following "
        "the meeting. The Service Director agreed that this would be provided through the Scrutiny "
        "Officer.")
    + resolved(" that:-", [
        ("(i)", "Witnesses be thanked for their attendance and contribution;"),
        ("(ii)", "The Stainmoor Safeguarding Adults Board Annual Report 2023-24 be noted; and"),
        ("(iii)", "A plain English summary of future annual reports be produced for residents and "
                  "service users."),
    ])
)

ITEM_58 = (
    p("The following witnesses were welcomed to the meeting:")
    + bullets([
        "Dr Farhan Qureshi, GP and Clinical Director, Kexley and Ardthorpe Primary Care Network",
        "Martin Hepworth, Deputy Place Director, NHS South Pennines ICB (Stainmoor Place)",
        "Claire Moxon, Head of Primary Care, NHS South Pennines ICB (Stainmoor Place)",
        "Rachel Ingham, Senior Commissioning Manager (Dental), NHS South Pennines ICB",
        "Tom Barraclough, Chief Executive, Healthwatch Stainmoor",
        "Cllr David Wainwright, Cabinet Spokesperson, Public Health and Communities",
    ])
    + p("The Deputy Place Director introduced the report, which set out the position on access to "
        "general practice and NHS dentistry in the borough. There were 31 GP practices in Stainmoor, "
        "working together in six Primary Care Networks (PCNs). Practices had delivered 1.46 million "
        "appointments in 2024, 9% more than before the pandemic, with 43% of appointments taking place "
        "on the same day that they were booked. Changes to the national GP contract for 2025-26 and "
        "the move to cloud-based telephony were expected to reduce the \u20188am rush\u2019. In "
        "relation to dentistry, only 38% of adults in Stainmoor had seen an NHS dentist in the previous "
        "24 months, compared with 41% nationally, and the ICB had commissioned additional urgent dental "
        "care sessions and a \u2018dental access\u2019 pilot in two practices in the east of the "
        "borough.")
    + p("The Chief Executive of Healthwatch Stainmoor summarised the findings of its recent survey of "
        "1,180 residents, which showed that satisfaction with the care received once patients had been "
        "seen remained high, but that getting through on the telephone was the most common complaint, "
        "followed by difficulty in finding an NHS dentist accepting new adult patients.")
    + p(DISCUSSION_INTRO)
    + p("Members referred to constituents who had been told to ring back the following morning once "
        "all appointments had gone, and asked what was being done to end the 8am rush. It was "
        "explained that all practices in Stainmoor would have moved to cloud-based telephony with a "
        "call-back function by the end of March 2025, and that practices were being supported to adopt "
        "a \u2018total triage\u2019 model so that every request made online or by telephone was "
        "assessed by a clinician on the same day; where this had been introduced, patients were no "
        "longer being asked to call back.")
    + p("In response to a question regarding the role of pharmacists, physiotherapists and paramedics "
        "in practices, Dr Qureshi explained that the Additional Roles Reimbursement Scheme (ARRS) "
        "funded 142 posts across the borough\u2019s PCNs and that patients could often be seen more "
        "quickly by the most appropriate professional than by waiting for a GP, although he "
        "acknowledged that this was not always well understood by patients and that better "
        "communication was needed.")
    + p("A Member raised concern that newly qualified GPs were reportedly unable to find work in the "
        "area at the same time as residents were struggling to get an appointment. Dr Qureshi "
        "acknowledged the apparent contradiction and explained that practices were paid a fixed sum "
        "for each registered patient, which did not allow many of them to employ additional salaried "
        "GPs, whereas ARRS funding had until recently been restricted to other roles; the ICB had "
        "lobbied for this to change and welcomed the inclusion of newly qualified GPs within the "
        "scheme.")
    + p("Members asked how many children in Stainmoor had not seen a dentist and expressed concern about "
        "the number of tooth extractions carried out under general anaesthetic. The Senior "
        "Commissioning Manager reported that 58% of children had seen an NHS dentist in the previous "
        "12 months and that tooth decay remained the most common reason for a planned hospital "
        "admission among children aged six to ten. The supervised toothbrushing programme had been "
        "extended to 46 primary schools and nurseries, and the Cabinet Spokesperson confirmed that "
        "the Council would continue to fund the programme from the public health grant in 2025/26.")
    + p("Members questioned whether the national dental contract was the underlying reason for practices "
        "handing back their NHS work. It was acknowledged that the contract, which paid dentists for "
        "Units of Dental Activity (UDAs), was widely regarded as unattractive, and that two practices "
        "in the borough had reduced their NHS commitment during the last year; the ICB had used the "
        "resulting underspend to commission the urgent care sessions referred to in the report.")
    + p("A Member expressed concern that the move to online access risked excluding older residents and "
        "those without access to the internet. The Chief Executive of Healthwatch Stainmoor stated "
        "that this had been a recurring theme in the survey responses, and the Head of Primary Care "
        "gave an assurance that the telephone and face-to-face routes would remain available at every "
        "practice and that digital champions were being recruited to help residents in libraries and "
        "community centres.")
    + p("In response to a question regarding Pharmacy First, Members were informed that 44 of the "
        "borough\u2019s 52 community pharmacies were delivering the service, which enabled patients "
        "to be treated for seven common conditions without a GP appointment, but that the closure of "
        "two pharmacies in Moorend during 2024 had left parts of the east of the borough less well "
        "served.")
    + p("Members requested that practice-level data on telephone answering times and waits for routine "
        "appointments be shared with the Committee, so that variation between practices could be "
        "understood. The Deputy Place Director agreed to provide this, subject to discussion with the "
        "Local Medical Committee about how the data would be presented.")
    + resolved(" that:-", [
        ("(i)", "Witnesses be thanked for their attendance and contribution;"),
        ("(ii)", "Practice-level data on telephone answering and appointment waiting times be "
                 "circulated to Members; and"),
        ("(iii)", "A further update on NHS dentistry be brought to the Committee in 2025/26."),
    ])
)

ITEM_59 = (
    p("The following witnesses were welcomed to the meeting:")
    + bullets([
        "Karen Firth, Chief Executive, Moorgate Homes",
        "Neil Sugden, Director of Property Services, Moorgate Homes",
        "Gareth Lumb, Service Director, Regeneration and Housing, SMBC",
        "Paul Brook, Head of Housing and Energy, SMBC",
        "Cllr Sarah Tennant, Cabinet Spokesperson, Housing and Neighbourhoods",
    ])
    + p("The Chief Executive of Moorgate Homes introduced the report, which updated the Committee on the "
        "approach to damp, mould and condensation in the 18,200 homes which Moorgate Homes manages on "
        "behalf of the Council, in preparation for the introduction of Awaab\u2019s Law for social "
        "landlords. 3,412 reports of damp and mould had been received in 2024, compared with 2,115 in "
        "2022, and 91% of cases were now inspected within ten working days. A dedicated Damp and Mould "
        "Team of 14 surveyors and operatives had been established, and a stock condition survey of every "
        "property would be completed by the end of 2025.")
    + p(DISCUSSION_INTRO)
    + p("Members asked how quickly urgent cases involving vulnerable tenants, such as households with "
        "young children or people with respiratory conditions, were prioritised. The Director of "
        "Property Services advised that such cases were triaged as emergencies and inspected within 24 "
        "hours, with temporary measures such as dehumidifiers provided at the first visit, and that new "
        "timescales would be written into the repairs policy ahead of Awaab\u2019s Law coming into "
        "force.")
    + p("Concern was expressed that some tenants had been told that mould in their home was caused by "
        "their lifestyle, for example by drying clothes indoors. The Chief Executive of Moorgate Homes "
        "accepted that this had happened in the past and stated that all staff had since received "
        "training to ensure that tenants were not blamed, and that the focus was now on identifying and "
        "fixing underlying causes such as poor ventilation and failed insulation.")
    + p("A Member queried how the programme was being funded and whether the cost would affect other "
        "planned works. The Service Director explained that \u00a34.2m had been allocated within the "
        "Housing Revenue Account (HRA) capital programme for 2025/26, and that, while this was a "
        "significant pressure, the 30-year HRA business plan had been revised to absorb it without "
        "reducing the kitchen and bathroom replacement programme.")
    + p("Members sought clarification on the use of external contractors for mould treatment and how the "
        "quality of their work was checked. It was reported that specialist treatment was carried out "
        "by two contractors appointed through a competitive tender in 2023, with one in ten completed "
        "jobs inspected afterwards by Moorgate Homes staff, and that in-house operatives were being "
        "trained so that more of the work could be brought back in-house over time.")
    + p("Councillor Naylor asked whether the same standards applied to privately rented homes, where some "
        "of the worst conditions in the borough were found. The Head of Housing and Energy advised that "
        "Awaab\u2019s Law would not initially apply to the private rented sector, but that the Council "
        "used its enforcement powers under the Housing Health and Safety Rating System and had served "
        "37 improvement notices relating to damp and mould in 2024.")
    + p("Members commented that tenants should be able to report damp and mould online and follow the "
        "progress of their repair, in the same way as they could for other council services.")
    + p("In response to a question about how the views of tenants had shaped the new approach, Members "
        "were informed that the Tenant Scrutiny Panel had carried out a review of damp and mould "
        "complaints and that eight of its nine recommendations had been accepted, including a "
        "\u2018welcome pack\u2019 for new tenants explaining how to keep homes ventilated.")
    + resolved(" that:-", [
        ("(i)", "Witnesses be thanked for their attendance and contribution; and"),
        ("(ii)", "Performance against the new Awaab\u2019s Law timescales be reported to the Committee in "
                 "twelve months\u2019 time."),
    ])
)

ITEM_60 = (
    p("Councillor Greaves, Lead Member of the Task and Finish Group (TFG), introduced the report, which "
      "set out the findings of the TFG\u2019s investigation into the support available in schools for "
      "the emotional health and wellbeing of children and young people. The TFG had met on seven "
      "occasions between June and December 2024 and had heard evidence from the Council\u2019s Public "
      "Health team, the Mental Health Support Teams (MHSTs) provided by South Pennine Partnership NHS "
      "Foundation Trust, Stainmoor CAMHS, headteachers and the Youth Council. The report made seven "
      "recommendations, including the development of a single directory of emotional wellbeing "
      "support for schools and families, and the extension of MHST coverage to every secondary school "
      "in the borough.")
    + p("Anna Whiteley, Head of Public Health (Children and Young People), SMBC, was also in attendance "
        "for this item.")
    + p("Members asked whether schools had been consulted as part of the investigation. Councillor Greaves "
        "confirmed that the TFG had met headteachers from four primary and two secondary schools, "
        "together with members of the Youth Council, whose views had directly informed recommendations "
        "3 and 4.")
    + p("A Member expressed concern about waiting times for CAMHS, noting that some families had waited "
        "over a year for an assessment for a neurodevelopmental condition. The Lead Member acknowledged "
        "that this had fallen outside the scope of the review, which had focused on early support in "
        "schools, but suggested that the Committee may wish to consider neurodevelopmental pathways as "
        "part of its future work.")
    + p("Members queried whether the recommendations had been costed. The Head of Public Health (Children "
        "and Young People) advised that most of the recommendations could be delivered within existing "
        "resources, although recommendation 5, to extend the MHSTs to all secondary schools, depended "
        "on further national funding being made available.")
    + p("Members welcomed the involvement of the Youth Council and suggested that young people be invited "
        "to present the findings to Cabinet alongside the Lead Member. Councillor Greaves agreed to "
        "raise this with the Cabinet Spokesperson for Children\u2019s Services.")
    + p_bold_lead("RESOLVED", " that Cabinet be recommended to approve the recommendations of the Task and "
                              "Finish Group, as set out in section 6 of the report.")
    + p("The Committee further agreed that neurodevelopmental pathways for children and young people be "
        "added to its work programme for 2025/26.")
)

ITEM_61 = (
    p_bold_lead("RESOLVED", " that the public and press be excluded from this meeting during consideration "
                            "of the following item, because of the likely disclosure of exempt information "
                            "as described by the specific paragraphs of Part I of Schedule 12A of the Local "
                            "Government Act 1972 as amended, as follows:-")
    + """<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="margin-left:36.0pt;border-collapse:collapse">
<tr><td width="160" valign="top"><p class="MsoNormal"><b>Item Number</b></p></td>
<td width="340" valign="top"><p class="MsoNormal"><b>Type of Information Likely to be Disclosed</b></p></td></tr>
<tr><td width="160" valign="top"><p class="MsoNormal">62</p></td>
<td width="340" valign="top"><p class="MsoNormal">Paragraph 2</p></td></tr>
</table>
"""
)

ITEM_62 = (
    p("The following witnesses were welcomed to the meeting:")
    + bullets([
        "Joanne Clegg, Executive Director, Children\u2019s Services, SMBC",
        "Deborah Hirst, Service Director, Children\u2019s Social Care and Safeguarding, SMBC",
        "Cllr Anne Rushworth, Cabinet Spokesperson, Children\u2019s Services",
    ])
    + p("The Committee considered the Children\u2019s Social Care performance report for Quarter 3 "
        "2024/25. Members asked a number of questions in relation to caseloads, the use of agency "
        "social workers and the sufficiency of local placements for children in care.")
    + p_bold_lead("RESOLVED", " that the report be noted.")
)


ITEMS = [
    ("54", "Apologies for Absence - Parent Governor Representatives", 4101, "", [], ITEM_54),
    ("55", "Declarations of Pecuniary and Non-Pecuniary Interest", 4102,
     "To invite Members to make any declarations of pecuniary and non-pecuniary interest in connection "
     "with the items on this agenda.", [], ITEM_55),
    ("56", "Minutes of the Previous Meeting", 4103,
     "To approve the minutes of the previous meeting of the Committee held on 14th January 2025 "
     "(Item 3 attached).", [("Item 3 - Draft OSC Minutes 14.01.25", "186 KB")], ITEM_56),
    ("57", "Stainmoor Safeguarding Adults Board (SSAB) Annual Report 2023-24", 4090,
     "The Executive Director Core Services will submit a cover report in respect of the Stainmoor "
     "Safeguarding Adults Board Annual Report 2023-24.",
     [("Item 4a - SSAB Cover Report", "214 KB"), ("Item 4b - SSAB Annual Report 2023-24", "3 MB")],
     ITEM_57),
    ("58", "Access to General Practice and NHS Dentistry in Stainmoor", 4104,
     "The Executive Director Core Services will submit a cover report in respect of access to general "
     "practice and NHS dentistry in Stainmoor.",
     [("Item 5a - Primary Care Access Cover Report", "233 KB"),
      ("Item 5b - ICB Primary Care Access Report", "1 MB"),
      ("Item 5c - Healthwatch Stainmoor GP and Dental Survey 2024", "862 KB")], ITEM_58),
    ("59", "Council Housing - Damp, Mould and Condensation Update", 4105,
     "The Executive Director Core Services will submit a cover report in respect of the approach to "
     "damp, mould and condensation in council homes.",
     [("Item 6a - Damp and Mould Cover Report", "198 KB"),
      ("Item 6b - Moorgate Homes Damp Mould and Condensation Report", "640 KB")], ITEM_59),
    ("60", "Task and Finish Group (TFG) Report - Children and Young People\u2019s Emotional Health and "
           "Wellbeing in Schools", 4106,
     "The Executive Director Core Services will submit the final report of the TFG.",
     [("Item 7 - CYP Emotional Health TFG Report", "702 KB")], ITEM_60),
    ("61", "Exclusion of the Public and Press", 4107,
     "The public and press will be excluded from this meeting during consideration of the item so marked "
     "because of the likely disclosure of exempt information as defined by the specific paragraph(s) of "
     "Part I of Schedule 12A of the Local Government Act 1972 as amended.", [], ITEM_61),
    ("62", "Children\u2019s Social Care Performance", 4108,
     "Reason restricted: Paragraph 2 - Information which is likely to reveal the identity of an "
     "individual.", [], ITEM_62),
]

ATTENDANCE = (
    '<div class="mgAttendance">\n'
    '<h2 class="mgSectionTitle">Attendance details</h2>\n'
    '<p class="MsoNormal"><b>Present:</b> Councillors Thackray (Chair), Bramall, Coldwell, Dransfield, '
    'Fearnley, Greaves, Hinchliffe, Ibbotson, Kilner, Mellor, Naylor, Oxley, Roebuck, Senior and '
    'Wadsworth together with co-opted member Mrs J Ellam.</p>\n'
    '<p class="MsoNormal"><b>Apologies:</b> Councillors Tattersall and Umpleby.</p>\n'
    '</div>\n'
)


def build_minutes_html() -> str:
    rows = "".join(item(*it) for it in ITEMS)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<!-- saved from url=(0083)https://democracy.stainmoor.gov.uk/ieListDocuments.aspx?CId=1287&amp;MId=30512&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Overview and Scrutiny Committee on Tuesday, 11th February, 2025, 2.00 pm | Stainmoor Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/mgStyles.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/stainmoor.css" type="text/css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
<script src="./ieListDocuments_files/mgScripts.js"></script>
</head>
<body>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" hidden>
<p>We use cookies to make this site work and to help us improve it. <a href="https://www.stainmoor.gov.uk/cookies">Cookie settings</a></p>
</div>
<header class="site-header">
<div class="site-header__inner">
<a href="https://www.stainmoor.gov.uk/" class="site-logo"><img src="./ieListDocuments_files/stainmoor-logo.svg" alt="Stainmoor Metropolitan Borough Council homepage"></a>
<form class="site-search" action="https://www.stainmoor.gov.uk/search" method="get"><label for="q">Search</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
</div>
<nav class="site-nav" aria-label="Main">
<ul>
<li><a href="https://www.stainmoor.gov.uk/services">Services</a></li>
<li><a href="https://www.stainmoor.gov.uk/news">News</a></li>
<li><a href="https://www.stainmoor.gov.uk/your-council">Your council</a></li>
<li><a href="https://www.stainmoor.gov.uk/contact-us">Contact us</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb" aria-label="Breadcrumb">
<ul>
<li><a href="https://www.stainmoor.gov.uk/">Home</a></li>
<li><a href="https://www.stainmoor.gov.uk/your-council">Your council</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="ieListMeetings.aspx?CId=1287&amp;Year=0">Meetings</a></li>
<li>Agenda item</li>
</ul>
</div>
<div id="mgMainContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt"><a href="ieListMeetings.aspx?CId=1287&amp;Year=0">Overview and Scrutiny Committee</a> - Tuesday, 11th February, 2025 2.00 pm</h2>
</div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="ieListDocuments.aspx?CId=1287&amp;MId=30512&amp;Ver=4&amp;Info=1">Meeting details</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=30512">Attendance</a></li>
<li><a href="ieIssueDetails.aspx?MId=30512">Decisions</a></li>
</ul>
</div>
<p class="mgLineText"><span class="mgLabel">Venue: </span>Council Chamber, Stainmoor Town Hall. <a href="mgLocationDetails.aspx?RId=3">View directions</a></p>
<p class="mgLineText"><span class="mgLabel">Contact: </span>Ruth Ollerenshaw, Senior Scrutiny Officer  Email: <a href="mailto:scrutiny@stainmoor.gov.uk">scrutiny@stainmoor.gov.uk</a></p>
<div class="mgMediaBox">
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://stainmoor.public-i.tv/core/portal/webcast_interactive/918402">Webcast for Overview and Scrutiny Committee - 11 February 2025</a></p>
</div>
<div class="mgAdditionalDocs">
<h2 class="mgSectionTitle">Additional documents:</h2>
<ul class="mgActionList">
<li><a href="documents/g30512/Public%20reports%20pack%2003rd-Feb-2025%2014.00%20Overview%20and%20Scrutiny%20Committee.pdf">Agenda frontsheet <span class="mgFileSize">PDF 142 KB</span></a></li>
<li><a href="documents/g30512/Printed%20minutes%2011th-Feb-2025%2014.00%20Overview%20and%20Scrutiny%20Committee.pdf">Printed minutes <span class="mgFileSize">PDF 221 KB</span></a></li>
</ul>
</div>
{ATTENDANCE}<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{rows}</table>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.stainmoor.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.stainmoor.gov.uk/privacy">Privacy</a></li>
<li><a href="https://www.stainmoor.gov.uk/cookies">Cookies</a></li>
<li><a href="mgRss.aspx">RSS</a></li>
</ul>
<p>Stainmoor Metropolitan Borough Council, Town Hall, Church Street, Stainmoor, S79 2TA</p>
<p>&copy; Stainmoor Metropolitan Borough Council 2025</p>
<p class="mgPoweredBy">Powered by <a href="https://www.moderngov.co.uk/">ModernGov</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_no, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item_no, text, outcome, themes):
    return {"item": item_no, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-02-11",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        # 57 Safeguarding Adults Board annual report
        q("57", "question", "queried the reasons for the continued rise in the number of safeguarding concerns",
          None, "the increase was largely attributed to improved awareness among partner agencies",
          "The Independent Chair", ["adult-social-care"]),
        q("57", "concern", "expressed concern that cases of self-neglect, particularly those involving hoarding",
          None, "the MARM protocol had been introduced precisely to address this",
          None, ["adult-social-care"]),
        q("57", "question", "how learning from the Adult D review was being embedded across the partnership",
          None, "seven-minute briefings had been circulated to all partners",
          "the Head of Safeguarding and Quality Assurance", ["adult-social-care"]),
        q("57", "question", "what was being done to protect older residents from financial abuse",
          None, "outlined the work of the force\u2019s Economic Crime Unit",
          "The Detective Chief Inspector", ["adult-social-care"]),
        q("57", "concern", "safeguarding concerns relating to care homes and home care providers",
          None, "concerns about the quality of a provider were always shared with the Care Quality Commission",
          None, ["adult-social-care", "governance"]),
        q("57", "question", "queried whether partner contributions to the Board were sufficient given the growth in demand",
          None, "contributions had been frozen for two years",
          "The Independent Chair", ["finance", "adult-social-care"]),
        q("57", "comment", "a short summary in plain English would make it more accessible",
          None, None, None, ["patient-and-public-input"]),
        q("57", "request", "requested a breakdown of safeguarding concerns by ward",
          None, "The Service Director agreed that this would be provided through the Scrutiny Officer",
          "The Service Director", ["adult-social-care"]),
        # 58 GP and dental access
        q("58", "question", "asked what was being done to end the 8am rush",
          None, "all practices in Stainmoor would have moved to cloud-based telephony",
          None, ["primary-care"]),
        q("58", "question", "the role of pharmacists, physiotherapists and paramedics in practices",
          None, "funded 142 posts across the borough\u2019s PCNs",
          "Dr Qureshi", ["primary-care", "workforce"]),
        q("58", "concern", "newly qualified GPs were reportedly unable to find work in the area",
          None, "practices were paid a fixed sum for each registered patient",
          "Dr Qureshi", ["primary-care", "workforce", "finance"]),
        q("58", "question", "asked how many children in Stainmoor had not seen a dentist",
          None, "58% of children had seen an NHS dentist in the previous 12 months",
          "The Senior Commissioning Manager", ["primary-care", "children-and-families", "public-health"]),
        q("58", "question", "questioned whether the national dental contract was the underlying reason",
          None, "paid dentists for Units of Dental Activity (UDAs), was widely regarded as unattractive",
          None, ["primary-care", "finance"]),
        q("58", "concern", "the move to online access risked excluding older residents",
          None, "the telephone and face-to-face routes would remain available at every practice",
          "the Head of Primary Care", ["primary-care", "patient-and-public-input"]),
        q("58", "question", "In response to a question regarding Pharmacy First",
          None, "44 of the borough\u2019s 52 community pharmacies were delivering the service",
          None, ["primary-care"]),
        q("58", "request", "requested that practice-level data on telephone answering times",
          None, "The Deputy Place Director agreed to provide this, subject to discussion",
          "The Deputy Place Director", ["primary-care"]),
        # 59 Damp and mould
        q("59", "question", "asked how quickly urgent cases involving vulnerable tenants",
          None, "such cases were triaged as emergencies and inspected within 24 hours",
          "The Director of Property Services", ["housing"]),
        q("59", "concern", "some tenants had been told that mould in their home was caused by their lifestyle",
          None, "all staff had since received training to ensure that tenants were not blamed",
          "The Chief Executive of Moorgate Homes", ["housing", "workforce"]),
        q("59", "question", "queried how the programme was being funded and whether the cost would affect",
          None, "\u00a34.2m had been allocated within the Housing Revenue Account (HRA) capital programme",
          "The Service Director", ["housing", "finance"]),
        q("59", "question", "sought clarification on the use of external contractors for mould treatment",
          None, "two contractors appointed through a competitive tender in 2023",
          None, ["housing", "subcontracting", "privatisation"]),
        q("59", "question", "asked whether the same standards applied to privately rented homes",
          "Councillor Naylor", "Awaab\u2019s Law would not initially apply to the private rented sector",
          "The Head of Housing and Energy", ["housing"]),
        q("59", "comment", "tenants should be able to report damp and mould online",
          None, None, None, ["housing"]),
        q("59", "question", "how the views of tenants had shaped the new approach",
          None, "the Tenant Scrutiny Panel had carried out a review of damp and mould complaints",
          None, ["housing", "patient-and-public-input"]),
        # 60 TFG report
        q("60", "question", "asked whether schools had been consulted as part of the investigation",
          None, "the TFG had met headteachers from four primary and two secondary schools",
          "Councillor Greaves", ["children-and-families", "patient-and-public-input"]),
        q("60", "concern", "expressed concern about waiting times for CAMHS",
          None, "this had fallen outside the scope of the review",
          "The Lead Member", ["mental-health", "children-and-families"]),
        q("60", "question", "queried whether the recommendations had been costed",
          None, "most of the recommendations could be delivered within existing resources",
          "The Head of Public Health (Children and Young People)",
          ["finance", "mental-health", "children-and-families"]),
        q("60", "request", "suggested that young people be invited to present the findings to Cabinet",
          None, "Councillor Greaves agreed to raise this with the Cabinet Spokesperson",
          "Councillor Greaves", ["children-and-families", "patient-and-public-input"]),
        # 62 exempt item
        q("62", "question", "asked a number of questions in relation to caseloads",
          None, None, None, ["children-and-families", "workforce"]),
    ],
    "resolutions": [
        r("56", "minutes of the meeting held on 14th January 2025 were approved", "agreed", []),
        r("57", "A plain English summary of future annual reports be produced", "agreed",
          ["adult-social-care", "patient-and-public-input"]),
        r("58", "A further update on NHS dentistry be brought to the Committee", "agreed",
          ["primary-care"]),
        r("59", "Performance against the new Awaab\u2019s Law timescales be reported to the Committee",
          "agreed", ["housing"]),
        r("60", "Cabinet be recommended to approve the recommendations of the Task and Finish Group",
          "recommended", ["children-and-families", "mental-health"]),
        r("60", "neurodevelopmental pathways for children and young people be added to its work programme",
          "agreed", ["children-and-families"]),
        r("61", "the public and press be excluded from this meeting during consideration", "agreed",
          ["governance"]),
        r("62", "RESOLVED that the report be noted", "noted", ["children-and-families"]),
    ],
    "attendees": [
        a("Councillor Thackray", "Chair", "present"),
        *[a(f"Councillor {n}", None, "present") for n in (
            "Bramall", "Coldwell", "Dransfield", "Fearnley", "Greaves", "Hinchliffe", "Ibbotson",
            "Kilner", "Mellor", "Naylor", "Oxley", "Roebuck", "Senior", "Wadsworth")],
        a("Mrs J Ellam", "co-opted member", "present"),
        a("Councillor Tattersall", None, "apologies"),
        a("Councillor Umpleby", None, "apologies"),
        # witnesses, item 57
        a("Bernadette Halloran", "Independent Chair, Stainmoor Safeguarding Adults Board (SSAB)", "in_attendance"),
        a("Lorna Whitehead", "Service Director, Adult Social Care and Health, SMBC", "in_attendance"),
        a("Simon Ackroyd", "Head of Safeguarding and Quality Assurance, SMBC", "in_attendance"),
        a("Detective Chief Inspector Amir Rashid", "Public Protection Unit, South Pennine Police", "in_attendance"),
        a("Helen Dyson", "Designated Professional for Safeguarding Adults, NHS South Pennines ICB (Stainmoor Place)",
          "in_attendance"),
        a("Cllr Margaret Pashley", "Cabinet Spokesperson, Adults and Communities", "in_attendance"),
        # item 58
        a("Dr Farhan Qureshi", "GP and Clinical Director, Kexley and Ardthorpe Primary Care Network", "in_attendance"),
        a("Martin Hepworth", "Deputy Place Director, NHS South Pennines ICB (Stainmoor Place)", "in_attendance"),
        a("Claire Moxon", "Head of Primary Care, NHS South Pennines ICB (Stainmoor Place)", "in_attendance"),
        a("Rachel Ingham", "Senior Commissioning Manager (Dental), NHS South Pennines ICB", "in_attendance"),
        a("Tom Barraclough", "Chief Executive, Healthwatch Stainmoor", "in_attendance"),
        a("Cllr David Wainwright", "Cabinet Spokesperson, Public Health and Communities", "in_attendance"),
        # item 59
        a("Karen Firth", "Chief Executive, Moorgate Homes", "in_attendance"),
        a("Neil Sugden", "Director of Property Services, Moorgate Homes", "in_attendance"),
        a("Gareth Lumb", "Service Director, Regeneration and Housing, SMBC", "in_attendance"),
        a("Paul Brook", "Head of Housing and Energy, SMBC", "in_attendance"),
        a("Cllr Sarah Tennant", "Cabinet Spokesperson, Housing and Neighbourhoods", "in_attendance"),
        # item 60
        a("Anna Whiteley", "Head of Public Health (Children and Young People), SMBC", "in_attendance"),
        # item 62
        a("Joanne Clegg", "Executive Director, Children\u2019s Services, SMBC", "in_attendance"),
        a("Deborah Hirst", "Service Director, Children\u2019s Social Care and Safeguarding, SMBC", "in_attendance"),
        a("Cllr Anne Rushworth", "Cabinet Spokesperson, Children\u2019s Services", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# The cover report (not minutes), PDF
# ---------------------------------------------------------------------------

REPORT_BLOCKS = [
    ("right", "Item 5a"),
    ("h1", "Report of the Executive Director Core Services, to the Overview and Scrutiny Committee "
           "(OSC) on 11 February 2025"),
    ("h1", "Access to General Practice and NHS Dentistry in Stainmoor \u2013 Cover Report"),
    ("h2", "1.0 Introduction and Background"),
    ("p", "1.1 This report introduces the attached report of NHS South Pennines Integrated Care Board "
          "(ICB) (Item 5b), which sets out the current position on access to general practice and NHS "
          "dentistry in Stainmoor, together with the findings of Healthwatch Stainmoor\u2019s GP and "
          "Dental Survey 2024 (Item 5c)."),
    ("p", "1.2 Access to primary care was identified as a priority for the Committee\u2019s 2024/25 work "
          "programme following concerns raised by Members and residents about the difficulty of obtaining "
          "a GP appointment and the limited availability of NHS dentistry in parts of the borough."),
    ("p", "1.3 Since 1 July 2023, the ICB has been responsible for commissioning NHS dental services as "
          "well as general practice, community pharmacy and optometry services for the population of "
          "Stainmoor."),
    ("h2", "2.0 Current Position"),
    ("p", "2.1 There are 31 GP practices in Stainmoor, working together in six Primary Care Networks "
          "(PCNs). The ICB report describes the progress made through the national Delivery Plan for "
          "Recovering Access to Primary Care, including the move to cloud-based telephony and the "
          "Pharmacy First service."),
    ("p", "2.2 The proportion of adults who have seen an NHS dentist in the previous 24 months (38%) "
          "remains below the England average (41%). The ICB report sets out the actions taken to "
          "increase access, including additional urgent dental care sessions and a dental access pilot."),
    ("p", "2.3 Healthwatch Stainmoor received 1,180 responses to its survey. Difficulty in getting through "
          "to practices by telephone was the most frequently reported issue."),
    ("h2", "3.0 Invited Witnesses"),
    ("p", "3.1 The following witnesses have been invited to today\u2019s meeting to answer questions from "
          "the Committee:"),
    ("bullet", "Dr Farhan Qureshi, GP and Clinical Director, Kexley and Ardthorpe Primary Care Network"),
    ("bullet", "Martin Hepworth, Deputy Place Director, NHS South Pennines ICB (Stainmoor Place)"),
    ("bullet", "Claire Moxon, Head of Primary Care, NHS South Pennines ICB (Stainmoor Place)"),
    ("bullet", "Rachel Ingham, Senior Commissioning Manager (Dental), NHS South Pennines ICB"),
    ("bullet", "Tom Barraclough, Chief Executive, Healthwatch Stainmoor"),
    ("bullet", "Cllr David Wainwright, Cabinet Spokesperson, Public Health and Communities"),
    ("h2", "4.0 Possible Areas for Investigation"),
    ("p", "4.1 Members may wish to ask questions around the following areas:"),
    ("bullet", "What is being done to end the \u20188am rush\u2019 for GP appointments, and when will every "
               "practice have moved to cloud-based telephony?"),
    ("bullet", "How well do residents understand the roles of the additional clinical staff now working "
               "in practices, such as clinical pharmacists and paramedics?"),
    ("bullet", "Why are newly qualified GPs finding it difficult to obtain work locally, and what can the "
               "ICB do about this?"),
    ("bullet", "What proportion of children in Stainmoor have seen an NHS dentist in the last year, and "
               "how is the Council working with the ICB to improve children\u2019s oral health?"),
    ("bullet", "How will the ICB ensure that residents who cannot or do not wish to use online services "
               "are not disadvantaged?"),
    ("bullet", "What impact have recent pharmacy closures had on access to Pharmacy First in the east "
               "of the borough?"),
    ("bullet", "What can Elected Members do to support improved access to primary care in their wards?"),
    ("h2", "5.0 Recommendation"),
    ("p", "5.1 That Members consider the information provided, question witnesses and identify any "
          "matters on which the Committee wishes to receive a further report or to make recommendations."),
    ("h2", "6.0 Background Papers and Useful Links"),
    ("bullet", "Item 5b \u2013 NHS South Pennines ICB: Access to Primary Care in Stainmoor (attached)"),
    ("bullet", "Item 5c \u2013 Healthwatch Stainmoor: GP and Dental Survey 2024 (attached)"),
    ("bullet", "Delivery plan for recovering access to primary care, NHS England, May 2023"),
    ("h2", "7.0 Glossary"),
    ("p", "ARRS \u2013 Additional Roles Reimbursement Scheme; ICB \u2013 Integrated Care Board; "
          "PCN \u2013 Primary Care Network; UDA \u2013 Unit of Dental Activity"),
    ("h2", "8.0 Officer Contact"),
    ("p", "Ruth Ollerenshaw, Senior Scrutiny Officer, scrutiny@stainmoor.gov.uk, 3 February 2025"),
]


def build_report_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 6, f"{self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(datetime(2025, 2, 3, 9, 0, 0, tzinfo=timezone.utc))
    pdf.set_title("Access to General Practice and NHS Dentistry in Stainmoor - Cover Report")
    pdf.set_author("Stainmoor Metropolitan Borough Council")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for kind, text in REPORT_BLOCKS:
        if kind == "right":
            pdf.set_font("DejaVu", "B", 11)
            pdf.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(5, 5.6, "\u2022")
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8", newline="\n")
    build_report_pdf(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote 2 gold files in {GOLD}")


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def html_blocks(path: Path) -> list[str]:
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return [el.get_text() for el in soup.find_all(["p", "li", "td"])]


def count(hay: str, needle: str) -> int:
    return len(re.findall(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", hay))


def check() -> int:
    problems = []
    for gold_path in sorted(GOLD.glob("js-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            problems.append(f"{gold_path.name}: missing document {doc.name}")
            continue
        if gold_path.stem != doc.stem:
            problems.append(f"{gold_path.name}: name does not match {doc.name}")
        text = doc_text(doc)
        blocks = html_blocks(doc) if doc.suffix == ".html" else []
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"], row))
            if row.get("answer"):
                phrases.append(("answer", row["answer"], row))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"], row))
        for what, phrase, row in phrases:
            words = len(norm_space(phrase).split())
            if not 6 <= words <= 15:
                problems.append(f"{doc.name}: {what} phrase has {words} words: {phrase!r}")
            for norm in (norm_delete, norm_space):
                n = count(norm(text), norm(phrase))
                if n != 1:
                    problems.append(f"{doc.name}: {what} phrase found {n} times ({norm.__name__}): {phrase!r}")
        # a question and its answer must sit in the same paragraph
        if blocks:
            for row in gold.get("questions", []):
                if row.get("answer"):
                    ok = any(norm_delete(row["text"]) in norm_delete(b) and norm_delete(row["answer"]) in norm_delete(b)
                             for b in blocks)
                    if not ok:
                        problems.append(f"{doc.name}: question and answer not in one paragraph: {row['text']!r}")
        # items, attendees and themes
        themes_ok = {"privatisation", "subcontracting", "patient-and-public-input", "public-health", "finance",
                     "governance", "integration", "workforce", "primary-care", "mental-health",
                     "children-and-families", "adult-social-care", "housing"}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            for t in row["themes"]:
                if t not in themes_ok:
                    problems.append(f"{doc.name}: unknown theme {t}")
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                problems.append(f"{doc.name}: row refers to unknown item {row['item']}")
        for i in gold.get("items", []):
            if norm_delete(i["title"]) not in norm_delete(text):
                problems.append(f"{doc.name}: item title not found: {i['title']!r}")
        for att in gold.get("attendees", []):
            surname = att["name"].split()[-1]
            if norm_delete(surname) not in norm_delete(text):
                problems.append(f"{doc.name}: attendee not found: {att['name']!r}")
            if att["role"] and norm_delete(att["role"]) not in norm_delete(text):
                problems.append(f"{doc.name}: role not found: {att['role']!r}")
    for prob in problems:
        print("FAIL", prob)
    if not problems:
        print("check passed: every gold phrase occurs exactly once in its document")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
