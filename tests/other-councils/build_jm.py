#!/usr/bin/env python3
"""Build the "jm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jm.py           build documents/jm-* and gold/jm-*.json
        build_jm.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "jm-saxmere-scrutiny-committee-2025-10-16.html"
REPORT_NAME = "jm-saxmere-report-es-2514-disabled-facilities-grants.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 10, 7, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes (a saved ModernGov "Agenda and minutes" page)
# ---------------------------------------------------------------------------

ATTENDANCE = """\
<div class="mgWordPara">
<p><strong>Members of the Committee present:</strong></p>
<p>Councillor Ruth Ashdown, Councillor Tom Dysart, Councillor Sian Ellery, Councillor Paul Greening, Councillor Derek Hollis, Councillor Jane Northcote (Vice-Chair), Councillor Keith Osmond, Councillor Valerie Quinton (Chair), Councillor Imran Sadiq</p>
<p><strong>Other Members present:</strong></p>
<p>Councillor Martin Keble (Cabinet Member with responsibility for Housing), Councillor Fiona Latchford (Cabinet Member with responsibility for Communities, Leisure and Tourism), Councillor Anna Rowe</p>
<p><strong>Officers present:</strong></p>
<p>Lucy Fenwick (Democratic Services Officer (Scrutiny Support)), Sarah Hemming (Democratic Services Officer), Claire Ormond (Head of Private Sector Housing), Natalie Price (Active Communities Manager), Ben Tarrant (Housing Adaptations Manager), Karen Ward (Strategic Director), Graham Whitby (Head of Communities)</p>
<p><strong>Others present:</strong></p>
<p>Gareth Lowe (Contract Manager, Active Lives Leisure Ltd), Helen Marsh (Associate Director of Primary Care, NHS Mid Anglia Integrated Care Board), Dr Priya Venn (Clinical Director, Wrenhaven and Coastal Primary Care Network)</p>
</div>
"""

# Each item: (number, title, agenda text or None, [(document link text, size)],
#             restricted?, minutes html)
ITEMS = [
    (
        "1",
        "Apologies for Absence and Substitutions",
        None,
        [],
        False,
        """\
<p>Apologies for absence were received from Councillor Linda Carrow and Councillor Mark Penfold.</p>
<p>Councillor Tom Dysart attended as Councillor Penfold’s Substitute.</p>
""",
    ),
    (
        "2",
        "Declarations of Interest",
        "<p>Members and Officers are invited to make any declarations of Disclosable Pecuniary or Other Registerable Interests that they may have in relation to items on this Agenda and are also reminded to make any declarations at any stage during the Meeting if it becomes apparent that this may be required when a particular item or issue is considered.</p>",
        [],
        False,
        """\
<p>Councillor Paul Greening declared an Other Registerable Interest in item 6 as a member of the Patient Participation Group of Wrenhaven Medical Centre.</p>
<p>Councillor Sian Ellery declared an Other Registerable Interest in item 7 as a trustee of Kessford Amateur Swimming Club, which hires pool time at Kessford Leisure Centre.</p>
""",
    ),
    (
        "3",
        "Minutes",
        "<p>To confirm as a correct record the Minutes of the Meeting held on 18 September 2025.</p>",
        [("Minutes , 18/09/2025 Scrutiny Committee", "PDF 241 KB")],
        False,
        """\
<p>On the proposition of Councillor Northcote, seconded by Councillor Sadiq, it was by a unanimous vote</p>
<p><strong>RESOLVED</strong></p>
<p>That the Minutes of the Meeting held on 18 September 2025 be agreed as a correct record and signed by the Chair.</p>
<p>Arising from the Minutes, Councillor Hollis asked whether a reply had been received from Eastern Rivers Water to the Committee’s letter about storm overflow discharges at Wrenhaven beach. The Democratic Services Officer (Scrutiny Support) confirmed that a reply had been received on 9 October 2025 and would be circulated to Members with the Committee’s action log.</p>
""",
    ),
    (
        "4",
        "Review of the Disabled Facilities Grant and Housing Adaptations Service",
        "<p>Report <strong>ES/2514</strong> of the Cabinet Member with responsibility for Housing.</p>",
        [
            ("ES-2514 Review of DFG and Housing Adaptations Service", "PDF 512 KB"),
            ("ES-2514 Appendix A - DFG performance data 2024-25", "PDF 201 KB"),
        ],
        False,
        """\
