#!/usr/bin/env python3
"""Build the "qn-" documents (round 228) and their gold annotations.

Usage:  build_qn.py           build documents/qn-* and gold/qn-*.json
        build_qn.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qn-carrowden-fellwick-asch-select-committee-2025-03-12.html"
NEWS_NAME = "qn-carrowden-fellwick-news-home-care-contracts-2025-03-18.html"

COUNCIL = "The Royal Borough of Carrowden and Fellwick"
COMMITTEE = "Adult Social Care and Health Select Committee"


# ---------------------------------------------------------------------------
# Page furniture shared by both pages
# ---------------------------------------------------------------------------

def page_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css" type="text/css">
<link rel="stylesheet" href="/assets/rbcf-main.css" type="text/css">
<link rel="icon" href="/assets/favicon.ico">
</head>
<body class="rbcf">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
<p><button type="button" class="btn">Accept analytics cookies</button> <button type="button" class="btn btn--secondary">Reject analytics cookies</button> <a href="/cookies">View cookies</a></p>
</div>
<a class="skip-link" href="#mainContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__inner">
<a class="site-header__logo" href="/"><img src="/assets/rbcf-crest.svg" alt="{COUNCIL} - home page" width="220" height="64"></a>
<form class="site-search" action="/search" method="get"><label for="q" class="visually-hidden">Search this site</label><input type="search" id="q" name="q" placeholder="Search this site"><button type="submit">Search</button></form>
</div>
<nav class="site-nav" aria-label="Main menu">
<ul>
<li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council Tax</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/health-and-social-care">Health and social care</a></li>
<li><a href="/parking">Parking</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/news">News</a></li>
<li><a href="/contact-us">Contact us</a></li>
</ul>
</nav>
</header>
"""


PAGE_FOOT = f"""<footer class="site-footer">
<div class="site-footer__inner">
<ul class="site-footer__links">
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/foi">Freedom of information</a></li>
<li><a href="/contact-us">Contact us</a></li>
<li><a href="/jobs">Jobs</a></li>
</ul>
<p>Carrowden Town Hall, Aldersey Street, London W15 3QX. Telephone 020 7946 0000.</p>
<p>&copy; {COUNCIL}</p>
<p><a href="#top">Back to top</a></p>
</div>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page (ieListDocuments.aspx)
# ---------------------------------------------------------------------------

def doc_links(links: list[tuple[str, str]]) -> str:
    if not links:
        return ""
    rows = "\n".join(
        f'<li><a href="/documents/s{2900 + i * 7}/{re.sub(r"[^A-Za-z0-9]+", "%20", name)}.pdf" '
        f'class="mgPdfLink" title="Link to document">{name}'
        f'<span class="mgFileSize"> PDF {size}</span></a></li>'
        for i, (name, size) in enumerate(links))
    return f'<ul class="mgBulletList">\n{rows}\n</ul>\n'


def item(number: str, anchor: int, title: str, agenda: str, links, minutes: str) -> str:
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI{anchor}"></a>{number}</p></td>
<td>
<p class="mgAiTitleTxt">{title}</p>
<div class="mgWordPara"><p>{agenda}</p></div>
{doc_links(links)}<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{minutes.strip()}
</div>
</td>
</tr>
"""


ATTENDANCE = """<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgAttendance">
<table class="mgAttendanceTbl" summary="Attendance at the meeting">
<tr><th scope="row" class="mgAttLabel">Members of the Committee present:</th>
<td><p>Councillor Marianne Tolland (Chair)<br>
Councillor Kwame Osei-Barrett (Vice-Chair)<br>
Councillor Priyanka Desborough<br>
Councillor Roisin Hallworth<br>
Councillor Felix Marchbank<br>
Councillor Tobias Quennell<br>
Councillor Hana Rezaei (Substitute)</p></td></tr>
<tr><th scope="row" class="mgAttLabel">Co-opted Member (non-voting):</th>
<td><p>Ms Yewande Coker-Bright, Healthwatch Carrowden and Fellwick</p></td></tr>
<tr><th scope="row" class="mgAttLabel">Apologies:</th>
<td><p>Councillor Gideon Ashplant<br>
Councillor Lucinda Ferrars-Boyd</p></td></tr>
<tr><th scope="row" class="mgAttLabel">Lead Members in attendance:</th>
<td><p>Councillor Imogen Pask, Lead Member for Adult Social Care and Public Health<br>
Councillor Rupert Vassell, Lead Member for Housing (for item A8)</p></td></tr>
<tr><th scope="row" class="mgAttLabel">Officers:</th>
<td><p>Ms Carys Underhill-Joyce &ndash; Bi-Borough Executive Director of Adult Social Care and Health<br>
Dr Anand Velupillai &ndash; Bi-Borough Director of Public Health<br>
Mr Owain Trethewey &ndash; Head of Commissioning (Adult Social Care)<br>
Mr Jonah Pettifer &ndash; Director of Housing Needs<br>
Ms Leonie Farquharson &ndash; Trading Standards Manager<br>
Ms Beatrix Ndlovu-Hart &ndash; Governance Officer</p></td></tr>
<tr><th scope="row" class="mgAttLabel">Also in attendance:</th>
<td><p>Dr Saoirse Kenwright &ndash; Associate Director of Primary Care Commissioning, Riverwest Integrated Care Board<br>
Dr Femi Adekunle-Price &ndash; Consultant in Dental Public Health, Riverwest Integrated Care Board<br>
Mr Declan Mordaunt &ndash; Deputy Director of Operations, Fellwick and Saltings Hospitals NHS Foundation Trust</p></td></tr>
</table>
</div>
"""

