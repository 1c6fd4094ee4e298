#!/usr/bin/env python3
"""Build the "qq-" documents of round 230 and their gold annotations.

Usage:  build_qq.py           build documents/qq-* and gold/qq-*.json
        build_qq.py --check   verify every gold phrase occurs once in its document

The minutes are an outer London borough's Word minutes made from the council's
template: the title block and the attendance sit in floating Word text boxes at the top
of the first page (DrawingML with a VML fallback, as Word writes them), item headings
use Heading 1 with Word's automatic numbering, bullets come from a Word list, and the
"Resolved:" clauses are numbered by hand.  The second document is a consultation
response letter from the sub-committee's Chair to an (invented) integrated care board.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qq-farrowmead-health-adult-services-scrutiny-sub-committee-2025-11-12.docx"
LETTER_NAME = "qq-farrowmead-consultation-response-urgent-treatment-centre-2025-12-19.docx"

COMMITTEE = "Health and Adult Services Scrutiny Sub-Committee"

FIXED_MINUTES = dt.datetime(2025, 11, 19, 10, 42, 0)
FIXED_LETTER = dt.datetime(2025, 12, 19, 9, 15, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

# ---------------------------------------------------------------------------
# The minutes: first-page text boxes
# ---------------------------------------------------------------------------
# Each text-box paragraph is a list of (text, bold) runs, with optional paragraph size.

TITLE_BOX = [
    ([("LONDON BOROUGH OF FARROWMEAD", True)], 18, "right"),
    ([("Minutes", True)], 36, "left"),
    ([(COMMITTEE, True)], 28, "left"),
    ([("Date: ", True), ("Wednesday 12 November 2025", False)], 22, "left"),
    ([("Venue: ", True), ("Council Chamber, Farrowmead Town Hall, Kingsway Parade, "
                          "Farrowmead FM1 4QT", False)], 22, "left"),
]

ATTEND_BOX = [
    ([("Attendees (in person):", True)], 22, "left"),
    ([("Councillors: ", True),
      ("R Okonkwo-Hale (Chair), D Pemberton (Vice-Chair), H Brightwell, A Castellano, "
       "S Nadarajah and T Quigley-Marsh", False)], 22, "left"),
    ([("Co-opted member (non-voting): ", True),
      ("B Lyddon (Farrowmead Carers\u2019 Forum)", False)], 22, "left"),
    ([("Also present: ", True),
      ("Councillor F Delacroix (Cabinet Member for Health and Adult Services)", False)],
     22, "left"),
    ([("Officers: ", True),
      ("Kwame Ashdown \u2013 Strategic Director, Adults and Public Health; "
       "Dr Imogen Tarrant \u2013 Director of Public Health; "
       "Nicola Varga \u2013 Assistant Director, Commissioning and Market Development; "
       "Gareth Penhallow \u2013 Head of Trading Standards and Licensing; "
       "Sunita Ramsaran \u2013 Scrutiny Review Officer; "
       "Liam Corrigan \u2013 Democratic Services Officer", False)], 22, "left"),
    ([("Guests: ", True),
      ("Elspeth Morrow \u2013 Borough Director (Farrowmead), NHS Riverlea Integrated Care "
       "Board (items 4, 5 and 8); "
       "Dr Haroon Qadir \u2013 Clinical Director, Riverlea Community Dental Service (item 5); "
       "Marcus Fenwick-Lowe \u2013 Managing Director, Kestrel Urgent Care Ltd (item 8); "
       "Priya Lanchester \u2013 Chief Executive, Healthwatch Farrowmead (item 8)", False)],
     22, "left"),
    ([("Attendees (virtual):", True)], 22, "left"),
    ([("Councillor M Fairweather; "
       "Joanna Whitlock \u2013 Head of Primary Care Commissioning (Dental), NHS Riverlea "
       "Integrated Care Board (item 5)", False)], 22, "left"),
    ([("Apologies: ", True), ("Councillors K Ashworth-Bile and J Oduya", False)], 22, "left"),
]

# ---------------------------------------------------------------------------
# The minutes: body
# ---------------------------------------------------------------------------
# ("h", title)       Heading 1, numbered automatically by Word
# ("p", text)        Normal paragraph
# ("b", text)        bulleted (Word list)
# ("lbl", text)      bold paragraph ("Resolved:")
# ("cl", num, text)  a hand-numbered clause, indented with a hanging tab
# ("quote", text)    indented italic paragraph
# ("run", [(text, bold), ...])  mixed runs in one paragraph

BODY = [
    ("h", "Apologies for Absence and Declarations of Interest"),
    ("p", "Apologies for absence were received from Councillors Ashworth-Bile and Oduya. "
          "Councillor Fairweather attended the meeting virtually and was therefore not able "
          "to vote on any matter."),
    ("p", "Councillor Brightwell declared a non-pecuniary interest in item 6, Re-procurement "
          "of the Home Care Framework, as her mother received a package of home care from a "
          "provider on the current framework. She remained in the room and took part in "
          "the discussion."),
    ("p", "Councillor Nadarajah declared a non-pecuniary interest in item 5, as a governor "
          "of Ferrisdown Park Primary School, which was taking part in the supervised "
          "toothbrushing programme."),

    ("h", "Urgent Matters"),
    ("p", "There were none."),
    ("p", "The Chair informed the Sub-Committee that the Adult Social Care Charging Policy "
          "Review, which had been provisionally scheduled for this meeting on the work "
          "programme, was not ready for consideration as the results of the public "
          "consultation, which had closed on 31 October, were still being analysed."),
    ("lbl", "Resolved:"),
    ("p", "That consideration of the Adult Social Care Charging Policy Review be deferred "
          "to the meeting on 21 January 2026."),

    ("h", "Minutes"),
    ("lbl", "Resolved:"),
    ("p", "That the minutes of the meeting held on 17 September 2025 be agreed as a true "
          "and correct record, subject to the spelling of Councillor Castellano\u2019s name "
          "being corrected in minute 6."),
    ("p", "Matters arising: Sunita Ramsaran, Scrutiny Review Officer, reported that all of "
          "the actions from the previous meeting had been completed, apart from the "
          "briefing note on the falls prevention service, which would be circulated "
          "before Christmas."),

    ("h", "Public Questions"),
    ("p", "One question had been received from a member of the public in accordance with "
          "the Sub-Committee\u2019s procedure for public questions. The Chair reminded the "
          "meeting that the questioner could ask one supplementary question."),
    ("run", [("Question from Ms Gwendolyn Tapsell, Sallowholt resident:", True)]),
    ("quote", "\u201cThe Sallowholt Lane branch surgery closed in August with only four weeks\u2019 "
              "notice. What assessment did the ICB make of the effect on older patients who "
              "now have to travel to the main surgery in Wenlow Cross, and why was no public "
              "meeting held before the decision was taken?\u201d"),
    ("run", [("Response from Elspeth Morrow, Borough Director (Farrowmead), NHS Riverlea "
              "Integrated Care Board:", True)]),
    ("quote", "\u201cThe practice applied to close its branch surgery because it had been "
              "unable to recruit a second GP partner and the Sallowholt Lane building no longer "
              "met infection control standards. The ICB\u2019s primary care commissioning "
              "committee approved the application in July, after the practice had written to "
              "all 3,900 registered patients and carried out a survey, to which 612 patients "
              "responded. An equality impact assessment was completed and is published on the "
              "ICB\u2019s website. The ICB accepts that the notice period was shorter than it "
              "would have wished, and has asked the practice to offer home visits to patients "
              "who are housebound and a telephone booking line for those who do not use the "
              "online system.\u201d"),
    ("p", "Supplementary question: Ms Tapsell asked whether the ICB would fund a community "
          "transport link between Sallowholt and Wenlow Cross, as the 417 bus ran only every "
          "40 minutes."),
    ("p", "Response: Elspeth Morrow said that the ICB did not fund transport but would "
          "raise it with the council\u2019s transport team and with the practice\u2019s "
          "patient participation group, and would write to Ms Tapsell with the outcome."),

    ("h", "Access to NHS Dentistry and the Community Dental Service"),
    ("p", "Elspeth Morrow, Borough Director (Farrowmead), NHS Riverlea Integrated Care Board "
          "(ICB), introduced the report, which had been prepared in response to the "
          "Sub-Committee\u2019s request in March 2025 for an update on the dental recovery "
          "plan. Joanna Whitlock, Head of Primary Care Commissioning (Dental), gave a "
          "presentation and highlighted the following points:"),
    ("b", "29 general dental practices held NHS contracts in the borough, two fewer than "
          "in April 2023;"),
    ("b", "41.6% of adults had seen an NHS dentist in the previous 24 months, compared with "
          "a London average of 44.9%, and 56.2% of children in the previous 12 months;"),
    ("b", "the ICB had commissioned 7,400 additional urgent care appointments in 2025/26 "
          "through its urgent dental care scheme, of which 5,150 had been used by the end of "
          "September;"),
    ("b", "the new patient premium introduced nationally in March 2024 had not been taken "
          "up by practices as widely as had been expected; and"),
    ("b", "the community dental service, provided by Riverlea Community Healthcare NHS "
          "Trust, continued to see children and adults with additional needs who could not "
          "be treated in a high street practice."),
    ("p", "Dr Haroon Qadir, Clinical Director, Riverlea Community Dental Service, explained "
          "that the service had 1,180 children on its waiting list, of whom 312 were waiting "
          "for treatment under general anaesthetic, and that most referrals came from "
          "general dental practices and from the school nursing service."),
    ("p", "Cllr Castellano asked how many practices in the borough were currently accepting "
          "new adult NHS patients. Joanna Whitlock (ICB) replied that at the end of October "
          "only four of the 29 practices had been accepting new adult patients, all of them "
          "in the north of the borough, and that the position changed from week to week as "
          "practices used up their contracted activity."),
    ("p", "Cllr Brightwell expressed concern about the length of time children were waiting "
          "for dental extractions under general anaesthetic, which she understood to be more "
          "than nine months. Dr Qadir confirmed that the median wait was 38 weeks, against a "
          "target of 18 weeks, because the service had lost one of its two theatre lists at "
          "Farrowmead General Hospital in the spring. A second list had been secured from "
          "January 2026, which was expected to bring waits down to around 20 weeks by the "
          "summer."),
    ("p", "Cllr Nadarajah asked why dental practices were handing back NHS contracts or "
          "reducing their NHS work. Joanna Whitlock said that the main reason given by "
          "practices was that the payment for a unit of dental activity (UDA) did not cover "
          "the cost of complex treatment, and that the ICB had raised its minimum UDA value "
          "to \u00a331.50 from April 2025 using its local flexibilities. Reform of the national "
          "contract was a matter for the government."),
    ("p", "The Vice-Chair asked whether residents from neighbouring boroughs were using the "
          "urgent dental appointments commissioned for Farrowmead. Joanna Whitlock explained "
          "that the appointments were commissioned across the ICB area and could be booked "
          "by anyone through NHS 111, so it was not possible to reserve them for Farrowmead "
          "residents; around 62% had been used by people with a Farrowmead postcode."),
    ("p", "B Lyddon commented that carers of people who were housebound often did not know "
          "that the community dental service could visit people at home, and that several "
          "members of the Carers\u2019 Forum had been told by high street practices that there "
          "was no such service. Dr Qadir said that domiciliary visits were available on "
          "referral from a GP, dentist or social worker, and agreed to provide leaflets for "
          "the Carers\u2019 Forum. (Action: Dr Qadir)"),
    ("p", "Cllr Quigley-Marsh requested that a list of practices accepting new NHS patients "
          "be kept on the council\u2019s website and updated monthly, as residents did not "
          "trust the national search tool, which was often out of date. Elspeth Morrow "
          "agreed that the ICB would send an updated list to the council\u2019s communications "
          "team on the first working day of each month. (Action: Elspeth Morrow)"),
    ("p", "The Chair asked what was being done to prevent tooth decay in young children, "
          "given that the borough\u2019s 2024 survey of five-year-olds had found that 27% had "
          "visible decay. Dr Tarrant, Director of Public Health, explained that the council "
          "funded a supervised toothbrushing programme which was now running in 46 nurseries "
          "and primary schools, mainly in the wards with the highest levels of decay, and "
          "that fluoride varnish was being offered through the family hubs."),
    ("lbl", "Resolved:"),
    ("p", "That the Sub-Committee:"),
    ("cl", "i.", "noted the report and presentation; and"),
    ("cl", "ii.", "requested that the ICB provide a further update in March 2026 on access to "
                  "NHS dentistry, including waiting times for treatment under general "
                  "anaesthetic."),

    ("h", "Re-procurement of the Home Care Framework"),
    ("p", "Councillor Delacroix, Cabinet Member for Health and Adult Services, introduced the "
          "report, which was due to be considered by Cabinet on 10 December 2025, and "
          "welcomed the opportunity for pre-decision scrutiny."),
    ("p", "Nicola Varga, Assistant Director, Commissioning and Market Development, explained "
          "that the current home care framework, which had been let in 2020 for four years "
          "and extended for one, would expire on 31 March 2026. Around 1,350 residents "
          "received home care arranged by the council, at a cost of \u00a329.6m a year. The "
          "report proposed a new framework of up to 24 providers working in four "
          "geographical zones, with a lead provider in each zone, for five years with an "
          "option to extend for up to two further years, at an estimated total value of "
          "\u00a3212m. The council\u2019s ethical care charter would be written into the "
          "contract."),
    ("p", "Kwame Ashdown, Strategic Director, Adults and Public Health, added that the home "
          "care market in Farrowmead had become more stable since the pandemic: the number of "
          "hours of care that could not be placed within seven days had fallen from 2,100 a "
          "week in January 2023 to fewer than 150 a week in September 2025, and the number of "
          "people waiting in hospital for a package of care had halved over the same period. "
          "The proposed zones had been drawn so that each contained a similar number of "
          "people receiving care and a mix of town centre and suburban wards."),
    ("p", "In the discussion that followed, the following points were raised:"),
    ("b", "Cllr Pemberton asked how many providers on the current framework subcontracted "
          "packages to other agencies. Nicola Varga said that three of the fourteen "
          "providers had subcontracted some packages, usually at short notice when they "
          "could not staff a package, and that under the new contract subcontracting would "
          "not be allowed without the council\u2019s written consent."),
    ("b", "Cllr Brightwell was concerned that a zoned model with a lead provider in each "
          "zone would squeeze out small local agencies, some of which had provided care in "
          "the borough for many years. The Cabinet Member responded that providers which "
          "were not lead providers could still join the framework as zone providers, and "
          "that the market engagement events in July had been attended by 31 agencies, 19 "
          "of them based in the borough."),
    ("b", "Cllr Fairweather asked whether care workers would be paid the London Living Wage "
          "and for their travel time between calls. Nicola Varga confirmed that both would "
          "be contract requirements, that the council\u2019s hourly rate for 2025/26 was "
          "\u00a324.10, and that providers would have to offer a guaranteed hours contract to "
          "any care worker who asked for one."),
    ("b", "Cllr Castellano asked how people who used home care, and their carers, had been "
          "involved in designing the new service specification. Nicola Varga explained that "
          "a co-production group of eleven people who used home care or cared for someone "
          "who did had met six times since February, and that 214 people had responded to a "
          "survey. The group had asked for the same care workers wherever possible and for "
          "no call to be shorter than 30 minutes, and both had been included."),
    ("b", "B Lyddon asked what would happen to people whose current provider was not "
          "successful, and whether they would lose their regular care workers. It was "
          "explained that staff would be expected to transfer under TUPE where a package "
          "moved to a new provider, and that people who received direct payments could "
          "choose to stay with their current agency."),
    ("b", "Cllr Quigley-Marsh asked whether the council had considered bringing home care "
          "back in-house, as some other councils had done. The Cabinet Member said that an "
          "in-house option had been looked at in the options appraisal at appendix 2 but "
          "would cost an estimated \u00a34.8m a year more, mainly because of pension and "
          "employment costs, and was not affordable in the council\u2019s current financial "
          "position. The council\u2019s in-house reablement team would be kept."),
    ("b", "The Chair asked how the quality of care would be monitored once the framework was "
          "in place. Nicola Varga said that the council\u2019s quality assurance team would "
          "visit every provider at least once a year, that any provider rated inadequate by "
          "the Care Quality Commission would be suspended from receiving new packages, and "
          "that feedback from people who used the service would be discussed at the "
          "quarterly contract review meetings."),
    ("b", "Cllr Pemberton commented that the evaluation should give more weight to quality "
          "than the 60/40 split between quality and price proposed in the report, given the "
          "problems experienced with two providers during the current framework."),
    ("lbl", "Resolved:"),
    ("p", "That the Sub-Committee:"),
    ("cl", "i.", "noted the report; and"),
    ("cl", "ii.", "agreed to RECOMMEND to Cabinet that the evaluation of tenders for the new "
                  "home care framework be weighted 70% quality and 30% price, and that "
                  "providers be required to report any subcontracting of packages to the "
                  "council each quarter."),

    ("h", "Youth Vaping: Enforcement and Prevention"),
    ("p", "Gareth Penhallow, Head of Trading Standards and Licensing, and Dr Imogen Tarrant, "
          "Director of Public Health, presented the report. The sale of single-use vapes had "
          "been banned since 1 June 2025. In the twelve months to September, trading "
          "standards officers had carried out 88 test purchases with volunteers aged 15 and "
          "16, and 23 shops (26%) had sold to them. A total of 6,412 illegal vapes had been "
          "seized. The council\u2019s most recent schools health survey had found that 14% of "
          "Year 10 pupils currently vaped, compared with 9% in 2022."),
    ("p", "Dr Tarrant outlined the prevention work being carried out alongside enforcement:"),
    ("b", "a campaign for 11 to 17 year olds, \u201cNot Your Habit\u201d, had run on social "
          "media and in bus shelters near schools from September;"),
    ("b", "all secondary schools had been offered a lesson plan and assembly materials, and "
          "twelve of the fifteen had used them;"),
    ("b", "school nurses had been trained to give brief advice to pupils who wanted to stop "
          "vaping; and"),
    ("b", "the stop smoking service continued to offer a free vape starter kit to adult "
          "smokers who wanted to quit, in line with national guidance."),
    ("p", "Cllr Nadarajah asked what action was taken against shops which failed a test "
          "purchase. Gareth Penhallow said that a first failure led to a warning and an "
          "advice visit, and a second to prosecution, and that four premises had been "
          "referred to the Licensing Sub-Committee for a review of their premises licence."),
    ("p", "Concern was expressed by Cllr Quigley-Marsh about the number of vape shops that "
          "had opened close to secondary schools, particularly on Pellow High Street, "
          "where there were now seven. It was explained that the council had no power to "
          "refuse a shop on the grounds of the products it sold, but that planning and "
          "licensing officers were working together on guidance on the clustering of shops."),
    ("p", "The Vice-Chair asked whether the ban on single-use vapes had made a difference. "
          "Gareth Penhallow said that most shops had complied, but that refillable devices "
          "which were very similar to disposables had replaced them, and that the number of "
          "illegal, oversized devices seized had gone up since June."),
    ("p", "Cllr Castellano asked how young people themselves had been consulted on the "
          "prevention campaign. Dr Tarrant said that the campaign had been designed with the "
          "Farrowmead Youth Council and pupils at three secondary schools, who had asked for "
          "messages about cost and the effect on fitness rather than about long-term harm."),
    ("p", "Cllr Brightwell commented that it was important that the campaign did not put off "
          "adult smokers from using vapes to stop smoking, as vaping remained one of the most "
          "effective ways of quitting."),
    ("lbl", "Resolved:"),
    ("p", "That the Sub-Committee noted the report and thanked officers for their work."),

    ("h", "Proposed Changes to the Farrowmead Urgent Treatment Centre: Engagement Findings"),
    ("p", "Elspeth Morrow presented the report on the findings of the ICB\u2019s engagement "
          "exercise on proposals to reduce the opening hours of the urgent treatment centre "
          "(UTC) at Farrowmead General Hospital from 24 hours a day to 8am to midnight, with "
          "patients who needed urgent care overnight directed to the emergency department "
          "at Wenlow Cross Hospital, four and a half miles away. The UTC was run by Kestrel "
          "Urgent Care Ltd under a contract with the ICB. An average of 19 patients attended "
          "between midnight and 8am, most of them with minor conditions. The engagement had "
          "run from 1 August to 30 September 2025, and a formal public consultation would "
          "begin on 17 November 2025 and close on 9 February 2026."),
    ("p", "Priya Lanchester, Chief Executive, Healthwatch Farrowmead, summarised the "
          "findings of Healthwatch\u2019s own survey, to which 406 people had responded. The "
          "main themes were:"),
    ("b", "worry about the cost and availability of taxis to Wenlow Cross at night, "
          "particularly for older people and parents with young children;"),
    ("b", "a lack of awareness that NHS 111 could book an appointment at the UTC; and"),
    ("b", "praise for the staff at the UTC, with 78% of those who had used it in the last "
          "year rating their experience as good or very good."),
    ("p", "The Chair asked how many people had responded to the engagement and whether they "
          "reflected the borough\u2019s population. Elspeth Morrow said that 1,137 people had "
          "responded, but that young men, people aged over 75 and people from the "
          "borough\u2019s Somali and Tamil communities were under-represented, and that "
          "outreach through community organisations would take place during the formal "
          "consultation."),
    ("p", "Cllr Pemberton expressed concern that people without a car would find it very "
          "difficult to get to Wenlow Cross at night, as there was no direct night bus. Marcus "
          "Fenwick-Lowe, Managing Director, Kestrel Urgent Care Ltd, said that clinicians "
          "would be able to book patients who rang NHS 111 into an appointment at the UTC "
          "the next morning, and Elspeth Morrow added that a travel analysis would be "
          "published with the consultation document."),
    ("p", "Cllr Fairweather asked whether Kestrel Urgent Care\u2019s contract would be varied "
          "or re-procured if the opening hours were reduced, and whether any savings would "
          "stay in Farrowmead. Elspeth Morrow said that the contract ran until 31 March 2027 "
          "and would be varied by agreement. The overnight service cost around \u00a31.1m a "
          "year, and the ICB intended to reinvest the saving in extended GP access in the "
          "evenings."),
    ("p", "Cllr Nadarajah requested that the consultation document set out how many "
          "overnight patients were children, as parents were the group most likely to bring "
          "someone to the UTC at night. It was agreed that this information would be "
          "included."),
    ("p", "Cllr Brightwell asked Healthwatch whether it supported the proposal. Priya "
          "Lanchester said that Healthwatch did not take a position for or against "
          "proposals, but that 61% of the people who had responded to its survey opposed the "
          "change, and that it would publish a full report of its findings during the "
          "consultation."),
    ("p", "Councillor Quigley-Marsh left the meeting at 9.05pm, during this item."),
    ("lbl", "Resolved:"),
    ("p", "That the Sub-Committee:"),
    ("cl", "i.", "noted the findings of the engagement exercise;"),
    ("cl", "ii.", "agreed that the Chair, in consultation with the Vice-Chair, respond to the "
                  "formal consultation on behalf of the Sub-Committee, reflecting the points "
                  "raised at the meeting; and"),
    ("cl", "iii.", "requested that the ICB report the outcome of the consultation to the "
                   "Sub-Committee before any decision is taken."),

    ("h", "Work Programme 2025/26"),
    ("p", "Sunita Ramsaran, Scrutiny Review Officer, introduced the work programme and "
          "reminded members that the Adult Social Care Charging Policy Review had been "
          "moved to January (minute 2 above)."),
    ("p", "Cllr Castellano asked that an item on mental health crisis support for young "
          "people aged 16 to 25 be added. The Chair agreed, and suggested that it be "
          "scheduled for March 2026, as the January agenda was already full."),
    ("lbl", "Resolved:"),
    ("p", "That the work programme be agreed, subject to the addition of an item on mental "
          "health crisis support for young people in March 2026."),

    ("h", "Date of Next Meeting"),
    ("p", "The next meeting of the Sub-Committee would be held on Wednesday 21 January 2026 "
          "at 7.00pm in the Council Chamber, Farrowmead Town Hall."),
]

CLOSING = [
    ("Meeting commenced: ", "7.00pm"),
    ("Meeting finished: ", "9.38pm"),
]


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def _runs_xml(runs, size: int) -> str:
    out = []
    for text, bold in runs:
        rpr = ('<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
               + ("<w:b/>" if bold else "")
               + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
    return "".join(out)


def _box_paras(lines) -> str:
    paras = []
    for runs, size, align in lines:
        jc = f'<w:jc w:val="{align}"/>' if align != "left" else ""
        paras.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="60"/>{jc}</w:pPr>'
                     f'{_runs_xml(runs, size)}</w:p>')
    return "".join(paras)


def textbox_run(lines, *, ident: int, name: str, top_emu: int, height_emu: int,
                width_emu: int, border: bool) -> str:
    """A w:r holding a floating text box, as Word 2010+ writes it (wps + VML fallback)."""
    content = _box_paras(lines)
    line = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
            if border else '<a:ln w="6350"><a:noFill/></a:ln>')
    pt = lambda emu: f"{emu / 12700:.1f}pt"  # noqa: E731
    stroke = 'stroked="t" strokecolor="black" strokeweight=".75pt"' if border else 'stroked="f"'
    return (
        f'<w:r {NSDECL}><w:rPr><w:noProof/></w:rPr>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + ident}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{top_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{ident}" name="{name}"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="lt1"/></a:solidFill>{line}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shape id="{name}" o:spid="_x0000_s10{25 + ident}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:{pt(top_emu)};'
        f'width:{pt(width_emu)};height:{pt(height_emu)};z-index:{251658240 + ident};'
        'visibility:visible;mso-wrap-style:square;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:page" '
        f'fillcolor="white [3201]" {stroke}>'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin" anchory="page"/>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def _add_numbering(doc, heading_style) -> tuple[int, int]:
    """Add a decimal list linked to Heading 1 and a bullet list; return their numIds."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    heading_abs = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="20">'
        '<w:nsid w:val="5A3C21E7"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0809000F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        '<w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:hint="default"/>'
        '<w:b/><w:sz w:val="24"/></w:rPr></w:lvl></w:abstractNum>')
    bullet_abs = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="21">'
        '<w:nsid w:val="1F2B6C90"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="08090001"/>'
        '<w:lvl w:ilvl="0" w:tplc="08090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(f"{{{W_NS}}}num")
    first_num.addprevious(heading_abs)
    first_num.addprevious(bullet_abs)
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="20"><w:abstractNumId w:val="20"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="21"><w:abstractNumId w:val="21"/></w:num>'))
    # Link Heading 1 to the list (style-linked numbering, as templates do).
    ppr = heading_style.element.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="20"/></w:numPr>'))
    return 20, 21


