#!/usr/bin/env python3
"""Build the "pc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_pc.py           build documents/pc-* and gold/pc-*.json
        build_pc.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pc-sedgewharf-health-social-care-scrutiny-commission-2025-01-29.html"
REPORT_NAME = "pc-sedgewharf-hsc-scrutiny-commission-home-care-reprocurement-report.docx"

FIXED = dt.datetime(2025, 1, 17, 16, 42, 0)

SITE = "https://moderngov.sedgewharf.gov.uk"
PAGE_URL = SITE + "/ieListDocuments.aspx?CId=558&MId=8214&Ver=4"


# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page saved from the browser
# ---------------------------------------------------------------------------
# Each item: number, title, agenda text (paragraphs), documents beside the title,
# supporting documents, and the "Minutes:" block as a list of blocks:
#   ("p", text)          a Word-pasted paragraph (MsoNormal)
#   ("sub", text)        a bold, underlined sub-heading pasted from Word
#   ("res", text)        the bold RESOLVED: line
#   ("dots", [texts])    Word-pasted list paragraphs with Symbol "·" bullets
#   ("ol", [texts])      a real numbered list
#   ("ul", [texts])      a real bulleted list
# Text is plain; it is escaped when written.

def p(t): return ("p", t)
def sub(t): return ("sub", t)
def res(t="RESOLVED:"): return ("res", t)
def dots(*t): return ("dots", list(t))
def ol(*t): return ("ol", list(t))
def ul(*t): return ("ul", list(t))


ITEMS = [
    {
        "n": "1", "title": "Apologies", "ai": 41903,
        "agenda": ["To receive any apologies for absence."],
        "minutes": [
            p("Apologies for absence were received from Councillor Nell Drabble. "
              "Councillor Rosa Tenbury attended as a reserve member."),
            p("Apologies for lateness were received from Councillor Jasper Quilliam, who "
              "joined the meeting during item 5."),
        ],
    },
    {
        "n": "2", "title": "Notification of any items of business which the chair deems urgent",
        "ai": 41904,
        "agenda": ["In special circumstances, an item of business may be added to an agenda "
                   "within five clear working days of the meeting."],
        "minutes": [p("There were none.")],
    },
    {
        "n": "3", "title": "Disclosure of interests and dispensations", "ai": 41905,
        "agenda": ["Members to declare any interests and dispensations in respect of any "
                   "item of business to be considered at this meeting."],
        "minutes": [
            p("Councillor Priya Varsani declared that she is employed as a pharmacist by a "
              "community pharmacy outside the borough."),
            p("Councillor Kieran Osei-Bonsu declared that a close relative receives home "
              "care from one of the council\u2019s zone providers."),
            p("Neither interest was considered to be a disclosable pecuniary interest and "
              "both members took part in the meeting."),
        ],
    },
    {
        "n": "4", "title": "Minutes", "ai": 41906, "pdf": "PDF 211 KB",
        "agenda": ["To approve as a correct record the minutes of the meeting held on "
                   "27 November 2024."],
        "minutes": [
            res(),
            p("That the minutes of the meeting held on 27 November 2024 be agreed as a "
              "correct record."),
        ],
    },
    {
        "n": "5", "title": "Deputation request: Sedgewharf Home Care Workers' Group",
        "ai": 41907, "pdf": "PDF 96 KB",
        "agenda": ["To consider a deputation request from the Sedgewharf Home Care Workers\u2019 "
                   "Group in relation to item 6, Home care re-procurement."],
        "minutes": [
            p("The chair welcomed Ms Marcia Dunleavy and Mr Kwame Ashby-Rowe, who spoke on "
              "behalf of the Sedgewharf Home Care Workers\u2019 Group. The chair reminded the "
              "deputation that it had five minutes to address the commission, after which "
              "members could ask questions."),
            p("Ms Dunleavy said that the group represented around 140 care workers employed "
              "by the council\u2019s three zone providers. The group valued the fair care "
              "charter, but in practice many care workers were still not paid for all of "
              "the time spent travelling between visits, because rotas were drawn up with "
              "no gaps between calls."),
            p("Mr Ashby-Rowe gave the example of a care worker with eleven calls in a "
              "morning shift across Saltings Reach and Tollgate Green, whose rota allowed "
              "no time at all between calls although the journeys took up to 20 minutes on "
              "foot. He said that care workers made up the lost time by cutting visits short, "
              "which was not fair to the people they cared for."),
            p("She also expressed concern that one of the zone providers had passed visits "
              "to agencies which were not on the council\u2019s framework, and which paid "
              "less than the London Living Wage."),
            p("The deputation asked the commission to recommend that the new contracts pay "
              "care workers for every minute spent travelling, based on the journeys logged "
              "by the electronic call monitoring system."),
            p("Members then asked the deputation questions. A member asked how many of the "
              "group\u2019s members were on zero-hours contracts. Mr Ashby-Rowe said that "
              "about a third were still on zero-hours contracts, although most had been "
              "offered guaranteed hours and some had chosen to stay on flexible terms."),
            p("A member asked whether care workers felt able to raise concerns with their "
              "employer. Ms Dunleavy said that they did not always, and that the group had "
              "been set up partly because workers feared losing hours if they complained."),
            p("The chair invited Councillor Conor Ashgrove, cabinet member for care and "
              "independent living, to respond. The cabinet member thanked the deputation and "
              "said that paid travel time would remain a condition of every home care "
              "contract the council let. The strategic director of children\u2019s and "
              "adults\u2019 services added that the council had not given consent for any "
              "visits to be subcontracted, and that the contract monitoring team had asked "
              "the provider concerned for a full explanation."),
            res(),
            p("That the deputation from the Sedgewharf Home Care Workers\u2019 Group be "
              "noted."),
        ],
    },
    {
        "n": "6", "title": "Home care re-procurement: the neighbourhood care model",
        "ai": 41908, "pdf": "PDF 412 KB",
        "agenda": ["Report of the strategic director of children\u2019s and adults\u2019 "
                   "services."],
        "minutes": [
            p("Benedict Oyelowo, assistant director, commissioning (adults), presented the "
              "report. He explained that the three zonal home care contracts awarded in 2019 "
              "would expire on 30 September 2025, and that cabinet would be asked in March "
              "to agree a gateway 1 report on the procurement of a new neighbourhood care "
              "model."),
            p("Under the new model the borough would be divided into eight neighbourhoods "
              "matching the primary care networks, each with a lead provider, supported by "
              "a small number of framework providers who would pick up packages that the "
              "lead provider could not take. About 1,650 residents currently received home "
              "care, with some 21,000 hours delivered each week at a cost of \u00a331.4m a "
              "year. The specification would keep the fair care charter, including payment "
              "of the London Living Wage and of travel time, and tenders would be evaluated "
              "60% on quality, 30% on price and 10% on social value."),
            p("The assistant director said that the council had listened to care workers, "
              "providers and people who use home care in drawing up the proposals, and that "
              "the points made by the deputation about travel time would be reflected in the "
              "specification. Cabinet would be asked to agree the award of contracts in July "
              "2025, leaving three months for mobilisation before the new contracts began on "
              "1 October 2025. A copy of the neighbourhood map was tabled at the meeting."),
            p("The commission then asked questions on the following:"),
            sub("The move to neighbourhoods"),
            p("A member asked why the council was moving from three zones to eight "
              "neighbourhoods, when the zonal model had only been in place for six years. "
              "The assistant director explained that the zones had proved too large for "
              "providers to build stable local teams, and that matching the primary care "
              "networks would let care workers work alongside district nurses and GP "
              "practices."),
            p("Members raised concerns that the new model could favour large national "
              "companies over smaller local providers. In response, the assistant director "
              "said that the lots had been kept small on purpose, that no bidder could win "
              "more than two neighbourhoods, and that 23 providers had attended the market "
              "engagement sessions, 15 of them based in Sedgewharf."),
            sub("Social value and the workforce"),
            p("The chair asked how the social value element would be scored, and whether it "
              "could reward providers that recognised a trade union. The assistant director "
              "said that legal advice was that trade union recognition could not be scored "
              "directly, but that bidders would be asked how they would give care workers a "
              "voice, including access to a trade union, and that this would be scored."),
            p("Councillor Jasper Quilliam asked what would happen to care workers whose "
              "employer did not win a contract. The strategic director said that TUPE was "
              "expected to apply, so staff would transfer to the new provider on their "
              "existing terms and conditions, and that the council would work with "
              "providers to keep disruption to people\u2019s care to a minimum."),
            p("A member asked whether the budget would be enough to pay the London Living "
              "Wage from April, given the rise in employers\u2019 national insurance "
              "contributions. The assistant director said that the price bands had been "
              "modelled on an hourly rate of \u00a328.40 and would be reviewed once the new "
              "London Living Wage rate was known. He accepted that the national insurance "
              "increase was a significant pressure on providers."),
            sub("People who use home care"),
            p("A member asked how people who receive home care and their carers had been "
              "involved in shaping the new specification. It was explained that a reference "
              "group of 14 service users and carers had met five times since June 2024 and "
              "had written the questions bidders would answer on dignity and continuity of "
              "care."),
            p("A member requested that the commission receive quarterly monitoring data for "
              "the current zone providers, including missed and late visits, until the new "
              "contracts began. The assistant director agreed to provide this."),
            p("Councillor Hattie Lammond proposed that the commission recommend to cabinet "
              "that home care be brought back in-house when the current contracts end, "
              "rather than re-procured. Councillor Kieran Osei-Bonsu seconded the proposal. "
              "On being put to the vote the proposal was not agreed, with two members voting "
              "for and five against."),
            res(),
            ol("The commission noted the report.",
               "That the commission recommends to cabinet that the new home care contracts: "
               "a) pay for travel time on the basis of the journeys recorded by electronic "
               "call monitoring; b) prohibit the subcontracting of any visits without the "
               "council\u2019s written consent; and c) are not awarded until the outcome of "
               "the procurement has been reported to this commission."),
        ],
    },
    {
        "n": "7", "title": "Interview with the cabinet member for health and wellbeing",
        "ai": 41909, "pdf": "PDF 158 KB",
        "agenda": ["Councillor Yetunde Barrowcliffe, cabinet member for health and "
                   "wellbeing, has been invited to attend to discuss her portfolio "
                   "priorities for 2025/26."],
        "minutes": [
            p("The chair welcomed Councillor Yetunde Barrowcliffe, cabinet member for health "
              "and wellbeing. The cabinet member gave an overview of her priorities for the "
              "year: reducing health inequalities through the borough\u2019s joint health and "
              "wellbeing strategy; protecting local community pharmacy; making the best use "
              "of the public health grant, which would rise by 5.9% in 2025/26; and "
              "improving childhood immunisation rates, which remained among the lowest in "
              "London."),
            p("The cabinet member said that the health and wellbeing board had agreed in "
              "December to focus the strategy on three outcomes: giving every child the best "
              "start in life, helping people to live longer in good health, and making "
              "Sedgewharf a place where people were not held back by where they lived. She "
              "was working with the cabinet member for care and independent living on a "
              "shared plan for older people, and with the cabinet member for housing on the "
              "health of families in temporary accommodation."),
            p("The commission then asked the cabinet member questions on the following "
              "themes:"),
            sub("Health inequalities"),
            p("A member noted that the gap in life expectancy between the most and least "
              "deprived wards was 7.1 years for men, and asked what difference the strategy "
              "would make. The cabinet member said that the strategy concentrated on a small "
              "number of neighbourhoods, and that the first four health and wellbeing hubs "
              "would open in Wharfside, Saltings Reach, Tollgate Green and Ravensdown by the "
              "summer."),
            sub("Community pharmacy"),
            p("Concern was raised about the closure of two community pharmacies on the "
              "Lockmead estate since the summer, which had left older residents with a long "
              "walk to collect prescriptions. The cabinet member said that she had raised "
              "this with the integrated care board. The director of public health added that "
              "the pharmaceutical needs assessment, which was being refreshed, had found no "
              "gap at borough level, but that the council would ask the ICB to look again at "
              "access in the north of the borough."),
            sub("Public health grant"),
            p("The vice-chair asked how the increase in the grant would be spent, and whether "
              "any of it would replace funding for services previously paid for from other "
              "council budgets. Dr Samir Chaudhry-Wells, director of public health, said "
              "that most of the increase would be absorbed by NHS pay awards passed on "
              "through the sexual health and drug and alcohol contracts, and that no public "
              "health money was being used to replace other funding."),
            sub("Childhood immunisation"),
            p("A member asked why uptake of the second dose of MMR had fallen to 68% by age "
              "five. The director of public health explained that uptake was lowest among "
              "families recently placed in temporary accommodation, who often lost touch "
              "with their GP, and that health visitors would offer catch-up vaccinations at "
              "the council\u2019s hostels from February as part of a pilot with the housing "
              "service."),
            sub("Children and young people\u2019s mental health"),
            p("A member commented that the commission had heard at several meetings that "
              "young people were waiting too long for CAMHS, and that this should be a "
              "priority in the cabinet member\u2019s discussions with the NHS."),
            res(),
            p("The commission will write to the cabinet member asking for:"),
            ol("a timetable for the opening of the health and wellbeing hubs; and",
               "the outcome of the review of pharmacy access in the north of the borough."),
        ],
    },
    {
        "n": "8", "title": "Review: access to NHS dentistry - evidence session",
        "ai": 41910, "pdf": "PDF 1 MB",
        "agenda": ["The commission will hear evidence from the integrated care board, the "
                   "local dental committee and Healthwatch Sedgewharf as part of its review "
                   "of access to NHS dentistry."],
        "extra_docs": [("Riverside and Docklands ICB - dental access presentation", "PDF 1 MB"),
                       ("Healthwatch Sedgewharf - dentistry briefing", "PDF 344 KB")],
        "minutes": [
            p("The chair reminded members that this was the second evidence session of the "
              "commission\u2019s review of access to NHS dentistry. She welcomed Imogen "
              "Sallis, associate director of primary care (dental), Riverside and Docklands "
              "Integrated Care Board, Dr Harun Meskell, secretary, Riverside Local Dental "
              "Committee, and Comfort Asante-Lyle, manager, Healthwatch Sedgewharf."),
            p("Imogen Sallis gave a presentation. The main points were:"),
            dots("there were 24 NHS dental practices in Sedgewharf, of which nine had told "
                 "the ICB in December that they were taking on new adult patients;",
                 "41% of adults had seen an NHS dentist in the previous two years, and 55% of "
                 "children in the previous year;",
                 "the ICB had commissioned 6,400 additional urgent appointments in 2024/25, "
                 "and had recovered \u00a31.9m of contract value from practices which had "
                 "not delivered their contracted activity; and",
                 "the new patient premium introduced nationally had so far made little "
                 "difference locally."),
            p("Comfort Asante-Lyle said that dentistry was the subject raised most often "
              "with Healthwatch Sedgewharf. In its mystery shopping exercise only three of "
              "the 24 practices contacted had offered a new adult patient an NHS appointment "
              "within three months."),
            p("Dr Meskell said that many dentists in the borough wanted to do more NHS "
              "work but that the national contract made it difficult. Units of dental "
              "activity were valued at between \u00a328 and \u00a336 locally, and a practice "
              "received the same payment for a course of treatment needing one filling as "
              "for one needing several. He said that recruitment of dentists and dental "
              "nurses was also a growing problem, particularly for practices in the north of "
              "the borough."),
            p("Members then asked questions of the witnesses. The main points raised were as "
              "follows:"),
            dots("Members asked why the list of practices taking new patients did not match "
                 "what residents were told when they phoned. The associate director said "
                 "that practices updated the NHS website themselves, and that the ICB had "
                 "written to every practice reminding it to keep its entry up to date.",
                 "A member was concerned that residents who phoned for an NHS appointment "
                 "were being offered private treatment instead. Dr Meskell said that this "
                 "happened because the national contract did not pay enough for complex "
                 "courses of treatment, and that practices were obliged to tell patients "
                 "whether they had NHS capacity.",
                 "The chair asked whether the \u00a31.9m recovered from practices could be "
                 "reinvested in Sedgewharf. The associate director said that the money had "
                 "been used across the ICB area to fund the urgent appointments, and that "
                 "Sedgewharf had received a share based on its population.",
                 "A member asked what was being done for children who had never seen a "
                 "dentist. The director of public health said that supervised toothbrushing "
                 "now ran in 31 nurseries and primary schools and would be extended to all "
                 "family hubs by September.",
                 "A member asked whether the ICB had considered commissioning a dental "
                 "access centre in the borough, as neighbouring areas had done. The "
                 "associate director said that a procurement for flexible commissioning "
                 "would start in April and that Sedgewharf would be one of the priority "
                 "areas."),
            p("The commission requested the following information:"),
            ul("the number of NHS dental contracts handed back in the borough since 2020;",
               "a copy of Healthwatch Sedgewharf\u2019s mystery shopping report once it is "
               "published."),
            p("The chair thanked the witnesses for attending."),
            res(),
            p("The commission noted the evidence received and agreed that it would inform "
              "the recommendations of the dentistry review, to be considered in April."),
        ],
    },
    {
        "n": "9", "title": "Youth vaping", "ai": 41911, "pdf": "PDF 287 KB",
        "agenda": ["Report of the director of public health and the head of trading "
                   "standards."],
        "minutes": [
            p("The director of public health and Fiona Tregarthen, head of trading standards, "
              "presented the report. The council\u2019s 2024 school survey had found that 14% "
              "of Year 10 pupils vaped regularly. In test purchases carried out since April, "
              "11 of 38 shops had sold a vape to a 15-year-old volunteer, and 2,300 illicit "
              "vapes had been seized. The sale of single-use vapes would be banned from 1 June "
              "2025."),
            p("Rhiannon Corbell, public health programme lead, tobacco control, outlined the "
              "prevention work in schools, which included assemblies delivered with the "
              "youth service in all 14 secondary schools and a training session for school "
              "staff on how to talk to pupils about vaping. The report also noted that "
              "illicit vapes seized locally often contained nicotine at well above the legal "
              "limit, and some had been found to contain other substances."),
            p("A member asked what penalties had been imposed on the shops that failed the "
              "test purchases. The head of trading standards said that four retailers had "
              "been prosecuted, six had received written warnings and one had had its "
              "licence reviewed."),
            p("Members expressed concern that several of the shops selling vapes to children "
              "were close to secondary schools. The head of trading standards explained that "
              "test purchasing was targeted at shops within 400 metres of a school, which "
              "was why the failure rate was higher than the London average."),
            p("A member asked whether the stop smoking service offered vapes to adults "
              "trying to quit. The director of public health confirmed that free vape "
              "starter kits had been offered to adult smokers since 2023, alongside "
              "behavioural support, but never to anyone under 18."),
            p("A member commented that campaigns aimed at young people should be designed "
              "with young people, as messages from adults were often ignored. The director "
              "agreed and said that the youth parliament had been asked to help design the "
              "spring campaign."),
            p("A member noted that the ban on single-use vapes would not stop the sale of "
              "cheap refillable devices that looked almost the same."),
            p("The commission noted the report and agreed to recommend to cabinet that the "
              "council lobby the government for powers to license retailers selling vapes."),
        ],
    },
    {
        "n": "10", "title": "Work programme", "ai": 41912, "pdf": "PDF 134 KB",
        "agenda": ["To note the work programme and consider any additional items."],
        "minutes": [
            p("Ayo Fadipe, scrutiny officer, introduced the work programme."),
            p("The scrutiny officer reminded members that the March meeting was due to "
              "consider the adult social care assessment by the Care Quality Commission, the "
              "annual report of the safeguarding adults board and an update on the "
              "commission\u2019s recommendations on temporary accommodation and health."),
            p("The vice-chair requested that an item on hospital discharge, including the "
              "use of short-term care home beds, be added for the March meeting. The chair "
              "agreed that this would be scheduled, subject to the availability of NHS "
              "colleagues."),
            p("The scrutiny officer confirmed that the draft report of the dentistry review "
              "would come to the April meeting."),
            res(),
            p("The work programme was agreed, with the addition of an item on hospital "
              "discharge in March 2025."),
        ],
    },
]

PRESENT = [
    ("Councillor Adaeze Mbanefo", "Chair"),
    ("Councillor Tom Hallworth", "Vice-Chair"),
    ("Councillor Hattie Lammond", None),
    ("Councillor Kieran Osei-Bonsu", None),
    ("Councillor Jasper Quilliam", None),
    ("Councillor Priya Varsani", None),
    ("Councillor Rosa Tenbury", "reserve member"),
]
OTHER_MEMBERS = [
    ("Councillor Yetunde Barrowcliffe", "cabinet member for health and wellbeing"),
    ("Councillor Conor Ashgrove", "cabinet member for care and independent living"),
]
OFFICERS = [
    ("Dolores Penhaligon", "strategic director of children\u2019s and adults\u2019 services"),
    ("Dr Samir Chaudhry-Wells", "director of public health"),
    ("Benedict Oyelowo", "assistant director, commissioning (adults)"),
    ("Rhiannon Corbell", "public health programme lead, tobacco control"),
    ("Fiona Tregarthen", "head of trading standards"),
    ("Imogen Sallis", "associate director of primary care (dental), Riverside and Docklands "
                      "Integrated Care Board"),
    ("Dr Harun Meskell", "secretary, Riverside Local Dental Committee"),
    ("Comfort Asante-Lyle", "manager, Healthwatch Sedgewharf"),
    ("Ayo Fadipe", "scrutiny officer"),
]


def e(t: str) -> str:
    return html.escape(t, quote=False)


def render_block(block) -> str:
    kind, val = block
    if kind == "p":
        return f'<p class="MsoNormal"><span style="font-size:12.0pt">{e(val)}</span></p>'
    if kind == "sub":
        return (f'<p class="MsoNormal"><b><u><span style="font-size:12.0pt">{e(val)}'
                f'</span></u></b></p>')
    if kind == "res":
        return f'<p class="MsoNormal"><b><span style="font-size:12.0pt">{e(val)}</span></b></p>'
    if kind == "dots":
        out = []
        for i, t in enumerate(val):
            cls = ("MsoListParagraphCxSpFirst" if i == 0 else
                   "MsoListParagraphCxSpLast" if i == len(val) - 1 else
                   "MsoListParagraphCxSpMiddle")
            out.append(
                f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt;'
                f'mso-list:l0 level1 lfo1"><span style="font-family:Symbol">\u00b7'
                f'<span style="font:7.0pt &quot;Times New Roman&quot;">'
                f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
                f'<span style="font-size:12.0pt">{e(t)}</span></p>')
        return "\n".join(out)
    if kind in ("ol", "ul"):
        items = "\n".join(f"<li>{e(t)}</li>" for t in val)
        return f"<{kind}>\n{items}\n</{kind}>"
    raise ValueError(kind)


def render_item(item) -> str:
    n = item["n"]
    title = e(item["title"])
    ai = item["ai"]
    title_links = ""
    if "pdf" in item:
        title_links = (f' <a href="./ieListDocuments_files/s{ai + 80000}.pdf" '
                       f'title="Link to document {title}"><img src="./ieListDocuments_files/'
                       f'pdf.gif" alt="pdf icon" width="16" height="16"> '
                       f'<span class="mgFileSize">{item["pdf"]}</span></a>')
    agenda = "\n".join(f"<p>{e(t)}</p>" for t in item["agenda"])
    extra = ""
    if item.get("extra_docs"):
        lis = "\n".join(
            f'<li><a href="./ieListDocuments_files/s{ai + 80001 + i}.pdf">{e(name)}</a> '
            f'<span class="mgFileSize">{size}</span></li>'
            for i, (name, size) in enumerate(item["extra_docs"]))
        extra = (f'<p class="mgSubItemTitleTxt">Additional documents:</p>\n'
                 f'<ul class="mgBulletList">\n{lis}\n</ul>')
    minutes = "\n".join(render_block(b) for b in item["minutes"])
    supporting = ""
    if "pdf" in item:
        supporting = (f'<p class="mgSubItemTitleTxt">Supporting documents:</p>\n'
                      f'<ul class="mgActionList"><li><a href="./ieListDocuments_files/'
                      f's{ai + 80000}.pdf">{title}</a> '
                      f'<span class="mgFileSize">{item["pdf"]}</span></li></ul>')
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{n}.</p></td>
<td><p class="mgAiTitleTxt"><a name="AI{ai}" id="AI{ai}"></a>{title}{title_links}</p>
<div class="mgAiTxt">
{agenda}
</div>
{extra}
<div class="mgMinuteTxt">
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{minutes}
</div>
</div>
{supporting}
</td>
</tr>"""