A1 = """
<p>Apologies for absence were received from Councillor Gideon Ashplant and Councillor Lucinda Ferrars-Boyd. Councillor Hana Rezaei attended as substitute for Councillor Ashplant.</p>
<p>Ms Yewande Coker-Bright had given notice that she would be late; she joined the meeting at 6.48 pm, during item A4.</p>
"""

A2 = """
<p>Councillor Roisin Hallworth declared a non-pecuniary interest in item A6 (Access to NHS Dentistry) as a patient of the Brackley Mews Dental Practice, which was referred to in the report, and as the chair of its patient group. She remained in the meeting and took part in the discussion.</p>
<p>Councillor Tobias Quennell stated, in relation to item A5, that a member of his family was employed as a care worker by one of the home care providers whose contract was ending. Having taken advice from the Governance Officer, he did not consider this to be a pecuniary interest and remained in the meeting.</p>
<p>No other interests were declared.</p>
"""

A3 = """
<p>The minutes of the meeting held on 22 January 2025 were agreed as a correct record, subject to the job title of Ms Priscilla Durrant in minute A6 being corrected to read &lsquo;Head of Safeguarding Adults&rsquo;, and were signed by the Chair.</p>
<p><strong>Matters arising</strong></p>
<p>The Chair reported that the written information requested at the last meeting on the number of safeguarding enquiries concluded within 28 days had been circulated to Members by email on 4 February 2025. The remaining actions were shown on the action tracker at item A9.</p>
"""

A4 = """
<p>The Chair reported that three questions had been received from residents by the deadline of noon on Friday 7 March 2025. The questions, together with the written responses of Councillor Imogen Pask, Lead Member for Adult Social Care and Public Health, had been published on the Council&rsquo;s website on the afternoon of the meeting and copies had been placed in the Chamber. They are set out below.</p>
<table class="mgPublicQuestions" border="1" cellpadding="4" summary="Public questions and written responses">
<tr><th>No.</th><th>Question from</th><th>Question</th><th>Written response</th></tr>
<tr>
<td>1</td>
<td>Mrs Adaeze Kilbride, Sallowby ward</td>
<td>&ldquo;My mother has had home care from the same agency for four years. We have now been told that her care will move to a new provider in June under the new contracts. How many people will have to change their carer because of the tender, and what is being done so that people can keep the care workers they know?&rdquo;</td>
<td>Thank you for your question. Around 310 of the 1,140 people who currently receive home care arranged by the Council are supported by providers that were not successful in the tender. Care workers employed by those providers will have the right to transfer to the new providers under TUPE, and we expect most people to keep the same care workers. Everyone affected will be visited by a social worker or care manager before their care moves, and no one will move without a named contact at the new provider. Families with concerns can ring the home care transition team on 020 7946 0418.</td>
</tr>
<tr>
<td>2</td>
<td>Mr Terence Mulhearn, Carrowden Village ward</td>
<td>&ldquo;I have been trying to find an NHS dentist for my two children since our practice on Fallow Lane stopped taking NHS patients last summer. The NHS website shows practices as accepting new patients, but when I ring them they are not. Will the Council ask the Integrated Care Board to keep that list up to date, and what can parents do in the meantime?&rdquo;</td>
<td>NHS dental services are commissioned by Riverwest Integrated Care Board rather than by the Council. I have raised the accuracy of the online information with the Board, which has agreed to write to every practice in the borough reminding them that they must update their status at least every 90 days. In the meantime, children who need urgent treatment can be seen at the dental access sessions held at Fellwick Health Centre on Tuesday and Saturday mornings, which are booked through NHS 111. The Committee will consider access to NHS dentistry at item A6 this evening.</td>
</tr>
<tr>
<td>3</td>
<td>Ms Genevieve Ostrowska, on behalf of Fellwick Parents Against Vaping</td>
<td>&ldquo;Disposable vapes will be banned from 1 June, but pupils at my daughter&rsquo;s school say they can still buy refillable vapes in shops near the school gates. How many shops in the borough have been caught selling vapes to under-18s in the last year, and how many have been prosecuted?&rdquo;</td>
<td>Between April 2024 and January 2025 Trading Standards officers carried out 64 test purchases of vapes at 41 premises, and a sale was made to the young volunteer on 13 occasions. Two businesses have been prosecuted, four have accepted simple cautions, and the others have received warning letters and repeat visits. From 1 June 2025 officers will enforce the ban on single-use vapes at every retailer, whether or not sales are being made to children.</td>
</tr>
</table>
<p><strong>Supplementary questions</strong></p>
<p>Mrs Kilbride asked whether her mother would be told the name of her new care worker before the first visit. Councillor Pask replied that the transition team would give each person the name of their new care worker, with a photograph, at least a week before the first visit, and that she would ask officers to confirm this to Mrs Kilbride in writing.</p>
<p>Mr Mulhearn said that NHS 111 had twice told him that no sessions were available and asked how many urgent dental access appointments were offered each week in the borough. Councillor Pask said that she did not have the figure to hand and undertook to send Mr Mulhearn a written reply after the meeting.</p>
<p>Ms Ostrowska asked whether the Council would ask schools to report shops that were selling vapes to their pupils. At the invitation of the Lead Member, the Bi-Borough Director of Public Health responded that a reporting form had been shared with all secondary schools in January and that the eleven reports received so far had each been passed to Trading Standards for a visit.</p>
<p>The Committee noted the questions and the written responses.</p>
"""