<p>The Committee received report <strong>ES/2514</strong> of the Cabinet Member with responsibility for Housing, which reviewed the delivery of Disabled Facilities Grants (DFGs) and the wider housing adaptations service in the district since the service had been brought back in-house from the county-wide home improvement agency on 1 April 2024. The review had been requested by the Committee at its meeting on 20 March 2025, following concerns raised by residents and Ward Members about the length of time being taken to complete adaptations.</p>
<p>The Cabinet Member with responsibility for Housing introduced the report and highlighted that the Council’s DFG allocation for 2025/26, received through the Better Care Fund, was £2.37m, an increase of 6% on the previous year. He stated that the in-house team had approved 214 grants in 2024/25, compared with 151 in the final year of the previous arrangement, and paid tribute to the staff of the Housing Adaptations Team. The Head of Private Sector Housing then gave a presentation which summarised the performance data set out in Appendix A to the report, the changes that had been made to the referral process and the introduction of a discretionary fast-track grant of up to £7,500 for stairlifts, ramps and level-access showers.</p>
<p>The Chair invited questions.</p>
<p>Councillor Ashdown asked how long residents were now waiting between an occupational therapist’s referral and the completion of works. The Head of Private Sector Housing replied that the average time had fallen from 41 weeks to 29 weeks over the year, but that major adaptations such as ground-floor extensions still took considerably longer because of the need for planning permission and building regulations approval.</p>
<p>Councillor Greening referred to paragraph 3.6 of the report and queried why the number of referrals received from the County Council’s occupational therapy service had dropped in the first quarter of 2025/26. The Housing Adaptations Manager explained that the County Council had carried a number of vacancies in its occupational therapy team over the summer, and that the Council had agreed to fund a trusted assessor post for twelve months so that straightforward cases could be assessed without waiting for an occupational therapist.</p>
<p>Councillor Dysart asked whether the Council was now spending its full allocation and what had happened to the underspends of previous years. In response, the Head of Private Sector Housing confirmed that the 2024/25 allocation had been fully committed for the first time in five years; the £1.1m carried forward from earlier years was being used to fund the discretionary fast-track grant and the trusted assessor post, in line with the Council’s Housing Assistance Policy.</p>
<p>Councillor Ellery expressed concern that tenants in privately rented homes were facing long delays where their landlords were slow to give consent for adaptations, or refused it altogether, and asked what more the Council could do. The Cabinet Member with responsibility for Housing acknowledged that this was a real frustration for tenants and their families, and advised that officers now contacted landlords at the point of referral rather than after the technical visit. The Head of Private Sector Housing added that the Council could not compel a landlord to give consent, but that the Council would offer to reinstate the property at the end of a tenancy where this would help.</p>
<p>The Vice-Chair asked whether the contractors carrying out the works were local firms and how their performance was monitored. The Housing Adaptations Manager stated that the Council had procured a framework of eight contractors in 2024, six of which were based in the district, and that each job was inspected on completion; contractors who failed to meet the agreed timescales were not offered further work until an improvement plan was in place.</p>
<p>Councillor Sadiq asked what feedback had been received from residents who had had adaptations completed. The Head of Private Sector Housing said that 94% of the 168 residents who had returned a satisfaction survey in 2024/25 had rated the service as good or excellent; the main complaints had related to communication while residents were waiting for works to start, which the new case-tracking system was intended to address.</p>
<p>Councillor Ashdown welcomed the dementia-friendly adaptations described in section 4 of the report and requested that future reports include anonymised case studies showing the difference that adaptations had made to residents’ lives.</p>
<p>The Chair invited debate.</p>
<p>Councillor Greening stated that the improvement in the service since it had been brought back in-house was clear from the figures, but that he remained concerned that the grant limit of £30,000, which had not changed since 2008, no longer reflected the cost of building work. Councillor Ellery agreed, and suggested that the Cabinet Member raise the matter with the District Councils’ Network.</p>
<p>On the proposition of Councillor Greening, seconded by Councillor Ellery, it was by a unanimous vote</p>
<p><strong>RESOLVED</strong></p>
<p>1. That the progress made in the delivery of Disabled Facilities Grants since the service was brought back in-house on 1 April 2024 be noted.</p>
<p>2. That the Cabinet Member with responsibility for Housing be asked to write to the Minister, through the District Councils’ Network, seeking a review of the £30,000 upper limit for mandatory Disabled Facilities Grants.</p>
<p>3. That a further update on waiting times for adaptations be brought to the Committee in October 2026.</p>
""",
    ),
    (
        "5",
        "Update from the County Council’s Health Scrutiny Committee",
        "<p>To receive a verbal update from the Council’s representative on the County Council’s Health Scrutiny Committee.</p>",
        [],
        False,
        """\
<p>In the absence of Councillor Carrow, the Council’s representative on the County Council’s Health Scrutiny Committee, the Chair read out a written update on that Committee’s meeting of 10 September 2025. The update reported that the County committee had considered ambulance response and hospital handover times across the county, and had received the outcome of the public consultation on the proposed permanent relocation of the inpatient beds at Kessford Community Hospital, on which the ICB would be asked to take a decision in November 2025. The County committee would consider the new integrated neighbourhood teams at its December meeting.</p>
<p>Councillor Hollis asked whether the County committee had looked at the effect of ambulance handover delays on residents in the rural wards of the district, where response times were already longer than in the towns.</p>
<p>Councillor Osmond commented that the relocation of the Kessford beds had caused great anxiety among older residents in his ward, and asked that the Council’s representative continue to press for a travel impact assessment.</p>
<p>The Committee noted the update and thanked Councillor Carrow for her report.</p>
""",
    ),
    (
        "6",
        "Access to GP and Primary Care Services in Wrenhaven",
        "<p>Report <strong>ES/2515</strong> of the Chair of the Scrutiny Committee.</p>",
        [
            ("ES-2515 Access to GP and Primary Care Services in Wrenhaven", "PDF 388 KB"),
            ("ES-2515 Appendix A - NHS Mid Anglia ICB briefing", "PDF 1 MB"),
            ("Presentation - NHS Mid Anglia ICB", "PDF 2 MB"),
        ],
        False,
        """\
