#!/usr/bin/env python3
"""Build the "pv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_pv.py           build documents/pv-* and gold/pv-*.json
        build_pv.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "pv-windlecombe-harrowmead-adults-health-housing-osp-2025-06-19.html"
FAQ_NAME = "pv-windlecombe-harrowmead-care-charging-consultation-faq.html"

COUNCIL = "Royal Borough of Windlecombe and Harrowmead"
PANEL = "Adults, Health and Housing Overview and Scrutiny Panel"
SITE = "https://windlecombe-harrowmead.moderngov.co.uk"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page (ieListDocuments.aspx)
# ---------------------------------------------------------------------------
# Each item: number, title, documents (label, size), agenda text paragraphs and the
# "Minutes:" blocks.  Blocks:
#   "text"                     a Word-pasted paragraph
#   ("agreed", label, text)    bold label run into the decision
#   ("clause", text)           a typed "i)" clause under a decision
#   ("action", text)           the clerk's bold ACTION line
#   ("note", text)             italic note
#   ("vote", caption, rows, result)   a named vote table

P = PANEL

ITEMS = [
    {
        "number": "1", "title": "Apologies for Absence", "docs": [],
        "agenda": ["To receive any apologies for absence."],
        "minutes": [
            "Apologies for absence were received from Councillor Joanna Pelling. "
            "Councillor Raj Bhandal attended as a substitute.",
            ("note", "Councillor Quist joined the meeting at 7.09 pm, during item 3."),
        ],
    },
    {
        "number": "2", "title": "Declarations of Interest", "docs": [],
        "agenda": ["To receive any declarations of interest."],
        "minutes": [
            "Councillor Achterberg declared an Other Registrable Interest as she was a "
            "trustee of the Harrowmead Carers' Hub, which was funded in part by the council. "
            "She remained in the meeting for all items.",
            "Councillor Varley-Stone declared a Personal Interest in item 6 as his wife "
            "worked as a dental nurse at an NHS practice in Windlecombe. He remained in the "
            "meeting and took part in the discussion on the item.",
        ],
    },
    {
        "number": "3", "title": "Minutes", "docs": [("PDF", "212 KB")],
        "agenda": ["To consider the minutes of the meeting held on 24 April 2025."],
        "minutes": [
            ("agreed", "AGREED UNANIMOUSLY:",
             "That the minutes of the meeting held on 24 April 2025 were approved as a "
             "true and accurate record."),
            "Councillor Varley-Stone asked whether the figures on the number of people "
            "waiting for a care needs assessment, which had been requested at the last "
            "meeting, had been circulated. Hamish Cortland, Executive Director of Adults, "
            "Health and Housing, confirmed that the figures had been sent to Members on "
            "12 May 2025 and that he would send them again after the meeting.",
        ],
    },
    {
        "number": "4",
        "title": "Healthwatch Windlecombe and Harrowmead Annual Report 2024/25",
        "docs": [("PDF", "188 KB"), ("Appendix A - Healthwatch Annual Report 2024-25 PDF", "3 MB")],
        "agenda": [
            "To receive the annual report of Healthwatch Windlecombe and Harrowmead for "
            "2024/25.",
            "Witness: Bronwen Aldous, Chief Officer, Healthwatch Windlecombe and Harrowmead.",
        ],
        "minutes": [
            "Bronwen Aldous, Chief Officer of Healthwatch Windlecombe and Harrowmead, "
            "introduced the annual report. Over the year Healthwatch had heard from 1,184 "
            "residents about their experiences of health and care services, an increase of "
            "23% on the previous year, and had carried out Enter and View visits to six care "
            "homes. The three subjects raised most often had been access to GP "
            "appointments, finding an NHS dentist and the experience of leaving hospital. "
            "Bronwen Aldous highlighted the report on the experiences of unpaid carers, "
            "which had been published in February 2025, and thanked the 41 volunteers who "
            "had given more than 2,300 hours of their time.",
            "Councillor Achterberg asked how Healthwatch reached residents who did not use "
            "the internet or social media.",
            "Bronwen Aldous said that the team held a stall at Harrowmead and Windlecombe "
            "libraries each month, visited lunch clubs and carers' groups, and had trained "
            "14 volunteers to help people fill in paper copies of its surveys. Around a third "
            "of the feedback received during the year had come through these routes.",
            "The Chair asked what difference the Enter and View visits had made to the "
            "residents of the homes visited. Bronwen Aldous explained that each of the six "
            "homes had produced an action plan in response to the recommendations, and one "
            "home had extended its visiting hours into the evening as a direct result. "
            "Healthwatch would return to two of the homes in the autumn to check on progress.",
            "Councillor Bhandal said that he was concerned that the funding for Healthwatch "
            "had fallen by 8% in real terms over three years while the number of people "
            "contacting it had grown. Councillor Chaudhry, Cabinet Member for Adult Social "
            "Care and Health, said that the Healthwatch contract was due to end in March 2026 "
            "and that the level of funding for the new contract would be considered as part "
            "of the budget setting process in the autumn.",
            "Councillor Varley-Stone requested that the findings of Healthwatch's survey of "
            "patients discharged from Windlecombe General Hospital be shared with the Panel "
            "when they were available. Bronwen Aldous agreed and said that the survey would "
            "close at the end of July.",
            ("action", "ACTION \u2013 Bronwen Aldous to circulate the hospital discharge survey "
                       "findings to Members of the Panel once published."),
            "The Chair thanked Bronwen Aldous and the Healthwatch volunteers for their work "
            "over the year.",
            ("agreed", "AGREED UNANIMOUSLY:",
             f"That the {P} noted the Healthwatch Windlecombe and Harrowmead Annual Report "
             "2024/25."),
        ],
    },
    {
        "number": "5", "title": "Re-procurement of Homecare Services",
        "docs": [("PDF", "402 KB"), ("Appendix A - Market engagement summary PDF", "226 KB"),
                 ("Appendix B - Draft service specification PDF", "611 KB"),
                 ("Appendix C - Options appraisal PDF", "344 KB"),
                 ("Appendix D - Equality Impact Assessment PDF", "198 KB")],
        "agenda": [
            "To scrutinise the proposed approach to the re-procurement of homecare services "
            "before it is considered by Cabinet on 24 July 2025.",
            "Cabinet Member: Councillor Priya Chaudhry, Cabinet Member for Adult Social Care "
            "and Health.",
            "Lead Officer: Lorna Pettigrew, Head of Commissioning \u2013 Adults.",
        ],
        "minutes": [
            "Councillor Chaudhry said that homecare was one of the most important services "
            "the council bought on behalf of residents, as it allowed people to stay "
            "independent in their own homes for as long as possible. The current framework had "
            "served the borough well during the pandemic, but it had grown to the point where "
            "too much of the council\u2019s time was spent managing a large number of small "
            "contracts, and people in the rural south of the borough still waited too long for "
            "care to start.",
            "Lorna Pettigrew, Head of Commissioning \u2013 Adults, introduced the report. The "
            "council currently purchased around 11,600 hours of homecare each week for "
            "approximately 940 residents from 31 providers on a framework which would expire "
            "on 31 March 2026. Following market engagement events attended by 48 providers, "
            "officers proposed moving to a zoned model in which one lead provider would be "
            "appointed in each of four zones of the borough, supported by an open framework "
            "of approved providers for any care that the lead provider could not pick up "
            "within 48 hours. Tenders would be evaluated 60% on quality and 40% on price, and "
            "a minimum hourly rate of \u00a325.40 would be set for the first year of the "
            "contracts.",
            "Councillor Hollis asked how the council would make sure that people did not "
            "have to change their care workers if their current provider did not win a zone.",
            "Lorna Pettigrew explained that continuity of care had been the main concern "
            "raised by people who drew on care. Where a provider did not win a zone, its staff "
            "would be expected to transfer to the new lead provider under TUPE, and anyone "
            "who wished to keep their existing provider would be offered a direct payment so "
            "that they could continue to buy care from them.",
            "Councillor Bhandal questioned whether the zoned model would squeeze smaller, "
            "local providers out of the market in favour of large national companies. Lorna "
            "Pettigrew said that the zones had been sized so that a provider with around 150 "
            "hours a week of existing business could realistically bid, that providers could "
            "bid as consortia, and that smaller providers would continue to be used through "
            "the framework. Of the 31 current providers, 19 were based in the borough.",
            "Councillor Achterberg said that she was concerned that care workers were still "
            "not being paid for the time spent travelling between visits, and that this was "
            "driving people out of the profession. Lorna Pettigrew confirmed that the new "
            "contracts would require lead providers to pay for travel time and mileage, and "
            "that compliance would be checked through quarterly contract monitoring, "
            "including a sample of payslips.",
            "The Vice Chair asked what weighting had been given to social value. Lorna "
            "Pettigrew said that social value made up 10% of the overall score and that "
            "bidders would be asked to commit to local recruitment, apprenticeships and the "
            "use of electric vehicles.",
            "Councillor Varley-Stone wanted to know whether the option of bringing some or "
            "all of the service back in-house had been looked at.",
            "Hamish Cortland said that an options appraisal had been carried out in the "
            "spring. Running the service in-house would cost an estimated 31% more than the "
            "current model, mainly because of pension and other on-costs, and the council did "
            "not currently have the management capacity to run a service of that size. The "
            "appraisal was included at Appendix C of the report.",
            "Councillor Hollis asked how the views of people who received homecare and their "
            "families had been taken into account. Lorna Pettigrew said that 212 people "
            "receiving homecare and 64 family carers had responded to a survey in March, two "
            "focus groups had been held, and a person with lived experience of homecare would "
            "sit on the evaluation panel for the quality questions.",
            "Councillor Bhandal requested that the Panel see the outcome of the tender "
            "evaluation before the contracts were awarded. Councillor Chaudhry said that the "
            "award of the contracts would be a Cabinet decision in January 2026 and that "
            "commercially sensitive information could not be shared at a public meeting, but "
            "she offered to arrange a confidential briefing for Members of the Panel before "
            "the decision was taken.",
            ("action", "ACTION \u2013 Lorna Pettigrew to arrange a private briefing on the "
                       "tender evaluation for Panel Members before the Cabinet decision."),
            "Councillor Bhandal proposed a motion that the Panel recommend to Cabinet that "
            "the re-procurement be paused for six months so that the cost of an in-house "
            "pilot in one zone could be fully assessed. This was seconded by Councillor "
            "Achterberg.",
            ("vote", "Pause of homecare tender (Motion)",
             [("Councillor Helena Marchbank", "Against"),
              ("Councillor Kofi Adjaye-Brennan", "Against"),
              ("Councillor Mirelle Achterberg", "For"),
              ("Councillor Raj Bhandal", "For"),
              ("Councillor Susannah Hollis", "Against"),
              ("Councillor Teodora Quist", "Abstain"),
              ("Councillor Dominic Varley-Stone", "Against")],
             "Rejected"),
            "The motion fell.",
            ("agreed", "AGREED:",
             f"That the {P} noted the report and recommended to Cabinet that:"),
            ("clause", "i) The minimum hourly rate paid to providers be reviewed each year "
                       "against the Real Living Wage;"),
            ("clause", "ii) The requirement on providers to pay care workers for travel time be "
                       "written into the contract monitoring framework; and"),
            ("clause", "iii) An update on the mobilisation of the new contracts be brought to "
                       "the Panel in spring 2026."),
        ],
    },
    {
        "number": "6", "title": "Access to NHS Dental Services",
        "docs": [("PDF", "276 KB")],
        "agenda": [
            "To receive an update from Thames Downs Integrated Care Board on access to NHS "
            "dental services in the borough.",
            "Witnesses: Dr Nadine Ferreira-Lowe, Associate Director of Primary Care, Thames "
            "Downs Integrated Care Board; Matthew Quennell, Chair, Windlecombe and Harrowmead "
            "Local Dental Committee.",
        ],
        "minutes": [
            "Dr Nadine Ferreira-Lowe, Associate Director of Primary Care at Thames Downs "
            "Integrated Care Board (ICB), presented the update. There were 22 NHS dental "
            "practices in the borough. In the 24 months to March 2025, 38% of adults in the "
            "borough had seen an NHS dentist, compared with 40% across England, and 54% of "
            "children had been seen in the previous 12 months. Two practices had handed back "
            "their NHS contracts during 2024/25, with the loss of 11,500 units of dental "
            "activity, all of which had since been re-procured. The ICB had also funded 3,200 "
            "additional urgent appointments through its urgent dental access scheme. From "
            "October 2025 practices would be able to use up to 10% of their contract value for "
            "sessions reserved for patients who had not seen a dentist for more than two "
            "years, and for children referred by health visitors.",
            "Matthew Quennell, Chair of the Windlecombe and Harrowmead Local Dental Committee, "
            "said that practices in the borough remained committed to NHS care but that "
            "recruiting dentists and dental nurses was very difficult, and several practices "
            "had carried vacancies for more than a year.",
            "Councillor Quist asked when residents in Harrowmead would see the replacement "
            "capacity, as the practice on Station Parade had closed in November 2024. "
            "Dr Ferreira-Lowe said that the contract had been awarded to a new provider which "
            "expected to open at premises in Harrowmead High Street in September 2025, and "
            "would start by offering appointments to children and to patients of the closed "
            "practice.",
            "The Chair said that she was concerned that residents who phoned practices were "
            "routinely told that the only option was to join a private plan.",
            "Matthew Quennell "
            "explained that under the national contract some courses of treatment cost "
            "practices more to deliver than they received for them, and that many practices "
            "could only keep their NHS lists open by limiting new patients. He did not think "
            "the situation would change without reform of the contract.",
            "Councillor Hollis asked whether there was a waiting list that residents could "
            "join. Dr Ferreira-Lowe confirmed that there was no central waiting list for NHS "
            "dental care. Residents could find practices accepting new patients through the "
            "NHS website, and anyone in pain should call NHS 111 for an urgent appointment.",
            "Councillor Varley-Stone asked what was being done to reduce tooth decay among "
            "young children. Dr Callum Redfern, Director of Public Health, said that the "
            "supervised toothbrushing programme now ran in 27 nurseries and early years "
            "settings in the most deprived areas of the borough, and the council was working "
            "with health visitors to give out free toothbrushes and toothpaste at the "
            "one-year review.",
            "Councillor Achterberg requested figures for the number of children who had seen "
            "a dentist, broken down by ward. Dr Ferreira-Lowe said that the data was held at "
            "practice level rather than by the patient's home address, but she would ask the "
            "ICB's analysts whether it could be provided by postcode district.",
            ("action", "ACTION \u2013 Dr Ferreira-Lowe to confirm whether figures for children "
                       "seen by a dentist could be provided by postcode district."),
            ("note", "Post meeting note: the ICB confirmed on 27 June 2025 that figures by "
                     "postcode district would be included in its update to the Panel in "
                     "January 2026."),
            "Councillor Bhandal commented that no amount of local effort would bring dentists "
            "back to NHS work until the Government reformed the national dental contract, and "
            "that the Panel should say so.",
            ("agreed", "AGREED UNANIMOUSLY:",
             f"That the {P} noted the report and asked the Chair to write to the Secretary "
             "of State for Health and Social Care, on behalf of the Panel, calling for urgent "
             "reform of the NHS dental contract."),
        ],
    },
    {
        "number": "7", "title": "Youth Vaping and Tobacco Control",
        "docs": [("PDF", "355 KB")],
        "agenda": [
            "To receive a report on action to reduce youth vaping and on the council's "
            "tobacco control work.",
            "Lead Officer: Dr Callum Redfern, Director of Public Health.",
            "Witness: Ellen Marchetti, Trading Standards Team Leader.",
        ],
        "minutes": [
            "Dr Redfern introduced the report. The borough's 2024 survey of Year 8 and Year 10 "
            "pupils had found that 9% of Year 8 pupils and 19% of Year 10 pupils vaped at "
            "least once a week, with most saying that they bought disposable vapes from shops "
            "or were given them by older friends. The sale of single-use vapes had been "
            "banned from 1 June 2025. Smoking prevalence among adults in the borough was 9.8%, "
            "and the stop smoking service had supported 612 people to set a quit date in "
            "2024/25, 58% of whom had quit at four weeks. Trading Standards had seized "
            "4,870 illegal vapes and 1,320 packets of illicit cigarettes during the year, most "
            "of them from two shops which had since closed.",
            "Councillor Quist asked how the ban on disposable vapes would be enforced. Ellen "
            "Marchetti, Trading Standards Team Leader, said that officers had written to every "
            "retailer known to sell vapes and had visited 61 shops in the month before the ban "
            "came in. Test purchasing would continue, and in 2024/25 nine out of 34 test "
            "purchases had resulted in a sale to a person under 18.",
            "Councillor Hollis said that she was concerned at the number of shops selling "
            "vapes close to schools, particularly in Windlecombe town centre. Dr Redfern "
            "explained that the council could not use planning powers to close existing "
            "shops, but the licensing scheme for retailers proposed in the Tobacco and Vapes "
            "Bill would give the council more control once it became law.",
            "The Vice Chair asked whether young people had been involved in designing the "
            "council's vaping campaign. Dr Redfern confirmed that the \u2018Don\u2019t Get "
            "Hooked\u2019 campaign had been co-designed with members of the Youth Council and "
            "pupils at three secondary schools, who had chosen the messages and the images "
            "used on social media.",
            "Councillor Varley-Stone asked what help was available for young people who "
            "wanted to stop vaping.",
            "Dr Redfern said that the school nursing service offered one-to-one support to "
            "pupils, and that a pilot offering support through a text messaging service "
            "would start in September. Vaping was not recommended to young people as a way of "
            "stopping smoking.",
            "Councillor Achterberg wanted to know how much the council spent on stop smoking "
            "services. Dr Redfern said that \u00a3312,000 of the public health grant was spent "
            "on the service this year, together with \u00a396,000 from the new national grant "
            "for local stop smoking services, which had allowed the service to take on two "
            "additional advisers.",
            ("agreed", "AGREED UNANIMOUSLY:",
             f"That the {P} noted the report on youth vaping and tobacco control."),
        ],
    },
    {
        "number": "8", "title": "Temporary Accommodation - Six Month Update",
        "docs": [("PDF", "241 KB")],
        "agenda": [
            "To receive a six-month update on the use of temporary accommodation.",
            "Cabinet Member: Councillor Graham Tollerton, Cabinet Member for Housing and "
            "Homelessness.",
            "Lead Officer: Gareth Penhaligon, Head of Housing Options.",
        ],
        "minutes": [
            "Gareth Penhaligon, Head of Housing Options, introduced the update. At the end of "
            "May 2025 there were 164 households in temporary accommodation, compared with 151 "
            "in November 2024, of whom 96 had dependent children. Homelessness approaches had "
            "risen by 12% year on year, driven mainly by no-fault evictions from the private "
            "rented sector. The council had bought 14 homes through its acquisitions "
            "programme to use as temporary accommodation in the borough. The homelessness "
            "prevention team had prevented or relieved homelessness for 318 households over "
            "the year, and a new hospital discharge housing officer had started in April, "
            "funded jointly with the ICB.",
            "Councillor Bhandal asked how many families with children had been in bed and "
            "breakfast accommodation for longer than the six-week legal limit. Gareth "
            "Penhaligon said that there had been seven such families at the end of May, down "
            "from 19 in January, and that each had a named officer working to move them on.",
            "Councillor Hollis queried the cost of nightly-paid accommodation to the council. "
            "Councillor Tollerton, Cabinet Member for Housing and Homelessness, said that the "
            "temporary accommodation budget was forecast to overspend by \u00a31.9m in "
            "2025/26 and that the acquisitions programme was expected to save around "
            "\u00a318,000 a year for each home bought.",
            "Councillor Quist asked whether the council had considered leasing homes from "
            "private landlords to use as temporary accommodation. Gareth Penhaligon said that "
            "the council already leased 42 homes in this way, but landlords were increasingly "
            "reluctant to renew leases because they could get higher rents on the open "
            "market.",
            "The Chair requested that future updates include a breakdown of the households "
            "placed outside the borough and how far they had been placed from Windlecombe.",
            ("agreed", "AGREED UNANIMOUSLY:",
             f"That the {P} noted the update and requested a further update on temporary "
             "accommodation in December 2025."),
        ],
    },
    {
        "number": "9", "title": "Work Programme", "docs": [("PDF", "119 KB")],
        "agenda": ["To consider the Panel\u2019s work programme for 2025/26."],
        "minutes": [
            "Tobias Rennard, Democratic Services Officer, introduced the work programme. "
            "Reports on the hospital discharge task and finish group and on the adult social "
            "care budget would come to the Panel in September and November respectively. "
            "The Chair reminded Members that the Panel\u2019s annual report would be "
            "considered by Full Council in July, and invited Members to send any comments on "
            "the draft to Democratic Services by 30 June.",
            "Councillor Achterberg requested that an item on respite and short breaks for "
            "unpaid carers be added to the work programme. The Chair agreed and suggested that "
            "it be scheduled for the November meeting, when the Healthwatch carers\u2019 report "
            "could be considered alongside it.",
            ("agreed", "AGREED UNANIMOUSLY:",
             "That the Panel noted the work programme, subject to the addition of an item on "
             "carers\u2019 respite and short breaks."),
            ("note", "The meeting, which began at 7.00 pm, finished at 9.38 pm"),
        ],
    },
]

ATTENDANCE = [
    ("Present:", "Councillors Helena Marchbank (Chair), Kofi Adjaye-Brennan (Vice Chair), "
                 "Mirelle Achterberg, Raj Bhandal, Susannah Hollis, Teodora Quist and Dominic "
                 "Varley-Stone"),
    ("Also in attendance:", "Councillor Priya Chaudhry (Cabinet Member for Adult Social Care "
                            "and Health) and Councillor Graham Tollerton (Cabinet Member for "
                            "Housing and Homelessness)"),
    ("Witnesses:", "Bronwen Aldous (Healthwatch Windlecombe and Harrowmead), Dr Nadine "
                   "Ferreira-Lowe (Thames Downs Integrated Care Board) and Matthew Quennell "
                   "(Windlecombe and Harrowmead Local Dental Committee)"),
    ("Officers:", "Hamish Cortland, Dr Callum Redfern, Lorna Pettigrew, Gareth Penhaligon and "
                  "Tobias Rennard"),
    ("Officers in attendance virtually:", "Ellen Marchetti and Yusuf Dervish"),
]


WORD_P = ('<p class="MsoNormal" style="margin-bottom:8.0pt;text-align:justify">'
          '<span style=\'font-family:"Arial",sans-serif\'>{}</span></p>')


def render_block(block) -> str:
    if isinstance(block, str):
        return WORD_P.format(esc(block))
    kind = block[0]
    if kind == "agreed":
        _, label, text = block
        return ('<p class="MsoNormal" style="margin-bottom:8.0pt"><b><span style=\'font-family:'
                f'"Arial",sans-serif\'>{esc(label)}</span></b><span style=\'font-family:'
                f'"Arial",sans-serif\'> {esc(text)}</span></p>')
    if kind == "clause":
        return ('<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-18.0pt">'
                f'<span style=\'font-family:"Arial",sans-serif\'>{esc(block[1])}</span></p>')
    if kind == "action":
        return ('<p class="MsoNormal" style="margin-bottom:8.0pt"><b><span style=\'font-family:'
                f'"Arial",sans-serif\'>{esc(block[1])}</span></b></p>')
    if kind == "note":
        return ('<p class="MsoNormal"><i><span style=\'font-family:"Arial",sans-serif\'>'
                f'{esc(block[1])}</span></i></p>')
    if kind == "vote":
        _, caption, rows, result = block
        out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none">',
               f'<tr><td colspan="2" style="background:#D9D9D9;padding:0cm 5.4pt"><p '
               f'class="MsoNormal"><b>{esc(caption)}</b></p></td></tr>']
        for name, vote in rows:
            out.append(f'<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">{esc(name)}</p>'
                       f'</td><td style="padding:0cm 5.4pt"><p class="MsoNormal">{esc(vote)}</p>'
                       '</td></tr>')
        out.append(f'<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>{esc(result)}'
                   '</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p>'
                   '</td></tr>')
        out.append('</table>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
        return "\n".join(out)
    raise ValueError(kind)


def doc_links(item, n0: int) -> str:
    if not item["docs"]:
        return ""
    lis = []
    for k, (label, size) in enumerate(item["docs"]):
        sid = 52000 + n0 * 10 + k
        name = item["title"] if label == "PDF" else label
        text = f"{esc(item['title'])} PDF {size}" if label == "PDF" else f"{esc(label)} {size}"
        lis.append(f'<li><a href="{SITE}/documents/s{sid}/{esc(name.replace(" ", "%20"))}.pdf" '
                   f'class="mgDocLink" title="{esc(name)}"><img src="mgimages/logos/pdf_20.png" '
                   f'class="mgDocIcon" alt="pdf icon" /><span class="mgHide">PDF</span>'
                   f'</a> <a href="{SITE}/documents/s{sid}/x.pdf">{text}</a></li>')
    return '<ul class="mgActionList">' + "".join(lis) + "</ul>"


def minutes_html() -> str:
    rows = []
    for n, item in enumerate(ITEMS):
        agenda = "".join(f"<p>{esc(p)}</p>" for p in item["agenda"])
        mins = "\n".join(render_block(b) for b in item["minutes"])
        rows.append(f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{item['number']}.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgIssueHistoryHome.aspx?IId={31400 + n * 7}" title="Link to issue history for {esc(item['title'])}">{esc(item['title'])}</a></p>
{doc_links(item, n)}
<div class="mgWordPara">{agenda}</div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{mins}
</div>
</td>
</tr>""")
    attendance = "\n".join(
        f'<p><span class="mgLabel"><strong>{esc(label)}</strong></span> {esc(text)}</p>'
        for label, text in ATTENDANCE)
    items_html = "\n".join(rows)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Agenda for {esc(P)} on Thursday, 19th June, 2025, 7.00 pm | {esc(COUNCIL)}</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css" type="text/css" />