A5 = """
<p>Councillor Imogen Pask, Lead Member for Adult Social Care and Public Health, introduced the report, which set out the outcome of the tender for home care services carried out between September and December 2024. She reminded Members that the Committee had scrutinised the proposed model in July 2024 and that several of its recommendations, including the requirement that care workers be paid for travel time, had been written into the specification.</p>
<p>Mr Owain Trethewey, Head of Commissioning (Adult Social Care), explained that the borough had been divided into four zones, each with a lead provider and a second provider, and that 27 bids had been received from 14 organisations. Contracts had been awarded to five providers, three of which already worked in the borough. The contracts would run for five years from 2 June 2025, with the option of a two-year extension, and had an estimated total value of &pound;118 million over the full term. The average hourly rate paid by the Council would rise from &pound;22.40 to &pound;25.10.</p>
<p>The Chair invited questions from Members. The following matters were raised.</p>
<p><strong>Continuity of care.</strong> Cllr Marchbank asked how the Council would make sure that people did not lose their regular care worker on 2 June. Mr Trethewey said that care workers employed by the outgoing providers had the right to transfer to the new providers and that, from the staff consultation so far, around 70 per cent were expected to do so. People would move across in three phases between June and August rather than on a single day.</p>
<p><strong>Local providers.</strong> Cllr Hallworth expressed concern that two long-established local providers, both small family firms, had not been successful while a national company with no office in the borough had won two zones. She asked what weight had been given to local knowledge. The Committee was informed that the evaluation had been 60 per cent quality and 40 per cent price, that knowledge of the borough&rsquo;s communities had formed part of the quality questions, and that the national provider had committed to opening an office on Fellwick High Street before the contracts began.</p>
<p><strong>Subcontracting.</strong> Cllr Osei-Barrett sought an assurance that lead providers would not be able to pass packages of care on to other agencies. Officers gave the assurance that subcontracting was not permitted without the Council&rsquo;s written consent, that consent would be given only in an emergency and for no more than 28 days, and that this would be checked at the monthly contract meetings.</p>
<p><strong>Pay and travel time.</strong> Cllr Desborough asked whether the increase in the hourly rate would actually reach care workers. Mr Trethewey replied that every contract required providers to pay at least the London Living Wage and to pay for travel time between visits, and that providers would have to evidence this each quarter through samples of their payroll.</p>
<p><strong>Affordability.</strong> Cllr Rezaei asked how the higher rates would be paid for, given the pressures on the adult social care budget. Ms Carys Underhill-Joyce, Bi-Borough Executive Director of Adult Social Care and Health, explained that &pound;3.2 million had been set aside in the 2025/26 budget agreed by Council on 26 February and that the Council would continue to press the Government for a longer-term settlement for social care.</p>
<p><strong>Trade unions.</strong> Cllr Quennell said that he had heard from care workers who were anxious about changes to their rotas, and asked that the recognised trade unions be kept informed throughout the transfer.</p>
<p><em>ACTION: Head of Commissioning to share the mobilisation timetable with UNISON and GMB.</em></p>
<p><strong>Healthwatch.</strong> Ms Coker-Bright said that Healthwatch would be willing to gather the experiences of people using home care during the transfer and asked whether the Council would share the contact details of the transition team. The Executive Director welcomed the offer and agreed that this would be done.</p>
<p>RESOLVED: That the Committee:</p>
<p>(a) notes the outcome of the home care tender and the arrangements for mobilising the new contracts; and</p>
<p>(b) asks that a report on the first three months of the new contracts, including the number of people who changed care worker, be brought to its meeting in October 2025.</p>
"""

A6 = """
<p>The Chair welcomed Dr Saoirse Kenwright, Associate Director of Primary Care Commissioning, and Dr Femi Adekunle-Price, Consultant in Dental Public Health, both of Riverwest Integrated Care Board.</p>
<p>Dr Kenwright presented the report. She said that 58 per cent of the borough&rsquo;s adults had seen an NHS dentist in the 24 months to December 2024, compared with 63 per cent across London. There were 29 practices in the borough holding NHS contracts, six of which had handed back their contract or reduced their NHS activity in the last two years. The Board had commissioned 8,400 additional urgent appointments across its area in 2024/25 through dental access sessions, and from April 2025 a flexible commissioning scheme would pay practices to see patients who had not seen a dentist for two years or more.</p>
<p>Members&rsquo; questions and the responses given are summarised below.</p>
<p><strong>Children&rsquo;s oral health.</strong> Cllr Desborough referred to paragraph 4.3 of the report, which showed that 31 per cent of five-year-olds in the borough had visible tooth decay, and asked what was being done in schools. Dr Adekunle-Price said that the supervised toothbrushing programme run with the Council&rsquo;s public health team now covered 44 nurseries and reception classes in the most deprived wards, and that fluoride varnish was being offered at two of the family hubs.</p>
<p><strong>Practices leaving the NHS.</strong> Cllr Marchbank asked why practices were reducing their NHS work. Dr Kenwright explained that the national contract did not meet the cost of complex treatment and that practices found it more viable to offer treatment privately; the Board could not change the national contract but had raised the matter with NHS England.</p>
<p><strong>Waiting times.</strong> Cllr Osei-Barrett asked how long residents were waiting for a routine appointment. The Committee heard that no waiting list was held, as patients were not registered with a dental practice, but that the Board&rsquo;s dental helpline reported an average wait of nine weeks for a routine NHS appointment in the borough.</p>
<p><strong>Information for patients.</strong> Ms Coker-Bright said that Healthwatch had received 112 calls about dentistry in the last quarter, more than on any other subject, and requested that the Board publish a monthly list of practices accepting new NHS patients. Dr Kenwright agreed to look into this and to report back to the Committee.</p>
<p><strong>Care homes.</strong> Cllr Rezaei asked what dental care was available to residents of care homes, many of whom could not travel to a practice. She was told that a domiciliary dental service visited care homes on referral and that the Board was considering a pilot, from the autumn, under which each care home would be linked to a named practice.</p>
<p>Cllr Hallworth commented that the report did not say how many of the additional urgent appointments had actually been used.</p>
<p>RESOLVED: That the report be noted.</p>
<p>RECOMMENDED to Riverwest Integrated Care Board that it publishes each month a list of the dental practices in the borough accepting new NHS patients, and that it reports to the Committee by September 2025 on the take-up of urgent dental appointments.</p>
"""