<p>The Committee received report <strong>ES/2515</strong> of the Chair of the Scrutiny Committee, which set out the scope of the Committee’s review of access to GP and primary care services in Wrenhaven, agreed at its meeting on 19 June 2025, and introduced a briefing from NHS Mid Anglia Integrated Care Board (the ICB) attached as Appendix A. The Chair welcomed Helen Marsh, Associate Director of Primary Care at the ICB, and Dr Priya Venn, Clinical Director of the Wrenhaven and Coastal Primary Care Network (PCN), to the meeting.</p>
<p>Ms Marsh gave a presentation which outlined the ICB’s responsibilities for commissioning GP, community pharmacy and dental services, the number of patients registered with the three practices in Wrenhaven (31,460 at 1 September 2025, an increase of 9% since 2020), and the actions taken under the national Primary Care Access Recovery Plan, including the move to cloud-based telephony and online consultation tools. Dr Venn described the work of the PCN, which now employed 27 staff under the Additional Roles Reimbursement Scheme, including clinical pharmacists, physiotherapists, paramedics and care coordinators.</p>
<p>The Chair invited questions from the Committee.</p>
<p>The Chair asked how the growth in the town’s population, including the 1,400 homes allocated in the Local Plan at Wrenhaven Garden Neighbourhood, had been planned for. Ms Marsh stated that the ICB had been allocated £1.24m of Community Infrastructure Levy (CIL) funding by the Council towards an extension at Harbour Road Surgery, but that the scheme had been delayed by rising construction costs and by the need for the practice to agree the revenue implications of a larger building; a revised business case would go to the ICB’s Primary Care Commissioning Committee in January 2026. Councillor Hollis sought clarification on the number of patients per full-time GP in Wrenhaven compared with the national average, and Ms Marsh undertook to provide the figures after the meeting.</p>
<p>Councillor Greening asked why patients at Wrenhaven Medical Centre were still reporting being held in a telephone queue at 8am, only to be told that all of the appointments had gone. Dr Venn replied that the practice had moved to a cloud-based telephone system in May 2025 which offered a call-back option, and that since September all requests were being triaged by a clinician on the day, so that patients who did not need to be seen that day were no longer asked to call back the following morning.</p>
<p>Councillor Dysart expressed concern at reports that the ICB was considering the closure of the Holbeck St Mary branch surgery, which was the only surgery within six miles for many of the villages in his ward, and pointed out that the village had no bus service after 2pm on weekdays. Ms Marsh stated that no proposal had been received from the practice and no decision had been made, and gave an assurance that any proposal to close a branch surgery would be subject to engagement with patients, the Patient Participation Group and Ward Members before it was considered by the ICB.</p>
<p>With the consent of the Chair, Councillor Rowe, Ward Member for Wrenhaven North, asked what the ICB was doing about the closure of the Quayside Pharmacy in the town centre in August, which had left residents of the Marsh Lane estate with a round trip of over two miles to collect prescriptions. Ms Marsh explained that the pharmacy’s owners had given the required notice under the NHS pharmaceutical regulations and that the ICB had no power to require a contractor to remain open; the Health and Wellbeing Board had been asked to assess whether the closure had created a gap in provision, and the ICB would seek expressions of interest from other pharmacy contractors if it had.</p>
<p>Councillor Ashdown asked about the recruitment and retention of GPs in the town and whether the PCN was relying on locums. Dr Venn stated that two of the three practices had been unable to recruit to salaried GP vacancies for more than a year, and that coastal towns found it particularly difficult to attract younger GPs; locum cover was being used to fill around 14% of GP sessions. The additional roles had relieved some of the pressure, and the PCN was working with the ICB’s training hub to offer placements to GP trainees in the hope that they would stay.</p>
<p>Councillor Ellery asked what support was available in GP practices for people with mental health problems, particularly young people, given the waiting times for child and adolescent mental health services. Dr Venn advised that the PCN employed two mental health practitioners jointly with the mental health trust, who could see adults and young people aged 16 and over, and that the practices referred younger children to the school-based mental health support teams; she acknowledged, however, that waits for specialist CAMHS assessment remained too long.</p>
<p>Councillor Osmond asked whether the ICB had made any progress in improving access to NHS dentistry in the district. Ms Marsh said that the ICB had commissioned additional urgent dental care sessions at two practices in Wrenhaven and Melbridge from April 2025 and was supporting a new dental practice in Kessford, due to open in spring 2026, which would take on new NHS patients.</p>
<p>Councillor Greening requested that the results of the latest GP Patient Survey for the three Wrenhaven practices be shared with the Committee, together with the practices’ own Friends and Family Test results. Ms Marsh agreed to circulate these through the Democratic Services Officer.</p>
<p>The Chair invited debate.</p>
<p>Councillor Dysart stated that, while he was grateful to the representatives for attending, he did not consider that the ICB had given sufficient assurance about the future of the Holbeck St Mary branch surgery. He proposed an amendment to add a further recommendation, that the Chair write to the Secretary of State for Health and Social Care to ask that the branch surgery be protected from closure. The amendment was seconded by Councillor Ellery.</p>
<p>Upon being put to the vote, the amendment was LOST.</p>
<p>On the proposition of Councillor Ashdown, seconded by Councillor Sadiq, it was by a majority vote</p>
<p><strong>RESOLVED</strong></p>
<p>1. That the representatives of NHS Mid Anglia Integrated Care Board and the Wrenhaven and Coastal Primary Care Network be thanked for their attendance and for the information provided.</p>
<p>2. That the Scrutiny Committee RECOMMENDS to Cabinet that the Council works with the ICB and Harbour Road Surgery to ensure that the Community Infrastructure Levy funding allocated to the surgery extension is spent by March 2027.</p>
<p>3. That the ICB be asked to provide a written update to the Committee on the future of the Holbeck St Mary branch surgery, and on the closure of the Quayside Pharmacy, by 31 January 2026.</p>
<p>The meeting adjourned at 8.16pm and reconvened at 8.25pm.</p>
""",
    ),
    (
        "7",
        "Leisure Operating Contract – Annual Performance Report 2024/25",
        "<p>Report <strong>ES/2516</strong> of the Cabinet Member with responsibility for Communities, Leisure and Tourism.</p>",
        [
            ("ES-2516 Leisure Operating Contract Annual Performance Report 2024-25", "PDF 477 KB"),
            ("ES-2516 Appendix A - Active Lives Leisure annual report", "PDF 3 MB"),
        ],
        False,
        """\
