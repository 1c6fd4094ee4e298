#!/usr/bin/env python3
"""Build the "mr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mr.py           build documents/mr-* and gold/mr-*.json
        build_mr.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "mr-brindlecote-jhosc-2025-03-17.txt"
REPORT_NAME = "mr-brindlecote-jhosc-cover-report-mental-health-rehabilitation.pdf"
FIXED = datetime.datetime(2025, 3, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)

COMMITTEE = ("Joint Health Overview and Scrutiny Committee (South Wendale, Morcaster, "
             "Lindmoor and Wakeholme)")

# ---------------------------------------------------------------------------------------
# The minutes, as blocks.  ("item", num, title) ("para", num, text) ("bullet", text)
# ("clause", label, text) ("quote", text) ("plain", text)
# ---------------------------------------------------------------------------------------
B = []


def item(num, title):
    B.append(("item", num, title))


def para(num, text):
    B.append(("para", num, text))


def bullet(text):
    B.append(("bullet", text))


def clause(label, text):
    B.append(("clause", label, text))


def plain(text):
    B.append(("plain", text))


item("1.", "APOLOGIES FOR ABSENCE")
para("1.1", "Apologies for absence were received from Councillor Julie Marsden (Wakeholme "
     "Metropolitan District Council), Councillor Colin Barraclough (Harnsey Metropolitan "
     "Borough Council) and Councillor Linda Sefton (Lindmoor County Council). Councillor "
     "Gareth Pell attended the meeting as a substitute for Councillor Marsden.")

item("2.", "EXCLUSION OF PUBLIC AND PRESS")
para("2.1", "No items were identified where resolutions may be moved to exclude the public "
     "and press.")

item("3.", "DECLARATIONS OF INTEREST")
para("3.1", "Councillor Margaret Fenwick declared a personal interest in agenda item 8 "
     "(Access to NHS Dental Services) as a member of her family was employed as a dental "
     "nurse at a practice in Edgeworth. She remained in the meeting and took part in the "
     "discussion on the item.")

item("4.", "MINUTES OF PREVIOUS MEETING")
para("4.1", "RESOLVED: That the minutes of the meeting of the Committee held on 18th "
     "November 2024 were approved as a correct record.")
para("4.2", "Arising from the minutes, the Chair reported that the response of NHS South "
     "Wendale Integrated Care Board to the Committee's letter on the hyper acute stroke "
     "service at Harnsey Royal Infirmary had been received and had been circulated to all "
     "Members of the Committee on 4th February 2025.")

item("5.", "PUBLIC QUESTIONS AND PETITIONS")
para("5.1", "The Committee received the following question from Mr Derek Lomas, a resident "
     "of Edgeworth:-")
plain("\u201cSince October the minor injuries unit at Edgeworth Health Centre has been closed "
      "in the evenings and at weekends. What assessment has the Integrated Care Board "
      "made of the impact on residents who do not have access to a car and have to travel "
      "to Brindlecote instead, and will the Committee ask for this data to be made "
      "public?\u201d")
para("5.2", "In response, the Chair stated that the question had been shared with the "
     "Integrated Care Board in advance of the meeting and that a written response would "
     "be sent to Mr Lomas within ten working days and published on the Council's website "
     "with these minutes. She added that the Committee would consider whether urgent and "
     "same-day care in Edgeworth should be included in its work programme when it "
     "considered item 9 on the agenda.")

item("6.", "NHS SOUTH WENDALE INTEGRATED CARE BOARD - FINANCIAL POSITION 2024/25 AND "
     "OPERATIONAL PLAN 2025/26")
para("6.1", "The Committee received a report of NHS South Wendale Integrated Care Board (ICB) "
     "which provided an update on the financial position of the South Wendale Integrated "
     "Care System for 2024/25, and on the emerging operational and financial plan for "
     "2025/26, including the national requirement for ICBs to reduce their running costs.")
para("6.2", "Present for this item were Michelle Crabtree (Chief Finance Officer, NHS South "
     "Wendale ICB), Will Cartwright (Director of Strategy and Partnerships, NHS South "
     "Wendale ICB) and Dr Anil Varma (Chief Medical Officer, NHS South Wendale ICB).")
para("6.3", "Michelle Crabtree introduced the report and explained that the system was "
     "forecasting a deficit of \u00a341.6m for 2024/25, against a planned deficit of "
     "\u00a329m, largely as a result of the cost of industrial action, higher than planned "
     "use of temporary staffing and continued growth in prescribing costs. The plan for "
     "2025/26 had to deliver a break-even position across the system, which would require "
     "efficiency savings of approximately 5.8% across the ICB and the four acute trusts, "
     "significantly higher than had been achieved in any previous year. The plan had "
     "been submitted to NHS England in draft on 27th February 2025 and the final plan "
     "was due to be submitted at the end of March.")
para("6.4", "Members made various comments and asked a number of questions, to which "
     "responses were provided as follows:-")
bullet("A Member asked what the consequences would be if the system did not achieve a "
       "balanced position in 2025/26, and whether there was a risk that NHS England would "
       "intervene directly. Michelle Crabtree stated that the system was already subject "
       "to enhanced oversight arrangements, with monthly meetings with the regional team, "
       "and that failure to deliver the plan could result in the system being placed in "
       "the national Recovery Support Programme, which would mean the loss of some local "
       "decision-making.")
bullet("In response to a question about how much of the efficiency requirement had been "
       "identified so far, Michelle Crabtree stated that schemes had been identified for "
       "around 70% of the target, of which about half were considered to be low risk. "
       "The remaining gap would be closed through a system-wide recovery programme, which "
       "would focus on reducing agency and bank spend, reducing length of stay and "
       "reducing outpatient follow-up appointments.")
bullet("Members expressed concern that savings on this scale could not be delivered without "
       "an impact on the quality of patient care, and asked how the ICB would make sure "
       "that quality was protected. Dr Anil Varma explained that every scheme was subject "
       "to a quality and equality impact assessment, which had to be signed off by the "
       "medical director and the chief nurse of the provider concerned, and that schemes "
       "which were assessed as having a significant negative impact would not proceed.")
bullet("A Member asked how many posts would be lost from the ICB as a result of the "
       "requirement to reduce running costs by 30%, and what this would mean for the "
       "ICB's ability to work with local authorities at place level. Will Cartwright "
       "stated that formal consultation with ICB staff would begin in April and that it "
       "was too early to give a precise figure, but he acknowledged that it was likely to "
       "mean a reduction of between 80 and 100 posts. The ICB remained committed to having "
       "a place team in each of the seven local authority areas, although the teams would "
       "be smaller than at present.")
bullet("Councillor Trevor Boden commented that the financial pressures in the NHS could not "
       "be looked at in isolation from the pressures on adult social care budgets in the "
       "county and district councils, and that decisions taken by one partner to balance "
       "its books often moved the costs on to another, particularly where hospital "
       "discharge was concerned.")
bullet("In response to a question from Councillor Asif Qureshi about the reliance on agency "
       "staff at Edgeworth General Hospital, Dr Varma stated that agency spend at the trust "
       "had fallen by 38% over the last year following a successful recruitment campaign "
       "for international nurses, although the trust was still reliant on locum doctors in "
       "emergency medicine and acute medicine.")
bullet("A Member queried whether the planned reduction in outpatient follow-up appointments "
       "meant that patients would be discharged from clinics without being seen. Dr Varma "
       "stated that patient-initiated follow-up allowed people with stable long-term "
       "conditions to book an appointment when they needed one, rather than attending "
       "routine appointments which often did not change their treatment, and that patients "
       "could still contact the service directly if their condition changed.")
para("6.5", "RESOLVED: That the Committee:-")
clause("(a)", "thanks Michelle Crabtree, Will Cartwright and Dr Anil Varma for attending the "
       "meeting and responding to Members' questions;")
clause("(b)", "notes the contents of the report and the responses to questions; and")
clause("(c)", "requests that a further report on the delivery of the 2025/26 plan, including "
       "the outcome of the consultation with ICB staff and the impact of the plan on the "
       "budgets of the constituent local authorities, is submitted to the meeting of the "
       "Committee in September 2025.")

item("7.", "LONGER-TERM MENTAL HEALTH REHABILITATION SERVICES - OUTCOME OF CONSULTATION "
     "AND PROPOSED SUBSTANTIAL VARIATION")
para("7.1", "The Committee considered a joint report of NHS South Wendale Integrated Care "
     "Board and Wendale Partnership NHS Foundation Trust which set out proposals to close "
     "the 16-bed inpatient rehabilitation unit at Birchfield Lodge, Coldhurst, and to "
     "replace it with an expanded community rehabilitation team and supported "
     "accommodation, together with the findings of the 12-week public consultation on the "
     "proposals which had closed on 10th January 2025. A covering report of the Policy "
     "and Improvement Officer set out the Committee's role in relation to proposals for a "
     "substantial variation in services affecting more than one local authority area.")
para("7.2", "Present for this item were Jo Haigh (Director of Mental Health, Learning "
     "Disability and Autism, NHS South Wendale ICB), Dr Rachel Okafor (Consultant "
     "Psychiatrist and Clinical Director for Rehabilitation, Wendale Partnership NHS "
     "Foundation Trust) and Sandra Pickering (Chief Executive, Healthwatch Coldhurst).")
para("7.3", "Jo Haigh reported that 412 responses had been received to the consultation. Just "
     "over half of respondents had supported the proposed model of care, but concerns had "
     "been raised about the loss of a local inpatient facility, the availability of "
     "suitable housing and the impact on families and carers. As a result of the "
     "consultation, the ICB had agreed to keep six inpatient beds at the Birchfield Lodge "
     "site for people with the most complex needs, rather than closing the unit "
     "completely.")
para("7.4", "Sandra Pickering summarised the findings of Healthwatch Coldhurst's independent "
     "engagement with 37 current and former service users and their families. This had "
     "found strong support for rehabilitation closer to home, but a lack of confidence "
     "that the community support would be in place before the beds were closed.")
para("7.5", "Members made various comments and asked a number of questions, to which "
     "responses were provided as follows:-")
bullet("Members sought assurance that the new community model would be fully in place, and "
       "staffed, before any beds were closed. Jo Haigh confirmed that the beds would only "
       "close in phases once the community rehabilitation team had recruited to at least "
       "85% of its establishment, and that progress against this would be reported to the "
       "Committee.")
bullet("A Member asked where the supported accommodation places would be located and who "
       "would provide them. Jo Haigh stated that 24 places would be provided across three "
       "schemes in Coldhurst, Brindlecote and Harnsey. The tender would be open to housing "
       "associations and voluntary sector providers, and while a private provider would not "
       "be excluded from bidding, the specification required the tenancies to be held by a "
       "registered provider of social housing.")
bullet("Councillor Sue Whitlam asked how many Lindmoor residents were currently placed in "
       "rehabilitation beds outside the area, and what these placements cost. Dr Okafor "
       "stated that there were currently 11 out of area placements for people from across "
       "the South Wendale and Lindmoor footprint, at an average cost of around \u00a3780 per "
       "bed day, and that three of these were Lindmoor residents. The aim of the new model "
       "was to bring these people back closer to home.")
bullet("A Member commented that carers had not been well served by the consultation, as most "
       "of the public events had been held during working hours. Jo Haigh accepted the "
       "point and stated that two online evening sessions had been added part way through "
       "the consultation in response to similar feedback, and that the ICB would offer "
       "these from the outset in future consultations.")
bullet("Councillor Gareth Pell expressed concern about the distance that families in the east "
       "of the area would have to travel if all of the remaining beds were at Birchfield "
       "Lodge, as public transport links from Wakeholme to Coldhurst were poor. Jo Haigh "
       "stated that the ICB was working with Wakeholme and Morcaster councils on a travel "
       "support scheme for families on low incomes, and that visiting times would be "
       "flexible.")
bullet("Councillor Margaret Fenwick asked whether people with lived experience had been "
       "involved in designing the new community model. Sandra Pickering stated that a "
       "lived experience panel of eight people had worked with the trust since the summer "
       "and had helped to write the consultation document, although some members of the "
       "panel felt that their views on the number of beds had not been taken into account.")
bullet("In response to a question about whether the proposals amounted to a substantial "
       "variation, the Policy and Improvement Officer advised that each of the constituent "
       "authorities had agreed that the Joint Committee would respond to consultation on "
       "substantial variations which affected more than one of their areas, and that the "
       "Committee therefore needed to decide whether it was satisfied with the consultation "
       "and whether the proposals were in the interests of the health service in the area.")
para("7.6", "An amendment was moved by Councillor Peter Ridley, and seconded by Councillor Diane "
     "Holroyd, that the Committee does not support the closure of any inpatient beds at "
     "Birchfield Lodge until the supported accommodation schemes are open and occupied. On "
     "being put to the vote, the amendment was negatived.")
para("7.7", "RESOLVED: That the Committee:-")
clause("(a)", "thanks Jo Haigh, Dr Rachel Okafor and Sandra Pickering for attending the "
       "meeting and responding to Members' questions;")
clause("(b)", "notes the outcome of the public consultation and the findings of the "
       "Healthwatch Coldhurst engagement report;")
clause("(c)", "is satisfied that the consultation on the proposals was adequate in terms of "
       "its content and the time allowed;")
clause("(d)", "supports the proposed changes to longer-term mental health rehabilitation "
       "services, subject to no inpatient beds being closed until the community "
       "rehabilitation team has recruited to at least 85% of its establishment; and")
clause("(e)", "requests that a progress report, including the number of out of area "
       "placements, is brought to the Committee in six months' time.")
plain("(NOTE: Councillors Peter Ridley and Diane Holroyd asked for their votes against "
      "paragraph (d) of the above resolution to be recorded.)")

item("8.", "ACCESS TO NHS DENTAL SERVICES")
para("8.1", "The Committee received a report of NHS South Wendale ICB which provided an update "
     "on access to NHS dental services across the ICB area since the ICB took on "
     "delegated responsibility for the commissioning of dental services from NHS England "
     "in April 2023, and on the local implementation of the national dental recovery plan.")
para("8.2", "Present for this item were Karen Oldroyd (Head of Primary Care Commissioning "
     "(Dental, Optometry and Pharmacy), NHS South Wendale ICB) and Dr Simon Feather "
     "(Consultant in Dental Public Health, NHS England).")
para("8.3", "Karen Oldroyd reported that 41% of adults in the area had seen an NHS dentist in "
     "the last 24 months, compared with 40% nationally, and 58% of children had been seen "
     "in the last 12 months. Five practices had handed back all or part of their NHS "
     "contracts during 2024/25. The ICB had commissioned an additional 9,600 urgent "
     "dental care appointments, which were available through NHS 111, and a flexible "
     "commissioning scheme under which 14 practices were seeing new patients who had not "
     "been able to access a dentist for some time.")
para("8.4", "Members made various comments and asked a number of questions, to which "
     "responses were provided as follows:-")
bullet("A Member asked what could be done for residents who had been told by their practice "
       "that they had been removed from its list because they had not attended for two "
       "years. Karen Oldroyd explained that there was no formal registration with an NHS "
       "dentist in the way that there was with a GP, and that practices were only "
       "obliged to provide a course of treatment once it had started. Residents who could "
       "not find a practice should contact the ICB's dental helpline, which held an "
       "up-to-date list of practices taking on new patients.")
bullet("In response to a question about why practices had handed back their contracts, "
       "Karen Oldroyd stated that the national dental contract was widely regarded by "
       "dentists as unattractive, particularly for patients with high needs, and that "
       "recruitment of dentists to practices outside the city centres was difficult. The "
       "ICB had re-procured the activity from four of the five contracts, and the "
       "procurement for the remaining contract in Harnsey would conclude in May.")
bullet("Councillor Margaret Fenwick asked whether the supervised toothbrushing programme in "
       "nurseries and primary schools would continue. Dr Feather stated that the programme "
       "was funded from the local authority public health grant in most areas, and would "
       "continue in Brindlecote and Edgeworth until at least March 2026, but that the "
       "position in other areas was a matter for each local authority.")
bullet("Members expressed concern at the number of young children being admitted to "
       "hospital to have teeth removed under general anaesthetic. Dr Feather stated that "
       "tooth decay remained the most common reason for planned hospital admissions among "
       "children aged five to nine, and that a new community-based paediatric dental "
       "service was being commissioned which would reduce waiting times for assessment.")
bullet("A Member requested that information be circulated to Members showing which practices "
       "in their wards were accepting new adult NHS patients.")
plain("The Committee noted the report and the responses to questions, and thanked Karen "
      "Oldroyd and Dr Simon Feather for attending the meeting.")

item("9.", "WORK PROGRAMME")
para("9.1", "The Committee received a report of the Policy and Improvement Officer, Kirsty "
     "Dunne, attaching the Committee's draft work programme for 2025/26.")
para("9.2", "Councillor Asif Qureshi suggested that urgent and same-day care in Edgeworth "
     "should be added to the work programme, in the light of the public question received "
     "at item 5 above. The Policy and Improvement Officer stated that this could be "
     "considered at the June meeting, alongside the ICB's review of urgent treatment "
     "centres across South Wendale.")
para("9.3", "RESOLVED: That the Committee approves the draft work programme for 2025/26, as "
     "set out in the report, subject to the addition of an item on urgent and same-day "
     "care in Edgeworth at the meeting to be held in June 2025.")

item("10.", "DATE OF NEXT MEETING")
para("10.1", "It was noted that the next meeting of the Committee will be held on Monday, 16th "
     "June 2025, at 10.00 am, at Coldhurst Town Hall.")


# ---------------------------------------------------------------------------------------
# Render the minutes the way copying from the host council's PDF in a viewer gives them:
# hard line breaks at the printed line ends, trailing spaces, numbers on lines of their
# own (they sit in a separate column in the PDF), page headers and footers in the flow.
# ---------------------------------------------------------------------------------------
WIDTH = 84
PAGE_LINES = 52


def wrap(text, width=WIDTH):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def body_lines():
    out = []
    for b in B:
        kind = b[0]
        if kind == "item":
            out += [b[1] + "  "]
            out += [l + " " for l in wrap(b[2], 80)]
            out += [" "]
        elif kind == "para":
            out += [b[1] + " "]
            out += [l + " " for l in wrap(b[2])]
            out += [" "]
        elif kind == "bullet":
            lines = wrap(b[1], WIDTH - 4)
            out += ["\u2022 " + lines[0] + " "] + [l + " " for l in lines[1:]]
            out += [" "]
        elif kind == "clause":
            lines = wrap(b[2], WIDTH - 6)
            out += [b[1] + " " + lines[0] + " "] + [l + " " for l in lines[1:]]
            out += [" "]
        elif kind == "plain":
            out += [l + " " for l in wrap(b[1])]
            out += [" "]
    return out


FIRST_PAGE = [
    "Brindlecote City Council ",
    " ",
    "Joint Health Overview and Scrutiny Committee (South Wendale, Morcaster, ",
    "Lindmoor and Wakeholme) ",
    " ",
    "Meeting held 17 March 2025 ",
    " ",
    "(NOTE: This meeting was held at Coldhurst Town Hall) ",
    " ",
]
PRESENT = ("PRESENT: Councillors Helen Ashcroft (Chair) (Brindlecote City Council), Peter "
           "Ridley (Vice-Chair) (Coldhurst Metropolitan Borough Council), Margaret Fenwick "
           "(Edgeworth Metropolitan Borough Council), Asif Qureshi (Edgeworth Metropolitan "
           "Borough Council), Diane Holroyd (Harnsey Metropolitan Borough Council), Trevor "
           "Boden (Morcaster County Council), Sue Whitlam (Lindmoor County Council) and "
           "Gareth Pell (Wakeholme Metropolitan District Council) (Substitute Member)")
HEADER = "Meeting of the Joint Health Overview and Scrutiny Committee 17.03.2025 "


def render_minutes():
    lines = FIRST_PAGE + [l + " " for l in wrap(PRESENT, 86)] + [" ", " ", " "] + body_lines()
    pages = []
    cur = []
    first = True
    for l in lines:
        limit = PAGE_LINES if first else PAGE_LINES - 2
        if len(cur) >= limit:
            pages.append(cur)
            cur = []
            first = False
        cur.append(l)
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, p in enumerate(pages, 1):
        if i > 1:
            out += [HEADER, " "]
        # a page never starts with a blank line in the copy
        while p and p[0].strip() == "" and i > 1:
            p = p[1:]
        out += p
        out += [" ", "Page %d of %d " % (i, n)]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------
def q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-17",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "2", "title": "EXCLUSION OF PUBLIC AND PRESS"},
        {"number": "3", "title": "DECLARATIONS OF INTEREST"},
        {"number": "4", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "5", "title": "PUBLIC QUESTIONS AND PETITIONS"},
        {"number": "6", "title": "NHS SOUTH WENDALE INTEGRATED CARE BOARD - FINANCIAL "
                                 "POSITION 2024/25 AND OPERATIONAL PLAN 2025/26"},
        {"number": "7", "title": "LONGER-TERM MENTAL HEALTH REHABILITATION SERVICES - OUTCOME "
                                 "OF CONSULTATION AND PROPOSED SUBSTANTIAL VARIATION"},
        {"number": "8", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "9", "title": "WORK PROGRAMME"},
        {"number": "10", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        q("5", "question",
          "What assessment has the Integrated Care Board made of the impact on residents",
          "Mr Derek Lomas",
          "a written response would be sent to Mr Lomas within ten working days",
          "Chair", []),
        q("6", "question",
          "asked what the consequences would be if the system did not achieve",
          None,
          "failure to deliver the plan could result in the system being placed",
          "Michelle Crabtree", ["finance", "governance"]),
        q("6", "question",
          "how much of the efficiency requirement had been identified so far",
          None,
          "schemes had been identified for around 70% of the target",
          "Michelle Crabtree", ["finance"]),
        q("6", "concern",
          "Members expressed concern that savings on this scale could not be delivered",
          None,
          "every scheme was subject to a quality and equality impact assessment",
          "Dr Anil Varma", ["finance"]),
        q("6", "question",
          "asked how many posts would be lost from the ICB",
          None,
          "it was likely to mean a reduction of between 80 and 100 posts",
          "Will Cartwright", ["workforce", "finance"]),
        q("6", "comment",
          "the financial pressures in the NHS could not be looked at in isolation",
          "Councillor Trevor Boden",
          None, None, ["finance", "adult-social-care"]),
        q("6", "question",
          "about the reliance on agency staff at Edgeworth General Hospital",
          "Councillor Asif Qureshi",
          "agency spend at the trust had fallen by 38% over the last year",
          "Dr Varma", ["workforce", "finance"]),
        q("6", "question",
          "queried whether the planned reduction in outpatient follow-up appointments meant",
          None,
          "patient-initiated follow-up allowed people with stable long-term conditions",
          "Dr Varma", []),
        q("7", "question",
          "Members sought assurance that the new community model would be fully in place",
          None,
          "the beds would only close in phases once the community rehabilitation team",
          "Jo Haigh", ["mental-health", "workforce"]),
        q("7", "question",
          "asked where the supported accommodation places would be located and who",
          None,
          "The tender would be open to housing associations and voluntary sector providers",
          "Jo Haigh", ["mental-health", "housing", "subcontracting", "privatisation"]),
        q("7", "question",
          "asked how many Lindmoor residents were currently placed in rehabilitation beds",
          "Councillor Sue Whitlam",
          "there were currently 11 out of area placements for people from across",
          "Dr Okafor", ["mental-health", "finance"]),
        q("7", "comment",
          "carers had not been well served by the consultation",
          None,
          "two online evening sessions had been added part way through the consultation",
          "Jo Haigh", ["mental-health", "patient-and-public-input", "adult-social-care"]),
        q("7", "concern",
          "expressed concern about the distance that families in the east of the area",
          "Councillor Gareth Pell",
          "working with Wakeholme and Morcaster councils on a travel support scheme",
          "Jo Haigh", ["mental-health"]),
        q("7", "question",
          "asked whether people with lived experience had been involved in designing",
          "Councillor Margaret Fenwick",
          "a lived experience panel of eight people had worked with the trust",
          "Sandra Pickering", ["mental-health", "patient-and-public-input"]),
        q("7", "question",
          "In response to a question about whether the proposals amounted to a substantial variation",
          None,
          "the Committee therefore needed to decide whether it was satisfied with the consultation",
          "Policy and Improvement Officer",
          ["mental-health", "governance", "patient-and-public-input"]),
        q("8", "question",
          "removed from its list because they had not attended for two years",
          None,
          "there was no formal registration with an NHS dentist",
          "Karen Oldroyd", ["primary-care"]),
        q("8", "question",
          "In response to a question about why practices had handed back their contracts",
          None,
          "the national dental contract was widely regarded by dentists as unattractive",
          "Karen Oldroyd", ["primary-care", "subcontracting", "workforce"]),
        q("8", "question",
          "asked whether the supervised toothbrushing programme in nurseries and primary schools",
          "Councillor Margaret Fenwick",
          "was funded from the local authority public health grant in most areas",
          "Dr Feather",
          ["primary-care", "children-and-families", "public-health", "finance"]),
        q("8", "concern",
          "Members expressed concern at the number of young children being admitted",
          None,
          "a new community-based paediatric dental service was being commissioned",
          "Dr Feather", ["primary-care", "children-and-families", "subcontracting"]),
        q("8", "request",
          "A Member requested that information be circulated to Members showing which practices",
          None, None, None, ["primary-care"]),
        q("9", "request",
          "suggested that urgent and same-day care in Edgeworth should be added",
          "Councillor Asif Qureshi",
          "this could be considered at the June meeting",
          "Policy and Improvement Officer", []),
    ],
    "resolutions": [
        {"item": "4", "text": "the minutes of the meeting of the Committee held on 18th November 2024",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "requests that a further report on the delivery of the 2025/26 plan",
         "outcome": "agreed", "themes": ["finance", "workforce"]},
        {"item": "7", "text": "that the Committee does not support the closure of any inpatient beds",
         "outcome": "rejected", "themes": ["mental-health"]},
        {"item": "7", "text": "is satisfied that the consultation on the proposals was adequate",
         "outcome": "agreed",
         "themes": ["mental-health", "patient-and-public-input", "workforce"]},
        {"item": "8", "text": "The Committee noted the report and the responses to questions",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "9", "text": "the Committee approves the draft work programme for 2025/26",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Helen Ashcroft", "role": "Chair", "attendance": "present"},
        {"name": "Peter Ridley", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Margaret Fenwick", "role": None, "attendance": "present"},
        {"name": "Asif Qureshi", "role": None, "attendance": "present"},
        {"name": "Diane Holroyd", "role": None, "attendance": "present"},
        {"name": "Trevor Boden", "role": None, "attendance": "present"},
        {"name": "Sue Whitlam", "role": None, "attendance": "present"},
        {"name": "Gareth Pell", "role": "Substitute Member", "attendance": "present"},
        {"name": "Councillor Julie Marsden", "role": None, "attendance": "apologies"},
        {"name": "Councillor Colin Barraclough", "role": None, "attendance": "apologies"},
        {"name": "Councillor Linda Sefton", "role": None, "attendance": "apologies"},
        {"name": "Michelle Crabtree", "role": "Chief Finance Officer, NHS South Wendale ICB",
         "attendance": "in_attendance"},
        {"name": "Will Cartwright",
         "role": "Director of Strategy and Partnerships, NHS South Wendale ICB",
         "attendance": "in_attendance"},
        {"name": "Dr Anil Varma", "role": "Chief Medical Officer, NHS South Wendale ICB",
         "attendance": "in_attendance"},
        {"name": "Jo Haigh",
         "role": "Director of Mental Health, Learning Disability and Autism, NHS South "
                 "Wendale ICB",
         "attendance": "in_attendance"},
        {"name": "Dr Rachel Okafor",
         "role": "Consultant Psychiatrist and Clinical Director for Rehabilitation, Wendale "
                 "Partnership NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Sandra Pickering", "role": "Chief Executive, Healthwatch Coldhurst",
         "attendance": "in_attendance"},
        {"name": "Karen Oldroyd",
         "role": "Head of Primary Care Commissioning (Dental, Optometry and Pharmacy), NHS "
                 "South Wendale ICB",
         "attendance": "in_attendance"},
        {"name": "Dr Simon Feather",
         "role": "Consultant in Dental Public Health, NHS England",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# The cover report (not minutes), in the council's scrutiny report template, as PDF
# ---------------------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_report(path):
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("Sans", "", 9)
            self.cell(0, 8, "Page %d" % self.page_no(), align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Longer-Term Mental Health Rehabilitation Services - cover report")
    pdf.set_author("Brindlecote City Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    W = pdf.w - 40

    def txt(s, size=10.5, style="", h=5.3, gap=2):
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(W, h, s)
        pdf.ln(gap)

    def row(label, value):
        pdf.set_font("Sans", "B", 10.5)
        y = pdf.get_y()
        pdf.multi_cell(55, 6.5, label, border=1)
        y2 = pdf.get_y()
        pdf.set_xy(75, y)
        pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(W - 55, 6.5, value, border=1)
        y3 = pdf.get_y()
        pdf.set_y(max(y2, y3))

    txt("Brindlecote City Council", 12, "B", gap=1)
    txt("Report to Joint Health Overview and Scrutiny Committee (South Wendale, Morcaster, "
        "Lindmoor and Wakeholme)", 13, "B", h=6.5, gap=1)
    txt("17 March 2025", 11, "B", gap=5)
    row("Report of:", "Kirsty Dunne, Policy and Improvement Officer")
    row("Subject:", "Longer-Term Mental Health Rehabilitation Services \u2013 Proposed "
        "Substantial Variation: the Role of the Joint Committee")
    row("Author of Report:", "Kirsty Dunne, Policy and Improvement Officer\nTel: 01632 960418")
    pdf.ln(5)
    txt("Summary:", 11, "B", gap=1)
    txt("NHS South Wendale Integrated Care Board (ICB) and Wendale Partnership NHS Foundation "
        "Trust have consulted on proposals to reduce the number of inpatient rehabilitation "
        "beds at Birchfield Lodge, Coldhurst, and to expand community rehabilitation and "
        "supported accommodation. Because the proposals affect residents of more than one "
        "local authority area, the constituent authorities have agreed that this Joint "
        "Committee will respond to the consultation on their behalf. This report explains "
        "the Committee's role and suggests questions Members may wish to ask. The report of "
        "the ICB and the trust, including the consultation findings, is attached at "
        "Appendix 1.")
    txt("Type of item: The report author should tick the appropriate box", 11, "B", gap=1)
    boxes = [("Reviewing of existing policy", False),
             ("Informing the development of new policy", False),
             ("Statutory consultation", True),
             ("Performance / budget monitoring report", False),
             ("Cabinet request for scrutiny", False),
             ("Full Council request for scrutiny", False),
             ("Call-in of Cabinet decision", False),
             ("Briefing paper for the Scrutiny Committee", False),
             ("Other", False)]
    pdf.set_font("Sans", "", 10.5)
    for label, ticked in boxes:
        pdf.cell(W - 15, 5.8, label, border=1)
        pdf.cell(15, 5.8, "\u2713" if ticked else "", border=1, align="C")
        pdf.ln(5.8)
    pdf.ln(4)
    txt("The Scrutiny Committee is being asked to:", 11, "B", gap=1)
    for s in ["consider the proposals and the outcome of the consultation, and question "
              "representatives of the ICB, the trust and Healthwatch Coldhurst;",
              "decide whether it is satisfied that the consultation has been adequate in "
              "relation to content and the time allowed;",
              "decide whether the proposals are in the interests of the health service in the "
              "area; and",
              "make any recommendations it sees fit to the ICB and the trust."]:
        txt("\u2022  " + s, gap=1)
    pdf.ln(2)
    txt("Background Papers:", 11, "B", gap=1)
    txt("Minutes of the meeting of the Joint Committee held on 18th November 2024.", gap=1)
    txt("Category of Report: OPEN", 11, "B", gap=0)

    pdf.add_page()
    txt("Report of the Policy and Improvement Officer", 12, "B", gap=2)
    txt("Longer-Term Mental Health Rehabilitation Services \u2013 Proposed Substantial "
        "Variation", 11, "B", gap=4)
    txt("1.  Introduction", 11, "B", gap=1)
    txt("1.1  Under the Local Authority (Public Health, Health and Wellbeing Boards and "
        "Health Scrutiny) Regulations 2013, NHS bodies must consult the local authority on "
        "any proposal under consideration for a substantial development of the health "
        "service, or a substantial variation in the provision of such a service. Where a "
        "proposal affects more than one local authority area, those authorities must "
        "appoint a joint committee to respond to the consultation.")
    txt("1.2  On 10th January 2025 the ICB and the trust closed a 12-week public consultation "
        "on the future of longer-term mental health rehabilitation services. The ICB Board "
        "is due to take a decision on the proposals at its meeting on 2nd April 2025, and "
        "has asked for the views of the Joint Committee before then.")
    txt("2.  The role of the Joint Committee", 11, "B", gap=1)
    txt("2.1  The Joint Committee may comment on the proposals, and may make recommendations "
        "to the ICB and the trust. Where it makes a recommendation and the NHS body "
        "disagrees with it, the two must take reasonable steps to try to reach agreement.")
    txt("2.2  Since 31st January 2024 local authorities can no longer refer proposals to the "
        "Secretary of State. Instead, the Secretary of State may be asked to consider "
        "calling in a proposal for a reconfiguration of NHS services. A request for a "
        "call-in would need to set out the reasons, and should normally only be made once "
        "local attempts at resolution have been exhausted.")
    txt("3.  Questions Members may wish to ask", 11, "B", gap=1)
    txt("3.1  Members may wish to explore the following lines of enquiry:", gap=1)
    for s in ["How many people have been placed in rehabilitation beds outside the area in "
              "the last year, and what has this cost?",
              "What will happen if the community rehabilitation team cannot recruit the "
              "staff it needs before the beds close?",
              "How will the supported accommodation be commissioned, and who will hold the "
              "tenancies?",
              "How were service users, families and carers involved in shaping the "
              "proposals, and what changed as a result of the consultation?",
              "How will families who live some distance from Coldhurst be supported to "
              "visit?"]:
        txt("\u2022  " + s, gap=1)
    pdf.ln(2)
    txt("4.  Recommendations", 11, "B", gap=1)
    txt("4.1  That the Committee:", gap=1)
    for lab, s in [("(a)", "considers the report of the ICB and the trust, and the outcome "
                           "of the consultation;"),
                   ("(b)", "determines whether it is satisfied that the consultation on the "
                           "proposals has been adequate;"),
                   ("(c)", "determines whether the proposals are in the interests of the "
                           "health service in the area; and"),
                   ("(d)", "agrees any comments or recommendations it wishes to make to the "
                           "ICB Board before its meeting on 2nd April 2025.")]:
        txt(lab + "  " + s, gap=1)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = "".join(c if (c.isalnum() or c.isspace()) else "" for c in s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for g in sorted(GOLD.glob("mr-*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        text = norm(doc_text(doc))
        phrases = []
        for r in gold.get("questions", []):
            phrases.append(("question", r["text"]))
            if r.get("answer"):
                phrases.append(("answer", r["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = text.count(norm(p))
            words = len(p.split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print("FAIL %s %s: found %d times, %d words: %r" % (g.name, kind, n, words, p))
        print("%s: %d phrases checked" % (g.name, len(phrases)))
    print("OK" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(render_minutes(), encoding="utf-8", newline="\r\n")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", DOCS / MINUTES_NAME, DOCS / REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
