#!/usr/bin/env python3
"""Build the "nx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nx.py           build documents/nx-* and gold/nx-*.json
        build_nx.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MIN_NAME = "nx-ashwood-nml-jhosc-2025-01-24.html"
REP_NAME = "nx-ashwood-nml-jhosc-work-programme-report-2025-01-24.docx"

COMMITTEE = "North Meridian London Joint Health Overview and Scrutiny Committee"
NBSP = "\u00a0"


# ---------------------------------------------------------------------------
# The minutes: a saved ModernGov "Agenda and minutes" page (ieListDocuments.aspx)
# ---------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{text}</p>"


def wbullet(text):
    # Word-pasted bullet: a Symbol "·" and a run of non-breaking spaces inside a paragraph
    return ('<p class="MsoListParagraph" style="margin-left:36pt;text-indent:-18pt">'
            '<span style="font-family:Symbol">·</span>'
            + "&nbsp;" * 13 + " " + text + "</p>")


def empty():
    return "<p>&nbsp;</p>"


def docs_link(label, size):
    return ('<ul class="mgActionList"><li><a href="documents/s%s/%s.pdf" class="mgPdfLink" '
            'title="Link to document">%s <img src="mgimages/pdf.png" alt="pdf icon" width="16" '
            'height="16" />PDF %s</a></li></ul>' % ("41" + str(len(label)).zfill(3),
                                                      label.replace(" ", "%20"), esc(label), size))


def item(num, title, agenda=(), minutes=(), links=(), additional=()):
    out = ['<tr>', f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>',
           '<td>']
    out.append(f'<p class="mgAiTitleTxt"><a name="AI{num}"></a>{title}</p>')
    for label, size in links:
        out.append(docs_link(label, size))
    for a in agenda:
        out.append(a if a.startswith("<") else p(a, "mgAiDescriptionTxt"))
    if additional:
        out.append('<p class="mgSubItemTitleTxt">Additional documents:</p><ul class="mgBulletList">')
        for label, size in additional:
            out.append(f'<li><a href="documents/b123{len(label)}/{label.replace(" ", "%20")}.pdf">'
                       f'{esc(label)}, item {num}. <img src="mgimages/pdf.png" alt="pdf icon" '
                       f'width="16" height="16" />PDF {size}</a></li>')
        out.append('</ul>')
    if minutes:
        out.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
        out.append('<div class="mgWordPara">')
        for m in minutes:
            out.append(m if m.startswith("<") else p(m))
        out.append('</div>')
    out.append('</td></tr>')
    return "\n".join(out)


FILMING = [
    "Please note this meeting may be filmed or recorded by the Council for live or subsequent "
    "broadcast via the Council’s internet site or by anyone attending the meeting using any "
    "communication method. Members of the public participating in the meeting (e.g. making "
    "deputations, asking questions, making oral protests) should be aware that they are likely "
    "to be filmed, recorded or reported on.&nbsp; By entering the ‘meeting room’, you are "
    "consenting to being filmed and to the possible use of those images and sound recordings.",
    empty(),
    "The Chair of the meeting has the discretion to terminate or suspend filming or recording, "
    "if in his or her opinion continuation of the filming, recording or reporting would disrupt "
    "or prejudice the proceedings, infringe the rights of any individual, or may lead to the "
    "breach of a legal obligation by the Council.",
]

DECLARATIONS = [
    "A member with a disclosable pecuniary interest or a prejudicial interest in a matter who "
    "attends a meeting of the authority at which the matter is considered:",
    empty(),
    "(i) must disclose the interest at the start of the meeting or when the interest becomes "
    "apparent, and",
    "(ii) may not participate in any discussion or vote on the matter and must withdraw from "
    "the meeting room.",
    empty(),
    "A member who discloses at a meeting a disclosable pecuniary interest which is not "
    "registered in the Register of Members’ Interests or the subject of a pending notification "
    "must notify the Monitoring Officer of the interest within 28 days of the disclosure.",
    empty(),
    "Disclosable pecuniary interests, personal interests and prejudicial interests are defined "
    "at Paragraphs 5-7 and Appendix A of the Members’ Code of Conduct.",
]

ITEMS = []

ITEMS.append(item("38", "FILMING AT MEETINGS", agenda=FILMING, minutes=[
    "The Chair referred those present to agenda Item 1 as shown on the agenda in respect of "
    "filming at this meeting, and Members noted the information contained therein’.",
]))

ITEMS.append(item("39", "APOLOGIES FOR ABSENCE", agenda=["To receive any apologies for absence."], minutes=[
    "Apologies for absence were received from Cllr Nadia Okonjo (Kilnbury) and Cllr Graham "
    "Pettifer (Pellingham). Cllr Ruth Adebayo-Lane attended as a substitute for Cllr Pettifer.",
    empty(),
    "Cllr Simon Aldridge-Pike (Kilnbury) joined the meeting remotely via Microsoft Teams.",
]))

ITEMS.append(item("40", "URGENT BUSINESS", agenda=[
    "The Chair will consider the admission of any late items of Urgent Business.&nbsp; (Late "
    "items will be considered under the agenda item where they appear.&nbsp; New items will be "
    "dealt with under item 11 below)."], minutes=["None."]))

ITEMS.append(item("41", "DECLARATIONS OF INTEREST", agenda=DECLARATIONS, minutes=[
    "Cllr Maeve Dunleavy declared a non-pecuniary interest in respect of item 8 (Winter "
    "Planning and Urgent and Emergency Care) as her husband was employed as a consultant "
    "physician at Corrowfield General Hospital.",
    empty(),
    "Cllr Ruth Adebayo-Lane declared a non-pecuniary interest as she worked as a community "
    "pharmacist in Pellingham.",
]))

ITEMS.append(item("42", "DEPUTATIONS/PETITIONS/PRESENTATIONS/QUESTIONS", agenda=[
    "To consider any requests received in accordance with Part 4, Section B, paragraph 29 of "
    "the Council’s Constitution."], minutes=[
    "The Committee received a deputation from the Meridian Health Campaigners Network "
    "regarding the proposed community diagnostic centre at the former Kilnbury Retail Park. "
    "The deputation was presented by Ursula Penhaligon and Derek Ambrose.",
    empty(),
    "Ms Penhaligon said that the Network was concerned that the new centre would be run by a "
    "private provider on a ten-year contract and would draw radiographers and other scarce "
    "staff away from the NHS trusts. She asked why the ICB had decided to procure the service "
    "rather than expand diagnostic capacity at Corrowfield General Hospital, where the "
    "waiting list for MRI scans was the longest in North Meridian London.",
    empty(),
    "Mr Ambrose asked the Committee to call on the ICB to publish the full business case and "
    "to carry out a public consultation before any contract was awarded. He added that "
    "residents in the south of Kilnbury had not been told about the proposal and that the "
    "only information available had been a short item in an ICB board paper.",
    empty(),
    "Jonathan Ferris, Director of Planned Care at NML ICB, responded to the points made by the "
    "deputation. He explained that expanding capacity on the Corrowfield General site had been "
    "considered but was not possible because of the lack of space and the condition of the "
    "estate. No decision had yet been taken on who would run the centre and NHS trusts were "
    "able to bid alongside independent sector providers. Any provider would be required to show "
    "that it was not recruiting staff from local NHS trusts, and the specification included "
    "training places for radiographers. The outline business case would be published in "
    "February and there would be a period of public engagement before a contract was awarded.",
    empty(),
    "The following points were then raised by Members of the Committee:",
    wbullet("Cllr Hadfield asked whether the proposal would be treated as a substantial "
            "variation in services, in which case the ICB would be required to consult the "
            "Committee formally. Callum Reddington, Principal Scrutiny Officer, said that the "
            "ICB’s view was that it was a new service rather than a change to an existing one, "
            "but that legal advice was being sought on behalf of the five boroughs and would be "
            "reported to the Committee."),
    wbullet("Cllr Asante-Hill commented that a diagnostic centre in Kilnbury would be welcomed "
            "by many residents who currently had to travel to two or three different hospitals "
            "for tests, and that the Committee should not lose sight of the benefits for "
            "patients."),
    empty(),
    "The Chair thanked Ms Penhaligon and Mr Ambrose for attending. It was agreed that the ICB "
    "would bring a report on the community diagnostic centre, including the outline business "
    "case and the engagement plan, to the meeting in March.",
]))

ITEMS.append(item("43", "MINUTES", agenda=[
    "To confirm and sign the minutes of the meeting held on 22nd November 2024 as a correct "
    "record."], links=[("Minutes 22 November 2024 NML JHOSC", "268 KB")], minutes=[
    "Cllr Dunleavy noted that a written response from the ICB on the number of GP practices "
    "offering online consultations had been requested at the previous meeting and asked when "
    "this would be received. Callum Reddington said that the response had been received on "
    "20th January and would be circulated to Members after the meeting.",
    empty(),
    "RESOLVED",
    empty(),
    "That the minutes of the meeting held on 22nd November 2024 be approved as an accurate "
    "record.",
]))

ITEMS.append(item("44", "NML ICB FINANCIAL POSITION AND SAVINGS PLAN 2024/25", agenda=[
    "To receive an update on the financial position of the North Meridian London health "
    "system."], links=[("NML JHOSC Finance cover report Jan 25", "402 KB")],
    additional=[("Appendix A - NML System Finance Presentation", "1 MB")], minutes=[
    "Joanne Whitlock, Chief Finance Officer at NML ICB, introduced the report for this item "
    "which set out the financial position of the North Meridian London health system at Month 8 "
    "of 2024/25, as set out in the agenda pack at pages 17-38. She explained that the system had "
    "agreed a planned deficit of £38.6m with NHS England for the year and that at Month 8 it was "
    "reporting a year-to-date position £4.2m adverse to plan. The main drivers of the adverse "
    "variance were the cost of industrial action in the first half of the year, growth in "
    "continuing healthcare packages and the rising cost of prescribing, in particular for "
    "weight-loss and diabetes medicines. A system-wide Financial Recovery Board, chaired by the "
    "ICB Chief Executive, had been set up in October 2024 and all organisations had been asked to "
    "identify further recovery actions. The forecast remained that the system would deliver its "
    "planned deficit by the end of the year, though this carried a significant degree of risk.",
    empty(),
    "Some of the key points noted during the discussion included:",
    wbullet("Cllr Hadfield asked whether the deficit would be carried forward into 2025/26 and "
            "whether the system would be required to pay it back. Joanne Whitlock said that the "
            "deficit would not be carried forward as a debt but that the planning guidance for "
            "2025/26 expected every system to break even without deficit support, which would "
            "mean finding savings of around 6% across all organisations. Draft plans would be "
            "submitted to NHS England at the end of February."),
    wbullet("Cllr Foyle expressed concern that savings on this scale could not be achieved "
            "without reducing frontline services, particularly community nursing and "
            "therapies, and asked whether an equality impact assessment had been carried out on "
            "the savings schemes. Joanne Whitlock responded that every scheme above £250k went "
            "through a quality and equality impact assessment signed off by the Chief Nursing "
            "Officer and the Chief Medical Officer, and that no scheme had yet been approved that "
            "would close a service or reduce opening hours. The completed assessments could be "
            "shared with the Committee. (ACTION: Joanne Whitlock)"),
    wbullet("In response to a question from Cllr Asante-Hill about the use of temporary staff, "
            "Joanne Whitlock said that agency spend across the four provider trusts had fallen "
            "by 31% compared with the same period last year, following the introduction of a "
            "shared bank and a cap on the rates paid to agencies across NML. Bank spend had "
            "risen, however, and this was now the focus of work with the trusts."),
    wbullet("Cllr Dunleavy noted the pressures on the continuing healthcare budget and asked "
            "whether this was leading to more disputes with the boroughs over who should pay for "
            "individual care packages. Marcus Fenwick, Director of Adult Social Services at the "
            "London Borough of Kilnbury, said that all five boroughs had seen an increase in "
            "disputed cases over the last year and that local authorities were concerned about "
            "costs being shifted from the NHS to social care. A joint protocol for resolving "
            "disputes had been agreed in the autumn and the first quarterly report on its use "
            "would be available in April."),
    wbullet("Cllr Yilmazer commented that the financial information was very difficult for "
            "residents to follow and that the ICB should be more transparent about the choices it "
            "was making and the services that might be affected."),
    wbullet("Cllr Marchbank asked how the requirement to reduce ICB running costs by 30% would "
            "affect the support it gave to the borough partnerships. Dr Anand Ravel, Chief "
            "Medical Officer at NML ICB, said that the ICB had already reduced its staffing by "
            "around 20% through a restructure completed in 2024 and that each borough "
            "partnership had kept a named director and a small team. He acknowledged that the "
            "ICB would be able to offer less analytical and project support than before."),
    empty(),
    "RESOLVED",
    empty(),
    "1.&nbsp;&nbsp;&nbsp; That the report be noted.",
    "2.&nbsp;&nbsp;&nbsp; That the ICB provide the Committee with a breakdown of the 2025/26 "
    "savings plan by borough, together with the completed quality and equality impact "
    "assessments, once the plan had been finalised.",
]))

ITEMS.append(item("45", "WINTER PLANNING AND URGENT AND EMERGENCY CARE", agenda=[
    "To receive an update on winter planning and the performance of urgent and emergency care "
    "services in North Meridian London."], links=[("Winter UEC report NML JHOSC", "655 KB")], minutes=[
    "Bernadette Coyle, Director of Urgent and Emergency Care at NML ICB, introduced the report "
    "which set out the arrangements that had been put in place across North Meridian London for "
    "winter 2024/25. She reported that the system had opened 64 additional virtual ward beds, "
    "extended the opening hours of the urgent treatment centres at Ashwood and Pellingham and "
    "introduced a single point of access for London Ambulance Service crews so that they could "
    "refer patients to community services rather than conveying them to hospital. Performance "
    "against the four-hour standard had been 73.8% in December, compared with a national target "
    "of 78% by March 2025. Marcus Fenwick added that the five boroughs had used their share of "
    "the Better Care Fund to purchase additional short-term beds and to fund extra brokerage "
    "staff over the Christmas period.",
    empty(),
    "The following points arose during the discussion of the item:",
    "<ul>"
    "<li>Cllr Adebayo-Lane asked about the number of patients waiting more than 12 hours in the "
    "emergency department at Corrowfield General Hospital, which she understood to be the "
    "highest in London. Bernadette Coyle said that 12-hour waits at Corrowfield had fallen from "
    "9% of attendances in January 2024 to 6% in December 2024 but acknowledged that the site "
    "remained the most challenged in NML. A new same day emergency care unit would open there "
    "in March.</li>"
    "<li>Cllr Aldridge-Pike expressed concern about patients in a mental health crisis who were "
    "waiting in emergency departments for several days for an inpatient bed. Bernadette Coyle "
    "said that this was recognised as one of the most serious risks in the system and that a "
    "mental health crisis assessment centre would open at Thornhill Vale in February so that "
    "patients could be assessed away from the emergency department.</li>"
    "<li>Cllr Hadfield asked how many patients were currently medically fit for discharge but "
    "remained in hospital and what the main reasons for the delays were. Marcus Fenwick said "
    "that there were around 140 such patients across the acute sites in NML on the day of the "
    "meeting. The longest delays were for people who needed a care home placement because of "
    "complex dementia and for people needing packages of home care in the north of Kilnbury, "
    "where there were fewer providers.</li>"
    "<li>Cllr Foyle asked whether home care providers would have enough staff to cope over the "
    "winter, given that the increase in employers’ national insurance contributions from April "
    "would add to their costs. Marcus Fenwick said that providers had told the boroughs that the "
    "changes would add around 4% to their costs and that each borough was considering its "
    "hourly rates as part of setting its budget for 2025/26. He was not able to say at this stage "
    "what uplift would be given.</li>"
    "<li>Cllr Dunleavy commented that many residents did not understand the difference between "
    "an urgent treatment centre and A&amp;E and still went to A&amp;E because they did not know "
    "where else to go.</li>"
    "<li>Cllr Dunleavy requested that the ICB share its winter communications plan and campaign "
    "materials with Members of the Committee so that they could promote the messages in their "
    "wards. Bernadette Coyle agreed to circulate the materials after the meeting. (ACTION: "
    "Bernadette Coyle)</li>"
    "<li>Cllr Asante-Hill asked about the uptake of flu and COVID-19 vaccinations among "
    "frontline staff. Dr Ravel said that uptake of the flu vaccine among frontline NHS staff in "
    "NML was 38%, lower than the previous year, and that the figure for care home staff was not "
    "known as it was not collected in the same way.</li>"
    "</ul>",
    empty(),
    "The Committee noted the content of the report.",
]))

ITEMS.append(item("46", "COMMUNITY MENTAL HEALTH SERVICES - PROGRESS ON THE CORE OFFER", agenda=[
    "To receive an update on the implementation of the community mental health core offer."],
    links=[("Community Mental Health Core Offer update Jan 2025", "512 KB")], minutes=[
    "Dr Helen Sowerby, Chief Executive of Meridian and Vale Mental Health NHS Foundation Trust, "
    "and Priya Mandalia, Associate Director of Mental Health Commissioning at NML ICB, "
    "introduced the report for this item, which provided an update on the implementation of the "
    "community mental health core offer across the five boroughs. The Committee was informed "
    "that the new model, in which teams of NHS staff and voluntary sector partners worked "
    "alongside each primary care network, was now in place in four boroughs and would be in "
    "place in Corrowfield by June 2025. Since the last update in January 2024 the number of "
    "adults supported by community mental health services had risen by 14%, and the number of "
    "people waiting more than 18 weeks for a first appointment had fallen from 1,210 to 860.",
    empty(),
    "In response to questions from Members, the following points were noted:",
    wbullet("Cllr Quarmby asked about waiting times for psychological therapies, noting that "
            "Healthwatch Pellingham had received feedback from residents who had waited more "
            "than a year for treatment after being assessed. Priya Mandalia said that the "
            "longest waits were for specialist therapies such as trauma-focused therapy and that "
            "additional therapists had been recruited through a partnership with a local "
            "university, which was expected to reduce the longest waits by the summer."),
    wbullet("In response to a question from Cllr Yilmazer about the role of the voluntary and "
            "community sector in the core offer, Dr Sowerby explained that around a fifth of the "
            "funding for the core offer was spent through voluntary sector partners on "
            "three-year contracts, which gave the organisations some stability. The contracts "
            "had been awarded through an open process led by the ICB and included "
            "organisations working with particular communities, such as the Somali and "
            "Turkish-speaking communities in Ashwood."),
    wbullet("Cllr Marchbank expressed concern that young people moving from CAMHS to adult "
            "services were still falling through the gaps between services, particularly those "
            "who did not meet the threshold for adult secondary care. Dr Sowerby acknowledged "
            "that transition remained a problem and said that a new service for young adults "
            "aged 16-25 was being piloted in Ashwood and Thornhill Vale, with an evaluation due "
            "in the autumn."),
    wbullet("Cllr Adebayo-Lane asked about vacancy rates in the community teams. Dr Sowerby said "
            "that the vacancy rate for community mental health nurses was 17% and that the Trust "
            "was relying on bank staff to fill gaps, but that the number of peer support workers "
            "with lived experience had doubled over the last year."),
    wbullet("Cllr Foyle requested that future reports include information on access and "
            "outcomes broken down by ethnicity, noting the long-standing concerns about the "
            "number of Black men detained under the Mental Health Act in North Meridian London."),
    wbullet("Cllr Hadfield asked whether the crisis line was now available 24 hours a day. "
            "Priya Mandalia confirmed that the NHS 111 mental health option was available 24 "
            "hours a day, seven days a week, across all five boroughs."),
    empty(),
    "RESOLVED – That",
    empty(),
    "(1)&nbsp; the report be noted; and",
    "(2)&nbsp; the next update on community mental health services include data on access, "
    "waiting times and outcomes broken down by ethnicity and by borough.",
]))

ITEMS.append(item("47", "WORK PROGRAMME", agenda=[
    "To consider the work programme for the Committee for the remainder of the 2024/25 "
    "municipal year."], links=[("Work Programme Update NML JHOSC Jan 25", "189 KB")], minutes=[
    "Callum Reddington, Principal Scrutiny Officer, introduced the report for this item. He "
    "noted that the meeting in March was currently due to consider the NML Estates Strategy and "
    "that, following the discussion under item 5, an update on the community diagnostic centre "
    "would also be added.",
    empty(),
    "Cllr Quarmby requested that access to NHS dentistry be added to the work programme for "
    "2025/26, noting that residents in Pellingham were still unable to register with an NHS "
    "dentist. Callum Reddington said that this would be added to the list of suggested topics "
    "to be considered at the work planning meeting in June.",
    empty(),
    "Cllr Yilmazer proposed that the Estates Strategy be moved to the first meeting of the next "
    "municipal year so that the meeting in March could give sufficient time to the community "
    "diagnostic centre.",
    empty(),
    "RESOLVED – That the work programme be noted, subject to the NML Estates Strategy item "
    "being moved to the first meeting of the 2025/26 municipal year.",
]))

ITEMS.append(item("48", "NEW ITEMS OF URGENT BUSINESS", agenda=[
    "To consider any items admitted at item 3 above."], minutes=["None."]))

ITEMS.append(item("49", "DATES OF FUTURE MEETINGS", agenda=[
    "To note the dates of future meetings:", "<ul><li>14th March 2025 (10.00am)</li></ul>"], minutes=[
    "The dates of future meetings were noted as follows:",
    "<ul><li>14th March 2025 (10.00am) – venue to be confirmed (Corrowfield)</li></ul>",
    "Dates for the 2025/26 municipal year would be agreed at the first meeting of the new "
    "municipal year.",
]))

ATTENDANCE = [
    # (attendee, role, attendance, notes)
    ("Councillor Philippa Marchbank", "Chair", "Present", "Ashwood"),
    ("Councillor Lorraine Hadfield", "Vice-Chair", "Present", "Corrowfield"),
    ("Councillor Tessa Quarmby", "Vice-Chair", "Present", "Pellingham"),
    ("Councillor Osman Yilmazer", "Committee Member", "Present", "Ashwood"),
    ("Councillor Brendan Foyle", "Committee Member", "Present", "Corrowfield"),
    ("Councillor Nadia Okonjo", "Committee Member", "Apologies", "Kilnbury"),
    ("Councillor Simon Aldridge-Pike", "Committee Member", "Present", "Kilnbury – attended remotely"),
    ("Councillor Graham Pettifer", "Committee Member", "Apologies", "Pellingham"),
    ("Councillor Ruth Adebayo-Lane", "Committee Member", "Present as substitute",
     "Pellingham – substitute for Councillor Graham Pettifer"),
    ("Councillor Maeve Dunleavy", "Committee Member", "Present", "Thornhill Vale"),
    ("Councillor Kwame Asante-Hill", "Committee Member", "Present", "Thornhill Vale"),
    ("Callum Reddington", "Principal Scrutiny Officer", "In attendance", "London Borough of Ashwood"),
    ("Joanne Whitlock", "Chief Finance Officer, NML ICB", "In attendance", ""),
    ("Dr Anand Ravel", "Chief Medical Officer, NML ICB", "In attendance", ""),
    ("Bernadette Coyle", "Director of Urgent and Emergency Care, NML ICB", "In attendance", ""),
    ("Jonathan Ferris", "Director of Planned Care, NML ICB", "In attendance", "Item 42"),
    ("Priya Mandalia", "Associate Director of Mental Health Commissioning, NML ICB", "In attendance", "Item 46"),
    ("Dr Helen Sowerby", "Chief Executive, Meridian and Vale Mental Health NHS Foundation Trust",
     "In attendance", "Item 46"),
    ("Marcus Fenwick", "Director of Adult Social Services, London Borough of Kilnbury",
     "In attendance", ""),
]


def attendance_html():
    rows = ['<h2 class="mgSubTitleTxt">Attendance details</h2>',
            '<table class="mgStatsTable" summary="Attendance details for this meeting">',
            '<caption class="mgSectionTitle">Attendance</caption>',
            '<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th>'
            '<th scope="col">Attendance</th><th scope="col">Notes</th></tr></thead><tbody>']
    for name, role, att, notes in ATTENDANCE:
        link = f'<a href="mgUserInfo.aspx?UID={1000 + len(name)}">{name}</a>' if name.startswith("Councillor") else name
        rows.append(f"<tr><td>{link}</td><td>{esc(role)}</td><td>{att}</td><td>{esc(notes) or '&nbsp;'}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def minutes_html():
    head = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<!-- saved from url=(0086)https://democracy.ashwood.gov.uk/ieListDocuments.aspx?CId=714&amp;MId=11387&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda for {COMMITTEE} on Friday, 24th January, 2025, 10.00 am | London Borough of Ashwood</title>
<link rel="stylesheet" type="text/css" href="./Agenda for NML JHOSC_files/mgWebsite.css" />
<script type="text/javascript" src="./Agenda for NML JHOSC_files/jquery.min.js"></script>
</head>
<body>
<div id="skiplinks"><a href="#mgContent">Skip to main content</a></div>
<div id="header">
  <a href="https://www.ashwood.gov.uk/"><img src="./Agenda for NML JHOSC_files/ashwood-logo.png" alt="Ashwood Council" /></a>
  <ul id="topnav"><li><a href="https://www.ashwood.gov.uk/">Home</a></li>
  <li><a href="https://www.ashwood.gov.uk/council-and-elections">Council and elections</a></li>
  <li><a href="https://www.ashwood.gov.uk/contact">Contact us</a></li></ul>
</div>
<div id="breadcrumbs"><p>You are here: <a href="mgGeneric.aspx?bcr=1">Home</a> &gt;
<a href="ieDocHome.aspx?bcr=1">Committee structure</a> &gt;
<a href="mgCommitteeDetails.aspx?ID=714">{COMMITTEE}</a> &gt; Meeting</p></div>
<div id="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">{COMMITTEE}<br />Friday, 24th January, 2025 10.00 am</h2>
<ul class="mgActionList">
<li><a href="mgIssueHistoryChronology.aspx?IId=1">Issue history</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=11387">Attendance details</a></li>
<li><a href="ieListDocuments.aspx?CId=714&amp;MId=11387&amp;Ver=4&amp;Info=1">Printed minutes</a></li>
</ul>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Council Chamber, Pellingham Town Hall, Market Parade, London, N19 4QX. <a href="mgGeneric.aspx?bcr=1">View directions</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Callum Reddington, Principal Scrutiny Officer&nbsp; Email: <a href="mailto:callum.reddington@ashwood.gov.uk">callum.reddington@ashwood.gov.uk</a></p>
<div class="mgLinks"><h2 class="mgSectionTitle">Media</h2><ul><li><a href="https://ashwood.public-i.tv/core/portal/webcast_interactive/874412">Webcast for {COMMITTEE}</a></li></ul></div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Meeting items">
<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>
"""
    foot = """</table>
""" + attendance_html() + """
</div>
<div id="footer">
<ul><li><a href="mgRss.aspx">RSS</a></li><li><a href="https://www.ashwood.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.ashwood.gov.uk/privacy">Privacy and cookies</a></li></ul>
<p>© London Borough of Ashwood, Civic Offices, Stanmore Road, London N17 2GH. Tel: 020 8541 2000</p>
<p class="mgPowered">Powered by ModernGov</p>
</div>
</body>
</html>
"""
    return head + "\n".join(ITEMS) + "\n" + foot


