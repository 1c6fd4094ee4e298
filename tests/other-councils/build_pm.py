#!/usr/bin/env python3
"""Build the "pm-" documents (round 215) and their gold annotations.

Usage:  build_pm.py           build documents/pm-* and gold/pm-*.json
        build_pm.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "pm-hollinroyd-health-adult-social-care-scrutiny-panel-2025-02-13.docx"
NEWS_NAME = "pm-hollinroyd-news-home-care-contracts-2025-04-08.html"

FIXED = dt.datetime(2025, 2, 19, 10, 30, 0)
ZIP_TIME = (2025, 2, 19, 10, 30, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("title", text)        minute heading, numbered by Word (level 0, starting at 38)
#   ("p", text)            body paragraph, indented under the minute heading
#   ("a", text)            lettered sub-paragraph, numbered by Word (level 1)
#   ("ap", text)           unnumbered paragraph indented under a lettered sub-paragraph
#   ("i", text)            clause of a decision, numbered by Word (level 2, (i), (ii) ...)
#   ("res", lead, text)    a paragraph opening with a bold lead ("RESOLVED")
#   ("note", text)         italic note in brackets
#   ("quote", text)        quoted question, indented and italic

BODY = [
    ("title", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors Lumb and Shackleton. "
          "Councillor Holroyd attended as substitute for Councillor Lumb."),

    ("title", "MEMBERS' INTERESTS"),
    ("p", "Councillor Greenwood declared a non-pecuniary interest in Minute 43 (Re-procurement "
          "of Home Care and Reablement Services) as her mother received a package of care from "
          "one of the providers named in the report."),
    ("p", "Councillor Nazir declared a non-pecuniary interest in Minute 44 (Access to NHS Dental "
          "Services) as a member of his household was employed as a dental nurse at a practice "
          "in Cragstone."),
    ("p", "Neither Member considered that the interest declared required them to withdraw from "
          "the meeting and both took part in the discussion of the items concerned."),

    ("title", "ADMISSION OF THE PUBLIC"),
    ("p", "The Democratic Services Officer reported that there were no items on the agenda "
          "which contained exempt information."),
    ("res", "RESOLVED", " that all items of business on the agenda be considered in public "
                        "session."),

    ("title", "MINUTES OF THE PREVIOUS MEETING"),
    ("res", "RESOLVED", " that the Minutes of the meeting of the Health and Adult Social Care "
                        "Scrutiny Panel held on 9th January 2025 be approved as a correct record "
                        "and signed by the Chair."),
    ("p", "Matters arising: With reference to Minute 31 (Winter Pressures and Hospital "
          "Discharge), the Senior Scrutiny Support Officer confirmed that the breakdown of "
          "delayed transfers by hospital ward, which had been promised at the last meeting, had "
          "been circulated to all Members of the Panel by email on 20th January 2025."),

    ("title", "PUBLIC QUESTION TIME"),
    ("p", "One question had been received in writing in accordance with the Council's "
          "Procedure Rules. Mr Derek Spencer of Lowroyd Bridge attended the meeting and put the "
          "following question:"),
    ("quote", "\u201cMy wife has had four different carers in the past month and not one of "
              "them has stayed longer than twenty minutes. Given that the home care contracts "
              "are being let again this year, what is the Council doing to make sure that "
              "visits are not cut short so that carers can get on to the next call?\u201d"),
    ("p", "Councillor Tetley, Cabinet Member for Adult Social Care and Wellbeing, thanked Mr "
          "Spencer for his question and replied that the new contracts would require providers "
          "to pay care workers for their travel time between calls, so that there was no "
          "longer an incentive to shorten one visit in order to reach the next. Visits would "
          "continue to be recorded through the electronic call monitoring system, which "
          "allowed the Council to see where calls had been shorter than planned and to "
          "challenge the provider. She added that she had asked officers to look into the care "
          "received by Mr Spencer's wife as a matter of urgency and that the Assistant Director "
          "would contact him the following day."),
    ("p", "Mr Spencer asked a supplementary question about whether the Council would name "
          "providers who repeatedly cut visits short. The Cabinet Member responded that "
          "the performance of the home care contracts was reported to the Panel each quarter, "
          "but that individual providers were not usually named in public reports while "
          "concerns were being addressed with them."),
    ("p", "The Chair thanked Mr Spencer for attending the meeting."),

    ("title", "RE-PROCUREMENT OF HOME CARE AND REABLEMENT SERVICES"),
    ("note", "Councillor Drabble arrived at 6.12 pm during the introduction of this item."),
    ("p", "The Director, Adults and Wellbeing submitted a written report which set out the "
          "proposed approach to the re-procurement of home care (domiciliary care) and "
          "reablement services in Hollinroyd. The current framework agreement had been let in "
          "2020 and, following two extensions, would expire on 30th September 2025. The report "
          "sought the Panel's comments before it was presented to Cabinet on 10th March 2025."),
    ("p", "The report was introduced by the Assistant Director, Commissioning and Partnerships, "
          "who explained that the Council currently purchased around 14,200 hours of home care "
          "each week from 23 providers on the framework, of which four providers delivered 61 "
          "per cent of all hours. Under the proposed model the borough would be divided into "
          "five zones based on the primary care network areas, each with a lead provider and "
          "up to two secondary providers. Reablement, which was currently delivered by one of "
          "the framework providers and in part subcontracted by that provider to a smaller "
          "agency, would be commissioned separately on a three-year contract with the option "
          "of a two-year extension. The hourly rate paid to providers would rise from \u00a321.86 "
          "to \u00a323.40 from 7th April 2025, and the new contracts would begin on 1st October "
          "2025."),
    ("p", "The report also summarised the engagement carried out with people who used home care "
          "and their carers during November and December 2024. A survey had been sent to "
          "everyone receiving a package of care arranged by the Council and 318 responses had "
          "been received. The issues raised most often had been the times at which calls took "
          "place, the number of different care workers visiting each person, and the length "
          "of calls."),
    ("p", "The Panel discussed the report and the following points were raised:"),
    ("a", "Councillor Crabtree asked how the Council would prevent lead providers from passing "
          "work to subcontractors without the Council's knowledge, as had happened with the "
          "reablement service. Members were advised that the new contracts would prohibit "
          "subcontracting of any part of the service without the prior written consent of "
          "the Council, and that the current arrangement had in fact been agreed by the "
          "Council at the time of the last procurement."),
    ("a", "Councillor Akram expressed concern that the zonal model would favour large national "
          "companies and squeeze out smaller local agencies, several of which employed staff "
          "who lived in the communities they served. The Assistant Director, Commissioning and "
          "Partnerships stated that the tender would be split into lots so that smaller "
          "providers could bid for a single zone, and that ten per cent of the quality score "
          "would be awarded for social value, including local employment."),
    ("a", "Councillor Bairstow sought clarification as to whether the increase in the hourly "
          "rate would be passed on to care workers. It was explained that the Council could not "
          "set the wages of staff employed by independent providers, but the specification "
          "would require every provider to pay at least the Real Living Wage and to pay for "
          "travel time, and this would be checked at the annual contract monitoring visit."),
    ("a", "Councillor Ibbetson asked what had been done to involve people who received home care "
          "in designing the new service, noting that only 318 people had responded to the "
          "survey out of more than 2,400 people receiving care. The Assistant Director "
          "acknowledged that the response rate had been lower than hoped, and said that a "
          "further 41 people had been visited at home by the Hollinroyd Carers' Forum, whose "
          "findings were set out at Appendix 2 to the report."),
    ("a", "Mrs Sutcliffe-Ward commented that carers had told the Forum that the biggest single "
          "problem was not knowing which care worker would arrive or when, and requested that "
          "continuity of care worker be given a higher weighting in the evaluation of tenders. "
          "The Director, Adults and Wellbeing agreed to consider this before the tender "
          "documents were finalised in April."),
    ("a", "Councillor Nazir asked whether the Council had considered bringing reablement back "
          "in-house, as some other councils had done. The Director, Adults and Wellbeing advised "
          "that an options appraisal had been carried out, summarised at section 6 of the "
          "report, which had found that an in-house service would cost around \u00a3680,000 a "
          "year more, mainly because of the costs of pensions and terms and conditions, but "
          "that the option would be looked at again before any extension of the new contract."),
    ("a", "Councillor Greenwood asked what would happen to people currently receiving care if "
          "their provider did not win a contract in their zone."),
    ("p", "Councillor Akram moved, and Councillor Nazir seconded, that the Panel recommend to "
          "Cabinet that the reablement service be brought back in-house from 1st October 2025 "
          "rather than being re-procured. On being put to the vote the motion was lost, three "
          "Members voting in favour and six against."),
    ("res", "RESOLVED", " that:"),
    ("i", "the report be noted;"),
    ("i", "the Panel supports the proposed zonal model for the re-procurement of home care "
          "services, subject to the comments made by Members at the meeting being reported to "
          "Cabinet on 10th March 2025;"),
    ("i", "continuity of care worker be given greater weight in the quality evaluation; and"),
    ("i", "the Director, Adults and Wellbeing circulate a briefing note to all Members of the "
          "Panel on the transition arrangements for people whose provider is unsuccessful in "
          "the tender."),

    ("title", "ACCESS TO NHS DENTAL SERVICES"),
    ("p", "The Panel received a report and presentation from the Head of Primary Care "
          "Commissioning (Dental), Moorside and Aldervale Integrated Care Board (ICB), on access "
          "to NHS dentistry in Hollinroyd. Responsibility for commissioning dental services had "
          "been delegated to the ICB by NHS England in April 2023. There were 27 practices in "
          "the borough holding NHS contracts, three of which had handed their contracts back in "
          "the past eighteen months with the loss of around 31,000 units of dental activity. "
          "In the 24 months to December 2024, 41 per cent of adults and 54 per cent of "
          "children in the borough had seen an NHS dentist, compared with 40 per cent and 56 "
          "per cent nationally. The ICB had funded 6,500 additional urgent appointments in "
          "2024/25 through its Dental Access Hubs at Cragstone and Whitlee Moor."),
    ("p", "The presentation outlined the actions being taken by the ICB under its dental "
          "recovery plan, which included the payment of a higher minimum value for each unit "
          "of dental activity, a \u201cgolden hello\u201d scheme offering payments of up to "
          "\u00a320,000 to dentists who committed to working in the area for three years, and the "
          "commissioning of additional sessions for people with a high level of need, such as "
          "people experiencing homelessness and residents of care homes. Two dentists had "
          "so far taken up the golden hello scheme in Hollinroyd."),
    ("p", "The Chief Officer, Healthwatch Hollinroyd reported that dentistry had been the most "
          "common reason for people contacting Healthwatch for the past two years, and that a "
          "large number of callers had been told by practices that they were taking on "
          "private patients only."),
    ("p", "Councillor Drabble asked why, when a practice handed back its contract, the funding "
          "could not simply be given to another practice in the same area. The Head of Primary "
          "Care Commissioning explained that the ICB had to run a procurement exercise for any "
          "contract above a set value, which took between nine and twelve months, and that in "
          "the meantime the released funding was used for the urgent appointments at the "
          "Access Hubs."),
    ("p", "Councillor Bairstow expressed concern that residents who could not afford private "
          "treatment were going without care altogether, and asked whether the ICB held any "
          "information about people attending A&E with dental pain. Members were informed "
          "that attendances at Hollinroyd Royal Infirmary with dental problems had risen from "
          "412 in 2022/23 to 655 in 2023/24, and that the ICB was working with the hospital "
          "trust to direct these patients to the Access Hubs."),
    ("p", "In response to a question from Councillor Holroyd regarding the supervised "
          "toothbrushing scheme, the Director of Public Health reported that the scheme now "
          "operated in 46 primary schools and 31 nurseries in the areas with the highest "
          "levels of tooth decay, and that a further twelve schools would join in September "
          "2025."),
    ("p", "Councillor Ibbetson commented that the national dental contract was at the root of "
          "the problem, since it paid a practice the same for a course of treatment involving "
          "one filling as for one involving several, and that the Panel should make its views "
          "known to the Government."),
    ("p", "Councillor Nazir asked how many of the dentists working in the borough had trained "
          "overseas, and whether recruitment had been affected by the delays in registering "
          "overseas dentists. The Head of Primary Care Commissioning said that he did not have "
          "the figure to hand but would provide it to Members after the meeting."),
    ("p", "The Chair requested that the ICB provide the Panel with a list of practices accepting "
          "new NHS patients, broken down by ward, for circulation to all Members. The Place "
          "Director agreed that the list would be provided on a monthly basis."),
    ("res", "RESOLVED", " that:"),
    ("i", "the report be noted;"),
    ("i", "the Chair write on behalf of the Panel to the Secretary of State for Health and "
          "Social Care calling for reform of the NHS dental contract to be brought forward; and"),
    ("i", "a further update on access to NHS dentistry be presented to the Panel in October "
          "2025."),

    ("title", "VAPING AMONGST CHILDREN AND YOUNG PEOPLE"),
    ("p", "The Director of Public Health and the Head of Trading Standards and Licensing "
          "submitted a joint written report on the prevalence of vaping among children and "
          "young people in Hollinroyd, the enforcement action taken against retailers selling "
          "vapes to under 18s, and the implications of the Tobacco and Vapes Bill. The Health "
          "Related Behaviour Survey carried out in the borough's secondary schools in 2024 had "
          "found that 19 per cent of Year 10 pupils had vaped in the previous month, compared "
          "with 11 per cent in 2021. Trading Standards had carried out 64 test purchases in "
          "2024, 23 of which had resulted in a sale to a person under 18, and had seized more "
          "than 9,000 illegal vapes."),
    ("p", "Ellie Townend of Hollinroyd Youth Council presented the findings of a survey of 540 "
          "young people carried out by the Youth Council, which had found that most young "
          "people who vaped had obtained their first vape from a friend or an older brother or "
          "sister rather than from a shop."),
    ("p", "Members made the following comments and asked questions, the responses to which are "
          "summarised below each:"),
    ("a", "Councillor Greenwood asked whether the fines available to Trading Standards were "
          "high enough to deter shops from selling to children."),
    ("ap", "The Head of Trading Standards and Licensing replied that the maximum fine on "
           "conviction was \u00a32,500, which many retailers regarded as a cost of doing "
           "business, and that the Bill would introduce fixed penalty notices and a national "
           "registration scheme for retailers, both of which the Council would welcome."),
    ("a", "Councillor Crabtree raised concerns about the number of shops selling vapes close to "
          "schools, and asked whether the Council could use its planning powers to limit them."),
    ("ap", "Members were advised that the Council had no power at present to refuse planning "
           "permission on these grounds, but that the Bill might allow conditions to be "
           "attached to a retailer's registration in future."),
    ("a", "Councillor Akram commented that the Youth Council's survey showed that enforcement "
          "against shops alone would not solve the problem, and that schools needed more "
          "support to teach pupils about the risks of vaping."),
    ("ap", "The Director of Public Health agreed, and said that a vaping education toolkit had "
           "been offered to all secondary schools and taken up by eleven of the fourteen."),
    ("a", "Councillor Ibbetson sought clarification on whether disposable vapes would still be "
          "available after the national ban on their sale came into force on 1st June 2025."),
    ("ap", "It was explained that reusable vapes would remain on sale, and that Trading "
           "Standards expected some retailers to continue to sell disposable products illegally "
           "after that date."),
    ("a", "Councillor Holroyd asked Ms Townend what young people themselves thought would work "
          "best."),
    ("ap", "Ms Townend said that young people were more likely to listen to other young people "
           "than to adults, and suggested that peer-led sessions be tried in schools."),
    ("a", "Councillor Drabble asked that the Youth Council be invited to take part in the "
          "review of the stop smoking service, which was due to be re-commissioned in 2026."),
    ("res2", "RESOLVED", " that the report be noted and that it be ", "RECOMMENDED",
     " to Cabinet that:"),
    ("i", "the Council write to the borough's Members of Parliament in support of the retail "
          "licensing scheme proposed in the Tobacco and Vapes Bill; and"),
    ("i", "the Director of Public Health work with Hollinroyd Youth Council to pilot peer-led "
          "vaping education in secondary schools."),
    ("note", "Councillor Akram left the meeting at 8.05 pm."),

    ("title", "HEALTHWATCH HOLLINROYD \u2013 \u201cGETTING THROUGH THE DOOR\u201d: PATIENT "
              "EXPERIENCE OF GP ACCESS"),
    ("p", "The Chief Officer, Healthwatch Hollinroyd presented the findings of Healthwatch's "
          "engagement on access to GP appointments, for which 1,126 people had completed a "
          "survey and 14 listening events had been held between September and November 2024. "
          "The main findings were that 38 per cent of respondents had found it difficult or "
          "very difficult to get through to their practice by telephone, that many older people "
          "did not feel confident using online booking, and that people whose first language "
          "was not English had found it particularly hard to explain their needs to "
          "receptionists. Healthwatch had made nine recommendations to the ICB and to GP "
          "practices, and the Place Director, Moorside and Aldervale ICB gave a verbal response "
          "to each of them."),
    ("p", "Among the ICB's responses, the Place Director reported that a further 18 care "
          "navigators would be trained by the end of June 2025, that an interpreting service "
          "would be available by telephone at every practice reception from April, and that "
          "each primary care network had been asked to publish a plan setting out how it would "
          "improve access for people who did not use the internet."),
    ("p", "Councillor Nazir welcomed the report and commented that the findings about language "
          "mirrored what he heard regularly from residents in his ward."),
    ("p", "Councillor Bairstow queried why the ICB's response did not include any target for "
          "reducing the number of calls abandoned at 8.00 am. The Place Director stated that "
          "practices were independent contractors and set their own telephone arrangements, "
          "but that all practices in the borough had now moved to cloud-based telephone "
          "systems which told callers their position in the queue."),
    ("p", "Councillor Greenwood asked whether practices would be required to report back on what "
          "they had done in response to the recommendations, so that the Panel could hold them "
          "to account. Ms Bibi said that Healthwatch would carry out a follow-up review in "
          "twelve months' time and would be happy to report the results to the Panel."),
    ("p", "The Deputy Chair asked that the Panel's thanks be recorded to the volunteers who had "
          "carried out the listening events."),
    ("res", "RESOLVED", " that the Healthwatch report and the ICB's verbal response be noted."),

    ("title", "WORK PROGRAMME 2024/25"),
    ("p", "The Senior Scrutiny Support Officer submitted the Panel's work programme for the "
          "remainder of 2024/25 and a draft list of topics for 2025/26, together with the "
          "relevant extract from the Council's Forward Plan of key decisions."),
    ("p", "It was noted that the following items were scheduled for the meeting on 20th "
          "March 2025: Adult Social Care Performance Report (Quarter 3); Mental Health Crisis "
          "Care and the Safe Haven; and the refresh of the Carers' Strategy. The Senior "
          "Scrutiny Support Officer reminded Members that the report on the review of "
          "day opportunities for adults with a learning disability had been moved to June "
          "2025 at the request of the Directorate, so that the outcome of the engagement "
          "with families could be included."),
    ("p", "Councillor Crabtree requested that an item on the use of temporary accommodation for "
          "people discharged from hospital who were homeless be added to the work programme "
          "for 2025/26. The Chair agreed, and asked the Senior Scrutiny Support Officer to "
          "discuss the scope of the item with the Director, Adults and Wellbeing and the Head of "
          "Housing Options."),
    ("p", "Councillor Holroyd asked whether the Panel would be consulted on the Council's budget "
          "proposals for adult social care before they went to Cabinet. Members were advised "
          "that the Panel's comments on the 2025/26 budget had been considered at the joint "
          "scrutiny meeting on 22nd January 2025, and that the Panel would be invited to comment "
          "on the 2026/27 proposals in the autumn."),
    ("res", "RESOLVED", " that the work programme be approved, subject to the addition of an "
                        "item on hospital discharge and homelessness in 2025/26."),

    ("title", "DATE AND TIME OF NEXT MEETING"),
    ("p", "It was noted that the next meeting of the Panel would be held on Thursday 20th March "
          "2025 at 6.00 pm at Hollinroyd Town Hall."),
]

ATTENDANCE = [
    ("Present:", [
        "Councillor Haworth-Lee (Chair)",
        "Councillor Ibbetson (Deputy Chair)",
        "Councillors Akram, Bairstow, Crabtree, Drabble, Greenwood, Nazir and Holroyd "
        "(substitute for Councillor Lumb)",
    ]),
    ("Co-opted Member:", [
        "Mrs P Sutcliffe-Ward (non-voting, Hollinroyd Carers' Forum)",
    ]),
    ("Apologies:", [
        "Councillors Lumb and Shackleton",
    ]),
    ("Also in attendance:", [
        "Councillor Tetley (Cabinet Member for Adult Social Care and Wellbeing)",
    ]),
    ("Officers:", [
        "Joanne Brearley (Director, Adults and Wellbeing)",
        "Dr Simon Oyelaran (Director of Public Health)",
        "Karen Midgley (Assistant Director, Commissioning and Partnerships)",
        "Mark Sugden (Head of Trading Standards and Licensing)",
        "Lydia Fawthrop (Senior Scrutiny Support Officer)",
        "Peter Hinchliffe (Democratic Services Officer)",
    ]),
    ("Partners and guests:", [
        "Dr Helen Crowther (Place Director (Hollinroyd), Moorside and Aldervale Integrated "
        "Care Board)",
        "Gareth Pollard (Head of Primary Care Commissioning (Dental), Moorside and Aldervale "
        "Integrated Care Board)",
        "Nasreen Bibi (Chief Officer, Healthwatch Hollinroyd)",
        "Ellie Townend (Hollinroyd Youth Council) \u2013 for Minute 45",
    ]),
]


# ---------------------------------------------------------------------------
# Word document
# ---------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering_xml() -> str:
    def lvl(ilvl, start, fmt, text, left, hanging, bold):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else "<w:rPr><w:b w:val=\"0\"/></w:rPr>"
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
                f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/>'
                f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')
    levels = [
        lvl(0, 38, "decimal", "%1", 720, 720, True),
        lvl(1, 1, "lowerLetter", "(%2)", 1440, 720, False),
        lvl(2, 1, "lowerRoman", "(%3)", 1440, 720, False),
    ]
    for i in range(3, 9):
        levels.append(lvl(i, 1, "decimal", f"%{i + 1}.", 2160, 360, False))
    return (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
            f'<w:nsid w:val="5A3C21E7"/><w:multiLevelType w:val="multilevel"/>'
            f'<w:tmpl w:val="0C7A2B9E"/>' + "".join(levels) + "</w:abstractNum>")


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)

    # Word's own list numbering: one multilevel list for the whole minutes.
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(_numbering_xml())
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def set_num(p, ilvl):
        # get_or_add_numPr keeps the schema order of the paragraph properties
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = 90

    def para(text="", bold=False, italic=False, align=None, size=None, left=None,
             space_after=None, keep=False):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if left is not None:
            p.paragraph_format.left_indent = Cm(left)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if keep:
            p.paragraph_format.keep_with_next = True
        return p

    # Page furniture: header on later pages, footer with initials box and page number.
    def add_field(paragraph, instr):
        paragraph._p.append(parse_xml(
            f'<w:fldSimple xmlns:w="{W_NS}" w:instr="{instr}"><w:r><w:t>1</w:t></w:r>'
            f'</w:fldSimple>'))

    hdr = sec.header.paragraphs[0]
    hdr.text = "Health and Adult Social Care Scrutiny Panel \u2013 13th February 2025"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hdr.runs[0].font.size = Pt(9)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
        r = fp.add_run("Chair\u2019s initials ..........")
        r.font.size = Pt(9)
        r2 = fp.add_run("\tPage ")
        r2.font.size = Pt(9)
        add_field(fp, " PAGE ")

    # Title block.
    para("HOLLINROYD METROPOLITAN BOROUGH COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         size=14, space_after=2)
    para("HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=2)
    para("Thursday 13th February 2025", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para("MINUTES of the meeting held at 6.00 pm in Committee Room A, Hollinroyd Town Hall",
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, lines in ATTENDANCE:
        row = table.add_row()
        c0, c1 = row.cells
        c0.width, c1.width = Cm(4.4), Cm(12.2)
        c0.paragraphs[0].add_run(label).bold = True
        c0.paragraphs[0].paragraph_format.space_after = Pt(2)
        first = True
        for line in lines:
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            p.add_run(line)
            p.paragraph_format.space_after = Pt(2)
            first = False
    # column widths for Word (tblGrid)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(4.4), Cm(12.2))):
        gc.set(qn("w:w"), str(int(w.twips)))
    para("", space_after=6)

    for block in BODY:
        kind = block[0]
        if kind == "title":
            p = para(block[1], bold=True, keep=True, space_after=6)
            set_num(p, 0)
            p.paragraph_format.space_before = Pt(10)
        elif kind == "p":
            para(block[1], left=1.27)
        elif kind == "a":
            p = para(block[1])
            set_num(p, 1)
        elif kind == "ap":
            para(block[1], left=2.54)
        elif kind == "i":
            p = para(block[1])
            set_num(p, 2)
        elif kind == "res":
            p = para(left=1.27, keep=True)
            p.add_run(block[1]).bold = True
            p.add_run(block[2])
        elif kind == "res2":
            p = para(left=1.27, keep=True)
            p.add_run(block[1]).bold = True
            p.add_run(block[2])
            p.add_run(block[3]).bold = True
            p.add_run(block[4])
        elif kind == "note":
            para(f"({block[1]})", italic=True, left=1.27)
        elif kind == "quote":
            para(block[1], italic=True, left=2.54)
        else:
            raise ValueError(kind)

    para("The meeting closed at 8.47 pm.", left=1.27, space_after=36)
    para("Chair ....................................................\t"
         "Date ..................................")

    cp = doc.core_properties
    cp.author = "Peter Hinchliffe"
    cp.last_modified_by = "Peter Hinchliffe"
    cp.title = "Health and Adult Social Care Scrutiny Panel - Minutes - 13 February 2025"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
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
            zi = zipfile.ZipInfo(info_.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The news release (a page saved from the council's website)
# ---------------------------------------------------------------------------

NEWS_PARAS = [
    ("lead", "People who receive care in their own homes in Hollinroyd will see fewer changes "
             "of care worker and more reliable visit times under new home care arrangements "
             "approved by the Council's Cabinet."),
    ("p", "The Council arranges around 14,000 hours of home care every week for more than 2,400 "
          "people across the borough, helping them with things like getting up and dressed, "
          "meals, medication and personal care. The current contracts with home care agencies "
          "come to an end on 30 September 2025."),
    ("p", "From 1 October 2025, the borough will be split into five areas, each with a main "
          "home care provider working alongside up to two other local agencies. The Council "
          "says that organising care this way will mean care workers spend less time "
          "travelling across the borough and more time with the people they support."),
    ("p", "Agencies that want to provide care under the new arrangements will have to pay care "
          "workers for the time they spend travelling between visits, pay at least the Real "
          "Living Wage, and show how they will make sure people see the same small team of "
          "care workers wherever possible."),
    ("p", "The short-term reablement service, which helps people regain their confidence and "
          "independence after a stay in hospital or an illness, will be arranged under a "
          "separate contract so that it can focus on getting people back on their feet."),
    ("quote", "\u201cWhen we asked people what mattered most to them, the answer was clear: "
              "knowing who is coming through the door, and when. We have listened, and "
              "continuity of care worker will count for more than anything else when we "
              "decide which agencies to work with,\u201d said Councillor Margaret Tetley, "
              "Cabinet Member for Adult Social Care and Wellbeing."),
    ("quote", "\u201cCare workers do a remarkable job and they should not be out of pocket for "
              "the miles they drive between calls. Paying for travel time is the right thing "
              "to do, and it also means visits should not be cut short.\u201d"),
    ("p", "The plans were looked at in detail by the Council's Health and Adult Social Care "
          "Scrutiny Panel in February, and the Panel's comments were considered by Cabinet "
          "before the decision was made on 10 March."),
    ("h2", "How we listened"),
    ("p", "More than 350 people who use home care, and their families and carers, helped to "
          "shape the new service by filling in our survey, talking to us on the phone or being "
          "visited at home by volunteers from Hollinroyd Carers' Forum. Care agencies and care "
          "workers also took part in workshops in the autumn."),
    ("h2", "You asked, we said"),
    ("qa", "You asked: \u201cWill I have to change my care agency?\u201d",
           "We said: Most people will not need to change. If your agency is not one of the "
           "providers in your area from October, we will talk to you and your family well in "
           "advance, and wherever possible your care workers will be able to move with you to "
           "the new agency."),
    ("qa", "You asked: \u201cWhy do my carers always seem to be in a rush?\u201d",
           "We said: Until now, some agencies have not paid care workers for the time between "
           "visits. From October this will be a condition of the contract, so there is no "
           "reason for a visit to be cut short to get to the next one."),
    ("qa", "You asked: \u201cCan I choose my own carer instead?\u201d",
           "We said: Yes. If you are eligible for support from the Council you can ask for a "
           "direct payment and arrange your own care, including employing a personal "
           "assistant. Our Direct Payments Support Service can help you with this."),
    ("qa", "You asked: \u201cWill I have to pay more?\u201d",
           "We said: No. The changes to the contracts do not change how much you pay towards "
           "your care. Your contribution is worked out through a financial assessment, as it "
           "is now."),
    ("h2", "Frequently asked questions"),
    ("faq", "What happens next?",
            "Care agencies will be invited to bid for the new contracts in May 2025. Decisions "
            "on which agencies will provide care in each area are expected in July, and "
            "everyone who receives home care will get a letter explaining what this means for "
            "them by the end of August."),
    ("faq", "Who do I contact if I am worried about my care now?",
            "If you have a concern about the care you are receiving, please contact Adult "
            "Social Care Direct on 01632 960 418 (Monday to Friday, 8.30 am to 5.00 pm). If "
            "you think someone is at risk of harm, call the same number at any time."),
    ("faq", "How can I give feedback on the new service?",
            "We will be asking people about their experience of the new service six months "
            "after it starts. You can also share your views at any time with Healthwatch "
            "Hollinroyd, which is independent of the Council."),
    ("h2", "Notes to editors"),
    ("li", "The Cabinet report, Re-procurement of Home Care and Reablement Services, and the "
           "minutes of the Health and Adult Social Care Scrutiny Panel of 13 February 2025 are "
           "available on the Council's meetings pages."),
    ("li", "The hourly rate paid by the Council to home care providers rose to \u00a323.40 on "
           "7 April 2025."),
    ("li", "For media enquiries please contact the Communications Team on 01632 960 200 or "
           "press@hollinroyd.example."),
]


def news_html() -> str:
    e = html.escape
    body = []
    in_list = False
    for block in NEWS_PARAS:
        kind = block[0]
        if kind != "li" and in_list:
            body.append("        </ul>")
            in_list = False
        if kind == "lead":
            body.append(f'        <p class="lead">{e(block[1])}</p>')
        elif kind == "p":
            body.append(f"        <p>{e(block[1])}</p>")
        elif kind == "quote":
            body.append(f"        <blockquote><p>{e(block[1])}</p></blockquote>")
        elif kind == "h2":
            body.append(f"        <h2>{e(block[1])}</h2>")
        elif kind == "qa":
            body.append('        <div class="you-asked">')
            body.append(f'          <p class="asked"><strong>{e(block[1])}</strong></p>')
            body.append(f'          <p class="said">{e(block[2])}</p>')
            body.append("        </div>")
        elif kind == "faq":
            body.append('        <details class="faq">')
            body.append(f"          <summary>{e(block[1])}</summary>")
            body.append(f"          <p>{e(block[2])}</p>")
            body.append("        </details>")
        elif kind == "li":
            if not in_list:
                body.append("        <ul>")
                in_list = True
            body.append(f"          <li>{e(block[1])}</li>")
    if in_list:
        body.append("        </ul>")
    article = "\n".join(body)

    menu = ["Bins and recycling", "Council tax", "Adult social care", "Benefits",
            "Housing", "Planning and building control", "Schools and education",
            "Roads and travel", "Your council"]
    menu_html = "\n".join(f'        <li><a href="/{re.sub(r"[^a-z]+", "-", m.lower()).strip("-")}">'
                          f"{e(m)}</a></li>" for m in menu)
    related = ["Home care and support at home", "Direct payments",
               "Paying for your care", "Carers' support"]
    related_html = "\n".join(f'          <li><a href="/adult-social-care/'
                             f'{re.sub(r"[^a-z]+", "-", r.lower()).strip("-")}">{e(r)}</a></li>'
                             for r in related)
    latest = ["Hollinroyd Town Hall clock restored after two-year project",
              "Trading Standards seize 2,000 illegal vapes in Cragstone",
              "Spring bulky waste collections now bookable online"]
    latest_html = "\n".join(f'          <li><a href="/news/{re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")}">'
                            f"{e(t)}</a></li>" for t in latest)

    title = "New home care arrangements to bring more reliable visits"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | Hollinroyd Council</title>
  <meta name="description" content="Cabinet approves new home care contracts from October 2025.">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body class="page-news">
  <a class="skip-link" href="#main">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies on the Hollinroyd Council website">
    <p>We use some essential cookies to make this website work. We would also like to set
    analytics cookies to help us improve it.</p>
    <button type="button">Accept analytics cookies</button>
    <button type="button">Reject analytics cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/hollinroyd-logo.svg" alt="Hollinroyd Council home page"></a>
    <form class="site-search" action="/search" role="search">
      <label for="q">Search this site</label>
      <input id="q" name="q" type="search">
      <button type="submit">Search</button>
    </form>
    <nav class="main-nav" aria-label="Main">
      <ul>
{menu_html}
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li aria-current="page">{e(title)}</li>
    </ol>
  </nav>
  <main id="main">
    <article class="news-article">
      <h1>{e(title)}</h1>
      <p class="meta">Published: <time datetime="2025-04-08">8 April 2025</time> &middot; Adult social care</p>
      <div class="article-body">
{article}
      </div>
      <div class="share">
        <p>Share this page:</p>
        <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a>
      </div>
    </article>
    <aside class="sidebar">
      <section>
        <h2>Related pages</h2>
        <ul>
{related_html}
        </ul>
      </section>
      <section>
        <h2>Latest news</h2>
        <ul>
{latest_html}
        </ul>
      </section>
    </aside>
    <section class="feedback">
      <h2>Was this page helpful?</h2>
      <button type="button">Yes</button> <button type="button">No</button>
    </section>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
    <p>&copy; Hollinroyd Metropolitan Borough Council, Town Hall, Hollinroyd</p>
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


ASC = "adult-social-care"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-02-13",
    "items": [
        {"number": "38", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "39", "title": "MEMBERS' INTERESTS"},
        {"number": "40", "title": "ADMISSION OF THE PUBLIC"},
        {"number": "41", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "42", "title": "PUBLIC QUESTION TIME"},
        {"number": "43", "title": "RE-PROCUREMENT OF HOME CARE AND REABLEMENT SERVICES"},
        {"number": "44", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "45", "title": "VAPING AMONGST CHILDREN AND YOUNG PEOPLE"},
        {"number": "46", "title": "HEALTHWATCH HOLLINROYD \u2013 \u201cGETTING THROUGH THE "
                                  "DOOR\u201d: PATIENT EXPERIENCE OF GP ACCESS"},
        {"number": "47", "title": "WORK PROGRAMME 2024/25"},
        {"number": "48", "title": "DATE AND TIME OF NEXT MEETING"},
    ],
    "questions": [
        # 42 public question time
        q("42", "question",
          "what is the Council doing to make sure that visits are not cut short",
          "Mr Derek Spencer",
          "require providers to pay care workers for their travel time between calls",
          "Councillor Tetley", [ASC, "subcontracting", "workforce"]),
        q("42", "question",
          "a supplementary question about whether the Council would name providers",
          "Mr Derek Spencer",
          "individual providers were not usually named in public reports",
          "Cabinet Member", ["subcontracting"]),
        # 43 home care re-procurement
        q("43", "question",
          "how the Council would prevent lead providers from passing work to subcontractors",
          "Councillor Crabtree",
          "the new contracts would prohibit subcontracting of any part of the service",
          None, ["subcontracting", ASC]),
        q("43", "concern",
          "the zonal model would favour large national companies and squeeze out smaller",
          "Councillor Akram",
          "the tender would be split into lots so that smaller providers could bid",
          "Assistant Director, Commissioning and Partnerships",
          ["subcontracting", "privatisation", ASC]),
        q("43", "question",
          "whether the increase in the hourly rate would be passed on to care workers",
          "Councillor Bairstow",
          "the specification would require every provider to pay at least the Real Living Wage",
          None, ["finance", "workforce", ASC]),
        q("43", "question",
          "what had been done to involve people who received home care in designing",
          "Councillor Ibbetson",
          "a further 41 people had been visited at home by the Hollinroyd Carers' Forum",
          "Assistant Director", ["patient-and-public-input", ASC]),
        q("43", "request",
          "requested that continuity of care worker be given a higher weighting",
          "Mrs Sutcliffe-Ward",
          "agreed to consider this before the tender documents were finalised in April",
          "Director, Adults and Wellbeing", ["subcontracting", ASC, "workforce"]),
        q("43", "question",
          "whether the Council had considered bringing reablement back in-house",
          "Councillor Nazir",
          "an in-house service would cost around £680,000 a year more",
          "Director, Adults and Wellbeing", ["privatisation", "finance", ASC]),
        q("43", "question",
          "what would happen to people currently receiving care if their provider did not",
          "Councillor Greenwood", None, None, ["subcontracting", ASC]),
        # 44 dentistry
        q("44", "question",
          "the funding could not simply be given to another practice in the same area",
          "Councillor Drabble",
          "had to run a procurement exercise for any contract above a set value",
          "Head of Primary Care Commissioning", ["primary-care", "finance", "subcontracting"]),
        q("44", "concern",
          "residents who could not afford private treatment were going without care altogether",
          "Councillor Bairstow",
          "attendances at Hollinroyd Royal Infirmary with dental problems had risen from 412",
          None, ["primary-care"]),
        q("44", "question",
          "a question from Councillor Holroyd regarding the supervised toothbrushing scheme",
          "Councillor Holroyd",
          "the scheme now operated in 46 primary schools and 31 nurseries",
          "Director of Public Health", ["primary-care", "public-health", "children-and-families"]),
        q("44", "comment",
          "the national dental contract was at the root of the problem",
          "Councillor Ibbetson", None, None, ["primary-care"]),
        q("44", "question",
          "whether recruitment had been affected by the delays in registering overseas dentists",
          "Councillor Nazir",
          "did not have the figure to hand but would provide it to Members",
          "Head of Primary Care Commissioning", ["primary-care", "workforce"]),
        q("44", "request",
          "provide the Panel with a list of practices accepting new NHS patients",
          "Chair",
          "agreed that the list would be provided on a monthly basis",
          "Place Director", ["primary-care"]),
        # 45 vaping
        q("45", "question",
          "whether the fines available to Trading Standards were high enough to deter shops",
          "Councillor Greenwood",
          "many retailers regarded as a cost of doing business",
          "Head of Trading Standards and Licensing",
          ["public-health", "children-and-families"]),
        q("45", "concern",
          "raised concerns about the number of shops selling vapes close to schools",
          "Councillor Crabtree",
          "the Council had no power at present to refuse planning permission",
          None, ["public-health", "children-and-families"]),
        q("45", "comment",
          "enforcement against shops alone would not solve the problem",
          "Councillor Akram",
          "a vaping education toolkit had been offered to all secondary schools",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("45", "question",
          "whether disposable vapes would still be available after the national ban",
          "Councillor Ibbetson",
          "Trading Standards expected some retailers to continue to sell disposable products",
          None, ["public-health", "children-and-families"]),
        q("45", "question",
          "asked Ms Townend what young people themselves thought would work best",
          "Councillor Holroyd",
          "young people were more likely to listen to other young people",
          "Ms Townend", ["public-health", "children-and-families"]),
        q("45", "request",
          "the Youth Council be invited to take part in the review",
          "Councillor Drabble", None, None,
          ["public-health", "children-and-families", "patient-and-public-input"]),
        # 46 Healthwatch GP access
        q("46", "comment",
          "the findings about language mirrored what he heard regularly from residents",
          "Councillor Nazir", None, None, ["primary-care", "patient-and-public-input"]),
        q("46", "question",
          "why the ICB's response did not include any target for reducing",
          "Councillor Bairstow",
          "practices were independent contractors and set their own telephone arrangements",
          "Place Director", ["primary-care"]),
        q("46", "question",
          "whether practices would be required to report back on what they had done",
          "Councillor Greenwood",
          "Healthwatch would carry out a follow-up review in twelve months' time",
          "Ms Bibi", ["primary-care", "governance", "patient-and-public-input"]),
        q("46", "request",
          "the Panel's thanks be recorded to the volunteers who had carried out",
          "Deputy Chair", None, None, ["primary-care", "patient-and-public-input"]),
        # 47 work programme
        q("47", "request",
          "the use of temporary accommodation for people discharged from hospital who were homeless",
          "Councillor Crabtree",
          "asked the Senior Scrutiny Support Officer to discuss the scope of the item",
          "Chair", ["housing", ASC]),
        q("47", "question",
          "whether the Panel would be consulted on the Council's budget proposals",
          "Councillor Holroyd",
          "the Panel would be invited to comment on the 2026/27 proposals in the autumn",
          None, ["finance", ASC]),
    ],
    "resolutions": [
        res("40", "all items of business on the agenda be considered in public session",
            "agreed", []),
        res("41", "held on 9th January 2025 be approved as a correct record",
            "agreed", []),
        res("43", "the reablement service be brought back in-house from 1st October 2025",
            "rejected", ["privatisation", ASC]),
        res("43", "supports the proposed zonal model for the re-procurement of home care services",
            "agreed", ["subcontracting", ASC]),
        res("44", "the Chair write on behalf of the Panel to the Secretary of State",
            "agreed", ["primary-care"]),
        res("45", "in support of the retail licensing scheme proposed in the Tobacco and Vapes Bill",
            "recommended", ["public-health", "children-and-families"]),
        res("46", "the Healthwatch report and the ICB's verbal response be noted",
            "noted", ["primary-care", "patient-and-public-input"]),
        res("47", "the addition of an item on hospital discharge and homelessness",
            "agreed", ["housing", ASC]),
    ],
    "attendees": [
        att("Councillor Haworth-Lee", "Chair", "present"),
        att("Councillor Ibbetson", "Deputy Chair", "present"),
        att("Councillor Akram", None, "present"),
        att("Councillor Bairstow", None, "present"),
        att("Councillor Crabtree", None, "present"),
        att("Councillor Drabble", None, "present"),
        att("Councillor Greenwood", None, "present"),
        att("Councillor Nazir", None, "present"),
        att("Councillor Holroyd", "substitute for Councillor Lumb", "present"),
        att("Mrs P Sutcliffe-Ward", "Co-opted Member (non-voting, Hollinroyd Carers' Forum)",
            "present"),
        att("Councillor Lumb", None, "apologies"),
        att("Councillor Shackleton", None, "apologies"),
        att("Councillor Tetley", "Cabinet Member for Adult Social Care and Wellbeing",
            "in_attendance"),
        att("Joanne Brearley", "Director, Adults and Wellbeing", "in_attendance"),
        att("Dr Simon Oyelaran", "Director of Public Health", "in_attendance"),
        att("Karen Midgley", "Assistant Director, Commissioning and Partnerships",
            "in_attendance"),
        att("Mark Sugden", "Head of Trading Standards and Licensing", "in_attendance"),
        att("Lydia Fawthrop", "Senior Scrutiny Support Officer", "in_attendance"),
        att("Peter Hinchliffe", "Democratic Services Officer", "in_attendance"),
        att("Dr Helen Crowther",
            "Place Director (Hollinroyd), Moorside and Aldervale Integrated Care Board",
            "in_attendance"),
        att("Gareth Pollard",
            "Head of Primary Care Commissioning (Dental), Moorside and Aldervale Integrated "
            "Care Board", "in_attendance"),
        att("Nasreen Bibi", "Chief Officer, Healthwatch Hollinroyd", "in_attendance"),
        att("Ellie Townend", "Hollinroyd Youth Council", "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
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
    for gold_path in sorted(GOLD.glob("pm-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