def _set_font(style, name="Arial", size=11, bold=None, color="000000"):
    from docx.shared import Pt, RGBColor
    style.font.name = name
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(f"{{{W_NS}}}rFonts")
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(f"{{{W_NS}}}{attr}", None)
    rfonts.set(f"{{{W_NS}}}cs", name)


def _field_run(paragraph, instr: str, placeholder: str) -> None:
    from docx.oxml import parse_xml
    for xml in (
        f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r xmlns:w="{W_NS}"><w:t>{placeholder}</w:t></w:r>',
        f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _a4(section) -> None:
    from docx.shared import Cm, Mm
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)
    section.top_margin = Cm(2.0)
    section.bottom_margin = Cm(2.0)
    section.header_distance = Cm(1.0)
    section.footer_distance = Cm(1.0)


def _save_fixed(doc, path: Path, when: dt.datetime, author: str, title: str,
                zip_time: tuple) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 4
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=zip_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Build the minutes
# ---------------------------------------------------------------------------

def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    _a4(sec)

    normal = doc.styles["Normal"]
    _set_font(normal, size=11, color=None)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    h1 = doc.styles["Heading 1"]
    _set_font(h1, size=12, bold=True)
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    _heading_num, bullet_num = _add_numbering(doc, h1)

    for sname in ("Header", "Footer"):
        _set_font(doc.styles[sname], size=9, color="404040")

    # Header (pages 2 onwards) and footer on every page.
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = f"{COMMITTEE} \u2013 12 November 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        _field_run(fp, "PAGE", "1")
        fp.add_run(" of ")
        _field_run(fp, "NUMPAGES", "5")

    # First paragraph: the two floating text boxes are anchored here.
    width = int(sec.page_width - sec.left_margin - sec.right_margin)
    anchor_p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    anchor_p.paragraph_format.space_after = Pt(0)
    anchor_p._p.append(parse_xml(textbox_run(
        TITLE_BOX, ident=1, name="Text Box 1", top_emu=int(Cm(1.3)),
        height_emu=int(Cm(4.3)), width_emu=width, border=False)))
    anchor_p._p.append(parse_xml(textbox_run(
        ATTEND_BOX, ident=2, name="Text Box 2", top_emu=int(Cm(5.8)),
        height_emu=int(Cm(10.8)), width_emu=width, border=True)))

    for block in BODY:
        kind = block[0]
        if kind == "h":
            doc.add_paragraph(block[1], style="Heading 1")
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "lbl":
            p = doc.add_paragraph()
            p.add_run(block[1]).bold = True
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.keep_with_next = True
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Paragraph")
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/>'
                f'<w:numId w:val="{bullet_num}"/></w:numPr>'))
            p.paragraph_format.space_after = Pt(4)
        elif kind == "cl":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(2.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0), WD_TAB_ALIGNMENT.LEFT)
            p.add_run(f"{block[1]}\t{block[2]}")
        elif kind == "quote":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.right_indent = Cm(1.0)
            p.add_run(block[1]).italic = True
        elif kind == "run":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            for text, bold in block[1]:
                p.add_run(text).bold = bold
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    for label, value in CLOSING:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(label).bold = True
        p.add_run(value)
    doc.add_paragraph()
    for label in ("Signed:", "Dated:"):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0), WD_TAB_ALIGNMENT.LEFT)
        p.add_run(label).bold = True
        p.add_run("\t" + "\u2026" * 30)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Councillor R Okonkwo-Hale (Chair)")

    _save_fixed(doc, path, FIXED_MINUTES, "Liam Corrigan",
                f"{COMMITTEE} - Minutes - 12 November 2025", (2025, 11, 19, 10, 42, 0))