<p>The Committee received report <strong>ES/2516</strong> of the Cabinet Member with responsibility for Communities, Leisure and Tourism, which set out the performance of Active Lives Leisure Ltd in the second year of the ten-year contract for the operation of the Council’s four leisure centres at Wrenhaven, Melbridge, Kessford and Holbeck. The Cabinet Member introduced the report and noted that visits had risen to 1.18 million in 2024/25, 7% above the contract target, and that the management fee paid to the Council by the operator had been £412,000.</p>
<p>The Chair invited questions.</p>
<p>Councillor Hollis asked whether the operator had sought to vary the contract because of the rise in energy costs. The Head of Communities confirmed that Active Lives Leisure had submitted a claim in February 2025 under the utilities clause of the contract; the claim had been independently assessed and the Council had agreed a one-off payment of £86,000, which had been met from the leisure reserve, and no further claim had been made.</p>
<p>Councillor Dysart raised concern about the closure of the main pool at Kessford Leisure Centre for eleven weeks over the summer for repairs to the pool hall roof, which had meant that swimming lessons for primary school children had been cancelled. Mr Lowe apologised for the disruption and explained that the repairs had been more extensive than expected once the roof had been opened up; all school swimming lessons had been rescheduled for the autumn term and season ticket holders had been offered a refund or a free month’s membership.</p>
<p>Councillor Ashdown asked how the leisure centres were helping to reduce health inequalities, and whether the GP exercise referral scheme was reaching people in the most deprived parts of the district. The Active Communities Manager advised that 1,126 people had been referred to the scheme in 2024/25, of whom 38% lived in the two most deprived wards; concessionary membership was now available to anyone in receipt of Universal Credit, and a new ‘Move More’ programme for people with long-term conditions was being funded by the Public Health team at the County Council.</p>
<p>Councillor Ellery asked whether all staff employed by the operator were paid at least the Real Living Wage, and whether the shortage of lifeguards reported last year had been resolved. Mr Lowe confirmed that all staff had been paid the Real Living Wage since April 2025, and that the company had trained 46 new lifeguards through its own academy, although the recruitment of swimming teachers remained difficult.</p>
<p>The Vice-Chair asked whether the Council had begun to consider the options for the leisure service when the contract came to an end in 2033, including bringing it back in-house or setting up a local authority trading company. The Cabinet Member with responsibility for Communities, Leisure and Tourism stated that it was too early to take a view, but that an options appraisal would be commissioned in 2030 and the Committee would be consulted as part of that work.</p>
<p>Councillor Sadiq commented that the refurbished changing village at Melbridge Leisure Centre had been well received by residents.</p>
<p>Councillor Greening left the meeting at 8.52pm.</p>
<p>On the proposition of Councillor Sadiq, seconded by Councillor Hollis, it was by a unanimous vote</p>
<p><strong>RESOLVED</strong></p>
<p>That the annual performance report on the Leisure Operating Contract for 2024/25 be received and noted.</p>
""",
    ),
    (
        "8",
        "Scrutiny Committee’s Forward Work Programme",
        "<p>To consider the Committee’s Forward Work Programme.</p>",
        [("Scrutiny Committee Forward Work Programme October 2025", "PDF 156 KB")],
        False,
        """\
<p>The Committee received its Forward Work Programme. The Chair reminded Members that the Committee’s annual scrutiny of the Cabinet’s draft budget proposals would take place at an extraordinary meeting on Thursday 22 January 2026.</p>
<p>Councillor Ellery requested that a review of the rising cost to the Council of temporary accommodation for homeless households be added to the work programme, noting that the Council had spent £1.9m on bed and breakfast and nightly-paid accommodation in 2024/25. The Democratic Services Officer (Scrutiny Support) advised that a scrutiny topic request form would be circulated to Councillor Ellery, and that the topic could be considered at the Committee’s meeting in November.</p>
<p>Councillor Hollis asked that the written update requested from the ICB under item 6 be added to the Committee’s action log.</p>
<p>On the proposition of Councillor Northcote, seconded by Councillor Osmond, it was by a unanimous vote</p>
<p><strong>RESOLVED</strong></p>
<p>That the Scrutiny Committee’s Forward Work Programme be agreed.</p>
""",
    ),
    (
        "9",
        "Exclusion of the Public and Press",
        "<p>The Committee is asked to consider whether, under Section 100A(4) of the Local Government Act 1972, the public should be excluded from the Meeting for the following item of business on the grounds that it may involve the likely disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A of the Act.</p>",
        [],
        False,
        """\
<p>On the proposition of Councillor Northcote, seconded by Councillor Dysart, it was by a unanimous vote</p>
<p><strong>RESOLVED</strong></p>
<p>That under Section 100A(4) of the Local Government Act 1972 the public be excluded from the Meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A of the Act.</p>
""",
    ),
    (
        "10",
        "Exempt Minutes",
        "<ul><li>Information relating to the financial or business affairs of any particular person (including the authority holding that information).</li></ul>",
        [],
        True,
        """\
<p>On the proposition of Councillor Northcote, seconded by Councillor Sadiq, it was by a unanimous vote</p>
<p><strong>RESOLVED</strong></p>
<p>That the Exempt Minutes of the Meeting held on 18 September 2025 be agreed as a correct record and signed by the Chair.</p>
""",
    ),
]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def item_rows() -> str:
    rows = []
    for number, title, agenda, docs, restricted, minutes in ITEMS:
        parts = [
            '<tr>',
            f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>',
            '<td>',
            f'<p class="mgAiTitleTxt"><a href="mgAi.aspx?ID={41230 + int(number)}" '
            f'title="Link to agenda item {number}">{esc(title)}</a></p>',
        ]
        if agenda:
            parts.append(f'<div class="mgWordPara">\n{agenda}\n</div>')
        if restricted:
            parts.append(
                '<p class="mgSubItemTitleTxt">Restricted enclosure</p>\n'
                f'<p><a href="mgWhyRestricted.aspx?ID={87320 + int(number)}">'
                f'View the reasons why document {number}. is restricted</a></p>'
            )
        if docs:
            parts.append('<div class="mgDocuments">')
            if len(docs) > 1:
                first, rest = docs[0], docs[1:]
                parts.append(
                    f'<ul class="mgBulletList"><li><a href="documents/s{61400 + int(number) * 7}/'
                    f'{esc(first[0]).replace(" ", "%20")}.pdf" class="mgPdfLnk">'
                    f'{esc(first[0])} <span class="mgFileSize">{first[1]}</span></a></li></ul>'
                )
                parts.append('<p class="mgSubItemTitleTxt">Additional documents:</p>')
                parts.append('<ul class="mgBulletList">')
                for k, (name, size) in enumerate(rest, 1):
                    parts.append(
                        f'<li><a href="documents/s{61400 + int(number) * 7 + k}/'
                        f'{esc(name).replace(" ", "%20")}.pdf" class="mgPdfLnk">'
                        f'{esc(name)} <span class="mgFileSize">{size}</span></a></li>'
                    )
                parts.append('</ul>')
            else:
                name, size = docs[0]
                parts.append(
                    f'<ul class="mgBulletList"><li><a href="documents/s{61400 + int(number) * 7}/'
                    f'{esc(name).replace(" ", "%20")}.pdf" class="mgPdfLnk">'
                    f'{esc(name)} <span class="mgFileSize">{size}</span></a></li></ul>'
                )
            parts.append('</div>')
        parts.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        parts.append(f'<div class="mgWordPara">\n{minutes}</div>')
        parts.append('</td>')
        parts.append('</tr>')
        rows.append("\n".join(parts))
    return "\n".join(rows)


def minutes_html() -> str:
    return f"""<!DOCTYPE html>
