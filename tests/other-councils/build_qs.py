#!/usr/bin/env python3
"""Build the "qs-" documents (round 231) and their gold annotations.

Usage:  build_qs.py           build documents/qs-* and gold/qs-*.json
        build_qs.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qs-harnwardine-health-care-wellbeing-scrutiny-committee-2025-11-24.html"
PETITION_NAME = "qs-harnwardine-petition-response-brookhampton-day-centre.html"

COMMITTEE = "Health, care and wellbeing scrutiny committee"
SITE = "https://councillors.harnwardine.gov.uk"

# ---------------------------------------------------------------------------
# Small HTML helpers (the minutes are Word text pasted into modern.gov, so the
# markup carries the usual Mso classes and spans)
# ---------------------------------------------------------------------------

SPAN = '<span style="font-family:&quot;Arial&quot;,sans-serif">'


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def P(text: str, raw: bool = False) -> str:
    body = text if raw else esc(text)
    return f'<p class="MsoNormal">{SPAN}{body}</span></p>'


def B(text: str) -> str:
    return f"<b>{esc(text)}</b>"


def I(text: str) -> str:
    return f'<p class="MsoNormal"><i>{SPAN}{esc(text)}</span></i></p>'


def UL(items: list[str]) -> str:
    lis = "".join(
        f'<li class="MsoListParagraph" style="margin-left:0cm">{SPAN}{esc(t)}</span></li>'
        for t in items)
    return f'<ul style="margin-top:0cm" type="disc">{lis}</ul>'


def OL_ALPHA(items: list[str]) -> str:
    """Lettered clauses typed by hand, as Word pasted them: one paragraph each."""
    out = []
    for letter, t in zip("abcdefgh", items):
        out.append(f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt">'
                   f'{SPAN}{letter})<span style="font:7.0pt &quot;Times New Roman&quot;">'
                   f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{esc(t)}</span></p>')
    return "".join(out)


def cell(text: str, head: bool = False, width: str = "") -> str:
    w = f' width="{width}"' if width else ""
    if head:
        inner = f'<p class="MsoNormal"><b>{SPAN}{esc(text)}</span></b></p>'
        return (f'<td{w} valign="top" style="border:solid windowtext 1.0pt;background:#D9D9D9;'
                f'padding:0cm 5.4pt 0cm 5.4pt">{inner}</td>')
    if not text:
        inner = '<p class="MsoNormal">&nbsp;</p>'
    else:
        inner = "".join(P(t) for t in text.split("\n"))
    return (f'<td{w} valign="top" style="border:solid windowtext 1.0pt;border-top:none;'
            f'padding:0cm 5.4pt 0cm 5.4pt">{inner}</td>')


def TABLE(head: list[str], rows: list[list[str]], widths: list[str]) -> str:
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    out.append("<tr>" + "".join(cell(h, True, w) for h, w in zip(head, widths)) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(cell(c, False, w) for c, w in zip(r, widths)) + "</tr>")
    out.append("</table>")
    return "".join(out)


# ---------------------------------------------------------------------------
# The minutes: one modern.gov "Agenda and minutes" page (ieListDocuments.aspx)
# ---------------------------------------------------------------------------

ITEMS: list[dict] = []


def item(number, title, agenda, minutes, docs=()):
    ITEMS.append({"number": number, "title": title, "agenda": agenda,
                  "minutes": minutes, "docs": list(docs)})


item("31", "APOLOGIES FOR ABSENCE",
     [P("To receive any apologies for absence.")],
     [P("Apologies were received from Councillors Jeremy Ockwell and Sandra Mainwaring.")])

item("32", "NAMED SUBSTITUTES (IF ANY)",
     [P("To receive details of any member nominated to attend the meeting in place of a "
        "member of the committee.")],
     [P("Councillor Bryony Hale attended the meeting as a substitute member for Councillor "
        "Jeremy Ockwell.")])

item("33", "DECLARATIONS OF INTEREST",
     [P("To receive any declarations of interest in respect of schedule 1, schedule 2 or "
        "schedule 3 of the code of conduct for members and co-opted members of the council "
        "in respect of items on the agenda.")],
     [P("Councillor Derek Lampitt declared an other registrable interest in agenda item no. 7, "
        "re-procurement of care at home services, as a volunteer trustee of Castle Ferrow Good "
        "Neighbours, which receives a small grant from the council. He remained in the meeting "
        "and took part in the discussion."),
      P("Councillor Sunita Khera declared an other registrable interest in agenda item no. 8 "
        "as her daughter is employed as a dental nurse at a practice in Orlford.")])

item("34", "MINUTES",
     [P("To approve and sign the minutes of the meeting held on 22 September 2025.")],
     [P(B("Resolved:") + esc(" That the minutes of the meeting held on 22 September 2025 be "
                           "confirmed as a correct record and be signed by the chairperson."),
        raw=True)],
     [("Minutes , 22/09/2025 Health, care and wellbeing scrutiny committee", "PDF 241 KB")])

PUBLIC_Q = TABLE(
    ["Questioner", "Question", "Response"],
    [["Mrs Gwen Alderton, Castle Ferrow",
      "Question 1\nAt the last meeting we were told that people in the west of the county "
      "sometimes wait weeks for a home care package to start. How many hours of care that "
      "the council has assessed people as needing were waiting for a provider at the end of "
      "October, and what is being done about it?",
      "Answer from Councillor Nigel Prothero, cabinet member adults, health and wellbeing\n"
      "At 31 October 2025, 212 hours per week of assessed care were waiting for a provider, "
      "affecting 29 people, 21 of whom live in the west of the county. Everyone waiting has "
      "been offered an interim arrangement, such as a short stay in a care home, a direct "
      "payment or support from the council's reablement service. The proposed zoned model "
      "for care at home, which the committee is considering at agenda item no. 7, is "
      "intended to guarantee that every area of the county has a provider responsible for "
      "picking up new packages."],
     ["Mr Dylan Pugh, Wenlow",
      "Question 2\nMy grandson is seven and has never seen an NHS dentist. Will the council "
      "ask the NHS to open a dental access centre in Wenlow, as there is no practice taking "
      "children within twelve miles?",
      "Answer from Dr Imran Lodhia, director of public health\n"
      "The council does not commission NHS dental services; this is the responsibility of NHS "
      "Harnwardine and Wenlow Integrated Care Board. The integrated care board has advised "
      "that two practices in Wenlow are currently accepting children as NHS patients and "
      "that families can find them through the NHS website or by calling NHS 111. The "
      "council's concerns about access for children have been raised directly with the "
      "integrated care board, which is attending this meeting under agenda item no. 8."]],
    ["22%", "39%", "39%"])

item("35", "QUESTIONS FROM MEMBERS OF THE PUBLIC",
     [P("To receive any written questions from members of the public.")],
     [P("Two questions had been received from members of the public. The questions and the "
        "responses given are set out below."),
      PUBLIC_Q,
      P("By way of a supplementary question, Mrs Alderton asked whether people waiting for "
        "a package were being charged for the interim care home stays offered to them. The "
        "cabinet member adults, health and wellbeing replied that interim stays arranged "
        "because no home care was available were not charged for beyond the person's "
        "assessed contribution for home care."),
      P("Mr Pugh was not present at the meeting and the chairperson undertook to send him a "
        "copy of the response.")])

item("36", "QUESTIONS FROM COUNCILLORS",
     [P("To receive any written questions from councillors.")],
     [P("No questions had been received from councillors.")])

CARE_Q = TABLE(
    ["Member", "Question / comment", "Response"],
    [["Cllr P Castleford",
      "Concerned that the zoned model would hand most of the market to a few large national "
      "companies, squeezing out small local agencies that had served the county for years.",
      "Zones had been sized deliberately so that local agencies could bid alone or as part of "
      "a consortium, and the evaluation criteria gave weight to local knowledge and social "
      "value. (Service director all age commissioning)"],
     ["Cllr S Khera",
      "Asked what proportion of care at home was currently bought from agencies outside the "
      "framework on a spot basis.",
      "Around 38 per cent of hours were bought on a spot basis, mostly in the west and north "
      "of the county where framework providers had been unable to pick up packages. "
      "(Service director all age commissioning)"],
     ["Cllr T Wadeley",
      "Asked whether the new contracts would require providers to pay care workers for "
      "travel time between calls, and how the council would know whether they did.",
      "The specification would require payment for travel time and at least the real living "
      "wage. Contract monitoring officers would sample payslips during quality visits. "
      "(Service director all age commissioning)"],
     ["Cllr M Dyas",
      "Asked how people who receive care at home, and their carers, had been involved in "
      "designing the new specification.",
      "Twelve engagement sessions had been held across the county with 140 people taking "
      "part, and a group of six carers had helped to write the outcomes in the "
      "specification. (Corporate director community wellbeing)"],
     ["Cllr R Bowditch",
      "Requested that quality and hand-back figures for each zone be reported to the "
      "committee six months after the new arrangements begin.",
      "Agreed. The cabinet member said he would welcome a report to the committee at six "
      "months and annually after that. (Cabinet member adults, health and wellbeing)"],
     ["Cllr D Lampitt",
      "Commented that the real problem in his ward was not the model but the shortage of "
      "carers willing to drive long distances between isolated villages.",
      ""],
     ["Cllr E Fennimore",
      "Asked what would happen if a lead provider failed or handed back a whole zone part "
      "way through the contract.",
      "The council's in-house reablement service would act as provider of last resort for up "
      "to six weeks while packages were moved, and the contract would include step-in "
      "rights. (Corporate director community wellbeing)"]],
    ["16%", "42%", "42%"])

item("37", "RE-PROCUREMENT OF CARE AT HOME SERVICES",
     [P("To review the proposed approach to re-procuring care at home services from 1 April "
        "2026, ahead of a key decision by the cabinet member adults, health and wellbeing "
        "in January 2026.")],
     [P("The service director all age commissioning introduced the report and gave a "
        "presentation. The principal points included:"),
      UL(["the current framework of 23 care at home providers expires on 31 March 2026 and "
          "cannot be extended further;",
          "it is proposed to divide the county into seven zones, with a lead provider in each "
          "zone responsible for accepting every new package, supported by a framework of "
          "other approved providers;",
          "around 1,480 people currently receive care at home arranged by the council, "
          "amounting to approximately 16,900 hours per week;",
          "the hourly rate paid to providers rose from £24.10 to £26.45 in April 2025, and "
          "spend on care at home is forecast at £23.2 million in 2025/26;",
          "market engagement events were held in July and September 2025 and were attended "
          "by 31 organisations."]),
      P("The cabinet member adults, health and wellbeing added that the aim was to end the "
        "situation in which people in rural parishes waited longest for care simply because "
        "of where they lived."),
      P("The committee's questions and comments, and the responses given, are summarised in "
        "the table below."),
      CARE_Q,
      I("The meeting adjourned at 11.32 am and reconvened at 11.44 am."),
      P("Councillor Castleford proposed, and Councillor Dyas seconded, an additional "
        "recommendation that the cabinet member be asked to commission an options appraisal "
        "on bringing a proportion of care at home back in-house. On being put to the vote the "
        "additional recommendation was lost."),
      P(B("Resolved:") + esc(" That the committee make the following recommendations to the "
                           "cabinet member adults, health and wellbeing:"), raw=True),
      OL_ALPHA(["that the zone boundaries and lot sizes be reviewed before the tender is "
                "published, so that small local providers are able to bid;",
                "that the contracts require payment for travel time and at least the real "
                "living wage, with compliance reported to the committee each year; and",
                "that a report on quality, hand-backs and unmet need in each zone be brought "
                "to the committee six months after the new contracts start."])],
     [("Care at home re-procurement report", "PDF 512 KB"),
      ("Appendix A - zone map", "PDF 1 MB"),
      ("Appendix B - engagement summary", "PDF 388 KB"),
      ("Presentation - care at home", "PDF 920 KB")])

item("38", "NHS DENTAL SERVICES AND CHILDREN'S ORAL HEALTH",
     [P("To receive an update from NHS Harnwardine and Wenlow Integrated Care Board on access "
        "to NHS dental services, and from the director of public health on the oral health "
        "of children in the county.")],
     [P("The head of primary care commissioning (dental), NHS Harnwardine and Wenlow "
        "Integrated Care Board, presented the update. She explained that responsibility for "
        "commissioning NHS dental services had been delegated to the integrated care board "
        "in April 2023, that 41 practices in the county held NHS contracts, and that 58 per "
        "cent of the contracted units of dental activity had been delivered in 2024/25."),
      P("The director of public health summarised the most recent oral health survey of "
        "five-year-olds, which found that 27 per cent had visible tooth decay, compared with "
        "22 per cent in England. Tooth extraction remained the most common reason for a "
        "planned hospital admission among children aged six to ten."),
      P("In the discussion the following principal points were made:"),
      UL(["A committee member asked how many practices in the county were currently "
          "accepting new adult NHS patients. The head of primary care commissioning (dental) "
          "said that, as at 1 November, only three practices were accepting new adult "
          "patients, although most would still see children.",
          "Concern was expressed about the distance families in the north of the county had "
          "to travel for an urgent appointment. It was confirmed that an additional 40 urgent "
          "treatment sessions a month had been commissioned from practices in Leddicott and "
          "Wenlow since October.",
          "Councillor Orchardson queried why two practices in Stokewell had handed back their "
          "NHS contracts during the year. The head of primary care commissioning (dental) "
          "explained that both had cited the difficulty of recruiting dentists, and that the "
          "integrated care board was re-procuring the activity with new providers expected to "
          "be in place by the summer of 2026.",
          "The vice-chairperson asked whether supervised toothbrushing would be extended to "
          "every nursery and primary school in the most deprived areas. The director of "
          "public health said that the scheme ran in 46 early years settings and that a "
          "further 20 would join from January 2026, funded from the public health grant.",
          "Councillor Khera commented that residents in her ward had been directed by NHS 111 "
          "to practices that were not taking patients, and that the information given to the "
          "public had to improve.",
          "Councillor Bowditch requested that practice-level figures on the number of NHS "
          "patients seen be shared with ward members. The head of primary care commissioning "
          "(dental) agreed to circulate this information every quarter."]),
      P(B("Resolved:") + esc(" That:"), raw=True),
      OL_ALPHA(["the update be noted; and",
                "a further report on access to NHS dental services, including the outcome of "
                "the re-procurement in Stokewell, be brought to the committee in June 2026."])],
     [("NHS dental services update", "PDF 364 KB"),
      ("Oral health of children - briefing", "PDF 198 KB")])

VAPE_Q = TABLE(
    ["Question / comment", "Response"],
    [["Cllr Hale – How many test purchases had been carried out at shops near schools, and "
      "how many had resulted in an illegal sale?",
      "Trading standards team leader – 41 test purchases had been carried out since April "
      "and 13 had resulted in a sale to a young person under 18. Two retailers were being "
      "prosecuted and a further five had received written warnings."],
     ["Cllr Threlfall – Concerned that since the ban on single-use vapes, cheap refillable "
      "pod kits in sweet flavours were being sold to children in exactly the same way.",
      "Director of public health – Agreed that this was a real risk. The ban had taken effect "
      "on 1 June 2025, and the Tobacco and Vapes Bill would give powers to restrict flavours, "
      "packaging and displays."],
     ["Cllr Khera – What help was available in schools for young people who wanted to stop "
      "vaping?",
      "Cabinet member children and young people – All secondary schools had been offered a "
      "vaping education session, 19 of the 22 had taken it up, and school nurses could refer "
      "pupils to the young people's stop smoking service."],
     ["Cllr Lampitt – Commented that many parents bought vapes for their children believing "
      "them to be harmless, and that the message needed to reach parents as well as pupils.",
      ""],
     ["Cllr Orchardson – Sought clarification on whether the additional national funding for "
      "stop smoking services had been received and how it was being spent.",
      "Director of public health – The local stop smoking services and support grant for "
      "2025/26 was £318,000; it had paid for two additional advisers and free vape starter "
      "kits for adult smokers trying to quit."],
     ["Cllr Fennimore – Would the council support a licensing scheme for shops selling "
      "vapes?",
      "Director of public health – The council had no power to license retailers at present "
      "but supported the proposal for a national retail licensing scheme in the Bill."]],
    ["50%", "50%"])

item("39", "YOUTH VAPING AND TOBACCO CONTROL",
     [P("To consider the report of the director of public health on youth vaping, the "
        "enforcement of age-of-sale rules and stop smoking support in the county.")],
     [P("The director of public health introduced the report, supported by the trading "
        "standards team leader and the cabinet member children and young people. It was "
        "reported that a survey of 3,200 pupils in years 8 and 10 in spring 2025 had found "
        "that 11 per cent vaped at least weekly, and that trading standards had seized 6,400 "
        "illegal vapes in the year to date. The director of public health explained that "
        "the council's approach had three parts: stopping illegal and underage sales through "
        "trading standards enforcement, working with schools so that young people understood "
        "the risks, and continuing to promote vaping as an aid to quitting for adults who "
        "smoke. Smoking prevalence among adults in the county had fallen to 10.8 per cent, "
        "but remained above 20 per cent among adults in routine and manual occupations."),
      P(B("Questions and responses"), raw=True),
      VAPE_Q,
      P(B("Resolved:") + esc(" That the committee:"), raw=True),
      OL_ALPHA(["notes the action taken to reduce youth vaping and to enforce age-of-sale "
                "rules;",
                "recommends to the cabinet member children and young people that vaping "
                "education be offered to parents through schools and family hubs; and",
                "recommends to the cabinet member adults, health and wellbeing that the "
                "council write to the Department of Health and Social Care in support of a "
                "national retail licensing scheme for tobacco and vapes."])],
     [("Youth vaping and tobacco control report", "PDF 433 KB"),
      ("Appendix 1 - pupil survey headlines", "PDF 156 KB")])

item("40", "PLANNED CARE WAITING TIMES AND PATIENT EXPERIENCE",
     [P("To receive an update from Lydon Valley NHS Trust on waiting times for planned "
        "hospital care, and a report from Healthwatch Harnwardine on the experience of "
        "patients waiting for treatment.")],
     [I("Councillor Castleford left the meeting at 12.20 pm."),
      P("The director of operations, Lydon Valley NHS Trust, presented the update. The "
        "trust's waiting list stood at 31,400 at the end of October 2025, and 61 per cent of "
        "patients had been waiting less than 18 weeks, against the national standard of 92 "
        "per cent."),
      P("The principal points of the trust's presentation were:"),
      UL(["additional Saturday theatre lists had been run at Harnwardine County Hospital "
          "since June, adding around 90 operations a month;",
          "a new community diagnostic centre at Castle Ferrow had opened in August and was "
          "carrying out 1,900 scans and tests a month;",
          "industrial action and the loss of two orthopaedic surgeons had set back recovery "
          "in the spring, but both posts had since been filled;",
          "the trust expected 65 per cent of patients to be seen within 18 weeks by March "
          "2026, in line with its operating plan."]),
      P("The chief officer, Healthwatch Harnwardine, presented the findings of the Waiting "
        "Well survey, to which 612 residents had responded. Two thirds of those responding "
        "had not been told how long they were likely to wait, and one in five said their "
        "condition had become worse while waiting. Healthwatch recommended that the trust "
        "contact every patient on the waiting list at least once every three months, give a "
        "named point of contact for each specialty, and publish average waiting times for "
        "each clinic in a form that patients could understand."),
      P("Members asked a number of questions and made comments; the points made and the "
        "responses given are summarised below."),
      P("(a)&nbsp; " + esc("Councillor Fennimore asked how many patients had waited more than "
        "52 weeks for treatment. The director of operations said that 1,126 patients had "
        "waited over 52 weeks at the end of October, most of them in orthopaedics and ear, "
        "nose and throat."), raw=True),
      P("(b)&nbsp; " + esc("Councillor Bowditch sought clarification on whether patients were "
        "being offered treatment at independent sector hospitals. She was informed that "
        "around 300 orthopaedic patients had transferred to an independent hospital in "
        "Wenlow since April, under a contract let by the integrated care board."), raw=True),
      P("(c)&nbsp; " + esc("Concerns were expressed that patients were left without "
        "information while they waited and that some had simply been told to go back to "
        "their GP. The director of operations accepted that communication had to improve "
        "and said that every patient waiting more than 18 weeks would receive a waiting well "
        "letter by March 2026."), raw=True),
      P("(d)&nbsp; " + esc("The chairperson asked how the views of patients had shaped the "
        "trust's plans for outpatient services. The director of operations explained that a "
        "patient panel of 18 members had reviewed every new appointment letter and had "
        "asked for text message reminders, which had been introduced in September."),
        raw=True),
      P("(e)&nbsp; " + esc("Councillor Wadeley asked whether delayed discharges were reducing "
        "the number of beds available for planned operations. The corporate director "
        "community wellbeing said that on an average day 34 patients who were medically fit "
        "for discharge remained in the trust's beds, down from 52 a year earlier, and that "
        "the joint discharge team was working to reduce this further."), raw=True),
      P("(f)&nbsp; " + esc("Councillor Dyas commented that the overnight closure of the minor "
        "injuries unit at Leddicott had pushed more people into the emergency department at "
        "Harnwardine County Hospital and lengthened waits for everyone."), raw=True),
      P("The chairperson thanked the trust and Healthwatch for their attendance. The "
        "committee agreed that the chairperson would write to the chief executive of Lydon "
        "Valley NHS Trust asking that waiting times for each specialty be published on the "
        "trust's website every month."),
      P(B("Resolved:") + esc(" That the update on planned care waiting times and the "
                           "Healthwatch report be noted."), raw=True)],
     [("Lydon Valley NHS Trust - planned care update", "PDF 702 KB"),
      ("Healthwatch Harnwardine - Waiting Well report", "PDF 1 MB")])

item("41", "WORK PROGRAMME",
     [P("To consider the committee's work programme for 2025/26.")],
     [P("The statutory scrutiny officer presented the work programme for the remainder of "
        "the municipal year. She reminded members that the January meeting would consider "
        "the draft budget proposals for community wellbeing, and that a spotlight review of "
        "the carers' strategy, led by the vice-chairperson, would report in March."),
      P("Councillor Wadeley requested that an item on delays to disabled facilities grants "
        "and housing adaptations for older people be added. The statutory scrutiny officer "
        "said that the item could be scheduled for the meeting on 16 March 2026, and that "
        "the housing service would be invited to attend."),
      P(B("Resolved:") + esc(" That the work programme be approved, with the addition of an "
                           "item on disabled facilities grants at the March 2026 meeting."),
        raw=True)],
     [("Work programme 2025/26", "PDF 187 KB")])

item("42", "DATE OF NEXT MEETING",
     [P("Monday 26 January 2026, 10.00 am.")],
     [P("The next scheduled meeting will be held on Monday 26 January 2026 at 10.00 am.")])

ATTENDANCE = [
    ("Present:", "Councillor Alison Pennock (chairperson)<br>Councillor Gareth Threlfall "
                 "(vice-chairperson)"),
    ("Councillors:", "Rhiannon Bowditch, Peter Castleford, Marian Dyas, Edward Fennimore, "
                     "Bryony Hale (substitute), Sunita Khera, Derek Lampitt, Fiona Orchardson "
                     "and Tom Wadeley"),
    ("Apologies:", "Councillors Jeremy Ockwell and Sandra Mainwaring"),
    ("In attendance:", "Councillor Nigel Prothero (cabinet member adults, health and "
                       "wellbeing)<br>Councillor Hazel Tranter (cabinet member children and "
                       "young people)<br>Claire Ridgway (director of operations, Lydon Valley "
                       "NHS Trust)<br>Rosalind Catterall (head of primary care commissioning "
                       "(dental), NHS Harnwardine and Wenlow Integrated Care Board)<br>Paul "
                       "Kinsella (chief officer, Healthwatch Harnwardine)"),
    ("Officers:", "Karen Sheldrake (corporate director community wellbeing), Dr Imran Lodhia "
                  "(director of public health), Michelle Vowles (service director all age "
                  "commissioning), Lisa Harcourt (trading standards team leader), Harriet Dunn "
                  "(statutory scrutiny officer) and Owen Pritchard (democratic services "
                  "officer)"),
]


def minutes_html() -> str:
    title = f"{COMMITTEE} - Monday, 24th November, 2025 10.00 am"
    out = []
    out.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    out.append('<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">')
    out.append("<head>")
    out.append('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    out.append(f"<title>Agenda for {esc(title)} - Harnwardine Council</title>")
    out.append('<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />')
    out.append("</head>")
    out.append('<body class="mgBody">')
    out.append('<div id="skip"><a href="#mgContent">Skip to content</a></div>')
    out.append('<div id="ssHeader"><a href="https://www.harnwardine.gov.uk/">'
               '<img src="SiteSpecific/logo.png" alt="Harnwardine Council logo" /></a>'
               '<ul id="ssTopNav">'
               '<li><a href="https://www.harnwardine.gov.uk/">Home</a></li>'
               '<li><a href="mgMemberIndex.aspx">Your councillors</a></li>'
               '<li><a href="ieDocHome.aspx">Committees</a></li>'
               '<li><a href="mgCalendarMonthView.aspx">Meetings calendar</a></li>'
               '<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>'
               '<li><a href="mgEPetitionListDisplay.aspx">Petitions</a></li>'
               '<li><a href="ieDocSearch.aspx">Search documents</a></li></ul></div>')
    out.append('<div id="mgBreadcrumbs"><a href="https://www.harnwardine.gov.uk/">Home</a> '
               '&gt; <a href="ieDocHome.aspx">Council, councillors and democracy</a> &gt; '
               '<a href="ieListMeetings.aspx?CommitteeId=662">'
               f"{esc(COMMITTEE)}</a> &gt; Meeting</div>")
    out.append('<div id="mgContent">')
    out.append('<h1 class="mgMainTitleTxt">Agenda and minutes</h1>')
    out.append(f'<h2 class="mgSubTitleTxt">{esc(title)}</h2>')
    out.append('<p class="mgLineSpacing"><span class="mgLabel">Venue: </span>Council Chamber, '
               'Tanners Yard Offices, Bridge Street, Harnwardine, HW1 2BZ. '
               '<a href="mgMeetingVenue.aspx?ID=14">View directions</a></p>')
    out.append('<p class="mgLineSpacing"><span class="mgLabel">Contact: </span>Owen '
               'Pritchard, Democratic services officer&nbsp; Tel: 01632 960417&nbsp; Email: '
               '<a href="mailto:councillorservices@harnwardine.gov.uk">'
               'councillorservices@harnwardine.gov.uk</a></p>')
    out.append('<ul class="mgActionList">'
               '<li><a href="documents/g9931/Public%20reports%20pack%2024th-Nov-2025.pdf">'
               'Agenda reports pack <span class="mgHide">24th-Nov-2025 10.00 '
               f"{esc(COMMITTEE)}</span></a> "
               '<img src="mgImages/pdf.gif" alt="pdf icon" /> PDF 9 MB</li>'
               '<li><a href="documents/g9931/Printed%20minutes%2024th-Nov-2025.pdf">'
               'Printed minutes <span class="mgHide">24th-Nov-2025 10.00 '
               f"{esc(COMMITTEE)}</span></a> "
               '<img src="mgImages/pdf.gif" alt="pdf icon" /> PDF 296 KB</li></ul>')
    out.append('<h2 class="mgSectionTitle">Media</h2>')
    out.append('<div class="mgLinks"><p><a href="https://webcasts.harnwardine.gov.uk/'
               'meeting/911204">Webcast of the meeting</a> (opens in a new window)'
               '</p></div>')
    out.append('<h2 class="mgSectionTitle">Items</h2>')
    out.append('<table class="mgItemTable" summary="Table of agenda items">')
    out.append('<tr><th class="mgItemNumberTitle" scope="col">No.</th>'
               '<th class="mgItemTitle" scope="col">Item</th></tr>')
    for it in ITEMS:
        row = ['<tr>', f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">'
                       f'{it["number"]}.</p></td>', '<td>']
        row.append(f'<p class="mgAiTitleTxt"><a href="ieIssueDetails.aspx?IId=4{it["number"]}07'
                   f'&amp;Opt=0">{esc(it["title"])}</a></p>')
        row.append('<div class="mgWordPara">' + "".join(it["agenda"]) + "</div>")
        row.append('<div class="mgSubItemTitleTxt"><p class="mgSubItemTitleTxt">'
                   '<strong>Minutes:</strong></p></div>')
        row.append('<div class="mgWordPara">' + "".join(it["minutes"]) + "</div>")
        if it["docs"]:
            row.append('<p class="mgSubItemTitleTxt">Supporting documents:</p>'
                       '<ul class="mgBulletList">')
            for name, size in it["docs"]:
                row.append(f'<li><a href="documents/s3{it["number"]}18/{esc(name)}.pdf" '
                           f'class="mgRelativeDocLink">{esc(name)}, item {it["number"]}.'
                           '</a>&nbsp;<img src="mgImages/pdf.gif" alt="pdf icon" />'
                           f'&nbsp;{size}</li>')
            row.append("</ul>")
        row.append("</td></tr>")
        out.append("".join(row))
    out.append("</table>")
    out.append('<h2 class="mgSectionTitle">Attendance details</h2>')
    out.append('<div class="mgAttendance">')
    for label, names in ATTENDANCE:
        out.append(f'<p><span class="mgLabel">{label}</span> {names}</p>')
    out.append("</div>")
    out.append("</div>")
    out.append('<div id="ssFooter"><ul>'
               '<li><a href="https://www.harnwardine.gov.uk/accessibility">Accessibility</a></li>'
               '<li><a href="https://www.harnwardine.gov.uk/privacy">Privacy notice</a></li>'
               '<li><a href="https://www.harnwardine.gov.uk/cookies">Cookies</a></li>'
               '<li><a href="mgRss.aspx">RSS</a></li></ul>'
               '<p>Harnwardine Council, Tanners Yard Offices, Bridge Street, Harnwardine '
               'HW1 2BZ</p><p>Powered by modern.gov</p></div>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The paper that is not minutes: the council's response to a petition
# ---------------------------------------------------------------------------

def petition_html() -> str:
    h = esc
    ysay = [
        ("You asked us to keep Brookhampton Day Centre open five days a week.",
         "We said that the centre will stay open. From April 2026 it will open on four days "
         "a week as a specialist dementia day service, and the Friday sessions will move to "
         "the Orlford Community Hub, four miles away, with transport provided."),
        ("You asked whether the building is being sold.",
         "We said no. The building is owned by the council and there are no plans to sell it. "
         "Money has been set aside to replace the heating system and the roof of the "
         "conservatory in 2026."),
        ("You asked us to guarantee that nobody will lose their place.",
         "We said that everyone who currently attends will keep a day service. Each person "
         "will have a review with their social worker before any change is made, and their "
         "carer will be invited to take part."),
        ("You asked why the council had not talked to families first.",
         "We said that we accept that families heard about the proposals from a letter "
         "rather than from us in person. We have apologised for this, and we have held two "
         "drop-in sessions at the centre and one online session since the petition was "
         "started."),
    ]
    scrutiny_qs = [
        "How many people attend Brookhampton Day Centre on each day of the week, and how has "
        "this changed over the last three years?",
        "What did carers say at the drop-in sessions, and what has changed as a result?",
        "How will transport to the Orlford Community Hub work for people who live in the "
        "outlying villages?",
        "What will the proposals save, and how does this compare with the cost of a place "
        "at an independent day service?",
        "How will the council know whether the changes have made things better or worse for "
        "the people who use the centre and their carers?",
    ]
    out = []
    out.append("<!DOCTYPE html>")
    out.append('<html lang="en-GB">')
    out.append("<head>")
    out.append('<meta charset="utf-8">')
    out.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    out.append("<title>Response to petition: Keep Brookhampton Day Centre open - "
               "Harnwardine Council</title>")
    out.append('<link rel="stylesheet" href="/assets/css/main.css">')
    out.append("</head>")
    out.append("<body>")
    out.append('<a class="skip-link" href="#main">Skip to main content</a>')
    out.append('<header class="site-header"><a href="/" class="logo">'
               '<img src="/assets/img/harnwardine-logo.svg" alt="Harnwardine Council"></a>'
               '<nav aria-label="Main"><ul>'
               '<li><a href="/adult-social-care">Adult social care</a></li>'
               '<li><a href="/bins-and-recycling">Bins and recycling</a></li>'
               '<li><a href="/council-tax">Council tax</a></li>'
               '<li><a href="/council-and-democracy">Council and democracy</a></li>'
               '<li><a href="/roads-and-transport">Roads and transport</a></li>'
               '</ul></nav>'
               '<form role="search" action="/search"><label for="q">Search this site</label>'
               '<input id="q" name="q" type="search"><button>Search</button></form></header>')
    out.append('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>'
               '<li><a href="/">Home</a></li>'
               '<li><a href="/council-and-democracy">Council and democracy</a></li>'
               '<li><a href="/council-and-democracy/petitions">Petitions</a></li>'
               '<li>Response to petition: Keep Brookhampton Day Centre open</li></ol></nav>')
    out.append('<main id="main">')
    out.append("<h1>Response to petition: Keep Brookhampton Day Centre open</h1>")
    out.append('<p class="meta">Published 2 December 2025 | Petition reference PET/2025/014 '
               "| Lead petitioner: Mrs Eleanor Vardy</p>")
    out.append("<h2>The petition</h2>")
    out.append("<p>The petition was started on the council's e-petitions site on 14 August "
               "2025 and closed on 10 October 2025 with 1,962 signatures, of which 1,714 were "
               "confirmed as coming from people who live, work or study in the county. A paper "
               "petition with a further 623 signatures was handed in at the Tanners Yard "
               "Offices on 13 October 2025.</p>")
    out.append("<p>The petition reads:</p>")
    out.append("<blockquote><p>We the undersigned call on Harnwardine Council to keep "
               "Brookhampton Day Centre open five days a week for older people and people "
               "living with dementia. The centre is a lifeline for the people who go there "
               "and for the families who care for them. Cutting days, or moving people to "
               "other places miles away, will leave carers without a break and will make "
               "people with dementia more confused and anxious. We ask the council to rule "
               "out selling the building and to talk to families before anything changes."
               "</p></blockquote>")
    out.append("<h2>The council's response</h2>")
    out.append("<p>This response is given on behalf of the council by Councillor Nigel "
               "Prothero, cabinet member adults, health and wellbeing.</p>")
    out.append("<p>I would like to thank Mrs Vardy and everyone who signed the petition. It "
               "is clear how much Brookhampton Day Centre means to the people who use it, to "
               "their families and to the staff who work there, and I have visited the centre "
               "twice since the petition was started to hear this for myself.</p>")
    out.append("<p>I want to be clear that Brookhampton Day Centre is not closing and the "
               "building is not being sold. What we have proposed is a change in the way the "
               "centre is used. At present the centre is open five days a week and is "
               "registered for 30 places a day, but on an average day last year 17 people "
               "attended, and on Fridays the average was 9. At the same time we have a "
               "waiting list of 22 people living with more advanced dementia, whose needs "
               "cannot be met by the general day service that runs at the centre now.</p>")
    out.append("<p>Our proposal is that from April 2026 the centre opens on Monday to "
               "Thursday as a specialist dementia day service, with more staff trained in "
               "dementia care and a higher ratio of staff to people attending. People who now "
               "attend on a Friday would be offered a place at the Orlford Community Hub, "
               "which opens five days a week, with door-to-door transport provided by the "
               "council. Nobody would have to pay more for their day service as a result of "
               "these changes.</p>")
    out.append("<p>We accept that we did not get the first stage of this right. Families "
               "learned about the proposals from a letter, and many felt that the decision "
               "had already been made. It has not. No decision will be taken until the "
               "consultation, which runs until 16 January 2026, has closed and the findings "
               "have been considered, first by the Health, care and wellbeing scrutiny "
               "committee and then by me as cabinet member.</p>")
    out.append("<h2>You asked, we said</h2>")
    out.append('<table class="you-asked"><thead><tr><th scope="col">You asked</th>'
               '<th scope="col">We said</th></tr></thead><tbody>')
    for a, s in ysay:
        out.append(f"<tr><td>{h(a)}</td><td>{h(s)}</td></tr>")
    out.append("</tbody></table>")
    out.append("<h2>What happens next</h2>")
    out.append("<p>Because the petition has more than 1,500 signatures, it will be debated at "
               "the meeting of full council on 12 December 2025. Mrs Vardy will be invited "
               "to present the petition and will have five minutes to speak. Councillors "
               "will then debate the petition and decide how to respond.</p>")
    out.append("<p>The Health, care and wellbeing scrutiny committee will look at the "
               "proposals and the results of the consultation at its meeting on 16 March "
               "2026. In preparing for that meeting, the committee's statutory scrutiny "
               "officer has suggested some questions the committee may wish to ask:</p>")
    out.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in scrutiny_qs) + "</ul>")
    out.append("<h2>Have your say</h2>")
    out.append("<p>You can take part in the consultation online, by picking up a paper "
               "questionnaire at Brookhampton Day Centre or any library in the county, or by "
               "asking for one to be posted to you. The questionnaire asks what you value "
               "about the day service, how the proposals would affect you, and whether there "
               "is anything we have missed. Easy read and large print versions are "
               "available.</p>")
    out.append("<p>If you care for someone who attends the centre and would like to talk "
               "about the proposals in person, please ask the centre manager, who can arrange "
               "a meeting with a member of the commissioning team.</p>")
    out.append("<h2>Contact us</h2>")
    out.append("<p>Adult social care commissioning team<br>Harnwardine Council<br>Tanners "
               "Yard Offices<br>Bridge Street<br>Harnwardine<br>HW1 2BZ</p>")
    out.append("<p>Telephone: 01632 960552<br>Email: "
               '<a href="mailto:dayopportunities@harnwardine.gov.uk">'
               "dayopportunities@harnwardine.gov.uk</a></p>")
    out.append('<p class="updated">Page last updated: 2 December 2025</p>')
    out.append('<section class="feedback"><h2>Was this page useful?</h2>'
               '<a href="/feedback?page=petition-response-pet-2025-014">Yes</a> '
               '<a href="/feedback?page=petition-response-pet-2025-014&amp;useful=no">No</a>'
               "</section>")
    out.append("</main>")
    out.append('<footer class="site-footer"><ul>'
               '<li><a href="/accessibility">Accessibility statement</a></li>'
               '<li><a href="/privacy">Privacy</a></li>'
               '<li><a href="/cookies">Cookies</a></li>'
               '<li><a href="/contact-us">Contact us</a></li></ul>'
               "<p>&copy; Harnwardine Council</p></footer>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


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


CAB_ASC = "Cabinet member adults, health and wellbeing"
SD = "Service director all age commissioning"
CD = "Corporate director community wellbeing"
DPH = "Director of public health"
DENT = "head of primary care commissioning (dental)"
DOO = "director of operations"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-24",
    "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
    "questions": [
        # 35 public questions
        q("35", "question",
          "How many hours of care that the council has assessed people as needing",
          "Mrs Gwen Alderton",
          "212 hours per week of assessed care were waiting for a provider",
          "Councillor Nigel Prothero", ["adult-social-care"]),
        q("35", "question",
          "Will the council ask the NHS to open a dental access centre",
          "Mr Dylan Pugh",
          "The council does not commission NHS dental services; this is the responsibility",
          "Dr Imran Lodhia", ["primary-care", "children-and-families"]),
        q("35", "question",
          "asked whether people waiting for a package were being charged for the interim",
          "Mrs Alderton",
          "were not charged for beyond the person's assessed contribution for home care",
          "cabinet member adults, health and wellbeing", ["adult-social-care", "finance"]),
        # 37 care at home
        q("37", "concern",
          "zoned model would hand most of the market to a few large national companies",
          "Cllr P Castleford",
          "Zones had been sized deliberately so that local agencies could bid alone",
          SD, ["privatisation", "subcontracting", "adult-social-care"]),
        q("37", "question",
          "what proportion of care at home was currently bought from agencies outside",
          "Cllr S Khera",
          "Around 38 per cent of hours were bought on a spot basis",
          SD, ["subcontracting", "adult-social-care"]),
        q("37", "question",
          "require providers to pay care workers for travel time between calls",
          "Cllr T Wadeley",
          "The specification would require payment for travel time and at least the real",
          SD, ["workforce", "subcontracting", "adult-social-care"]),
        q("37", "question",
          "how people who receive care at home, and their carers, had been involved",
          "Cllr M Dyas",
          "Twelve engagement sessions had been held across the county with 140 people",
          CD, ["patient-and-public-input", "adult-social-care"]),
        q("37", "request",
          "Requested that quality and hand-back figures for each zone be reported",
          "Cllr R Bowditch",
          "he would welcome a report to the committee at six months",
          CAB_ASC, ["subcontracting", "adult-social-care"]),
        q("37", "comment",
          "the shortage of carers willing to drive long distances between isolated villages",
          "Cllr D Lampitt", None, None, ["workforce", "adult-social-care"]),
        q("37", "question",
          "what would happen if a lead provider failed or handed back a whole zone",
          "Cllr E Fennimore",
          "in-house reablement service would act as provider of last resort",
          CD, ["subcontracting", "privatisation", "adult-social-care"]),
        # 38 dental
        q("38", "question",
          "how many practices in the county were currently accepting new adult NHS patients",
          None,
          "only three practices were accepting new adult patients, although most would still",
          DENT, ["primary-care"]),
        q("38", "concern",
          "the distance families in the north of the county had to travel",
          None,
          "an additional 40 urgent treatment sessions a month had been commissioned",
          None, ["primary-care", "subcontracting"]),
        q("38", "question",
          "queried why two practices in Stokewell had handed back their NHS contracts",
          "Councillor Orchardson",
          "both had cited the difficulty of recruiting dentists",
          DENT, ["primary-care", "workforce", "subcontracting"]),
        q("38", "question",
          "whether supervised toothbrushing would be extended to every nursery and primary school",
          "The vice-chairperson",
          "the scheme ran in 46 early years settings and that a further 20",
          "director of public health",
          ["public-health", "children-and-families", "primary-care", "finance"]),
        q("38", "comment",
          "residents in her ward had been directed by NHS 111 to practices",
          "Councillor Khera", None, None, ["primary-care"]),
        q("38", "request",
          "requested that practice-level figures on the number of NHS patients seen",
          "Councillor Bowditch",
          "agreed to circulate this information every quarter",
          DENT, ["primary-care"]),
        # 39 vaping
        q("39", "question",
          "How many test purchases had been carried out at shops near schools",
          "Cllr Hale",
          "13 had resulted in a sale to a young person under 18",
          "Trading standards team leader", ["public-health", "children-and-families"]),
        q("39", "concern",
          "cheap refillable pod kits in sweet flavours were being sold to children",
          "Cllr Threlfall",
          "the Tobacco and Vapes Bill would give powers to restrict flavours",
          DPH, ["public-health", "children-and-families"]),
        q("39", "question",
          "What help was available in schools for young people who wanted to stop",
          "Cllr Khera",
          "All secondary schools had been offered a vaping education session",
          "Cabinet member children and young people",
          ["public-health", "children-and-families"]),
        q("39", "comment",
          "many parents bought vapes for their children believing them to be harmless",
          "Cllr Lampitt", None, None, ["public-health", "children-and-families"]),
        q("39", "question",
          "whether the additional national funding for stop smoking services had been received",
          "Cllr Orchardson",
          "The local stop smoking services and support grant for 2025/26 was",
          DPH, ["public-health", "finance"]),
        q("39", "question",
          "Would the council support a licensing scheme for shops selling vapes",
          "Cllr Fennimore",
          "The council had no power to license retailers at present",
          DPH, ["public-health"]),
        # 40 planned care
        q("40", "question",
          "asked how many patients had waited more than 52 weeks for treatment",
          "Councillor Fennimore",
          "1,126 patients had waited over 52 weeks at the end of October",
          DOO, []),
        q("40", "question",
          "whether patients were being offered treatment at independent sector hospitals",
          "Councillor Bowditch",
          "around 300 orthopaedic patients had transferred to an independent hospital in Wenlow",
          None, ["subcontracting", "privatisation"]),
        q("40", "concern",
          "patients were left without information while they waited",
          None,
          "every patient waiting more than 18 weeks would receive a waiting well letter",
          DOO, ["primary-care"]),
        q("40", "question",
          "how the views of patients had shaped the trust's plans for outpatient services",
          "The chairperson",
          "a patient panel of 18 members had reviewed every new appointment letter",
          DOO, ["patient-and-public-input"]),
        q("40", "question",
          "whether delayed discharges were reducing the number of beds available for planned",
          "Councillor Wadeley",
          "34 patients who were medically fit for discharge remained in the trust's beds",
          "corporate director community wellbeing",
          ["adult-social-care", "integration"]),
        q("40", "comment",
          "overnight closure of the minor injuries unit at Leddicott had pushed more people",
          "Councillor Dyas", None, None, []),
        # 41 work programme
        q("41", "request",
          "an item on delays to disabled facilities grants and housing adaptations",
          "Councillor Wadeley",
          "the item could be scheduled for the meeting on 16 March 2026",
          "statutory scrutiny officer", ["housing", "adult-social-care"]),
    ],
    "resolutions": [
        res("34", "be confirmed as a correct record and be signed by the chairperson",
            "agreed", []),
        res("37", "commission an options appraisal on bringing a proportion of care at home",
            "rejected", ["privatisation", "adult-social-care"]),
        res("37", "zone boundaries and lot sizes be reviewed before the tender is published",
            "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        res("38", "a further report on access to NHS dental services, including the outcome",
            "agreed", ["primary-care", "subcontracting"]),
        res("39", "vaping education be offered to parents through schools and family hubs",
            "recommended", ["public-health", "children-and-families"]),
        res("40", "chairperson would write to the chief executive of Lydon Valley NHS Trust",
            "agreed", []),
        res("40", "the update on planned care waiting times and the Healthwatch report be noted",
            "noted", ["patient-and-public-input"]),
        res("41", "work programme be approved, with the addition of an item on disabled",
            "agreed", ["housing"]),
    ],
    "attendees": [
        att("Councillor Alison Pennock", "chairperson", "present"),
        att("Councillor Gareth Threlfall", "vice-chairperson", "present"),
        att("Councillor Rhiannon Bowditch", None, "present"),
        att("Councillor Peter Castleford", None, "present"),
        att("Councillor Marian Dyas", None, "present"),
        att("Councillor Edward Fennimore", None, "present"),
        att("Councillor Bryony Hale", "substitute", "present"),
        att("Councillor Sunita Khera", None, "present"),
        att("Councillor Derek Lampitt", None, "present"),
        att("Councillor Fiona Orchardson", None, "present"),
        att("Councillor Tom Wadeley", None, "present"),
        att("Councillor Jeremy Ockwell", None, "apologies"),
        att("Councillor Sandra Mainwaring", None, "apologies"),
        att("Councillor Nigel Prothero", "cabinet member adults, health and wellbeing",
            "in_attendance"),
        att("Councillor Hazel Tranter", "cabinet member children and young people",
            "in_attendance"),
        att("Claire Ridgway", "director of operations, Lydon Valley NHS Trust",
            "in_attendance"),
        att("Rosalind Catterall", "head of primary care commissioning (dental), NHS "
            "Harnwardine and Wenlow Integrated Care Board", "in_attendance"),
        att("Paul Kinsella", "chief officer, Healthwatch Harnwardine", "in_attendance"),
        att("Karen Sheldrake", "corporate director community wellbeing", "in_attendance"),
        att("Dr Imran Lodhia", "director of public health", "in_attendance"),
        att("Michelle Vowles", "service director all age commissioning", "in_attendance"),
        att("Lisa Harcourt", "trading standards team leader", "in_attendance"),
        att("Harriet Dunn", "statutory scrutiny officer", "in_attendance"),
        att("Owen Pritchard", "democratic services officer", "in_attendance"),
    ],
}

PETITION_GOLD = {"document": PETITION_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    (DOCS / PETITION_NAME).write_bytes(petition_html().encode("utf-8"))
    for gold in (MINUTES_GOLD, PETITION_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_bytes(
            (json.dumps(gold, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


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
                for c in row.cells:
                    parts.append(c.text)
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
    for gold_path in sorted(GOLD.glob("qs-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / PETITION_NAME}\ngold in {GOLD}")