# ---------------------------------------------------------------------------
# The letter (not minutes)
# ---------------------------------------------------------------------------

LETTER_TOP = [
    ("Contact:", "Sunita Ramsaran, Scrutiny Review Officer"),
    ("Email:", "scrutiny@farrowmead.gov.uk"),
    ("Telephone:", "020 8391 4470"),
    ("Our ref:", "HASS/UTC/2025-26/03"),
    ("Date:", "19 December 2025"),
]

LETTER_ADDRESS = [
    "Jonathan Reyes-Whitfield",
    "Chief Executive",
    "NHS Riverlea Integrated Care Board",
    "Riverlea House",
    "14 Canal Wharf",
    "Wenlow Cross RL2 6BN",
]

LETTER_INTRO = [
    "Dear Mr Reyes-Whitfield,",
    ("bold", "Consultation on the future opening hours of Farrowmead Urgent Treatment Centre"),
    "I am writing on behalf of the London Borough of Farrowmead\u2019s Health and Adult Services "
    "Scrutiny Sub-Committee in response to the ICB\u2019s public consultation on the proposal "
    "to close the urgent treatment centre (UTC) at Farrowmead General Hospital between "
    "midnight and 8am, which opened on 17 November 2025 and closes on 9 February 2026.",
    "The Sub-Committee considered the findings of the ICB\u2019s pre-consultation engagement "
    "at its meeting on 12 November 2025, when members heard from Elspeth Morrow, your "
    "Borough Director for Farrowmead, from the managing director of Kestrel Urgent Care "
    "Ltd, which runs the UTC on the ICB\u2019s behalf, and from Healthwatch Farrowmead. The "
    "Sub-Committee agreed that I should respond to the consultation on its behalf, in "
    "consultation with the Vice-Chair, Councillor Dominic Pemberton. This letter sets out "
    "our response and a number of questions to which we would be grateful for written "
    "answers before the ICB Board reaches a decision.",
    "I would like to thank Ms Morrow and her team for attending the meeting and for the "
    "open way in which they answered members\u2019 questions. We also welcome the fact that "
    "the ICB has accepted the Sub-Committee\u2019s request to set out in the consultation "
    "document how many of the patients who attend overnight are children.",
    ("bold", "Our overall view"),
    "The Sub-Committee recognises the pressures on urgent care in the borough and "
    "understands the argument that an average of 19 attendances a night, most of them for "
    "minor conditions, is a small number for a service that must be staffed around the "
    "clock. However, members are not yet persuaded that the proposal is in the interests of "
    "Farrowmead residents. Our principal concerns are about travel to Wenlow Cross Hospital at "
    "night for people who do not have a car, about the effect on the emergency department "
    "at Wenlow Cross, which is already one of the busiest in London, and about whether the "
    "people most likely to use the UTC overnight have had a fair opportunity to give their "
    "views.",
    "We note that 61% of the people who responded to Healthwatch Farrowmead\u2019s survey "
    "opposed the change. We also note your Borough Director\u2019s acknowledgement that young "
    "men, people over 75 and some of the borough\u2019s larger communities were "
    "under-represented in the engagement exercise, and we ask that the ICB report on how "
    "the outreach planned for the consultation period has addressed this.",
    ("bold", "The consultation questions"),
    "The consultation questionnaire asks respondents seven questions. The Sub-Committee has "
    "not answered all of them, as some ask for individual experience, but we set out our "
    "response to the four that bear most directly on the matters we discussed.",
]