A7 = """
<p>Dr Anand Velupillai, Bi-Borough Director of Public Health, and Ms Leonie Farquharson, Trading Standards Manager, introduced the report. Dr Velupillai said that the Council&rsquo;s 2024 school health survey had found that 19 per cent of pupils in Year 10 had vaped in the previous month, up from 12 per cent in 2022. Vaping remained far less harmful than smoking and was an effective aid to quitting for adult smokers, and the Council&rsquo;s aim was to stop children taking up vaping without putting adult smokers off switching. Ms Farquharson summarised the enforcement activity described in the response to public question 3 and the preparations for the ban on single-use vapes from 1 June 2025.</p>
<p>The Chair invited questions from Members. The following matters were raised.</p>
<p><strong>The survey.</strong> Cllr Marchbank asked whether the survey results could be relied on, given that only 14 of the borough&rsquo;s 19 secondary schools had taken part. Dr Velupillai accepted that the survey was not complete but said that the results were consistent with the national surveys of young people.</p>
<p><strong>Messages for young people.</strong> The Chair asked what messages were being given to young people and whether young people had helped to shape them. Members were advised that the &lsquo;Not Your Flavour&rsquo; campaign had been co-designed with the Youth Council and pupils from three schools, and had been seen more than 40,000 times on social media since its launch in November.</p>
<p><strong>Capacity of Trading Standards.</strong> Cllr Quennell expressed concern that the Trading Standards team had only 3.5 full-time equivalent officers for the whole borough. Ms Farquharson confirmed that the team was small but said that it had been allocated &pound;86,000 of new national enforcement funding for 2025/26, which would pay for a further officer for two years.</p>
<p><em>(Councillor Quennell left the meeting at 8.12 pm.)</em></p>
<p><strong>Disposal.</strong> Cllr Desborough raised the number of vapes being thrown into household bins, where their batteries had caused fires in refuse vehicles. The Committee was told that collection points for used vapes had been placed in all six of the borough&rsquo;s libraries and that every shop selling vapes was required to take them back.</p>
<p>RESOLVED: That the Committee:</p>
<p>(a) notes the report;</p>
<p>(b) supports the extension of the &lsquo;Not Your Flavour&rsquo; campaign to every secondary school in the borough from September 2025; and</p>
<p>(c) asks the Bi-Borough Director of Public Health to circulate the full results of the 2024 school health survey to Members.</p>
"""

A8 = """
<p>Mr Jonah Pettifer, Director of Housing Needs, and Mr Declan Mordaunt, Deputy Director of Operations, Fellwick and Saltings Hospitals NHS Foundation Trust, introduced the report. In 2024 the Trust had discharged 214 patients from Saltings Hospital who had no settled home. Since May 2024 two housing officers had been based at the hospital as a joint Hospital Housing Team, and twelve step-down flats at Penrose Court had been used for patients who were well enough to leave hospital but had nowhere safe to go. The average time from a patient being medically fit to their discharge had fallen from eleven days to four for this group.</p>
<p>Councillor Rupert Vassell, Lead Member for Housing, said that the team had been one of the most effective pieces of joint work between the Council and the Trust and that he wished to thank the staff involved.</p>
<p>In the discussion that followed:</p>
<p><strong>Discharges to the street.</strong> Cllr Osei-Barrett asked how many patients had been discharged with nowhere to sleep in the last year. Mr Pettifer said that the team knew of nine cases, each of which had been reviewed with the Trust, and that in every case the patient had declined the accommodation offered.</p>
<p><strong>Use of Penrose Court.</strong> Cllr Hallworth asked whether the step-down flats were being used for people who should be in residential care. The Committee heard that the average stay was 34 days and that four people had stayed longer than twelve weeks while a care home place was found for them.</p>
<p><strong>Suitability of temporary accommodation.</strong> Cllr Rezaei expressed concern that patients discharged to bed and breakfast accommodation might not be able to manage stairs or shared bathrooms. Mr Pettifer said that no one assessed by the hospital therapists as needing level access was placed in such accommodation, and that the team telephoned each person placed on the day after discharge.</p>
<p><strong>Funding.</strong> The Chair asked whether the Hospital Housing Team would continue after March 2026, when its current funding ended. The Executive Director said that the posts were funded through the Better Care Fund, that the Council and the Integrated Care Board would decide on the 2026/27 plan in the autumn, and that the evaluation in the report would be used to make the case for the team.</p>
<p>The Committee noted the report and thanked the officers and the Trust for attending.</p>
"""

A9 = """
<p>The Committee considered its draft work programme for 2025/26 and the action tracker. Members noted that the actions arising from the January meeting had been completed, other than the briefing on community mental health services, which had been postponed at the request of the Trust.</p>
<p>Cllr Desborough requested that an item on waiting times for adult autism and ADHD assessments be added to the work programme, as some residents had been waiting for more than two years. The Chair agreed, and the Governance Officer said that this could be scheduled for the meeting on 15 October 2025.</p>
<p>AGREED: That the work programme for 2025/26 be approved, subject to the addition of an item on adult autism and ADHD assessment waiting times.</p>
<p>The Chair reported that the Care Quality Commission had asked that the item on the quality of nursing care in the borough&rsquo;s care homes be heard after its inspections in the spring had been published.</p>
<p>AGREED: That consideration of the quality of nursing care in care homes be deferred to the meeting on 9 July 2025.</p>
"""

