#!/usr/bin/env python3
"""Build the "iz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_iz.py           build documents/iz-* and gold/iz-*.json
        build_iz.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_PDF = "iz-cradleigh-acwb-osp-2025-09-22.pdf"
REPORT_PDF = "iz-cradleigh-acwb-osp-report-carers-strategy-2025-11-24.pdf"

COMMITTEE = "Adult Care and Well Being Overview and Scrutiny Panel"
ACSC = "Cabinet Member with Responsibility for Adult Social Care"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

ATTENDED = [
    ("Cllr Philip Attwood", ACSC),
    ("Rachel Everitt", "Strategic Director for People"),
    ("Colin Brereton", "Assistant Director for Adult Social Care"),
    ("Anita Shenstone", "Assistant Director for Commissioning (All Age)"),
    ("Gareth Lyle", "Senior Finance Business Partner"),
    ("Dr Fiona Carless", "Independent Chair, Cradleigh Safeguarding Adults Board"),
    ("Hannah Pargeter", "Business Manager, Cradleigh Safeguarding Adults Board"),
    ("Sian Cottrill", "Detective Chief Inspector, Avon and Teme Police"),
]

PRESENT_LINE = (
    "Cllr Margaret Rowley (Chairman), Cllr Tom Feltham (Vice Chairman), Cllr Alan Bramwell, "
    "Cllr Sue Gathercole, Cllr Peter Lowther, Cllr Richard Ombler, Cllr Imogen Pryce and "
    "Cllr Nadia Qureshi"
)

# Blocks: ("item", number, title) | ("p", text) | ("b", text) bullet | ("gap",)
MINUTES = [
    ("item", "612", "Apologies and Welcome"),
    ("p", "The Chairman welcomed everyone to the meeting, in particular Cllr Imogen Pryce who was "
          "attending her first meeting of the Panel following her appointment by Council in July."),
    ("p", "Apologies were received from Cllr Keith Dallimore and Cllr Helen Strang."),

    ("item", "613", "Declarations of Interest and of any Party Whip"),
    ("p", "Cllr Sue Gathercole declared an interest in Agenda Item 6 (Day Opportunities) as a member "
          "of her family attends the Kempsbury Resource Centre."),

    ("item", "614", "Public Participation"),
    ("p", "Mrs Hilary Bosworth, a resident of Upton Marsh, addressed the Panel in relation to Agenda "
          "Item 6. Mrs Bosworth explained that her brother had attended the Brookfield Centre in Upton "
          "Marsh for over twenty years and that families had been told informally that the building "
          "may close. She asked the Panel to seek an assurance that no decision would be taken on the "
          "future of the Brookfield Centre until families had been properly consulted."),
    ("p", "The Cabinet Member with Responsibility for Adult Social Care thanked Mrs Bosworth for "
          "attending and confirmed that no decision had been taken on any individual building and that "
          "any proposal would be subject to formal consultation with the people who use the service "
          "and their families."),

    ("item", "615", "Confirmation of the Minutes of the Previous Meeting"),
    ("p", "The Minutes of the Meeting held on 14 July 2025 were agreed as a correct record and signed "
          "by the Chairman."),

    ("item", "616", "Performance and In-Year Budget Monitoring"),
    ("p", "The Panel received an update on performance and financial information for services relating "
          "to Adult Social Care for Quarter 1 (April to June 2025)."),
    ("p", "By way of introduction, the Cabinet Member with Responsibility for Adult Social Care advised "
          "that demand for services continued to grow, in particular for older people leaving hospital "
          "and for younger adults with complex needs, and that the forecast position at Quarter 1 was "
          "an overspend of £4.2m against a net budget of £187.6m. A recovery plan was in place and the "
          "Directorate was confident that the overspend would reduce over the year, although this "
          "could not be guaranteed."),
    ("p", "The Senior Finance Business Partner reported that the main pressures were in home care and "
          "residential care for older people, where the number of people receiving care was 6% higher "
          "than budgeted, and in placements for adults with learning disabilities. The forecast assumed "
          "the full delivery of £6.1m of savings, of which £3.8m had already been achieved."),
    ("p", "The Assistant Director for Adult Social Care highlighted that the percentage of new contacts "
          "resolved at the first point of contact had risen to 71%, that the number of people waiting "
          "for a Care Act assessment had fallen from 412 at the end of March to 356 at the end of June, "
          "and that 88% of people discharged from hospital on the Home First pathway were still at home "
          "91 days later."),
    ("p", "During the discussion, the main points raised were:"),
    ("b", "A Panel Member asked what confidence the Directorate had that the savings target would be met "
          "in full, given that some of the savings related to reviews of care packages which had been "
          "delayed in the previous year. The Strategic Director for People explained that a dedicated "
          "reviewing team had been in place since April and that each saving was tracked monthly by the "
          "Directorate's leadership team; any saving at risk would be reported to the Panel in the "
          "Quarter 2 update"),
    ("b", "Cllr Bramwell queried why the number of people waiting for an assessment remained so high "
          "when the Council had recruited additional social workers. The Assistant Director for Adult "
          "Social Care advised that eight of the eleven new posts had been filled, mostly by newly "
          "qualified staff, and that waiting times for the most urgent cases were now under five days. "
          "The remaining posts had been readvertised with a market supplement"),
    ("b", "Concern was expressed about the rising cost of home care, and Cllr Feltham asked whether the "
          "Council was still paying different rates to different providers in rural areas. Officers "
          "confirmed that rural enhancements were paid in parts of the north and west of the county "
          "where providers had found it difficult to recruit care workers, and that the Council's "
          "hourly rate for 2025/26 was £24.86, which was in line with neighbouring councils"),
    ("b", "A Member commented that the Panel had asked on several occasions for performance information "
          "to be broken down by district and asked when this would be available. The Strategic Director "
          "apologised that this had not yet been provided and advised that the new reporting system "
          "would allow this from the Quarter 2 report onwards"),
    ("b", "In response to a question about the 91-day Home First figure, it was explained that the "
          "measure was based on a sample of people discharged in the first quarter and that the Council "
          "worked jointly with Cradleigh Community Health NHS Trust on the reablement service, which was "
          "funded through the Better Care Fund"),
    ("b", "Cllr Qureshi asked about the number of people placed in care homes outside the county and "
          "whether this was increasing. The Assistant Director for Commissioning (All Age) reported "
          "that 64 people were currently placed out of county, most of them at their own or their "
          "family's request, and agreed to provide a breakdown by type of need after the meeting"),
    ("b", "The Chairman asked whether the increase in employers' National Insurance contributions had "
          "been reflected in the fees paid to providers. The Senior Finance Business Partner advised "
          "that an uplift had been agreed with providers from April and was included in the forecast, "
          "although some providers had said that it did not cover their full costs. Members noted that "
          "this was a national issue and the Chairman suggested that the Panel's concerns could be "
          "raised through the Local Government Association."),
    ("p", "Following discussion, the Panel agreed to request:"),
    ("b", "a breakdown of the home care overspend by district, to be included in the Quarter 2 report;"),
    ("b", "the number of out of county placements by type of need; and"),
    ("b", "that the Chairman write to the Local Government Association regarding the impact of the "
          "increase in employers' National Insurance contributions on care providers."),

    ("item", "617", "Day Opportunities for Adults with Learning Disabilities - Progress Update"),
    ("p", "The Panel received an update on progress with the Day Opportunities Strategy for adults with "
          "learning disabilities and autistic adults, which had been considered by the Panel at its "
          "meeting in January 2025."),
    ("p", "The Cabinet Member with Responsibility for Adult Social Care reminded the Panel that the "
          "strategy aimed to offer people more choice and support to take part in activities in their "
          "own communities, rather than attend a building-based service five days a week. The Assistant "
          "Director for Commissioning (All Age) reported that 412 people currently used day services, "
          "of whom 236 attended one of the Council's six in-house resource centres and the remainder "
          "used services commissioned from the voluntary and independent sector. Attendance at some "
          "centres had fallen since the pandemic, and the Kempsbury and Brookfield centres were "
          "operating at less than half of their capacity. Engagement with people who use services, "
          "families and carers had taken place over the summer through 14 drop-in sessions and an "
          "online survey, which had received 318 responses. A summary of the feedback was attached to "
          "the report at Appendix 1. Any proposals arising from the review would be the subject of a "
          "formal public consultation, expected to begin in January 2026, and a decision by Cabinet "
          "later in the year."),
    ("p", "During the discussion, the following main points were raised:"),
    ("b", "Members asked what the Council would do with any savings from the review and were advised "
          "that the strategy was not primarily about savings, although the Medium Term Financial Plan "
          "did include a saving of £450,000 from day services in 2026/27 which was linked to the better "
          "use of buildings"),
    ("b", "Cllr Ombler referred to the comments made by Mrs Bosworth under Public Participation and "
          "asked how families whose relatives could not easily give their views had been involved. The "
          "Assistant Director explained that advocates from Cradleigh Advocacy had supported 41 people "
          "to take part and that easy read and pictorial versions of the survey had been produced. "
          "However, she acknowledged that some families had felt the drop-in sessions were held at "
          "short notice and this would be taken into account in planning the formal consultation"),
    ("b", "Concern was raised about transport. Several Members pointed out that many people in rural "
          "parts of the county relied on the Council's fleet vehicles to get to a resource centre, and "
          "that community-based activities would not be accessible to them unless transport was "
          "available. The Strategic Director for People agreed that transport was critical and advised "
          "that a separate review of passenger transport was being carried out by the Economy and "
          "Infrastructure Directorate, the findings of which would be shared with the Panel"),
    ("b", "Cllr Pryce commented that she had visited the Kempsbury Resource Centre in August and had "
          "been impressed by the commitment of the staff, and that any changes should recognise the "
          "value that people placed on the friendships they had made there"),
    ("b", "A Member asked whether the independent and voluntary sector had the capacity to provide more "
          "community-based activity, particularly for people with complex needs or behaviour that "
          "challenges. It was explained that a market engagement event had been held with providers in "
          "June and that, while there was interest, the market for people with the most complex needs "
          "was limited and the in-house service was likely to retain an important role"),
    ("b", "The Vice Chairman sought clarification as to whether any of the resource centre buildings had "
          "already been identified for closure. The Cabinet Member stated clearly that no decisions had "
          "been taken and that he would not pre-empt the consultation, but he also said that it would "
          "not be responsible to keep buildings open that were half empty if the money could be better "
          "spent on services."),
    ("p", "The Panel noted the update. It was agreed that the Chairman would write to the Cabinet Member "
          "with Responsibility for Adult Social Care setting out the Panel's comments, in particular on "
          "transport and on the arrangements for involving families in the formal consultation, and "
          "that the Panel would consider the consultation proposals before they were launched."),

    ("item", "618", "Cradleigh Safeguarding Adults Board Annual Report 2024/25"),
    ("p", "The Independent Chair of the Cradleigh Safeguarding Adults Board (CSAB) presented the Board's "
          "Annual Report for 2024/25. The Panel was reminded that the Board was a statutory partnership "
          "under the Care Act 2014, with the Council, NHS Cradleigh and Lenbury Integrated Care Board "
          "(ICB) and Avon and Teme Police as its statutory partners. The report set out the Board's work "
          "against its three priorities - self-neglect, safeguarding in care settings, and making "
          "safeguarding personal - and summarised the findings of two Safeguarding Adults Reviews (SARs) "
          "published during the year."),
    ("p", "The Independent Chair reported that the number of safeguarding concerns received by the "
          "Council had increased by 11% to 5,940, although the proportion which progressed to a formal "
          "enquiry had fallen slightly, to 23%. The most common types of abuse were neglect and acts of "
          "omission, followed by financial abuse, and the most common location was the person's own "
          "home."),
    ("p", "During the discussion, the following main points were raised:"),
    ("b", "A Member asked why only 23% of concerns led to an enquiry and whether this meant that some "
          "concerns were not being taken seriously. The Independent Chair explained that many concerns "
          "raised by the police and ambulance service were more appropriately dealt with through advice "
          "or a referral for an assessment, and that the Board's audit of a sample of concerns which had "
          "not progressed had found that the decision had been appropriate in 94% of cases"),
    ("b", "Cllr Lowther asked what was being done about financial abuse, including scams targeting older "
          "people. Detective Chief Inspector Cottrill advised that the Police had a dedicated economic "
          "crime unit which worked with Trading Standards and the banks through the Banking Protocol, "
          "and that 27 older people in the county had been protected from losing money through the "
          "Protocol during the year. She encouraged Members to promote the Little Book of Scams in "
          "their divisions"),
    ("b", "Members asked about the two Safeguarding Adults Reviews and how the Board could be assured "
          "that the recommendations had been implemented. It was noted that one review concerned a man "
          "who had died from self-neglect in his own home, and the other the care of a resident of a "
          "nursing home in the south of the county. The Business Manager explained that each "
          "recommendation had an action plan which was monitored by the Board's Learning and Review "
          "Group, and that all but three actions had been completed"),
    ("b", "Concern was expressed that the Board's budget had not increased for three years while demand "
          "had grown, and a Member asked whether the partners contributed fairly. The Independent Chair "
          "advised that contributions were agreed annually, with the Council contributing 52%, the ICB "
          "31% and the Police 17%, and that she had asked partners to consider an inflationary increase "
          "for 2026/27"),
    ("b", "The Chairman asked how the views of people who had been through a safeguarding enquiry were "
          "captured. The Independent Chair said that the Making Safeguarding Personal survey had been "
          "completed by 204 people in the year, and that 91% said they felt safer as a result of the "
          "support they had received; however, the response rate remained low and the Board was looking "
          "at other ways of hearing from people, including working with Healthwatch Cradleigh."),
    ("p", "In response to a question from Cllr Qureshi about waiting times for Deprivation of Liberty "
          "Safeguards (DoLS) assessments, the Assistant Director for Adult Social Care reported that "
          "1,120 applications were awaiting assessment, which was in line with the national position, "
          "and that applications were prioritised using the ADASS screening tool."),
    ("p", "The Panel noted the Cradleigh Safeguarding Adults Board Annual Report 2024/25."),
    ("p", "The Chairman thanked the Independent Chair, the Business Manager and Detective Chief Inspector "
          "Cottrill for attending."),

    ("item", "619", "Work Programme 2025/26"),
    ("p", "The Panel reviewed its Work Programme for 2025/26. The Overview and Scrutiny Officer reminded "
          "Members that the Panel would receive the Adult Social Care budget proposals for 2026/27 at "
          "its meeting in January, and that the draft All Age Carers Strategy would come to the November "
          "meeting."),
    ("p", "Cllr Gathercole suggested that the Panel should look at the support available to people with "
          "dementia and their carers. Cllr Qureshi asked that an update on the recruitment and retention "
          "of care workers be added."),
    ("p", "The Panel agreed its Work Programme for 2025/26, subject to the addition of items on dementia "
          "support and on the care workforce, the timing of which would be agreed by the Chairman and "
          "Vice Chairman."),
]

MINUTES_GOLD = {
    "document": MINUTES_PDF,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-09-22",
    "items": [
        {"number": "612", "title": "Apologies and Welcome"},
        {"number": "613", "title": "Declarations of Interest and of any Party Whip"},
        {"number": "614", "title": "Public Participation"},
        {"number": "615", "title": "Confirmation of the Minutes of the Previous Meeting"},
        {"number": "616", "title": "Performance and In-Year Budget Monitoring"},
        {"number": "617", "title": "Day Opportunities for Adults with Learning Disabilities - Progress Update"},
        {"number": "618", "title": "Cradleigh Safeguarding Adults Board Annual Report 2024/25"},
        {"number": "619", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        # 614 Public Participation
        {"item": "614", "kind": "request",
         "text": "She asked the Panel to seek an assurance that no decision would be taken",
         "asked_by": "Mrs Hilary Bosworth",
         "answer": "confirmed that no decision had been taken on any individual building",
         "given_by": "Cabinet Member with Responsibility for Adult Social Care",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        # 616 Performance and In-Year Budget Monitoring
        {"item": "616", "kind": "question",
         "text": "asked what confidence the Directorate had that the savings target would be met",
         "asked_by": None,
         "answer": "a dedicated reviewing team had been in place since April",
         "given_by": "Strategic Director for People",
         "themes": ["finance", "adult-social-care"]},
        {"item": "616", "kind": "question",
         "text": "Cllr Bramwell queried why the number of people waiting for an assessment remained so high",
         "asked_by": "Cllr Bramwell",
         "answer": "eight of the eleven new posts had been filled, mostly by newly qualified staff",
         "given_by": "Assistant Director for Adult Social Care",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "616", "kind": "concern",
         "text": "Concern was expressed about the rising cost of home care",
         "asked_by": "Cllr Feltham",
         "answer": "rural enhancements were paid in parts of the north and west of the county",
         "given_by": None,
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "616", "kind": "request",
         "text": "the Panel had asked on several occasions for performance information to be broken down",
         "asked_by": None,
         "answer": "the new reporting system would allow this from the Quarter 2 report onwards",
         "given_by": "Strategic Director",
         "themes": []},
        {"item": "616", "kind": "question",
         "text": "In response to a question about the 91-day Home First figure",
         "asked_by": None,
         "answer": "measure was based on a sample of people discharged in the first quarter",
         "given_by": None,
         "themes": ["integration", "adult-social-care"]},
        {"item": "616", "kind": "question",
         "text": "Cllr Qureshi asked about the number of people placed in care homes outside the county",
         "asked_by": "Cllr Qureshi",
         "answer": "64 people were currently placed out of county, most of them at their own",
         "given_by": "Assistant Director for Commissioning (All Age)",
         "themes": ["adult-social-care"]},
        {"item": "616", "kind": "question",
         "text": "The Chairman asked whether the increase in employers' National Insurance contributions had",
         "asked_by": "Chairman",
         "answer": "an uplift had been agreed with providers from April and was included in the forecast",
         "given_by": "Senior Finance Business Partner",
         "themes": ["finance", "workforce", "adult-social-care"]},
        # 617 Day Opportunities
        {"item": "617", "kind": "question",
         "text": "Members asked what the Council would do with any savings from the review",
         "asked_by": None,
         "answer": "the strategy was not primarily about savings",
         "given_by": None,
         "themes": ["finance", "adult-social-care"]},
        {"item": "617", "kind": "question",
         "text": "asked how families whose relatives could not easily give their views had been involved",
         "asked_by": "Cllr Ombler",
         "answer": "advocates from Cradleigh Advocacy had supported 41 people to take part",
         "given_by": "Assistant Director",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "617", "kind": "concern",
         "text": "Concern was raised about transport. Several Members pointed out that many people",
         "asked_by": None,
         "answer": "a separate review of passenger transport was being carried out",
         "given_by": "Strategic Director for People",
         "themes": ["adult-social-care"]},
        {"item": "617", "kind": "comment",
         "text": "Cllr Pryce commented that she had visited the Kempsbury Resource Centre in August",
         "asked_by": "Cllr Pryce",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "617", "kind": "question",
         "text": "asked whether the independent and voluntary sector had the capacity to provide more",
         "asked_by": None,
         "answer": "a market engagement event had been held with providers in June",
         "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "617", "kind": "question",
         "text": "The Vice Chairman sought clarification as to whether any of the resource centre buildings",
         "asked_by": "Vice Chairman",
         "answer": "no decisions had been taken and that he would not pre-empt the consultation",
         "given_by": "Cabinet Member",
         "themes": ["adult-social-care"]},
        # 618 Safeguarding Adults Board Annual Report
        {"item": "618", "kind": "question",
         "text": "A Member asked why only 23% of concerns led to an enquiry",
         "asked_by": None,
         "answer": "the Board's audit of a sample of concerns which had not progressed",
         "given_by": "Independent Chair",
         "themes": ["governance", "adult-social-care"]},
        {"item": "618", "kind": "question",
         "text": "Cllr Lowther asked what was being done about financial abuse, including scams",
         "asked_by": "Cllr Lowther",
         "answer": "the Police had a dedicated economic crime unit which worked with Trading Standards",
         "given_by": "Detective Chief Inspector Cottrill",
         "themes": ["adult-social-care"]},
        {"item": "618", "kind": "question",
         "text": "how the Board could be assured that the recommendations had been implemented",
         "asked_by": None,
         "answer": "each recommendation had an action plan which was monitored by the Board's",
         "given_by": "Business Manager",
         "themes": ["governance", "adult-social-care"]},
        {"item": "618", "kind": "concern",
         "text": "Concern was expressed that the Board's budget had not increased for three years",
         "asked_by": None,
         "answer": "contributions were agreed annually, with the Council contributing 52%",
         "given_by": "Independent Chair",
         "themes": ["finance"]},
        {"item": "618", "kind": "question",
         "text": "The Chairman asked how the views of people who had been through a safeguarding enquiry",
         "asked_by": "Chairman",
         "answer": "the Making Safeguarding Personal survey had been completed by 204 people",
         "given_by": "Independent Chair",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "618", "kind": "question",
         "text": "In response to a question from Cllr Qureshi about waiting times for Deprivation of Liberty",
         "asked_by": "Cllr Qureshi",
         "answer": "1,120 applications were awaiting assessment, which was in line with the national position",
         "given_by": "Assistant Director for Adult Social Care",
         "themes": ["adult-social-care"]},
        # 619 Work Programme
        {"item": "619", "kind": "request",
         "text": "Cllr Gathercole suggested that the Panel should look at the support available to people",
         "asked_by": "Cllr Gathercole",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "adult-social-care"]},
        {"item": "619", "kind": "request",
         "text": "Cllr Qureshi asked that an update on the recruitment and retention of care workers",
         "asked_by": "Cllr Qureshi",
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "615", "text": "Minutes of the Meeting held on 14 July 2025 were agreed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "616", "text": "a breakdown of the home care overspend by district, to be included",
         "outcome": "agreed", "themes": ["finance", "adult-social-care"]},
        {"item": "617", "text": "The Panel noted the update. It was agreed that the Chairman would write",
         "outcome": "agreed", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "618", "text": "The Panel noted the Cradleigh Safeguarding Adults Board Annual Report 2024/25",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "619", "text": "The Panel agreed its Work Programme for 2025/26, subject to the addition of items",
         "outcome": "agreed", "themes": ["mental-health", "workforce"]},
    ],
    "attendees": (
        [{"name": "Cllr Margaret Rowley", "role": "Chairman", "attendance": "present"},
         {"name": "Cllr Tom Feltham", "role": "Vice Chairman", "attendance": "present"}]
        + [{"name": n, "role": None, "attendance": "present"} for n in (
            "Cllr Alan Bramwell", "Cllr Sue Gathercole", "Cllr Peter Lowther", "Cllr Richard Ombler",
            "Cllr Imogen Pryce", "Cllr Nadia Qureshi")]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ATTENDED]
        + [{"name": "Elaine Deakin", "role": "Democratic Governance and Scrutiny Manager",
            "attendance": "in_attendance"},
           {"name": "Owen Fairhurst", "role": "Overview and Scrutiny Officer", "attendance": "in_attendance"},
           {"name": "Cllr Keith Dallimore", "role": None, "attendance": "apologies"},
           {"name": "Cllr Helen Strang", "role": None, "attendance": "apologies"}]
    ),
}


class MinutesPDF(FPDF):
    footer_left = ""

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(140, 5, self.footer_left, align="L")
        self.cell(0, 5, f"Page No.  {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def new_pdf(cls, title):
    pdf = cls(format="A4", unit="mm")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(datetime(2025, 9, 30, 9, 0, 0, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_author("Cradleigh County Council")
    pdf.set_creator("Modern.Gov")
    pdf.set_producer("Modern.Gov PDF")
    return pdf


def build_minutes():
    pdf = new_pdf(MinutesPDF, f"{COMMITTEE} - Minutes - 22 September 2025")
    pdf.footer_left = f"{COMMITTEE} \u2013 Monday, 22 September 2025"
    pdf.add_page()
    # logo block, top right
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(150, 12, 42, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(151, 14)
    pdf.multi_cell(40, 5, "cradleigh\ncounty council", align="C")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(20, 32)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(170, 7.5, COMMITTEE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(170, 6, "Monday, 22 September 2025, County Hall, 10.00 am", align="L")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "Minutes", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def label_row(label, text, bold_label=True):
        y = pdf.get_y()
        pdf.set_font("Sans", "B" if bold_label else "", 10)
        pdf.set_xy(20, y)
        pdf.cell(32, 5.2, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(54, y)
        pdf.multi_cell(136, 5.2, text, align="L")

    label_row("Present:", PRESENT_LINE)
    pdf.ln(3)
    also = [f"{n}, {r}" for n, r in ATTENDED]
    also.append("Elaine Deakin (Democratic Governance and Scrutiny Manager) and Owen Fairhurst "
                "(Overview and Scrutiny Officer)")
    label_row("Also attended:", "\n".join(also))
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(20, y)
    pdf.multi_cell(32, 5.2, "Available papers", align="L")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(54, y)
    pdf.multi_cell(136, 5.2, "The members had before them:", align="L")
    for letter, txt in (("A.", "The Agenda papers (previously circulated);"),
                        ("B.", "The Minutes of the Meeting held on 14 July 2025 (previously circulated).")):
        yy = pdf.get_y() + 1
        pdf.set_xy(58, yy)
        pdf.cell(7, 5.2, letter)
        pdf.set_xy(66, yy)
        pdf.multi_cell(124, 5.2, txt, align="L")
    pdf.set_x(54)
    pdf.ln(1)
    pdf.set_x(54)
    pdf.multi_cell(136, 5.2, "(A copy of document A will be attached to the signed Minutes).", align="L")
    pdf.ln(4)

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(20, 6, num)
            pdf.set_xy(40, y)
            pdf.multi_cell(150, 6, title.replace(" - ", " \u2013 "), align="L")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(40)
            pdf.multi_cell(150, 5.2, block[1].replace(" - ", " \u2013 "), align="L")
            pdf.ln(2.2)
        elif kind == "b":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 268:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(42, y)
            pdf.cell(6, 5.2, "\u2022")
            pdf.set_xy(48, y)
            pdf.multi_cell(142, 5.2, block[1], align="L")
            pdf.ln(1.6)
    pdf.ln(6)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(40)
    pdf.cell(0, 5.2, "The meeting ended at 12.55 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_x(40)
    pdf.cell(0, 5.2, "Chairman \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
             new_x="LMARGIN", new_y="NEXT")
    out = DOCS / MINUTES_PDF
    pdf.output(str(out))
    return pdf.page_no()


# --------------------------------------------------------------------------------------
# The document that is not minutes: a scrutiny report for the panel's next meeting
# --------------------------------------------------------------------------------------

REPORT_GOLD = {"document": REPORT_PDF, "doc_type": "report"}

REPORT = [
    ("h", "Summary"),
    ("n", "1.", "The Adult Care and Well Being Overview and Scrutiny Panel (the Panel) is to receive the "
                "draft All Age Carers Strategy 2026-2030 before it is published for public consultation."),
    ("n", "2.", "The Cabinet Member with Responsibility for Adult Social Care, the Strategic Director for "
                "People and the Assistant Director for Commissioning (All Age) have been invited to the "
                "meeting. Representatives of Cradleigh Carers Hub have also been invited."),
    ("h", "Background"),
    ("n", "3.", "The current Carers Strategy was agreed by Cabinet in 2021 and runs until March 2026. The "
                "2021 Census recorded 58,300 unpaid carers in the county, of whom around 16,900 provide 50 "
                "or more hours of care a week. An estimated 1,450 of these are young carers aged 5 to 17."),
    ("n", "4.", "At its meeting on 22 September 2025 the Panel agreed to add an item on the support available "
                "to people with dementia and their carers to its Work Programme, and this is expected to be "
                "scheduled for March 2026. The Panel may therefore wish to focus at this meeting on the "
                "overall direction of the draft Strategy rather than on dementia services in particular."),
    ("n", "5.", "The Carers Hub is commissioned by the Council and NHS Cradleigh and Lenbury Integrated Care "
                "Board under a joint contract which was extended in April 2025 for a further twelve months. "
                "The draft Strategy will inform the recommissioning of the Hub, and a separate report on "
                "the procurement approach is expected to be considered by Cabinet in spring 2026."),
    ("h", "What carers have told us"),
    ("n", "6.", "Over the summer the Council held eight engagement events with carers and received 512 "
                "responses to its carers survey. The themes most often raised were: getting a break; "
                "being recognised by health professionals; information at the right time; and the cost "
                "of caring. Questions raised at the events included:"),
    ("q", "\u201cWill the Carers Breaks grant continue after March 2026?\u201d"),
    ("q", "\u201cWhy do I have to tell my story again every time I ring the Council?\u201d"),
    ("q", "\u201cHow can schools identify young carers earlier, before they start to struggle?\u201d"),
    ("q", "\u201cWho do I contact in an emergency if I am taken ill myself?\u201d"),
    ("n", "7.", "The draft Strategy proposes four priorities in response: carers are identified early and "
                "recognised; carers can take a break; carers have the information and advice they need; "
                "and carers can look after their own health and wellbeing. A summary of the survey results "
                "is included at Appendix 2."),
    ("h", "Purpose of the Meeting"),
    ("n", "8.", "The Panel is asked to:"),
    ("l", "a)", "consider the draft All Age Carers Strategy 2026-2030;"),
    ("l", "b)", "determine whether it would wish to make any comments to the Cabinet Member with "
                "Responsibility for Adult Social Care before the consultation begins; and"),
    ("l", "c)", "agree whether any further information or scrutiny on a particular topic is required."),
    ("h", "Supporting Information"),
    ("l", "\u2022", "Appendix 1 \u2013 Draft All Age Carers Strategy 2026-2030"),
    ("l", "\u2022", "Appendix 2 \u2013 Carers Survey 2025: Summary of Results"),
    ("h", "Contact Points"),
    ("p", "County Council Contact Points\nCounty Council: 01632 960000"),
    ("p", "Specific Contact Points for this report\nOwen Fairhurst, Overview and Scrutiny Officer\n"
          "Tel: 01632 960418\nEmail: scrutiny@cradleigh.gov.uk"),
    ("h", "Background Papers"),
    ("p", "In the opinion of the proper officer (in this case the Assistant Director for Legal and "
          "Governance) the following are the background papers relating to the subject matter of this "
          "report:"),
    ("l", "\u2022", "Agenda and minutes of the Adult Care and Well Being Overview and Scrutiny Panel on "
                    "22 September 2025"),
    ("l", "\u2022", "Cabinet report: Carers Strategy 2021-2026, 18 March 2021"),
    ("p", "All agendas and minutes are available on the Council's website here."),
]


class ReportPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, f"Page {self.page_no() + 10}", align="C")


def build_report():
    pdf = new_pdf(ReportPDF, "Draft All Age Carers Strategy 2026-2030")
    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(150, 12)
    pdf.cell(40, 6, "AGENDA ITEM 6", align="R")
    pdf.set_xy(20, 24)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(170, 6.5, "ADULT CARE AND WELL BEING OVERVIEW AND SCRUTINY PANEL\n24 NOVEMBER 2025",
                   align="L")
    pdf.ln(4)
    pdf.multi_cell(170, 6.5, "DRAFT ALL AGE CARERS STRATEGY 2026-2030", align="L")
    pdf.ln(4)
    for block in REPORT:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.set_x(20)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "n":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(10, 5.6, block[1])
            pdf.set_xy(32, y)
            pdf.multi_cell(158, 5.6, block[2], align="L")
            pdf.ln(2)
        elif kind == "q":
            pdf.set_font("Sans", "I", 10.5)
            pdf.set_x(40)
            pdf.multi_cell(150, 5.6, block[1], align="L")
            pdf.ln(1)
        elif kind == "l":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(32, y)
            pdf.cell(8, 5.6, block[1])
            pdf.set_xy(40, y)
            pdf.multi_cell(150, 5.6, block[2], align="L")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(32)
            pdf.multi_cell(158, 5.6, block[1], align="L")
            pdf.ln(2)
    pdf.output(str(DOCS / REPORT_PDF))
    return pdf.page_no()


# --------------------------------------------------------------------------------------

def norm(s, space=False):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " " if space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check():
    ok = True
    for gold_file in sorted(GOLD.glob("iz-*.json")):
        gold = json.loads(gold_file.read_text())
        doc = DOCS / gold["document"]
        text = pdf_text(doc)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            words = len(p.split())
            if not 6 <= words <= 15:
                print(f"{gold_file.name}: {kind} phrase has {words} words: {p!r}")
                ok = False
            for space in (False, True):
                c = count(norm(text, space), norm(p, space))
                if c != 1:
                    print(f"{gold_file.name}: {kind} phrase found {c} times (space={space}): {p!r}")
                    ok = False
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in norm(text):
                print(f"{gold_file.name}: attendee not found: {a['name']!r}")
                ok = False
            if a["role"] and norm(a["role"]) not in norm(text):
                print(f"{gold_file.name}: role not found: {a['role']!r}")
                ok = False
        for it in gold.get("items", []):
            if norm(it["title"]) not in norm(text):
                print(f"{gold_file.name}: item title not found: {it['title']!r}")
                ok = False
        print(f"{gold_file.name}: {len(phrases)} phrases checked, {len(gold.get('items', []))} items, "
              f"{len(gold.get('attendees', []))} attendees")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    pages_m = build_minutes()
    pages_r = build_report()
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {MINUTES_PDF} ({pages_m} pages), {REPORT_PDF} ({pages_r} pages) and gold files")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