# ---------------------------------------------------------------------------
# The document that is not minutes: the scrutiny cover report on the work programme (.docx)
# ---------------------------------------------------------------------------

def build_report(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    fixed = datetime.datetime(2025, 1, 14, 9, 30, 0)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        hp = s.header.paragraphs[0]
        hp.text = "Ashwood Council"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = s.footer.paragraphs[0]
        fp.text = "Page 1"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    meta = [
        ("Report for:", f"{COMMITTEE} – 24 January 2025"),
        ("Item number:", "10"),
        ("Title:", "Work Programme Update"),
        ("Report authorised by:", "Fiona Kettering, Head of Democratic Services and Scrutiny, "
                                  "London Borough of Ashwood"),
        ("Lead Officer:", "Callum Reddington, Principal Scrutiny Officer, "
                          "callum.reddington@ashwood.gov.uk"),
        ("Ward(s) affected:", "N/A"),
        ("Report for Key/ Non Key Decision:", "Not applicable"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in meta:
        r = t.add_row().cells
        r[0].text = k
        r[0].paragraphs[0].runs[0].bold = True
        r[1].text = v
    d.add_paragraph()

    def head(text):
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        return para

    def num(n, text):
        para = d.add_paragraph(f"{n}\t{text}")
        para.paragraph_format.left_indent = Cm(1.25)
        para.paragraph_format.first_line_indent = Cm(-1.25)
        return para

    head("1.\tDescribe the issue under consideration")
    num("1.1", "This report provides an update on the work programme of the North Meridian London "
        "Joint Health Overview and Scrutiny Committee (NML JHOSC) for 2024/25 and asks the "
        "Committee to consider the items to be taken at its final meeting of the municipal year "
        "on 14 March 2025.")
    head("2.\tCabinet Member Introduction")
    num("2.1", "Not applicable.")
    head("3.\tRecommendations")
    num("3.1", "The Committee is asked to:")
    for letter, text in [
        ("a)", "Note the current work programme for 2024/25 at Appendix 1;"),
        ("b)", "Consider whether the proposed community diagnostic centre at the former Kilnbury "
               "Retail Park should be added to the agenda for the meeting on 14 March 2025;"),
        ("c)", "Agree any amendments to the work programme, including any items to be moved to "
               "the 2025/26 municipal year; and"),
        ("d)", "Note the outstanding actions and information requests at Appendix 2."),
    ]:
        para = d.add_paragraph(f"{letter}\t{text}")
        para.paragraph_format.left_indent = Cm(2.5)
        para.paragraph_format.first_line_indent = Cm(-1.25)
    head("4.\tReasons for decision")
    num("4.1", "The work programme is the means by which the Committee plans its scrutiny of "
        "health services that are commissioned or provided across the five boroughs of Ashwood, "
        "Corrowfield, Kilnbury, Pellingham and Thornhill Vale. Keeping it under review allows "
        "Members to respond to new proposals from the NHS, such as the community diagnostic "
        "centre, while ensuring that the meeting agendas remain manageable.")
    head("5.\tAlternative options considered")
    num("5.1", "None. The Committee’s terms of reference require it to agree its work programme.")
    head("6.\tBackground information")
    num("6.1", "The NML JHOSC was established by the five boroughs under the Local Authority "
        "(Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 to "
        "scrutinise matters that affect the whole of North Meridian London, and to respond to "
        "consultations on proposals for substantial variations in services that affect more than "
        "one borough. The London Borough of Ashwood provides the secretariat for 2024/25.")
    num("6.2", "At its meeting on 22 November 2024 the Committee asked for the following "
        "questions to be put to the ICB ahead of the March meeting. Members may wish to use them "
        "as the key lines of enquiry for the item:")
    for q in [
        "How will the ICB make sure that a new diagnostic centre does not draw radiographers and "
        "other staff away from the acute trusts?",
        "What engagement has taken place with residents and patients in Kilnbury, and will the "
        "ICB treat the proposal as a substantial variation?",
        "What would the contract be worth over ten years, and how will value for money be "
        "assessed if an independent sector provider is chosen?",
        "How will the centre reduce waiting times for MRI and CT scans at Corrowfield General "
        "Hospital?",
    ]:
        para = d.add_paragraph(q, style="List Bullet")
    num("6.3", "The Chair and Vice-Chairs met on 8 January 2025 and suggested that, given the "
        "length of the March agenda, the Committee may wish to move the NML Estates Strategy to "
        "the first meeting of 2025/26. The Committee is asked to decide whether to do so.")
    head("7.\tContribution to strategic outcomes")
    num("7.1", "The work of the Committee contributes to the priorities of each borough’s Health "
        "and Wellbeing Strategy and to the Corporate Delivery Plan theme of “Healthy, safe and "
        "independent lives”.")
    head("8.\tStatutory Officers comments (Chief Finance Officer (including procurement), "
         "Head of Legal and Governance, Equalities)")
    num("8.1", "Finance and Procurement: There are no financial implications arising from the "
        "recommendations in this report.")
    num("8.2", "Legal: The Head of Legal and Governance has been consulted in the preparation of "
        "this report and advises that the Committee may agree its own work programme within its "
        "terms of reference. Whether a proposal is a substantial variation is a matter on which "
        "the boroughs may take their own legal advice.")
    num("8.3", "Equality: The Council has a public sector equality duty under the Equality Act "
        "2010. The Committee should ensure that it addresses these duties by considering them "
        "within its work programme and by seeking evidence on the impact of NHS proposals on "
        "residents with protected characteristics.")
    head("9.\tUse of Appendices")
    num("9.1", "Appendix 1 – NML JHOSC Work Programme 2024/25")
    num("9.2", "Appendix 2 – Outstanding actions and information requests")
    head("10.\tLocal Government (Access to Information) Act 1985")
    num("10.1", "Background papers: none.")

    d.add_page_break()
    head("Appendix 1 – NML JHOSC Work Programme 2024/25")
    wp = [("Date", "Item", "Lead", "Notes"),
          ("20 September 2024", "Terms of reference and work programme; NML ICB annual report", "NML ICB", "Completed"),
          ("22 November 2024", "Primary care access; Adult community services review", "NML ICB", "Completed – written response on online consultations awaited"),
          ("24 January 2025", "ICB finances; Winter planning and urgent and emergency care; Community mental health core offer", "NML ICB / Meridian and Vale MHT", "This meeting"),
          ("14 March 2025", "NML Estates Strategy; Community diagnostic centre (proposed)", "NML ICB", "To be agreed – see paragraph 6.3"),
          ("2025/26 (to be scheduled)", "NHS dentistry; Maternity services; Workforce", "NML ICB", "Suggested by Members")]
    tb = d.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(wp):
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    head("Appendix 2 – Outstanding actions and information requests")
    ac = [("Meeting", "Request", "Response / status"),
          ("22 November 2024", "Could the ICB provide the number of GP practices in each borough "
           "offering online consultations?", "Response received 20 January 2025; to be circulated."),
          ("22 November 2024", "Members asked whether adult community services data could be "
           "provided by borough.", "ICB to include in the next update."),
          ("20 September 2024", "That the Chair write to NHS England about dental commissioning.",
           "Letter sent 14 October 2024; reply awaited.")]
    tb = d.add_table(rows=0, cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(ac):
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True

    cp = d.core_properties
    cp.author = "Callum Reddington"
    cp.last_modified_by = "Callum Reddington"
    cp.title = "Work Programme Update - NML JHOSC 24 January 2025"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed member timestamps so that the file is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


ATT_MAP = {"Present": "present", "Present as substitute": "present", "Apologies": "apologies",
           "In attendance": "in_attendance", "Absent": "absent"}

GOLD_MINUTES = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-24",
    "items": [
        {"number": "38", "title": "FILMING AT MEETINGS"},
        {"number": "39", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "40", "title": "URGENT BUSINESS"},
        {"number": "41", "title": "DECLARATIONS OF INTEREST"},
        {"number": "42", "title": "DEPUTATIONS/PETITIONS/PRESENTATIONS/QUESTIONS"},
        {"number": "43", "title": "MINUTES"},
        {"number": "44", "title": "NML ICB FINANCIAL POSITION AND SAVINGS PLAN 2024/25"},
        {"number": "45", "title": "WINTER PLANNING AND URGENT AND EMERGENCY CARE"},
        {"number": "46", "title": "COMMUNITY MENTAL HEALTH SERVICES - PROGRESS ON THE CORE OFFER"},
        {"number": "47", "title": "WORK PROGRAMME"},
        {"number": "48", "title": "NEW ITEMS OF URGENT BUSINESS"},
        {"number": "49", "title": "DATES OF FUTURE MEETINGS"},
    ],
    "questions": [
        # 42 deputation (public) and Members' points
        Q("42", "concern",
          "the Network was concerned that the new centre would be run by a private provider",
          "Ms Penhaligon",
          "Any provider would be required to show that it was not recruiting staff",
          "Jonathan Ferris", ["privatisation", "subcontracting", "workforce"]),
        Q("42", "question",
          "She asked why the ICB had decided to procure the service rather than expand",
          "Ms Penhaligon",
          "expanding capacity on the Corrowfield General site had been considered but was not possible",
          "Jonathan Ferris", ["subcontracting"]),
        Q("42", "request",
          "Mr Ambrose asked the Committee to call on the ICB to publish",
          "Mr Ambrose",
          "The outline business case would be published in February",
          "Jonathan Ferris", ["patient-and-public-input", "governance"]),
        Q("42", "question",
          "Cllr Hadfield asked whether the proposal would be treated as a substantial variation",
          "Cllr Hadfield",
          "the ICB’s view was that it was a new service rather than a change",
          "Callum Reddington", ["governance"]),
        Q("42", "comment",
          "a diagnostic centre in Kilnbury would be welcomed by many residents",
          "Cllr Asante-Hill", None, None, []),
        # 43 minutes
        Q("43", "question",
          "a written response from the ICB on the number of GP practices offering online consultations",
          "Cllr Dunleavy",
          "the response had been received on 20th January and would be circulated",
          "Callum Reddington", ["primary-care"]),
        # 44 finance
        Q("44", "question",
          "Cllr Hadfield asked whether the deficit would be carried forward into",
          "Cllr Hadfield",
          "the deficit would not be carried forward as a debt but that the planning guidance",
          "Joanne Whitlock", ["finance"]),
        Q("44", "concern",
          "Cllr Foyle expressed concern that savings on this scale could not be achieved",
          "Cllr Foyle",
          "every scheme above £250k went through a quality and equality impact assessment",
          "Joanne Whitlock", ["finance"]),
        Q("44", "question",
          "In response to a question from Cllr Asante-Hill about the use of temporary staff",
          "Cllr Asante-Hill",
          "agency spend across the four provider trusts had fallen by 31%",
          "Joanne Whitlock", ["workforce", "finance"]),
        Q("44", "question",
          "asked whether this was leading to more disputes with the boroughs over who should pay",
          "Cllr Dunleavy",
          "all five boroughs had seen an increase in disputed cases over the last year",
          "Marcus Fenwick", ["finance", "adult-social-care", "integration"]),
        Q("44", "comment",
          "the ICB should be more transparent about the choices it was making",
          "Cllr Yilmazer", None, None, ["governance", "finance"]),
        Q("44", "question",
          "Cllr Marchbank asked how the requirement to reduce ICB running costs by 30%",
          "Cllr Marchbank",
          "the ICB had already reduced its staffing by around 20% through a restructure",
          "Dr Anand Ravel", ["finance", "workforce"]),
        # 45 winter / UEC
        Q("45", "question",
          "Cllr Adebayo-Lane asked about the number of patients waiting more than 12 hours",
          "Cllr Adebayo-Lane",
          "12-hour waits at Corrowfield had fallen from 9% of attendances",
          "Bernadette Coyle", []),
        Q("45", "concern",
          "Cllr Aldridge-Pike expressed concern about patients in a mental health crisis",
          "Cllr Aldridge-Pike",
          "a mental health crisis assessment centre would open at Thornhill Vale in February",
          "Bernadette Coyle", ["mental-health"]),
        Q("45", "question",
          "how many patients were currently medically fit for discharge but remained in hospital",
          "Cllr Hadfield",
          "there were around 140 such patients across the acute sites in NML",
          "Marcus Fenwick", ["adult-social-care"]),
        Q("45", "question",
          "Cllr Foyle asked whether home care providers would have enough staff to cope",
          "Cllr Foyle",
          "providers had told the boroughs that the changes would add around 4%",
          "Marcus Fenwick", ["adult-social-care", "workforce", "finance"]),
        Q("45", "comment",
          "many residents did not understand the difference between an urgent treatment centre",
          "Cllr Dunleavy", None, None, []),
        Q("45", "request",
          "Cllr Dunleavy requested that the ICB share its winter communications plan",
          "Cllr Dunleavy",
          "Bernadette Coyle agreed to circulate the materials after the meeting",
          "Bernadette Coyle", []),
        Q("45", "question",
          "Cllr Asante-Hill asked about the uptake of flu and COVID-19 vaccinations",
          "Cllr Asante-Hill",
          "uptake of the flu vaccine among frontline NHS staff in NML was 38%",
          "Dr Ravel", ["public-health", "workforce"]),
        # 46 community mental health
        Q("46", "question",
          "Cllr Quarmby asked about waiting times for psychological therapies",
          "Cllr Quarmby",
          "the longest waits were for specialist therapies such as trauma-focused therapy",
          "Priya Mandalia", ["mental-health", "patient-and-public-input"]),
        Q("46", "question",
          "about the role of the voluntary and community sector in the core offer",
          "Cllr Yilmazer",
          "around a fifth of the funding for the core offer was spent",
          "Dr Sowerby", ["mental-health", "subcontracting"]),
        Q("46", "concern",
          "Cllr Marchbank expressed concern that young people moving from CAMHS to adult services",
          "Cllr Marchbank",
          "a new service for young adults aged 16-25 was being piloted",
          "Dr Sowerby", ["mental-health", "children-and-families"]),
        Q("46", "question",
          "Cllr Adebayo-Lane asked about vacancy rates in the community teams",
          "Cllr Adebayo-Lane",
          "the vacancy rate for community mental health nurses was 17%",
          "Dr Sowerby", ["mental-health", "workforce"]),
        Q("46", "request",
          "Cllr Foyle requested that future reports include information on access and outcomes",
          "Cllr Foyle", None, None, ["mental-health"]),
        Q("46", "question",
          "Cllr Hadfield asked whether the crisis line was now available 24 hours a day",
          "Cllr Hadfield",
          "the NHS 111 mental health option was available 24 hours a day",
          "Priya Mandalia", ["mental-health"]),
        # 47 work programme
        Q("47", "request",
          "Cllr Quarmby requested that access to NHS dentistry be added to the work programme",
          "Cllr Quarmby",
          "this would be added to the list of suggested topics",
          "Callum Reddington", ["primary-care"]),
    ],
    "resolutions": [
        R("42", "It was agreed that the ICB would bring a report on the community diagnostic centre",
          "agreed", []),
        R("43", "the minutes of the meeting held on 22nd November 2024 be approved", "agreed", []),
        R("44", "That the ICB provide the Committee with a breakdown of the", "agreed", ["finance"]),
        R("45", "The Committee noted the content of the report", "noted", []),
        R("46", "the next update on community mental health services include data on access",
          "agreed", ["mental-health"]),
        R("47", "That the work programme be noted, subject to the NML Estates Strategy item",
          "agreed", []),
        R("49", "The dates of future meetings were noted as follows", "noted", []),
    ],
    "attendees": [
        {"name": n, "role": r, "attendance": ATT_MAP[a]} for n, r, a, _ in ATTENDANCE
    ],
}

GOLD_REPORT = {"document": REP_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [pp.text for pp in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for g in sorted(GOLD.glob("nx-*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        text = norm(doc_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"{g.name}: {kind} phrase found {c} times, {n} words: {ph!r}")
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False
                print(f"{g.name}: attendee not found {a['name']!r}")
        print(f"{g.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MIN_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REP_NAME)
    for gold in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MIN_NAME, REP_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
