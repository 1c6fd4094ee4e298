#!/usr/bin/env python3
"""Build the "qv-" documents (round 232) and their gold annotations.

Usage:  build_qv.py           write documents/qv-* and gold/qv-*.json beside this script
        build_qv.py --check   verify every gold phrase occurs exactly once in its document

Ockleigh County Council, its people, places, providers and figures are invented.
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

MINUTES_NAME = "qv-ockleigh-adults-health-select-committee-2025-09-24.docx"
REPORT_NAME = "qv-ockleigh-cabinet-home-based-care-recommissioning-2025-10-28.pdf"

FIXED_DOCX = dt.datetime(2025, 10, 2, 14, 37, 0)
FIXED_PDF = dt.datetime(2025, 10, 17, 16, 5, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2025, 10, 2, 14, 37, 0)

# ---------------------------------------------------------------------------
# The minutes (Word)
# ---------------------------------------------------------------------------
# Blocks:
#   ("intro", text)            opening paragraph, first words in capitals
#   ("p", text)                plain paragraph
#   ("label", text)            bold label on a line of its own ("Witnesses:")
#   ("member", star, text)     attendance line, "*" when present
#   ("item", number, title, agenda_no)
#   ("wit", text)              a witness line (name, post)
#   ("num", n, text)           numbered key point
#   ("let", letter, text)      lettered sub-point
#   ("ref", ref, text)         action or recommendation with its reference
#   ("note", text)             italic line (left/joined the meeting)
#   ("sign",)                  signature block

MINUTES = [
    ("intro", "MINUTES of the meeting of the ADULTS AND HEALTH SELECT COMMITTEE held at "
              "10.00 am on 24 September 2025 at the Council Chamber, Lindenfield Place, "
              "4 Shawcombe Hill, Redstone, OK2 7LD."),
    ("p", "These minutes are subject to confirmation by the Committee at its meeting on "
          "Thursday, 27 November 2025."),
    ("label", "Elected Members:"),
    ("p", "(* present)"),
    ("member", True, "Alasdair Penhaligon (Chairman)"),
    ("member", True, "Rosalind Okonjo-Hart (Vice-Chairman)"),
    ("member", True, "Helen Ashcombe-Reid"),
    ("member", False, "Carol Dimmock"),
    ("member", True, "Gwen Fothergill (Remote)"),
    ("member", True, "Michael Oyelaran"),
    ("member", False, "Bernadette Quarrie"),
    ("member", True, "Julian Stopford-Kerr"),
    ("member", True, "Nicholas Thirlwell"),
    ("member", True, "Tomasz Wierzbicki"),
    ("label", "Co-opted Members:"),
    ("member", True, "Borough Councillor Ruth Mallory, Brookmere Borough Council"),
    ("member", False, "Borough Councillor Stephen Haverill, Tanner\u2019s Vale Borough Council"),
    ("member", True, "District Councillor Anjali Bhose, Wendlecote District Council"),
    ("label", "Substitute Members:"),
    ("member", True, "Robert Penfold"),

    # -------------------------------------------------------------- item 1
    ("item", "38/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "1"),
    ("p", "Apologies were received from Bernadette Quarrie and Borough Councillor Stephen "
          "Haverill. Robert Penfold substituted for Bernadette Quarrie."),
    ("p", "Gwen Fothergill attended the meeting remotely and was therefore not counted "
          "towards the quorum."),

    # -------------------------------------------------------------- item 2
    ("item", "39/25", "MINUTES OF THE PREVIOUS MEETING: 10 JULY 2025", "2"),
    ("p", "The minutes were agreed as a true and accurate record of the meeting."),

    # -------------------------------------------------------------- item 3
    ("item", "40/25", "DECLARATIONS OF INTEREST", "3"),
    ("p", "Helen Ashcombe-Reid declared a personal interest in item 5, as a member of her "
          "family was employed by a home-based care provider in the county. She took part in "
          "the discussion of the item."),

    # -------------------------------------------------------------- item 4
    ("item", "41/25", "QUESTIONS AND PETITIONS", "4"),
    ("p", "One public question was received from Mr Desmond Fairweather. The question and "
          "the response were published in a supplementary agenda on 23 September 2025."),
    ("label", "Supplementary question:"),
    ("num", "1", "Mr Fairweather asked, as a supplementary question, why the Council did not "
                 "publish the hourly rate it paid to each home-based care provider, when "
                 "neighbouring authorities did so."),
    ("let", "a", "The Cabinet Member for Adult Social Care responded that the Council "
                 "published its standard hourly rate each year, but that rates agreed with "
                 "individual providers were commercially sensitive while a procurement was "
                 "under way. She undertook to publish a summary of the rates once the new "
                 "contracts had been awarded."),

    # -------------------------------------------------------------- item 5
    ("item", "42/25", "RE-COMMISSIONING OF HOME-BASED CARE", "5"),
    ("label", "Witnesses:"),
    ("wit", "Samantha Kettering, Cabinet Member for Adult Social Care"),
    ("wit", "Oliver Brandreth, Executive Director for Adults, Wellbeing and Health Partnerships"),
    ("wit", "Fiona Lanyon, Director of Commissioning (Adults)"),
    ("wit", "Marguerite Sallis, Chief Executive, Ockleigh Care Association"),
    ("label", "Key points raised in the discussion:"),
    ("num", "1", "The Cabinet Member introduced the report and explained that the current "
                 "home-based care contracts, let in 2019 on a zoned basis, would expire on "
                 "31 March 2026. The proposed model divided the county into 11 localities, each "
                 "with a lead provider supported by a number of framework providers, and would "
                 "be presented to Cabinet on 28 October 2025. The Select Committee\u2019s views "
                 "would be reported to Cabinet alongside the proposals."),
    ("num", "2", "The Chief Executive of the Ockleigh Care Association said that providers "
                 "supported the principle of smaller localities, but that the sector in the "
                 "county had lost around one in eight of its care workers since 2022 and that "
                 "recruitment in rural areas remained very difficult. She welcomed the "
                 "Council\u2019s decision to involve providers in the design of the lots."),
    ("num", "3", "The Chairman asked what lessons had been learned from the current zoned "
                 "contracts."),
    ("let", "a", "The Director of Commissioning (Adults) explained that the zones had been too "
                 "large for some providers to cover and that, as a result, spot purchasing "
                 "outside the contracts had grown to almost 40 per cent of the hours "
                 "commissioned. The new localities were smaller and had been drawn around "
                 "travel times rather than district boundaries."),
    ("num", "4", "A Member expressed concern that the size of the lots would favour large "
                 "national companies over small local agencies, some of which had served their "
                 "communities for decades."),
    ("let", "a", "The Director of Commissioning (Adults) said that the lots had been sized "
                 "following market engagement with 63 providers, that consortium bids would be "
                 "accepted and that a third of the hours in each locality would be reserved for "
                 "framework providers, most of which were expected to be based in the county."),
    ("let", "b", "The Chief Executive of the Ockleigh Care Association added that local "
                 "providers had welcomed the reserved share but remained anxious about the cost "
                 "of preparing a bid."),
    ("num", "5", "The Vice-Chairman asked whether lead providers would be permitted to "
                 "subcontract packages of care to other agencies, and how the quality of "
                 "subcontracted care would be monitored."),
    ("let", "a", "The Director of Commissioning (Adults) confirmed that subcontracting would be "
                 "capped at 20 per cent of a lead provider\u2019s hours, that every "
                 "subcontractor would need to be registered with the Care Quality Commission "
                 "and named in the contract, and that the Council\u2019s quality assurance "
                 "team would carry out unannounced visits to subcontractors as well as to lead "
                 "providers."),
    ("let", "b", "The Vice-Chairman asked a follow-up question on what would happen if a "
                 "subcontractor was rated inadequate."),
    ("let", "c", "The Director of Commissioning (Adults) responded that the lead provider "
                 "would be required to move the packages to another provider within 28 days, "
                 "and that the Council would be able to terminate the subcontract."),
    ("num", "6", "A Member asked whether the new hourly rate would allow providers to pay care "
                 "workers for travel time between calls, noting that many care workers were on "
                 "zero-hours contracts."),
    ("let", "a", "The Executive Director for Adults, Wellbeing and Health Partnerships stated "
                 "that the specification would require providers to pay the Real Living Wage "
                 "and to pay for travel time, and that the prices submitted by bidders would be "
                 "tested against the Council\u2019s own cost of care model. Providers would "
                 "also be asked to offer guaranteed hours to any care worker who wanted them."),
    ("let", "b", "The Chief Executive of the Ockleigh Care Association stated that providers "
                 "would welcome this, provided that the rate reflected the increase in "
                 "employers\u2019 national insurance contributions."),
    ("num", "7", "Tomasz Wierzbicki asked how people who draw on care, and their unpaid carers, "
                 "had been involved in designing the new model."),
    ("let", "a", "The Director of Commissioning (Adults) explained that a reference group of 14 "
                 "people with lived experience had co-produced the outcomes in the "
                 "specification, and that two members of the group would sit on each "
                 "evaluation panel. A survey of 1,200 people receiving home-based care had also "
                 "been carried out in the spring."),
    ("num", "8", "A Member raised concern that people whose current provider was unsuccessful "
                 "would lose carers they had known for many years."),
    ("let", "a", "The Director of Commissioning (Adults) acknowledged the concern and explained "
                 "that there would be a transition period of up to 12 weeks. Where staff "
                 "transferred to a new provider under TUPE, people would usually keep the same "
                 "care workers; alternatively, people could choose to take a direct payment and "
                 "continue to use their existing agency."),
    ("num", "9", "The Vice-Chairman requested that the Select Committee be given sight of the "
                 "evaluation criteria before the invitation to tender was published."),
    ("let", "a", "The Cabinet Member agreed to share the evaluation criteria with the Chairman "
                 "and Vice-Chairman in confidence."),
    ("num", "10", "A Member commented that rural parts of the county had the fewest providers "
                 "and the longest waits for care to start, and that the new model would only "
                 "succeed if rural rounds were made viable for providers."),
    ("label", "Actions/requests for further information:"),
    ("ref", "A21/25", "The Director of Commissioning (Adults) to provide the number of hours "
                      "currently purchased outside the zoned contracts, broken down by "
                      "district."),
    ("ref", "A22/25", "The Director of Commissioning (Adults) to circulate the findings of the "
                      "spring survey of people receiving home-based care."),
    ("label", "Recommendations:"),
    ("p", "The Select Committee:"),
    ("ref", "AH 25/08", "Supports the move to smaller localities and the reservation of a share "
                        "of hours in each locality for framework providers;"),
    ("ref", "AH 25/09", "Recommends that the Cabinet Member for Adult Social Care ensures that "
                        "the contract terms require providers to pay care workers for travel "
                        "time and to offer guaranteed hours; and"),
    ("ref", "AH 25/10", "Recommends that a report on the outcome of the procurement, including "
                        "the share of hours awarded to providers based in the county and the "
                        "level of subcontracting, is brought to the Select Committee within six "
                        "months of contract award."),
    ("note", "Nicholas Thirlwell left the meeting at 11.05 am."),

    # -------------------------------------------------------------- item 6
    ("item", "43/25", "ACCESS TO NHS DENTAL SERVICES", "6"),
    ("label", "Witnesses:"),
    ("wit", "Imogen Latham, Cabinet Member for Health and Wellbeing, and Public Health"),
    ("wit", "Dr Conrad Ifield, Associate Director of Primary Care, Ockleigh Heartlands "
            "Integrated Care Board (ICB)"),
    ("wit", "Kathryn Moult, Chief Executive, Healthwatch Ockleigh"),
    ("wit", "Dr Leonie Abara, Director of Public Health"),
    ("label", "Key points raised in the discussion:"),
    ("num", "1", "The Chairman asked how many residents were currently unable to find an NHS "
                 "dentist, and whether the ICB held a waiting list."),
    ("let", "a", "The Associate Director of Primary Care explained that patients were not "
                 "registered with a dental practice in the way they were with a GP, so no "
                 "waiting list was held. However, 41 per cent of adults in the county had seen "
                 "an NHS dentist in the past two years, compared with 52 per cent before the "
                 "pandemic."),
    ("num", "2", "A Member expressed concern that four practices in the west of the county had "
                 "handed back their NHS contracts since April 2024, leaving towns such as "
                 "Fenbridge with no practice accepting new NHS patients."),
    ("let", "a", "The Associate Director of Primary Care confirmed that the activity released "
                 "by those practices, around 26,000 units of dental activity a year, had been "
                 "re-procured, and that a new practice in Fenbridge was due to open in January "
                 "2026. He added that the national dental contract did not pay practices "
                 "enough to treat patients with high needs, and that reform of the contract "
                 "was a matter for the Government."),
    ("num", "3", "A Member asked what was being done to improve the oral health of young "
                 "children, given the level of tooth decay among five-year-olds in the most "
                 "deprived parts of the county."),
    ("let", "a", "The Director of Public Health explained that supervised toothbrushing was now "
                 "offered in 46 nurseries and primary schools in the areas of greatest need, and "
                 "that free toothbrushes and toothpaste were distributed through family hubs. "
                 "Tooth decay among five-year-olds in those areas was 31 per cent, compared with "
                 "17 per cent across the county."),
    ("num", "4", "Julian Stopford-Kerr asked the Chief Executive of Healthwatch Ockleigh what "
                 "residents were telling Healthwatch about dental services."),
    ("let", "a", "The Chief Executive of Healthwatch Ockleigh said that dentistry had been the "
                 "subject most often raised with Healthwatch for three years running, and that "
                 "people frequently reported being offered private treatment when they had "
                 "asked for NHS care."),
    ("num", "5", "The Vice-Chairman queried how the urgent dental access sessions commissioned "
                 "by the ICB were being publicised, as residents had told her that they did not "
                 "know how to obtain an urgent appointment."),
    ("let", "a", "The Associate Director of Primary Care said that 7,300 urgent sessions had "
                 "been commissioned for 2025/26 and could be booked through NHS 111. He "
                 "accepted that awareness was low and undertook to work with the Council\u2019s "
                 "communications team."),
    ("num", "6", "Michael Oyelaran commented that residents of care homes found it almost "
                 "impossible to obtain a domiciliary dental visit, and that poor oral health "
                 "among care home residents was contributing to avoidable hospital "
                 "admissions."),
    ("num", "7", "A Member asked whether the ICB would consider employing salaried dentists in "
                 "areas where no practice was taking on NHS patients, rather than relying on "
                 "practices to bid for additional activity."),
    ("let", "a", "The Associate Director of Primary Care said that the community dental service "
                 "already treated children and adults with additional needs, and that the ICB "
                 "intended to pilot a salaried service in Pennock Green from April 2026. The "
                 "pilot would be evaluated before any decision was taken to extend it to other "
                 "parts of the county."),
    ("label", "Recommendations:"),
    ("p", "The Select Committee:"),
    ("ref", "AH 25/11", "Recommends that the ICB publishes, at least monthly, a list of dental "
                        "practices in the county accepting new NHS patients, and makes the list "
                        "available in libraries for residents without internet access;"),
    ("ref", "AH 25/12", "Recommends that the ICB commissions a domiciliary dental service for "
                        "care home residents in the county; and"),
    ("ref", "AH 25/13", "Asks the Chairman to write to the Secretary of State for Health and "
                        "Social Care urging reform of the NHS dental contract."),

    # -------------------------------------------------------------- item 7
    ("item", "44/25", "ADULT SOCIAL CARE ASSESSMENT WAITING TIMES", "7"),
    ("label", "Witnesses:"),
    ("wit", "Samantha Kettering, Cabinet Member for Adult Social Care"),
    ("wit", "Oliver Brandreth, Executive Director for Adults, Wellbeing and Health Partnerships"),
    ("wit", "Gareth Quennell, Director of Adult Social Care Operations"),
    ("label", "Key points raised in the discussion:"),
    ("num", "1", "The Cabinet Member for Adult Social Care introduced the report, noting that "
                 "the number of people waiting for an assessment had fallen for seven "
                 "consecutive months following the introduction of a single front door and a "
                 "duty team in each locality. She stressed that the figures were still higher "
                 "than she would wish."),
    ("num", "2", "A Member asked how many people were currently waiting for a Care Act "
                 "assessment and how long the longest had waited."),
    ("let", "a", "The Director of Adult Social Care Operations said that 1,146 people were "
                 "waiting at the end of August 2025, down from 1,630 in January, and that the "
                 "longest wait was 214 days. Waits were longest in the north-east of the county, "
                 "where two locality teams had been without a team manager for part of the "
                 "year."),
    ("num", "3", "The Vice-Chairman raised concern about waits for occupational therapy "
                 "assessments, which she said were leaving older people without the equipment "
                 "or adaptations they needed to remain safely at home."),
    ("let", "a", "The Director of Adult Social Care Operations acknowledged that occupational "
                 "therapy waits remained the Service\u2019s greatest pressure, at an average of "
                 "97 days. A trusted assessor scheme had been introduced with the Ockleigh Care "
                 "and Repair Agency so that simple equipment could be provided without a full "
                 "assessment."),
    ("num", "4", "A Member asked what progress had been made in recruiting social workers and "
                 "reducing the use of agency staff."),
    ("let", "a", "The Executive Director for Adults, Wellbeing and Health Partnerships explained "
                 "that the vacancy rate among qualified social workers had fallen from 19 per "
                 "cent to 12 per cent over the year, and that the Council\u2019s social work "
                 "academy had recruited 22 newly qualified social workers in 2025. Agency staff "
                 "now made up 9 per cent of the qualified workforce."),
    ("let", "b", "The Cabinet Member added that the academy had been shortlisted for a national "
                 "award and thanked the teams for their work."),
    ("num", "5", "Robert Penfold asked how the Council ensured that people were kept safe while "
                 "they waited for an assessment."),
    ("let", "a", "The Director of Adult Social Care Operations explained that every person "
                 "waiting was risk-rated when they first contacted the Council and was contacted "
                 "at least every six weeks, or sooner if their circumstances changed. Any "
                 "safeguarding concern was dealt with immediately and did not join the waiting "
                 "list."),
    ("num", "6", "Helen Ashcombe-Reid asked whether residents who paid for their own care were "
                 "entitled to an assessment, as constituents had been told by a care home that "
                 "the Council would not be able to help them."),
    ("let", "a", "The Director of Adult Social Care Operations confirmed that self-funders "
                 "were entitled to a needs assessment and to information and advice on the same "
                 "basis as anyone else, and that the Council would contact the care home "
                 "concerned if the Member shared the details."),
    ("num", "7", "Gwen Fothergill requested that future performance reports break the waiting "
                 "list down by locality team and by type of assessment."),
    ("label", "Recommendations:"),
    ("p", "The Select Committee:"),
    ("ref", "AH 25/14", "Notes the reduction in the number of people waiting for a Care Act "
                        "assessment since January 2025; and"),
    ("ref", "AH 25/15", "Requests that the Executive Director for Adults, Wellbeing and Health "
                        "Partnerships provides an update on occupational therapy waiting times to "
                        "the Select Committee in March 2026."),
    ("note", "The Committee adjourned at 11.48 am and reconvened at 11.56 am."),

    # -------------------------------------------------------------- item 8
    ("item", "45/25", "TOBACCO CONTROL AND YOUTH VAPING", "8"),
    ("label", "Witnesses:"),
    ("wit", "Imogen Latham, Cabinet Member for Health and Wellbeing, and Public Health"),
    ("wit", "Dr Leonie Abara, Director of Public Health"),
    ("wit", "Craig Ambrose, Trading Standards Operations Manager"),
    ("label", "Key points raised in the discussion:"),
    ("num", "1", "The Director of Public Health introduced the report and noted that adult "
                 "smoking prevalence in the county had fallen to 9.8 per cent, but that regular "
                 "vaping among 11 to 15 year olds had more than doubled since 2021."),
    ("num", "2", "The Chairman asked how many illegal vapes had been seized and what action had "
                 "been taken against retailers."),
    ("let", "a", "The Trading Standards Operations Manager said that officers had seized 18,400 "
                 "illegal vapes from 37 premises in 2024/25, mostly products with oversized "
                 "tanks or a nicotine strength above the legal limit. Test purchasing with young "
                 "volunteers had resulted in sales to under-18s at 11 of the 42 premises "
                 "tested, and two retailers had been prosecuted."),
    ("num", "3", "A Member expressed concern that shops selling vapes were opening close to "
                 "schools, and asked whether the Council could use its planning or licensing "
                 "powers to limit them."),
    ("let", "a", "The Director of Public Health explained that the Council had no licensing "
                 "powers over vape retailers at present, but that the Tobacco and Vapes Bill "
                 "would introduce a national registration scheme. The Council had responded to "
                 "the Government\u2019s consultation asking that local authorities be able to "
                 "refuse registration near schools."),
    ("num", "4", "A Member asked how the additional Government grant for stop smoking services "
                 "had been spent, and whether it was reaching the groups with the highest "
                 "smoking rates."),
    ("let", "a", "The Director of Public Health said that the additional grant of \u00a3612,000 "
                 "in 2025/26 had funded a stop smoking adviser in each of the county\u2019s "
                 "acute hospitals, a service for pregnant women and a swap to stop scheme "
                 "offering free vape starter kits to adult smokers in routine and manual "
                 "occupations and in social housing."),
    ("num", "5", "Julian Stopford-Kerr questioned whether it was right for the Council to give "
                 "free vapes to adults when it was also trying to discourage young people from "
                 "vaping."),
    ("let", "a", "The Director of Public Health responded that the evidence showed vaping to be "
                 "substantially less harmful than smoking and one of the most effective aids to "
                 "quitting. The swap to stop scheme was only open to adults who smoked, and "
                 "vapes were supplied by the stop smoking service, not sold."),
    ("let", "b", "The Cabinet Member for Health and Wellbeing, and Public Health added that the "
                 "Council\u2019s message remained \u201cif you don\u2019t smoke, don\u2019t "
                 "vape\u201d."),
    ("num", "6", "District Councillor Anjali Bhose commented that district environmental health "
                 "teams were finding large numbers of discarded single-use vapes despite the "
                 "ban which came into force in June 2025, and that a joint enforcement approach "
                 "with the district and borough councils would be welcome."),
    ("label", "Recommendations:"),
    ("p", "The Select Committee:"),
    ("ref", "AH 25/16", "Recommends that the Cabinet Member for Health and Wellbeing, and Public "
                        "Health works with district and borough councils to develop a joint "
                        "approach to enforcement against illegal vapes and vape litter; and"),
    ("ref", "AH 25/17", "Recommends that the Director of Public Health shares the evaluation of "
                        "the swap to stop scheme with the Select Committee when it is "
                        "available."),
    ("p", "The Chairman thanked the witnesses for their attendance."),

    # -------------------------------------------------------------- item 9
    ("item", "46/25", "RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME", "9"),
    ("label", "Key points raised in the discussion:"),
    ("num", "1", "A Member requested that an item on hospital discharge and the use of "
                 "short-term care home beds be added to the forward work programme for early "
                 "2026."),
    ("let", "a", "The Chairman agreed that this would be considered at the next agenda-setting "
                 "meeting."),
    ("label", "Resolved:"),
    ("p", "The Select Committee noted the recommendations tracker and forward work programme."),

    # -------------------------------------------------------------- item 10
    ("item", "47/25", "DATE OF THE NEXT MEETING", "10"),
    ("p", "The Select Committee noted that its next public meeting would be held on "
          "27 November 2025."),
    ("p", "Meeting ended at: 12.41 pm"),
    ("sign",),
]


def _add_field(run, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    # footer: page x of y, and the committee and date on the left
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    _add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    _add_field(r, "NUMPAGES")

    def para(text="", bold=False, italic=False, left=0.0, hang=0.0, space_before=0):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if left:
            pf.left_indent = Cm(left)
        if hang:
            pf.first_line_indent = Cm(-hang)
            pf.tab_stops.add_tab_stop(Cm(left))
        if space_before:
            pf.space_before = Pt(space_before)
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
        return p

    for block in MINUTES:
        kind = block[0]
        if kind == "intro":
            text = block[1]
            p = para()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            head, rest = text.split(" of the meeting of the ")
            committee, tail = rest.split(" held at ")
            p.add_run(head).bold = True
            p.add_run(" of the meeting of the ")
            p.add_run(committee).bold = True
            p.add_run(" held at " + tail)
        elif kind == "p":
            para(block[1])
        elif kind == "label":
            para(block[1], bold=True, space_before=6)
        elif kind == "member":
            _, star, text = block
            p = para(left=1.0, hang=1.0)
            p.paragraph_format.space_after = Pt(0)
            p.add_run(("*" if star else "") + "\t" + text)
        elif kind == "item":
            _, number, title, agenda = block
            p = para(left=1.6, hang=1.6, space_before=12)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(f"{number}\t{title}  [Item {agenda}]")
            run.bold = True
        elif kind == "wit":
            p = para(block[1])
            p.paragraph_format.space_after = Pt(0)
        elif kind == "num":
            _, n, text = block
            para(f"{n}.\t{text}", left=0.8, hang=0.8)
        elif kind == "let":
            _, letter, text = block
            para(f"{letter}.\t{text}", left=1.6, hang=0.8)
        elif kind == "ref":
            _, ref, text = block
            p = para(left=2.4, hang=2.4)
            p.add_run(ref).bold = True
            p.add_run("\t" + text)
        elif kind == "note":
            para(block[1], italic=True, space_before=6)
        elif kind == "sign":
            para()
            para()
            para("\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                 "\u2026\u2026\u2026\u2026\u2026\u2026")
            para("Chairman", bold=True)
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Ellis Varley"
    cp.last_modified_by = "Ellis Varley"
    cp.title = "Adults and Health Select Committee - 24 September 2025 - Minutes"
    cp.revision = 4
    cp.created = FIXED_DOCX
    cp.modified = FIXED_DOCX
    cp.last_printed = FIXED_DOCX

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# The cabinet report (PDF, not minutes)
# ---------------------------------------------------------------------------

REPORT_HEAD = [
    ("OCKLEIGH COUNTY COUNCIL", None),
    ("CABINET", None),
    ("DATE:", "28 OCTOBER 2025"),
    ("REPORT OF CABINET MEMBER:", "SAMANTHA KETTERING, CABINET MEMBER FOR ADULT SOCIAL CARE"),
    ("LEAD OFFICER:", "OLIVER BRANDRETH, EXECUTIVE DIRECTOR FOR ADULTS, WELLBEING AND HEALTH "
                      "PARTNERSHIPS"),
    ("SUBJECT:", "RE-COMMISSIONING OF HOME-BASED CARE FROM APRIL 2026"),
    ("ORGANISATION STRATEGY PRIORITY AREA:", "HELPING PEOPLE TO LIVE WELL AND INDEPENDENTLY / "
                                             "NO ONE LEFT BEHIND"),
]

REPORT_BODY = [
    ("h", "Purpose of the Report:"),
    ("p", "Home-based care supports around 4,100 adults in Ockleigh to live in their own homes. "
          "The Council's current contracts, let in 2019 on a zoned basis, expire on 31 March "
          "2026. This report sets out a new model for home-based care, developed with people "
          "who draw on care, unpaid carers and providers, and seeks approval to procure it."),
    ("h", "Recommendations:"),
    ("p", "It is recommended that Cabinet:"),
    ("n", "1.", "Approves the procurement of home-based care on the basis of 11 localities, each "
                "with a lead provider and a framework of additional providers, as set out in "
                "paragraphs 4 to 7, for a period of five years with an option to extend for up "
                "to three further years."),
    ("n", "2.", "Agrees that one third of the hours in each locality is reserved for framework "
                "providers."),
    ("n", "3.", "Delegates authority to the Executive Director for Adults, Wellbeing and Health "
                "Partnerships, in consultation with the Cabinet Member for Adult Social Care and "
                "the Director of Finance, to award the contracts following the procurement."),
    ("h", "Reason for Recommendations:"),
    ("p", "The recommended model addresses the weaknesses of the current contracts, gives "
          "smaller providers a fair opportunity to compete, and embeds the outcomes that people "
          "who draw on care told us matter most to them. It also allows the Council to meet its "
          "duty under the Care Act 2014 to promote a diverse and sustainable care market."),
    ("h", "Executive Summary:"),
    ("h2", "Background"),
    ("n", "1.", "Under the current arrangements the county is divided into six zones. The zones "
                "proved too large for many providers to cover reliably, and the Council has "
                "increasingly had to buy care outside the contracts: in 2024/25 spot purchases "
                "made up 38% of the 61,000 hours commissioned each week, at an average rate "
                "£2.40 an hour higher than the contracted rate."),
    ("n", "2.", "People in rural areas wait longest for care to start. In the west of the county "
                "the median wait between a package being agreed and the first visit was 11 days "
                "in 2024/25, compared with 3 days in Redstone."),
    ("n", "3.", "Care worker turnover among contracted providers was 31% last year. Providers "
                "report that unpaid travel time and uncertain hours are the main reasons staff "
                "leave."),
    ("h2", "The proposed model"),
    ("n", "4.", "The county will be divided into 11 localities drawn around travel times. In "
                "each locality a lead provider will be responsible for accepting all new "
                "packages within 48 hours, with framework providers taking up to one third of "
                "hours."),
    ("n", "5.", "Lead providers may subcontract no more than 20% of their hours. All "
                "subcontractors must be registered with the Care Quality Commission, named in the "
                "contract and approved by the Council."),
    ("n", "6.", "Providers will be required to pay at least the Real Living Wage, to pay for "
                "travel time between calls and to offer guaranteed hours contracts to care "
                "workers who want them."),
    ("n", "7.", "Bids will be evaluated 60% on quality and 40% on price. Quality questions will "
                "be scored in part by members of the Lived Experience Reference Group."),
    ("h2", "Adults and Health Select Committee"),
    ("n", "8.", "The Adults and Health Select Committee considered the proposals on 24 "
                "September 2025. Members asked how the quality of subcontracted care would be "
                "monitored, whether the hourly rate would allow providers to pay for travel "
                "time, and what would happen to people whose provider was unsuccessful. The "
                "Committee's recommendations and the responses to them are set out below."),
]

SELECT_TABLE = [
    ("Ref.", "Select Committee recommendation", "Response"),
    ("AH 25/08", "Supports the move to smaller localities and the reserved share of hours for "
                 "framework providers.", "Noted. Recommendation 2 of this report gives effect "
                 "to the reserved share."),
    ("AH 25/09", "Contract terms to require payment for travel time and the offer of guaranteed "
                 "hours.", "Accepted. Both are mandatory requirements of the specification "
                 "(paragraph 6)."),
    ("AH 25/10", "A report on the outcome of the procurement to come to the Select Committee "
                 "within six months of award.", "Accepted. A report will be scheduled for the "
                 "Committee's meeting in September 2026."),
]

REPORT_BODY_2 = [
    ("h", "Consultation:"),
    ("n", "9.", "Between March and June 2025 the Council surveyed people receiving home-based "
                "care (1,214 responses), held eight events for unpaid carers and met 63 providers "
                "through market engagement. The Lived Experience Reference Group of 14 people "
                "co-produced the outcomes in the specification. The main points raised, and how "
                "the model responds, are summarised below."),
]

YOU_SAID = [
    ("You said", "We did"),
    ("\"Will I keep the same carers if my agency does not win a contract?\"",
     "There will be a transition period of up to 12 weeks. Where care workers transfer to a "
     "new provider, people will usually keep them. People may also take a direct payment and "
     "stay with their current agency."),
    ("\"Why does it take so long to get care in the villages?\"",
     "Localities have been drawn around travel times, and lead providers must accept every new "
     "package in their locality."),
    ("\"Carers never know who is coming or when.\"",
     "The specification requires a named care worker for each person and a rota shared at "
     "least one week in advance."),
    ("\"How will you know if a provider is doing a bad job?\"",
     "Quality visits, including unannounced visits, will cover subcontractors as well as lead "
     "providers, and feedback from people who draw on care will form part of every contract "
     "review."),
]

REPORT_BODY_3 = [
    ("h", "Risk Management and Implications:"),
    ("n", "10.", "The main risks are that too few providers bid for some rural localities and "
                 "that prices exceed the budget. Both are mitigated by the reserved share for "
                 "framework providers, which gives smaller providers a route into the market, "
                 "and by testing prices against the Council's cost of care model."),
    ("h", "Financial and Value for Money Implications:"),
    ("n", "11.", "The estimated annual value of the contracts is £74.6m, within the 2026/27 "
                 "budget for home-based care of £76.2m set out in the Medium Term Financial "
                 "Strategy. Reducing spot purchasing is expected to save around £1.9m a year by "
                 "2027/28."),
    ("h", "Section 151 Officer Commentary:"),
    ("n", "12.", "The Section 151 Officer supports the recommendations. Any award above the "
                 "budget envelope would need to be reported back to Cabinet."),
    ("h", "Legal Implications - Monitoring Officer:"),
    ("n", "13.", "The procurement will be carried out under the Procurement Act 2023. The "
                 "Health Care Services (Provider Selection Regime) Regulations 2023 do not "
                 "apply, as home-based care is a social care service. TUPE is likely to apply "
                 "where care workers transfer between providers."),
    ("h", "Equalities and Diversity:"),
    ("n", "14.", "An Equality Impact Assessment is attached as Annex 2. It identifies positive "
                 "impacts for older and disabled residents and for care workers, most of whom "
                 "are women."),
    ("h", "What Happens Next:"),
    ("b", "November 2025: invitation to tender published."),
    ("b", "February 2026: evaluation and moderation, including members of the Lived Experience "
          "Reference Group."),
    ("b", "March 2026: contract award by the Executive Director under delegated authority."),
    ("b", "April to June 2026: transition of packages to the new contracts."),
    ("sp", ""),
    ("kv", "Report Author:", "Fiona Lanyon, Director of Commissioning (Adults), 01632 960418"),
    ("kv", "Consulted:", "Cabinet Member for Adult Social Care; Director of Finance; Head of "
                         "Legal Services; Lived Experience Reference Group; Ockleigh Care "
                         "Association; Adults and Health Select Committee."),
    ("kv", "Annexes:", "Annex 1 - Service specification (summary); Annex 2 - Equality Impact "
                       "Assessment."),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_title("Cabinet 28 October 2025 - Re-commissioning of Home-Based Care")
    pdf.set_author("Ockleigh County Council")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    for label, value in REPORT_HEAD:
        if value is None:
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(0, 7, label, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(62, 5.5, label, align="L", new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(width - 62, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)

    def run(blocks):
        for block in blocks:
            kind = block[0]
            if kind == "h":
                if pdf.get_y() > pdf.h - 45:
                    pdf.add_page()
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(width, 6, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font("Helvetica", "BU", 10)
                pdf.multi_cell(width, 6, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "n":
                pdf.set_font("Helvetica", "", 10)
                pdf.cell(10, 5, block[1])
                pdf.multi_cell(width - 10, 5, block[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("Helvetica", "", 10)
                pdf.cell(10, 5, "-", align="C")
                pdf.multi_cell(width - 10, 5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "sp":
                pdf.ln(3)
            elif kind == "kv":
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(35, 5, block[1], new_x="RIGHT", new_y="TOP")
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(width - 35, 5, block[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            else:
                raise ValueError(kind)

    def table(rows, widths):
        pdf.set_font("Helvetica", "", 9)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6,
                       first_row_as_headings=True) as t:
            for row in rows:
                r = t.row()
                for cell in row:
                    r.cell(cell)
        pdf.ln(3)

    run(REPORT_BODY)
    table(SELECT_TABLE, (18, 70, 82))
    run(REPORT_BODY_2)
    table(YOU_SAID, (70, 100))
    run(REPORT_BODY_3)

    path.write_bytes(bytes(pdf.output()))


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


DCA = "Director of Commissioning (Adults)"
EXD = "Executive Director for Adults, Wellbeing and Health Partnerships"
ADPC = "Associate Director of Primary Care"
DPH = "Director of Public Health"
DASC = "Director of Adult Social Care Operations"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Select Committee",
    "meeting_date": "2025-09-24",
    "items": [
        {"number": "38/25", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "39/25", "title": "MINUTES OF THE PREVIOUS MEETING: 10 JULY 2025"},
        {"number": "40/25", "title": "DECLARATIONS OF INTEREST"},
        {"number": "41/25", "title": "QUESTIONS AND PETITIONS"},
        {"number": "42/25", "title": "RE-COMMISSIONING OF HOME-BASED CARE"},
        {"number": "43/25", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "44/25", "title": "ADULT SOCIAL CARE ASSESSMENT WAITING TIMES"},
        {"number": "45/25", "title": "TOBACCO CONTROL AND YOUTH VAPING"},
        {"number": "46/25", "title": "RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME"},
        {"number": "47/25", "title": "DATE OF THE NEXT MEETING"},
    ],
    "questions": [
        # 41/25 questions and petitions
        q("41/25", "question",
          "why the Council did not publish the hourly rate it paid",
          "Mr Fairweather",
          "rates agreed with individual providers were commercially sensitive",
          "Cabinet Member for Adult Social Care", ["finance", "subcontracting"]),
        # 42/25 home-based care
        q("42/25", "question",
          "asked what lessons had been learned from the current zoned contracts",
          "Chairman",
          "spot purchasing outside the contracts had grown to almost 40 per cent",
          DCA, ["subcontracting"]),
        q("42/25", "concern",
          "would favour large national companies over small local agencies",
          None,
          "the lots had been sized following market engagement with 63 providers",
          DCA, ["privatisation", "subcontracting"]),
        q("42/25", "question",
          "asked whether lead providers would be permitted to subcontract packages of care",
          "Vice-Chairman",
          "subcontracting would be capped at 20 per cent of a lead provider's hours",
          DCA, ["subcontracting", "governance", "adult-social-care"]),
        q("42/25", "question",
          "asked a follow-up question on what would happen if a subcontractor was rated inadequate",
          "Vice-Chairman",
          "required to move the packages to another provider within 28 days",
          DCA, ["subcontracting", "governance"]),
        q("42/25", "question",
          "asked whether the new hourly rate would allow providers to pay care workers",
          None,
          "the specification would require providers to pay the Real Living Wage",
          EXD, ["workforce", "finance"]),
        q("42/25", "question",
          "asked how people who draw on care, and their unpaid carers, had been involved",
          "Tomasz Wierzbicki",
          "a reference group of 14 people with lived experience had co-produced the outcomes",
          DCA, ["patient-and-public-input", "adult-social-care"]),
        q("42/25", "concern",
          "people whose current provider was unsuccessful would lose carers they had known",
          None,
          "there would be a transition period of up to 12 weeks",
          DCA, ["adult-social-care", "workforce"]),
        q("42/25", "request",
          "be given sight of the evaluation criteria before the invitation to tender",
          "Vice-Chairman",
          "agreed to share the evaluation criteria with the Chairman and Vice-Chairman in confidence",
          "Cabinet Member", ["subcontracting", "governance"]),
        q("42/25", "comment",
          "rural parts of the county had the fewest providers and the longest waits",
          None, None, None, []),
        # 43/25 dentistry
        q("43/25", "question",
          "asked how many residents were currently unable to find an NHS dentist",
          "Chairman",
          "patients were not registered with a dental practice in the way they were",
          ADPC, ["primary-care"]),
        q("43/25", "concern",
          "four practices in the west of the county had handed back their NHS contracts",
          None,
          "around 26,000 units of dental activity a year, had been re-procured",
          ADPC, ["primary-care", "subcontracting"]),
        q("43/25", "question",
          "asked what was being done to improve the oral health of young children",
          None,
          "supervised toothbrushing was now offered in 46 nurseries and primary schools",
          DPH, ["public-health", "children-and-families", "primary-care"]),
        q("43/25", "question",
          "what residents were telling Healthwatch about dental services",
          "Julian Stopford-Kerr",
          "dentistry had been the subject most often raised with Healthwatch",
          "Chief Executive of Healthwatch Ockleigh",
          ["patient-and-public-input", "primary-care"]),
        q("43/25", "question",
          "queried how the urgent dental access sessions commissioned by the ICB were being publicised",
          "Vice-Chairman",
          "accepted that awareness was low and undertook to work with the Council's communications team",
          ADPC, ["primary-care"]),
        q("43/25", "comment",
          "residents of care homes found it almost impossible to obtain a domiciliary dental visit",
          "Michael Oyelaran", None, None, ["primary-care", "adult-social-care"]),
        q("43/25", "question",
          "asked whether the ICB would consider employing salaried dentists in areas",
          None,
          "the ICB intended to pilot a salaried service in Pennock Green from April 2026",
          ADPC, ["primary-care", "workforce"]),
        # 44/25 assessment waiting times
        q("44/25", "question",
          "how many people were currently waiting for a Care Act assessment",
          None,
          "1,146 people were waiting at the end of August 2025",
          DASC, ["adult-social-care"]),
        q("44/25", "concern",
          "raised concern about waits for occupational therapy assessments",
          "Vice-Chairman",
          "occupational therapy waits remained the Service's greatest pressure, at an average of 97 days",
          DASC, ["adult-social-care"]),
        q("44/25", "question",
          "what progress had been made in recruiting social workers",
          None,
          "the vacancy rate among qualified social workers had fallen from 19 per",
          EXD, ["workforce", "adult-social-care"]),
        q("44/25", "question",
          "asked how the Council ensured that people were kept safe while they waited",
          "Robert Penfold",
          "every person waiting was risk-rated when they first contacted the Council",
          DASC, ["adult-social-care"]),
        q("44/25", "question",
          "asked whether residents who paid for their own care were entitled to an assessment",
          "Helen Ashcombe-Reid",
          "self-funders were entitled to a needs assessment and to information and advice",
          DASC, ["adult-social-care"]),
        q("44/25", "request",
          "break the waiting list down by locality team and by type of assessment",
          "Gwen Fothergill", None, None, []),
        # 45/25 tobacco and vaping
        q("45/25", "question",
          "how many illegal vapes had been seized and what action had been taken",
          "Chairman",
          "officers had seized 18,400 illegal vapes from 37 premises in 2024/25",
          "Trading Standards Operations Manager", ["public-health"]),
        q("45/25", "concern",
          "shops selling vapes were opening close to schools",
          None,
          "the Council had no licensing powers over vape retailers at present",
          DPH, ["public-health", "children-and-families"]),
        q("45/25", "question",
          "how the additional Government grant for stop smoking services had been spent",
          None,
          "the additional grant of £612,000 in 2025/26 had funded a stop smoking adviser",
          DPH, ["public-health", "finance"]),
        q("45/25", "question",
          "questioned whether it was right for the Council to give free vapes to adults",
          "Julian Stopford-Kerr",
          "vaping to be substantially less harmful than smoking",
          DPH, ["public-health", "children-and-families"]),
        q("45/25", "comment",
          "district environmental health teams were finding large numbers of discarded single-use vapes",
          "District Councillor Anjali Bhose", None, None, ["public-health"]),
        # 46/25 work programme
        q("46/25", "request",
          "an item on hospital discharge and the use of short-term care home beds",
          None,
          "this would be considered at the next agenda-setting meeting",
          "Chairman", ["adult-social-care"]),
    ],
    "resolutions": [
        res("39/25", "The minutes were agreed as a true and accurate record", "agreed", []),
        res("42/25", "ensures that the contract terms require providers to pay care workers",
            "recommended", ["subcontracting", "workforce"]),
        res("43/25", "publishes, at least monthly, a list of dental practices in the county",
            "recommended", ["primary-care"]),
        res("44/25", "provides an update on occupational therapy waiting times to the Select Committee",
            "agreed", ["adult-social-care"]),
        res("45/25", "works with district and borough councils to develop a joint approach",
            "recommended", ["public-health"]),
        res("46/25", "noted the recommendations tracker and forward work programme", "noted", []),
        res("47/25", "noted that its next public meeting would be held on", "noted", []),
    ],
    "attendees": [
        att("Alasdair Penhaligon", "Chairman", "present"),
        att("Rosalind Okonjo-Hart", "Vice-Chairman", "present"),
        att("Helen Ashcombe-Reid", None, "present"),
        att("Carol Dimmock", None, "absent"),
        att("Gwen Fothergill", None, "present"),
        att("Michael Oyelaran", None, "present"),
        att("Bernadette Quarrie", None, "apologies"),
        att("Julian Stopford-Kerr", None, "present"),
        att("Nicholas Thirlwell", None, "present"),
        att("Tomasz Wierzbicki", None, "present"),
        att("Borough Councillor Ruth Mallory", "Brookmere Borough Council",
            "present"),
        att("Borough Councillor Stephen Haverill",
            "Tanner\u2019s Vale Borough Council", "apologies"),
        att("District Councillor Anjali Bhose", "Wendlecote District Council",
            "present"),
        att("Robert Penfold", None, "present"),
        att("Samantha Kettering", "Cabinet Member for Adult Social Care", "in_attendance"),
        att("Oliver Brandreth", EXD, "in_attendance"),
        att("Fiona Lanyon", DCA, "in_attendance"),
        att("Marguerite Sallis", "Chief Executive, Ockleigh Care Association", "in_attendance"),
        att("Imogen Latham", "Cabinet Member for Health and Wellbeing, and Public Health",
            "in_attendance"),
        att("Dr Conrad Ifield",
            "Associate Director of Primary Care, Ockleigh Heartlands Integrated Care Board (ICB)",
            "in_attendance"),
        att("Kathryn Moult", "Chief Executive, Healthwatch Ockleigh", "in_attendance"),
        att("Dr Leonie Abara", DPH, "in_attendance"),
        att("Gareth Quennell", DASC, "in_attendance"),
        att("Craig Ambrose", "Trading Standards Operations Manager", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
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
    for gold_path in sorted(GOLD.glob("qv-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
