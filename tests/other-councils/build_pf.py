#!/usr/bin/env python3
"""Build the "pf-" documents of round 211 and their gold annotations.

Usage:  build_pf.py           build documents/pf-* and gold/pf-*.json
        build_pf.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pf-fleetmarsh-health-wellbeing-osc-2025-11-13.docx"
PAPER_NAME = "pf-fleetmarsh-home-care-you-said-we-did.html"

FIXED = dt.datetime(2025, 11, 20, 10, 15, 0)
ZIP_TIME = (2025, 11, 20, 10, 15, 0)

COMMITTEE = "Health and Wellbeing Overview and Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Attendance, as the clerk sets it out in a borderless two-column table.

ATTENDANCE = [
    ("Present:", [
        "Councillors Janice Threlfall (Chair), Roger Pennicott (Vice-Chair), Keith Ashworth, "
        "Lesley Dunmore, Amrit Sandhar and Dean Mabey (substitute for Councillor Paula Crewe)",
        "Bernadette Coyle, Healthwatch Fleetmarsh Representative",
    ]),
    ("Apologies:", [
        "Councillors Paula Crewe and Stephen Larkworthy",
    ]),
    ("In attendance:", [
        "Councillor Nick Treharne, Cabinet Member for Adults and Health",
        "Matthew Greenhalgh, Corporate Director of Adults, Housing and Health",
        "Dr Helena Marchetti, Director of Public Health",
        "Lorraine Aspel, Assistant Director Adult Social Care and Community Development",
        "Carys Mundell, Strategic Lead Commissioning and Procurement",
        "Tunde Bakare, Assistant Director Housing Operations",
        "Shona Kettering, Public Health Programme Manager (Tobacco Control)",
        "Neil Fairbrass, Trading Standards and Licensing Manager",
        "Kelly Braithwaite, Head of Primary Care Commissioning, Lower Estuary Integrated "
        "Care Board",
        "Dr Rahul Venkatesan, Consultant in Dental Public Health, NHS England",
        "Wendy Larbey, Senior Democratic Services Officer",
    ]),
]

PREAMBLE = ("Before the start of the Meeting, all present were advised that the meeting was "
            "being recorded, with the audio recording to be made available on the Council\u2019s "
            "website.")

# Body blocks:
#   ("item", title)          a minute heading, numbered by Word from 21
#   ("p", text)              a paragraph
#   ("resolved",)            the bold "RESOLVED:" line
#   ("clauses", [texts])     clauses numbered by Word, restarting at 1
#   ("actions", rows)        the actions table

BODY = [
    ("item", "Minutes"),
    ("p", "The minutes of the Health and Wellbeing Overview and Scrutiny Committee meeting "
          "held on 11 September 2025 were approved as a true and correct record."),

    ("item", "Items of Urgent Business"),
    ("p", "There were no items of urgent business."),

    ("item", "Declaration of Interests"),
    ("p", "Councillor Dunmore declared a non-pecuniary interest in agenda item 7, Tackling "
          "Youth Vaping in Fleetmarsh, as she was a governor at Purbridge Academy."),
    ("p", "Councillor Sandhar declared a non-pecuniary interest in agenda item 5, "
          "Re-procurement of Home Care (Domiciliary Care) Services, as a member of his family "
          "was employed by one of the Council\u2019s home care providers."),

    ("item", "Items Raised by Healthwatch"),
    ("p", "Bernadette Coyle, Healthwatch Fleetmarsh Representative, provided a verbal update "
          "to Members. She advised that Healthwatch had carried out Enter and View visits to "
          "three care homes in the borough during September and October, and that the reports "
          "would be published on the Healthwatch website by the end of November. Healthwatch "
          "had also received 41 pieces of feedback since August about the new online booking "
          "system at Orsley Integrated Medical Centre, the majority of which related to "
          "residents being unable to book an appointment after 8.05 am, and to older residents "
          "who did not use the internet feeling that they had been left behind."),
    ("p", "Councillor Pennicott questioned whether the feedback had been shared with the "
          "practice and with the ICB. Bernadette Coyle confirmed that a summary had been sent "
          "to the practice manager and to the ICB\u2019s primary care team in October, and that "
          "Healthwatch was awaiting a formal response."),
    ("p", "The Chair asked that the Committee be kept informed of the ICB\u2019s response, and "
          "Bernadette Coyle agreed to circulate it to Members once received."),
    ("p", "The Committee noted the verbal update from Healthwatch."),

    ("item", "Re-procurement of Home Care (Domiciliary Care) Services"),
    ("p", "Councillor Treharne, Cabinet Member for Adults and Health, introduced the item and "
          "stated that home care was one of the most important services the Council "
          "commissioned, supporting people to remain independent in their own homes for as "
          "long as possible, and that the re-procurement was an opportunity to build on the "
          "neighbourhood model which had been developed in Fleetmarsh over the past five "
          "years."),
    ("p", "The report on pages 13 \u2013 34 of the Agenda was presented by Carys Mundell, "
          "Strategic Lead Commissioning and Procurement. She outlined that the current home "
          "care framework, which had been let in 2020 under a zoned model, would expire on 31 "
          "July 2026. Around 1,140 residents were currently receiving home care, with "
          "approximately 14,600 hours of care delivered each week by 23 providers. The report "
          "proposed a new framework beginning on 1 August 2026 for an initial term of five "
          "years, with the option to extend for up to two further years, at an estimated "
          "annual value of \u00a318.4 million. Under the proposed model the borough would be "
          "divided into four zones, each served by a lead provider, with a wider framework of "
          "approved providers picking up any package which a lead provider was unable to "
          "start within 48 hours. Alongside the framework, the Council would continue to grow "
          "its community micro-enterprises and its two Neighbourhood Care Teams in Purbridge "
          "and Stanmarsh, which currently supported 96 residents."),
    ("p", "Members were informed that engagement with residents, carers and providers had "
          "taken place between June and August 2025, and that the findings were set out in "
          "Appendix 2. Subject to the views of the Committee, the report would be presented to "
          "Cabinet on 10 December 2025, with the tender published in January 2026."),
    ("p", "Councillor Ashworth thanked officers for the report and questioned how many of the "
          "current providers subcontracted packages of care to other agencies, and whether the "
          "Council always knew when this was happening. Carys Mundell explained that "
          "subcontracting was only permitted with the written consent of the Council and that "
          "two providers currently had that consent, covering around 60 packages in the "
          "Cobhythe area. She added that the new specification would require bidders to "
          "declare any intended subcontracting arrangements as part of their tender, and that "
          "unauthorised subcontracting would be grounds for termination."),
    ("p", "The Vice-Chair sought clarification on how bids would be evaluated and whether the "
          "lowest price would win. Members were advised that the evaluation would be weighted "
          "60 per cent quality and 40 per cent price, that social value would make up 10 per "
          "cent of the quality score, and that a price below a sustainable floor would be "
          "treated as abnormally low and investigated."),
    ("p", "Councillor Sandhar referred to paragraph 4.6 of the report and raised concerns that "
          "care workers in the borough were still not being paid for the time spent "
          "travelling between calls. Carys Mundell stated that the proposed minimum hourly "
          "rate of \u00a325.80 included an element for travel, and that providers would be "
          "required to evidence that staff were paid at least the Real Living Wage for all "
          "working time including travel. Lorraine Aspel, Assistant Director Adult Social Care "
          "and Community Development, added that the Council would speak to a sample of care "
          "workers directly as part of its quality visits rather than relying on providers\u2019 "
          "own returns."),
    ("p", "Councillor Mabey felt that the Council should be bringing more home care back "
          "in-house rather than paying private companies which made a profit from caring for "
          "vulnerable residents, and stated that residents had told him they did not mind who "
          "employed their carer so long as it was the same person each day. Lorraine Aspel "
          "explained that the Council\u2019s in-house service concentrated on reablement "
          "following a hospital stay, and that modelling undertaken for the report estimated "
          "that providing all long-term home care in-house would cost around \u00a34.2 million a "
          "year more than the current arrangements, mainly because of differences in pension "
          "and other on-costs. She stated that the micro-enterprise and Neighbourhood Care Team "
          "models were intended to give residents the continuity they valued without that "
          "additional cost."),
    ("p", "Councillor Dunmore asked how people who received home care, and their families, "
          "had been involved in shaping the proposals. Carys Mundell advised that 212 people "
          "had responded to the survey, that officers had held eight listening events in "
          "community hubs and libraries, and that a group of six carers had helped to write "
          "the outcomes section of the specification. A \u2018You said, we did\u2019 summary had "
          "been published on the Council\u2019s website in October."),
    ("p", "Bernadette Coyle questioned what would happen to residents if a lead provider "
          "handed back packages of care or went out of business part way through the "
          "contract. Lorraine Aspel explained that each lead provider would be required to "
          "have a business continuity plan approved by the Council, that framework providers "
          "would be asked to take on any packages handed back, and that the Council\u2019s own "
          "service would act as provider of last resort. She added that the Council had "
          "managed the exit of a provider in 2023 without any resident being left without "
          "care."),
    ("p", "The Chair questioned how the performance of the new contracts would be monitored, "
          "noting the concerns previously reported to the Committee following a Care Quality "
          "Commission inspection of one of the current providers. Carys Mundell stated that "
          "the Quality Assurance Team would visit each lead provider at least quarterly, that "
          "the contracts would include key performance indicators on missed and late calls, "
          "and that an annual contract monitoring report could be brought to the Committee if "
          "Members wished."),
    ("p", "Councillor Ashworth also requested that future reports include the number of hours "
          "of care that had been commissioned but not delivered in each zone."),
    ("p", "Councillor Mabey proposed an additional recommendation, seconded by Councillor "
          "Sandhar, that Cabinet be asked to consider delivering home care in the Stanmarsh "
          "zone in-house as a pilot. On being put to the vote, 2 Members voted in favour and "
          "4 against, and the additional recommendation was therefore lost."),
    ("resolved",),
    ("clauses", [
        "That the Health and Wellbeing Overview and Scrutiny Committee noted and commented on "
        "the proposals for the re-procurement of home care services.",
        "That the Committee recommended to Cabinet that the re-procurement proceed on the "
        "basis of the four-zone lead provider model set out in the report.",
        "That an annual contract monitoring report, including the hours commissioned but "
        "not delivered, be brought to the Committee once the new contracts were in place.",
    ]),

    ("item", "Access to NHS Dentistry and Oral Health Improvement"),
    ("p", "The report on pages 35 \u2013 52 of the Agenda was presented by Kelly Braithwaite, "
          "Head of Primary Care Commissioning, Lower Estuary Integrated Care Board, and Dr "
          "Rahul Venkatesan, Consultant in Dental Public Health, NHS England. Members heard "
          "that there were 19 NHS dental practices in Fleetmarsh, and that 38 per cent of "
          "adults and 52 per cent of children in the borough had seen an NHS dentist in the "
          "previous 24 and 12 months respectively, both below the England average. The ICB had "
          "commissioned 2,750 additional urgent dental sessions in 2025/26 under its flexible "
          "commissioning scheme, and had introduced a \u2018new patient premium\u2019 for practices "
          "taking on patients who had not seen a dentist for two years or more. Kelly "
          "Braithwaite advised that the contract for the Stanmarsh Road practice, which had "
          "closed in March 2025, had been handed back to the ICB, leaving around 5,300 "
          "patients without a regular dentist, and that a procurement for a replacement "
          "practice was under way."),
    ("p", "Dr Helena Marchetti, Director of Public Health, outlined the Council\u2019s oral "
          "health improvement work, including the supervised toothbrushing programme, "
          "fluoride varnish sessions in family hubs and the distribution of 8,400 free "
          "toothbrush packs through health visitors."),
    ("p", "Councillor Dunmore questioned why practices in the borough continued to hand back "
          "their NHS contracts while still offering private treatment from the same premises. "
          "Kelly Braithwaite explained that many practices had found that the amount paid for "
          "each unit of dental activity did not cover the cost of more complex courses of "
          "treatment, and that while the ICB had raised the minimum rate to \u00a328 per unit, "
          "reform of the national contract was a matter for the Government."),
    ("p", "Councillor Sandhar sought clarification on when residents in the Stanmarsh area "
          "could expect a replacement practice to open. Members were advised that the "
          "procurement for a new six-chair practice had closed in October, that the ICB "
          "expected to award the contract in January 2026, and that the new practice was "
          "expected to open by the end of summer 2026."),
    ("p", "The Chair felt that it was unacceptable that some children in the borough were "
          "waiting more than a year for teeth to be extracted under general anaesthetic, and "
          "asked what was being done to reduce the waiting list. Dr Venkatesan stated that "
          "214 children were currently on the waiting list at Estuary University Hospitals, "
          "that an additional theatre list had been secured from January, and that the most "
          "urgent cases were being prioritised clinically."),
    ("p", "Councillor Mabey asked whether the supervised toothbrushing programme could be "
          "extended to every primary school in the borough. Dr Marchetti explained that the "
          "programme currently ran in 46 nurseries and primary schools, prioritised in the "
          "areas with the highest levels of tooth decay, and that extending it to all schools "
          "would require around \u00a365,000 a year of additional funding which was not "
          "currently available within the public health grant."),
    ("p", "Bernadette Coyle stated that the most common complaint Healthwatch received was "
          "from residents who could not find a practice accepting NHS patients, and "
          "questioned how residents were expected to find one when the information on the "
          "national website was often out of date. Kelly Braithwaite acknowledged that the "
          "information was not always accurate and advised that the ICB had written to all "
          "practices reminding them of their contractual obligation to update their details "
          "every 90 days."),
    ("p", "Councillor Pennicott commented that residents of care homes rarely saw a dentist "
          "unless they were in pain. Dr Venkatesan advised that a domiciliary dental service "
          "visited care homes on referral, and that the ICB was piloting oral health training "
          "for care home staff in 12 homes."),
    ("resolved",),
    ("clauses", [
        "That the Committee noted the report.",
        "That the ICB be asked to provide a further update to the Committee in March 2026, "
        "to include the outcome of the Stanmarsh procurement and waiting times for "
        "children\u2019s extractions under general anaesthetic.",
    ]),

    ("item", "Tackling Youth Vaping in Fleetmarsh"),
    ("p", "The report on pages 53 \u2013 68 of the Agenda was presented by Shona Kettering, "
          "Public Health Programme Manager (Tobacco Control), and Neil Fairbrass, Trading "
          "Standards and Licensing Manager. Shona Kettering advised that the 2024 Fleetmarsh "
          "Schools Health Survey had found that 14 per cent of Year 10 pupils vaped at least "
          "weekly, compared with 9 per cent in 2022, and that the most popular products were "
          "brightly coloured, fruit-flavoured devices bought from local convenience stores or "
          "through social media. Adult smoking prevalence in the borough had fallen to 13.1 "
          "per cent, and the stop smoking service continued to offer vapes as a quit aid for "
          "adults alongside nicotine replacement therapy."),
    ("p", "Neil Fairbrass outlined that Trading Standards had carried out 42 test purchases "
          "in 2024/25, with 17 premises selling vapes to a volunteer aged 15, and had seized "
          "more than 3,900 illegal or non-compliant vapes. Since the national ban on the sale "
          "of single-use vapes had come into force on 1 June 2025, officers had visited 118 "
          "retailers and issued written advice to 31."),
    ("p", "Councillor Ashworth questioned what powers were available against shops which "
          "repeatedly sold vapes to children. Neil Fairbrass explained that sellers could be "
          "prosecuted or issued with fixed penalty notices, and that the Council could apply "
          "to the magistrates\u2019 court for a restricted sale order banning a premises from "
          "selling nicotine products for up to a year. Two such applications were currently "
          "being prepared."),
    ("p", "Councillor Sandhar raised concerns that single-use vapes were still clearly on "
          "sale in shops on Purbridge High Street despite the ban. Neil Fairbrass stated that "
          "officers had seized 1,260 single-use vapes since June and that intelligence from "
          "residents was followed up within ten working days. He encouraged Members to report "
          "any premises of concern directly to Trading Standards."),
    ("p", "The Vice-Chair questioned whether promoting vapes to adult smokers while "
          "discouraging their use by young people sent a mixed message. Dr Marchetti "
          "explained that the evidence showed that vaping was substantially less harmful than "
          "smoking and was among the most effective quit aids for adults, but that it was not "
          "risk free and that no child, and no one who did not smoke, should vape. She stated "
          "that the Council\u2019s messages were aimed at separate audiences and had been tested "
          "with young people."),
    ("p", "Councillor Dunmore asked what support was being offered in schools. Shona "
          "Kettering stated that vaping education sessions had been delivered in nine of the "
          "borough\u2019s eleven secondary schools, that staff had been offered training on "
          "responding to vaping on site, and that a stop vaping offer for under-18s was being "
          "piloted with the school nursing service."),
    ("p", "Bernadette Coyle requested that young people be involved in designing the next "
          "awareness campaign rather than simply being its audience. Shona Kettering welcomed "
          "the suggestion and advised that the Fleetmarsh Youth Cabinet had agreed to "
          "co-design the campaign planned for spring 2026."),
    ("resolved",),
    ("clauses", [
        "That the Committee noted the report and the work of Public Health and Trading "
        "Standards to reduce youth vaping.",
        "That the Chair write, on behalf of the Committee, to the Members of Parliament for "
        "the borough in support of the provisions of the Tobacco and Vapes Bill relating to "
        "the display and flavouring of vapes.",
    ]),
    ("p", "At 9.27 pm, in accordance with the Council\u2019s Constitution, the Committee agreed "
          "to suspend standing orders to allow the remaining business on the agenda to be "
          "completed."),

    ("item", "Disabled Facilities Grants and Housing Adaptations"),
    ("p", "Tunde Bakare, Assistant Director Housing Operations, presented the report on pages "
          "69 \u2013 80 of the Agenda. He explained that the Disabled Facilities Grant (DFG) "
          "allocation of \u00a32.3 million for 2025/26 was received through the Better Care Fund "
          "and used to pay for adaptations such as level-access showers, stairlifts and ramps "
          "for owner-occupiers and for private and housing association tenants, while "
          "adaptations to council homes were funded from the Housing Revenue Account. In "
          "2024/25, 186 grants had been completed, with an average of 41 weeks between a "
          "resident\u2019s first contact and completion of the works. The Council had underspent "
          "the 2024/25 allocation, and the balance had been carried forward. Actions to "
          "improve performance included a new framework of approved contractors, a trusted "
          "assessor scheme for minor adaptations and a dedicated occupational therapist "
          "within the Housing team."),
    ("p", "Councillor Ashworth questioned how the Council could have underspent the grant by "
          "\u00a3610,000 when residents were waiting the best part of a year for adaptations. "
          "Tunde Bakare explained that the underspend had arisen mainly from a shortage of "
          "contractors willing to take on adaptation work at the rates previously offered, and "
          "that the new contractor framework, which had gone live in September, had already "
          "increased the number of jobs started each month from 11 to 19."),
    ("p", "The Chair raised concerns about the time residents were waiting for an "
          "occupational therapy assessment before an application could even begin. Lorraine "
          "Aspel stated that the number of people waiting for an assessment had reduced from "
          "312 in April to 198, that two additional occupational therapists had been recruited "
          "on fixed-term contracts, and that residents needing only minor adaptations could "
          "now be seen by a trusted assessor within four weeks."),
    ("p", "Councillor Pennicott queried whether the grant could be used more flexibly to help "
          "people return home from hospital. Members heard that the Council\u2019s Housing "
          "Assistance Policy already allowed discretionary grants of up to \u00a310,000 without a "
          "means test where an adaptation would allow a resident to be discharged from "
          "hospital, and that 23 such grants had been made in the current year."),
    ("p", "Councillor Mabey commented that many private landlords refused permission for "
          "adaptations or asked for the property to be returned to its original condition at "
          "the end of a tenancy, which left disabled tenants with no realistic option but to "
          "move."),
    ("p", "Councillor Sandhar requested a breakdown of waiting times by ward. Tunde Bakare "
          "agreed to circulate this to all Members of the Committee after the meeting."),
    ("resolved",),
    ("p", "That the Committee noted the report and the actions being taken to reduce waiting "
          "times for adaptations."),

    ("item", "Work Programme"),
    ("p", "Members discussed the work programme for the remainder of the 2025/26 municipal "
          "year. Wendy Larbey, Senior Democratic Services Officer, advised that the update on "
          "the Integrated Medical Centres had been moved from January to March 2026 at the "
          "request of the ICB."),
    ("p", "The Vice-Chair requested that an item on the Council\u2019s response to the Care "
          "Quality Commission\u2019s assessment of adult social care be added to the January "
          "meeting. Wendy Larbey confirmed that this would be added, as the assessment report "
          "was expected to be published in December."),
    ("p", "Councillor Dunmore asked whether the Committee could visit one of the Neighbourhood "
          "Care Teams before the home care contracts were awarded."),
    ("resolved",),
    ("p", "That the work programme be agreed, subject to the addition of an item on the "
          "Care Quality Commission assessment of adult social care at the January 2026 "
          "meeting."),
    ("actions", [
        ("Minute", "Action", "Officer", "By"),
        ("24", "Share the ICB\u2019s reply on the Orsley IMC booking system with the Committee",
         "Bernadette Coyle (Healthwatch)", "January 2026"),
        ("25", "Add undelivered hours by zone to the annual contract report",
         "Carys Mundell", "November 2026"),
        ("26", "Dental update for March (Stanmarsh practice; GA waits for children)",
         "Kelly Braithwaite (ICB)", "March 2026"),
        ("27", "Chair\u2019s letter to local MPs on the Tobacco and Vapes Bill",
         "Wendy Larbey", "December 2025"),
        ("28", "DFG waiting times by ward to be emailed to Committee Members",
         "Tunde Bakare", "December 2025"),
        ("29", "CQC assessment item to be placed on the January agenda",
         "Wendy Larbey", "January 2026"),
    ]),
]

CLOSING = [
    "The meeting finished at 9.46 pm.",
    "",
    "Approved as a true and correct record",
    "",
    "CHAIR",
    "",
    "DATE",
    "",
    "Any queries regarding these Minutes, please contact Democratic Services at "
    "Direct.Democracy@fleetmarsh.gov.uk",
]


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = Cm(2.0)
    section.bottom_margin = Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.0

    h1 = doc.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(12)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True

    # Word's automatic numbering: minute headings from 21, resolution clauses from 1.
    numbering = doc.part.numbering_part.element
    abstract_minutes = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="21"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="851"/></w:tabs>'
        '<w:ind w:left="851" w:hanging="851"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>')
    abstract_clauses = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1418" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    for abstract in (abstract_minutes, abstract_clauses):
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    next_num = [100]

    def new_clause_list() -> int:
        next_num[0] += 1
        n = next_num[0]
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return n

    def set_num(paragraph, num_id: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        num_pr = parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        # schema order: pStyle, keepNext, keepLines, pageBreakBefore, framePr,
        # widowControl, then numPr
        before = [qn(f"w:{t}") for t in ("pStyle", "keepNext", "keepLines",
                                          "pageBreakBefore", "framePr", "widowControl")]
        pos = 0
        for i, child in enumerate(ppr):
            if child.tag in before:
                pos = i + 1
        ppr.insert(pos, num_pr)

    # Footer: centred page number field.
    footer_p = section.footer.paragraphs[0]
    footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_p._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE \\* MERGEFORMAT ">'
        '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr>'
        '<w:t>1</w:t></w:r></w:fldSimple>'))

    # Title
    p = doc.add_paragraph()
    r = p.add_run(f"Minutes of the Meeting of the {COMMITTEE} held on 13 November 2025 at "
                  "7.00 pm")
    r.bold = True
    p.paragraph_format.space_after = Pt(14)

    # Attendance table (no borders: the default "Normal Table")
    table = doc.add_table(rows=len(ATTENDANCE), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for row, (label, lines) in zip(table.rows, ATTENDANCE):
        left, right = row.cells
        left.width = Cm(3.6)
        right.width = Cm(13.0)
        lp = left.paragraphs[0]
        lp.add_run(label).bold = True
        for i, line in enumerate(lines):
            para = right.paragraphs[0] if i == 0 else right.add_paragraph()
            para.add_run(line)
            para.paragraph_format.space_after = Pt(2)
        right.paragraphs[-1].paragraph_format.space_after = Pt(10)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run(PREAMBLE)

    clause_indent = Cm(1.5)
    for block in BODY:
        kind = block[0]
        if kind == "item":
            hp = doc.add_paragraph(style="Heading 1")
            hp.add_run(block[1])
            set_num(hp, 90)
        elif kind == "p":
            para = doc.add_paragraph(block[1])
            para.paragraph_format.left_indent = clause_indent
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "resolved":
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = clause_indent
            para.paragraph_format.keep_with_next = True
            para.add_run("RESOLVED:").bold = True
        elif kind == "clauses":
            num_id = new_clause_list()
            for text in block[1]:
                para = doc.add_paragraph()
                para.add_run(text).bold = True
                set_num(para, num_id)
        elif kind == "actions":
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = clause_indent
            para.paragraph_format.space_before = Pt(12)
            para.add_run("Actions arising from the meeting").bold = True
            rows = block[1]
            at = doc.add_table(rows=len(rows), cols=4)
            at.style = "Table Grid"
            widths = (Cm(1.8), Cm(8.4), Cm(4.0), Cm(2.8))
            for ri, (row, cells) in enumerate(zip(at.rows, rows)):
                for cell, text, w in zip(row.cells, cells, widths):
                    cell.width = w
                    cp = cell.paragraphs[0]
                    cp.paragraph_format.space_after = Pt(2)
                    run = cp.add_run(text)
                    run.font.size = Pt(10)
                    if ri == 0:
                        run.bold = True
                        tc_pr = cell._tc.get_or_add_tcPr()
                        tc_pr.append(parse_xml(
                            f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                            'w:fill="D9D9D9"/>'))
            doc.add_paragraph()
        else:
            raise ValueError(kind)

    for line in CLOSING:
        para = doc.add_paragraph()
        if line:
            run = para.add_run(line)
            if line in ("CHAIR", "DATE"):
                run.bold = True
            if line.startswith("Any queries"):
                run.italic = True
                run.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "Wendy Larbey"
    cp.last_modified_by = "Wendy Larbey"
    cp.title = "Minutes - Health and Wellbeing Overview and Scrutiny Committee - 13.11.25"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.revision = 4
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    save_fixed(doc, path)


def save_fixed(doc, path: Path) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them fixed.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The paper that is not minutes: a "You said, we did" web page
# ---------------------------------------------------------------------------

PAPER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Home care re-procurement: you said, we did | Fleetmarsh Council</title>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body class="page-consultation">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website">
  <p>We use some essential cookies to make this website work. We&rsquo;d like to set additional
  cookies to understand how you use the site.</p>
  <button type="button">Accept additional cookies</button>
  <button type="button">Reject additional cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/fleetmarsh-logo.svg" alt="Fleetmarsh Council homepage"></a>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search this site</label>
    <input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/children-families">Children and families</a></li>
      <li><a href="/planning">Planning and building control</a></li>
      <li><a href="/your-council">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/adult-social-care">Adult social care</a></li>
    <li><a href="/adult-social-care/have-your-say">Have your say</a></li>
    <li aria-current="page">Home care re-procurement: you said, we did</li>
  </ol>
</nav>
<main id="main">
<h1>Home care re-procurement: you said, we did</h1>
<p class="lede">Between 16 June and 24 August 2025 we asked people who use home care, their
families and carers, care workers and providers to help us shape how home care will be
bought and delivered in Fleetmarsh from August 2026. This page sets out what you told us and
what we have changed as a result.</p>

<h2>About the engagement</h2>
<p>Home care (sometimes called domiciliary care) is help at home with things like washing,
dressing, meals and medicines. Around 1,100 people in Fleetmarsh receive home care arranged
by the council, and our current contracts with home care agencies end on 31 July 2026.</p>
<p>To find out what matters most to people, we:</p>
<ul>
  <li>ran an online and paper survey, which 212 people completed;</li>
  <li>held eight listening events in community hubs and libraries in Purbridge, Stanmarsh,
  Orsley and Cobhythe;</li>
  <li>met care workers at two evening sessions and through a short staff questionnaire; and</li>
  <li>held a market event with 27 home care organisations.</li>
</ul>
<p>A group of six family carers then worked with our commissioning team over three
workshops to write the outcomes that providers will be measured against.</p>

<h2>What you told us</h2>
<p>Most people were positive about the care workers who visit them, but many told us that
the service around them does not always work well. The themes that came up most often
were:</p>
<ul>
  <li>continuity: 71% of people who use home care said having the same care worker, or a small
  team, matters more to them than anything else;</li>
  <li>timing: late or rushed calls, especially at breakfast and bedtime;</li>
  <li>communication: not being told when a care worker is running late or has changed;</li>
  <li>care workers&rsquo; pay and travel time, which families linked to staff leaving; and</li>
  <li>waiting too long for care to start after leaving hospital, particularly in rural
  parts of the borough.</li>
</ul>

<h2>You said, we did</h2>
<table class="you-said-we-did">
  <thead>
    <tr><th scope="col">You said</th><th scope="col">We did</th></tr>
  </thead>
  <tbody>
    <tr>
      <td>&ldquo;I never know who is coming. Some weeks I see seven different faces.&rdquo;</td>
      <td>Each of the four zones will have one lead provider, who will organise care workers into
      small teams covering a few streets. Providers will report to us every month on how many
      different care workers each person has seen.</td>
    </tr>
    <tr>
      <td>Fifteen-minute visits are not long enough to help someone wash and eat with dignity.</td>
      <td>We will not buy personal care visits of less than 30 minutes, except for a quick check
      or a medicines prompt agreed with the person.</td>
    </tr>
    <tr>
      <td>Care workers should be paid for the time they spend driving between visits.</td>
      <td>Our new rate includes travel time, and providers will have to show us that staff
      are paid at least the Real Living Wage for every hour they work.</td>
    </tr>
    <tr>
      <td>When my dad came out of hospital, it took nine days to find an agency.</td>
      <td>Lead providers will have to start new packages within 48 hours. If they cannot,
      other approved providers will be offered the work straight away.</td>
    </tr>
    <tr>
      <td>Nobody phones when the carer is running late.</td>
      <td>Providers will have to tell people, or a named family member, if a visit will be
      more than 30 minutes late. We will check this through our quality visits.</td>
    </tr>
    <tr>
      <td>Small local services, like the community micro-enterprises, work really well.</td>
      <td>Micro-enterprises will be able to join the new framework without the paperwork
      that larger agencies need, and we will keep growing the Neighbourhood Care Teams.</td>
    </tr>
    <tr>
      <td>Agencies should not be able to pass my care on to another company without asking.</td>
      <td>Providers will not be allowed to pass work to another agency without our written
      agreement, and must tell us about any such arrangement when they apply.</td>
    </tr>
    <tr>
      <td>Let families and carers have a say in checking the quality of care.</td>
      <td>We are setting up a Home Care Experts by Experience group to join our quality
      visits and review what providers tell us.</td>
    </tr>
  </tbody>
</table>

<h2>You asked, we answered</h2>
<p>These are the questions we were asked most often at the listening events.</p>

<h3>Will my care worker change when the new contracts start?</h3>
<p>We want to avoid this wherever possible. If your care is currently provided by an agency
that is not chosen as a lead provider, your care worker may be able to move to the new
provider with you under employment law that protects staff when a contract changes hands.
We will write to everyone affected at least eight weeks before any change.</p>

<h3>Will I have to pay more for my care?</h3>
<p>No. What you pay towards your care depends on a financial assessment of your income and
savings, not on which agency provides it. The new contracts do not change the charging
policy.</p>

<h3>Can I choose my own agency instead?</h3>
<p>Yes. If you would rather arrange your own care, you can ask for a direct payment and
use it to employ a personal assistant or buy care from an agency you choose. Talk to your
social worker or call the Adult Social Care Front Door.</p>

<h3>Why doesn&rsquo;t the council provide all home care itself?</h3>
<p>The council runs its own reablement service, which helps people get back on their feet
after a hospital stay or illness, usually for up to six weeks. Providing all long-term home
care directly would cost considerably more each year, and we think our money is better spent
on the local, small-team model people told us they wanted. We will keep this under review.</p>

<h3>What happens if an agency stops trading?</h3>
<p>Every lead provider must have a plan, agreed with us, for keeping care going if things go
wrong. If a provider closes, we will move people&rsquo;s care to another provider and, if
needed, our own staff will step in. Nobody will be left without the care they need.</p>

<h2>Questions you may want to ask your home care provider</h2>
<p>Whoever provides your care, you have a right to clear information. You might find it
helpful to ask:</p>
<ul>
  <li>Who will be visiting me, and how many different people will I see in a normal week?</li>
  <li>What time will my visits be, and how much can that time vary?</li>
  <li>How will you let me know if someone is running late?</li>
  <li>Who do I call if I am unhappy with my care, and what will happen next?</li>
  <li>How do your care workers get trained to help with my condition?</li>
</ul>
<p>If you are not happy with the answers, contact the Adult Social Care Front Door on 01632
960 418 or email <a href="mailto:asc.frontdoor@fleetmarsh.gov.uk">asc.frontdoor@fleetmarsh.gov.uk</a>.</p>

<h2>What happens next</h2>
<ol>
  <li>13 November 2025: the proposals go to the Health and Wellbeing Overview and Scrutiny
  Committee.</li>
  <li>10 December 2025: Cabinet is asked to approve the new model.</li>
  <li>January to April 2026: the tender is open and bids are evaluated, with carers from the
  co-design group on the evaluation panel for the quality questions.</li>
  <li>1 August 2026: new contracts begin.</li>
</ol>
<p>We will update this page at each stage. You can download the
<a href="/documents/home-care-engagement-findings-2025.pdf">full engagement findings report
(PDF, 1.2MB)</a> or ask for it in large print, Easy Read or another language by emailing
<a href="mailto:commissioning@fleetmarsh.gov.uk">commissioning@fleetmarsh.gov.uk</a>.</p>

<p class="updated">Last updated: 14 October 2025</p>

<aside class="feedback">
  <h2>Was this page helpful?</h2>
  <button type="button">Yes</button> <button type="button">No</button>
  <a href="/report-a-problem-with-this-page">Report a problem with this page</a>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/jobs">Jobs</a></li>
  </ul>
  <p>&copy; Fleetmarsh Council, Civic Offices, New Road, Purbridge FM17 6SL</p>
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
    "committee": COMMITTEE,
    "meeting_date": "2025-11-13",
    "items": [
        {"number": "21", "title": "Minutes"},
        {"number": "22", "title": "Items of Urgent Business"},
        {"number": "23", "title": "Declaration of Interests"},
        {"number": "24", "title": "Items Raised by Healthwatch"},
        {"number": "25", "title": "Re-procurement of Home Care (Domiciliary Care) Services"},
        {"number": "26", "title": "Access to NHS Dentistry and Oral Health Improvement"},
        {"number": "27", "title": "Tackling Youth Vaping in Fleetmarsh"},
        {"number": "28", "title": "Disabled Facilities Grants and Housing Adaptations"},
        {"number": "29", "title": "Work Programme"},
    ],
    "questions": [
        # 24 Healthwatch
        q("24", "question",
          "questioned whether the feedback had been shared with the practice and with the ICB",
          "Councillor Pennicott",
          "summary had been sent to the practice manager and to the ICB's",
          "Bernadette Coyle", ["patient-and-public-input", "primary-care"]),
        q("24", "request",
          "asked that the Committee be kept informed of the ICB's response",
          "Chair",
          "agreed to circulate it to Members once received",
          "Bernadette Coyle", []),
        # 25 home care
        q("25", "question",
          "questioned how many of the current providers subcontracted packages of care to",
          "Councillor Ashworth",
          "subcontracting was only permitted with the written consent of the Council",
          "Carys Mundell", ["subcontracting", "adult-social-care"]),
        q("25", "question",
          "sought clarification on how bids would be evaluated and whether the lowest",
          "Vice-Chair",
          "the evaluation would be weighted 60 per cent quality and 40 per cent price",
          None, ["subcontracting", "adult-social-care"]),
        q("25", "concern",
          "raised concerns that care workers in the borough were still not being paid",
          "Councillor Sandhar",
          "the proposed minimum hourly rate of £25.80 included an element for travel",
          "Carys Mundell", ["workforce", "finance", "adult-social-care"]),
        q("25", "comment",
          "felt that the Council should be bringing more home care back in-house",
          "Councillor Mabey",
          "providing all long-term home care in-house would cost around £4.2 million a year",
          "Lorraine Aspel", ["privatisation", "finance", "adult-social-care"]),
        q("25", "question",
          "asked how people who received home care, and their families, had been involved",
          "Councillor Dunmore",
          "212 people had responded to the survey, that officers had held eight listening events",
          "Carys Mundell", ["patient-and-public-input", "adult-social-care"]),
        q("25", "question",
          "questioned what would happen to residents if a lead provider handed back packages",
          "Bernadette Coyle",
          "framework providers would be asked to take on any packages handed back",
          "Lorraine Aspel", ["subcontracting", "adult-social-care"]),
        q("25", "question",
          "questioned how the performance of the new contracts would be monitored",
          "Chair",
          "the Quality Assurance Team would visit each lead provider at least quarterly",
          "Carys Mundell", ["subcontracting", "governance", "adult-social-care"]),
        q("25", "request",
          "requested that future reports include the number of hours of care that had",
          "Councillor Ashworth", None, None, ["adult-social-care"]),
        # 26 dentistry
        q("26", "question",
          "questioned why practices in the borough continued to hand back their NHS contracts",
          "Councillor Dunmore",
          "the amount paid for each unit of dental activity did not cover the cost",
          "Kelly Braithwaite", ["primary-care", "finance"]),
        q("26", "question",
          "sought clarification on when residents in the Stanmarsh area could expect a "
          "replacement practice",
          "Councillor Sandhar",
          "the procurement for a new six-chair practice had closed in October",
          None, ["primary-care", "subcontracting"]),
        q("26", "concern",
          "felt that it was unacceptable that some children in the borough were waiting",
          "Chair",
          "214 children were currently on the waiting list at Estuary University Hospitals",
          "Dr Venkatesan", ["primary-care", "children-and-families"]),
        q("26", "question",
          "asked whether the supervised toothbrushing programme could be extended to every "
          "primary school",
          "Councillor Mabey",
          "the programme currently ran in 46 nurseries and primary schools",
          "Dr Marchetti", ["public-health", "children-and-families", "primary-care"]),
        q("26", "question",
          "questioned how residents were expected to find one when the information",
          "Bernadette Coyle",
          "the ICB had written to all practices reminding them of their contractual obligation",
          "Kelly Braithwaite", ["primary-care", "patient-and-public-input"]),
        q("26", "comment",
          "residents of care homes rarely saw a dentist unless they were in pain",
          "Councillor Pennicott",
          "a domiciliary dental service visited care homes on referral",
          "Dr Venkatesan", ["primary-care", "adult-social-care"]),
        # 27 vaping
        q("27", "question",
          "questioned what powers were available against shops which repeatedly sold vapes "
          "to children",
          "Councillor Ashworth",
          "the Council could apply to the magistrates' court for a restricted sale order",
          "Neil Fairbrass", ["public-health", "children-and-families"]),
        q("27", "concern",
          "raised concerns that single-use vapes were still clearly on sale in shops",
          "Councillor Sandhar",
          "officers had seized 1,260 single-use vapes since June",
          "Neil Fairbrass", ["public-health"]),
        q("27", "question",
          "questioned whether promoting vapes to adult smokers while discouraging their use "
          "by young people",
          "Vice-Chair",
          "the evidence showed that vaping was substantially less harmful than smoking",
          "Dr Marchetti", ["public-health", "children-and-families"]),
        q("27", "question",
          "Dunmore asked what support was being offered in schools",
          "Councillor Dunmore",
          "vaping education sessions had been delivered in nine of the borough's eleven "
          "secondary schools",
          "Shona Kettering", ["public-health", "children-and-families"]),
        q("27", "request",
          "requested that young people be involved in designing the next awareness campaign",
          "Bernadette Coyle",
          "the Fleetmarsh Youth Cabinet had agreed to co-design the campaign",
          "Shona Kettering",
          ["patient-and-public-input", "children-and-families", "public-health"]),
        # 28 DFG
        q("28", "question",
          "questioned how the Council could have underspent the grant by £610,000",
          "Councillor Ashworth",
          "a shortage of contractors willing to take on adaptation work at the rates",
          "Tunde Bakare", ["housing", "finance"]),
        q("28", "concern",
          "raised concerns about the time residents were waiting for an occupational therapy "
          "assessment",
          "Chair",
          "the number of people waiting for an assessment had reduced from 312 in April",
          "Lorraine Aspel", ["housing", "workforce", "adult-social-care"]),
        q("28", "question",
          "queried whether the grant could be used more flexibly to help people return",
          "Councillor Pennicott",
          "already allowed discretionary grants of up to £10,000 without a means test",
          None, ["housing", "adult-social-care"]),
        q("28", "comment",
          "many private landlords refused permission for adaptations or asked for the property",
          "Councillor Mabey", None, None, ["housing"]),
        q("28", "request",
          "Councillor Sandhar requested a breakdown of waiting times by ward",
          "Councillor Sandhar",
          "agreed to circulate this to all Members of the Committee after the meeting",
          "Tunde Bakare", ["housing"]),
        # 29 work programme
        q("29", "request",
          "requested that an item on the Council's response to the Care Quality Commission's "
          "assessment",
          "Vice-Chair",
          "this would be added, as the assessment report was expected to be published",
          "Wendy Larbey", ["governance", "adult-social-care"]),
        q("29", "question",
          "asked whether the Committee could visit one of the Neighbourhood Care Teams",
          "Councillor Dunmore", None, None, ["adult-social-care"]),
    ],
    "resolutions": [
        res("21", "meeting held on 11 September 2025 were approved as a true",
            "agreed", []),
        res("24", "The Committee noted the verbal update from Healthwatch",
            "noted", ["patient-and-public-input"]),
        res("25", "Cabinet be asked to consider delivering home care in the Stanmarsh zone "
                  "in-house",
            "rejected", ["privatisation", "adult-social-care"]),
        res("25", "noted and commented on the proposals for the re-procurement of home care "
                  "services",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("26", "the ICB be asked to provide a further update to the Committee in March",
            "agreed", ["primary-care", "children-and-families"]),
        res("27", "the Chair write, on behalf of the Committee, to the Members of Parliament",
            "agreed", ["public-health"]),
        res("27", "the Committee agreed to suspend standing orders to allow the remaining "
                  "business",
            "agreed", []),
        res("28", "noted the report and the actions being taken to reduce waiting times",
            "noted", ["housing"]),
        res("29", "the work programme be agreed, subject to the addition of an item",
            "agreed", ["governance", "adult-social-care"]),
    ],
    "attendees": [
        att("Councillor Janice Threlfall", "Chair", "present"),
        att("Councillor Roger Pennicott", "Vice-Chair", "present"),
        att("Councillor Keith Ashworth", None, "present"),
        att("Councillor Lesley Dunmore", None, "present"),
        att("Councillor Amrit Sandhar", None, "present"),
        att("Councillor Dean Mabey", "substitute for Councillor Paula Crewe", "present"),
        att("Bernadette Coyle", "Healthwatch Fleetmarsh Representative", "present"),
        att("Councillor Paula Crewe", None, "apologies"),
        att("Councillor Stephen Larkworthy", None, "apologies"),
        att("Councillor Nick Treharne", "Cabinet Member for Adults and Health",
            "in_attendance"),
        att("Matthew Greenhalgh", "Corporate Director of Adults, Housing and Health",
            "in_attendance"),
        att("Dr Helena Marchetti", "Director of Public Health", "in_attendance"),
        att("Lorraine Aspel",
            "Assistant Director Adult Social Care and Community Development",
            "in_attendance"),
        att("Carys Mundell", "Strategic Lead Commissioning and Procurement", "in_attendance"),
        att("Tunde Bakare", "Assistant Director Housing Operations", "in_attendance"),
        att("Shona Kettering", "Public Health Programme Manager (Tobacco Control)",
            "in_attendance"),
        att("Neil Fairbrass", "Trading Standards and Licensing Manager", "in_attendance"),
        att("Kelly Braithwaite",
            "Head of Primary Care Commissioning, Lower Estuary Integrated Care Board",
            "in_attendance"),
        att("Dr Rahul Venkatesan", "Consultant in Dental Public Health, NHS England",
            "in_attendance"),
        att("Wendy Larbey", "Senior Democratic Services Officer", "in_attendance"),
    ],
}

PAPER_GOLD = {"document": PAPER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / PAPER_NAME).write_bytes(PAPER_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, PAPER_GOLD):
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
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("pf-*.json")):
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
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / PAPER_NAME}\ngold in {GOLD}")