def attendance_html() -> str:
    def rows(people, with_role_sep):
        out = []
        for name, role in people:
            if role is None:
                out.append(f"<li>{e(name)}</li>")
            elif with_role_sep:
                out.append(f"<li>{e(name)}, {e(role)}</li>")
            else:
                out.append(f"<li>{e(name)} ({e(role)})</li>")
        return "\n".join(out)
    return f"""<h2 class="mgSectionTitle">Attendance details</h2>
<table class="mgAttendanceTable" summary="Attendance at this meeting">
<tr><th scope="row" class="mgAttLabel">PRESENT:</th>
<td><ul class="mgBulletList">
{rows(PRESENT, False)}
</ul></td></tr>
<tr><th scope="row" class="mgAttLabel">OTHER MEMBERS PRESENT:</th>
<td><ul class="mgBulletList">
{rows(OTHER_MEMBERS, True)}
</ul></td></tr>
<tr><th scope="row" class="mgAttLabel">OFFICER AND PARTNER SUPPORT:</th>
<td><ul class="mgBulletList">
{rows(OFFICERS, True)}
</ul></td></tr>
</table>"""


def minutes_html() -> str:
    items = "\n".join(render_item(it) for it in ITEMS)
    title = ("Agenda and minutes - Health and Social Care Scrutiny Commission - "
             "Wednesday 29 January 2025 7.00 pm")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(PAGE_URL):04d}){PAGE_URL} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title} - Sedgewharf Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/sedgewharf-main.css">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/mgStyles.css">
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
<script type="text/javascript" src="./ieListDocuments_files/mgCommon.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.</p>
<button type="button" class="btn">Accept additional cookies</button> <button type="button" class="btn">Reject additional cookies</button> <a href="https://www.sedgewharf.gov.uk/cookies">View cookies</a>
</div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header id="site-header">
<div class="header-inner">
<a href="https://www.sedgewharf.gov.uk/" class="logo"><img src="./ieListDocuments_files/sedgewharf-logo.svg" alt="Sedgewharf Council homepage"></a>
<form action="https://www.sedgewharf.gov.uk/search" class="site-search"><label for="q">Search this site</label> <input type="text" id="q" name="q"> <button type="submit">Search</button></form>
</div>
<nav class="main-nav" aria-label="Main navigation">
<ul>
<li><a href="https://www.sedgewharf.gov.uk/benefits-and-support">Benefits and support</a></li>
<li><a href="https://www.sedgewharf.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.sedgewharf.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.sedgewharf.gov.uk/health-and-wellbeing">Health and wellbeing</a></li>
<li><a href="https://www.sedgewharf.gov.uk/housing">Housing</a></li>
<li><a href="https://www.sedgewharf.gov.uk/parking">Parking</a></li>
<li><a href="https://www.sedgewharf.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul>
</nav>
</header>
<div id="breadcrumb">
<ol class="breadcrumb">
<li><a href="https://www.sedgewharf.gov.uk/">Home</a></li>
<li><a href="https://www.sedgewharf.gov.uk/council-and-democracy">Council and democracy</a></li>
<li><a href="{SITE}/ieDocHome.aspx">Councillors, committees and meetings</a></li>
<li><a href="{SITE}/mgListCommittees.aspx">Committee structure</a></li>
<li><a href="{SITE}/ieListMeetings.aspx?CId=558">Health and Social Care Scrutiny Commission</a></li>
<li>Meeting</li>
</ol>
</div>
<div id="mgContainer">
<div id="mgLeftColumn">
<h2 class="mgSideTitle">Councillors and democracy</h2>
<ul class="mgSideNav">
<li><a href="{SITE}/mgMemberIndex.aspx">Your councillors</a></li>
<li><a href="{SITE}/mgListCommittees.aspx">Committees</a></li>
<li><a href="{SITE}/mgCalendarMonthView.aspx">Meetings calendar</a></li>
<li><a href="{SITE}/mgListPlans.aspx">Forward plans</a></li>
<li><a href="{SITE}/mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="{SITE}/ieDocSearch.aspx">Search documents</a></li>
<li><a href="{SITE}/mgEPetitionListDisplay.aspx">Petitions</a></li>
<li><a href="{SITE}/mgRegisterKeywordInterest.aspx">Subscribe to updates</a></li>
<li><a href="{SITE}/mgWhatsNew.aspx">What's new</a></li>
</ul>
</div>
<div id="mgMainContent" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Health and Social Care Scrutiny Commission - Wednesday 29 January 2025 7.00 pm</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{SITE}/mgMeetingAttendance.aspx?ID=8214">Attendance details</a></li>
<li><a href="./ieListDocuments_files/g8214.pdf">Agenda frontsheet <span class="mgFileSize">PDF 188 KB</span></a></li>
<li><a href="./ieListDocuments_files/b8214.pdf">Agenda reports pack <span class="mgFileSize">PDF 3 MB</span></a></li>
<li><a href="./ieListDocuments_files/m8214.pdf">Printed minutes 29th-Jan-2025 19.00 Health and Social Care Scrutiny Commission <span class="mgFileSize">PDF 264 KB</span></a></li>
<li><a href="{SITE}/ieListDocuments.aspx?CId=558&amp;MId=8214&amp;Ver=4&amp;Info=1">Meeting information</a></li>
</ul>
</div>
<table class="mgDetailsTable" summary="Meeting details">
<tr><th scope="row">Venue:</th><td>Meeting rooms G02A and G02B - Sedgewharf Civic Offices, 40 Ropewalk Street, London SE99 4WQ. View directions</td></tr>
<tr><th scope="row">Contact:</th><td>Ayo Fadipe, Scrutiny Officer&nbsp; Email: <a href="mailto:scrutiny@sedgewharf.gov.uk">scrutiny@sedgewharf.gov.uk</a></td></tr>
<tr><th scope="row">Media</th><td><a href="https://sedgewharf.public-i.example/webcast/8214">Watch the webcast of this meeting</a></td></tr>
</table>
<h2 class="mgSectionTitle">Items</h2>
<p class="mgItemNote">Note: Open items only</p>
<table class="mgItemTable" summary="Agenda and minutes for this meeting">
<caption class="mgSectionTitle">No. Item</caption>
{items}
</table>
{attendance_html()}
<p class="mgPrintLine">Meeting ended at 9.41 pm</p>
</div>
</div>
<footer id="site-footer">
<ul class="footer-links">
<li><a href="https://www.sedgewharf.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.sedgewharf.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.sedgewharf.gov.uk/contact">Contact us</a></li>
<li><a href="https://www.sedgewharf.gov.uk/jobs">Jobs</a></li>
</ul>
<p>&copy; Sedgewharf Council 2025. Sedgewharf Civic Offices, 40 Ropewalk Street, London SE99 4WQ</p>
<p class="mgPoweredBy">Powered by ModernGov</p>
</footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# The paper that is not minutes: the officer report behind item 6, in Word
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)

    def para(text, bold=False, align=None):
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = bold
        if align is not None:
            par.alignment = align
        return par

    counter = {"n": 0}

    def num(text):
        counter["n"] += 1
        par = doc.add_paragraph()
        par.add_run(f"{counter['n']}.\t{text}")
        return par

    def heading(text):
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = True
        return par

    def subheading(text):
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = True
        run.italic = True
        return par

    def table(rows, style="Table Grid", bold_first=True):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for r, cells in zip(t.rows, rows):
            for c, text in zip(r.cells, cells):
                c.text = text
        if bold_first:
            for c in t.rows[0].cells:
                for run in c.paragraphs[0].runs:
                    run.bold = True
        return t

    head = doc.add_table(rows=4, cols=2)
    head.style = "Table Grid"
    for row, (a, b) in zip(head.rows, (
        ("Item No.\n6.", "Classification:\nOpen"),
        ("Date:\n29 January 2025", "Meeting Name:\nHealth and Social Care Scrutiny Commission"),
        ("Report title:", "Home care re-procurement: the neighbourhood care model"),
        ("Ward(s) or groups affected:", "All wards"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b
    para("")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "From:"
    t.rows[0].cells[1].text = "Strategic Director of Children\u2019s and Adults\u2019 Services"
    para("")

    heading("RECOMMENDATION")
    num("That the health and social care scrutiny commission notes and comments on the "
        "proposed approach to re-procuring home care set out in paragraphs 9 to 22, before a "
        "gateway 1 procurement strategy report is considered by cabinet on 18 March 2025.")

    heading("BACKGROUND INFORMATION")
    num("Home care (also called domiciliary care) supports people to live independently in "
        "their own homes. The council arranges home care for around 1,650 residents, most of "
        "them aged over 75, and commissions some 21,000 hours of care each week. Annual "
        "spend is \u00a331.4m.")
    num("Since October 2019 most of this care has been delivered under three zonal contracts, "
        "North, Central and South, each held by a single provider, with spot purchasing used "
        "where a zone provider cannot take a package. The zonal contracts expire on "
        "30 September 2025 and cannot be extended further.")
    num("All three contracts include the council\u2019s fair care charter, which commits "
        "providers to paying at least the London Living Wage, paying for travel time between "
        "visits, offering guaranteed hours to staff who want them, and not using visits of "
        "less than 30 minutes for personal care.")
    num("The commission last considered home care in July 2024, when it asked to see the "
        "proposed model before it went to cabinet. This report responds to that request.")

    heading("KEY ISSUES FOR CONSIDERATION")
    subheading("Performance of the current model")
    num("The zonal model has given the council a more stable market than the spot "
        "arrangements it replaced. However, the zones are large, and providers have found it "
        "hard to build local teams. In 2023/24, 11% of hours were delivered by spot providers "
        "outside the zone contracts, and staff turnover among zone providers was 29%.")
    num("Contract monitoring shows that 94% of visits were delivered within 30 minutes of the "
        "planned time in quarter 2 of 2024/25. Missed visits averaged 0.4% of planned visits.")

    subheading("The proposed neighbourhood care model")
    num("It is proposed to divide the borough into eight neighbourhoods, matching the "
        "boundaries of the borough\u2019s primary care networks. Each neighbourhood will have "
        "one lead provider, responsible for taking at least 85% of new packages in that "
        "neighbourhood.")
    num("A framework of up to six providers will pick up packages that a lead provider cannot "
        "take, and will provide specialist care, for example for people with complex "
        "dementia or at the end of life.")
    num("No provider will be able to hold more than two neighbourhood contracts. This is "
        "intended to keep a mix of providers in the borough and reduce the risk of provider "
        "failure.")
    num("Lead providers will be expected to work in multi-disciplinary teams with district "
        "nurses, GP practices and the council\u2019s reablement service, attending "
        "neighbourhood meetings to discuss people at risk of admission to hospital.")
    num("The contracts will run for five years, with the option to extend for up to two "
        "further years. The estimated total value is \u00a3219m over seven years.")

    subheading("Evaluation")
    num("Tenders will be evaluated on the basis of 60% quality, 30% price and 10% social "
        "value. The quality questions include questions written by people who use home care "
        "and their carers (see paragraphs 17 to 19).")
    num("Price will be evaluated against a price band modelled on an hourly rate of "
        "\u00a328.40. This will be reviewed once the London Living Wage rate for 2025/26 is "
        "announced and the effect of the increase in employers\u2019 national insurance "
        "contributions is known.")

    subheading("Market engagement")
    num("Two market engagement events were held in October and November 2024. Twenty-three "
        "providers attended, 15 of them based in the borough. Providers welcomed the smaller "
        "lots but raised concerns about the price band and about the cost of paying for "
        "travel time in neighbourhoods with poor public transport.")

    subheading("Engagement with people who use home care")
    num("A reference group of 14 people who use home care and carers has met five times since "
        "June 2024. A survey of people receiving home care received 312 responses, and "
        "officers held four drop-in sessions in libraries and community centres.")
    num("The table below sets out the main points raised and how the proposals respond.")
    table([
        ("You asked", "We said"),
        ("Will I keep the same care workers if my provider changes?",
         "Staff are expected to transfer to the new provider under TUPE. We will ask "
         "bidders how they will keep continuity of care for each person."),
        ("Why do care workers arrive late or in a rush?",
         "The new contracts will require rotas that allow realistic travel time, checked "
         "against electronic call monitoring data."),
        ("Can we have a say in choosing the providers?",
         "Members of the reference group have written the quality questions on dignity and "
         "continuity of care, and two members will sit on the evaluation panel."),
        ("Who do I contact if something goes wrong?",
         "Each neighbourhood will have a named contract officer, and contact details will "
         "be given to every person receiving care."),
    ])
    para("")
    num("The reference group will continue to meet during the procurement and will review the "
        "mobilisation plans of the successful providers.")

    subheading("Timetable")
    table([
        ("Stage", "Date"),
        ("Gateway 1 procurement strategy to cabinet", "18 March 2025"),
        ("Invitation to tender published", "April 2025"),
        ("Tender evaluation", "May to June 2025"),
        ("Gateway 2 contract award report", "July 2025"),
        ("Mobilisation", "July to September 2025"),
        ("New contracts begin", "1 October 2025"),
    ])
    para("")

    subheading("Questions the commission may wish to consider")
    num("In considering the proposals, members may wish to explore the following:")
    for q in (
        "Is the price band sufficient to secure good quality care and to pay the London "
        "Living Wage and travel time?",
        "How will the council make sure that lead providers do not pass visits to "
        "organisations outside the framework?",
        "What will happen to people whose care worker does not transfer to the new "
        "provider?",
        "How will the council know whether the neighbourhood model is working better than "
        "the zonal model?",
        "Have smaller and voluntary sector providers had a fair chance to bid?",
    ):
        doc.add_paragraph(q, style="List Bullet")

    heading("Policy framework implications")
    num("The proposals support the council\u2019s commitment to a fairer borough and the "
        "ambition in the joint health and wellbeing strategy to help people live "
        "independently at home for longer.")
    heading("Community, equalities (including socio-economic) and health impacts")
    num("An equality impact assessment has been started and will be completed before the "
        "gateway 1 report goes to cabinet. Most people receiving home care are older, "
        "disabled or both, and around 70% of care workers are women from Black and minority "
        "ethnic communities. Retaining the fair care charter is expected to have a positive "
        "impact on this workforce.")
    heading("Climate change implications")
    num("Smaller neighbourhoods are expected to reduce the distance travelled by care workers "
        "by car. Bidders will be asked how they will reduce emissions from their fleet.")
    heading("Resource implications")
    num("The cost of the new contracts will be met from the adult social care budget. The "
        "full financial implications will be set out in the gateway 1 report.")
    heading("Legal implications")
    num("The procurement will be carried out under the Procurement Act 2023 and the "
        "council\u2019s contract standing orders. Legal advice is that trade union "
        "recognition cannot itself be an award criterion, but that bidders may be asked how "
        "they will support workforce engagement.")

    heading("BACKGROUND DOCUMENTS")
    table([
        ("Background Papers", "Held At", "Contact"),
        ("Home care market position statement 2024", "Sedgewharf Civic Offices, "
         "40 Ropewalk Street, London SE99 4WQ", "Benedict Oyelowo"),
    ])
    para("")
    heading("APPENDICES")
    table([
        ("No.", "Title"),
        ("Appendix 1", "Summary of home care survey results, December 2024"),
        ("Appendix 2", "Neighbourhood map"),
    ])
    para("")
    heading("AUDIT TRAIL")
    table([
        ("Lead Officer", "Dolores Penhaligon, Strategic Director of Children\u2019s and "
                         "Adults\u2019 Services"),
        ("Report Author", "Benedict Oyelowo, Assistant Director, Commissioning (Adults)"),
        ("Version", "Final"),
        ("Dated", "17 January 2025"),
        ("Key Decision?", "No"),
    ], bold_first=False)
    para("")
    para("CONSULTATION WITH OTHER OFFICERS / DIRECTORATES / CABINET MEMBER", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    table([
        ("Officer Title", "Comments Sought", "Comments Included"),
        ("Assistant Chief Executive, Governance and Assurance", "No", "No"),
        ("Strategic Director of Finance", "No", "No"),
        ("Cabinet Member", "Yes", "Yes"),
        ("Date final report sent to Scrutiny Team", "17 January 2025", ""),
    ])

    cp = doc.core_properties
    cp.author = "Benedict Oyelowo"
    cp.last_modified_by = "Ayo Fadipe"
    cp.title = "Home care re-procurement - scrutiny report"
    cp.revision = 4
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 1, 17, 16, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Social Care Scrutiny Commission",
    "meeting_date": "2025-01-29",
    "items": [{"number": it["n"], "title": it["title"]} for it in ITEMS],
    "questions": [
        # 5 deputation
        q("5", "concern",
          "expressed concern that one of the zone providers had passed visits",
          "Ms Dunleavy",
          "the council had not given consent for any visits to be subcontracted",
          "strategic director of children's and adults' services",
          ["subcontracting", "workforce", "adult-social-care"]),
        q("5", "request",
          "asked the commission to recommend that the new contracts pay care workers",
          "deputation",
          "paid travel time would remain a condition of every home care contract",
          "cabinet member for care and independent living",
          ["workforce", "subcontracting", "adult-social-care"]),
        q("5", "question",
          "asked how many of the group's members were on zero-hours contracts",
          None,
          "about a third were still on zero-hours contracts",
          "Mr Ashby-Rowe", ["workforce", "adult-social-care"]),
        q("5", "question",
          "asked whether care workers felt able to raise concerns with their employer",
          None,
          "workers feared losing hours if they complained",
          "Ms Dunleavy", ["workforce", "adult-social-care"]),
        # 6 home care re-procurement
        q("6", "question",
          "asked why the council was moving from three zones to eight neighbourhoods",
          None,
          "the zones had proved too large for providers to build stable local teams",
          "assistant director", ["subcontracting", "adult-social-care", "primary-care"]),
        q("6", "concern",
          "raised concerns that the new model could favour large national companies",
          None,
          "no bidder could win more than two neighbourhoods",
          "assistant director", ["privatisation", "subcontracting", "adult-social-care"]),
        q("6", "question",
          "asked how the social value element would be scored",
          "chair",
          "trade union recognition could not be scored directly",
          "assistant director", ["subcontracting", "workforce", "governance"]),
        q("6", "question",
          "asked what would happen to care workers whose employer did not win a contract",
          "Councillor Jasper Quilliam",
          "staff would transfer to the new provider on their existing terms and conditions",
          "strategic director", ["workforce", "subcontracting", "adult-social-care"]),
        q("6", "question",
          "asked whether the budget would be enough to pay the London Living Wage",
          None,
          "the price bands had been modelled on an hourly rate of £28.40",
          "assistant director", ["finance", "workforce", "adult-social-care"]),
        q("6", "question",
          "asked how people who receive home care and their carers had been involved",
          None,
          "a reference group of 14 service users and carers had met five times",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("6", "request",
          "requested that the commission receive quarterly monitoring data for the current zone providers",
          None,
          "The assistant director agreed to provide this",
          "assistant director", ["subcontracting", "adult-social-care"]),
        # 7 cabinet member interview
        q("7", "question",
          "asked what difference the strategy would make",
          None,
          "the first four health and wellbeing hubs would open in Wharfside",
          "cabinet member", ["public-health"]),
        q("7", "concern",
          "Concern was raised about the closure of two community pharmacies",
          None,
          "the council would ask the ICB to look again at access",
          "director of public health", ["primary-care"]),
        q("7", "question",
          "asked how the increase in the grant would be spent",
          "vice-chair",
          "most of the increase would be absorbed by NHS pay awards",
          "Dr Samir Chaudhry-Wells, director of public health",
          ["finance", "public-health", "subcontracting"]),
        q("7", "question",
          "asked why uptake of the second dose of MMR had fallen",
          None,
          "health visitors would offer catch-up vaccinations at the council's hostels",
          "director of public health",
          ["public-health", "children-and-families", "housing", "primary-care"]),
        q("7", "comment",
          "young people were waiting too long for CAMHS",
          None, None, None, ["mental-health", "children-and-families"]),
        # 8 dentistry evidence session
        q("8", "question",
          "Members asked why the list of practices taking new patients did not match",
          None,
          "practices updated the NHS website themselves",
          "associate director", ["primary-care"]),
        q("8", "concern",
          "residents who phoned for an NHS appointment were being offered private treatment",
          None,
          "the national contract did not pay enough for complex courses of treatment",
          "Dr Meskell", ["primary-care", "privatisation"]),
        q("8", "question",
          "asked whether the £1.9m recovered from practices could be reinvested",
          "chair",
          "the money had been used across the ICB area to fund the urgent appointments",
          "associate director", ["primary-care", "finance"]),
        q("8", "question",
          "asked what was being done for children who had never seen a dentist",
          None,
          "supervised toothbrushing now ran in 31 nurseries and primary schools",
          "director of public health",
          ["primary-care", "children-and-families", "public-health"]),
        q("8", "question",
          "asked whether the ICB had considered commissioning a dental access centre",
          None,
          "a procurement for flexible commissioning would start in April",
          "associate director", ["primary-care", "subcontracting"]),
        q("8", "request",
          "the number of NHS dental contracts handed back in the borough since 2020",
          None, None, None, ["primary-care"]),
        q("8", "request",
          "a copy of Healthwatch Sedgewharf's mystery shopping report once it is published",
          None, None, None, ["primary-care", "patient-and-public-input"]),
        # 9 youth vaping
        q("9", "question",
          "asked what penalties had been imposed on the shops that failed",
          None,
          "four retailers had been prosecuted, six had received written warnings",
          "head of trading standards", ["public-health"]),
        q("9", "concern",
          "several of the shops selling vapes to children were close to secondary schools",
          None,
          "test purchasing was targeted at shops within 400 metres of a school",
          "head of trading standards", ["public-health", "children-and-families"]),
        q("9", "question",
          "asked whether the stop smoking service offered vapes to adults trying to quit",
          None,
          "free vape starter kits had been offered to adult smokers since 2023",
          "director of public health", ["public-health"]),
        q("9", "comment",
          "campaigns aimed at young people should be designed with young people",
          None,
          "the youth parliament had been asked to help design the spring campaign",
          "director of public health",
          ["public-health", "children-and-families", "patient-and-public-input"]),
        q("9", "comment",
          "the ban on single-use vapes would not stop the sale of cheap refillable devices",
          None, None, None, ["public-health"]),
        # 10 work programme
        q("10", "request",
          "requested that an item on hospital discharge, including the use of short-term care home beds",
          "vice-chair",
          "The chair agreed that this would be scheduled",
          "chair", ["adult-social-care"]),
    ],
    "resolutions": [
        r("4", "the minutes of the meeting held on 27 November 2024 be agreed", "agreed", []),
        r("5", "That the deputation from the Sedgewharf Home Care Workers' Group be noted",
          "noted", ["adult-social-care"]),
        r("6", "recommend to cabinet that home care be brought back in-house", "rejected",
          ["privatisation", "adult-social-care", "subcontracting"]),
        r("6", "commission recommends to cabinet that the new home care contracts",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        r("7", "The commission will write to the cabinet member asking for", "agreed",
          ["primary-care", "public-health"]),
        r("8", "noted the evidence received and agreed that it would inform", "agreed",
          ["primary-care"]),
        r("9", "agreed to recommend to cabinet that the council lobby the government",
          "recommended", ["public-health"]),
        r("10", "The work programme was agreed, with the addition of an item", "agreed",
          ["adult-social-care"]),
    ],
    "attendees": (
        [att(n, role, "present") for n, role in PRESENT]
        + [att("Councillor Nell Drabble", None, "apologies")]
        + [att(n, role.replace("\u2019", "'"), "in_attendance") for n, role in OTHER_MEMBERS]
        + [att(n, role.replace("\u2019", "'"), "in_attendance") for n, role in OFFICERS]
    ),
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
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
        parts = [par.text for par in d.paragraphs]
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
    ph, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(ph) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("pc-*.json")):
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
        answers = sum(1 for row in gold["questions"] if row["answer"])
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