LETTER_TABLE = [
    ("You asked", "We said"),
    ("Question 2: How far do you agree or disagree that overnight urgent care could be "
     "provided safely at Wenlow Cross Hospital?",
     "The Sub-Committee is not able to agree on the evidence available. We ask to see the "
     "clinical assessment of the extra demand on the Wenlow Cross emergency department and the "
     "ambulance service before reaching a view."),
    ("Question 3: If the UTC closed overnight, how would you travel to Wenlow Cross Hospital?",
     "Many of our residents would not be able to travel there at all. There is no direct "
     "night bus from Farrowmead and a taxi costs around \u00a322 each way. The travel analysis "
     "should be published in full."),
    ("Question 5: Would you use an appointment at the UTC the next morning, booked through "
     "NHS 111, instead of travelling at night?",
     "Members welcomed this option in principle but want to know how it will be explained "
     "to patients, and how many appointments will be held back each morning for this "
     "purpose."),
    ("Question 7: Is there anything else you think we should take into account?",
     "The effect on children and their parents, on people who work night shifts, and on "
     "people who are homeless, who are known to use the UTC overnight."),
]

LETTER_REST = [
    ("bold", "Questions the Sub-Committee would like the ICB to answer"),
    "To help the Sub-Committee come to a final view, I would be grateful if the ICB could "
    "provide written answers to the following questions by 6 March 2026, so that they can "
    "be considered at the Sub-Committee\u2019s meeting in March:",
    ("num", "1.", "How many of the patients who attended the UTC between midnight and 8am in "
                  "2024/25 were children, and how many were brought by ambulance?"),
    ("num", "2.", "What assessment has been made of the additional demand on the emergency "
                  "department at Wenlow Cross Hospital, and has the hospital trust agreed that "
                  "it can meet it?"),
    ("num", "3.", "What will happen to patients who arrive at the Farrowmead site overnight "
                  "without having rung NHS 111 first?"),
    ("num", "4.", "How will the saving of around \u00a31.1m a year be reinvested in "
                  "Farrowmead, and will the Sub-Committee be able to see how it has been "
                  "spent?"),
    ("num", "5.", "What changes will be made to the contract with Kestrel Urgent Care Ltd, and "
                  "will staff who currently work overnight be offered other shifts?"),
    ("num", "6.", "How will the ICB measure whether the change has had any effect on "
                  "patients, and when will the results be reported?"),
    ("bold", "Next steps"),
    "The Sub-Committee has asked that the outcome of the consultation be reported to it "
    "before any decision is taken by the ICB Board, and I understand from Ms Morrow that "
    "this is expected to be at our meeting on 18 March 2026. I should be clear that the "
    "Sub-Committee reserves its position on the proposal until it has seen the outcome of "
    "the consultation and the answers to the questions above.",
    "A copy of this letter has been sent to the Cabinet Member for Health and Adult "
    "Services and to Healthwatch Farrowmead. If you or your officers would like to discuss "
    "any of the points raised, please contact Sunita Ramsaran, Scrutiny Review Officer, "
    "using the details at the top of this letter.",
    "Yours sincerely,",
]