<!-- saved from url=(0085)https://saxmere.moderngov.co.uk/ieListDocuments.aspx?CId=412&MId=6183&Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Scrutiny Committee on Thursday, 16th October, 2025, 6.30 pm - Saxmere District Council</title>
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/mgStyles.css">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/site.css">
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
<script type="text/javascript">
  var mgTimeoutSeconds = 1200;
  function mgToggle(id) {{ var e = document.getElementById(id); if (e) {{ e.style.display = (e.style.display == 'none') ? '' : 'none'; }} }}
</script>
</head>
<body>
<div id="cookieBanner" class="cookie-banner">
<p>We use cookies to make this website work and to collect information about how you use it. <a href="https://www.saxmeredc.gov.uk/cookies">Cookie settings</a> <button type="button">Accept all cookies</button></p>
</div>
<a class="skip-link" href="#mgMainContent">Skip to content</a>
<header class="site-header">
<div class="logo"><a href="https://www.saxmeredc.gov.uk/"><img src="./ieListDocuments_files/sdc-logo.png" alt="Saxmere District Council"></a></div>
<nav class="site-nav">
<ul>
<li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Meetings calendar</a></li>
<li><a href="mgDelegatedDecisions.aspx?bcr=1">Officer decisions</a></li>
<li><a href="mgPlansHome.aspx?bcr=1">Forward Plan</a></li>
<li><a href="ieDocSearch.aspx?bcr=1">Search documents</a></li>
</ul>
</nav>
</header>
<div id="modgov">
<div class="mgBreadCrumbs">
<p><a href="https://www.saxmeredc.gov.uk/">Home</a> &gt; <a href="ieDocHome.aspx?bcr=1">Council and democracy</a> &gt; <a href="mgListCommittees.aspx?bcr=1">Committee structure</a> &gt; <a href="ieListMeetings.aspx?CommitteeId=412">Meetings</a> &gt; Agenda and minutes</p>
</div>
<div id="mgMainContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Scrutiny Committee - Thursday, 16th October, 2025 6.30 pm</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="ieListDocuments.aspx?CId=412&amp;MId=6183&amp;Ver=4&amp;Info=1">Meeting details</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=6183">Attendance details</a></li>
<li><a href="ieIssueDetails.aspx?MId=6183">Related issues</a></li>
<li><a href="mgMeetingLocation.aspx?ID=6183">Venue</a></li>
</ul>
</div>
<p><span class="mgLabel">Venue: </span>Kessel Conference Room, Saxmere House, Station Road, Melbridge, SX12 4RT. <a href="mgMeetingLocation.aspx?ID=6183">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Democratic Services  <a href="mailto:democraticservices@saxmeredc.gov.uk">Email: democraticservices@saxmeredc.gov.uk</a></p>
<p class="mgSubTitleTxt">Media</p>
<p><a href="https://saxmere.public-i.tv/core/portal/webcast_interactive/921104">View the webcast of this meeting</a></p>
<h2 class="mgSectionTitle">Attendance</h2>
{ATTENDANCE}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items for this meeting">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
{item_rows()}
</table>
<div class="mgDocuments">
<p class="mgSubItemTitleTxt">Supporting documents:</p>
<ul class="mgBulletList">
<li><a href="documents/g6183/Public%20reports%20pack%2016th-Oct-2025%2018.30%20Scrutiny%20Committee.pdf?T=10" class="mgPdfLnk">Public reports pack 16th-Oct-2025 18.30 Scrutiny Committee <span class="mgFileSize">PDF 6 MB</span></a></li>
<li><a href="documents/g6183/Printed%20minutes%2016th-Oct-2025%2018.30%20Scrutiny%20Committee.pdf?T=1" class="mgPdfLnk">Printed minutes 16th-Oct-2025 18.30 Scrutiny Committee <span class="mgFileSize">PDF 318 KB</span></a></li>
</ul>
</div>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.saxmeredc.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.saxmeredc.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.saxmeredc.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>© Saxmere District Council, Saxmere House, Station Road, Melbridge, SX12 4RT</p>
<p class="mgPoweredBy">Powered by <a href="https://www.moderngov.co.uk/">Modern.gov</a></p>
</footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_COVER = [
    ("Title of Report:", "Review of the Disabled Facilities Grant and Housing Adaptations Service"),
    ("Meeting Date", "16 October 2025"),
    ("Report Author and Tel No", "Claire Ormond, Head of Private Sector Housing\n01632 960 210"),
    ("Is the report Open or Exempt?", "Open"),
]

REPORT_COVER_2 = [
    ("Category of Exempt Information and reason why it is NOT in the public interest to disclose the exempt information.",
     "Not applicable"),
    ("Wards Affected:", "All Wards"),
    ("Cabinet Member:", "Councillor Martin Keble\nCabinet Member with responsibility for Housing"),
    ("Supporting Officer:", "Ben Tarrant\nHousing Adaptations Manager\nben.tarrant@saxmeredc.gov.uk"),
]

