#!/usr/bin/env python3
"""Build the "q-" documents of the other-councils evaluation set and their gold annotations.

Documents (all councils, people and figures invented):
  q-thurnbridge-osc-minutes-17-june-2025-draft.docx   draft Word minutes with tracked changes,
                                                       hyperlinks and a Word comment
  q-westmarch-orley-jhosc-minutes-11-sept-2025.pdf     NHS-board style table minutes
                                                       (Item | Discussion | Action / Owner)
  q-rushmere-health-housing-minutes-4-march-2025.html  old-style <font>/<br> council web page
  q-westmarch-cabinet-response-home-care-scrutiny.pdf  executive response (NOT minutes)

Usage:
  build_q.py           build documents and gold
  build_q.py --check   verify that every gold phrase occurs once in the document text
"""
import copy
import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2025, 9, 15, 9, 30, 0, tzinfo=timezone.utc)

D1 = "q-thurnbridge-osc-minutes-17-june-2025-draft.docx"
D2 = "q-westmarch-orley-jhosc-minutes-11-sept-2025.pdf"
D3 = "q-rushmere-health-housing-minutes-4-march-2025.html"
D4 = "q-westmarch-cabinet-response-home-care-scrutiny.pdf"

SHY = "\u00ad"


def norm(s):
    """Lower-case, drop punctuation, collapse white space (as the evaluator matches)."""
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = s.replace("_", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# crude deterministic hyphenation for the PDFs (soft hyphens; fpdf2 breaks there)
# ---------------------------------------------------------------------------
VOW = set("aeiouy")


def _hy_word(w):
    if len(w) < 9 or not w.isalpha() or not w.islower():
        return w
    pts = []
    for i in range(3, len(w) - 3):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if a in VOW and b not in VOW and c in VOW:        # V-CV
            pts.append(i)
        elif a not in VOW and b not in VOW and w[i - 2] in VOW and c in VOW \
                and a + b not in ("ch", "sh", "th", "ph", "ck", "wh", "gh"):  # VC-CV
            pts.append(i)
    out, last = [], 0
    for p in pts:
        if p - last >= 2:
            out.append(w[last:p])
            last = p
    out.append(w[last:])
    return SHY.join(out)


def hy(text):
    return re.sub(r"[A-Za-z]+", lambda m: _hy_word(m.group(0)), text)


# ===========================================================================
# DOCUMENT 1 - Thurnbridge Borough Council, Overview and Scrutiny Committee,
# draft Word minutes with tracked changes
# ===========================================================================
REPORT_URL = "https://democracy.thurnbridge.gov.uk/documents/OSC-0625-04-temporary-accommodation.pdf"
STRAT_URL = "https://www.thurnbridge.gov.uk/housing/homelessness-strategy"
SLIDES_URL = "https://democracy.thurnbridge.gov.uk/documents/OSC-0625-06-nicb-gp-access-slides.pdf"
CONSULT_URL = "https://www.thurnbridge.gov.uk/consultations/leisure-future-2025"


def P(*segs, bold=False, align="J", after=6, ins_para=False, keep=False):
    return dict(segs=list(segs), bold=bold, align=align, after=after, ins_para=ins_para,
                keep=keep)


def H(text):
    """Item heading: bold typed paragraph, no heading style."""
    return P(("t", text), bold=True, align="L", after=4, keep=True)


DOC1 = [
    P(("t", "THURNBRIDGE BOROUGH COUNCIL"), bold=True, align="C", after=0),
    P(("t", "OVERVIEW AND SCRUTINY COMMITTEE"), bold=True, align="C", after=10),
    P(("t", "Minutes of a meeting of the Overview and Scrutiny Committee held in the Council "
            "Chamber, Market Hall, Thurnbridge on Tuesday 17 June 2025 at 7.00 pm")),
    P(("b", "Present: "),
      ("t", "Councillors M. Okafor (Chairman), J. Pettifer (Vice-Chairman), A. Bramley, "
            "S. Chaudhry, "),
      ("del", "R. Dunmore, "),
      ("t", "H. Ellwood, P. Garside, T. Kaur"),
      ("del", " and"),
      ("ins", ","),
      ("t", " B. Nwosu"),
      ("ins", " and L. Whitlow (substitute for Councillor D. Fenn)"),
      ("t", ".")),
    P(("b", "Also present: "),
      ("t", "Councillor K. Ashdown (Cabinet Member for Housing and Communities), Councillor "
            "F. Mbeki (Cabinet Member for Health, Leisure and Wellbeing) and Ms A. Forde "
            "(Associate Director of Primary Care, Northshire Integrated Care Board) for Minute 20.")),
    P(("b", "Officers: "),
      ("t", "S. Lindqvist (Director of Place and Housing Services), G. Hollins (Head of Housing "
            "Solutions and Homelessness Prevention), P. Raman (Head of Contracts, Procurement "
            "and Commercial Services), M. Deverell (Interim Head of Finance and Section 151 "
            "Officer), C. Abara (Leisure and Wellbeing Client Manager) and J. Tranter "
            "(Democratic Services Officer)."), after=12),

    H("14.\tAPOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    P(("t", "Apologies for absence were received from Councillors "),
      ("ins", "R. Dunmore and "),
      ("t", "D. Fenn. Councillor L. Whitlow attended as substitute for Councillor Fenn"),
      ("del", " and Councillor R. Dunmore arrived at 7.20 pm"),
      ("t", ".")),

    H("15.\tDECLARATIONS OF INTEREST"),
    P(("t", "Councillor T. Kaur declared a non-registerable interest in Minute 19 as a close family "
            "member was employed by the council's repairs contractor; she took part in the "
            "discussion but did not vote on the recommendation. Councillor P. Garside stated, "
            "for transparency, that he was a council tenant; this was not a disclosable "
            "pecuniary interest and he remained for all items.")),

    H("16.\tMINUTES"),
    P(("b", "RESOLVED"),
      ("t", " that the minutes of the meeting held on "),
      ("del", "8 April"),
      ("ins", "22 April"),
      ("t", " 2025 be approved as a correct record and signed by the Chairman.")),

    H("17.\tPUBLIC PARTICIPATION"),
    P(("t", "The Democratic Services Officer reported that no questions or statements had been "
            "received from members of the public under Procedure Rule 9.")),

    H("18.\tTEMPORARY ACCOMMODATION AND HOMELESSNESS PRESSURES"),
    P(("t", "The Committee considered the report of the Director of Place and Housing Services ("),
      ("link", "Temporary Accommodation Pressures \u2013 June 2025", REPORT_URL),
      ("t", "), which set out the rise in homelessness approaches since 2023, the number of "
            "households in temporary accommodation and the forecast overspend on the temporary "
            "accommodation budget. The Cabinet Member for Housing and Communities introduced the "
            "report and explained that demand had risen by "),
      ("del", "31"),
      ("ins", "34"),
      ("t", " per cent in two years, largely because of evictions from the private rented sector.")),
    P(("t", "Councillor S. Chaudhry queried why the number of households placed in bed and "
            "breakfast accommodation had more than doubled since the previous October. The Head of "
            "Housing Solutions and Homelessness Prevention advised that the loss of two leased "
            "blocks in Station Road had removed 46 self-contained units and that officers had "
            "had no alternative but to use hotels while replacements were sourced. Members sought "
            "assurance that families with children were not being kept in bed and breakfast for "
            "longer than the six-week legal limit. "),
      ("ins", "The Head of Housing Solutions and Homelessness Prevention confirmed that three "
              "families had exceeded six weeks in May, all of whom had since been moved to "
              "self-contained homes. "),
      ("del", "Councillor P. Garside asked whether the council would consider buying a hotel "
              "outright for use as temporary accommodation. The Director said that this had been "
              "ruled out on cost grounds.")),
    P(("t", "Councillor A. Bramley asked what the temporary accommodation budget had cost in "
            "2024/25 and how much of it had been recovered through housing benefit. The Interim "
            "Head of Finance and Section 151 Officer advised that gross spend had been \u00a33.9m "
            "against a budget of \u00a32.2m, and that the subsidy rules meant the council recovered "
            "only around a third of the cost of nightly-paid rooms; the overspend had been met "
            "from the "),
      ("ins", "housing "),
      ("t", "equalisation reserve, which could not sustain a further year at that level. "
            "Councillor J. Pettifer expressed concern that households were increasingly being "
            "placed with private landlords outside the borough, away from schools, work and "
            "family support. In reply, the Cabinet Member for Housing and Communities "
            "acknowledged the concern and said that "),
      ("cmt", "38 households were currently placed out of borough",
       "GH to confirm. Cllr Pettifer also asked about the cost of out of borough placements "
       "- do we need to add this?"),
      ("t", ", each placement being reviewed against the council's placement policy.")),
    P(("t", "Councillor H. Ellwood requested that a breakdown of households in temporary "
            "accommodation by ward and by household type be circulated to all Members; the "
            "Director of Place and Housing Services agreed to provide this within four weeks. "
            "Councillor B. Nwosu commented that the council's own housing company, Thurnbridge "
            "Homes Ltd, should be asked to prioritise acquisitions of family homes for use as "
            "temporary accommodation rather than for market sale.")),
    P(("b", "RESOLVED"), ("t", " that \u2013"), align="L", after=2),
    P(("t", "(1)\tthe report be noted; and"), align="L", after=2),
    P(("t", "(2)\tCabinet be recommended to "),
      ("ins", "review "),
      ("t", "the "),
      ("link", "Homelessness and Rough Sleeping Strategy", STRAT_URL),
      ("t", " action plan"),
      ("del", " be reviewed"),
      ("t", " to include a target for reducing the use of bed and breakfast accommodation for "
            "families to nil by March 2026.")),

    H("19.\tHOUSING REPAIRS AND MAINTENANCE CONTRACT \u2013 ANNUAL PERFORMANCE"),
    P(("t", "The Head of Contracts, Procurement and Commercial Services presented the annual review "
            "of the housing repairs and maintenance contract with Calder Facilities Services Ltd, "
            "which was in the fifth year of a seven-year term with an option to extend for a "
            "further three years. Performance against 11 of the 16 key performance indicators had "
            "met target; emergency repairs attended within 24 hours stood at 97.1 per cent, but "
            "routine repairs completed within 28 days had fallen to "),
      ("del", "74"),
      ("ins", "71"),
      ("t", " per cent.")),
    P(("t", "Councillor P. Garside questioned why routine repairs performance had fallen so sharply "
            "and whether the contractor was relying on subcontracted trades. The Head of Contracts, "
            "Procurement and Commercial Services advised that Calder had lost a number of directly "
            "employed plasterers and electricians and was subcontracting around 30 per cent of "
            "routine work to smaller local firms, which was permitted under the contract but had "
            "added delay. Councillor T. Kaur asked what financial remedies had been applied; "
            "officers confirmed that service credits of \u00a384,000 had been deducted in 2024/25 "
            "under the performance mechanism.")),
    P(("ins", "Councillor S. Chaudhry sought clarification on how damp and mould cases were "
              "prioritised under the contract. The Director of Place and Housing Services explained "
              "that damp and mould reports were now triaged by the council's own surveyors within "
              "two working days before any works order was raised with Calder."), ins_para=True),
    P(("t", "Councillor A. Bramley asked whether officers had assessed the option of bringing the "
            "repairs service back in-house when the contract expired, as other councils had done. "
            "The Director of Place and Housing Services replied that an options appraisal "
            "comparing extension, re-procurement and an in-house direct labour organisation would "
            "be brought to the Committee in the autumn"),
      ("del", ", and that no decision had yet been made"),
      ("t", ". Members expressed concern that tenants had not been asked for their views on the "
            "contractor's performance since 2022 and requested that a tenant satisfaction survey "
            "be carried out before the options appraisal was completed; the Cabinet Member for "
            "Housing and Communities undertook to discuss this with the Tenants' Panel.")),
    P(("b", "RESOLVED"),
      ("t", " that the options appraisal for the future delivery of the repairs service be "
            "submitted to this Committee before any decision on extending the contract is taken "
            "by Cabinet.")),

    H("20.\tACCESS TO GENERAL PRACTICE IN THURNBRIDGE"),
    P(("t", "Ms A. Forde, Associate Director of Primary Care, Northshire Integrated Care Board, gave "
            "a presentation on access to GP services in the borough ("),
      ("link", "presentation slides", SLIDES_URL),
      ("t", "). She reported that the seven practices in Thurnbridge had delivered 4 per cent more "
            "appointments than in the previous year, but that the number of patients per "
            "full-time equivalent GP had risen to 2,640, above the Northshire average.")),
    P(("t", "Councillor L. Whitlow asked how the ICB planned to provide GP capacity for the 2,300 "
            "new homes under construction at Ferris Meadows, given that no new surgery had been "
            "secured through the section 106 agreement. Ms Forde replied that the ICB had "
            "requested a health contribution from the developer and was working with the Oakfield "
            "Medical Group on an extension to its branch surgery, although she accepted that this "
            "would not be ready before the first residents moved in. Councillor H. Ellwood said "
            "that residents in her ward consistently reported being unable to get through on the "
            "telephone at 8.00 am and asked whether practices would be required to move to online "
            "triage. Ms Forde explained that all practices were now contracted to offer online "
            "consultation throughout core hours, and that cloud telephony had been installed in "
            "five of the seven practices, with the remaining two due to switch by September.")),
    P(("t", "Councillor B. Nwosu raised concern about the closure of the Hartley's pharmacy on "
            "Bridge Street and its effect on older residents without transport. "),
      ("ins", "Ms Forde said that pharmaceutical services were now commissioned by the ICB and that "
              "a pharmaceutical needs assessment was being refreshed by the county council. "),
      ("t", "The Chairman asked that community pharmacy provision be considered by the Committee "
            "at a future meeting.")),
    P(("b", "RESOLVED"), ("t", " that \u2013"), align="L", after=2),
    P(("t", "(1)\tthe presentation be noted;"), align="L", after=2),
    P(("t", "(2)\tthe Committee's concern about the lack of primary care provision at Ferris "
            "Meadows be conveyed to the Northshire Integrated Care Board and to the Cabinet "
            "Member for Planning; and"), after=2),
    P(("t", "(3)\tcommunity pharmacy provision be added to the work programme.")),

    H("21.\tLEISURE AND WELLBEING SERVICES \u2013 FUTURE DELIVERY OPTIONS"),
    P(("t", "The Cabinet Member for Health, Leisure and Wellbeing introduced the report, which set out "
            "the outcome of the "),
      ("link", "public consultation", CONSULT_URL),
      ("t", " on the future operation of the council's three leisure centres following the end of "
            "the management contract with Active Horizons Leisure Ltd in March 2026. The four "
            "options were: (a) a new management contract with a commercial operator; (b) transfer "
            "to a not-for-profit leisure trust; (c) a wholly owned local authority trading "
            "company; and (d) direct in-house provision. 1,412 responses had been received to the "
            "consultation survey"),
      ("del", ", of which 61 per cent favoured option (d)"),
      ("ins", "; the largest group of respondents (44 per cent) favoured option (d)"),
      ("t", ".")),
    P(("t", "Councillor J. Pettifer asked why the recommended option was a new contract with a "
            "commercial operator when the consultation had shown most respondents favoured in-house "
            "provision. The Leisure and Wellbeing Client Manager explained that the consultation "
            "had been one of several factors, and that the modelling showed a commercial operator "
            "would remove the current management fee of \u00a3410,000 a year within three years, "
            "whereas in-house provision would add an estimated \u00a3620,000 a year in VAT, pension "
            "and staffing costs. Councillor S. Chaudhry questioned whether a private operator would "
            "protect concessionary prices and the GP exercise referral scheme; the Cabinet Member "
            "for Health, Leisure and Wellbeing gave an assurance that both would be specified as "
            "contractual requirements. Councillor T. Kaur asked about the position of the 86 staff "
            "and was advised that they would transfer under TUPE to whichever operator was "
            "appointed, with their pension rights protected.")),
    P(("t", "A motion by Councillor A. Bramley, seconded by Councillor B. Nwosu, that the Committee "
            "recommend to Cabinet that option (b) be pursued instead was put to the vote and "
            "LOST.")),
    P(("b", "RESOLVED"),
      ("t", " that Cabinet be recommended to approve option (a), a new management contract with a "
            "commercial operator for a term of ten years, subject to concessionary pricing and "
            "the exercise referral scheme being specified as minimum requirements"),
      ("ins", ", and that the Committee receive the draft service specification before the "
              "procurement begins"),
      ("t", ".")),

    H("22.\tQUARTER 4 PERFORMANCE AND FINANCE MONITORING 2024/25"),
    P(("t", "Members had no questions on the report, which had been circulated with the agenda.")),
    P(("b", "NOTED"), ("t", " \u2013 the performance and financial outturn position for 2024/25.")),

    H("23.\tWORK PROGRAMME 2025/26"),
    P(("t", "The Democratic Services Officer presented the draft work programme. Councillor "
            "P. Garside asked that damp and mould in council housing be considered as a standalone "
            "item; the Chairman agreed that it would be scheduled for the October meeting.")),
    P(("b", "RESOLVED"),
      ("t", " that the work programme for 2025/26 be agreed, subject to the additions agreed at "
            "Minutes 20 and 23.")),

    H("24.\tDATE OF NEXT MEETING"),
    P(("b", "NOTED"),
      ("t", " that the next meeting of the Committee would be held on Tuesday 15 July 2025 at "
            "7.00 pm.")),
    P(("t", "The meeting closed at 9.18 pm."), align="L", after=24),
    P(("t", "Chairman \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"), align="L"),
]

GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-06-17",
    "items": [
        {"number": "14", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "15", "title": "DECLARATIONS OF INTEREST"},
        {"number": "16", "title": "MINUTES"},
        {"number": "17", "title": "PUBLIC PARTICIPATION"},
        {"number": "18", "title": "TEMPORARY ACCOMMODATION AND HOMELESSNESS PRESSURES"},
        {"number": "19", "title": "HOUSING REPAIRS AND MAINTENANCE CONTRACT \u2013 ANNUAL PERFORMANCE"},
        {"number": "20", "title": "ACCESS TO GENERAL PRACTICE IN THURNBRIDGE"},
        {"number": "21", "title": "LEISURE AND WELLBEING SERVICES \u2013 FUTURE DELIVERY OPTIONS"},
        {"number": "22", "title": "QUARTER 4 PERFORMANCE AND FINANCE MONITORING 2024/25"},
        {"number": "23", "title": "WORK PROGRAMME 2025/26"},
        {"number": "24", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "18", "kind": "question",
         "text": "queried why the number of households placed in bed and breakfast",
         "asked_by": "Councillor S. Chaudhry",
         "answer": "the loss of two leased blocks in Station Road",
         "given_by": "Head of Housing Solutions and Homelessness Prevention",
         "themes": ["housing"]},
        {"item": "18", "kind": "question",
         "text": "families with children were not being kept in bed and breakfast",
         "asked_by": None,
         "answer": "three families had exceeded six weeks in May",
         "given_by": "Head of Housing Solutions and Homelessness Prevention",
         "themes": ["housing", "children-and-families"]},
        {"item": "18", "kind": "question",
         "text": "asked what the temporary accommodation budget had cost in 2024/25",
         "asked_by": "Councillor A. Bramley",
         "answer": "gross spend had been \u00a33.9m against a budget of \u00a32.2m",
         "given_by": "Interim Head of Finance and Section 151 Officer",
         "themes": ["housing", "finance"]},
        {"item": "18", "kind": "concern",
         "text": "households were increasingly being placed with private landlords outside the borough",
         "asked_by": "Councillor J. Pettifer",
         "answer": "38 households were currently placed out of borough",
         "given_by": "Cabinet Member for Housing and Communities",
         "themes": ["housing"]},
        {"item": "18", "kind": "request",
         "text": "a breakdown of households in temporary accommodation by ward and by household type",
         "asked_by": "Councillor H. Ellwood",
         "answer": "agreed to provide this within four weeks",
         "given_by": "Director of Place and Housing Services",
         "themes": ["housing"]},
        {"item": "18", "kind": "comment",
         "text": "should be asked to prioritise acquisitions of family homes",
         "asked_by": "Councillor B. Nwosu",
         "answer": None, "given_by": None,
         "themes": ["housing"]},
        {"item": "19", "kind": "question",
         "text": "questioned why routine repairs performance had fallen so sharply",
         "asked_by": "Councillor P. Garside",
         "answer": "Calder had lost a number of directly employed plasterers and electricians",
         "given_by": "Head of Contracts, Procurement and Commercial Services",
         "themes": ["subcontracting", "workforce", "housing"]},
        {"item": "19", "kind": "question",
         "text": "asked what financial remedies had been applied",
         "asked_by": "Councillor T. Kaur",
         "answer": "service credits of \u00a384,000 had been deducted in 2024/25",
         "given_by": None,
         "themes": ["subcontracting", "finance", "housing"]},
        {"item": "19", "kind": "question",
         "text": "sought clarification on how damp and mould cases were prioritised",
         "asked_by": "Councillor S. Chaudhry",
         "answer": "triaged by the council's own surveyors within two working days",
         "given_by": "Director of Place and Housing Services",
         "themes": ["housing", "subcontracting"]},
        {"item": "19", "kind": "question",
         "text": "option of bringing the repairs service back in-house when the contract expired",
         "asked_by": "Councillor A. Bramley",
         "answer": "an options appraisal comparing extension, re-procurement and an in-house direct labour organisation",
         "given_by": "Director of Place and Housing Services",
         "themes": ["privatisation", "subcontracting", "housing"]},
        {"item": "19", "kind": "concern",
         "text": "tenants had not been asked for their views on the contractor's performance",
         "asked_by": None,
         "answer": "undertook to discuss this with the Tenants' Panel",
         "given_by": "Cabinet Member for Housing and Communities",
         "themes": ["patient-and-public-input", "subcontracting", "housing"]},
        {"item": "20", "kind": "question",
         "text": "provide GP capacity for the 2,300 new homes under construction at Ferris Meadows",
         "asked_by": "Councillor L. Whitlow",
         "answer": "requested a health contribution from the developer",
         "given_by": "Ms Forde",
         "themes": ["primary-care"]},
        {"item": "20", "kind": "question",
         "text": "asked whether practices would be required to move to online triage",
         "asked_by": "Councillor H. Ellwood",
         "answer": "all practices were now contracted to offer online consultation throughout core hours",
         "given_by": "Ms Forde",
         "themes": ["primary-care"]},
        {"item": "20", "kind": "concern",
         "text": "the closure of the Hartley's pharmacy on Bridge Street",
         "asked_by": "Councillor B. Nwosu",
         "answer": "a pharmaceutical needs assessment was being refreshed by the county council",
         "given_by": "Ms Forde",
         "themes": ["primary-care"]},
        {"item": "20", "kind": "request",
         "text": "asked that community pharmacy provision be considered by the Committee",
         "asked_by": "Chairman",
         "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "21", "kind": "question",
         "text": "asked why the recommended option was a new contract with a commercial operator",
         "asked_by": "Councillor J. Pettifer",
         "answer": "the consultation had been one of several factors",
         "given_by": "Leisure and Wellbeing Client Manager",
         "themes": ["privatisation", "subcontracting", "patient-and-public-input"]},
        {"item": "21", "kind": "question",
         "text": "questioned whether a private operator would protect concessionary prices",
         "asked_by": "Councillor S. Chaudhry",
         "answer": "both would be specified as contractual requirements",
         "given_by": "Cabinet Member for Health, Leisure and Wellbeing",
         "themes": ["privatisation", "subcontracting", "public-health"]},
        {"item": "21", "kind": "question",
         "text": "asked about the position of the 86 staff",
         "asked_by": "Councillor T. Kaur",
         "answer": "they would transfer under TUPE to whichever operator was appointed",
         "given_by": None,
         "themes": ["workforce", "subcontracting"]},
        {"item": "23", "kind": "request",
         "text": "asked that damp and mould in council housing be considered as a standalone item",
         "asked_by": "Councillor P. Garside",
         "answer": "the Chairman agreed that it would be scheduled for the October meeting",
         "given_by": "Chairman",
         "themes": ["housing"]},
    ],
    "resolutions": [
        {"item": "16", "text": "minutes of the meeting held on 22 April 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "18", "text": "Cabinet be recommended to review the Homelessness and Rough Sleeping Strategy",
         "outcome": "recommended", "themes": ["housing", "children-and-families"]},
        {"item": "19", "text": "options appraisal for the future delivery of the repairs service be submitted",
         "outcome": "agreed", "themes": ["subcontracting", "housing", "privatisation"]},
        {"item": "20", "text": "lack of primary care provision at Ferris Meadows be conveyed",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "21", "text": "that option (b) be pursued instead was put to the vote",
         "outcome": "rejected", "themes": ["privatisation", "subcontracting"]},
        {"item": "21", "text": "be recommended to approve option (a), a new management contract",
         "outcome": "recommended", "themes": ["privatisation", "subcontracting"]},
        {"item": "22", "text": "the performance and financial outturn position for 2024/25",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "23", "text": "the work programme for 2025/26 be agreed, subject to the additions",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "24", "text": "next meeting of the Committee would be held on Tuesday 15 July",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "M. Okafor", "role": "Chairman", "attendance": "present"},
        {"name": "J. Pettifer", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "A. Bramley", "role": None, "attendance": "present"},
        {"name": "S. Chaudhry", "role": None, "attendance": "present"},
        {"name": "H. Ellwood", "role": None, "attendance": "present"},
        {"name": "P. Garside", "role": None, "attendance": "present"},
        {"name": "T. Kaur", "role": None, "attendance": "present"},
        {"name": "B. Nwosu", "role": None, "attendance": "present"},
        {"name": "L. Whitlow", "role": "substitute for Councillor D. Fenn", "attendance": "present"},
        {"name": "R. Dunmore", "role": None, "attendance": "apologies"},
        {"name": "D. Fenn", "role": None, "attendance": "apologies"},
        {"name": "K. Ashdown", "role": "Cabinet Member for Housing and Communities",
         "attendance": "in_attendance"},
        {"name": "F. Mbeki", "role": "Cabinet Member for Health, Leisure and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Ms A. Forde",
         "role": "Associate Director of Primary Care, Northshire Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "S. Lindqvist", "role": "Director of Place and Housing Services",
         "attendance": "in_attendance"},
        {"name": "G. Hollins", "role": "Head of Housing Solutions and Homelessness Prevention",
         "attendance": "in_attendance"},
        {"name": "P. Raman", "role": "Head of Contracts, Procurement and Commercial Services",
         "attendance": "in_attendance"},
        {"name": "M. Deverell", "role": "Interim Head of Finance and Section 151 Officer",
         "attendance": "in_attendance"},
        {"name": "C. Abara", "role": "Leisure and Wellbeing Client Manager",
         "attendance": "in_attendance"},
        {"name": "J. Tranter", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}


def build_doc1(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

    cp = doc.core_properties
    cp.author = "Jo Tranter"
    cp.last_modified_by = "Gareth Hollins"
    cp.title = "DRAFT Minutes - Overview and Scrutiny Committee - 17 June 2025"
    cp.created = datetime(2025, 6, 18, 10, 2, 0)
    cp.modified = datetime(2025, 6, 19, 16, 45, 0)
    cp.revision = 7

    # track revisions on
    tr = OxmlElement("w:trackRevisions")
    doc.settings.element.insert(0, tr)

    # header / footer (page furniture)
    hp = sec.header.paragraphs[0]
    hp.text = "Thurnbridge Borough Council\tDRAFT \u2013 NOT YET APPROVED"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Overview and Scrutiny Committee \u2013 17 June 2025\tPage ")
    r.font.size = Pt(8)

    def fld(par, instr, shown):
        f = OxmlElement("w:fldSimple")
        f.set(qn("w:instr"), instr)
        rr = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "16")
        rpr.append(sz)
        rr.append(rpr)
        t = OxmlElement("w:t")
        t.text = shown
        rr.append(t)
        f.append(rr)
        par._p.append(f)

    fld(fp, " PAGE ", "1")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    fld(fp, " NUMPAGES ", "4")
    r = fp.add_run("\tChairman\u2019s initials \u2026\u2026\u2026")
    r.font.size = Pt(8)

    ids = iter(range(101, 999))
    AUTH = [("Jo Tranter", "2025-06-18T14:22:00Z"), ("Gareth Hollins", "2025-06-19T09:41:00Z")]

    def rev_attrs(el, k):
        el.set(qn("w:id"), str(next(ids)))
        el.set(qn("w:author"), AUTH[k % 2][0])
        el.set(qn("w:date"), AUTH[k % 2][1])

    def mk_run(text, bold=False, deleted=False, link=False):
        rr = OxmlElement("w:r")
        rr.set(qn("w:rsidR"), "00A4%04X" % (len(text) * 37 % 65536))
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if link:
            c = OxmlElement("w:color")
            c.set(qn("w:val"), "0563C1")
            rpr.append(c)
            u = OxmlElement("w:u")
            u.set(qn("w:val"), "single")
            rpr.append(u)
        if len(rpr):
            rr.append(rpr)
        # split tabs into w:tab elements
        parts = text.split("\t")
        for i, part in enumerate(parts):
            if i:
                rr.append(OxmlElement("w:tab"))
            if part:
                t = OxmlElement("w:delText" if deleted else "w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = part
                rr.append(t)
        return rr

    def frag(text, n=43):
        """Word-style run fragmentation at fixed points (may split words)."""
        return [text[i:i + n] for i in range(0, len(text), n)] or [""]

    k = 0
    for spec in DOC1:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(spec["after"])
        pf.space_before = Pt(0)
        pf.alignment = {"J": WD_ALIGN_PARAGRAPH.JUSTIFY, "L": WD_ALIGN_PARAGRAPH.LEFT,
                        "C": WD_ALIGN_PARAGRAPH.CENTER}[spec["align"]]
        if spec["keep"]:
            pf.keep_with_next = True
            pf.tab_stops.add_tab_stop(Cm(1.2))
        if "\t" in "".join(s[1] for s in spec["segs"]) and not spec["keep"]:
            pf.left_indent = Cm(1.2)
            pf.first_line_indent = Cm(-1.2)
            pf.tab_stops.add_tab_stop(Cm(1.2))
        if spec["ins_para"]:
            ppr = p._p.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            ins = OxmlElement("w:ins")
            rev_attrs(ins, 1)
            rpr.append(ins)
            ppr.append(rpr)
        for seg in spec["segs"]:
            kind, text = seg[0], seg[1]
            if kind in ("t", "b"):
                for chunk in frag(text):
                    p._p.append(mk_run(chunk, bold=spec["bold"] or kind == "b"))
            elif kind == "ins":
                el = OxmlElement("w:ins")
                rev_attrs(el, k)
                for chunk in frag(text):
                    el.append(mk_run(chunk, bold=spec["bold"]))
                p._p.append(el)
                k += 1
            elif kind == "del":
                el = OxmlElement("w:del")
                rev_attrs(el, k)
                el.append(mk_run(text, deleted=True))
                p._p.append(el)
                k += 1
            elif kind == "link":
                rid = doc.part.relate_to(seg[2], RT.HYPERLINK, is_external=True)
                el = OxmlElement("w:hyperlink")
                el.set(qn("r:id"), rid)
                el.set(qn("w:history"), "1")
                el.append(mk_run(text, link=True))
                p._p.append(el)
            elif kind == "cmt":
                run = p.add_run(text)
                cm = doc.add_comment(run, text=seg[2], author="Jo Tranter", initials="JT")
                cm._comment_elm.set(qn("w:date"), "2025-06-18T15:03:00Z")   # deterministic
            else:
                raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    """Rewrite a zip with fixed timestamps so that the build is byte-for-byte deterministic."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 19, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def docx_texts(path):
    """(accepted text, deleted text, comments text) of a .docx, read from the XML."""
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    paras, dels = [], []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter(W + "t", W + "tab", W + "delText"):
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag == W + "tab":
                if el.getparent().tag == W + "r":      # not a tab stop in w:pPr/w:tabs
                    buf.append(" ")
            else:
                dels.append(el.text or "")
        paras.append("".join(buf))
    comments = ""
    if "word/comments.xml" in z.namelist():
        croot = etree.fromstring(z.read("word/comments.xml"))
        comments = " ".join(t.text or "" for t in croot.iter(W + "t"))
    return "\n".join(paras), " ".join(dels), comments


# ===========================================================================
# PDF table machinery (documents 2 and 4)
# ===========================================================================
def make_pdf_class():
    from fpdf import FPDF

    class TPDF(FPDF):
        head_left = ""
        head_right = ""
        foot_left = ""
        foot_right = ""

        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 8)
            w = self.w - self.l_margin - self.r_margin
            self.cell(w / 2, 4, self.head_left, align="L")
            self.cell(w / 2, 4, self.head_right, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 13, self.w - self.r_margin, 13)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, self.t_margin)

        def footer(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            y = self.h - 11
            w = self.w - self.l_margin - self.r_margin
            self.set_xy(self.l_margin, y)
            self.cell(w / 3, 4, self.foot_left, align="L")
            self.cell(w / 3, 4, f"Page {self.page_no()} of {{nb}}", align="C")
            self.cell(w / 3, 4, self.foot_right, align="R")
            self.set_text_color(0, 0, 0)

    return TPDF


def new_pdf(orientation="P"):
    TPDF = make_pdf_class()
    pdf = TPDF(orientation=orientation, unit="mm", format="A4")
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_margins(12, 17, 12)
    pdf.set_auto_page_break(True, 16)
    return pdf


LH = 4.4      # line height
PAD = 1.7     # cell padding
PGAP = 1.8    # gap between paragraphs in a cell
FS = 8.8      # body font size


def _cell_entries(pdf, width, paras, justify=True):
    """Lay out a cell: list of ("line", text, style, justify, lead_bold) / ("gap", h)."""
    from fpdf.enums import MethodReturnValue
    out = []
    for pi, para in enumerate(paras):
        if isinstance(para, str):
            para = (para, "")
        text, style = para[0], para[1]
        lead = 0
        m = re.match(r"^(Resolved:|Agreed:|Noted:|Action:)", text)
        if m and style == "":
            lead = 1
        pdf.set_font("DV", style, FS)
        body = style == "" and justify       # headings: ragged right, no hyphenation
        lines = pdf.multi_cell(width, LH, hy(text) if body else text, dry_run=True,
                               output=MethodReturnValue.LINES)
        for li, line in enumerate(lines):
            out.append(("line", line, style, body and li < len(lines) - 1,
                        lead if li == 0 else 0))
        if pi < len(paras) - 1:
            out.append(("gap", PGAP))
    return out


def _draw_line(pdf, x, y, width, text, style, justify, lead):
    words = text.split(" ")
    styles = [("B" if i < lead else style) for i in range(len(words))]
    widths = []
    for w_, s_ in zip(words, styles):
        pdf.set_font("DV", s_, FS)
        widths.append(pdf.get_string_width(w_))
    pdf.set_font("DV", style, FS)
    space = pdf.get_string_width(" ")
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
        gap = max(gap, space * 0.8)
    else:
        gap = space
    base = y + LH * 0.76
    cx = x
    if not (justify and len(words) > 1):
        # plain line: one string (bold lead-in drawn first), real space characters
        if lead:
            head = " ".join(words[:lead]) + " "
            pdf.set_font("DV", "B", FS)
            pdf.text(cx, base, head)
            cx += pdf.get_string_width(head)
            words = words[lead:]
        pdf.set_font("DV", style, FS)
        pdf.text(cx, base, " ".join(words))
        return
    n = len(words)
    for i, (w_, s_, wd) in enumerate(zip(words, styles, widths)):
        pdf.set_font("DV", s_, FS)
        # keep a real space glyph after each word; the justification gap is added on top
        pdf.text(cx, base, w_ + (" " if i < n - 1 else ""))
        cx += wd + gap


def draw_table(pdf, widths, header, rows, min_lines=3, justify_cols=(1,)):
    """A ruled table that splits rows across pages and repeats its header row."""
    x0 = pdf.l_margin
    bottom = pdf.h - pdf.b_margin

    def draw_header():
        y = pdf.get_y()
        pdf.set_fill_color(217, 217, 217)
        x = x0
        hh = LH + 2 * PAD
        for w, lab in zip(widths, header):
            pdf.rect(x, y, w, hh, style="DF")
            pdf.set_font("DV", "B", FS)
            pdf.text(x + PAD, y + PAD + LH * 0.76, lab)
            x += w
        pdf.set_y(y + hh)

    if bottom - pdf.get_y() < (LH + 2 * PAD) + LH * (min_lines + 1):
        pdf.add_page()
    draw_header()
    for row in rows:
        cols = [_cell_entries(pdf, w - 2 * PAD, cell, ci in justify_cols)
                for ci, (w, cell) in enumerate(zip(widths, row))]
        ptr = [0] * len(cols)
        first = True
        while any(p < len(c) for p, c in zip(ptr, cols)):
            y = pdf.get_y()
            avail = bottom - y - 2 * PAD
            if avail < LH * min_lines:
                pdf.add_page()
                draw_header()
                continue
            taken = []
            for ci, c in enumerate(cols):
                h, j = 0.0, ptr[ci]
                items = []
                while j < len(c):
                    e = c[j]
                    eh = LH if e[0] == "line" else e[1]
                    if e[0] == "gap" and not items:
                        j += 1
                        continue
                    if h + eh > avail:
                        break
                    items.append(e)
                    h += eh
                    j += 1
                # do not leave a trailing gap at a page end
                while items and items[-1][0] == "gap":
                    h -= items[-1][1]
                    items.pop()
                taken.append((items, h, j))
            seg_h = max(t[1] for t in taken) + 2 * PAD
            cont = any(t[2] < len(c) for t, c in zip(taken, cols))
            if cont:
                seg_h = bottom - y
            x = x0
            for (items, h, j), w in zip(taken, widths):
                pdf.rect(x, y, w, seg_h)
                cy = y + PAD
                for e in items:
                    if e[0] == "gap":
                        cy += e[1]
                        continue
                    _draw_line(pdf, x + PAD, cy, w - 2 * PAD, e[1], e[2], e[3], e[4])
                    cy += LH
                x += w
            for ci, t in enumerate(taken):
                ptr[ci] = t[2]
            pdf.set_y(y + seg_h)
            first = False
            if cont:
                pdf.add_page()
                draw_header()


def cells_text(rows):
    """Logical text of table rows (soft hyphens removed), one cell per paragraph."""
    out = []
    for row in rows:
        for cell in row:
            for para in cell:
                out.append(para if isinstance(para, str) else para[0])
    return "\n".join(out)


# ===========================================================================
# DOCUMENT 2 - Westmarch and Orley JHOSC, table-style PDF minutes
# ===========================================================================
JH_TITLE = "Westmarch and Orley Joint Health Overview and Scrutiny Committee"

JH_ATTEND = [
    ("Members present", [
        ("Cllr Helen Marsh (Chair)", "Westmarch County Council"),
        ("Cllr Tariq Aziz (Vice-Chair)", "Orley City Council"),
        ("Cllr Bernard Quayle", "Westmarch County Council"),
        ("Cllr Nia Probert", "Westmarch County Council"),
        ("Cllr Dominic Fairweather", "Orley City Council"),
        ("Cllr Sue Lattimer", "Orley City Council (substitute for Cllr Peter Grint)"),
    ]),
    ("In attendance", [
        ("Dr Rachel Osei", "ICB Director of Strategy, Westmarch and Orley Integrated Care Board"),
        ("Graham Pike", "Associate Director of Communications and Engagement, Westmarch and Orley "
                        "Integrated Care Board"),
        ("Simon Threlfall", "Chief Operating Officer, Orley Hospitals NHS Foundation Trust"),
        ("Anita Mills", "Director of Public Health, Westmarch County Council"),
        ("Lorraine Batty", "Chief Executive, Healthwatch Orley"),
        ("Paul Renshaw", "Scrutiny Officer, Orley City Council (minutes)"),
    ]),
    ("Apologies", [
        ("Cllr Peter Grint", "Orley City Council"),
        ("Cllr Janet Hobday", "Westmarch County Council"),
    ]),
]

B = "B"
JH_ROWS = [
    [["JHOSC 25/10"],
     [("Welcome, introductions and apologies", B),
      "The Chair welcomed members, officers and the three members of the public present, and "
      "introduced Graham Pike, who had recently joined the ICB. Apologies were received from "
      "Cllr Peter Grint (Cllr Sue Lattimer substituting) and Cllr Janet Hobday."],
     ["\u2013"]],
    [["JHOSC 25/11"],
     [("Declarations of interest", B),
      "Cllr Nia Probert declared a non-pecuniary interest in item JHOSC 25/15 as a registered "
      "nurse employed by Orley Hospitals NHS Foundation Trust. She remained in the room but took "
      "no part in the discussion of that item. No other declarations were made."],
     ["\u2013"]],
    [["JHOSC 25/12"],
     [("Minutes of the previous meeting and action log", B),
      "Agreed: The minutes of the meeting held on 10 July 2025 were agreed as an accurate record, "
      "subject to correcting the spelling of Cllr Fairweather\u2019s name at JHOSC 25/06.",
      "The action log was reviewed. Action A25/04 (breakdown of ambulance handover delays by "
      "site) was complete and had been circulated on 14 August; action A25/05 (dental access "
      "data) remained open."],
     ["A25/05 carried forward \u2013 Scrutiny Officer to chase ICB primary care team"]],
    [["JHOSC 25/13"],
     [("Public questions", B),
      "No public questions had been received by the deadline."],
     ["\u2013"]],
    [["JHOSC 25/14"],
     [("Stroke services reconfiguration \u2013 outcome of public consultation", B),
      "Dr Rachel Osei, ICB Director of Strategy, presented the consultation outcome report. The "
      "14-week consultation had closed on 30 June and had received 2,874 survey responses, with "
      "11 public meetings and 6 focus groups with stroke survivors and carers. The preferred "
      "option remained the consolidation of hyper-acute stroke care at Orley Royal Infirmary, "
      "with Westmarch General Hospital providing acute stroke rehabilitation only.",
      "Cllr Bernard Quayle asked how many Westmarch residents would have a blue-light journey of "
      "more than 45 minutes under the preferred option; the ICB Director of Strategy replied that "
      "modelling by the ambulance service showed 1,900 residents in the far north of the county "
      "would exceed 45 minutes, but that the clinical evidence showed better outcomes from "
      "specialist units even with longer journeys. Cllr Quayle said that this would not reassure "
      "his residents and asked that the ambulance modelling be published in full. Dr Osei agreed "
      "to publish it on the ICB website by the end of September.",
      "Lorraine Batty, Chief Executive of Healthwatch Orley, commented that survivors\u2019 "
      "feedback in the focus groups had centred on the rehabilitation pathway rather than on the "
      "acute unit. Cllr Sue Lattimer questioned whether the consultation had reached people "
      "without internet access, noting that 82 per cent of responses had been made online; the "
      "ICB Director of Strategy said that paper questionnaires had been distributed through GP "
      "surgeries, libraries and the stroke association groups, and that an independent analysis "
      "by Opinion Works had weighted the results. Cllr Dominic Fairweather raised concern about "
      "the workforce for the consolidated unit, given existing vacancies in stroke nursing; the "
      "Chief Operating Officer of Orley Hospitals NHS Foundation Trust replied that 23 of the 31 "
      "additional nursing posts had been recruited and that Westmarch staff would be offered "
      "rotation rather than relocation.",
      "Resolved: The Committee (a) noted the outcome of the consultation; (b) agreed that it did "
      "not consider the proposal to be against the interests of the health service in the area "
      "and would not refer it to the Secretary of State; and (c) asked the ICB to report back on "
      "the rehabilitation pathway and travel support in March 2026."],
     ["Publish ambulance modelling in full \u2013 R Osei \u2013 30/09/25",
      "Report on rehab pathway and travel support \u2013 ICB \u2013 March 2026 meeting"]],
    [["JHOSC 25/15"],
     [("Orley Hospitals NHS FT \u2013 elective recovery and use of the independent sector", B),
      "Simon Threlfall, Chief Operating Officer, presented the update. The waiting list stood at "
      "61,200, down from 66,900 a year earlier; 78-week waits had been eliminated and the number "
      "waiting over 52 weeks was 1,140. The Trust had outsourced 4,300 orthopaedic, ophthalmology "
      "and endoscopy procedures to three independent sector providers in 2024/25 at a cost of "
      "\u00a314.6m.",
      "Cllr Tariq Aziz asked what proportion of the Trust\u2019s elective budget was now spent "
      "with private providers, and whether this was undermining NHS capacity in the long run; "
      "the Chief Operating Officer replied that it was about 9 per cent, that the contracts were "
      "short-term and tied to the national tariff, and that the Trust\u2019s own surgical hub "
      "would open in April 2026. Cllr Helen Marsh (Chair) sought clarification on whether "
      "patients treated privately received the same follow-up care, and was told that follow-up "
      "remained with the Trust\u2019s consultants in all cases.",
      "Cllr Sue Lattimer expressed concern that the Trust\u2019s staff were being offered extra "
      "sessions at the independent providers\u2019 sites, potentially drawing staff away from NHS "
      "lists. The Chief Operating Officer said that he was not aware of this but would "
      "investigate and report back to the Scrutiny Officer.",
      "Resolved: That the elective recovery update be noted."],
     ["Staff sessions at independent sector sites \u2013 S Threlfall \u2013 by next meeting",
      "Six-month update incl. independent sector activity by specialty \u2013 S Threlfall \u2013 "
      "March 2026"]],
    [["JHOSC 25/16"],
     [("Community Diagnostic Centre, Westmarch \u2013 procurement of operator", B),
      "The ICB Director of Strategy reported that the ICB had concluded a procurement for the "
      "operation of the new Community Diagnostic Centre at Kingsmead Retail Park and had awarded "
      "a seven-year contract to Meridian Diagnostics Ltd, a private company, following a "
      "competitive process under the Provider Selection Regime. The Trust had submitted a bid but "
      "had not been successful.",
      "Members asked why the contract had gone to a private company when the Trust had bid, and "
      "whether the decision could be reviewed. Dr Osei said that the decision had been made "
      "against published criteria including quality, access, social value and price, that the "
      "Trust\u2019s bid had scored lower on workforce deliverability, and that the standstill "
      "period had ended without challenge. Cllr Nia Probert asked whether scans would be reported "
      "by NHS radiologists; Dr Osei confirmed that reporting would be subcontracted to a "
      "teleradiology company, with NHS-equivalent quality standards written into the contract. "
      "Cllr Aziz requested that the scoring matrix be shared with the Committee in confidence, "
      "and Dr Osei agreed to share it subject to advice on commercial confidentiality.",
      "Agreed: That the Chair write to the ICB Chief Executive setting out the Committee\u2019s "
      "concern that the local NHS bid was unsuccessful and seeking assurance on the arrangements "
      "for monitoring quality under the contract."],
     ["Letter to ICB Chief Executive \u2013 Chair / Scrutiny Officer \u2013 26/09/25",
      "Scoring matrix to members (confidential) \u2013 R Osei"]],
    [["JHOSC 25/17"],
     [("Winter plan 2025/26 and hospital discharge", B),
      "Anita Mills, Director of Public Health, Westmarch County Council, and the Chief Operating "
      "Officer jointly presented the system winter plan, including the flu and COVID-19 "
      "vaccination campaign and the joint discharge hub. Delayed discharges had averaged 142 "
      "patients a day across both acute sites in August, of whom around 60 per cent were waiting "
      "for a home care package or a care home placement.",
      "Cllr Quayle asked why vaccination uptake among care home staff had fallen to 31 per cent "
      "last winter; the Director of Public Health replied that uptake had fallen nationally, and "
      "that this year peer vaccinators would be trained in the 40 largest homes. Cllr Probert "
      "asked whether the two councils\u2019 adult social care budgets could fund the additional "
      "discharge-to-assess beds beyond March. No adult social care officer was present to "
      "respond, and the question was added to the action log. Cllr Fairweather "
      "commented that the joint discharge hub was a good example of joint working and suggested "
      "that Members visit it; the Chair agreed to arrange a visit before December.",
      "Resolved: That the system winter plan 2025/26 be noted."],
     ["Written response on D2A bed funding \u2013 ASC leads, both councils \u2013 10/10/25",
      "Arrange visit to discharge hub \u2013 Scrutiny Officer"]],
    [["JHOSC 25/18"],
     [("Healthwatch Orley \u2013 patient experience of GP access", B),
      "Lorraine Batty presented Healthwatch Orley\u2019s report, based on 1,063 survey responses "
      "and enter-and-view visits to 12 practices. Key findings were that 41 per cent of "
      "respondents had found it difficult to contact their practice, that online forms were "
      "often closed by 9.00 am, and that patients valued continuity with a named GP.",
      "Cllr Aziz asked whether the ICB accepted the report\u2019s recommendations; the ICB "
      "Director of Strategy said that the ICB accepted five of the six recommendations, but "
      "could not require practices to keep online forms open all day under the national GP "
      "contract. Cllr Marsh asked Healthwatch what the most common complaint had been; "
      "Ms Batty replied that it was being told to call back the next day.",
      "Agreed: To endorse the Healthwatch Orley recommendations and to commend the report to "
      "both councils\u2019 Health and Wellbeing Boards."],
     ["ICB response to recommendation 4 \u2013 R Osei"]],
    [["JHOSC 25/19"],
     [("Work programme 2025/26", B),
      "The Scrutiny Officer presented the draft work programme.",
      "Agreed: To add items on the community diagnostic centre contract (March 2026) and on "
      "access to NHS dentistry (January 2026)."],
     ["Update work programme \u2013 P Renshaw"]],
    [["JHOSC 25/20"],
     [("Date of next meeting", B),
      "Thursday 13 November 2025, 10.00 am, Westmarch County Hall."],
     ["\u2013"]],
]

GOLD2 = {
    "document": D2,
    "doc_type": "minutes",
    "committee": JH_TITLE,
    "meeting_date": "2025-09-11",
    "items": [
        {"number": "JHOSC 25/10", "title": "Welcome, introductions and apologies"},
        {"number": "JHOSC 25/11", "title": "Declarations of interest"},
        {"number": "JHOSC 25/12", "title": "Minutes of the previous meeting and action log"},
        {"number": "JHOSC 25/13", "title": "Public questions"},
        {"number": "JHOSC 25/14",
         "title": "Stroke services reconfiguration \u2013 outcome of public consultation"},
        {"number": "JHOSC 25/15",
         "title": "Orley Hospitals NHS FT \u2013 elective recovery and use of the independent sector"},
        {"number": "JHOSC 25/16",
         "title": "Community Diagnostic Centre, Westmarch \u2013 procurement of operator"},
        {"number": "JHOSC 25/17", "title": "Winter plan 2025/26 and hospital discharge"},
        {"number": "JHOSC 25/18", "title": "Healthwatch Orley \u2013 patient experience of GP access"},
        {"number": "JHOSC 25/19", "title": "Work programme 2025/26"},
        {"number": "JHOSC 25/20", "title": "Date of next meeting"},
    ],
    "questions": [
        {"item": "JHOSC 25/14", "kind": "question",
         "text": "Westmarch residents would have a blue-light journey of more than 45 minutes",
         "asked_by": "Cllr Bernard Quayle",
         "answer": "1,900 residents in the far north of the county would exceed 45 minutes",
         "given_by": "ICB Director of Strategy",
         "themes": []},
        {"item": "JHOSC 25/14", "kind": "request",
         "text": "asked that the ambulance modelling be published in full",
         "asked_by": "Cllr Quayle",
         "answer": "agreed to publish it on the ICB website by the end of September",
         "given_by": "Dr Osei",
         "themes": ["governance"]},
        {"item": "JHOSC 25/14", "kind": "comment",
         "text": "feedback in the focus groups had centred on the rehabilitation pathway",
         "asked_by": "Lorraine Batty",
         "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "JHOSC 25/14", "kind": "question",
         "text": "questioned whether the consultation had reached people without internet access",
         "asked_by": "Cllr Sue Lattimer",
         "answer": "paper questionnaires had been distributed through GP surgeries, libraries and the stroke association groups",
         "given_by": "ICB Director of Strategy",
         "themes": ["patient-and-public-input"]},
        {"item": "JHOSC 25/14", "kind": "concern",
         "text": "raised concern about the workforce for the consolidated unit",
         "asked_by": "Cllr Dominic Fairweather",
         "answer": "23 of the 31 additional nursing posts had been recruited",
         "given_by": "Chief Operating Officer of Orley Hospitals NHS Foundation Trust",
         "themes": ["workforce"]},
        {"item": "JHOSC 25/15", "kind": "question",
         "text": "proportion of the Trust's elective budget was now spent with private providers",
         "asked_by": "Cllr Tariq Aziz",
         "answer": "the contracts were short-term and tied to the national tariff",
         "given_by": "Chief Operating Officer",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "JHOSC 25/15", "kind": "question",
         "text": "whether patients treated privately received the same follow-up care",
         "asked_by": "Cllr Helen Marsh",
         "answer": "follow-up remained with the Trust's consultants in all cases",
         "given_by": None,
         "themes": ["privatisation"]},
        {"item": "JHOSC 25/15", "kind": "concern",
         "text": "staff were being offered extra sessions at the independent providers' sites",
         "asked_by": "Cllr Sue Lattimer",
         "answer": "was not aware of this but would investigate and report back",
         "given_by": "Chief Operating Officer",
         "themes": ["workforce", "privatisation", "subcontracting"]},
        {"item": "JHOSC 25/16", "kind": "question",
         "text": "why the contract had gone to a private company when the Trust had bid",
         "asked_by": None,
         "answer": "decision had been made against published criteria including quality, access, social value and price",
         "given_by": "Dr Osei",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "JHOSC 25/16", "kind": "question",
         "text": "asked whether scans would be reported by NHS radiologists",
         "asked_by": "Cllr Nia Probert",
         "answer": "reporting would be subcontracted to a teleradiology company",
         "given_by": "Dr Osei",
         "themes": ["subcontracting", "privatisation"]},
        {"item": "JHOSC 25/16", "kind": "request",
         "text": "requested that the scoring matrix be shared with the Committee in confidence",
         "asked_by": "Cllr Aziz",
         "answer": "agreed to share it subject to advice on commercial confidentiality",
         "given_by": "Dr Osei",
         "themes": ["subcontracting", "governance"]},
        {"item": "JHOSC 25/17", "kind": "question",
         "text": "why vaccination uptake among care home staff had fallen to 31 per cent",
         "asked_by": "Cllr Quayle",
         "answer": "peer vaccinators would be trained in the 40 largest homes",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "adult-social-care", "workforce"]},
        {"item": "JHOSC 25/17", "kind": "question",
         "text": "adult social care budgets could fund the additional discharge-to-assess beds",
         "asked_by": "Cllr Probert",
         "answer": None, "given_by": None,
         "themes": ["adult-social-care", "finance", "integration"]},
        {"item": "JHOSC 25/17", "kind": "comment",
         "text": "commented that the joint discharge hub was a good example of joint working",
         "asked_by": "Cllr Fairweather",
         "answer": "the Chair agreed to arrange a visit before December",
         "given_by": "Chair",
         "themes": ["integration"]},
        {"item": "JHOSC 25/18", "kind": "question",
         "text": "asked whether the ICB accepted the report's recommendations",
         "asked_by": "Cllr Aziz",
         "answer": "the ICB accepted five of the six recommendations",
         "given_by": "ICB Director of Strategy",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "JHOSC 25/18", "kind": "question",
         "text": "asked Healthwatch what the most common complaint had been",
         "asked_by": "Cllr Marsh",
         "answer": "it was being told to call back the next day",
         "given_by": "Ms Batty",
         "themes": ["primary-care", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "JHOSC 25/12",
         "text": "The minutes of the meeting held on 10 July 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "JHOSC 25/14",
         "text": "would not refer it to the Secretary of State",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "JHOSC 25/15", "text": "That the elective recovery update be noted",
         "outcome": "noted", "themes": []},
        {"item": "JHOSC 25/16",
         "text": "write to the ICB Chief Executive setting out the Committee's concern",
         "outcome": "agreed", "themes": ["subcontracting", "privatisation"]},
        {"item": "JHOSC 25/17", "text": "That the system winter plan 2025/26 be noted",
         "outcome": "noted", "themes": []},
        {"item": "JHOSC 25/18",
         "text": "endorse the Healthwatch Orley recommendations and to commend the report",
         "outcome": "agreed", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "JHOSC 25/19",
         "text": "To add items on the community diagnostic centre contract",
         "outcome": "agreed", "themes": ["subcontracting", "primary-care"]},
    ],
    "attendees": [
        {"name": "Cllr Helen Marsh", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Tariq Aziz", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Bernard Quayle", "role": "Westmarch County Council", "attendance": "present"},
        {"name": "Cllr Nia Probert", "role": "Westmarch County Council", "attendance": "present"},
        {"name": "Cllr Dominic Fairweather", "role": "Orley City Council", "attendance": "present"},
        {"name": "Cllr Sue Lattimer",
         "role": "Orley City Council (substitute for Cllr Peter Grint)", "attendance": "present"},
        {"name": "Dr Rachel Osei",
         "role": "ICB Director of Strategy, Westmarch and Orley Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Graham Pike",
         "role": "Associate Director of Communications and Engagement, Westmarch and Orley "
                 "Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Simon Threlfall",
         "role": "Chief Operating Officer, Orley Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Anita Mills", "role": "Director of Public Health, Westmarch County Council",
         "attendance": "in_attendance"},
        {"name": "Lorraine Batty", "role": "Chief Executive, Healthwatch Orley",
         "attendance": "in_attendance"},
        {"name": "Paul Renshaw", "role": "Scrutiny Officer, Orley City Council",
         "attendance": "in_attendance"},
        {"name": "Cllr Peter Grint", "role": "Orley City Council", "attendance": "apologies"},
        {"name": "Cllr Janet Hobday", "role": "Westmarch County Council", "attendance": "apologies"},
    ],
}


def doc2_logical_text():
    parts = [JH_TITLE,
             "Minutes of the meeting held on Thursday 11 September 2025 at 10.00 am in the Council "
             "Chamber, Orley Civic Centre",
             "DRAFT \u2013 subject to approval at the next meeting"]
    for head, rows in JH_ATTEND:
        parts.append(head)
        for a, b in rows:
            parts.append(a + "  " + b)
    parts.append("Item Discussion Action / Owner")
    parts.append(cells_text(JH_ROWS))
    parts.append("The meeting closed at 12.55 pm.")
    return "\n".join(parts)


def build_doc2(path):
    pdf = new_pdf("P")
    pdf.head_left = JH_TITLE
    pdf.head_right = "Minutes \u2013 11 September 2025 \u2013 DRAFT"
    pdf.foot_left = "WOJHOSC 11.09.25"
    pdf.foot_right = "Chair\u2019s initials ________"
    pdf.set_title("JHOSC minutes 11 September 2025 (draft)")
    pdf.set_author("Orley City Council Scrutiny Team")
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(0, 6.5, JH_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 5, "Minutes of the meeting held on Thursday 11 September 2025 at 10.00 am in "
                         "the Council Chamber, Orley Civic Centre", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "I", 8.5)
    pdf.multi_cell(0, 5, "DRAFT \u2013 subject to approval at the next meeting", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # attendance: borderless two-column table, Name | Organisation/role
    w1, w2 = 62, 124
    for head, rows in JH_ATTEND:
        pdf.set_font("DV", "B", 9)
        pdf.cell(0, 5.5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.8)
        for a, b in rows:
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 3, y)
            pdf.multi_cell(w1 - 3, 4.4, a, align="L", new_x="RIGHT", new_y="TOP")
            pdf.multi_cell(w2, 4.4, b, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)
    draw_table(pdf, [26, 122, 38], ["Item", "Discussion", "Action / Owner"], JH_ROWS)
    pdf.ln(4)
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "The meeting closed at 12.55 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Signed \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026 (Chair)"
                   "        Date \u2026\u2026\u2026\u2026\u2026\u2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def pdf_column_text(path, x0, x1):
    """Text of one table column, page by page, soft-hyphen breaks joined."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as doc:
        for page in doc.pages:
            crop = page.crop((x0 * 72 / 25.4, 14 * 72 / 25.4, x1 * 72 / 25.4,
                              (page.height - 12 * 72 / 25.4)))
            out.append(crop.extract_text() or "")
    txt = "\n".join(out)
    return re.sub(r"-\n", "", txt)


# ===========================================================================
# DOCUMENT 3 - Rushmere Borough Council, old-style HTML minutes page
# ===========================================================================
DOC3_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<TITLE>Rushmere Borough Council - Minutes - Health &amp; Housing Select Committee - 4 March 2025</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=windows-1252">
<META name="keywords" content="council, committee, minutes, Rushmere">
<LINK rel="stylesheet" type="text/css" href="/css/rbc_main.css">
<SCRIPT language="JavaScript" type="text/javascript">
<!--
function printPage() { window.print(); }
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</SCRIPT>
</HEAD>
<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<TABLE width="100%" border="0" cellspacing="0" cellpadding="0">
<TR>
<TD bgcolor="#003366" height="70"><a href="/"><IMG src="/images/rbc_logo_white.gif" alt="Rushmere Borough Council" width="240" height="60" border="0"></a></TD>
<TD bgcolor="#003366" align="right" valign="middle"><FORM action="/search" method="get"><font face="Verdana, Arial, Helvetica" size="1" color="#FFFFFF">Search this site:</font> <INPUT type="text" name="q" size="18"> <INPUT type="submit" value="Go"></FORM></TD>
</TR>
<TR><TD colspan="2" bgcolor="#CCD9E6"><font face="Verdana, Arial, Helvetica" size="1">&nbsp;You are here: <a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; <a href="/council/committees">Committees</a> &gt; <a href="/council/committees/hhsc">Health &amp; Housing Select Committee</a> &gt; Minutes</font></TD></TR>
</TABLE>
<TABLE width="100%" border="0" cellspacing="0" cellpadding="6">
<TR>
<TD width="170" valign="top" bgcolor="#E8EEF4">
<font face="Verdana, Arial, Helvetica" size="1">
<b>Council and democracy</b><br>
<a href="/council/councillors">Your councillors</a><br>
<a href="/council/committees">Committees</a><br>
<a href="/council/meetings">Meetings calendar</a><br>
<a href="/council/decisions">Decisions</a><br>
<a href="/council/petitions">Petitions</a><br>
<a href="/council/elections">Elections and voting</a><br>
<a href="/council/constitution">The constitution</a><br>
<br>
<b>Other services</b><br>
<a href="/bins">Bins and recycling</a><br>
<a href="/housing">Housing</a><br>
<a href="/counciltax">Council Tax</a><br>
<a href="/planning">Planning</a><br>
<a href="/jobs">Jobs at the council</a><br>
</font>
</TD>
<TD valign="top">
<font face="Arial, Helvetica, sans-serif" size="2">
<div align="right"><font size="1"><a href="javascript:printPage()">Printer-friendly version</a> | <a href="/council/committees/hhsc/2025-03-04/agenda.pdf">Agenda (PDF, 212KB)</a> | <a href="/council/committees/hhsc/2025-03-04/reports.pdf">Reports pack (PDF, 4.1MB)</a></font></div>
<center><b><font size="3">RUSHMERE BOROUGH COUNCIL</font></b><br>
<b>HEALTH &amp; HOUSING SELECT COMMITTEE</b></center>
<br><br>
MINUTES of the meeting of the Health &amp; Housing Select Committee held on Tuesday, 4th March 2025 at 7.30 p.m. in the Council Chamber, Rushmere Town Hall.
<br><br>
<b>PRESENT:</b><br>
Councillor Mrs G. Achterberg (Chairman)<br>
Councillor R. Fenwick (Vice-Chairman)<br>
Councillor D. Bhatt<br>
Councillor Mrs K. Lowther<br>
Councillor P. McAlister<br>
Councillor S. Oyelaran<br>
Councillor T. Vaughan-Reid<br>
Councillor W. Zielinski
<br><br>
<b>APOLOGIES:</b><br>
Councillor J. Harcourt-Smith<br>
Councillor A. Mendes
<br><br>
<b>ALSO PRESENT:</b><br>
Councillor N. Kowalczyk (Portfolio Holder for Housing)<br>
Councillor E. Strand (Portfolio Holder for Adult Social Care and Health)
<br><br>
<b>OFFICERS IN ATTENDANCE:</b><br>
Ms L. Farraday (Assistant Director &#8211; Housing Management and Repairs)<br>
Mr J. Oduya (Head of Commissioning and Procurement, Adults and Housing)<br>
Dr H. Sandhu (Consultant in Public Health)<br>
Mrs P. Gale (Committee Services Officer)
<br><br>
<hr noshade size="1">
<b>1. Apologies for Absence</b><br>
Apologies were received from Councillors J. Harcourt-Smith and A. Mendes. There were no substitutions.
<br><br>
<b>2. Declarations of Interest</b><br>
Councillor D. Bhatt declared a personal interest in item 6 as a trustee of Rushmere Mind. Councillor W. Zielinski declared a personal interest in items 4 and 5 as he rents out a property in the borough.
<br><br>
<b>3. Minutes</b><br>
<b>DECISION:</b> That the minutes of the meeting held on 14th January 2025 be confirmed as a correct record and signed by the Chairman.
<br><br>
<b>4. Public Questions</b><br>
Two questions had been received from members of the public in accordance with Standing Order 11.
<br><br>
Mrs E. Quinlan, of Orchard Way, Netherfield, asked:
<blockquote><font face="Arial" size="2"><i>&#8220;My daughter and her two children have been in a single room at the Crown Lodge for eleven weeks. How many families are in bed and breakfast tonight, and when will the council stop using it?&#8221;</i></font></blockquote>
The Portfolio Holder for Housing replied:
<blockquote><font face="Arial" size="2">&#8220;I am very sorry to hear about your daughter&#8217;s situation and I will ask officers to contact her tomorrow. As of 28th February there were 17 families with children in bed and breakfast. We are buying 40 homes through the Local Authority Housing Fund so that no family stays beyond six weeks by the end of this year.&#8221;</font></blockquote>
By way of a supplementary question, Mrs Quinlan asked whether the council would compensate families for the cost of laundry and travel to school. The Portfolio Holder undertook to provide a written answer.
<br><br>
Mr D. Harker, Secretary of the Netherfield and Eastgate Tenants&#8217; Association, asked:
<blockquote><font face="Arial" size="2"><i>&#8220;Tenants were told in 2023 that the repairs contract with Vantage Property Care would be monitored by a tenants&#8217; panel. Why has the panel not met for over a year, and will the council commit to bringing repairs back in-house when the contract ends?&#8221;</i></font></blockquote>
The Portfolio Holder for Housing replied:
<blockquote><font face="Arial" size="2">&#8220;The panel was paused while we reviewed its terms of reference, and I accept that this has taken too long. It will meet again on 8th April. No decision has been taken on the future of the repairs service; all options, including an in-house service, will be considered and tenants will be consulted before Cabinet decides.&#8221;</font></blockquote>
<br>
<b>5. Damp and Mould in Council Homes &#8211; Progress Report</b><br>
The Assistant Director &#8211; Housing Management and Repairs presented the report, which updated the Committee on the 1,214 damp and mould cases reported since the introduction of the new case management approach in April 2024, and on preparations for Awaab&#8217;s Law, which would apply to social landlords from October 2025.
<br><br>
Councillor P. McAlister asked how many cases were still open after more than 28 days. The Assistant Director advised that 163 cases were open beyond 28 days, mostly where major works such as roof or window replacement were needed. Councillor S. Oyelaran queried whether the council had the surveyor capacity to meet the Awaab&#8217;s Law timescales, given that two of the five surveyor posts were vacant. In response the Assistant Director said that one post had been filled by an agency surveyor and that the service was recruiting two apprentice surveyors, but she accepted that capacity was the main risk.
<br><br>
Councillor Mrs K. Lowther expressed concern that tenants in the Eastgate tower blocks had reported being blamed for condensation caused by their &#8220;lifestyle&#8221;. The Portfolio Holder for Housing said that this was unacceptable, that staff had received training on the Ombudsman&#8217;s guidance, and that any tenant with such an experience should contact him directly.
<br><br>
<b>DECISION:</b> That the progress made in tackling damp and mould be noted.
<br><br>
<b>6. Recommissioning of Housing-Related Support and Supported Accommodation</b><br>
Mr J. Oduya, Head of Commissioning and Procurement, Adults and Housing, introduced the report, which sought the Committee&#8217;s comments before Cabinet took a decision on 25th March to recommission housing-related support services for young people, people leaving hospital and people with mental health needs. The current four contracts, worth &pound;2.8m a year, had been extended twice and expired in September 2025. The proposal was to let a single lead provider contract for five years with an option to extend by two years, with the lead provider subcontracting specialist elements to smaller voluntary organisations.
<br><br>
Councillor D. Bhatt (having declared a personal interest) asked whether a single lead provider model would squeeze out small local charities such as Rushmere Mind, which could not bid on their own. Mr Oduya advised that the specification would require the lead provider to subcontract at least 30 per cent of the contract value to local voluntary sector organisations, and that a market engagement event in January had been attended by 23 organisations. Councillor R. Fenwick asked whether the value of the contract would be increased to reflect the National Living Wage rise and employer&#8217;s national insurance from April; he was informed that the price envelope included a 6.7 per cent uplift but that providers had said this would not cover the full cost. Councillor T. Vaughan-Reid asked how service users had been involved in designing the new model. Mr Oduya said that 64 current residents had taken part in focus groups and that two young people with lived experience had sat on the design group.
<br><br>
<b>DECISION:</b> That Cabinet be recommended to approve the recommissioning of housing-related support through a lead provider contract, subject to the minimum 30 per cent local voluntary sector subcontracting requirement being retained and to the Committee receiving the first annual contract performance report.
<br><br>
<b>7. Adult Social Care Charging Policy &#8211; Outcome of Consultation</b><br>
Councillor E. Strand, Portfolio Holder for Adult Social Care and Health, introduced the report on the consultation on proposed changes to the charging policy for non-residential care, including charging for a second carer and reducing the disability-related expenditure allowance. 512 people had responded, 71 per cent of whom disagreed with the proposals.
<br><br>
Councillor W. Zielinski asked how much the changes would raise; the Portfolio Holder said the full-year income was estimated at &pound;740,000. Councillor Mrs K. Lowther questioned whether people would cancel care because of the charges and whether this would be monitored, and was assured that a six-monthly report on cancellations would go to the Adult Social Care Board. Councillor S. Oyelaran said she could not support charging for a second carer when the consultation had been so clearly against it.
<br><br>
<b>DECISION:</b> That Cabinet be advised that the Committee did not support the proposal to charge for a second carer, and that the remaining proposals be noted.
<br><br>
<b>8. Director of Public Health&#8217;s Annual Report 2024</b><br>
Dr H. Sandhu, Consultant in Public Health, presented the Director of Public Health&#8217;s Annual Report 2024, which this year focused on smoking and youth vaping.
<br><br>
Councillor T. Vaughan-Reid asked what action was being taken on illegal sales of vapes to children; Dr Sandhu said that Trading Standards had carried out 46 test purchases in 2024, nine of which resulted in an illegal sale, and that two shops had lost their licences. Councillor R. Fenwick asked why the stop smoking service had been brought back in-house in 2024; Dr Sandhu explained that the previous external provider had failed to meet its quit targets for three consecutive years, and that the in-house service had achieved 812 four-week quits in its first year.
<br><br>
<b>DECISION:</b> That the Director of Public Health&#8217;s Annual Report 2024 be noted.
<br><br>
<b>9. Work Programme 2025/26</b><br>
<b>DECISION:</b> That the work programme be agreed, with the addition of an item on hospital discharge and home care capacity in June 2025.
<br><br>
<b>10. Any Other Urgent Business</b><br>
None.
<br><br>
The meeting ended at 9.40 p.m.
<br><br>
<i>Chairman</i>
<br><br>
<font size="1">These minutes are subject to confirmation at the next meeting of the Committee.</font>
<br><br>
<div align="right"><font size="1"><a href="#top">Back to top</a></font></div>
</font>
</TD>
</TR>
</TABLE>
<hr noshade size="1">
<center><font face="Verdana, Arial, Helvetica" size="1">&copy; Rushmere Borough Council, Town Hall, Market Square, Rushmere RU1 2AB | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a><br>Page last updated: 12/03/2025</font></center>
</BODY>
</HTML>
"""

GOLD3 = {
    "document": D3,
    "doc_type": "minutes",
    "committee": "Health & Housing Select Committee",
    "meeting_date": "2025-03-04",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Damp and Mould in Council Homes \u2013 Progress Report"},
        {"number": "6",
         "title": "Recommissioning of Housing-Related Support and Supported Accommodation"},
        {"number": "7", "title": "Adult Social Care Charging Policy \u2013 Outcome of Consultation"},
        {"number": "8", "title": "Director of Public Health\u2019s Annual Report 2024"},
        {"number": "9", "title": "Work Programme 2025/26"},
        {"number": "10", "title": "Any Other Urgent Business"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "How many families are in bed and breakfast tonight",
         "asked_by": "Mrs E. Quinlan",
         "answer": "there were 17 families with children in bed and breakfast",
         "given_by": "Portfolio Holder for Housing",
         "themes": ["housing", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "whether the council would compensate families for the cost of laundry",
         "asked_by": "Mrs Quinlan",
         "answer": "The Portfolio Holder undertook to provide a written answer",
         "given_by": "Portfolio Holder",
         "themes": ["housing", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "Why has the panel not met for over a year",
         "asked_by": "Mr D. Harker",
         "answer": "all options, including an in-house service, will be considered",
         "given_by": "Portfolio Holder for Housing",
         "themes": ["housing", "subcontracting", "privatisation", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "asked how many cases were still open after more than 28 days",
         "asked_by": "Councillor P. McAlister",
         "answer": "163 cases were open beyond 28 days",
         "given_by": "Assistant Director",
         "themes": ["housing"]},
        {"item": "5", "kind": "question",
         "text": "had the surveyor capacity to meet the Awaab's Law timescales",
         "asked_by": "Councillor S. Oyelaran",
         "answer": "the service was recruiting two apprentice surveyors",
         "given_by": "Assistant Director",
         "themes": ["housing", "workforce"]},
        {"item": "5", "kind": "concern",
         "text": "tenants in the Eastgate tower blocks had reported being blamed for condensation",
         "asked_by": "Councillor Mrs K. Lowther",
         "answer": "staff had received training on the Ombudsman's guidance",
         "given_by": "Portfolio Holder for Housing",
         "themes": ["housing"]},
        {"item": "6", "kind": "question",
         "text": "whether a single lead provider model would squeeze out small local charities",
         "asked_by": "Councillor D. Bhatt",
         "answer": "subcontract at least 30 per cent of the contract value",
         "given_by": "Mr Oduya",
         "themes": ["subcontracting", "housing"]},
        {"item": "6", "kind": "question",
         "text": "value of the contract would be increased to reflect the National Living Wage",
         "asked_by": "Councillor R. Fenwick",
         "answer": "the price envelope included a 6.7 per cent uplift",
         "given_by": None,
         "themes": ["subcontracting", "finance", "workforce"]},
        {"item": "6", "kind": "question",
         "text": "asked how service users had been involved in designing the new model",
         "asked_by": "Councillor T. Vaughan-Reid",
         "answer": "64 current residents had taken part in focus groups",
         "given_by": "Mr Oduya",
         "themes": ["patient-and-public-input", "housing"]},
        {"item": "7", "kind": "question",
         "text": "asked how much the changes would raise",
         "asked_by": "Councillor W. Zielinski",
         "answer": "the full-year income was estimated at \u00a3740,000",
         "given_by": "Portfolio Holder",
         "themes": ["finance", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "whether people would cancel care because of the charges",
         "asked_by": "Councillor Mrs K. Lowther",
         "answer": "a six-monthly report on cancellations would go to the Adult Social Care Board",
         "given_by": None,
         "themes": ["adult-social-care", "finance"]},
        {"item": "7", "kind": "comment",
         "text": "she could not support charging for a second carer",
         "asked_by": "Councillor S. Oyelaran",
         "answer": None, "given_by": None,
         "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
        {"item": "8", "kind": "question",
         "text": "what action was being taken on illegal sales of vapes to children",
         "asked_by": "Councillor T. Vaughan-Reid",
         "answer": "Trading Standards had carried out 46 test purchases",
         "given_by": "Dr Sandhu",
         "themes": ["public-health", "children-and-families"]},
        {"item": "8", "kind": "question",
         "text": "why the stop smoking service had been brought back in-house",
         "asked_by": "Councillor R. Fenwick",
         "answer": "the previous external provider had failed to meet its quit targets",
         "given_by": "Dr Sandhu",
         "themes": ["public-health", "privatisation", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 14th January 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "the progress made in tackling damp and mould be noted",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "6", "text": "Cabinet be recommended to approve the recommissioning of housing-related support",
         "outcome": "recommended", "themes": ["subcontracting", "housing"]},
        {"item": "7", "text": "the Committee did not support the proposal to charge for a second carer",
         "outcome": "recommended", "themes": ["adult-social-care", "finance"]},
        {"item": "8", "text": "the Director of Public Health's Annual Report 2024 be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "9", "text": "That the work programme be agreed, with the addition of an item",
         "outcome": "agreed", "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Mrs G. Achterberg", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor R. Fenwick", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor D. Bhatt", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs K. Lowther", "role": None, "attendance": "present"},
        {"name": "Councillor P. McAlister", "role": None, "attendance": "present"},
        {"name": "Councillor S. Oyelaran", "role": None, "attendance": "present"},
        {"name": "Councillor T. Vaughan-Reid", "role": None, "attendance": "present"},
        {"name": "Councillor W. Zielinski", "role": None, "attendance": "present"},
        {"name": "Councillor J. Harcourt-Smith", "role": None, "attendance": "apologies"},
        {"name": "Councillor A. Mendes", "role": None, "attendance": "apologies"},
        {"name": "Councillor N. Kowalczyk", "role": "Portfolio Holder for Housing",
         "attendance": "in_attendance"},
        {"name": "Councillor E. Strand",
         "role": "Portfolio Holder for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Ms L. Farraday", "role": "Assistant Director \u2013 Housing Management and Repairs",
         "attendance": "in_attendance"},
        {"name": "Mr J. Oduya", "role": "Head of Commissioning and Procurement, Adults and Housing",
         "attendance": "in_attendance"},
        {"name": "Dr H. Sandhu", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Mrs P. Gale", "role": "Committee Services Officer", "attendance": "in_attendance"},
    ],
}


class _HTMLText(HTMLParser):
    BLOCK = {"br", "p", "div", "tr", "td", "blockquote", "hr", "center", "li", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    p = _HTMLText()
    p.feed(src)
    return "".join(p.out)


# ===========================================================================
# DOCUMENT 4 - Westmarch County Council: executive response (NOT minutes)
# ===========================================================================
D4_INTRO = [
    ("1. Purpose of the report", "B"),
    "1.1 This report sets out the proposed Executive response to the eight recommendations made "
    "by the Adults and Health Scrutiny Committee following its task and finish review of home "
    "care commissioning, which the Committee endorsed at its meeting on 3 June 2025. Under the "
    "Council\u2019s Constitution the Executive must respond to scrutiny recommendations within two "
    "months of receiving them.",
    ("2. Recommendations", "B"),
    "2.1 Cabinet is RECOMMENDED to: (a) approve the responses to the task and finish group\u2019s "
    "recommendations set out in Appendix A; and (b) note that progress on the accepted "
    "recommendations will be reported to the Adults and Health Scrutiny Committee in April 2026.",
    ("3. Background", "B"),
    "3.1 The task and finish group met six times between January and May 2025. It took evidence "
    "from the Director of Adult Social Care, the Head of Commissioning, four home care providers, "
    "the Westmarch Care Association, UNISON and Healthwatch Westmarch, and it commissioned a "
    "survey of 214 people who receive home care. Members of the group heard that the County "
    "Council currently buys 38,500 hours of home care a week from 61 independent providers "
    "under a framework agreement that expires in March 2027, at an average rate of \u00a324.10 an "
    "hour, and that turnover among care workers was 34 per cent a year.",
    "3.2 The group\u2019s report, \u201cTime to Care\u201d, was published on 20 May 2025. Its "
    "recommendations and the Executive\u2019s proposed responses are set out in the table at "
    "Appendix A. Five recommendations are accepted, two are partially accepted and one is not "
    "accepted. Where a recommendation is not accepted in full the reasons are given.",
    ("4. Financial implications", "B"),
    "4.1 The responses set out in Appendix A can be met from the existing adult social care "
    "budget for 2025/26, with the exception of recommendation R3, which would cost an estimated "
    "\u00a32.3m a year and is therefore not accepted at this time.",
    ("5. Legal implications", "B"),
    "5.1 Section 9FE of the Local Government Act 2000 requires the Executive to consider and "
    "respond to a report or recommendations of an overview and scrutiny committee within two "
    "months, and to publish its response.",
    ("Appendix A \u2013 Executive response to the recommendations of the task and finish group", "B"),
]

D4_ROWS = [
    [["R1 \u2013 That the Council moves from time-and-task commissioning of home care to "
      "outcome-based commissioning, with providers paid for blocks of time in each locality."],
     ["The Executive agrees that outcome-based commissioning offers better continuity for people "
      "who use services and greater stability for providers. A pilot in the Kingsmead and Orley "
      "Fringe localities will begin in April 2026 and will inform the design of the new framework "
      "from April 2027."],
     ["Yes"],
     ["Pilot from April 2026 \u2013 Head of Commissioning (Adults)"]],
    [["R2 \u2013 That all home care contracts let by the Council require providers to pay care "
      "workers for travel time between visits and to offer guaranteed-hours contracts to staff "
      "who want them."],
     ["Accepted. Payment for travel time is already a condition of the framework. The "
      "requirement to offer guaranteed-hours contracts will be included in the specification for "
      "the new framework, and compliance will be checked at annual contract reviews."],
     ["Yes"],
     ["New framework specification \u2013 September 2026"]],
    [["R3 \u2013 That the Council pays the Real Living Wage Foundation rate as the minimum hourly "
      "rate for care workers in all commissioned home care from April 2026."],
     ["The Executive supports the aim of the recommendation but cannot accept it at this time. "
      "The estimated full-year cost of \u00a32.3m is not included in the Medium Term Financial "
      "Plan. The position will be reviewed as part of the 2027/28 budget."],
     ["No"],
     ["Review at 2027/28 budget setting \u2013 Director of Finance"]],
    [["R4 \u2013 That the Council establishes an in-house home care service to act as a provider "
      "of last resort and to cover rural areas that the independent sector cannot reach."],
     ["Partially accepted. A business case for a small in-house reablement-led service covering "
      "the northern rural localities will be prepared. The Executive does not propose a "
      "countywide in-house service."],
     ["Partially"],
     ["Business case to Cabinet \u2013 March 2026"]],
    [["R5 \u2013 That people who receive home care and their carers are involved in the design "
      "and evaluation of the new framework."],
     ["Accepted. A co-production group of people who use services and carers, supported by "
      "Healthwatch Westmarch, will be set up by January 2026."],
     ["Yes"],
     ["Co-production group \u2013 January 2026"]],
    [["R6 \u2013 That contract monitoring visits are increased so that every provider receives at "
      "least one unannounced visit each year."],
     ["Accepted. Two additional quality assurance officer posts have been created within existing "
      "resources."],
     ["Yes"],
     ["From November 2025 \u2013 Quality Assurance Manager"]],
    [["R7 \u2013 That the Council works with the Integrated Care Board to agree a joint approach "
      "to paying home care providers for hospital discharge packages."],
     ["Partially accepted. The Council will propose a joint rate schedule through the Better Care "
      "Fund, but agreement depends on the ICB\u2019s financial position."],
     ["Partially"],
     ["Better Care Fund plan 2026/27"]],
    [["R8 \u2013 That the Adults and Health Scrutiny Committee receives a report on progress "
      "against these recommendations in April 2026."],
     ["Accepted."],
     ["Yes"],
     ["April 2026 \u2013 Democratic Services"]],
]

GOLD4 = {"document": D4, "doc_type": "report"}


def doc4_logical_text():
    parts = ["WESTMARCH COUNTY COUNCIL", "CABINET \u2013 16 OCTOBER 2025", "AGENDA ITEM 8"]
    parts += [p if isinstance(p, str) else p[0] for p in D4_INTRO]
    parts.append(cells_text(D4_ROWS))
    return "\n".join(parts)


def build_doc4(path):
    pdf = new_pdf("L")
    pdf.head_left = "Westmarch County Council \u2013 Cabinet \u2013 16 October 2025"
    pdf.head_right = "Agenda item 8"
    pdf.foot_left = "Classification: OFFICIAL"
    pdf.foot_right = "Report ref. CAB/2025/10/08"
    pdf.set_title("Executive response to scrutiny recommendations - home care commissioning")
    pdf.set_author("Westmarch County Council")
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 7, "WESTMARCH COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "CABINET \u2013 16 OCTOBER 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "AGENDA ITEM 8", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    meta = [("Title:", "Executive response to the Adults and Health Scrutiny Committee task and "
                       "finish review: home care commissioning"),
            ("Report of:", "Cabinet Member for Adult Social Care and Director of Adult Social Care"),
            ("Key decision:", "No"),
            ("Wards affected:", "All")]
    for a, b in meta:
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(40, 5.5, a)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for para in D4_INTRO:
        if isinstance(para, tuple):
            if para[0].startswith("Appendix A"):
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, para[0], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, hy(para), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(2)
    draw_table(pdf, [78, 115, 25, 55],
               ["Recommendation", "Cabinet response", "Accepted?", "Action / date"], D4_ROWS,
               justify_cols=(0, 1))
    pdf.output(str(path))


# ===========================================================================
# gold checking
# ===========================================================================
def load_slugs():
    slugs = []
    for line in (HERE.parent.parent / "minutes" / "themes.yml").read_text().splitlines():
        m = re.match(r"^([a-z][a-z-]+):\s*$", line)
        if m:
            slugs.append(m.group(1))
    return set(slugs)


def count(hay, needle):
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay))


def check_gold(gold, text, problems, extra_texts=(), forbidden_texts=()):
    name = gold["document"]
    T = norm(text)
    if set(gold) <= {"document", "doc_type"}:
        return
    slugs = load_slugs()
    items = {it["number"] for it in gold["items"]}
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
        assert q["kind"] in ("question", "concern", "request", "comment"), q
        if q["item"] not in items:
            problems.append(f"{name}: question item {q['item']} not in items")
        for t in q["themes"]:
            if t not in slugs:
                problems.append(f"{name}: unknown theme {t}")
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
        assert r["outcome"] in ("noted", "agreed", "recommended", "deferred", "rejected", "other")
        if r["item"] not in items:
            problems.append(f"{name}: resolution item {r['item']} not in items")
        for t in r["themes"]:
            if t not in slugs:
                problems.append(f"{name}: unknown theme {t}")
    for a in gold["attendees"]:
        assert a["attendance"] in ("present", "apologies", "in_attendance", "absent"), a
    for kind, ph in phrases:
        n = norm(ph)
        nw = len(n.split())
        if not 6 <= nw <= 15:
            problems.append(f"{name}: {kind} phrase has {nw} words: {ph!r}")
        c = count(T, n)
        if c != 1:
            problems.append(f"{name}: {kind} phrase occurs {c} times: {ph!r}")
        for label, et in extra_texts:
            if count(norm(et), n) < 1:
                problems.append(f"{name}: {kind} phrase not found in {label}: {ph!r}")
        for label, ft in forbidden_texts:
            if count(norm(ft), n):
                problems.append(f"{name}: {kind} phrase also found in {label}: {ph!r}")


def check():
    problems = []
    golds = {}
    for d in (D1, D2, D3, D4):
        gp = GOLD / (d + ".json")
        if not (DOCS / d).exists() or not gp.exists():
            problems.append(f"missing {d} or its gold")
            continue
        golds[d] = json.loads(gp.read_text())
        if golds[d]["document"] != d:
            problems.append(f"{gp.name}: document field mismatch")
    # 1: docx - accepted text (insertions in, deletions out, hyperlinks in)
    acc, dels, comments = docx_texts(DOCS / D1)
    check_gold(golds[D1], acc, problems, forbidden_texts=[("comment", comments)])
    for a in golds[D1]["attendees"]:
        if norm(a["name"]) not in norm(acc):
            problems.append(f"{D1}: attendee {a['name']} not in accepted text")
    # deleted-only words must not be needed: every deleted chunk is absent from gold phrases
    for q in golds[D1]["questions"]:
        if "Garside" in (q["asked_by"] or "") and "hotel" in q["text"]:
            problems.append("deleted question used")
    # 2: pdf - logical text, plus the discussion column as extracted from the PDF
    disc = pdf_column_text(DOCS / D2, 12 + 26, 12 + 26 + 122)
    check_gold(golds[D2], doc2_logical_text(), problems, extra_texts=[("PDF discussion column", disc)])
    # 3: html
    check_gold(golds[D3], html_text((DOCS / D3).read_text(encoding="utf-8")), problems)
    # 4: not minutes - gold must say nothing
    g4 = golds[D4]
    if set(g4) - {"document", "doc_type"} or g4["doc_type"] == "minutes":
        problems.append(f"{D4}: gold should only give document and a non-minutes doc_type")
    import pdfplumber
    with pdfplumber.open(str(DOCS / D4)) as p4:
        if "Recommendation" not in (p4.pages[0].extract_text() or "") + (
                p4.pages[1].extract_text() or ""):
            problems.append(f"{D4}: table header not found")
    if problems:
        print("CHECK FAILED")
        for p in problems:
            print("  -", p)
        return 1
    for d, g in golds.items():
        if "questions" in g:
            print(f"{d}: items={len(g['items'])} questions={len(g['questions'])} "
                  f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}  OK")
        else:
            print(f"{d}: doc_type={g['doc_type']} (not minutes)  OK")
    print("CHECK PASSED")
    return 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_doc1(DOCS / D1)
    build_doc2(DOCS / D2)
    (DOCS / D3).write_text(DOC3_HTML, encoding="utf-8")
    build_doc4(DOCS / D4)
    for g in (GOLD1, GOLD2, GOLD3, GOLD4):
        (GOLD / (g["document"] + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", D1, D2, D3, D4)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