A10 = """
<p>The Chair reported that this was the last meeting of the Committee to be supported by Ms Beatrix Ndlovu-Hart, who was moving to support the Planning Applications Committee, and thanked her for her work over the past three years.</p>
<p>The next meeting would be held on Wednesday 14 May 2025 at 6.30 pm in the Council Chamber, Carrowden Town Hall.</p>
<p>The meeting ended at 9.14 pm.</p>
"""

ITEMS = [
    ("A1", 5101, "Apologies for Absence and Substitute Members",
     "To receive apologies for absence and to note the attendance of any substitute Members.",
     [], A1),
    ("A2", 5102, "Declarations of Interest",
     "Members are asked to declare any disclosable pecuniary interests, or other "
     "registrable or non-registrable interests, in matters on this agenda.",
     [], A2),
    ("A3", 5103, "Minutes of the Meeting held on 22 January 2025",
     "To approve the minutes of the meeting held on 22 January 2025 as a correct record.",
     [("Minutes 22 January 2025", "286 KB")], A3),
    ("A4", 5104, "Public Questions",
     "To receive questions from members of the public submitted in accordance with "
     "paragraph 14 of the Select Committee Procedure Rules. Written responses will be "
     "circulated at the meeting.",
     [("Public questions and written responses 12 March 2025", "198 KB")], A4),
    ("A5", 5105, "Home Care Re-procurement: Outcome of the Tender and Mobilisation",
     "Report by the Bi-Borough Executive Director of Adult Social Care and Health.",
     [("Home care re-procurement report", "534 KB"),
      ("Appendix 1 - Map of home care zones", "1 MB"),
      ("Appendix 2 - Mobilisation plan", "402 KB")], A5),
    ("A6", 5106, "Access to NHS Dentistry",
     "Report by Riverwest Integrated Care Board.",
     [("Access to NHS dentistry - ICB report", "611 KB")], A6),
    ("A7", 5107, "Youth Vaping: Prevention and Enforcement",
     "Joint report by the Bi-Borough Director of Public Health and the Trading Standards "
     "Manager.",
     [("Youth vaping report", "389 KB"),
      ("Appendix A - School health survey 2024 summary", "245 KB")], A7),
    ("A8", 5108, "Hospital Discharge for People who are Homeless or at Risk of Homelessness",
     "Report by the Director of Housing Needs and Fellwick and Saltings Hospitals NHS "
     "Foundation Trust. The Lead Member for Housing will attend for this item.",
     [("Hospital discharge and homelessness report", "477 KB")], A8),
    ("A9", 5109, "Work Programme 2025/26 and Action Tracker",
     "Report by the Governance Officer.",
     [("Work programme 2025-26", "142 KB"), ("Action tracker", "96 KB")], A9),
    ("A10", 5110, "Any Other Business and Date of Next Meeting",
     "To consider any other business which the Chair considers urgent, and to note that "
     "the next meeting will be held on 14 May 2025.",
     [], A10),
]


def minutes_html() -> str:
    title = (f"Agenda and minutes - {COMMITTEE} - Wednesday, 12th March, 2025 6.30 pm"
             f" | {COUNCIL}")
    rows = "".join(item(*it) for it in ITEMS)
    return page_head(title) + f"""<nav class="breadcrumb" aria-label="Breadcrumb">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/mgListCommittees.aspx">Committees</a></li>
<li><a href="/ieListMeetings.aspx?CId=412">{COMMITTEE}</a></li>
<li>Agenda and minutes</li>
</ol>
</nav>
<main id="mainContent">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle">
<h2 class="mgSubTitleTxt">{COMMITTEE} - Wednesday, 12th March, 2025 6.30 pm</h2>
</div>
<ul class="mgActionList">
<li><a href="/mgCalendarMonthView.aspx">Calendar</a></li>
<li><a href="/ieListMeetings.aspx?CId=412">Other meetings of this committee</a></li>
<li><a href="/mgMeetingAttendance.aspx?ID=6391">Attendance</a></li>
<li><a href="/mgIssueHistoryHome.aspx?IId=6391">Issue histories</a></li>
<li><a href="/ieListDocuments.aspx?CId=412&amp;MId=6391&amp;Ver=4&amp;Print=1">Printable version</a></li>
</ul>
<p><span class="mgLabel">Venue: </span>Council Chamber, Carrowden Town Hall, Aldersey Street, London W15 3QX. <a href="/mgLocationDetails.aspx?RID=3">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Beatrix Ndlovu-Hart, Governance Officer&nbsp; Tel: 020 7946 0233&nbsp; Email: <a href="mailto:governance@carrowden-fellwick.gov.uk">governance@carrowden-fellwick.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<div class="mgWebcast"><p><a href="/webcast/6391">Webcast for {COMMITTEE}, Wednesday, 12th March, 2025 6.30 pm</a> (opens in a new window)</p></div>
<h2 class="mgSectionTitle">Meeting documents</h2>
<ul class="mgBulletList">
<li><a href="/documents/g6391/Public%20reports%20pack%2012th-Mar-2025%2018.30.pdf">Public reports pack 12th-Mar-2025 18.30 {COMMITTEE}<span class="mgFileSize"> PDF 4 MB</span></a></li>
<li><a href="/documents/g6391/Printed%20minutes%2012th-Mar-2025%2018.30.pdf">Printed minutes 12th-Mar-2025 18.30 {COMMITTEE}<span class="mgFileSize"> PDF 327 KB</span></a></li>
</ul>
{ATTENDANCE}<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items for this meeting">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
{rows}</table>
<p class="mgPublishDate">Minutes published on Thursday, 20th March, 2025. The minutes are draft until approved at the next meeting of the Committee.</p>
</div>
</main>
""" + PAGE_FOOT


