#!/usr/bin/env python3
"""Build the "oj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oj.py           build documents/oj-* and gold/oj-*.json
        build_oj.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import string
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "oj-sencewold-children-families-osc-2026-01-20.docx"
REPORT_NAME = "oj-sencewold-report-elective-home-education.pdf"
FIXED = datetime.datetime(2026, 1, 28, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COMMITTEE = "Children and Families Overview and Scrutiny Committee"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------
# Each entry of BODY is one of:
#   ("minute", title)            numbered minute heading (number from Word numbering)
#   ("p", text)                  ordinary paragraph (indented under the minute title)
#   ("sub", text)                bold underlined sub-heading inside a minute
#   ("pt", text)                 roman-numbered discussion point (Word numbering)
#   ("quote", text)              indented quotation
#   ("res", text)                "RESOLVED:" label
#   ("cl", text)                 typed "(a) That ..." clause, hanging indent
#   ("restart", None)            next "pt" starts again at i)

FIRST_MINUTE = 41

BODY = [
    ("minute", "Minutes of the meeting held on 18 November 2025."),
    ("p", "The minutes of the meeting held on 18 November 2025 were taken as read, confirmed "
          "and signed."),

    ("minute", "Question Time."),
    ("p", "The following question, received under Standing Order 34, was put to the Chairman "
          "of the Children and Families Overview and Scrutiny Committee:"),
    ("p", "Question asked by Mr Colin Treadwell:"),
    ("quote", "\u201cCould the Chairman please state how many children and young people with an "
              "Education, Health and Care Plan are currently without a school place in "
              "Sencewold, and what is the longest period that any of those children has been "
              "out of school while waiting for a specialist placement to be named?\u201d"),
    ("p", "Reply by the Chairman:"),
    ("quote", "\u201cAs at 31 December 2025, 47 children and young people with an Education, "
              "Health and Care Plan were recorded as awaiting the naming of a school place. Of "
              "these, 29 were of secondary school age. The longest period that a child had been "
              "without a school place was 14 months; this was a young person whose placement at "
              "an independent specialist school broke down in the autumn term of 2024 and for "
              "whom three further schools had declined to offer a place. Every child in this "
              "group has a named SEND Officer, and each is receiving education otherwise than at "
              "school, in most cases through a tuition package commissioned by the Authority, "
              "until a suitable place is secured. The position is reviewed weekly by the Head of "
              "SEND Assessment and Provision.\u201d"),
    ("p", "Mr Treadwell asked a supplementary question as to whether the tuition provided to "
          "those children amounted to a full time education."),
    ("p", "At the invitation of the Chairman, the Director of Children and Family Services "
          "advised that it did not in every case. Tuition packages currently ranged from 10 to "
          "25 hours a week, depending on the needs of the child and on what the child could "
          "manage, and in a number of cases the hours were being built up gradually. The "
          "Director undertook to provide Mr Treadwell with a written response setting out the "
          "range of hours being provided, without identifying any individual child."),

    ("minute", "Questions asked by members under Standing Order 7(3) and 7(5)."),
    ("p", "The following question was received under Standing Order 7(3) and 7(5) and was put "
          "to the Chairman of the Children and Families Overview and Scrutiny Committee:"),
    ("p", "Question asked by Mr. D. Harkin CC:"),
    ("quote", "\u201cCan the Chairman tell the Committee how many primary schools in the county "
              "took part in the early adopter phase of the national free breakfast clubs "
              "programme, and whether the funding received has covered the costs those schools "
              "have incurred?\u201d"),
    ("p", "Reply by the Chairman:"),
    ("quote", "\u201cThirty one primary schools in Sencewold were accepted onto the early adopter "
              "phase, which began in April 2025, out of 58 schools which expressed an interest. "
              "Schools received a set up grant of \u00a31,000 and a per breakfast rate for the "
              "summer term. The Authority does not hold information on the full costs incurred "
              "by individual schools, but feedback gathered through the Primary Heads Forum "
              "indicates that smaller rural schools found the funding did not fully meet the "
              "cost of staffing the clubs. This feedback has been passed to the Department for "
              "Education as part of its evaluation of the early adopter phase.\u201d"),
    ("p", "Mr. Harkin CC asked a supplementary question as to whether the Authority would be "
          "able to support those smaller schools from its own resources. The Chairman replied "
          "that this was a matter for the Cabinet, and that she would ask the Lead Member to "
          "respond to Mr. Harkin in writing."),

    ("minute", "To advise of any other items which the Chairman has decided to take as urgent "
               "elsewhere on the agenda."),
    ("p", "There were no urgent items for consideration."),

    ("minute", "Declarations of interest in respect of items on the agenda."),
    ("p", "The Chairman invited members who wished to do so to declare any interest in respect "
          "of items on the agenda for the meeting."),
    ("p", "Mrs. R. Ellwood CC declared a registered interest in all substantive items as a "
          "member of the governing body of Hallam Fields Primary School."),
    ("p", "Mr. J. Fenwick CC declared a registered interest in item 9 (Placement Sufficiency "
          "Strategy 2026-2029) as a trustee of Brightpath Sencewold, a charity which provides "
          "supported accommodation for young people leaving care."),
    ("p", "No further declarations were made."),

    ("minute", "Declarations of the Party Whip in accordance with Overview and Scrutiny "
               "Procedure Rule 16."),
    ("p", "There were no declarations of the party whip."),

    ("minute", "Presentation of Petitions under Standing Order 35."),
    ("p", "The Chief Executive reported that no petitions had been received under Standing "
          "Order 35."),

    ("minute", "Medium Term Financial Strategy 2026/27 - 2029/30."),
    ("p", "The Committee considered a joint report of the Director of Children and Family "
          "Services and the Director of Corporate Resources, the purpose of which was to "
          "provide information on the proposed 2026/27 to 2029/30 Medium Term Financial "
          "Strategy (MTFS) as it related to the Children and Family Services Department. A "
          "copy of the report, marked \u2018Agenda Item 8\u2019, is filed with these minutes."),
    ("p", "The Chairman welcomed Mr. R. Pellow CC, Cabinet Lead Member for Resources, to the "
          "meeting for this item."),
    ("p", "In introducing the report, the Lead Member for Children and Family Services "
          "highlighted that the Department\u2019s proposed net budget for 2026/27 was "
          "\u00a3142.3m, an increase of \u00a318.4m on the current year, the greater part of "
          "which reflected the continuing rise in the cost of placements for children in care. "
          "Savings of \u00a34.9m were proposed over the four years of the MTFS, of which "
          "\u00a33.2m was expected to be delivered through the Defining Children and Family "
          "Services for the Future programme. The Director of Corporate Resources reminded the "
          "Committee that the provisional local government finance settlement, published in "
          "December, had been better than expected in cash terms but that the Council still "
          "faced a gap of \u00a338m in the final year of the MTFS which had yet to be closed."),
    ("p", "Arising from discussion the following points were made:"),
    ("sub", "Service Transformation"),
    ("pt", "A member asked what confidence there could be that the Defining Children and Family "
           "Services for the Future programme would deliver the savings assumed for 2026/27, "
           "given that some savings from previous years had slipped. The Director explained "
           "that each saving was tracked monthly by the departmental transformation board. Of "
           "the savings due in the current year, \u00a32.1m had been delivered in full and the "
           "remainder was rated amber, largely because of delays in the recruitment of foster "
           "carers, but the Department remained confident that it would be achieved by the end "
           "of 2026/27."),
    ("pt", "Members welcomed the progress made in establishing the Family Help teams in each "
           "of the seven districts and commented that early feedback from schools and health "
           "visitors had been very positive."),
    ("sub", "Proposed Revenue Budget"),
    ("pt", "Concern was expressed at the scale of the growth required for children\u2019s "
           "social care placements, which at \u00a39.6m in 2026/27 accounted for more than half "
           "of the Department\u2019s total growth. In response, the Director explained that the "
           "number of children in care had stabilised at around 790, but that the average cost "
           "of an external residential placement had risen to over \u00a36,800 per week, and a "
           "small number of placements for children with the most complex needs now exceeded "
           "\u00a315,000 per week."),
    ("pt", "A member queried why the budget assumed inflation of only 2 per cent for "
           "independent sector providers when providers were reporting cost increases well "
           "above that figure. The Head of Finance (Children and Family Services) confirmed "
           "that 2 per cent was the corporate assumption applied across all departments, and "
           "that a central contingency was held for inflation above that level which would be "
           "allocated once fee negotiations with providers had concluded in March."),
    ("pt", "In response to a question about the increase in employers\u2019 National Insurance "
           "contributions, it was confirmed that the additional cost of \u00a31.4m for the "
           "Department\u2019s own staff had been built into the budget, but that commissioned "
           "providers were seeking to pass their own additional costs on to the Council through "
           "higher fees."),
    ("sub", "Growth"),
    ("pt", "Members noted the growth of \u00a32.9m for SEND home to school transport and asked "
           "whether the revised post 16 transport policy agreed by the Cabinet in July had "
           "reduced demand. It was reported that it was too early to assess the effect of the "
           "policy, as it applied only to new applicants from September 2025, but that the "
           "number of children with an EHCP requiring transport had continued to grow by "
           "around 9 per cent a year."),
    ("sub", "Savings"),
    ("pt", "A member sought clarification on the saving of \u00a3600,000 from reducing the "
           "Department\u2019s reliance on agency social workers and whether it was realistic "
           "given the national shortage of experienced practitioners. The Director advised that "
           "the number of agency social workers had fallen from 71 in April 2025 to 44 in "
           "December 2025 following the introduction of the regional memorandum of "
           "understanding on agency pay rates, and that a further cohort of 18 newly qualified "
           "social workers would join the Assessed and Supported Year in Employment programme "
           "in March."),
    ("pt", "Concern was raised that the saving attached to the review of the short breaks offer "
           "might fall on families of disabled children who had already seen reductions in "
           "recent years. The Lead Member gave assurance that no decision had yet been taken, "
           "and that any proposals arising from the review would be subject to consultation "
           "with parent carers before being put to the Cabinet."),
    ("sub", "Dedicated Schools Grant and High Needs"),
    ("pt", "Members expressed serious concern at the cumulative High Needs Block deficit, which "
           "was forecast to reach \u00a396m by 31 March 2026 and over \u00a3180m by the end of "
           "the MTFS period. The Director of Corporate Resources explained that the statutory "
           "override, which allowed the deficit to be held separately from the Council\u2019s "
           "general reserves, had been extended by the Government to March 2028, but that "
           "there was still no indication of how accumulated deficits would be dealt with "
           "nationally. The position remained the single most significant financial risk "
           "facing the Council."),
    ("pt", "A member asked whether the Council had made representations to the Government "
           "about the level of high needs funding received by Sencewold compared with similar "
           "authorities. Mr. Pellow CC confirmed that the Leader had written to the Secretary "
           "of State in October, jointly with the other county councils in the region, and "
           "that the matter had also been raised through the County Councils Network."),
    ("pt", "A member commented that more should be done to hold academy trusts to account for "
           "the number of pupils with special educational needs that they admitted, as the "
           "burden appeared to fall on a small number of maintained schools in the north of "
           "the county."),
    ("sub", "Capital Programme"),
    ("pt", "In response to a question, the Director confirmed that the capital programme "
           "included \u00a314.5m for additional specialist places through resource bases "
           "attached to mainstream schools, of which 120 places were expected to open in "
           "September 2026, and a further special school on the former Coalpit Lane depot site "
           "for which the Council was awaiting a decision from the Department for Education."),
    ("res", "RESOLVED:"),
    ("cl", "(a)\tThat the report on the proposed 2026/27 to 2029/30 Medium Term Financial "
           "Strategy as it relates to the Children and Family Services Department be noted;"),
    ("cl", "(b)\tThat the comments now made be forwarded to the Scrutiny Commission for "
           "consideration at its meeting on 26 January 2026."),
    ("restart", None),

    ("minute", "Placement Sufficiency Strategy 2026-2029."),
    ("p", "The Committee considered a report of the Director of Children and Family Services "
          "which presented the draft Placement Sufficiency Strategy 2026-2029 and provided an "
          "update on the Council\u2019s programme to open its own children\u2019s homes. A copy "
          "of the report, marked \u2018Agenda Item 9\u2019, is filed with these minutes."),
    ("p", "The Assistant Director for Children\u2019s Social Care advised that the Strategy had "
          "been developed following a full assessment of the needs of the 790 children in care "
          "and 512 care leavers for whom the Council was responsible. The Council\u2019s "
          "priority remained for children to live in a family setting wherever possible, close "
          "to their school and community, and the Strategy set targets to increase the "
          "proportion of children living with the Council\u2019s own foster carers and to "
          "reduce the use of residential placements at a distance."),
    ("p", "Arising from discussion the following points were made:"),
    ("pt", "Members welcomed the opening of the Council\u2019s third children\u2019s home at "
           "Wigston Parva Road, which had been registered by Ofsted in October 2025, and asked "
           "how places at the home were being allocated. It was reported that the home was now "
           "fully occupied by four young people, all of whom had previously lived in placements "
           "outside the county, and that a fourth and fifth home were planned to open during "
           "2026."),
    ("pt", "A member raised concern about the level of profits being made by some private "
           "providers of children\u2019s residential care, citing national analysis which "
           "showed average profit margins of over 20 per cent among the largest providers, and "
           "asked whether the Council could limit the fees that it paid. The Director explained "
           "that the Council could not cap fees in a market where demand outstripped supply, "
           "but that through the East Midlands regional framework the Council was able to "
           "challenge fee increases, and that the new financial oversight powers proposed by "
           "the Government would, once in force, give greater transparency about the finances "
           "of the largest providers."),
    ("pt", "In response to a question about the number of children placed some distance from "
           "home, it was reported that 31 per cent of children in care were living outside the "
           "county boundary, although many of these were in neighbouring authorities and within "
           "20 miles of their home address."),
    ("pt", "A member asked how children and young people had been involved in developing the "
           "Strategy. The Committee was informed that the Children in Care Council had been "
           "consulted at two of its meetings and had helped to write the section on what "
           "young people wanted from a good placement, and that a survey of foster carers had "
           "received 212 responses."),
    ("pt", "Concerns were expressed about the availability of suitable accommodation for care "
           "leavers, in particular for those aged 18 to 21 who were not ready to live "
           "independently, and about the use of bed and breakfast accommodation in emergencies. "
           "The Director confirmed that no care leaver had been placed in bed and breakfast "
           "accommodation since May 2025, and that the joint housing protocol with the seven "
           "district councils had been refreshed so that care leavers were given priority "
           "banding on the housing register."),
    ("pt", "Concern was expressed that the number of mainstream fostering households had fallen "
           "by 9 per cent over two years while the number of children in care had continued to "
           "rise. The Lead Member reported that the Council had joined the East Midlands "
           "fostering recruitment hub funded by the Department for Education, and that "
           "allowances for the Council\u2019s own foster carers had been increased by 6.5 per "
           "cent from April 2025, which had been well received."),
    ("pt", "A member requested that the Committee be provided with a breakdown of fostering "
           "households by district, showing the number recruited and the number which had "
           "ceased to foster in the past year. The Director undertook to circulate this "
           "information to members following the meeting."),
    ("res", "RESOLVED:"),
    ("cl", "(a)\tThat the draft Placement Sufficiency Strategy 2026-2029 be noted;"),
    ("cl", "(b)\tThat the Committee\u2019s support for the continued expansion of the "
           "Council\u2019s own children\u2019s homes be conveyed to the Cabinet when it "
           "considers the Strategy on 17 February 2026;"),
    ("cl", "(c)\tThat a further report on the progress of the in-house residential programme "
           "be submitted to the Committee in twelve months\u2019 time."),
    ("restart", None),

    ("minute", "Quarter 2 2025/26 Performance Report."),
    ("p", "The Committee considered a joint report of the Chief Executive and the Director of "
          "Children and Family Services which presented an update on the Children and Family "
          "Services Department\u2019s performance for the period July to September 2025 "
          "(quarter 2). A copy of the report, marked \u2018Agenda Item 10\u2019, is filed with "
          "these minutes."),
    ("p", "Arising from discussion the following points were made:"),
    ("pt", "Members welcomed the improvement in the proportion of Education, Health and Care "
           "Plans issued within 20 weeks, which had risen to 58 per cent from 31 per cent a year "
           "earlier. A member asked whether the improvement could be sustained given the "
           "continuing rise in requests for assessment. The Assistant Director for Education "
           "and SEND stated that the additional educational psychologists recruited during the "
           "year were now in post, and that the Department expected performance to reach 65 "
           "per cent by the end of the year, though requests for assessment were 14 per cent "
           "higher than the previous year."),
    ("pt", "Members were concerned at the continued rise in the number of children being "
           "electively home educated, which had reached 1,412 at the end of the quarter, and "
           "asked what proportion of those children had special educational needs or were known "
           "to children\u2019s social care. The Assistant Director reported that around 19 per "
           "cent had SEND and 7 per cent had an open social care case, and that the Department "
           "was preparing for the introduction of the statutory register of children not in "
           "school."),
    ("pt", "A member questioned why the rate of re-referrals to children\u2019s social care "
           "within 12 months, at 24.6 per cent, was above both the national average and the "
           "average of statistical neighbours. It was explained that a review of a sample of "
           "cases had found that a significant number of re-referrals related to domestic abuse "
           "incidents notified by the police, and that work with the police on the threshold "
           "for such notifications was under way."),
    ("pt", "In response to a question about the waiting times for children\u2019s mental "
           "health services, the Director advised that the Integrated Care Board had reported "
           "an average wait of 22 weeks from referral to treatment for CAMHS, and that the "
           "Mental Health Support Teams now covered 61 per cent of schools in the county."),
    ("pt", "A member commented that the report would be easier to follow if comparison data "
           "with statistical neighbours was shown for every indicator."),
    ("p", "The Chairman suggested, and the Committee agreed, that a briefing on elective home "
          "education be arranged for all members of the Committee before its next meeting."),
    ("res", "RESOLVED:"),
    ("p", "That the update on the Children and Family Services Department\u2019s performance "
          "for the period July to September 2025 (quarter 2) be noted."),

    ("minute", "Date of next meeting."),
    ("res", "RESOLVED:"),
    ("p", "It was noted that the next meeting of the Committee would be held on Tuesday, "
          "3 March 2026 at 2.00pm."),
]

MEMBERS = [
    ("Mr. T. Carrow CC", "Mr. D. Harkin CC"),
    ("Mr. P. Denning CC", "Mr. B. Illsley CC"),
    ("Mrs. R. Ellwood CC", "Mrs. M. Joliffe CC"),
    ("Mr. J. Fenwick CC", "Ms. S. Nuttall CC"),
    ("Ms. S. Gant CC", ""),
]


def minute_numbers():
    n = FIRST_MINUTE
    out = []
    for kind, text in BODY:
        if kind == "minute":
            out.append((str(n), text))
            n += 1
    return out


# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": str(item), "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": str(item), "text": text, "outcome": outcome, "themes": themes}


CF = "children-and-families"

QUESTIONS = [
    # 42 Question Time
    q(42, "question",
      "what is the longest period that any of those children has been out of school",
      "Mr Colin Treadwell",
      "the longest period that a child had been without a school place was 14 months",
      "Chairman", [CF]),
    q(42, "question",
      "asked a supplementary question as to whether the tuition provided to those children",
      "Mr Treadwell",
      "tuition packages currently ranged from 10 to 25 hours a week",
      "Director of Children and Family Services", [CF]),
    # 43 Members' questions
    q(43, "question",
      "took part in the early adopter phase of the national free breakfast clubs programme",
      "Mr. D. Harkin CC",
      "thirty one primary schools in sencewold were accepted onto the early adopter phase",
      "Chairman", [CF, "finance"]),
    q(43, "question",
      "whether the authority would be able to support those smaller schools from its own resources",
      "Mr. Harkin CC",
      "this was a matter for the cabinet and that she would ask the lead member",
      "Chairman", [CF, "finance"]),
    # 48 MTFS
    q(48, "question",
      "a member asked what confidence there could be that the defining children",
      None,
      "each saving was tracked monthly by the departmental transformation board",
      "Director", [CF, "finance"]),
    q(48, "comment",
      "members welcomed the progress made in establishing the family help teams",
      None, None, None, [CF]),
    q(48, "concern",
      "concern was expressed at the scale of the growth required for",
      None,
      "the number of children in care had stabilised at around 790",
      "Director", [CF, "finance"]),
    q(48, "question",
      "queried why the budget assumed inflation of only 2 per cent for independent sector providers",
      None,
      "2 per cent was the corporate assumption applied across all departments",
      "Head of Finance (Children and Family Services)", [CF, "finance", "subcontracting"]),
    q(48, "question",
      "in response to a question about the increase in employers national insurance contributions",
      None,
      "had been built into the budget but that commissioned providers were seeking",
      None, [CF, "finance", "workforce", "subcontracting"]),
    q(48, "question",
      "asked whether the revised post 16 transport policy agreed by the cabinet in july",
      None,
      "it was too early to assess the effect of the policy",
      None, [CF, "finance"]),
    q(48, "question",
      "whether it was realistic given the national shortage of experienced practitioners",
      None,
      "the number of agency social workers had fallen from 71 in april 2025",
      "Director", [CF, "finance", "workforce"]),
    q(48, "concern",
      "the saving attached to the review of the short breaks offer might fall on families",
      None,
      "the lead member gave assurance that no decision had yet been taken",
      "Lead Member", [CF, "finance", "patient-and-public-input"]),
    q(48, "concern",
      "members expressed serious concern at the cumulative high needs block deficit",
      None,
      "the statutory override which allowed the deficit to be held separately",
      "Director of Corporate Resources", [CF, "finance", "governance"]),
    q(48, "question",
      "asked whether the council had made representations to the government about the level",
      None,
      "the leader had written to the secretary of state in october",
      "Mr. Pellow CC", [CF, "finance"]),
    q(48, "comment",
      "more should be done to hold academy trusts to account for the number of pupils",
      None, None, None, [CF, "governance"]),
    q(48, "question",
      "in response to a question the director confirmed that the capital programme included",
      None,
      "120 places were expected to open in september 2026",
      "Director", [CF, "finance"]),
    # 49 Placement sufficiency
    q(49, "question",
      "asked how places at the home were being allocated",
      None,
      "the home was now fully occupied by four young people",
      None, [CF]),
    q(49, "concern",
      "raised concern about the level of profits being made by some private providers",
      None,
      "the council could not cap fees in a market where demand outstripped supply",
      "Director", [CF, "privatisation", "subcontracting", "finance", "governance"]),
    q(49, "question",
      "in response to a question about the number of children placed some distance from home",
      None,
      "31 per cent of children in care were living outside the county boundary",
      None, [CF]),
    q(49, "question",
      "a member asked how children and young people had been involved in developing the strategy",
      None,
      "the children in care council had been consulted at two of its meetings",
      None, [CF, "patient-and-public-input"]),
    q(49, "concern",
      "concerns were expressed about the availability of suitable accommodation for care leavers",
      None,
      "no care leaver had been placed in bed and breakfast accommodation since may 2025",
      "Director", [CF, "housing"]),
    q(49, "concern",
      "the number of mainstream fostering households had fallen by 9 per cent over two years",
      None,
      "the council had joined the east midlands fostering recruitment hub",
      "Lead Member", [CF, "workforce", "finance"]),
    q(49, "request",
      "requested that the committee be provided with a breakdown of fostering households by district",
      None,
      "the director undertook to circulate this information to members following the meeting",
      "Director", [CF]),
    # 50 Performance
    q(50, "question",
      "asked whether the improvement could be sustained given the continuing rise in requests for assessment",
      None,
      "the additional educational psychologists recruited during the year were now in post",
      "Assistant Director for Education and SEND", [CF, "workforce"]),
    q(50, "concern",
      "members were concerned at the continued rise in the number of children",
      None,
      "7 per cent had an open social care case",
      "Assistant Director", [CF]),
    q(50, "question",
      "was above both the national average and the average of statistical neighbours",
      None,
      "related to domestic abuse incidents notified by the police",
      None, [CF]),
    q(50, "question",
      "in response to a question about the waiting times for",
      None,
      "an average wait of 22 weeks from referral to treatment for camhs",
      "Director", [CF, "mental-health"]),
    q(50, "comment",
      "the report would be easier to follow if comparison data with statistical neighbours",
      None, None, None, [CF]),
]

RESOLUTIONS = [
    r(41, "the minutes of the meeting held on 18 november 2025 were taken as read",
      "agreed", []),
    r(48, "the comments now made be forwarded to the scrutiny commission for consideration",
      "agreed", [CF, "finance"]),
    r(49, "be conveyed to the cabinet when it considers the strategy on 17 february 2026",
      "agreed", [CF]),
    r(50, "a briefing on elective home education be arranged for all members of the committee",
      "agreed", [CF]),
    r(50, "for the period july to september 2025 quarter 2 be noted",
      "noted", [CF]),
    r(51, "the next meeting of the committee would be held on tuesday 3 march 2026",
      "noted", []),
]

ATTENDEES = (
    [{"name": "Mrs. A. Bexley CC", "role": "in the Chair", "attendance": "present"}]
    + [{"name": n, "role": None, "attendance": "present"}
       for row in MEMBERS for n in row if n]
    + [
        {"name": "Mrs. L. Kirkup", "role": "Parent Governor Representative",
         "attendance": "present"},
        {"name": "Mrs. V. Oakden CC", "role": "Cabinet Lead Member for Children and Family Services",
         "attendance": "in_attendance"},
        {"name": "Mr. R. Pellow CC", "role": "Cabinet Lead Member for Resources",
         "attendance": "in_attendance"},
        {"name": "Mr. K. Roper CC", "role": None, "attendance": "apologies"},
        {"name": "Mr. H. Waterfield", "role": "Diocesan Representative", "attendance": "apologies"},
    ]
)


def minutes_gold():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2026-01-20",
        "items": [{"number": n, "title": t} for n, t in minute_numbers()],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


# --------------------------------------------------------------------------------------
# Writing the Word document
# --------------------------------------------------------------------------------------
def build_minutes(path):
    from docx import Document
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - " + COMMITTEE + " - 20 January 2026"
    cp.revision = 4

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    h = doc.styles["Heading 2"]
    h.font.name = "Arial"
    h.font.size = Pt(11)
    h.font.bold = True
    h.font.italic = False
    h.font.color.rgb = RGBColor(0, 0, 0)
    h.paragraph_format.space_before = Pt(12)
    h.paragraph_format.space_after = Pt(6)
    h.paragraph_format.keep_with_next = True
    rpr = h.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), "Arial")
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]

    # ---- Word numbering: minute numbers (41., 42., ...) and i) ii) points --------------
    numbering = doc.part.numbering_part.element
    W = nsdecls("w")
    abs_minute = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90">'
        '<w:nsid w:val="3A1C52E0"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0809000F"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{FIRST_MINUTE}"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/></w:tabs>'
        '<w:ind w:left="1134" w:hanging="1134"/></w:pPr></w:lvl></w:abstractNum>')
    abs_point = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="91">'
        '<w:nsid w:val="5B7E20D4"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0809001B"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
        '<w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1843"/></w:tabs>'
        '<w:ind w:left="1843" w:hanging="709"/></w:pPr></w:lvl></w:abstractNum>')
    existing_abs = numbering.findall(qn("w:abstractNum"))
    anchor = existing_abs[-1] if existing_abs else None
    if anchor is not None:
        anchor.addnext(abs_point)
        anchor.addnext(abs_minute)
    else:
        numbering.insert(0, abs_point)
        numbering.insert(0, abs_minute)
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    point_num_ids = []

    def new_point_list():
        nid = 91 + len(point_num_ids)
        numbering.append(parse_xml(
            f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        point_num_ids.append(nid)
        return nid

    def set_num(par, num_id):
        num_pr = par._p.get_or_add_pPr().get_or_add_numPr()  # keeps schema order
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

    def add_par(text="", bold=False, underline=False, indent=None, hanging=None,
                after=6, before=0, align=None, italic=False):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        if indent is not None:
            pf.left_indent = Cm(indent)
        if hanging is not None:
            pf.first_line_indent = Cm(-hanging)
        pf.space_after = Pt(after)
        pf.space_before = Pt(before)
        if align is not None:
            par.alignment = align
        if text:
            run = par.add_run(text)
            run.bold = bold
            run.underline = underline
            run.italic = italic
        return par

    # ---- heading block ---------------------------------------------------------------
    add_par("Minutes of a meeting of the Children and Families Overview and Scrutiny "
            "Committee held at County Hall, Glenmoor on Tuesday, 20 January 2026.",
            bold=True, after=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_par("PRESENT", bold=True, after=12)
    add_par("Mrs. A. Bexley CC (in the Chair)", after=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {W}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in
            ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)  # tblBorders must come before tblLook
    else:
        tbl_pr.append(borders)
    for left, right in MEMBERS:
        cells = table.add_row().cells
        cells[0].width = Cm(7.5)
        cells[1].width = Cm(7.5)
        cells[0].paragraphs[0].add_run(left)
        if right:
            cells[1].paragraphs[0].add_run(right)
    add_par("", after=0)
    add_par("Mrs. L. Kirkup \u2013 Parent Governor Representative", after=12, indent=1.0)

    add_par("In attendance", bold=True, after=6)
    add_par("Mrs. V. Oakden CC \u2013 Cabinet Lead Member for Children and Family Services.",
            after=0)
    add_par("Mr. R. Pellow CC \u2013 Cabinet Lead Member for Resources (minute 48 refers).",
            after=12)
    add_par("Apologies for absence were received from Mr. K. Roper CC and Mr. H. Waterfield "
            "(Diocesan Representative).", after=6)

    # ---- the minutes -----------------------------------------------------------------
    point_list = None
    for kind, text in BODY:
        if kind == "minute":
            par = doc.add_paragraph(style="Heading 2")
            par.add_run(text)
            set_num(par, 90)
        elif kind == "p":
            add_par(text, indent=2.0, after=8)
        elif kind == "quote":
            add_par(text, indent=3.0, after=8)
        elif kind == "sub":
            add_par(text, indent=2.0, bold=True, underline=True, after=6, before=4)
        elif kind == "pt":
            if point_list is None:
                point_list = new_point_list()
            par = add_par(text, after=8)
            set_num(par, point_list)
        elif kind == "restart":
            point_list = None
        elif kind == "res":
            add_par(text, indent=2.0, bold=True, after=6)
        elif kind == "cl":
            par = add_par(text, indent=3.25, hanging=1.25, after=6)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(3.25), WD_TAB_ALIGNMENT.LEFT)
        else:  # pragma: no cover
            raise ValueError(kind)

    # ---- signature block ---------------------------------------------------------------
    add_par("", after=24)
    par = add_par("", after=0)
    par.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.LEFT)
    par.add_run("2.00 - 4.28 pm\tCHAIRMAN")
    add_par("20 January 2026", after=0)

    # ---- footer: page number centred -------------------------------------------------
    footer = sec.footer
    fpar = footer.paragraphs[0]
    fpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fpar.add_run()
    for tag, attrs, txt in (("w:fldChar", {"w:fldCharType": "begin"}, None),
                            ("w:instrText", {"xml:space": "preserve"}, " PAGE "),
                            ("w:fldChar", {"w:fldCharType": "separate"}, None),
                            ("w:t", {}, "1"),
                            ("w:fldChar", {"w:fldCharType": "end"}, None)):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if txt is not None:
            el.text = txt
        run._r.append(el)

    buf = io.BytesIO()
    doc.save(buf)
    write_deterministic_zip(buf.getvalue(), path)


def write_deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 28, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# The document that is not minutes: an officer report to the next meeting (PDF)
# --------------------------------------------------------------------------------------
REPORT_SECTIONS = [
    ("Purpose of the Report", [
        "The purpose of this report is to provide the Committee with information on elective "
        "home education (EHE) in Sencewold, following the request made by members when the "
        "Quarter 2 Performance Report was considered on 20 January 2026, and to set out how "
        "the Department is preparing for the introduction of registers of children not in "
        "school.",
    ]),
    ("Policy Framework and Previous Decisions", [
        "Parents have a legal right to educate their child at home. The Department for "
        "Education\u2019s guidance for local authorities on elective home education (2019) "
        "sets out the Authority\u2019s role, which is limited to establishing, where it appears "
        "that a child may not be receiving a suitable education, whether that is the case.",
        "The Children\u2019s Wellbeing and Schools Bill includes provisions requiring local "
        "authorities to keep a register of children not in school and placing new duties on "
        "parents to provide information for it. The Cabinet noted the implications of the Bill "
        "for the Department at its meeting on 16 September 2025.",
    ]),
    ("Background", [
        "At the end of December 2025, 1,448 children and young people were recorded as "
        "electively home educated in Sencewold, compared with 1,096 two years earlier. "
        "Around 19 per cent of those children have special educational needs, and 7 per cent "
        "have an open case with children\u2019s social care.",
        "The most common reasons given by parents for choosing home education are the mental "
        "health or emotional wellbeing of their child (31 per cent), dissatisfaction with the "
        "school or with SEND support (22 per cent) and a philosophical or lifestyle choice "
        "(18 per cent). Around a quarter of parents give no reason.",
        "The EHE team consists of 4.5 full time equivalent advisers. Each adviser currently "
        "holds around 320 cases, and the team is not able to offer an annual visit to every "
        "family.",
    ]),
    ("Questions for the Committee", [
        "Members may wish to consider the following questions when scrutinising this report: "
        "How can the Authority be assured that children who are home educated are receiving a "
        "suitable education? Should the Authority seek to offer every family an annual visit, "
        "and what resources would that require? What more could schools do before a child is "
        "removed from the school roll?",
    ]),
    ("Resource Implications", [
        "Preparing for the statutory register is expected to require an additional 2.0 full "
        "time equivalent posts and a new case management module at an estimated one-off cost "
        "of \u00a385,000. The Government has indicated that new burdens funding will be "
        "provided, but the amount is not yet known.",
    ]),
    ("Recommendations", [
        "The Committee is asked to note the information contained in this report and to "
        "comment on the Department\u2019s preparations for the introduction of registers of "
        "children not in school.",
    ]),
    ("Circulation under the Local Issues Alert Procedure", ["None."]),
    ("Equality Implications", [
        "Children with special educational needs and children from Gypsy, Roma and Traveller "
        "communities are over-represented among those who are electively home educated. An "
        "Equality Impact Assessment will be completed as part of the preparations for the "
        "statutory register.",
    ]),
    ("Officer to Contact", [
        "Jane Ridgway, Assistant Director, Education and SEND, Tel: 0116 305 0000, "
        "Email: jane.ridgway@sencewold.gov.uk",
    ]),
]


def build_report(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Elective Home Education")
    pdf.set_author("Sencewold County Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-15)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 8, str(pdf.page_no()), align="C")

    pdf.footer = footer
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    for line in ("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE",
                 "3 MARCH 2026", "",
                 "ELECTIVE HOME EDUCATION", "",
                 "REPORT OF THE DIRECTOR OF CHILDREN AND FAMILY SERVICES"):
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    n = 1
    for head, paras in REPORT_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10.5)
        for text in paras:
            y = pdf.get_y()
            pdf.set_x(22)
            pdf.cell(12, 5.5, f"{n}.")
            pdf.set_xy(34, y)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            n += 1
        pdf.ln(2)
    pdf.output(str(path))


def report_gold():
    return {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------
PUNCT = set(string.punctuation) | set("\u2018\u2019\u201c\u201d\u2013\u2014\u00a3\u2026")


def norm(text):
    text = text.lower()
    text = "".join(ch for ch in text if ch not in PUNCT)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gfile in sorted(GOLD.glob("oj-*.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = norm(doc_text(doc))
        phrases = []
        for qrow in gold.get("questions", []):
            phrases.append(("question", qrow["text"]))
            if qrow.get("answer"):
                phrases.append(("answer", qrow["answer"]))
        for rrow in gold.get("resolutions", []):
            phrases.append(("resolution", rrow["text"]))
        for kind, ph in phrases:
            words = len(ph.split())
            n = text.count(norm(ph))
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gfile.name}: {kind} x{n} ({words} words): {ph!r}")
        print(f"{gfile.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