</head>
<body>
<div id="cookie-notice" class="cookie-banner"><p>We use cookies to make this site work and to understand how you use it. <a href="https://www.windlecombe-harrowmead.gov.uk/cookies">Cookie settings</a> <button type="button">Accept all cookies</button></p></div>
<div id="rbwh-header">
<a class="skip" href="#mgMain">Skip to main content</a>
<a href="https://www.windlecombe-harrowmead.gov.uk"><img src="SiteSpecific/images/rbwh-logo.png" alt="{esc(COUNCIL)} logo" /></a>
<ul class="rbwh-topnav">
<li><a href="https://www.windlecombe-harrowmead.gov.uk/bins">Bins and recycling</a></li>
<li><a href="https://www.windlecombe-harrowmead.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.windlecombe-harrowmead.gov.uk/parking">Parking</a></li>
<li><a href="https://www.windlecombe-harrowmead.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul>
</div>
<div id="mgBreadCrumbs"><a href="https://www.windlecombe-harrowmead.gov.uk">Home</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; <a href="mgCommitteeDetails.aspx?ID=1187">{esc(P)}</a> &gt; Meeting</div>
<div id="mgLeftMenu">
<ul>
<li><a href="mgCalendarMonthView.aspx">Calendar</a></li>
<li><a href="mgListCommittees.aspx">Committees</a></li>
<li><a href="mgMemberIndex.aspx">Councillors</a></li>
<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="mgPlansHome.aspx">Forward plans</a></li>
<li><a href="ieDocHome.aspx">Search documents</a></li>
<li><a href="mgRegisterKeywordInterest.aspx">Subscribe to updates</a></li>
</ul>
</div>
<div id="mgMain">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">{esc(P)} - Thursday, 19th June, 2025 7.00 pm</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="mgCommitteeDetails.aspx?ID=1187">Committee details</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=9214">Attendance</a></li>
<li><a href="mgIssueHistoryChronology.aspx?MId=9214">Meeting history</a></li>
<li><a href="ieListMeetings.aspx?CommitteeId=1187">Browse meetings</a></li>
</ul>
</div>
<div class="mgContent">
<p class="mgSectionTitle"><span class="mgLabel">Venue: </span>Council Chamber - Guildhall, Windlecombe. <a href="mgLocationDetails.aspx?RID=12">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Tobias Rennard&nbsp; 01632 960418 <span class="mgLabel">Email: </span><a href="mailto:democratic.services@windlecombe-harrowmead.gov.uk">democratic.services@windlecombe-harrowmead.gov.uk</a></p>
<p><span class="mgLabel">Media</span></p>
<p><a href="https://www.youtube.com/@RBWHdemocracy">Watch the meeting on YouTube</a></p>
</div>
<h2 class="mgSectionTitle">Items</h2>
<ul class="mgActionList">
<li><a href="{SITE}/documents/g9214/Public%20reports%20pack%2019th-Jun-2025%2019.00.pdf"><img src="mgimages/logos/pdf_20.png" alt="pdf icon" /> Agenda reports pack PDF 5 MB</a></li>
<li><a href="{SITE}/documents/g9214/Printed%20minutes%2019th-Jun-2025%2019.00.pdf"><img src="mgimages/logos/pdf_20.png" alt="pdf icon" /> Printed minutes PDF 231 KB</a></li>
</ul>
<table class="mgItemTable" summary="Table of agenda items">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{items_html}
</table>
<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgContent">
{attendance}
</div>
</div>
<div id="rbwh-footer">
<ul>
<li><a href="https://www.windlecombe-harrowmead.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.windlecombe-harrowmead.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.windlecombe-harrowmead.gov.uk/contact">Contact us</a></li>
</ul>
<p>&copy; {esc(COUNCIL)}. Guildhall, Market Street, Windlecombe, WH1 1GH</p>
<p class="mgPoweredBy">Powered by ModernGov</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# The paper that is not minutes: a consultation FAQ page on the council's own site
# ---------------------------------------------------------------------------