# ---------------------------------------------------------------------------
# The paper that is not minutes: a borough news story
# ---------------------------------------------------------------------------

def news_html() -> str:
    title = f"New home care contracts start in June: what it means for you | {COUNCIL}"
    return page_head(title) + """<nav class="breadcrumb" aria-label="Breadcrumb">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/news">News</a></li>
<li>New home care contracts start in June: what it means for you</li>
</ol>
</nav>
<main id="mainContent" class="news-article">
<article>
<header class="news-article__header">
<p class="news-article__category"><a href="/news?topic=health-and-social-care">Health and social care</a></p>
<h1>New home care contracts start in June: what it means for you</h1>
<p class="news-article__date">Published: 18 March 2025</p>
</header>
<figure class="news-article__image">
<img src="/images/news/home-care-visit.jpg" alt="A care worker helping an older man with his coat at his front door" width="800" height="450">
<figcaption>Around 1,140 residents in the borough receive care at home arranged by the council.</figcaption>
</figure>
<div class="news-article__body">
<p class="lede">More than 1,100 older and disabled residents who get care at home will move onto new council contracts from Monday 2 June, after the council finished choosing the organisations that will provide home care in the borough for the next five years.</p>
<p>Five home care providers have been chosen to work across four areas, or &lsquo;zones&rsquo;, of the borough. Three of them already provide care here. For most people the change will make no difference to the help they get each day, and most will keep the care workers they already know.</p>
<p>The new arrangements were discussed by councillors on the Adult Social Care and Health Select Committee on Wednesday 12 March.</p>
<h2>Why are the contracts changing?</h2>
<p>The council&rsquo;s current home care contracts were agreed in 2018 and come to an end this spring. Before choosing new providers, the council spoke to people who use home care, their families, care workers and providers about what should change. The most common things people told us were that they wanted to see the same faces, that visits should not be cut short, and that care workers should be treated fairly.</p>
<p>Councillor Imogen Pask, Lead Member for Adult Social Care and Public Health, said:</p>
<blockquote><p>&ldquo;Home care is one of the most personal services the council arranges. It is about someone coming into your home, often several times a day, to help with the things most of us take for granted. We listened to what residents and care workers told us, and we have built their views into these contracts. Care workers will be paid for their travel time and at least the London Living Wage, because a fairly paid workforce is a more stable one, and that means better care.&rdquo;</p></blockquote>
<h2>What is different?</h2>
<ul>
<li><strong>Care in your neighbourhood.</strong> Each zone has a main provider and a second provider, so care workers spend less time travelling and more time with the people they support.</li>
<li><strong>Fair pay for care workers.</strong> Providers must pay at least the London Living Wage and pay for the time care workers spend travelling between visits.</li>
<li><strong>No handing on of care.</strong> Providers cannot pass your care on to another agency without the council&rsquo;s agreement.</li>
<li><strong>Closer checks.</strong> Council officers will meet each provider every month to look at missed and late visits, complaints and staffing.</li>
</ul>
<h2>What happens next?</h2>
<p>Changes will happen in three stages between June and August, so that not everyone moves on the same day. If your care is moving to a new provider, a social worker or care manager will contact you first. You will be told the name of your new provider and given a named contact there before anything changes.</p>
<p>Care workers who work for a provider that is leaving will usually have the right to move to the new provider on the same terms. Many have already said they plan to do so.</p>
<h2>You asked, we said</h2>
<p>During our engagement on the new contracts, residents and families asked us a number of questions. Here are some of the most common ones.</p>
<div class="faq">
<h3>You asked: Will I have to change my carer?</h3>
<p>We said: Most people will not. If your provider is changing, your care workers will usually be able to move with you to the new provider. If they decide not to, the new provider will introduce your new care worker before their first visit.</p>
<h3>You asked: Will I pay more for my care?</h3>
<p>We said: No. What you pay towards your care depends on your financial assessment, not on which provider delivers it. The change of contract will not change your contribution.</p>
<h3>You asked: Can I choose my own provider?</h3>
<p>We said: Yes. If you would rather arrange your own care, you can ask for a direct payment instead. Your social worker can explain how this works.</p>
<h3>You asked: What if something goes wrong during the move?</h3>
<p>We said: Ring the home care transition team on 020 7946 0418, Monday to Friday, 9am to 5pm. Out of hours, call the council&rsquo;s emergency line on 020 7946 0999.</p>
<h3>You asked: How will you know whether the new providers are any good?</h3>
<p>We said: Officers will check each provider&rsquo;s performance every month, and Healthwatch Carrowden and Fellwick has offered to hear directly from people about their experience of the change.</p>
</div>
<h2>What did councillors want to know?</h2>
<p>At the select committee, councillors wanted to know how people would keep their regular care workers, how much weight had been given to local knowledge when the providers were chosen, whether providers would be allowed to pass care on to other agencies, and how the council would pay for the higher rates. They will look at how the first three months have gone when they meet in October.</p>
<p>Questions the committee is expected to look at in October include:</p>
<ul>
<li>How many people had to change their care worker?</li>
<li>Were any visits missed during the move, and how quickly were problems put right?</li>
<li>Are care workers being paid for their travel time, as the contracts require?</li>
</ul>
<p>You can watch the meeting of 12 March again on the council&rsquo;s <a href="/webcast">webcasting page</a>, and read the papers on the committee&rsquo;s <a href="/ieListMeetings.aspx?CId=412">meetings page</a>.</p>
<h2>Find out more</h2>
<p>If you have questions about your own care, please speak to your social worker or care manager, or contact Adult Social Care on 020 7946 0300 or <a href="mailto:homecaretransition@carrowden-fellwick.gov.uk">homecaretransition@carrowden-fellwick.gov.uk</a>.</p>
<p>Care workers with questions about transferring to a new employer should speak to their current employer or their trade union.</p>
</div>
<footer class="news-article__footer">
<p>Share this page: <a href="/share?to=facebook">Facebook</a> | <a href="/share?to=x">X</a> | <a href="/share?to=email">Email</a></p>
<p>Media enquiries: <a href="mailto:press@carrowden-fellwick.gov.uk">press@carrowden-fellwick.gov.uk</a></p>
</footer>
</article>
<aside class="related-news" aria-label="Related news">
<h2>Related news</h2>
<ul>
<li><a href="/news/2025/03/youth-vaping-campaign-extended">&lsquo;Not Your Flavour&rsquo; youth vaping campaign to reach every secondary school</a></li>
<li><a href="/news/2025/02/budget-2025-26-agreed">Council agrees budget for 2025/26</a></li>
<li><a href="/news/2025/01/winter-warmth-grants">Winter warmth grants still available for older residents</a></li>
</ul>
<h2>Sign up for email updates</h2>
<p><a href="/newsletter">Get the Carrowden and Fellwick Bulletin in your inbox every fortnight</a></p>
</aside>
</main>
""" + PAGE_FOOT


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-12",
    "items": [{"number": it[0], "title": it[2]} for it in ITEMS],
    "questions": [
        # A4 public questions: written questions with the Lead Member's written responses
        q("A4", "question",
          "How many people will have to change their carer because of the tender",
          "Mrs Adaeze Kilbride",
          "we expect most people to keep the same care workers",
          "Councillor Imogen Pask",
          ["adult-social-care", "subcontracting", "workforce"]),
        q("A4", "question",
          "Will the Council ask the Integrated Care Board to keep that list up to date",
          "Mr Terence Mulhearn",
          "has agreed to write to every practice in the borough reminding them",
          "Councillor Imogen Pask",
          ["primary-care", "children-and-families"]),
        q("A4", "question",
          "How many shops in the borough have been caught selling vapes to under-18s",
          "Ms Genevieve Ostrowska",
          "Two businesses have been prosecuted, four have accepted simple cautions",
          "Councillor Imogen Pask",
          ["public-health", "children-and-families"]),
        # supplementaries
        q("A4", "question",
          "whether her mother would be told the name of her new care worker",
          "Mrs Kilbride",
          "would give each person the name of their new care worker, with a photograph",
          "Councillor Pask",
          ["adult-social-care", "workforce"]),
        q("A4", "question",
          "asked how many urgent dental access appointments were offered each week",
          "Mr Mulhearn", None, None,
          ["primary-care"]),
        q("A4", "question",
          "whether the Council would ask schools to report shops that were selling vapes",
          "Ms Ostrowska",
          "a reporting form had been shared with all secondary schools in January",
          "Bi-Borough Director of Public Health",
          ["public-health", "children-and-families"]),
        # A5 home care re-procurement
        q("A5", "question",
          "asked how the Council would make sure that people did not lose",
          "Cllr Marchbank",
          "around 70 per cent were expected to do so",
          "Mr Trethewey",
          ["adult-social-care", "subcontracting", "workforce"]),
        q("A5", "concern",
          "expressed concern that two long-established local providers, both small family firms",
          "Cllr Hallworth",
          "the evaluation had been 60 per cent quality and 40 per cent price",
          None,
          ["adult-social-care", "subcontracting", "privatisation"]),
        q("A5", "question",
          "sought an assurance that lead providers would not be able to pass packages",
          "Cllr Osei-Barrett",
          "subcontracting was not permitted without the Council's written consent",
          None,
          ["adult-social-care", "subcontracting"]),
        q("A5", "question",
          "asked whether the increase in the hourly rate would actually reach care workers",
          "Cllr Desborough",
          "every contract required providers to pay at least the London Living Wage",
          "Mr Trethewey",
          ["adult-social-care", "workforce", "finance", "subcontracting"]),
        q("A5", "question",
          "asked how the higher rates would be paid for, given the pressures",
          "Cllr Rezaei",
          "£3.2 million had been set aside in the 2025/26 budget",
          "Ms Carys Underhill-Joyce",
          ["adult-social-care", "finance"]),
        q("A5", "request",
          "asked that the recognised trade unions be kept informed throughout the transfer",
          "Cllr Quennell", None, None,
          ["adult-social-care", "workforce"]),
        q("A5", "question",
          "asked whether the Council would share the contact details of the transition team",
          "Ms Coker-Bright",
          "The Executive Director welcomed the offer and agreed that this would be done",
          "Executive Director",
          ["adult-social-care", "patient-and-public-input"]),
        # A6 dentistry
        q("A6", "question",
          "had visible tooth decay, and asked what was being done in schools",
          "Cllr Desborough",
          "the supervised toothbrushing programme run with the Council's public health team",
          "Dr Adekunle-Price",
          ["primary-care", "public-health", "children-and-families"]),
        q("A6", "question",
          "Cllr Marchbank asked why practices were reducing their NHS work",
          "Cllr Marchbank",
          "the national contract did not meet the cost of complex treatment",
          "Dr Kenwright",
          ["primary-care", "finance", "privatisation"]),
        q("A6", "question",
          "asked how long residents were waiting for a routine appointment",
          "Cllr Osei-Barrett",
          "reported an average wait of nine weeks for a routine NHS appointment",
          None,
          ["primary-care"]),
        q("A6", "request",
          "requested that the Board publish a monthly list of practices accepting new NHS patients",
          "Ms Coker-Bright",
          "Dr Kenwright agreed to look into this and to report back",
          "Dr Kenwright",
          ["primary-care"]),
        q("A6", "question",
          "asked what dental care was available to residents of care homes",
          "Cllr Rezaei",
          "a domiciliary dental service visited care homes on referral",
          None,
          ["primary-care", "adult-social-care"]),
        q("A6", "comment",
          "the report did not say how many of the additional urgent appointments",
          "Cllr Hallworth", None, None,
          ["primary-care"]),
        # A7 youth vaping
        q("A7", "question",
          "asked whether the survey results could be relied on, given that only 14",
          "Cllr Marchbank",
          "the results were consistent with the national surveys of young people",
          "Dr Velupillai",
          ["public-health", "children-and-families"]),
        q("A7", "question",
          "whether young people had helped to shape them",
          "Chair",
          "had been co-designed with the Youth Council and pupils from three schools",
          None,
          ["public-health", "children-and-families", "patient-and-public-input"]),
        q("A7", "concern",
          "expressed concern that the Trading Standards team had only 3.5 full-time equivalent officers",
          "Cllr Quennell",
          "allocated £86,000 of new national enforcement funding for 2025/26",
          "Ms Farquharson",
          ["public-health", "workforce", "finance"]),
        q("A7", "concern",
          "raised the number of vapes being thrown into household bins",
          "Cllr Desborough",
          "collection points for used vapes had been placed in all six",
          None,
          ["public-health"]),
        # A8 hospital discharge and homelessness
        q("A8", "question",
          "asked how many patients had been discharged with nowhere to sleep in the last year",
          "Cllr Osei-Barrett",
          "the team knew of nine cases, each of which had been reviewed",
          "Mr Pettifer",
          ["housing", "adult-social-care"]),
        q("A8", "question",
          "whether the step-down flats were being used for people who should be in residential care",
          "Cllr Hallworth",
          "four people had stayed longer than twelve weeks while a care home place",
          None,
          ["housing", "adult-social-care"]),
        q("A8", "concern",
          "patients discharged to bed and breakfast accommodation might not be able to manage stairs",
          "Cllr Rezaei",
          "no one assessed by the hospital therapists as needing level access",
          "Mr Pettifer",
          ["housing", "adult-social-care"]),
        q("A8", "question",
          "asked whether the Hospital Housing Team would continue after March 2026",
          "Chair",
          "the posts were funded through the Better Care Fund",
          "Executive Director",
          ["housing", "adult-social-care", "finance", "integration"]),
        # A9 work programme
        q("A9", "request",
          "requested that an item on waiting times for adult autism and ADHD assessments",
          "Cllr Desborough",
          "this could be scheduled for the meeting on 15 October 2025",
          "Governance Officer",
          []),
    ],
    "resolutions": [
        res("A3", "were agreed as a correct record, subject to the job title",
            "agreed", []),
        res("A4", "The Committee noted the questions and the written responses",
            "noted", ["patient-and-public-input"]),
        res("A5", "notes the outcome of the home care tender and the arrangements for mobilising",
            "agreed", ["adult-social-care", "subcontracting"]),
        res("A6", "RESOLVED: That the report be noted.", "noted", ["primary-care"]),
        res("A6", "publishes each month a list of the dental practices in the borough",
            "recommended", ["primary-care"]),
        res("A7", "supports the extension of the 'Not Your Flavour' campaign to every secondary school",
            "agreed", ["public-health", "children-and-families"]),
        res("A8", "The Committee noted the report and thanked the officers and the Trust",
            "noted", ["housing", "adult-social-care"]),
        res("A9", "the work programme for 2025/26 be approved, subject to the addition",
            "agreed", []),
        res("A9", "consideration of the quality of nursing care in care homes be deferred",
            "deferred", ["adult-social-care"]),
    ],
    "attendees": [
        att("Councillor Marianne Tolland", "Chair", "present"),
        att("Councillor Kwame Osei-Barrett", "Vice-Chair", "present"),
        att("Councillor Priyanka Desborough", None, "present"),
        att("Councillor Roisin Hallworth", None, "present"),
        att("Councillor Felix Marchbank", None, "present"),
        att("Councillor Tobias Quennell", None, "present"),
        att("Councillor Hana Rezaei", "Substitute", "present"),
        att("Ms Yewande Coker-Bright",
            "Co-opted Member (non-voting), Healthwatch Carrowden and Fellwick", "present"),
        att("Councillor Gideon Ashplant", None, "apologies"),
        att("Councillor Lucinda Ferrars-Boyd", None, "apologies"),
        att("Councillor Imogen Pask", "Lead Member for Adult Social Care and Public Health",
            "in_attendance"),
        att("Councillor Rupert Vassell", "Lead Member for Housing", "in_attendance"),
        att("Ms Carys Underhill-Joyce",
            "Bi-Borough Executive Director of Adult Social Care and Health", "in_attendance"),
        att("Dr Anand Velupillai", "Bi-Borough Director of Public Health", "in_attendance"),
        att("Mr Owain Trethewey", "Head of Commissioning (Adult Social Care)",
            "in_attendance"),
        att("Mr Jonah Pettifer", "Director of Housing Needs", "in_attendance"),
        att("Ms Leonie Farquharson", "Trading Standards Manager", "in_attendance"),
        att("Ms Beatrix Ndlovu-Hart", "Governance Officer", "in_attendance"),
        att("Dr Saoirse Kenwright",
            "Associate Director of Primary Care Commissioning, Riverwest Integrated Care Board",
            "in_attendance"),
        att("Dr Femi Adekunle-Price",
            "Consultant in Dental Public Health, Riverwest Integrated Care Board",
            "in_attendance"),
        att("Mr Declan Mordaunt",
            "Deputy Director of Operations, Fellwick and Saltings Hospitals NHS Foundation Trust",
            "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    (DOCS / NEWS_NAME).write_bytes(news_html().encode("utf-8"))
    for gold in (MINUTES_GOLD, NEWS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qn-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