LETTER_SIGN = [
    ("Councillor Rosalind Okonkwo-Hale", True),
    ("Chair, Health and Adult Services Scrutiny Sub-Committee", False),
    ("London Borough of Farrowmead", False),
]

LETTER_CC = (
    "cc: Councillor Farida Delacroix, Cabinet Member for Health and Adult Services; "
    "Kwame Ashdown, Strategic Director, Adults and Public Health; Elspeth Morrow, Borough "
    "Director (Farrowmead), NHS Riverlea Integrated Care Board; Priya Lanchester, Chief "
    "Executive, Healthwatch Farrowmead; members of the Sub-Committee"
)


def build_letter(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    _a4(sec)
    normal = doc.styles["Normal"]
    _set_font(normal, size=11, color=None)
    normal.paragraph_format.space_after = Pt(8)
    for sname in ("Header", "Footer"):
        _set_font(doc.styles[sname], size=9, color="404040")

    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    fh.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fh.add_run("London Borough of Farrowmead")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string("00587C")
    p2 = sec.first_page_header.add_paragraph("Democratic Services \u2022 Farrowmead Town Hall "
                                             "\u2022 Kingsway Parade \u2022 Farrowmead FM1 4QT")
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp = sec.header.paragraphs[0]
    hp.text = "Health and Adult Services Scrutiny Sub-Committee \u2013 consultation response"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("www.farrowmead.gov.uk/scrutiny        Page ")
        _field_run(fp, "PAGE", "1")

    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    first.paragraph_format.space_after = Pt(0)
    for i, (label, value) in enumerate(LETTER_TOP):
        p = first if i == 0 else doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.LEFT)
        p.add_run(label).bold = True
        p.add_run("\t" + value)
    doc.add_paragraph()
    for line in LETTER_ADDRESS:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    def emit(blocks):
        for block in blocks:
            if isinstance(block, str):
                doc.add_paragraph(block)
            elif block[0] == "bold":
                p = doc.add_paragraph()
                p.paragraph_format.keep_with_next = True
                p.add_run(block[1]).bold = True
            elif block[0] == "num":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0), WD_TAB_ALIGNMENT.LEFT)
                p.paragraph_format.space_after = Pt(4)
                p.add_run(f"{block[1]}\t{block[2]}")

    emit(LETTER_INTRO)
    table = doc.add_table(rows=len(LETTER_TABLE), cols=2)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, (a, b) in zip(table.rows, LETTER_TABLE):
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(9.0)
        for cell, text in zip(row.cells, (a, b)):
            cell.text = text
            for para in cell.paragraphs:
                para.paragraph_format.space_after = Pt(3)
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(
            f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
    doc.add_paragraph()
    emit(LETTER_REST)
    doc.add_paragraph()
    doc.add_paragraph()
    for text, bold in LETTER_SIGN:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(text).bold = bold
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(LETTER_CC)
    r.font.size = Pt(9)

    _save_fixed(doc, path, FIXED_LETTER, "Sunita Ramsaran",
                "Consultation response - Farrowmead UTC opening hours", (2025, 12, 19, 9, 15, 0))


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


ICB = "NHS Riverlea Integrated Care Board"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-12",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Declarations of Interest"},
        {"number": "2", "title": "Urgent Matters"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Access to NHS Dentistry and the Community Dental Service"},
        {"number": "6", "title": "Re-procurement of the Home Care Framework"},
        {"number": "7", "title": "Youth Vaping: Enforcement and Prevention"},
        {"number": "8", "title": "Proposed Changes to the Farrowmead Urgent Treatment Centre: "
                                 "Engagement Findings"},
        {"number": "9", "title": "Work Programme 2025/26"},
        {"number": "10", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 4 public questions
        q("4", "question",
          "What assessment did the ICB make of the effect on older patients",
          "Ms Gwendolyn Tapsell",
          "The ICB accepts that the notice period was shorter than it would have wished",
          "Elspeth Morrow", ["primary-care", "patient-and-public-input"]),
        q("4", "question",
          "asked whether the ICB would fund a community transport link between Sallowholt",
          "Ms Tapsell",
          "the ICB did not fund transport but would raise it with the council's transport team",
          "Elspeth Morrow", []),
        # 5 dentistry
        q("5", "question",
          "asked how many practices in the borough were currently accepting new adult NHS patients",
          "Cllr Castellano",
          "only four of the 29 practices had been accepting new adult patients",
          "Joanna Whitlock", ["primary-care"]),
        q("5", "concern",
          "the length of time children were waiting for dental extractions under general anaesthetic",
          "Cllr Brightwell",
          "the median wait was 38 weeks, against a target of 18 weeks",
          "Dr Qadir", ["primary-care", "children-and-families"]),
        q("5", "question",
          "asked why dental practices were handing back NHS contracts or reducing their NHS work",
          "Cllr Nadarajah",
          "the ICB had raised its minimum UDA value to £31.50 from April 2025",
          "Joanna Whitlock", ["primary-care", "finance"]),
        q("5", "question",
          "whether residents from neighbouring boroughs were using the urgent dental appointments",
          "Vice-Chair",
          "around 62% had been used by people with a Farrowmead postcode",
          "Joanna Whitlock", ["primary-care"]),
        q("5", "comment",
          "carers of people who were housebound often did not know",
          "B Lyddon",
          "domiciliary visits were available on referral from a GP, dentist or social worker",
          "Dr Qadir", ["primary-care", "adult-social-care"]),
        q("5", "request",
          "requested that a list of practices accepting new NHS patients be kept",
          "Cllr Quigley-Marsh",
          "the ICB would send an updated list to the council's communications team",
          "Elspeth Morrow", ["primary-care"]),
        q("5", "question",
          "asked what was being done to prevent tooth decay in young children",
          "Chair",
          "a supervised toothbrushing programme which was now running in 46 nurseries",
          "Dr Tarrant", ["primary-care", "public-health", "children-and-families"]),
        # 6 home care framework
        q("6", "question",
          "asked how many providers on the current framework subcontracted packages to other agencies",
          "Cllr Pemberton",
          "subcontracting would not be allowed without the council's written consent",
          "Nicola Varga", ["subcontracting", "adult-social-care"]),
        q("6", "concern",
          "a zoned model with a lead provider in each zone would squeeze out",
          "Cllr Brightwell",
          "providers which were not lead providers could still join the framework",
          "Cabinet Member", ["subcontracting", "adult-social-care"]),
        q("6", "question",
          "asked whether care workers would be paid the London Living Wage",
          "Cllr Fairweather",
          "both would be contract requirements, that the council's hourly rate",
          "Nicola Varga", ["workforce", "adult-social-care", "finance"]),
        q("6", "question",
          "had been involved in designing the new service specification",
          "Cllr Castellano",
          "a co-production group of eleven people who used home care",
          "Nicola Varga", ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "what would happen to people whose current provider was not successful",
          "B Lyddon",
          "staff would be expected to transfer under TUPE where a package moved",
          None, ["adult-social-care", "workforce", "subcontracting"]),
        q("6", "question",
          "whether the council had considered bringing home care back in-house",
          "Cllr Quigley-Marsh",
          "would cost an estimated £4.8m a year more, mainly because of pension",
          "Cabinet Member", ["privatisation", "finance", "adult-social-care"]),
        q("6", "question",
          "how the quality of care would be monitored once the framework was in place",
          "Chair",
          "the council's quality assurance team would visit every provider at least once",
          "Nicola Varga", ["governance", "adult-social-care", "subcontracting"]),
        q("6", "comment",
          "commented that the evaluation should give more weight to quality than",
          "Cllr Pemberton", None, None, ["subcontracting", "adult-social-care"]),
        # 7 youth vaping
        q("7", "question",
          "asked what action was taken against shops which failed a test purchase",
          "Cllr Nadarajah",
          "a first failure led to a warning and an advice visit",
          "Gareth Penhallow", ["public-health"]),
        q("7", "concern",
          "the number of vape shops that had opened close to secondary schools",
          "Cllr Quigley-Marsh",
          "the council had no power to refuse a shop on the grounds",
          None, ["public-health", "children-and-families"]),
        q("7", "question",
          "whether the ban on single-use vapes had made a difference",
          "Vice-Chair",
          "refillable devices which were very similar to disposables had replaced them",
          "Gareth Penhallow", ["public-health"]),
        q("7", "question",
          "asked how young people themselves had been consulted on the prevention campaign",
          "Cllr Castellano",
          "designed with the Farrowmead Youth Council and pupils at three secondary schools",
          "Dr Tarrant", ["patient-and-public-input", "children-and-families", "public-health"]),
        q("7", "comment",
          "did not put off adult smokers from using vapes to stop smoking",
          "Cllr Brightwell", None, None, ["public-health"]),
        # 8 urgent treatment centre
        q("8", "question",
          "how many people had responded to the engagement and whether they reflected",
          "Chair",
          "young men, people aged over 75 and people from the borough's Somali",
          "Elspeth Morrow", ["patient-and-public-input"]),
        q("8", "concern",
          "people without a car would find it very difficult to get to Wenlow Cross",
          "Cllr Pemberton",
          "book patients who rang NHS 111 into an appointment at the UTC",
          "Marcus Fenwick-Lowe", []),
        q("8", "question",
          "whether Kestrel Urgent Care's contract would be varied or re-procured",
          "Cllr Fairweather",
          "the ICB intended to reinvest the saving in extended GP access",
          "Elspeth Morrow", ["subcontracting", "finance", "primary-care"]),
        q("8", "request",
          "requested that the consultation document set out how many overnight patients were children",
          "Cllr Nadarajah",
          "It was agreed that this information would be included",
          None, ["patient-and-public-input", "children-and-families"]),
        q("8", "question",
          "asked Healthwatch whether it supported the proposal",
          "Cllr Brightwell",
          "Healthwatch did not take a position for or against proposals",
          "Priya Lanchester", ["patient-and-public-input"]),
        # 9 work programme
        q("9", "request",
          "asked that an item on mental health crisis support for young people",
          "Cllr Castellano",
          "suggested that it be scheduled for March 2026, as the January agenda",
          "Chair", ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        res("2", "consideration of the Adult Social Care Charging Policy Review be deferred",
            "deferred", ["adult-social-care", "finance"]),
        res("3", "the minutes of the meeting held on 17 September 2025 be agreed",
            "agreed", []),
        res("5", "requested that the ICB provide a further update in March 2026",
            "agreed", ["primary-care"]),
        res("6", "agreed to RECOMMEND to Cabinet that the evaluation of tenders",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("7", "That the Sub-Committee noted the report and thanked officers",
            "noted", ["public-health"]),
        res("8", "respond to the formal consultation on behalf of the Sub-Committee",
            "agreed", ["patient-and-public-input"]),
        res("9", "That the work programme be agreed, subject to the addition",
            "agreed", ["mental-health"]),
    ],
    "attendees": [
        att("Councillor R Okonkwo-Hale", "Chair", "present"),
        att("Councillor D Pemberton", "Vice-Chair", "present"),
        att("Councillor H Brightwell", None, "present"),
        att("Councillor A Castellano", None, "present"),
        att("Councillor S Nadarajah", None, "present"),
        att("Councillor T Quigley-Marsh", None, "present"),
        att("B Lyddon", "Co-opted member (non-voting)", "present"),
        att("Councillor M Fairweather", None, "present"),
        att("Councillor F Delacroix", "Cabinet Member for Health and Adult Services",
            "in_attendance"),
        att("Kwame Ashdown", "Strategic Director, Adults and Public Health", "in_attendance"),
        att("Dr Imogen Tarrant", "Director of Public Health", "in_attendance"),
        att("Nicola Varga", "Assistant Director, Commissioning and Market Development",
            "in_attendance"),
        att("Gareth Penhallow", "Head of Trading Standards and Licensing", "in_attendance"),
        att("Sunita Ramsaran", "Scrutiny Review Officer", "in_attendance"),
        att("Liam Corrigan", "Democratic Services Officer", "in_attendance"),
        att("Elspeth Morrow", f"Borough Director (Farrowmead), {ICB}", "in_attendance"),
        att("Dr Haroon Qadir", "Clinical Director, Riverlea Community Dental Service",
            "in_attendance"),
        att("Marcus Fenwick-Lowe", "Managing Director, Kestrel Urgent Care Ltd",
            "in_attendance"),
        att("Priya Lanchester", "Chief Executive, Healthwatch Farrowmead", "in_attendance"),
        att("Joanna Whitlock", f"Head of Primary Care Commissioning (Dental), {ICB}",
            "in_attendance"),
        att("Councillor K Ashworth-Bile", None, "apologies"),
        att("Councillor J Oduya", None, "apologies"),
    ],
}

LETTER_GOLD = {"document": LETTER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_letter(DOCS / LETTER_NAME)
    for gold in (MINUTES_GOLD, LETTER_GOLD):
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
    s = s.replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = s.replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qq-*.json")):
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
        answers = sum(1 for row in gold["questions"] if row["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words "
              f"in the body, {len(gold['items'])} items, {len(gold['questions'])} points "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / LETTER_NAME}\ngold in {GOLD}")