FAQ_SECTIONS = [
    ("h2", "About this consultation"),
    ("p", "We are asking people who receive care and support at home or in the community, "
          "their families and carers, and anyone else with an interest, for their views on "
          "proposed changes to the way we charge for adult social care. The consultation runs "
          "from 2 June 2025 to 25 August 2025. This page answers the questions we are asked "
          "most often. We will add to it as the consultation goes on."),
    ("p", "If you cannot find the answer you need, please contact the Financial Assessment "
          "Team on 01632 960552 (Monday to Friday, 9am to 5pm) or email "
          "financial.assessments@windlecombe-harrowmead.gov.uk."),
    ("h2", "The proposals"),
    ("h3", "What is the council proposing to change?"),
    ("p", "There are three proposals:"),
    ("ul", ["Proposal 1: to include the higher rate of Attendance Allowance, Disability Living "
            "Allowance (care component) and Personal Independence Payment (daily living) in "
            "the financial assessment where a person does not receive care at night.",
            "Proposal 2: to charge an annual arrangement fee of \u00a3312 to people with savings "
            "above the upper capital limit who ask the council to arrange their care for them.",
            "Proposal 3: to charge for the Lifeline telecare service in the same way as other "
            "community services, through the financial assessment, instead of the flat "
            "weekly charge of \u00a35.90 that applies now."]),
    ("h3", "Why is the council proposing these changes?"),
    ("p", "Demand for adult social care in the borough has grown by around 14% in the last "
          "three years and the cost of buying care has risen faster than the money the council "
          "receives. The council must set a balanced budget each year. The proposals would "
          "bring our charging policy into line with most other councils in the South East and "
          "would raise an estimated \u00a3640,000 a year, which would be spent on adult social "
          "care."),
    ("h3", "Will everyone pay more?"),
    ("p", "No. Around 1,450 people currently receive care at home or in the community that is "
          "arranged by the council. We estimate that about 390 people would pay more under "
          "Proposal 1, that about 60 people would be affected by Proposal 2, and that about "
          "270 Lifeline users would pay more under Proposal 3. About 300 Lifeline users would "
          "pay less or nothing, because their charge would be based on what they can afford."),
    ("h3", "How much more would I have to pay?"),
    ("p", "It depends on your circumstances. Nobody would be asked to pay more than they can "
          "afford, as worked out in a financial assessment. Everyone keeps at least the "
          "Minimum Income Guarantee set by the Government, and we take into account "
          "disability-related expenses such as extra heating, laundry or a special diet. If "
          "the proposals go ahead, we will write to everyone affected at least four weeks "
          "before any change to their charge and offer a new financial assessment."),
    ("h3", "Does this affect people who live in care homes?"),
    ("p", "No. The proposals only affect people who receive care and support at home or in "
          "the community, such as homecare, day opportunities, direct payments, supported "
          "living and Lifeline."),
    ("h3", "Has a decision already been made?"),
    ("p", "No. No decision will be made until the consultation has closed and all the "
          "responses have been considered. A report, including a summary of what people have "
          "told us and an equality impact assessment, will go to the Adults, Health and "
          "Housing Overview and Scrutiny Panel in October 2025 and then to Cabinet in November "
          "2025. Any changes agreed would not start before April 2026."),
    ("h2", "Having your say"),
    ("h3", "How can I take part?"),
    ("ul", ["Complete the online survey on our Have Your Say page.",
            "Ask for a paper copy or an easy read version by calling 01632 960552. Paper copies "
            "come with a freepost envelope.",
            "Come to one of our drop-in sessions (see below).",
            "Ask a family member, carer or advocate to help you respond, or to respond on your "
            "behalf."]),
    ("h3", "Where and when are the drop-in sessions?"),
    ("table", [("Date", "Time", "Venue"),
               ("Tuesday 17 June 2025", "10am to 12 noon", "Harrowmead Library, Community Room"),
               ("Thursday 3 July 2025", "2pm to 4pm", "Windlecombe Guildhall, Committee Room 2"),
               ("Wednesday 16 July 2025", "6pm to 7.30pm", "Online (Microsoft Teams)"),
               ("Monday 4 August 2025", "10.30am to 12.30pm",
                "Lockhurst Village Hall, Lockhurst")]),
    ("h3", "I receive care. Will my care be affected if I say I disagree?"),
    ("p", "No. Your care and support will not be affected in any way by whether you take part "
          "or by what you say. Responses are anonymous unless you choose to give us your "
          "name."),
    ("h2", "You asked, we said"),
    ("p", "These are some of the questions people have raised at the first drop-in session and "
          "in emails, with our answers."),
    ("qa", "You asked: Why should I pay for Lifeline when I hardly ever press the button?",
           "We said: Lifeline is available 24 hours a day whether or not you use it, and the "
           "cost of the service is the same. Under Proposal 3 the charge would depend on what "
           "you can afford, so some people would pay less than now."),
    ("qa", "You asked: My mother has night-time care paid for by her family. Would that count?",
           "We said: We would look at the care and support she receives as a whole during the "
           "financial assessment. Please contact the Financial Assessment Team so that we can "
           "look at her situation."),
    ("qa", "You asked: Is the arrangement fee just a way of making money out of people who have "
           "savings?",
           "We said: The Care Act 2014 allows councils to charge a fee that covers the cost of "
           "arranging care. The proposed fee is based on the staff time involved and would not "
           "make a profit."),
    ("qa", "You asked: Will the consultation results be made public?",
           "We said: Yes. A summary of the responses will be published on this page and in the "
           "report to Cabinet."),
    ("h2", "Things you may want to think about"),
    ("p", "When you respond, you might find it helpful to consider:"),
    ("ul", ["How would the proposals affect you, or the person you care for?",
            "Is there anything we should do to reduce the impact on people on low incomes?",
            "Are there other ways the council could save money or raise income in adult "
            "social care?",
            "Is the information in the consultation easy to understand?"]),
    ("h2", "Getting help and advice"),
    ("p", "Independent advice about benefits and charging is available from the Windlecombe "
          "and Harrowmead Citizens Advice service and from the Windlecombe Carers and Older People's Advice Line. If you "
          "think you may not be claiming all the benefits you are entitled to, our Welfare "
          "Benefits Team can carry out a free benefits check."),
    ("p", "If you need this information in another format or language, please call 01632 "
          "960552."),
]