REPORT_SECTIONS = [
    ("h", "1. Purpose and high-level overview"),
    ("h2", "Purpose of Report:"),
    ("p", "This report responds to the request made by the Scrutiny Committee on 20 March 2025 for a review of the Disabled Facilities Grant (DFG) and housing adaptations service, eighteen months after the service was brought back in-house from the county-wide home improvement agency. It sets out performance in 2024/25, the changes made to the way referrals are handled, and the pressures on the service for the remainder of 2025/26."),
    ("h2", "Options:"),
    ("p", "The Committee is not asked to take a decision. It may wish to make recommendations to Cabinet on any aspect of the service, including the use of the Council's discretionary powers under its Housing Assistance Policy."),
    ("h2", "Recommendation/s:"),
    ("p", "That the Scrutiny Committee:"),
    ("p", "1. Notes the performance of the in-house Disabled Facilities Grant service in 2024/25, as set out in Appendix A."),
    ("p", "2. Considers whether it wishes to make any recommendations to Cabinet on the future delivery of the service."),
    ("h", "Corporate Impact Assessment"),
    ("h2", "Governance:"),
    ("p", "The Housing Assistance Policy was last approved by Cabinet on 5 March 2024. Any change to the discretionary grants would require a further Cabinet decision."),
    ("h2", "Financial:"),
    ("p", "The DFG allocation for 2025/26 is £2,370,412, received through the Better Care Fund. A balance of £1,104,000 was carried forward from previous years and is committed to the discretionary fast-track grant and a fixed-term trusted assessor post."),
    ("h2", "Human Resources:"),
    ("p", "The Housing Adaptations Team has 7.6 FTE posts, one of which is vacant."),
    ("h2", "Legal:"),
    ("p", "Mandatory grants are awarded under the Housing Grants, Construction and Regeneration Act 1996. The upper limit of a mandatory grant is £30,000."),
    ("h2", "Risk:"),
    ("p", "The main risks are the availability of occupational therapy assessments, the capacity of the contractor framework and rising construction costs."),
    ("h2", "External Consultees:"),
    ("p", "County Council Adult Social Care (Occupational Therapy Service); NHS Mid Anglia Integrated Care Board (Better Care Fund lead)."),
    ("h", "2. Background facts"),
    ("p", "2.1 Disabled Facilities Grants are mandatory grants for adaptations that allow disabled people to live independently and safely at home, such as stairlifts, level-access showers, ramps and, in a minority of cases, extensions. Referrals normally come from an occupational therapist employed by the County Council."),
    ("p", "2.2 Until 31 March 2024 the Council commissioned the county-wide home improvement agency to manage grant applications and works on its behalf. Following a review, Cabinet agreed on 5 December 2023 to deliver the service directly, and the Housing Adaptations Team was established on 1 April 2024."),
    ("h", "3. Current position"),
    ("p", "3.1 In 2024/25 the Council approved 214 grants (151 in 2023/24). The average time from referral to completion fell from 41 weeks to 29 weeks."),
    ("p", "3.2 Referrals from the Occupational Therapy Service fell in the first quarter of 2025/26 because of vacancies in that service. A trusted assessor post has been funded for twelve months from the carried-forward balance."),
    ("p", "3.3 Questions raised by Members at the briefing on 2 October 2025, and officers' responses, are summarised below."),
    ("qa", "Q. Why do tenants of private landlords wait longer for adaptations?"),
    ("qa", "A. The landlord's consent is needed before works can be approved. Officers now contact landlords at the point of referral."),
    ("qa", "Q. Could the Council raise the upper limit of the mandatory grant?"),
    ("qa", "A. The limit is set by Government. The Council can top up a grant through its discretionary policy, subject to Cabinet approval."),
    ("qa", "Q. Will the Council publish its waiting times?"),
    ("qa", "A. Quarterly figures will be published on the Council's website from January 2026."),
    ("h", "4. How to address current situation"),
    ("p", "4.1 Officers propose to retain the discretionary fast-track grant, to extend the contractor framework in 2026, and to report waiting times to the Committee annually."),
    ("h", "5. Reason/s for recommendation"),
    ("p", "5.1 To enable the Committee to scrutinise the performance of the service and to make any recommendations it considers appropriate to Cabinet."),
    ("h", "Appendices"),
    ("p", "Appendix A  DFG performance data 2024/25"),
    ("h", "Background reference papers:"),
    ("p", "Cabinet report ES/1792, Future delivery of the Disabled Facilities Grant service, 5 December 2023."),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):  # noqa: D401 - fpdf2 hook
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.cell(0, 6, f"{self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("ES-2514 Review of DFG and Housing Adaptations Service")
    pdf.set_author("Saxmere District Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Agenda Item 4", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "ES/2514", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 9, "SCRUTINY COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, "Thursday, 16 October 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def cover_table(rows):
        pdf.set_font("Sans", "", 10)
        with pdf.table(col_widths=(60, 106), line_height=6, first_row_as_headings=False) as table:
            for label, value in rows:
                row = table.row()
                row.cell(label)
                row.cell(value)

    cover_table(REPORT_COVER)
    pdf.ln(3)
    cover_table(REPORT_COVER_2)
    pdf.ln(6)

    for kind, text in REPORT_SECTIONS:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "qa":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Sans", "", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {
        "item": item,
        "kind": kind,
        "text": text,
        "asked_by": asked_by,
        "answer": answer,
        "given_by": given_by,
        "themes": themes,
    }


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Committee",
    "meeting_date": "2025-10-16",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        q("3", "question",
          "asked whether a reply had been received from Eastern Rivers Water",
          "Councillor Hollis",
          "a reply had been received on 9 October 2025",
          "Democratic Services Officer (Scrutiny Support)", []),
        q("4", "question",
          "asked how long residents were now waiting between an occupational therapist’s referral",
          "Councillor Ashdown",
          "the average time had fallen from 41 weeks to 29 weeks",
          "Head of Private Sector Housing", ["housing"]),
        q("4", "question",
          "queried why the number of referrals received from the County Council’s occupational therapy service",
          "Councillor Greening",
          "had carried a number of vacancies in its occupational therapy team",
          "Housing Adaptations Manager", ["housing", "workforce"]),
        q("4", "question",
          "asked whether the Council was now spending its full allocation",
          "Councillor Dysart",
          "had been fully committed for the first time in five years",
          "Head of Private Sector Housing", ["housing", "finance"]),
        q("4", "concern",
          "expressed concern that tenants in privately rented homes were facing long delays",
          "Councillor Ellery",
          "officers now contacted landlords at the point of referral",
          "Cabinet Member with responsibility for Housing", ["housing"]),
        q("4", "question",
          "asked whether the contractors carrying out the works were local firms",
          "Vice-Chair",
          "procured a framework of eight contractors in 2024",
          "Housing Adaptations Manager", ["housing", "subcontracting"]),
        q("4", "question",
          "asked what feedback had been received from residents who had had adaptations",
          "Councillor Sadiq",
          "had rated the service as good or excellent",
          "Head of Private Sector Housing", ["housing", "patient-and-public-input"]),
        q("4", "request",
          "requested that future reports include anonymised case studies",
          "Councillor Ashdown", None, None, ["housing"]),
        q("4", "concern",
          "he remained concerned that the grant limit of £30,000",
          "Councillor Greening", None, None, ["housing", "finance"]),
        q("4", "request",
          "suggested that the Cabinet Member raise the matter with the District Councils’ Network",
          "Councillor Ellery", None, None, ["housing"]),
        q("5", "question",
          "asked whether the County committee had looked at the effect of ambulance handover delays",
          "Councillor Hollis", None, None, []),
        q("5", "request",
          "asked that the Council’s representative continue to press for a travel impact assessment",
          "Councillor Osmond", None, None, []),
        q("6", "question",
          "asked how the growth in the town’s population, including the 1,400 homes",
          "Chair",
          "had been allocated £1.24m of Community Infrastructure Levy (CIL) funding",
          "Ms Marsh", ["primary-care", "finance"]),
        q("6", "question",
          "sought clarification on the number of patients per full-time GP in Wrenhaven",
          "Councillor Hollis",
          "Ms Marsh undertook to provide the figures after the meeting",
          "Ms Marsh", ["primary-care", "workforce"]),
        q("6", "question",
          "still reporting being held in a telephone queue at 8am",
          "Councillor Greening",
          "all requests were being triaged by a clinician on the day",
          "Dr Venn", ["primary-care"]),
        q("6", "concern",
          "expressed concern at reports that the ICB was considering the closure",
          "Councillor Dysart",
          "no proposal had been received from the practice and no decision had been made",
          "Ms Marsh", ["primary-care", "patient-and-public-input"]),
        q("6", "question",
          "asked what the ICB was doing about the closure of the Quayside Pharmacy",
          "Councillor Rowe",
          "the ICB had no power to require a contractor to remain open",
          "Ms Marsh", ["primary-care"]),
        q("6", "question",
          "asked about the recruitment and retention of GPs in the town",
          "Councillor Ashdown",
          "had been unable to recruit to salaried GP vacancies for more than a year",
          "Dr Venn", ["primary-care", "workforce"]),
        q("6", "question",
          "asked what support was available in GP practices for people with mental health problems",
          "Councillor Ellery",
          "employed two mental health practitioners jointly with the mental health trust",
          "Dr Venn", ["primary-care", "mental-health", "children-and-families"]),
        q("6", "question",
          "had made any progress in improving access to NHS dentistry",
          "Councillor Osmond",
          "had commissioned additional urgent dental care sessions at two practices",
          "Ms Marsh", ["primary-care"]),
        q("6", "request",
          "requested that the results of the latest GP Patient Survey",
          "Councillor Greening",
          "Ms Marsh agreed to circulate these through the Democratic Services Officer",
          "Ms Marsh", ["primary-care", "patient-and-public-input"]),
        q("7", "question",
          "asked whether the operator had sought to vary the contract",
          "Councillor Hollis",
          "the Council had agreed a one-off payment of £86,000",
          "Head of Communities", ["subcontracting", "finance"]),
        q("7", "concern",
          "raised concern about the closure of the main pool at Kessford Leisure Centre",
          "Councillor Dysart",
          "all school swimming lessons had been rescheduled for the autumn term",
          "Mr Lowe", ["children-and-families"]),
        q("7", "question",
          "asked how the leisure centres were helping to reduce health inequalities",
          "Councillor Ashdown",
          "of whom 38% lived in the two most deprived wards",
          "Active Communities Manager", ["public-health"]),
        q("7", "question",
          "whether all staff employed by the operator were paid at least",
          "Councillor Ellery",
          "all staff had been paid the Real Living Wage since April 2025",
          "Mr Lowe", ["workforce"]),
        q("7", "question",
          "asked whether the Council had begun to consider the options for the leisure service",
          "Vice-Chair",
          "an options appraisal would be commissioned in 2030",
          "Cabinet Member with responsibility for Communities, Leisure and Tourism",
          ["privatisation", "subcontracting"]),
        q("7", "comment",
          "the refurbished changing village at Melbridge Leisure Centre had been well received",
          "Councillor Sadiq", None, None, []),
        q("8", "request",
          "requested that a review of the rising cost to the Council of temporary accommodation",
          "Councillor Ellery",
          "a scrutiny topic request form would be circulated to Councillor Ellery",
          "Democratic Services Officer (Scrutiny Support)", ["housing", "finance"]),
        q("8", "request",
          "asked that the written update requested from the ICB under item 6",
          "Councillor Hollis", None, None, []),
    ],
    "resolutions": [
        r("3", "That the Minutes of the Meeting held on 18 September 2025 be agreed",
          "agreed", []),
        r("4", "the progress made in the delivery of Disabled Facilities Grants",
          "agreed", ["housing", "privatisation", "finance"]),
        r("5", "The Committee noted the update and thanked Councillor Carrow",
          "noted", []),
        r("6", "Upon being put to the vote, the amendment was LOST",
          "rejected", ["primary-care"]),
        r("6", "the Council works with the ICB and Harbour Road Surgery",
          "recommended", ["primary-care", "finance"]),
        r("7", "the annual performance report on the Leisure Operating Contract",
          "noted", ["subcontracting"]),
        r("8", "That the Scrutiny Committee’s Forward Work Programme be agreed",
          "agreed", []),
        r("9", "the public be excluded from the Meeting for the following item",
          "agreed", ["governance"]),
        r("10", "That the Exempt Minutes of the Meeting held on 18 September 2025",
          "agreed", []),
    ],
    "attendees": [
        a("Councillor Ruth Ashdown", None, "present"),
        a("Councillor Tom Dysart", None, "present"),
        a("Councillor Sian Ellery", None, "present"),
        a("Councillor Paul Greening", None, "present"),
        a("Councillor Derek Hollis", None, "present"),
        a("Councillor Jane Northcote", "Vice-Chair", "present"),
        a("Councillor Keith Osmond", None, "present"),
        a("Councillor Valerie Quinton", "Chair", "present"),
        a("Councillor Imran Sadiq", None, "present"),
        a("Councillor Martin Keble", "Cabinet Member with responsibility for Housing", "in_attendance"),
        a("Councillor Fiona Latchford",
          "Cabinet Member with responsibility for Communities, Leisure and Tourism", "in_attendance"),
        a("Councillor Anna Rowe", None, "in_attendance"),
        a("Lucy Fenwick", "Democratic Services Officer (Scrutiny Support)", "in_attendance"),
        a("Sarah Hemming", "Democratic Services Officer", "in_attendance"),
        a("Claire Ormond", "Head of Private Sector Housing", "in_attendance"),
        a("Natalie Price", "Active Communities Manager", "in_attendance"),
        a("Ben Tarrant", "Housing Adaptations Manager", "in_attendance"),
        a("Karen Ward", "Strategic Director", "in_attendance"),
        a("Graham Whitby", "Head of Communities", "in_attendance"),
        a("Gareth Lowe", "Contract Manager, Active Lives Leisure Ltd", "in_attendance"),
        a("Helen Marsh",
          "Associate Director of Primary Care, NHS Mid Anglia Integrated Care Board", "in_attendance"),
        a("Dr Priya Venn",
          "Clinical Director, Wrenhaven and Coastal Primary Care Network", "in_attendance"),
        a("Councillor Linda Carrow", None, "apologies"),
        a("Councillor Mark Penfold", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------


def gold_path(doc_name: str) -> Path:
    return GOLD / (Path(doc_name).stem + ".json")


def build() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        gold_path(gold["document"]).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")
    print(f"wrote {gold_path(MINUTES_NAME)}")
    print(f"wrote {gold_path(REPORT_NAME)}")


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_texts(path: Path) -> list[str]:
    """The document's text, extracted in each way a reader might."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return [soup.get_text(), soup.get_text(" ")]
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return ["\n".join(page.extract_text() or "" for page in pdf.pages)]
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    return [path.read_text(encoding="utf-8")]


def theme_slugs() -> set[str]:
    themes_file = HERE.parent.parent / "minutes" / "themes.yml"
    slugs = set()
    for line in themes_file.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z][a-z0-9-]*):\s*$", line)
        if m and m.group(1) != "ignore_names":
            slugs.add(m.group(1))
    return slugs


KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE_VALUES = {"present", "apologies", "in_attendance", "absent"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "issue", "other"}


def check() -> int:
    problems: list[str] = []
    slugs = theme_slugs()
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        doc = DOCS / gold["document"]
        gpath = gold_path(gold["document"])
        if not doc.exists() or not gpath.exists():
            problems.append(f"{gold['document']}: not built (run without --check first)")
            continue
        on_disk = json.loads(gpath.read_text(encoding="utf-8"))
        if on_disk != gold:
            problems.append(f"{gpath.name}: differs from the script's gold (rebuild)")
        if gold["doc_type"] not in DOC_TYPES:
            problems.append(f"{gpath.name}: bad doc_type {gold['doc_type']}")
        texts = [normalise(t) for t in document_texts(doc)]
        if not any(texts):
            problems.append(f"{doc.name}: no text extracted")
        if gold["doc_type"] != "minutes":
            if set(gold) != {"document", "doc_type"}:
                problems.append(f"{gpath.name}: a document that is not minutes has extra keys")
            continue
        numbers = {it["number"] for it in gold["items"]}
        for it in gold["items"]:
            if normalise(it["title"]) not in texts[0]:
                problems.append(f"item {it['number']} title not found: {it['title']}")

        def phrase_ok(label: str, phrase: str) -> None:
            words = normalise(phrase).split()
            if not 6 <= len(words) <= 15:
                problems.append(f"{label}: {len(words)} words: {phrase!r}")
            for t in texts:
                n = t.count(" ".join(words))
                if n != 1:
                    problems.append(f"{label}: found {n} times: {phrase!r}")
                    break

        for i, row in enumerate(gold["questions"]):
            label = f"question {i} (item {row['item']})"
            if row["item"] not in numbers:
                problems.append(f"{label}: unknown item")
            if row["kind"] not in KINDS:
                problems.append(f"{label}: bad kind {row['kind']}")
            phrase_ok(label + " text", row["text"])
            if row["answer"] is not None:
                phrase_ok(label + " answer", row["answer"])
            elif row["given_by"] is not None:
                problems.append(f"{label}: given_by without an answer")
            for th in row["themes"]:
                if th not in slugs:
                    problems.append(f"{label}: unknown theme {th}")
        for i, row in enumerate(gold["resolutions"]):
            label = f"resolution {i} (item {row['item']})"
            if row["item"] not in numbers:
                problems.append(f"{label}: unknown item")
            if row["outcome"] not in OUTCOMES:
                problems.append(f"{label}: bad outcome {row['outcome']}")
            phrase_ok(label, row["text"])
            for th in row["themes"]:
                if th not in slugs:
                    problems.append(f"{label}: unknown theme {th}")
        for row in gold["attendees"]:
            if row["attendance"] not in ATTENDANCE_VALUES:
                problems.append(f"attendee {row['name']}: bad attendance")
            if normalise(row["name"]) not in texts[0]:
                problems.append(f"attendee {row['name']}: name not in the document")
            if row["role"] and normalise(row["role"]) not in texts[0]:
                problems.append(f"attendee {row['name']}: role not in the document")
        if normalise(gold["committee"]) not in texts[0]:
            problems.append("committee name not in the document")

    for p in problems:
        print("FAIL:", p)
    if not problems:
        print("check passed: every gold phrase occurs exactly once in its document")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