def faq_html() -> str:
    body = []
    for sec in FAQ_SECTIONS:
        kind = sec[0]
        if kind in ("h2", "h3", "p"):
            body.append(f"<{kind}>{esc(sec[1])}</{kind}>")
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in sec[1]) + "</ul>")
        elif kind == "table":
            head, *rows = sec[1]
            t = ['<table class="table">',
                 "<thead><tr>" + "".join(f'<th scope="col">{esc(c)}</th>' for c in head)
                 + "</tr></thead><tbody>"]
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            body.append("\n".join(t))
        elif kind == "qa":
            q, a = sec[1], sec[2]
            qlabel, qtext = q.split(": ", 1)
            alabel, atext = a.split(": ", 1)
            body.append('<div class="you-asked">'
                        f"<p><strong>{esc(qlabel)}:</strong> {esc(qtext)}</p>"
                        f"<p><strong>{esc(alabel)}:</strong> {esc(atext)}</p></div>")
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adult social care charging consultation: frequently asked questions | {esc(COUNCIL)}</title>
<link rel="stylesheet" href="/themes/rbwh/css/main.css">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<a href="/" class="logo"><img src="/themes/rbwh/images/logo.svg" alt="{esc(COUNCIL)}"></a>
<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>
<nav aria-label="Main"><ul>
<li><a href="/bins">Bins and recycling</a></li>
<li><a href="/council-tax">Council tax</a></li>
<li><a href="/adult-social-care">Adult social care</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li>
<li><a href="/adult-social-care">Adult social care</a></li>
<li><a href="/adult-social-care/paying-for-care">Paying for care</a></li>
<li>Charging consultation: frequently asked questions</li>
</ol></nav>
<main id="main-content">
<h1>Adult social care charging consultation 2025: frequently asked questions</h1>
<p class="updated">Last updated: 20 June 2025</p>
{content}
</main>
<aside class="related">
<h2>Related pages</h2>
<ul>
<li><a href="/consultations/adult-social-care-charging-2025">Have Your Say: adult social care charging consultation</a></li>
<li><a href="/adult-social-care/paying-for-care/financial-assessment">Financial assessments</a></li>
<li><a href="/adult-social-care/lifeline">Lifeline personal alarms</a></li>
</ul>
</aside>
<footer class="site-footer">
<ul>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/contact-us">Contact us</a></li>
</ul>
<p>&copy; {esc(COUNCIL)}</p>
</footer>
</body>
</html>
"""


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
    "committee": PANEL,
    "meeting_date": "2025-06-19",
    "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
    "questions": [
        # 3 Minutes
        q("3", "question",
          "figures on the number of people waiting for a care needs assessment",
          "Councillor Varley-Stone",
          "the figures had been sent to Members on 12 May 2025",
          "Hamish Cortland", ["adult-social-care"]),
        # 4 Healthwatch
        q("4", "question",
          "asked how Healthwatch reached residents who did not use the internet",
          "Councillor Achterberg",
          "the team held a stall at Harrowmead and Windlecombe libraries each month",
          "Bronwen Aldous", ["patient-and-public-input"]),
        q("4", "question",
          "asked what difference the Enter and View visits had made",
          "Chair",
          "one home had extended its visiting hours into the evening as a direct result",
          "Bronwen Aldous", ["patient-and-public-input", "adult-social-care"]),
        q("4", "concern",
          "he was concerned that the funding for Healthwatch had fallen by 8%",
          "Councillor Bhandal",
          "the level of funding for the new contract would be considered as part",
          "Councillor Chaudhry", ["finance", "subcontracting", "patient-and-public-input"]),
        q("4", "request",
          "requested that the findings of Healthwatch's survey of patients discharged",
          "Councillor Varley-Stone",
          "agreed and said that the survey would close at the end of July",
          "Bronwen Aldous", ["patient-and-public-input", "adult-social-care"]),
        # 5 Homecare re-procurement
        q("5", "question",
          "make sure that people did not have to change their care workers",
          "Councillor Hollis",
          "anyone who wished to keep their existing provider would be offered a direct payment",
          "Lorna Pettigrew", ["subcontracting", "adult-social-care", "workforce"]),
        q("5", "question",
          "questioned whether the zoned model would squeeze smaller, local providers out",
          "Councillor Bhandal",
          "the zones had been sized so that a provider with around 150 hours",
          "Lorna Pettigrew", ["subcontracting", "privatisation"]),
        q("5", "concern",
          "concerned that care workers were still not being paid for the time",
          "Councillor Achterberg",
          "the new contracts would require lead providers to pay for travel time",
          "Lorna Pettigrew", ["workforce", "subcontracting"]),
        q("5", "question",
          "asked what weighting had been given to social value",
          "Vice Chair",
          "social value made up 10% of the overall score",
          "Lorna Pettigrew", ["subcontracting"]),
        q("5", "question",
          "whether the option of bringing some or all of the service back in-house",
          "Councillor Varley-Stone",
          "Running the service in-house would cost an estimated 31% more",
          "Hamish Cortland", ["privatisation", "finance"]),
        q("5", "question",
          "asked how the views of people who received homecare and their families",
          "Councillor Hollis",
          "a person with lived experience of homecare would sit on the evaluation panel",
          "Lorna Pettigrew", ["patient-and-public-input", "adult-social-care"]),
        q("5", "request",
          "requested that the Panel see the outcome of the tender evaluation",
          "Councillor Bhandal",
          "she offered to arrange a confidential briefing for Members of the Panel",
          "Councillor Chaudhry", ["subcontracting", "governance"]),
        # 6 Dentistry
        q("6", "question",
          "asked when residents in Harrowmead would see the replacement capacity",
          "Councillor Quist",
          "expected to open at premises in Harrowmead High Street in September 2025",
          "Dr Ferreira-Lowe", ["primary-care", "subcontracting"]),
        q("6", "concern",
          "concerned that residents who phoned practices were routinely told",
          "Chair",
          "some courses of treatment cost practices more to deliver than they received",
          "Matthew Quennell", ["primary-care"]),
        q("6", "question",
          "asked whether there was a waiting list that residents could join",
          "Councillor Hollis",
          "there was no central waiting list for NHS dental care",
          "Dr Ferreira-Lowe", ["primary-care"]),
        q("6", "question",
          "asked what was being done to reduce tooth decay among young children",
          "Councillor Varley-Stone",
          "the supervised toothbrushing programme now ran in 27 nurseries and early years settings",
          "Dr Callum Redfern", ["public-health", "children-and-families", "primary-care"]),
        q("6", "request",
          "requested figures for the number of children who had seen a dentist",
          "Councillor Achterberg",
          "she would ask the ICB's analysts whether it could be provided",
          "Dr Ferreira-Lowe", ["primary-care", "children-and-families"]),
        q("6", "comment",
          "no amount of local effort would bring dentists back to NHS work",
          "Councillor Bhandal", None, None, ["primary-care", "workforce"]),
        # 7 Youth vaping
        q("7", "question",
          "asked how the ban on disposable vapes would be enforced",
          "Councillor Quist",
          "officers had written to every retailer known to sell vapes",
          "Ellen Marchetti", ["public-health"]),
        q("7", "concern",
          "concerned at the number of shops selling vapes close to schools",
          "Councillor Hollis",
          "the council could not use planning powers to close existing shops",
          "Dr Redfern", ["public-health", "children-and-families"]),
        q("7", "question",
          "whether young people had been involved in designing the council's vaping campaign",
          "Vice Chair",
          "had been co-designed with members of the Youth Council and pupils",
          "Dr Redfern", ["patient-and-public-input", "children-and-families", "public-health"]),
        q("7", "question",
          "asked what help was available for young people who wanted to stop vaping",
          "Councillor Varley-Stone",
          "the school nursing service offered one-to-one support to pupils",
          "Dr Redfern", ["public-health", "children-and-families"]),
        q("7", "question",
          "wanted to know how much the council spent on stop smoking services",
          "Councillor Achterberg",
          "312,000 of the public health grant was spent on the service",
          "Dr Redfern", ["finance", "public-health"]),
        # 8 Temporary accommodation
        q("8", "question",
          "families with children had been in bed and breakfast accommodation for longer",
          "Councillor Bhandal",
          "there had been seven such families at the end of May",
          "Gareth Penhaligon", ["housing", "children-and-families"]),
        q("8", "question",
          "queried the cost of nightly-paid accommodation to the council",
          "Councillor Hollis",
          "the temporary accommodation budget was forecast to overspend by",
          "Councillor Tollerton", ["housing", "finance"]),
        q("8", "question",
          "asked whether the council had considered leasing homes from private landlords",
          "Councillor Quist",
          "the council already leased 42 homes in this way, but landlords",
          "Gareth Penhaligon", ["housing"]),
        q("8", "request",
          "future updates include a breakdown of the households placed outside the borough",
          "Chair", None, None, ["housing"]),
        # 9 Work programme
        q("9", "request",
          "an item on respite and short breaks for unpaid carers be added",
          "Councillor Achterberg",
          "The Chair agreed and suggested that it be scheduled for the November meeting",
          "Chair", ["adult-social-care"]),
    ],
    "resolutions": [
        res("3", "minutes of the meeting held on 24 April 2025 were approved",
            "agreed", []),
        res("4", "noted the Healthwatch Windlecombe and Harrowmead Annual Report 2024/25",
            "noted", ["patient-and-public-input"]),
        res("5", "recommend to Cabinet that the re-procurement be paused for six months",
            "rejected", ["subcontracting", "privatisation"]),
        res("5", "noted the report and recommended to Cabinet that",
            "recommended", ["subcontracting", "workforce", "finance"]),
        res("6", "asked the Chair to write to the Secretary of State",
            "agreed", ["primary-care"]),
        res("7", "noted the report on youth vaping and tobacco control",
            "noted", ["public-health"]),
        res("8", "requested a further update on temporary accommodation in December 2025",
            "agreed", ["housing"]),
        res("9", "noted the work programme, subject to the addition of an item",
            "agreed", ["adult-social-care"]),
    ],
    "attendees": [
        att("Councillor Helena Marchbank", "Chair", "present"),
        att("Councillor Kofi Adjaye-Brennan", "Vice Chair", "present"),
        att("Councillor Mirelle Achterberg", None, "present"),
        att("Councillor Raj Bhandal", None, "present"),
        att("Councillor Susannah Hollis", None, "present"),
        att("Councillor Teodora Quist", None, "present"),
        att("Councillor Dominic Varley-Stone", None, "present"),
        att("Councillor Joanna Pelling", None, "apologies"),
        att("Councillor Priya Chaudhry", "Cabinet Member for Adult Social Care and Health",
            "in_attendance"),
        att("Councillor Graham Tollerton", "Cabinet Member for Housing and Homelessness",
            "in_attendance"),
        att("Bronwen Aldous", "Healthwatch Windlecombe and Harrowmead", "in_attendance"),
        att("Dr Nadine Ferreira-Lowe", "Thames Downs Integrated Care Board", "in_attendance"),
        att("Matthew Quennell", "Windlecombe and Harrowmead Local Dental Committee",
            "in_attendance"),
        att("Hamish Cortland", None, "in_attendance"),
        att("Dr Callum Redfern", None, "in_attendance"),
        att("Lorna Pettigrew", None, "in_attendance"),
        att("Gareth Penhaligon", None, "in_attendance"),
        att("Tobias Rennard", None, "in_attendance"),
        att("Ellen Marchetti", None, "in_attendance"),
        att("Yusuf Dervish", None, "in_attendance"),
    ],
}

FAQ_GOLD = {"document": FAQ_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    (DOCS / FAQ_NAME).write_bytes(faq_html().encode("utf-8"))
    for gold in (MINUTES_GOLD, FAQ_GOLD):
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
    for gold_path in sorted(GOLD.glob("pv-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / FAQ_NAME}\ngold in {GOLD}")
